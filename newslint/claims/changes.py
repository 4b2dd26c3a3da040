"""Changes a story states: a figure that moved from one value to another, and the word for it.

"Inflation slowed to 2.2% in July from 2.1% in June" is one claim: an old figure, a
new one, and a verb that says which way it went. Reading those claims once, the same
way for every rule, lets one rule judge the direction and another the size ("nearly
tripled to 99 seats from 52"), and a new wording taught here serves both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import regex

from newslint.claims import once_per_document
from newslint.claims.quantities import Quantity, extract_quantities
from newslint.lazyre import lazy_compile
from newslint.text.context import words_before, words_between
from newslint.text.tokens import Token

_RISE = frozenset(
    """rise rises rose risen rising increase increases increased increasing grow grows grew
    grown growing climb climbs climbed climbing jump jumps jumped jumping soar soars soared
    soaring surge surges surged surging gain gains gained gaining raise raises raised raising
    hike hikes hiked hiking boost boosts boosted boosting lift lifts lifted lifting
    expand expands expanded expanding widen widens widened widening accelerate accelerates
    accelerated accelerating acceleration advanced advancing quicken quickens
    quickened quickening double doubles doubled doubling triple triples tripled tripling treble
    trebles trebled trebling quadruple quadruples quadrupled quadrupling""".split()
)
_FALL = frozenset(
    """fall falls fell fallen falling drop drops dropped dropping decline declines declined
    declining decrease decreases decreased decreasing cut cuts cutting reduce reduces reduced
    reducing lower lowers lowered lowering slash slashes slashed slashing ease eases eased
    easing dip dips dipped dipping slide slides slid sliding slip slips slipped slipping
    shrink shrinks shrank shrunk shrinking plunge plunges plunged plunging plummet plummets
    plummeted plummeting tumble tumbles tumbled tumbling sink sinks sank sunk sinking
    trim trims trimmed trimming slow slows slowed slowing slowdown decelerate decelerates
    decelerated decelerating deceleration narrow narrows narrowed narrowing halve halves
    halved halving""".split()
)
_NEGATIONS = frozenset("not n't never no instead".split())
# A revised figure ("revised down ... from 157,000 to 133,000") or a rate quoted against
# another ("the yen against the dollar rose to 161 from 221") moves the other way legitimately.
_SKIP_CONTEXT = frozenset("revised revision revisions revise against versus vs parity".split())
_CONJUNCTIONS = frozenset("while whereas but and".split())
# A currency pair is written in lower case or as codes ("dollar/yen", "USD/JPY"); a poll's
# name ("Heylen/Eyewitness") or a span of months ("January/March") is not one.
_PAIR = lazy_compile(r"\b(?:\p{Ll}+/\p{Ll}+|\p{Lu}{3}/\p{Lu}{3})\b")
# What joins the two figures of a change: "from 4% to 5%", "to 5% from 4%", "to 5%, against 4%".
_COMPARED = frozenset("against compared versus vs".split())
_LINKS = frozenset(("from", "to")) | _COMPARED
# A figure's own period, read past between the figures: "to 2.2% in July from 2.1% in June".
_PERIOD_LEADS = frozenset(
    "in on during for at by over last this next a the today yesterday".split()
)
# "from a record low of 39.9%": a description of the old figure between "from" and it.
_DESCRIBED = frozenset(
    """a an the its record revised previous earlier initial low high level peak rate figure
    total reading estimate""".split()
)
_PERIOD_WORDS = _PERIOD_LEADS | frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday year month quarter week day earlier ago previous prior same period first
    second third fourth half fiscal early late mid today yesterday end start beginning of whole
    calendar""".split()
)
# "in 1985/86", "at end-January", "by mid-1987": a fiscal year or a hyphenated period.
_FISCAL = lazy_compile(r"(?:19|20)\d\d/\d\d(?:\d\d)?")
# "to 45 dlrs a share from 40", "to 147 pesetas a kilo from 160": the unit a price is per.
_PER = frozenset("a an per".split())
_SUBUNITS = frozenset("ct cts cent cents c p pence pfennig pfennigs centimes kopeks paise".split())
# Where the base of a share ends and its period begins: "of GDP next year", "of sales in 1986".
_BASE_ENDS = _PERIOD_LEADS - frozenset("a an the".split())


