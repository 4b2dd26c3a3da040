"""False alarms of the contradiction rules when every article has a dateline.

BBC (2004-2005) and This-Just-In (2016) articles carry no per-article date, so the
date-aware rules (wrong titles, acts outside a term, "last December") stay silent on
them in ``false_alarms.py``. This run gives each undated article a nominal dateline
inside its collection's period, which exercises those rules on 2,353 more articles:

    NEWSLINT_SHARED=/path/to/shared python benchmarks/contradictions_dated.py --show 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS, articles  # noqa: E402
from false_alarms import story_date, story_text  # noqa: E402

from newslint import Config, lint_text  # noqa: E402
from newslint.finding import Severity  # noqa: E402

NOMINAL = {"bbc": dt.date(2005, 3, 1), "tji": dt.date(2016, 10, 1)}


def dateline(record: dict) -> dt.date | None:
    return story_date(record) or NOMINAL.get(record["id"].split("-")[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", default="warning", help="lowest severity counted")
    parser.add_argument("--show", type=int, default=0, help="print this many findings")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"no news corpus at {NEWS}; set NEWSLINT_SHARED", file=sys.stderr)
        return 2
    config = Config(select=("contradictions",))
    level = Severity.parse(args.level)
    n, found = 0, []
    for record in articles():
        if record.get("duplicate_of"):
            continue
        n += 1
        path = f"{record['id']}.txt"
        for f in lint_text(story_text(record), path, config=config, date=dateline(record)):
            if f.severity >= level:
                found.append((record["id"], f))
    print(
        f"{n} articles, all dated: {len(found)} findings at {args.level} or above: "
        f"{100 * len(found) / max(n, 1):.2f} per 100 articles"
    )
    for story, f in found[: args.show]:
        print(f"{story}:{f.line}:{f.column}: {f.code} {f.message} [{f.text}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
