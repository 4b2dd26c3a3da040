"""Read registry YAML into plain records, strictly, with errors that name file and line.

Loading parses with ruamel.yaml's fast safe loader; only when a file is wrong is it
parsed again in round-trip mode, whose nodes carry the line the error points at.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newslint.errors import ConfigError
from newslint.registry.model import ORGANISATION_KINDS

#: Every key each kind of entry may hold (kebab-case, as in all newslint files).
KEYS: dict[str, frozenset[str]] = {
    "people": frozenset(
        "id name aliases variants misspellings born died parties roles note".split()
    ),
    "parties": frozenset("id name country variants note".split()),
    "organisations": frozenset("id name aliases kind country prominent note".split()),
    "role": frozenset("office jurisdiction from to".split()),
    "membership": frozenset("party from to".split()),
}
TOP_KEYS = frozenset({"people", "parties", "organisations", "known-surnames", "source", "licence"})
_LISTS = ("aliases", "variants", "misspellings")
#: The only date shapes a registry holds: a year, a year-month or a day.
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)

#: A record is a marshal-friendly tuple; see ``compiled.entity_from_record``.
Record = tuple[Any, ...]


class RegistryError(ConfigError):
    """A registry file that cannot be trusted."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a registry file; errors stop loading, warnings do not."""

    path: str
    line: int | None
    message: str
    error: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'error' if self.error else 'warning'}: {self.message}"


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


@lru_cache(maxsize=1)
def _constructors() -> tuple[type, type]:
    """Safe and line-keeping constructors that leave dates as text.

    An impossible date is then reported with its line by ``_date``. Built on first
    use: a run whose registry is already compiled never imports the YAML parser.
    """
    from ruamel.yaml.constructor import SafeConstructor

    from newslint.yamlsafe import StrictRoundTrip

    class SafeDates(SafeConstructor):
        pass

    class RoundTripDates(StrictRoundTrip):
        pass

    for cls in (SafeDates, RoundTripDates):
        cls.add_constructor(_TIMESTAMP, cls.construct_yaml_str)
    return SafeDates, RoundTripDates


def parse(text: str, path: str, lines: bool = False) -> Any:
    """Parse YAML text; ``lines`` keeps line numbers (slower)."""
    if not lines:
        data = _json(text)
        if data is not None:
            return data
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    safe, round_trip = _constructors()
    # NOTE: the safe parse uses the C parser when ruamel.yaml.clib is installed (much faster).
    yaml = YAML(typ="rt", pure=True) if lines else YAML(typ="safe")
    yaml.Constructor = round_trip if lines else safe
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RegistryError(f"malformed YAML: {exc.problem or exc}", path, line) from None
    except (YAMLError, ValueError, TypeError) as exc:
        raise RegistryError(f"malformed YAML: {exc}", path) from None


class _NotJson(Exception):
    pass


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _NotJson  # YAML reports the duplicate key with its line
    return out


def _json(text: str) -> Any:
    """Parse a registry written as JSON (which is YAML too), or return None.

    The shipped registry is written so: tens of thousands of entries parse in a
    fraction of a second, where a YAML parser takes most of a minute. Anything
    that is not plain JSON after its comment lines goes to the YAML parser, which
    reports errors with their lines.
    """
    body = text.lstrip()
    while body.startswith("#"):
        body = body.partition("\n")[2].lstrip()
    if not body.startswith("{"):
        return None
    try:
        return json.loads(body, object_pairs_hook=_unique)
    except (ValueError, _NotJson):
        return None


def read_records(text: str, path: str, shown: str) -> list[Record]:
    """Return the records of one registry file, raising RegistryError on the first error."""
    data = parse(text, path)
    try:
        return list(records(data, shown, path))
    except RegistryError as exc:
        if exc.line is None:
            try:
                list(records(parse(text, path, lines=True), shown, path))
            except RegistryError as located:
                raise located from None
        raise


def records(data: Any, shown: str, path: str) -> Iterator[Record]:
    """Validate parsed YAML and yield one record per entry."""
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RegistryError(
            "a registry must be a mapping with people, parties, organisations", path, 1
        )
    for key in data:
        if key not in TOP_KEYS:
            known = ", ".join(sorted(TOP_KEYS))
            raise RegistryError(f"unknown key '{key}' (known: {known})", path, _line(data, key))
    for kind in ("parties", "organisations", "people"):
        entries = data.get(kind) or []
        if not isinstance(entries, list):
            raise RegistryError(f"'{kind}' must be a list", path, _line(data, kind))
        for entry in entries:
            yield _record(kind, entry, shown, path)
    for word in _names(data, "known-surnames", path):
        yield ("surname", word, shown)


def check_entry(kind: str, entry: Any, path: str) -> Record:
    """Validate one entry of ``people``, ``parties`` or ``organisations`` on its own."""
    return _record(kind, entry, path, path)


