"""Findings per 100 real articles for every rule of the shipped packs: the noise table.

    NEWSLINT_SHARED=/work/shared python benchmarks/pack_noise.py            # Markdown table
    NEWSLINT_SHARED=/work/shared python benchmarks/pack_noise.py --show NL502 --limit 20

Published articles have been edited already, so at `warning` level nearly every
finding is a false alarm; at `info` level the rate tells an editor how often a rule
will speak. Articles are read at run time and never stored in the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS, articles  # noqa: E402
from false_alarms import story_text  # noqa: E402

from newslint.config import Config  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.packs import load_pack, shipped_packs  # noqa: E402

CORPORA = {"bbc": "BBC 2004-05", "reuters21578": "Reuters 1987", "tji": "US politics 2016"}


def measure(limit: int | None, show: str | None):
    rules = [r for path in shipped_packs().values() for r in load_pack(path)]
    linter = Linter(Config(select=tuple(r.code for r in rules)), rules=rules)
    counts: dict[str, Counter[str]] = {c: Counter() for c in CORPORA}
    docs: Counter[str] = Counter()
    shown = 0
    for record in articles(limit):
        if record.get("duplicate_of"):
            continue
        corpus = record["id"].split("-")[0]
        docs[corpus] += 1
        doc = Document(story_text(record), f"{record['id']}.txt")
        for f in linter.lint(doc).findings:
            counts[corpus][f.code] += 1
            if show and f.code == show and shown < 30:
                shown += 1
                sentence = doc.sentence_at(f.start)
                print(f"{record['id']}:{f.line}: [{f.text}] {sentence.text if sentence else ''}")
    return rules, docs, counts


def table(rules, docs, counts) -> str:
    total_docs = sum(docs.values())
    head = " | ".join(f"{CORPORA[c]} ({docs[c]})" for c in CORPORA)
    lines = [
        f"| Code | Rule | Severity | {head} | All ({total_docs}) |",
        "| --- | --- | --- |" + " ---: |" * (len(CORPORA) + 1),
    ]
    for r in sorted(rules, key=lambda r: r.code):
        cells = [f"{100 * counts[c][r.code] / max(docs[c], 1):.1f}" for c in CORPORA]
        total = sum(counts[c][r.code] for c in CORPORA)
        cells.append(f"{100 * total / max(total_docs, 1):.1f}")
        lines.append(f"| {r.code} | `{r.name}` | {r.severity.label} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="stop after this many articles")
    parser.add_argument("--show", metavar="CODE", help="print up to 30 findings of one rule")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"no news corpus at {NEWS}; set NEWSLINT_SHARED", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rules, docs, counts = measure(args.limit, args.show)
    print(table(rules, docs, counts))
    print(
        f"\n{sum(docs.values())} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
