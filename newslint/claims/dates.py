"""Dates and date ranges as newsrooms write them, resolved against the dateline.

A copy editor reads "Monday, March 4, 2025", "Jan. 20", "late 2024" and "last
year" as stretches of the calendar. Every mention becomes the interval it covers
(``earliest``..``latest``), so rules compare intervals instead of re-reading text.
Mentions without a written year are resolved against the story's dateline and
marked ``relative``; without a dateline they keep ``None`` where a reader could
not know the value either.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

import regex

from newslint.claims import once_per_document, periods
from newslint.claims.periods import max_day, month_end, narrow, nearest_year
from newslint.document import Document
from newslint.lazyre import lazy_compile, match_at

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (
            ("Monday", "Mon"),
            ("Tuesday", "Tues", "Tue"),
            ("Wednesday", "Wed"),
            ("Thursday", "Thurs", "Thur", "Thu"),
            ("Friday", "Fri"),
            ("Saturday", "Sat"),
            ("Sunday", "Sun"),
        )
    )
    for name in names
}
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("May", "June", "July")]
_FULL_WEEKDAYS = [w for w in WEEKDAYS if w.endswith("day")]
_ABBR_WEEKDAYS = [w for w in WEEKDAYS if not w.endswith("day")]
_NUMBER_WORDS = "a one two three four five six seven eight nine ten eleven twelve".split()


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
#: Only an abbreviation takes a dot: in "polling ends on 5 May." the dot ends the sentence.
_MONTH = (
    rf"(?:(?:{_alt(_FULL_MONTHS)})(?![\w’'])"
    rf"|(?:{_alt([m for m in MONTHS if m not in _FULL_MONTHS])})(?![\w’'])\.?)"
)
_FMONTH = rf"(?:{_alt(_FULL_MONTHS)})(?![\w’'-])"
_WDAY = rf"(?:(?:{_alt(_FULL_WEEKDAYS)})|(?:{_alt(_ABBR_WEEKDAYS)})\.)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])"
_DAY_OR_BAD = r"(?:[12]\d|3\d|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?![\d\w]|[.,/]\d)"
_QUALIFIER = (
    r"(?i:early|mid|late|the[ ]end[ ]of|the[ ]start[ ]of|the[ ]beginning[ ]of"
    r"|the[ ]first[ ]half[ ]of|the[ ]second[ ]half[ ]of|the[ ]middle[ ]of)"
)
_QUARTER = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR_PREP = r"(?:in|In|since|Since|by|By|during|During|until|till|through|before|after|from)"
_UNIT_AFTER = r"(?![-–]\d|%|[ \t]*(?:per[ -]?cent|percent|pct|[a-z]+s\b|mln|bln|dlrs))"

_DATE = lazy_compile(
    rf"""
    (?P<iso>(?<![\w.-])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?![\w-]))
    | (?:(?P<wd1>{_WDAY}),?{_SP})?(?P<m1>{_MONTH}){_SP}(?P<d1>{_DAY_OR_BAD})
      (?:[-–](?P<e1>{_DAY_OR_BAD}))?(?:,?{_SP}(?P<y1>{_YEAR}))?
    | (?:(?P<wd2>{_WDAY}),?{_SP}(?:the{_SP})?)?(?<![\d.,$€£¥-])(?P<d2>{_DAY_OR_BAD})
      (?:[-–](?P<e2>{_DAY_OR_BAD}))?{_SP}(?:of{_SP})?(?P<m2>{_MONTH})(?:,?{_SP}(?P<y2>{_YEAR}))?
    | (?<![\w.,$€£¥-])(?P<ya>{_YEAR})[-–](?P<yb>(?:1[89]|2[01])\d\d|\d\d)(?![\w-]|[.,/%]\d|%)
    | (?:(?P<q3>{_QUALIFIER})(?:-|{_SP}))?(?P<m3>{_MONTH}),?{_SP}(?P<y3>{_YEAR})
    | (?P<qn>{_QUARTER})[ -]quarter{_SP}of{_SP}(?P<qy>{_YEAR})
    | (?P<q5>{_QUALIFIER})(?:-|{_SP})(?P<y5>{_YEAR}){_UNIT_AFTER}
    | (?<![\w-]){_YEAR_PREP}{_SP}(?P<y6>{_YEAR}){_UNIT_AFTER}
    | (?P<rel>(?<![\w-])(?i:last|next|this|past|coming)){_SP}
      (?P<ru>(?i:week|weekend|month|year)(?![\w-])|{_FMONTH}|(?:{_alt(_FULL_WEEKDAYS)})(?![\w-]))
      (?:(?<={_FMONTH}){_SP}(?P<rd>{_DAY_OR_BAD}))?
    | (?<![\w-])(?P<day>(?i:yesterday|today|tomorrow|tonight))(?![\w-])
    | (?<![\w-])(?P<an>(?i:{_alt(_NUMBER_WORDS)})|\d{{1,2}}){_SP}
      (?P<au>(?i:days?|weeks?|months?|years?)){_SP}ago(?![\w-])
    | (?<![\w-])(?:(?P<q4>{_QUALIFIER})(?:-|{_SP})
      |(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom){_SP})(?P<m4>{_FMONTH})(?![ \t]*\d)
    | (?<![\w-])(?P<wd8>{_alt(_FULL_WEEKDAYS)})(?![\w-])
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class DateMention:
    """A date, a stretch of the calendar or a relative expression, as written.

    ``year``/``month``/``day`` are as written, or resolved against the dateline;
    ``weekday`` (0 = Monday) is set only when a weekday was written; ``earliest``
    and ``latest`` bound the interval the mention covers; ``valid`` is False for
    dates the calendar does not have ("February 30").
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    earliest: dt.date | None
    latest: dt.date | None
    relative: bool
    valid: bool = True


# Words a date mention can begin with; the pattern is tried only where one stands.
_TRIGGERS = frozenset(
    [w.lower() for w in (*MONTHS, *WEEKDAYS)]
    + _NUMBER_WORDS
    + """last next this past coming yesterday today tomorrow tonight early mid late the
    in since by during until till through before after from first second third fourth""".split()
)


@once_per_document
def extract_dates(doc: Any) -> list[DateMention]:
    """Return the date mentions of a document's prose, sorted by start."""
    ref = doc.reference_date
    prose = doc.prose
    out = []
    end = -1
    # NOTE: trying the pattern only at the tokens a date can begin with, instead of at
    # every character, is what keeps the extractor off the profile.
    for tok in doc.tokens:
        if tok.start < end or not _may_start(tok):
            continue
        m = match_at(_DATE, prose, tok.start)
        if m is None:
            continue
        end = m.end()
        mention = _build(m, ref)
        if mention is not None:
            out.append(mention)
    return out


