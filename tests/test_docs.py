"""The README and docs/ as a newcomer meets them: links that lead somewhere, commands that run.

Convention: a ```console block in README.md holds `$ command` lines, each followed by the
output it prints (standard output, then standard error). The test runs every command from
the repository root with this environment's programs first on PATH and compares. A block
preceded by `<!-- doc-test: skip (reason) -->` is shown but not run (installing, the
whole suite); those commands are instead the ones `.ci/run` runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
SKIP = re.compile(r"<!-- doc-test: skip \((?P<why>[^)]+)\) -->")
LINK = re.compile(r"\[[^\]]*\]\((?P<target>[^)\s]+)\)")


def prose_lines(text: str) -> list[str]:
    """Return the lines outside fenced code, blanking code spans, since links there are not links."""
    lines, fence = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
            continue
        if not fence and not line.startswith("    "):
            lines.append(re.sub(r"`[^`]*`", "", line))
    return lines


def anchors(path: Path) -> set[str]:
    """Return the heading anchors GitHub gives a page, so `#fragment` links can be checked."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fence = not fence
        heading = re.match(r"#{1,6} (.+)", line)
        if fence or not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def links() -> list[tuple[Path, str]]:
    """Return every relative link of the README and docs/, with the page it is on."""
    return [
        (page, match.group("target"))
        for page in PAGES
        for line in prose_lines(page.read_text(encoding="utf-8"))
        for match in LINK.finditer(line)
        if not re.match(r"[a-z]+:", match.group("target"))
    ]


@pytest.mark.parametrize(
    ("page", "target"), links(), ids=lambda v: v.name if isinstance(v, Path) else v
)
def test_every_relative_link_leads_to_a_file_and_heading(page: Path, target: str) -> None:
    file_part, _, fragment = target.partition("#")
    dest = (page.parent / file_part).resolve() if file_part else page
    assert dest.exists(), f"{page.relative_to(ROOT)}: link to missing {target}"
    if fragment:
        assert dest.suffix == ".md", f"{page.relative_to(ROOT)}: anchor into non-Markdown {target}"
        assert fragment in anchors(dest), f"{page.relative_to(ROOT)}: no heading for {target}"


def console_blocks() -> list[tuple[str | None, str]]:
    """Return each console block of the README with the reason it is not run, if any."""
    text = README.read_text(encoding="utf-8")
    blocks = []
    for match in re.finditer(r"(?P<before>[^\n]*)\n```console\n(?P<body>.*?)```\n", text, re.S):
        skip = SKIP.fullmatch(match.group("before").strip())
        blocks.append((skip.group("why") if skip else None, match.group("body")))
    return blocks


def commands(body: str) -> list[tuple[str, str]]:
    """Split a console block into (command, expected output) pairs."""
    pairs: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        else:
            assert pairs, f"console block does not start with a `$ ` prompt: {body[:60]!r}"
            pairs[-1][1].append(line)
    return [(cmd, "".join(f"{line}\n" for line in out)) for cmd, out in pairs]


RUN = [pair for why, body in console_blocks() if why is None for pair in commands(body)]
SKIPPED = [cmd for why, body in console_blocks() if why for cmd, _ in commands(body)]


def test_the_readme_shows_commands_to_try_and_set_up() -> None:
    assert len(RUN) >= 2, "the README's tour has no runnable console commands"
    assert len(SKIPPED) == 2, "the README should show exactly the two set-up commands"


@pytest.mark.parametrize(("command", "expected"), RUN, ids=[cmd for cmd, _ in RUN])
def test_readme_command_prints_what_the_readme_shows(
    command: str, expected: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    env["NEWSLINT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "doc-cache")
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout + done.stderr == expected


def test_ci_runs_the_readme_set_up_commands_exactly() -> None:
    install, tests = SKIPPED
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    check = " && .venv/bin/newslint check examples/draft.md"
    assert install.endswith(check)
    # .ci/run accepts the sample's exit code 1 (it has findings); the command is the same.
    accepting = " && { .venv/bin/newslint check examples/draft.md || test $? -eq 1; }"
    assert install[: -len(check)] + accepting in ci
    assert tests in ci.splitlines()
