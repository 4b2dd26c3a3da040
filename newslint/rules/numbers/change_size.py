"""NL206: a stated size of change that the figures it describes contradict."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint.claims.changes import MULTIPLES, Change, extract_changes
from newslint.claims.quantities import Quantity, extract_quantities
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule
from newslint.text.context import words_after, words_before

# Words that widen or bound a stated size: "nearly tripled", "an increase of about 12 points".
_ABOUT = frozenset("about around roughly nearly almost some approximately close".split())
_AT_LEAST = frozenset(("more", "over", "least"))
_AT_MOST = frozenset(("less", "under", "fewer"))
# The noun or adverb that introduces a stated size after the pair: ", an increase of 12 points".
_SIZE_NOUNS = frozenset(
    """increase rise gain jump climb fall drop decline decrease cut reduction slide dip
    acceleration deceleration slowdown contraction improvement deterioration""".split()
)
_HALF_POINT = lazy_compile(r"\bhalf\s+(?:a|of\s+a)\s+(?:percentage\s+)?point\b", regex.I)
_POINTS = frozenset(("point", "points", "pts"))
_DIGITS = lazy_compile(r"\d[\d,]*(?:\.(\d+))?")
_WORD = lazy_compile(r"[\p{L}']+")
# What may stand between a verb and its pair besides sizes: "fell by about 2 points, or 12 pct,".
_GLUE = _ABOUT | _POINTS | frozenset("by a an or percentage only just further another".split())
# "a 39 pct drop in output to", "a rise of 40 pct in deliveries to": a noun of change, its
# size before it or after "of", and what changed after "in".
_ARTICLE = frozenset(("a", "an"))
_OF_SIZE = lazy_compile(r"\s+of\s+(?:(?:about|some|nearly|almost|around|roughly)\s+)?")
_IN_WHAT = lazy_compile(r"\s+in\s+(?:[\p{L}'’-]+\s+){1,5}$")


class ChangeSize(Rule):
    """A change whose stated size the two figures it moves between contradict.

    "Nearly tripled its tally to 99 seats from 52" is not three times 52, and a rise
    "from 39.9% to 49.8%, an increase of about 12 percentage points" is ten points. The
    rule reads each change the story states (its old and new figure) and the size it
    gives for it: a multiple in the verb ("doubled", "tripled", "halved"), or a
    difference written beside the pair ("rose 15 mln dlrs to 120 mln from 105 mln",
    ", a deceleration of half a percentage point", ", or 12 pct,", "from 39.9% in the
    first round, an increase of 12 points"), or beside a noun of change ("a 39 pct drop
    in output to 77.6 bln from 96.4 bln", "a rise of 40 pct in deliveries to ... from").
    Both figures and the stated size count as rounded to the digits written, and hedges ("about",
    "nearly", "more than") widen what is accepted; a percentage beside two
    percentages may mean points or a relative change, and is reported only when it
    fits neither.
    """

    code = "NL206"
    name = "numbers.change-size"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A stated size of change (a difference, a multiple) that its figures contradict"
    bad = "Congress nearly tripled its tally to 99 seats from 52.\n"
    good = "Congress nearly doubled its tally to 99 seats from 52.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report changes whose stated multiple or difference the figures rule out."""
        for c in extract_changes(doc):
            if c.old.value <= 0 or c.new.value <= 0 or c.old.value == c.new.value:
                continue
            if c.compared:
                continue  # "by five to 761, against 1,137 a year ago": another baseline
            multiple = MULTIPLES.get(c.word.lower())
            if multiple is not None:
                message = _judge_multiple(doc, c, multiple)
                if message:
                    yield Hit(c.start, c.end, message)
                continue
            for q, value, unit, start, end in _stated_sizes(doc, c):
                message = _judge_size(c, q, value, unit)
                if message:
                    yield Hit(start, end, message)


def _hedge(doc: Document, offset: int) -> str:
    """Return "about", "at least", "at most" or "" for the words just before an offset."""
    words = [t.text.lower() for t in words_before(doc, offset, 3)]
    for w in words[:3]:
        if w in _ABOUT:
            return "about"
        if w in _AT_LEAST:
            return "at least"
        if w in _AT_MOST:
            return "at most"
    return ""


def _precision(q: Quantity) -> float:
    """Half a unit in the last digit written, in the figure's own scale."""
    digits = _DIGITS.search(q.text)
    decimals = len(digits.group(1)) if digits and digits.group(1) else 0
    number = float(digits.group(0).replace(",", "")) if digits else q.value
    scale = q.value / number if number else 1.0
    return 0.5 * 10.0**-decimals * scale


def _span(q: Quantity) -> tuple[float, float]:
    p = _precision(q)
    return q.value - p, q.value + p


def _judge_multiple(doc: Document, c: Change, multiple: float) -> str | None:
    lo_old, hi_old = _span(c.old)
    lo_new, hi_new = _span(c.new)
    lo, hi = lo_new / hi_old, hi_new / max(lo_old, 1e-12)
    hedge = _hedge(doc, c.start)
    if multiple >= 2:
        floor = multiple * (0.95 if hedge == "at least" else 0.8)
        ceiling = None if hedge == "at least" else multiple * (1.05 if hedge == "about" else 1.25)
    else:
        floor = None if hedge == "at least" else 0.4
        ceiling = 0.5 * (1.05 if hedge == "at least" else 1.25)
    if (floor is not None and hi < floor) or (ceiling is not None and lo > ceiling):
        ratio = c.new.value / c.old.value
        return (
            f"'{c.word}' says {_times(multiple)}, but {c.old.text} to {c.new.text} "
            f"is {ratio:.2g} times"
        )
    return None


def _times(multiple: float) -> str:
    return "half" if multiple == 0.5 else f"{multiple:g} times"


def _stated_sizes(
    doc: Document, c: Change
) -> Iterator[tuple[Quantity | None, float, str, int, int]]:
    """Yield (quantity, value, unit, start, end) for each size stated beside a change.

    ``unit`` is "pp" for points, "%" for a percentage (points or relative), or "abs"
    for a difference in the pair's own unit.
    """
    pair = {c.old.start, c.new.start}
    sentence = doc.sentence_at(c.start)
    if sentence is None:
        return
    for q in extract_quantities(doc):
        if q.start in pair or not sentence.start <= q.start < sentence.end:
            continue
        if not (
            _between_verb_and_pair(doc, c, q) or _after_pair(doc, c, q) or _beside_noun(doc, c, q)
        ):
            continue
        unit = _size_unit(doc, c, q)
        if unit:
            yield q, q.value, unit, q.start, q.end
    half = _HALF_POINT.search(doc.prose, c.end, sentence.end)
    if half and "%" in (c.old.unit, c.new.unit) and _introduced(doc, c.end, half.start()):
        yield None, 0.5, "pp", half.start(), half.end()


def _between_verb_and_pair(doc: Document, c: Change, q: Quantity) -> bool:
    """Read the sizes right after a verb: "rose 15 mln dlrs to", "fell 2 bln dlrs, or 12 pct, to".

    Everything between the verb and the pair must be sizes, hedges and joining commas.
    """
    verb_end = c.start + len(c.word)
    if not verb_end <= q.start < c.lead:
        return False
    rest = doc.prose[verb_end : c.lead]
    for other in extract_quantities(doc):
        if verb_end <= other.start and other.end <= c.lead:
            rest = rest.replace(doc.prose[other.start : other.end], " ", 1)
    return all(w.lower() in _GLUE for w in _WORD.findall(rest))


def _beside_noun(doc: Document, c: Change, q: Quantity) -> bool:
    """Read "a 39.0 pct drop in GDP to 77.6 bln from 96.4 bln" and "a rise of 40 pct in".

    The change is a noun after "a" or "an"; its size stands right before it or after
    "of", and "in" names what changed before the pair.
    """
    verb_end = c.start + len(c.word)
    before = [t.text.lower() for t in words_before(doc, min(q.start, c.start), 3)]
    if q.end <= c.start:
        if doc.prose[q.end : c.start].strip(" -") or not (set(before[:2]) & _ARTICLE):
            return False
        tail = verb_end
    else:
        if not (set(before[:1]) & _ARTICLE):
            return False
        m = match_at(_OF_SIZE, doc.prose, verb_end)
        if m is None or m.end() != q.start:
            return False
        tail = q.end
    if q.unit != "%" and not (q.unit is None and _pointed(doc, q)):
        return False
    if tail < c.lead and _IN_WHAT.fullmatch(doc.prose, _past_points(doc, q, tail), c.lead):
        return True
    return False


def _pointed(doc: Document, q: Quantity) -> bool:
    after = [t.text.lower() for t in words_after(doc, q.end, 1)]
    return bool(after) and after[0] in _POINTS


def _past_points(doc: Document, q: Quantity, offset: int) -> int:
    """Skip "percentage points" after a size that ends at ``offset``."""
    if offset != q.end:
        return offset
    m = regex.match(r"\s+(?:percentage\s+)?points?\b", doc.prose[offset : offset + 30])
    return offset + m.end() if m else offset


def _after_pair(doc: Document, c: Change, q: Quantity) -> bool:
    """Read ", an increase of about 12 percentage points" or ", or 12 pct," after the pair."""
    if q.start <= c.end:
        return False
    return _introduced(doc, c.end, q.start)


def _introduced(doc: Document, end: int, start: int) -> bool:
    gap = doc.prose[end:start]
    if not gap.lstrip().startswith(","):
        # "from 39.9% in the first round on June 28, an increase of": the pair's own
        # period or place may come before the comma, with no other figure in it
        comma = gap.find(",")
        head = gap[:comma]
        if comma < 0 or len(_WORD.findall(head)) > 8 or any(ch in head for ch in ";:()—–"):
            return False
        if any(end <= q.start < end + comma for q in extract_quantities(doc)):
            return False
        gap = gap[comma:]
    words = [w.lower() for w in _WORD.findall(gap)]
    while words and (words[-1] in _ABOUT or words[-1] in _AT_LEAST or words[-1] == "than"):
        words.pop()  # ", an increase of about 12 points": the hedge is the size's own
    if len(words) > 6 or words[:1] in (["and"], ["but"], ["while"], ["whereas"]):
        return False  # ", and by a rise of 20 pct in ...": another change, not this one's size
    if words[:1] == ["or"] and len(words) <= 3:
        return True
    return any(w in _SIZE_NOUNS for w in words) and words[-1:] in (["of"], ["by"])


def _size_unit(doc: Document, c: Change, q: Quantity) -> str | None:
    percent_pair = c.old.unit == "%" and c.new.unit in ("%", None)
    if q.unit == "pp":
        return "pp" if percent_pair else None
    after = [t.text.lower() for t in words_after(doc, q.end, 1)]
    if q.unit is None and after[:1] and after[0] in _POINTS:
        return "pp" if percent_pair else None
    if q.unit == "%":
        return "%"
    if percent_pair:
        return None
    if q.kind == c.new.kind or (q.unit is not None and q.unit == c.new.unit):
        return "abs"
    return None


def _judge_size(c: Change, q: Quantity | None, value: float, unit: str) -> str | None:
    lo_old, hi_old = _span(c.old)
    lo_new, hi_new = _span(c.new)
    if c.old.value < c.new.value:
        diff_lo, diff_hi = max(lo_new - hi_old, 0.0), hi_new - lo_old
    else:
        diff_lo, diff_hi = max(lo_old - hi_new, 0.0), hi_old - lo_new
    rel_lo = 100 * diff_lo / hi_old
    rel_hi = 100 * diff_hi / max(lo_old, 1e-12)
    precision = _precision(q) if q is not None else 0.05
    stated_lo, stated_hi = value - precision, value + precision
    slack = max(0.1 * value, precision)
    stated_lo, stated_hi = stated_lo - slack, stated_hi + slack
    fits_points = not (diff_hi < stated_lo or diff_lo > stated_hi)
    fits_relative = not (rel_hi < stated_lo or rel_lo > stated_hi)
    text = q.text if q is not None else "half a point"
    actual = c.new.value - c.old.value
    if unit == "pp" and not fits_points:
        return (
            f"{text} does not match the change from {c.old.text} to {c.new.text}, "
            f"which is {abs(actual):.3g} points"
        )
    if unit == "abs" and not fits_points:
        return (
            f"{text} does not match the change from {c.old.text} to {c.new.text}, "
            f"which is {_plain(abs(actual), c.new)}"
        )
    if unit == "%" and not fits_relative and not (c.old.unit == "%" and fits_points):
        rel = 100 * abs(actual) / c.old.value
        return (
            f"{text} does not match the change from {c.old.text} to {c.new.text}, "
            f"which is {rel:.3g}%"
        )
    return None


def _plain(value: float, like: Quantity) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if like.scale and value >= scale / 100 and like.value >= scale:
            return f"{value / scale:.3g} {word}"
    return f"{value:,.6g}"
