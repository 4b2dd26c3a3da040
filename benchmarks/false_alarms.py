"""Measure findings per 100 real articles: on published news, nearly every warning is a false alarm.

    python benchmarks/false_alarms.py                      # every rule, warning level and above
    python benchmarks/false_alarms.py --select names --show 20
    python benchmarks/false_alarms.py --level info --limit 500

The articles are read at run time from ../shared/data/news (or $NEWSLINT_SHARED/data/news)
and are never stored in the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS, articles  # noqa: E402

from newslint import Config, lint_text  # noqa: E402
from newslint.finding import Severity  # noqa: E402


def story_text(record: dict) -> str:
    """Lay an article out as a plain-text draft: headline, blank line, body."""
    title = (record.get("title") or "").strip()
    return f"{title}\n\n{record['text']}" if title else record["text"]


def story_date(record: dict) -> dt.date | None:
    value = record.get("date")
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def measure(select: tuple[str, ...], level: Severity, limit: int | None):
    config = Config(select=select)
    per_rule: Counter[str] = Counter()
    examples: list[tuple[str, object]] = []
    n = 0
    for record in articles(limit):
        if record.get("duplicate_of"):
            continue
        n += 1
        findings = lint_text(
            story_text(record), f"{record['id']}.txt", config=config, date=story_date(record)
        )
        for f in findings:
            if f.severity >= level:
                per_rule[f"{f.code} {f.rule}"] += 1
                examples.append((record["id"], f))
    return n, per_rule, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", default="", help="comma-separated selectors (default: all)")
    parser.add_argument("--level", default="warning", help="lowest severity counted")
    parser.add_argument("--limit", type=int, help="stop after this many articles")
    parser.add_argument("--show", type=int, default=0, help="print this many findings to inspect")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"no news corpus at {NEWS}; set NEWSLINT_SHARED", file=sys.stderr)
        return 2
    select = tuple(s for s in args.select.split(",") if s)
    n, per_rule, examples = measure(select, Severity.parse(args.level), args.limit)
    total = sum(per_rule.values())
    print(
        f"{n} articles, {total} findings at {args.level} or above: "
        f"{100 * total / max(n, 1):.2f} per 100 articles"
    )
    for rule, count in per_rule.most_common():
        print(f"  {rule:<40} {count:>6}  {100 * count / max(n, 1):6.2f} per 100")
    for story, f in examples[: args.show]:
        print(f"{story}:{f.line}:{f.column}: {f.code} {f.message} [{f.text}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
