"""People's stated ages and birth dates, tied to the names they belong to.

"Takaichi, 64," "the 64-year-old Takaichi" and "Takaichi (64)" state an age;
"Takaichi, who was born on March 7, 1961," and "Takaichi (born 1961)" state a
birth date. Both are tied to the nearest name, so a rule can compare them without
mistaking one person's age for another's.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

import regex

from newslint.analysis.dates import DateMention

_YEAR_OLD = "-year-old "


@dataclass(frozen=True)
class AgeMention:
    """An age stated for a named person; the span is the age as written."""

    start: int
    end: int
    age: int
    name: str


@dataclass(frozen=True)
class BirthMention:
    """A birth date stated for a named person."""

    name: str
    date: DateMention


def extract_ages(doc: Any) -> list[AgeMention]:
    """Return the ages stated next to a name: "Name, 58,", "Name (58)", "58-year-old Name"."""
    names = doc.name_candidates
    ends = {c.end: c for c in names}
    starts = {c.start: c for c in names}
    out = []
    for tok in doc.tokens:
        if tok.kind != "number" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 120:
            continue
        found = (
            _age_after_name(doc, tok, ends)
            or _age_before_name(doc, tok, starts)
            or _age_stated(doc, tok)
        )
        if found:
            out.append(AgeMention(tok.start, tok.end, int(tok.text), found))
    return out


def _age_after_name(doc: Any, tok: Any, ends: dict[int, Any]) -> str | None:
    """Read "Name, 58," and "Name (58)"."""
    around = doc.prose[max(0, tok.start - 2) : tok.start], doc.prose[tok.end : tok.end + 1]
    if around not in ((", ", ","), (" (", ")")):
        return None
    name = ends.get(tok.start - 2)
    return name.text if name else None


_STATED = regex.compile(r"(?:\bis|\bwas|\bturned|\bturns|,\s+aged|\bnow)\s+$", regex.IGNORECASE)
_AFTER_AGE = regex.compile(r"(?:\s+years?\s+old)?(?=[.,;)]|\s+(?:and|but|when|on|in)\b)")
# Between a name and "is 58": nothing, or one comma-delimited aside ("Macron, born ..., is 47").
_ASIDE = regex.compile(r"(?:\s*|,[^,]{1,60}(?:,[^,]{1,30})?,\s*)")
_NOT_PEOPLE = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _age_stated(doc: Any, tok: Any) -> str | None:
    """Read "Name is 58", "Name, who took office in 2017, was 39" and "Name, aged 58"."""
    before = doc.prose[max(0, tok.start - 12) : tok.start]
    verb = _STATED.search(before)
    if verb is None or not _AFTER_AGE.match(doc.prose, tok.end):
        return None
    verb_start = tok.start - len(before) + verb.start()
    sentence = doc.sentence_at(tok.start)
    if sentence is None:
        return None
    names = [
        c
        for c in doc.name_candidates
        if sentence.start <= c.start and c.end <= verb_start and c.text.lower() not in _NOT_PEOPLE
    ]
    if not names:
        return None
    name = names[0]
    if not _ASIDE.fullmatch(doc.prose, name.end, verb_start):
        return None
    return name.text


def _age_before_name(doc: Any, tok: Any, starts: dict[int, Any]) -> str | None:
    """Read "the 58-year-old Name"."""
    tail = doc.prose[tok.end : tok.end + len(_YEAR_OLD)].lower().replace("‐", "-")
    name = starts.get(tok.end + len(_YEAR_OLD)) if tail == _YEAR_OLD else None
    return name.text if name else None


def extract_births(doc: Any) -> list[BirthMention]:
    """Return birth dates tied to the nearest name before "born" in the same sentence."""
    out = []
    date_starts = [d.start for d in doc.dates]
    for tok in doc.tokens:
        if tok.text.lower() != "born":
            continue
        i = bisect_left(date_starts, tok.end)
        if i == len(doc.dates):
            continue
        date = doc.dates[i]
        between = doc.prose[tok.end : date.start].split()
        if date.relative or len(between) > 1 or (between and between[0] not in ("on", "in")):
            continue
        name = _name_before(doc, tok.start)
        if name:
            out.append(BirthMention(name, date))
    return out


def _name_before(doc: Any, offset: int) -> str | None:
    sentence = doc.sentence_at(offset)
    if sentence is None:
        return None
    best = None
    for c in doc.name_candidates:
        if c.start >= offset:
            break
        if c.start >= sentence.start:
            best = c
    return best.text if best else None
