"""Safe and unsafe fixes as a user meets them: real drafts, the real command line.

``--fix`` applies only what cannot change what the writer meant (a redundancy, a
doubled word); judgements (a name guessed from a near match, a weekday "fixed" when
the date may be the error) need ``--unsafe-fixes``, and ``--diff`` shows them apart.
"""

import json
import subprocess
import sys

import pytest

from newslint.cli import main

# A guessed name (NL101) and a weekday (NL302) are judgements; "end result" (NL602) is not.
DRAFT = (
    "# Talks\n\nJapanese Prime Minister Sanai Takwati met reporters on Monday, March 4, 2025. "
    "The end result was a draw.\n"
)
SAFE_ONLY = DRAFT.replace("end result", "result")
ALL_FIXED = SAFE_ONLY.replace("Sanai Takwati", "Sanae Takaichi").replace("Monday", "Tuesday")


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def findings(path, capsys):
    assert main(["check", "--format", "json", str(path)]) in (0, 1)
    return json.loads(capsys.readouterr().out)


def test_json_says_how_far_each_suggestion_can_be_trusted(draft, capsys):
    by_code = {f["code"]: f["applicability"] for f in findings(draft, capsys)}
    assert by_code == {"NL101": "unsafe", "NL302": "unsafe", "NL602": "safe"}


def test_fix_applies_only_safe_fixes_and_reports_the_unsafe_ones(draft, capsys):
    assert main(["check", "--fix", str(draft)]) == 1
    out, err = capsys.readouterr()
    assert draft.read_text(encoding="utf-8") == SAFE_ONLY
    assert {line.split()[1] for line in out.splitlines()} == {"NL101", "NL302"}
    assert "(suggestion: Sanae Takaichi)" in out
    assert "fixed: 1 finding" in err and "2 unsafe fixes not applied" in err


def test_unsafe_fixes_applies_the_judgements_too(draft, capsys):
    assert main(["check", "--fix", "--unsafe-fixes", str(draft)]) == 0
    assert draft.read_text(encoding="utf-8") == ALL_FIXED
    assert "fixed: 3 findings" in capsys.readouterr().err
    assert findings(draft, capsys) == []


def test_diff_is_a_patch_of_the_safe_fixes_and_lists_unsafe_ones_as_suggestions(draft):
    def diff(*flags):
        return subprocess.run(
            [sys.executable, "-m", "newslint", "check", "--diff", *flags, draft.name],
            cwd=draft.parent,
            capture_output=True,
            text=True,
            check=False,
        )

    safe = diff()
    assert safe.returncode == 1
    assert draft.read_text(encoding="utf-8") == DRAFT
    unsafe_lines = [line for line in safe.stderr.splitlines() if "unsafe" in line]
    assert any("NL101" in line and "'Sanae Takaichi'" in line for line in unsafe_lines)
    assert any("NL302" in line and "'Tuesday'" in line for line in unsafe_lines)
    # What --diff prints is what --fix would write: patch applies it to the same text.
    for proc, expected in ((safe, SAFE_ONLY), (diff("--unsafe-fixes"), ALL_FIXED)):
        copy = draft.parent / "copy" / draft.name
        copy.parent.mkdir(exist_ok=True)
        copy.write_text(DRAFT, encoding="utf-8")
        subprocess.run(
            ["patch", "-s", "-p1"], cwd=copy.parent, input=proc.stdout, text=True, check=True
        )
        assert copy.read_text(encoding="utf-8") == expected


def test_the_summary_says_what_each_kind_of_fix_would_repair(draft, capsys):
    assert main(["check", str(draft)]) == 1
    err = capsys.readouterr().err
    assert "; 1 fixable with --fix (2 more with --unsafe-fixes)" in err


def test_unsafe_fixes_alone_is_a_usage_error(draft, capsys):
    assert main(["check", "--unsafe-fixes", str(draft)]) == 2
    assert "--unsafe-fixes goes with --fix or --diff" in capsys.readouterr().err
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_a_pack_rule_can_mark_its_fix_unsafe(tmp_path, capsys):
    pack = tmp_path / "desk.yml"
    pack.write_text(
        "rules:\n"
        "  - code: DESK101\n    name: style.desk-term\n    kind: substitution\n"
        "    summary: A term the desk writes another way\n    message: use '{suggestion}'\n"
        "    fix: unsafe\n    swap:\n      - {word: sacked, use: dismissed}\n"
        "  - code: DESK102\n    name: style.desk-other\n    kind: substitution\n"
        "    summary: Another term\n    message: use '{suggestion}'\n"
        "    swap:\n      - {word: axed, use: cut}\n",
        encoding="utf-8",
    )
    (tmp_path / ".newslint.yaml").write_text("packs: [desk.yml]\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    story = tmp_path / "story.md"
    story.write_text("The board sacked the chief and axed the budget.\n", encoding="utf-8")
    main(["check", "--select", "DESK", "--fix", str(story)])
    assert story.read_text(encoding="utf-8") == "The board sacked the chief and cut the budget.\n"
    capsys.readouterr()


def test_fix_on_a_kind_that_suggests_nothing_is_refused_with_its_line(tmp_path, capsys):
    pack = tmp_path / "desk.yml"
    pack.write_text(
        "rules:\n  - code: DESK101\n    name: style.desk-word\n    kind: existence\n"
        "    summary: A word\n    message: no\n    fix: safe\n    words: [sacked]\n",
        encoding="utf-8",
    )
    assert main(["rules", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert f"{pack}:7:" in err and "no 'fix' to mark" in err
