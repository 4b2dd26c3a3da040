"""Sorted string tables packed in flat buffers: a cache loads by mapping, not by parsing.

A million-name registry must load in well under a second, so its indexes are never
unpickled into dicts. A table is a blob of sorted, unique UTF-8 keys with an
offsets array, and for each key a range of a values array (compressed sparse rows).
Read from a memory-mapped cache these are views, so loading costs nothing per
entry; a lookup is a binary search (about 20 probes for a million keys).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

Buffer = Any  # bytes, memoryview or array: anything indexable and sliceable
#: Lookups after which a table small enough gets a hash index (see ``Table.get``).
INDEX_AFTER = 2000
INDEX_MAX_KEYS = 150_000


class Strings:
    """An immutable list of byte strings stored as one blob plus offsets."""

    def __init__(self, blob: Buffer, offsets: Sequence[int]) -> None:
        self.blob = blob
        self.offsets = offsets

    @classmethod
    def build(cls, items: Iterable[bytes]) -> Strings:
        """Pack byte strings in the order given."""
        offsets = array("Q", [0])
        parts = []
        total = 0
        for item in items:
            parts.append(item)
            total += len(item)
            offsets.append(total)
        return cls(b"".join(parts), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return bytes(self.blob[self.offsets[i] : self.offsets[i + 1]])

    raw = __getitem__

    def sections(self) -> list[tuple[str, Buffer]]:
        """Return the buffers a cache stores, with their array type codes."""
        return [("B", self.blob), ("Q", self.offsets)]


class Table:
    """A sorted multimap from string keys to integers."""

    def __init__(self, keys: Strings, starts: Sequence[int], values: Sequence[int]) -> None:
        self.keys = keys
        self.starts = starts
        self.values = values
        self._lookups = 0
        self._index: dict[bytes, int] | None = None

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, int]]) -> Table:
        """Group (key, value) pairs by key; duplicate pairs are dropped."""
        grouped: dict[bytes, set[int]] = {}
        for k, v in pairs:
            if k:
                grouped.setdefault(k.encode("utf-8"), set()).add(v)
        keys = sorted(grouped)
        starts = array("Q", [0])
        values = array("Q")
        for k in keys:
            values.extend(sorted(grouped[k]))
            starts.append(len(values))
        return cls(Strings.build(keys), starts, values)

    def get(self, key: str) -> list[int]:
        """Return every value stored under a key.

        A run over thousands of stories looks up tens of thousands of keys: once a
        table has answered ``INDEX_AFTER`` lookups it gets a hash index, if it is small
        enough that building one costs less than the binary searches it saves. A
        short run, or a huge registry, stays with the binary search and loads instantly.
        """
        raw = key.encode("utf-8")
        if self._index is not None:
            found = self._index.get(raw)
            if found is None:
                return []
            i = found
        else:
            self._lookups += 1
            if self._lookups >= INDEX_AFTER and len(self.keys) <= INDEX_MAX_KEYS:
                self._index = self._build_index()
            i = bisect_left(self.keys, raw)
            if i == len(self.keys) or self.keys[i] != raw:
                return []
        return list(self.values[self.starts[i] : self.starts[i + 1]])

    def _build_index(self) -> dict[bytes, int]:
        # One copy of the blob, then C-level slices: a Python call per key would cost
        # more than the binary searches the index saves in a short run.
        blob = bytes(self.keys.blob)
        offsets = list(self.keys.offsets)
        return {blob[offsets[j] : offsets[j + 1]]: j for j in range(len(offsets) - 1)}

    def __len__(self) -> int:
        return len(self.values)

    def sections(self) -> list[tuple[str, Buffer]]:
        """Return the buffers a cache stores, with their array type codes."""
        return [*self.keys.sections(), ("Q", self.starts), ("Q", self.values)]
