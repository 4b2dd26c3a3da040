"""``repetition``: the same word twice in a row ("the the")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newslint.finding import Hit
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
    KEYS = {"ignore": Key("list of strings", default=[])}
    FIELDS = ("suggestion",)

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.ignore: frozenset[str] = frozenset(w.casefold() for w in spec.values["ignore"])
        self.ignore_case: bool = spec.values["ignore-case"]

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each doubled word, spanning both copies."""
        starts = [b.start for b in doc.blocks]
        tokens = doc.tokens
        for a, b in zip(tokens, tokens[1:], strict=False):
            if not self._same(a.text, b.text) or a.kind != "word" or b.kind != "word":
                continue
            if doc.prose[a.end : b.start] not in _GAPS or a.text.casefold() in self.ignore:
                continue  # wider gaps are table columns ("nil     nil"), not a slip
            if b.text[:1].isupper():
                continue  # names and titles: "Bora Bora", "law lord Lord Bingham"
            if bisect_right(starts, a.start) != bisect_right(starts, b.start):
                continue  # the words end one block and open the next
            if not self.include_quotes and doc.is_quoted(a.start):
                continue
            text = self.message(match=a.text, suggestion=a.text)
            yield Hit(a.start, b.end, text, (a.text,))

    def _same(self, a: str, b: str) -> bool:
        return a.casefold() == b.casefold() if self.ignore_case else a == b
