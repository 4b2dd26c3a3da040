"""``newslint registry check``: everything that can be wrong in registry files, with lines.

Loading stops at the first error; checking reports all of them, plus what does not
stop loading: an id given twice in one file (an error), one office held twice over
overlapping dates, and a name two entries share when nothing tells them apart.

Files that load are not parsed again for their lines: the registry comes from the
compiled cache (or is compiled once, as any run would), and lines from the C
parser's event stream (``locate``). Only a file with errors is read in ruamel.yaml's
slower round-trip mode, whose nodes point at every error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from newslint.errors import ConfigError
from newslint.registry.compiled import Registry, entity_from_record, merge
from newslint.registry.loader import default_files, load_registry, shown_path
from newslint.registry.locate import Place, places
from newslint.registry.model import Entity, Organisation, Party, Person, Role
from newslint.registry.normalise import key
from newslint.registry.schema import (
    Problem,
    RegistryError,
    _record,
    parse,
    read_records,
    records,
)

KINDS = ("people", "parties", "organisations")
_KIND = {"person": "people", "party": "parties", "organisation": "organisations"}


class _File:
    """One registry file being checked: where it is, how entries name it, its text."""

    def __init__(self, path: Path, shipped: bool) -> None:
        self.path = path
        self.shown = shown_path(path, shipped)
        self.text: str | None = None
        self.places: dict[tuple[str, str], list[Place]] = {}

    def where(self, kind: str, ident: str) -> Place | None:
        found = self.places.get((kind, ident))
        return found[0] if found else None


def check_files(paths: Sequence[Path], default: bool = False) -> list[Problem]:
    """Return every problem in the registry files (the shipped ones first if ``default``).

    Problems come in file order, then line order.
    """
    files = [_File(p, True) for p in default_files()] if default else []
    files += [_File(Path(p), False) for p in paths]
    problems: list[Problem] = []
    for f in files:
        try:
            f.text = f.path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(f.path), None, f"cannot read: {exc}"))
    readable = [f for f in files if f.text is not None]
    entities = None
    if len(readable) == len(files):
        entities = _from_cache(paths, default)
    if entities is None:
        entities, broken = _from_files(readable)
        problems.extend(broken)
        readable = [f for f in readable if all(p.path != str(f.path) for p in broken)]
    for f in readable:
        assert f.text is not None
        for place in places(f.text):
            if place.ident is not None:
                f.places.setdefault((place.kind, place.ident), []).append(place)
        problems.extend(_duplicates(f))
    problems.extend(_shared_names(entities, readable))
    problems.extend(_overlaps(entities, readable))
    order = {str(f.path): i for i, f in enumerate(files)}
    return sorted(problems, key=lambda p: (order.get(p.path, len(order)), p.line or 0))


def _from_cache(paths: Sequence[Path], default: bool) -> list[Entity] | None:
    """Return the merged entities when every file loads, as a lint run would see them."""
    try:
        registry = load_registry(tuple(str(p) for p in paths), default=default)
    except ConfigError:
        return None
    return _entities(registry)


def _entities(registry: Registry) -> list[Entity]:
    return [registry.entity(i) for i in range(len(registry))]


def _from_files(files: list[_File]) -> tuple[list[Entity], list[Problem]]:
    """Check file by file: report every error of a broken file, merge the others."""
    problems: list[Problem] = []
    loaded = []
    for f in files:
        assert f.text is not None
        try:
            loaded.extend(read_records(f.text, str(f.path), f.shown))
        except RegistryError:
            problems.extend(_errors(f.text, str(f.path)))
    people = [entity_from_record(r) for r in merge(loaded) if r[0] != "surname"]
    return people, problems


def _errors(text: str, path: str) -> list[Problem]:
    """Return every error of a file, one per entry, rather than stopping at the first."""
    try:
        data = parse(text, path, lines=True)
    except RegistryError as exc:
        return [Problem(path, exc.line, exc.message)]
    out: list[Problem] = []
    if not isinstance(data, Mapping):
        out.extend(_first(_all, data, path))
        return out
    out.extend(_first(_all, {k: v for k, v in data.items() if k not in KINDS}, path))
    for kind in KINDS:
        entries = data.get(kind)
        if not isinstance(entries, list):
            out.extend(_first(_all, {kind: entries}, path))
            continue
        for entry in entries:
            out.extend(_first(_record, kind, entry, path, path))
    return out


def _all(data: Any, path: str) -> None:
    list(records(data, path, path))


def _first(check: Callable[..., object], *args: Any) -> Iterator[Problem]:
    try:
        check(*args)
    except RegistryError as exc:
        yield Problem(exc.path or "", exc.line, exc.message)


def _duplicates(f: _File) -> Iterator[Problem]:
    for (_, ident), found in f.places.items():
        for again in found[1:]:
            yield Problem(
                str(f.path), again.line, f"duplicate id '{ident}' (also line {found[0].line})"
            )


def _locate(entity: Entity, files: list[_File]) -> tuple[str, Place | None]:
    """Return the file an entity was last defined in, and where in it."""
    kind = _KIND[type(entity).__name__.lower()]
    for f in reversed(files):
        if f.shown == entity.source:
            return str(f.path), f.where(kind, entity.id)
    return entity.source, None


def _told_apart(a: Entity, b: Entity) -> bool:
    """Tell whether two entries may share a name: two people, or one party twice.

    Namesakes are part of the world (a father and son in Congress, two presidents
    called George Bush); the rules read the date of the story and the birth date
    to keep them apart. Entries without birth dates may be one person twice. A
    party is both the label stories give politicians and a body they name.
    """
    if {type(a), type(b)} == {Party, Organisation}:
        # One party as a label for politicians and as a body stories name.
        body = a if isinstance(a, Organisation) else b
        party = b if body is a else a
        return body.kind == "party" and body.country == party.country
    return (
        isinstance(a, Person)
        and isinstance(b, Person)
        and a.born is not None
        and b.born is not None
        and a.born != b.born
    )


def _shared_names(entities: list[Entity], files: list[_File]) -> Iterator[Problem]:
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        path, place = _locate(entity, files)
        for name in dict.fromkeys(key(n) for n in entity.names):
            seen = owners.setdefault(name, [])
            other = next((o for o in seen if not _told_apart(entity, o)), None)
            seen.append(entity)
            if other is None:
                continue
            other_path, other_place = _locate(other, files)
            where = f"{other_path}:{other_place.line}" if other_place else other_path
            why = " and no birth dates tell them apart" if isinstance(entity, Person) else ""
            yield Problem(
                path,
                place.line if place else None,
                f"name '{name}' of '{entity.id}' also names '{other.id}' ({where}){why}",
                False,
            )


def _overlaps(entities: list[Entity], files: list[_File]) -> Iterator[Problem]:
    for person in entities:
        if not isinstance(person, Person) or len(person.roles) < 2:
            continue
        path, place = _locate(person, files)
        lines: list[int | None] = [None] * len(person.roles)
        if place and len(place.roles) == len(person.roles):
            lines = list(place.roles)
        elif place:
            lines = [place.line] * len(person.roles)
        for i, a in enumerate(person.roles):
            for j in range(i + 1, len(person.roles)):
                b = person.roles[j]
                if (a.office, a.jurisdiction) == (b.office, b.jurisdiction) and _overlap(a, b):
                    yield Problem(
                        path,
                        lines[j],
                        f"'{person.id}' holds '{b.office}' twice over overlapping dates"
                        f" (see line {lines[i]})",
                        False,
                    )


def _overlap(a: Role, b: Role) -> bool:
    """Tell whether two terms share a day (a term's end day is its successor's first)."""
    return (a.start is None or b.end is None or a.start < b.end) and (
        b.start is None or a.end is None or b.start < a.end
    )
