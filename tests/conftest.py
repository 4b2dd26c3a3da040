import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLINT_SHARED") or ROOT.parent / "shared")


def shared_or_skip(*parts: str) -> Path:
    """Return a path in ../shared, skipping outside CI when a fresh clone has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is required in CI")
        pytest.skip(f"{path} not present (fresh clone without ../shared)")
    return path


def which_or_skip(program: str) -> str:
    """Return a program's path; outside CI a missing program skips, in CI it fails."""
    found = shutil.which(program)
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{program} is required in CI")
        pytest.skip(f"{program} not installed")
    return found


@pytest.fixture
def lint(tmp_path):
    """Write a draft to disk and run the real CLI on it, returning (code, stdout, stderr)."""
    from newslint.cli import main

    def run(text: str, name: str = "draft.md", *args: str, capsys=None):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return main(["check", *args, str(path)])

    return run
