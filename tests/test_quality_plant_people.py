"""Person-claim mutators of the quality harness: parties, titles, terms and event dates.

The records are a handful of people built here; every sentence is written for the test in
wire-copy style, none comes from a corpus.
"""

import datetime as dt
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness.facts import Facts, Person, Role  # noqa: E402
from harness.plant import people  # noqa: E402

from tests.quality_helpers import DATELINE, planted, story  # noqa: E402,F401

d = dt.date
US, UK = "United States", "United Kingdom"


def _facts():
    everyone = [
        Person(
            "Ronald Reagan",
            "Ronald",
            "Reagan",
            d(1911, 2, 6),
            [
                Role("President", US, d(1981, 1, 20), d(1985, 1, 20), "Republican"),
                Role("President", US, d(1985, 1, 20), d(1989, 1, 20), "Republican"),
            ],
        ),
        Person(
            "George Bush",
            "George",
            "Bush",
            d(1924, 6, 12),
            [
                Role("Vice President", US, d(1981, 1, 20), d(1989, 1, 20), "Republican"),
                Role("President", US, d(1989, 1, 20), d(1993, 1, 20), "Republican"),
                Role("President", US, d(2001, 1, 20), d(2009, 1, 20), "Republican"),
            ],
        ),
        Person(
            "William Clinton",
            "William",
            "Clinton",
            d(1946, 8, 19),
            [Role("President", US, d(1993, 1, 20), d(2001, 1, 20), "Democrat")],
        ),
        Person(
            "Barack Obama",
            "Barack",
            "Obama",
            d(1961, 8, 4),
            [Role("President", US, d(2009, 1, 20), d(2017, 1, 20), "Democrat")],
        ),
        Person(
            "Robert Dole",
            "Robert",
            "Dole",
            d(1923, 7, 22),
            [
                Role("Senator", US, d(1985, 1, 3), d(1987, 1, 3), "Republican", "KS"),
                Role("Senator", US, d(1987, 1, 3), d(1989, 1, 3), "Republican", "KS"),
            ],
        ),
        Person(
            "Alan Cranston",
            "Alan",
            "Cranston",
            d(1914, 6, 19),
            [Role("Senator", US, d(1987, 1, 3), d(1989, 1, 3), "Democrat", "CA")],
        ),
        Person(
            "Arlen Specter",
            "Arlen",
            "Specter",
            d(1930, 2, 12),
            [
                Role("Senator", US, d(1987, 1, 3), d(1989, 1, 3), "Republican", "PA"),
                Role("Senator", US, d(2009, 1, 3), d(2011, 1, 3), "Democrat", "PA"),
            ],
        ),
        Person(
            "James Baker",
            "James",
            "Baker",
            None,
            [
                Role("Chief of Staff", US, d(1981, 1, 20), d(1985, 2, 3)),
                Role("Secretary of the Treasury", US, d(1985, 2, 3), d(1988, 8, 17)),
                Role("Secretary of State", US, d(1989, 1, 25), d(1992, 8, 23)),
            ],
        ),
        Person(
            "George Shultz",
            "George",
            "Shultz",
            None,
            [Role("Secretary of State", US, d(1982, 7, 16), d(1989, 1, 20))],
        ),
        Person(
            "Caspar Weinberger",
            "Caspar",
            "Weinberger",
            None,
            [Role("Secretary of Defense", US, d(1981, 1, 21), d(1987, 11, 23))],
        ),
        Person(
            "Ed Meese",
            "Ed",
            "Meese",
            None,
            [Role("Attorney General", US, d(1985, 2, 25), d(1988, 8, 12))],
        ),
        Person(
            "Michael Howard",
            "Michael",
            "Howard",
            None,
            [
                Role(
                    "Secretary of State for the Home Department",
                    UK,
                    d(1993, 5, 27),
                    d(1997, 5, 2),
                    "Conservative",
                )
            ],
        ),
        Person(
            "Tony Blair",
            "Tony",
            "Blair",
            d(1953, 5, 6),
            [Role("Prime Minister", UK, d(1997, 5, 2), d(2007, 6, 27), "Labour")],
        ),
        Person(
            "Gordon Brown",
            "Gordon",
            "Brown",
            d(1951, 2, 20),
            [
                Role("Chancellor of the Exchequer", UK, d(1997, 5, 2), d(2007, 6, 27), "Labour"),
                Role("Prime Minister", UK, d(2007, 6, 27), d(2010, 5, 11), "Labour"),
            ],
        ),
    ]
    return Facts({p.name: p for p in everyone})


FACTS = _facts()


