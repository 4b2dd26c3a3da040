"""A pattern compiled on first use answers exactly as the pattern compiled at once."""

import importlib
import pkgutil

import regex

import newslint
from newslint.lazyre import LazyPattern, lazy_compile

_SOURCE = r"(?P<day>\d{1,2})\s+(?P<month>May|June)(?![\w'])"
_TEXTS = ["Polls close on 5 May.", "The Mayor spoke on 12 June", "on 7 Mayfair", ""]


def test_lazy_pattern_matches_as_compiled() -> None:
    lazy = lazy_compile(_SOURCE, regex.IGNORECASE)
    eager = regex.compile(_SOURCE, regex.IGNORECASE)
    for text in _TEXTS:
        assert [m.groupdict() for m in lazy.finditer(text)] == [
            m.groupdict() for m in eager.finditer(text)
        ]
        assert bool(lazy.search(text, 3)) == bool(eager.search(text, 3))
        assert lazy.sub("DATE", text) == eager.sub("DATE", text)
    assert lazy.groupindex == eager.groupindex
    assert lazy.flags == eager.flags


def test_every_deferred_pattern_compiles() -> None:
    """A pattern no test reaches would otherwise fail only in a user's run."""
    count = 0
    for info in pkgutil.walk_packages(newslint.__path__, "newslint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, LazyPattern):
                assert isinstance(value.pattern, str)
                count += 1
    assert count > 100
