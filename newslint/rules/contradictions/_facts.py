"""Dated facts about people, from the registry and from the story, in one shape.

The contradiction rules ask the same questions of the registry (who is this
surname, which executive terms did they serve, which party were they in); keeping
the answers here means every rule resolves people the same conservative way: a
name that could be two registry people is nobody.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import regex

from newslint.claims.actors import find_actors
from newslint.document import Document
from newslint.lazyre import lazy_compile
from newslint.rule import Context

_EXECUTIVE = lazy_compile(
    r"\b(?:president|prime\s+minister|chancellor|premier|head\s+of\s+(?:state|government))\b",
    regex.IGNORECASE,
)
_NOT_EXECUTIVE = lazy_compile(
    r"\b(?:vice|deputy|of\s+the\s+exchequer|acting|first\s+minister"
    # Offices that name a head without being one: "Senior Advisor to the President",
    # "President of the Senate", "Chief of Staff to the Prime Minister".
    r"|advis[eo]r|to\s+the|chief\s+of\s+staff|spokes\w*|secretary"
    r"|of\s+the\s+(?:senate|assembly|house|chamber|court|supreme|constitutional|national"
    r"\s+assembly|parliament|european|commission|bank|party))\b",
    regex.IGNORECASE,
)
_SINGLE_HOLDER = lazy_compile(
    r"(?:vice\s+)?(?:president|prime\s+minister|chancellor|premier)$", regex.IGNORECASE
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


@dataclass(frozen=True)
class Term:
    """A stretch in office: ``end`` None means still in office."""

    start: dt.date
    end: dt.date | None
    office: str
    number: int  # 1 for the person's first term in this office, 2 for the second, ...
    total: int


def registry(ctx: Context) -> Any:
    """Return the configured registry (None for a context without shared resources)."""
    return ctx.registry


def is_person(entity: Any) -> bool:
    """Tell people from parties and organisations (only people have roles)."""
    return hasattr(entity, "roles") and hasattr(entity, "parties")


@dataclass(frozen=True)
class PersonFacts:
    """One person as the registry knows them, entries for the same person merged.

    A registry may list one person twice (a first and a second term from different
    sources); entries with the same canonical name and birth date are one person.
    """

    name: str
    roles: tuple[Any, ...]
    parties: tuple[Any, ...]
    source: str
    died: dt.date | None = None

    def party_at(self, day: dt.date) -> str | None:
        """Return the id of the party the person belonged to on a day."""
        return next((m.party for m in self.parties if m.covers(day)), None)


def person_for(reg: Any, doc: Document, surname: str) -> PersonFacts | None:
    """Return the one registry person a story's surname can mean, or None."""
    if reg is None or not surname:
        return None
    full = {m.name for m in find_actors(doc).mentions if m.person == surname and " " in m.name}
    groups: dict[tuple[str, Any], list[Any]] = {}
    for name in full:
        for e in _people(reg.lookup(name), name):
            groups.setdefault((_fold(e.name), e.born), []).append(e)
    if not full:
        # NOTE: only a story that never gives a full name falls back on the surname; a
        # full name the registry does not know is somebody else who shares the surname.
        for e in _people(reg.by_surname(surname), ""):
            groups.setdefault((_fold(e.name), e.born), []).append(e)
        if len(groups) > 1:
            groups = {k: g for k, g in groups.items() if any(executive_roles(e) for e in g)}
    if len(groups) > 1:
        # a match through a variant whose canonical surname differs is the weaker one
        same = {k: g for k, g in groups.items() if _surname(k[0]) == _fold(surname)}
        groups = same or groups
    return _one(reg, _of_the_time(groups, doc.reference_date))


def person_named(reg: Any, name: str, day: dt.date | None = None) -> PersonFacts | None:
    """Return the one registry person a full name as written can mean, or None.

    Of namesakes, those long gone by the day (today, for an undated story) do not count.
    """
    if reg is None or " " not in name.strip():
        return None
    groups: dict[tuple[str, Any], list[Any]] = {}
    for e in _people(reg.lookup(name), name):
        groups.setdefault((_fold(e.name), e.born), []).append(e)
    return _one(reg, _of_the_time(groups, day))


def _of_the_time(groups: dict[Any, list[Any]], day: dt.date | None) -> dict[Any, list[Any]]:
    """Drop namesakes who were out of public life long before the day, if others remain."""
    if len(groups) < 2:
        return groups
    year = (day or dt.date.today()).year
    kept = {k: g for k, g in groups.items() if any(e.of_our_time(year) for e in g)}
    return kept or groups


