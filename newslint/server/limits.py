"""What one request may cost the service, and the answer it gets when it asks for more.

Every limit is checked before any analysis starts, so a hostile body costs the
service no more than reading it: sizes are known from the headers or counted while
the body streams in, never after it has all been held in memory.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from newslint.lazyre import lazy_compile

#: A long feature is about 60,000 characters; this leaves room for a whole supplement.
MAX_CHARS = 200_000
#: Form encoding spends up to 12 bytes on one character (4 UTF-8 bytes, each as %XX).
BYTES_PER_CHAR = 12
#: Room in a body for everything but the text: other fields and annotation markup.
BODY_OVERHEAD = 64 * 1024
#: Seconds a request may take, from its first byte to its answer.
TIME_LIMIT = 10.0
#: Findings returned for one text; more than this and the text is not a draft.
MAX_FINDINGS = 1000
#: Form fields or JSON keys one request may carry.
MAX_FIELDS = 100
_LONE_SURROGATE = lazy_compile(r"[\ud800-\udfff]")


class RequestError(Exception):
    """A request the service refuses, with the HTTP status and the reason to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Limits:
    """The limits in force, fixed when the service starts."""

    max_chars: int = MAX_CHARS
    time_limit: float = TIME_LIMIT

    @property
    def max_body(self) -> int:
        """Return the largest body accepted: enough for the longest text, in any encoding."""
        return self.max_chars * BYTES_PER_CHAR + BODY_OVERHEAD

    def check_text(self, size: int) -> None:
        """Refuse a text longer than ``max_chars`` characters (HTTP 413)."""
        if size > self.max_chars:
            raise RequestError(
                413, f"text is {size:,} characters, over the limit of {self.max_chars:,}"
            )


async def read_body(request: Any, limits: Limits) -> bytes:
    """Read a request body within the size and time limits.

    A declared length over the limit is refused before anything is read; a body
    without one is counted as it arrives; a client that sends slower than the time
    limit allows is cut off (HTTP 408) rather than holding a connection open.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise RequestError(400, f"Content-Length is not a number: {declared[:40]!r}")
        if int(declared) > limits.max_body:
            raise RequestError(413, _too_big(limits))
    try:
        return await asyncio.wait_for(_collect(request, limits), limits.time_limit)
    except asyncio.TimeoutError:
        raise RequestError(
            408, f"the request body took longer than {limits.time_limit:g} s to arrive"
        ) from None


async def _collect(request: Any, limits: Limits) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_body:
            raise RequestError(413, _too_big(limits))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(limits: Limits) -> str:
    return f"request body is larger than the limit of {limits.max_body:,} bytes"


def clean(text: str) -> str:
    """Replace lone surrogates (a JSON body can carry them) so every answer encodes as UTF-8.

    Each becomes U+FFFD, one code point and one UTF-16 unit like the surrogate it
    replaces, so no offset moves.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)
