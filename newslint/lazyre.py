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
