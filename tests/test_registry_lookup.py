"""``newslint registry lookup`` shows what the checker's own matcher makes of a name."""

import re

import pytest

from newslint.cli import main

pytestmark = pytest.mark.usefixtures("shipped_registry_cache")


def lookup(capsys, *words):
    code = main(["registry", "lookup", *words])
    return code, capsys.readouterr().out


def candidates(out):
    """Return (verdict, name, reason) for each candidate line."""
    found = re.findall(
        r"^  (kept|rejected) +(.+?) \[[^\]]+\] score [\d.]+ \(.*?\): (.*)$", out, re.M
    )
    return [(v, n, why) for v, n, why in found]


def test_a_misspelt_head_without_a_title_is_listed_with_why_it_is_rejected(capsys):
    code, out = lookup(capsys, "Sanai", "Takwati")
    assert code == 1
    [(verdict, name, why)] = [c for c in candidates(out) if c[1] == "Sanae Takaichi"]
    assert verdict == "rejected"
    assert "prime minister" in why
    assert "with the country" in why


def test_the_same_name_after_a_title_and_country_is_kept_as_the_checker_keeps_it(capsys, tmp_path):
    code, out = lookup(capsys, "Japanese Prime Minister Sanai Takwati")
    assert code == 0
    assert ("kept", "Sanae Takaichi") in [(v, n) for v, n, _ in candidates(out)]
    assert "Prime Minister of Japan since 2025-10-21" in out
    draft = tmp_path / "draft.md"
    draft.write_text("Japanese Prime Minister Sanai Takwati met reporters.\n", encoding="utf-8")
    main(["check", "--select", "NL101", str(draft)])
    assert "did you mean Sanae Takaichi" in capsys.readouterr().out


def test_a_misspelt_organisation_is_kept_with_its_kind(capsys):
    code, out = lookup(capsys, "Goldman", "Sacks")
    assert code == 0
    kept = [(n, why) for v, n, why in candidates(out) if v == "kept"]
    assert kept[0][0] == "Goldman Sachs"
    assert "'Sacks' is a slip for 'Sachs'" in kept[0][1]
    assert "company" in out


def test_a_wrong_given_name_is_kept_and_another_person_with_the_surname_is_not(capsys):
    code, out = lookup(capsys, "Kier", "Starmer")
    assert code == 0
    assert ("kept", "Keir Starmer") in [(v, n) for v, n, _ in candidates(out)]


def test_a_rejected_organisation_says_why(capsys):
    _, out = lookup(capsys, "International Labour Organisation")
    found = candidates(out)
    assert all(v == "rejected" for v, _, _ in found)
    assert any("another accepted way" in why for _, _, why in found)


def test_an_exact_name_is_shown_without_candidates(capsys):
    code, out = lookup(capsys, "Keir", "Starmer")
    assert code == 0
    assert "(exact; rules/registry/uk.yaml)" in out
    assert candidates(out) == []
