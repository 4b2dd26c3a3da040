"""What a story itself says about when someone's term in office began or ended.

"Sworn in on January 20, 2025" or "took office in October" is the story's own
evidence about a term; when it disagrees with the registry the story is what the
reader sees, so the contradiction rules measure the rest of the story against it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import find_actors
from newslint.claims.dates import extract_dates
from newslint.lazyre import lazy_compile

if TYPE_CHECKING:
    from newslint.document import Document

_START = (
    r"sworn\s+in|inaugurated|(?:took|taking)\s+office|assumed\s+office|took\s+power"
    r"|came\s+to\s+power|(?:his|her)\s+(?:inauguration|swearing-in)"
    r"|took\s+the\s+oath(?:\s+of\s+office)?"
    r"|(?:began|started)\s+(?:his|her|their|a)\s+(?:(?:first|second|third|fourth|new)\s+)?term"
    r"|returned\s+to\s+(?:the\s+White\s+House|office|power)|assumed\s+the\s+(?:presidency|premiership)"
    r"|(?:became|took\s+over\s+as|was\s+appointed)\s+(?:the\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister"
    r"|[Cc]hancellor|[Pp]remier)|(?:has\s+been|have\s+been)\s+in\s+(?:office|power)\s+since"
)
_END = (
    r"left\s+office|stepped\s+down|(?:was\s+)?ousted|(?:ended|finished)\s+(?:his|her|their)\s+term"
)
_EVENT = lazy_compile(rf"\b(?:(?P<start>{_START})|(?P<end>{_END}))\b")
_RENEWED = lazy_compile(
    r"\b(?:re-?elected|second\s+term|third\s+term|fourth\s+term|returned\s+to\s+(?:office|power)"
    r"|again|re-?took|return(?:ed|s)?\s+to\s+the\s+White\s+House)\b",
    regex.IGNORECASE,
)
_PREP_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:on|in|during)?\s*$")
_OPENING_DATE = lazy_compile(r"^\s*(?:[Ii]n|[Oo]n)\s+$")
_MAX_GAP = 40
_FRONTED = lazy_compile(r"\W*(?:Since|After|Upon|On|Before)\s+\w")


@dataclass(frozen=True)
class TermStatement:
    """The story says ``person``'s term started (or ended) at ``date``."""

    start: int
    end: int
    person: str
    edge: str  # "start" or "end"
    earliest: dt.date
    latest: dt.date
    renewed: bool  # "reelected", "second term": an earlier term may exist
    date_text: str


@once_per_document
def find_terms(doc: Document) -> list[TermStatement]:
    """Return the term statements whose person and date the story makes clear."""
    out = []
    for sentence in doc.sentences:
        for m in _EVENT.finditer(doc.prose, sentence.start, sentence.end):
            date = _date_for(doc, sentence, m.start(), m.end())
            person = _subject(doc, sentence, m.start())
            if date is None or person is None:
                continue
            renewed = bool(_RENEWED.search(doc.prose, sentence.start, sentence.end))
            earliest, latest = _in_the_past(date, doc.reference_date)
            out.append(
                TermStatement(
                    min(m.start(), date.start),
                    max(m.end(), date.end),
                    person,
                    "start" if m.group("start") else "end",
                    earliest,
                    latest,
                    renewed,
                    date.text,
                )
            )
    return out


def _date_for(doc: Document, sentence: Any, verb_start: int, verb_end: int) -> Any:
    """Return the date of the event: right after the verb, or opening the sentence."""
    for d in _usable(extract_dates(doc), sentence.start, sentence.end):
        if d.start >= verb_end and d.start - verb_end <= _MAX_GAP:
            if _PREP_AFTER.search(doc.prose[verb_end : d.start]) or d.start == verb_end + 1:
                return d
        if d.end <= verb_start and _OPENING_DATE.match(doc.prose[sentence.start : d.start]):
            return d
    return None


def _in_the_past(date: Any, today: dt.date | None) -> tuple[dt.date, dt.date]:
    """Read "took office in October" as the last October before the dateline, not the next."""
    earliest, latest = date.earliest, date.latest
    if date.relative and today is not None and earliest > today and date.month is not None:
        earliest = _year_earlier(earliest)
        latest = _year_earlier(latest)
    return earliest, latest


def _year_earlier(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _usable(dates: list[Any], start: int, end: int) -> list[Any]:
    return [
        d
        for d in dates
        if start <= d.start < end and d.valid and d.earliest is not None and d.latest is not None
    ]


def _subject(doc: Document, sentence: Any, verb_start: int) -> str | None:
    """Who the statement is about: the last person named before the verb, or the main person.

    A fronted clause ("Since taking office in January, President Ruiz has ...") names
    its subject after the verb, in the same sentence.
    """
    actors = find_actors(doc)
    before = [m for m in actors.in_range(sentence.start, verb_start) if m.person]
    if before:
        return before[-1].person
    if _FRONTED.match(doc.prose, sentence.start, verb_start + 1):
        after = [m for m in actors.in_range(verb_start, sentence.end) if m.person]
        if after:
            return after[0].person
    person = actors.nearest_person(verb_start, sentences_back=1)
    return person if person is not None and person == actors.main else None
