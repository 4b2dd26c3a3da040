"""Dated actions of an office holder's government: "In September 2024, the administration cut ...".

A date is taken as the time of an action only when a preposition makes it one ("in
late 2024", "on March 3") and an office-holder's administration, government or
leadership acts in the same sentence; or when a sentence claiming things done "under
X's leadership" is followed by one that gives another instance with its date. Dates in
noun phrases ("the 2024 election"), spans ("since 2019") and sentences that frame
the past on purpose ("then-", "his predecessor", "the campaign") are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import Mention, find_actors
from newslint.claims.dates import extract_dates
from newslint.claims.terms import find_terms
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from newslint.document import Document

_SELF_ADVERBIAL = lazy_compile(r"(?:[Ll]ast|[Ee]arlier\s+this|[Tt]his\s+past)\b")
_TIME_PREP = lazy_compile(r"(?:^|\b)(?:[Ii]n|[Oo]n|[Dd]uring|[Tt]hroughout)\s+$")
_FRAMED_PAST = lazy_compile(
    r"\b(?:former|then|predecessors?|previous|prior|earlier\s+term|first\s+term|campaign\w*"
    r"|candidates?|(?:re-?)?elect(?:ed|ion|ions|s)?|transition|incoming|outgoing|before\s+(?:taking|(?:he|she)\s+took)\s+office"
    r"|hypothetical|would\s+have|could\s+have|might\s+have)\b",
    regex.IGNORECASE,
)
_ANOTHER_INSTANCE = lazy_compile(
    r"\W*(?:In\s+(?:a|another)\s+separate\s+\w+|In\s+another\s+\w+|Separately|Similarly"
    r"|Likewise|For\s+(?:example|instance)|In\s+addition|Additionally|Also|One\s+example"
    r"|In\s+one\s+(?:case|instance)|Among\s+them)\b"
)
_OPENING = lazy_compile(
    r"\W*(?:(?:But|And|Then|Yet|So|Later|Earlier|Back)\s*,?\s+)?"
    r"(?:In|On|During|Throughout|in|on|during|throughout)\s+"
)
_JOINER = lazy_compile(r"\s*,?\s*(?:(?:however|though|meanwhile|also)\s*,\s*)?(?:the\s+)?")
_CLAUSE_BREAK = lazy_compile(
    r"[,;:()\[\]—–]|\b(?:which|who|whom|whose|that|by|when|where|while|after|before|because"
    r"|although|since|until|as|than|and|or|but)\b"
)
_STRONG_BREAK = lazy_compile(r"[;:()\[\]]|\b(?:which|who|whom|whose)\b")
_MAX_WORDS = 12
_ACTOR_KINDS = ("owned", "administration", "leadership", "office")
_OFFICIAL_ACT = lazy_compile(
    r"\s+(?:signed|ordered|imposed|announced|approved|vetoed|issued|appointed|nominated"
    r"|authori[sz]ed|launched|decided|cut|raised|introduced|declared|deployed|pardoned"
    r"|unveiled|scrapped|lifted|suspended|sanctioned|fired|dismissed|hosted|agreed|struck)\b"
)
_SERIES = lazy_compile(
    r"\b(?:not\s+the\s+only|one\s+of\s+(?:several|many|a\s+(?:number|series|string))|the\s+latest)\b"
)
_MAX_DISTANCE = 120


@dataclass(frozen=True)
class DatedAction:
    """An office holder's government is said to have acted at ``date``."""

    actor: Mention
    date: Any  # a DateMention
    carried: bool  # the actor comes from the preceding "under X's leadership" sentence


@once_per_document
def find_actions(doc: Document) -> list[DatedAction]:
    """Return dated actions whose actor the story makes clear."""
    out: list[DatedAction] = []
    sentences = doc.sentences
    starts = [d.start for d in extract_dates(doc)]
    for i, sentence in enumerate(sentences):
        if _FRAMED_PAST.search(doc.prose, sentence.start, sentence.end):
            continue
        actors = [
            m
            for m in find_actors(doc).in_range(sentence.start, sentence.end)
            if m.person and (m.kind in _ACTOR_KINDS or _acts_in_office(doc.prose, m))
        ]
        owners = {
            m.person
            for m in find_actors(doc).in_range(sentence.start, sentence.end)
            if m.person and m.kind != "name"
        }
        dates = _action_dates(doc, sentence, starts)
        if actors and len(owners) == 1:
            out.extend(_pair(doc, sentence, actors, dates))
        elif not actors and not owners and i > 0 and dates:
            out.extend(_carried(doc, sentences[i - 1], sentence, dates))
    return out


