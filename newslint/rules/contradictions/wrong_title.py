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
    r"|elect|designate|incoming|outgoing|future|late|history|historic|in\s+office\s+from)\b",
    regex.IGNORECASE,
)


class WrongTitle(Rule):
    """A title given to someone who did not hold that office at the story's date.

    "Prime Minister Rishi Sunak" in a 2025 story, or "President Biden" after
    2025-01-20, tells readers the wrong person is in charge. The registry's dated
    roles say who held which office when; the story's dateline says when "now" is.
    "Former Prime Minister Rishi Sunak", "then-President" and sentences that place the
    title in the past ("when he was prime minister", a date in the same sentence)
    are accepted. A name the registry cannot pin to one person is left alone.
    """

    code = "NL402"
    name = "contradictions.wrong-title"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "A title used for someone who did not hold it at the story's date"
    skip_quotes = True
    bad = "---\ndate: 2025-06-01\n---\nPrime Minister Rishi Sunak visited the plant.\n"
    good = "---\ndate: 2025-06-01\n---\nFormer Prime Minister Rishi Sunak visited the plant.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each titled mention with the registry's roles at the dateline."""
        date = _facts.story_date(doc, ctx)
        reg = _facts.registry(ctx)
        if date is None or reg is None:
            return
        for m in doc.actors.mentions:
            if m.kind != "title" or m.historical or _framed_as_past(doc, m):
                continue
            person = _facts.person_for(reg, doc, m.person)
            if person is None or " " not in _full_name(doc, m):
                continue
            held = _roles(person, m.title)
            if not held or any(_covers(r, date) for r in held):
                continue
            yield _hit(doc, m, person, held, date)


def _full_name(doc: Document, m: Any) -> str:
    """Return the mention's own full name, or one the story gives for the same surname."""
    if " " in m.name:
        return m.name
    return next((x.name for x in doc.actors.mentions if x.person == m.person and " " in x.name), "")


def _framed_as_past(doc: Document, m: Any) -> bool:
    sentence = doc.sentence_at(m.start)
    if sentence is None:
        return True
    if _HISTORICAL_CONTEXT.search(doc.prose, sentence.start, sentence.end):
        return True
    return any(sentence.start <= d.start < sentence.end for d in doc.dates)


def _roles(person: Any, title: str) -> list[Any]:
    want = title.lower()
    out = []
    for r in person.roles:
        office = r.office.lower()
        if want not in office or r.start is None:
            continue
        if want == "president" and "vice" in office:
            continue
        if want == "prime minister" and "deputy" in office:
            continue
        out.append(r)
    return out


def _covers(role: Any, date: dt.date) -> bool:
    return role.start <= date and (role.end is None or date < role.end)


def _hit(doc: Document, m: Any, person: Any, held: list[Any], date: dt.date) -> Hit:
    spans = ", ".join(f"{r.start} to {r.end or 'now'}" for r in sorted(held, key=lambda r: r.start))
    office = held[0].office
    source = getattr(person, "source", "") or "registry"
    message = (
        f"{person.name} was not {m.title} at the story's date {date}: "
        f"{office} {spans} (registry: {source})"
    )
    ended = all(r.end is not None and r.end <= date for r in held)
    suggestion = (f"former {doc.text[m.start : m.end]}",) if ended else ()
    return Hit(m.start, m.end, message, suggestion)
