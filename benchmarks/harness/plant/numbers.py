"""Number errors planted into real copy: figures whose own arithmetic gives them away.

Every mutator here reads the figures it needs straight from the draft with its own patterns
and plants only where those figures already agree with the words around them (a rise whose
"to" figure is above its "from" figure, parts that add up exactly to their total). The
figures then define the truth, so the planted text contradicts the story itself and no
outside knowledge is needed to call it wrong.

Both house styles are read: Reuters 1987 ("5.2 pct", "15 mln dlrs", "1.2 billion stg") and
BBC ("5.2%", "£15m", "$1.2bn", "15 million").
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from harness.plant.base import Site
from harness.stories import Story

# --------------------------------------------------------------------------- figures

_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
}

#: Unit words and what they are the same unit as ("£" and "stg" are one currency).
_UNITS = {
    "pct": "pct",
    "%": "pct",
    "per cent": "pct",
    "percent": "pct",
    "percentage point": "pts",
    "percentage points": "pts",
    "percentage-point": "pts",
    "point": "points",
    "points": "points",
    "basis point": "bp",
    "basis points": "bp",
    "dlrs": "dlrs",
    "dlr": "dlrs",
    "dollars": "dlrs",
    "dollar": "dlrs",
    "$": "dlrs",
    "us$": "dlrs",
    "cts": "cts",
    "cents": "cts",
    "cent": "cts",
    "stg": "stg",
    "£": "stg",
    "pounds": "stg",
    "pound": "stg",
    "pounds sterling": "stg",
    "sterling": "stg",
    "€": "euros",
    "euros": "euros",
    "euro": "euros",
}
_MONEY_WORDS = (
    "yen marks francs lire lira guilders pesos rupees crowns kronor kroner krona dinars "
    "riyals rand baht ringgit yuan won schillings shillings pesetas escudos ecus rupiah "
    "drachmas naira cruzados australs dirhams"
).split()
_MEASURE_WORDS = (
    "tonnes tonne tons ton barrels bpd ounces ounce bushels bales acres hectares "
    "kilometres kilometers miles gallons litres liters cubic hours"
).split()
for _w in _MONEY_WORDS + _MEASURE_WORDS:
    _UNITS.setdefault(_w, _w.rstrip("s") if _w not in ("bpd",) else _w)

#: Words that make the figure after them an estimate, not a figure to do sums with.
_APPROX = re.compile(
    r"(?:about|around|some|approximately|roughly|nearly|almost|over|under|more than|"
    r"less than|fewer than|up to|at least|at most|close to|an estimated|estimated|"
    r"just over|just under|upwards of|as many as|as much as|as few as|perhaps|"
    r"possibly|only about|below|above|c\.)\s+$",
    re.IGNORECASE,
)

_UNIT_ALT = "|".join(
    sorted((re.escape(u) for u in _UNITS if u[0].isalpha()), key=len, reverse=True)
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"""
    (?<![\w.,$£€/+-])
    (?P<cur>US\$|[$£€])?
    (?P<num>{_NUMBER})
    (?:-(?P<fn>[1-9]|1[0-5])/(?P<fd>2|4|8|16))?
    (?:
        (?P<attached>bn|m|k)(?![\w])
      | (?:\s(?P<scale>mln|million|bln|billion|trillion|MLN|MILLION|BILLION))(?![\w])
    )?
    (?:
        (?P<pctsign>%)
      | \s(?:(?P<adj>U\.S\.|US|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s)?
        (?P<unit>{_UNIT_ALT}|PCT|DLRS|DLR|STG)(?![\w])
    )?
    (?![\w%]|[.,]\d|/\d|-\d)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Amount:
    """One figure with its unit: the numeral's span, its value, and what it counts."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    decimals: int
    scale: float
    has_scale: bool
    unit: str
    grouped: bool
    approx: bool
    text: str

    @property
    def total(self) -> float:
        return self.value * self.scale

    @property
    def numeral(self) -> str:
        return self.text[self.num_start - self.start : self.num_end - self.start]


def _amount(m: re.Match, text: str) -> Amount | None:
    num = m.group("num")
    value = float(num.replace(",", ""))
    decimals = len(num.split(".")[1]) if "." in num else 0
    num_end = m.end("num")
    if m.group("fn"):
        value += int(m.group("fn")) / int(m.group("fd"))
        decimals = 4
        num_end = m.end("fd")
    cur = (m.group("cur") or "").lower()
    attached = m.group("attached")
    if attached == "m" and not cur:
        return None  # "100m" may be metres
    scale_word = attached or m.group("scale")
    unit_word = "%" if m.group("pctsign") else (m.group("unit") or "")
    unit = _UNITS.get(unit_word.lower(), "") if unit_word else ""
    if cur:
        cur_unit = _UNITS[cur]
        if unit and unit != cur_unit:
            return None
        unit = cur_unit
    elif m.group("adj") and unit not in _UNITS.values():
        return None
    if m.group("adj") and not unit:
        return None
    if m.group("adj") and m.group("adj") not in ("U.S.", "US"):
        unit = f"{m.group('adj').lower()} {unit}"
    before = text[max(0, m.start() - 30) : m.start()]
    return Amount(
        start=m.start(),
        end=m.end(),
        num_start=m.start("num"),
        num_end=num_end,
        value=value,
        decimals=decimals,
        scale=_SCALES[scale_word.lower()] if scale_word else 1.0,
        has_scale=bool(scale_word),
        unit=unit,
        grouped="," in num,
        approx=bool(_APPROX.search(before)),
        text=m.group(0),
    )


def amount_at(text: str, pos: int) -> Amount | None:
    """The figure that starts exactly at ``pos``, if one does."""
    m = _AMOUNT.match(text, pos)
    return _amount(m, text) if m else None


def amounts(text: str) -> list[Amount]:
    """Every figure in a text, in order."""
    found = []
    for m in _AMOUNT.finditer(text):
        a = _amount(m, text)
        if a is not None:
            found.append(a)
    return found


def _looks_like_year(a: Amount) -> bool:
    return not a.unit and not a.has_scale and a.decimals == 0 and 1900 <= a.value <= 2030


def _pair(a: Amount, b: Amount) -> tuple[float, float] | None:
    """Both figures in one unit and scale, the bare one taking the other's, or None.

    Wire copy drops the unit and scale of a repeated figure ("to 1.2 mln dlrs from 980,000",
    "to 83.6 pct from 80.0"): a bare figure takes its neighbour's scale unless it is written
    out in full with thousands separators.
    """
    if _looks_like_year(a) or _looks_like_year(b):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    return a.value * _scale_beside(a, b), b.value * _scale_beside(b, a)


def _scale_beside(a: Amount, other: Amount) -> float:
    """The scale of ``a`` read beside ``other``: its own, or the other's if it has none."""
    if a.has_scale or not other.has_scale or a.grouped or a.value >= 1000:
        return a.scale
    return other.scale


def _half_unit(a: Amount, scale: float | None = None) -> float:
    """Half the last written digit: the most the figure can be off by from rounding.

    A whole number of four or more digits ending in zeros ("408,000") may be rounded to
    them, though to no fewer than three significant digits.
    """
    unit = 10.0 ** (-a.decimals)
    if a.decimals == 0 and a.value >= 1000:
        digits = str(int(a.value))
        unit = 10.0 ** min(len(digits) - len(digits.rstrip("0")), len(digits) - 3)
    return 0.5 * unit * (a.scale if scale is None else scale)


def _fmt(value: float, like: str) -> str:
    """A number written the way ``like`` is written (decimals, thousands separators)."""
    decimals = len(like.split(".")[1]) if "." in like else 0
    if "," in like or (value >= 10000 and "," in like):
        return f"{value:,.{decimals}f}"
    return f"{value:.{decimals}f}"


def _an(number: str) -> bool:
    """Whether a figure is read with "an" before it: 8, 11, 18, 80-89, 800..., 11,000..."""
    digits = number.replace(",", "").split(".")[0]
    if digits.startswith("8"):
        return True
    if digits[:2] in ("11", "18"):
        return len(digits) % 3 == 2
    return False


def figure_site(text: str, start: int, end: int, new: str, position: str, why: str) -> Site:
    """A site replacing a figure, taking a preceding "a"/"an" along when the article changes."""
    old = text[start:end]
    head = text[max(0, start - 3) : start]
    if _an(old) != _an(new):
        if _an(new) and re.search(r"(?:^|\W)a $", head, re.IGNORECASE):
            return Site(start - 2, end, head[-2] + "n " + new, position, why)
        if not _an(new) and re.search(r"\ban $", text[max(0, start - 4) : start], re.I):
            return Site(start - 3, end, text[start - 3] + " " + new, position, why)
    return Site(start, end, new, position, why)


def _rng(story: Story, start: int) -> random.Random:
    return random.Random(f"{story.id}:{start}")


# --------------------------------------------------------------------------- direction

#: Each verb of direction and its opposite in the same inflection.
_OPPOSITE_PAIRS = [
    ("rose", "fell"),
    ("rise", "fall"),
    ("rises", "falls"),
    ("rising", "falling"),
    ("risen", "fallen"),
    ("increased", "decreased"),
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("increasing", "decreasing"),
    ("climbed", "fell"),
    ("climbing", "falling"),
    ("jumped", "fell"),
    ("gained", "fell"),
    ("grew", "shrank"),
    ("grown", "shrunk"),
    ("growing", "shrinking"),
    ("advanced", "declined"),
    ("surged", "plunged"),
    ("soared", "plunged"),
    ("edged up", "edged down"),
    ("went up", "went down"),
    ("raised", "cut"),
    ("raising", "cutting"),
    ("raises", "cuts"),
    ("boosted", "cut"),
    ("lifted", "cut"),
    ("accelerated", "slowed"),
    ("accelerating", "slowing"),
    ("widened", "narrowed"),
    ("widening", "narrowing"),
    ("expanded", "contracted"),
]
_UP = {u: d for u, d in _OPPOSITE_PAIRS}
_DOWN = {d: u for u, d in _OPPOSITE_PAIRS}
_DOWN.update(
    {
        "fell": "rose",
        "declined": "rose",
        "decline": "rise",
        "declines": "rises",
        "declining": "rising",
        "dropped": "rose",
        "dropping": "rising",
        "slipped": "rose",
        "dipped": "rose",
        "eased": "rose",
        "slid": "rose",
        "plunged": "soared",
        "tumbled": "jumped",
        "shrank": "grew",
        "shrunk": "grown",
        "lowered": "raised",
        "lowering": "raising",
        "reduced": "increased",
        "reducing": "increasing",
        "reduce": "increase",
        "trimmed": "raised",
        "slowed": "accelerated",
        "slowing": "accelerating",
        "narrowed": "widened",
        "narrowing": "widening",
        "contracted": "expanded",
        "cut": "raised",
        "cutting": "raising",
        "cuts": "raises",
    }
)
_TRANSITIVE = {
    "raised", "raising", "raises", "cut", "cutting", "cuts", "lowered", "lowering", "reduced",
    "reducing", "reduce", "boosted", "lifted", "trimmed", "increased", "increase", "increasing",
    "decreased", "decrease", "increases",
}  # fmt: skip
_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, {**_UP, **_DOWN}), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ADVERB = re.compile(
    r"\s+(?:sharply|slightly|marginally|steadily|further|back|again|only|just|strongly|"
    r"substantially|significantly|modestly|considerably|somewhat|a\s+further)\b"
)
_OBJECT = re.compile(
    r"(?:\s+(?!to\b|from\b|by\b|and\b|or\b)[A-Za-z'<>.&-]+){1,7}?(?=\s+(?:to|from|by)\b)"
)
_BY = re.compile(r"\s+by\b")
#: Words a copy desk lets stand between the "to" figure and "from": when, which period.
_FILLER = re.compile(
    r"(?:\s+(?!from\b|to\b|and\b|but\b|while\b|or\b|against\b|versus\b|vs\b|compared\b|"
    r"loss|profit|deficit|surplus|minus\b|negative\b|between\b)"
    r"(?:[a-zA-Z'-]+|(?:19|20)\d\d(?:/\d\d)?))*"
)
_FROM_LEAD = re.compile(
    r",?\s+from\s+(?:(?:a|an|the)\s+)?(?:(?:revised|upwardly\s+revised|downwardly\s+revised|"
    r"previous|year-earlier|year-ago|earlier|estimated|unrevised|original|initial)\s+)?"
)
_TO_LEAD = re.compile(r"\s+to\s+(?:(?:a|an)\s+(?:record\s+|new\s+)?)?")
_UP_FROM = re.compile(r",?\s+(?P<verb>up|down)\b")
#: Sentences about rank, score or sign, where "rose to 5 from 3" may be a fall.
_RANKING = re.compile(
    r"\b(?:place|placed|ranking|rankings|ranked|rank|position|seed|seeded|No\.|number|"
    r"odds|handicap|standings|table|league|negative|minus|below\s+zero)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Change:
    """A verb of direction with its figures: stated change, "to" figure and "from" figure."""

    verb_start: int
    verb_end: int
    verb: str
    up: bool
    change: Amount | None
    to: Amount
    frm: Amount
    to_first: bool
    sentence: str
    noun: bool = False


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    his = [h for h in (text.find(". ", end), text.find("\n", end)) if h >= 0]
    return text[lo : min(his) if his else len(text)]


def _skip(pattern: re.Pattern, text: str, pos: int) -> int:
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _figure(text: str, pos: int, lead: re.Pattern) -> Amount | None:
    m = lead.match(text, pos)
    return amount_at(text, m.end()) if m else None


def _filler_then(text: str, pos: int, lead: re.Pattern) -> Amount | None:
    """The figure after a short time phrase and ``lead`` ("in March from", "last year to")."""
    end = _FILLER.match(text, pos).end()
    # the filler may swallow words the lead needs; back off word by word
    while True:
        a = _figure(text, end, lead)
        if a is not None:
            return a
        prev = text.rfind(" ", pos, end)
        if prev < pos or end <= pos:
            return None
        end = prev


def _direction_verbs(
    text: str, verbs: re.Pattern = _VERB
) -> Iterator[tuple[re.Match, Amount | None, int]]:
    """Each verb of direction, its stated change (if any) and where "to"/"from" should start."""
    for m in verbs.finditer(text):
        word = m.group(0).lower()
        pos = m.end()
        if word in _TRANSITIVE or verbs is not _VERB:
            obj = _OBJECT.match(text, pos)
            if obj and not re.search(r"\d|[,;:()]", obj.group(0)):
                pos = obj.end()
        pos = _skip(_ADVERB, text, pos)
        chg = None
        by = _skip(_BY, text, pos)
        if text[by : by + 1] == " ":
            chg = amount_at(text, by + 1)
            if chg is not None:
                if chg.approx or not chg.unit:
                    continue
                pos = chg.end
            elif by != pos:
                continue
        yield m, chg, pos


_VERSUS_LEAD = re.compile(r",?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+")
#: After a "versus" figure, what makes it the earlier figure and not another place's.
_EARLIER = re.compile(
    r"(?:\s+(?:in|for|during))?\s+(?:a\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:same|previous|prior|year-earlier|year-ago|corresponding)\b|"
    r"last\s+(?:year|month|week|quarter)|previously|earlier|a\s+year-ago|(?:19|20)\d\d\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)"
)
_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|estimat\w*|predict\w*|consensus|analysts?|target\w*|"
    r"budget\w*|projected|plan\w*)\b",
    re.IGNORECASE,
)
_NOUN_UP = {"rise": "fall", "increase": "decrease", "gain": "fall", "jump": "fall"}
_NOUN_DOWN = {
    "fall": "rise", "drop": "rise", "decline": "rise", "decrease": "increase",
    "reduction": "increase", "cut": "rise",
}  # fmt: skip
_NOUNS = "|".join({**_NOUN_UP, **_NOUN_DOWN})
_IN_WHAT = r"(?:\s+in\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+)?"
_NOUN_CHANGE = re.compile(
    rf"\b(?:a|an)\s+(?:(?P<chg1>\d[^\s]*(?:\s(?:pct|per\s+cent|percent|mln|billion)){{0,2}})"
    rf"\s+(?P<noun1>{_NOUNS})|(?P<noun2>{_NOUNS})\s+of\s+(?P<chg2>\d[^\s]*(?:\s[a-z]+){{0,3}}?))"
    rf"{_IN_WHAT}(?=,?\s+(?:to|from)\s)"
)


