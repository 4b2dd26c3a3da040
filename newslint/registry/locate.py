"""Where each entry of a registry file is written, read from the parser's events alone.

``registry check`` needs a line for every warning, but building line-keeping data
for the shipped registry (2 MB of YAML) in ruamel.yaml's round-trip mode takes
over ten seconds. The C parser's event stream carries the same marks for a
fraction of that: this walks it for each entry's id and first line, and the line
of each of its roles, without building any data. The shipped files are written
one JSON object per line (YAML's flow style), so for them the lines are read
directly and the parser is only the fallback: 70,000 entries' events still take
seconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    CollectionEndEvent,
    CollectionStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

KINDS = ("people", "parties", "organisations")


@dataclass
class Place:
    """Where one entry starts, and where each of its roles does (1-based lines)."""

    kind: str
    ident: str | None
    line: int
    roles: list[int] = field(default_factory=list)


def places(text: str) -> list[Place]:
    """Return every entry of a registry text that parses, in the order written."""
    found = _one_per_line(text)
    if found is not None:
        return found
    events = YAML(typ="safe").parse(text)
    for event in events:
        if isinstance(event, MappingStartEvent):
            return list(_top(events))
        if _opens(event):  # a document that is not a mapping holds no entries
            return []
    return []


_OPENING = re.compile(r'\{"(people|parties|organisations)": \[')


def _one_per_line(text: str) -> list[Place] | None:
    """Read a file written one entry per line, as the shipped ones are; None otherwise."""
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if line and not line.startswith("#")), None)
    if at is None or not lines[at].endswith("[") or not _OPENING.fullmatch(lines[at]):
        return None
    kind = _OPENING.fullmatch(lines[at]).group(1)
    out = []
    for number, line in enumerate(lines[at + 1 :], start=at + 2):
        if line == "]}":
            rest = lines[number:]
            return out if all(not r.strip() or r.startswith("#") for r in rest) else None
        try:
            entry = json.loads(line.removesuffix(","))
        except ValueError:
            return None
        if not isinstance(entry, dict):
            return None
        ident, roles = entry.get("id"), entry.get("roles", [])
        if not isinstance(ident, (str, type(None))) or not isinstance(roles, list):
            return None  # the parser reads such values as YAML does; let it
        out.append(Place(kind, ident, number, [number] * len(roles)))
    return None


def _top(events: Iterator[Any]) -> Iterator[Place]:
    for event in events:
        if isinstance(event, MappingEndEvent):
            return
        value = next(events)
        kind = event.value if isinstance(event, ScalarEvent) else None
        if kind in KINDS and isinstance(value, SequenceStartEvent):
            yield from _entries(kind, events)
        else:
            _skip(value, events)


def _entries(kind: str, events: Iterator[Any]) -> Iterator[Place]:
    for event in events:
        if isinstance(event, SequenceEndEvent):
            return
        if isinstance(event, MappingStartEvent):
            yield _entry(kind, event.start_mark.line + 1, events)
        else:
            _skip(event, events)


def _entry(kind: str, line: int, events: Iterator[Any]) -> Place:
    place = Place(kind, None, line)
    for event in events:
        if isinstance(event, MappingEndEvent):
            break
        value = next(events)
        key = event.value if isinstance(event, ScalarEvent) else None
        if key == "id" and isinstance(value, ScalarEvent):
            place.ident = value.value
        elif key == "roles" and isinstance(value, SequenceStartEvent):
            place.roles = list(_item_lines(events))
        else:
            _skip(value, events)
    return place


def _item_lines(events: Iterator[Any]) -> Iterator[int]:
    for event in events:
        if isinstance(event, SequenceEndEvent):
            return
        yield event.start_mark.line + 1
        _skip(event, events)


def _opens(event: Any) -> bool:
    return isinstance(event, (CollectionStartEvent, ScalarEvent))


def _skip(event: Any, events: Iterator[Any]) -> None:
    """Consume the rest of the node an event starts (nothing more for a scalar or alias)."""
    if not isinstance(event, CollectionStartEvent):
        return
    depth = 1
    for inner in events:
        if isinstance(inner, CollectionStartEvent):
            depth += 1
        elif isinstance(inner, CollectionEndEvent):
            depth -= 1
            if not depth:
                return
