"""NL204: a stated count that disagrees with the items listed after it."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis.context import words_after
from newslint.analysis.lists import list_after
from newslint.analysis.quantities import Quantity
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule

_IRREGULAR_PLURALS = frozenset("people men women children countries media criteria".split())
_NOT_NOUNS = frozenset(
    """a an the of to in on at for and or but by with from as than that this these those
    more other others times""".split()
)


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen".split()
)


class CountMismatch(Rule):
    """A count announced before a list that the list does not bear out.

    "Three countries: France and Spain" lost an item in editing, or gained a word
    in the count. The rule reads a small count (two to twelve, in digits or words)
    followed by a plural noun and a colon, counts the items after the colon ("A, B
    and C", "A, B, and C"), and reports the count when the two differ. Lists that
    say they are incomplete ("including", "among others") or whose items are
    clauses are left alone.
    """

    code = "NL204"
    name = "numbers.count-mismatch"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A stated count that disagrees with the items listed"
    bad = "The minister visited three countries: France and Spain.\n"
    good = "The minister visited three countries: France, Spain and Italy.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report counts followed by a colon and a list of another length."""
        for q in doc.quantities:
            if q.kind != "count" or not 2 <= q.value <= 12 or q.value != int(q.value):
                continue
            colon = _colon_after_noun(doc, q)
            if colon is None:
                continue
            items = list_after(doc, colon + 1)
            if items is None or len(items) < 2 or len(items) == q.value:
                continue
            yield Hit(q.start, q.end, f"the count says {q.text}, but {len(items)} are listed")


def _colon_after_noun(doc: Document, q: Quantity) -> int | None:
    """Return the offset of the colon after "<count> [adjective] <plural noun> [verb]", if any.

    A short verb phrase may stand before the colon: "three ministers resigned:".
    """
    words = words_after(doc, q.end, 6)
    plural = False
    for i, tok in enumerate(words):
        low = tok.text.lower()
        if tok.kind != "word" or low in _NOT_NOUNS or low in _NUMBER_WORDS:
            return None
        plural = plural or (i < 3 and (low.endswith("s") or low in _IRREGULAR_PLURALS))
        end = words[i + 1].start if i + 1 < len(words) else tok.end + 3
        gap = doc.prose[tok.end : end]
        if gap.lstrip().startswith(":"):
            return tok.end + gap.index(":") if plural else None
        if gap.strip():
            return None  # other punctuation ends the clause before any colon
    return None