def _before_after(
    text: str,
    pos: int,
    verb: str,
    span: tuple[int, int],
    up: bool,
    chg: Amount | None,
    noun: bool = False,
) -> Change | None:
    """The "to" and "from" figures after ``pos``, in either order, as one change."""
    to = _figure(text, pos, _TO_LEAD)
    if to is not None:
        frm = _filler_then(text, to.end, _FROM_LEAD)
        versus = False
        if frm is None:
            frm = _filler_then(text, to.end, _VERSUS_LEAD)
            versus = True
        if frm is None:
            return None
        sentence = _sentence_around(text, span[0], frm.end)
        if versus and (not _EARLIER.match(text, frm.end) or _FORECAST.search(sentence)):
            return None
        return Change(*span, verb, up, chg, to, frm, True, sentence, noun)
    frm = _figure(text, pos, _FROM_LEAD)
    if frm is not None:
        to = _filler_then(text, frm.end, _TO_LEAD)
        if to is not None:
            sentence = _sentence_around(text, span[0], to.end)
            return Change(*span, verb, up, chg, to, frm, False, sentence, noun)
    return None


def changes(text: str, verbs: re.Pattern = _VERB) -> Iterator[Change]:
    """Verbs of direction with a before and an after figure, in either order."""
    for m, chg, pos in _direction_verbs(text, verbs):
        verb = m.group(0)
        up = verb.lower() in _UP or verbs is not _VERB
        c = _before_after(text, pos, verb, m.span(), up, chg)
        if c is not None:
            yield c
    if verbs is not _VERB:
        return
    for m in _NOUN_CHANGE.finditer(text):
        which = "1" if m.group("noun1") else "2"
        chg = amount_at(text, m.start("chg" + which))
        if chg is None or chg.end > m.end() or not chg.unit:
            continue
        noun = m.group("noun" + which)
        span = m.span("noun" + which)
        c = _before_after(text, m.end(), noun, span, noun.lower() in _NOUN_UP, chg, True)
        if c is not None:
            yield c


