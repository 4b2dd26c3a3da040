"""``substitution``: flag X and suggest Y ("per cent" -> "%", "Tory party" -> ...)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from newslint.finding import Applicability, Hit
from newslint.kinds.base import _WORD_END, _WORD_START, Key, PackRule, Pattern, fix_case
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document


class Swap(NamedTuple):
    """One entry of ``swap``: what to find (a compiled word or pattern) and what to use."""

    find: Pattern
    use: tuple[str, ...]
    is_pattern: bool


class Substitution(PackRule):
    r"""Report a word or pattern and suggest the replacement, in the case it was written.

    A pattern's replacement may refer to its groups (``\1``, ``\g<name>``). With exactly
    one replacement the finding is fixable by ``newslint check --fix``.
    """

    kind = "substitution"
    FIX = Applicability.SAFE
    KEYS = {"swap": Key("swaps", required=True)}
    FIELDS = ("suggestion",)

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.swaps: list[Swap] = list(spec.values["swap"])
        self._words = [s for s in self.swaps if not s.is_pattern]
        self._patterns = [s for s in self.swaps if s.is_pattern]
        self._by_pattern = {id(s.find.compiled): s for s in self._patterns}
        self._searched = [s.find for s in self._patterns]
        if self._words:
            # One pass for every word entry: a long list costs little more than one word.
            # Longest first, so "in the event that" wins over an entry "in the event".
            order = sorted(range(len(self._words)), key=lambda i: -len(self._words[i].find.source))
            alternatives = _shared_edges(
                [f"(?P<w{i}>{{}})" for i in order],
                [self._words[i].find.compiled.pattern for i in order],
            )
            flags = self._words[0].find.compiled.flags
            self._combined = regex.compile(alternatives, flags)
            self._searched.append(Pattern(alternatives, self._combined, spec.origin))

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Refuse an empty swap list."""
        return None if values["swap"] else ("swap", "'swap' needs at least one entry")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each match with its replacement(s)."""
        for m in self.matches(doc, self._searched):
            if self._words and m.re is self._combined:
                swap = self._words[int(str(m.lastgroup)[1:])]
            else:
                swap = self._by_pattern[id(m.re)]
            written = doc.text[m.start() : m.end()]
            uses = tuple(fix_case(written, m.expand(u) if swap.is_pattern else u) for u in swap.use)
            text = self.message(match=written, suggestion=" or ".join(uses))
            yield Hit(m.start(), m.end(), text, uses)


def _shared_edges(groups: list[str], patterns: list[str]) -> str:
    """Join word patterns into one alternation, testing the word edges once.

    With the edge checks inside every alternative the engine re-tests them for each
    entry at each position (2.5 s per MB of prose for 29 entries); hoisted, they are
    tested once. The match is the same: a failed end edge backtracks into the group.
    """
    if all(p.startswith(_WORD_START) and p.endswith(_WORD_END) for p in patterns):
        inner = [p[len(_WORD_START) : len(p) - len(_WORD_END)] for p in patterns]
        return (
            _WORD_START
            + "(?:"
            + "|".join(g.format(i) for g, i in zip(groups, inner, strict=True))
            + ")"
            + _WORD_END
        )
    return "|".join(g.format(p) for g, p in zip(groups, patterns, strict=True))
