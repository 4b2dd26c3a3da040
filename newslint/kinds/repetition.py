"""``repetition``: the same word twice in a row ("the the")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newslint.finding import Applicability, Hit
from newslint.kinds.base import Key, PackRule
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document


_GAPS = frozenset({" ", "\n", "\r\n", " \n"})


class Repetition(PackRule):
    """Report a word repeated with only white space between, and suggest it once.

    A repeat that is capitalised is left alone: it is a name or a title ("Bora Bora",
    "law lord Lord Bingham"); a gap wider than one space is a table column. Words that
    may repeat in good English ("had had", "that that") are listed under ``ignore``.
    """

    kind = "repetition"
    FIX = Applicability.SAFE
    KEYS = {"ignore": Key("list of strings", default=[])}
    FIELDS = ("suggestion",)

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.ignore: frozenset[str] = frozenset(w.casefold() for w in spec.values["ignore"])
        self.ignore_case: bool = spec.values["ignore-case"]

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each run of a doubled word, spanning every copy.

        "the the the" is one finding whose fix keeps one copy, so a single ``--fix``
        leaves nothing for a second run to change.
        """
        starts = [b.start for b in doc.blocks]
        tokens = doc.tokens
        words = (
            [t.text.casefold() for t in tokens] if self.ignore_case else [t.text for t in tokens]
        )
        # only a token equal to the next can open a run: the rest of the draft is skipped
        # at the speed of a list comparison, not a call per word
        after = 0
        for i in [k for k, (x, y) in enumerate(zip(words, words[1:], strict=False)) if x == y]:
            if i < after:
                continue  # inside the run just reported
            a = tokens[i]
            j = i
            while j + 1 < len(tokens) and self._repeats(doc, starts, tokens[j], tokens[j + 1]):
                j += 1
            if j == i:
                continue
            if self.include_quotes or not doc.is_quoted(a.start):
                text = self.message(match=a.text, suggestion=a.text)
                yield Hit(a.start, tokens[j].end, text, (a.text,))
            after = j + 1

    def _repeats(self, doc: Document, starts: list[int], a: Any, b: Any) -> bool:
        """Tell whether b is a slip repeating a, by the rules in the class docstring."""
        if not self._same(a.text, b.text) or a.kind != "word" or b.kind != "word":
            return False
        if doc.prose[a.end : b.start] not in _GAPS or a.text.casefold() in self.ignore:
            return False  # wider gaps are table columns ("nil     nil"), not a slip
        if b.text[:1].isupper():
            return False  # names and titles: "Bora Bora", "law lord Lord Bingham"
        # the words must not end one block and open the next
        return bisect_right(starts, a.start) == bisect_right(starts, b.start)

    def _same(self, a: str, b: str) -> bool:
        return a.casefold() == b.casefold() if self.ignore_case else a == b
