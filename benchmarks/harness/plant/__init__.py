"""One mutator per plantable phenomenon, in an explicit list (no discovery, no side effects).

Each family's mutators live in their own module; ``MUTATORS`` is the list the harness runs,
and ``NOT_PLANTED`` names the phenomena no mutator can plant unambiguously, with the reason,
so the quality table can say why their planted column is empty.
"""

from __future__ import annotations

from harness.plant import names, numbers, people, timeline
from harness.plant.base import Mutator, Plant, Site, apply

_MODULES = (names, numbers, timeline, people)
MUTATORS: tuple[Mutator, ...] = tuple(m for module in _MODULES for m in module.MUTATORS)
NOT_PLANTED: dict[str, str] = {k: v for module in _MODULES for k, v in module.NOT_PLANTED.items()}


def by_phenomenon() -> dict[str, Mutator]:
    return {m.phenomenon: m for m in MUTATORS}


__all__ = ["MUTATORS", "NOT_PLANTED", "Mutator", "Plant", "Site", "apply", "by_phenomenon"]
