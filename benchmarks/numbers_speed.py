"""Linting throughput on the news corpus with the number and date rules on and off.

    NEWSLINT_SHARED=/work/shared python benchmarks/numbers_speed.py
    python benchmarks/numbers_speed.py --limit 2000 --repeat 5

Every run analyses fresh documents, so the shared quantity and date extraction is
paid in full. Times are CPU time of this process (other programs on the machine do
not count), the best of --repeat runs. The articles are read at run time and never
stored in the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS, articles  # noqa: E402
from false_alarms import story_date, story_text  # noqa: E402

from newslint import Config  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import build_linter  # noqa: E402

FAMILIES = ("numbers", "dates")


def load(limit: int | None) -> list[tuple[str, str, object]]:
    return [
        (story_text(r), f"{r['id']}.txt", story_date(r))
        for r in articles(limit)
        if not r.get("duplicate_of")
    ]


def run_once(linter, stories) -> float:
    start = time.process_time()
    for text, path, date in stories:
        linter.lint(Document(text, path, reference_date=date))
    return time.process_time() - start


def best(linter, stories, repeat: int) -> float:
    run_once(linter, stories[:20])  # load plugins, registry and caches before timing
    return min(run_once(linter, stories) for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="articles to read (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; best counts")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"no news corpus at {NEWS}; set NEWSLINT_SHARED", file=sys.stderr)
        return 2
    stories = load(args.limit)
    size = sum(len(s[0]) for s in stories) / 1e6
    off = best(build_linter(Config(ignore=FAMILIES)), stories, args.repeat)
    on = best(build_linter(Config()), stories, args.repeat)
    alone = best(build_linter(Config(select=FAMILIES)), stories, args.repeat)
    print(f"{len(stories)} articles, {size:.1f} M characters, best of {args.repeat} (CPU time)")
    for label, seconds in (
        ("every rule, numbers and dates off", off),
        ("every rule, numbers and dates on", on),
        ("numbers and dates alone", alone),
    ):
        print(f"  {label:<36} {seconds:7.2f} s  {len(stories) / seconds:8.0f} articles/s")
    print(f"slowdown with numbers and dates on: {on / off:.2f}x (target: at most 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
