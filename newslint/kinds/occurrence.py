"""``occurrence``: too many or too few of something in a scope.

Examples: a sentence of more than 40 words, a paragraph of more than three sentences,
a headline over 70 characters, a story that says "reportedly" more than twice.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern
from newslint.kinds.existence import MATCH_KEYS
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document

SCOPES = ("sentence", "paragraph", "headline", "document")
COUNTS = ("words", "sentences", "characters", "matches")


class Occurrence(PackRule):
    """Count words, sentences, characters or matches per scope against ``max`` / ``min``."""

    kind = "occurrence"
    KEYS = {
        "scope": Key("one of " + "|".join(SCOPES), required=True),
        "count": Key("one of " + "|".join(COUNTS), required=True),
        "max": Key("integer"),
        "min": Key("integer"),
        **MATCH_KEYS,
    }
    OPTIONS = ("max", "min")
    FIELDS = ("count", "max", "min")
    QUOTES = True  # a long sentence is long whoever said it

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.scope: str = spec.values["scope"]
        self.count: str = spec.values["count"]
        self.patterns: list[Pattern] = [*spec.values["words"], *spec.values["patterns"]]

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Need a limit, and something to count when counting matches."""
        if values["max"] is None and values["min"] is None:
            return "count", "give 'max' or 'min' (or both)"
        wants_words = values["count"] == "matches"
        if wants_words != bool(values["words"] or values["patterns"]):
            what = "needs" if wants_words else "only takes"
            return "count", f"'count: matches' {what} 'words' or 'patterns'"
        return None

    @property
    def include_quotes(self) -> bool:
        """Counted matches skip quotes like any wording rule, unless the rule opts in."""
        return self.spec.include_quotes or self.count != "matches"

    def units(self, doc: Document) -> list[tuple[int, int]]:
        """Return the spans the limit applies to."""
        if self.scope == "sentence":
            return [(s.start, s.end) for s in doc.sentences]
        if self.scope == "paragraph":
            return [(b.start, b.end) for b in doc.blocks if b.kind == "paragraph"]
        if self.scope == "headline":
            return [(doc.headline.start, doc.headline.end)] if doc.headline else []
        return [(doc.blocks[0].start, doc.blocks[-1].end)] if doc.blocks else []

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield one finding per unit over ``max`` or under ``min``."""
        most, least = self.option(ctx, "max"), self.option(ctx, "min")
        found = self.matches(doc, self.patterns) if self.count == "matches" else []
        for start, end in self.units(doc):
            items = self._items(doc, start, end, found)
            n = len(items)
            fields = {"count": n, "max": most, "min": least}
            if most is not None and n > most:
                s, e = items[most] if self.count == "matches" else (start, end)
                yield Hit(s, e, self.message(match=doc.text[s:e], **fields))
            elif least is not None and n < least:
                yield Hit(start, end, self.message(match=doc.text[start:end], **fields))

    def _items(self, doc: Document, start: int, end: int, found: list[Any]) -> list[Any]:
        if self.count == "matches":
            return [(m.start(), m.end()) for m in found if start <= m.start() < end]
        if self.count == "words":
            lo = bisect_left(doc.tokens, start, key=lambda t: t.start)
            hi = bisect_left(doc.tokens, end, key=lambda t: t.start)
            return doc.tokens[lo:hi]
        if self.count == "sentences":
            return [s for s in doc.sentences if start <= s.start < end]
        return list(" ".join(doc.prose[start:end].split()))
