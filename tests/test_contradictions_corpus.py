"""On published articles, nearly every contradiction warning would be a false alarm."""

import datetime as dt

from conftest import news_stories

from newslint import Config, lint_text
from newslint.finding import Severity

# Undated collections get a dateline inside their period, so date-aware rules run too.
NOMINAL = {"bbc": dt.date(2005, 3, 1), "tji": dt.date(2016, 10, 1)}


def test_at_most_one_contradiction_warning_per_hundred_real_articles():
    config = Config(select=("contradictions",))
    stories = list(news_stories(4, NOMINAL))
    warnings = [
        f
        for text, path, date in stories
        for f in lint_text(text, path, config=config, date=date)
        if f.severity >= Severity.WARNING
    ]
    assert len(warnings) <= len(stories) / 100, [f"{f.path}: {f.message}" for f in warnings]
