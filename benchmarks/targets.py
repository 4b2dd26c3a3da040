"""The performance targets newslint is held to, judged on one run's figures.

A target is never loosened here: a miss is reported with the figure that missed.
"""

from __future__ import annotations

from report import MB, Row, Run, cpu_ratio, mb_per_s, ratio

PASS, MISS, UNMEASURED = "pass", "MISS", "not measured"


def _row(run: Run, tool: str, setup: str | None = None) -> Row | None:
    for row in run.rows:
        if row.tool == tool and (setup is None or row.setup == setup):
            return row
    return None


def judge(run: Run) -> list[tuple[str, str, str]]:
    """Return (target, measured, pass/MISS/not measured) for every target."""
    return [
        _throughput_vs(run, "proselint", 3.0),
        _throughput_vs(run, "codespell", 1.0),
        _cold_start(run),
        _cold_vs_proselint(run),
        _memory(run, "all rules", 150, "default registry"),
        _memory(run, "all rules, 1,000,000-name registry", 1500, "1,000,000-name registry"),
        _linear(run),
    ]


def _throughput_vs(run: Run, peer: str, factor: float) -> tuple[str, str, str]:
    goal = f"throughput ≥ {factor:g}× {peer}'s (all rules, default registry, same files)"
    other = _row(run, peer)
    r = ratio(other.corpus if other else None, run.baseline.corpus)
    if r is None:
        return goal, f"{peer} not measured", UNMEASURED
    cpu = cpu_ratio(other.corpus if other else None, run.baseline.corpus)
    measured = f"{r:.2f}× {peer}'s" + (f" (CPU time: {cpu:.2f}×)" if cpu else "")
    return goal, measured, PASS if r >= factor else MISS


def _cold_start(run: Run) -> tuple[str, str, str]:
    goal = "cold start on one short draft < 300 ms"
    cold = run.baseline.cold
    if cold is None or not cold.ok:
        return goal, "not measured", UNMEASURED
    ms = cold.median * 1000
    cpu = f" (CPU {cold.cpu_median * 1000:.0f} ms)" if cold.cpu_median is not None else ""
    return goal, f"{ms:.0f} ms{cpu}", PASS if ms < 300 else MISS


def _cold_vs_proselint(run: Run) -> tuple[str, str, str]:
    goal = "cold start no slower than proselint's"
    other = _row(run, "proselint")
    r = ratio(run.baseline.cold, other.cold if other else None)
    if r is None:
        return goal, "not measured", UNMEASURED
    cpu = cpu_ratio(run.baseline.cold, other.cold if other else None)
    measured = f"{r:.2f}× proselint's time" + (f" (CPU time: {cpu:.2f}×)" if cpu else "")
    return goal, measured, PASS if r <= 1.0 else MISS


def _memory(run: Run, setup: str, limit_mb: int, label: str) -> tuple[str, str, str]:
    goal = f"peak memory with the {label} < {limit_mb:,} MB"
    row = _row(run, "newslint", setup)
    peaks = [m.peak_bytes for m in (row.corpus, row.scale, row.cold) if m and m.ok] if row else []
    if not peaks:
        note = row.note if row and row.note else "not measured"
        return goal, note, UNMEASURED
    peak = max(peaks) / MB
    return goal, f"{peak:.0f} MB", PASS if peak < limit_mb else MISS


def _linear(run: Run) -> tuple[str, str, str]:
    goal = "throughput linear in corpus size: scale run's MB/s within 20% of the corpus run's"
    small = mb_per_s(run.baseline.corpus, run.corpus_bytes)
    large = mb_per_s(run.baseline.scale, run.scale_bytes)
    if small is None or large is None:
        return goal, "not measured", UNMEASURED
    change = (large - small) / small
    measured = f"{large:.2f} vs {small:.2f} MB/s ({change:+.0%})"
    if run.scale_bytes < 50 * MB:
        return goal, f"{measured}, but the scale corpus is under 50 MB", UNMEASURED
    return goal, measured, PASS if abs(change) <= 0.20 else MISS


__all__ = ["MB", "judge"]
