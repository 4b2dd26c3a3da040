"""Dated facts about real people, read straight from ../shared/data/officeholders.

The mutators plant against these raw records, not against newslint's compiled registry,
so a planted case says what the world holds, not what newslint already knows: a person the
registry lacks is a person newslint should still be judged on.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from corpus import SHARED

OFFICEHOLDERS = SHARED / "data" / "officeholders"

#: The party labels of the sources, folded to one word a story would write.
PARTY = {
    "Democrat": "Democrat",
    "Democratic": "Democrat",
    "Republican": "Republican",
    "Independent": "Independent",
    "Conservative": "Conservative",
    "Labour": "Labour",
    "Liberal Democrat": "Liberal Democrat",
    "Democratic Party": "Democrat",
    "Republican Party": "Republican",
    "Labour Party": "Labour",
    "Conservative Party": "Conservative",
}


@dataclass(frozen=True)
class Role:
    office: str
    jurisdiction: str
    start: dt.date | None
    end: dt.date | None
    party: str = ""
    state: str = ""

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    name: str
    given: str
    surname: str
    born: dt.date | None = None
    roles: list[Role] = field(default_factory=list)
    #: "M", "F" or "" where no source says; lets a mutator swap a given name for one a
    #: reader would take for the same kind of name.
    gender: str = ""
    #: ``born`` is January 1 of the only thing the source gives: the year of birth.
    born_year_only: bool = False

    def parties(self) -> set[str]:
        return {r.party for r in self.roles if r.party}

    def party_on(self, day: dt.date | None) -> str | None:
        """The one party the records give the person (at ``day`` if given), else None."""
        roles = [r for r in self.roles if r.party and (day is None or r.covers(day))]
        parties = {r.party for r in roles} if day is not None else self.parties()
        return next(iter(parties)) if len(parties) == 1 else None

    def offices(self) -> set[str]:
        return {r.office for r in self.roles}


def _day(value: str) -> dt.date | None:
    value = (value or "").strip()
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _rows(name: str) -> Iterable[dict]:
    path = OFFICEHOLDERS / name
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _split(full: str) -> tuple[str, str]:
    parts = full.split()
    return (parts[0], parts[-1]) if len(parts) >= 2 else ("", full)


class Facts:
    """People by full name, and by surname, merged across every source file."""

    def __init__(self, people: dict[str, Person]) -> None:
        self.people = people
        self.by_surname: dict[str, list[Person]] = defaultdict(list)
        for person in people.values():
            self.by_surname[person.surname].append(person)
        #: Other full names a source gives a person ("Jimmy Carter", "Robert Dole"),
        #: mapped to the key of ``people``: a story may use either.
        self.aliases: dict[str, str] = {}
        #: National leaders from the leader datasets (Archigos, PLAD, Wikidata 2021) who
        #: hold no post in the files above (Helmut Kohl, Yasuhiro Nakasone). Kept apart
        #: from ``people`` because their only role is "Leader" of a country over a spell,
        #: which is not an office a story's title would name.
        self.leaders: dict[str, Person] = {}

    def person(self, name: str) -> Person | None:
        return self.people.get(name)

    def known(self, name: str) -> Person | None:
        """The person a full name means, through ``people``, ``aliases`` or ``leaders``."""
        person = self.people.get(name) or self.leaders.get(name)
        return person or self.people.get(self.aliases.get(name, ""))

    def alias(self, alias: str, name: str) -> None:
        alias = " ".join(re.sub(r"\s*\(.*?\)", "", alias).split())
        if len(alias.split()) >= 2 and alias != name and name in self.people:
            if alias not in self.people:
                self.aliases.setdefault(alias, name)

    def gendered(self, name: str, gender: str) -> None:
        person = self.people.get(name)
        gender = {"male": "M", "female": "F", "Male": "M", "Female": "F"}.get(gender, gender)
        if person is not None and not person.gender and gender in ("M", "F"):
            person.gender = gender

    def leader(
        self, name: str, born: dt.date | None, gender: str, role: Role, year_only: bool = False
    ) -> None:
        name = " ".join(re.sub(r"\s*\(.*?\)", "", name).split())
        given, surname = _split(name)
        if not given or name in self.people or name in self.aliases:
            return
        person = self.leaders.get(name)
        if person is None:
            gender = {"male": "M", "female": "F"}.get(gender, gender)
            person = self.leaders[name] = Person(
                name, given, surname, born, [], gender if gender in ("M", "F") else ""
            )
            person.born_year_only = born is not None and year_only
        person.roles.append(role)

    def add(self, name: str, given: str, surname: str, born: dt.date | None, role: Role) -> None:
        name = " ".join(name.split())
        if not name or not surname or not re.search(r"[A-Z]", surname[:1]):
            return
        person = self.people.get(name)
        if person is None:
            person = self.people[name] = Person(name, given, surname, born)
            self.by_surname[surname].append(person)
        if born and not person.born:
            person.born = born
        person.roles.append(role)


@functools.lru_cache(maxsize=1)
def load() -> Facts:
    """Read every office-holder file once per process."""
    facts = Facts({})
    for row in _rows("us_presidents_vice_presidents.csv"):
        name = f"{row['first']} {row['last']}"
        facts.add(
            name,
            row["first"],
            row["last"],
            _day(row["birthday"]),
            Role(
                row["office"].replace(" of the United States", ""),
                "United States",
                _day(row["start"]),
                _day(row["end"]),
                PARTY.get(row["party"], ""),
            ),
        )
        for alias in row["aliases"].split("|"):
            facts.alias(alias, name)
        if row["nickname"]:
            facts.alias(f"{row['nickname']} {row['last']}", name)
    for row in _rows("us_congress_current_members_terms.csv"):
        given = row["nickname"] or row["first"]
        chamber = "Senator" if row["chamber"] == "Senate" else "Representative"
        facts.add(
            f"{given} {row['last']}",
            given,
            row["last"],
            _day(row["birthday"]),
            Role(
                chamber,
                "United States",
                _day(row["start"]),
                _day(row["end"]),
                PARTY.get(row["party"], ""),
                row["state"],
            ),
        )
        facts.gendered(f"{given} {row['last']}", row["gender"])
        for alias in [*row["aliases"].split("|"), f"{row['first']} {row['last']}"]:
            facts.alias(alias, f"{given} {row['last']}")
    # The by-Congress file writes names "DOLE, Robert Joseph"; the member files keep the
    # casing and the name a story uses ("Bob"), keyed by the same bioguide id.
    names: dict[str, tuple[str, str]] = {}
    genders: dict[str, str] = {}
    first: dict[str, str] = {}
    for row in _rows("us_congress_historical_members_last_term_2023.csv"):
        names[row["bioguide_id"]] = (row["nickname"] or row["first_name"], row["last_name"])
        genders[row["bioguide_id"]] = row["gender"]
        first[row["bioguide_id"]] = row["first_name"]
        wiki = re.sub(r"\s*\(.*?\)", "", row["wikipedia_id"])
        if wiki.split()[-1:] == [row["last_name"]]:
            first[row["bioguide_id"]] += "|" + wiki
    for row in _rows("us_congress_current_members_terms.csv"):
        names[row["bioguide"]] = (row["nickname"] or row["first"], row["last"])
    for row in _rows("us_congress_members_by_congress_1919_2023.csv"):
        given, last = names.get(row["bioguide_id"], ("", ""))
        if not given or not last:
            continue
        start = _day(row["start_date"])
        end = dt.date(start.year + 2, 1, 3) if start else None
        chamber = "Senator" if row["chamber"] == "Senate" else "Representative"
        facts.add(
            f"{given} {last}",
            given,
            last,
            _day(row["birthday"]),
            Role(chamber, "United States", start, end, PARTY.get(row["party"], ""), row["state"]),
        )
        facts.gendered(f"{given} {last}", genders.get(row["bioguide_id"], ""))
        given_name, _, wiki = first.get(row["bioguide_id"], "").partition("|")
        facts.alias(f"{given_name} {last}", f"{given} {last}")
        facts.alias(wiki, f"{given} {last}")
    for row in _rows("us_cabinet_turnover_1977_2023.csv"):
        given, last = _split(row["appointee"])
        facts.add(
            row["appointee"],
            given,
            last,
            None,
            Role(row["position"], "United States", _day(row["start"]), _day(row["end"])),
        )
        facts.gendered(row["appointee"], row["gender"])
        if not last.endswith("."):
            facts.alias(f"{given} {last}", row["appointee"])
    for row in _rows("uk_ministers_ifg_1979_2026.csv"):
        given, _ = _split(row["name"])
        facts.add(
            row["name"],
            given,
            row["short_name"] or _split(row["name"])[1],
            None,
            Role(
                row["post"],
                "United Kingdom",
                _day(row["start"]),
                _day(row["end"]),
                PARTY.get(row["party_at_start"], row["party_at_start"]),
            ),
        )
        facts.gendered(row["name"], row["gender"])
    for row in _rows("recent_heads_2024_2025.csv"):
        given, last = _split(row["person"])
        facts.add(
            row["person"],
            given,
            last,
            _day(row["dob"]),
            Role(
                row["position"],
                row["jurisdiction"],
                _day(row["start"]),
                _day(row["end"]),
                PARTY.get(row["party"], row["party"]),
            ),
        )
    for row in _rows("world_officeholders_21c_wikidata.csv"):
        given, last = _split(row["person"])
        facts.add(
            row["person"],
            given,
            last,
            _day(row["dob"]),
            Role(row["position"], row["jurisdiction"], _day(row["start"]), _day(row["end"])),
        )
        facts.gendered(row["person"], row["gender"])
    for row in _rows("world_leaders_archigos_plad.csv"):
        if row["full_name_dbpedia"]:
            born = _day(row["yrborn"]) if len(row["yrborn"]) == 4 else None
            facts.leader(
                row["full_name_dbpedia"],
                born,
                row["gender"],
                Role(
                    "Leader",
                    row["country"] or row["country_code"],
                    _day(row["start"]),
                    _day(row["end"]),
                ),
                year_only=True,
            )
    for row in _rows("world_leaders_2021_wikidata.csv"):
        if not re.fullmatch(r"Q\d+", row["officeholderLabel"]):
            facts.leader(
                row["officeholderLabel"],
                None,
                "",
                Role(
                    row["positionLabel"],
                    row["country"],
                    _day(row["start_year"]),
                    _day(row["end_year"]),
                ),
            )
    return facts


def available() -> bool:
    return OFFICEHOLDERS.is_dir()


def surname_families(facts: Facts) -> dict[str, int]:
    """How many distinct people share each surname: a surname borne by many is ambiguous."""
    return {s: len(p) for s, p in facts.by_surname.items()}


__all__ = ["Facts", "Person", "Role", "available", "load", "Path"]
