"""``existence``: flag any of a list of words or patterns ("slammed", "very unique")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document

#: The keys of every kind that looks for words or patterns.
MATCH_KEYS = {
    "words": Key("words", default=[]),
    "patterns": Key("patterns", default=[]),
}


def need_words(values: Mapping[str, Any]) -> tuple[str, str] | None:
    """Refuse a matching rule that has nothing to match."""
    if not values["words"] and not values["patterns"]:
        return "words", "give 'words' or 'patterns' (or both)"
    return None


class Existence(PackRule):
    """Report every occurrence of the listed words or patterns."""

    kind = "existence"
    KEYS = MATCH_KEYS

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.patterns: list[Pattern] = [*spec.values["words"], *spec.values["patterns"]]

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Refuse a rule with nothing to look for."""
        return need_words(values)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each match outside quoted speech (unless the rule includes quotes)."""
        for m in self.matches(doc, self.patterns):
            yield Hit(m.start(), m.end(), self.message(match=doc.text[m.start() : m.end()]))
