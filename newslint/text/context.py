"""The words around a figure or a date, within its sentence, for rules that read context.

Rules that judge a figure need the verb before it or the noun after it. They get
those words here, from the shared tokens, instead of running patterns over the text.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from typing import Any

from newslint.text.tokens import Token

#: Punctuation that closes a clause: a verb on the far side does not govern a figure.
CLAUSE_BREAKS = frozenset(';:()[]—–!?"“”')


_STARTS: weakref.WeakKeyDictionary[Any, list[int]] = weakref.WeakKeyDictionary()


def _token_starts(doc: Any) -> list[int]:
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = [t.start for t in doc.tokens]
    return starts


def _sentence_bounds(doc: Any, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_at(offset)
    return (sentence.start, sentence.end) if sentence else (offset, offset)


def words_before(doc: Any, offset: int, limit: int, clause: bool = True) -> list[Token]:
    """Return up to ``limit`` tokens before an offset in its sentence, nearest first.

    With ``clause``, stop at punctuation that closes a clause.
    """
    start, _ = _sentence_bounds(doc, offset)
    i = bisect_left(_token_starts(doc), offset) - 1
    out: list[Token] = []
    edge = offset
    while i >= 0 and len(out) < limit:
        tok = doc.tokens[i]
        if tok.start < start or (clause and _breaks(doc.prose[tok.end : edge])):
            break
        out.append(tok)
        edge = tok.start
        i -= 1
    return out


def words_after(doc: Any, offset: int, limit: int, clause: bool = True) -> list[Token]:
    """Return up to ``limit`` tokens after an offset in its sentence, in reading order."""
    _, end = _sentence_bounds(doc, max(offset - 1, 0))
    i = bisect_left(_token_starts(doc), offset)
    out: list[Token] = []
    edge = offset
    while i < len(doc.tokens) and len(out) < limit:
        tok = doc.tokens[i]
        if tok.end > end or (clause and _breaks(doc.prose[edge : tok.start])):
            break
        out.append(tok)
        edge = tok.end
        i += 1
    return out


def words_between(doc: Any, start: int, end: int) -> list[str]:
    """Return the lower-cased words and numbers between two offsets."""
    starts = _token_starts(doc)
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return [t.text.lower() for t in doc.tokens[lo:hi] if t.end <= end]


def gap(doc: Any, start: int, end: int) -> str:
    """Return the prose between two offsets (punctuation and spaces included)."""
    return doc.prose[start:end]


def _breaks(between: str) -> bool:
    return any(ch in CLAUSE_BREAKS for ch in between)


def same_sentence(doc: Any, a: int, b: int) -> bool:
    """Tell whether two offsets lie in one sentence."""
    sentence = doc.sentence_at(a)
    return sentence is not None and sentence.start <= b < sentence.end
