"""Patterns compiled on first use: a run pays only for the patterns its drafts reach.

Most patterns serve one construction ("a move strongly opposed by Doe") and many drafts
never get that far, yet compiling them all at import was a large share of a cold start.
"""

from __future__ import annotations

from typing import Any

import regex


class LazyPattern:
    """Stands for ``regex.compile(pattern, flags, **kwargs)`` and compiles it when touched.

    Once compiled, the pattern's methods are bound on the instance itself, so later calls
    cost what calls on the compiled pattern cost.
    """

    def __init__(self, pattern: str, flags: int = 0, **kwargs: Any) -> None:
        self._source = (pattern, flags, kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        pattern, flags, kwargs = self.__dict__["_source"]
        compiled = regex.compile(pattern, flags, **kwargs)
        for attribute in dir(compiled):
            if not attribute.startswith("__"):
                setattr(self, attribute, getattr(compiled, attribute))
        self.compiled = compiled
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0, **kwargs: Any) -> Any:
    """Return a pattern that compiles on first use and then behaves as the compiled one."""
    return LazyPattern(pattern, flags, **kwargs)


_BLANKS = regex.compile(r"\s*")
#: Characters past the blanks at a position that a phrase read there may run to.
REACH = 1000
#: A match ending this close to the window's end may have been cut by it (``$``, ``\b``,
#: a greedy run, a lookahead): it is taken again over the whole text.
_MARGIN = 200
#: Blanks this long inside the window (a blanked table or code block) may be crossed by
#: a pattern's ``\s+``: the match is then taken over the whole text.
#: Windows' lengths below which the rest of a text is matched as it is.
_SHORT = 16
_LONG_BLANK = regex.compile(rf"\s{{{_MARGIN}}}")


def match_at(pattern: Any, text: str, pos: int, reach: int = REACH) -> Any:
    """Return ``pattern.match(text, pos)``, reading no further than the phrase needs.

    With the ``regex`` module, a pattern that can open with blanks scans the rest of
    the text for what it requires on every call, so matching at each of a long draft's
    words is quadratic. The window starts past the blanks at ``pos`` (prose blanks out
    tables and code) and is widened to the whole text when a match nears its end or
    long blanks lie inside it: a phrase read after a position is a few words.
    """
    if len(text) - pos <= _SHORT * reach:  # what is left is too short to cost much
        return pattern.match(text, pos)
    start = _BLANKS.match(text, pos).end()
    end = start + reach
    if end >= len(text) or _LONG_BLANK.search(text, start, end):
        return pattern.match(text, pos)
    found = pattern.match(text, pos, end)
    if found is not None and found.end() > end - _MARGIN:
        return pattern.match(text, pos)
    return found
