"""NL203: a part stated as larger than the whole it belongs to."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from newslint.claims.quantities import Quantity, extract_quantities
from newslint.claims.wholes import PartOf, extract_parts
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule
from newslint.text.context import same_sentence, words_after, words_between

# Words that may stand between "part of" and the whole: "part of a larger $75bn package".
_FILLERS = frozenset(
    """a an the its their his her larger bigger broader wider overall total combined
    new planned proposed wider last first next previous remaining every""".split()
)
# What links a part to its whole, with how many words may stand between the part and
# the link: "$2 billion in weapons, part of", but only "12 out of", "12 of the".
_LINKS = {("part", "of"): 8, ("portion", "of"): 8, ("out", "of"): 0}
_LINKS.update({("of", d): 0 for d in "the its their his her our these those".split()})
# The other order, whole first: "a £5 billion package that includes £7 billion for ...".
_WHOLE_LINKS = frozenset("includes including included include comprising comprises".split())
# Plural words after a figure that name no counted whole: "5 of 10 times", "3 of 4 years".
_NOT_WHOLES = frozenset("times years months weeks days hours minutes percent points".split())
_NOT_NOUNS = frozenset("a an the of to in on at for and or by with from as than per".split())
_PART_FILLERS = frozenset("some about around nearly almost roughly up to a an".split())


class PartWhole(Rule):
    """A part that is bigger than the whole it is said to belong to.

    "$90 billion, part of a larger $75 billion package" cannot be right: one of the
    figures has a wrong digit or a wrong scale. The rule reads a figure followed by
    "part of", "a portion of", "out of (every)" or "of the (state's)" and then the whole
    ("15 of the state's 12 electoral votes", "twelve of nine new notes"), compares the
    two after normalising currencies and scales ("$2bn" and "$75 billion"), and
    reports the part when it is the larger. Figures in different currencies or
    units are never compared. Across sentences, a part says which whole it belongs
    to: "Of those, 25 died" points back to the counts of the sentence before (added
    up, so "12 men and 30 women ... Of those, 25" is fine), respondents belong to the
    survey whose size the story gave, ballots to the electorate it gave. A part
    named with its whole's own noun ("44 billion marks, of which 62 billion marks")
    belongs to it whatever the unit.
    """

    code = "NL203"
    name = "numbers.part-whole"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A part stated as larger than the whole it belongs to"
    bad = "NATO bought $90 billion in weapons, part of a larger $75 billion aid package.\n"
    good = "NATO bought $2 billion in weapons, part of a larger $75 billion aid package.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report parts larger than their wholes."""
        found = extract_quantities(doc)
        for part, whole in pairwise(found):
            if not _comparable(part, whole) or not same_sentence(doc, part.start, whole.start):
                continue
            between = words_between(doc, part.end, whole.start)
            if between == ["of"] and not _counted_noun_after(doc, whole):
                continue
            if part.value > whole.value and _links(between):
                yield _hit(part, whole)
            elif whole.value > part.value and part.kind == "money" and _includes(between):
                yield _hit(whole, part)
            elif whole.value > part.value and _of_which_same_noun(doc, between, whole):
                yield _hit(whole, part)  # "44 billion marks, of which 62 billion marks"
        for link in extract_parts(doc):
            if link.part.value > link.bound and not _year_like(link.part):
                line = doc.position(link.whole.start)[0]
                yield Hit(
                    link.part.start,
                    link.part.end,
                    f"{link.part.text} {_HOW[link.how]} cannot be more than the "
                    f"{_bound_text(link)} the story gives (line {line})",
                )


_HOW = {
    "of-those": "(of those)",
    "respondents": "respondents",
    "ballots": "ballots",
}


def _bound_text(link: PartOf) -> str:
    if link.bound == link.whole.value:
        return link.whole.text
    return f"{link.bound:,.0f} (counted together)"


def _hit(part: Quantity, whole: Quantity) -> Hit:
    return Hit(
        part.start,
        part.end,
        f"the part ({part.text}) is larger than the whole it belongs to ({whole.text})",
    )


def _includes(words: list[str]) -> bool:
    """Tell whether the second figure is said to be included in the first."""
    for i, word in enumerate(words):
        if word in _WHOLE_LINKS or (word == "which" and words[i - 1 : i] == ["of"]):
            tail = words[i + 1 :]
            return i <= 1 and len(tail) <= 2 and all(w in _PART_FILLERS for w in tail)
    return False


def _of_which_same_noun(doc: Document, between: list[str], second: Quantity) -> bool:
    """Tell "23,442 billion lire, of which 35,163 billion lire": a part named as its whole."""
    if len(between) != 3 or between[1:] != ["of", "which"]:
        return False
    after = words_after(doc, second.end, 1)
    return bool(after) and after[0].text.lower() == between[0] and between[0].isalpha()


def _comparable(part: Quantity, whole: Quantity) -> bool:
    # "19.5 billion dlrs of the 15 billion": the currency written once, on the part
    once = part.kind == "money" and whole.unit is None and whole.scale is not None
    if (part.unit != whole.unit and not once) or part.unit in ("%", "pp"):
        return False
    if min(part.value, whole.value) < 0:
        return False
    if _year_like(part) or _year_like(whole):
        return False
    if part.kind == "money":
        return True
    return part.kind in ("count", "number") and whole.kind in ("count", "number")


def _links(words: list[str]) -> bool:
    """Tell whether the words between two figures make the second the whole of the first."""
    if words == ["of"]:
        return True  # "six of four counts": the caller checks that a plural noun follows
    for i in range(len(words) - 1):
        reach = _LINKS.get((words[i], words[i + 1]))
        if reach is not None:
            tail = words[i + 2 :]
            # "15 of the state's 12 electoral votes": the whole's owner may stand before it
            if tail and tail[-1].endswith(("'s", "’s")) and tail[-1][:1].isalpha():
                tail = tail[:-1]
            return i <= reach and len(tail) <= 3 and all(w in _FILLERS for w in tail)
    return False


def _counted_noun_after(doc: Document, whole: Quantity) -> bool:
    """Tell "six of four counts" (a part of a counted whole) from "a rise of 5 of 10".

    Two describing words may come first: "twelve of nine new bank notes".
    """
    after = words_after(doc, whole.end, 3)
    if whole.kind not in ("count", "number") or not after:
        return False
    for tok in after:
        word = tok.text.lower()
        if word.endswith("s") and not word.endswith("ss") and word not in _NOT_WHOLES:
            return True
        if not word.isalpha() or word in _NOT_NOUNS:
            return False
    return False


def _year_like(q: Quantity) -> bool:
    """Tell a year ("the 1986 crop") from a count: bare four digits between 1800 and 2100."""
    return q.unit is None and q.scale is None and q.text.isdigit() and 1800 <= q.value <= 2100
