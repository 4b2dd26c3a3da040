"""Write registry YAML in the layout newslint ships: one entry per block, roles one per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

PERSON_KEYS = ("id", "name", "aliases", "variants", "misspellings", "born", "died")


def _q(value: Any) -> str:
    if value is None:
        return "null"
    return json.dumps(str(value), ensure_ascii=False)


def _flow(entry: Mapping[str, Any]) -> str:
    items = []
    for k, v in entry.items():
        if v in (None, "", [], ()):
            continue
        if isinstance(v, (list, tuple)):
            items.append(f"{k}: [{', '.join(_q(x) for x in v)}]")
        else:
            items.append(f"{k}: {v if k in ('from', 'to') else _q(v)}")
    return "{" + ", ".join(items) + "}"


def people_yaml(people: Iterable[Mapping[str, Any]], header: str = "") -> str:
    """Return a ``people:`` document for person mappings in the registry schema."""
    lines = [header] if header else []
    lines.append("people:")
    for p in people:
        lines.append(f"  - id: {_q(p['id'])}")
        lines.append(f"    name: {_q(p['name'])}")
        for k in ("aliases", "variants", "misspellings"):
            if p.get(k):
                lines.append(f"    {k}: [{', '.join(_q(v) for v in p[k])}]")
        for k in ("born", "died"):
            if p.get(k):
                lines.append(f"    {k}: {p[k]}")
        for k in ("parties", "roles"):
            if p.get(k):
                lines.append(f"    {k}:")
                lines.extend(f"      - {_flow(x)}" for x in p[k])
    return "\n".join(lines) + "\n"
