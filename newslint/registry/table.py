"""Sorted string tables packed in bytes: loaded from the cache without building objects.

A million-name registry must load in well under a second, so its indexes are never
unpickled into dicts. Each table is one bytes blob of sorted UTF-8 keys with an
offsets array and a values array; a lookup is a binary search (about 20 probes).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Strings:
    """An immutable list of strings stored as one blob plus offsets."""

    def __init__(self, blob: bytes, offsets: array) -> None:
        self.blob = blob
        self.offsets = offsets

    @classmethod
    def build(cls, items: Iterable[bytes]) -> Strings:
        """Pack byte strings in the order given."""
        offsets = array("q", [0])
        parts = []
        total = 0
        for item in items:
            parts.append(item)
            total += len(item)
            offsets.append(total)
        return cls(b"".join(parts), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def raw(self, i: int) -> bytes:
        """Return item ``i`` as bytes."""
        return self.blob[self.offsets[i] : self.offsets[i + 1]]

    __getitem__ = raw

    def dump(self) -> tuple[bytes, bytes]:
        """Return the two byte strings the cache stores."""
        return self.blob, self.offsets.tobytes()

    @classmethod
    def load(cls, parts: tuple[bytes, bytes]) -> Strings:
        """Rebuild from what ``dump`` returned."""
        offsets = array("q")
        offsets.frombytes(parts[1])
        return cls(parts[0], offsets)


class Table:
    """A sorted multimap from string keys to integers."""

    def __init__(self, keys: Strings, values: array) -> None:
        self.keys = keys
        self.values = values

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, int]]) -> Table:
        """Sort (key, value) pairs into a table; duplicate pairs are dropped."""
        ordered = sorted({(k.encode("utf-8"), v) for k, v in pairs if k})
        return cls(Strings.build(k for k, _ in ordered), array("q", (v for _, v in ordered)))

    def get(self, key: str) -> list[int]:
        """Return every value stored under a key."""
        raw = key.encode("utf-8")
        lo = bisect_left(self.keys, raw)
        hi = bisect_right(self.keys, raw, lo)
        return list(self.values[lo:hi])

    def __len__(self) -> int:
        return len(self.values)

    def dump(self) -> tuple[bytes, bytes, bytes]:
        """Return the byte strings the cache stores."""
        return (*self.keys.dump(), self.values.tobytes())

    @classmethod
    def load(cls, parts: tuple[bytes, bytes, bytes]) -> Table:
        """Rebuild from what ``dump`` returned."""
        values = array("q")
        values.frombytes(parts[2])
        return cls(Strings.load((parts[0], parts[1])), values)
