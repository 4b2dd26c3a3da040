"""Figures with their unit, currency and scale, read the way a copy editor reads them.

"US$75bn", "€1.2 trillion", "15 per cent", "27.5%", "3.4 million", "a dozen" and
"two-thirds" all become one record with a normalised ``value``, so rules compare
figures instead of strings. Numbers that belong to a date ("January 20, 2025") are
left to the date analysis.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

import regex

from newslint.claims import once_per_document
from newslint.claims.dates import extract_dates
from newslint.lazyre import lazy_compile, match_at

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS, start=1)}
WORD_VALUES.update({w: float(10 * i) for i, w in enumerate(_TENS, start=2)})
WORD_VALUES.update({"zero": 0.0, "dozen": 12.0, "a dozen": 12.0, "a hundred": 100.0})
WORD_VALUES.update({"hundred": 100.0, "one hundred": 100.0})
_FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_FRACTION_PARTS.update({"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10})
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trn": 1e12,
    "tn": 1e12,
}
CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "INR")
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "u.s. dlrs": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "swiss francs": "CHF",
}


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_NUMBER = (
    rf"(?:{_alt(_TENS)})(?:[- ](?:{_alt(_UNITS[:9])}))?"
    rf"|(?:{_alt(_UNITS[:4] + ['a'])})[- ](?:{_alt(list(_FRACTION_PARTS))})"
    rf"|(?:{_alt([w for w in WORD_VALUES if not w.startswith(tuple(_TENS))])})"
    r"|a(?=[ ](?:thousand|million|billion|trillion)\b)"
)
_QUANTITY = lazy_compile(
    rf"""
    (?P<neg>(?<![\w.,%-])[-−](?=[$€£¥\d]))?
    (?P<cur>{_alt(list(CURRENCY_SIGNS))}|(?<![\w-])(?:{_alt(list(CURRENCY_CODES))})[ ]?)?
    (?:
      (?<![\w.,:/]|[\p{{L}}][-‐])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![,.]?\d)|\d+(?:\.\d+)?)
      | (?<![\w-])(?P<word>(?i:{_WORD_NUMBER}))
    )
    (?:
      (?:[ ](?P<scale>(?i:thousand|million|billion|trillion)|mln|bln|trn))
      | (?P<sscale>bn|mn|tn|m|b|k)
    )?
    (?![\w]|[.,:/]\d|[-‐]\p{{L}})
    (?:
      [ ]?(?P<pct>%|(?i:per[ -]?cent|percent|pct)(?![\w-]))
      | [ ](?P<pp>percentage[ -]points?|(?i:basis[ ]points?))(?![\w-])
      | [ ](?P<curw>{_alt(list(CURRENCY_WORDS))})(?![\w-])
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_WORD_STARTS = frozenset([w.split()[0] for w in WORD_VALUES] + ["a", "one", "two", "three", "four"])
# A sign or currency written before the digits: "-5%", "$2", "US$75bn", "EUR 5".
_LEAD = lazy_compile(
    rf"(?:[-−]?(?:{_alt(list(CURRENCY_SIGNS))}|(?:{_alt(list(CURRENCY_CODES))})[ ]?)|[-−])$"
)
# Words after a bare number that make it a count of things rather than a measure.
_NOT_NOUNS = frozenset(
    """a an and are as at be but by for from in into is it of on or per than that the
    to was were which while who will with would has had have times""".split()
)
_WORD = lazy_compile(r"[ \t]+([a-z][a-z’'-]*)")
_RANGE_GAP = lazy_compile(r"\s*(?:-|–|to)\s*")


@dataclass(frozen=True)
class Quantity:
    """A figure as written, with its normalised value.

    ``kind`` is percent, money, count or number; ``unit`` is "%" (or "pp" for
    percentage points) for percents and an ISO code for money; ``scale`` is the
    scale word as written ("bn", "million"); ``value`` includes the scale.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    kind: str
    scale: str | None


@once_per_document
def extract_quantities(doc: Any) -> list[Quantity]:
    """Return the quantities of a document's prose, sorted by start, dates excluded."""
    prose = doc.prose
    date_starts = [d.start for d in extract_dates(doc)]
    out: list[Quantity] = []
    end = -1
    # NOTE: the pattern is tried only at number tokens and number words (reaching back
    # over a currency sign), never at every character: that keeps it cheap.
    for tok in doc.tokens:
        if tok.start < end or not _may_start(tok):
            continue
        m = _match_at(prose, tok.start)
        if m is None:
            continue
        end = m.end()
        if _inside_date(m.start(), m.end(), extract_dates(doc), date_starts):
            continue
        quantity = _build(m, prose)
        if quantity is not None:
            out.append(quantity)
    return _share_units(out, prose)


def _may_start(tok: Any) -> bool:
    return tok.kind == "number" or tok.text.lower().split("-")[0] in _WORD_STARTS


def _match_at(prose: str, start: int) -> regex.Match | None:
    lead = _LEAD.search(prose, max(0, start - 8), start)
    if lead is not None and lead.start() < start:
        m = _QUANTITY.match(prose, lead.start())
        if m is not None and m.end() > start:
            return m
    return match_at(_QUANTITY, prose, start)


def _inside_date(start: int, end: int, dates: list[Any], starts: list[int]) -> bool:
    i = bisect_left(starts, end) - 1
    return i >= 0 and dates[i].end > start


def _build(m: regex.Match, prose: str) -> Quantity | None:
    g = m.groupdict()
    scale_word = g["scale"] or g["sscale"]
    sign = g["cur"] or ""
    if g["sscale"] and g["sscale"].lower() in ("m", "b", "k") and not sign:
        return None  # "5m" may be five metres; only "$5m" is money
    value = _number_value(g["num"], g["word"])
    if value is None:
        return None
    if scale_word:
        value *= SCALES[scale_word.lower()]
    if g["neg"]:
        value = -value
    unit, kind = _unit(g)
    if kind == "number" and _is_count(prose, m.end()):
        kind = "count"
    return Quantity(m.start(), m.end(), m.group(), value, unit, kind, scale_word)


def _number_value(digits: str | None, word: str | None) -> float | None:
    if digits:
        return float(digits.replace(",", ""))
    word = " ".join(word.lower().replace("-", " ").split())
    if word in WORD_VALUES:
        return WORD_VALUES[word]
    if word == "a":
        return 1.0
    head, _, tail = word.rpartition(" ")
    if tail in _FRACTION_PARTS:
        count = 1.0 if head in ("a", "one") else WORD_VALUES.get(head, 1.0)
        return count / _FRACTION_PARTS[tail]
    if head in WORD_VALUES and tail in WORD_VALUES:
        return WORD_VALUES[head] + WORD_VALUES[tail]
    return None


def _unit(g: dict[str, Any]) -> tuple[str | None, str]:
    if g["pct"]:
        return "%", "percent"
    if g["pp"]:
        return "pp", "percent"
    sign = (g["cur"] or "").strip()
    if sign:
        return CURRENCY_SIGNS.get(sign, sign.upper()), "money"
    if g["curw"]:
        return CURRENCY_WORDS[" ".join(g["curw"].lower().split())], "money"
    return None, "number"


def _is_count(prose: str, end: int) -> bool:
    m = match_at(_WORD, prose, end)
    return bool(m) and m.group(1) not in _NOT_NOUNS


def _share_units(quantities: list[Quantity], prose: str) -> list[Quantity]:
    """Let both ends of a range carry the unit written once: "4.2 to 3.9%", "$5-6"."""
    out = list(quantities)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _RANGE_GAP.fullmatch(prose, a.end, b.start) or (a.unit is None) == (b.unit is None):
            continue
        if a.unit is None and a.scale is None and b.kind in ("percent", "money"):
            out[i] = Quantity(a.start, a.end, a.text, a.value, b.unit, b.kind, a.scale)
        elif b.unit is None and a.kind == "money":
            out[i + 1] = Quantity(b.start, b.end, b.text, b.value, a.unit, a.kind, b.scale)
    return out


_NUMERAL = lazy_compile(r"\d[\d,]*(?:\.\d+)?")


def within_rounding(a: Any, b: Any) -> bool:
    """Tell whether two figures are one value once the less precise one's rounding is allowed.

    "274.5 mln" and "274.50 mln" agree, and so do "3,000" and "3,040"; "274.5" and "294.5"
    do not. The tiny margin keeps binary fractions from parting equal decimals.
    """
    step = max(written_step(a), written_step(b)) / 2
    return abs(a.value - b.value) <= step * (1 + 1e-9)


def written_step(q: Any) -> float:
    """Return a figure's last written digit's worth ("3,000": a thousand, "3.04": 0.01)."""
    m = _NUMERAL.search(q.text)
    if m is None:
        return abs(q.value) * 0.01 or 1.0
    numeral = m.group(0).replace(",", "")
    written = float(numeral)
    mult = q.value / written if written else 1.0
    if "." in numeral:
        return 10.0 ** -len(numeral.split(".")[1]) * mult
    zeros = len(numeral) - len(numeral.rstrip("0"))
    return 10.0 ** min(zeros, len(numeral) - 1) * mult
