"""Load the real news articles from ../shared/data/news at run time (never committed)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLINT_SHARED") or ROOT.parent / "shared")
NEWS = SHARED / "data" / "news"


def articles(limit: int | None = None) -> Iterator[dict]:
    """Yield article records (dicts with at least a text field) from every news file."""
    count = 0
    for path in sorted(NEWS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                record["_source"] = path.name
                yield record
                count += 1
                if limit is not None and count >= limit:
                    return
