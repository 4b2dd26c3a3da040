"""Real articles from ../shared/data/news, laid out as the drafts newslint is run on."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus import NEWS, draft

#: Short corpus names, from the news file names, used in reports.
CORPORA = {
    "bbc-fulltext-2004-2005.jsonl": "bbc",
    "reuters21578-1987-selected.jsonl": "reuters",
    "this-just-in-real-political-2016.jsonl": "us2016",
}


@dataclass(frozen=True)
class Story:
    """One article as a draft: a Markdown headline, front matter with its date if it has one.

    ``year`` is the story's year when the text or record pins one (1987 for Reuters),
    for mutators that need the calendar; ``date`` is the dateline newslint sees.
    """

    id: str
    corpus: str
    text: str
    date: dt.date | None

    @property
    def path(self) -> str:
        return f"{self.id}.md"

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset, counting front-matter lines as the labels do."""
        return self.text.count("\n", 0, offset) + 1


def _date(record: dict) -> dt.date | None:
    value = record.get("date")
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def load(news: Path = NEWS) -> Iterator[Story]:
    """Every distinct article of every corpus, in file order (duplicates skipped)."""
    for path in sorted(news.glob("*.jsonl")):
        corpus = CORPORA.get(path.name, path.stem)
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("duplicate_of"):
                    continue
                yield Story(record["id"], corpus, draft(record, "markdown"), _date(record))


def available(news: Path = NEWS) -> bool:
    return news.is_dir() and any(news.glob("*.jsonl"))
