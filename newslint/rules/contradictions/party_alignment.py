"""NL403: a person framed as siding with the party they oppose."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_SUFFIX = regex.compile(r"[\-‐](?:aligned|leaning|backed|allied|friendly)$")
_NON_PARTISAN = regex.compile(
    r"\b(?:independent|non-?partisan|no\s+party|none)\b", regex.IGNORECASE
)


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
    Conservatives' policies", "promoting the AK Party's agenda".
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
        for framing in doc.party_framings:
            if framing.unusual:
                continue
            framed = _party(reg, framing.party)
            own, source = _own_party(reg, doc, ctx, framing)
            if framed is None or own is None or not _opposed(own, framed):
                continue
            yield Hit(
                framing.start,
                framing.end,
                f"{framing.person} is framed as siding with the {framed.name} "
                f"('{framing.party}'), but {framing.person} belongs to the {own.name} ({source})",
            )


def _party(reg: Any, term: str) -> Any:
    return reg.party(term) or reg.party(_SUFFIX.sub("", term))


def _own_party(reg: Any, doc: Document, ctx: Context, framing: Any) -> tuple[Any, str]:
    if framing.stated_party:
        party = _party(reg, framing.stated_party)
        if party is not None:
            return party, "as the story says"
    person = _facts.person_for(reg, doc, framing.person)
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
    return not (_NON_PARTISAN.search(own.name) or _NON_PARTISAN.search(framed.name))
