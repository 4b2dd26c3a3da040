"""End to end: a draft with planted figure and date mistakes, through the real CLI."""

from newslint.cli import main

DRAFT = """---
title: Tariff talks continue
date: 2025-11-04
---

The government cut tariffs on cars from 15% to 27.5% in September 2024.

NATO bought $90 billion in weapons, part of a larger $75 billion aid package.

The minister visited three countries: France and Spain.

Leaders met on Monday, March 4, 2025, and again on February 30.
"""

CLEAN = """---
title: Tariff talks continue
date: 2025-11-04
---

In September 2024, the administration cut tariffs on cars from 27.5% to 15%.

NATO bought $2 billion in US weapons, part of a larger $75 billion aid package.

Sales rose 150% last year, and exports were up 300 per cent.

Leaders met on Tuesday, March 4, 2025, and will meet again next month.
"""


def test_planted_mistakes_are_reported_where_they_are(tmp_path, capsys):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--select", "numbers,dates", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    where = [line.split(": ", 1)[0].removeprefix(str(path)) for line in out]
    assert where == [":6:16", ":8:13", ":10:22", ":12:16", ":12:52"]
    assert "NL201 warning" in out[0] and "goes up from 15% to 27.5%" in out[0]
    assert "NL203 warning" in out[1]
    assert "NL204 warning" in out[2]
    assert "NL302 warning" in out[3] and "(suggestion: Tuesday)" in out[3]
    assert "NL301 warning" in out[4]


def test_correct_figures_pass(tmp_path, capsys):
    path = tmp_path / "clean.md"
    path.write_text(CLEAN, encoding="utf-8")
    assert main(["check", "--select", "numbers,dates", str(path)]) == 0


def test_dateline_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\nThe summit was held on December 3, 2025.\n", encoding="utf-8")
    assert main(["check", "--select", "dates", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--select", "dates", "--date", "2025-11-04", str(path)]) == 1
    assert "NL303" in capsys.readouterr().out
