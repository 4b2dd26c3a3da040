"""The entities a registry knows: people, political parties and organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import regex

from newslint.lazyre import lazy_compile

_THE = ("United ", "Netherlands", "Philippines", "Czech Republic", "Holy See", "European ")
#: Offices cited first when a person held several at once.
_HEAD_OFFICES = ("president", "prime minister", "chancellor", "premier", "taoiseach")
#: Offices that make a person prominent: heads, deputies, cabinet members, senators.
_SENIOR = lazy_compile(
    r"^(?:president|vice[ -]president|prime minister"
    r"|deputy prime minister|premier|chancellor"
    r"|federal chancellor|taoiseach|king|queen|monarch|emir|sultan|emperor|pope|supreme leader"
    r"|first minister|chief executive|secretary of state|secretary of (?!state, )\w+"
    r"|secretary-general|secretary general|attorney general|senator|speaker"
    r"|senate (?:majority|minority) leader|leader of the house|lord chancellor"
    r"|home secretary|foreign secretary|chair(?:man)? of the federal reserve"
    r"|governor of the central bank)\b"
    # Heads of international bodies and central banks, as their own lists name them.
    r"|^(?:managing director of the international monetary fund"
    r"|chief economist of the (?:european central bank|international monetary fund)"
    r"|director[- ]general of (?:the world|the international|the food and agriculture|unesco)"
    r"|general manager of the bank for international settlements"
    r"|executive director of (?:unicef|the world food programme)"
    r"|administrator of the united nations|united nations high commissioner"
    r"|high representative of the union)\b"
    r"|^governor of (?:the )?(?:[\w'-]+ ){0,3}(?:bank|banque|banca)\b",
    regex.IGNORECASE,
)
#: Leader lists go back to the 1870s; a leader out of office before this year is history,
#: and a surname like theirs ("Reuter", 1918) is more likely a namesake's.
MODERN_LEADERS = 1945


def _modern_leader(role: Role) -> bool:
    """Tell whether a role is a leader list's untitled head of a country since the war."""
    return " ".join(role.office.lower().split()) == "head of state or government" and (
        role.end is None or role.end.year >= MODERN_LEADERS
    )


#: A person out of office this long before a story is not the one it names by a near miss.
LATEST_YEARS = 40
#: Where the shipped registry's entries say they come from (see ``loader.shown_path``).
SHIPPED = "rules/registry/"
#: Offices of national government below the senior ones: a US representative, a minister.
_NATIONAL = lazy_compile(
    r"^(?:representative from|minister|parliamentary|under-secretary|[\w ]*\bminister\b)",
    regex.IGNORECASE,
)
#: Countries whose leaders' names are romanised from another script in several ways.
_ROMANISED = frozenset(
    (
        "russia", "ukraine", "belarus", "georgia", "armenia", "kazakhstan", "kyrgyzstan",
        "uzbekistan", "tajikistan", "turkmenistan", "mongolia", "israel", "iran", "iraq",
        "syria", "lebanon", "jordan", "egypt", "libya", "tunisia", "algeria", "morocco",
        "saudi arabia", "yemen", "oman", "united arab emirates", "qatar", "kuwait", "bahrain",
        "afghanistan", "pakistan", "india", "sri lanka", "bangladesh", "nepal", "palestine",
        "sudan", "bulgaria", "serbia", "north macedonia", "thailand", "cambodia", "myanmar",
    )
)  # fmt: skip


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
            the = "the " if where.startswith(_THE) else ""
            office = f"{office} of {the}{where}"
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

    @cached_property
    def prominent(self) -> bool:
        """Tell whether near misses of this name are worth reporting without a title.

        A newsroom's own entries always are, and so are entries without roles; of the
        shipped office holders, heads of state and government, cabinet members and
        senators are. Thousands of junior office holders share a name but for one
        letter with someone else the story is really about.
        """
        if not self.roles or not self.source.startswith(SHIPPED):
            return True
        return any(_SENIOR.match(r.office) or _modern_leader(r) for r in self.roles)

    @cached_property
    def notable(self) -> bool:
        """Tell whether a near miss of this name is worth reporting with no title in the story.

        Prominent people are, and so are members of a national parliament or
        government. State legislators, mayors, ambassadors and officials share a
        name but for one letter with too many people a story is really about.
        """
        return self.prominent or any(_NATIONAL.match(r.office) for r in self.roles)

    def of_our_time(self, year: int) -> bool:
        """Tell whether the person was alive and in public life within a generation of a year.

        "John Curti, an analyst" in a 1987 story is not John Curtin, prime minister in
        the 1940s, and a 2005 story's Charles Clarke is the Home Secretary, not a
        congressman born in 1790.
        """
        if self.died and self.died.year < year - 10 or self.born and year - self.born.year > 100:
            return False
        ends = [r.end for r in self.roles if r.end]
        if ends and len(ends) == len(self.roles):
            return max(ends).year >= year - LATEST_YEARS
        return True

    @property
    def transliterated(self) -> bool:
        """Tell whether the name is usually transliterated, so spellings legitimately vary."""
        return any(r.jurisdiction.lower() in _ROMANISED for r in self.roles)

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
        return max(
            roles,
            key=lambda r: (r.start or dt.date.min, r.office.lower() in _HEAD_OFFICES),
            default=None,
        )


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


#: Kinds of organisation, as messages name them.
ORGANISATION_KINDS = (
    "party",
    "company",
    "central bank",
    "agency",
    "international organisation",
    "sports body",
    "news organisation",
    "exchange",
    "union",
)


@dataclass(frozen=True)
class Organisation:
    """A party, company, central bank, agency or other body, with the names stories use.

    ``kind`` is one of ``ORGANISATION_KINDS`` (or empty for a newsroom's entry that
    does not say); ``country`` is where it is based, empty for international bodies.
    ``prominent`` bodies are the ones stories name daily; of the thousands of listed
    firms and minor parties, only a misspelling the rest of the name vouches for is
    worth reporting.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""
    country: str = ""
    prominent: bool = True
    source: str = ""

    def describe(self) -> str:
        """Say what the organisation is, as a message cites it: "company", "party, India"."""
        parts = [self.kind or "organisation"]
        if self.country and self.kind == "party":
            parts.append(self.country)
        return ", ".join(parts)

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


Entity = Person | Party | Organisation