def _may_start(tok: Any) -> bool:
    if tok.kind == "number":
        return True
    low = tok.text.lower()
    return low in _TRIGGERS or low.startswith("mid-")


def _build(m: regex.Match, ref: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    if g["iso"]:
        return _calendar_date(m, int(g["iy"]), int(g["im"]), int(g["id"]), None, ref)
    for wd, mo, d, e, y in (("wd1", "m1", "d1", "e1", "y1"), ("wd2", "m2", "d2", "e2", "y2")):
        if g[mo]:
            weekday = WEEKDAYS[g[wd].rstrip(".")] if g[wd] else None
            year = int(g[y]) if g[y] else None
            mention = _calendar_date(m, year, MONTHS[g[mo].rstrip(".")], _day(g[d]), weekday, ref)
            return _day_range(mention, _day(g[e])) if g[e] and mention else mention
    if g["ya"]:
        return _year_range(m, int(g["ya"]), g["yb"])
    if g["m3"]:
        return _month_span(m, int(g["y3"]), MONTHS[g["m3"].rstrip(".")], g["q3"])
    if g["qn"]:
        quarter = int(g["qn"][0]) if g["qn"][0].isdigit() else _ORDINALS[g["qn"].lower()]
        year = int(g["qy"])
        first = dt.date(year, 3 * quarter - 2, 1)
        return _mention(m, year, None, None, first, month_end(year, 3 * quarter), False)
    if g["y5"] or g["y6"]:
        return _year_span(m, int(g["y5"] or g["y6"]), g["q5"])
    if g["rd"]:
        return _last_or_next_day(m, g, ref)
    return _relative(m, g, ref)


def _last_or_next_day(m: regex.Match, g: dict[str, Any], ref: dt.date | None) -> DateMention | None:
    """Read "last November 13" and "next June 30": the day of the month's last or next run.

    The day makes "last November 31" as impossible as "November 31", whatever the year.
    """
    month = MONTHS[g["ru"]]
    year = periods.month_from(g["rel"].lower(), month, ref).year if ref else None
    mention = _calendar_date(m, year, month, _day(g["rd"]), None, ref)
    return replace(mention, relative=True) if mention else None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_DIGITS = lazy_compile(r"\d+")


def _day(written: str | None) -> int:
    return int(_DIGITS.match(written).group()) if written else 0


def _day_range(start: DateMention, last_day: int) -> DateMention | None:
    """Stretch "March 3" to "March 3-5"; a last day the month lacks makes it invalid."""
    if start.day is None or last_day <= start.day:
        return None
    if start.month is None or not 1 <= start.month <= 12 or last_day > 31:
        return None
    if start.year is None or not start.valid:
        return replace(start, valid=start.valid and last_day <= max_day(start.month))
    try:
        latest = dt.date(start.year, start.month, last_day)
    except ValueError:
        return replace(start, earliest=None, latest=None, valid=False)
    return replace(start, latest=latest)


def _year_range(m: regex.Match, first: int, written: str) -> DateMention | None:
    """Read "2019-2021" and "2019-21" as the years they span."""
    last = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    if not first < last <= first + 50:
        return None
    return _mention(m, first, None, None, dt.date(first, 1, 1), dt.date(last, 12, 31), False)


def _mention(
    m: regex.Match,
    year: int | None,
    month: int | None,
    day: int | None,
    earliest: dt.date | None,
    latest: dt.date | None,
    relative: bool,
    weekday: int | None = None,
    valid: bool = True,
    start: int | None = None,
) -> DateMention:
    s = m.start() if start is None else start
    text = m.string[s : m.end()]
    return DateMention(
        s, m.end(), text, year, month, day, weekday, earliest, latest, relative, valid
    )


def _calendar_date(
    m: regex.Match, year: int | None, month: int, day: int, weekday: int | None, ref: dt.date | None
) -> DateMention | None:
    if not 1 <= month <= 12 or day > 31:
        if m.group("iso"):
            return _mention(m, year, month, day, None, None, False, weekday, valid=False)
        return None
    relative = year is None
    if year is None:
        year = nearest_year(month, day, ref)
        if year is None:
            possible = day <= max_day(month)
            return _mention(m, None, month, day, None, None, True, weekday, valid=possible)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return _mention(m, year, month, day, None, None, relative, weekday, valid=False)
    return _mention(m, year, month, day, date, date, relative, weekday)


def _month_span(m: regex.Match, year: int, month: int, qualifier: str | None) -> DateMention:
    first, last = narrow(dt.date(year, month, 1), month_end(year, month), qualifier)
    return _mention(m, year, month, None, first, last, False)


def _year_span(m: regex.Match, year: int, qualifier: str | None) -> DateMention:
    first, last = narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), qualifier)
    start = m.start("y6") if m.group("y6") else None
    return _mention(m, year, None, None, first, last, False, start=start)


