"""NL403: a person framed as siding with the party they oppose."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from newslint.claims.alignment import find_framings, stated_camp
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_SUFFIX = lazy_compile(r"[\-‐](?:aligned|leaning|backed|allied|friendly)$")
_NON_PARTISAN = lazy_compile(r"\b(?:independent|non-?partisan|no\s+party|none)\b", regex.IGNORECASE)


class PartyAlignment(Rule):
    """A politician framed as aligned with, voting with or siding with the other party.

    "Critics say the Republican president has a tendency to side with
    Democratic-aligned interests" says the opposite of what every reader knows about
    him; it is usually a garbled sentence or a confusion of two people. The person's
    party comes from the registry at the story's date (or from the story itself:
    "Republican Sen. Jane Doe"), and the framed camp from the registry's party variants
    ("GOP", "Tory", "Labour-aligned"). A story that marks the alignment as unusual
    ("broke ranks", "one of the few Republicans", "crossed the aisle") is reporting
    news, not making a mistake, and is accepted. Framing in nouns counts too: "a
    reliable champion of Labor's energy policies", "a loyal defender of the
    Conservatives' policies", "promoting the AK Party's agenda". Party words are read
    among the parties of the person's own country ("Labor" and "Liberal" for an
    Australian), and the story's own label counts in its usual shapes ("the CHP mayor
    of Istanbul", "CHP mayor Ekrem Imamoglu"). Camps that are not parties count when
    the story itself places the person in the other one: "the hardline former
    negotiator Saeed Jalili" cannot be "a dependable supporter of the reformists' bid".
    """

    code = "NL403"
    name = "contradictions.party-alignment"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "A politician framed as siding with the opposing party"
    skip_quotes = True
    bad = "Republican Sen. Jane Doe has a tendency to side with Democratic-aligned interests.\n"
    good = "Republican Sen. Jane Doe broke ranks to side with Democrats on the vote.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report framings that put a person in the camp opposed to their own party."""
        reg = _facts.registry(ctx)
        if reg is None:
            return
        for framing in find_framings(doc):
            if framing.unusual:
                continue
            if framing.camp:
                yield from _camp_hit(doc, framing)
                continue
            person = _facts.person_for(reg, doc, framing.person)
            country = _country(person)
            own, source = _own_party(reg, doc, ctx, framing, person, country)
            where = country or (own.country if own is not None else None)
            framed = _party(reg, framing.party, where)
            if framed is None or own is None or not _opposed(own, framed):
                continue
            yield Hit(
                framing.start,
                framing.end,
                f"{framing.person} is framed as siding with the {framed.name} "
                f"('{framing.party}'), but {framing.person} belongs to the {own.name} ({source})",
            )


def _camp_hit(doc: Document, framing: Any) -> Iterator[Hit]:
    """Report a person framed as backing the camp opposed to the one the story puts them in."""
    stated = stated_camp(doc, framing.person)
    if stated is None or stated[0] == framing.party:
        return
    line = _facts.line_of(doc, stated[1])
    yield Hit(
        framing.start,
        framing.end,
        f"{framing.person} is framed as siding with the {framing.party} camp, but "
        f"line {line} calls {framing.person} {stated[0]}",
    )


def _party(reg: Any, term: str, country: str | None = None) -> Any:
    """Resolve a party word, among the parties of the person's country when it is known.

    "Labor" and "Liberal" are parties in several countries; for an Australian they
    are the Australian Labor Party and the Liberal Party of Australia, whatever else
    the registry calls by that word.
    """
    bare = _SUFFIX.sub("", term)
    if country is None:
        return reg.party(term) or reg.party(bare)
    found = [p for p in (reg.party(term), reg.party(bare)) if p is not None]
    here = [p for p in found if p.country == country]
    if here:
        return here[0]
    matches = {p.id: p for p in _parties_of(reg, country) if _core(p, country) == _fold(bare)}
    return (
        next(iter(matches.values()))
        if len({_core(p, country) for p in matches.values()}) == 1
        else None
    )


@lru_cache(maxsize=4)
def _by_country(reg: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for p in reg.parties():
        out.setdefault(p.country or "", []).append(p)
    return out


def _parties_of(reg: Any, country: str) -> list[Any]:
    return _by_country(reg).get(country, [])


def _core(party: Any, country: str) -> str:
    """Return a party's name without the country and "Party": "Australian Labor Party" is Labor."""
    name = regex.sub(rf"\s*\({regex.escape(country)}\)$", "", party.name)
    name = regex.sub(rf"\s+of\s+(?:the\s+)?{regex.escape(country)}$", "", name)
    name = regex.sub(rf"^{regex.escape(country[:-1])}\p{{L}}*\s+", "", name)
    name = regex.sub(r"\s+[Pp]arty$", "", name)
    return _fold(name)


def _fold(text: str) -> str:
    return " ".join(text.casefold().removesuffix("s").split())


def _country(person: Any) -> str | None:
    """Return the one country every office of a registry person belongs to, if one."""
    if person is None:
        return None
    places = {r.jurisdiction for r in person.roles if r.jurisdiction}
    return places.pop() if len(places) == 1 else None


def _own_party(
    reg: Any, doc: Document, ctx: Context, framing: Any, person: Any, country: str | None
) -> tuple[Any, str]:
    if framing.stated_party:
        party = _party(reg, framing.stated_party, country)
        if party is not None:
            return party, "as the story says"
    if person is None:
        return None, ""
    date = _facts.story_date(doc, ctx)
    party = _facts.party_at(reg, person, date)
    when = f"at {date}" if date else "now"
    return party, f"{when}; registry"


def _opposed(own: Any, framed: Any) -> bool:
    """Two different parties of one country, neither of them a non-partisan label."""
    if own.id == framed.id or own.country != framed.country:
        return False
    if _core(own, own.country) == _core(framed, own.country):
        return False  # one party the registry knows from two sources
    return not (_NON_PARTISAN.search(own.name) or _NON_PARTISAN.search(framed.name))
