"""NL406: a party label the registry or the story itself contradicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import regex

from newslint.claims.parties import (
    INDEPENDENT,
    NOT_NAME,
    PartyLabel,
    find_labels,
    find_opposition_claims,
    state_code,
    switch_told,
)
from newslint.claims.persons import find_person_mentions
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile
from newslint.registry.normalise import key, same_given_name
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

#: How long before a person's first recorded membership the registry's party still holds:
#: records start with an office, and few people switch parties just before taking one.
_BEFORE_RECORDS = dt.timedelta(days=730)
#: Offices below the registry's: a "state Sen." or a mayor is a namesake, not the senator.
_LOCAL = lazy_compile(
    r"\b(?:state|county|city|town|district|assembly(?:man|woman)?|councillor|[Mm]ayor"
    r"|[Dd]elegate|Del\.)\b",
    regex.IGNORECASE,
)
#: Words before a name that are not part of it ("Lib Dem Norman Baker", "MP Jo Hale").
_NOT_FIRST = NOT_NAME | {"Lib", "Dem", "MEP", "Sen.", "Rep.", "Gov."}
_NOUNS = {
    "us-democratic": "a Democrat",
    "us-republican": "a Republican",
    "uk-labour": "Labour",
    "uk-conservative": "a Conservative",
    "uk-liberal-democrats": "a Liberal Democrat",
    "uk-snp": "in the SNP",
}


class WrongParty(Rule):
    """A party label that contradicts the registry or the story's own label for that person.

    "Republican Sen. Tim Kaine", "Sen. Lindsey Graham (D-S.C.)" or "Rishi Sunak, the
    Labour MP," put a politician in the wrong party, an error readers notice at once.
    The registry's dated memberships say which party a person belonged to at the
    story's date; without a dateline only people the registry gives one party in every
    record are checked. A switcher is judged at the date, and at the year the sentence
    places the label in ("in 2008, Republican Sen. Arlen Specter"); "former" and "then-"
    labels only for one-party people. Independents, names the registry does not know or
    gives to two people, namesakes in state or local office, and a story that tells of
    a change of party are left alone. Two labels of one person that disagree are
    reported at the second, with the line of the first. A sitting minister placed in
    the opposition ("Digital Minister Taro Kono, a senior figure in the opposition
    Constitutional Democratic Party") is reported too: a minister's party governs.
    Former ministers, ministers of a state or region, and sentences that tell of a
    change ("now in opposition") are left alone.
    """

    code = "NL406"
    name = "contradictions.wrong-party"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "A party label the registry or the story's own label for that person contradicts"
    skip_quotes = True
    bad = "---\ndate: 2017-06-01\n---\nRepublican Sen. Tim Kaine voted against the bill.\n"
    good = "---\ndate: 2017-06-01\n---\nDemocratic Sen. Tim Kaine voted against the bill.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare every label with the registry, then with the story's other labels."""
        reg = _facts.registry(ctx)
        if reg is None:
            return
        date = _facts.story_date(doc, ctx)
        flagged: set[int] = set()
        people: dict[str, Any] = {}
        for label in find_labels(doc):
            party = _label_party(reg, label)
            if party is None:
                continue
            person = _person(reg, doc, label, people)
            if person is None or not _same_person(person, label, label.when or date):
                continue
            hit = _registry_hit(reg, label, party, person, date)
            if hit is not None:
                flagged.add(label.start)
                yield hit
        yield from _story_hits(reg, doc, flagged, people)
        for o in find_opposition_claims(doc):
            said = " ".join(doc.prose[o.start : o.end].split())
            yield Hit(
                o.start,
                o.end,
                f"{o.surname} is called {o.title} here, and a sitting minister's party "
                f"governs: '{said}' contradicts that",
            )


def _label_party(reg: Any, label: PartyLabel) -> Any:
    """Return the registry party a label names, or None (independents are never checked)."""
    if label.party == INDEPENDENT:
        return None
    if label.party:
        return reg.get(label.party) or reg.party(label.word)
    return reg.party(label.word)


def _person(reg: Any, doc: Document, label: PartyLabel, cache: dict[str, Any]) -> Any:
    """Return the one registry person the label's name can mean, through the full name."""
    if label.name not in cache:
        full = label.name if " " in label.name else full_name(doc, label.name)
        found = _facts.person_named(reg, full, doc.reference_date) if full else None
        if full and (found is None and not reg.lookup(full) or found and not found.parties):
            # NOTE: "Bob Dole" is the registry's Robert Dole, and a cabinet entry without
            # parties ("Dan Glickman") stands beside the congressional one with them.
            found = _by_short_given_name(reg, full) or found
        cache[label.name] = found
    return cache[label.name]


def _by_short_given_name(reg: Any, full: str) -> Any:
    """Find "Bob Dole" as Robert Dole: the one person of that surname with that given name."""
    words = full.split()
    given, surname = key(words[0]), words[-1]
    names = {
        p.name
        for p in reg.by_surname(surname)
        if p.parties
        and any(
            same_given_name(given, key(n.split()[0])) and key(n.split()[-1]) == key(surname)
            for n in p.names
        )
    }
    return _facts.person_named(reg, next(iter(names))) if len(names) == 1 else None


def full_name(doc: Document, surname: str) -> str | None:
    """Return the one full name the story gives a surname, or None.

    A surname alone is never looked up in the registry: "Tory Lord Campbell" and
    "Mr Baker" are whoever the story named in full, and a story that names two people
    of that surname, or none, leaves the label unresolved.
    """
    names = {x.name for x in find_labels(doc) if " " in x.name and x.surname == surname}
    for m in find_person_mentions(doc):
        words = m.text.split()
        if len(words) < 2 or words[-1].removesuffix("'s").removesuffix("’s") != surname:
            continue
        while words and words[0] in _NOT_FIRST:
            words.pop(0)
        if len(words) < 2:
            continue
        names.add(" ".join(w.removesuffix("'s").removesuffix("’s") for w in words))
    return next(iter(names)) if len(names) == 1 else None


def _same_person(person: Any, label: PartyLabel, when: dt.date | None) -> bool:
    """Reject namesakes: local offices, other states, people long out of office.

    "Mark Walker (R-N.C.)" is not the Illinois state senator of that name, and
    "Democratic Sens. Patrick Moynihan" in 1987 is not the congressman of 1933.
    """
    if _LOCAL.search(label.office):
        return False
    if label.state:
        held = [r for r in person.roles if regex.search(r"\bfrom\s+[A-Z]{2}\b", r.office)]
        states = {state_code(r.jurisdiction) for r in person.roles} - {""}
        if held and not any(r.office.endswith(label.state) for r in held):
            return False
        if states and label.state not in states and not held:
            return False
    if when is not None:
        last = max((r.end or when for r in person.roles if r.start or r.end), default=None)
        if last is not None and (when - last).days > 365.25 * _OUT_OF_OFFICE_YEARS:
            return False
    return True


#: Years out of every office after which a namesake is taken for someone else.
_OUT_OF_OFFICE_YEARS = 25


def registry_membership(person: Any, label: PartyLabel, date: dt.date | None) -> Any:
    """Return the registry membership that says the labelled person's party, or None.

    The label's date is the past date its sentence gives, else the story's. Memberships
    run with offices, so one party all along also holds between and after them, and
    shortly before the first; a person with several parties is judged only inside one.
    """
    parties = [m for m in person.parties if m.party]
    ids = {m.party for m in parties}
    if not ids:
        return None
    single = len(ids) == 1
    if label.framing:
        return parties[0] if single and label.role else None
    when = label.when or date
    if when is None:
        return parties[0] if single else None
    covering = {m.party: m for m in parties if m.covers(when)}
    if len(covering) == 1:
        return next(iter(covering.values()))
    if covering or not single:
        return None
    first = min((m.start for m in parties if m.start), default=None)
    if first is not None and when < first - _BEFORE_RECORDS:
        return None
    return max(parties, key=lambda m: m.start or dt.date.min)


def _registry_hit(
    reg: Any, label: PartyLabel, party: Any, person: Any, date: dt.date | None
) -> Hit | None:
    member = registry_membership(person, label, date)
    if member is None or member.party == party.id:
        return None
    own = reg.get(member.party)
    if own is None or not own.country or own.country != party.country:
        return None
    when = label.when or date
    role = person.best_role(when) if hasattr(person, "best_role") else _best_role(person, when)
    years = f"{member.start.year}-" if member.start else ""
    if member.end and when and member.end <= when and member.start:
        years += str(member.end.year)
    where = ", ".join(x for x in (_office(role), years) if x)
    name = label.name if " " in label.name else person.name
    message = f"{name} is {_noun(own)} (registry: {where or own.name}), not {_noun(party)}"
    return Hit(label.start, label.end, message)


def _best_role(person: Any, when: dt.date | None) -> Any:
    roles = [r for r in person.roles if r.start is not None]
    if when is not None:
        roles = [r for r in roles if r.covers(when)] or roles
    return max(roles, key=lambda r: r.start, default=None)


def _office(role: Any) -> str:
    """Name the office with its country where needed ("President of South Korea")."""
    if role is None:
        return ""
    where = role.jurisdiction or ""
    if not where or where in ("United States", "United Kingdom") or where in role.office:
        return role.office
    return f"{role.office} of {where}"


def _noun(party: Any) -> str:
    return _NOUNS.get(party.id, f"in the {party.name}")


def _story_hits(
    reg: Any, doc: Document, flagged: set[int], people: dict[str, Any]
) -> Iterator[Hit]:
    """Two labels of one person, both for the present, that name different parties."""
    first: dict[str, tuple[PartyLabel, Any]] = {}
    for label in find_labels(doc):
        if label.framing or label.when or label.party == INDEPENDENT:
            continue
        key = _story_key(doc, label)
        party = _label_party(reg, label)
        if key is None or (party is None and not _party_like(label)):
            continue
        if key not in first:
            first[key] = (label, party)
            continue
        earlier, earlier_party = first[key]
        if label.start in flagged or earlier.start in flagged:
            continue
        if not _differ(earlier, earlier_party, label, party):
            continue
        person = people.get(label.name) or people.get(earlier.name)
        if person is not None and len({m.party for m in person.parties}) > 1:
            continue
        if switch_told(doc, label.surname):
            continue
        line = _facts.line_of(doc, earlier.start)
        said = _noun(earlier_party) if earlier_party is not None else f"in {earlier.word}"
        now = _noun(party) if party is not None else f"in {label.word}"
        yield Hit(
            label.start,
            label.end,
            f"the story calls {earlier.name} {said} (line {line}), not {now}",
        )


def _story_key(doc: Document, label: PartyLabel) -> str | None:
    """Return the full name a label is about; a lone surname only when one full name has it."""
    return label.name if " " in label.name else full_name(doc, label.name)


def _party_like(label: PartyLabel) -> bool:
    """Tell whether an unknown party phrase is in a form that names a party ("X's P party")."""
    return label.form in ("party-of", "owner", "of")


def _differ(a: PartyLabel, pa: Any, b: PartyLabel, pb: Any) -> bool:
    """Tell whether two labels name different parties of one country."""
    if pa is not None and pb is not None:
        return pa.id != pb.id and pa.country == pb.country
    if pa is not None or pb is not None:
        return False
    if not (a.declared or b.declared):
        return False
    x, y = a.word.casefold(), b.word.casefold()
    return x not in y and y not in x and _initials(a.word) != y and _initials(b.word) != x


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[0].isupper()).casefold()