@dataclass(frozen=True)
class Change:
    """One stated change: ``old`` to ``new``, told by ``word`` (at ``start``) as a rise or not.

    ``lead`` is the offset of the pair's first preposition ("from" or "to"); ``end`` the
    end of the later figure, so a finding can cover verb and figures.
    """

    old: Quantity
    new: Quantity
    word: str
    start: int
    rising: bool
    lead: int
    end: int
    #: True for "to a, against b" and "compared with b": b may be another period's figure
    #: (a year earlier), so the pair shows the direction but not the size of the change.
    compared: bool = False


# ", down from 17%" / ", up 1.0 pct from 11.80 mln": the second figure of a level-then-change.
_UP_FROM = lazy_compile(
    r"(?:,|\s[-\u2013\u2014]|\()\s*(?P<dir>up|down)\s+(?P<size>(?:by\s+)?[\d.,]+\s*(?:%|pct|per\s?cent|percent|"
    r"percentage\s+points?|points?)\s+)?(?P<from>from)\s+(?:\p{L}+'s\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:revised|record|previous|year-earlier|upwardly|downwardly)\s+)?$",
    regex.I,
)

# "2.6% marked a slight easing from April's 2.4%": a noun of change, its new figure before it.
_NOUN_FROM = lazy_compile(
    r"\b(?:a|an)\s+(?:\p{L}+\s+)?(?P<dir>\p{L}+)\s+(?P<from>from)\s+(?:\p{L}+'s\s+)?$",
    regex.I,
)
# What may stand between the new figure and its noun of change: the figure's period and a
# linking verb ("in May, marking", "was", "represented").
_NOUN_LINKS = frozenset(
    """marked marking marks was is represents represented representing showed showing shows
    which""".split()
)
# "7.0% this year, with growth expected to accelerate to 6.5% in 2025": a level for one
# period, then a forecast verb taking it to another figure.
_FORECAST = lazy_compile(
    r"(?P<period>(?:\s+[\p{L}\d]+){1,4})\s*,\s*(?:(?:and|with|but)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:(?:is|are)\s+)?(?:expected|forecast|projected|seen|set|likely|tipped)\s+to\s+)?"
    r"(?P<dir>\p{L}+)\s+to\s+$",
    regex.I,
)
# Words before a figure that make it a change's size, not a level: "grew 7.0% this year".
_SIZE_LEADS = _RISE | _FALL | frozenset("up down by".split())

_RANK = lazy_compile(
    r"\b(?:rank\w*|position|places?|lists?\b|chart|table|league|seed(?:ed|ing)?|No\.|number\s+\d)",
    regex.I,
)

#: The multiple a verb states: "tripled to 99 from 52" says new = 3 x old.
MULTIPLES = {
    **dict.fromkeys("double doubles doubled doubling".split(), 2.0),
    **dict.fromkeys("triple triples tripled tripling treble trebles trebled trebling".split(), 3.0),
    **dict.fromkeys("quadruple quadruples quadrupled quadrupling".split(), 4.0),
    **dict.fromkeys("halve halves halved halving".split(), 0.5),
}


@once_per_document
def extract_changes(doc: Any) -> list[Change]:
    """Return every figure pair of change that a verb of rising or falling governs."""
    out = []
    for a, b in pairwise([q for q in extract_quantities(doc) if not _bare_year(q)]):
        pair = _from_to(doc, a, b)
        if pair is None:
            continue
        old, new, lead = pair
        verb = _verb(doc, lead)
        if verb is None:
            continue
        word, start, rising = verb
        if _currency_pair(doc, start):
            continue
        compared = bool(set(words_between(doc, a.end, b.start)) & _COMPARED)
        out.append(Change(old, new, word, start, rising, lead, max(a.end, b.end), compared))
    out.extend(_up_from(doc))
    out.extend(_noun_from(doc))
    out.extend(_forecast(doc))
    out.sort(key=lambda c: c.start)
    return out


def _up_from(doc: Any) -> list[Change]:
    """Read "was 11.5% in 2004, down from 17% the previous year": a level, then its change.

    The level comes first, its period may follow it, then "up" or "down" (with the size
    of the change, if given: "up 1.0 pct from 11.80 mln") and "from" the older figure.
    """
    out = []
    for _, old, m, new in _led_figures(doc, _UP_FROM, 60):
        if new is None or not _alike(new, old, unit_once=True):
            continue
        gap = words_between(doc, new.end, m.start())
        if gap and gap[0].isalpha() and not _is_period(gap[0]):
            gap = gap[1:]  # "11.80 mln bpd, up from": the unit noun written once
        if gap[:1] == ["of"]:
            gap = _past_base(gap)  # "30 pct of its grain needs, up from 61 pct"
        gap = [w for i, w in enumerate(gap) if not _fiscal_tail(gap, i)]
        if len(gap) > 6 or not all(_is_period(w) for w in gap):
            continue
        if _currency_pair(doc, m.start("dir")) or _revision_near(doc, new.start):
            continue
        if _ranking(doc, m.start()):
            continue  # "Ant and Dec at five, up from 13": a rank climbs as its number falls
        word = m.group("dir")
        rising = word.lower() == "up"
        out.append(Change(old, new, word, m.start("dir"), rising, m.start("from"), old.end))
    return out


