"""NL405: the same figure given two different values in one story."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class FigureMismatch(Rule):
    """The same quantity given two different values in one story.

    A headline saying "12 dead" over a story saying "21 killed", or "the $2 billion
    purchase" that becomes "the $3 billion purchase" two paragraphs later, is the
    kind of slip readers write in about. Only figures whose wording says what they
    measure are compared: a death or injury toll right next to "dead", "killed" or
    "injured" (the headline against the body, since a body often breaks a toll
    down; two body tolls only when both name the same event and victims, "the flooding
    killed 12 people" and "21 people were killed in the flooding", and neither is said
    to have risen or is tied to a place or day), and a sum of money for a deal that
    a later mention refers back to ("bought
    $2 billion of rockets" ... "the $3 billion purchase"), unless the two name different
    partners ("the deal with Tokyo", "the deal with Seoul"). Hedged
    figures ("at least 12", "more than $2 billion") are not compared.
    """

    code = "NL405"
    name = "contradictions.figure-mismatch"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "The same quantity given two different values in one story"
    bad = "# Storm leaves 12 dead\n\nThe storm left 21 people dead across the region.\n"
    good = "# Storm leaves 12 dead\n\nThe storm left 12 people dead across the region.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare headline tolls with body tolls, and definite deals with each other."""
        figures = doc.figures
        yield from _tolls(doc, figures)
        yield from _event_tolls(doc, figures)
        yield from _deals(doc, figures)


def _tolls(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    for measure in ("dead", "injured"):
        head = [f for f in figures if f.measure == measure and f.in_headline]
        body = [f for f in figures if f.measure == measure and not f.in_headline]
        if len({f.quantity.value for f in head}) != 1 or not body:
            continue
        value = head[0].quantity.value
        if (
            any(f.quantity.value == value for f in body)
            or len({f.quantity.value for f in body}) > 1
        ):
            continue
        what = "the death toll" if measure == "dead" else "the number injured"
        yield _hit(doc, body[0], head[0], what, "the headline")


def _event_tolls(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    """Compare body tolls that name the same event and the same victims ("the flooding")."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for f in figures:
        if f.event and not f.in_headline:
            groups.setdefault((f.measure, f.event), []).append(f)
    for (measure, event), tolls in groups.items():
        if any(f.running for f in tolls) or len({f.quantity.value for f in tolls}) != 2:
            continue
        first = tolls[0]
        later = next(f for f in tolls if f.quantity.value != first.quantity.value)
        name = event.split("/")[0]
        what = f"the {name} {'death toll' if measure == 'dead' else 'number injured'}"
        yield _hit(doc, later, first, what, f"line {doc.position(first.quantity.start)[0]}")


def _deals(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    """Compare a definite deal ("the $3 billion deal") with the one deal of its kind before it."""
    earlier: dict[tuple[str, str | None], list[Any]] = {}
    for f in figures:
        if f.measure in ("dead", "injured") or f.in_headline:
            continue
        seen = earlier.setdefault((f.measure, f.quantity.unit), [])
        values = {s.quantity.value for s in seen}
        if f.definite and len(values) == 1 and f.quantity.value not in values:
            first = seen[0]
            if first.detail is None or f.detail is None or first.detail == f.detail:
                where = f"line {doc.position(first.quantity.start)[0]}"
                yield _hit(doc, f, first, f"the {f.measure}", where)
        seen.append(f)


def _hit(doc: Document, f: Any, other: Any, what: str, where: str) -> Hit:
    q, o = f.quantity, other.quantity
    return Hit(q.start, q.end, f"'{q.text}' for {what}, but {where} gives '{o.text}'")