def test_mutators_are_listed_and_the_rest_say_why_not():
    assert {m.phenomenon for m in people.MUTATORS} == {
        "contradictions.wrong-party",
        "contradictions.wrong-title",
        "contradictions.out-of-term",
        "contradictions.date-mismatch",
    }
    assert {m.family for m in people.MUTATORS} == {"contradictions"}
    assert set(people.NOT_PLANTED) == {"contradictions.alignment", "contradictions.stance-flip"}


# --------------------------------------------------------------------------- wrong-party


def test_wrong_party_turns_a_confirmed_label_to_the_other_party():
    m = people.WrongParty(FACTS)
    assert planted(m, "Sen. Robert Dole (R-Kan.) said the bill would pass.") == [
        "Sen. Robert Dole (D-Kan.) said the bill would pass."
    ]
    assert planted(
        m, "Senate Republican leader Robert Dole told reporters the vote was close."
    ) == ["Senate Democratic leader Robert Dole told reporters the vote was close."]
    assert planted(m, "Alan Cranston, a Democrat from California, said he opposed the sale.") == [
        "Alan Cranston, a Republican from California, said he opposed the sale."
    ]
    assert planted(m, "Tory leader Michael Howard said the plan was a gimmick.", None, "bbc") == [
        "Labour leader Michael Howard said the plan was a gimmick."
    ]


def test_wrong_party_leaves_switchers_mismatches_and_portfolios():
    m = people.WrongParty(FACTS)
    for body in (
        "Sen. Arlen Specter (R-Pa.) voted against the bill.",  # switched parties later
        "Sen. Robert Dole (D-Kan.) said the bill would pass.",  # label already disagrees
        "Sen. Robert Dole (R-Tex.) said the bill would pass.",  # not his state
        "The Republican National Committee met in Washington.",
        "Talks with Labour Minister Almir Pazzianotto failed.",  # a portfolio, not a party
    ):
        assert planted(m, body) == [], body
    assert (
        planted(m, "Then-Republican Sen. Arlen Specter backed the measure.", None, "us2016") == []
    )


# --------------------------------------------------------------------------- wrong-title


def test_wrong_title_gives_an_office_never_held():
    m = people.WrongTitle(FACTS)
    assert planted(m, "Treasury Secretary James Baker said the dollar had fallen far enough.") == [
        "Attorney General James Baker said the dollar had fallen far enough."
    ]
    assert planted(m, "President Reagan told Congress he would not raise taxes.") == [
        "Vice President Reagan told Congress he would not raise taxes."
    ]
    assert planted(
        m, "Chancellor Gordon Brown will deliver his Budget next month.", None, "bbc"
    ) == ["Foreign Secretary Gordon Brown will deliver his Budget next month."]


def test_wrong_title_leaves_former_unconfirmed_and_later_offices():
    m = people.WrongTitle(FACTS)
    for body in (
        "Former Treasury Secretary James Baker said the dollar had fallen far enough.",
        # Bush did become president, so "President Bush" is no title he never held.
        "Vice President George Bush met the delegation.",
        # Not Baker's office on the dateline: the draft is wrong already.
        "Secretary of State James Baker met the delegation.",
        "Chancellor Helmut Kohl met the delegation.",
    ):
        assert planted(m, body) == [], body
    assert planted(m, "Shadow chancellor Gordon Brown attacked the budget.", None, "bbc") == []


# --------------------------------------------------------------------------- out-of-term


def test_out_of_term_names_an_administration_not_yet_begun():
    m = people.OutOfTerm(FACTS)
    assert planted(m, "The Reagan administration has asked Tokyo to open its markets.") == [
        "The Bush administration has asked Tokyo to open its markets."
    ]
    assert planted(m, "President Reagan said on Tuesday he would veto the bill.") == [
        "President Bush said on Tuesday he would veto the bill."
    ]
    assert planted(m, "In 1995 the Clinton administration eased the sanctions.", None, "bbc") == [
        "In 1995 the Bush administration eased the sanctions."
    ]


def test_out_of_term_needs_the_year_and_leaves_other_administrations():
    m = people.OutOfTerm(FACTS)
    for body, date in (
        ("The Carter administration imposed the grain embargo.", None),  # year unknown
        ("Aides said the Reagan administration would hold firm in 1995.", None),  # not his
        ("The Drug Enforcement Administration seized the cargo.", DATELINE),
        ("Former President Reagan said he would visit.", DATELINE),
    ):
        assert planted(m, body, date, "bbc" if date is None else "reuters") == [], body


# --------------------------------------------------------------------------- date-mismatch


