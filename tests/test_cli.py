"""The command line as a user meets it: real files on disk, the real entry point."""

import json
import os
import subprocess
import sys

import pytest

from newslint.cli import main

UNKNOWN = "<!-- newslint-disable NL999 -->\n"  # an NL002 warning at line 1, column 1


@pytest.fixture
def draft(tmp_path):
    def write(text, name="draft.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_text_output_line_format_and_summary(draft, capsys):
    path = draft("# Headline\n\nA first paragraph.\n\n" + UNKNOWN)
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == (f"{path}:5:1: NL002 warning: suppression names no known rule: 'NL999'\n")
    assert err.strip() == "1 finding (1 warning) in 1 file"


def test_no_subcommand_is_check(draft, capsys):
    path = draft(UNKNOWN)
    assert main([str(path)]) == 1
    assert f"{path}:1:1: NL002" in capsys.readouterr().out


def test_python_dash_m(draft):
    path = draft(UNKNOWN)
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 1
    assert f"{path}:1:1: NL002 warning" in proc.stdout
    assert "1 finding" in proc.stderr


def test_findings_sorted_by_file_line_column(draft, capsys):
    b = draft("Text.\n\n" + UNKNOWN + "\nMore.\n\n" + UNKNOWN, "b.md")
    a = draft(UNKNOWN, "a.md")
    main(["check", str(b), str(a)])
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{a}:1:1", f"{b}:3:1", f"{b}:7:1"]


def test_json_output_has_exactly_the_documented_keys(draft, capsys):
    path = draft("Para.\n\n  " + UNKNOWN)
    assert main(["check", "--format", "json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 1
    item = data[0]
    assert set(item) == {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "rule",
        "family",
        "severity",
        "message",
        "suggestions",
        "applicability",
    }
    assert (item["line"], item["column"]) == (3, 3)
    assert (item["end_line"], item["end_column"]) == (3, 3 + len(UNKNOWN.strip()))
    assert item["code"] == "NL002" and item["rule"] == "style.unknown-suppression"
    assert item["family"] == "style" and item["severity"] == "warning"
    assert item["suggestions"] == [] and item["applicability"] is None


def test_json_clean_file_is_empty_array(draft, capsys):
    path = draft("Nothing wrong here.\n")
    assert main(["check", "--format", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_fail_level_changes_the_exit_code(draft, capsys):
    path = draft(UNKNOWN)
    assert main(["check", "--fail-level", "error", str(path)]) == 0
    info_only = draft("<!-- newslint-disable-next-line NL002 -->\nClean.\n", "info.md")
    assert main(["check", str(info_only)]) == 0  # NL001 is info
    assert main(["check", "--fail-level", "info", str(info_only)]) == 1
    capsys.readouterr()


@pytest.mark.parametrize("selector", ["NL002", "NL00", "style.unknown-suppression", "style"])
def test_ignore_by_code_prefix_name_or_family(draft, capsys, selector):
    path = draft(UNKNOWN)
    assert main(["check", "--ignore", selector, str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_select_narrows_and_exact_ignore_beats_family_select(draft, capsys):
    path = draft("<!-- newslint-disable-next-line NL999 NL002 -->\nClean.\n")
    main(["check", "--select", "NL001", str(path)])
    codes = {line.split()[1] for line in capsys.readouterr().out.splitlines()}
    assert codes == {"NL001"}
    main(["check", "--select", "style", "--ignore", "NL001", str(path)])
    codes = {line.split()[1] for line in capsys.readouterr().out.splitlines()}
    assert codes == {"NL002"}


def test_unknown_selector_is_a_usage_error(draft, capsys):
    path = draft("Clean.\n")
    assert main(["check", "--select", "NL9", str(path)]) == 2
    assert "NL9" in capsys.readouterr().err


def test_bad_flag_is_exit_2(capsys):
    assert main(["check", "--format", "nonsense", "x.md"]) == 2


def test_no_files_is_exit_2(capsys):
    assert main(["check"]) == 2
    assert "no files" in capsys.readouterr().err


def test_rules_lists_every_rule(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("NL001"))
    assert "style.unused-suppression" in line and "info" in line and "suppresses nothing" in line


def test_rules_code_shows_documentation_with_examples(capsys):
    assert main(["rules", "NL002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("NL002 style.unknown-suppression")
    assert "Bad:" in out and "Good:" in out and "NL999" in out


def test_rules_unknown_code(capsys):
    assert main(["rules", "NL998"]) == 2
    assert "no such rule" in capsys.readouterr().err


def test_check_never_writes_to_linted_files(draft, capsys):
    path = draft(UNKNOWN + "Text.\n")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    main(["check", str(path)])
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before
