"""Claims about people planted wrong against the dated records: a party the person never
sat for, a title the person never held, an administration that had not begun, and one
event given two dates.

A person is only named in a story, never identified; these mutators identify one only
when the story's own words agree with the records first (the party label, the title, the
state in "(D-Ill.)" already match what the records say at the dateline), and that
agreement is what licenses the change. Party switchers and independents are left alone,
and so is any title in a "former", "then-" or "shadow" context. US and UK people only:
their records cover every holder of the offices used here, so "never held" means never.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from harness import facts as facts_module
from harness.plant.base import Site
from harness.plant.timeline import (
    ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    DateMention,
    find_dates,
    given_matches,
    in_range,
    line_bounds,
    tabular,
)
from harness.stories import Story

Facts = facts_module.Facts
Person = facts_module.Person

US = {"United States", "United States of America"}
UK = {"United Kingdom"}
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _rng(story: Story, offset: int) -> random.Random:
    return random.Random(f"{story.id}:{offset}")


class _People:
    """People by surname (suffixes such as "Jr." dropped), loaded lazily on first use."""

    def __init__(self, facts: Facts | None) -> None:
        self._facts = facts
        self._index: dict[str, list[Person]] | None = None

    @property
    def facts(self) -> Facts:
        if self._facts is None:
            self._facts = facts_module.load()
        return self._facts

    @property
    def index(self) -> dict[str, list[Person]]:
        if self._index is None:
            index: dict[str, list[Person]] = defaultdict(list)
            for person in self.facts.people.values():
                parts = [p for p in person.name.replace(",", " ").split() if p not in _SUFFIXES]
                keys = {person.surname, parts[-1] if parts else person.surname}
                for key in keys:
                    if person not in index[key]:
                        index[key].append(person)
            self._index = dict(index)
        return self._index

    def resolve(
        self, given: str | None, surname: str, fits: Callable[[Person], bool]
    ) -> Person | None:
        """The one person of that name for whom ``fits(person)`` holds, else None."""
        found = [
            p
            for p in self.index.get(surname, [])
            if (given is None or given_matches(given, p.given)) and fits(p)
        ]
        return found[0] if len(found) == 1 else None


def _roles(person: Person, where: set[str]) -> list[facts_module.Role]:
    return [r for r in person.roles if r.jurisdiction in where]


def _name_parts(name: str) -> tuple[str | None, str]:
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.", p)]
    return (parts[0] if len(parts) > 1 else None), parts[-1]


_NAME = r"(?P<name>(?:[A-Z][a-z]+ )?(?:[A-Z]\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?)"
_FULL_NAME = r"(?P<name>[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?)"


# --------------------------------------------------------------------------- wrong-party

#: Party words, the party the records call them, and the word for the other party.
_US_PARTY = {
    "Republican": "Republican",
    "GOP": "Republican",
    "Democratic": "Democrat",
    "Democrat": "Democrat",
}
_UK_PARTY = {"Conservative": "Conservative", "Tory": "Conservative", "Labour": "Labour"}

#: Role words between a party word and a name ("Republican Sen. X", "Tory leader X"),
#: and which offices the records must show for the person to be the one meant.
_US_ROLES = {
    "Sen.": "Senator",
    "Senator": "Senator",
    "senator": "Senator",
    "Sens.": "Senator",
    "Rep.": "Representative",
    "Representative": "Representative",
    "Congressman": "Representative",
    "Congresswoman": "Representative",
    "congressman": "Representative",
    "congresswoman": "Representative",
    "leader": "",
    "Leader": "",
    "whip": "",
    "Whip": "",
    "chairman": "",
    "nominee": "",
    "presidential nominee": "",
    "presidential candidate": "",
    "presidential hopeful": "",
    "candidate": "",
    "lawmaker": "",
    "President": "President",
    "Vice President": "Vice President",
}
_UK_ROLES = {
    "MP": "",
    "leader": "",
    "Leader": "",
    "peer": "",
    "minister": "",
    "backbencher": "",
    "chairman": "",
    "deputy leader": "",
}
_ROLE_ALT = "|".join(
    re.escape(r) for r in sorted(set(_US_ROLES) | set(_UK_ROLES), key=len, reverse=True)
)
_PRE = re.compile(
    rf"(?<![\w-])(?P<party>Republican|Democratic|Democrat|GOP|Conservative|Tory|Labour)"
    rf"(?P<mid> (?:(?P<role>{_ROLE_ALT}) )?){_FULL_NAME}\b(?!['’]s? [A-Z]| [A-Z][a-z])"
)

#: Postal codes of the states, from the abbreviations wire copy writes in "(D-Ill.)".
_STATES = {
    "Ala": "AL",
    "Alaska": "AK",
    "Ariz": "AZ",
    "Ark": "AR",
    "Cal": "CA",
    "Calif": "CA",
    "Colo": "CO",
    "Conn": "CT",
    "Del": "DE",
    "Fla": "FL",
    "Ga": "GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Ill": "IL",
    "Ind": "IN",
    "Iowa": "IA",
    "Kan": "KS",
    "Kans": "KS",
    "Ky": "KY",
    "La": "LA",
    "Maine": "ME",
    "Md": "MD",
    "Mass": "MA",
    "Mich": "MI",
    "Minn": "MN",
    "Miss": "MS",
    "Mo": "MO",
    "Mont": "MT",
    "Neb": "NE",
    "Nebr": "NE",
    "Nev": "NV",
    "NH": "NH",
    "NJ": "NJ",
    "NM": "NM",
    "NY": "NY",
    "NC": "NC",
    "ND": "ND",
    "Ohio": "OH",
    "Okla": "OK",
    "Ore": "OR",
    "Oreg": "OR",
    "Pa": "PA",
    "Penn": "PA",
    "RI": "RI",
    "SC": "SC",
    "SD": "SD",
    "Tenn": "TN",
    "Tex": "TX",
    "Texas": "TX",
    "Utah": "UT",
    "Vt": "VT",
    "Va": "VA",
    "Wash": "WA",
    "WVa": "WV",
    "Wis": "WI",
    "Wisc": "WI",
    "Wyo": "WY",
}
_STATE_NAMES = {
    "Alabama": "AL",
    "Alaska": "AK",
    "Arizona": "AZ",
    "Arkansas": "AR",
    "California": "CA",
    "Colorado": "CO",
    "Connecticut": "CT",
    "Delaware": "DE",
    "Florida": "FL",
    "Georgia": "GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Illinois": "IL",
    "Indiana": "IN",
    "Iowa": "IA",
    "Kansas": "KS",
    "Kentucky": "KY",
    "Louisiana": "LA",
    "Maine": "ME",
    "Maryland": "MD",
    "Massachusetts": "MA",
    "Michigan": "MI",
    "Minnesota": "MN",
    "Mississippi": "MS",
    "Missouri": "MO",
    "Montana": "MT",
    "Nebraska": "NE",
    "Nevada": "NV",
    "New Hampshire": "NH",
    "New Jersey": "NJ",
    "New Mexico": "NM",
    "New York": "NY",
    "North Carolina": "NC",
    "North Dakota": "ND",
    "Ohio": "OH",
    "Oklahoma": "OK",
    "Oregon": "OR",
    "Pennsylvania": "PA",
    "Rhode Island": "RI",
    "South Carolina": "SC",
    "South Dakota": "SD",
    "Tennessee": "TN",
    "Texas": "TX",
    "Utah": "UT",
    "Vermont": "VT",
    "Virginia": "VA",
    "Washington": "WA",
    "West Virginia": "WV",
    "Wisconsin": "WI",
    "Wyoming": "WY",
}


def _state(written: str) -> str | None:
    key = written.replace(".", "").replace(" ", "")
    if key in _STATES:
        return _STATES[key]
    return _STATE_NAMES.get(written.strip())


_PAREN = re.compile(
    rf"(?P<title>\b(?:Sen|Rep|Sens|Reps)\.? |\bSenator |\bRepresentative |\bCongressman |"
    rf"\bCongresswoman )?{_NAME}(?: of (?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?:(?P<open> \()(?P<p1>[RD])(?:-(?P<s1>[A-Z][A-Za-z. ]{1,14}?))?\)"
    r"|(?P<comma>, )(?P<p2>[RD])-(?P<s2>[A-Z][A-Za-z. ]{1,14}?),)"
)
_APPOSITIVE = re.compile(
    rf"(?P<title>\b(?:Sen|Rep)\.? |\bSenator |\bRepresentative )?{_NAME}"
    r"(?: of (?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?, a (?P<party>Republican|Democrat|Democratic|"
    r"Conservative|Tory|Labour)(?P<after>[,.;]| from\b| of\b| who\b| senator\b| congressman\b|"
    r" congresswoman\b| representative\b| lawmaker\b| presidential\b| member\b| MP\b|"
    r" peer\b| backbencher\b| politician\b)"
)
_SKIP_BEFORE = re.compile(r"(?:\bthen|\bex|\bnow)[- ]$|\bthen-?\s*$")


class WrongParty:
    """A party label turned to the other party, for a politician the records give exactly
    one party (the label the story wrote already being that party).

    Positions: ``parenthetical`` ("Sen. Bob Dole (R-Kan.)" -> "(D-Kan.)"; the state must
    match the records too), ``pre-nominal`` ("Republican Sen. X", "Tory leader X"),
    ``appositive`` ("X, a Republican," -> "X, a Democrat,").
    """

    phenomenon = "contradictions.wrong-party"
    family = "contradictions"

    def __init__(self, facts: Facts | None = None) -> None:
        self.people = _People(facts)

    def _party_fits(
        self,
        person: Person,
        party: str,
        where: set[str],
        day: dt.date | None,
        office: str = "",
        state: str | None = None,
    ) -> bool:
        if person.party_on(None) != party:
            return False
        roles = [r for r in _roles(person, where) if r.party == party]
        if office:
            roles = [r for r in roles if r.office == office]
        if state:
            roles = [r for r in roles if r.state == state]
        return bool(roles) and (day is None or person.party_on(day) in (None, party))

    def sites(self, story: Story) -> Iterator[Site]:
        seen: set[int] = set()
        for site in (
            *self._parenthetical(story),
            *self._pre_nominal(story),
            *self._appositive(story),
        ):
            if site.start not in seen:
                seen.add(site.start)
                yield site

    def _skip(self, text: str, start: int) -> bool:
        lo, hi = line_bounds(text, start)
        return bool(_SKIP_BEFORE.search(text[max(0, start - 6) : start])) or "|" in text[lo:hi]

    def _parenthetical(self, story: Story) -> Iterator[Site]:
        text = story.text
        for m in _PAREN.finditer(text):
            letter = m.group("p1") or m.group("p2")
            written_state = m.group("s1") or m.group("s2") or m.group("of")
            state = _state(written_state) if written_state else None
            if written_state and state is None:
                continue
            if m.group("of") and (m.group("s1") or m.group("s2")):
                if _state(m.group("of")) != _state(m.group("s1") or m.group("s2") or ""):
                    continue
            given, surname = _name_parts(m.group("name"))
            title = (m.group("title") or "").strip().rstrip(".")
            office = {
                "Sen": "Senator",
                "Sens": "Senator",
                "Senator": "Senator",
                "Rep": "Representative",
                "Reps": "Representative",
                "Representative": "Representative",
                "Congressman": "Representative",
                "Congresswoman": "Representative",
            }.get(title, "")
            if given is None and state is None:
                continue
            party = "Republican" if letter == "R" else "Democrat"

            def fits(
                p: Person, party: str = party, office: str = office, state: str | None = state
            ) -> bool:
                if not any(r.office in ("Senator", "Representative") for r in _roles(p, US)):
                    return False
                return self._party_fits(p, party, US, story.date, office, state)

            if self._skip(text, m.start("name")):
                continue
            if self.people.resolve(given, surname, fits) is None:
                continue
            at = m.start("p1") if m.group("p1") else m.start("p2")
            yield Site(
                at,
                at + 1,
                "D" if letter == "R" else "R",
                "parenthetical",
                f"{m.group('name')} is a {party}",
            )

    def _pre_nominal(self, story: Story) -> Iterator[Site]:
        text = story.text
        tory = "Tory" in text
        for m in _PRE.finditer(text):
            word = m.group("party")
            role = m.group("role") or ""
            us = word in _US_PARTY
            if role and role not in (_US_ROLES if us else _UK_ROLES):
                continue
            if not us and not role:
                continue  # "Labour Gordon Brown" is not how a party is written before a name
            if self._skip(text, m.start()):
                continue
            party = (_US_PARTY if us else _UK_PARTY)[word]
            office = _US_ROLES.get(role, "") if us else ""
            where = US if us else UK
            given, surname = _name_parts(m.group("name"))

            def fits(
                p: Person, party: str = party, office: str = office, where: set[str] = where
            ) -> bool:
                return self._party_fits(p, party, where, story.date, office)

            if self.people.resolve(given, surname, fits) is None:
                continue
            if us:
                new = (
                    "Republican"
                    if party == "Democrat"
                    else "Democrat"
                    if not role and word == "Republican"
                    else "Democratic"
                )
            else:
                new = "Labour" if party == "Conservative" else "Tory" if tory else "Conservative"
            yield Site(
                m.start("party"),
                m.end("party"),
                new,
                "pre-nominal",
                f"{m.group('name')} is {party}",
            )

    def _appositive(self, story: Story) -> Iterator[Site]:
        text = story.text
        for m in _APPOSITIVE.finditer(text):
            word, after = m.group("party"), m.group("after").strip()
            us = word in _US_PARTY
            if not us and after in (",", ".", ";", "from", "of", "who"):
                continue  # "a Labour," is not idiom; UK labels want a noun ("a Labour MP")
            if word == "Democratic" and after in (",", ".", ";", "from", "of", "who"):
                continue
            given, surname = _name_parts(m.group("name"))
            state = _state(m.group("of")) if m.group("of") else None
            if m.group("of") and state is None:
                continue
            if given is None and not m.group("title"):
                continue
            if self._skip(text, m.start("name")):
                continue
            party = (_US_PARTY if us else _UK_PARTY)[word]
            where = US if us else UK

            def fits(
                p: Person, party: str = party, where: set[str] = where, state: str | None = state
            ) -> bool:
                return self._party_fits(p, party, where, story.date, "", state)

            if self.people.resolve(given, surname, fits) is None:
                continue
            if us:
                noun = after in (",", ".", ";", "from", "of", "who")
                new = "Republican" if party == "Democrat" else "Democrat" if noun else "Democratic"
            else:
                new = "Labour" if party == "Conservative" else "Conservative"
            yield Site(
                m.start("party"), m.end("party"), new, "appositive", f"{m.group('name')} is {party}"
            )


# --------------------------------------------------------------------------- wrong-title

#: Office families, the pattern of the records' office names for each, and the title a
#: story writes for it. The first group of each country is the register a title is swapped
#: within; the replacement is always one of its great offices.
_OFFICES: dict[str, tuple[set[str], str, str]] = {
    # key: (jurisdictions, office pattern, written title)
    "president": (US, r"President(?: of the United States)?", "President"),
    "vp": (US, r"Vice President(?: of the United States)?", "Vice President"),
    "state": (US, r"(?:United States )?Secretary of State", "Secretary of State"),
    "treasury": (US, r"Secretary of the Treasury", "Treasury Secretary"),
    "defense": (US, r"Secretary of Defen[cs]e", "Defense Secretary"),
    "ag": (US, r"(?:United States )?Attorney General", "Attorney General"),
    "commerce": (US, r"Secretary of Commerce", "Commerce Secretary"),
    "agriculture": (US, r"Secretary of Agriculture", "Agriculture Secretary"),
    "labor": (US, r"Secretary of Labor", "Labor Secretary"),
    "energy": (US, r"Secretary of Energy", "Energy Secretary"),
    "interior": (US, r"Secretary of the Interior", "Interior Secretary"),
    "transportation": (US, r"Secretary of Transportation", "Transportation Secretary"),
    "ustr": (US, r"(?:U\.S\. |United States )?Trade Representative", "Trade Representative"),
    "pm": (UK, r"Prime Minister|First Lord of the Treasury", "Prime Minister"),
    "chancellor": (UK, r"Chancellor of the Exchequer", "Chancellor"),
    "home": (UK, r"Secretary of State for the Home Department|Home Secretary", "Home Secretary"),
    "foreign": (UK, r"Secretary of State for Foreign.*", "Foreign Secretary"),
    "defence": (UK, r"Secretary of State for Defence", "Defence Secretary"),
    "health": (UK, r"Secretary of State for (?:Health|Social Services).*", "Health Secretary"),
    "education": (UK, r"Secretary of State for Education.*", "Education Secretary"),
    "trade": (
        UK,
        r"Secretary of State for Trade.*|President of the Board of Trade",
        "Trade Secretary",
    ),
    "transport": (UK, r"Secretary of State for Transport.*", "Transport Secretary"),
    "wp": (UK, r"Secretary of State for Work and Pensions", "Work and Pensions Secretary"),
    "ni": (UK, r"Secretary of State for Northern Ireland", "Northern Ireland Secretary"),
    "dpm": (UK, r"Deputy Prime Minister|First Secretary of State", "Deputy Prime Minister"),
}
#: What a story writes, and the office family it names.
_WRITTEN = {
    "President": "president",
    "Vice President": "vp",
    "Vice-President": "vp",
    "Secretary of State": "state",
    "State Secretary": "state",
    "Treasury Secretary": "treasury",
    "Secretary of the Treasury": "treasury",
    "Defense Secretary": "defense",
    "Secretary of Defense": "defense",
    "Attorney General": "ag",
    "Commerce Secretary": "commerce",
    "Secretary of Commerce": "commerce",
    "Agriculture Secretary": "agriculture",
    "Secretary of Agriculture": "agriculture",
    "Labor Secretary": "labor",
    "Secretary of Labor": "labor",
    "Energy Secretary": "energy",
    "Secretary of Energy": "energy",
    "Interior Secretary": "interior",
    "Secretary of the Interior": "interior",
    "Transportation Secretary": "transportation",
    "Secretary of Transportation": "transportation",
    "Trade Representative": "ustr",
    "Prime Minister": "pm",
    "Chancellor": "chancellor",
    "Chancellor of the Exchequer": "chancellor",
    "Home Secretary": "home",
    "Foreign Secretary": "foreign",
    "Defence Secretary": "defence",
    "Health Secretary": "health",
    "Education Secretary": "education",
    "Trade Secretary": "trade",
    "Trade and Industry Secretary": "trade",
    "Transport Secretary": "transport",
    "Work and Pensions Secretary": "wp",
    "Northern Ireland Secretary": "ni",
    "Deputy Prime Minister": "dpm",
}
_REPLACE = {
    "president": ("vp",),
    "vp": ("president",),
    "us-cabinet": ("state", "treasury", "defense", "ag"),
    "uk-cabinet": ("pm", "chancellor", "home", "foreign"),
}
_TITLE = re.compile(
    r"(?<![\w-])(?P<title>"
    + "|".join(re.escape(t) for t in sorted(_WRITTEN, key=len, reverse=True))
    + r") "
    + _NAME
    + r"\b(?![-'’][a-z])"
)
_NOT_NOW = re.compile(
    r"(?:\b(?:former|Former|ex|Ex|then|Then|late|shadow|Shadow|acting|Acting|Deputy|deputy|"
    r"Vice|vice|Assistant|assistant|Under|under|Lord|future|would-be|incoming|next|Associate|"
    r"Junior|junior|Chief|Principal|Special|Senior|Permanent|Parliamentary|Mr|Mrs|Ms|then-|"
    r"Madam|Mister|Deputy-|Lady|Grand|Vice-)[- ]?)$"
)


_NOT_NAMES = set(WEEKDAYS) | set(MONTHS) | {"Administration", "Government", "Cabinet"}


def _register(key: str) -> str:
    if key in ("president", "vp"):
        return key
    return "us-cabinet" if _OFFICES[key][0] is US else "uk-cabinet"


#: Wider patterns for "never held": a junior post in the same department counts as held,
#: so a planted title is never one the person could be loosely called by.
_EVER = {
    "foreign": r".*Foreign.*|.*FCO.*",
    "home": r".*Home (?:Department|Office|Secretary).*|.*, HO",
    "defense": r".*Defen[cs]e.*",
    "treasury": r".*Treasury.*",
}


def _holds(person: Person, key: str, day: dt.date | None, dated_only: bool = True) -> bool:
    where, pattern, _ = _OFFICES[key]
    if not dated_only:
        pattern = _EVER.get(key, pattern)
    for r in _roles(person, where):
        if not re.fullmatch(pattern, r.office):
            continue
        if dated_only and r.start is None:
            continue
        if day is None or r.covers(day):
            return True
    return False


class WrongTitle:
    """A title swapped for one of the same register that the person never held.

    The written title must already be confirmed by the records (held at the dateline, or
    ever for an undated story), and the person must never have held the new one. In a
    dated story someone else must hold it at the dateline; in an undated one the person's
    records must start after the cabinet records do (a birth year from 1935, or a first
    role from 1993), so an office held before them cannot be missed. President and vice
    president swap with each other; cabinet titles become one of the great offices.
    """

    phenomenon = "contradictions.wrong-title"
    family = "contradictions"

    def __init__(self, facts: Facts | None = None) -> None:
        self.people = _People(facts)
        self._holders: dict[str, list[facts_module.Role]] | None = None

    def _held_by_someone(self, key: str, day: dt.date) -> bool:
        if self._holders is None:
            holders: dict[str, list[facts_module.Role]] = defaultdict(list)
            for person in self.people.facts.people.values():
                for r in person.roles:
                    if r.start is None:
                        continue
                    for k, (where, pattern, _) in _OFFICES.items():
                        if r.jurisdiction in where and re.fullmatch(pattern, r.office):
                            holders[k].append(r)
            self._holders = dict(holders)
        return any(r.covers(day) for r in self._holders.get(key, []))

    def _records_complete(self, person: Person, key: str) -> bool:
        if _OFFICES[key][0] is UK or key in ("president", "vp"):
            return True
        if person.born is not None and person.born.year >= 1935:
            return True
        starts = [r.start for r in person.roles if r.start]
        return bool(starts) and min(starts).year >= 1993

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        for m in _TITLE.finditer(text):
            key = _WRITTEN[m.group("title")]
            if _NOT_NOW.search(text[max(0, m.start() - 14) : m.start()]):
                continue
            if re.match(
                r"(?:-designate|-elect|['’]s? (?:predecessor|successor))",
                text[m.end() : m.end() + 16],
            ):
                continue
            if key == "chancellor" and re.match(r" of the Duchy", text[m.end("title") :]):
                continue
            given, surname = _name_parts(m.group("name"))

            def fits(p: Person, key: str = key) -> bool:
                return _holds(p, key, story.date)

            person = self.people.resolve(given, surname, fits)
            if person is None and given is not None and surname in _NOT_NAMES:
                # "President Reagan Tuesday said": the second word is no surname.
                person = self.people.resolve(None, given, fits)
            if person is None:
                continue
            choices = [
                k
                for k in _REPLACE[_register(key)]
                if k != key
                and not _holds(person, k, None, dated_only=False)
                and (story.date is None or self._held_by_someone(k, story.date))
            ]
            if story.date is None:
                choices = [k for k in choices if self._records_complete(person, k)]
            if not choices:
                continue
            new = _OFFICES[_rng(story, m.start()).choice(choices)][2]
            yield Site(
                m.start("title"),
                m.end("title"),
                new,
                _register(key),
                f"{person.name} never held the office of {new}",
            )


# --------------------------------------------------------------------------- out-of-term


def _presidents(facts: Facts) -> list[tuple[dt.date, dt.date | None, Person]]:
    terms = []
    for person in facts.people.values():
        for r in _roles(person, US):
            if re.fullmatch(_OFFICES["president"][1], r.office) and r.start:
                terms.append((r.start, r.end, person))
    return sorted(terms, key=lambda t: t[0])


#: A year written as the time of what the sentence tells ("in 2003", "in March 2003").
_YEARS = re.compile(
    r"\b(?:in|In|since|Since|by|By|during|During|until|Until|early|late|mid-|"
    + "|".join(MONTHS)
    + r")[ -](19[5-9]\d|20[0-2]\d)(?![\d/%-]|,\d| GMT| BST|s\b)"
)
_ADMIN = re.compile(r"\b(?P<name>[A-Z][a-z]+) [Aa]dministration\b")
_PRES = re.compile(rf"(?<![\w-])President {_NAME}\b(?!['’]s? (?:predecessor|successor))")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos))
    hi_candidates = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return lo + 1, min(hi_candidates) if hi_candidates else len(text)


class OutOfTerm:
    """An administration or a president named for a time before their term began.

    Positions: ``administration`` ("the Reagan administration" in a 1987 story -> "the
    Bush administration": George H. W. Bush took office in 1989), and ``president`` (a
    "President Reagan" in a dated story -> "President Bush"). The new name is the first
    president whose term starts after the dateline. Undated stories qualify only where the
    sentence writes its year and the original president was in office that year.
    """

    phenomenon = "contradictions.out-of-term"
    family = "contradictions"

    def __init__(self, facts: Facts | None = None) -> None:
        self.people = _People(facts)
        self._terms: list[tuple[dt.date, dt.date | None, Person]] | None = None

    @property
    def terms(self) -> list[tuple[dt.date, dt.date | None, Person]]:
        if self._terms is None:
            self._terms = _presidents(self.people.facts)
        return self._terms

    def _in_office(self, surname: str, first: dt.date, last: dt.date) -> bool:
        return any(
            p.surname == surname and s <= last and (e is None or e >= first)
            for s, e, p in self.terms
        )

    def _successor(self, after: dt.date) -> Person | None:
        for start, _, person in self.terms:
            if start > after:
                return person
        return None

    def _window(self, story: Story, pos: int) -> tuple[dt.date, dt.date] | None:
        if story.date is not None:
            return story.date, story.date
        lo, hi = _sentence(story.text, pos)
        years = [int(y) for y in _YEARS.findall(story.text[lo:hi])]
        if not years:
            return None
        return dt.date(max(years), 1, 1), dt.date(max(years), 12, 31)

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        for m in _ADMIN.finditer(text):
            surname = m.group("name")
            # Presidents from Roosevelt on: "the Grant administration" may be a grants office.
            if not any(p.surname == surname and s.year >= 1933 for s, _, p in self.terms):
                continue
            if re.search(
                r"\b(?:future|next|incoming|possible|prospective|would-be|a second)"
                r"\s+$",
                text[max(0, m.start() - 14) : m.start()],
            ):
                continue
            window = self._window(story, m.start())
            if window is None:
                continue
            first, last = window
            if not self._in_office(surname, first if story.date is None else dt.date.min, last):
                continue
            successor = self._successor(last)
            if successor is None or successor.surname == surname:
                continue
            if self._in_office(successor.surname, first, last):
                continue
            yield Site(
                m.start("name"),
                m.end("name"),
                successor.surname,
                "administration",
                f"the {successor.surname} administration had not begun",
            )
        if story.date is None:
            return
        for m in _PRES.finditer(text):
            if _NOT_NOW.search(text[max(0, m.start() - 14) : m.start()]):
                continue
            given, surname = _name_parts(m.group("name"))
            day = story.date
            current = [
                p
                for s, e, p in self.terms
                if s <= day
                and (e is None or day <= e)
                and p.surname == surname
                and (given is None or given_matches(given, p.given))
            ]
            if not current:
                continue
            successor = self._successor(day)
            if successor is None or successor.surname == surname:
                continue
            new = f"{successor.given} {successor.surname}" if given else successor.surname
            yield Site(
                m.start("name"),
                m.end("name"),
                new,
                "president",
                f"{successor.name} was not president on {day.isoformat()}",
            )


# --------------------------------------------------------------------------- date-mismatch

_EVENTS = (
    "meeting meetings talks vote election elections summit auction conference hearing "
    "session tender ballot referendum strike deadline speech visit trial poll debate "
    "announcement signing sale offering launch release congress convention rally "
    "ceremony inauguration news_conference press_conference match game funeral wedding race"
).split()
_EVENT = "|".join(sorted({e.replace("_", r"\s+") for e in _EVENTS}, key=len, reverse=True))
_MONTH_ALT = "|".join(list(MONTHS) + sorted(ABBREVIATIONS, key=len, reverse=True))
#: A word of the noun's complement ("in Leeds", "of EC farm ministers"), never a verb:
#: in "the game at Headingley got the go-ahead on Friday" the day is the go-ahead's.
_COMP_WORD = (
    r"(?!(?:got|gets|was|were|is|are|has|have|had|will|would|said|says|told|won|lost)\b)"
    r"(?![a-z]+ed\b)[\w.'-]+"
)
_DETS = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Ll]ast|[Nn]ext|[Aa]n?)"
#: The noun before its date: "the meeting in Leeds on March 3", "the election, widely
#: expected to be held on 5 May", "a strike earmarked for 23 March".
_NOUN_THEN_DATE = re.compile(
    rf"\b(?P<noun>(?i:{_EVENT}))(?:\s+(?:of|with|to|in|at)\s+(?:{_COMP_WORD}\s+){{0,4}}?)?"
    r"\s*(?:(?:,|\s-)\s+(?:widely\s+)?(?=expected|due|scheduled|set|planned|tipped|earmarked))?"
    r"(?:(?:is|was|will be)\s+)?(?:(?:widely\s+)?(?:expected|likely)\s+to\s+be\s+)?"
    r"(?:(?:scheduled|set|planned|due|slated|held|called|fixed|starting|beginning|opening|"
    r"tipped|earmarked|pencilled\s+in)\s+)?(?:on|for)\s+$"
)
#: Words that make a dated event one of several, or not the one the story is about.
_OTHER = re.compile(
    r"\b(?:another|second|third|further|next|last|previous|earlier|later|weekly|daily|"
    r"monthly|annual|each|every|first|new|fresh|separate|final)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_WEEKDAY = "|".join(WEEKDAYS)
#: The comma before a participle of scheduling: "the election, widely expected to be held".
_HEDGE = re.compile(
    r"(?:,|\s-)\s+(?=(?:widely\s+)?(?:expected|due|scheduled|set|planned|tipped|earmarked)\b)"
)


def _lemma(noun: str) -> str:
    noun = " ".join(noun.lower().split())
    return {"meetings": "meeting", "elections": "election"}.get(noun, noun)


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "last", "next"}


def _modifier(text: str, noun_start: int) -> str | None:
    """The word just before an event noun when it tells one event from another ("board")."""
    m = re.search(r"([\w'’-]+)\s+$", text[max(0, noun_start - 30) : noun_start])
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _DETERMINERS or word.endswith(("'s", "’s")) or re.fullmatch(r"\d+", word):
        return None
    if word in (m.lower() for m in MONTHS) or word in (a.lower() for a in ABBREVIATIONS):
        return None
    return word


def _description(text: str, noun_start: int) -> set[str]:
    """The words that tell one event from another: its modifier and the names after it."""
    words = {w for w in [_modifier(text, noun_start)] if w}
    m = re.match(
        rf"(?i:{_EVENT})\s+(?:of|with|in|at|between|against)\s+(?:the\s+)?"
        r"((?:[A-Z][\w.'-]*\s*)+)",
        text[noun_start : noun_start + 80],
    )
    if m:
        words |= {w.lower().strip(".,") for w in m.group(1).split()}
    return words


def _told_apart(text: str, starts: list[int]) -> bool:
    """Whether two mentions describe their events differently ("the board meeting", "the
    analysts meeting"; "a private meeting", "the meeting of the Labour Party")."""
    described = [d for d in (_description(text, s) for s in starts) if d]
    return any(not a & b for i, a in enumerate(described) for b in described[i + 1 :])


def _event_mentions(text: str) -> list[tuple[str, DateMention, str, int]]:
    """(event noun, date, shape, noun offset) for each date tied tightly to an event noun."""
    out = []
    for d in find_dates(text):
        lo, hi = line_bounds(text, d.start)
        if tabular(text[lo:hi]) or in_range(text, d):
            continue
        base = max(0, d.start - 60)
        before = text[base : d.start]
        after = text[d.end : d.end + 40]
        m = _NOUN_THEN_DATE.search(before)
        if re.search(r"\b[Ii]f\b|\bunless\b|\bwhether\b", before[-30:]):
            continue  # "if the election is on 5 May" is no claim about the date
        if m and "," not in _HEDGE.sub(" ", before[m.start() :]):
            out.append((_lemma(m.group("noun")), d, "prepositional", base + m.start("noun")))
            continue
        if re.search(rf"\b{_DETS}\s+(?:[a-z]+\s+)?$", before):
            m = re.match(rf"\s+(?:[A-Za-z-]+\s+)??(?P<noun>{_EVENT})\b", after)
            if m:
                out.append((_lemma(m.group("noun")), d, "attributive", d.end + m.start("noun")))
    return out


_LAST = re.compile(r"\b(?:last|latest)\s+(?:[a-z-]+\s+)?$", re.I)
_NEXT = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:[\w-]+\s+)?$", re.I)


