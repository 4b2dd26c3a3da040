"""Measure detection quality per phenomenon: labelled drafts, planted errors, noise on real news.

    python benchmarks/quality.py                 # the full run: print the tables
    python benchmarks/quality.py --write         # ... and regenerate docs/quality.md
    python benchmarks/quality.py --quick         # CI's fixed sample, held to quality-floor.yaml
    python benchmarks/quality.py --show --only numbers   # every miss and false alarm

Three parts, one table (docs/quality.md explains each figure):
1. the labelled drafts of ../shared/eval/dev (or --labels), scored as ../shared/eval/score.py
   scores them with --slack 1;
2. errors planted one at a time into real articles of ../shared/data/news, by one mutator
   per phenomenon (benchmarks/harness/plant/), drawn with a fixed seed across the corpora;
3. warnings on the untouched articles, per rule, family and corpus.
Data is read from ../shared (or $NEWSLINT_SHARED) at run time; a part whose data is
missing is skipped and the run says so (in CI, where the data must be present, it fails).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, SHARED  # noqa: E402
from harness import floors, labels, noise, planted, stories, table  # noqa: E402
from harness.phenomena import JUDGED  # noqa: E402
from harness.plant import MUTATORS, NOT_PLANTED  # noqa: E402

from newslint import Config  # noqa: E402

DOCS = ROOT / "docs" / "quality.md"
FLOORS = Path(__file__).resolve().parent / "quality-floor.yaml"
#: The quick mode's fixed sample: small enough for CI, the same every run.
QUICK = {"limit": 40, "noise_stride": 10, "site_stride": 3}
FULL = {"limit": 200, "noise_stride": 1, "site_stride": 1}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--labels",
        type=Path,
        default=SHARED / "eval" / "dev",
        help="folder of *-labels.yaml and their drafts",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the fixed CI sample; exit 1 if a floor in quality-floor.yaml is broken",
    )
    parser.add_argument("--limit", type=int, help="planted cases per phenomenon (default 200)")
    parser.add_argument("--seed", type=int, default=17, help="seed of the planted draw")
    parser.add_argument("--only", default="", help="phenomena whose name starts with this")
    parser.add_argument(
        "--show",
        action="store_true",
        help="list every dev-set miss and false alarm, and planted misses",
    )
    parser.add_argument(
        "--show-planted",
        type=int,
        default=5,
        help="with --show: planted misses listed per phenomenon",
    )
    parser.add_argument("--write", action="store_true", help="regenerate docs/quality.md")
    parser.add_argument("--floors", type=Path, default=FLOORS)
    return parser.parse_args(argv)


def skipped(what: str, path: Path) -> None:
    if os.environ.get("CI") == "true":
        sys.exit(f"quality: {path} is required in CI ({what})")
    print(f"skipped {what}: no {path}", file=sys.stderr)


def show_dev(out: labels.Outcome, only: str) -> None:
    for e in out.misses:
        if e.phenomenon.startswith(only):
            print(f"  MISSED {e.case}:{e.line} [{e.phenomenon}] {e.text} -- {e.why}")
    for case, f in out.alarms:
        if f.rule.startswith(only) or f.family.startswith(only):
            print(f"  FALSE ALARM {case}:{f.line} {f.code} [{f.family}] {f.message[:140]}")


def show_planted(result: planted.Result, per: int) -> None:
    for ph, plants in result.drawn.items():
        misses = [p for p, hit in zip(plants, result.caught[ph], strict=True) if not hit][:per]
        for p in misses:
            before, after = p.context()
            print(
                f"  PLANTED MISS {ph} [{p.site.position or '-'}] {p.story.id}:{p.line}\n"
                f"      was: {before}\n      now: {after}"
            )


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    mode = QUICK if args.quick else FULL
    limit = args.limit or mode["limit"]
    config = Config()
    how = "python benchmarks/quality.py" + (" --quick" if args.quick else "")
    started = time.perf_counter()

    dev = None
    if args.labels.is_dir():
        dev = labels.run(args.labels, config)
        if args.show:
            show_dev(dev, args.only)
    else:
        skipped("the labelled drafts", args.labels)

    result = quiet = None
    if stories.available():
        every = list(stories.load())
        mutators = [m for m in MUTATORS if m.phenomenon.startswith(args.only)]
        result = planted.run(mutators, every[:: mode["site_stride"]], limit, args.seed, config)
        if args.show:
            show_planted(result, args.show_planted)
        quiet = noise.run(every[:: mode["noise_stride"]], config)
    else:
        skipped("planted errors and noise", stories.NEWS)

    not_planted = {ph: why for ph, why in NOT_PLANTED.items() if ph.startswith(args.only)}
    block = table.render(dev, result, quiet, not_planted, how)
    print(block.split("\n", 2)[2].rsplit("\n", 2)[0])
    if quiet:
        print("\nwarnings per 100 untouched articles, by rule:")
        for rule, count in quiet.by_rule.most_common():
            print(f"  {rule:<40} {count:>5}  {quiet.per_100(count):6.2f}")
        if quiet.errors_found:
            print(
                f"  and {len(quiet.errors_found)} warnings on misspellings the published"
                " articles have (benchmarks/harness/corpus-errors.json), not counted"
            )
        print("most frequent messages:")
        for message, count in quiet.messages.most_common(10):
            print(f"  {count:>4}  {message[:150]}")
    if result:
        print("\nplanted recall by position:")
        for ph in result.caught:
            cells = ", ".join(f"{pos} {h}/{n}" for pos, (h, n) in result.by_position(ph).items())
            corpora = ", ".join(f"{c} {n}" for c, n in sorted(result.by_corpus[ph].items()))
            print(f"  {ph:34s} {cells}  (sites in stories: {corpora})")
    print(f"\n{time.perf_counter() - started:.1f} s", file=sys.stderr)

    if args.write:
        if args.quick or args.only or args.limit:
            print("--write regenerates the full run's table only", file=sys.stderr)
            return 2
        DOCS.write_text(
            table.replace_block(DOCS.read_text(encoding="utf-8"), block), encoding="utf-8"
        )
        print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    if args.quick:
        failures = floors.check(floors.read(args.floors), dev, result, quiet)
        for failure in failures:
            print(f"quality floor broken: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


__all__ = ["JUDGED", "main"]

if __name__ == "__main__":
    sys.exit(main())
