"""Lint the benchmark corpus in one process, for a profiler to watch.

    .venv/bin/pyinstrument benchmarks/profile_corpus.py            # after run.py wrote the corpus
    .venv/bin/py-spy record -o profile.svg -- .venv/bin/python benchmarks/profile_corpus.py
    .venv/bin/python benchmarks/profile_corpus.py --analyses       # also every shared analysis
    .venv/bin/python benchmarks/profile_corpus.py --stages         # CPU seconds per analysis

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
ANALYSES = (
    "front_matter",
    "blocks",
    "directives",
    "sentences",
    "tokens",
    "name_candidates",
    "quotes",
)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", nargs="?", type=Path, default=ROOT / "benchmarks/.out/corpus")
    p.add_argument("--analyses", action="store_true", help="compute every shared analysis too")
    p.add_argument("--stages", action="store_true", help="print CPU seconds per MB per analysis")
    p.add_argument("--select", default="", help="comma-separated selectors (default: all)")
    args = p.parse_args(argv)
    files = sorted(args.folder.glob("*.md")) + sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no drafts in {args.folder}; run benchmarks/run.py first", file=sys.stderr)
        return 2
    config = Config(select=tuple(s for s in args.select.split(",") if s))
    linter = build_linter(config)
    start, size, findings = time.perf_counter(), 0, 0
    cpu = dict.fromkeys((*ANALYSES, "rules"), 0.0)
    for path in files:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        doc = Document(text, str(path))
        if args.analyses or args.stages:
            for name in ANALYSES:
                before = time.process_time()
                getattr(doc, name)
                cpu[name] += time.process_time() - before
        before = time.process_time()
        findings += len(linter.lint(doc).findings)
        cpu["rules"] += time.process_time() - before
    seconds = time.perf_counter() - start
    print(
        f"{len(files)} files, {size / 1e6:.2f} MB, {findings} findings, {seconds:.2f} s, "
        f"{size / 1e6 / seconds:.2f} MB/s in process",
        file=sys.stderr,
    )
    if args.stages:
        for name, spent in cpu.items():
            print(f"{name:<16} {spent / (size / 1e6):.3f} CPU s per MB")
        print(f"{'total':<16} {sum(cpu.values()) / (size / 1e6):.3f} CPU s per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