def _order(text: str, starts: list[int]) -> str | None:
    """How a story places its mentions of one event in their series.

    "next" when every mention is told as the one to come ("the next election", "the
    upcoming election"): two dates for it cannot both be right, however many others the
    story tells of. "last" when the first mention is told as the latest ("his last news
    conference on November 19"): another of the kind dated after it, and before the
    dateline, cannot be right either; one dated before it may be another event.
    """
    leads = [text[max(0, s - 30) : s] for s in starts]
    if all(_NEXT.search(lead) for lead in leads):
        return "next"
    if _LAST.search(leads[0]) and not any(re.search(r"'s\s+$|’s\s+$", lead) for lead in leads):
        return "last"
    return None


def _past(story: Story, first: DateMention, second: DateMention, k: int) -> bool:
    """Whether ``second`` moved ``k`` days still falls a week or more before the dateline.

    A day within the week before the dateline may be the story's own event, against
    which "last" means "the one before", so it would be no contradiction.
    """
    if story.date is None:
        return False
    year = second.year or first.year
    if year is None:  # the year the last one, written without it, falls in
        year = story.date.year - ((first.month, first.day) > (story.date.month, story.date.day))
    try:
        return dt.date(year, second.month, second.day + k) <= story.date - dt.timedelta(7)
    except ValueError:
        return False


