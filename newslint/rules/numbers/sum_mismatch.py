"""NL205: components that do not add up to the total stated with them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

import regex

from newslint.claims.lists import list_after
from newslint.claims.quantities import SCALES, Quantity, extract_quantities
from newslint.claims.tallies import tallies
from newslint.claims.wholes import antecedent
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule
from newslint.text.tokens import Token

_DIGITS = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = lazy_compile(r"[\p{L}'’-]+")
_TWO_WORDS = lazy_compile(r"(?:\s+\p{Ll}+){1,2}")
_OWN_NOUN = lazy_compile(r"(?:\s+\p{Ll}+){0,4}?(?=\s*(?:,|--|—|–|\s-\s))")
# A result given as "55 per cent to 47 per cent" splits one vote: the shares cannot pass 100.
_VOTE_WORDS = frozenset(
    """won win wins winning beat beats beating defeated defeating led leads lead leading vote
    votes voted voting voters ballot ballots poll polls polling margin referendum two-party
    preferred elected election result tally split runoff""".split()
)
_OWNING = lazy_compile(
    r"\b(?:owned|owns|own|owning|stake|stakes|holding|holdings|holds|hold|held|share|interest|"
    r"controlled|controls)\b",
    regex.I,
)
_OF_OBJECT = lazy_compile(
    r"\s+(?:stake\s+|share\s+|interest\s+)?(?:of|in)\s+(?:the\s+)?([\p{L}-]+)"
)
# A holding at two times, or holdings in several companies, add up to nothing.
_CHANGE_WORDS = lazy_compile(
    r"\b(?:from|rais\w+|increas\w+|reduc\w+|cut|cuts|lift\w*|boost\w*|lower\w*|up|down|"
    r"previously|before|after|each|respectively|combined|"
    r"subsidiary|unit|parent|affiliate)\b"
)
_SEVERAL_HOLDINGS = lazy_compile(r"\b(?:including|interests|stakes|holdings)\b", regex.I)
_BY = lazy_compile(r"\s+by\b")
_RELATIVE = lazy_compile(r"\b(?:which|whose|that|who)\b", regex.I)
_DIFFERENT_WHOLES = lazy_compile(r"\b(?:of|in)\s+(?:its|their|the)?\s*\p{L}+\s+and\s+\d")
_NOT_A_SPLIT = frozenset("from between range ranging ranged rose fell rise fall up down".split())


class SumMismatch(Rule):
    """A total whose breakdown, given in the same sentence, adds up to something else.

    "A $10 billion package: $4 billion for tanks and $5 billion for drones" has lost
    a billion somewhere. The rule reads a figure followed by a colon and a closed
    list whose every item holds one figure in the same unit, adds the items and
    compares the sum with the total, allowing for the rounding each figure's
    written precision permits ("$4.5bn" may be $4.45bn). Lists that say they are
    incomplete ("among others") are left alone. A breakdown after ", of which", after
    "including", between dashes or after "Of the 13 billion dlr debt," may leave some
    out, so there only parts that pass their total are reported ("1.4 billion dlrs, of
    which 850 mln ... and 850 mln ...", "600 mln dlrs, including 359 mln ... and 368
    mln ..., is"). Figures of five digits or more ending in zeros may each be rounded
    to the hundred.
    A vote's result given as a split ("won 55% to 47%", "51.9% to Remain's 49.1%")
    cannot pass 100% either, whatever the number of candidates; ranges ("70% to
    80%") and changes ("fell 55% to 47%") are not splits, and whole shares may each
    be rounded by half a point. A sum stated outright must hold both ways: "1,067.50
    dlrs plus 32.81 dlrs interest for a total of 1,100.31 dlrs", "14.5 mln bags, of
    which 2.0 mln ..., leaving 12.5 mln". Shares closed by "the other 7.5%" or "the remaining
    12%" must make 100% with the shares listed before them; a single share closed so
    counts only where someone takes the rest ("a 20 pct stake, with B taking the
    remaining 80 pct"), not "the remaining 9 pct of stock it holds". Counts after "Of
    those," closed by "the remaining 20" must make the one count of the sentence before
    ("won 293 seats. Of those, A won 240, B 16 and C 12, with D the remaining 25"). Owners' holdings
    in one sentence cannot pass 100% ("50 pct owned by A and 62 pct by B", "A (25 pct)
    and B (80 pct)"). Labelled figures
    closed by their total, as market reports give them ("prev 39.9, Feb 48.7,
    March 13.2, total 101.8"), must add up to it within their rounding.
    """

    code = "NL205"
    name = "numbers.sum-mismatch"
    family = "numbers"
    severity = Severity.WARNING
    summary = "Components that do not add up to the stated total"
    bad = (
        "Congress approved a $10 billion package: $4 billion for tanks and $5 billion for drones.\n"
    )
    good = (
        "Congress approved a $10 billion package: $4 billion for tanks and $6 billion for drones.\n"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report totals followed by a breakdown that sums to another figure."""
        yield from _split_over_100(doc)
        yield from _owners_over_100(doc)
        yield from _remainder_of_100(doc)
        yield from _remainder_of_those(doc)
        yield from _tallies(doc)
        yield from _stated_sums(doc)
        found = extract_quantities(doc)
        for total in found:
            opening = _opening_after(doc, total)
            if opening is None:
                continue
            start, whole = opening
            parts = _parts(doc, found, start, total, 6 if whole else 10, leading=not whole)
            if parts is None or (total.kind == "count" and total.value == len(parts)):
                continue  # "three ways: 5 to A, 6 to B and 4 to C" counts the items
            if not whole and not _same_nouns(doc, total, parts):
                continue  # "439 from 16 airlines, comprising 275 firm orders": not the airlines
            added = sum(p.value for p in parts)
            slack = _precision(total) + sum(_precision(p) for p in parts)
            # a breakdown after a colon is the whole; one after "of which" or a dash may
            # leave some out, so only parts that pass their total are a mismatch there
            if added - total.value > slack or (whole and total.value - added > slack):
                yield Hit(
                    total.start,
                    total.end,
                    f"the parts ({' + '.join(p.text for p in parts)}) add up to "
                    f"{_format(added, total)}, not {total.text}",
                )


# "1,067.50 dlrs plus accrued interest of 32.81 dlrs for a total of 1,100.31 dlrs".
_PLUS = lazy_compile(r"\s+plus\s+(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$", regex.I)
_FOR_A_TOTAL = lazy_compile(
    r"(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s+(?:for|making|giving|to\s+make|"
    r"bringing\s+(?:the\s+total|it)\s+to)\s+"
    r"(?:a\s+)?(?:(?:combined|grand)\s+)?(?:total\s+(?:of\s+)?)?$",
    regex.I,
)
# "14.5 mln bags, of which soluble would take 2.0 mln, leaving just 12.5 mln": what is left.
_OF_WHICH_WORDS = lazy_compile(r",\s+of\s+which\b", regex.I)
_LEAVING = lazy_compile(r"\s*,\s+leaving\s+(?:(?:just|only|about|some|around|a)\s+)?$", regex.I)


def _stated_sums(doc: Document) -> Iterator[Hit]:
    """Report "A plus B for a total of C" and "T, of which A ..., leaving B" that miss.

    Both say the sum outright, so a shortfall is as wrong as an excess.
    """
    found = extract_quantities(doc)
    for a, b, c in zip(found, found[1:], found[2:], strict=False):
        if not (_same_measure(a, c) and _same_measure(b, c)):
            continue
        if doc.sentence_at(a.start) != doc.sentence_at(c.start):
            continue
        slack = _precision(a) + _precision(b) + _precision(c) + 1e-9
        if _PLUS.fullmatch(doc.prose, a.end, b.start) and _FOR_A_TOTAL.fullmatch(
            doc.prose, b.end, c.start
        ):
            if abs(a.value + b.value - c.value) > slack:
                yield Hit(
                    c.start,
                    c.end,
                    f"{a.text} plus {b.text} make {_format(a.value + b.value, c)}, not {c.text}",
                )
        elif _OF_WHICH_WORDS.match(doc.prose, _unit_end(doc, a)) and _LEAVING.fullmatch(
            doc.prose, b.end, c.start
        ):
            if (
                abs(a.value - b.value - c.value) > slack
                and "," not in doc.prose[_unit_end(doc, a) + 1 : b.start]
            ):
                yield Hit(
                    c.start,
                    c.end,
                    f"{a.text} less {b.text} leaves {_format(a.value - b.value, c)}, not {c.text}",
                )


def _tallies(doc: Document) -> Iterator[Hit]:
    """Report "Feb 872.0, March 164.6, total 1,100.0": labelled figures that miss their total."""
    for tally in tallies(doc.prose):
        added = sum(i.value for i in tally.items)
        slack = tally.total.slack + sum(i.slack for i in tally.items) + 1e-9
        if abs(added - tally.total.value) > slack:
            shown = f"{added:,.{_places(tally.total.text)}f}"
            yield Hit(
                tally.total.start,
                tally.total.end,
                f"the figures before it ({' + '.join(i.text for i in tally.items)}) add up to "
                f"{shown}, not {tally.total.text}",
            )


def _places(text: str) -> int:
    return len(text.partition(".")[2])


def _split_over_100(doc: Document) -> Iterator[Hit]:
    """Report "won 55% to 47%" and "Leave won 51.9% to Remain's 49.1%": a split past 100%."""
    found = extract_quantities(doc)
    for a, b in zip(found, found[1:], strict=False):
        if a.unit != "%" or b.unit != "%" or a.value < b.value:
            continue
        between = [w.lower() for w in _WORD.findall(doc.prose[a.end : b.start])]
        if between not in (["to"], ["against"], ["versus"], ["vs"]) and not (
            len(between) == 2 and between[0] == "to" and between[1].endswith(("'s", "’s"))
        ):
            continue
        before = [t.lower() for t in _WORD.findall(_sentence_head(doc, a.start))]
        if set(before[-4:]) & _NOT_A_SPLIT or not set(before) & _VOTE_WORDS:
            continue
        if _past_100((a, b)):
            yield Hit(
                a.start,
                b.end,
                f"{a.text} and {b.text} are shares of one vote and add up to "
                f"{a.value + b.value:g}%, more than 100%",
            )


def _percents_by_sentence(doc: Document) -> dict[int, list[Quantity]]:
    """Group a story's percentages by the start of their sentence."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in extract_quantities(doc):
        if q.unit == "%":
            sentence = doc.sentence_at(q.start)
            if sentence is not None:
                by_sentence.setdefault(sentence.start, []).append(q)
    return by_sentence


def _owners_over_100(doc: Document) -> Iterator[Hit]:
    """Report owners' shares of one thing that add up past 100% in one sentence.

    "85% owned by the government and 20% by its staff", "a 55 pct share of production
    and Lornex receives 56 pct". Every percentage of the sentence must be a holding
    (an ownership word beside it), none may be a change ("raised its stake to 60 pct
    from 45 pct" is one holding at two times), and the holdings must be of one thing.
    """
    for start, shares in _percents_by_sentence(doc).items():
        if len(shares) < 2:
            continue
        sentence = doc.sentence_at(start)
        text = doc.prose[sentence.start : sentence.end].lower()
        # a change is read near the holdings, not in a later clause ("received from ...")
        near = doc.prose[
            max(sentence.start, shares[0].start - 80) : min(sentence.end, shares[-1].end + 30)
        ]
        if _CHANGE_WORDS.search(near.lower()) or _DIFFERENT_WHOLES.search(text):
            continue
        if _RELATIVE.search(doc.prose, shares[0].end, shares[-1].start):
            continue  # "70 pct owned by Exxon, PanCanadian, which is 87 pct ...": two things
        if _SEVERAL_HOLDINGS.search(text):
            continue  # "interests ..., including the 100 pct owned field and 33 pct of another"
        objects = set()
        owned = False
        for q in shares:
            around = doc.prose[max(sentence.start, q.start - 40) : min(sentence.end, q.end + 30)]
            if not _OWNING.search(around) and not (owned and _by_analogy(doc, q)):
                break  # "owned 62 pct by A and 50 pct by B": the second holding by analogy
            owned = True
            after = match_at(_OF_OBJECT, doc.prose, q.end)
            if after:
                objects.add(after.group(1).lower())
        else:
            if len(objects) > 1:
                continue
            if _past_100(shares):
                yield Hit(
                    shares[0].start,
                    shares[-1].end,
                    f"the holdings ({' + '.join(q.text for q in shares)}) add up to "
                    f"{sum(q.value for q in shares):g}%, more than all of it",
                )


def _by_analogy(doc: Document, q: Quantity) -> bool:
    """Tell a holding written in the shape of the one before: "by B", "B (25 pct)"."""
    if match_at(_BY, doc.prose, q.end):
        return True
    return doc.prose[q.start - 1 : q.start] == "(" and doc.prose[q.end : q.end + 1] == ")"


#: "the other 7.5%", "the remaining 12 per cent", "the rest, 9%": what the listed shares leave.
_REMAINDER = lazy_compile(
    r"\b(?:the\s+(?:other|remaining|rest|remainder|balance)|the\s+rest\s*,?|the\s+remainder\s*,?)"
    r"\s*(?:of\s+the\s+\p{L}+\s*,?\s*)?$",
    regex.I,
)
_SHARE_LIST_WORDS = lazy_compile(
    r"\b(?:with|won|took|got|received|polled|garnered|secured|followed|trailed|led|share[ds]?)\b",
    regex.I,
)
# Two shares close a split only where someone takes the rest: "A buying 51 pct of the
# stake and B acquiring the other 49 pct", not "the remaining 9 pct of stock it holds".
_TAKES_REST = lazy_compile(
    r"\b(?:acquir\w+|tak(?:e|es|ing)|took|buy\w*|bought|hold\w*|held|own\w*|keep\w*|kept|"
    r"retain\w*|get|gets|got|receiv\w+)\s+the\s+(?:other|remaining|rest|balance)\s+$",
    regex.I,
)


def _remainder_of_100(doc: Document) -> Iterator[Hit]:
    """Report shares that, with "the other 7.5%" the story says they leave, miss 100%.

    "A led with 36.7%, followed by B with 30.0% and C with 23.8%, while the two
    remaining candidates shared the other 7.5%" closes the split: the four must make
    100%, allowing each figure's rounding. The sentence must read as a split of one
    whole (a vote, a share-out) and give no change or period words.
    """
    for start, shares in _percents_by_sentence(doc).items():
        if len(shares) < 2:
            continue
        last = shares[-1]
        sentence = doc.sentence_at(start)
        if not _REMAINDER.search(doc.prose, max(sentence.start, last.start - 40), last.start):
            continue
        text = doc.prose[sentence.start : sentence.end]
        if len(shares) == 2:
            taken = _TAKES_REST.search(doc.prose, max(sentence.start, last.start - 40), last.start)
            if taken is None or doc.prose[last.end : last.end + 4].startswith((" of", " in")):
                continue
        elif _CHANGE_WORDS.search(text.lower()) or not _SHARE_LIST_WORDS.search(text):
            continue
        if any("point" in q.text or q.unit == "pp" for q in shares):
            continue
        if abs(sum(q.value for q in shares) - 100) > _rounding(shares):
            rest = 100 - sum(q.value for q in shares[:-1])
            yield Hit(
                last.start,
                last.end,
                f"the shares before it ({' + '.join(q.text for q in shares[:-1])}) leave "
                f"{rest:.{_decimals(last)}f}%, not {last.text}",
            )


_OF_THOSE = lazy_compile(r"\s*Of\s+(?:those|them|these)\s*,\s+", regex.I)


def _remainder_of_those(doc: Document) -> Iterator[Hit]:
    """Report "won 293 seats. Of those, A won 240, B 16 and C 12, with D the remaining 20".

    The counts after "Of those" and "the remaining 20" split the one count of the
    sentence before, so together they must make it exactly.
    """
    counts = [
        q
        for q in extract_quantities(doc)
        if q.kind in ("count", "number") and q.unit is None and not _year(q)
    ]
    for sentence in doc.sentences:
        if not _OF_THOSE.match(doc.prose, sentence.start, sentence.end):
            continue
        shares = [q for q in counts if sentence.start <= q.start < sentence.end]
        if len(shares) < 3:
            continue
        last = shares[-1]
        if not _REMAINDER.search(doc.prose, max(sentence.start, last.start - 40), last.start):
            continue
        link = antecedent(doc, shares[0])
        before = doc.sentence_at(sentence.start - 2) if sentence.start >= 2 else None
        if link is None or before is None:
            continue
        if sum(before.start <= q.start < before.end for q in counts) != 1:
            continue  # the sentence before counts several things: "those" may be any
        whole = link[0]
        added = sum(q.value for q in shares)
        if abs(added - whole.value) > sum(_precision(q) for q in [*shares, whole]) + 1e-9:
            rest = whole.value - sum(q.value for q in shares[:-1])
            yield Hit(
                last.start,
                last.end,
                f"the counts before it ({' + '.join(q.text for q in shares[:-1])}) leave "
                f"{rest:,.{_decimals(last)}f} of the {whole.text} before, not {last.text}",
            )


def _year(q: Quantity) -> bool:
    return q.scale is None and q.text.isdigit() and 1800 <= q.value <= 2100


def _decimals(q: Quantity) -> int:
    digits = regex.search(r"\d+(?:\.(\d+))?", q.text)
    return len(digits.group(1)) if digits and digits.group(1) else 0


def _past_100(shares: Sequence[Quantity]) -> bool:
    """Tell whether shares of one whole pass 100% by more than their rounding.

    Whole shares are rounded too: 50.5% and 50.4% are written "51% to 50%".
    """
    return sum(q.value for q in shares) > 100 + _rounding(shares)


def _rounding(shares: Sequence[Quantity]) -> float:
    """Return how far shares' written rounding may take their sum: a whole share by half."""
    return sum(_precision(q) if "." in q.text else 0.5 for q in shares)


def _sentence_head(doc: Document, offset: int) -> str:
    sentence = doc.sentence_at(offset)
    return doc.prose[sentence.start : offset] if sentence else ""


_OF_WHICH = lazy_compile(
    r",\s+(?:of\s+which|comprising|made\s+up\s+of)\s+|\s+(?:--|—|–|-)\s+"
    # "a 103 mln stg offer, including 48 mln from ... and 55 mln from ...": some parts
    # "13.0 billion dlrs in loan assets during fiscal 1988, including 1.8 billion ...": the
    # total's own words run up to the comma
    r"|(?:\s+[\p{Ll}\-]+){0,2}?,?\s+including\s+(?:the\s+)?"
    r"|(?:\s+[\p{L}\d\-]+){3,6}?,\s+including\s+(?:the\s+)?"
)


def _opening_after(doc: Document, total: Quantity) -> tuple[int, bool] | None:
    """Return where a total's breakdown starts, and whether it claims to be the whole.

    "$10 billion: $4 billion for ..." is the whole; "1.4 billion dlrs, of which 550 mln
    ...", "75,200 bales -- 44,700 for ... --" and "Of the 13 billion dlr debt, 3.5
    billion ... and 9.5 billion ..." give parts that may leave some out.
    """
    colon = _colon_after(doc, total)
    if colon is not None:
        return colon + 1, True
    if total.kind not in ("money", "count", "number"):
        return None
    m = _OF_WHICH.match(doc.prose, _unit_end(doc, total))
    if m:
        return m.end(), False
    if _OF_THE.search(doc.prose, max(0, total.start - 12), total.start):
        m = match_at(_OF_THE_REST, doc.prose, total.end)
        if m:
            return m.end(), False
    return None


# "Of the 13 billion dlr frozen debt, 3.5 billion ...": a total its parts are taken from.
_OF_THE = lazy_compile(r"(?:^|[.,;]\s+|\n)of\s+the\s+$", regex.I)
# "Of the 13 billion dlrs frozen debt 3.5 billion was owed ...": the comma may be left out
# when the first part's figure follows at once
_OF_THE_REST = lazy_compile(r"(?:\s+[\p{L}-]+){0,4}?(?:,\s+|\s+(?=\d))")
# Where a breakdown set inside its sentence ends: a closing dash, or the comma after
# its last item ("including 48 mln from A and 71 mln from B, is designed to ...").
_CLOSING_DASH = lazy_compile(r"\s(?:--|—|–|-)\s")
_AND = lazy_compile(r"\band\b")


def _breakdown_ends(doc: Document, start: int) -> list[int]:
    """Return where a breakdown inside a sentence may end, nearest first."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return []
    text = doc.prose[start : sentence.end]
    ends = []
    dash = _CLOSING_DASH.search(text)
    if dash:
        ends.append(start + dash.start())
    joined = _AND.search(text)
    if joined:
        comma = text.find(",", joined.end())
        if comma > 0:
            ends.append(start + comma)
    return sorted(ends)


def _unit_end(doc: Document, total: Quantity) -> int:
    """Return the end of "75,200 running bales": a figure with its own noun, up to two words."""
    m = _OWN_NOUN.match(doc.prose[total.end : total.end + 40])
    return total.end + (m.end() if m else 0)


def _colon_after(doc: Document, total: Quantity) -> int | None:
    """Return the colon closing the phrase that begins with a total, if close by."""
    sentence = doc.sentence_at(total.start)
    if sentence is None or total.kind not in ("money", "count", "number", "percent"):
        return None
    head = doc.prose[total.end : min(sentence.end, total.end + 40)]
    i = head.find(":")
    if i < 0 or any(ch in head[:i] for ch in ",;()—"):
        return None
    return total.end + i


def _parts(
    doc: Document,
    found: list[Quantity],
    start: int,
    total: Quantity,
    max_words: int = 6,
    leading: bool = False,
) -> list[Quantity] | None:
    """Return the one figure of each item of a breakdown, or None if it is no breakdown.

    With ``leading``, each item must open with its figure ("850 mln from the World
    Bank"), as the items of an "of which" breakdown do.
    """
    items = list_after(doc, start, max_words=max_words)
    if items is None and leading:
        for end in _breakdown_ends(doc, start):
            items = list_after(doc, start, max_words=max_words, end=end)
            if items is not None:
                break
    if items is None or len(items) < 2:
        return None
    lo = bisect_left([q.start for q in found], start)
    after = [q for q in found[lo:] if q.start < items[-1][-1].end]
    parts = []
    for item in items:
        inside = [q for q in after if q.end > item[0].start and q.start < item[-1].end]
        if leading:
            # "5.1 billion for the 8.50 pct 2002 tranche": the item's rate and year are
            # what it is, not another part
            inside = [q for q in inside if _same_measure(q, total) and not _year(q)]
        if len(inside) != 1 or not _same_measure(inside[0], total):
            return None
        if leading and not _opens_item(item, inside[0]):
            return None
        parts.append(inside[0])
    return parts


#: Words an "of which" item may open with before its figure ("about 850 mln from ...").
_HEDGES = frozenset({"about", "some", "nearly", "almost", "around"})
#: Articles an item may open with when its figure follows at once ("the 2.15 billion from
#: banks and a 1.38 billion dlr IMF loan"); "a record 7.1 billion surplus" or "a gain of
#: 28.6 mln" put a word between, and such an item may be a net figure's other side.
_ARTICLES = frozenset({"the", "a", "an"})


def _opens_item(item: list[Token], figure: Quantity) -> bool:
    """Tell whether a breakdown item opens with its figure, a hedge or an article."""
    if figure.start <= item[0].start + 1:
        return True
    first = item[0].text.lower()
    if first in _HEDGES:
        return True
    # "the Three Gorges Underground Power Plant": a number word after an article is a name's
    return (
        first in _ARTICLES
        and len(item) > 1
        and figure.start <= item[1].start + 1
        and figure.text[:1].isdigit()
    )


def _words_after(doc: Document, q: Quantity) -> list[str]:
    m = _TWO_WORDS.match(doc.prose[q.end : q.end + 40])
    return m.group(0).split() if m else []


def _same_nouns(doc: Document, total: Quantity, parts: list[Quantity]) -> bool:
    """Tell whether counted parts count what their total counts ("bales" and "bales")."""
    if total.kind not in ("count", "number") or total.scale is not None:
        return True
    counted = [w for w in _words_after(doc, total) if w.endswith("s")]
    if not counted:
        return True
    noun = counted[-1]
    return all(noun in _words_after(doc, p) or not _words_after(doc, p) for p in parts)


def _same_measure(part: Quantity, total: Quantity) -> bool:
    """Tell whether a part is in its total's unit; "550 mln" after "1.4 billion dlrs" is."""
    if part.unit == total.unit and _kind(part) == _kind(total):
        return True
    return total.kind == "money" and part.unit is None and part.scale is not None


def _kind(q: Quantity) -> str:
    return "number" if q.kind == "count" else q.kind


def _precision(q: Quantity) -> float:
    """Half a unit of the last decimal written: "4.5bn" may stand for 4.45bn.

    Whole numbers count as exact, a breakdown of round figures should add up, except
    that a figure of five digits or more ending in zeros ("57,900 running bales") may be
    rounded to the hundred, as tonnages and bales in market reports are.
    """
    digits = q.text.replace(",", "")
    point = digits.find(".")
    if point < 0 or not digits[point + 1 : point + 2].isdigit():
        whole = _DIGITS.search(digits)
        number = whole.group(0) if whole and q.scale is None else ""
        if len(number) >= 5 and number.isdigit():
            zeros = len(number) - len(number.rstrip("0"))
            return 0.5 * 10.0 ** min(zeros, 2) if zeros else 0.0
        return 0.0
    decimals = len(digits[point + 1 :]) - len(digits[point + 1 :].lstrip("0123456789"))
    return 0.5 * 10.0**-decimals * SCALES.get((q.scale or "").lower(), 1.0)


def _format(value: float, like: Quantity) -> str:
    """Write a sum the way the total was written: "$9 billion" beside "$10 billion"."""
    scale = SCALES.get((like.scale or "").lower(), 1.0)
    number = f"{value / scale:,.2f}".rstrip("0").rstrip(".")
    written = _DIGITS.search(like.text)
    if written is None:
        return number
    return like.text[: written.start()] + number + like.text[written.end() :]
