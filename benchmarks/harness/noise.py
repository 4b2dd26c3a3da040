"""Warnings on untouched real articles: on published news nearly every one is a false alarm."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from harness.labels import judged
from harness.phenomena import of_rule
from harness.stories import Story
from newslint import Config, Finding, Severity, lint_text


@dataclass
class Noise:
    """Warning-level findings per rule, family and phenomenon, overall and per corpus."""

    articles: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    by_family: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_phenomenon: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, Finding]] = field(default_factory=list)
    #: Findings on misspellings the published article itself has (see CORPUS_ERRORS).
    errors_found: list[tuple[str, Finding]] = field(default_factory=list)

    @property
    def total_articles(self) -> int:
        return sum(self.articles.values())

    def per_100(self, count: int, corpus: str | None = None) -> float:
        n = self.articles[corpus] if corpus else self.total_articles
        return 100 * count / n if n else 0.0

    def family_per_100(self, fam: str, corpus: str | None = None) -> float:
        if corpus:
            return self.per_100(self.by_family[(fam, corpus)], corpus)
        return self.per_100(sum(v for (f, _), v in self.by_family.items() if f == fam))


#: Misspellings in the published articles themselves, each checked by hand against the
#: name the article means ("Matshushita Electric"): a warning on one is right, so it is
#: counted as an error found in published news, not as noise.
CORPUS_ERRORS = Path(__file__).with_name("corpus-errors.json")


@lru_cache(maxsize=1)
def corpus_errors() -> frozenset[tuple[str, str]]:
    """Return (story id, text as written) of every hand-checked error in the corpora."""
    data = json.loads(CORPUS_ERRORS.read_text(encoding="utf-8"))
    return frozenset((e["story"], e["text"]) for e in data["errors"])


def run(stories: Sequence[Story], config: Config | None = None) -> Noise:
    config = config or Config()
    noise = Noise()
    for story in stories:
        noise.articles[story.corpus] += 1
        findings = lint_text(story.text, story.path, config=config, date=story.date)
        for f in findings:
            if f.severity < Severity.WARNING:
                continue
            if (story.id, f.text) in corpus_errors():
                noise.errors_found.append((story.id, f))
                continue
            noise.by_rule[f"{f.code} {f.rule}"] += 1
            noise.by_family[(f.family, story.corpus)] += 1
            noise.messages[f"{f.code} {f.message}"] += 1
            noise.examples.append((story.id, f))
        for f in judged(findings):
            if (story.id, f.text) in corpus_errors():
                continue
            ph = of_rule(f.rule)
            if ph:
                noise.by_phenomenon[ph] += 1
    return noise
