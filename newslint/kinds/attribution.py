"""``attribution``: a claim or evaluation with no named source in its sentence."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern
from newslint.kinds.existence import MATCH_KEYS, need_words
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.analysis.spans import Span
    from newslint.document import Document

#: Capitalised words that name a time, not a source.
_NOT_SOURCES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december i""".split()
)


class Attribution(PackRule):
    """Report claim wording ("critics argue", "experts warn") no one in the sentence owns.

    A sentence has a named source when it holds a name (a capitalised word that does
    not merely open the sentence, or a run of two or more, other than days and months)
    outside the claim itself, or a match of one of the ``sources`` patterns ("he said",
    "according to the ..."). Set ``named-sources: false`` to rely on ``sources`` only.
    """

    kind = "attribution"
    KEYS = {
        **MATCH_KEYS,
        "sources": Key("patterns", default=[]),
        "named-sources": Key("boolean", default=True),
    }

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.claims: list[Pattern] = [*spec.values["words"], *spec.values["patterns"]]
        self.sources: list[Pattern] = list(spec.values["sources"])
        self.named: bool = spec.values["named-sources"]

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Refuse a rule with no claim wording."""
        return need_words(values)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each claim whose sentence names no source."""
        for m in self.matches(doc, self.claims):
            sentence = doc.sentence_at(m.start())
            if sentence is None or self._sourced(doc, sentence, m.start(), m.end()):
                continue
            yield Hit(m.start(), m.end(), self.message(match=doc.text[m.start() : m.end()]))

    def _sourced(self, doc: Document, sentence: Span, start: int, end: int) -> bool:
        for p in self.sources:
            if next(p.finditer(doc.prose, sentence.start, sentence.end), None):
                return True
        if not self.named:
            return False
        for c in doc.name_candidates:
            if c.start >= sentence.end or c.end <= sentence.start or start <= c.start < end:
                continue
            words = [w for w in c.words if w.text.casefold() not in _NOT_SOURCES]
            if len(words) >= 2 or (words and not c.sentence_initial):
                return True
        return False