def _acts_in_office(prose: str, m: Mention) -> bool:
    """Tell whether a titled person does what only an office holder does ("Ruiz signed")."""
    return m.kind == "title" and not m.historical and bool(match_at(_OFFICIAL_ACT, prose, m.end))


def _action_dates(doc: Document, sentence: Any, starts: list[int]) -> list[Any]:
    # NOTE: bisect to the sentence's dates; scanning them all per sentence is quadratic.
    lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    return [
        d
        for d in extract_dates(doc)[lo:hi]
        if sentence.start <= d.start < sentence.end
        and d.valid
        and (not d.relative or doc.reference_date is not None)
        and d.earliest is not None
        and d.latest is not None
        and (
            _SELF_ADVERBIAL.match(d.text)
            or _TIME_PREP.search(doc.prose[max(sentence.start, d.start - 12) : d.start])
        )
        and not any(t.start <= d.start < t.end for t in find_terms(doc))
    ]


def _pair(
    doc: Document, sentence: Any, actors: list[Mention], dates: list[Any]
) -> list[DatedAction]:
    out = []
    for d in dates:
        near = min(actors, key=lambda m: _distance(m, d))
        if _distance(near, d) <= _MAX_DISTANCE and _governs(doc.prose, sentence, near, d):
            out.append(DatedAction(near, d, carried=False))
    return out


def _governs(prose: str, sentence: Any, actor: Mention, date: Any) -> bool:
    """Tell whether the date is the time of the actor's own clause.

    Either the sentence opens with the date and the actor follows at once ("In
    September 2024, the administration cut ..."), or the actor comes first and the
    date closes its verb phrase with no clause boundary between ("the administration
    cut tariffs in September 2024"); "bonds issued in 1911" after a comma is not.
    """
    if actor.kind == "leadership":
        return not _STRONG_BREAK.search(prose, sentence.start, sentence.end)
    if actor.start >= date.end:
        lead = prose[sentence.start : date.start]
        between = prose[date.end : actor.start]
        opens = _OPENING.fullmatch(lead) or (
            _SELF_ADVERBIAL.match(date.text) and not lead.strip(" \"'“‘(")
        )
        return bool(opens and _JOINER.fullmatch(between))
    between = prose[actor.end : date.start]
    return len(between.split()) <= _MAX_WORDS and not _CLAUSE_BREAK.search(between)


def _carried(doc: Document, previous: Any, sentence: Any, dates: list[Any]) -> list[DatedAction]:
    """Return a dated example that follows a claim about what was done under X's leadership."""
    opening = _ANOTHER_INSTANCE.match(doc.prose, sentence.start, sentence.end)
    if not opening and not _SERIES.search(doc.prose, previous.start, previous.end):
        return []
    frames = [
        m
        for m in find_actors(doc).in_range(previous.start, previous.end)
        if m.kind == "leadership" and m.person
    ]
    if len({m.person for m in frames}) != 1 or _has_dates(doc, previous):
        return []
    if _FRAMED_PAST.search(doc.prose, previous.start, previous.end):
        return []
    lead = doc.prose[opening.end() if opening else sentence.start : dates[0].start].lstrip(" ,:")
    if len(lead.split()) > _MAX_WORDS or _CLAUSE_BREAK.search(lead):
        return []
    return [DatedAction(frames[-1], dates[0], carried=True)]


def _has_dates(doc: Document, sentence: Any) -> bool:
    return any(sentence.start <= d.start < sentence.end for d in extract_dates(doc))


def _distance(m: Mention, d: Any) -> int:
    return d.start - m.end if d.start >= m.end else m.start - d.end
