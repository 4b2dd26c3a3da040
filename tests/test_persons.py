"""Person mentions: titles and countries are peeled off names, as a reader parses them."""

import pytest

from newslint.claims.persons import find_person_mentions
from newslint.document import Document


def mentions(text):
    return [
        (m.text, m.title, m.country, m.sentence_initial)
        for m in find_person_mentions(Document(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Japanese Prime Minister Sanae Takaichi.",
            ("Sanae Takaichi", "prime minister", "japan", False),
        ),
        (
            "He met Japan’s Prime Minister Sanae Takaichi.",
            ("Sanae Takaichi", "prime minister", "japan", False),
        ),
        (
            "He met Japan's prime minister, Sanae Takaichi, today.",
            ("Sanae Takaichi", "prime minister", "japan", False),
        ),
        (
            "On Monday Russian President Vladimir Putin spoke.",
            ("Vladimir Putin", "president", "russia", False),
        ),
        ("The US President Joe Biden spoke.", ("Joe Biden", "president", "united states", False)),
        ("He called Sen. Mitch McConnell.", ("Mitch McConnell", "sen", None, False)),
        ("The deal was Tony Blair’s idea.", ("Tony Blair", None, None, False)),
    ],
)
def test_title_and_country_are_peeled(text, expected):
    assert expected in mentions(text)


def test_a_country_is_a_name_unless_a_title_follows():
    assert ("India Knight", None, None, True) in mentions("India Knight wrote the column.")


def test_a_title_at_the_end_of_a_name_is_part_of_it():
    assert ("Martin Luther King", None, None, False) in mentions("They quoted Martin Luther King.")


def test_sentence_openers_are_not_given_names():
    assert ("Trump", None, None, False) in mentions(
        "Earlier, the talks ended. While Trump spoke, aides left."
    )
