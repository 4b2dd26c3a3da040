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
    participants homes businesses firms companies""".split()
)
# "a 120% stake", "a 130% chance": nouns that are themselves shares.
_SHARE_NOUNS = frozenset("stake chance probability likelihood turnout majority share".split())
# "turnout of 105%", "won 110% of": what comes before a share.
_SHARE_LEADS = frozenset(
    """turnout probability likelihood chance stake share unemployment jobless approval
    owns owned own holds held""".split()
)
_LEAD_SKIP = frozenset("of at was is were a an the rate rating reached stood hit to".split())


class PercentBounds(Rule):
    """A share of a whole, a rate or a probability that is above 100% or below zero.

    Nobody wins 120% of the vote, and no poll gives a 130% chance. Percentages
    above 100 are right for growth ("rose 150%", "up 300 per cent") and for ratios
    to something else ("debt at 120% of GDP"), so the rule speaks only when the
    sentence says the figure is a share: a part of the vote, voters, the population
    or a company, a stake, a chance, a turnout or an unemployment or approval rate.
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


def _bound(q: Quantity) -> str:
    return "more than 100%" if q.value > 100 else "below zero"


def _is_share(doc: Document, q: Quantity) -> bool:
    after = [t.text.lower() for t in words_after(doc, q.end, 4)]
    if after[:1] and after[0] in _SHARE_NOUNS:
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
