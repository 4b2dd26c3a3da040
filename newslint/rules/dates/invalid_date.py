"""NL301: a date the calendar does not have."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from newslint.claims.dates import DateMention, extract_dates
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class InvalidDate(Rule):
    """A date that does not exist: February 30, April 31, 2025-13-01.

    An impossible date is always a typing slip, and always embarrassing in print.
    The rule reports day numbers beyond the end of their month (February 29 only in
    years that are not leap years) and months beyond twelve in ISO dates. It says
    what the month's last day is, but cannot know which day was meant.
    """

    code = "NL301"
    name = "dates.invalid-date"
    family = "dates"
    severity = Severity.WARNING
    summary = "A date that does not exist"
    bad = "The deal was signed on February 30, 2025.\n"
    good = "The deal was signed on February 28, 2025.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report every date mention the calendar cannot hold."""
        for d in extract_dates(doc):
            if not d.valid:
                yield Hit(d.start, d.end, f"{d.text} is not a date: {_why(d)}")


def _why(d: DateMention) -> str:
    if d.month is None or not 1 <= d.month <= 12:
        return f"there is no month {d.month}"
    name = calendar.month_name[d.month]
    if d.month == 2 and d.day == 29 and d.year:
        return f"{d.year} is not a leap year"
    if d.month == 2 and d.year:
        return f"{name} {d.year} has {calendar.monthrange(d.year, 2)[1]} days"
    last = 29 if d.month == 2 else calendar.monthrange(2001, d.month)[1]
    return f"{name} has {last} days"