def _led_figures(
    doc: Any, lead: Any, reach: int
) -> Iterator[tuple[int, Quantity, Any, Quantity | None]]:
    """Yield each figure that ``lead`` ends right before ("down from 17%", "an easing from 2.4%").

    With it come its index, the match, and the nearest figure written before the match:
    the newer level these wordings compare the older figure with.
    """
    found = extract_quantities(doc)
    for i, old in enumerate(found):
        m = lead.search(doc.prose, max(0, old.start - reach), old.start)
        if m is None or m.end() != old.start:
            continue
        yield i, old, m, next((q for q in reversed(found[:i]) if q.end <= m.start()), None)


def _noun_from(doc: Any) -> list[Change]:
    """Read "May's reading of 2.6% marked a slight easing from April's 2.4%".

    The noun of change ("an easing", "a rise") takes the old figure after "from"; the new
    one is the figure just before it in the sentence, joined by a linking verb or its
    period alone, so "a rise from 2% to 3%" (a pair of its own) is not read here.
    """
    found = extract_quantities(doc)
    out = []
    for i, old, m, new in _led_figures(doc, _NOUN_FROM, 60):
        noun = m.group("dir").lower()
        if noun not in _RISE and noun not in _FALL:
            continue
        if i + 1 < len(found) and words_between(doc, old.end, found[i + 1].start) == ["to"]:
            continue  # "a rise from 2% to 3%": the pair reads itself
        if new is None or not _alike(new, old) or not _same_sentence(doc, new.start, old.start):
            continue
        gap = [w for w in words_between(doc, new.end, m.start()) if w != ","]
        if len(gap) > 5 or not all(_is_period(w) or w in _NOUN_LINKS for w in gap):
            continue
        said = doc.prose[new.end : m.start()].rstrip()
        if not said.endswith(",") and not any(w in _NOUN_LINKS for w in gap):
            continue  # "2.6% in May, a rise from" or "2.6% marked a rise from"
        if _currency_pair(doc, m.start("dir")) or _revision_near(doc, new.start):
            continue
        if _ranking(doc, m.start()) or _sized(doc, new):
            continue
        out.append(
            Change(
                old, new, m.group("dir"), m.start("dir"), noun in _RISE, m.start("from"), old.end
            )
        )
    return out


def _forecast(doc: Any) -> list[Change]:
    """Read "7.0% this year, with growth expected to accelerate to 6.5% in 2025".

    The first figure is a level for its own period (not a change's size: "grew 7%
    this year" is left alone), and the verb after the comma takes it to the second.
    """
    out = []
    for a, b in pairwise(extract_quantities(doc)):
        m = _FORECAST.match(doc.prose, a.end, b.start)
        if m is None or m.end() != b.start:
            continue
        word = m.group("dir")
        low = word.lower()
        if low not in _RISE and low not in _FALL:
            continue
        period = m.group("period").split()
        if not period or not all(_is_period(w.lower()) for w in period):
            continue
        if not _alike(a, b) or not _same_sentence(doc, a.start, b.start) or _sized(doc, a):
            continue
        if _currency_pair(doc, m.start("dir")) or _revision_near(doc, a.start):
            continue
        out.append(Change(a, b, word, m.start("dir"), low in _RISE, m.start("dir"), b.end))
    return out


def _sized(doc: Any, q: Quantity) -> bool:
    """Tell whether a figure is the size of a change ("grew 7%", "up by 2%"), not a level."""
    return any(t.text.lower() in _SIZE_LEADS for t in words_before(doc, q.start, 3))


def _same_sentence(doc: Any, a: int, b: int) -> bool:
    return doc.sentence_at(a) == doc.sentence_at(b)


