"""The name mutators of the quality harness, on wire-copy sentences written for these tests.

Each mutator has one test showing the exact planted text for three stories and one test of
correct sentences (the traps) where it must plant nothing. The facts and the vocabulary are
built here by hand, so no test needs ../shared.
"""

import datetime as dt
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness.facts import Facts, Person, Role  # noqa: E402
from harness.plant import names  # noqa: E402
from harness.plant.base import apply  # noqa: E402
from harness.stories import Story  # noqa: E402


def _person(name, office, jurisdiction, gender, start=dt.date(1981, 1, 20)):
    parts = name.split()
    return Person(
        name, parts[0], parts[-1], None, [Role(office, jurisdiction, start, None)], gender
    )


def _facts():
    people = [
        _person("Tony Blair", "Prime Minister", "United Kingdom", "M", dt.date(1997, 5, 2)),
        _person(
            "Gordon Brown",
            "Chancellor of the Exchequer",
            "United Kingdom",
            "M",
            dt.date(1997, 5, 2),
        ),
        _person("Ruth Kelly", "Secretary of State for Education", "United Kingdom", "F"),
        _person("Ronald Reagan", "President", "United States", "M"),
        _person("James Baker", "Secretary of the Treasury", "United States", "M"),
        _person("Herb Kohl", "Senator", "United States", "M"),
        _person("Jens Stoltenberg", "Prime Minister", "Norway", "M", dt.date(2005, 10, 17)),
        _person("Gerald Ford", "President", "United States", "M", dt.date(1974, 8, 9)),
        _person("George Washington", "President", "United States", "M", dt.date(1789, 4, 30)),
        _person("Theresa May", "Prime Minister", "United Kingdom", "F", dt.date(2016, 7, 13)),
        _person("Eugene Atkinson", "Representative", "United States", "M"),
        _person("William Clinton", "President", "United States", "M", dt.date(1993, 1, 20)),
        _person("Bill Clinton", "President", "United States", "M", dt.date(1993, 1, 20)),
        _person("Luciana Moreira", "Minister of Finance", "Brazil", "F"),
        _person("William Hill", "Senator", "United States", "M"),
    ]
    # Two office-holders for each common given name, so each has a settled gender.
    for given, gender, country in [
        *(
            (g, "M", "United Kingdom")
            for g in (
                "Peter",
                "David",
                "Alan",
                "Kenneth",
                "Nigel",
                "Douglas",
                "Norman",
                "Geoffrey",
                "Patrick",
                "Michael",
                "Stephen",
                "Keith",
            )
        ),
        *(
            (g, "F", "United Kingdom")
            for g in (
                "Margaret",
                "Tessa",
                "Patricia",
                "Clare",
                "Harriet",
                "Hilary",
                "Estelle",
                "Janet",
                "Helen",
                "Valerie",
                "Barbara",
                "Jacqui",
            )
        ),
        *(
            (g, "M", "United States")
            for g in (
                "Walter",
                "Howard",
                "Caspar",
                "Lloyd",
                "Malcolm",
                "Donald",
                "Edwin",
                "Frank",
                "Harold",
                "Samuel",
                "Thomas",
                "Arthur",
            )
        ),
    ]:
        for surname in ("Ashworth", "Pendleton"):
            people.append(_person(f"{given} {surname}", "Minister", country, gender))
    facts = Facts({p.name: p for p in people})
    facts.leaders["Helmut Kohl"] = _person(
        "Helmut Kohl", "Leader", "West Germany", "M", dt.date(1982, 10, 1)
    )
    return facts


#: Plain English for the vocabulary: the words a misspelling must not land on, and "in
#: Houston" twice so that Houston reads as a place.
ENGLISH = """
the said on in at to of a and for with that was were would will talks rates rose fell brown
rice may major bush baker ford prices traders shares bank office told reporters minister
meeting visit flights flew from hughes oil firm jobs cut motor sales rival party we not
retreat after met officials spokesman coalition budget plan economist analyst expected
growth slow year fans club scored players in Houston and in Houston again
"""


@pytest.fixture(scope="module")
def facts():
    return _facts()


@pytest.fixture(scope="module")
def vocabulary():
    return names.Vocabulary.from_texts([ENGLISH])


def _planted(mutator, text, story_id="t-1"):
    story = Story(story_id, "test", text, None)
    return [(p.site.position, p.text) for p in apply(mutator, story)]


# --- names.misspelled-known -----------------------------------------------------------


