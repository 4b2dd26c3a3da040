"""Bounded matching at a position answers as an unbounded match would, in linear time."""

from __future__ import annotations

import time

import pytest
import regex

from newslint.lazyre import REACH, lazy_compile, match_at

PATTERNS = [
    r"\s*(?:will|would)\b",
    r"\s+of\s+the\s+(\w+)",
    r"\s*$",
    r"\s*[.;]?\s*(?=\n|$)",
    r"\s*,?\s*(?!and\b)(\w+)",
    r"[^\n]*",
    r"\s*\w+(?:\s+\w+)*",
]


def _texts() -> list[str]:
    phrase = "the minister said she would resign of the cabinet, and then left."
    long_tail = phrase + " word" * (REACH // 4)
    texts = [
        phrase,
        "x" + " " * (3 * REACH) + "would go",  # blanked table before the phrase
        long_tail,  # a greedy run longer than the window
        "a" + " " * 10,
        phrase + "\n" + " " * (2 * REACH),
    ]
    # a long rest of the draft after each, so that the window is what is read
    return [t + " and more text" * (2 * REACH) for t in texts]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_answer_as_unbounded_match(source: str) -> None:
    pattern = regex.compile(source, regex.IGNORECASE)
    for text in _texts():
        for pos in range(0, len(text) - 20 * REACH, 11):
            want = pattern.match(text, pos)
            got = match_at(pattern, text, pos)
            assert (want and want.span()) == (got and got.span()), (source, pos)
            if want:
                assert want.groups() == got.groups()


def test_lazy_patterns_are_accepted() -> None:
    assert match_at(lazy_compile(r"\s*would"), "x would", 1).end() == 7


def test_matching_at_every_word_of_a_long_draft_is_linear() -> None:
    pattern = regex.compile(r"\s*(?:will|would)\s+(?:resign|stand)\b", regex.IGNORECASE)

    def cost(words: int) -> float:
        text = "the minister said it " * words
        starts = [m.end() for m in regex.finditer(r"\w+", text)]
        began = time.process_time()
        for pos in starts:
            match_at(pattern, text, pos)
        return time.process_time() - began

    cost(200)
    small, large = cost(2_000), cost(20_000)
    # ten times the words: about ten times the time, where unbounded matching took a hundred
    assert large < 40 * max(small, 1e-3)
