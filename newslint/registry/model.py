"""The entities a registry knows: people, political parties and organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    """An office held over a period; open ends mean unknown or ongoing."""

    office: str
    jurisdiction: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Tell whether the role was held on a day (the end day is the successor's first)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def describe(self) -> str:
        """Say the role as an editor would read it: "Prime Minister of Japan since 2025-10-21"."""
        where = self.jurisdiction
        office = self.office
        if where and where.lower() not in office.lower():
            office = f"{office} of {where}"
        if self.start and self.end:
            return f"{office} {self.start.isoformat()} to {self.end.isoformat()}"
        if self.start:
            return f"{office} since {self.start.isoformat()}"
        return office


@dataclass(frozen=True)
class Membership:
    """Membership of a party (by party id) over a period."""

    party: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Tell whether the membership held on a day."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    """A person the newsroom writes about, with every accepted spelling of the name."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    born: dt.date | None = None
    died: dt.date | None = None
    parties: tuple[Membership, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, aliases and variants: every spelling that is right."""
        return (self.name, *self.aliases, *self.variants)

    def roles_at(self, day: dt.date) -> list[Role]:
        """Return the roles held on a day."""
        return [r for r in self.roles if r.covers(day)]

    def party_at(self, day: dt.date) -> str | None:
        """Return the id of the party the person belonged to on a day."""
        for m in self.parties:
            if m.covers(day):
                return m.party
        return None

    def best_role(self, day: dt.date | None = None, office: str | None = None) -> Role | None:
        """Pick the role worth citing: matching the office, held on the day, else the latest."""
        roles = list(self.roles)
        if office:
            wanted = office.lower()
            roles = [r for r in roles if wanted in r.office.lower()] or roles
        if day:
            roles = [r for r in roles if r.covers(day)] or roles
        return max(roles, key=lambda r: r.start or dt.date.min, default=None)


@dataclass(frozen=True)
class Party:
    """A political party and the words stories use for it and its members."""

    id: str
    name: str
    country: str = ""
    variants: tuple[str, ...] = ()
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every variant."""
        return (self.name, *self.variants)


@dataclass(frozen=True)
class Organisation:
    """An organisation whose name must not be mistaken for a person's."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


Entity = Person | Party | Organisation
