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
    down), and a sum of money for a deal that a later mention refers back to ("bought
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


def _deals(doc: Document, figures: list[Any]) -> Iterator[Hit]:
    first: dict[tuple[str, str | None], Any] = {}
    for f in figures:
        if f.measure in ("dead", "injured") or f.in_headline:
            continue
        key = (f.measure, f.quantity.unit)
        seen = first.setdefault(key, f)
        if seen is f or not f.definite or seen.quantity.value == f.quantity.value:
            continue
        if seen.detail is None or f.detail is None or seen.detail == f.detail:
            yield _hit(
                doc, f, seen, f"the {f.measure}", f"line {doc.position(seen.quantity.start)[0]}"
            )


def _hit(doc: Document, f: Any, other: Any, what: str, where: str) -> Hit:
    q, o = f.quantity, other.quantity
    return Hit(q.start, q.end, f"'{q.text}' for {what}, but {where} gives '{o.text}'")