def test_misspelled_known_plants_every_position(facts, vocabulary):
    m = names.MisspelledKnown(facts, vocabulary)
    text = (
        "Prime Minister Tony Blair said on Monday the talks would go on. "
        "Mr Blair told reporters the budget was safe.\n"
    )
    assert _planted(m, text) == [
        (
            "full-name",
            "Prime Minister Tony Bliar said on Monday the talks would go on. "
            "Mr Blair told reporters the budget was safe.\n",
        ),
        (
            "after-title",
            "Prime Minister Tony Blair said on Monday the talks would go on. "
            "Mr Bliar told reporters the budget was safe.\n",
        ),
    ]
    text = '"We will not retreat," Reagan said after President Reagan met Japanese officials.\n'
    assert _planted(m, text) == [
        (
            "after-quote",
            '"We will not retreat," Roagan said after President Reagan met Japanese officials.\n',
        ),
        (
            "after-title",
            '"We will not retreat," Reagan said after President Reagun met Japanese officials.\n',
        ),
    ]
    text = "Chancellor Helmut Kohl's coalition met on Friday, and Kohl's spokesman said so.\n"
    assert _planted(m, text) == [
        (
            "possessive",
            "Chancellor Helmut Koohl's coalition met on Friday, and Kohl's spokesman said so.\n",
        ),
        (
            "possessive",
            "Chancellor Helmut Kohl's coalition met on Friday, and Koohl's spokesman said so.\n",
        ),
    ]
    text = "Kohl said the plan would stand, a week after talks with Helmut Kohl ended.\n"
    assert [p for p, _ in _planted(m, text)] == ["surname-only", "full-name"]


@pytest.mark.parametrize(
    "text",
    [
        # A surname that is also a word, with no title or given name before it.
        "Brown rice prices rose in May, traders said, as Mr Smith flew to Washington.\n",
        # A firm named after a person, and a surname no office title makes the president's.
        "Ford Motor Co said Ford's sales fell, while Baker Hughes Inc cut 500 jobs.\n",
        # Another bearer of the surname: the facts' Stoltenberg is Jens, not Gerhard.
        "West German Finance Minister Gerhard Stoltenberg said growth would slow. "
        "Minister Stoltenberg told reporters, and Stoltenberg said it again.\n",
        # A quotation marked [sic] keeps its spelling, and a place is no person.
        '"Mr Blair is rong [sic]," the letter said of Tony Blair.\n'
        "Mr Smith flew in from Houston. Houston said nothing.\n",
        # A month and a job title, not the prime minister.
        "Rates fell in May and May said so, the Major General told reporters.\n",
    ],
)
def test_misspelled_known_traps(facts, vocabulary, text):
    assert _planted(names.MisspelledKnown(facts, vocabulary), text) == []


# --- names.wrong-given-name -------------------------------------------------------------


def test_wrong_given_name_plants(facts, vocabulary):
    m = names.WrongGivenName(facts, vocabulary)
    text = "Prime Minister Tony Blair said on Monday the talks would go on.\n"
    assert _planted(m, text) == [
        ("first-mention", "Prime Minister Norman Blair said on Monday the talks would go on.\n"),
    ]
    text = (
        "Treasury Secretary James Baker met bankers in Tokyo. Baker said rates "
        "would not rise, James Baker told reporters.\n"
    )
    assert _planted(m, text) == [
        (
            "first-mention",
            "Treasury Secretary Caspar Baker met bankers in Tokyo. Baker said "
            "rates would not rise, James Baker told reporters.\n",
        ),
        (
            "repeat-mention",
            "Treasury Secretary James Baker met bankers in Tokyo. Baker said "
            "rates would not rise, William Baker told reporters.\n",
        ),
    ]
    text = "The plan, set out by Education Secretary Ruth Kelly, was welcomed.\n"
    assert _planted(m, text) == [
        ("first-mention", "The plan, set out by Education Secretary Jacqui Kelly, was welcomed.\n"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A namesake of an obscure office-holder, named once: nothing says he is the other man.
        "Eugene Atkinson, president of Goldman Sachs Japan, said the yen would rise.\n",
        # A middle name before the surname, and a full name inside a longer proper name.
        "Bundesbank President Karl Helmut Kohl said so at the Ronald Reagan Washington airport.\n",
        # A paragraph quoting a [sic].
        '"Tony Blair [sic] was there," the poster read.\n',
        # A bookmaker that bears a senator's name.
        "Shares in bookmaker William Hill rose 3%, and William Hill said profits grew.\n",
    ],
)
def test_wrong_given_name_traps(facts, vocabulary, text):
    assert _planted(names.WrongGivenName(facts, vocabulary), text) == []


