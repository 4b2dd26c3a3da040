"""Cold start of ``newslint check`` on one short draft, as a pre-commit hook sees it.

    python benchmarks/cold_start.py [--runs 10]

Runs the installed command in fresh processes (registry cache and Python bytecode
already written by a first, untimed run, as on a user's machine) and reports the
median and worst wall time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import user_environ  # noqa: E402

DRAFT = "Japanese Prime Minister Sanae Takaichi met Keir Starmer in London on Monday.\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    exe = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.md"
        draft.write_text(DRAFT, encoding="utf-8")
        env = user_environ()  # bytecode is cached by the first, untimed run
        subprocess.run([exe, "check", str(draft)], capture_output=True, check=False, env=env)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([exe, "check", str(draft)], capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
    print(
        f"newslint check, one short draft: median {1000 * statistics.median(times):.0f} ms,"
        f" worst {1000 * max(times):.0f} ms over {args.runs} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
