"""Number mutators of the quality harness: what each plants, and the correct copy it leaves alone.

Every sentence here is made up in the style of the two house styles the corpus holds
(Reuters 1987 "pct", "mln dlrs"; BBC "%", "£", "bn").
"""

import re
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness.plant import numbers  # noqa: E402
from harness.plant.base import apply  # noqa: E402
from harness.stories import Story  # noqa: E402


def planted(mutator, text: str) -> dict[str, list[str]]:
    """Each planted draft of one story, by the position the site names."""
    found: dict[str, list[str]] = {}
    for plant in apply(mutator, Story("story-1", "reuters", text, None)):
        found.setdefault(plant.site.position, []).append(plant.text)
    return found


def only(mutator, text: str) -> str:
    (draft,) = [t for ts in planted(mutator, text).values() for t in ts]
    return draft


def assert_clean(mutator, sentences: list[str]) -> None:
    for text in sentences:
        assert planted(mutator, text) == {}, text


def test_every_mutator_is_listed_with_its_family():
    names = {m.phenomenon: m.family for m in numbers.MUTATORS}
    assert names == {
        "numbers.change-direction": "numbers",
        "numbers.change-size": "numbers",
        "numbers.percent-bounds": "numbers",
        "numbers.part-whole": "numbers",
        "numbers.sum-mismatch": "numbers",
        "numbers.count-mismatch": "numbers",
        "contradictions.figure-mismatch": "contradictions",
    }
    assert isinstance(numbers.NOT_PLANTED, dict)


# --------------------------------------------------------------------------- direction


def test_change_direction_inverts_the_verb_or_swaps_the_figures():
    m = numbers.ChangeDirection()
    assert planted(m, "Net profit rose to 45.2 mln dlrs in 1986 from 38.7 mln in 1985.\n") == {
        "verb-inverted": ["Net profit fell to 45.2 mln dlrs in 1986 from 38.7 mln in 1985.\n"],
        "from-to-swapped": ["Net profit rose to 38.7 mln dlrs in 1986 from 45.2 mln in 1985.\n"],
    }
    assert planted(m, "The jobless rate was 5.1%, down from 5.4% a year earlier.\n") == {
        "verb-inverted": ["The jobless rate was 5.1%, up from 5.4% a year earlier.\n"],
    }
    assert planted(m, "The bank cut its base rate from 11 pct to 10.5 pct on Monday.\n") == {
        "verb-inverted": ["The bank raised its base rate from 11 pct to 10.5 pct on Monday.\n"],
        "from-to-swapped": ["The bank cut its base rate from 10.5 pct to 11 pct on Monday.\n"],
    }


def test_change_direction_leaves_comparisons_ranges_and_ranks_alone():
    assert_clean(
        numbers.ChangeDirection(),
        [
            # the other figure is another country's, not the earlier one
            "Japan's jobless rate rose to 3.0 pct against 2.5 pct in West Germany.\n",
            # a range of rises, not a before and after
            "Retail prices rose from 5 to 10 pct in the quarter, traders said.\n",
            # a rank: climbing to third from seventh is a smaller number
            "The club climbed to 3 from 7 in the league table.\n",
            "The group swung to a loss of 5 mln dlrs from a profit of 3 mln dlrs.\n",
            # "from 3 plants" is where, not how much
            "Output rose to 5 mln tonnes from 3 plants in the region.\n",
            # against a forecast, not against the month before
            "Inflation rose to 2.5 pct against 2.3 pct expected by analysts in March.\n",
            # already contradicting itself: the figures cannot define the truth
            "Output fell to 4.1 mln tonnes from 3.9 mln tonnes.\n",
        ],
    )


# --------------------------------------------------------------------------- size


