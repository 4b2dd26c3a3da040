"""Figures a story states for one thing: a death toll, the price of "the purchase".

The same thing given two values ("12 dead" in the headline, "21 killed" in the body)
is a classic correction. This analysis labels quantities with what they measure, and
only where the wording makes that unambiguous: a casualty count right next to
"dead", "killed" or "injured", or a sum of money naming a definite deal ("the $2
billion purchase"). Hedged figures ("at least 12") are left out: they are not claims
of one exact value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.changes import extract_changes
from newslint.claims.dates import extract_dates
from newslint.claims.quantities import Quantity, extract_quantities, written_step
from newslint.lazyre import lazy_compile

if TYPE_CHECKING:
    from newslint.document import Document

_CASUALTY_AFTER = lazy_compile(
    r"^\s+(?:(?P<who>people|persons|civilians|soldiers|passengers)\s+)?"
    r"(?:(?:were|was|are|have\s+been|had\s+been|reported|confirmed)\s+)?"
    r"(?:(?P<dead>dead|killed|died|deaths|fatalities)|(?P<hurt>injured|wounded|hurt))\b"
)
_CASUALTY_BEFORE = lazy_compile(
    r"\b(?:(?P<dead>killing|killed|kills|kill|death\s+toll\s+(?:of|at|to|stood\s+at|is|was))"
    r"|(?P<hurt>injuring|wounding|injured|wounded))\s+$"
)
# What killed them: "the flooding killed 12", "12 people died in the flooding".
_EVENT_BEFORE = lazy_compile(
    r"\b[Tt]he\s+(?P<event>\p{Ll}+)\s+(?:has\s+|had\s+)?(?:killed|left|claimed)\s+$"
)
_EVENT_AFTER = lazy_compile(
    r"^(?:\s+\p{Ll}+){0,4}?\s+(?:killed|dead|died|injured|wounded|hurt)\s+(?:in|by|during)\s+"
    r"the\s+(?P<event>\p{Ll}+)\b(?P<place>\s+(?:in|at|near|on)\s+\p{Lu}\p{L}+)?"
)
_WHO_AFTER = lazy_compile(r"^\s+(?P<who>people|persons|civilians|soldiers|passengers)\b")
# A toll that is said to change is a running count, not a second claim.
_RUNNING = lazy_compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|reached|revised|updated|raised"
    r"|latest|initial(?:ly)?|earlier|first|later|so\s+far|as\s+of|now|new|climb\w*|toll)\b",
    regex.IGNORECASE,
)
_PLACED = lazy_compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Ff]rom)\s+(?:the\s+)?\p{Lu}")
_DEAL_AFTER = lazy_compile(
    r"^[\s\-]*(?P<noun>deal|purchase|order|contract|package|sale|acquisition|takeover|bid|loan"
    r"|bailout|fine|settlement|merger|budget|grant)\b"
)
_DEFINITE_BEFORE = lazy_compile(r"\b[Tt]he\s+(?:\w+\s+)?$")
_INDEFINITE_BEFORE = lazy_compile(r"\b[Aa]n?\s+$")
_DEAL_VERB_BEFORE = lazy_compile(
    r"\b(?P<verb>purchased|bought|ordered|sold|borrowed)\s+(?:(?:an?|some)\s+)?$"
)
_VERB_NOUN = {
    "purchased": "purchase",
    "bought": "purchase",
    "ordered": "order",
    "sold": "sale",
    "borrowed": "loan",
}
_HEDGE_BEFORE = lazy_compile(
    r"\b(?:at\s+least|more\s+than|over|up\s+to|about|around|nearly|almost|some|roughly|about"
    r"|fewer\s+than|less\s+than|approximately|estimated|another|further|additional|an\s+extra)\s+$",
    regex.IGNORECASE,
)
_DETAIL = lazy_compile(
    r"^[\s\-]*(?:\p{L}+\s+)?(?:with|for|of|to|from|by|in)\s+(?:the\s+|a\s+|an\s+)?(?P<d>[\p{L}\-]+)"
)
_HEDGE_AFTER = lazy_compile(r"^\s*(?:\+|or\s+more|more|others|other|of\s+them|of\s+whom)\b")


@dataclass(frozen=True)
class Figure:
    """A quantity and what it measures ("dead", "injured", "deal", "purchase", ...)."""

    quantity: Any
    measure: str
    in_headline: bool
    definite: bool = False  # "the $2 billion purchase" refers back to one known deal
    detail: str | None = None  # "with Seoul" in "the $3 billion deal with Seoul"
    event: str | None = None  # "flooding" in "the flooding killed 12 people"
    running: bool = False  # the sentence tells of a toll that changed ("rose to 21")
    claim: Claim | None = None  # what the figure measures, read from its noun phrase


@once_per_document
def find_figures(doc: Document) -> list[Figure]:
    """Return the quantities whose wording says unambiguously what they measure."""
    prose = doc.prose
    headline = doc.headline
    out = []
    for q in extract_quantities(doc):
        before = prose[max(0, q.start - 30) : q.start]
        after = prose[q.end : q.end + 30]
        if _HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(after):
            continue
        measure = _measure(q, before, after)
        if measure:
            in_headline = headline is not None and headline.start <= q.start < headline.end
            definite = bool(_DEAL_AFTER.match(after) and _DEFINITE_BEFORE.search(before))
            detail = _DETAIL.match(after)
            word = detail.group("d").casefold() if detail else None
            event, running = _event(doc, q, measure, before, after)
            out.append(Figure(q, measure, in_headline, definite, word, event, running))
    out.extend(find_claims(doc))
    return out


def _measure(q: Any, before: str, after: str) -> str | None:
    if q.kind in ("count", "number"):
        m = _CASUALTY_AFTER.match(after) or _CASUALTY_BEFORE.search(before)
        if m:
            return "dead" if m.group("dead") else "injured"
    if q.kind == "money":
        deal = _DEAL_AFTER.match(after)
        if deal and (_DEFINITE_BEFORE.search(before) or _INDEFINITE_BEFORE.search(before)):
            return deal.group("noun")
        verb = _DEAL_VERB_BEFORE.search(before)
        if verb and not deal:
            return _VERB_NOUN[verb.group("verb")]
    return None


def _event(doc: Document, q: Any, measure: str, before: str, after: str) -> tuple[str | None, bool]:
    """Name the event a toll belongs to and who was counted ("flooding/people"), if written."""
    if measure not in ("dead", "injured"):
        return None, False
    sentence = doc.sentence_at(q.start)
    # NOTE: a toll tied to a place or a day ("5 people in Cuba on Tuesday") may be a part
    # of the event, so it counts as changing and is not compared.
    running = (
        sentence is None
        or bool(_RUNNING.search(doc.prose, sentence.start, sentence.end))
        or bool(_PLACED.search(doc.prose, sentence.start, sentence.end))
        or any(sentence.start <= d.start < sentence.end for d in extract_dates(doc))
    )
    tail = doc.prose[q.end : q.end + 80]
    by = _EVENT_BEFORE.search(before)
    who = _CASUALTY_AFTER.match(after) or _WHO_AFTER.match(after)
    victims = who.group("who") if who and who.group("who") else "people"
    victims = victims.replace("persons", "people")
    if by is not None:
        return f"{by.group('event')}/{victims}", running
    at = _EVENT_AFTER.match(tail)
    if at is not None and not at.group("place"):
        return f"{at.group('event')}/{victims}", running
    return None, running


# --------------------------------------------------------------------------- claims
# A figure and the one thing it measures, read from its noun phrase: "net profit of
# 155.2 mln dlrs", "its 279 mln dlr loan", "a 159-vote defeat", "defeated by 149 votes",
# "an unbeaten run of 35 matches", "the 324 votes in the second round". Two claims about
# the same thing at the same time (anchor) should give the same value.

#: Nouns that name one measured thing, and the name two spellings of it share.
_THING_NAMES = {
    w: w
    for w in (
        "profit loss income earnings revenue turnover deficit surplus debt offer bid charge "
        "writedown dividend payment fine compensation contract deal loan credit budget "
        "investment capital stake acquisition purchase package fund aid subsidy bonus award "
        "damages settlement shortfall borrowing bond tender takeover merger financing "
        "facility judgment valuation run peak margin rescheduling swap"
    ).split()
}
_THING_NAMES.update(
    {
        "streak": "run",
        "high": "peak",
        "judgement": "judgment",
        "write-down": "writedown",
        "sales": "sales",
        "defeat": "margin",
        "majority": "margin",
        "victory": "margin",
        "win": "margin",
    }
)
#: Things that only a count of votes measures as a margin ("a 159-vote defeat").
_MARGIN_ONLY = frozenset("defeat majority victory win".split())
_STOP = frozenset(
    "a an the its their his her our of to in for and or on at by with from was is were are "
    "be been has had have which that this these those as than per each who whose whom said "
    "says it they he she we also not".split()
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_ORDINALS = {
    "first": "1",
    "1st": "1",
    "second": "2",
    "2nd": "2",
    "third": "3",
    "3rd": "3",
    "fourth": "4",
    "4th": "4",
}
_HYPHEN_COUNT = lazy_compile(r"(?<![\w.,$£€-])(?P<n>\d[\d,]*)-(?P<unit>\p{Ll}+)\b")
_WORD_AFTER = lazy_compile(r"^\s+(?P<w>\p{Ll}+)\b")
_WORDS_AFTER = lazy_compile(r"^[\s-]+(?P<words>[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})")
_BEFORE_OF = lazy_compile(
    r"(?P<words>(?:[\p{L}.&'-]+\s+){0,4}[\p{Ll}-]+)\s+(?:of|totall?ing|amounting\s+to|worth)\s+$"
)
#: Words that do not narrow what is measured: "a 33-match winning streak" is the run.
_DETAIL_AFTER = lazy_compile(
    r"[\s-]+(?:[\p{L}-]+\s+){0,3}?(?:with|to|for|from|by|in)\s+(?:the\s+)?(?P<d>\p{Lu}[\p{L}-]*)"
)
_DEFINITE = frozenset("the its their his her whose this".split())
#: Counted nouns a figure's own noun phrase can measure ("35 matches", "324 votes").
_COUNTED = frozenset("vote match seat".split())
_IDLE = frozenset("winning unbeaten unbroken agreed reported".split())
_PEAK_VERB = lazy_compile(r"\b(?:touched|peaked\s+at)\s+$", regex.IGNORECASE)
_BY_VOTES = lazy_compile(r"\bby\s+$", regex.IGNORECASE)
_TALLY_AFTER = lazy_compile(r"^\s*(?:votes?\s+)?(?:to|-|–)\s*\d", regex.IGNORECASE)
_RANGE_AFTER = lazy_compile(
    r"^\s*(?:-|–|to|and|or)\s*(?:[$£€]\s*)?\d|^\s*(?:a|an|per|each)\s", regex.IGNORECASE
)
_CHANGE_BEFORE = lazy_compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|up|down|increased?|decreased?|raised?"
    r"|raising|cut|cuts|lifted|lowered|rising|falling|grew|grow|dropped|climbed|jumped|gained"
    r"|lost|added|reduced?|widened|narrowed|to|from|by|between|another|further|additional"
    r"|extra|record)\s+(?:[\p{L}-]+\s+)?$",
    regex.IGNORECASE,
)
#: Words that make a sentence tell of another time or another figure: its figures are
#: not restatements ("compared with", "a year earlier", "the revised", "a new offer").
_OTHER_MARKERS = lazy_compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|year[\s-]+(?:ago|earlier)|previous(?:ly)?|prior"
    r"|preceding|against|compared?|comparison|versus|vs|revised|revision|initial(?:ly)?"
    r"|original(?:ly)?|earlier|than|higher|lower|new|sweetened|improved|latest|rival"
    r"|competing|another|other|further|additional|separate|second-half|first-half|each"
    r"|respectively|estimated?|expects?|expected|forecast|projected|target|planned|proposed"
    r"|seeks?|sought|total|narrower|wider|smaller|larger|bigger|totals|combined|including|includes)\b"
    r"|\bfrom\b[^.;]{0,60}?\bto\b|(?:^|[,;:]\s+)(?:that|those)\s+\p{Ll}+\s+(?:was|were|is|had)\b",
    regex.IGNORECASE,
)
_ANCHOR = lazy_compile(
    r"\b(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<month>january|february|march|april|june|july|august|september|october|november"
    r"|december)"
    r"|(?P<year>(?:19|20)\d\d)"
    r"|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
    r"(?P<period>quarter|qtr|half|round|ballot|attempt|leg|innings|set)"
    r"|(?P<rel>this|last|next)\s+(?P<relw>year|month|week|quarter)"
    r"|(?P<tod>morning|afternoon|evening)"
    r"|(?P<months>(?:three|six|nine|3|6|9))[\s-]+months?)\b",
    regex.IGNORECASE,
)
_ROUNDS = frozenset("round ballot attempt".split())
_CLAUSE_AFTER = lazy_compile(
    r"\s(?:that|which|compared\s+(?:with|to)|against|versus|vs\.?|reported|announced|said)\s"
)
_SAYING = lazy_compile(r"\b(?:said|says|told|added|announced|reported)\b")


@dataclass(frozen=True)
class Claim:
    """What a figure measures, and when: the parts two restatements must share."""

    thing: str  # "profit", "loan", "margin", "run", "vote"
    unit: str  # "USD", "%", "vote", "match"
    mods: frozenset[str]  # "net", "winning": words narrowing the thing
    owner: str | None  # "Djokovic" in "Djokovic's 33-match winning streak"
    detail: str | None  # "Seoul" in "the $3 billion deal with Seoul"
    anchors: frozenset[str]  # "day:friday", "round:2", "year:1986"
    indefinite: bool  # "a 244 mln stg bid": may introduce another thing
    definite: bool  # "the", "its", "Tuesday's": refers to one known thing
    step: float  # the last written digit's worth: values this close agree
    sentence: int  # start of the sentence, so one sentence's list is not compared


def find_claims(doc: Document) -> list[Figure]:
    """Return the figures whose noun phrase says what they measure, with their anchors."""
    prose = doc.prose
    low = prose.lower()
    if len(low) != len(prose):
        return []
    headline = doc.headline
    changed = {c.old.start for c in extract_changes(doc)} | {
        c.new.start for c in extract_changes(doc)
    }
    quantities = [q for q in extract_quantities(doc) if q.start not in changed]
    out: list[Figure] = []
    for q in sorted(quantities + _hyphen_counts(low), key=lambda q: q.start):
        sentence = doc.sentence_at(q.start)
        if sentence is None:
            continue
        claim = _claim(doc, low, q, sentence)
        if claim is None:
            continue
        in_headline = headline is not None and headline.start <= q.start < headline.end
        out.append(Figure(q, claim.thing, in_headline, claim=claim))
    return out


def _hyphen_counts(low: str) -> list[Quantity]:
    """Figures the quantities leave out: "a 159-vote defeat", "a 33-match winning streak"."""
    out = []
    for m in _HYPHEN_COUNT.finditer(low):
        value = float(m.group("n").replace(",", ""))
        unit = _singular(m.group("unit"))
        out.append(Quantity(m.start(), m.end(), m.group(0), value, unit, "count", None))
    return out


def _claim(doc: Document, low: str, q: Any, sentence: Any) -> Claim | None:
    before = low[max(sentence.start, q.start - 60) : q.start]
    after = low[q.end : min(sentence.end, q.end + 60)]
    if _HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(after) or _RANGE_AFTER.match(after):
        return None
    if q.unit is None and q.scale is None and 1900 <= q.value <= 2100:
        return None  # a year
    # NOTE: markers and anchors are read near the figure, not over a long sentence's
    # other clauses ("the 324 votes in the second round ..., including ...").
    text = low[max(sentence.start, q.start - 80) : min(sentence.end, q.end + 60)]
    # A clause after the thing tells what became of it ("a 279 mln dlr loan that would
    # later be replaced with other debt"), what it is set against ("The 15.1 billion dlr
    # February deficit compared with a revised January deficit") or when it was told
    # ("reported on Tuesday"): its words are not the figure's.
    clause = _CLAUSE_AFTER.search(text, q.end - max(sentence.start, q.start - 80))
    if clause:
        text = text[: clause.start()]
    if _OTHER_MARKERS.search(text):
        return None
    unit = q.unit
    rest = after
    if unit is None:
        word = _WORD_AFTER.match(after)
        if word is None:
            return None
        unit = _singular(word.group("w"))
        rest = after[word.end() :]
    if q.kind == "count" and unit not in _COUNTED:
        return None
    owner = det = None
    mods: list[str] = []
    head: str | None = None
    tally = _TALLY_AFTER.match(rest)
    if unit == "vote" and _BY_VOTES.search(before) and not tally:
        head = "margin"
        before_head = None
    else:
        if _CHANGE_BEFORE.search(before):
            return None
        head, mods = _head_after(rest, unit)
        if head is not None:
            owner, det = _lead(doc.prose[max(sentence.start, q.start - 60) : q.start], [])
        else:
            lead = _BEFORE_OF.search(doc.prose[max(sentence.start, q.start - 60) : q.start])
            if lead:
                words = lead.group("words").split()
                name = _thing(words[-1].lower(), unit)
                if name:
                    head = name
                    owner, det = _lead(" ".join(words[:-1]), mods)
            if head is None and _PEAK_VERB.search(before):
                head = "peak"
            if head is None and unit == "vote" and not tally and _round(text):
                head = "vote"
                # "the 324 votes in the second round": the article makes it a restatement
                owner, det = _lead(doc.prose[max(sentence.start, q.start - 60) : q.start], [])
        before_head = det
    if head is None:
        return None
    owner_word = owner
    # NOTE: a time named before a verb of saying is when it was said ("Last week a
    # spokesman said ... the 37.5 pct stake"), not when the figure held.
    said = list(_SAYING.finditer(text, 0, q.start - max(sentence.start, q.start - 80)))
    anchors = _anchors(text[said[-1].end() :] if said else text)
    detail = _DETAIL_AFTER.match(doc.prose, q.end, min(sentence.end, q.end + 60))
    if owner and owner.lower() in _WEEKDAYS:
        owner = None
    if det in ("that", "those", "last", "previous", "earlier", "original"):
        return None
    return Claim(
        head,
        unit,
        frozenset(mods),
        owner,
        detail.group("d") if detail else None,
        anchors,
        before_head in ("a", "an"),
        before_head in _DEFINITE or owner_word is not None,
        written_step(q),
        sentence.start,
    )


def _head_after(rest: str, unit: str) -> tuple[str | None, list[str]]:
    """Return the measured noun within three words after a figure ("winning streak")."""
    m = _WORDS_AFTER.match(rest.replace('"', " "))
    if m is None:
        return None, []
    words = m.group("words").split()
    for i, word in enumerate(words):
        name = _thing(word, unit)
        if name:
            # "the 15.1 billion dlr February trade deficit": the month is its anchor
            return name, [w for w in words[:i] if w not in _IDLE and not _ANCHOR.fullmatch(w)]
        if word in _STOP:
            break
    return None, []


def _lead(text: str, mods: list[str]) -> tuple[str | None, str | None]:
    """Narrowing words (into ``mods``), then the owner or determiner, read backwards."""
    words = text.split()
    while words and words[-1].islower() and words[-1] not in _STOP and len(mods) < 2:
        word = words.pop()
        if word not in _IDLE and not word.endswith("'s"):
            mods.insert(0, word)
    if not words:
        return None, None
    last = words[-1]
    if last.endswith("'s") and last[:1].isupper():
        return last[:-2], None
    return None, last.lower()


def _thing(word: str, unit: str) -> str | None:
    name = _THING_NAMES.get(word) or _THING_NAMES.get(_singular(word))
    if name == "margin" and unit != "vote":
        return None
    return name


def _stopped(mods: str) -> bool:
    return any(w.lower() in _STOP for w in mods.split())


def _singular(word: str) -> str:
    if word.endswith("ches") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _round(text: str) -> bool:
    return any(m.group("period") in _ROUNDS for m in _ANCHOR.finditer(text) if m.group("ord"))


def _anchors(text: str) -> frozenset[str]:
    """Return the periods, days and rounds named near a figure: the claim holds for them."""
    out = set()
    for m in _ANCHOR.finditer(text):
        if m.group("ord"):
            period = m.group("period")
            kind = "round" if period in _ROUNDS else period.replace("qtr", "quarter")
            out.add(f"{kind}:{_ORDINALS[m.group('ord')]}")
        elif m.group("rel"):
            out.add(f"{m.group('rel')}:{m.group('relw')}")
        elif m.group("months"):
            out.add(f"months:{m.group('months')}")
        else:
            kind = next(k for k in ("day", "month", "year", "tod") if m.group(k))
            out.add(f"{kind}:{m.group(kind)}")
    return frozenset(out)
