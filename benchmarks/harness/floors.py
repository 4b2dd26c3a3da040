"""Hold the quick run to its floors: recall may not fall, noise may not rise.

``benchmarks/quality-floor.yaml`` keeps, per family, the lowest dev-set recall and planted
recall and the highest noise (warnings per 100 untouched articles) that CI accepts from
the quick mode's fixed sample. The figures are raised as rules improve and never lowered
to make a run pass; the targets the issues set are kept beside them for reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.labels import Outcome
from harness.noise import Noise
from harness.phenomena import JUDGED
from harness.planted import Result

KEYS = ("dev_recall", "planted_recall", "noise")


@dataclass(frozen=True)
class Floor:
    family: str
    dev_recall: float | None = None
    planted_recall: float | None = None
    noise: float | None = None


def read(path: Path) -> dict[str, Floor]:
    """Read the floors file; an unknown family or key is an error naming file and line."""
    from ruamel.yaml import YAML

    data = YAML(typ="rt").load(path.read_text(encoding="utf-8")) or {}
    floors = {}
    for fam, spec in (data.get("floors") or {}).items():
        line = data["floors"].lc.key(fam)[0] + 1
        if fam not in JUDGED:
            raise ValueError(f"{path}:{line}: unknown family {fam!r}")
        unknown = set(spec or {}) - set(KEYS)
        if unknown:
            raise ValueError(f"{path}:{line}: unknown key {sorted(unknown)[0]!r} for {fam}")
        floors[fam] = Floor(fam, **{k: float(v) for k, v in (spec or {}).items()})
    return floors


def check(
    floors: dict[str, Floor], dev: Outcome | None, planted: Result | None, noise: Noise | None
) -> list[str]:
    """One line per floor broken; an empty list is a pass."""
    failures = []
    for fam, floor in floors.items():
        measured = {
            "dev_recall": (dev.recall(fam) or 0.0) if dev else None,
            "planted_recall": planted.family_recall(fam) if planted else None,
            "noise": noise.family_per_100(fam) if noise else None,
        }
        for key in KEYS:
            want, got = getattr(floor, key), measured[key]
            if want is None or got is None:
                continue
            if key == "noise" and got > want + 1e-9:
                failures.append(
                    f"{fam}: noise {got:.2f} per 100 articles is above its ceiling {want:.2f}"
                )
            elif key != "noise" and got < want - 1e-9:
                failures.append(
                    f"{fam}: {key.replace('_', ' ')} {got:.2f} is below its floor {want:.2f}"
                )
    return failures