def _relative(m: regex.Match, g: dict[str, Any], ref: dt.date | None) -> DateMention:
    if g["wd8"]:
        weekday = WEEKDAYS[g["wd8"]]
        lo, hi = _around(ref, 6)
        return _mention(m, None, None, None, lo, hi, True, weekday)
    if g["m4"]:
        month = MONTHS[g["m4"]]
        year = nearest_year(month, 15, ref)
        first, last = None, None
        if year:
            first, last = narrow(dt.date(year, month, 1), month_end(year, month), g["q4"])
        start = m.start("q4") if g["q4"] else m.start("m4")
        return _mention(m, year, month, None, first, last, True, start=start)
    if ref is None:
        weekday = WEEKDAYS.get(g["ru"]) if g["rel"] else None
        return _mention(m, None, None, None, None, None, True, weekday)
    if g["day"]:
        shift = {"yesterday": -1, "tomorrow": 1}.get(g["day"].lower(), 0)
        day = ref + dt.timedelta(days=shift)
        return _mention(m, day.year, day.month, day.day, day, day, True)
    if g["an"]:
        return _ago(m, g, ref)
    return _this_or_next(m, g["rel"].lower(), g["ru"], ref)


def _around(ref: dt.date | None, days: int) -> tuple[dt.date | None, dt.date | None]:
    if ref is None:
        return None, None
    return ref - dt.timedelta(days=days), ref + dt.timedelta(days=days)


