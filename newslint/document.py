"""A draft read once and parsed once: blocks, prose, sentences, words, quotes.

What the draft claims (people and their offices, figures, dates, stances) is extracted
one layer up, in ``newslint.claims``, once per document, from what this module parses.

Offsets everywhere are code-point offsets into ``Document.text``. The *prose*
string has the same length as the text, with everything a reader of the rendered
story would not read (code, HTML, URLs, markup, front matter) blanked to spaces,
so an offset found in the prose is an offset in the text.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from functools import cached_property
from pathlib import PurePath
from typing import Any, TypeVar

import regex

from newslint.directives import Directive, find_directives
from newslint.lazyre import lazy_compile
from newslint.text import quotes, sentences, tokens
from newslint.text.frontmatter import as_date, parse_front_matter, split_front_matter
from newslint.text.markdown import blank, markdown_prose, mask_outside
from newslint.text.spans import Block, Span

_NEWLINE = lazy_compile(r"\r\n|\r|\n")
_PARAGRAPH_BREAK = lazy_compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_TEXT_SUFFIXES = {".txt", ".text"}
_TITLE = lazy_compile(r"^title[ \t]*:[ \t]*(?P<q>[\"']?)(?P<v>.*?)(?P=q)[ \t]*$", regex.MULTILINE)
_LINE_BREAK = lazy_compile(r"[\r\n]")
#: Characters before a block that a block-local result may depend on (lookbehinds).
_CONTEXT = 32
_MISSING = object()
_T = TypeVar("_T")


def detect_kind(path: str) -> str:
    """Plain text for ``.txt`` drafts, Markdown for everything else."""
    return "text" if PurePath(path).suffix.lower() in _TEXT_SUFFIXES else "markdown"


class Document:
    """One draft, with lazily computed, cached analyses."""

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        kind: str | None = None,
        reference_date: dt.date | None = None,
        earlier: Document | None = None,
        versions: bool = False,
    ) -> None:
        self.text = text
        self.path = path
        self.kind = kind or detect_kind(path)
        self._default_date = reference_date
        fm_start, fm_end = split_front_matter(text) if self.kind == "markdown" else (0, 0)
        self._front_matter_span = (fm_start, fm_end)
        #: Whether this is one version of a draft being edited (see ``recall``).
        self.versions = versions or earlier is not None
        # NOTE: only the earlier version's memo is kept, never the version itself, so
        # an editor's successive versions of a draft do not chain up in memory.
        self._recalled: dict[Hashable, Any] = earlier._memo if earlier is not None else {}
        self._memo: dict[Hashable, Any] = {}
        self._block_keys: dict[Block, tuple[str, str]] = {}
        #: What the claims layer extracted from this draft, keyed by extractor
        #: (``newslint.claims.once_per_document``); the document never reads it.
        self.claims: dict[Callable[..., Any], Any] = {}

    # -- positions -------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets at which each line begins; CRLF, CR and LF all end a line."""
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of an offset, columns in code points."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_index(self, offset: int) -> int:
        """Return the 0-based line holding an offset."""
        return bisect_right(self.line_starts, offset) - 1

    # -- structure -------------------------------------------------------------
    @cached_property
    def front_matter(self) -> dict[str, Any]:
        """Front matter keys; empty for plain text and for drafts without a ``---`` block."""
        start, end = self._front_matter_span
        if end <= start:
            return {}
        return parse_front_matter(self.text[start:end], self.path)

    @cached_property
    def reference_date(self) -> dt.date | None:
        """The story's dateline: front matter ``date``, else ``--date`` or configuration."""
        return as_date(self.front_matter.get("date")) or self._default_date

    @cached_property
    def _layout(self) -> tuple[list[Block], str]:
        if self.kind == "markdown":
            return self._markdown_layout()
        return self._text_layout()

    @property
    def blocks(self) -> list[Block]:
        """Headline, headings, paragraphs and table cells, in order."""
        return self._layout[0]

    @property
    def prose(self) -> str:
        """The text with everything that is not prose blanked (same length, same lines)."""
        return self._layout[1]

    @cached_property
    def headline(self) -> Block | None:
        """The headline block, if the draft has one."""
        return next((b for b in self.blocks if b.kind == "headline"), None)

    def _markdown_layout(self) -> tuple[list[Block], str]:
        start, end = self._front_matter_span
        body = self.text
        if end > start:
            self.front_matter  # noqa: B018 - fail early on malformed front matter
            # Any line break ends the YAML: a draft saved with CR-only endings has no "\n".
            found = _LINE_BREAK.search(self.text, end)
            fence_end = found.start() if found else len(self.text)
            body = blank(self.text[:fence_end]) + self.text[fence_end:]
        blocks, prose = markdown_prose(body, self.line_starts)
        # NOTE: the size cap keeps a pathological front matter from costing quadratic time.
        title = _TITLE.search(self.text, start, end) if 0 < end - start < 65536 else None
        if title and title.group("v"):
            s, e = title.span("v")
            prose = prose[:s] + self.text[s:e] + prose[e:]
            blocks.insert(0, Block(s, e, "headline"))
        elif (
            blocks
            and blocks[0].kind == "heading"
            # NOTE: read at the heading's own line, so front matter without a title of
            # its own may come before it.
            and self.text.startswith("# ", self.text.rfind("\n", 0, blocks[0].start) + 1)
        ):
            blocks[0] = Block(blocks[0].start, blocks[0].end, "headline")
        return blocks, prose

    def _text_layout(self) -> tuple[list[Block], str]:
        text = self.text
        spans: list[tuple[int, int]] = []
        cursor = 0
        for m in _PARAGRAPH_BREAK.finditer(text):
            spans.append((cursor, m.start()))
            cursor = m.end()
        spans.append((cursor, len(text)))
        spans = [_trim(text, s, e) for s, e in spans]
        spans = [(s, e) for s, e in spans if e > s and not _is_directive_line(text[s:e])]
        blocks = [Block(s, e, "paragraph") for s, e in spans]
        if len(blocks) > 1 and "\n" not in text[blocks[0].start : blocks[0].end].strip():
            blocks[0] = Block(blocks[0].start, blocks[0].end, "headline")
        prose = mask_outside(text, spans)
        for d in self.directives:
            prose = prose[: d.start] + blank(prose[d.start : d.end]) + prose[d.end :]
        return blocks, prose

    # -- reuse across versions -------------------------------------------------
    def _block_key(self, block: Block) -> tuple[str, str]:
        found = self._block_keys.get(block)
        if found is None:
            before = self.prose[max(0, block.start - _CONTEXT) : block.start]
            found = self._block_keys[block] = (before, self.prose[block.start : block.end])
        return found

    def recall(self, key: Hashable, block: Block) -> Any:
        """Return what was remembered about an unchanged block, else None.

        An editor re-lints the whole draft on every keystroke, yet a keystroke
        changes one paragraph: a result that depends only on a block's prose (and
        the few characters before it) is carried over from the draft's earlier
        version instead of being computed again. A result holding offsets must be
        stored with the block's start, so it can be moved with the block.
        A document read once (``versions`` false) remembers nothing.
        """
        if not self.versions:
            return None
        k = (key, *self._block_key(block))
        found = self._memo.get(k, _MISSING)
        if found is _MISSING:
            found = self._recalled.get(k, _MISSING)
            if found is _MISSING:
                return None
            self._memo[k] = found
        return found

    def remember(self, key: Hashable, block: Block, value: Any) -> None:
        """Keep a block-local result for this version and the next (see ``recall``)."""
        if self.versions:
            self._memo[(key, *self._block_key(block))] = value

    def _block_local(
        self,
        key: str,
        block: Block,
        compute: Callable[[str, int, int], list[_T]],
        move: Callable[[list[_T], int], list[_T]],
    ) -> list[_T]:
        """Compute ``compute(prose, block.start, block.end)``, or move the earlier version's."""
        found = self.recall(key, block)
        if found is not None:
            origin, items = found
            return items if origin == block.start else move(items, block.start - origin)
        items = compute(self.prose, block.start, block.end)
        self.remember(key, block, (block.start, items))
        return items

    # -- shared analyses -------------------------------------------------------
    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of every block, in order."""
        out: list[Span] = []
        for block in self.blocks:
            out.extend(
                self._block_local("sentences", block, sentences.split_sentences, _move_spans)
            )
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """Return the sentence containing an offset, if any."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def tokens(self) -> list[tokens.Token]:
        """Words and numbers of the prose, in order."""
        out: list[tokens.Token] = []
        for block in self.blocks:
            out.extend(self._block_local("tokens", block, tokens.tokenize, _move_tokens))
        return out

    @cached_property
    def name_candidates(self) -> list[tokens.NameCandidate]:
        """Runs of capitalised words that may be names, flagged when they open a sentence."""
        starts = set(self._sentence_starts)
        out: list[tokens.NameCandidate] = []

        def find(prose: str, start: int, end: int) -> list[tokens.NameCandidate]:
            lo = bisect_left(self.tokens, start, key=lambda t: t.start)
            hi = bisect_left(self.tokens, end, key=lambda t: t.start)
            return tokens.name_candidates(prose, self.tokens[lo:hi], starts)

        for block in self.blocks:
            out.extend(self._block_local("names", block, find, _move_candidates))
        return out

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted speech, quotation marks included."""
        return quotes.quote_spans(self.prose, self.blocks)

    def is_quoted(self, offset: int) -> bool:
        """Tell whether an offset lies inside quoted speech."""
        i = bisect_right(self.quotes, (offset, float("inf"))) - 1
        return i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]

    @cached_property
    def directives(self) -> list[Directive]:
        """Inline suppression comments, with the lines each one covers."""
        return find_directives(self.text, self.line_starts, self.kind == "markdown")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_directive_line(chunk: str) -> bool:
    return chunk.lstrip().startswith(("newslint-", "<!-- newslint-")) and "\n" not in chunk


# -- moving block-local results to a block's new offset ----------------------------
_new = tuple.__new__  # NOTE: skips NamedTuple's Python-level __new__, as tokenize does


def _move_spans(spans: list[Span], by: int) -> list[Span]:
    return [_new(Span, (s + by, e + by, t)) for s, e, t in spans]


def _move_tokens(toks: list[tokens.Token], by: int) -> list[tokens.Token]:
    return [_new(tokens.Token, (s + by, e + by, t, k)) for s, e, t, k in toks]


def _move_candidates(cands: list[tokens.NameCandidate], by: int) -> list[tokens.NameCandidate]:
    return [
        _new(tokens.NameCandidate, (s + by, e + by, t, tuple(_move_spans(list(w), by)), i))
        for s, e, t, w, i in cands
    ]
