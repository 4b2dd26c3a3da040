"""The flags users of other linters expect, each tried the way a user would: real files.

--exit-zero, --quiet, --statistics, --output-file, --show-settings, --extend-select and
--extend-ignore, repeated --select, -v, `rules --format json`, configuration errors
reported once, and same-line suppression comments.
"""

import json
import subprocess
import sys

import pytest

from newslint.cli import main

UNKNOWN = "<!-- newslint-disable NL999 -->\n"  # an NL002 warning
# NL101 and NL103 (names), NL302 (dates), NL602 and NL604 (style), NL002 (suppression).
DRAFT = (
    "# Talks\n\n" + UNKNOWN + "\nJapanese Prime Minister Sanai Takwati met reporters on Monday, "
    "March 4, 2025. Kier Starmer said the the end result was a draw.\n"
)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # configuration discovery stops here
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(capsys, *args):
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def codes(capsys, *args):
    code, out, _ = check(capsys, "--format", "json", *args)
    assert code in (0, 1)
    return sorted(f["code"] for f in json.loads(out))


def cli(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "newslint", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


# -- exit status and noise -----------------------------------------------------------------


def test_exit_zero_passes_findings_but_not_errors(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    assert check(capsys, story)[0] == 1
    code, out, _ = check(capsys, "--exit-zero", story)
    assert code == 0 and "NL101" in out
    code, _, err = check(capsys, "--exit-zero", story, repo / "missing.md")
    assert code == 2 and "missing.md" in err


def test_quiet_prints_findings_and_errors_but_no_summary(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    _, loud_out, loud_err = check(capsys, story)
    code, out, err = check(capsys, "--quiet", story)
    assert code == 1 and out == loud_out and "findings" in loud_err and err == ""
    _, _, err = check(capsys, "-q", story, repo / "missing.md")
    (line,) = err.splitlines()  # the error, and no summary after it
    assert line.startswith(f"newslint: {repo / 'missing.md'}: ")


# -- what is printed and where ------------------------------------------------------------


def test_statistics_counts_findings_per_code(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    other = write(repo / "other.md", "The the end result.\n")
    _, out, _ = check(capsys, "--format", "json", story, other)
    expected = {}
    for f in json.loads(out):
        expected[f["code"]] = expected.get(f["code"], 0) + 1
    code, out, _ = check(capsys, "--statistics", "--format", "json", story, other)
    rows = json.loads(out)
    assert code == 1 and {r["code"]: r["count"] for r in rows} == expected
    assert [r["count"] for r in rows] == sorted(expected.values(), reverse=True)
    by_code = {r["code"]: r for r in rows}
    assert by_code["NL604"]["fixable"] == 2 and by_code["NL101"]["unsafe_fixable"] == 1
    _, text, _ = check(capsys, "--statistics", story, other)
    lines = text.splitlines()
    assert len(lines) == len(expected)
    assert lines[0].split()[:3] == ["2", rows[0]["code"], rows[0]["rule"]]
    assert any(line.split()[1] == "NL002" and line.split()[0] == "1" for line in lines)


def test_statistics_refuses_a_format_it_cannot_print(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    code, out, err = check(capsys, "--statistics", "--format", "sarif", story)
    assert code == 2 and out == "" and "--statistics prints text or json" in err


def test_output_file_holds_the_report_and_stdout_stays_empty(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    _, expected, _ = check(capsys, "--format", "json", story)
    report = repo / "reports" / "findings.json"
    report.parent.mkdir()
    code, out, err = check(capsys, "--format", "json", "--output-file", report, story)
    assert code == 1 and out == "" and "findings" in err
    assert report.read_text(encoding="utf-8") == expected


def test_output_file_never_overwrites_a_draft(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    code, out, err = check(capsys, "--output-file", "story.md", ".")
    assert code == 2 and out == "" and "is one of the drafts" in err
    assert story.read_text(encoding="utf-8") == DRAFT


@pytest.mark.parametrize("flag", [["--output-file", "out.txt"], ["--statistics"], ["--fix"]])
def test_flags_that_write_baseline_would_ignore_are_refused(repo, capsys, flag):
    story = write(repo / "story.md", DRAFT)
    code, _, err = check(capsys, "--write-baseline", "base.json", *flag, story)
    assert code == 2 and "--write-baseline records findings" in err
    assert sorted(p.name for p in repo.iterdir()) == [".git", "story.md"]
    assert story.read_text(encoding="utf-8") == DRAFT


def test_output_file_in_a_missing_folder_is_an_error_naming_it(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    code, _, err = check(capsys, "--output-file", repo / "nope" / "out.txt", story)
    assert code == 2 and "nope/out.txt: cannot write the report" in err


# -- selection -------------------------------------------------------------------------------


def test_repeated_select_accumulates(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    assert codes(capsys, "--select", "NL101", "--select", "NL302", story) == ["NL101", "NL302"]
    assert codes(capsys, "--select", "NL101,NL302", story) == ["NL101", "NL302"]


def test_extend_select_adds_to_the_configuration_and_select_replaces_it(repo, capsys):
    write(repo / ".newslint.yaml", "select: [names]\n")
    story = write(repo / "story.md", DRAFT)
    assert codes(capsys, story) == ["NL101", "NL103"]
    assert codes(capsys, "--extend-select", "NL302", story) == ["NL101", "NL103", "NL302"]
    assert codes(capsys, "--select", "NL302", story) == ["NL302"]


def test_extend_select_adds_to_the_default_rules(repo, capsys):
    story = write(repo / "story.md", DRAFT)
    everything = codes(capsys, story)
    assert codes(capsys, "--extend-select", "NL302", story) == everything


def test_extend_ignore_adds_to_the_configuration_and_ignore_replaces_it(repo, capsys):
    write(repo / ".newslint.yaml", "ignore: [style]\n")
    story = write(repo / "story.md", DRAFT)
    assert codes(capsys, story) == ["NL101", "NL103", "NL302"]
    assert codes(capsys, "--extend-ignore", "NL302", story) == ["NL101", "NL103"]
    assert "NL604" in codes(capsys, "--ignore", "NL302", story)
    assert "NL302" not in codes(capsys, "--ignore", "NL302", story)


def test_an_unknown_selector_on_the_command_line_blames_the_flag_once(repo, capsys):
    write(repo / ".newslint.yaml", "fail-level: warning\n")
    stories = [write(repo / f"{i}.md", "Text.\n") for i in range(3)]
    for flag in ("--select", "--extend-select", "--ignore", "--extend-ignore"):
        code, _, err = check(capsys, flag, "NL9", *stories)
        lines = err.splitlines()
        assert code == 2
        assert lines[0] == f"newslint: {flag} names no known rule: 'NL9' (for 3 files)"
        assert ".newslint.yaml" not in err and len(lines) == 2  # the error, then the summary


# -- configuration ---------------------------------------------------------------------------


def test_a_configuration_error_is_reported_once_not_per_file(repo, capsys):
    write(repo / ".newslint.yaml", "ignore: [style]\nselct: [names]\n")
    stories = [write(repo / "desk" / f"{i}.md", "Text.\n") for i in range(4)]
    code, _, err = check(capsys, *stories)
    errors = [line for line in err.splitlines() if "selct" in line]
    assert code == 2 and len(errors) == 1
    assert errors[0].startswith(f"newslint: {repo / '.newslint.yaml'}:2: unknown key 'selct'")
    assert errors[0].endswith("(for 4 files)") and "1 error" in err


def test_show_settings_names_the_file_what_it_extends_and_the_flags(repo, capsys):
    write(repo / "base.yaml", "severity: {NL002: error}\n")
    write(repo / ".newslint.yaml", "extends: base.yaml\nignore: [NL604]\ndate: 2025-11-04\n")
    story = write(repo / "desk" / "story.md", DRAFT)
    code, out, _ = check(capsys, "--show-settings", "--format", "json", "--select", "names", story)
    (shown,) = json.loads(out)
    assert code == 0
    assert shown["configuration"] == str(repo / ".newslint.yaml")
    assert shown["extends"] == [str(repo / "base.yaml")]
    assert shown["flags"] == ["--select"]
    assert shown["select"] == ["names"] and shown["ignore"] == ["NL604"]
    assert shown["severity"] == {"NL002": "error"} and shown["date"] == "2025-11-04"
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    names = [r["code"] for r in listed if r["family"] == "names" and r["enabled_by_default"]]
    assert len(names) >= 3 and shown["rules-in-force"] == names
    code, text, _ = check(capsys, "--show-settings", story)
    assert code == 0 and f"# configuration file: {repo / '.newslint.yaml'}" in text
    assert 'ignore: ["NL604"]' in text and f"# extends: {repo / 'base.yaml'}" in text


def test_show_settings_without_a_file_says_the_defaults_are_used(repo, capsys):
    code, out, _ = check(capsys, "--show-settings")
    assert code == 0 and "# configuration file: none found: the defaults" in out


def test_show_settings_reports_a_broken_configuration(repo, capsys):
    write(repo / ".newslint.yaml", "fail-level: loud\n")
    code, out, err = check(capsys, "--show-settings")
    assert code == 2 and out == "" and ".newslint.yaml:1:" in err


@pytest.mark.parametrize("flags", [["-v", "check"], ["check", "-v"], ["check", "--verbose"]])
def test_verbose_logs_which_configuration_file_each_draft_uses(repo, flags):
    write(repo / ".newslint.yaml", "fail-level: error\n")
    write(repo / "desk" / "story.md", "Text.\n")
    outside = repo.parent / f"{repo.name}-loose"
    write(outside / ".git" / "keep", "")
    write(outside / "loose.md", "Text.\n")
    proc = cli(*flags, "desk/story.md", outside / "loose.md", cwd=repo)
    assert proc.returncode == 0
    assert f"configuration for desk/story.md: {repo / '.newslint.yaml'}" in proc.stderr
    assert f"no configuration file found for {outside / 'loose.md'}" in proc.stderr
    assert "DEBUG" not in proc.stderr  # libraries' debug logs stay out of it
    quiet = cli("check", "desk/story.md", cwd=repo)
    assert "configuration" not in quiet.stderr


# -- rules --format json ----------------------------------------------------------------------


def test_rules_format_json_lists_the_same_rules_as_the_table(capsys):
    assert main(["rules"]) == 0
    table = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rules] == table
    by_code = {r["code"]: r for r in rules}
    assert by_code["NL302"]["fix"] == "unsafe" and by_code["NL604"]["fix"] == "safe"
    assert by_code["NL201"]["fix"] is None
    assert main(["rules", "NL302", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == by_code["NL302"]


# -- same-line directives --------------------------------------------------------------------


def test_disable_line_silences_only_its_own_line(repo, capsys):
    name = "Japanese Prime Minister Sanai Takwati met reporters."
    story = write(
        repo / "story.md",
        f"{name} <!-- newslint-disable-line NL101 -->\n\n{name}\n",
    )
    code, out, _ = check(capsys, "--select", "NL101,NL001", story)
    assert code == 1
    assert [line.split(":")[1] for line in out.splitlines()] == ["3"]


def test_an_unknown_or_malformed_directive_is_reported_not_ignored(repo, capsys):
    story = write(
        repo / "story.md",
        "Text. <!-- newslint-disabel-line NL101 -->\n\nMore. <!-- newslint-disable: NL101 -->\n\n"
        "A note on `newslint-disable` in code is prose.\n",
    )
    code, out, _ = check(capsys, story)
    found = [(line.split(":")[1], line.split()[1]) for line in out.splitlines()]
    assert code == 1 and found == [("1", "NL003"), ("3", "NL003")]
    assert "'<!-- newslint-disabel-line NL101 -->'" in out


def test_a_plain_text_directive_line_that_is_no_directive_is_reported(repo, capsys):
    story = write(repo / "story.txt", "Headline\n\nText.\nnewslint-disabel NL101\n")
    code, out, _ = check(capsys, story)
    assert code == 1 and out.split()[1] == "NL003" and ":4:1:" in out


# -- the documentation ---------------------------------------------------------------------


def test_the_fix_table_in_docs_cli_matches_what_the_rules_declare():
    from pathlib import Path

    from newslint.config import Config
    from newslint.plugins import load_rules

    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
    section = page.split("Which rule offers which fix")[1].split("Every other rule")[0]
    documented = {
        row.split("|")[1].split()[0]: row.split("|")[2].strip()
        for row in section.splitlines()
        if row.startswith("| NL")
    }
    rules = load_rules(("default", "house-style"), Config().plugins)
    declared = {r.code: r.fix.value for r in rules if r.fix is not None}
    assert documented == declared


@pytest.mark.parametrize(
    "command, module, extra", [("lsp", "pygls", "lsp"), ("serve", "uvicorn", "server")]
)
def test_a_missing_extra_is_named_with_its_install_command(command, module, extra):
    blocked = (
        f"import sys; sys.modules[{module!r}] = None; from newslint.cli import main; "
        f"sys.exit(main([{command!r}]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 2, proc.stderr
    assert f"install it with: pip install 'newslint[{extra}]'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
