"""On published articles, nearly every number or date warning would be a false alarm."""

import datetime as dt
import json

from conftest import shared_or_skip

from newslint import Config, lint_text
from newslint.finding import Severity


def _stories(stride):
    """Every stride-th article of every file, so dated and undated sources both count."""
    news = shared_or_skip("data", "news")
    for path in sorted(news.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                record = json.loads(line)
                if i % stride or record.get("duplicate_of"):
                    continue
                date = record.get("date")
                yield (
                    f"{record.get('title') or ''}\n\n{record['text']}",
                    f"{record['id']}.txt",
                    dt.date.fromisoformat(date[:10]) if date else None,
                )


def test_at_most_two_warnings_per_hundred_real_articles():
    config = Config(select=("numbers", "dates"))
    stories = list(_stories(8))
    warnings = [
        f
        for text, path, date in stories
        for f in lint_text(text, path, config=config, date=date)
        if f.severity >= Severity.WARNING
    ]
    assert len(warnings) <= 2 * len(stories) / 100, [f"{f.path}: {f.message}" for f in warnings]
