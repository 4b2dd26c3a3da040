"""Quoted speech: wording rules leave a source's own words alone."""

from __future__ import annotations

import regex

from newslint.lazyre import lazy_compile
from newslint.text.spans import Block

_SIC = lazy_compile(r"(?:['’]s)?\s*[\[(]sic[\])]", regex.IGNORECASE)
_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_MARK = lazy_compile(r'[“”«»„"]')


def _opens(text: str, i: int, block: Block) -> bool:
    """Tell whether a straight quote opens: after a space or bracket, before a word."""
    before = text[i - 1] if i > block.start else " "
    after = text[i + 1] if i + 1 < block.end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def quote_spans(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Return the spans inside quotation marks, per block, marks included.

    A quote left open at the end of a paragraph covers the rest of it: that is the
    newsroom convention for a quote that continues in the next paragraph. A stray
    closing mark never opens a quote, and an opening mark met while a curly quote is
    still open ends the unclosed one there, so one unmatched mark cannot invert every
    later quote in the paragraph.
    """
    spans: list[tuple[int, int]] = []
    for block in blocks:
        start: int | None = None
        closer = ""
        for m in _MARK.finditer(text, block.start, block.end):
            i, ch = m.start(), m.group()
            if start is None:
                if ch in "“«„" or (ch == '"' and _opens(text, i, block)):
                    start, closer = i, _PAIRS[ch]
            elif ch == closer and (ch != '"' or not text[i - 1].isspace()):
                spans.append((start, i + 1))
                start = None
            elif ch == "“" and closer == "”":
                spans.append((start, i))
                start = i
        if start is not None:
            spans.append((start, block.end))
    return spans


def marked_sic(text: str, end: int) -> bool:
    """Tell whether the words ending at ``end`` are marked "[sic]" or "(sic)".

    The mark says a spelling is someone else's, quoted as written ("Nancy Peolsi [sic]",
    "Goldman Sacks's (sic) letter"): no check should correct it.
    """
    return _SIC.match(text, end, end + 12) is not None
