"""Find registry files, and load them through a compiled cache keyed by what they hold.

The cache is a marshal file named by a hash of every user registry file's content,
the shipped files' paths, sizes and modification times, and the format version. It
carries a checksum of its own bytes: a truncated or corrupt cache is ignored and
rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import struct
import tempfile
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

from newslint.cache import cache_dir
from newslint.errors import ConfigError
from newslint.registry.compiled import Packed, Registry, compile_records, merge
from newslint.registry.schema import Record, RegistryError, read_records

log = logging.getLogger(__name__)

FORMAT = b"newslint-registry-13"
_MAGIC = b"NLREG011"
_KEEP = 8


def default_files() -> list[Path]:
    """Return the shipped registry files: installed package data, else the source checkout."""
    try:
        folder = Path(str(resources.files("newslint.shipped").joinpath("registry")))
    except (ModuleNotFoundError, TypeError):
        folder = Path(__file__).resolve().parents[2] / "rules" / "registry"
    if not folder.is_dir():
        folder = Path(__file__).resolve().parents[2] / "rules" / "registry"
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def shown_path(path: Path, shipped: bool) -> str:
    """Say where an entry came from the way an editor can open it."""
    if shipped:
        return f"rules/registry/{path.name}"
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load_registry(paths: tuple[str, ...] = (), default: bool = True) -> Registry:
    """Load the shipped registry (if ``default``) and then each file, later ones winning."""
    files = [(p, True) for p in default_files()] if default else []
    files += [(Path(p), False) for p in paths]
    digest = hashlib.blake2b(FORMAT, digest_size=16)
    contents: list[tuple[Path, str, bytes | None]] = []
    for path, shipped in files:
        shown = shown_path(path, shipped)
        try:
            # NOTE: the shipped files (18 MB) are keyed by where they are, their size and
            # modification time, as Python keys its bytecode: hashing them cost a third of a
            # cold start. A user's own files are small and keyed by content.
            if shipped:
                st = path.stat()
                data = None
                stamp = f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}".encode()
            else:
                data = path.read_bytes()
                stamp = len(data).to_bytes(8, "little") + data
        except OSError as exc:
            raise ConfigError(f"cannot read registry: {exc.strerror or exc}", str(path)) from None
        digest.update(shown.encode() + b"\0" + stamp)
        contents.append((path, shown, data))
    target = cache_dir() / f"registry-{digest.hexdigest()}.bin"
    registry = read_cache(target)
    if registry is None:
        packed = compile_records(_records(_read(contents)), [s for _, s, _ in contents])
        registry = write_cache(target, packed)
    return registry


def _read(contents: list[tuple[Path, str, bytes | None]]) -> list[tuple[Path, str, bytes]]:
    out = []
    for path, shown, data in contents:
        try:
            out.append((path, shown, path.read_bytes() if data is None else data))
        except OSError as exc:
            raise ConfigError(f"cannot read registry: {exc.strerror or exc}", str(path)) from None
    return out


def _records(contents: list[tuple[Path, str, bytes]]) -> list[Record]:
    # The user's own files are read first: a mistake in them is reported at once,
    # not after seconds spent parsing the shipped registry. Merge order is unchanged.
    parsed: dict[int, list[Record]] = {}
    order = sorted(range(len(contents)), key=lambda i: contents[i][1].startswith("rules/registry/"))
    for i in order:
        path, shown, data = contents[i]
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RegistryError("registry is not valid UTF-8", str(path)) from None
        parsed[i] = read_records(text, str(path), shown)
    return merge([r for i in range(len(contents)) for r in parsed[i]])


def read_cache(path: Path) -> Registry | None:
    """Map the cache at a path, or return None if it is absent or not trustworthy."""
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        return _from_buffer(mapped)
    except (ValueError, EOFError, TypeError, IndexError, KeyError) as exc:
        # NOTE: no mapped.close(): views into it may still be alive; the map goes with them.
        log.debug("ignoring corrupt registry cache %s: %s", path, exc)
        return None


def _from_buffer(buffer: Any) -> Registry:
    view = memoryview(buffer)
    if bytes(view[:8]) != _MAGIC:
        raise ValueError("not a registry cache")
    checksum = int.from_bytes(view[8:12], "little")
    if _adler32(buffer, view) != checksum:
        raise ValueError("checksum mismatch")
    size = int.from_bytes(view[12:20], "little")
    header = marshal.loads(view[20 : 20 + size])
    views = []
    for code, start, length in header["sections"]:
        part = view[start : start + length]
        views.append(part if code == "B" else part.cast(code))
    return Registry(Packed.from_sections(header["sources"], views), keep=buffer)


_CHUNK = 1 << 22


def _adler32(buffer: Any, view: memoryview) -> int:
    """Checksum the cache after its first 12 bytes, a few megabytes at a time.

    Pages of a mapped cache that were read only for the checksum are handed back
    as it goes: lookups touch a small part of a large registry, and the process
    should not hold the whole file in memory for having checked it once.
    """
    value = 1
    drop = isinstance(buffer, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED")
    for start in range(0, len(view), _CHUNK):
        value = zlib.adler32(view[max(start, 12) : start + _CHUNK], value)
        if drop:
            buffer.madvise(mmap.MADV_DONTNEED, start, min(_CHUNK, len(view) - start))
    return value


def _to_bytes(packed: Packed) -> bytes:
    """Lay out magic, checksum, header size, header, then 8-byte aligned sections."""
    raws = []
    for code, data in packed.sections():
        raw = bytes(data) if isinstance(data, (bytes, memoryview)) else data.tobytes()
        raws.append((code, raw))
    probe = [(c, 2**62, 2**62) for c, _ in raws]
    room = len(marshal.dumps({"sources": packed.sources, "sections": probe})) + 8
    room += -(20 + room) % 8
    layout, parts, offset = [], [], 20 + room
    for code, raw in raws:
        layout.append((code, offset, len(raw)))
        pad = -len(raw) % 8
        parts.append(raw + b"\0" * pad)
        offset += len(raw) + pad
    header = marshal.dumps({"sources": packed.sources, "sections": layout}).ljust(room, b"\0")
    body = struct.pack("<Q", room) + header + b"".join(parts)
    return _MAGIC + zlib.adler32(body).to_bytes(4, "little") + body


def write_cache(path: Path, packed: Packed) -> Registry:
    """Store a packed registry atomically and return it loaded from the bytes written.

    A cache that cannot be written only makes the next run slower.
    """
    data = _to_bytes(packed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".registry-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except OSError as exc:
        log.debug("cannot write registry cache %s: %s", path, exc)
    return _from_buffer(data)


def _prune(folder: Path) -> None:
    caches = sorted(folder.glob("registry-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in caches[_KEEP:]:
        old.unlink(missing_ok=True)
