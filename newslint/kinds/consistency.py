"""``consistency``: either spelling is fine, but not both in one story."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from newslint.finding import Applicability, Hit
from newslint.kinds.base import Key, PackRule, Pattern, fix_case
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document


class Consistency(PackRule):
    """Whichever spelling of a set a story uses first, report the others after it.

    ``either`` is a list of sets; each set lists the accepted spellings of one word
    ("email", "e-mail"). Quoted speech keeps the speaker's spelling unless the rule
    includes quotes.
    """

    kind = "consistency"
    FIX = Applicability.SAFE
    KEYS = {"either": Key("list of word sets", required=True)}
    FIELDS = ("first", "suggestion")

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        #: One list per set: each spelling as written in the pack, and its compiled word.
        self.sets: list[list[tuple[str, Pattern]]] = list(spec.values["either"])

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Each set needs two spellings at least."""
        if not values["either"] or any(len(s) < 2 for s in values["either"]):
            return "either", "'either' needs sets of two or more spellings"
        return None

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield each use of a spelling other than the story's first."""
        for spellings in self.sets:
            by_pattern = {id(p.compiled): word for word, p in spellings}
            found = self.matches(doc, [p for _, p in spellings])
            if not found:
                continue
            first = by_pattern[id(found[0].re)]
            for m in found[1:]:
                if by_pattern[id(m.re)] == first:
                    continue
                written = doc.text[m.start() : m.end()]
                use = fix_case(written, first)
                text = self.message(match=written, first=first, suggestion=use)
                yield Hit(m.start(), m.end(), text, (use,))