def up_from(text: str) -> Iterator[Change]:
    """ "X, up from Y" and "X, down 3 pct from Y": the figure before the comma is the after one."""
    figures = amounts(text)
    for a in figures:
        end = _FILLER.match(text, a.end).end()
        while True:
            m = _UP_FROM.match(text, end)
            if m or end <= a.end:
                break
            end = text.rfind(" ", a.end, end)
        if not m:
            continue
        pos, chg = m.end(), None
        if text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isdigit():
            chg = amount_at(text, pos + 1)
            if chg is None or chg.approx or not chg.unit:
                continue
            pos = chg.end
        frm = _figure(text, pos, _FROM_LEAD)
        if frm is None:
            continue
        verb = m.group("verb")
        sentence = _sentence_around(text, a.start, frm.end)
        yield Change(
            m.start("verb"), m.end("verb"), verb, verb == "up", chg, a, frm, True, sentence
        )


_BARE_NEXT = re.compile(
    r"\s*(?:$|[.,;:)]|(?:in|a|an|the|last|this|previous|previously|earlier|and|at|on|for|"
    r"during|over|since|while|but|as|when|year-earlier|year-ago|before|with|now|so|yet|"
    r"reported|recorded|posted|a\s+year|the\s+previous|the\s+year|the\s+same|through|"
    r"between|after|by|under|from|to|against|compared|versus|vs)\b)"
)


def bare_ok(text: str, a: Amount) -> bool:
    """A figure without a unit is a repeat of its neighbour's only if no noun follows it."""
    return bool(a.unit) or bool(_BARE_NEXT.match(text, a.end))


def _consistent(c: Change, text: str) -> tuple[float, float] | None:
    """The after and before values when the verb's direction agrees with them, else None."""
    if c.to.approx or c.frm.approx or not (bare_ok(text, c.to) and bare_ok(text, c.frm)):
        return None
    if not c.to_first and not (c.frm.unit or c.frm.has_scale):
        return None  # "rose from 5 to 10 pct" may be a range of rises
    pair = _pair(c.to, c.frm)
    if pair is None:
        return None
    x, y = pair
    if x == y or (x > y) != c.up:
        return None
    if _RANKING.search(c.sentence):
        return None
    return x, y


def _verb_opposite(text: str, c: Change) -> str | None:
    word = c.verb.lower()
    if c.noun:
        opposite = {**_NOUN_UP, **_NOUN_DOWN}.get(word)
    else:
        opposite = {"up": "down", "down": "up"}.get(word) or (_UP if c.up else _DOWN).get(word)
    if opposite is None:
        return None
    if word in ("cut", "cuts"):
        before = text[max(0, c.verb_start - 12) : c.verb_start].lower().split()
        modal = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did"}
        article = {"a", "an", "the", "its", "their", "this", "that", "further", "new"}
        if before and before[-1] in article:
            opposite = "rise" if word == "cut" else "rises"  # "a cut in rates": a noun
        elif before and before[-1] in modal and word == "cut":
            opposite = "raise"
    if c.verb[0].isupper():
        opposite = opposite[0].upper() + opposite[1:]
    return opposite


@dataclass(frozen=True)
class ChangeDirection:
    """A verb of direction that its own before and after figures contradict."""

    phenomenon: str = "numbers.change-direction"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        seen: set[int] = set()
        for c in [*changes(text), *up_from(text)]:
            if c.verb_start in seen or _consistent(c, text) is None:
                continue
            seen.add(c.verb_start)
            opposite = _verb_opposite(text, c)
            trend = "rise" if c.up else "fall"
            if opposite is not None:
                yield Site(
                    c.verb_start,
                    c.verb_end,
                    opposite,
                    "verb-inverted",
                    f"the figures show a {trend}, the verb says the opposite",
                )
            if c.verb.lower() in ("up", "down"):
                continue
            first, second = (c.to, c.frm) if c.to_first else (c.frm, c.to)
            # a scale written once at the end is shared ("to 5.2 from 6.1 billion"); any
            # other difference of scale would swap a numeral away from its own scale word
            if first.scale != second.scale and (first.has_scale or not second.has_scale):
                continue
            between = text[first.num_end : second.num_start]
            yield Site(
                first.num_start,
                second.num_end,
                second.numeral + between + first.numeral,
                "from-to-swapped",
                f"the verb says {trend}, the swapped figures show the opposite",
            )


# --------------------------------------------------------------------------- size

_MULTIPLE_VERB = re.compile(
    r"\b(?:doubled|doubling|tripled|tripling|trebled|trebling|quadrupled|quadrupling)\b",
    re.IGNORECASE,
)
_MULTIPLES = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}
_MULTIPLE_SWAP = {"doubl": "tripl", "tripl": "doubl", "trebl": "doubl", "quadrupl": "doubl"}


def _interval_gap(value: float, lo: float, hi: float) -> float:
    """How far ``value`` lies outside [lo, hi] (0 inside)."""
    return max(lo - value, value - hi, 0.0)


def _restated(n: Amount, lo: float, hi: float, cap: float | None) -> str | None:
    """A stated change the figures rule out by far more than rounding, written like ``n``.

    ``lo``..``hi`` is what the change can be given the rounding of the figures; the new
    value must lie outside it by at least its width and a third of its middle.
    """
    mid = (lo + hi) / 2
    margin = max(hi - lo, abs(mid) / 3, 10 ** (-n.decimals))
    for factor in (2, 3, 0.5, 5, 10):
        value = n.value * factor
        if n.decimals == 0 and value != int(value):
            continue
        if value <= 0 or (cap is not None and value >= cap):
            continue
        if _interval_gap(value * n.scale, lo, hi) >= margin:
            written = _fmt(value, n.numeral)
            if float(written.replace(",", "")) != n.value:
                return written
    return None


def _size_site(text: str, c: Change) -> Site | None:
    pair = _consistent(c, text)
    n = c.change
    if pair is None or n is None or n.approx:
        return None
    x, y = pair
    to_scale = x / c.to.value if c.to.value else 1.0
    frm_scale = y / c.frm.value if c.frm.value else 1.0
    ex, ey = _half_unit(c.to, to_scale), _half_unit(c.frm, frm_scale)
    err = ex + ey
    diff = abs(x - y)
    trend = "rise" if c.up else "fall"
    if n.unit == "pct":
        if c.to.unit == "pct" or y - ey <= 0:
            return None  # "rose 0.3 pct to 2.1 pct" may mean points; no base to divide by
        sign = 1 if c.up else -1
        corners = [
            sign * (xx - yy) / yy * 100 for xx in (x - ex, x + ex) for yy in (y - ey, y + ey)
        ]
        lo, hi = max(min(corners), 0.0), max(corners)
        eps = _half_unit(n)
        if _interval_gap(n.value, lo - eps, hi + eps) > 0:
            return None
        new = _restated(n, lo, hi, None if c.up else 100)
        position, what = "percent-altered", f"a {trend} of {lo:.3g} to {hi:.3g} pct"
    else:
        position = "difference-altered"
        if n.unit in ("pts", "points", "bp"):
            allowed = ("pct", "points") if n.unit == "points" else ("pct",)
            if c.to.unit not in allowed:
                return None
            per = 0.01 if n.unit == "bp" else 1.0
            position = "points-altered"
        elif n.unit == c.to.unit or (n.unit and not c.to.unit and n.unit == c.frm.unit):
            if n.has_scale or n.grouped or not c.to.has_scale:
                per = n.scale
            else:
                per = to_scale  # "rose 15 to 120 mln dlrs": the change shares the scale
        else:
            return None
        stated = n.value * per
        eps = _half_unit(n, per)
        if abs(stated - diff) > err + eps + 1e-9 * max(1.0, diff):
            return None
        lo, hi = max(diff - err, 0.0), diff + err
        scaled = Amount(**{**n.__dict__, "scale": per})
        new = _restated(scaled, lo, hi, None)
        what = f"the figures differ by {_fmt(diff / per, n.numeral)}"
    if new is None:
        return None
    return figure_site(text, n.num_start, n.num_end, new, position, f"{what}, not {new}")


