"""``conditional``: if A appears, B must too (an acronym is spelled out at first use)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex

from newslint.finding import Hit
from newslint.kinds.base import Key, PackRule, Pattern
from newslint.rule import Context

if TYPE_CHECKING:
    from newslint.document import Document


def _key(m: regex.Match[str]) -> str:
    """Return what ties a match of ``first`` to one of ``second`` (group 1, else all)."""
    return m.group(1) if m.re.groups else m.group()


class Conditional(PackRule):
    """Report the first use of each ``first`` match that no ``second`` match explains.

    When both patterns have a group, the group ties them: ``first`` finds "WHO" and
    ``second`` finds "World Health Organization (WHO)", whose group is "WHO" too.
    Without groups, any match of ``second`` will do. With ``where: before`` (the
    default) the explanation must come first. Headlines, headings and paragraphs
    without a lower-case letter (sign-offs, datelines) are not checked: the story
    explains them.
    """

    kind = "conditional"
    KEYS = {
        "first": Key("pattern", required=True),
        "second": Key("pattern", required=True),
        "exceptions": Key("list of strings", default=[]),
        "where": Key("one of before|anywhere", default="before"),
    }
    IGNORE_CASE = False

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.first: Pattern = spec.values["first"]
        self.second: Pattern = spec.values["second"]
        self.exceptions: frozenset[str] = frozenset(spec.values["exceptions"])
        self.before: bool = spec.values["where"] == "before"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield the first unexplained use of each key."""
        tied = bool(self.first.compiled.groups and self.second.compiled.groups)
        explained: dict[str, int] = {}
        spans = []
        for m in self.matches(doc, [self.second]):
            explained.setdefault(_key(m) if tied else "", m.start())
            spans.append((m.start(), m.end()))
        seen: set[str] = set()
        shouting = [(b.start, b.end) for b in doc.blocks if not _has_lower(doc.prose, b)]
        for m in self.matches(doc, [self.first], ("paragraph", "cell")):
            key = _key(m)
            if key in seen or key in self.exceptions:
                continue
            if any(s <= m.start() < e for s, e in shouting):
                continue
            if any(s <= m.start() < e for s, e in spans):
                continue
            seen.add(key)
            at = explained.get(key if tied else "")
            if at is None or (self.before and at > m.start()):
                yield Hit(m.start(), m.end(), self.message(match=m.group()))


def _has_lower(prose: str, block: Any) -> bool:
    return any(c.islower() for c in prose[block.start : block.end])