def _one(reg: Any, groups: dict[tuple[str, Any], list[Any]]) -> PersonFacts | None:
    """Merge the entries of the one person left, or None when zero or several are."""
    if len(groups) != 1:
        return None
    (entries,) = groups.values()
    ids = {e.id for e in entries}
    return PersonFacts(
        entries[0].name,
        tuple(_closed(reg, r, ids) for e in entries for r in e.roles),
        tuple(m for e in entries for m in e.parties),
        entries[0].source,
        next((e.died for e in entries if getattr(e, "died", None)), None),
    )


def _people(entities: list[Any], name: str) -> list[Any]:
    """People only, plausible ones only, those whose canonical name matches first."""
    people = [e for e in entities if is_person(e) and _plausible(e)]
    exact = [e for e in people if name and _fold(e.name) == _fold(name)]
    return exact or people


def _plausible(person: Any) -> bool:
    """Tell whether every dated role falls within a human lifetime of the birth date."""
    if person.born is None:
        return True
    lo, hi = person.born.year + 15, person.born.year + 105
    return all(lo <= r.start.year <= hi for r in person.roles if r.start is not None)


def _closed(reg: Any, role: Any, ids: set[str]) -> Any:
    """Close an open-ended role of a one-holder office at the next holder's start.

    Registries built from snapshots leave a term open when the snapshot predates its
    end; "President since 2021" followed by another president since 2025 ended then.
    """
    holders = getattr(reg, "holders", None)
    if role.end is not None or role.start is None or holders is None:
        return role
    if not _SINGLE_HOLDER.match(role.office):
        return role
    office = role.office.casefold()
    later = [
        r.start
        for p in holders(role.office, role.jurisdiction)
        if p.id not in ids
        for r in p.roles
        if r.office.casefold() == office and r.start is not None and r.start > role.start
    ]
    return replace(role, end=min(later)) if later else role


def _surname(folded: str) -> str:
    words = [w for w in folded.replace(",", " ").split() if w.rstrip(".") not in _SUFFIXES]
    return words[-1] if words else ""


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def is_head_title(title: str) -> bool:
    """Tell whether a title is a head of state's or government's ("Prime Minister")."""
    return bool(_EXECUTIVE.search(title)) and not _NOT_EXECUTIVE.search(title)


def executive_roles(person: Any) -> list[Any]:
    """Roles that head a government or state, whose holder has an administration."""
    return [
        r
        for r in person.roles
        if r.start is not None
        and _EXECUTIVE.search(r.office)
        and not _NOT_EXECUTIVE.search(r.office)
    ]


def terms(person: Any) -> list[Term]:
    """Return the person's executive terms, duplicates and back-to-back roles merged."""
    return merge_roles(executive_roles(person))


def merge_roles(roles: list[Any]) -> list[Term]:
    """Merge duplicate records of one term, then back-to-back terms in one office.

    Registries built from snapshots record a term twice, once with its end and once
    open-ended because the snapshot predates the end (or year-only, "from: 2021"). An
    open end is "unknown", so a record that knows the end wins over one that does not.
    """
    clusters: list[list[Any]] = []
    for r in sorted(roles, key=lambda r: r.start):
        same = next((c for c in clusters if _same_term(c, r)), None)
        if same is None:
            clusters.append([r.start, r.end, r.office])
        elif r.end is not None and (same[1] is None or r.end > same[1]):
            same[1] = r.end
    merged: list[list[Any]] = []
    for start, end, office in clusters:
        last = merged[-1] if merged else None
        if last and last[2] == office and last[1] is not None and last[1] >= start:
            last[1] = end if end is None or end > last[1] else last[1]
            continue
        merged.append([start, end, office])
    return [Term(s, e, o, i + 1, len(merged)) for i, (s, e, o) in enumerate(merged)]


def _same_term(cluster: list[Any], role: Any) -> bool:
    return cluster[2].lower() == role.office.lower() and abs((role.start - cluster[0]).days) <= 366


def party_at(reg: Any, person: Any, when: dt.date | None) -> Any:
    """Return the person's registry party at a date (today when the story is undated)."""
    party_id = person.party_at(when or dt.date.today())
    every = {m.party for m in person.parties}
    if party_id is None and len(every) == 1:
        # NOTE: memberships often run only as long as an office; one party all along
        # is that person's party between and after offices too.
        party_id = next(iter(every))
    if party_id is None:
        return None
    return reg.get(party_id) or reg.party(party_id)


def story_date(doc: Document, ctx: Context) -> dt.date | None:
    """Return the dateline of the story, if it has one."""
    return doc.reference_date or ctx.reference_date


def line_of(doc: Document, offset: int) -> int:
    """Return the 1-based line of an offset, for messages that point elsewhere in the story."""
    return doc.position(offset)[0]
