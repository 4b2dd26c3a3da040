"""NL302: a weekday that does not fall on the date written with it."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from newslint.claims.dates import DateMention, extract_dates
from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule


class WeekdayMismatch(Rule):
    """A weekday written with a date on which it does not fall.

    "Monday, March 4, 2025" was a Tuesday. One of the two is wrong, and the reader
    cannot tell which. The rule checks every weekday written together with a date
    and suggests the weekday that date had. A date without a year is taken in the
    year nearest the story's dateline, as a reader would take it, and is not checked
    without a dateline.
    """

    code = "NL302"
    name = "dates.weekday-mismatch"
    family = "dates"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "A weekday that does not fall on the date written with it"
    bad = "Trump met Takaichi on Monday, March 4, 2025.\n"
    good = "Trump met Takaichi on Tuesday, March 4, 2025.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report weekday-and-date pairs that disagree, suggesting the right weekday."""
        for d in extract_dates(doc):
            actual = _actual_weekday(d)
            if actual is None or actual == d.weekday:
                continue
            written = d.text.split(",")[0].split()[0].rstrip(".")
            right = _spell_like(written, actual)
            date = d.text[len(written) :].lstrip(". ,\t\n").removeprefix("the ")
            yield Hit(
                d.start,
                d.start + len(written),
                f"{date} {_tense(d, ctx)} a {calendar.day_name[actual]}, "
                f"not a {calendar.day_name[d.weekday]}",
                (right,),
            )


def _tense(d: DateMention, ctx: Context) -> str:
    ref = ctx.reference_date
    return (
        "is"
        if ref is not None and (d.year, d.month, d.day) >= (ref.year, ref.month, ref.day)
        else "was"
    )


def _actual_weekday(d: DateMention) -> int | None:
    if d.weekday is None or None in (d.year, d.month, d.day) or not d.valid:
        return None
    return dt.date(d.year, d.month, d.day).weekday()


def _spell_like(written: str, weekday: int) -> str:
    """Spell the right weekday the way the wrong one was written: "Tue" for "Mon"."""
    if len(written) <= 4:
        name = calendar.day_abbr[weekday]
        return name.upper() if written.isupper() else name
    name = calendar.day_name[weekday]
    return name.upper() if written.isupper() else name