def _alike(a: Quantity, b: Quantity, unit_once: bool = False) -> bool:
    """Tell whether a level and the figure it is "up from" surely measure one thing.

    With no verb to tie them, both must carry the same unit (or both none, at the same
    kind of scale), and neither may be a year. With ``unit_once``, the older figure may
    leave the unit unsaid ("1.1 billion dlrs, up from 1.9 billion").
    """
    # A rate whose older figure is left bare ("3.6250 pct today, up from 3.6875") is most
    # often a money-market quote, whose "up" may not be the rate's own direction.
    once = unit_once and a.unit != "%" and b.unit is None and b.kind in ("count", "number")
    if (a.unit != b.unit and not once) or a.unit == "pp" or (a.scale is None) != (b.scale is None):
        return False
    if not (any(ch.isdigit() for ch in a.text) and any(ch.isdigit() for ch in b.text)):
        return False
    if a.unit is None and (a.kind not in ("count", "number") or b.kind not in ("count", "number")):
        return False
    return not any(q.unit is None and q.text.isdigit() and 1800 <= q.value <= 2100 for q in (a, b))


def _bare_year(q: Quantity) -> bool:
    """Tell a year that stands between a pair's figures ("to 3.1 bln in calendar 1987 from")."""
    return q.unit is None and q.scale is None and q.text.isdigit() and 1900 <= q.value <= 2100


