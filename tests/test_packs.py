"""Loading packs: strict validation with file:line, selection by name or path, CLI."""

import json
import textwrap

import pytest

from newslint.cli import main
from newslint.packs import DEFAULT_PACKS, PackError, load_pack, pack_rules

GOOD_RULE = """\
rules:
  - code: ACME101
    name: style.acme-verb
    kind: existence
    severity: info
    summary: A loaded verb
    message: "'{match}' is loaded"
    words: [slammed]
    examples:
      bad: ["He slammed the plan."]
      good: ["He criticised the plan."]
"""


def write(tmp_path, text, name="pack.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(PackError) as info:
        load_pack(path)
    return str(info.value).replace(str(path), "pack.yml")


#: Broken packs and what the error must say (also read back from the cache, in
#: test_yamlcache.py).
INVALID_PACKS = [
    (GOOD_RULE.replace("    words:", "    wordz:"), "pack.yml:8: unknown key 'wordz'"),
    (
        GOOD_RULE.replace("    message: \"'{match}' is loaded\"\n", ""),
        "pack.yml:2: the rule has no 'message'",
    ),
    (
        GOOD_RULE.replace("words: [slammed]", "patterns: ['slam(med']"),
        "pack.yml:8: bad regular expression in 'patterns'",
    ),
    (
        GOOD_RULE.replace("severity: info", "severity: loud"),
        "pack.yml:5: 'severity' must be one of info, warning, error",
    ),
    (
        GOOD_RULE.replace("kind: existence", "kind: exist"),
        "pack.yml:4: 'kind' must be one of existence",
    ),
    (
        GOOD_RULE.replace("words: [slammed]", "words: slammed"),
        "pack.yml:8: 'words' must be a list of strings",
    ),
    (
        GOOD_RULE.replace("code: ACME101", "code: acme-1"),
        "pack.yml:2: code 'acme-1' must be letters then digits",
    ),
    (
        GOOD_RULE.replace("name: style.acme-verb", "name: sourcing.acme-verb\n    family: style"),
        "pack.yml:3: name 'sourcing.acme-verb' must be dotted",
    ),
    (
        GOOD_RULE.replace("'{match}' is loaded", "'{word}' is loaded"),
        "pack.yml:7: 'message' uses {word}",
    ),
    (GOOD_RULE.replace("words: [slammed]", "severity: info"), "duplicate key"),
    (
        GOOD_RULE.replace("      good:", "      fine:"),
        "pack.yml:11: unknown key 'fine' in 'examples'",
    ),
    (GOOD_RULE.replace("    words: [slammed]\n", ""), "pack.yml:2: give 'words' or 'patterns'"),
    ("rules: []\n", "pack.yml:1: a pack needs a 'rules:' list"),
    ("description: x\nrules: {a: 1}\n", "pack.yml:2: a pack needs a 'rules:' list"),
    ("description: [x]\nrules: []\n", "pack.yml:1: 'description' must be a string"),
    ("description: x\nrulez: []\n", "pack.yml:2: unknown key 'rulez'"),
    ("rules: [\n", "pack.yml"),
]


@pytest.mark.parametrize(("text", "expected"), INVALID_PACKS)
def test_invalid_pack_points_at_the_line(tmp_path, text, expected):
    assert expected in error_of(tmp_path, text)


def test_duplicate_code_in_one_pack_names_both_lines(tmp_path):
    second = GOOD_RULE.split("rules:\n", 1)[1].replace("style.acme-verb", "style.other")
    message = error_of(tmp_path, GOOD_RULE + second)
    assert message.startswith("pack.yml:12: duplicate code ACME101 (first used on line 2)")


def test_duplicate_code_across_packs_is_refused(tmp_path):
    a = write(tmp_path, GOOD_RULE, "a.yml")
    b = write(tmp_path, GOOD_RULE.replace("style.acme-verb", "style.other"), "b.yml")
    with pytest.raises(
        PackError, match=r"b\.yml:2: ACME101 is already used by the rule at .*a\.yml:2"
    ):
        pack_rules((str(a), str(b)))


def test_substitution_use_must_fit_the_pattern(tmp_path):
    text = """\
    rules:
      - code: ACME201
        name: style.pct
        kind: substitution
        summary: Percent sign
        message: "use {suggestion}"
        swap:
          - {pattern: '\\d+ percent', use: '\\1%'}
    """
    assert "pack.yml:8: 'use' '\\\\1%' refers to group '1'" in error_of(tmp_path, text)


def test_default_packs_are_the_shipped_newsroom_style_and_sourcing():
    assert DEFAULT_PACKS == ("newsroom-style", "sourcing")
    codes = {r.code for r in pack_rules(None)}
    assert {"NL501", "NL601", "NL604"} <= codes and "NL651" not in codes
    assert {r.code for r in pack_rules(("default", "house-style"))} >= codes | {"NL651"}
    assert pack_rules(()) == []


@pytest.fixture
def story(tmp_path):
    (tmp_path / "draft.md").write_text(
        "The senator slammed the the plan, sources said.\n", encoding="utf-8"
    )
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_default_packs_run_and_print_like_built_in_rules(story, capsys):
    code, out, _ = run(capsys, "check", str(story / "draft.md"))
    lines = out.replace(str(story / "draft.md"), "draft.md").splitlines()
    assert lines == [
        "draft.md:1:13: NL601 info: 'slammed' is a loaded verb of saying; "
        "'criticised' or 'said' lets the reader judge",
        "draft.md:1:21: NL604 warning: 'the' appears twice in a row (suggestion: the)",
        "draft.md:1:35: NL501 info: 'sources said': anonymous source; "
        "can they be named, or the reason given?",
    ]
    assert code == 1  # the doubled word is a warning


def test_packs_list_disables_and_selects_by_name(story, capsys):
    (story / ".newslint.yaml").write_text("packs: [sourcing]\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(story / "draft.md"))
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["NL501"]
    assert code == 0  # info does not fail the run


def test_own_pack_by_path_relative_to_the_configuration(story, capsys):
    (story / "style").mkdir()
    write(story / "style", GOOD_RULE, "ours.yml")
    (story / ".newslint.yaml").write_text("packs: [style/ours.yml]\n", encoding="utf-8")
    sub = story / "desk"
    sub.mkdir()
    (sub / "b.md").write_text("He slammed it.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--format", "json", str(sub / "b.md"))
    [finding] = json.loads(out)
    assert (finding["code"], finding["rule"], finding["family"], finding["severity"]) == (
        "ACME101",
        "style.acme-verb",
        "style",
        "info",
    )
    assert (finding["line"], finding["column"], finding["message"]) == (1, 4, "'slammed' is loaded")


def test_unknown_pack_name_is_a_configuration_error_with_line(story, capsys):
    (story / ".newslint.yaml").write_text("date: 2025-01-01\npacks: [sourcin]\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(story / "draft.md"))
    assert code == 2
    assert ".newslint.yaml:2: no such rule pack: 'sourcin'" in err


def test_invalid_own_pack_stops_the_run_with_exit_2(story, capsys):
    write(story, GOOD_RULE.replace("kind: existence", "kind: exist"), "ours.yml")
    (story / ".newslint.yaml").write_text("packs: [ours.yml]\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(story / "draft.md"))
    assert code == 2
    assert f"{story / 'ours.yml'}:4: 'kind' must be one of" in err


def test_pack_rules_obey_suppression_severity_and_options(story, capsys):
    (story / "draft.md").write_text(
        "<!-- newslint-disable-next-line style.loaded-verb -->\n"
        "The senator slammed the plan.\n\n"
        "The the plan.\n",
        encoding="utf-8",
    )
    (story / ".newslint.yaml").write_text(
        "packs: [default]\nseverity: {NL604: error}\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "check", str(story / "draft.md"))
    assert [line.split(": ", 1)[1] for line in out.splitlines()] == [
        "NL604 error: 'The' appears twice in a row (suggestion: The)"
    ]
    assert code == 1


def test_pack_rule_options_are_configured_like_built_in_options(tmp_path, capsys):
    (tmp_path / "d.md").write_text("One two three four five six.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "packs: [house-style]\nselect: [NL651]\nrules: {style.long-sentence: {max: 5}}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(tmp_path / "d.md"))
    assert "NL651 info: sentence of 6 words (house limit 5); split it" in out
    (tmp_path / ".newslint.yaml").write_text(
        "packs: [house-style]\nrules: {style.long-sentence: {limit: 5}}\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "check", str(tmp_path / "d.md"))
    assert code == 2 and "has no option 'limit' (options: max, min)" in err
    (tmp_path / ".newslint.yaml").write_text(
        "packs: [house-style]\nrules: {style.long-sentence: {max: many}}\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "check", str(tmp_path / "d.md"))
    assert code == 2
    assert "option of rule NL651 (style.long-sentence): 'max' must be a whole number" in err


def test_rules_lists_and_explains_pack_rules(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert any(
        line.split()[:2] == ["NL502", "sourcing.vague-attribution"] for line in out.splitlines()
    )
    code, out, _ = run(capsys, "rules", "sourcing.vague-attribution")
    assert code == 0 and out.startswith(
        "NL502 sourcing.vague-attribution (sourcing, info by default)"
    )
    assert "Critics argue the scheme will cost more than it saves." in out


def test_validate_runs_the_examples(tmp_path, capsys):
    path = write(tmp_path, GOOD_RULE)
    code, out, _ = run(capsys, "rules", "validate", str(path))
    assert code == 0
    assert "  ok   bad  'He slammed the plan.' -> 1:4 'slammed'" in out
    assert "  ok   good 'He criticised the plan.' -> nothing flagged" in out
    assert out.splitlines()[-1] == f"{path}: 1 rules, 2 examples, all as documented"


def test_validate_reports_an_example_that_fails(tmp_path, capsys):
    path = write(tmp_path, GOOD_RULE.replace("He criticised the plan.", "They slammed it."))
    code, out, _ = run(capsys, "rules", "validate", str(path))
    assert code == 1
    assert "  FAIL good 'They slammed it.' -> 1:6 'slammed'" in out
    assert out.splitlines()[-1].endswith("1 not as documented")


def test_validate_an_invalid_pack_exits_2_with_file_and_line(tmp_path, capsys):
    path = write(tmp_path, GOOD_RULE.replace("words: [slammed]", "patterns: ['(?:a|aa']"))
    code, _, err = run(capsys, "rules", "validate", str(path))
    assert code == 2
    assert err.startswith(f"newslint: {path}:8: bad regular expression in 'patterns'")


def test_validate_refuses_a_code_used_by_a_built_in_rule(tmp_path, capsys):
    path = write(tmp_path, GOOD_RULE.replace("ACME101", "NL001"))
    code, _, err = run(capsys, "rules", "validate", str(path))
    assert code == 2 and "NL001 is already used" in err


def test_validate_needs_a_file(capsys):
    code, _, err = run(capsys, "rules", "validate")
    assert code == 2 and "needs a pack file" in err


def test_rule_off_by_default_runs_only_when_selected_exactly(tmp_path, capsys):
    write(
        tmp_path,
        GOOD_RULE.replace(
            "severity: info", "severity: info\n    enabled: false\n    aliases: [style.slam]"
        ),
        "ours.yml",
    )
    (tmp_path / "d.md").write_text("He slammed it.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("packs: [ours.yml]\n", encoding="utf-8")
    assert run(capsys, "check", str(tmp_path / "d.md"))[1] == ""
    assert run(capsys, "check", "--select", "style", str(tmp_path / "d.md"))[1] == ""
    code, out, _ = run(capsys, "check", "--select", "style.slam", str(tmp_path / "d.md"))
    assert "ACME101 info: 'slammed' is loaded" in out


def test_documented_example_pack_is_valid_and_its_examples_hold(tmp_path, capsys):
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "packs.md").read_text(encoding="utf-8")
    block = page.split("# style/desk.yml: an example pack\n", 1)[1].split("```", 1)[0]
    path = write(tmp_path, block, "desk.yml")
    code, out, _ = run(capsys, "rules", "validate", str(path))
    assert code == 0, out
    assert "  ok   bad  'The senator slammed the plan.' -> 1:13 'slammed'" in out
    assert out.splitlines()[-1].endswith("2 rules, 7 examples, all as documented")


def test_runaway_pattern_is_an_error_naming_the_rule_not_a_hang(tmp_path, capsys):
    write(
        tmp_path,
        GOOD_RULE.replace("words: [slammed]", "patterns: ['(?:a|aa)+$']")
        .replace("style.acme-verb", "style.slow")
        .replace(
            '    examples:\n      bad: ["He slammed the plan."]\n'
            '      good: ["He criticised the plan."]\n',
            "",
        ),
        "slow.yml",
    )
    (tmp_path / ".newslint.yaml").write_text("packs: [default, slow.yml]\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("The the end. " + "a" * 60 + "b\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "d.md"))
    assert code == 2
    assert "rule ACME101 (style.slow) crashed: PatternTimeout" in err
    assert "NL604 warning" in out  # the other rules still report


def test_validate_a_shipped_pack_by_name(capsys):
    code, out, _ = run(capsys, "rules", "validate", "sourcing")
    assert code == 0 and out.splitlines()[-1].endswith("all as documented")
    assert out.splitlines()[0] == "NL501 sourcing.anonymous-source (existence, info)"


def test_validate_refuses_a_name_used_by_a_default_pack(tmp_path, capsys):
    path = write(tmp_path, GOOD_RULE.replace("style.acme-verb", "style.loaded-verb"))
    code, _, err = run(capsys, "rules", "validate", str(path))
    assert code == 2
    assert "style.loaded-verb is already used by NL601" in err


def test_missing_pack_file_is_an_error_naming_it(story, capsys):
    (story / ".newslint.yaml").write_text("packs: [default, style/none.yml]\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(story / "draft.md"))
    assert code == 2
    assert f"{story / 'style' / 'none.yml'}: rule pack not found" in err


def test_yaml_alias_bomb_is_refused_without_expanding_it(tmp_path):
    # Every value a pack accepts is a string at a fixed depth, so nested aliases are
    # refused at the first list where a string belongs, before anything expands.
    levels = ['&a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 9):
        name, prev = chr(ord("a") + i), chr(ord("a") + i - 1)
        levels.append(f"&{name} [{', '.join(['*' + prev] * 10)}]")
    bomb = GOOD_RULE.replace("words: [slammed]", f"words: [[{', '.join(levels)}]]")
    assert "pack.yml:8: 'words' must be a non-empty string, not a list" in error_of(tmp_path, bomb)
