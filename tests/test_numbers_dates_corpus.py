"""On published articles, nearly every number or date warning would be a false alarm."""

from conftest import news_stories

from newslint import Config, lint_text
from newslint.finding import Severity


def test_at_most_two_warnings_per_hundred_real_articles():
    config = Config(select=("numbers", "dates"))
    stories = list(news_stories(8))
    warnings = [
        f
        for text, path, date in stories
        for f in lint_text(text, path, config=config, date=date)
        if f.severity >= Severity.WARNING
    ]
    assert len(warnings) <= 2 * len(stories) / 100, [f"{f.path}: {f.message}" for f in warnings]
