"""End-to-end behaviour of the contradiction rules on whole drafts, through the real CLI."""

import json

from conftest import shared_or_skip

from newslint.cli import main

DRAFT = """\
Ruiz Signs Port Deal in First Week in Office

President Ana Ruiz, who won the November election, was sworn in on January 20, 2025,
and spent her first week on trade.

The Ruiz administration has moved quickly to court foreign buyers.

In October 2024, the administration agreed to lower duties on farm machinery from 12% to 8%.

The port deal is not the only contract landed under Ruiz's leadership.

In a separate development, the Harbour Authority said in December 2024 that it had
ordered four cranes.

In March 2025, the administration approved a new customs code.
"""


def _findings(path, capsys, *extra):
    code = main(["check", "--select", "contradictions", "--format", "json", *extra, str(path)])
    return code, json.loads(capsys.readouterr().out)


def test_story_contradicting_its_own_term_statement(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    code, found = _findings(path, capsys)
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [
        (3, "NL401"),  # the statement, naming the lines that conflict with it
        (8, "NL401"),  # October 2024: before the term the story gives
        (12, "NL401"),  # December 2024: offered as an instance of "under Ruiz's leadership"
    ]
    assert "lines 8, 12" in found[0]["message"]
    assert "began 2025-01-20 (line 3)" in found[1]["message"]
    assert "under Ruiz's leadership, line 10" in found[2]["message"]


def test_clean_story_has_no_contradictions(tmp_path, capsys):
    clean = DRAFT.replace("In October 2024", "In February 2025").replace(
        "in December 2024", "in February 2025"
    )
    path = tmp_path / "clean.txt"
    path.write_text(clean, encoding="utf-8")
    code, found = _findings(path, capsys)
    assert (code, found) == (0, [])


def test_seed_draft_gets_exactly_the_four_findings(capsys):
    seeds = sorted(shared_or_skip("seeds").glob("*.txt"))
    code, found = _findings(seeds[0], capsys)
    assert code == 1
    by_code = sorted((f["code"], f["line"]) for f in found if f["severity"] == "warning")
    assert [c for c, _ in by_code] == ["NL401", "NL401", "NL401", "NL403"]
    messages = " | ".join(f["message"] for f in found)
    assert "second term began 2025-01-20 (line 3; registry)" in messages
    assert "'September 2024'" in messages and "'late 2024'" in messages
    assert "under Trump's leadership" in messages
    assert "Democratic Party ('Democratic-aligned')" in messages and "Republican Party" in messages
