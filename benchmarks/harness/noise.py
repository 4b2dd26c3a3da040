"""Warnings on untouched real articles: on published news nearly every one is a false alarm."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

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


def run(stories: Sequence[Story], config: Config | None = None) -> Noise:
    config = config or Config()
    noise = Noise()
    for story in stories:
        noise.articles[story.corpus] += 1
        findings = lint_text(story.text, story.path, config=config, date=story.date)
        for f in findings:
            if f.severity < Severity.WARNING:
                continue
            noise.by_rule[f"{f.code} {f.rule}"] += 1
            noise.by_family[(f.family, story.corpus)] += 1
            noise.messages[f"{f.code} {f.message}"] += 1
            noise.examples.append((story.id, f))
        for f in judged(findings):
            ph = of_rule(f.rule)
            if ph:
                noise.by_phenomenon[ph] += 1
    return noise
