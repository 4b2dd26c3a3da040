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

from newslint.claims import once_per_document
from newslint.claims.dates import DateMention, extract_dates
from newslint.lazyre import lazy_compile, match_at

_YEAR_OLD = "-year-old "
_OWNER = lazy_compile(r"['’]s?$")


@dataclass(frozen=True)
class AgeMention:
    """An age stated for a named person; the span is the age as written.

    ``born`` is a birth date stated in the same phrase ("The 64-year-old, born in June
    1958,"), which belongs to the same person whoever that is; ``name`` may then be "".
    """

    start: int
    end: int
    age: int
    name: str
    born: DateMention | None = None
    #: The day the age is reached, for "turned 77 on Thursday", "turns 69 on Monday" and
    #: "celebrated his 25th birthday on Wednesday"; ``turning`` is then "past", "future"
    #: or "either" ("celebrates ... on Saturday"), as the verb tells it.
    on: DateMention | None = None
    turning: str = ""


@dataclass(frozen=True)
class BirthMention:
    """A birth date stated for a named person."""

    name: str
    date: DateMention


@once_per_document
def extract_ages(doc: Any) -> list[AgeMention]:
    """Return the ages stated next to a name: "Name, 58,", "Name (58)", "58-year-old Name"."""
    names = doc.name_candidates
    ends = {c.end: c for c in names}
    starts = {c.start: c for c in names}
    out = []
    for tok in doc.tokens:
        if tok.kind != "number" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 120:
            continue
        birthday = _birthday(doc, tok)
        if birthday is not None:
            out.append(birthday)
            continue
        found = (
            _age_after_name(doc, tok, ends)
            or _age_before_name(doc, tok, starts)
            or _age_stated(doc, tok)
        )
        born = _birth_beside(doc, tok)
        if found or born:
            out.append(AgeMention(tok.start, tok.end, int(tok.text), found or "", born))
    return out


#: "Lula, who turned 77 on Thursday", "Merz turns 69 on Monday".
_TURNS_BEFORE = lazy_compile(
    r"(?P<verb>\bturned|\bturns|\bwill\s+turn|\bis\s+turning|\bturning)\s+$", regex.IGNORECASE
)
#: How far past an age its words are read. NOTE: the bound also keeps each match short:
#: the regex module may scan the rest of the string for a pattern that opens with ``\s*``.
_NEAR = 80
_TURNS_AFTER = lazy_compile(r"(?:\s+years?\s+old)?\s+(?:on\s+)?")
#: "O'Connor, who celebrated his 25th birthday on Wednesday".
_BIRTHDAY_BEFORE = lazy_compile(
    r"(?P<verb>\bcelebrated|\bcelebrates|\bmarked|\bmarks|\bwill\s+celebrate|\bcelebrating)"
    r"\s+(?:his|her)\s+$",
    regex.IGNORECASE,
)
_BIRTHDAY_AFTER = lazy_compile(r"(?:st|nd|rd|th)\s+birthday\s+on\s+")
#: Between a name and the verb of its birthday: nothing, "who" or an aside
#: ("Berg, who was born on June 4, 2000, celebrated").
_WHO = lazy_compile(r"(?:\s*,\s*who)?\s+|,[^,]{1,60}(?:,[^,]{1,30})?,\s*")
_TURNING = {
    "turned": "past",
    "celebrated": "past",
    "marked": "past",
    "turns": "either",
    "celebrates": "either",
    "marks": "either",
    "celebrating": "either",
    "turning": "either",
}


def _birthday(doc: Any, tok: Any) -> AgeMention | None:
    """Read an age with the day it is reached: "Lula, who turned 77 on Thursday"."""
    before = doc.prose[max(0, tok.start - 40) : tok.start]
    after = _BIRTHDAY_AFTER.match(doc.prose, tok.end, tok.end + _NEAR)
    if after is not None:
        verb = _BIRTHDAY_BEFORE.search(before)
    else:
        verb = _TURNS_BEFORE.search(before)
        after = _TURNS_AFTER.match(doc.prose, tok.end, tok.end + _NEAR)
    if verb is None or after is None:
        return None
    on = _date_at(doc, after.end())
    if on is None:
        return None
    lead_end = tok.start - len(before) + verb.start()
    sentence = doc.sentence_at(tok.start)
    low = sentence.start if sentence is not None else 0
    names = [
        c
        for c in doc.name_candidates
        if low <= c.start and c.end <= lead_end and c.text.lower() not in _NOT_PEOPLE
    ]
    name = next((c for c in reversed(names) if _WHO.fullmatch(doc.prose, c.end, lead_end)), None)
    if name is None:
        return None
    word = verb.group("verb").split()[0].lower()
    turning = "future" if word in ("will", "is") else _TURNING.get(word, "either")
    return AgeMention(tok.start, tok.end, int(tok.text), name.text, None, on, turning)


def _date_at(doc: Any, offset: int) -> DateMention | None:
    """Return the date written at an offset: a weekday or a day of a month."""
    i = bisect_left(_date_starts(doc), offset)
    if i == len(extract_dates(doc)) or extract_dates(doc)[i].start != offset:
        return None
    d = extract_dates(doc)[i]
    return d if d.day is not None or (d.weekday is not None and d.month is None) else None


