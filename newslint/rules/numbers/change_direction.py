"""NL201: a verb of change that contradicts the figures it introduces."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.claims.changes import extract_changes
from newslint.claims.quantities import Quantity
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class ChangeDirection(Rule):
    """A verb of change that points the other way from its figures.

    "Cut tariffs from 15% to 27.5%" or "unemployment rose from 4.2% to 3.9%" is
    one of the corrections newsrooms publish most: the two figures were swapped,
    or the verb was. The rule reads the "from X to Y" and "to Y from X" pairs that
    follow a verb of rising or falling in the same clause, with units, currencies
    and scales normalised, and reports the pair when the figures move the other
    way. It reads too a level followed by its change ("36%, up from 39%"), a noun of
    change after the new figure ("2.6% marked a slight easing from April's 2.4%"), and
    a forecast after a level for another period ("7.0% this year, expected to
    accelerate to 6.5% in 2025"), since each states a direction as plainly as a verb.
    Pairs whose scales cannot be compared ("from 5 to 6 billion") are left alone.
    """

    code = "NL201"
    name = "numbers.change-direction"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A verb of rising or falling contradicts the figures it introduces"
    bad = "The government cut tariffs on cars from 15% to 27.5%.\n"
    good = "The government cut tariffs on cars from 27.5% to 15%.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report from/to pairs that move against their verb."""
        for c in extract_changes(doc):
            old, new = c.old, c.new
            if (new.value > old.value) == c.rising or new.value == old.value:
                continue
            moved = "down" if new.value < old.value else "up"
            said = "a rise" if c.rising else "a fall"
            yield Hit(
                c.start,
                c.end,
                f"'{c.word}' describes {said}, but the figure goes {moved} "
                f"from {old.text} to {new.text}{_separator_hint(old, new)}",
            )


def _separator_hint(a: Quantity, b: Quantity) -> str:
    """Point at "9.900" beside "6,200": a full stop typed for a thousands separator."""
    for q, other in ((a, b), (b, a)):
        head, dot, tail = q.text.partition(".")
        if dot and head.isdigit() and len(tail) == 3 and tail.isdigit() and "," in other.text:
            return f" (is {q.text} meant to be {head},{tail}?)"
    return ""
