"""Lint the benchmark corpus in one process, for a profiler to watch.

    .venv/bin/pyinstrument benchmarks/profile_corpus.py            # after run.py wrote the corpus
    .venv/bin/py-spy record -o profile.svg -- .venv/bin/python benchmarks/profile_corpus.py
    .venv/bin/python benchmarks/profile_corpus.py --analyses       # also every shared analysis

``--analyses`` computes every analysis the Document offers even when no installed rule
asks for it, so the cost that rule families will pay shows up before they land.
Profilers are not project dependencies: install one into your own environment.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newslint.config import Config
from newslint.document import Document
from newslint.engine import build_linter

ROOT = Path(__file__).resolve().parent.parent
ANALYSES = ("blocks", "sentences", "tokens", "name_candidates", "quotes", "directives")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", nargs="?", type=Path, default=ROOT / "benchmarks/.out/corpus")
    p.add_argument("--analyses", action="store_true", help="compute every shared analysis too")
    p.add_argument("--select", default="", help="comma-separated selectors (default: all)")
    args = p.parse_args(argv)
    files = sorted(args.folder.glob("*.md")) + sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no drafts in {args.folder}; run benchmarks/run.py first", file=sys.stderr)
        return 2
    config = Config(select=tuple(s for s in args.select.split(",") if s))
    linter = build_linter(config)
    start, size, findings = time.perf_counter(), 0, 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        doc = Document(text, str(path))
        if args.analyses:
            for name in ANALYSES:
                getattr(doc, name)
        findings += len(linter.lint(doc).findings)
    seconds = time.perf_counter() - start
    print(
        f"{len(files)} files, {size / 1e6:.2f} MB, {findings} findings, {seconds:.2f} s, "
        f"{size / 1e6 / seconds:.2f} MB/s in process",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
