"""``check --statistics``: how many findings each rule has, for a first look at a big run."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newslint.finding import Finding


def statistics(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Count findings per code, most frequent first, with how many ``--fix`` could repair."""
    from newslint.fix import fixable

    rows: dict[str, dict[str, Any]] = {}
    for f in findings:
        row = rows.setdefault(
            f.code, {"code": f.code, "rule": f.rule, "count": 0, "fixable": 0, "unsafe_fixable": 0}
        )
        row["count"] += 1
        if fixable(f):
            row["fixable"] += 1
        elif fixable(f, unsafe=True):
            row["unsafe_fixable"] += 1
    return sorted(rows.values(), key=lambda r: (-r["count"], r["code"]))


def render_statistics(findings: Sequence[Finding], fmt: str) -> str:
    """Return the table as aligned text or as a JSON array."""
    rows = statistics(findings)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if not rows:
        return ""
    width = {k: max(len(str(r[k])) for r in rows) for k in ("count", "code", "rule")}
    lines = []
    for r in rows:
        fixes = []
        if r["fixable"]:
            fixes.append(f"{r['fixable']} fixable")
        if r["unsafe_fixable"]:
            fixes.append(f"{r['unsafe_fixable']} with --unsafe-fixes")
        line = (
            f"{r['count']:>{width['count']}}  {r['code']:<{width['code']}}  "
            f"{r['rule']:<{width['rule']}}  {', '.join(fixes)}"
        )
        lines.append(line.rstrip() + "\n")
    return "".join(lines)