def test_change_size_alters_a_change_the_figures_define():
    m = numbers.ChangeSize()
    assert planted(m, "Group sales rose 15 mln dlrs to 120 mln dlrs from 105 mln.\n") == {
        "difference-altered": ["Group sales rose 30 mln dlrs to 120 mln dlrs from 105 mln.\n"],
    }
    text = "Exports fell 20.9 pct to 20.61 billion dlrs from 26.06 billion in January.\n"
    assert only(m, text) == (
        "Exports fell 41.8 pct to 20.61 billion dlrs from 26.06 billion in January.\n"
    )
    assert planted(m, "The jobless rate fell 0.3 percentage points to 5.1% from 5.4%.\n") == {
        "points-altered": ["The jobless rate fell 0.9 percentage points to 5.1% from 5.4%.\n"],
    }
    assert planted(m, "Cornfeed usage nearly doubled to 399,000 tonnes from 201,000.\n") == {
        "multiple-altered": ["Cornfeed usage nearly tripled to 399,000 tonnes from 201,000.\n"],
    }


def test_change_size_needs_arithmetic_that_holds_and_an_unambiguous_unit():
    assert_clean(
        numbers.ChangeSize(),
        [
            # a rate "rose 0.3 pct" may mean 0.3 points: which is meant is unknown
            "The jobless rate rose 0.3 pct to 2.1 pct from 1.8 pct.\n",
            # 4.5 / 3.9 is 15 pct: the copy is already wrong, so nothing defines the truth
            "Sales rose 12 pct to 4.5 mln dlrs from 3.9 mln.\n",
            # 5.3 / 2.1 is 2.5: "more than tripled" would be wrong, "doubled" is loose
            "Profits more than doubled to 5.3 mln stg from 2.1 mln.\n",
            "Sales rose about 10 pct to 110 mln dlrs from 100 mln.\n",
            # rounding leaves 0 to 0.6 pct: no restatement is clearly out of it
            "Demand rose 0.1 pct to 3.31 mln bpd from 3.30 mln.\n",
        ],
    )


# --------------------------------------------------------------------------- bounds


def test_percent_bounds_pushes_shares_and_falls_past_100():
    m = numbers.PercentBounds()
    assert planted(m, "Nissan, in which Renault owns a 44% stake, lifted its profits.\n") == {
        "stake": ["Nissan, in which Renault owns a 144% stake, lifted its profits.\n"],
    }
    assert planted(m, "The Liberal party won 45 pct of the vote in the election.\n") == {
        "share-of-whole": ["The Liberal party won 145 pct of the vote in the election.\n"],
    }
    assert planted(m, "Car sales fell 12 pct to 4,400 units in March.\n") == {
        "fall": ["Car sales fell 112 pct to 4,400 units in March.\n"],
    }
    assert only(m, "The accord would cut dairy output by 9.5 pct over two years.\n") == (
        "The accord would cut dairy output by 109.5 pct over two years.\n"
    )
    assert only(m, "The group agreed to buy an 8 pct stake in the bank.\n") == (
        "The group agreed to buy a 108 pct stake in the bank.\n"
    )


def test_percent_bounds_leaves_growth_ratios_and_rates_alone():
    assert_clean(
        numbers.PercentBounds(),
        [
            "Net profit fell 12 pct to 4.4 mln dlrs.\n",  # a profit can turn into a loss
            "Public debt stood at 60% of GDP last year.\n",  # a ratio, not a share
            "Interest rates fell 12 pct over the year.\n",
            "The shares were offered at 90 pct of the market price.\n",
            "The company will later issue up to 15 pct of its shares to the public.\n",
            "Costs were 85 pct of sales in 1986.\n",
            "The stock rose 150 pct in two years.\n",
            "Unemployment fell 0.5 percentage points in March.\n",
            "The bank lends at a 10 pct interest rate.\n",
        ],
    )


# --------------------------------------------------------------------------- parts


def test_part_whole_makes_the_part_larger_than_its_whole():
    m = numbers.PartWhole()
    assert only(m, "Five of the eight critics tipped Scorsese to win.\n") == (
        "Eleven of the eight critics tipped Scorsese to win.\n"
    )
    assert only(m, "The satellite serves 182 of the country's 187 television stations.\n") == (
        "The satellite serves 244 of the country's 187 television stations.\n"
    )
    text = "Brazil suspended payments on 68 billion dlrs of its 108 billion dlr foreign debt.\n"
    assert only(m, text) == (
        "Brazil suspended payments on 141 billion dlrs of its 108 billion dlr foreign debt.\n"
    )
    text = "Loans to Venezuela total 1.3 billion dlrs, of which 241 mln dlrs are overdue.\n"
    assert planted(m, text) == {
        "of-which": [
            "Loans to Venezuela total 1.3 billion dlrs, of which 1,690 mln dlrs are overdue.\n"
        ],
    }