def _multiple_sites(text: str) -> Iterator[Site]:
    for c in changes(text, _MULTIPLE_VERB):
        pair = _consistent(c, text)
        if c.change is not None or pair is None or pair[1] <= 0:
            continue
        stem = next(k for k in _MULTIPLES if c.verb.lower().startswith(k))
        ratio = pair[0] / pair[1]
        k = _MULTIPLES[stem]
        if abs(ratio - k) > 0.1 * k:
            continue
        new = _MULTIPLE_SWAP[stem] + c.verb[len(stem) :]
        if c.verb[0].isupper():
            new = new[0].upper() + new[1:]
        yield Site(
            c.verb_start,
            c.verb_end,
            new,
            "multiple-altered",
            f"the figures give a ratio of {ratio:.2f}, not {_MULTIPLES[_MULTIPLE_SWAP[stem]]}",
        )


@dataclass(frozen=True)
class ChangeSize:
    """A stated change (15 mln, 12 pct, 0.3 point, doubled) that the before and after deny."""

    phenomenon: str = "numbers.change-size"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        seen: set[int] = set()
        for c in [*changes(text), *up_from(text)]:
            site = _size_site(text, c)
            if site is not None and site.start not in seen:
                seen.add(site.start)
                yield site
        yield from _multiple_sites(text)


# --------------------------------------------------------------------------- bounds

_STAKE_AFTER = re.compile(
    r"(?:-owned\b|\s+(?:(?:voting|equity|controlling|minority|majority|direct|indirect|"
    r"beneficial|remaining|ownership|common|partnership|joint|shareholding|holding|"
    r"ordinary|outstanding|existing)\s+)?(?:stake|stakes|shareholding|holding|"
    r"interest\s+in|ownership|share\s+in)\b)"
)
_STAKE_BEFORE = re.compile(
    r"\b(?:stake|shareholding|holding)\s+(?:in\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}\s+)?"
    r"(?:to|of|at)\s+$"
)
#: A whole that a share of cannot exceed, and what may follow it without making it a ratio.
_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|all\s+|those\s+)?"
    r"(?:(?:outstanding|common|voting|issued|ordinary|total|popular|national|domestic|"
    r"world|U\.S\.|British|UK|adult|eligible|registered|company's|firm's|group's)\s+)?"
    r"(?:vote|votes|shares|stock|workforce|work\s+force|market|seats|voters|electorate|"
    r"population|respondents|employees|staff|workers|people|adults|households|company|"
    r"(?:those|people)\s+(?:polled|surveyed|questioned|asked|interviewed))"
    r"(?=\s*(?:$|[.,;:)\"]|\s(?:and|in|to|by|from|at|for|on|was|is|were|are|has|had|have|"
    r"which|that|who|held|he|she|it|they|said|or|with|of|cast|outstanding|last|this|"
    r"would|will|could|but|while|as|after|before|if|than|since|against|under)\b))"
)
_HOLD_VERB = re.compile(
    r"\b(?:owns|owned|own|owning|holds|held|hold|holding|controls|controlled|control|acquired|"
    r"acquire|acquiring|bought|buy|buying|sold|sell|selling|purchased|purchase)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|approximately|around|only|just|another|"
    r"an\s+additional|a\s+further|the\s+remaining|over|more\s+than)\s+)?$"
)
_FALLING = (
    r"sales|exports|imports|output|production|prices|price|shares|share\s+price|revenue|"
    r"revenues|turnover|orders|shipments|deliveries|volume|stocks|inventories|"
    r"dollar|pound|sterling|yen|mark|gold"
)
_FALL_BEFORE = re.compile(
    rf"\b(?:{_FALLING})\s+(?:(?:have|has|had|were|was|are|is|also|each|both)\s+)?"
    r"(?:fell|dropped|declined|slumped|plunged|slid|tumbled|decreased|dipped|slipped|"
    r"lost|shed|down|fallen|dropping|falling|declining|off)\s+"
    r"(?:(?:by|a\s+further|another|some|about|nearly|almost|roughly|around|over|"
    r"more\s+than|a\s+steep|a\s+sharp)\s+)?$",
    re.IGNORECASE,
)
_FALL_NOUN_AFTER = re.compile(
    r"\s+(?:fall|drop|decline|decrease|reduction|cut|slump|plunge)\s+in\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    rf"(?:[a-z]+\s+)?(?:{_FALLING})\b(?!\s+(?:growth|rise|increase|rate|rates|inflation))",
)
_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduced|reduces|reducing|slash|slashed|slashing|lower|"
    r"lowered|lowering|trim|trimmed|trimming)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?"
    r"(?:[a-z]+\s+)?(?:output|production|prices|workforce|staff|costs|spending|jobs|"
    r"imports|exports|capacity|payroll)\s+by\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+)?$"
)
_NOT_POINTS = re.compile(r"\s*(?:points?|percentage)\b")
#: What an owned share is of: a named company or its equity, never a quota or a target.
_OWNED = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?:<|[A-Z]|(?:company|firm|group|concern|venture|"
    r"subsidiary|partnership|airline|bank|equity|shares|stock)\b)"
)
#: Before a share, the words that make it a ratio to a base and not a part of a whole.
_RATIO_BEFORE = re.compile(
    r"\b(?:at|worth|equal\s+to|equivalent\s+to|than|exceed\w*|above|below|issue|issued|"
    r"issuing|new|additional|extra)\s+(?:(?:about|some|up\s+to|nearly)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PercentBounds:
    """A share of a whole above 100 pct, or a fall of a price or an amount of more than 100."""

    phenomenon: str = "numbers.percent-bounds"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        for a in amounts(text):
            if a.unit != "pct" or a.value <= 0 or a.value > 100:
                continue
            if _NOT_POINTS.match(text, a.end):
                continue
            before = text[max(0, a.start - 80) : a.start]
            new = _fmt(a.value + 100, a.numeral)
            if _STAKE_AFTER.match(text, a.end) or _STAKE_BEFORE.search(before):
                position, why = "stake", "a stake cannot exceed the whole company"
            elif _WHOLE.match(text, a.end) and not _RATIO_BEFORE.search(before):
                if a.value == 100 and not _HOLD_VERB.search(before):
                    continue
                position, why = "share-of-whole", "a share of a whole cannot exceed 100 pct"
            elif _HOLD_VERB.search(before) and _OWNED.match(text, a.end):
                position, why = "share-of-whole", "no one can hold more than all of something"
            elif a.value < 100 and (
                _FALL_BEFORE.search(before)
                or _CUT_BEFORE.search(before)
                or (
                    re.search(r"\b(?:a|an|the)\s+$", before) and _FALL_NOUN_AFTER.match(text, a.end)
                )
            ):
                position, why = "fall", "an amount cannot fall by more than all of it"
            else:
                continue
            yield figure_site(text, a.num_start, a.num_end, new, position, why)


# --------------------------------------------------------------------------- parts

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}  # fmt: skip
_WORD_OF = {v: k for k, v in _WORDS.items()}
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+|(?i:" + "|".join(_WORDS) + r"))"


