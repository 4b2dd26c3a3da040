"""YAML with line numbers, parsed once per content and kept in the user's cache.

Rule packs are read by every run, and a pre-commit hook or an editor starts newslint
many times a minute. Parsing them with ruamel.yaml's pure-Python round-trip loader
(needed for ``file:line`` errors) is the largest single cost of start-up, so the
parse of a given content, lines included, is stored as marshal data and read back
as mappings and lists that answer the same ``.lc`` questions the loader's do. A
cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

from newslint.cache import cache_dir

#: Bump when the stored layout changes; old entries are then ignored.
FORMAT = b"newslint-lined-yaml-1"
#: Entries kept; beyond this the least recently written go (packs of removed folders).
KEEP = 256


class _Lines:
    """The (line, column) of keys, values and items, 0-based as ruamel.yaml gives them."""

    __slots__ = ("keys", "values", "items")

    def __init__(
        self,
        keys: dict[Any, tuple[int, int]] | None = None,
        values: dict[Any, tuple[int, int]] | None = None,
        items: list[tuple[int, int] | None] | None = None,
    ) -> None:
        self.keys = keys or {}
        self.values = values or {}
        self.items = items or []

    def key(self, k: Any) -> tuple[int, int]:
        """Where a mapping key is written."""
        return self.keys[k]

    def value(self, k: Any) -> tuple[int, int]:
        """Where a mapping key's value is written."""
        return self.values[k]

    def item(self, i: int) -> tuple[int, int]:
        """Where a sequence item is written."""
        found = self.items[i]
        if found is None:
            raise IndexError(i)
        return found


class LinedMap(dict):  # type: ignore[type-arg]
    """A mapping read from YAML, with ``.lc`` as ruamel.yaml's ``CommentedMap`` has it."""

    lc: _Lines


class LinedList(list):  # type: ignore[type-arg]
    """A sequence read from YAML, with ``.lc`` as ruamel.yaml's ``CommentedSeq`` has it."""

    lc: _Lines


class _Unstorable(Exception):
    """A value marshal cannot keep (a YAML timestamp, say): the parse is not cached."""


def load_lined(path: str, text: str, parse: Any) -> Any:
    """Return ``parse(text)``'s data with its lines, from the cache when the text was seen.

    One entry per file (``path``), holding the digest of the content it was parsed
    from, so editing a pack replaces its entry instead of adding one. ``parse`` is
    the round-trip parse; it raises on malformed YAML, which is never cached.
    """
    digest = hashlib.blake2b(FORMAT + b"\0" + text.encode("utf-8", "surrogatepass")).digest()
    name = hashlib.blake2b(os.path.abspath(path).encode("utf-8", "surrogatepass"), digest_size=16)
    entry = cache_dir() / f"yaml-{name.hexdigest()}.bin"
    try:
        stored, frozen = marshal.loads(entry.read_bytes())
        if stored == digest:
            return _thaw(frozen)
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass
    data = parse(text)
    try:
        frozen = _freeze(data)
    except _Unstorable:
        return data
    _write(entry, marshal.dumps((digest, frozen)))
    return data


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".yaml-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        entries = sorted(path.parent.glob("yaml-*.bin"), key=_age)
        for old in entries[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: every run parses, as it would without a cache


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _pos(lc: Any, method: str, k: Any) -> tuple[int, int] | None:
    try:
        line, col = getattr(lc, method)(k)[:2]
        return int(line), int(col)
    except (AttributeError, KeyError, IndexError, TypeError):
        return None


def _freeze(value: Any, seen: set[int] | None = None) -> Any:
    """Turn parsed data into marshal-able tuples: ("m", ...), ("l", ...) or ("s", scalar).

    A container met twice is a YAML alias: such a file is not cached, since storing it
    would expand every alias (a "billion laughs" file would fill the disk).
    """
    seen = set() if seen is None else seen
    if isinstance(value, (dict, list)):
        if id(value) in seen:
            raise _Unstorable(value)
        seen.add(id(value))
    if isinstance(value, dict):
        lc = getattr(value, "lc", None)
        entries = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise _Unstorable(k)
            entries.append((str(k), _freeze(v, seen), _pos(lc, "key", k), _pos(lc, "value", k)))
        return ("m", tuple(entries))
    if isinstance(value, list):
        lc = getattr(value, "lc", None)
        return ("l", tuple((_freeze(v, seen), _pos(lc, "item", i)) for i, v in enumerate(value)))
    if value is None or type(value) in (bool, int, float, str):
        return ("s", value)
    if isinstance(value, str):  # a block or quoted string kept by the round-trip loader
        return ("s", str(value))
    raise _Unstorable(value)  # any other typed scalar is parsed afresh every time


def _thaw(frozen: Any) -> Any:
    tag, body = frozen
    if tag == "m":
        out = LinedMap()
        keys: dict[Any, tuple[int, int]] = {}
        values: dict[Any, tuple[int, int]] = {}
        for k, v, key_at, value_at in body:
            out[k] = _thaw(v)
            if key_at is not None:
                keys[k] = key_at
            if value_at is not None:
                values[k] = value_at
        out.lc = _Lines(keys, values)
        return out
    if tag == "l":
        seq = LinedList(_thaw(v) for v, _ in body)
        seq.lc = _Lines(items=[at for _, at in body])
        return seq
    if tag == "s":
        return body
    raise ValueError(f"unknown tag {tag!r}")
