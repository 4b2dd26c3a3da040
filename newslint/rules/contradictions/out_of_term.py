"""NL401: an office holder's government acting at a date outside their term."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_NEAR = dt.timedelta(days=400)


@dataclass(frozen=True)
class Known:
    """A term as the story and the registry give it; the story's dates win."""

    start: dt.date | None
    end: dt.date | None
    number: int = 0
    total: int = 0
    start_line: int | None = None  # the story's statement of the start
    end_line: int | None = None
    registry_start: dt.date | None = None
    registry_end: dt.date | None = None
    start_text: str | None = None  # the story's words, when they name a month or a year
    end_text: str | None = None


class OutOfTerm(Rule):
    """An action of an office holder's government dated outside their term in office.

    "In September 2024, the administration cut tariffs" in a story about a president
    sworn in on January 20, 2025 credits him with a decision his predecessor took.
    The term comes from the story's own statements ("sworn in on January 20, 2025",
    "took office in October") and from the registry's dated roles; when they disagree
    the story's statement wins and the message names both. "The administration",
    "his government" and "under X's leadership" are resolved to a person only when the
    story leaves one candidate, and sentences that frame the past on purpose ("then-",
    "his predecessor", "during the campaign") are left alone.
    """

    code = "NL401"
    name = "contradictions.out-of-term"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "An action of an office holder's government dated outside their term"
    skip_quotes = True
    bad = (
        "President Ana Ruiz was sworn in on January 20, 2025.\n\n"
        "In September 2024, the Ruiz administration cut import tariffs.\n"
    )
    good = (
        "President Ana Ruiz was sworn in on January 20, 2025.\n\n"
        "In March 2025, the Ruiz administration cut import tariffs.\n"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each dated government action with the actor's known terms."""
        reg = _facts.registry(ctx)
        for action in doc.dated_actions:
            known = _known_terms(doc, reg, action.actor.person)
            if not known:
                continue
            date = action.date
            if any(_overlaps(k, date.earliest, date.latest) for k in known):
                continue
            yield Hit(date.start, date.end, _message(doc, action, known))


def _known_terms(doc: Document, reg: Any, surname: str) -> list[Known]:
    person = _facts.person_for(reg, doc, surname)
    registered = [
        Known(t.start, t.end, t.number, t.total, registry_start=t.start, registry_end=t.end)
        for t in (_facts.terms(person) if person is not None else ())
    ]
    statements = [s for s in doc.term_statements if s.person == surname]
    if not registered and any(s.renewed for s in statements):
        return []  # an earlier term the story does not date may cover the action
    known = registered
    for s in statements:
        known = _apply(known, s, _facts.line_of(doc, s.start))
    return known


def _apply(known: list[Known], s: Any, line: int) -> list[Known]:
    """Let one statement of the story override (or add) a term boundary."""
    field = "start" if s.edge == "start" else "end"
    text = s.date_text if s.earliest != s.latest else None
    # NOTE: a start is read at its earliest and an end at its latest, so a story that
    # says "took office in October" never makes an October action look out of term.
    said = s.earliest if field == "start" else s.latest
    for i, k in enumerate(known):
        edge = getattr(k, field)
        if edge is not None and s.earliest - _NEAR <= edge <= s.latest + _NEAR:
            agrees = s.earliest <= edge <= s.latest
            changes = {field: edge if agrees else said, f"{field}_line": line}
            changes[f"{field}_text"] = None if agrees else text
            known[i] = replace(k, **changes)
            return known
    if field == "start":
        return [*known, Known(said, None, start_line=line, start_text=text)]
    return [*known, Known(None, said, end_line=line, end_text=text)]


def _overlaps(k: Known, earliest: dt.date, latest: dt.date) -> bool:
    after_start = k.start is None or latest >= k.start
    before_end = k.end is None or earliest < k.end
    return after_start and before_end


def _message(doc: Document, action: Any, known: list[Known]) -> str:
    actor, date = action.actor, action.date
    later = [k for k in known if k.start is not None and k.start > date.latest]
    if later:
        k = min(later, key=lambda k: k.start)
        fact = f"{_owner(actor)}'s {_ordinal(k)}term began {_when(k, 'start')}"
    else:
        k = max((k for k in known if k.end is not None), key=lambda k: k.end)
        fact = f"{_owner(actor)}'s {_ordinal(k)}term ended {_when(k, 'end')}"
    where = ""
    if action.carried:
        line = _facts.line_of(doc, actor.start)
        where = f" (said to be under {actor.person}'s leadership, line {line})"
    return f"'{date.text}' is outside the term of office{where}: {fact}"


def _owner(actor: Any) -> str:
    if actor.noun in ("administration", "government"):
        return f"the {actor.person} {actor.noun}"
    return actor.person


def _ordinal(k: Known) -> str:
    if k.total > 1 and k.number <= len(_facts.ORDINALS):
        return f"{_facts.ORDINALS[k.number - 1]} "
    return ""


def _when(k: Known, field: str) -> str:
    day = getattr(k, f"{field}_text") or getattr(k, field).isoformat()
    return f"{day} ({_sources(k, field)})"


def _sources(k: Known, field: str) -> str:
    line = getattr(k, f"{field}_line")
    registered = getattr(k, f"registry_{field}")
    value = getattr(k, field)
    parts = [f"line {line}"] if line else []
    if registered is not None and registered == value:
        parts.append("registry")
    elif registered is not None:
        parts.append(f"the registry says {registered}")
    return "; ".join(parts)
