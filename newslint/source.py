"""Read a draft from disk as text, refusing what is not a news draft."""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from newslint.errors import InputError

#: Larger files are refused rather than linted slowly: no news draft is this big,
#: and a pre-commit hook must never stall on a stray data dump.
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """Text as read, plus what a later atomic write needs to reproduce the bytes."""

    path: str
    text: str
    bom: bool = False
    #: Fingerprint of the bytes read, so a fix can tell the file changed under it.
    digest: bytes = b""


def fingerprint(data: bytes) -> bytes:
    """Return a short hash of file content (cheap next to linting it)."""
    return hashlib.blake2b(data, digest_size=16).digest()


def decode(data: bytes, path: str) -> Source:
    """Decode draft bytes as UTF-8, with a clear error for binary or mis-encoded input."""
    raw = data
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not linted", path)
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start}), not linted", path, line) from None
    if not text.strip():
        raise InputError("empty file, nothing to lint", path)
    return Source(path=path, text=text, bom=bom, digest=fingerprint(raw))


def read_source(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Source:
    """Read one draft; every failure becomes an InputError naming the path."""
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a file", name)
        size = p.stat().st_size
        if size > max_bytes:
            mib = max_bytes / (1024 * 1024)
            raise InputError(f"file is {size / 1048576:.1f} MiB, over the {mib:g} MiB limit", name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    return decode(data, name)
