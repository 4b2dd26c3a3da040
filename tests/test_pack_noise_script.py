"""The noise-table script still runs on the real articles (a smoke test, no timing)."""

import os
import subprocess
import sys

from conftest import ROOT, shared_or_skip

from newslint.packs import load_pack, shipped_packs


def test_pack_noise_prints_a_row_per_shipped_rule():
    news = shared_or_skip("data", "news")
    env = {**os.environ, "NEWSLINT_SHARED": str(news.parent.parent)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "pack_noise.py"), "--limit", "40"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = [line.split(" | ")[0][2:] for line in done.stdout.splitlines()[2:]]
    shipped = sorted(r.code for path in shipped_packs().values() for r in load_pack(path))
    assert rows == shipped
