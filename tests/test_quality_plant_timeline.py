"""Date mutators of the quality harness: what each plants, and the correct dates it leaves.

Every sentence here is written for the test in wire-copy style; none comes from a corpus.
"""

import datetime as dt
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness.facts import Facts, Person, Role  # noqa: E402
from harness.plant import timeline  # noqa: E402

from tests.quality_helpers import DATELINE, planted, story  # noqa: E402,F401


def test_mutators_are_listed_with_their_family():
    assert {m.phenomenon for m in timeline.MUTATORS} == {
        "dates.invalid",
        "dates.weekday",
        "dates.tense",
        "dates.age",
    }
    assert {m.family for m in timeline.MUTATORS} == {"dates"}
    assert timeline.NOT_PLANTED == {}


# --------------------------------------------------------------------------- dates.invalid


def test_invalid_date_gets_a_day_its_month_lacks():
    m = timeline.InvalidDate()
    assert planted(m, "The offer expires on April 30, the company said.") == [
        "The offer expires on April 31, the company said."
    ]
    assert planted(
        m, "Results for the three months to 30 September showed a rise.", None, "bbc"
    ) == ["Results for the three months to 31 September showed a rise."]
    assert planted(m, "Shareholders of record on Feb. 28, 1987 will receive the dividend.") == [
        "Shareholders of record on Feb. 29, 1987 will receive the dividend."
    ]


def test_invalid_date_leaves_ranges_tables_and_long_months():
    m = timeline.InvalidDate()
    for body in (
        "The talks ran from June 29-30 in Geneva.",
        "The meeting was held from 28 to 30 April in Paris.",
        "Loans were made on May 31 and on March 31, the bank said.",
        "Natl   Loan   June 30   12.50   13.10",
        "Prices rose in June 30 pct above the year before.",
    ):
        assert planted(m, body) == [], body


# --------------------------------------------------------------------------- dates.weekday


def test_weekday_is_changed_to_one_the_date_never_falls_on():
    m = timeline.WrongWeekday()
    assert planted(m, "The council meets on Thursday, March 19, to review quotas.") == [
        "The council meets on Friday, March 19, to review quotas."
    ]
    assert planted(
        m, "The ceremony takes place on Sunday 27 February 2005 in Hollywood.", None, "bbc"
    ) == ["The ceremony takes place on Tuesday 27 February 2005 in Hollywood."]
    assert planted(m, "A hearing was scheduled Monday (March 2) on the motion.") == [
        "A hearing was scheduled Friday (March 2) on the motion."
    ]
    assert planted(m, "The plan will be put to shareholders on March 26.") == [
        "The plan will be put to shareholders on Friday, March 26."
    ]


def test_weekday_needs_a_certain_year_and_a_weekday_that_fits():
    m = timeline.WrongWeekday()
    # No dateline and no written year: the year is unknown.
    assert planted(m, "Tickets go on sale on Friday 11 March.", None, "bbc") == []
    # March 19, 1987 was a Thursday: the draft is already wrong, nothing to plant against.
    assert planted(m, "The vote is set for Tuesday, March 19.") == []
    # October is seven months from a March dateline: which October is not certain.
    assert planted(m, "The accord was signed on October 2, the ministry said.") == []


def test_weekday_of_last_december_is_read_in_last_year():
    m = timeline.WrongWeekday()
    # December 19, 1986 was a Friday; the planted Sunday fits no year around 1987.
    assert planted(m, "On the last expiry Friday, December 19, volume soared.") == [
        "On the last expiry Sunday, December 19, volume soared."
    ]


# --------------------------------------------------------------------------- dates.tense


def test_tense_is_turned_against_the_dateline():
    m = timeline.WrongTense()
    assert planted(m, "The company said on March 2 that it would sell the unit.") == [
        "The company will say on March 2 that it would sell the unit."
    ]
    assert planted(m, "OPEC ministers will meet on March 20 in Vienna.") == [
        "OPEC ministers met on March 20 in Vienna."
    ]
    assert planted(m, "The strike began on February 16 over pay.") == [
        "The strike will begin on February 16 over pay."
    ]
    assert planted(m, "The new shares will be issued on March 25.") == [
        "The new shares had been issued on March 25."
    ]


