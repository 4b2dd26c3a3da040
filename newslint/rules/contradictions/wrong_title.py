"""NL402: a title used for someone who did not hold it at the story's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import regex

from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_HISTORICAL_CONTEXT = regex.compile(
    r"\b(?:then|former|at\s+the\s+time|when\s+(?:he|she|they)\s+was|while\s+(?:he|she)\s+was"
    r"|was\s+(?:president|prime\s+minister|chancellor)|served\s+as|predecessor|successor"
    r"|elect|designate|incoming|outgoing|future|late|history|historic|in\s+office\s+from"
    r"|during|under|administration\s+of|era|tenure|years|term|legacy)\b",
    regex.IGNORECASE,
)


class WrongTitle(Rule):
    """A title given to someone who did not hold that office at the story's date.

    "Prime Minister Rishi Sunak" in a 2025 story, or "President Biden" after
    2025-01-20, tells readers the wrong person is in charge. The registry's dated
    roles say who held which office when; the story's dateline says when "now" is.
    "Former Prime Minister Rishi Sunak", "then-President" and sentences that place the
    title in the past ("when he was prime minister", a date in the same sentence)
    are accepted. A name the registry cannot pin to one person is left alone, and
    so are titles for people who held the office long ago or have died: "President
    Roosevelt's New Deal" is history, not a mistake. A title the person only held
    later is not reported either, because registries rarely list every earlier term.
    """

    code = "NL402"
    name = "contradictions.wrong-title"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "A title used for someone who did not hold it at the story's date"
    skip_quotes = True
    options = {"recent-years": 4}
    bad = "---\ndate: 2025-06-01\n---\nPrime Minister Rishi Sunak visited the plant.\n"
    good = "---\ndate: 2025-06-01\n---\nFormer Prime Minister Rishi Sunak visited the plant.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each titled mention with the registry's roles at the dateline."""
        date = _facts.story_date(doc, ctx)
        reg = _facts.registry(ctx)
        if date is None or reg is None:
            return
        for m in doc.actors.mentions:
            if m.kind != "title" or m.historical:
                continue
            person = _facts.person_for(reg, doc, m.person)
            if person is None:
                continue
            held = _facts.merge_roles(_roles(person, m.title))
            if not _recently_left(person, held, date, ctx.options["recent-years"]):
                continue
            if not _framed_as_past(doc, m, max(t.end for t in held)):
                yield _hit(doc, m, person, held, date)


def _framed_as_past(doc: Document, m: Any, left: dt.date) -> bool:
    """Tell whether the sentence places the title in the past, in words or by a date."""
    sentence = doc.sentence_at(m.start)
    if sentence is None:
        return True
    if _HISTORICAL_CONTEXT.search(doc.prose, sentence.start, sentence.end):
        return True
    return any(
        sentence.start <= d.start < sentence.end and (d.earliest is None or d.earliest < left)
        for d in doc.dates
    )


def _roles(person: Any, title: str) -> list[Any]:
    """Return the roles that carry the title: "President", "President of Brazil"."""
    want = regex.compile(rf"^(?:the\s+)?{regex.escape(title)}(?:\s+of\b|$)", regex.IGNORECASE)
    return [r for r in person.roles if r.start is not None and want.match(r.office)]


def _recently_left(person: Any, held: list[Any], date: dt.date, years: int) -> bool:
    """Tell whether every term in the office ended before the date, and not long before."""
    if not held or any(r.end is None or r.end > date for r in held):
        return False
    if person.died is not None and person.died <= date:
        return False
    last = max(r.end for r in held)
    return (date - last).days <= 365.25 * years


def _hit(doc: Document, m: Any, person: Any, held: list[Any], date: dt.date) -> Hit:
    last = max(held, key=lambda t: t.end)
    where = f"registry: {person.source}" if person.source else "registry"
    message = (
        f"{m.name or person.name} was {last.office} until {last.end} ({where}), "
        f"but this story is dated {date}"
    )
    former = "Former" if _opens_sentence(doc, m.start) else "former"
    return Hit(m.start, m.end, message, (f"{former} {doc.text[m.start : m.end]}",))


def _opens_sentence(doc: Document, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    return sentence is not None and not doc.prose[sentence.start : offset].strip(" \"“‘'(")