def count_value(word: str) -> int | None:
    """A whole-number count written in figures or as a word ("12", "1,500", "twelve")."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return _WORDS.get(w)


def write_count(value: int, like: str) -> str:
    """A count written the way ``like`` is: as a word if it was one and can be, else figures."""
    if like.isalpha() and value in _WORD_OF and value <= 12:
        word = _WORD_OF[value]
        return word.capitalize() if like[0].isupper() else word
    return f"{value:,}" if "," in like or value >= 10000 else str(value)


#: After a number, the words that make it a measure or a time, not a count of things.
_UNCOUNTED = (
    r"(?:mln|million|bln|billion|bn|trillion|per|points?|stars?|goals?|runs?|games?|sets?|"
    r"months?|years?|days?|weeks?|hours?|minutes?|times|" + _UNIT_ALT + r")\b"
)
_NOT_COUNTED = rf"(?!{_UNCOUNTED})"
#: A plural noun (with up to three words before it) that a count of things ends on.
_PLURAL = (
    r"(?:[A-Za-z][\w.'&-]*\s+){0,3}?(?:[a-z][a-z'-]*[a-rt-z]s|people|men|women|children|"
    r"staff|police|personnel|crew|cattle)\b"
)
_INDEX_BEFORE = re.compile(
    r"(?:\b(?:No|no|Nos|Article|article|Section|section|Clause|clause|Chapter|chapter|"
    r"Rule|rule|page|Page|item|Item|point|paragraph|game|Game|round|Round|stage|Stage|"
    r"race|Race|day|Day|week|Week|hole|number|Number|category|Category|level|Level|"
    r"phase|Phase|Part|part|Book|book|Volume|volume|aged|age|ages|[A-Z][a-z]+)\.?\s+$)|[-/.,]$"
)
_OF_THE = re.compile(
    rf"\b(?P<part>{_COUNT})\s+(?:of\s+(?:the|its|their|his|her|our|these|those|"
    rf"the\s+[A-Z]?[\w.-]+'s)(?:\s+(?:top|first|last|biggest|largest|remaining|other))?|"
    rf"out\s+of(?:\s+every)?|of)\s+(?P<whole>{_COUNT})\s+{_NOT_COUNTED}"
    rf"(?!(?:or|to|and)\s+{_COUNT}\b)(?={_PLURAL})",
)
#: "each 1,000 dlrs of", "two in five of": a rate, not a part.
_RATE_BEFORE = re.compile(rf"(?:\b(?:each|every|per|a|an)|\b{_COUNT}\s+in)\s+$")
_AMOUNT_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+(?:total\s+|remaining\s+)?")
_OF_THE_FIRST = re.compile(
    rf"\bOf\s+(?:the|its|their|these|those)\s+(?P<whole>{_COUNT})\s+{_NOT_COUNTED}{_PLURAL},\s+"
    rf"(?P<part>{_COUNT})\s+(?=[a-z]){_NOT_COUNTED}"
)
_OF_WHICH = re.compile(r",\s+of\s+(?:which|whom)\s+")
_INCLUDING = re.compile(
    rf"\b(?P<whole>{_COUNT})\s+(?P<wnoun>[a-z]+),\s+including\s+(?P<part>{_COUNT})\s+"
    rf"(?:(?:[a-z]+\s+){{0,2}}?(?P<pnoun>[a-z]+s|people|men|women|children)\b|"
    rf"(?:in|at|from|on|of)\s)"
)
_GENERIC_WHOLE = {
    "people", "persons", "members", "employees", "workers", "passengers", "firms", "companies",
    "banks", "countries", "nations", "states", "groups", "players", "candidates", "seats",
    "votes", "jobs", "vehicles", "cars", "ships", "vessels", "aircraft", "planes",
}  # fmt: skip
#: Totals that may be made of gains and losses, so a part of them may be larger.
_NETTED = re.compile(
    r"\b(?:profit|profits|loss|losses|income|earnings|deficit|surplus|balance|net|result|"
    r"results|margin|change|gain|gains|shortfall)\b",
    re.IGNORECASE,
)


def _bigger(whole: float, rng: random.Random) -> int:
    """A count clearly above the whole: at least a quarter more, at least two more."""
    return int(whole + max(2, math.ceil(whole * rng.choice((0.25, 0.3, 0.4, 0.5)))))


@dataclass(frozen=True)
class PartWhole:
    """A part ("25 of the 40 members", "of which 20 mln") made larger than its whole."""

    phenomenon: str = "numbers.part-whole"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        yield from self._counts(story, text)
        yield from self._of_which(story, text)

    def _counts(self, story: Story, text: str) -> Iterator[Site]:
        found = []
        for m in _OF_THE.finditer(text):
            if _INDEX_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            found.append((m, "of-the"))
        for m in _OF_THE_FIRST.finditer(text):
            found.append((m, "of-the"))
        for m in _INCLUDING.finditer(text):
            wnoun, pnoun = m.group("wnoun").lower(), (m.group("pnoun") or "").lower()
            if wnoun != pnoun and wnoun not in _GENERIC_WHOLE:
                continue
            if _INDEX_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            if not wnoun.endswith("s") and wnoun not in _GENERIC_WHOLE:
                continue
            found.append((m, "including"))
        for m, position in found:
            part, whole = count_value(m.group("part")), count_value(m.group("whole"))
            if part is None or whole is None or not 1 < part <= whole:
                continue  # "one of the 12" names a single item: "15 of the 12" would not parse
            if any(
                1900 <= v <= 2030 and "," not in m.group(g)
                for v, g in ((whole, "whole"), (part, "part"))
            ):
                continue
            if _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            if _INDEX_BEFORE.search(text[max(0, m.start("whole") - 12) : m.start("whole")]):
                continue
            head = text[max(0, m.start("whole") - 30) : m.start("whole")]
            if _APPROX.search(head) or _APPROX.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            new = _bigger(whole, _rng(story, m.start("part")))
            yield figure_site(
                text,
                m.start("part"),
                m.end("part"),
                write_count(new, m.group("part")),
                position,
                f"a part of {new} cannot come from a whole of {whole}",
            )

    def _of_which(self, story: Story, text: str) -> Iterator[Site]:
        figures = amounts(text)
        by_end = {a.end: a for a in figures}
        pairs: list[tuple[Amount | None, Amount | None, str]] = []
        for m in _OF_WHICH.finditer(text):
            pairs.append((by_end.get(m.start()), amount_at(text, m.end()), "of-which"))
        for a in figures:
            m = _AMOUNT_OF.match(text, a.end)
            each = re.search(r"\b(?:each|every|per|a|an)\s+$", text[max(0, a.start - 8) : a.start])
            if m and (a.unit or a.has_scale) and not each:
                pairs.append((amount_at(text, m.end()), a, "of-the"))
        for whole, part, position in pairs:
            if whole is None or part is None or whole.approx or part.approx:
                continue
            if part.unit == "pct" or whole.unit == "pct" or not (part.unit or part.has_scale):
                continue
            if _NETTED.search(_sentence_around(text, whole.start, whole.end)[:200]):
                continue
            if not bare_ok(text, part) and not part.unit:
                continue
            pair = _pair(whole, part)
            if pair is None or not 0 < pair[1] < pair[0]:
                continue
            rng = _rng(story, part.start)
            scale = pair[1] / part.value
            new_total = pair[0] * (1 + rng.choice((0.25, 0.3, 0.4, 0.5)))
            new = new_total / scale
            written = _fmt(new, part.numeral)
            if part.decimals == 0 and new >= 10:
                written = f"{math.ceil(new):,}" if new >= 1000 else str(math.ceil(new))
            yield figure_site(
                text,
                part.num_start,
                part.num_end,
                written,
                position,
                "the part is larger than the total it is part of",
            )


# --------------------------------------------------------------------------- sums

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]?\s+(?=[A-Z\"'(<])|\n\s*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans: enough to keep a list of parts next to its total."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


#: After a total, the words that open the list of its parts.
_PARTS_AFTER_TOTAL = re.compile(
    r"(?:\s+[a-z][\w'-]*){0,6}?,?\s*(?:--|-|:|;|,?\s+(?:of\s+which|of\s+whom|comprising|"
    r"comprised|consisting\s+of|made\s+up\s+of|split\s+(?:between|among)|"
    r"divided\s+(?:between|among|into)|broken\s+down\s+into|including|with))\s"
)
#: Before a total, the words that make it the total of the figures in front of them.
_TOTAL_AFTER_PARTS = re.compile(
    r"(?:,\s+total|,?\s+(?:(?:for|making|bringing|giving|or)\s+)?(?:a\s+(?:combined\s+)?total\s+of|"
    r"totalling|totaling|in\s+all|altogether|a\s+combined)(?:\s+the\s+total\s+to)?)\s+$"
)
#: Cues after which the parts are the whole of the total, not some of it.
_CLOSED_CUE = re.compile(
    r"\b(?:comprising|comprised|consisting|made\s+up|split|divided|broken\s+down)\b"
)
_TOTAL_LEAD = re.compile(
    r"(?:\b(?:Of|of)\s+(?:the|this|a|its)\s+(?:total\s+(?:of\s+)?)?|\ba\s+total\s+of\s+|"
    r"\btotal(?:led|ed|ling|ing)?\s+|\btotal\s+of\s+)$"
)
#: Between parts, a comparison figure: the list is of two series (now and before).
_SERIES = re.compile(
    r"\b(?:from|against|versus|vs|compared\s+(?:with|to)|previously|up|down)\s+"
    r"(?:a\s+|an\s+|the\s+|revised\s+)?[$£]?\d"
)
_NEXT_OF_THESE = re.compile(
    r"\s*(?:Of\s+(?:these|them|those|this|the\s+total|this\s+total|that)\b|"
    r"(?:They|This|These|The\s+total)\s+(?:comprised|included|consisted|were\s+made\s+up))"
)
_SHARES_100 = re.compile(
    r"\b(?:vote|votes|stake|stakes|owns|owned|own|holds|held|hold|share|shares|split|"
    r"shareholding|interest)\b",
    re.IGNORECASE,
)


#: What a share is of or in ("of Foo", "stake in the Bar field", "in 1986"), to tell wholes apart.
_SHARE_OF = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:of|in)\s+((?:(?:the|a|an|its|their)\s+)?[\w<>.&'-]+)"
)


def _exact_sum(values: list[float], total: float) -> bool:
    return abs(sum(values) - total) <= 1e-9 * max(1.0, abs(total))


@dataclass(frozen=True)
class SumMismatch:
    """Parts that added up exactly to their stated total, one of them altered."""

    phenomenon: str = "numbers.sum-mismatch"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        spans = sentences(text)
        seen: set[int] = set()
        for i, (lo, hi) in enumerate(spans):
            figures = [a for a in amounts(text[lo:hi]) if not _looks_like_year(a)]
            nxt = spans[i + 1] if i + 1 < len(spans) else (hi, hi)
            for site in self._sentence(story, text, lo, hi, figures, nxt):
                if site.start not in seen:
                    seen.add(site.start)
                    yield site

    def _sentence(
        self,
        story: Story,
        text: str,
        lo: int,
        hi: int,
        figures: list[Amount],
        nxt: tuple[int, int],
    ) -> Iterator[Site]:
        shifted = [_shift(a, lo) for a in figures]
        for k, total in enumerate(shifted):
            if total.unit == "pct" or total.approx:
                continue
            # total first: "T, of which A and B" / "Of the T, A ... and B ..."
            cue = _PARTS_AFTER_TOTAL.match(text, total.end)
            lead = _TOTAL_LEAD.search(text[max(lo, total.start - 30) : total.start])
            if cue and cue.end() <= hi:
                parts = [a for a in shifted[k + 1 :] if a.start >= cue.end()]
                closed = bool(_CLOSED_CUE.search(cue.group()))
                yield from self._plant(story, text, total, parts, "total-first", closed)
            elif lead:
                parts = shifted[k + 1 :]
                if not parts and _NEXT_OF_THESE.match(text, nxt[0]):
                    parts = [_shift(a, nxt[0]) for a in amounts(text[nxt[0] : nxt[1]])]
                    parts = [a for a in parts if not _looks_like_year(a)]
                yield from self._plant(story, text, total, parts, "total-first", False)
            # parts first: "A and B, a total of T"
            if _TOTAL_AFTER_PARTS.search(text[max(lo, total.start - 40) : total.start]):
                yield from self._plant(story, text, total, shifted[:k], "total-after")
        pcts = [a for a in shifted if a.unit == "pct"]
        if len(pcts) >= 2 and _SHARES_100.search(text[lo:hi]):
            yield from self._over_100(story, text, pcts, shifted)

    def _plant(
        self,
        story: Story,
        text: str,
        total: Amount,
        parts: list[Amount],
        position: str,
        closed: bool = True,
    ) -> Iterator[Site]:
        """Plant in the shortest run of parts next to the total that adds up to it exactly.

        ``parts`` run away from the total (forwards after it, backwards before it); a figure
        in another unit ends the run, so only one list is ever read. Under an open cue
        ("including", "of which", a dash, "Of the T, ...") the parts may be only some of the
        whole, so a part is only ever made larger: parts that pass their total are wrong
        whatever else the whole holds, parts that fall short of it are not.
        """
        if position == "total-after":
            parts = parts[::-1]
        run: list[tuple[Amount, float]] = []
        t = total.value * total.scale
        for a in parts:
            if a.unit == "pct":
                continue
            pair = _pair(total, a)
            if pair is None or a.approx or pair[1] <= 0 or pair[1] >= t:
                return
            if not (a.unit or a.has_scale or bare_ok(text, a)):
                return
            if total.has_scale and not a.has_scale and a.unit and not a.grouped:
                return  # "10 dlrs" beside "56 mln dlrs" is a price, not a part
            run.append((a, pair[1]))
            if len(run) >= 2 and _exact_sum([v for _, v in run], t):
                break
        else:
            return
        if position == "total-after":
            run = run[::-1]
        figures = [a for a, _ in run]
        values = [v for _, v in run]
        if _SERIES.search(text[figures[0].start : figures[-1].end]):
            return  # "A, against X, and B, against Y": two series, not one list
        rng = _rng(story, total.start)
        idx = rng.randrange(len(figures))
        part, value = figures[idx], values[idx]
        scale = value / part.value
        step = 10.0 ** (-part.decimals)
        delta = max(round(part.value * rng.choice((0.2, 0.25, 0.3)) / step) * step, 2 * step)
        down = rng.random() < 0.5 and part.value - delta > 0 and closed
        new = part.value - delta if down else part.value + delta
        written = _fmt(new, part.numeral)
        new_sum = sum(values) - value + float(written.replace(",", "")) * scale
        if abs(new_sum - t) < 2 * step * scale:
            return
        yield figure_site(
            text,
            part.num_start,
            part.num_end,
            written,
            position,
            f"the parts now add up to {_fmt(new_sum / total.scale, total.numeral)}, "
            f"not the {total.numeral} stated",
        )

    def _over_100(
        self, story: Story, text: str, pcts: list[Amount], figures: list[Amount]
    ) -> Iterator[Site]:
        """Shares of one whole that sum to exactly 100: one made larger, the sum passes 100."""
        if len(pcts) > 5 or any(a.approx for a in pcts):
            return
        if not _exact_sum([a.value for a in pcts], 100.0) or any(a.value >= 100 for a in pcts):
            return
        owners = {m.group(1).lower() for a in pcts if (m := _SHARE_OF.match(text, a.end))}
        if len(owners) > 1:
            return  # "51 pct of A and 49 pct of B": shares of two wholes
        between = text[pcts[0].end : pcts[-1].end]
        if re.search(
            r"\b(?:from|to|against|versus|vs|compared|rose|fell|up|down|rise|fall)\b", between
        ):
            return
        rng = _rng(story, pcts[0].start)
        part = pcts[rng.randrange(len(pcts))]
        step = 10.0 ** (-part.decimals)
        delta = max(5.0, round(part.value * 0.25 / step) * step)
        written = _fmt(part.value + delta, part.numeral)
        yield figure_site(
            text,
            part.num_start,
            part.num_end,
            written,
            "shares-over-100",
            f"the shares of one whole now add up to {100 + delta:g} pct",
        )


def _shift(a: Amount, offset: int) -> Amount:
    return Amount(
        **{
            **a.__dict__,
            "start": a.start + offset,
            "end": a.end + offset,
            "num_start": a.num_start + offset,
            "num_end": a.num_end + offset,
        }
    )


# --------------------------------------------------------------------------- counts

_CAP = r"(?:(?:[A-Z]\.){2,}|(?:Inc|Corp|Co|Ltd|Jr|Sr|LLC|Bros|St|Mt)\.|[A-Z][\w&'-]*)"
_ITEM = (
    rf"(?:the\s+)?{_CAP}(?:(?:\s+(?:of|de|la|du|van|von|der|y|for|&))*\s+(?:{_CAP}|\([A-Z.]+\)))*"
)
_COUNTED_NOUN = (
    r"(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|times|seasons|pct|"
    r"points|dollars|dlrs|cents|tonnes|miles|shares|votes|seats|goals)\b)[a-z][a-z-]*s|"
    r"men|women|children|people"
)
_LIST_INTRO = re.compile(
    r"(?<![\w-])(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
    rf"\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?P<noun>{_COUNTED_NOUN})"
    r"(?P<sep>\s*:\s+|,\s+|\s+--\s+|\s+-\s+)"
)
_LIST_END = re.compile(
    r"(?=\s*(?:[,.;:)!?]|--|\s-\s|$)|\s+(?:were|are|have|has|had|will|would|could|can|may|"
    r"might|should|must|said|say|says|agreed|remain|remained|accounted|account|held|hold|"
    r"own|owned|control|joined|also|both|each|together|all|which|who|that)\b)"
)
_COUNTRIES = (
    "Britain France Japan Italy Canada Spain Brazil Mexico India Australia Sweden Norway "
    "Belgium Austria Denmark Portugal Greece Turkey Argentina Chile Egypt Kenya Nigeria "
    "Indonesia Malaysia Thailand Singapore Switzerland Finland Ireland Poland Hungary "
    "Venezuela Colombia Peru Pakistan Iran Iraq Kuwait Israel China Germany Russia "
    "Netherlands Philippines Taiwan"
).split()
_PEOPLE_NOUNS = {
    "sons", "daughters", "children", "brothers", "sisters", "men", "women", "people",
    "candidates", "players", "ministers", "directors", "executives", "officials", "members",
    "finalists", "leaders", "partners", "founders", "managers", "judges", "senators",
    "suspects", "defendants", "hostages", "victims", "nominees", "contenders", "analysts",
    "friends", "barristers", "lawyers", "doctors", "soldiers", "workers", "journalists",
    "presidents", "chairmen", "bankers", "economists", "politicians", "actors", "singers",
}  # fmt: skip
_GIVEN_MEN = "Daniel Peter James Thomas Robert Michael".split()
_GIVEN_WOMEN = "Maria Anna Sarah Laura Helen Claire".split()
_MALE = {"sons", "brothers", "men"}
_FEMALE = {"daughters", "sisters", "women"}
_SURNAMES = "Walker Bennett Hughes Carter Foster Morgan Palmer Fisher Reid Sutton".split()
_COMPANY_SUFFIX = re.compile(r"\s(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Bank)\.?$")
_COMPANY_HEADS = "Allied Consolidated Northern Pacific Continental Standard Union Atlas".split()


def _split_items(text: str, start: int) -> tuple[list[tuple[int, int]], int] | None:
    """The spans of the items of a list "A, B and C" that starts at ``start``, and its end."""
    item = re.compile(_ITEM)
    spans: list[tuple[int, int]] = []
    pos = start
    while True:
        m = item.match(text, pos)
        if not m:
            return None
        spans.append(m.span())
        pos = m.end()
        sep = re.compile(r",\s+(?=(?:the\s+)?[A-Z])").match(text, pos)
        last = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?=(?:the\s+)?[A-Z])").match(text, pos)
        if last:
            m = item.match(text, last.end())
            if not m:
                return None
            spans.append(m.span())
            return spans, m.end()
        if not sep:
            return None
        pos = sep.end()


def _added_item(text: str, items: list[str], noun: str, rng: random.Random) -> str | None:
    """An item of the same kind as the listed ones that the story does not name."""
    bare = [re.sub(r"^the\s+", "", i) for i in items]
    if all(i in _COUNTRIES or i in ("U.S.", "United States", "Soviet Union") for i in bare):
        pool = [c for c in _COUNTRIES if c not in text]
    elif all(_COMPANY_SUFFIX.search(i) for i in bare):
        suffix = _COMPANY_SUFFIX.search(bare[-1]).group(0)
        pool = [f"{h} Industries{suffix}" for h in _COMPANY_HEADS if h not in text]
    elif noun in _MALE | _FEMALE and all(re.fullmatch(r"[A-Z][a-z]+", i) for i in bare):
        pool = [g for g in (_GIVEN_MEN if noun in _MALE else _GIVEN_WOMEN) if g not in text]
    elif noun in _PEOPLE_NOUNS and all(
        re.fullmatch(r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+)+", i) for i in bare
    ):
        given = _GIVEN_MEN if noun not in _FEMALE else _GIVEN_WOMEN
        pool = [f"{g} {s}" for g, s in zip(given, _SURNAMES, strict=False) if s not in text]
    else:
        return None
    return rng.choice(pool) if pool else None


@dataclass(frozen=True)
class CountMismatch:
    """A number that introduces a list ("three companies: A, B and C") no longer its length."""

    phenomenon: str = "numbers.count-mismatch"
    family: str = "numbers"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        for m in _LIST_INTRO.finditer(text):
            count = count_value(m.group("count"))
            parsed = _split_items(text, m.end())
            if count is None or parsed is None:
                continue
            spans, end = parsed
            if len(spans) != count or not _LIST_END.match(text, end):
                continue
            if text[end : end + 2] == "'s" or "\n" in text[m.start() : end]:
                continue
            sep = m.group("sep").strip()
            if sep in ("--", "-") and not re.match(rf"\s*{re.escape(sep)}|\s*[.;]|$", text[end:]):
                continue  # a list opened by a dash closes with one, or ends the sentence
            items = [text[a:b] for a, b in spans]
            if len(set(items)) != len(items):
                continue
            lo, hi = spans[0][0], spans[-1][1]
            last_join = text[spans[-2][1] : spans[-1][0]]
            oxford = last_join.startswith(",")
            conj = "as well as" if "as well as" in last_join else "and"
            rng = _rng(story, lo)
            if count >= 3:
                drop = rng.randrange(count)
                kept = items[:drop] + items[drop + 1 :]
                yield Site(
                    lo,
                    hi,
                    _join(kept, conj, oxford),
                    "item-dropped",
                    f"{m.group('count')} {m.group('noun')} announced, {count - 1} listed",
                )
            extra = _added_item(text, items, m.group("noun"), rng)
            if extra is not None:
                grown = items[:-1] + [extra, items[-1]]
                yield Site(
                    lo,
                    hi,
                    _join(grown, conj, oxford),
                    "item-added",
                    f"{m.group('count')} {m.group('noun')} announced, {count + 1} listed",
                )


def _join(items: list[str], conj: str, oxford: bool) -> str:
    if len(items) == 1:
        return items[0]
    head = ", ".join(items[:-1])
    return f"{head}{',' if oxford and len(items) > 2 else ''} {conj} {items[-1]}"


# --------------------------------------------------------------------------- repeats

#: Figures that change as a story goes on, where two values are an update, not a mistake.
_RUNNING = re.compile(
    r"\b(?:toll|dead|death|deaths|died|killed|kill|injured|wounded|missing|casualties|"
    r"victims|cases|confirmed|arrested|evacuated|homeless|survivors|bodies|rescued|"
    r"index|yield|yields|futures|rate|rates|dollar|sterling|currency|exchange|closing|closed|"
    r"opened|trading|traded|quoted|settled|unchanged)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_VERSUS_BEFORE = re.compile(
    r"(?:\b(?:vs|versus|against|compared\s+with|compared\s+to|budgeted|forecast|expected|"
    r"estimated|target)\s+(?:\w+\s+)?|\bfrom\s+(?:a\s+)?(?:revised\s+|record\s+)?)$",
    re.IGNORECASE,
)
_AS_CHANGE = re.compile(
    r"\b(?:by|rose|fell|up|down|gained|lost|increased|decreased|dropped|climbed|jumped|"
    r"declined|rise|fall|increase|decrease|drop|gain|cut|added|shed|reached|reach|hit|"
    r"grew|widened|narrowed|surged|slipped|eased|risen|fallen|swelled|soared|"
    r"plunged|now)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Races, laps and heats: two equal times or scores are two results, not one.
_RESULTS = re.compile(
    r"\b(?:race|races|lap|laps|heat|heats|seconds|secs|clocked|finished|wickets|goals)\b",
    re.IGNORECASE,
)
#: When a figure is for: two mentions naming different periods are two quantities.
_PERIOD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d(?:/\d\d)?|(?:this|last|next|previous|prior)\s+"
    r"(?:year|month|week|quarter)|(?:first|second|third|fourth)\s+(?:quarter|half)|"
    r"year-earlier|year-ago|a\s+year\s+(?:ago|earlier))\b"
)
#: One mention an item of an account, the other the account's total: a total may differ
#: from its item ("a surplus in the securities item of ... 11.17 billion" and "the account in
#: total showed a surplus of 11.17 billion" are two measures that happen to agree).
_ACCOUNT_ITEM = re.compile(
    r"\b(?:item|items|component|components|portion|sub-?total)\b", re.IGNORECASE
)
_ACCOUNT_TOTAL = re.compile(r"\b(?:in\s+total|total|overall|combined)\b", re.IGNORECASE)
#: A named series ("M1", "M-3"): two of them at one value are two figures.
_SERIES_LABEL = re.compile(r"\b[A-Z]-?\d\b")
#: Pairs of head nouns that measure opposite things: one of each is never the same figure.
_OPPOSITES = (
    {"deficit", "surplus"},
    {"profit", "loss"},
    {"export", "import"},
    {"income", "loss"},
    {"gain", "loss"},
    {"sale", "purchase"},
)
_NOT_OWNER = set(
    """The A An In On At It Its He She They This That Of For But And Or As By With From To
    Mr Mrs Ms Dr Sir Lord Lady Reuters BBC Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)
