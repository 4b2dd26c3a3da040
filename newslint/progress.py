"""Progress bars for long runs, on standard error and only when it is a terminal.

A pre-commit hook, a CI log or a pipe gets nothing: progress is for a person
watching, and a redirected log must stay byte-for-byte what the run reports.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from tqdm import tqdm


def progress(total: int | None, what: str, unit: str, stream: TextIO | None = None) -> Any:
    """Return a bar counting ``unit`` up to ``total``, with rate and time left.

    Use it as a context manager and call ``update(n)``; off a terminal every call
    does nothing.
    """
    stream = stream or sys.stderr
    return tqdm(
        total=total,
        desc=what,
        unit=f" {unit}",
        file=stream,
        disable=not _is_terminal(stream),
        dynamic_ncols=True,
        mininterval=0.25,
        smoothing=0.1,
    )


def say(message: str, stream: TextIO | None = None) -> bool:
    """Print a line of progress commentary on a terminal, without breaking a bar.

    Return whether it was shown, so a caller can log it instead for a redirected run.
    """
    stream = stream or sys.stderr
    if not _is_terminal(stream):
        return False
    tqdm.write(message, file=stream)
    return True


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a real stream
        return False
