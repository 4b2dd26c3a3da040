"""Dates tied to the one event they tell the time of: "the March 3 meeting", "signed on Dec. 23".

A story that dates its vote "Thursday, Dec. 5" and later speaks of "Wednesday's vote"
has got one of them wrong, but only a date that is tightly bound to its event says
anything about that event. This analysis links a day-level date (or a weekday) to an
event noun or verb only in the few shapes where the link is unambiguous: the noun
right after the date ("the Dec. 5 vote", "Wednesday's vote"), the noun right before
it with nothing but a complement and a verb of holding or starting between ("the
meeting in Delhi on Wednesday", "the vote began on April 19", "polling that began on
April 16"), and "signed <object> on <date>" or "<object> was signed on <date>". A
noun that is the object of another verb ("announced the vote on Monday") is left
alone: the date may be that verb's, unless the sentence shows the date inside the noun
phrase: the subject of a reported clause ("said the meeting on Monday with Mr Baker
underscored ...") or an object before its complement ("made the auction of the unit on 19
December illegal"). A date after "said" ("he said on Tuesday") dates the saying and is
never an event's. Each event records the words that tell it from
others of its kind (``detail``) and whether its wording marks it as one of several or
as moved ("another meeting", "the second round", "postponed"), so that a rule never
compares two different events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from newslint.claims import once_per_document
from newslint.claims.dates import extract_dates
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from collections.abc import Mapping

    from newslint.claims.dates import DateMention
    from newslint.document import Document

#: Event nouns, with the kind of event each one names.
_NOUNS = {
    "vote": "vote",
    "voting": "vote",
    "polling": "vote",
    "referendum": "referendum",
    "election": "election",
    "runoff": "runoff",
    "summit": "summit",
    "meeting": "meeting",
    "signing": "signing",
    "inauguration": "inauguration",
    "swearing-in": "inauguration",
    "funeral": "funeral",
    "match": "match",
    "debate": "debate",
    "hearing": "hearing",
    "death": "death",
    "coronation": "coronation",
    "wedding": "wedding",
    "sentencing": "sentencing",
    "auction": "auction",
    "sale": "sale",
    "news conference": "news conference",
    "press conference": "news conference",
}
#: Plurals that tell of more than one event of a kind somewhere in the story.
_PLURALS = {
    "referendums": "referendum",
    "referenda": "referendum",
    "elections": "election",
    "runoffs": "runoff",
    "summits": "summit",
    "meetings": "meeting",
    "signings": "signing",
    "funerals": "funeral",
    "matches": "match",
    "debates": "debate",
    "hearings": "hearing",
    "deaths": "death",
    "weddings": "wedding",
    "auctions": "auction",
    "sales": "sale",
    "conferences": "news conference",
}


def _alt(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_NOUN = rf"(?<![\w’'-])(?P<noun>{_alt(_NOUNS)})(?![\w-])".replace(" ", r"\s+")
#: The same, capitalised as a sentence's first word: "Polling, which began on April 19".
_FIRST_NOUN = rf"(?<![\w’'-])(?P<noun>{_alt(w.capitalize() for w in _NOUNS)})(?![\w-])".replace(
    " ", r"\s+"
)
#: A determiner; the sentence's first word may be capitalised ("The last auction, on Feb. 12").
_DET = r"(?:(?i:the|a|an|its|their|his|her|this|that)|[A-Z][\w.-]*(?:'s|’s))"
_WORD = r"[\w’'.-]+"
#: A word of a noun phrase before its noun: not a preposition or a conjunction.
#: Nor a verb of a clause: "the union said polling on Friday" has no event "union said polling".
_MOD = (
    r"(?!(?:of|in|at|on|for|to|and|or|with|by|from|as|than|over|the|a|an|its|their|his|her"
    r"|this|that|is|was|were|are|be|been|has|have|had|will|would|said|says|told|tells)\s)"
    rf"{_WORD}"
)
#: Without a determiner, only a name or a compound stands before the noun: "Senate vote".
_BARE_MOD = r"(?:[A-Z][\w’'.-]*|[\w’'.]+-[\w’'.-]+)"
_HOLD_VERB = (
    r"(?:held|scheduled|set|planned|due|slated|fixed|took\s+place|takes\s+place|tipped"
    r"|earmarked|pencill?ed\s+in"
    r"|began|begins|started|starts|opened|opens|kicked\s+off|got\s+under\s?way"
    r"|ended|ends|closed|closes|concluded|finished)"
)
#: "the vote", "the meeting in Delhi", "polling that began", "the vote, held" ... "on".
_NOUN_BEFORE = lazy_compile(
    rf"""
    (?P<np>(?<![\w’'.-])
      (?:(?P<det>{_DET})\s+(?P<mods>(?:{_MOD}\s+){{0,3}}?)|(?P<bare>(?:{_BARE_MOD}\s+){{0,2}}?))
      (?:{_NOUN}|{_FIRST_NOUN.replace("?P<noun>", "?P<first>")}))
    (?P<comp>\s+(?:in|at|of|with|between|over|against|among)\s+(?:{_WORD}\s+){{0,4}}?{_WORD})?
    (?:\s*,|\s+[-–—])?
    (?:\s+(?:that|which))?
    (?:\s+(?:was|is|were|are|will\s+be|had\s+been|has\s+been|would\s+be))?
    (?:\s+(?:widely|provisionally|tentatively|now))?
    (?:\s+(?:expected|likely)\s+to\s+be)?
    (?:\s+(?P<verb>{_HOLD_VERB}))?
    \s+(?:(?P<prep>on|for)\s+)?$
    """,
    regex.VERBOSE,
)
#: "the Dec. 5 vote", "Wednesday's vote", "Thursday's presidential election".
_NOUN_AFTER = lazy_compile(
    rf"(?P<poss>'s|’s)?\s+(?P<mods>(?:{_MOD}\s+){{0,1}}?){_NOUN}"
    rf"(?P<comp>\s+(?:in|at|of|with|between|over|against)\s+(?:the\s+)?[A-Z][\w’'.-]*)?"
)
_DET_BEFORE = lazy_compile(r"(?<![\w-])(?:the|a|an|its|their|his|her|this|that)\s+$", regex.I)
#: "signed a memorandum of understanding on Dec. 23", "signed the accord Dec. 23".
_SIGNED = lazy_compile(
    rf"(?<![\w-])signed\s+(?P<obj>(?:{_WORD}\s+){{0,3}}?(?P<head>{_WORD}))"
    rf"(?:\s+(?:of|with|between)\s+(?:{_WORD}\s+){{0,3}}?{_WORD})?\s+(?:on\s+)?$"
)
#: "the memorandum, signed on Dec. 23", "the accord was signed on Dec. 23".
_WAS_SIGNED = lazy_compile(
    rf"(?<![\w-])(?P<head>{_WORD})(?:\s*,)?(?:\s+(?:was|were|had\s+been|has\s+been))?"
    r"\s+signed\s+(?:on\s+)?$"
)
_REJECT_VERB = r"(?:rejected|defeated|threw\s+out|thrown\s+out|voted\s+down|turned\s+down)"
_OBJ_DET = r"(?:the|her|his|its|their|[A-Z][\w.-]*(?:'s|’s))"
#: "MPs first threw out the agreement on Jan. 16", "lawmakers rejected the bill on May 2".
_REJECTED = lazy_compile(
    rf"(?<![\w-])(?P<subj>[\w’'-]+)\s+(?:(?P<first>first)\s+)?{_REJECT_VERB}\s+"
    rf"(?P<obj>{_OBJ_DET}\s+(?:[\w’'-]+\s+){{0,2}}?(?P<head>[a-z][\w-]*))\s+(?:on\s+)?$"
)
#: "the agreement was defeated on Jan. 15", "the bill was first rejected on May 2".
_WAS_REJECTED = lazy_compile(
    rf"(?<![\w-])(?i:the|her|his|its|their)\s+(?P<head>[a-z][\w-]*)\s+(?:was|were|had\s+been)"
    rf"\s+(?:(?P<first>first)\s+)?{_REJECT_VERB}\s+(?:on\s+)?$"
)
#: "Smith died on March 3".
_DIED = lazy_compile(r"(?P<head>[A-Z][\w’'-]+)\s+(?:had\s+)?died\s+(?:on\s+)?$")
#: What may stand before a noun whose date is its own: a sentence start, a preposition.
_FREE_LEAD = lazy_compile(
    r"(?:^|[,;:(—–]|(?<![\w-])(?:at|in|after|before|since|during|of|from|until|following"
    r"|ahead|amid|for|on|to|and|but|while|when|as|that|despite|over|by|with|hold|holds"
    r"|held|holding|stage|stages|staged|attend|attends|attended|attending|won|lost|wins"
    r"|loses|win|winning|face|faces|faced|facing|miss|misses|missed|missing|told|tells"
    r"|address|addresses|addressed|addressing))\s*$",
    regex.I,
)
#: Verbs after which "for" names the event's own day: "scheduled for", "tipped for 5 May".
_FOR_VERBS = frozenset("scheduled set planned slated tipped earmarked pencilled penciled".split())
_START = frozenset("began begins started starts opened opens kicked".split())
_END = frozenset("ended ends closed closes concluded finished".split())
#: Words that tell of one of several events: "another meeting", "the second round".
_SEVERAL = lazy_compile(
    r"(?<![\w-])(?:another|second|first|third|fourth|fifth|final|last|next|previous|earlier"
    r"|later|latest|new|fresh|further|separate|subsequent|follow-up|upcoming|recent|each"
    r"|every|weekly|monthly|annual|regular|original|initial|preliminary|two|three|both"
    r"|other|same|round|rounds|legs?|stages?|runoff|rematch|replay|rerun|re-run|recount"
    r"|(?:first|second|third|fourth|final|last|next)[ -]phase)(?![\w-])",
    regex.I,
)
#: Words that place an event in its series: the one to come, or the latest one.
_ORDERS = {
    "next": "next",
    "upcoming": "next",
    "forthcoming": "next",
    "coming": "next",
    "last": "last",
    "latest": "last",
    "previous": "last",
}
_ORDER = lazy_compile(rf"(?<![\w-])({_alt(_ORDERS)})\s+(?:[\w’'.-]+\s+){{0,3}}?{_NOUN}", regex.I)
#: "his last news conference", "the latest tankoku auction": an order word right before
#: the noun or one word away; "last week's meeting" names a time, not an order.
_LAST_NOUN = lazy_compile(
    rf"(?<![\w-])(?:last|latest|most\s+recent)\s+(?:(?P<mid>[a-z-]+)\s+)?{_NOUN}", regex.I
)
_TIMES = frozenset("week weekend month year night season term time".split())
#: Words that tell of an event moved, repeated or drawn out, anywhere in its sentence.
_MOVED = lazy_compile(
    r"(?<![\w-])(?:postpone[ds]?|postponement|delay(?:ed|s)?|reschedul\w+|moved|pushed"
    r"|brought\s+forward|put\s+off|defer(?:red|s)?|adjourn\w*|resum\w+|reconven\w+"
    r"|continu\w+|suspend\w*|cancell?ed|called\s+off|extended|again|repeat\w*|instead"
    r"|originally|initially|until|through|throughout|rather)(?![\w-])",
    regex.I,
)
_STOP = frozenset(
    """the a an its their his her this that of in at with between over against among on
    for and to s 's ’s""".split()
)
_RANGE = lazy_compile(r"\d\s*[-–]\s*\d")
#: The most text before a date read for its event.
_WINDOW = 90


@dataclass(frozen=True)
class DatedEvent:
    """An event with the date the story gives it.

    ``kind`` is what happened ("vote", "signing"), ``phase`` which moment the date
    is ("at", "start" or "end"), ``detail`` the words that tell this event from
    others of its kind ("presidential", "delhi", "memorandum"), and ``several`` says
    the wording around it tells of more than one such event or of a change of date;
    ``first`` that it is told as the first of them.
    """

    kind: str
    phase: str
    detail: frozenset[str]
    date: DateMention
    start: int
    end: int
    text: str
    several: bool
    #: Written as the first of its kind ("MPs first threw out the agreement on Jan. 16").
    first: bool = False
    #: Told as the next of its kind ("next", "upcoming") or the latest ("his last news
    #: conference"): two such mentions of one order are the same event, whatever else
    #: the story tells of its kind.
    order: str | None = None
    #: Its sentence tells of a change of date ("postponed", "moved", "again").
    moved: bool = False


@once_per_document
def find_events(doc: Document) -> list[DatedEvent]:
    """Return the dated events of a story, in reading order."""
    plural = _several_kinds(doc)
    out = []
    for d in sorted([*extract_dates(doc), *_possessive_weekdays(doc)], key=lambda d: d.start):
        if not d.valid or not _precise(d) or doc.is_quoted(d.start):
            continue
        sentence = doc.sentence_at(d.start)
        if sentence is None:
            continue
        found = _event(doc, d, sentence.start, sentence.end)
        if found is not None:
            if found.kind in plural and not found.several:
                found = replace(found, several=True)
            out.append(found)
    return out


def _possessive_weekdays(doc: Document) -> list[DateMention]:
    """Read the possessive weekdays ("Wednesday's vote") the date reader leaves alone."""
    from newslint.claims.dates import WEEKDAYS, DateMention

    out = []
    for tok in doc.tokens:
        name, _, rest = tok.text.replace("’", "'").partition("'")
        if rest == "s" and name in WEEKDAYS and name.endswith("day"):
            end = tok.start + len(name)
            weekday = WEEKDAYS[name]
            out.append(
                DateMention(tok.start, end, name, None, None, None, weekday, None, None, True)
            )
    return out


def _several_kinds(doc: Document) -> frozenset[str]:
    """Kinds of event the story names in the plural ("the two meetings"), so has several of."""
    kinds = set()
    for tok in doc.tokens:
        kind = _PLURALS.get(tok.text.lower())
        if kind is not None:
            kinds.add(kind)
    return frozenset(kinds)


def _precise(d: DateMention) -> bool:
    """Tell whether a date is a single day, or a weekday on its own ("Wednesday's vote")."""
    if d.day is not None:
        ranged = _RANGE.search(d.text) is not None
        return d.month is not None and d.earliest == d.latest and not ranged
    return d.weekday is not None and d.month is None


def _event(doc: Document, d: DateMention, lo: int, hi: int) -> DatedEvent | None:
    prose = doc.prose
    before = prose[max(lo, d.start - _WINDOW) : d.start]
    after = prose[d.end : min(hi, d.end + 60)]
    m = _NOUN_AFTER.match(after)
    if m and (m.group("poss") or _DET_BEFORE.search(before)):
        if m.group("poss") or not after.startswith("-"):
            start, end = d.start, d.end + m.end()
            words = _words(m.group("mods")) | _words(m.group("comp"))
            return _make(
                doc,
                d,
                _NOUNS[" ".join(m.group("noun").lower().split())],
                "at",
                words,
                start,
                end,
                lo,
            )
    return _backward(doc, d, before, after, lo)


def _backward(doc: Document, d: DateMention, before: str, after: str, lo: int) -> DatedEvent | None:
    base = d.start - len(before)
    m = _SIGNED.search(before)
    if m:
        obj = m.group("obj").lower()
        if not any(w in _STOP_OBJECT for w in obj.split()):
            head = {m.group("head").lower()}
            return _make(doc, d, "signing", "at", head, base + m.start(), d.end, lo)
    m = _WAS_SIGNED.search(before)
    if m and m.group("head").lower() not in _STOP | _STOP_OBJECT:
        head = {m.group("head").lower()}
        return _make(doc, d, "signing", "at", head, base + m.start(), d.end, lo)
    found = _rejection(doc, d, before, base, lo)
    if found is not None:
        return found
    m = _DIED.search(before)
    if m:
        head = {m.group("head").lower()}
        return _make(doc, d, "death", "at", head, base + m.start(), d.end, lo)
    m = _NOUN_BEFORE.search(before)
    if m is None:
        return None
    verb = (m.group("verb") or "").split()[:1]
    if not verb and m.group("prep") != "on":
        return None
    lead = doc.prose[lo : base + m.start("np")]
    opening = not lead.strip(" \t\n\"'‘“(") or lead.rstrip().endswith(":")
    if m.group("first") and not (opening and not m.group("det") and not m.group("bare")):
        # "Summit on March 3" inside a sentence is a name; "the next General Election" is not
        words = (m.group("mods") or m.group("bare") or "").split()
        if not words or not words[-1][:1].isupper():
            return None
    if not verb and not _FREE_LEAD.search(lead) and not _bound_in_clause(lead, after):
        return None  # "announced the vote on Monday": the date may be the announcing
    if m.group("prep") == "for" and verb and verb[0] not in _FOR_VERBS:
        return None
    phase = "start" if verb and verb[0] in _START else "end" if verb and verb[0] in _END else "at"
    words = _words(m.group("mods")) | _words(m.group("bare")) | _words(m.group("comp"))
    if m.group("det") and m.group("det")[0].isupper() and m.group("det").lower() != "the":
        words |= _words(m.group("det"))
    noun = m.group("noun") or m.group("first")
    kind = _NOUNS[" ".join(noun.lower().split())]
    return _make(doc, d, kind, phase, words, base + m.start("np"), d.end, lo)


#: A verb of saying or thinking whose clause may open with the dated noun phrase.
_SAY_LEAD = lazy_compile(
    r"(?<![\w-])(?:said|says|say|added|adds|believes|believed|thinks|thought|hopes|hoped"
    r"|noted|notes|stressed|insisted|warned|argued|claimed|predicted|feared|agreed|conceded"
    r"|told\s+(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)(?:\s+that)?\s*$"
)
#: The reported clause's own verb after the dated phrase: "said the meeting on Monday with
#: Mr Baker underscored ...", "said the vote on 3 May was fair".
_FINITE_AFTER = lazy_compile(
    r"(?:\s+(?:with|of|in|at|between|against|over|among)\s+(?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)?"
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|can|did"
    r"|does|[a-z]{3,}ed)(?![\w'’-])"
)
#: A verb of judging whose object is followed by its complement: "made the auction ...
#: illegal", "declared the vote ... void".
_JUDGE_LEAD = lazy_compile(
    r"(?<![\w-])(?:made|makes|make|making|declared|declares|declare|ruled|rules|rule|deemed"
    r"|deems|rendered|renders|pronounced)\s*$"
)
_VERDICT_AFTER = lazy_compile(
    r"\s+(?:illegal|unlawful|invalid|void|null|legal|lawful|valid|illegitimate"
    r"|unconstitutional|constitutional|fraudulent)(?![\w-])"
)


def _bound_in_clause(lead: str, after: str) -> bool:
    """Tell whether a date after a verb's object can only be the object's own.

    "announced the vote on Monday" may date the announcing, but where the dated noun
    phrase is the subject of a reported clause ("said the meeting on Monday with Mr
    Baker underscored ...") or stands before its object complement ("made the auction
    of the unit on 19 December illegal"), a date of the verb would stand elsewhere ("said
    on Monday", "made ... illegal on 19 December"), so the date is the event's. A date
    after "said" itself ("he said on Tuesday") is the saying's and never reaches here.
    """
    if _SAY_LEAD.search(lead):
        return _FINITE_AFTER.match(after) is not None
    if _JUDGE_LEAD.search(lead):
        return _VERDICT_AFTER.match(after) is not None
    return False


def _rejection(doc: Document, d: DateMention, before: str, base: int, lo: int) -> DatedEvent | None:
    """Read a thing voted down on a day, kept apart by what was rejected and by whom.

    NOTE: the object is part of the kind ("rejection of the agreement"), the subject
    its detail, so "the House rejected the bill" and "the Senate rejected the bill"
    are two events, while a passive without an agent may be either.
    """
    m = _REJECTED.search(before)
    subject: set[str] = set()
    if m is not None:
        if m.group("subj").lower() in _STOP | _STOP_OBJECT:
            return None
        subject = {m.group("subj").lower()}
    else:
        m = _WAS_REJECTED.search(before)
        if m is None:
            return None
    head = m.group("head").lower()
    if head in _STOP_OBJECT:
        return None
    found = _make(doc, d, f"rejection of the {head}", "at", subject, base + m.start(), d.end, lo)
    return replace(found, first=m.group("first") is not None)


_STOP_OBJECT = frozenset(
    """up off into onto to for by and or it them him her on in at which that who today
    yesterday tomorrow tonight as""".split()
)


def _words(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    out = set()
    for w in text.lower().replace("’", "'").split():
        w = w.removesuffix("'s").strip(".,'")
        if w and w not in _STOP and not w.isdigit():
            out.add(w)
    return frozenset(out)


def _make(
    doc: Document,
    d: DateMention,
    kind: str,
    phase: str,
    detail: set[str] | frozenset[str],
    start: int,
    end: int,
    lo: int,
) -> DatedEvent:
    # NOTE: the word just before the event phrase counts ("a second, emergency meeting
    # on Sunday"), and a change of date anywhere in the sentence ("was postponed").
    look = doc.prose[max(lo, start - 12) : end]
    sentence = doc.sentence_at(start)
    whole = doc.prose[sentence.start : sentence.end] if sentence else look
    moved = bool(_MOVED.search(whole))
    several = bool(_SEVERAL.search(look)) or moved
    several = several or (kind == "death" and not detail)
    text = doc.prose[start:end]
    m = _ORDER.search(text)
    order = _ORDERS[m.group(1).lower()] if m else None
    return DatedEvent(
        kind, phase, frozenset(detail), d, start, end, text, several, order=order, moved=moved
    )


#: Words that tell of an event's date changed, anywhere in a story.
_RESCHEDULED = lazy_compile(
    r"(?<![\w-])(?:postpone\w*|reschedul\w+|moved|brought\s+forward|put\s+off|pushed\s+back"
    r"|delay\w*|called\s+off|cancell?\w*|adjourn\w*|resum\w+|reconven\w+)(?![\w-])",
    regex.I,
)
#: Words before an event noun that tell of a series: "the daily meeting", "twice-weekly".
_SERIES = lazy_compile(r"(?<![\w-])(?:daily|nightly|twice|weekend|weekday)(?![\w-])", regex.I)
_DEFINITE = frozenset("the its their his her this that".split())
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def one_of_kind(doc: Document, kind: str) -> bool:
    """Tell whether a story tells of one event of a kind only, so that it has one day.

    Two weekdays for "the vote" are right in a running story of two votes, and such a
    story shows it: a plural ("the votes"), a word of a series before some mention of
    the noun ("another vote", "the next vote", "the daily briefing"), two mentions
    qualified two ways ("the Ecofin meeting", "the eurozone meeting"), or a date
    changed anywhere ("postponed", "resumed"). A story with none of these, dated or not,
    speaks of one event.
    """
    from newslint.claims.dates import WEEKDAYS

    if kind in _several_kinds(doc) or _RESCHEDULED.search(doc.prose):
        return False
    nouns = [n for n, k in _NOUNS.items() if k == kind]
    noun = regex.compile(rf"(?<![\w’'-])(?i:{_alt(nouns)})(?![\w-])".replace(" ", r"\s+"))
    told: list[frozenset[str]] = []
    for m in noun.finditer(doc.prose):
        words = doc.prose[max(0, m.start() - 40) : m.start()].split()[-3:]
        lead = " ".join(words)
        if _SEVERAL.search(lead) or _SERIES.search(lead):
            return False
        told.append(_qualifiers(doc.prose, words, m.end(), WEEKDAYS))
    kinds = {q for q in told if q}
    # one way of telling it, and the first mention tells it: "a forced auction on Sunday"
    # then "Sunday's auction"; not "Monday's vote" then "Tuesday's vote of confidence"
    return not kinds or (len(kinds) == 1 and bool(told[0]))


_COMPLEMENT = lazy_compile(r"\s+(of|over|on|against|with|between|in|at)\s+(?:the\s+)?([\w’'.-]+)")


def _qualifiers(
    prose: str, words: list[str], end: int, weekdays: Mapping[str, int]
) -> frozenset[str]:
    """Collect what tells a mention's event from others: the word before, the complement.

    A date or weekday in either place ("Sunday's auction", "the meeting on Monday") is
    when the event is, not which one, so it is no qualifier.
    """
    out = set()
    if words:
        last = words[-1].replace("’", "'").strip("\"'(,")
        bare = last.removesuffix("'s")
        if not (last.lower() in _DEFINITE | _STOP or bare in weekdays or last.endswith("'s")):
            out.add(last.lower())
    m = match_at(_COMPLEMENT, prose, end)
    if m:
        word = m.group(2).rstrip(".,").removesuffix("'s").removesuffix("’s")
        dated = word in weekdays or word.lower() in _MONTH_WORDS or word[:1].isdigit()
        if not dated and word.lower() not in _STOP:
            out.add(f"{m.group(1)} {word.lower()}")
    return frozenset(out)


def told_latest(event: DatedEvent) -> bool:
    """Tell whether a mention calls its event the latest of its kind ("his last meeting").

    Such an event has none of its kind after it up to the story's dateline, so a rule
    may compare it with others in a story that tells of several.
    """
    m = _LAST_NOUN.search(event.text)
    return m is not None and (m.group("mid") or "").lower() not in _TIMES


def definite(doc: Document, event: DatedEvent) -> bool:
    """Tell whether a mention points back to an event told before ("the", "Sunday's")."""
    words = event.text.replace("’", "'").split()
    if not words:
        return False
    if words[0].lower() in _DEFINITE or words[0].endswith("'s"):
        return True
    before = doc.prose[max(0, event.start - 12) : event.start].split()
    return bool(before) and before[-1].lower() in _DEFINITE
