"""The code base stays ruff-clean, so every contributor starts from a clean slate."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ["newslint", "tests", "benchmarks", "scripts"]


def ruff():
    exe = Path(sys.executable).parent / "ruff"
    found = str(exe) if exe.exists() else shutil.which("ruff")
    if not found:
        pytest.skip("ruff not installed")
    return found


def test_ruff_check_is_clean():
    proc = subprocess.run(
        [ruff(), "check", *FOLDERS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_ruff_format_is_clean():
    proc = subprocess.run(
        [ruff(), "format", "--check", *FOLDERS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
