"""Plant each phenomenon's errors into real articles and count how many newslint catches.

Sites are drawn with a fixed seed, spread across the corpora in turn so no one corpus's
house style decides a phenomenon's figure, one case per story and phenomenon until the
stories run out.
Each case is one untouched story with one planted error. A case is caught when the
mutated story has a warning- or error-level finding of the phenomenon's family within
one line of the plant that the untouched story did not have: a false alarm that was
already there is not a catch.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from harness.labels import judged
from harness.plant import Mutator, Plant, apply
from harness.stories import Story
from newslint import Config, Finding, lint_text


@dataclass
class Result:
    """Per phenomenon: the cases drawn, those caught, and where the sites came from."""

    drawn: dict[str, list[Plant]] = field(default_factory=dict)
    caught: dict[str, list[bool]] = field(default_factory=dict)
    available: Counter[str] = field(default_factory=Counter)
    by_corpus: dict[str, Counter[str]] = field(default_factory=dict)

    def recall(self, phenomenon: str) -> float | None:
        flags = self.caught.get(phenomenon) or []
        return sum(flags) / len(flags) if flags else None

    def family_recall(self, fam: str) -> float | None:
        flags = [c for ph, cs in self.caught.items() if ph.startswith(fam + ".") for c in cs]
        return sum(flags) / len(flags) if flags else None

    def by_position(self, phenomenon: str) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for plant, hit in zip(
            self.drawn.get(phenomenon, []), self.caught.get(phenomenon, []), strict=True
        ):
            cell = out[plant.site.position or "-"]
            cell[0] += hit
            cell[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def draw(
    mutator: Mutator,
    stories: Sequence[Story],
    limit: int,
    seed: int,
    available: Counter[str] | None = None,
) -> list[Plant]:
    """Up to ``limit`` cases, taken from each corpus in turn, one per story first.

    Only when a phenomenon's stories run out does a story give a second case (another
    of its sites), so a rare shape still reaches the limit without one story's wording
    dominating a common one.
    """
    firsts: dict[str, list[Plant]] = defaultdict(list)
    rests: dict[str, list[Plant]] = defaultdict(list)
    for story in stories:
        plants = list(apply(mutator, story))
        if plants:
            rng = random.Random(f"{seed}:{mutator.phenomenon}:{story.id}")
            rng.shuffle(plants)
            firsts[story.corpus].append(plants[0])
            rests[story.corpus].extend(plants[1:])
            if available is not None:
                available[story.corpus] += 1
    drawn: list[Plant] = []
    for pool in (firsts, rests):
        rng = random.Random(f"{seed}:{mutator.phenomenon}:{len(drawn)}")
        queues = []
        for corpus in sorted(pool):
            plants = pool[corpus]
            rng.shuffle(plants)
            queues.append(plants)
        while len(drawn) < limit and any(queues):
            for queue in queues:
                if queue and len(drawn) < limit:
                    drawn.append(queue.pop())
    return drawn


def caught(plant: Plant, findings: Iterable[Finding], before: set[tuple]) -> bool:
    lo, hi = plant.line - 1, plant.end_line + 1
    return any(
        f.family == plant.family
        and lo <= f.line <= hi
        and (f.code, f.line, f.message) not in before
        for f in judged(findings)
    )


def run(
    mutators: Sequence[Mutator],
    stories: Sequence[Story],
    limit: int,
    seed: int,
    config: Config | None = None,
    lint: Callable[[Story, str], list[Finding]] | None = None,
) -> Result:
    config = config or Config()

    def default_lint(story: Story, text: str) -> list[Finding]:
        return lint_text(text, story.path, config=config, date=story.date)

    lint = lint or default_lint
    result = Result()
    baseline: dict[str, set[tuple]] = {}
    for mutator in mutators:
        counts: Counter[str] = Counter()
        plants = draw(mutator, stories, limit, seed, counts)
        result.by_corpus[mutator.phenomenon] = counts
        result.available[mutator.phenomenon] = sum(counts.values())
        flags = []
        for plant in plants:
            story = plant.story
            if story.id not in baseline:
                baseline[story.id] = {
                    (f.code, f.line, f.message) for f in judged(lint(story, story.text))
                }
            flags.append(caught(plant, lint(story, plant.text), baseline[story.id]))
        result.drawn[mutator.phenomenon] = plants
        result.caught[mutator.phenomenon] = flags
    return result
