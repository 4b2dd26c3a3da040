"""A short, bounded run of each coverage-guided fuzzer (the long runs are documented in docs/guarantees.md)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).parent / "fuzz"


@pytest.mark.parametrize("harness", ["document", "config", "registry", "pack"])
def test_fuzzer_smoke_run_finds_no_crash(harness, tmp_path):
    try:
        import atheris  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("atheris is required in CI")
        pytest.skip("atheris not installed")
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus" / harness, corpus)
    proc = subprocess.run(
        [
            sys.executable,
            str(FUZZ / f"fuzz_{harness}.py"),
            "-runs=3000",
            "-max_len=2048",
            "-timeout=20",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    # libFuzzer counts the run that reads the seed corpus too: 3000 or 3001.
    done = re.search(r"Done (\d+) runs", proc.stderr)
    assert done and int(done.group(1)) >= 3000, proc.stderr[-3000:]