def _record(kind: str, entry: Any, shown: str, path: str) -> Record:
    if not isinstance(entry, Mapping):
        raise RegistryError(f"each entry of '{kind}' must be a mapping", path, _line(entry))
    _known_keys(entry, KEYS[kind], path)
    ident = _text(entry, "id", path, required=True)
    name = _text(entry, "name", path, required=True)
    if kind == "parties":
        return (
            "party",
            ident,
            name,
            _text(entry, "country", path),
            _names(entry, "variants", path),
            shown,
        )
    if kind == "organisations":
        return (
            "organisation",
            ident,
            name,
            _names(entry, "aliases", path),
            _kind(entry, path),
            _text(entry, "country", path),
            _flag(entry, "prominent", path, default=True),
            shown,
        )
    born, died = _date(entry, "born", path), _date(entry, "died", path)
    return (
        "person",
        ident,
        name,
        *(_names(entry, k, path) for k in _LISTS),
        born,
        died,
        tuple(_membership(m, path) for m in _list(entry, "parties", path)),
        tuple(_role(r, path) for r in _list(entry, "roles", path)),
        shown,
    )


def _flag(entry: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
    value = entry.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise RegistryError(f"'{key}' must be true or false", path, _line(entry, key))
    return value


def _kind(entry: Mapping[str, Any], path: str) -> str:
    kind = _text(entry, "kind", path)
    if kind and kind not in ORGANISATION_KINDS:
        known = ", ".join(ORGANISATION_KINDS)
        raise RegistryError(f"unknown kind '{kind}' (known: {known})", path, _line(entry, "kind"))
    return kind


def _role(entry: Any, path: str) -> tuple[str, str, str | None, str | None]:
    if not isinstance(entry, Mapping):
        raise RegistryError(
            "a role must be a mapping of office, jurisdiction, from, to", path, _line(entry)
        )
    _known_keys(entry, KEYS["role"], path)
    start, end = _period(entry, path)
    office = _text(entry, "office", path, required=True)
    return (office, _text(entry, "jurisdiction", path), start, end)


def _membership(entry: Any, path: str) -> tuple[str, str | None, str | None]:
    if isinstance(entry, str):
        return (entry, None, None)
    if not isinstance(entry, Mapping):
        raise RegistryError(
            "a party membership must be a party id or a mapping", path, _line(entry)
        )
    _known_keys(entry, KEYS["membership"], path)
    start, end = _period(entry, path)
    return (_text(entry, "party", path, required=True), start, end)


def _period(entry: Mapping[str, Any], path: str) -> tuple[str | None, str | None]:
    start, end = _date(entry, "from", path), _date(entry, "to", path, last=True)
    if start and end and end < start:
        raise RegistryError(f"'to' ({end}) is before 'from' ({start})", path, _line(entry, "to"))
    return start, end


def _known_keys(entry: Mapping[str, Any], allowed: frozenset[str], path: str) -> None:
    for key in entry:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise RegistryError(f"unknown key '{key}' (known: {known})", path, _line(entry, key))


def _text(entry: Mapping[str, Any], key: str, path: str, required: bool = False) -> str:
    value = entry.get(key)
    if value is None or value == "":
        if required:
            raise RegistryError(f"missing '{key}'", path, _line(entry))
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RegistryError(f"'{key}' must be text", path, _line(entry, key))
    return str(value)


def _names(entry: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(f"'{key}' must be a list of names", path, _line(entry, key))
    return tuple(value)


def _list(entry: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = entry.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise RegistryError(f"'{key}' must be a list", path, _line(entry, key))
    return value


def iso_date(text: str, last: bool = False) -> str:
    """Return a registry date as ISO text: a year or year-month means its first day.

    With ``last`` it means its last day instead (for ``to``). Raises ValueError for
    anything else, so every reader of registry dates accepts exactly the same ones.
    """
    text = text.strip()
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    if len(text) == 4:
        return f"{text}-12-31" if last else f"{text}-01-01"
    if len(text) == 7:
        first = dt.date.fromisoformat(f"{text}-01")
        if not last:
            return first.isoformat()
        nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return dt.date.fromisoformat(text).isoformat()


DATE_HELP = "a date like 2025-10-21, 2025-10 or 2025"


def _date(entry: Mapping[str, Any], key: str, path: str, last: bool = False) -> str | None:
    """Read a date, or a year or year-month meaning its first (or, for ``to``, last) day."""
    value = entry.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return iso_date(str(value), last)
    except ValueError:
        raise RegistryError(
            f"'{key}' must be {DATE_HELP}, not {str(value).strip()!r}",
            path,
            _line(entry, key),
        ) from None


def _line(node: Any, key: Any = None) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        return (lc.key(key)[0] if key is not None else lc.line) + 1
    except (KeyError, TypeError, AttributeError):
        return lc.line + 1
