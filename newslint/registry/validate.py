"""``newslint registry check``: everything that can be wrong in registry files, with lines.

Loading stops at the first error; checking reports all of them, plus warnings
that do not stop loading: duplicate ids, overlapping terms in one office, and a
name that also belongs to another entity (a lookup by that name is ambiguous).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from newslint.registry.normalise import key
from newslint.registry.schema import Problem, RegistryError, _line, _record, parse, records

KINDS = ("people", "parties", "organisations")


def check_files(paths: list[Path]) -> list[Problem]:
    """Return every problem found in the registry files, in file order."""
    problems: list[Problem] = []
    ids: dict[tuple[str, str], tuple[str, int | None]] = {}
    names: dict[str, tuple[str, str, int | None]] = {}
    for path in paths:
        p = str(path)
        try:
            data = parse(path.read_text(encoding="utf-8-sig"), p, lines=True)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(p, None, f"cannot read: {exc}"))
            continue
        except RegistryError as exc:
            problems.append(Problem(p, exc.line, exc.message))
            continue
        errors = list(_errors(data, p))
        problems.extend(errors)
        if not errors:
            problems.extend(_entries(data, p, ids, names))
    return problems


def _errors(data: Any, path: str) -> Iterator[Problem]:
    """Yield every error, one per entry, rather than stopping at the first."""
    if not isinstance(data, Mapping):
        yield from _first(_all, data, path)
        return
    yield from _first(_all, {k: v for k, v in data.items() if k not in KINDS}, path)
    for kind in KINDS:
        entries = data.get(kind)
        if not isinstance(entries, list):
            yield from _first(_all, {kind: entries}, path)
            continue
        for entry in entries:
            yield from _first(_record, kind, entry, path, path)


def _all(data: Any, path: str) -> None:
    list(records(data, path, path))


def _first(check: Callable[..., object], *args: Any) -> Iterator[Problem]:
    try:
        check(*args)
    except RegistryError as exc:
        yield Problem(exc.path or "", exc.line, exc.message)


def _entries(
    data: Any,
    path: str,
    ids: dict[tuple[str, str], tuple[str, int | None]],
    names: dict[str, tuple[str, str, int | None]],
) -> list[Problem]:
    out: list[Problem] = []
    if not isinstance(data, Mapping):
        return out
    for kind in ("people", "parties", "organisations"):
        for entry in data.get(kind) or []:
            line = _line(entry)
            ident = str(entry["id"])
            seen = ids.get((kind, ident))
            if seen and seen[0] == path:
                out.append(Problem(path, line, f"duplicate id '{ident}' (also line {seen[1]})"))
            ids.setdefault((kind, ident), (path, line))
            out.extend(_names(entry, kind, ident, path, line, names))
            if kind == "people":
                out.extend(_overlaps(entry, path))
    return out


def _names(
    entry: Mapping[str, Any],
    kind: str,
    ident: str,
    path: str,
    line: int | None,
    names: dict[str, tuple[str, str, int | None]],
) -> list[Problem]:
    out = []
    spelled = [entry["name"], *(entry.get("aliases") or []), *(entry.get("variants") or [])]
    for n in dict.fromkeys(key(str(x)) for x in spelled):
        other = names.get(n)
        if other and other[0] != ident:
            where = f"{other[1]}:{other[2]}" if other[2] else other[1]
            out.append(
                Problem(
                    path, line, f"name '{n}' of '{ident}' also names '{other[0]}' ({where})", False
                )
            )
        names.setdefault(n, (ident, path, line))
    return out


def _overlaps(entry: Mapping[str, Any], path: str) -> list[Problem]:
    out = []
    roles = [r for r in entry.get("roles") or [] if isinstance(r, Mapping)]
    for i, a in enumerate(roles):
        for b in roles[i + 1 :]:
            if (a.get("office"), a.get("jurisdiction")) != (b.get("office"), b.get("jurisdiction")):
                continue
            if _overlap(a, b):
                out.append(
                    Problem(
                        path,
                        _line(b),
                        f"'{entry['id']}' holds '{b.get('office')}' twice over overlapping dates"
                        f" (see line {_line(a)})",
                        False,
                    )
                )
    return out


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    lo, hi = dt.date.min.isoformat(), dt.date.max.isoformat()
    a1, a2 = str(a.get("from") or lo), str(a.get("to") or hi)
    b1, b2 = str(b.get("from") or lo), str(b.get("to") or hi)
    return a1 < b2 and b1 < a2