def test_part_whole_leaves_single_items_references_rates_and_net_totals_alone():
    assert_clean(
        numbers.PartWhole(),
        [
            "One of the 12 EC nations objected to the plan.\n",  # "15 of the 12 ... objected"
            "Article 5 of the 1951 treaty covers the case.\n",
            "The commission said two in five of the 635,173 reports concerned fraud.\n",
            "It offers 678 shares for each 1,000 dlrs of its 753,000 dlrs of debentures.\n",
            # a one-off gain can be larger than the net profit it is part of
            "Net profit was 5 mln dlrs, of which 8 mln dlrs came from a one-off gain.\n",
            "The strike halted 158 vessels, including some 50 in Santos.\n",
            "Tait is one of six or seven contenders for the two centre berths.\n",
        ],
    )


# --------------------------------------------------------------------------- sums


def test_sum_mismatch_alters_one_of_the_parts_of_an_exact_total():
    m = numbers.SumMismatch()
    text = (
        "Of the 13 billion dlr frozen debt, 3.5 billion dlrs was owed by the public sector "
        "and 9.5 billion dlrs by private industry.\n"
    )
    # "Of the T, ..." may name only some of T: the part is raised, so the parts pass T
    assert planted(m, text) == {"total-first": [text.replace("3.5 billion", "4.4 billion")]}
    text = "Wheat prev 39.9, Feb 48.7, March 13.2, Apr 10.0, total 111.8.\n"
    assert planted(m, text) == {"total-after": [text.replace("March 13.2", "March 17.2")]}
    text = "The joint venture will be 60 pct owned by Inland and 40 pct owned by Nippon.\n"
    assert planted(m, text) == {"shares-over-100": [text.replace("40 pct", "50 pct")]}


def test_sum_mismatch_needs_one_list_that_adds_up_exactly():
    assert_clean(
        numbers.SumMismatch(),
        [
            # the named parts need not be all of it
            "Exports of 5.2 billion dlrs included 2.1 billion to Japan and 1.9 billion to "
            "Europe.\n",
            # shares of two different wholes that happen to make 100
            "BHP holds a 45 pct stake in the Coronation Hill field and a 55 pct stake in the "
            "Gympie venture.\n",
            "Lending is expected to total about 1.4 billion dlrs, of which 550 mln will come "
            "from the IDA and 850 mln from the World Bank.\n",
            # 5 + 3 = 8 by chance: the 3 is last year's figure, not a part
            "Sales reached 8 mln dlrs, including 5 mln dlrs in Europe, against 3 mln dlrs a "
            "year ago.\n",
        ],
    )


def _figures(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales reached 9.5 mln dlrs, including 4.5 mln dlrs in Europe and 5.0 mln dlrs in Asia.\n",
        "The fund raised 800 mln stg, of which 300 mln stg came from pension funds and "
        "500 mln stg from insurers.\n",
        "Imports totalled 12.0 billion dlrs - 7.5 billion dlrs of oil and 4.5 billion dlrs "
        "of grain.\n",
        "Of the 240 mln dlr budget, 150 mln dlrs will go to roads and 90 mln dlrs to rail.\n",
    ],
)
def test_sum_mismatch_under_an_open_cue_only_lifts_the_parts_past_their_total(text):
    # the parts named after "including" may be only some of the whole: parts that fall
    # short of the total are no error, parts that pass it always are
    drafts = planted(numbers.SumMismatch(), text)["total-first"]
    assert drafts
    for draft in drafts:
        total, *parts = _figures(draft)
        assert sum(parts) > total, draft


