"""On published articles, nearly every contradiction warning would be a false alarm."""

import datetime as dt
import json

from conftest import shared_or_skip

from newslint import Config, lint_text
from newslint.finding import Severity

# Undated collections get a dateline inside their period, so date-aware rules run too.
NOMINAL = {"bbc": dt.date(2005, 3, 1), "tji": dt.date(2016, 10, 1)}


def _stories(stride):
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
                    dt.date.fromisoformat(date[:10]) if date else NOMINAL.get(record["id"][:3]),
                )


def test_at_most_one_contradiction_warning_per_hundred_real_articles():
    config = Config(select=("contradictions",))
    stories = list(_stories(4))
    warnings = [
        f
        for text, path, date in stories
        for f in lint_text(text, path, config=config, date=date)
        if f.severity >= Severity.WARNING
    ]
    assert len(warnings) <= len(stories) / 100, [f"{f.path}: {f.message}" for f in warnings]