@dataclass(frozen=True)
class _Weekday:
    start: int
    end: int
    day: str


def _weekday_mentions(text: str) -> list[tuple[str, _Weekday, str, int]]:
    """(event noun, weekday, shape, noun offset): "Sunday's auction", "the auction on Sunday".

    A weekday that runs into a date ("Sunday, 19 December") or into another weekday
    ("Thursday and Friday") is no bare weekday.
    """
    out = []
    for m in re.finditer(rf"\b(?P<day>{_WEEKDAY})(?:'s|’s)\s+(?P<noun>{_EVENT})\b", text):
        if _OTHER.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        day = _Weekday(m.start(), m.end("day"), m.group("day"))
        out.append((_lemma(m.group("noun")), day, "possessive", m.start("noun")))
    follows = rf"(?![’',]?\s*(?:{_MONTH_ALT}|\d)|\s+(?:and|or|to|through|-)\s+(?:{_WEEKDAY}))"
    for m in re.finditer(rf"\b(?P<day>{_WEEKDAY})\b{follows}", text):
        if re.search(rf"(?:{_WEEKDAY})\s+(?:and|or|to|through|-)\s+$", text[: m.start()][-20:]):
            continue
        base = max(0, m.start() - 60)
        before = text[base : m.start()]
        n = _NOUN_THEN_DATE.search(before)
        if n is None or "," in before[n.start() :] or _OTHER.search(before[: n.start()][-30:]):
            continue
        if re.search(r"\b[Ii]f\b|\bunless\b|\bwhether\b", before[-30:]):
            continue
        day = _Weekday(m.start(), m.end(), m.group("day"))
        out.append((_lemma(n.group("noun")), day, "weekday", base + n.start("noun")))
    return out


