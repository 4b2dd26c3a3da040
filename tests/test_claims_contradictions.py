"""The analyses behind the contradiction rules: who is meant, when terms began, what is claimed."""

import datetime as dt

from newslint.claims.actions import find_actions
from newslint.claims.actors import find_actors
from newslint.claims.figures import find_figures
from newslint.claims.offices import extract_office_claims
from newslint.claims.stances import find_stances
from newslint.claims.terms import find_terms
from newslint.claims.titles import extract_titles
from newslint.document import Document


def doc(text, date=None, path="story.md"):
    return Document(text, path, reference_date=date)


def test_bare_administration_resolves_to_the_only_one_named():
    d = doc("The Ruiz administration met on Monday. Later the administration cut fees.")
    bare = [m for m in find_actors(d).mentions if m.kind == "administration"]
    assert [m.person for m in bare] == ["Ruiz"]


def test_bare_administration_with_two_named_is_nobody():
    d = doc(
        "The Ruiz administration drafted it and the Holt administration kept it. "
        "The administration then published it."
    )
    bare = [m for m in find_actors(d).mentions if m.kind == "administration"]
    assert [m.person for m in bare] == [None]


def test_his_government_only_for_the_main_person():
    d = doc(
        "Prime Minister Ana Ruiz spoke. Ruiz said the plan was ready. Ruiz left.\n\n"
        "Tom Hale, the opposition leader, said his government would differ."
    )
    owned = [m for m in find_actors(d).mentions if m.text == "his government"]
    assert find_actors(d).main == "Ruiz"
    assert [m.person for m in owned] == [None]  # the nearest person is Hale, not Ruiz


def test_the_prime_minister_needs_the_title_in_the_story():
    titled = doc("Prime Minister Ana Ruiz spoke. Ruiz left. The prime minister returned.")
    untitled = doc("Ana Ruiz spoke. Ruiz left. The prime minister returned.")
    assert [m.person for m in find_actors(titled).mentions if m.kind == "office"] == ["Ruiz"]
    assert [m.person for m in find_actors(untitled).mentions if m.kind == "office"] == [None]


def test_month_only_term_start_is_read_in_the_past():
    d = doc("Prime Minister Ana Ruiz took office in October.", date=dt.date(2025, 6, 1))
    (term,) = find_terms(d)
    assert (term.person, term.edge, term.earliest) == ("Ruiz", "start", dt.date(2024, 10, 1))


def test_reelection_is_marked_as_renewed():
    d = doc("President Ana Ruiz, reelected in November, was sworn in on January 20, 2025.")
    (term,) = find_terms(d)
    assert term.renewed and term.earliest == dt.date(2025, 1, 20)


def test_date_in_a_relative_clause_is_not_an_action():
    d = doc("The Ruiz administration follows the panel, which in 2004 drafted a plan.")
    assert find_actions(d) == []


def test_opening_date_times_the_following_actor():
    d = doc("President Ana Ruiz spoke.\n\nIn March 2019, the Ruiz administration cut fees.")
    (action,) = find_actions(d)
    assert (action.actor.person, action.date.text) == ("Ruiz", "March 2019")


def test_never_supported_is_a_firm_opposition():
    d = doc("Senator Jane Doe has never supported the farm subsidy bill.")
    (stance,) = find_stances(d)
    assert (stance.person, stance.polarity, stance.firm) == ("Doe", -1, True)
    assert stance.words == frozenset({"farm", "subsidy"})


def test_hedged_tolls_are_not_figures():
    d = doc("Flood toll\n\nAt least 21 people were killed and 4 people died later.", path="s.txt")
    assert [f.quantity.text for f in find_figures(d)] == ["4"]


def test_a_month_after_a_titled_name_is_dropped_only_before_a_day():
    from newslint.document import Document

    titled = Document(
        "President Ronald Reagan May 5 signed it. Chancellor Theresa May spoke.", "s.txt"
    )
    assert [t.name for t in extract_titles(titled)] == ["Ronald Reagan", "Theresa May"]


def _posts(text):
    return [(c.surname, c.full, c.country, c.qualifier) for c in extract_office_claims(doc(text))]


def test_an_office_after_the_name_keeps_what_it_is_of_and_whose_it_is():
    assert _posts("Ana Ruiz, the secretary of state, was silent.") == [
        ("Ruiz", "secretary of state", "", "")
    ]
    assert _posts("Tom Hale, Japan's prime minister, left.") == [
        ("Hale", "prime minister", "Japan", "")
    ]
    assert _posts("Ana Ruiz was the prime minister of Norway then.") == [
        ("Ruiz", "prime minister", "Norway", "")
    ]
    assert _posts("Tom Hale, the former U.S. secretary of the Treasury, said.") == [
        ("Hale", "secretary of the treasury", "U.S.", "former")
    ]


def test_an_office_fronted_by_a_comma_names_the_person_after_it():
    assert _posts("Chile's foreign minister, Ana Ruiz, said no.") == [
        ("Ruiz", "foreign minister", "Chile", "")
    ]


def test_secretary_of_state_is_not_any_secretary():
    (state,) = extract_office_claims(doc("Ana Ruiz, the secretary of state, was silent."))
    (press,) = extract_office_claims(doc("Ana Ruiz, the press secretary, was silent."))
    (general,) = extract_office_claims(doc("NATO Secretary General Ana Ruiz was silent."))
    assert len({state.office, press.office, general.office}) == 3
    assert general.office[0] == "secretary general"


def test_a_title_owned_or_belonging_to_a_club_is_no_claim_about_the_person():
    assert _posts("Asked Monday, the secretary of state's spokeswoman, Tom Hale, said.") == []
    assert _posts("Ana Ruiz, the president of the club, said.") == []
    assert _posts("Ana Ruiz, the president-elect, said.") == []
