"""Find the prose in Markdown: what a reader of the rendered story reads.

Code, raw HTML, link destinations and markup characters are not prose. The result
is a *mask*: the document text with every non-prose character replaced by a space
(newlines kept), so offsets in the mask are offsets in the original text and rules
never need to map positions back.
"""

from __future__ import annotations

from bisect import bisect_right

import regex
from markdown_it import MarkdownIt
from markdown_it.token import Token

from newslint.lazyre import lazy_compile
from newslint.text.spans import Block

_BLOCK_KINDS = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "th_open": "cell",
    "td_open": "cell",
}
_URL = lazy_compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", regex.IGNORECASE)

_parser = MarkdownIt("commonmark", {"html": True}).enable("table")


_NOT_NEWLINE = lazy_compile(r"[^\r\n]")


def blank(text: str) -> str:
    """Replace every character but line breaks with a space, keeping offsets and lines."""
    return _NOT_NEWLINE.sub(" ", text)


def mask_outside(text: str, spans: list[tuple[int, int]]) -> str:
    """Return text with everything outside the sorted, disjoint spans blanked."""
    parts: list[str] = []
    cursor = 0
    for s, e in spans:
        parts.append(blank(text[cursor:s]))
        parts.append(text[s:e])
        cursor = e
    parts.append(blank(text[cursor:]))
    return "".join(parts)


def _inline_spans(children: list[Token], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Locate each prose text token inside its block by walking forward through the source."""
    spans: list[tuple[int, int]] = []
    cursor = start
    in_autolink = 0
    for tok in children:
        if tok.type == "link_open" and tok.markup == "autolink":
            in_autolink += 1
        elif tok.type == "link_close" and in_autolink:
            in_autolink -= 1
        elif tok.type in ("code_inline", "html_inline"):
            content = tok.content if tok.type == "html_inline" else tok.content.strip()
            pos = text.find(content, cursor, end) if content else -1
            if pos >= 0:
                cursor = pos + len(content)
        elif tok.type == "text" and tok.content:
            pos = text.find(tok.content, cursor, end)
            if pos < 0:
                continue  # NOTE: escapes and entities change the text; such a run is skipped.
            cursor = pos + len(tok.content)
            if not in_autolink:
                spans.append((pos, cursor))
    return spans


def markdown_prose(text: str, line_starts: list[int]) -> tuple[list[Block], str]:
    """Return the prose blocks of a Markdown text and its prose mask."""
    # NOTE: the parser turns NUL into U+FFFD; search a copy that does the same, one
    # character for one, so text runs are still found and offsets stay the same.
    original = text
    text = text.replace("\x00", "\ufffd") if "\x00" in text else text
    tokens = _parser.parse(text)
    keep: list[tuple[int, int]] = []
    blocks: list[Block] = []
    kind = "paragraph"
    nlines = len(line_starts)
    for tok in tokens:
        if tok.type in _BLOCK_KINDS:
            kind = _BLOCK_KINDS[tok.type]
        if tok.type != "inline" or tok.map is None or not tok.children:
            continue
        first, last = tok.map
        start = line_starts[min(first, nlines - 1)]
        end = line_starts[last] if last < nlines else len(text)
        spans = _inline_spans(tok.children, text, start, end)
        if not spans:
            continue
        for s, e in spans:
            keep.extend(_without_urls(text, s, e))
        blocks.append(Block(spans[0][0], spans[-1][1], kind))
    keep.sort()
    return blocks, mask_outside(original, keep)


def _without_urls(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _URL.finditer(text, start, end):
        if m.start() > cursor:
            out.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        out.append((cursor, end))
    return out


def line_of(line_starts: list[int], offset: int) -> int:
    """Return the 0-based line index holding an offset."""
    return bisect_right(line_starts, offset) - 1
