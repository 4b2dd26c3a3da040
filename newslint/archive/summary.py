"""Count what a partition found, merge partitions, and say it in a few lines.

Each partition returns (and stores) a small summary instead of its rows, so the
client's work and memory grow with the number of partitions, not of findings.
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any

from newslint.finding import Severity

WORST = 10


def summarise(name: str, rows: list[dict[str, Any]], stories: int, undated: int) -> dict[str, Any]:
    """Summarise one partition's rows."""
    by_rule: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    per_story: dict[str, Counter[str]] = {}
    failed: list[list[str]] = []
    for row in rows:
        if row["error"] is not None:
            failed.append([row["story_id"], row["error"]])
            continue
        by_rule[f"{row['family']} {row['code']} {row['rule']}"] += 1
        by_severity[row["severity"]] += 1
        per_story.setdefault(row["story_id"], Counter())[row["severity"]] += 1
    return {
        "partition": name,
        "stories": stories,
        "undated": undated,
        "findings": sum(by_rule.values()),
        "by_rule": dict(by_rule),
        "by_severity": dict(by_severity),
        "worst": worst([[sid, dict(c)] for sid, c in per_story.items()]),
        "failed": failed,
    }


def _badness(entry: list[Any]) -> tuple[int, ...]:
    counts = entry[1]
    return tuple(counts.get(s.label, 0) for s in sorted(Severity, reverse=True)) + (
        sum(counts.values()),
    )


def worst(entries: list[list[Any]], n: int = WORST) -> list[list[Any]]:
    """Keep the stories with the most serious findings: errors, then warnings, then all."""
    return heapq.nsmallest(n, entries, key=lambda e: (*(-x for x in _badness(e)), e[0]))


def merge(parts: list[dict[str, Any]], failed_partitions: list[list[str]]) -> dict[str, Any]:
    """Combine partition summaries into the run's summary."""
    total: dict[str, Any] = {"stories": 0, "undated": 0, "findings": 0, "cpu_seconds": 0.0}
    by_rule: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    failed: list[list[str]] = []
    candidates: list[list[Any]] = []
    for part in parts:
        for key in total:
            total[key] += part[key]
        by_rule.update(part["by_rule"])
        by_severity.update(part["by_severity"])
        failed.extend(part["failed"])
        candidates.extend(part["worst"])
    return {
        **total,
        "partitions": len(parts),
        "by_rule": dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_severity": dict(by_severity),
        "worst": worst(candidates),
        "failed": failed,
        "failed_partitions": failed_partitions,
    }


def failing(summary: dict[str, Any], level: Severity) -> int:
    """Count findings at or above the failing level."""
    return sum(n for sev, n in summary["by_severity"].items() if Severity.parse(sev) >= level)


def render(summary: dict[str, Any], output: str, resumed: int) -> str:
    """Say what the run found, for a person reading the terminal."""
    lines = [
        f"{_n(summary['stories'], 'story', 'stories')} in {_n(summary['partitions'], 'partition')}"
        f" ({resumed} kept from an earlier run): {_n(summary['findings'], 'finding')},"
        f" {_n(len(summary['failed']), 'story error')}",
    ]
    if summary["cpu_seconds"]:
        cpu = summary["cpu_seconds"]
        lines.append(
            f"{cpu:.1f} CPU seconds of linting ({summary['stories'] / cpu:.0f} per second)"
        )
    if summary["undated"]:
        lines.append(f"{_n(summary['undated'], 'story', 'stories')} without a usable date")
    if summary["by_rule"]:
        lines.append("findings by family and rule:")
        width = max(len(k) for k in summary["by_rule"])
        lines += [f"  {k:<{width}}  {n:>8}" for k, n in summary["by_rule"].items()]
    if summary["worst"]:
        lines.append("worst stories:")
        for story_id, counts in summary["worst"]:
            detail = ", ".join(f"{n} {sev}" for sev, n in sorted(counts.items()))
            lines.append(f"  {story_id}  ({detail})")
    if len(summary["failed"]) > WORST:
        lines.append(
            f"story errors: the first {WORST} of {len(summary['failed'])} (all in the output)"
        )
    for story_id, error in summary["failed"][:WORST]:
        lines.append(f"story error: {story_id}: {error}")
    for name, error in summary["failed_partitions"]:
        lines.append(f"partition {name} failed (rerun with --resume): {error}")
    lines.append(f"findings written to {output}")
    return "\n".join(lines)


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"