def test_wrong_given_name_never_uses_a_form_of_the_name(vocabulary):
    # Only forms of "Bill" are on offer, so there is nothing to swap in.
    people = [
        _person(f"{g} {s}", "Minister", "United States", "M")
        for g in ("William", "Will", "Billy", "Bill")
        for s in ("Ashworth", "Pendleton")
    ]
    people.append(_person("Bill Clinton", "President", "United States", "M"))
    m = names.WrongGivenName(Facts({p.name: p for p in people}), vocabulary)
    assert _planted(m, "President Bill Clinton said the talks would go on.\n") == []


# --- names.organisation -----------------------------------------------------------------


def test_organisation_plants_by_kind(facts, vocabulary):
    m = names.Organisation(facts, vocabulary)
    assert _planted(m, "The Federal Reserve left rates unchanged on Wednesday.\n") == [
        ("central-bank", "The Fedeeral Reserve left rates unchanged on Wednesday.\n"),
    ]
    assert _planted(m, "Argentina's talks with the International Monetary Fund stalled.\n") == [
        ("international", "Argentina's talks with the Internatonal Monetary Fund stalled.\n"),
    ]
    assert _planted(m, "Shares of General Motors rose 2% after its rival cut prices.\n") == [
        ("company", "Shares of General Metors rose 2% after its rival cut prices.\n"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The federal reserve of oil held by the labour party was small.\n",
        "A World Bank-funded dam and the Shell and Apple tie-up were approved.\n",
        '"The Federal Reserve [sic] is wrong," the letter said.\n',
    ],
)
def test_organisation_traps(facts, vocabulary, text):
    assert _planted(names.Organisation(facts, vocabulary), text) == []


# --- names.inconsistent -----------------------------------------------------------------


def test_inconsistent_misspells_one_later_mention(facts, vocabulary):
    m = names.Inconsistent(facts, vocabulary)
    text = (
        "Luciana Barreto, an economist at Itau, expects growth to slow. "
        "Barreto said the bank would cut rates.\n"
    )
    assert _planted(m, text) == [
        (
            "surname-only",
            "Luciana Barreto, an economist at Itau, expects growth to slow. "
            "Barreo said the bank would cut rates.\n",
        ),
    ]
    text = "Mr Kowalski runs the club. Fans cheered when Mr Kowalski arrived.\n"
    assert _planted(m, text) == [
        ("after-title", "Mr Kowalski runs the club. Fans cheered when Mr Kowalksi arrived.\n"),
    ]
    text = "Mr Novak told reporters the deal was done, and Novak's spokesman agreed.\n"
    assert _planted(m, text) == [
        (
            "possessive",
            "Mr Novak told reporters the deal was done, and Noavk's spokesman agreed.\n",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Two people with one surname.
        "Michael Jones scored twice and Stephen Jones once. Jones said the players were tired.\n",
        "Mr Kelly and Mrs Kelly said their son was safe. Mr Kelly thanked the police.\n",
        # A place, and a person named only once.
        "Flights to Hong Kong resumed. Hong Kong officials met Mr Tanaka.\n",
        # A surname that is also a word, the second time bare.
        "Mr Brown told reporters the talks would go on. Brown rice prices rose.\n",
    ],
)
def test_inconsistent_traps(facts, vocabulary, text):
    assert _planted(names.Inconsistent(facts, vocabulary), text) == []


def test_edits_are_one_keystroke_and_keep_the_ends():
    for word in ("Thatcher", "Kohl", "McDonnell"):
        out = names.edits(word)
        assert out and word not in out
        for spelling in out:
            assert spelling[0] == word[0] and spelling[-1] == word[-1]
            assert abs(len(spelling) - len(word)) <= 1
    assert not any(s.startswith("Mcc") or "cD" not in s for s in names.edits("McDonnell"))


def test_mutators_are_wired_with_their_phenomena():
    assert [m.phenomenon for m in names.MUTATORS] == [
        "names.misspelled-known",
        "names.wrong-given-name",
        "names.organisation",
        "names.inconsistent",
    ]
    assert all(m.family == "names" for m in names.MUTATORS)
    assert list(names.ORGANISATIONS) == sorted(names.ORGANISATIONS)
    assert 100 <= len(names.ORGANISATIONS) <= 300