@dataclass(frozen=True)
class DateMismatch:
    """The second of two mentions of one event given a different day.

    Both mentions must write the identical date and tie it tightly to the same event noun
    ("the meeting on March 3" ... "the March 3 meeting"); the noun must not be tied to any
    other date in the story (two meetings would make two dates right), nor be told apart
    by the word before it ("the board meeting", "the analysts meeting"). The new day is
    within three of the old one and written nowhere else in the story. A bare weekday is
    planted the same way ("the auction on Sunday" ... "Sunday's auction" becomes
    "Friday's"), only where the story ties the noun to that one weekday and to no date,
    names no plural of it and no other of it ("another meeting", "last Friday's match"),
    and writes the new weekday nowhere.
    """

    phenomenon: str = "contradictions.date-mismatch"
    family: str = "contradictions"

    def sites(self, story: Story) -> Iterator[Site]:
        yield from self._dated(story)
        yield from self._weekdays(story)

    def _dated(self, story: Story) -> Iterator[Site]:
        text = story.text
        by_noun: dict[str, list[tuple[DateMention, str, int]]] = defaultdict(list)
        for noun, d, shape, at in _event_mentions(text):
            by_noun[noun].append((d, shape, at))
        written = {d.day_month() for d in find_dates(text)}
        weekdays = {noun for noun, *_ in _weekday_mentions(text)}
        for noun, items in by_noun.items():
            dates = {d.day_month() for d, _, _ in items}
            if len(dates) != 1 or len(items) < 2 or _told_apart(text, [a for *_, a in items]):
                continue
            first, (second, shape, at) = items[0][0], items[-1]
            if first.start == second.start or not second.valid:
                continue
            order = _order(text, [a for *_, a in items])
            last = order == "last" and not _LAST.search(text[max(0, at - 30) : at])
            # the later mention points back to a conference told before: "the November 19"
            last = last and bool(
                re.search(rf"\b{_DETS}\s+(?:\S+\s+){{0,3}}$", text[max(0, at - 40) : at])
            )
            several = noun in weekdays or (noun != "talks" and self._several(text, noun))
            if several and order != "next" and not last:
                continue
            rng = _rng(story, second.start)
            offsets = [k for k in (-3, -2, -1, 1, 2, 3) if 1 <= second.day + k <= 28]
            if last:
                offsets = [k for k in offsets if k > 0 and _past(story, first, second, k)]
            rng.shuffle(offsets)
            for k in offsets:
                day = str(second.day + k)
                new_text = (
                    text[second.start : second.day_start] + day + text[second.day_end : second.end]
                )
                if new_text.split(",")[0] in written:
                    continue
                if second.order == "uk" and f"{day} " + new_text.split(" ", 1)[1] in written:
                    continue
                why = f"the {noun} is dated {first.day_month()} earlier in the story"
                if last:
                    why = f"the last {noun} is dated {first.day_month()}, before the dateline"
                yield Site(second.day_start, second.day_end, day, shape, why)
                break

    @staticmethod
    def _several(text: str, noun: str) -> bool:
        """Whether the story names more than one such event anywhere ("talks", "meetings")."""
        if noun == "talks" or re.search(rf"\b{noun}(?:s|es)\b", text, re.I):
            return True
        return any(
            _OTHER.search(text[max(0, m.start() - 30) : m.start()])
            for m in re.finditer(rf"\b{noun}\b", text, re.I)
        )

    def _weekdays(self, story: Story) -> Iterator[Site]:
        text = story.text
        dated = {noun for noun, *_ in _event_mentions(text)}
        by_noun: dict[str, list[tuple[_Weekday, str, int]]] = defaultdict(list)
        for noun, w, shape, at in _weekday_mentions(text):
            by_noun[noun].append((w, shape, at))
        for noun, items in by_noun.items():
            days = {w.day for w, _, _ in items}
            if len(days) != 1 or len(items) < 2 or noun in dated or self._several(text, noun):
                continue
            if _told_apart(text, [a for *_, a in items]):
                continue
            second, shape, _ = max(items, key=lambda i: i[0].start)
            lo, hi = line_bounds(text, second.start)
            if tabular(text[lo:hi]):
                continue
            choices = [w for w in WEEKDAYS if not re.search(rf"\b{w}\b", text)]
            if not choices:
                continue
            new = _rng(story, second.start).choice(choices)
            yield Site(
                second.start,
                second.end,
                new,
                shape,
                f"the {noun} is on {second.day} elsewhere in the story",
            )


# --------------------------------------------------------------------------- registry

MUTATORS: tuple = (WrongParty(), WrongTitle(), OutOfTerm(), DateMismatch())
NOT_PLANTED: dict[str, str] = {
    "contradictions.alignment": (
        "framing a politician as siding with the other camp needs a sentence that states "
        'whom the person backs; rewriting one mechanically ("a critic of" -> "an ally '
        "of\") cannot tell a real cross-party stance or a quoted opponent's charge from "
        "plain reporting, so no planted case would be certainly wrong"
    ),
    "contradictions.stance-flip": (
        "a stance is only wrong against the same story's earlier statement of it, and "
        'stances are written in open wording ("opposed", "voted against", "had long '
        'argued for"); flipping one cannot be shown to contradict the other without '
        "reading the story, and a person may really change position within it"
    ),
}