#: What a repeated figure measures, when both mentions name it: the one quantity.
_MEASURED_WORDS = (
    """profit net loss income earnings revenue revenues sale sales turnover deficit surplus
    debt debts offer bid charge charges writedown write-down gain dividend payment fine
    compensation contract deal loan loans credit budget spending investment reserves asset
    assets capital export exports import imports output production crop harvest stake cost
    costs value acquisition purchase package bill fund aid subsidy subsidies tax jobs
    workforce employee employees order orders bonus salary pay award damages settlement
    shortfall borrowing borrowings bond bonds tender quota claim claims provision provisions
    liabilities liability takeover merger financing facility program programme plan revs
    """
).split()


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_MEASURED = {_stem(w) for w in _MEASURED_WORDS}
#: Market reports and price lists: the same figure there is often two different prices.
_QUOTES = re.compile(
    r"\b(?:a|per)\s+(?:barrel|tonne|ton|pound|ounce|bushel|lb|kilo)\b|\bFOB\b|\bCIF\b|"
    r"\btimes\s+New\s+York\b|\bbid\s*/|\boffered\b",
    re.IGNORECASE,
)


def _significant(numeral: str) -> int:
    digits = numeral.replace(",", "").replace(".", "").lstrip("0")
    if "." not in numeral:
        digits = digits.rstrip("0")
    return len(digits)


