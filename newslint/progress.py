"""Progress bars for long runs, on standard error and only when it is a terminal.

A pre-commit hook, a CI log or a pipe gets nothing: progress is for a person
watching, and a redirected log must stay byte-for-byte what the run reports.
Every long-running command (``check``, ``archive``, ``registry import``) draws its
bar here, with tqdm: count, rate and time left.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any


def progress(
    total: int | None,
    what: str,
    unit: str,
    stream: IO[str] | None = None,
    leave: bool = True,
    enabled: bool = True,
) -> Any:
    """Return a tqdm bar counting ``unit`` up to ``total``, with rate and time left.

    Use it as a context manager and call ``update(n)``; off a terminal (or when not
    ``enabled``) every call does nothing. ``leave`` keeps the finished bar on screen.
    """
    from tqdm import tqdm

    stream = stream or sys.stderr
    shown = enabled and is_terminal(stream)
    columns, lines = terminal_size(stream) if shown else (80, 24)
    return tqdm(
        total=total,
        desc=what or None,
        unit=f" {unit}",
        file=stream,
        disable=not shown,
        leave=leave,
        ncols=columns,
        nrows=lines,
        mininterval=0.25,
    )


def say(message: str, stream: IO[str] | None = None) -> bool:
    """Print a line of progress commentary on a terminal, without breaking a bar.

    Return whether it was shown, so a caller can log it instead for a redirected run.
    """
    stream = stream or sys.stderr
    if not is_terminal(stream):
        return False
    from tqdm import tqdm

    tqdm.write(message, file=stream)
    return True


def is_terminal(stream: IO[str]) -> bool:
    """Tell whether a stream is a terminal (a closed or fake stream is not)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_size(stream: IO[str]) -> tuple[int, int]:
    """Return the stream's terminal size, 80 by 24 where the terminal reports none.

    NOTE: tqdm draws nothing on a terminal of size 0 (some CI and container terminals
    report that: it reads -1 rows), and the stream is stderr, which may be a terminal
    while stdout, the one shutil asks, is piped.
    """
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return 80, 24
    return size.columns if size.columns > 0 else 80, size.lines if size.lines > 0 else 24
