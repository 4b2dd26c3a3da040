"""NL202: a share, rate or probability outside 0-100%."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.claims.quantities import Quantity, extract_quantities
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule
from newslint.text.context import words_after, words_before
from newslint.text.tokens import Token

# "N% of the vote": wholes a part cannot exceed.
_WHOLES = frozenset(
    """vote votes voters ballots electorate respondents population people adults residents
    households voting seats shares stake company children women men students workers
    employees members citizens americans britons mps lawmakers legislators senators
    delegates shareholders customers users patients parents pupils teachers staff
    participants homes businesses firms companies workforce outstanding""".split()
)
# Words after a whole that end its phrase: "of the stock by 1990", "of the market and".
_LEAD_OFF = (
    "and|or|in|to|by|from|at|for|on|was|is|were|are|has|had|have|which|that|who|he|she|it|"
    "they|said|with|of|but|while|as|after|before|if|than|since|under|last|this|would|will|"
    "could"
)
# "N% of the stock", "N% of the U.S. market": wholes only when nothing follows to make them
# a base ("120% of the market price", "150% of the stock's value").
_LAST_WHOLE = lazy_compile(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}.]+\s+){0,2}?(?:stock|market)"
    rf"(?=\s*(?:$|[.,;:)\"]|\s(?:{_LEAD_OFF})\b))"
)
# "N% of those questioned": the people a survey asked.
_ASKED = frozenset("questioned asked polled surveyed interviewed who responding sampled".split())
# A hyphenated owner: "a 51%-owned unit".
_OWNED_AFTER = lazy_compile(r"-(?:owned|controlled|held)\b", regex.I)
# "increasing its stake in Borg-Warner to 19.9%", "raise its holding to 50.1 pct".
_STAKE_BEFORE = lazy_compile(
    r"\b(?:stake|stakes|holding|holdings|shareholding|interest)\s+"
    r"(?:in\s+(?:<?\p{Lu}[\w.&'>-]*\s+){1,4})?(?:to|of|at)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|just|over|more\s+than)\s+)?$"
)
# "bought 20% of Fiat's car unit", "to buy 80 pct of its <Fairchild>": what buying or
# selling a share of takes; a share of a named company or of its equity.
_TRADE_VERBS = frozenset(
    """buy buys bought buying acquire acquires acquired acquiring sell sells sold selling
    purchase purchases purchased purchasing repurchase tender tendered""".split()
)
_TRADED = lazy_compile(
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:<|\p{Lu}|(?:company|firm|group|"
    r"concern|venture|subsidiary|unit|bank|airline|equity|shares|stock)\b)"
)
# "a 120% stake", "a 130% chance": nouns that are themselves shares.
_SHARE_NOUNS = frozenset(
    """stake stakes chance probability likelihood turnout majority share holding holdings
    shareholding""".split()
)
_STAKE_KINDS = frozenset(
    "controlling majority minority voting equity direct indirect beneficial combined".split()
)
# "turnout of 105%", "won 110% of": what comes before a share.
_SHARE_LEADS = frozenset(
    """turnout probability likelihood chance stake share unemployment jobless approval
    owns owned own holds held holding controls controlled controlling control""".split()
)
_LEAD_SKIP = frozenset(
    """of at was is were a an the rate rating reached stood hit to about some nearly almost
    roughly around approximately only just barely over more than another remaining
    additional further""".split()
)
# A fall is a change, and nothing that cannot go below zero can fall by more than all of it.
_FALL_VERBS = frozenset(
    """fell fall falls fallen falling dropped drop drops dropping declined decline declines
    declining lost lose loses losing plunged plunge plunges plunging plummeted plummet
    plummets slumped slump slumps tumbled tumble tumbles sank sink sinks shed sheds shrank
    shrink shrinks shrunk slid slide slides collapsed collapse collapses crashed crash
    decreased decrease decreases cut cuts slashed slash reduced reduce reduces down
    depreciated devalued slipped slip slips slipping dipped dip dips dipping eased ease eases
    easing off retreated""".split()
)
# "cut output by 107%", "reduce cereal prices by 102.5 pct": a verb, its object, then "by".
_CUT_VERBS = frozenset(
    """cut cuts cutting reduce reduces reduced reducing slash slashes slashed slashing lower
    lowers lowered lowering trim trims trimmed trimming""".split()
)
_FALL_NOUNS = frozenset(
    """fall drop decline loss plunge slump tumble slide collapse crash decrease reduction cut
    contraction depreciation devaluation""".split()
)
# "110% below its peak", "120% less than in January", "a 130% drop".
_FALL_AFTER = _FALL_NOUNS | frozenset("below lower less cheaper smaller down".split())
# Words that may stand between a verb of falling and its figure: "fell by more than 130%".
_FALL_SKIP = frozenset(
    """by about some around roughly nearly almost over more than as much a an of since has
    have had its their value which in total overall""".split()
)
# Things that can go below zero: a profit that falls 150% has turned into a loss.
_SIGNED = frozenset(
    """profit profits earnings income surplus deficit balance margin margins ebitda loss losses
    result results returns net""".split()
)


class PercentBounds(Rule):
    """A share of a whole, a rate or a probability that is above 100% or below zero.

    Nobody wins 120% of the vote, no poll gives a 130% chance, and no price falls
    130%: a fall of all of something leaves zero. Percentages above 100 are right
    for growth ("rose 150%", "up 300 per cent") and for ratios to something else
    ("debt at 120% of GDP", "fell to 120% of GDP"), so the rule speaks only when the
    sentence says the figure is a share (of the vote, voters, the population, the
    market, "those questioned" or a company, a stake or holding, "a stake in X to N%",
    a share bought or sold of a named company, a chance, a turnout or an unemployment
    or approval rate) or a fall ("fell 130%", "a fall of more than 200%", "110% below
    its peak", "a 150% drop", "cut prices by 130%"). A share of capital or of equity and
    reserves is a ratio ("exposure of 150% of capital") and is left alone. A profit, a
    balance or a result can fall past zero into a loss, so a fall of those is left alone.
    """

    code = "NL202"
    name = "numbers.percent-bounds"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A share, rate or probability above 100% or below zero"
    bad = "The party won 112% of the vote in the capital.\n"
    good = "The party's vote in the capital rose 112% on the last election.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report percentages outside 0-100 that the sentence calls a share."""
        for q in extract_quantities(doc):
            if q.unit != "%" or 0 <= q.value <= 100:
                continue
            if _is_share(doc, q):
                yield Hit(
                    q.start, q.end, f"{q.text} is a share of a whole, which cannot be {_bound(q)}"
                )
            elif q.value > 100 and (word := _fall_word(doc, q)) and not _signed(doc, q):
                yield Hit(
                    q.start,
                    q.end,
                    f"'{word}' {q.text}: nothing falls by more than 100% (to below zero); "
                    f"is a rise meant, or a smaller fall?",
                )


def _bound(q: Quantity) -> str:
    return "more than 100%" if q.value > 100 else "below zero"


def _fall_word(doc: Document, q: Quantity) -> str | None:
    """Return the verb or noun that makes a percentage a fall: "fell 130%", "a 130% drop"."""
    after = [t.text.lower() for t in words_after(doc, q.end, 2)]
    if after[:1] and after[0] in _FALL_AFTER:
        return after[0]
    words = words_before(doc, q.start, 10)
    for i, tok in enumerate(words[:6]):
        low = tok.text.lower()
        if low in _FALL_VERBS or low in _FALL_NOUNS:
            return tok.text
        if low == "by" and (cut := _cut_verb(words[i + 1 : i + 5])):
            return cut
        if low not in _FALL_SKIP:
            return None
    return None


def _cut_verb(words: list[Token]) -> str | None:
    """Return the verb that a "by" after its object goes with: "cut output by 7%"."""
    return next((t.text for t in words if t.text.lower() in _CUT_VERBS), None)


def _signed(doc: Document, q: Quantity) -> bool:
    """Tell whether the sentence's figure is one that can turn negative (a profit, a balance)."""
    sentence = doc.sentence_at(q.start)
    if sentence is None:
        return False
    words = doc.prose[sentence.start : q.start].lower().replace("-", " ").split()
    return any(w.strip(".,;:'\"()") in _SIGNED for w in words)


def _is_share(doc: Document, q: Quantity) -> bool:
    after = [t.text.lower() for t in words_after(doc, q.end, 5)]
    if after[:1] and after[0] in _SHARE_NOUNS:
        return True
    if after[1:2] and after[0] in _STAKE_KINDS and after[1] in _SHARE_NOUNS:
        return True  # "a 51% controlling stake"
    # "a 150 pct interest in the venture" is a stake; "a 150 pct interest rate" is not.
    if after[:2] == ["interest", "in"] or match_at(_OWNED_AFTER, doc.prose, q.end):
        return True
    if after[:1] == ["of"] and (_of_whole(after[1:]) or match_at(_LAST_WHOLE, doc.prose, q.end)):
        return True
    if _STAKE_BEFORE.search(doc.prose, max(0, q.start - 80), q.start):
        return True
    for tok in words_before(doc, q.start, 5):
        low = tok.text.lower()
        if low in _SHARE_LEADS:
            return True
        if low in _TRADE_VERBS:
            return match_at(_TRADED, doc.prose, q.end) is not None
        if low not in _LEAD_SKIP:
            return False
    return False


def _of_whole(words: list[str]) -> bool:
    """Tell whether the words after "N% of" name a whole: "the vote", "those polled"."""
    if any(w in _WHOLES for w in words[:3]):
        return True
    if words[:1] == ["those"]:
        return words[1:2] != [] and words[1] in _ASKED
    return False
