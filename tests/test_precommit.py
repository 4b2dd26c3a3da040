"""The real pre-commit tool installs newslint's hook from this checkout and gates commits."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import which_or_skip

ROOT = Path(__file__).resolve().parent.parent
PLANTED = "Japanese Prime Minister Sanai Takwati spoke.\n"  # NL101 at warning level


def git(repo, *args, check=True):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    which_or_skip("git")
    pre_commit = (
        which_or_skip("pre-commit")
        if not (Path(os.sys.executable).parent / "pre-commit").exists()
        else str(Path(os.sys.executable).parent / "pre-commit")
    )
    if (
        git(ROOT, "status", "--porcelain", check=False).stdout.strip()
        and os.environ.get("CI") != "true"
    ):
        pytest.skip("uncommitted changes: pre-commit installs the hook from a commit")
    rev = git(ROOT, "rev-parse", "HEAD").stdout.strip()
    repo = tmp_path_factory.mktemp("newsroom")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: newslint\n"
    )
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