def test_sum_mismatch_under_a_closed_cue_may_lower_a_part():
    # "split between" and "for a total of" name the whole: a smaller sum is an error too
    texts = [
        f"The {n} mln dlr award was split between {a} mln dlrs for Acme and {b} mln dlrs "
        "for Bolt.\n"
        for n, a, b in [(90, 40, 50), (70, 30, 40), (130, 60, 70), (110, 50, 60), (150, 80, 70)]
    ]
    texts += [
        f"Acme sold {a} mln dlrs and Bolt {b} mln dlrs, for a total of {a + b} mln dlrs.\n"
        for a, b in [(40, 50), (30, 40), (60, 70), (50, 60), (80, 70)]
    ]
    lowered = 0
    for text in texts:
        for drafts in planted(numbers.SumMismatch(), text).values():
            for draft in drafts:
                figures = _figures(draft)
                total = figures[0] if "split" in draft else figures[-1]
                parts = figures[1:] if "split" in draft else figures[:-1]
                assert sum(parts) != total
                lowered += sum(parts) < total
    assert lowered


# --------------------------------------------------------------------------- counts


def test_count_mismatch_drops_or_adds_an_item():
    m = numbers.CountMismatch()
    text = "Delegates from the three big economies -- Germany, France and Italy -- backed it.\n"
    assert planted(m, text) == {
        "item-dropped": [
            "Delegates from the three big economies -- Germany and France -- backed it.\n"
        ],
        "item-added": [
            "Delegates from the three big economies -- Germany, France, Israel and Italy -- "
            "backed it.\n"
        ],
    }
    text = "The bid is being led by Mr Glazer's two sons, Avi and Joel, the paper said.\n"
    assert planted(m, text) == {
        "item-added": [
            "The bid is being led by Mr Glazer's two sons, Avi, James and Joel, the paper said.\n"
        ],
    }
    text = "The bill requires visits to four countries: Mexico, India, Senegal and Nigeria.\n"
    assert planted(m, text)["item-dropped"] == [
        "The bill requires visits to four countries: Mexico, Senegal and Nigeria.\n"
    ]


def test_count_mismatch_needs_the_whole_list_right_after_its_count():
    assert_clean(
        numbers.CountMismatch(),
        [
            "Three companies, including Alpha Corp and Beta Inc, have bid for the unit.\n",
            "The ministers discussed relations between their two countries, Hong Kong and "
            "China's part in the talks.\n",
            # a title with "and" in it: the list is not two plain names
            "The other two finalists, Citizen Kane and A Matter of Life and Death split the "
            "remaining votes.\n",
            "Prices rose three times, in March, April and May.\n",
            "The four exchanges -- the Commodity Exchange, the Coffee, Sugar and Cocoa "
            "Exchange, and the New York Cotton Exchange in addition to NYMEX -- will merge.\n",
        ],
    )


# --------------------------------------------------------------------------- repeats


def test_figure_mismatch_changes_one_mention_of_a_repeated_figure():
    m = numbers.FigureMismatch()
    text = (
        "# Split-caps pay £194m compensation\n\n"
        "Firms will pay £194m compensation to investors, the regulator said.\n"
    )
    assert planted(m, text) == {"headline": [text.replace("£194m", "£164m", 1)]}
    text = (
        "The company took extraordinary charges of 230.4 mln dlrs in 1986.\n\n"
        "Analysts said the 230.4 mln dlr charges were larger than expected.\n"
    )
    assert planted(m, text) == {"later-mention": [text.replace("the 230.4", "the 270.4")]}
    text = (
        "The firms must raise 1,005.2 billion won by December.\n\n"
        "The targeted 1,005.2 billion won represents three pct of the money supply.\n"
    )
    assert only(m, text) == text.replace("targeted 1,005.2", "targeted 1,405.2")
    # a headline's capitals are not names; the same period on both sides is one figure
    text = (
        "# TRADE DEFICIT 38.37 BILLION DLRS IN 4TH QTR\n\n"
        "The merchandise trade deficit was a record 38.37 billion dlrs in the fourth "
        "quarter, the Commerce Department said.\n"
    )
    assert len(planted(m, text).get("headline", []) + planted(m, text).get("later-mention", []))
    text = (
        "Tarmac made a 352.5 mln stg offer for the firm in March.\n\n"
        "Analysts said Tarmac's 352.5 mln stg offer in March was generous.\n"
    )
    assert only(m, text) != text
    # a total named twice is one figure
    text = (
        "Wheat made up 40 pct of the total 10,572,402 acres accepted.\n\n"
        "The total enrollment was 10,572,402 acres, the department said.\n"
    )
    assert only(m, text) != text