def _tight(text: str, a: Amount) -> str:
    """The few words of a figure's own clause on either side: its noun, its period."""
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    line_end = len(text) if line_end < 0 else line_end
    before = re.split(r"[.;:,()]\s|\s--\s", text[max(line_start, a.start - 60) : a.start])[-1]
    after = re.split(r"[.;:,()]\s|\s--\s", text[a.end : min(line_end, a.end + 40)])[0]
    m = re.search(r"(?:\S+\s+){0,4}$", before)
    n = re.match(r"(?:\s*\S+){0,4}", after)
    return (m.group() if m else "") + a.text + (n.group() if n else "")


def _nouns(text: str, a: Amount) -> set[str]:
    """The content words just before and after a figure: what it measures."""
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, a.start - 60) : a.start]
    after = text[a.end : min(line_end, a.end + 30)]
    clause_b = re.split(r"[.;:()]|\s--\s", before)[-1]
    clause_a = re.split(r"[.;:,()]|\s--\s", after)[0]
    words = _WORD.findall(clause_b)[-4:] + _WORD.findall(clause_a)[:3]
    return {_stem(w) for w in words if _stem(w) in _MEASURED}


def _near(text: str, a: Amount, before: int = 80, after: int = 40) -> str:
    """The words of a figure's own sentence next to it: what it is, whose, and when."""
    lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start)) + 1
    his = [h for h in (text.find(". ", a.end), text.find("\n", a.end)) if h >= 0]
    hi = min(his) if his else len(text)
    near = text[max(lo, a.start - before) : min(hi, a.end + after)]
    line = text[text.rfind("\n", 0, a.start) + 1 : a.start]
    return "#" + near if line.startswith("# ") else near


