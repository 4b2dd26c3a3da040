"""Plant copy errors into real articles and count how many the number and date rules catch.

    NEWSLINT_SHARED=/work/shared python benchmarks/planted_errors.py [--limit N]

Three kinds of slip, each planted one at a time into an otherwise untouched article:
swapped figures after a verb of change ("rose to 5 pct from 4 pct" becomes "rose to
4 pct from 5 pct"), a weekday moved by one day ("Monday, March 2" becomes "Tuesday,
March 2") and a day pushed past the end of its month ("April 30" becomes "April 31").
A plant counts as caught when the expected rule reports a finding overlapping it.
"""

from __future__ import annotations

import argparse
import calendar
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS  # noqa: E402
from numbers_speed import load  # noqa: E402

from newslint import Config, lint_text  # noqa: E402
from newslint.claims.dates import extract_dates
from newslint.claims.quantities import extract_quantities
from newslint.document import Document  # noqa: E402

VERBS = frozenset(
    "rose fell increased decreased dropped climbed declined raised lowered cut".split()
)
WEEKDAYS = list(calendar.day_name)


def swaps(doc: Document) -> Iterator[tuple[str, int, int]]:
    """Swap the figures of "<verb> to X from Y" pairs (same unit, different values)."""
    text, qs = doc.text, extract_quantities(doc)
    for a, b in pairwise(qs):
        before = text[max(0, a.start - 20) : a.start].split()
        if text[a.end : b.start] != " from " or before[-2:-1] == [] or before[-1] != "to":
            continue
        if before[-2].lower() not in VERBS or a.unit != b.unit or a.value == b.value:
            continue
        planted = text[: a.start] + b.text + text[a.end : b.start] + a.text + text[b.end :]
        yield planted, a.start, a.start + len(b.text) + (b.start - a.end) + len(a.text)


def weekdays(doc: Document) -> Iterator[tuple[str, int, int]]:
    """Move a weekday written with a full date to the next day of the week."""
    for d in extract_dates(doc):
        if d.weekday is None or d.day is None or d.year is None:
            continue
        word = WEEKDAYS[d.weekday]
        if not doc.text.startswith(word, d.start):
            continue
        other = WEEKDAYS[(d.weekday + 1) % 7]
        yield doc.text[: d.start] + other + doc.text[d.start + len(word) :], d.start, d.end


def month_ends(doc: Document) -> Iterator[tuple[str, int, int]]:
    """Push a date on the last day of a 30-day month one day further."""
    for d in extract_dates(doc):
        if d.month in (4, 6, 9, 11) and d.day == 30 and d.text.count("30") == 1:
            fixed = d.text.replace("30", "31")
            yield doc.text[: d.start] + fixed + doc.text[d.end :], d.start, d.end


PLANTS = (("NL201", swaps), ("NL302", weekdays), ("NL301", month_ends))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="articles to read (default: all)")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"no news corpus at {NEWS}; set NEWSLINT_SHARED", file=sys.stderr)
        return 2
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for text, path, date in load(args.limit):
        doc = Document(text, path, reference_date=date)
        for code, plant in PLANTS:
            for mutated, start, end in plant(doc):
                planted[code] += 1
                found = lint_text(mutated, path, config=Config(select=(code,)), date=date)
                caught[code] += any(f.start < end and f.end > start for f in found)
    for code, _ in PLANTS:
        share = 100 * caught[code] / max(planted[code], 1)
        print(f"{code}: caught {caught[code]} of {planted[code]} planted errors ({share:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
