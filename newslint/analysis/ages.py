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
        found = _age_after_name(doc, tok, ends) or _age_before_name(doc, tok, starts)
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
