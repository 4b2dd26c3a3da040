"""Labelled figures closed by their total: "Feb 872.0, March 164.6, total 1,036.6".

Market reports and tables set out in prose give each period or item a label and
a bare figure, then the total of them all. The figures carry no unit of their
own, so the quantity reader cannot tell they belong together; read here once,
a rule can add them up.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.lazyre import lazy_compile

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ITEM = rf"\b\p{{L}}[\p{{L}}.]*\s+(?:{_NUMBER}|nil)"
_TALLY = lazy_compile(rf"((?:{_ITEM},\s+){{2,}})total\s+({_NUMBER})\b(?![\d%])")
_ITEM_FIGURE = lazy_compile(rf"\b\p{{L}}[\p{{L}}.]*\s+({_NUMBER}|nil)")


@dataclass(frozen=True)
class Figure:
    """One written figure of a tally and where it stands in the prose."""

    text: str
    start: int
    end: int

    @property
    def value(self) -> float:
        """Return the figure's value ("nil" is nothing)."""
        return 0.0 if self.text == "nil" else float(self.text.replace(",", ""))

    @property
    def slack(self) -> float:
        """Return how far rounding to the written digits may have moved the figure."""
        if self.text == "nil":
            return 0.0
        _, dot, decimals = self.text.partition(".")
        return 0.5 * 10 ** -len(decimals) if dot else 0.5


@dataclass(frozen=True)
class Tally:
    """Labelled figures and the total written after them."""

    items: tuple[Figure, ...]
    total: Figure


def tallies(prose: str) -> list[Tally]:
    """Return every tally in the prose, read in one pass over it."""
    found = []
    for m in _TALLY.finditer(prose):
        base = m.start(1)
        items = tuple(
            Figure(i.group(1), base + i.start(1), base + i.end(1))
            for i in _ITEM_FIGURE.finditer(m.group(1))
        )
        found.append(Tally(items, Figure(m.group(2), m.start(2), m.end(2))))
    return found
