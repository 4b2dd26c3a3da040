"""``attribution``: a claim or evaluation with no named source in its sentence."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import regex

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern
from newslint.kinds.existence import MATCH_KEYS, need_words
from newslint.lazyre import lazy_compile
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document
    from newslint.text.spans import Span

#: A name is a source only when the sentence ties it to the claim: "according to X",
#: "by X", "analysts at X", "critics including X" before it, or "X said" after it.
_LINK_BEFORE = lazy_compile(
    r"\b(?:according\s+to|by|including|such\s+as|like|at|from|with|led\s+by|said|says|told|"
    r"wrote|argued|warned|noted|added)\s+(?:the\s+|a\s+|an\s+)?[\"“']?$",
    regex.IGNORECASE,
)
_LINK_AFTER = lazy_compile(
    r"^(?:,[^,]{1,80},)?\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|argued|argues|warned|warns|wrote|writes|noted|notes|added|adds|found|"
    r"finds|showed|shows|reported|reports|estimated|estimates|concluded|concludes|insisted|"
    r"insists|believes|believed|thinks|thought|claimed|claims|stated|states)\b",
    regex.IGNORECASE,
)
_LINK_WINDOW = 80

#: Capitalised words that name a time, not a source.
_NOT_SOURCES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december i""".split()
)


class Attribution(PackRule):
    """Report claim wording ("critics argue", "experts warn") no one in the sentence owns.

    A sentence has a named source when a name outside the claim is tied to it as its
    source ("according to X", "by X", "analysts at X", "critics including X", "X said")
    or one of the ``sources`` patterns matches ("he said", "a poll found"). A name that
    is merely the subject ("Trump's policies have garnered widespread approval") is not
    a source. Set ``named-sources: false`` to rely on ``sources`` only.
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
            if words and self._linked(doc.prose, sentence, c.start, c.end):
                return True
        return False

    @staticmethod
    def _linked(prose: str, sentence: Span, start: int, end: int) -> bool:
        """Tell whether a name is attached to the sentence's claim as its source."""
        before = prose[max(sentence.start, start - _LINK_WINDOW) : start]
        after = prose[end : min(sentence.end, end + _LINK_WINDOW)]
        return bool(_LINK_BEFORE.search(before) or _LINK_AFTER.match(after))
