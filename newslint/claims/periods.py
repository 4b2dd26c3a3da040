"""Calendar arithmetic behind date mentions: months, parts of years, relative periods.

Kept apart from the patterns that find dates so the arithmetic can be read (and
checked) on its own: "late 2024" is September to December, "last month" in a story
dated November 4 is October, "two years ago" is a year-wide stretch around then.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

_PARTS = {
    "early": (0, 1 / 3),
    "mid": (1 / 3, 2 / 3),
    "late": (2 / 3, 1),
    "the middle of": (1 / 3, 2 / 3),
    "the first half of": (0, 0.5),
    "the second half of": (0.5, 1),
    "the end of": (5 / 6, 1),
    "the start of": (0, 1 / 6),
    "the beginning of": (0, 1 / 6),
}
_STEPS = {"last": -1, "past": -1, "next": 1, "coming": 1}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


class Period(NamedTuple):
    """A resolved stretch of calendar, with the year, month and day it names, if any."""

    year: int | None
    month: int | None
    day: int | None
    first: dt.date
    last: dt.date


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def max_day(month: int) -> int:
    """Return the most days a month can have in any year."""
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


def nearest_year(month: int, day: int, ref: dt.date | None) -> int | None:
    """Pick the year that puts a yearless date closest to the dateline."""
    if ref is None:
        return None
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - ref).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def narrow(first: dt.date, last: dt.date, qualifier: str | None) -> tuple[dt.date, dt.date]:
    """Narrow an interval to its early, middle or late part, whole months for years."""
    if not qualifier:
        return first, last
    lo, hi = _PARTS[" ".join(qualifier.lower().split())]
    days = (last - first).days + 1
    if days > 300:
        start_month, end_month = 1 + round(12 * lo), round(12 * hi)
        return dt.date(first.year, start_month, 1), month_end(first.year, end_month)
    start = first + dt.timedelta(days=round(days * lo))
    return start, first + dt.timedelta(days=max(0, round(days * hi) - 1))


def ago(count: int, unit: str, ref: dt.date) -> Period:
    """Resolve "two years ago": a stretch of one unit centred that far before the dateline."""
    size = UNIT_DAYS[unit]
    centre = ref - dt.timedelta(days=count * size)
    slack = dt.timedelta(days=0 if size == 1 else size // 2)
    lo, hi = centre - slack, min(ref, centre + slack)
    if size == 1:
        return Period(lo.year, lo.month, lo.day, lo, hi)
    return Period(lo.year if lo.year == hi.year else None, None, None, lo, hi)


def weekday_from(rel: str, weekday: int, ref: dt.date) -> dt.date:
    """Resolve "last Monday", "this Friday", "next Sunday" against the dateline."""
    step = _STEPS.get(rel, 0)
    if step < 0:
        return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
    ahead = (weekday - ref.weekday()) % 7
    return ref + dt.timedelta(days=ahead or (7 if step > 0 else 0))


def month_from(rel: str, month: int, ref: dt.date) -> Period:
    """Resolve "last September", "next March", "this May" against the dateline."""
    step = _STEPS.get(rel, 0)
    year = ref.year + step
    if (step < 0 and month < ref.month) or (step > 0 and month > ref.month):
        year = ref.year
    return Period(year, month, None, dt.date(year, month, 1), month_end(year, month))


def unit_from(rel: str, unit: str, ref: dt.date) -> Period:
    """Resolve "last year", "next month", "this week", "last weekend"."""
    step = _STEPS.get(rel, 0)
    if unit == "year":
        year = ref.year + step
        return Period(year, None, None, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        first = dt.date(year, month + 1, 1)
        return Period(year, month + 1, None, first, month_end(year, month + 1))
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
    if unit == "weekend":
        saturday = monday + dt.timedelta(days=5)
        return Period(None, None, None, saturday, saturday + dt.timedelta(days=1))
    return Period(None, None, None, monday, monday + dt.timedelta(days=6))
