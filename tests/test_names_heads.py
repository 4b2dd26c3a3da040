"""Heads of international bodies and central banks: their names and titles are checked."""

import datetime as dt

import pytest

from newslint import lint_text

DAY = dt.date(2024, 6, 6)


def given_name_findings(text: str, day: dt.date | None = DAY) -> list[str]:
    return [f.message for f in lint_text(text, "d.txt", date=day) if f.code == "NL103"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Central Bank cut rates. Chief economist Peter Lane said inflation would ease.",
        "ECB chief economist Mark Lane told reporters the bank was not on a preset path.",
        "The ECB's chief economist, Patrick Lane, said wage growth was slowing.",
    ],
)
def test_a_chief_economist_with_another_given_name_is_reported(text):
    found = given_name_findings(text)
    assert len(found) == 1
    assert "Philip" in found[0] and "Chief Economist of the European Central Bank" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The European Central Bank cut rates. Chief economist Philip Lane said inflation would ease.",
        "The ECB cut rates. Former chief economist Peter Lane said it was too soon.",
        "Barclays chief economist Peter Lane said the ECB would cut again.",
        # A story that is not about the ECB: a bank's own chief economist.
        "Shares rose in London. Chief economist Peter Lane at the bank said growth was firm.",
    ],
)
def test_the_right_name_a_past_post_or_another_body_is_left_alone(text):
    assert given_name_findings(text) == []


def test_an_undated_story_is_not_judged_by_who_holds_the_post_now():
    text = "The European Central Bank cut rates. Chief economist Peter Lane said so."
    assert given_name_findings(text, day=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "IMF Managing Director Kristina Georgieva urged governments to rebuild buffers.",
        "Kristalena Georgieva, who runs the IMF, said growth was holding up.",
    ],
)
def test_a_slip_in_the_imf_heads_given_name_is_reported(text):
    found = given_name_findings(text)
    assert len(found) == 1 and "Kristalina Georgieva" in found[0]
    assert "Managing Director of the International Monetary Fund" in found[0]


def test_heads_spelled_right_pass():
    text = (
        "Kristalina Georgieva of the IMF, Christine Lagarde of the ECB, Ajay Banga of the"
        " World Bank and Bank of England Governor Andrew Bailey met in Washington."
    )
    names = [f for f in lint_text(text, "d.txt", date=DAY) if f.code.startswith("NL1")]
    assert names == []
