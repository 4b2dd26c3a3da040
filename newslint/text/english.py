"""Common English words: a capitalised word that is one is not, by itself, a name.

"Analysis" beside "Analysts", "Three" beside "There" and "Metals" beside "Metall" are
words one letter apart, not a name spelled two ways. The list (rules/words/english.txt)
holds the lower-case words of four letters or more of the SCOWL word lists as Debian
ships them (see rules/words/README.md); it is read the first time a rule asks.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[2] / "rules" / "words" / "english.txt"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    path = _SOURCE
    try:
        shipped = Path(str(resources.files("newslint.shipped").joinpath("words", "english.txt")))
        if shipped.is_file():
            path = shipped
    except (ModuleNotFoundError, TypeError):
        pass
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def is_word(word: str) -> bool:
    """Tell whether a word, in any case, is a common English word ("Lucky", "Analysis")."""
    return word.lower() in _words()
