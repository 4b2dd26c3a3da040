"""Lists written out in a sentence: "France, Spain and Italy".

A count or a total announced before a colon is followed by the things it counts.
Reading those items once, the same way for every rule, keeps "A, B and C", "A, B,
and C" and "A and B" equal to three, three and two items.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from newslint.text.context import words_after
from newslint.text.tokens import Token

_JOINERS = frozenset(("and", "or"))
# Words that say the list is not the whole story, or that an item is a clause.
_OPEN_ENDED = frozenset("including include includes such others etc more among plus".split())
_ATTRIBUTION = frozenset("said says told added according reported noted argued".split())
_CLAUSE_OPENERS = frozenset("which who whom whose that where when while because".split())


def list_after(
    doc: Any, offset: int, max_words: int = 4, end: int | None = None
) -> list[list[Token]] | None:
    """Return the items of a list written from an offset to the end of its clause.

    Returns None when what follows is not a simple, closed list: an item longer
    than ``max_words``, an open end ("including", "among others") or a clause.
    ``end`` closes the list earlier, where the caller knows it ends (a closing dash).
    """
    tokens = words_after(doc, offset, 80)
    if end is not None:
        tokens = [t for t in tokens if t.end <= end]
    if not tokens or any(t.text.lower() in _OPEN_ENDED for t in tokens):
        return None
    segments = _merge_ages(_split_commas(doc, tokens))
    if len(segments) > 1 and any(t.text.lower() in _ATTRIBUTION for t in segments[-1]):
        segments.pop()  # "cost, delay and risk, he said": the attribution is no item
    items: list[list[Token]] = []
    for i, seg in enumerate(segments):
        if seg and seg[0].text.lower() in _JOINERS:
            items.append(seg[1:])  # "A, B, and C": the comma already split it
        elif i == len(segments) - 1:
            items.extend(_split_last_joiner(seg))
        else:
            items.append(seg)
    if any(not item or len(item) > max_words for item in items):
        return None
    if any(item[0].text.lower() in _CLAUSE_OPENERS for item in items):
        return None
    return items


def _merge_ages(segments: list[list[Token]]) -> list[list[Token]]:
    """Fold "Romi Gonen, 24, Emily Damari, 28, and ..." into one item per person.

    Wire copy gives a named person's age as a comma-set number after the name; the
    number belongs to that item and is never an item of its own. Only a lone number of
    one to three digits right after an item ending in a capitalised word is folded.
    """
    out: list[list[Token]] = []
    for seg in segments:
        is_age = len(seg) == 1 and seg[0].text.isdigit() and len(seg[0].text) <= 3
        if is_age and out and out[-1] and out[-1][-1].text[:1].isupper():
            out[-1] = out[-1] + seg
            continue
        out.append(seg)
    return out


def _split_commas(doc: Any, tokens: list[Token]) -> list[list[Token]]:
    segments: list[list[Token]] = [[tokens[0]]]
    for prev, tok in pairwise(tokens):
        if "," in doc.prose[prev.end : tok.start]:
            segments.append([tok])
        else:
            segments[-1].append(tok)
    return segments


def _split_last_joiner(seg: list[Token]) -> list[list[Token]]:
    for i in range(len(seg) - 1, 0, -1):
        if seg[i].text.lower() in _JOINERS:
            return [seg[:i], seg[i + 1 :]]
    return [seg]