def _owners(clause: str) -> set[str]:
    """The names in a clause before its figure: whose figure it is (Ford's or GM's)."""
    if clause.startswith("#"):
        return set()  # a headline's capitals are its style, not names
    clause = re.sub(r"\b[A-Z][\w&-]*\s+(?:said|says|told|added|noted)\b", "", clause)
    words = re.findall(r"\b([A-Z][\w&-]*[a-z][\w&-]*)", clause)
    period = set(_PERIOD.findall(clause))
    return {w.lower() for w in words if w not in _NOT_OWNER and w not in period}


def _altered(a: Amount, rng: random.Random) -> str | None:
    """The figure with its second significant digit moved by 2 to 4: a clear difference."""
    numeral = a.numeral
    if "/" in numeral:
        return None
    digits = [i for i, ch in enumerate(numeral) if ch.isdigit()]
    first = next((i for i in digits if numeral[i] != "0"), None)
    if first is None:
        return None
    later = [i for i in digits if i > first]
    if not later:
        return None
    pos = later[0]
    d = int(numeral[pos])
    step = rng.choice((2, 3, 4))
    new_d = d + step if d + step <= 9 else d - step
    if new_d < 0:
        return None
    return numeral[:pos] + str(new_d) + numeral[pos + 1 :]


@dataclass(frozen=True)
class FigureMismatch:
    """One of two mentions of the same figure (value, unit, what it measures) changed."""

    phenomenon: str = "contradictions.figure-mismatch"
    family: str = "contradictions"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        body = text.find("\n---\n", 3) + 5 if text.startswith("---\n") else 0
        groups: dict[tuple, list[Amount]] = {}
        for a in amounts(text[body:]):
            a = _shift(a, body)
            key = self._key(text, a)
            if key is not None:
                groups.setdefault(key, []).append(a)
        for mentions in groups.values():
            if len(mentions) < 2:
                continue
            if any(_AS_CHANGE.search(text[max(0, m.start - 25) : m.start]) for m in mentions):
                continue  # "rose by 5.4 billion" and "a 5.4 billion surplus" are two quantities
            first, last = mentions[0], mentions[-1]
            if _sentence_around(text, first.start, first.end) == _sentence_around(
                text, last.start, last.end
            ):
                continue  # one sentence naming a figure twice is a list of like things
            if any(_VERSUS_BEFORE.search(text[max(0, m.start - 25) : m.start]) for m in mentions):
                continue  # "78.10 mln, vs 78.10 mln last month": two periods, one value
            shared = _nouns(text, first) & _nouns(text, last)
            if not shared and not all(self._distinctive(text, m) for m in mentions):
                continue
            around = [_sentence_around(text, m.start, m.end) for m in mentions]
            if any(_RUNNING.search(t) or _QUOTES.search(t) or _RESULTS.search(t) for t in around):
                continue
            if not self._one_quantity(text, first, last, around[0], around[-1]):
                continue
            in_headline = text[text.rfind("\n", 0, first.start) + 1 :].startswith("# ")
            rng = _rng(story, last.start)
            target = first if in_headline and rng.random() < 0.5 else last
            new = _altered(target, rng)
            if new is None:
                continue
            value = float(new.replace(",", ""))
            if any(abs(b.value - value) < 1e-9 for b in amounts(text)):
                continue
            yield figure_site(
                text,
                target.num_start,
                target.num_end,
                new,
                "headline" if target is first and in_headline else "later-mention",
                f"the story gives this {min(shared, default='same')} figure as {target.numeral} "
                "elsewhere",
            )

    @staticmethod
    def _one_quantity(text: str, first: Amount, last: Amount, s1: str, s2: str) -> bool:
        """Whether a copy editor would read both mentions as one measured thing.

        The same value can be a January deficit and a December surplus, two companies'
        profits, or an account's item and its total: the mentions must not name opposite
        things, different periods, different owners, or a part against a whole.
        """
        c1, c2 = _tight(text, first), _tight(text, last)
        w1 = {_stem(w) for w in _WORD.findall(c1)}
        w2 = {_stem(w) for w in _WORD.findall(c2)}
        if any(
            len(pair & w1) == 1 and len(pair & w2) == 1 and pair & w1 != pair & w2
            for pair in _OPPOSITES
        ):
            return False
        p1 = {w.lower() for w in _PERIOD.findall(c1)}
        p2 = {w.lower() for w in _PERIOD.findall(c2)}
        if p1 and p2 and not p1 & p2:
            return False
        if any(re.match(r"(?:year-|a\s+year|previous|prior)", p) for p in p1 | p2):
            return False
        l1, l2 = set(_SERIES_LABEL.findall(s1)), set(_SERIES_LABEL.findall(s2))
        if l1 and l2 and l1 != l2:
            return False
        n1, n2 = _near(text, first), _near(text, last)
        for a, b in ((n1, n2), (n2, n1)):
            if _ACCOUNT_ITEM.search(a) and _ACCOUNT_TOTAL.search(b) and not _ACCOUNT_ITEM.search(b):
                return False
        o1, o2 = _owners(_near(text, first, 50, 0)), _owners(_near(text, last, 50, 0))
        return not (o1 and o2 and not o1 & o2)

    @staticmethod
    def _distinctive(text: str, a: Amount) -> bool:
        """A figure of four or more digits that is not a price: one figure without its noun."""
        if _significant(a.numeral) < 4 or a.unit == "pct":
            return False
        if re.search(r"\b(?:at|price\s+of)\s+$", text[max(0, a.start - 12) : a.start]):
            return False
        return not re.match(r"\s+(?:a|per|each)\b", text[a.end :])

    def _key(self, text: str, a: Amount) -> tuple | None:
        if _looks_like_year(a) or a.approx or "/" in a.numeral:
            return None
        if _significant(a.numeral) < 3 and not (a.decimals and a.has_scale):
            return None  # "12 pct" or "5 mln" twice may well be two different figures
        unit = a.unit
        if not unit:
            if a.has_scale:
                unit = ""
            else:
                m = re.match(r"\s+(?!times\b)([a-z]+s)\b", text[a.end :])
                before = text[max(0, a.start - 2) : a.start]
                if not m or re.search(r"[A-Za-z]\s$", before) and text[a.start - 2].isupper():
                    return None
                unit = m.group(1)
        if re.search(r"[A-Z][\w-]*\s$|No\.\s$|#$", text[max(0, a.start - 20) : a.start]):
            if not (a.unit or a.has_scale):
                return None
        return (round(a.value * a.scale, 6), unit)


MUTATORS = (
    ChangeDirection(),
    ChangeSize(),
    PercentBounds(),
    PartWhole(),
    SumMismatch(),
    CountMismatch(),
    FigureMismatch(),
)

#: Every number phenomenon has a shape that can be planted unambiguously; none is left out.
NOT_PLANTED: dict[str, str] = {}
