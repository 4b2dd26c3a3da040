"""Write a registry of invented people, to measure newslint with a newsroom-sized registry.

    python benchmarks/synthetic_registry.py 1000000 big-registry.yaml

The names are built from syllables with a fixed seed, so every run writes the same
file. Surnames repeat across people the way real ones do, but no name is a real
person's by design. The layout is the registry schema's: a ``people`` list of
entries with ``id`` and ``name``.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

_ONSETS = "b d k l m n r s t v z g h p f ch sh th br tr st gr kr dr pl".split()
_VOWELS = "a e i o u a e i o ai ou ei".split()
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt"]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def names(count: int, seed: int = 20251104) -> Iterator[str]:
    """Yield ``count`` distinct invented full names, given name first."""
    rng = random.Random(seed)
    surnames = [_word(rng, rng.choice((2, 2, 3, 3, 4))) for _ in range(max(count // 8, 1))]
    seen: set[str] = set()
    while len(seen) < count:
        name = f"{_word(rng, rng.choice((1, 2, 2, 3)))} {rng.choice(surnames)}"
        if name not in seen:
            seen.add(name)
            yield name


def write(path: Path, count: int) -> Path:
    """Write the registry YAML for ``count`` people and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write(f"# {count} invented people for benchmarks; none is a real person.\npeople:\n")
        for i, name in enumerate(names(count), 1):
            out.write(f"  - id: synthetic-{i:07d}\n    name: {name}\n")
    return path


if __name__ == "__main__":
    write(Path(sys.argv[2]), int(sys.argv[1]))
