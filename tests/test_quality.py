"""The quality harness: its scoring agrees with the reference scorer, its table keeps every
phenomenon, a planted case counts only when newslint newly reports it, and CI's quick run
holds the floors."""

import os
import re
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT, shared_or_skip

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import floors, labels, planted, table  # noqa: E402
from harness.phenomena import PHENOMENA, of_rule  # noqa: E402
from harness.plant import MUTATORS, NOT_PLANTED, Site  # noqa: E402
from harness.stories import Story  # noqa: E402

DRAFT = """\
---
date: 2025-03-10
---

# Council budget

The council met on April 31, 2024 to set the budget.

Mayor Ann Keller said the plan was sound.

Keller said the plan would be published on Friday.
"""


def write_case(folder, name="a-01.md", text=DRAFT, expect="", traps=""):
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "t-labels.yaml").write_text(
        f"cases:\n  {name}:\n    expect:{expect or ' []'}\n    traps: [{traps}]\n", encoding="utf-8"
    )


def test_a_finding_within_one_line_of_a_label_is_a_hit(tmp_path):
    expect = textwrap.indent(
        "\n- {line: 7, family: dates, phenomenon: dates.invalid, text: 'April 31, 2024'}", "      "
    )
    write_case(tmp_path, expect=expect)
    out = labels.run(tmp_path)
    assert out.tp["dates"] == 1 and out.fn["dates"] == 0
    assert out.phenomenon_recall("dates.invalid") == 1.0


def test_a_label_with_no_finding_is_a_miss_and_names_its_phenomenon(tmp_path):
    expect = textwrap.indent(
        "\n- {line: 9, family: names, phenomenon: names.misspelled-known, text: Keller}", "      "
    )
    write_case(tmp_path, expect=expect)
    out = labels.run(tmp_path)
    assert [m.phenomenon for m in out.misses] == ["names.misspelled-known"]
    # the invalid date on line 7 was not labelled, so it is a false alarm, not a hit
    assert out.fp["dates"] == 1 and out.recall("names") == 0.0


def test_a_finding_two_lines_away_is_no_hit(tmp_path):
    expect = textwrap.indent("\n- {line: 9, family: dates, phenomenon: dates.invalid}", "      ")
    write_case(tmp_path, expect=expect)
    out = labels.run(tmp_path)
    assert out.tp["dates"] == 0 and out.fp["dates"] == 1 and out.fn["dates"] == 1


def test_alarms_in_a_clean_draft_are_counted_as_such(tmp_path):
    write_case(tmp_path)
    out = labels.run(tmp_path)
    assert out.clean_alarms == 1 and out.precision("dates") == 0.0


def test_an_unknown_phenomenon_in_the_labels_is_an_error(tmp_path):
    expect = textwrap.indent("\n- {line: 7, family: dates, phenomenon: dates.typo}", "      ")
    write_case(tmp_path, expect=expect)
    with pytest.raises(ValueError, match="dates.typo"):
        labels.run(tmp_path)


def _reference_figures(stdout):
    rows = {}
    for m in re.finditer(r"^(\w+)\s+tp=\s*(\d+) fp=\s*(\d+) fn=\s*(\d+)", stdout, re.M):
        rows[m.group(1)] = tuple(int(g) for g in m.groups()[1:])
    phenomena = {
        m.group(1): (int(m.group(2)), int(m.group(3)))
        for m in re.finditer(r"^\s+(\w+\.[\w-]+)\s+(\d+)/(\d+)", stdout, re.M)
    }
    return rows, phenomena


