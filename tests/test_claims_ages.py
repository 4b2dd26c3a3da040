"""Ages and birth dates are tied to the names they belong to; lists are counted once."""

from newslint.claims.ages import extract_ages, extract_births
from newslint.claims.lists import list_after
from newslint.document import Document


def doc(text):
    return Document(text, "story.txt")


def test_age_forms_tie_to_the_adjacent_name():
    d = doc("Ann Lee, 58, and Raj Patel (61) met the 40-year-old Tom Ode.")
    assert [(a.name, a.age) for a in extract_ages(d)] == [
        ("Ann Lee", 58),
        ("Raj Patel", 61),
        ("Tom Ode", 40),
    ]


def test_counts_after_a_place_are_not_ages():
    assert extract_ages(doc("In Leeds, 58 people voted.")) == []


def test_birth_date_ties_to_the_nearest_earlier_name():
    d = doc("Her rival, Ann Lee, who was born on May 2, 1970, spoke.")
    assert [(b.name, b.date.text) for b in extract_births(d)] == [("Ann Lee", "May 2, 1970")]


def test_relative_dates_are_not_birth_dates():
    assert extract_births(doc("Ann Lee was born last year.")) == []


def _items(text):
    d = doc(text)
    items = list_after(d, text.index(":") + 1)
    return None if items is None else [" ".join(t.text for t in item) for item in items]


def test_list_forms():
    assert _items("Three: France, Spain and Italy.") == ["France", "Spain", "Italy"]
    assert _items("Three: France, Spain, and Italy.") == ["France", "Spain", "Italy"]
    assert _items("Two: France and Spain.") == ["France", "Spain"]


def test_open_or_clausal_lists_are_not_counted():
    assert _items("Some: France, among others.") is None
    assert _items("Two: the cost, which rose, and the delay.") is None
