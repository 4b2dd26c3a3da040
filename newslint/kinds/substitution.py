"""``substitution``: flag X and suggest Y ("per cent" -> "%", "Tory party" -> ...)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern, fix_case
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
    KEYS = {"swap": Key("swaps", required=True)}
    FIELDS = ("suggestion",)

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.swaps: list[Swap] = list(spec.values["swap"])
        self._by_pattern = {id(s.find.compiled): s for s in self.swaps}

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Refuse an empty swap list."""
        return None if values["swap"] else ("swap", "'swap' needs at least one entry")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each match with its replacement(s)."""
        for m in self.matches(doc, [s.find for s in self.swaps]):
            swap = self._by_pattern[id(m.re)]
            written = doc.text[m.start() : m.end()]
            uses = tuple(fix_case(written, m.expand(u) if swap.is_pattern else u) for u in swap.use)
            text = self.message(match=written, suggestion=" or ".join(uses))
            yield Hit(m.start(), m.end(), text, uses)
