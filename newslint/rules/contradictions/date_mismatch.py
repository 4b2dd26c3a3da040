"""NL407: the same event given two different dates or weekdays in one story."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from newslint.claims.events import definite, find_events, one_of_kind, told_latest
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: Two explicit days further apart than this are rather two events than one slip.
_MAX_GAP = 60
#: How far from the story's date a bare weekday ("Wednesday's vote") can reach.
_WEEK = 6


class DateMismatch(Rule):
    """One event dated two ways: "the vote on Thursday, Dec. 5" and later "Wednesday's vote".

    A reader cannot tell which date is right, and a wrong date in a correction-prone
    place (a vote, a signing, the start of polling) is the kind of slip readers write
    in about. Only dates tied tightly to their event are compared (see
    ``newslint.claims.events``): "the March 3 meeting", "the meeting on March 3",
    "Wednesday's vote", "signed the memorandum on Dec. 23", "the vote began on April
    19". Two mentions are the same event only when they name the same kind of event,
    the same moment of it (its start is not its end) and no words that set them apart
    ("the presidential election", "the parliamentary election"); a story that tells of
    several such events ("meetings", "another meeting", "the second round") or of a
    date moved ("postponed", "resumed") is left alone, as are dates in quotes, days
    in two different written years and a kind of event dated more than two ways.
    Such a story still has one next event of a kind and one latest: "the next general
    election, expected to be held on 5 May" and "the upcoming election, tipped for 8
    May" are compared. And the first of a kind ("MPs first threw out the agreement
    on Jan. 16") dated after another of the same ("the agreement was defeated on Jan.
    15") is reported even in a story of several, since the first cannot follow another;
    so is the latest of a kind ("his last news conference on Nov. 19") with another of it
    dated after it and before the dateline ("the Nov. 21 news conference"). A
    thing voted down is one event only with the same object and, where both say who
    voted, the same voters ("the House rejected the bill", "the Senate rejected the
    bill" are two). Two bare weekdays ("a forced auction on Sunday", "Friday's
    auction") are compared only when the later mention points back ("the", a
    possessive) and the story tells of one such event: no plural, no word of a series
    or of a change of date anywhere, and one way of qualifying it, said at its first
    mention; "Monday's vote" and "Tuesday's vote of confidence" are two votes.
    """

    code = "NL407"
    name = "contradictions.date-mismatch"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "The same event given two different dates or weekdays in one story"
    skip_quotes = True
    bad = (
        "Lawmakers will hold the vote on Thursday, Dec. 5, party leaders said.\n\n"
        "Ahead of Wednesday's vote, the speaker met both caucuses.\n"
    )
    good = (
        "Lawmakers will hold the vote on Thursday, Dec. 5, party leaders said.\n\n"
        "Ahead of Thursday's vote, the speaker met both caucuses.\n"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each dated event with the earlier ones of its kind."""
        groups: dict[str, list[Any]] = {}
        for event in find_events(doc):
            groups.setdefault(event.kind, []).append(event)
        ref = doc.reference_date
        for kind, events in groups.items():
            yield from _first_after_another(doc, events)
            yield from _last_before_another(doc, events, ref)
            if any(e.several for e in events) or len({_key(e) for e in events}) > 2:
                yield from _same_order(doc, events, ref)
                continue
            single: bool | None = None
            for i, later in enumerate(events):
                for earlier in events[:i]:
                    if not _same_event(earlier, later):
                        continue
                    bare = earlier.date.day is None and later.date.day is None
                    if bare and not definite(doc, later):
                        continue
                    if bare and single is None:
                        single = one_of_kind(doc, kind)
                    if _conflict(earlier, later, ref, bool(single)):
                        yield _hit(doc, later, earlier)
                        break


def _first_after_another(doc: Document, events: list[Any]) -> Iterator[Hit]:
    """Report the first of a kind of event dated after another of it.

    "MPs first threw out the agreement on Jan. 16" cannot be right when the story has
    the agreement defeated on Jan. 15: whichever date is wrong, the first defeat was
    not after another one. Only single days of one year count, each not itself told
    as one of several ("again", "a second time").
    """
    for first in events:
        if not first.first or first.date.day is None or first.date.earliest is None:
            continue
        for other in events:
            d = other.date
            if other is first or other.several or other.first or d.day is None:
                continue
            if not _same_event(other, first) or d.earliest is None:
                continue
            if not d.relative and not first.date.relative and d.year != first.date.year:
                continue
            gap = (first.date.earliest - d.earliest).days
            if 0 < gap <= _MAX_GAP:
                yield _hit(doc, first, other)
                break


_ORDER_WORDS = frozenset({"last", "latest", "most", "recent"})


