"""Where newslint keeps what it compiles once and reuses: registries, parsed rule packs."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """Return the cache folder (``NEWSLINT_CACHE_DIR`` overrides, else the XDG cache)."""
    given = os.environ.get("NEWSLINT_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"
