"""The pre-commit snippet of docs/pre-commit.md, exactly as written, gates commits.

This checkout is cloned and the clone tagged with the snippet's ``rev``, as a release
is; the snippet's ``repo`` is pointed at the clone, and nothing else is changed.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import which_or_skip

ROOT = Path(__file__).resolve().parent.parent
PLANTED = "Japanese Prime Minister Sanai Takwati spoke.\n"  # NL101 at warning level


def git(repo, *args, check=True):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


def documented_snippet(page):
    """Return the pre-commit configuration block of docs/pre-commit.md."""
    (block,) = re.findall(r"```yaml\n(.*?)```", page, re.S)
    return block


def test_the_snippet_names_the_release_tag_of_this_version():
    snippet = documented_snippet((ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8"))
    version = re.search(r'(?m)^version = "(.+)"$', (ROOT / "pyproject.toml").read_text()).group(1)
    assert re.search(r"^\s*rev: (\S+)$", snippet, re.M).group(1) == f"v{version}"
    assert re.search(r"^\s*- id: newslint$", snippet, re.M)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    which_or_skip("git")
    local = Path(sys.executable).parent / "pre-commit"
    pre_commit = str(local) if local.exists() else which_or_skip("pre-commit")
    clone = tmp_path_factory.mktemp("release") / "newslint"
    git(ROOT, "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone))
    snippet = documented_snippet((clone / "docs" / "pre-commit.md").read_text(encoding="utf-8"))
    rev = re.search(r"^\s*rev: (\S+)$", snippet, re.M).group(1)
    git(clone, "tag", "--force", rev)
    config, count = re.subn(r"(?m)^(\s*- repo: )\S+.*$", lambda m: m.group(1) + str(clone), snippet)
    assert count == 1, snippet
    repo = tmp_path_factory.mktemp("newsroom")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    (repo / ".pre-commit-config.yaml").write_text(config)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}
    subprocess.run([pre_commit, "install"], cwd=repo, env=env, check=True, capture_output=True)
    git(repo, "add", ".pre-commit-config.yaml")
    return repo, env


def test_commit_refused_then_accepted(hook_repo):
    repo, env = hook_repo
    draft = repo / "story.md"
    draft.write_text("# Talks\n\nThe talks went on.\n\n" + PLANTED)
    git(repo, "add", "story.md")
    refused = subprocess.run(
        ["git", "commit", "-m", "draft"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "story.md:5:25: NL101 warning" in output and "Sanae Takaichi" in output
    assert git(repo, "log", "--oneline", check=False).returncode != 0  # nothing committed

    draft.write_text(
        "# Talks\n\nThe talks went on.\n\nJapanese Prime Minister Sanae Takaichi spoke.\n"
    )
    git(repo, "add", "story.md")
    accepted = subprocess.run(
        ["git", "commit", "-m", "draft"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "draft" in git(repo, "log", "--oneline").stdout


def test_hook_ignores_files_that_are_not_drafts(hook_repo):
    repo, env = hook_repo
    (repo / "data.csv").write_text(PLANTED)
    git(repo, "add", "data.csv")
    result = subprocess.run(
        ["git", "commit", "-m", "data"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shutil.rmtree(repo / ".git" / "hooks", ignore_errors=True)