def test_tense_leaves_reported_future_participles_and_undated_stories():
    m = timeline.WrongTense()
    for body in (
        "The bank said it would meet creditors on March 20.",
        "Arrivals for the week ended February 22 were 155,221 bags.",
        "The agreement signed on February 26 covers 1.2 mln tonnes.",
        "The board said on March 5 it had approved the plan.",  # the dateline's own day
        "The department said on February 1 the average value stood at 600 dlrs.",
        "He will speak on March 2 to bankers.",  # future told of a past day: already wrong
    ):
        assert planted(m, body) == [], body
    assert planted(m, "The company said on March 2 that it would sell the unit.", None, "bbc") == []


# --------------------------------------------------------------------------- dates.age


def _facts():
    reagan = Person(
        "Ronald Reagan",
        "Ronald",
        "Reagan",
        dt.date(1911, 2, 6),
        [
            Role(
                "President",
                "United States",
                dt.date(1985, 1, 20),
                dt.date(1989, 1, 20),
                "Republican",
            )
        ],
    )
    dole = Person(
        "Robert Dole",
        "Robert",
        "Dole",
        dt.date(1923, 7, 22),
        [
            Role(
                "Senator",
                "United States",
                dt.date(1987, 1, 3),
                dt.date(1989, 1, 3),
                "Republican",
                "KS",
            )
        ],
    )
    return Facts({p.name: p for p in (reagan, dole)})


def test_age_is_moved_off_the_birth_date():
    m = timeline.WrongAge(_facts())
    assert planted(m, "President Reagan, 76, said he would veto the bill.") == [
        "President Reagan, 80, said he would veto the bill."
    ]
    assert planted(m, "Senator Robert Dole, 63, said the vote was close.") == [
        "Senator Robert Dole, 72, said the vote was close."
    ]
    assert planted(
        m, "President Reagan spoke first. The 76-year-old Reagan said he was in command."
    ) == ["President Reagan spoke first. The 73-year-old Reagan said he was in command."]


def test_age_needs_the_person_proved_and_a_dateline():
    m = timeline.WrongAge(_facts())
    # The age the draft gives is not the records' age: someone else, or a typo already.
    assert planted(m, "President Reagan, 75, said he would veto the bill.") == []
    # A bare surname with the right age is a coincidence, not an identification.
    assert planted(m, "Police said Dole, 63, was arrested on Tuesday.") == []
    assert planted(m, "President Reagan, 76, said he would veto the bill.", None, "bbc") == []


def _with_leader():
    facts = _facts()
    facts.leader(
        "Yasuhiro Nakasone",
        dt.date(1918, 1, 1),
        "M",
        Role("Leader", "Japan", dt.date(1982, 11, 26), dt.date(1987, 11, 6)),
        year_only=True,
    )
    return facts


def test_age_of_a_leader_known_by_birth_year_is_moved_off_both_possible_ages():
    m = timeline.WrongAge(_with_leader())
    # Born in 1918: 68 or 69 in March 1987, so either may be planted against.
    for age in (68, 69):
        [out] = planted(m, f"Prime Minister Yasuhiro Nakasone, {age}, will retire in October.")
        new = int(out.split(", ")[1])
        assert min(abs(new - 68), abs(new - 69)) >= 3, out
    # The title names the leader in office at the dateline.
    assert len(planted(m, "Prime Minister Nakasone spoke. Nakasone, 69, will retire.")) == 1


def test_age_of_a_leader_needs_a_possible_age_and_the_person_named():
    m = timeline.WrongAge(_with_leader())
    assert planted(m, "Prime Minister Yasuhiro Nakasone, 70, will retire in October.") == []
    # "Nakasone" alone could be any of the name: a son, another politician.
    assert planted(m, "Police said Nakasone, 69, was questioned.") == []
    assert planted(m, "Mr Hirofumi Nakasone, 69, said the party would meet.") == []


def test_age_after_a_form_of_address():
    m = timeline.WrongAge(_facts())
    [out] = planted(m, "Senator Robert Dole spoke first. Mr Dole, 63, said the vote was close.")
    assert "Mr Dole, 63," not in out
