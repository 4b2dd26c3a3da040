"""Resource bounds: time and peak memory of ``newslint check`` on hostile input.

    python benchmarks/bounds.py [--keep]

Each case writes its input to a scratch folder and runs the real CLI in a child
process, which reports its own wall time and peak resident memory (ru_maxrss).
Nothing here is article text; every input is synthetic. The figures go into
docs/guarantees.md. The 1,000,000-entry registry is measured by
benchmarks/registry_scale.py (its first compile takes many minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CHILD = """
import json, resource, sys, time
from newslint.cli import main
t = time.perf_counter()
code = main(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "seconds": time.perf_counter() - t, "peak_kb": peak}),
      file=sys.__stderr__)
"""

SENTENCE = "Prime Minister Keir Starmer said on Tuesday that 40 per cent backed the plan. "
WORDS = "the minister said on Tuesday that 40 per cent of voters backed the plan in London.".split()


def levels() -> list[str]:
    out = ['&a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        out.append(f"&{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return out


def roomy(d: Path) -> None:
    (d / ".newslint.yaml").write_text("max-file-size: 200000000\n")


def big_file(d: Path) -> list[str]:
    line = ("Talks went on. " * 64 + "\n").encode()
    with open(d / "dump.md", "wb") as handle:
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    return ["dump.md"]


def long_line(d: Path, mib: int = 10, dense: bool = True) -> list[str]:
    roomy(d)
    size = mib * 1024 * 1024
    if dense:
        body = SENTENCE * (size // len(SENTENCE))
    else:
        rng = random.Random(1)
        body = " ".join(rng.choice(WORDS) for _ in range(size // 6))[:size]
    (d / "line.md").write_text("Plan\n\n" + body + "\n")
    return ["line.md"]


def deep_list(d: Path) -> list[str]:
    roomy(d)
    (d / "deep.md").write_text("Plan\n\n" + "- " * 100_000 + "the minister said\n")
    return ["deep.md"]


def wide_list(d: Path) -> list[str]:
    roomy(d)
    items = [" " * (i % 40) + f"- item {i} said the minister" for i in range(100_000)]
    (d / "wide.md").write_text("Plan\n\n" + "\n".join(items) + "\n")
    return ["wide.md"]


def laughs_config(d: Path) -> list[str]:
    (d / ".newslint.yaml").write_text(
        "".join(f"{c}: {lv}\n" for c, lv in zip("abcdefghi", levels(), strict=True))
    )
    (d / "story.md").write_text("The minister spoke.\n")
    return ["story.md"]


def laughs_front_matter(d: Path) -> list[str]:
    keys = "".join(f"k{i}: {lv}\n" for i, lv in enumerate(levels()))
    (d / "story.md").write_text(f"---\n{keys}title: *i\ndate: *i\n---\nThe minister spoke.\n")
    return ["story.md"]


def laughs_registry(d: Path) -> list[str]:
    people = [
        f"  - id: p{i}\n    name: Person {i}\n    aliases: {lv}\n" for i, lv in enumerate(levels())
    ]
    (d / "people.yaml").write_text("people:\n" + "".join(people))
    (d / ".newslint.yaml").write_text("registry: [people.yaml]\n")
    (d / "story.md").write_text("Person One spoke.\n")
    return ["story.md"]


def laughs_pack(d: Path) -> list[str]:
    words = ", ".join(levels())
    (d / "pack.yml").write_text(
        "rules:\n  - code: ACME101\n    name: style.bomb\n    kind: existence\n"
        "    summary: Bomb\n    description: A YAML alias bomb.\n    message: \"'{match}'\"\n"
        f"    words: [[{words}]]\n"
    )
    (d / ".newslint.yaml").write_text("packs: [pack.yml]\n")
    (d / "story.md").write_text("The minister spoke.\n")
    return ["story.md"]


def runaway_pattern(d: Path) -> list[str]:
    roomy(d)
    (d / "slow.yml").write_text(
        "rules:\n  - code: ACME101\n    name: style.slow\n    kind: existence\n"
        "    summary: Backtracks\n    description: Backtracks exponentially.\n"
        "    message: \"'{match}'\"\n    patterns: ['(?:a|aa)+$']\n"
    )
    (d / ".newslint.yaml").write_text("max-file-size: 200000000\npacks: [slow.yml]\n")
    para = "a" * 5000 + "b\n\n"
    (d / "story.md").write_text("Plan\n\n" + para * 100)
    return ["story.md"]


CASES: list[tuple[str, Callable[[Path], list[str]]]] = [
    ("100 MB file (default 10 MiB limit)", big_file),
    ("one 10 MB line, a name every 80 characters", long_line),
    ("one 10 MB line of plain words", lambda d: long_line(d, dense=False)),
    ("100,000 list items nested in one line", deep_list),
    ("100,000 list items, indents 0-39", wide_list),
    ("billion laughs in configuration", laughs_config),
    ("billion laughs in front matter", laughs_front_matter),
    ("billion laughs in a registry", laughs_registry),
    ("billion laughs in a rule pack", laughs_pack),
    ("catastrophic pattern, 100 paragraphs of 5,000 a's", runaway_pattern),
]


def measure(make: Callable[[Path], list[str]], keep: bool) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="newslint-bounds-"))
    try:
        files = make(folder)
        run = subprocess.run(
            [sys.executable, "-c", CHILD, "check", *files],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        lines = run.stderr.strip().splitlines()
        figures = json.loads(lines[-1])
        figures["message"] = next((ln for ln in lines[:-1] if ln.startswith("newslint:")), "")
        return figures
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders")
    args = parser.parse_args()
    print("| input | exit | time | peak memory | message |")
    print("| --- | --- | --- | --- | --- |")
    for name, make in CASES:
        f = measure(make, args.keep)
        message = str(f["message"])[:90].replace("|", "\\|")
        print(
            f"| {name} | {f['code']} | {f['seconds']:.2f} s | {int(f['peak_kb']) // 1024} MB "
            f"| {message} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
