"""The date extractor turns newsroom date forms into calendar intervals."""

import datetime as dt

import pytest

from newslint.claims.dates import extract_dates
from newslint.claims.quantities import extract_quantities
from newslint.document import Document

D = dt.date
DATELINE = D(2025, 11, 4)  # a Tuesday


def dates(text, ref=DATELINE):
    return extract_dates(Document(text, "story.txt", reference_date=ref))


def only(text, ref=DATELINE):
    found = dates(text, ref)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "relative"),
    [
        ("He was sworn in on January 20, 2025.", "January 20, 2025", D(2025, 1, 20), None, False),
        ("He was sworn in on 20 January 2025.", "20 January 2025", D(2025, 1, 20), None, False),
        ("The deal was signed on 2025-02-03.", "2025-02-03", D(2025, 2, 3), None, False),
        ("It was cut in September 2024.", "September 2024", D(2024, 9, 1), D(2024, 9, 30), False),
        ("NATO said in late 2024 it would.", "late 2024", D(2024, 9, 1), D(2024, 12, 31), False),
        ("Sales fell last year.", "last year", D(2024, 1, 1), D(2024, 12, 31), True),
        ("Talks resume next month.", "next month", D(2025, 12, 1), D(2025, 12, 31), True),
        ("He spoke yesterday.", "yesterday", D(2025, 11, 3), None, True),
        ("He spoke last Monday.", "last Monday", D(2025, 11, 3), None, True),
        ("Results came in the first quarter of 2025.", None, D(2025, 1, 1), D(2025, 3, 31), False),
        ("The law passed in 2019.", "2019", D(2019, 1, 1), D(2019, 12, 31), False),
    ],
)
def test_interval_of_each_form(text, span, earliest, latest, relative):
    d = only(text)
    if span:
        assert d.text == span and text[d.start : d.end] == span
    assert (d.earliest, d.latest or d.earliest) == (earliest, latest or earliest)
    assert d.relative is relative


def test_abbreviated_month_without_year_takes_the_nearest_year():
    d = only("The vote is on Jan. 20.")
    assert (d.text, d.year, d.month, d.day, d.relative) == ("Jan. 20", 2026, 1, 20, True)


def test_weekday_written_with_the_date():
    d = only("They met on Monday, March 4, 2025.")
    assert (d.weekday, d.year, d.month, d.day) == (0, 2025, 3, 4)


def test_bare_weekday_is_a_week_either_side_of_the_dateline():
    d = only("They met on Friday.")
    assert d.weekday == 4 and d.day is None
    assert d.earliest <= DATELINE <= d.latest


@pytest.mark.parametrize(
    "text", ["It ended on February 30.", "Due April 31, 2025.", "On 2025-13-01."]
)
def test_dates_the_calendar_does_not_have_are_invalid(text):
    assert not only(text).valid


def test_february_29_is_valid_only_in_leap_years():
    assert only("It was February 29, 2024.").valid
    assert not only("It was February 29, 2025.").valid


def test_relative_dates_stay_open_without_a_dateline():
    d = only("Sales fell last year.", ref=None)
    assert d.relative and d.year is None and d.earliest is None


def test_counts_are_not_years():
    assert dates("A crowd of 2000 people and 1,987 cars.") == []


def test_front_matter_dateline_resolves_relative_dates():
    doc = Document("---\ndate: 2024-03-10\n---\n\nShe left last year.\n", "story.md")
    assert extract_dates(doc)[0].year == 2023


def test_crop_years_are_not_calendar_years():
    assert dates("Consumption will rise in 1986/87 again.") == []


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("It opened last September.", D(2025, 9, 1), D(2025, 9, 30)),
        ("It opens next March.", D(2026, 3, 1), D(2026, 3, 31)),
        ("It opens this week.", D(2025, 11, 3), D(2025, 11, 9)),
        ("It opened last weekend.", D(2025, 11, 1), D(2025, 11, 2)),
        ("It opens next Tuesday.", D(2025, 11, 11), D(2025, 11, 11)),
        ("It opens this Tuesday.", D(2025, 11, 4), D(2025, 11, 4)),
        ("It opened last Tuesday.", D(2025, 10, 28), D(2025, 10, 28)),
        ("It opened three days ago.", D(2025, 11, 1), D(2025, 11, 1)),
        ("It closes at the end of 2025.", D(2025, 11, 1), D(2025, 12, 31)),
        ("It closes in early 2026.", D(2026, 1, 1), D(2026, 4, 30)),
        ("Aid was frozen in late September.", D(2025, 9, 21), D(2025, 9, 30)),
        ("Talks stalled in mid-August.", D(2025, 8, 11), D(2025, 8, 21)),
        ("Talks stalled in mid August.", D(2025, 8, 11), D(2025, 8, 21)),
        ("Early October was quiet.", D(2025, 10, 1), D(2025, 10, 10)),
        ("The plant shuts at the end of December.", D(2025, 12, 27), D(2025, 12, 31)),
        ("It was delayed until the second half of June.", D(2025, 6, 16), D(2025, 6, 30)),
    ],
)
def test_relative_periods_against_a_tuesday_dateline(text, earliest, latest):
    d = only(text)
    assert (d.earliest, d.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        ("Talks ran March 3-5, 2025.", "March 3-5, 2025", D(2025, 3, 3), D(2025, 3, 5)),
        ("Talks ran 3–5 March 2025.", "3–5 March 2025", D(2025, 3, 3), D(2025, 3, 5)),
        ("He served in 2019-2021.", "2019-2021", D(2019, 1, 1), D(2021, 12, 31)),
        ("The 2019-21 plan.", "2019-21", D(2019, 1, 1), D(2021, 12, 31)),
    ],
)
def test_ranges_cover_both_ends(text, span, earliest, latest):
    d = only(text)
    assert (d.text, d.earliest, d.latest) == (span, earliest, latest)


def test_a_range_ending_past_the_month_is_invalid():
    assert not only("Talks ran April 29-31, 2025.").valid


def test_a_year_range_is_one_date_and_a_backwards_one_is_two_figures():
    doc = Document("He served in 2019-2021 and 2019-2018.", "story.txt")
    assert [d.text for d in extract_dates(doc)] == ["2019-2021"]
    assert [q.text for q in extract_quantities(doc)] == ["2019", "2018"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The order was lifted in late January, aides said.", "late January"),
        ("Prices peaked in mid-March.", "mid-March"),
        ("The fund ran dry by the end of April.", "the end of April"),
        ("Trading resumed in March.", "March"),
    ],
)
def test_a_part_of_a_month_is_part_of_the_mention(text, span):
    d = only(text)
    assert d.text == span and d.relative


def test_a_day_after_the_month_keeps_the_day():
    d = only("The vote came in late January 20 minutes after the debate.")
    assert (d.month, d.day) == (1, 20)


def test_a_full_month_ending_a_sentence_leaves_the_full_stop_to_the_sentence():
    got = [d.text for d in dates("Polling ends on 5 May. The count starts on June 6.")]
    assert got == ["5 May", "June 6"]
    # An abbreviation keeps its dot, with or without a year after it.
    got = [d.text for d in dates("Talks resume on Sept. 3, 2024, and end on Dec. 4.")]
    assert got == ["Sept. 3, 2024", "Dec. 4"]
