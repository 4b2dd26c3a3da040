"""Sums a story refers back to with "the": "Part of the 274.5 mln marks from the issue".

"The" before a bare sum, with no noun after it to say what the sum is, tells the reader
they have met it: the story gave it before ("would raise 274.5 mln marks"). When no
earlier figure has its value but exactly one earlier figure of its unit and scale is
written like it but for one digit, the two are one sum written two ways, and one of
them is a slip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.quantities import SCALES, extract_quantities, within_rounding
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from newslint.document import Document

_THE_BEFORE = lazy_compile(r"(?:^|\s)[Tt]he\s+$")
_UNIT_WORD = lazy_compile(r"\s+(?P<w>\p{L}+s)\b")
#: What may follow a bare sum that is the whole noun phrase: a preposition, a verb, a stop.
#: Not "in" or "of": "the 1.4 billion dlrs in capital surplus" says which sum it is.
_PHRASE_END = lazy_compile(
    r"\s*(?:[,.;:)]|(?:from|for|on|at|by|to|is|was|were|will|would|could|should|had"
    r"|has|have|which|that|it|remains?|remained|needed|raised|sought)\b)"
)
_NUMERAL = lazy_compile(r"\d[\d,.]*")


@dataclass(frozen=True)
class Reference:
    """A sum written "the N", and the one earlier figure it can only be a restatement of."""

    mention: Any
    antecedent: Any


@once_per_document
def find_references(doc: Document) -> list[Reference]:
    """Return the "the N" sums whose value the story never gave, with the figure like it."""
    prose = doc.prose
    quantities = [q for q in extract_quantities(doc) if q.scale and _precise(q.text)]
    units = [_unit(prose, q) for q in quantities]
    out = []
    for i, q in enumerate(quantities):
        unit = units[i]
        if unit is None or not _THE_BEFORE.search(prose[max(0, q.start - 6) : q.start]):
            continue
        end = q.end if q.unit else q.end + len(match_at(_UNIT_WORD, prose, q.end).group(0))
        if not match_at(_PHRASE_END, prose, end):
            continue
        sentence = doc.sentence_at(q.start)
        earlier = [
            e
            for e, e_unit in zip(quantities[:i], units[:i], strict=True)
            if e_unit == unit
            and SCALES.get(e.scale.lower()) == SCALES.get(q.scale.lower())
            and not (sentence and sentence.start <= e.start < sentence.end)
        ]
        if any(within_rounding(q, e) for e in earlier):
            continue
        near = [e for e in earlier if _near(q, e)]
        if near and all(within_rounding(near[0], e) for e in near):
            out.append(Reference(q, near[0]))
    return out


def _precise(text: str) -> bool:
    """Whether a figure has a decimal or three significant digits: round ones are loose."""
    digits = regex.sub(r"\D", "", text.split(".")[0]).lstrip("0").rstrip("0")
    return "." in text or len(digits) >= 3


def _unit(prose: str, q: Any) -> str | None:
    if q.unit:
        return q.unit
    m = match_at(_UNIT_WORD, prose, q.end)
    return m.group("w").lower() if m else None


def _near(a: Any, b: Any) -> bool:
    """Whether the two are written alike but for one digit, as a slip of the pen leaves them.

    "294.5" for "274.5" is a slip; "1.27" against "1.13", or "316" against "214", are two
    sums of the story.
    """
    x, y = _NUMERAL.search(a.text), _NUMERAL.search(b.text)
    if x is None or y is None or len(x.group()) != len(y.group()):
        return False
    return sum(c != d for c, d in zip(x.group(), y.group(), strict=True)) == 1
