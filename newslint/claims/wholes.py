"""Parts tied to a whole given elsewhere in the story: "22 people had been killed. Of those, 25".

A part larger than its whole is caught within one sentence by the words between the
two figures ("14 out of 12"). Across sentences the link is in the wording of the part:
an anaphor that points back ("Of those, 25 died"; "25 of them"), respondents of a
survey whose size the story gave ("interviewed 1,850 voters ... 1,960 respondents"),
ballots of an electorate ("an electorate of 131,680 ... 135,000 ballots had been
returned"). Each link is read once here, as a claim that one figure is part of another.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import regex

from newslint.claims import once_per_document
from newslint.claims.quantities import Quantity, extract_quantities
from newslint.lazyre import lazy_compile


@dataclass(frozen=True)
class PartOf:
    """``part`` is said to be part of ``whole``; ``how`` names the wording that links them.

    ``whole`` may stand for several figures added up ("12 men and 30 women ... Of those"):
    then ``bound`` is their sum and ``whole`` the last of them.
    """

    part: Quantity
    whole: Quantity
    bound: float
    how: str


_OF_THOSE = lazy_compile(r"(?:^|[.;:]\s+|,\s+)Of\s+(?:those|them|these|whom)\b[\s,]*$", regex.I)
_OF_THEM_AFTER = lazy_compile(r"^\s+of\s+(?:them|those|these|whom)\b", regex.I)
_SAMPLE_BEFORE = lazy_compile(
    r"\b(?:survey(?:ed)?|poll(?:ed)?|interview(?:ed)?|question(?:ed)?|sample|canvass(?:ed)?)"
    r"(?:\s+of)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    regex.I,
)
_SAMPLE_AFTER = lazy_compile(
    r"^\s+(?:people|voters|adults|residents|respondents|americans|britons|households|"
    r"likely\s+voters|registered\s+voters)\b(?:\s+(?:were|was)\s+"
    r"(?:surveyed|polled|interviewed|questioned))?",
    regex.I,
)
_SAMPLE_PASSIVE = lazy_compile(
    r"^\s+(?:people|voters|adults|residents)\s+(?:were|was)\s+(?:surveyed|polled|interviewed|"
    r"questioned)\b",
    regex.I,
)
_RESPONDENTS_AFTER = lazy_compile(
    r"^\s+(?:of\s+(?:the\s+)?)?(?:respondents|of\s+those\s+(?:surveyed|polled|questioned|"
    r"interviewed|asked))\b",
    regex.I,
)
_ELECTORATE_BEFORE = lazy_compile(r"\belectorate\s+of\s+(?:some\s+|about\s+|around\s+)?$", regex.I)
_ELECTORATE_AFTER = lazy_compile(
    r"^\s+(?:\p{L}+\s+){0,2}?(?:eligible|registered)\s+(?:to\s+vote|voters|members)\b"
    r"|^\s+(?:eligible|registered)\s+(?:voters|members)\b",
    regex.I,
)
_BALLOTS_AFTER = lazy_compile(
    r"^\s+(?:ballots|votes)\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?"
    r"(?:cast|returned|counted|received)\b|^\s+(?:ballots|postal\s+votes)\b",
    regex.I,
)
# A count of people or things: what an anaphor can point back to.
_COUNTED = lazy_compile(
    r"^\s+(?:\p{Ll}+\s+){0,2}?(?:people|persons|men|women|children|civilians|soldiers|"
    r"workers|members|lawmakers|passengers|students|patients|cases|victims|migrants|"
    r"protesters|prisoners|hostages|companies|firms|banks|countries|states|candidates|"
    r"players|employees|jobs|homes|deaths|voters|respondents|delegates|seats)\b"
    r"|^\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:killed|dead|injured|wounded|"
    r"arrested|detained|hurt)\b",
    regex.I,
)


@once_per_document
def extract_parts(doc: Any) -> list[PartOf]:
    """Return the cross-sentence part-of links the story's wording states."""
    found = [q for q in extract_quantities(doc) if q.kind in ("count", "number") and q.unit is None]
    if not found:
        return []
    prose = doc.prose
    out: list[PartOf] = []
    samples: list[Quantity] = []
    electorates: list[Quantity] = []
    for q in found:
        head = prose[max(0, q.start - 60) : q.start]
        tail = prose[q.end : q.end + 60]
        if _SAMPLE_BEFORE.search(head) and _SAMPLE_AFTER.match(tail) or _SAMPLE_PASSIVE.match(tail):
            samples.append(q)
            continue
        if _ELECTORATE_BEFORE.search(head) or _ELECTORATE_AFTER.match(tail):
            electorates.append(q)
            continue
        if samples and _RESPONDENTS_AFTER.match(tail):
            out.append(PartOf(q, samples[-1], samples[-1].value, "respondents"))
        elif electorates and _BALLOTS_AFTER.match(tail):
            out.append(PartOf(q, electorates[-1], electorates[-1].value, "ballots"))
        elif _OF_THOSE.search(head) or _OF_THEM_AFTER.match(tail):
            link = _antecedent(doc, found, q)
            if link is not None:
                out.append(PartOf(q, link[0], link[1], "of-those"))
    return out


def antecedent(doc: Any, part: Quantity) -> tuple[Quantity, float] | None:
    """Return the counts an "Of those" before ``part`` points back to, and their sum."""
    found = [q for q in extract_quantities(doc) if q.kind in ("count", "number") and q.unit is None]
    return _antecedent(doc, found, part)


def _antecedent(doc: Any, found: list[Quantity], part: Quantity) -> tuple[Quantity, float] | None:
    """Return the counts "those" points back to: the counted figures of the sentence before.

    Every counted figure of that sentence is added up, so "12 men and 30 women were
    held. Of those, 25 ..." is bounded by 42; a sentence with none gives no antecedent.
    """
    sentence = doc.sentence_at(part.start)
    if sentence is None:
        return None
    previous = doc.sentence_at(sentence.start - 2) if sentence.start >= 2 else None
    lo = previous.start if previous is not None else sentence.start
    starts = [q.start for q in found]
    i = bisect_right(starts, part.start) - 1
    counted = []
    for q in found[:i]:
        if lo <= q.start < part.start and _COUNTED.match(doc.prose[q.end : q.end + 60]):
            counted.append(q)
    if not counted:
        return None
    return counted[-1], sum(q.value for q in counted)