def _ranking(doc: Any, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    text = doc.prose[sentence.start : sentence.end] if sentence else ""
    return _RANK.search(text) is not None


def _revision_near(doc: Any, offset: int) -> bool:
    return _other_context(words_before(doc, offset, 6))


def _other_context(near: list[Token]) -> bool:
    """Spot a revision, a quote against another figure, or an exchange rate, nearest first.

    "The exchange" alone is a market ("a seat on the exchange"); "the exchange rate" is a
    rate that can be quoted either way.
    """
    low = [t.text.lower() for t in near]
    if any(w in _SKIP_CONTEXT for w in low):
        return True
    return any(
        w == "exchange" and low[i - 1 : i] in (["rate"], ["rates"]) for i, w in enumerate(low)
    )


def _from_to(doc: Any, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity, int] | None:
    """Return (old, new, offset of the leading preposition) for a figure pair of change.

    The pair is "from a to b" or "to a from b", or "to a, against/compared with b",
    each figure may carry its period ("to 2.2% in July from 2.1% in June", "from
    April's 2.4%"), and nothing else may stand between them.
    """
    link = _link(words_between(doc, a.end, b.start), a.unit == "%")
    if link is None or not _comparable(a, b) or _in_subunits(doc, a, b):
        return None
    if link in _COMPARED and "," not in doc.prose[a.end : b.start]:
        return None  # without a comma, "fell to 1.2 against 1.5 marks" may be a rate
    lead = _lead(doc, a)
    if lead is None:
        return None
    word, start = lead
    if (word, link) == ("from", "to"):
        return a, b, start
    if word == "to" and (link == "from" or link in _COMPARED):
        return b, a, start
    return None


def _link(between: list[str], share: bool = False) -> str | None:
    """Return the word joining two figures, read past the figures' own period phrases.

    A share may name its base once ("to 3.9% of GDP next year from 2.9%"), a price the
    unit it is per ("to 45 dlrs a share from 40"), and the older figure a description
    ("from a revised 53.3", "from a record low of 39.9%").
    """
    between = [w for i, w in enumerate(between) if not _fiscal_tail(between, i)]
    if between and between[-1].endswith(("'s", "’s")) and _is_period(between[-1][:-2]):
        between = between[:-1]  # "from May's 4.4%": the second figure's own period
    if not between:
        return None
    if len(between) > 2 and between[0] in _PER and between[1] not in _PERIOD_WORDS | _LINKS:
        between = between[2:]  # "to 45 dlrs a share from 40 dlrs"
    elif len(between) > 1 and between[0].isalpha() and between[0] not in _PERIOD_WORDS | _LINKS:
        between = between[1:]  # "to 99 seats from 52": the counted noun, written once
        if len(between) > 2 and between[0] in _PER and between[1] not in _PERIOD_WORDS | _LINKS:
            between = between[2:]  # "to 147 pesetas a kilo from 160"
    if share and between[:1] == ["of"]:
        between = _past_base(between)
    between = _past_description(between)
    if not between:
        return None
    if between[-2:] in (["compared", "with"], ["compared", "to"]):
        link, period = "compared", between[:-2]
    else:
        link, period = between[-1], between[:-1]
    if link not in _LINKS or len(period) > 6 or not all(_is_period(w) for w in period):
        return None
    if period and period[0] not in _PERIOD_LEADS:
        return None
    return link


def _fiscal_tail(words: list[str], i: int) -> bool:
    """Tell the "86" of "1985/86", read as a word of its own after the year."""
    w, prev = words[i], words[i - 1] if i else ""
    return len(w) == 2 and w.isdigit() and len(prev) == 4 and prev.isdigit()


def _past_description(between: list[str]) -> list[str]:
    """Cut "from a revised", "against a previous", "from a record low of" to the link word."""
    for cut in range(len(between) - 1, max(-1, len(between) - 7), -1):
        if between[cut] in _LINKS:
            break
    else:
        return between
    rest = between[cut + 1 :]
    if rest and rest[-1] == "of":
        rest = rest[:-1]
    if all(w in _DESCRIBED or w.endswith("-year") for w in rest):
        return between[: cut + 1]
    return between


def _past_base(between: list[str]) -> list[str]:
    """Skip the base a share is of, up to its period or link: "of farmers' earnings, from"."""
    i = 1
    while i < len(between) and i <= 5 and between[i] not in _LINKS:
        if i > 1 and (between[i] in _BASE_ENDS or _is_period(between[i]) and between[i] != "of"):
            break
        i += 1
    return between[i:] if i > 1 else between


def _lead(doc: Any, q: Quantity) -> tuple[str, int] | None:
    """Return the preposition before a figure, past a possessive period ("from April's 2.4%").

    A description may stand between them too: "to a record 36.84 billion".
    """
    words = words_before(doc, q.start, 4)
    for i, tok in enumerate(words):
        low = tok.text.lower()
        if low in ("from", "to"):
            return low, tok.start
        if low in _DESCRIBED and low not in ("low", "high", "level", "rate", "figure", "total"):
            continue
        if i > 1 or not _is_period(low.removesuffix("'s").removesuffix("’s")):
            return None
        if not low.endswith(("'s", "’s")) and i == 0:
            return None
    return None


def _is_period(word: str) -> bool:
    if word in _PERIOD_WORDS or (len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")):
        return True
    if "-" in word:
        return all(_is_period(part) for part in word.split("-") if part)
    return _FISCAL.fullmatch(word) is not None


def _comparable(a: Quantity, b: Quantity) -> bool:
    if not _same_unit(a, b) or a.value < 0 or b.value < 0:
        return False
    if "percent" in (a.kind, b.kind) or (a.scale is None) == (b.scale is None):
        return True
    unscaled = a if a.scale is None else b
    return unscaled.value >= 1000


def _in_subunits(doc: Any, a: Quantity, b: Quantity) -> bool:
    """Spot "to 10 cts a share from 1.10 dlrs": a bare figure counted in a currency's cents."""
    for bare, other in ((a, b), (b, a)):
        if bare.unit is None and other.unit is not None:
            after = words_between(doc, bare.end, bare.end + 12)
            if after[:1] and after[0] in _SUBUNITS:
                return True
    return False


def _same_unit(a: Quantity, b: Quantity) -> bool:
    """Tell whether a pair measures one thing; "to 5.2 pct from 4.1" writes the unit once."""
    if a.unit == b.unit:
        return True
    bare = a if a.unit is None else b if b.unit is None else None
    return bare is not None and bare.kind in ("number", "count")


def _verb(doc: Any, offset: int) -> tuple[str, int, bool] | None:
    """Find the nearest verb of change before a figure pair, in its clause."""
    words = words_before(doc, offset, 14)
    for i, tok in enumerate(words[:8]):
        low = tok.text.lower()
        if low in ("from", "to") and i > 0 and words[i - 1].kind == "number":
            return None  # another pair comes first: the verb is not this pair's
        if low in _RISE or low in _FALL:
            if _negated(words[i + 1 : i + 3]) or _other_reading(words[:i], words[i + 1 :]):
                return None
            return tok.text, tok.start, low in _RISE
    return None


def _negated(before_verb: list[Token]) -> bool:
    """Read "did not fall", "has not been cut", "didn't rise"."""
    low = [t.text.lower() for t in before_verb]
    if low[:1] and (low[0] in _NEGATIONS or low[0].endswith(("n't", "n’t"))):
        return True
    return low[:1] in (["be"], ["been"]) and low[1:2] != [] and low[1] in _NEGATIONS


def _other_reading(between: list[Token], before_verb: list[Token]) -> bool:
    """Spot a revision or an inverse quote near the verb, not in an earlier clause."""
    near = list(between)
    for tok in before_verb[:5]:
        if tok.text.lower() in _CONJUNCTIONS:
            break
        near.append(tok)
    return _other_context(near)


def _currency_pair(doc: Any, verb: int) -> bool:
    """Spot "the yen/dollar rate rose to 158 from 207": a rate that can be quoted either way."""
    sentence = doc.sentence_at(verb)
    head = doc.prose[sentence.start : verb] if sentence else ""
    return _PAIR.search(head) is not None
