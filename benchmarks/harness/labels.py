"""Score findings against the labelled drafts, by the matching rules of ../shared/eval.

The rules are the reference scorer's (``../shared/eval/score.py``), kept identical so the
two agree on the same run (a test runs both): a warning- or error-level finding of a
judged family on a line within ``slack`` of an unmatched label of that family is a hit; a
second finding on a label already found is neither hit nor alarm; every other judged
finding is a false alarm; info level and the other families are not judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from harness.phenomena import JUDGED, PHENOMENA, of_rule
from newslint import Config, Finding, Severity, lint_text


@dataclass(frozen=True)
class Label:
    case: str
    line: int
    families: frozenset[str]
    phenomenon: str
    text: str = ""
    why: str = ""


@dataclass
class Outcome:
    """What one scoring run found: per family, per phenomenon and per rule."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    phenomenon_hit: Counter[str] = field(default_factory=Counter)
    phenomenon_all: Counter[str] = field(default_factory=Counter)
    #: per phenomenon of the rule that produced a judged finding: (hits, false alarms)
    rule_tp: Counter[str] = field(default_factory=Counter)
    rule_fp: Counter[str] = field(default_factory=Counter)
    clean_alarms: int = 0
    cases: int = 0
    misses: list[Label] = field(default_factory=list)
    alarms: list[tuple[str, Finding]] = field(default_factory=list)

    def precision(self, fam: str | None = None) -> float | None:
        t = sum(self.tp.values()) if fam is None else self.tp[fam]
        f = sum(self.fp.values()) if fam is None else self.fp[fam]
        return t / (t + f) if t + f else None

    def recall(self, fam: str | None = None) -> float | None:
        t = sum(self.tp.values()) if fam is None else self.tp[fam]
        n = sum(self.fn.values()) if fam is None else self.fn[fam]
        return t / (t + n) if t + n else None

    def f1(self) -> float:
        p, r = self.precision() or 0.0, self.recall() or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def phenomenon_recall(self, phenomenon: str) -> float | None:
        n = self.phenomenon_all[phenomenon]
        return self.phenomenon_hit[phenomenon] / n if n else None

    def rule_precision(self, phenomenon: str) -> float | None:
        t, f = self.rule_tp[phenomenon], self.rule_fp[phenomenon]
        return t / (t + f) if t + f else None


def read(folder: Path) -> tuple[dict[str, list[Label]], dict[str, Path]]:
    """Every case of every ``*-labels.yaml`` in a folder: its labels and its draft's path."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    labels: dict[str, list[Label]] = {}
    paths: dict[str, Path] = {}
    for labels_file in sorted(folder.glob("*-labels.yaml")):
        data = yaml.load(labels_file.read_text(encoding="utf-8")) or {}
        for case, spec in sorted((data.get("cases") or {}).items()):
            items = []
            for e in (spec or {}).get("expect") or []:
                fam = e["family"]
                phenomenon = e.get("phenomenon", "")
                if phenomenon and phenomenon not in PHENOMENA:
                    raise ValueError(f"{labels_file}: {case}: unknown phenomenon {phenomenon!r}")
                items.append(
                    Label(
                        case,
                        int(e["line"]),
                        frozenset(fam if isinstance(fam, list) else [fam]),
                        phenomenon,
                        e.get("text", ""),
                        e.get("why", ""),
                    )
                )
            labels[case] = items
            paths[case] = labels_file.parent / case
    return labels, paths


def lint_cases(paths: dict[str, Path], config: Config | None = None) -> dict[str, list[Finding]]:
    """Lint each labelled draft as the CLI would: from its file, dated by its front matter."""
    config = config or Config()
    return {
        case: lint_text(path.read_text(encoding="utf-8"), str(path), config=config)
        for case, path in paths.items()
    }


def judged(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.family in JUDGED and f.severity >= Severity.WARNING]


def score(
    labels: dict[str, list[Label]], findings: dict[str, list[Finding]], slack: int = 1
) -> Outcome:
    out = Outcome(cases=len(labels))
    for case, expect in sorted(labels.items()):
        hit = [False] * len(expect)
        for f in judged(findings.get(case, [])):
            ph = of_rule(f.rule) or f.rule
            near = [
                i
                for i, e in enumerate(expect)
                if f.family in e.families and abs(e.line - f.line) <= slack
            ]
            match = next((i for i in near if not hit[i]), None)
            if match is None:
                if not near:  # a second finding on a label already found is no alarm
                    out.fp[f.family] += 1
                    out.rule_fp[ph] += 1
                    out.clean_alarms += not expect
                    out.alarms.append((case, f))
                continue
            hit[match] = True
            out.tp[f.family] += 1
            out.rule_tp[ph] += 1
        for e, found in zip(expect, hit, strict=True):
            if e.phenomenon:
                out.phenomenon_all[e.phenomenon] += 1
                out.phenomenon_hit[e.phenomenon] += found
            if not found:
                out.fn[sorted(e.families)[0]] += 1
                out.misses.append(e)
    return out


def run(folder: Path, config: Config | None = None, slack: int = 1) -> Outcome:
    labels, paths = read(folder)
    return score(labels, lint_cases(paths, config), slack)