def _ago(m: regex.Match, g: dict[str, Any], ref: dt.date) -> DateMention:
    word = g["an"].lower()
    count = int(word) if word.isdigit() else max(1, _NUMBER_WORDS.index(word))
    p = periods.ago(count, g["au"].lower().rstrip("s"), ref)
    return _mention(m, p.year, p.month, p.day, p.first, p.last, True)


def _this_or_next(m: regex.Match, rel: str, unit: str, ref: dt.date) -> DateMention:
    if unit in WEEKDAYS:
        day = periods.weekday_from(rel, WEEKDAYS[unit], ref)
        return _mention(m, day.year, day.month, day.day, day, day, True, WEEKDAYS[unit])
    if unit in MONTHS:
        p = periods.month_from(rel, MONTHS[unit], ref)
    else:
        p = periods.unit_from(rel, unit.lower(), ref)
    return _mention(m, p.year, p.month, p.day, p.first, p.last, True)


# "the 2024 Australian Open", "Brazil's 2022 election": a year written before what it names.
_ATTRIBUTIVE_YEAR = lazy_compile(
    r"(?:\bthe|\bthis|['’]s)\s+(?P<year>(?:19|20)\d\d)(?=\s+\p{Lu}|\s+(?:election|race|vote|"
    r"final|season|campaign|runoff|poll|summit|championships?|tournament|edition)\b)"
)
_ANY_YEAR = lazy_compile(r"(?<![\d.,$£€])\b(?:19|20)\d\d\b(?![\d%]|[.,]\d)")


def lead_year(doc: Any) -> int | None:
    """Return the year an undated story's lead gives the event it reports.

    "Sinner won his first grand slam title on Sunday ... in the final of the 2024
    Australian Open" is a story of 2024: the lead's event happened on a weekday
    of the story's own week and is named with its year. To stay certain, the
    lead sentence must name that weekday and exactly one year, before what it
    names ("the 2024 ...", "Brazil's 2022 election"), and no later year may be
    written anywhere in the story (a retrospective would name one).
    """
    body = [b for b in doc.blocks if b.kind != "headline"]
    if not body:
        return None
    lead = next((s for s in doc.sentences if body[0].start <= s.start < body[0].end), None)
    if lead is None:
        return None
    text = doc.prose[lead.start : lead.end]
    weekday = any(
        d.weekday is not None and d.year is None and d.month is None
        for d in dates_in(doc, lead.start, lead.end)
    )
    years = {int(m.group()) for m in _ANY_YEAR.finditer(text)}
    named = {int(m.group("year")) for m in _ATTRIBUTIVE_YEAR.finditer(text)}
    if not weekday or len(years) != 1 or named != years:
        return None
    year = years.pop()
    later = (int(m.group()) for m in _ANY_YEAR.finditer(doc.prose) if int(m.group()) > year)
    return None if any(True for _ in later) else year


@once_per_document
def _date_starts(doc: Document) -> list[int]:
    return [d.start for d in extract_dates(doc)]


def dates_in(doc: Document, start: int, end: int) -> list[DateMention]:
    """Return the date mentions that start in a span (a sentence, a clause), in order."""
    starts = _date_starts(doc)
    return extract_dates(doc)[bisect_left(starts, start) : bisect_left(starts, end)]
