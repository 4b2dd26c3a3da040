"""The language server under load stays responsive and lets go of closed drafts.

Drives benchmarks/lsp_load.py's scenarios with a real client over stdio and asserts
only generous bounds; the measured latencies are in docs/guarantees.md. Garbage bytes and a
client that vanishes are covered in test_lsp_robustness.py.
"""

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import lsp_load  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_a_storm_of_a_thousand_edits_is_coalesced_and_requests_answered(folder):
    s = asyncio.run(lsp_load.storm(1000, folder))
    # The final text was linted (its misspellings are all reported), in far fewer
    # lints than edits, and a request after the storm is answered at once.
    assert s["publishes"] < 500
    assert s["settled_seconds"] < 90
    assert s["hover_during_max_ms"] < 60_000
    assert s["hover_after_ms"] < 5_000


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory from /proc")
def test_two_hundred_open_drafts_and_memory_released_on_close(folder):
    m = asyncio.run(lsp_load.many(200, 3, folder))
    assert max(m["hover_with_all_open_ms"]) < 10_000
    first, last = m["rss_closed_mb"][0], m["rss_closed_mb"][-1]
    # Three rounds of 200 drafts: no round keeps what the one before released.
    assert last < first + 40, m
