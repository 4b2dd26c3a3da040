"""Write a file whole or not at all: a temporary file beside it, renamed over it."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from newslint.errors import InputError


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader sees the old file or the new, never half of one.

    An error (a full disk, a missing folder) leaves any existing file as it was and is
    raised as an ``InputError`` naming the path.
    """
    target = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from None


def _mode(target: Path) -> int:
    """Keep an existing file's permissions; give a new one what ``open`` would have."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
