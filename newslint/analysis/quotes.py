"""Quoted speech: wording rules leave a source's own words alone."""

from __future__ import annotations

import regex

from newslint.analysis.spans import Block

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
_MARK = regex.compile(r'[“«„"]')


def quote_spans(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Return the spans inside double quotes, per block; an unclosed quote runs to the block end.

    Spans include the quotation marks. A quote left open at the end of a paragraph is
    the newsroom convention for a quote that continues, so it covers the paragraph.
    """
    spans: list[tuple[int, int]] = []
    for block in blocks:
        i, end = block.start, block.end
        while i < end:
            mark = _MARK.search(text, i, end)
            if mark is None:
                break
            i = mark.start()
            close = _OPEN[text[i]]
            j = text.find(close, i + 1, end)
            stop = end if j < 0 else j + 1
            spans.append((i, stop))
            i = stop
    return spans
