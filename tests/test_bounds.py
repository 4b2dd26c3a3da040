"""Hostile sizes finish in bounded time and memory with a clear message, never a hang.

Each case runs the real CLI in a child process with a generous wall-clock timeout and
address-space limit: a hang or a runaway allocation fails the test instead of the
machine. The measured figures are in benchmarks/bounds.py and docs/guarantees.md.
"""

import resource
import subprocess
import sys

import pytest

TIMEOUT = 120  # seconds: generous, a hang is what this catches
MEMORY = 4 * 1024**3  # bytes of address space


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def newslint(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )


def billion_laughs(indent=""):
    levels = ['&a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"&{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return levels


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dump.md"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: the size is real, the disk is not used
    run = newslint("check", str(path), cwd=tmp_path)
    assert run.returncode == 2
    assert "dump.md: file is 100.0 MiB, over the 10 MiB limit" in run.stderr


@pytest.fixture
def roomy(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 200000000\n")
    return tmp_path


def test_one_line_of_a_megabyte_is_linted(roomy):
    sentence = "Prime Minister Keir Starmer said on Tuesday that 40 per cent backed the plan. "
    (roomy / "line.md").write_text("Plan\n\n" + sentence * (1024 * 1024 // len(sentence)) + "\n")
    run = newslint("check", "line.md", cwd=roomy)
    assert run.returncode in (0, 1), run.stderr
    assert "crashed" not in run.stderr and "Traceback" not in run.stderr


def test_a_hundred_thousand_nested_list_items(roomy):
    (roomy / "deep.md").write_text("Plan\n\n" + "- " * 100_000 + "the minister said\n")
    lines = ["Plan", ""] + [
        " " * (i % 40) + f"- item {i} said the minister" for i in range(100_000)
    ]
    (roomy / "wide.md").write_text("\n".join(lines) + "\n")
    run = newslint("check", "deep.md", "wide.md", cwd=roomy)
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr


def test_billion_laughs_in_front_matter_is_not_expanded(tmp_path):
    keys = "".join(f"k{i}: {level}\n" for i, level in enumerate(billion_laughs()))
    text = f"---\n{keys}title: *i\nheadline: *i\ndate: *i\nauthor: *i\n---\nThe minister spoke.\n"
    (tmp_path / "story.md").write_text(text)
    run = newslint("check", "story.md", cwd=tmp_path)
    assert run.returncode in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr


def test_billion_laughs_in_a_registry_is_refused_not_expanded(tmp_path):
    levels = billion_laughs()
    people = [
        f"  - id: p{i}\n    name: Person {i}\n    aliases: {lv}\n" for i, lv in enumerate(levels)
    ]
    (tmp_path / "people.yaml").write_text("people:\n" + "".join(people))
    (tmp_path / ".newslint.yaml").write_text("registry: [people.yaml]\n")
    (tmp_path / "story.md").write_text("Person One spoke.\n")
    run = newslint("check", "story.md", cwd=tmp_path)
    assert run.returncode == 2
    assert "people.yaml:" in run.stderr and "'aliases' must be a list of names" in run.stderr


def test_a_catastrophic_pattern_on_a_long_paragraph_is_stopped(tmp_path):
    (tmp_path / "slow.yml").write_text(
        "rules:\n"
        "  - code: ACME101\n"
        "    name: style.slow\n"
        "    kind: existence\n"
        "    summary: A pattern that backtracks\n"
        "    description: Written to backtrack exponentially.\n"
        "    message: \"'{match}'\"\n"
        "    patterns: ['(?:a|aa)+$']\n"
    )
    (tmp_path / ".newslint.yaml").write_text("packs: [slow.yml]\n")
    (tmp_path / "story.md").write_text("Plan\n\n" + "a" * 5000 + "b\n")
    run = newslint("check", "story.md", cwd=tmp_path)
    assert run.returncode == 2
    assert "ACME101" in run.stderr and "ran longer than" in run.stderr