def _last_before_another(doc: Document, events: list[Any], ref: dt.date | None) -> Iterator[Hit]:
    """Report the latest of a kind of event dated before another of it, both past.

    "During his last news conference on Nov. 19" cannot be right when the story has
    "the Nov. 21 news conference" before its dateline: whichever date is wrong, the
    last was not followed by another. A later one still to come ("will hold a news
    conference on Thursday") is no conflict, nor is an earlier one ("the Nov. 5 news
    conference" before the last on Nov. 19), which the story may well tell of. "Last" is
    often "the one before" the event a story is about ("the Fed cut rates at its May 1
    meeting; at its last meeting on March 20 it held them"), so the other mention must
    come later in the story and point back ("the", a possessive), no past day of the kind
    may be told before the "last" one, and one dated within a week of the
    dateline, which may be the story's own event, is left alone.
    """
    if ref is None:
        return
    for i, last in enumerate(events):
        if last.date.day is None or last.date.earliest is None or not told_latest(last):
            continue
        told_before = events[:i]
        if any(e.date.day is not None and (e.date.earliest or ref) <= ref for e in told_before):
            continue
        for other in events[i + 1 :]:
            d = other.date
            if other.several or other.order or d.day is None or not definite(doc, other):
                continue
            if d.earliest is None or (ref - d.earliest).days <= _WEEK:
                continue
            if other.phase != last.phase:
                continue
            if not d.relative and not last.date.relative and d.year != last.date.year:
                continue
            mine, its = last.detail - _ORDER_WORDS, other.detail - _ORDER_WORDS
            if mine and its and not mine & its:
                continue
            gap = (d.earliest - last.date.earliest).days
            if 0 < gap <= _MAX_GAP:
                line = doc.position(last.date.start)[0]
                message = (
                    f"'{other.text.strip()}' dates a {other.kind} '{d.text}', after the one "
                    f"line {line} calls the last ('{last.text.strip()}')"
                )
                yield Hit(d.start, d.end, message)
                break


def _same_order(doc: Document, events: list[Any], ref: dt.date | None) -> Iterator[Hit]:
    """Report two mentions of the next (or the latest) of a kind dated two ways.

    A story of several elections has one "next general election": "the next election,
    expected on 5 May" and "the upcoming election, tipped for 8 May" cannot both be right,
    however many others the story tells of. Dates told as moved are left alone.
    """
    for i, later in enumerate(events):
        if later.order is None or later.moved:
            continue
        for earlier in events[:i]:
            if earlier.order != later.order or earlier.moved:
                continue
            if _same_event(earlier, later) and _conflict(earlier, later, ref):
                yield _hit(doc, later, earlier)
                break


def _key(e: Any) -> tuple[Any, ...]:
    d = e.date
    return (e.phase, (d.month, d.day) if d.day is not None else d.weekday)


def _same_event(a: Any, b: Any) -> bool:
    if a.phase != b.phase or a.date.start == b.date.start:
        return False
    return not (a.detail and b.detail and not a.detail & b.detail)


def _weekday(d: Any) -> int | None:
    if d.weekday is not None:
        return d.weekday
    return d.earliest.weekday() if d.day is not None and d.earliest else None


def _conflict(a: Any, b: Any, ref: dt.date | None, single: bool = False) -> bool:
    da, db = a.date, b.date
    if da.day is not None and db.day is not None:
        if (da.month, da.day) == (db.month, db.day):
            return False
        if not da.relative and not db.relative and da.year != db.year:
            return False
        if da.earliest is None or db.earliest is None:
            return da.month == db.month  # no story year: the same month, another day
        return abs((da.earliest - db.earliest).days) <= _MAX_GAP
    if da.day is None and db.day is None:
        # "Monday's vote", "Tuesday's vote": often two votes of a running story, unless
        # the story tells of one vote only
        return single and da.weekday != db.weekday
    day, bare = (da, db) if da.day is not None else (db, da)
    weekday = _weekday(day)
    if weekday is None or weekday == bare.weekday:
        return False
    if day.weekday is not None:
        return True  # "Thursday, Dec. 5" against "Wednesday's": two weekdays for one event
    near = day.earliest is not None and ref is not None
    return near and abs((day.earliest - ref).days) <= _WEEK


def _describe(d: Any) -> str:
    if d.day is None:
        return _WEEKDAYS[d.weekday]
    return d.text


def _hit(doc: Document, later: Any, earlier: Any) -> Hit:
    line = doc.position(earlier.date.start)[0]
    d, o = later.date, earlier.date
    what = f"'{later.text.strip()}'"
    message = (
        f"{what} dates the {later.kind} '{_describe(d)}', but line {line} dates it "
        f"'{_describe(o)}' ('{earlier.text.strip()}')"
    )
    if d.day is None and o.day is not None:
        message += f", a {_WEEKDAYS[_weekday(o)]}"
    elif o.day is None and d.day is not None and d.weekday is None:
        message += f"; '{d.text}' is a {_WEEKDAYS[_weekday(d)]}"
    return Hit(d.start, d.end, message)