def test_date_mismatch_moves_the_second_mention_of_one_event():
    m = people.DateMismatch()
    assert planted(
        m,
        "The board meeting on March 3 approved the merger. Shareholders "
        "welcomed the plan. Since the March 3 meeting, the stock has risen 12 "
        "pct.",
    ) == [
        "The board meeting on March 3 approved the merger. Shareholders welcomed the plan. "
        "Since the March 5 meeting, the stock has risen 12 pct."
    ]
    assert planted(
        m,
        "The auction of the shares on 19 December drew six bids. The company "
        "had tried to stop the 19 December auction in court.",
        None,
        "bbc",
    ) == [
        "The auction of the shares on 19 December drew six bids. The company had tried to "
        "stop the 17 December auction in court."
    ]
    assert planted(
        m,
        "Creditors will present the offer at talks scheduled for June 14. "
        "Officials said the June 14 talks would decide the matter.",
    ) == [
        "Creditors will present the offer at talks scheduled for June 14. Officials said the "
        "June 16 talks would decide the matter."
    ]


def test_date_mismatch_needs_one_event_and_one_firm_date():
    m = people.DateMismatch()
    for body in (
        # Two meetings: a second date for "meeting" may be the other one.
        "A meeting on June 7 set the agenda. The June 14 meeting will vote. Delegates expect "
        "the June 14 meeting to be brief.",
        "The expected 5 May election falls in term time. If the election is on 5 May, "
        "students must register by 11 March.",
        "The meeting on March 3-4 ended without a deal. The March 3 meeting was the first.",
        "The vote on March 10 was delayed. The March 10 ballot was cancelled.",
    ):
        assert planted(m, body) == [], body


def test_date_mismatch_reads_hedged_dates_and_news_conferences():
    m = people.DateMismatch()
    [out] = planted(
        m,
        "Campaigning began ahead of the General Election, widely expected to be held on "
        "5 May. The upcoming general election - widely tipped for 5 May - will be close.",
        None,
        "bbc",
    )
    assert "widely tipped for 5 May" not in out and "to be held on 5 May" in out
    body = (
        "During his last news conference on November 19, he defended the sale. Since the "
        "November 19 news conference, aides have revised the policy."
    )
    [out] = planted(m, body)
    assert "Since the November 19 news" not in out and "conference on November 19," in out
    # Only a later day contradicts "last": an earlier news conference may be another one.
    day = int(out.split("Since the November ", 1)[1].split()[0])
    assert 19 < day <= 22
    # A later day after the dateline is a conference still to come, no contradiction.
    assert planted(m, body.replace("November", "March"), dt.date(1987, 3, 19)) == []
    assert planted(m, body, None) == []
    # Within a week of the dateline a later day may be the story's own conference, against
    # which "last" is the one before.
    assert planted(m, body, dt.date(1986, 11, 25)) == []


def test_date_mismatch_leaves_a_noun_of_several_events():
    m = people.DateMismatch()
    for body in (
        # A news conference to come on Thursday and one past: two dates are right.
        "He will hold a news conference on Thursday. At the news conference on March 2 he "
        "spoke of taxes. Since the March 2 news conference, aides have been silent.",
        "Another meeting is planned. The meeting on March 3 approved the plan. Since the "
        "March 3 meeting, the stock has risen.",
    ):
        assert planted(m, body) == [], body


def test_date_mismatch_moves_a_weekday_told_twice():
    m = people.DateMismatch()
    [out] = planted(
        m,
        "The state sold the unit at a forced auction on Sunday. Rivals said Sunday's auction "
        "was illegal.",
        None,
        "bbc",
    )
    assert "forced auction on Sunday" in out and "Sunday's auction" not in out
    assert out.count("day's auction") == 1


def test_date_mismatch_weekday_leaves_several_and_told_apart_events():
    m = people.DateMismatch()
    for body in (
        # Two meetings named apart: the new day may be the other one's.
        "The board meeting on Thursday will set the dividend. An analysts meeting on "
        "Thursday drew a crowd.",
        "A private meeting on Monday heard complaints. MPs spoke at Monday's meeting of the "
        "Labour Party.",
        # A run of days, and a second game of the series.
        "Shares rose before an analysts meeting scheduled for Thursday and Friday. The "
        "meeting on Thursday is the first.",
        "The game on Friday was postponed. Last Friday's game was a draw.",
        # The day after the complement is the go-ahead's, not the game's.
        "Friday's game at Headingley got the go-ahead on Friday after an inspection.",
        "Ministers meet on Monday. Monday's meeting is the first of two meetings this week.",
    ):
        assert planted(m, body, None, "bbc") == [], body