# "The 64-year-old, born in Osnabrück in June 1958," and "Lee, 66, who was born in
# Leeds in 1958": an age and a birth date in one phrase about one person.
_AGE_THEN_BORN = lazy_compile(
    r"(?:-year-old|\)|,)\s*,?\s*(?:who\s+was\s+|having\s+been\s+)?born\b", regex.IGNORECASE
)


def _birth_beside(doc: Any, tok: Any) -> DateMention | None:
    m = _AGE_THEN_BORN.match(doc.prose, tok.end, tok.end + _NEAR)
    if m is None:
        return None
    born = _birth_after(doc, m.end())
    return born


def _age_after_name(doc: Any, tok: Any, ends: dict[int, Any]) -> str | None:
    """Read "Name, 58," and "Name (58)"."""
    around = doc.prose[max(0, tok.start - 2) : tok.start], doc.prose[tok.end : tok.end + 1]
    if around not in ((", ", ","), (" (", ")")):
        return None
    name = ends.get(tok.start - 2)
    return name.text if name else None


_STATED = lazy_compile(
    r"(?:\bis|\bwas|\bturned|\bturns|,\s+aged|\bnow|\bbecomes\s+at|\bbecame\s+at)\s+$",
    regex.IGNORECASE,
)
_AFTER_AGE = lazy_compile(r"(?:\s+years?\s+old)?(?=[.,;)]|\s+(?:and|but|when|on|in|the)\b)")
# Between a name and "is 58": nothing, or one comma-delimited aside ("Macron, born ..., is 47").
_ASIDE = lazy_compile(r"(?:\s*|,[^,]{1,60}(?:,[^,]{1,30})?,\s*)")
_NOT_PEOPLE = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _age_stated(doc: Any, tok: Any) -> str | None:
    """Read "Name is 58", "Name, who took office in 2017, was 39" and "Name, aged 58"."""
    before = doc.prose[max(0, tok.start - 16) : tok.start]
    verb = _STATED.search(before)
    if verb is None or not match_at(_AFTER_AGE, doc.prose, tok.end):
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
    if _ASIDE.fullmatch(doc.prose, name.end, verb_start):
        return name.text
    # "Born in Leeds in 1961, Ann Lee is 64": the subject after an opening clause.
    last = names[-1]
    opens = doc.prose[sentence.start : last.start].rstrip().endswith(",")
    return last.text if opens and not doc.prose[last.end : verb_start].strip() else None


def _age_before_name(doc: Any, tok: Any, starts: dict[int, Any]) -> str | None:
    """Read "the 58-year-old Name"."""
    tail = doc.prose[tok.end : tok.end + len(_YEAR_OLD)].lower().replace("‐", "-")
    name = starts.get(tok.end + len(_YEAR_OLD)) if tail == _YEAR_OLD else None
    return _OWNER.sub("", name.text) if name else None


@once_per_document
def extract_births(doc: Any) -> list[BirthMention]:
    """Return birth dates tied to the nearest name before "born" in the same sentence.

    A sentence that opens with "Born ..." gives the birth date of the first name after it.
    """
    out = []
    for tok in doc.tokens:
        if tok.text.lower() != "born":
            continue
        date = _birth_after(doc, tok.end)
        if date is None:
            continue
        name = _name_before(doc, tok.start)
        if tok.text == "Born" and name is None:
            name = _name_after(doc, date.end)
        if name:
            out.append(BirthMention(name, date))
    return out


# What may stand between "born" and its date: a place ("in Osnabrück in", "in San
# Candido, in the German-speaking South Tyrol, on").
_PLACE = lazy_compile(
    r"(?:,?\s+in\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*|[\p{Ll}-]+(?=\s+\p{Lu}))"
    r"(?:\s+[\p{Lu}][\p{L}'’.-]*)*){0,3},?\s*(?:on|in)?\s*"
)


def _birth_after(doc: Any, offset: int) -> DateMention | None:
    """Return the written date right after "born", or after "born in <place>"."""
    starts = _date_starts(doc)
    i = bisect_left(starts, offset)
    if i == len(extract_dates(doc)):
        return None
    date = extract_dates(doc)[i]
    between = doc.prose[offset : date.start]
    if date.relative or date.year is None or len(between) > 60 or "\n" in between:
        return None
    if not _PLACE.fullmatch(between):
        return None
    return date


def _date_starts(doc: Any) -> list[int]:
    return [d.start for d in extract_dates(doc)]


def _name_after(doc: Any, offset: int) -> str | None:
    sentence = doc.sentence_at(offset)
    for c in doc.name_candidates:
        if c.start >= offset and (sentence is None or c.end <= sentence.end):
            return c.text if c.text.lower() not in _NOT_PEOPLE else None
    return None


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
    if best is None or _SOMEONE_ELSE.search(doc.prose, best.end, offset):
        return None  # "Lee, whose daughter was born in 2001": the birth is another's
    return best.text


_SOMEONE_ELSE = lazy_compile(r"\b(?:whose|his|her|their|its)\s+\p{L}+", regex.IGNORECASE)
