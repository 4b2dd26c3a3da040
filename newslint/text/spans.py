"""Small span records shared by the analyses."""

from __future__ import annotations

from typing import NamedTuple


class Block(NamedTuple):
    """A unit of prose a reader sees as one piece: headline, heading, paragraph, cell."""

    start: int
    end: int
    kind: str


class Span(NamedTuple):
    """A stretch of the document's text, by code-point offsets."""

    start: int
    end: int
    text: str
