"""Write registry YAML in the layout newslint ships: one entry per block, roles one per line.

Everything goes through ruamel.yaml's emitter, which quotes whatever needs quoting:
a name like ``2023-01-01, office: Queen`` stays one string, never a new key.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from newslint.yamlsafe import round_trip

PERSON_KEYS = ("id", "name", "aliases", "variants", "misspellings", "born", "died")
_NAME_LISTS = ("aliases", "variants", "misspellings")
_DATE_KEYS = frozenset({"born", "died", "from", "to"})


def _text(value: Any) -> DoubleQuotedScalarString:
    """Quote text, as the shipped files do: no reader can take it for a number or a key."""
    return DoubleQuotedScalarString(str(value))


def _value(key: str, value: Any) -> Any:
    """Write a full date unquoted, as a person would; anything else as quoted text."""
    if key in _DATE_KEYS and isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return _text(value)


def _flow_list(values: Iterable[Any]) -> CommentedSeq:
    seq = CommentedSeq(_text(v) for v in values)
    seq.fa.set_flow_style()
    return seq


def _flow_map(entry: Mapping[str, Any]) -> CommentedMap:
    out = CommentedMap()
    for k, v in entry.items():
        if v in (None, "", [], ()):
            continue
        out[k] = _flow_list(v) if isinstance(v, (list, tuple)) else _value(k, v)
    out.fa.set_flow_style()
    return out


def _person(p: Mapping[str, Any]) -> CommentedMap:
    out = CommentedMap(id=_text(p["id"]), name=_text(p["name"]))
    for k in _NAME_LISTS:
        if p.get(k):
            out[k] = _flow_list(p[k])
    for k in ("born", "died"):
        if p.get(k):
            out[k] = _value(k, p[k])
    for k in ("parties", "roles"):
        if p.get(k):
            out[k] = CommentedSeq(_flow_map(x) for x in p[k])
    return out


def _yaml() -> YAML:
    # NOTE: the strict round-trip instance, though this one only dumps: a YAML object
    # in newslint never loads with a constructor that would keep unknown tags.
    yaml = round_trip()
    yaml.width = 4096  # one role per line, however long
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump_people(
    people: Sequence[Mapping[str, Any]], comment: str = "", chunk: int = 200
) -> Iterator[tuple[int, str]]:
    """Yield ``(people written so far, YAML text)`` in pieces that join into one document.

    The first piece is the ``people:`` mapping with the first entries; each later one
    is the dumper's own text for the next entries, a sequence at the same indent, so
    a caller can show progress and the joined text equals one ``people_yaml`` call.
    """
    yaml = _yaml()
    for start in range(0, max(len(people), 1), chunk):
        entries = CommentedSeq(_person(p) for p in people[start : start + chunk])
        doc: Any = entries
        if start == 0:
            doc = CommentedMap(people=entries)
            if comment:
                doc.yaml_set_start_comment(comment)
        stream = io.StringIO()
        yaml.dump(doc, stream)
        yield min(start + chunk, len(people)), stream.getvalue()


def people_yaml(people: Sequence[Mapping[str, Any]], comment: str = "") -> str:
    """Return a ``people:`` document for person mappings, with a comment line on top."""
    return "".join(text for _, text in dump_people(people, comment))
