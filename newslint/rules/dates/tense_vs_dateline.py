"""NL303: an event told in the past but dated after the dateline, or the reverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newslint.claims.dates import DateMention
from newslint.claims.tenses import find_dated_verbs
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule

#: A yearless date is read in the dateline's year only this close to it; farther off,
#: the writer may mean the same day a year before or after.
_YEARLESS_DAYS = 90


class TenseVsDateline(Rule):
    """An event told in the past that is dated after the story's dateline, or the reverse.

    A story dated November 4, 2025 cannot report that a summit "was held on December 3,
    2025", nor that a vote "will take place in 2024". Either the date or the tense is
    wrong, often because an old story was updated or a draft sat too long. The rule
    reads the verb that tells the dated event, across its object ("approved all 19
    nominees on Aug. 21"): a simple past ("lapsed on", "met May 4"), a past passive or
    perfect ("was held", "had been closed May 29"), a future ("will meet", "is due to
    vote"), and a verb joined by "and" to a plainly past one ("was approved in January
    and ended on March 31"). A dated event times what happened at it: "won 81 seats in
    the February 17 poll", "the Dec. 14 summit, where EU leaders agreed", "At the March
    20 meeting, the board approved". A date without a year counts only when its nearest
    reading is in the dateline's own year and within 90 days of it ("Jan. 3" in a story
    of Dec. 30 may be either January). Left alone: plans told in the past ("was due to",
    "postponed to"), dates that belong to a noun ("a referendum on", "the year ended"),
    bare weekdays, conditions ("would", "if"), a simple past in reported speech ("said
    the talks began on ...", which may shift a present), and quotations.
    """

    code = "NL303"
    name = "dates.tense-vs-dateline"
    family = "dates"
    severity = Severity.WARNING
    summary = "An event told as past but dated after the dateline, or as future and dated before"
    bad = "---\ndate: 2025-11-04\n---\n\nThe summit was held on December 3, 2025.\n"
    good = "---\ndate: 2025-11-04\n---\n\nThe summit will be held on December 3, 2025.\n"
    skip_quotes = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report dated events whose tense contradicts the dateline."""
        ref = ctx.reference_date
        if ref is None:
            return
        for v in find_dated_verbs(doc):
            span = _interval(doc, v.date, ref)
            if span is None:
                continue
            first, last = span
            written = v.date.text.rstrip(".")
            when = written if span == (v.date.earliest, v.date.latest) else f"{written} ({first})"
            if v.tense == "past" and first > ref:
                yield Hit(
                    v.date.start,
                    v.date.start + len(written),
                    f"'{v.text}' tells it as past, but {when} is after the dateline ({ref})",
                )
            elif v.tense == "future" and last < ref:
                yield Hit(
                    v.date.start,
                    v.date.start + len(written),
                    f"'{v.text}' tells it as future, but {when} is before the dateline ({ref})",
                )


def _interval(doc: Document, d: DateMention, ref: dt.date) -> tuple[dt.date, dt.date] | None:
    """Return the days a date certainly covers, or None where its year or day is in doubt.

    NOTE: a date without a year is taken in the dateline's own year, and only near it:
    "Jan. 3" in a story of Dec. 30 may be the one just past or the one to come.
    """
    if d.earliest is None or d.latest is None:
        return None
    if not d.relative:
        return d.earliest, d.latest
    if d.day is not None and d.year == ref.year and d.text[:1].isalnum():
        if abs((d.earliest - ref).days) <= _YEARLESS_DAYS:
            return d.earliest, d.latest
        return None
    return None
