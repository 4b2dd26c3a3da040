"""The quantity extractor reads figures the way a copy editor does."""

import pytest

from newslint.claims.quantities import extract_quantities
from newslint.document import Document


def quantities(text):
    return extract_quantities(Document(text, "story.txt"))


def only(text):
    found = quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "span"),
    [
        ("The rate was 27.5% then.", 27.5, "%", "percent", "27.5%"),
        ("The rate was 15 per cent then.", 15.0, "%", "percent", "15 per cent"),
        ("The rate was 15 percent then.", 15.0, "%", "percent", "15 percent"),
        ("Rates rose 3 pct in March.", 3.0, "%", "percent", "3 pct"),
        ("It spent $2 billion on arms.", 2e9, "USD", "money", "$2 billion"),
        ("It spent US$75bn on arms.", 75e9, "USD", "money", "US$75bn"),
        ("It spent €1.2 trillion on arms.", 1.2e12, "EUR", "money", "€1.2 trillion"),
        ("It spent £3m on arms.", 3e6, "GBP", "money", "£3m"),
        ("It earned 5 mln dlrs last quarter.", 5e6, "USD", "money", "5 mln dlrs"),
        ("It earned 15.5 billion yen.", 15.5e9, "JPY", "money", "15.5 billion yen"),
        ("Some 1,200 people came.", 1200.0, None, "count", "1,200"),
        ("The city has 3.4 million residents.", 3.4e6, None, "count", "3.4 million"),
        ("She bought a dozen eggs.", 12.0, None, "count", "a dozen"),
        ("We saw twenty-five ships.", 25.0, None, "count", "twenty-five"),
        ("The margin widened by 0.5 percentage points.", 0.5, "pp", "percent", None),
    ],
)
def test_reads_value_unit_and_span(text, value, unit, kind, span):
    q = only(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind) == (unit, kind)
    if span:
        assert q.text == span
        assert text[q.start : q.end] == span


def test_fractions_are_numbers_below_one():
    q = only("Nearly two-thirds of voters agreed.")
    assert q.value == pytest.approx(2 / 3)


def test_a_range_writes_its_unit_once():
    low, high = quantities("Rates fell from 4.2 to 3.9% last year.")
    assert (low.value, low.unit, high.value, high.unit) == (4.2, "%", 3.9, "%")


def test_currency_carries_across_a_range():
    low, high = quantities("It will cost $5-6 billion.")
    assert (low.unit, high.unit, high.value) == ("USD", "USD", 6e9)


def test_negative_figures():
    assert only("Growth was -0.5% in the quarter.").value == -0.5


@pytest.mark.parametrize(
    "text",
    [
        "Japan ordered F-35 jets.",
        "The COVID-19 wave passed.",
        "They met at 10:30 sharp.",
        "He came 1st overall.",
        "The 1986/87 crop was late.",
        "He ran a 5m sprint.",
    ],
)
def test_identifiers_times_and_ordinals_are_not_quantities(text):
    assert quantities(text) == []


def test_numbers_inside_dates_are_left_to_the_date_analysis():
    found = quantities("On January 20, 2025, he signed 12 orders.")
    assert [q.text for q in found] == ["12"]


def test_computed_once_per_document():
    doc = Document("It costs $5.", "story.txt")
    assert extract_quantities(doc) is extract_quantities(doc)


def test_a_count_beside_a_rate_keeps_its_own_unit():
    count, rate = quantities("The total fell to 2.9 mln or 10.6 pct of the workforce.")
    assert (count.unit, count.value, rate.unit) == (None, 2.9e6, "%")
