"""Find registry files, and load them through a compiled cache keyed by their content.

The cache is a marshal file named by a hash of every registry file's content (and
the format version). It carries a checksum of its own bytes: a truncated or
corrupt cache is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
import zlib
from importlib import resources
from pathlib import Path

from newslint.errors import ConfigError
from newslint.registry.compiled import Registry, compile_records, merge
from newslint.registry.schema import Record, RegistryError, read_records

log = logging.getLogger(__name__)

FORMAT = b"newslint-registry-5"
_MAGIC = b"NLREG003"
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


def cache_dir() -> Path:
    """Return the folder for compiled registries (``NEWSLINT_CACHE_DIR`` overrides)."""
    given = os.environ.get("NEWSLINT_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


def load_registry(paths: tuple[str, ...] = (), default: bool = True) -> Registry:
    """Load the shipped registry (if ``default``) and then each file, later ones winning."""
    files = [(p, True) for p in default_files()] if default else []
    files += [(Path(p), False) for p in paths]
    contents = []
    for path, shipped in files:
        try:
            contents.append((path, shown_path(path, shipped), path.read_bytes()))
        except OSError as exc:
            raise ConfigError(f"cannot read registry: {exc.strerror or exc}", str(path)) from None
    digest = hashlib.blake2b(FORMAT, digest_size=16)
    for _, shown, data in contents:
        digest.update(shown.encode() + b"\0" + len(data).to_bytes(8, "little") + data)
    target = cache_dir() / f"registry-{digest.hexdigest()}.bin"
    packed = read_cache(target)
    if packed is None:
        packed = compile_records(_records(contents), [s for _, s, _ in contents])
        write_cache(target, packed)
    return Registry(packed)


def _records(contents: list[tuple[Path, str, bytes]]) -> list[Record]:
    out: list[Record] = []
    for path, shown, data in contents:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RegistryError("registry is not valid UTF-8", str(path)) from None
        out.extend(read_records(text, str(path), shown))
    return merge(out)


def read_cache(path: Path) -> dict | None:
    """Return the packed registry stored at a path, or None if absent or not trustworthy."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if data[:8] != _MAGIC or zlib.crc32(data[12:]) != int.from_bytes(data[8:12], "little"):
            raise ValueError("checksum mismatch")
        packed = marshal.loads(data[12:])
        if not isinstance(packed, dict) or "tables" not in packed:
            raise ValueError("not a registry")
        return packed
    except (ValueError, EOFError, TypeError) as exc:
        log.debug("ignoring corrupt registry cache %s: %s", path, exc)
        return None


def write_cache(path: Path, packed: dict) -> None:
    """Store a packed registry atomically; a cache that cannot be written is only slower."""
    payload = marshal.dumps(packed)
    data = _MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".registry-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        _prune(path.parent)
    except OSError as exc:
        log.debug("cannot write registry cache %s: %s", path, exc)


def _prune(folder: Path) -> None:
    caches = sorted(folder.glob("registry-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in caches[_KEEP:]:
        old.unlink(missing_ok=True)
