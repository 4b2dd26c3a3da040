"""Words, numbers and capitalised name candidates, found once for every rule."""

from __future__ import annotations

from typing import NamedTuple

from newslint.lazyre import lazy_compile
from newslint.text.spans import Span

_TOKEN = lazy_compile(
    r"(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ \t]\p{Lu})"
    r"|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’\-‐](?=[\p{L}\p{M}]))*)"
)
# Lower-case words that may sit inside a person's name: "Luiz Inácio Lula da Silva".
PARTICLES = frozenset(
    "da de del della der di do dos du la le van von bin ibn al el ten ter".split()
)


class Token(NamedTuple):
    """A word or a number, by code-point offsets."""

    start: int
    end: int
    text: str
    kind: str  # "word" or "number"


class NameCandidate(NamedTuple):
    """A run of capitalised words that may be a name: "Prime Minister Sanae Takaichi"."""

    start: int
    end: int
    text: str
    words: tuple[Span, ...]
    sentence_initial: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Return the words and numbers of ``text[start:end]``."""
    out = []
    new = tuple.__new__  # NOTE: skips NamedTuple's Python-level __new__ on every token
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        out.append(new(Token, (s, e, text[s:e], m.lastgroup)))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _joins(text: str, left: Token, right: Token) -> bool:
    """Two words belong to one name only if nothing but spaces or a hyphen separates them."""
    gap = text[left.end : right.start]
    return gap in (" ", "-", "‐") or (gap.isspace() and "\n" not in gap and len(gap) <= 2)


def name_candidates(
    text: str, tokens: list[Token], sentence_starts: set[int]
) -> list[NameCandidate]:
    """Group capitalised words (with inner particles and initials) into name candidates."""
    out: list[NameCandidate] = []
    run: list[Token] = []

    def flush() -> None:
        while run and run[-1].text.lower() in PARTICLES:
            run.pop()
        if run:
            words = tuple(Span(t.start, t.end, t.text) for t in run)
            s, e = run[0].start, run[-1].end
            initial = s in sentence_starts or _opens_quote(text, s, sentence_starts)
            out.append(NameCandidate(s, e, text[s:e], words, initial))
        run.clear()

    for tok in tokens:
        is_name_word = tok.kind == "word" and _capitalised(tok.text)
        if not run:
            if is_name_word:
                run.append(tok)
            continue  # most words: lower case, with no name open
        is_particle = tok.kind == "word" and tok.text in PARTICLES and bool(run)
        if run and not _joins(text, run[-1], tok):
            flush()
        if is_name_word or is_particle:
            run.append(tok)
        else:
            flush()
    flush()
    return out


def _opens_quote(text: str, start: int, sentence_starts: set[int]) -> bool:
    i = start - 1
    while i >= 0 and text[i] in "\"'“‘«(":
        i -= 1
    return i < start - 1 and (i + 1) in sentence_starts
