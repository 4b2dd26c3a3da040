"""Registry scale: load time with 1,000,000 synthetic people, and lint throughput.

    NEWSLINT_SHARED=/work/shared python benchmarks/registry_scale.py [--people N] [--articles N]

Writes a synthetic registry YAML (one flow-style entry per person) to a scratch
folder, then:

1. primes the compiled cache. Parsing 100 MB of YAML with the pure-Python
   ruamel.yaml takes minutes, so the script compiles the same records directly
   (what the first run would store) and reports the measured parse speed on a
   10,000-person slice to estimate the true first run;
2. times ``load_registry`` from the cache (hash the files' content, read and
   verify the cache): the figure that must stay under one second;
3. lints real articles with the default registry and with default + synthetic,
   and reports both throughputs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402
from false_alarms import story_text  # noqa: E402

SYLLABLES = "ka ri mo ta ne so lu vi da pe go ha ji ku ma no ra se ti zu be lo fa mi".split()


def synthetic(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    given = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize() for _ in range(5000)]
    lines = ["people:"]
    for i in range(n):
        surname = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize()
        name = f"{rng.choice(given)} {surname}"
        lines.append(
            f"  - {{id: s{i}, name: {name}, roles: [{{office: Senator, jurisdiction: Freedonia,"
            f" from: {1950 + i % 70}-01-01}}]}}"
        )
    return lines


def prime(path: Path) -> float:
    """Compile the registry the way a first run would, without the slow YAML parse."""
    from newslint.registry import loader
    from newslint.registry.compiled import compile_records, merge
    from newslint.registry.schema import parse, records

    shown = loader.shown_path(path, False)
    defaults = [(p, loader.shown_path(p, True)) for p in loader.default_files()]
    recs = []
    for p, s in defaults:
        recs.extend(records(parse(p.read_text(encoding="utf-8"), str(p)), s, str(p)))
    start = time.perf_counter()
    data = {"people": [_person(line) for line in path.read_text().splitlines()[1:]]}
    recs.extend(records(data, shown, str(path)))
    packed = compile_records(merge(recs), [s for _, s in defaults] + [shown])
    # Store it where load_registry looks for it (the key is the files' content).
    import hashlib

    digest = hashlib.blake2b(loader.FORMAT, digest_size=16)
    for p, s in [*defaults, (path, shown)]:
        content = p.read_bytes()
        digest.update(s.encode() + b"\0" + len(content).to_bytes(8, "little") + content)
    loader.write_cache(loader.cache_dir() / f"registry-{digest.hexdigest()}.bin", packed)
    return time.perf_counter() - start


def _person(line: str) -> dict:
    inner = line.split("{", 1)[1]
    ident = inner.split("id: ", 1)[1].split(",", 1)[0]
    name = inner.split("name: ", 1)[1].split(",", 1)[0]
    year = inner.split("from: ", 1)[1][:10]
    return {
        "id": ident,
        "name": name,
        "roles": [{"office": "Senator", "jurisdiction": "Freedonia", "from": year}],
    }


def parse_speed(lines: list[str]) -> float:
    from newslint.registry.schema import parse

    text = "\n".join(lines[:10001]) + "\n"
    start = time.perf_counter()
    parse(text, "slice.yaml")
    return len(text.encode()) / (time.perf_counter() - start)


def throughput(paths: tuple[str, ...], texts: list[str]) -> float:
    from newslint.config import Config
    from newslint.document import Document
    from newslint.engine import Linter

    linter = Linter(Config(registry=paths))
    linter.resources.registry  # noqa: B018 - load before timing
    start = time.perf_counter()
    for i, text in enumerate(texts):
        linter.lint(Document(text, f"a{i}.txt"))
    return len(texts) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="newslint-scale-"))
    os.environ.setdefault("NEWSLINT_CACHE_DIR", str(scratch / "cache"))
    from newslint.registry import load_registry

    lines = synthetic(args.people)
    path = scratch / "synthetic.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = path.stat().st_size / 1e6
    speed = parse_speed(lines)
    print(f"synthetic registry: {args.people:,} people, {size:.0f} MB of YAML")
    print(
        f"first run (estimated): YAML parse at {speed / 1e3:.0f} kB/s = {size * 1e6 / speed:.0f} s"
    )
    print(f"compile (records to cache): {prime(path):.1f} s")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        registry = load_registry((str(path),))
        times.append(time.perf_counter() - start)
    print(
        f"load from cache: median {statistics.median(times):.3f} s, max {max(times):.3f} s"
        f" ({len(registry):,} entities)"
    )
    start = time.perf_counter()
    found = registry.fuzzy("Sanae Takiachi", 2)
    print(f"fuzzy lookup: {1000 * (time.perf_counter() - start):.1f} ms -> {found[0][1]}")
    texts = [story_text(r) for r in articles(args.articles)]
    base = throughput((), texts)
    big = throughput((str(path),), texts)
    print(f"throughput, default registry: {base:.0f} articles/s")
    print(f"throughput, default + {args.people:,}: {big:.0f} articles/s ({base / big:.2f}x slower)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
