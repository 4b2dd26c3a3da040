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


def stories(kind: str = "markdown") -> Iterator[str]:
    """Yield each distinct article laid out as a draft, interleaving the sources.

    Interleaving makes any prefix of the corpus a mix of BBC, Reuters and US
    political stories, so a small benchmark corpus is not all one style of prose.
    """
    by_source: dict[str, list[dict]] = {}
    for record in articles():
        if not record.get("duplicate_of"):
            by_source.setdefault(record["_source"], []).append(record)
    queues = [iter(records) for _, records in sorted(by_source.items())]
    while queues:
        for queue in list(queues):
            record = next(queue, None)
            if record is None:
                queues.remove(queue)
            else:
                yield draft(record, kind)


def draft(record: dict, kind: str = "markdown") -> str:
    """Lay an article out as a draft: a Markdown headline, or a plain-text first line.

    A dated Markdown story gets front matter with its date, as a newsroom's drafts
    carry one, so date-aware rules have a dateline to work against.
    """
    title = " ".join((record.get("title") or "").split())
    text = record["text"].strip() + "\n"
    if kind != "markdown":
        return f"{title}\n\n{text}" if title else text
    text = f"# {title}\n\n{text}" if title else text
    date = (record.get("date") or "")[:10]
    return f"---\ndate: {date}\n---\n\n{text}" if date else text


def write_stories(
    folder: Path, target_bytes: int | None = None, kind: str = "markdown", repeat: bool = False
) -> tuple[list[Path], int]:
    """Write one story per file until ``target_bytes`` of UTF-8 text (all stories if None).

    With ``repeat`` the corpus is cycled until the target is reached, so a scale run
    reads the same prose many times over. Returns the files and their total size.
    """
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".md" if kind == "markdown" else ".txt"
    paths: list[Path] = []
    total = 0
    while target_bytes is None or total < target_bytes:
        before = len(paths)
        for text in stories(kind):
            data = text.encode("utf-8")
            path = folder / f"{len(paths):06d}{suffix}"
            path.write_bytes(data)
            paths.append(path)
            total += len(data)
            if target_bytes is not None and total >= target_bytes:
                break
        if not repeat or len(paths) == before:
            break
    return paths, total
