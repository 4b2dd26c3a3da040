"""Figures a story states for one thing: a death toll, the price of "the purchase".

The same thing given two values ("12 dead" in the headline, "21 killed" in the body)
is a classic correction. This analysis labels quantities with what they measure, and
only where the wording makes that unambiguous: a casualty count right next to
"dead", "killed" or "injured", or a sum of money naming a definite deal ("the $2
billion purchase"). Hedged figures ("at least 12") are left out: they are not claims
of one exact value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from newslint.document import Document

_CASUALTY_AFTER = regex.compile(
    r"^\s+(?:(?P<who>people|persons|civilians|soldiers|passengers)\s+)?"
    r"(?:(?:were|was|are|have\s+been|had\s+been|reported|confirmed)\s+)?"
    r"(?:(?P<dead>dead|killed|died|deaths|fatalities)|(?P<hurt>injured|wounded|hurt))\b"
)
_CASUALTY_BEFORE = regex.compile(
    r"\b(?:(?P<dead>killing|killed|kills|kill|death\s+toll\s+(?:of|at|to|stood\s+at|is|was))"
    r"|(?P<hurt>injuring|wounding|injured|wounded))\s+$"
)
# What killed them: "the flooding killed 12", "12 people died in the flooding".
_EVENT_BEFORE = regex.compile(
    r"\b[Tt]he\s+(?P<event>\p{Ll}+)\s+(?:has\s+|had\s+)?(?:killed|left|claimed)\s+$"
)
_EVENT_AFTER = regex.compile(
    r"^(?:\s+\p{Ll}+){0,4}?\s+(?:killed|dead|died|injured|wounded|hurt)\s+(?:in|by|during)\s+"
    r"the\s+(?P<event>\p{Ll}+)\b(?P<place>\s+(?:in|at|near|on)\s+\p{Lu}\p{L}+)?"
)
_WHO_AFTER = regex.compile(r"^\s+(?P<who>people|persons|civilians|soldiers|passengers)\b")
# A toll that is said to change is a running count, not a second claim.
_RUNNING = regex.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|reached|revised|updated|raised"
    r"|latest|initial(?:ly)?|earlier|first|later|so\s+far|as\s+of|now|new|climb\w*|toll)\b",
    regex.IGNORECASE,
)
_PLACED = regex.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Ff]rom)\s+(?:the\s+)?\p{Lu}")
_DEAL_AFTER = regex.compile(
    r"^[\s\-]*(?P<noun>deal|purchase|order|contract|package|sale|acquisition|takeover|bid|loan"
    r"|bailout|fine|settlement|merger|budget|grant)\b"
)
_DEFINITE_BEFORE = regex.compile(r"\b[Tt]he\s+(?:\w+\s+)?$")
_INDEFINITE_BEFORE = regex.compile(r"\b[Aa]n?\s+$")
_DEAL_VERB_BEFORE = regex.compile(
    r"\b(?P<verb>purchased|bought|ordered|sold|borrowed)\s+(?:(?:an?|some)\s+)?$"
)
_VERB_NOUN = {
    "purchased": "purchase",
    "bought": "purchase",
    "ordered": "order",
    "sold": "sale",
    "borrowed": "loan",
}
_HEDGE_BEFORE = regex.compile(
    r"\b(?:at\s+least|more\s+than|over|up\s+to|about|around|nearly|almost|some|roughly|about"
    r"|fewer\s+than|less\s+than|approximately|estimated|another|further|additional|an\s+extra)\s+$",
    regex.IGNORECASE,
)
_DETAIL = regex.compile(
    r"^[\s\-]*(?:\p{L}+\s+)?(?:with|for|of|to|from|by|in)\s+(?:the\s+|a\s+|an\s+)?(?P<d>[\p{L}\-]+)"
)
_HEDGE_AFTER = regex.compile(r"^\s*(?:\+|or\s+more|more|others|other|of\s+them|of\s+whom)\b")


@dataclass(frozen=True)
class Figure:
    """A quantity and what it measures ("dead", "injured", "deal", "purchase", ...)."""

    quantity: Any
    measure: str
    in_headline: bool
    definite: bool = False  # "the $2 billion purchase" refers back to one known deal
    detail: str | None = None  # "with Seoul" in "the $3 billion deal with Seoul"
    event: str | None = None  # "flooding" in "the flooding killed 12 people"
    running: bool = False  # the sentence tells of a toll that changed ("rose to 21")


def find_figures(doc: Document) -> list[Figure]:
    """Return the quantities whose wording says unambiguously what they measure."""
    prose = doc.prose
    headline = doc.headline
    out = []
    for q in doc.quantities:
        before = prose[max(0, q.start - 30) : q.start]
        after = prose[q.end : q.end + 30]
        if _HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(after):
            continue
        measure = _measure(q, before, after)
        if measure:
            in_headline = headline is not None and headline.start <= q.start < headline.end
            definite = bool(_DEAL_AFTER.match(after) and _DEFINITE_BEFORE.search(before))
            detail = _DETAIL.match(after)
            word = detail.group("d").casefold() if detail else None
            event, running = _event(doc, q, measure, before, after)
            out.append(Figure(q, measure, in_headline, definite, word, event, running))
    return out


def _measure(q: Any, before: str, after: str) -> str | None:
    if q.kind in ("count", "number"):
        m = _CASUALTY_AFTER.match(after) or _CASUALTY_BEFORE.search(before)
        if m:
            return "dead" if m.group("dead") else "injured"
    if q.kind == "money":
        deal = _DEAL_AFTER.match(after)
        if deal and (_DEFINITE_BEFORE.search(before) or _INDEFINITE_BEFORE.search(before)):
            return deal.group("noun")
        verb = _DEAL_VERB_BEFORE.search(before)
        if verb and not deal:
            return _VERB_NOUN[verb.group("verb")]
    return None


def _event(doc: Document, q: Any, measure: str, before: str, after: str) -> tuple[str | None, bool]:
    """Name the event a toll belongs to and who was counted ("flooding/people"), if written."""
    if measure not in ("dead", "injured"):
        return None, False
    sentence = doc.sentence_at(q.start)
    # NOTE: a toll tied to a place or a day ("5 people in Cuba on Tuesday") may be a part
    # of the event, so it counts as changing and is not compared.
    running = (
        sentence is None
        or bool(_RUNNING.search(doc.prose, sentence.start, sentence.end))
        or bool(_PLACED.search(doc.prose, sentence.start, sentence.end))
        or any(sentence.start <= d.start < sentence.end for d in doc.dates)
    )
    tail = doc.prose[q.end : q.end + 80]
    by = _EVENT_BEFORE.search(before)
    who = _CASUALTY_AFTER.match(after) or _WHO_AFTER.match(after)
    victims = who.group("who") if who and who.group("who") else "people"
    victims = victims.replace("persons", "people")
    if by is not None:
        return f"{by.group('event')}/{victims}", running
    at = _EVENT_AFTER.match(tail)
    if at is not None and not at.group("place"):
        return f"{at.group('event')}/{victims}", running
    return None, running
