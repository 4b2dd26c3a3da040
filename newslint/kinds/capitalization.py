"""``capitalization``: headlines in sentence case or title case, as configured."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newslint.finding import Applicability, Hit
from newslint.kinds.base import Key, PackRule
from newslint.rule import Context
from newslint.text.tokens import Token

if TYPE_CHECKING:
    from newslint.document import Document

STYLES = ("sentence", "title")
#: Words title case leaves in lower case (AP and Chicago agree on these).
SMALL_WORDS = sorted(
    "a an and as at but by en for if in nor of on or per the to up via vs v".split()
)


class Capitalization(PackRule):
    """Check the case of the headline (and, with ``scope: headings``, of every heading).

    Sentence case cannot tell a proper noun from a capitalised common word, so it only
    reports a headline in which every word that title case would capitalise is
    capitalised, and there are at least ``min-words`` of them: "Minister Announces New
    Budget Cuts", never "Blair meets Bush in Washington". Title case reports lower-case
    words that are not small words and suggests the headline with them capitalised.
    """

    kind = "capitalization"
    FIX = Applicability.SAFE
    KEYS = {
        "style": Key("one of " + "|".join(STYLES), required=True),
        "scope": Key("one of headline|headings", default="headline"),
        "small-words": Key("list of strings", default=SMALL_WORDS),
        "min-words": Key("integer", default=3),
    }
    OPTIONS = ("style",)
    FIELDS = ("style",)
    QUOTES = True

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.kinds = (
            ("headline",) if spec.values["scope"] == "headline" else ("headline", "heading")
        )
        self.small: frozenset[str] = frozenset(w.casefold() for w in spec.values["small-words"])
        self.min_words: int = spec.values["min-words"]

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield one finding per headline or heading in the wrong case."""
        style = self.option(ctx, "style")
        for block in doc.blocks:
            if block.kind not in self.kinds:
                continue
            words = self._words(doc, block.start, block.end)
            written = doc.text[block.start : block.end]
            text = self.message(match=written, style=style)
            if style == "sentence" and self._looks_title_case(words):
                yield Hit(block.start, block.end, text)
            elif style == "title":
                lower = [t for t in words if t.text[:1].islower()]
                if lower:
                    fixes = (
                        ()
                        if doc.prose[block.start : block.end] != written
                        else (_capitalise(written, block.start, lower),)
                    )
                    yield Hit(block.start, block.end, text, fixes)

    def _words(self, doc: Document, start: int, end: int) -> list[Token]:
        """Words whose case title case decides: not the first, small words or acronyms."""
        out: list[Token] = []
        first = True
        for t in doc.tokens:
            if not start <= t.start < end:
                continue
            opens = first or doc.prose[start : t.start].rstrip().endswith((":", "?", "!", "—"))
            first = False
            letters = [c for c in t.text if c.isalpha()]
            if opens or t.kind != "word" or t.text.casefold() in self.small:
                continue
            if len(letters) > 1 and all(c.isupper() for c in letters):
                continue
            out.append(t)
        return out

    def _looks_title_case(self, words: list[Token]) -> bool:
        return len(words) >= self.min_words and all(t.text[:1].isupper() for t in words)


def _capitalise(written: str, offset: int, words: list[Token]) -> str:
    chars = list(written)
    for t in words:
        chars[t.start - offset] = chars[t.start - offset].upper()
    return "".join(chars)