@pytest.mark.parametrize(
    "text",
    [
        # one value for two periods
        "The crop is put at 78.10 mln tonnes.\n\n"
        "It put the 1985/86 crop at 78.10 mln tonnes, vs 78.10 mln tonnes last month.\n",
        # two routes at one rate
        "Freight to Jeddah is 17.25 dlrs a tonne and to Aqaba 17.25 dlrs a tonne.\n",
        # a running count
        "The death toll rose to 125 on Tuesday.\n\nOfficials said 125 people died.\n",
        # two significant digits: the rate and the target may differ
        "Inflation was 2.5 pct in March.\n\nThe central bank targets inflation of 2.5 pct.\n",
        # a change and a level
        "The energy surplus rose by 5.4 billion guilders.\n\n"
        "The surplus of 5.4 billion guilders was a record.\n",
        # a market quote, which moves
        "The dollar closed at 145.20 yen in Tokyo.\n\nIn New York the dollar closed at "
        "145.20 yen.\n",
        # two races run in the same time
        "She won the heat in 4 minutes 12.35 seconds.\n\n"
        "In the final her rival also clocked 12.35 seconds over the last lap.\n",
        # a deficit in one month, a surplus in another
        "Trade showed a 7.1 billion franc deficit in January.\n\n"
        "That followed a revised 7.1 billion franc surplus in December.\n",
        # one value in two different months
        "Exports were 3.45 billion dlrs in January.\n\n"
        "Imports of machinery were 3.45 billion dlrs in March.\n",
        # two money series
        "M1 money supply grew to 245.6 billion marks in the month.\n\n"
        "The broader M3 measure was 245.6 billion marks, the bank said.\n",
        # two companies' offers
        "Hanson made a 352.5 mln stg offer for the firm.\n\n"
        "Rival bidder Tarmac's 352.5 mln stg offer was rejected.\n",
        # two series that both started from one level
        "Cash in circulation rose to 111.7 billion marks from 110.9 billion marks.\n\n"
        "Required reserves grew to 111.5 billion marks from 110.9 billion marks.\n",
        # a year-earlier figure
        "The group made a profit of 41.2 mln dlrs.\n\n"
        "It had a profit of 41.2 mln dlrs a year earlier.\n",
        # an account's item and the account's total, which may differ
        "Bond buying left a surplus in the securities item of the capital account of "
        "11.17 billion marks.\n\n"
        "The capital account in total showed a surplus of 11.17 billion marks.\n",
        "The securities component came to 4,512,300 acres.\n\n"
        "The overall programme covered 4,512,300 acres.\n",
    ],
)
def test_figure_mismatch_leaves_figures_that_may_be_two_quantities_alone(text):
    assert planted(numbers.FigureMismatch(), text) == {}


def test_sites_are_reproducible():
    text = "Five of the eight critics tipped Scorsese to win.\n"
    assert planted(numbers.PartWhole(), text) == planted(numbers.PartWhole(), text)


def test_change_direction_never_swaps_a_numeral_away_from_its_scale_word():
    text = "Consumption has jumped to 2.4 million bpd, compared with 474,000 bpd in 1973."
    swapped = planted(numbers.ChangeDirection(), text).get("from-to-swapped", [])
    assert all("474,000 million" not in draft for draft in swapped)
    shared = "Reserves fell to 5.2 from 6.1 billion dlrs in March."
    assert planted(numbers.ChangeDirection(), shared)["from-to-swapped"] == [
        "Reserves fell to 6.1 from 5.2 billion dlrs in March."
    ]
