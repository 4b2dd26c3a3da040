"""NL202: a share, rate or probability outside 0-100%."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis.context import words_after, words_before
from newslint.analysis.quantities import Quantity
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule

# "N% of the vote": wholes a part cannot exceed.
_WHOLES = frozenset(
    """vote votes voters ballots electorate respondents population people adults residents
    households voting seats shares stake company children women men students workers
    employees members citizens americans britons mps lawmakers legislators senators
    delegates shareholders customers users patients parents pupils teachers staff
    participants homes businesses firms companies workforce outstanding""".split()
)
# "a 120% stake", "a 130% chance": nouns that are themselves shares.
_SHARE_NOUNS = frozenset("stake chance probability likelihood turnout majority share".split())
# "turnout of 105%", "won 110% of": what comes before a share.
_SHARE_LEADS = frozenset(
    """turnout probability likelihood chance stake share unemployment jobless approval
    owns owned own holds held controls controlled controlling""".split()
)
_LEAD_SKIP = frozenset("of at was is were a an the rate rating reached stood hit to".split())
# A fall is a change, and nothing that cannot go below zero can fall by more than all of it.
_FALL_VERBS = frozenset(
    """fell fall falls fallen falling dropped drop drops dropping declined decline declines
    declining lost lose loses losing plunged plunge plunges plunging plummeted plummet
    plummets slumped slump slumps tumbled tumble tumbles sank sink sinks shed sheds shrank
    shrink shrinks shrunk slid slide slides collapsed collapse collapses crashed crash
    decreased decrease decreases cut cuts slashed slash reduced reduce reduces down
    depreciated devalued""".split()
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
    sentence says the figure is a share (of the vote, voters, the population or a
    company, a stake, a chance, a turnout or an unemployment or approval rate) or a
    fall ("fell 130%", "a fall of more than 200%", "110% below its peak", "a 150%
    drop"). A profit, a balance or a result can fall past zero into a loss, so a fall
    of those is left alone.
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
        for q in doc.quantities:
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
    for tok in words_before(doc, q.start, 6):
        low = tok.text.lower()
        if low in _FALL_VERBS or low in _FALL_NOUNS:
            return tok.text
        if low not in _FALL_SKIP:
            return None
    return None


def _signed(doc: Document, q: Quantity) -> bool:
    """Tell whether the sentence's figure is one that can turn negative (a profit, a balance)."""
    sentence = doc.sentence_at(q.start)
    if sentence is None:
        return False
    words = doc.prose[sentence.start : q.start].lower().replace("-", " ").split()
    return any(w.strip(".,;:'\"()") in _SIGNED for w in words)


def _is_share(doc: Document, q: Quantity) -> bool:
    after = [t.text.lower() for t in words_after(doc, q.end, 4)]
    if after[:1] and after[0] in _SHARE_NOUNS:
        return True
    # "a 150 pct interest in the venture" is a stake; "a 150 pct interest rate" is not.
    if after[:2] == ["interest", "in"]:
        return True
    if after[:1] == ["of"] and any(w in _WHOLES for w in after[1:4]):
        return True
    for tok in words_before(doc, q.start, 4):
        low = tok.text.lower()
        if low in _SHARE_LEADS:
            return True
        if low not in _LEAD_SKIP:
            return False
    return False
