"""Which countries a story speaks of, as the name rules read it."""

from __future__ import annotations

import pytest

from newslint.claims.countries import story_countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tory MPs voted against the bill.", "united kingdom"),
        ("The Welsh coach named his squad.", "united kingdom"),
        ("Sen. Mike Boren (D-Okla.) said the vote was close.", "united states"),
        ("Beau Boulter of Texas introduced the bill.", "united states"),
        ("The Kremlin denied the report.", "russia"),
        ("Officials met in Chisinau, Moldova, on Monday.", "moldova"),
        ("Japanese officials were upbeat.", "japan"),
    ],
)
def test_a_country_is_read_from_its_name_people_and_institutions(text: str, country: str) -> None:
    assert story_countries(text).speaks_of(country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgeta Minciu, a Romanian cleaner, bought a phone.", "moldova"),
        ("The labour market in Lisbon tightened.", "united kingdom"),
        ("He sat in the senate of the university.", "united states"),
        ("Georgia's wine exports rose.", "united states"),
    ],
)
def test_other_countries_and_lower_case_words_are_not_read(text: str, country: str) -> None:
    assert not story_countries(text).speaks_of(country)