def test_the_harness_agrees_with_the_reference_scorer_on_the_dev_set():
    dev = shared_or_skip("eval", "dev")
    newslint = [sys.executable, "-m", "newslint", "check", "--format", "json"]
    proc = subprocess.run(
        [
            sys.executable,
            str(dev.parent / "score.py"),
            str(dev),
            "--slack",
            "1",
            "--cmd",
            " ".join(newslint),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    families, phenomena = _reference_figures(proc.stdout)
    out = labels.run(dev)
    assert families == {f: (out.tp[f], out.fp[f], out.fn[f]) for f in families}
    assert phenomena == {p: (out.phenomenon_hit[p], out.phenomenon_all[p]) for p in phenomena}
    assert f"F1={out.f1():.2f}" in proc.stdout


def test_the_committed_table_has_a_row_for_every_phenomenon_in_order():
    committed = (ROOT / "docs" / "quality.md").read_text(encoding="utf-8")
    assert table.rows_in(committed) == list(PHENOMENA)


def test_every_phenomenon_of_the_dev_labels_is_known_to_the_harness():
    dev = shared_or_skip("eval", "dev")
    found, _ = labels.read(dev)  # raises on a phenomenon the table lacks
    assert {e.phenomenon for case in found.values() for e in case} <= set(PHENOMENA)


def test_every_phenomenon_is_planted_or_says_why_not():
    planted_by = [m.phenomenon for m in MUTATORS]
    assert len(planted_by) == len(set(planted_by)), "two mutators for one phenomenon"
    assert set(planted_by) <= set(PHENOMENA)
    assert set(planted_by) | set(NOT_PLANTED) == set(PHENOMENA)
    assert not set(planted_by) & set(NOT_PLANTED)


def test_every_rule_of_a_judged_family_speaks_for_a_phenomenon():
    from newslint.plugins import installed_rules

    rules = [
        r for r in installed_rules() if r.family in ("names", "numbers", "dates", "contradictions")
    ]
    assert rules and all(of_rule(r.name) for r in rules), [
        r.name for r in rules if not of_rule(r.name)
    ]


class _Invalid:
    phenomenon, family = "dates.invalid", "dates"

    def sites(self, story):
        at = story.text.find("April 30")
        if at >= 0:
            yield Site(at, at + len("April 30"), "April 31", "us-order")


def _story(body, id_="t-1"):
    return Story(id_, "test", f"---\ndate: 2025-03-10\n---\n\n{body}\n", None)


def test_a_planted_error_newslint_reports_is_caught():
    story = _story("The council met on April 30, 2024 to set the budget.")
    result = planted.run([_Invalid()], [story], limit=10, seed=1)
    assert result.caught["dates.invalid"] == [True]
    assert result.drawn["dates.invalid"][0].line == 5


def test_a_warning_the_untouched_story_already_had_is_no_catch():
    story = _story("The council met on April 30, 2024 and again on June 31, 2024.")
    result = planted.run(
        [_Invalid()], [story], limit=10, seed=1, lint=lambda s, text: _lint_only_june(text)
    )
    assert result.caught["dates.invalid"] == [False]


def _lint_only_june(text):
    # a stand-in linter that reports only the date the untouched story already had wrong
    from newslint import lint_text

    return [f for f in lint_text(text, "t.md") if "June" in f.message]


def test_the_draw_is_fixed_by_its_seed_and_spread_over_corpora():
    texts = [_story("It closed on April 30, 2024.", f"{c}-{i}") for c in "ab" for i in range(5)]
    stories = [Story(s.id, s.id[0], s.text, None) for s in texts]
    first = planted.draw(_Invalid(), stories, 4, seed=3)
    again = planted.draw(_Invalid(), stories, 4, seed=3)
    assert [p.story.id for p in first] == [p.story.id for p in again]
    assert sorted(p.story.corpus for p in first) == ["a", "a", "b", "b"]


def test_floors_file_errors_name_file_and_line(tmp_path):
    path = tmp_path / "floor.yaml"
    path.write_text("floors:\n  names: {dev_recall: 0.2}\n  numbrs: {noise: 1}\n")
    with pytest.raises(ValueError, match=r"floor.yaml:3: unknown family 'numbrs'"):
        floors.read(path)
    path.write_text("floors:\n  names: {recall: 0.2}\n")
    with pytest.raises(ValueError, match=r"floor.yaml:2: unknown key 'recall'"):
        floors.read(path)


def test_a_recall_below_its_floor_or_noise_above_its_ceiling_fails(tmp_path):
    out = labels.Outcome()
    out.tp["names"], out.fn["names"] = 1, 3
    rules = {"names": floors.Floor("names", dev_recall=0.3)}
    assert floors.check(rules, out, None, None) == [
        "names: dev recall 0.25 is below its floor 0.30"
    ]
    assert floors.check({"names": floors.Floor("names", dev_recall=0.25)}, out, None, None) == []


def test_the_shipped_floors_file_reads():
    shipped = floors.read(ROOT / "benchmarks" / "quality-floor.yaml")
    assert set(shipped) == {"names", "numbers", "dates", "contradictions"}


def test_quick_mode_holds_every_floor():
    shared_or_skip("eval", "dev")
    shared_or_skip("data", "news")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quality.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "planted recall" in proc.stdout


def test_without_shared_data_the_run_says_what_it_skipped(tmp_path):
    env = dict(os.environ, NEWSLINT_SHARED=str(tmp_path), CI="")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quality.py"), "--labels", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0
    assert "skipped the labelled drafts" in proc.stderr
    assert "skipped planted errors and noise" in proc.stderr


def test_a_story_gives_a_second_case_only_when_the_stories_run_out():
    two = Story("a-0", "a", "---\ndate: 2025-03-10\n---\n\nOn April 30 and again April 30.\n", None)
    one = Story("b-0", "b", "---\ndate: 2025-03-10\n---\n\nIt closed on April 30.\n", None)

    class Every(_Invalid):
        def sites(self, story):
            at = -1
            while (at := story.text.find("April 30", at + 1)) >= 0:
                yield Site(at, at + len("April 30"), "April 31", "us-order")

    assert sorted(p.story.id for p in planted.draw(Every(), [two, one], 2, seed=1)) == [
        "a-0",
        "b-0",
    ]
    assert len(planted.draw(Every(), [two, one], 5, seed=1)) == 3


def test_every_recorded_error_of_the_published_articles_is_in_its_article():
    """A hand-checked misspelling is only excused from noise where the article writes it."""
    shared_or_skip()
    from harness import stories
    from harness.noise import corpus_errors

    texts = {s.id: s.text for s in stories.load()}
    for story, text in corpus_errors():
        assert story in texts, story
        assert text in texts[story], (story, text)
