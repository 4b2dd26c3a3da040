"""The verb that tells a dated event, and its tense: "met on March 3", "will be held May 29".

A date tells when something happened only through the verb that governs it. This
analysis walks back from a date, within its clause, over the preposition and the
verb's object ("approved all 19 nominees on Aug. 21") to the nearest verb group and
reads its tense: simple past ("lapsed", "took place"), past passive or perfect ("was
held", "had been closed"), or future ("will meet", "'ll sign", "is due to vote").
It gives up where the date may belong to something else: a noun with its own time
("a vote on March 3", "the year ended March 31"), a plan told in the past ("was
scheduled to", "postponed"), an infinitive, a conditional, or a clause that follows a
reporting verb ("said the plant closed on ...") whose tense may be shifted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslint.claims import once_per_document
from newslint.claims.dates import extract_dates
from newslint.lazyre import lazy_compile, match_at
from newslint.text.context import words_after, words_before, words_between

if TYPE_CHECKING:
    from newslint.claims.dates import DateMention
    from newslint.document import Document

#: Simple past forms that are not also participles, or whose verb takes no object, so
#: that "the offer lapsed on" is always a finite, dated event.
_FINITE_PAST = frozenset(
    """began met took rose fell spoke wrote came went gave chose flew became broke drew
    grew arrived returned testified expired resigned died voted intervened occurred
    collapsed lapsed happened retired convened clashed landed departed erupted crashed
    struck fought ran saw stood threw
    swore sank froze rode withdrew undertook overtook""".split()
)
#: Irregular past forms that are also participles ("held", "won", "sold").
_IRREGULAR = frozenset(
    """held won left paid sold bought made sent told said led sought brought caught
    taught thought kept lost meant spent found heard""".split()
)
#: Participles that only follow an auxiliary: "will be taken", "had been given".
_PARTICIPLES = frozenset(
    """taken given begun chosen written done seen known shown grown drawn flown broken
    spoken sworn frozen driven risen fallen beaten hidden held sold made paid sent
    won set put cut shut""".split()
)
#: Words ending in -ed that are not a verb's past, or that tell a plan or an estimate
#: ("was scheduled for March 20", "postponed to", "expected on").
_NOT_EVENT_ED = frozenset(
    """hundred indeed need seed speed feed breed deed shed red bed wed proceed exceed
    succeed limited united detailed advanced supposed alleged based related concerned
    interested expected scheduled rescheduled planned proposed estimated projected
    forecasted anticipated intended slated tipped timetabled postponed delayed deferred
    moved extended adjourned pencilled penciled booked earmarked targeted aimed fixed
    tentatively dated""".split()
)
#: After "is/are", these make a present tense about the future: "is due to vote".
_SCHEDULE = frozenset("due set scheduled slated expected poised going".split())
#: Verbs whose base form is also their past and participle.
_SAME_BASE = frozenset("set put cut shut hit quit beat cast".split())
_BASE_BEFORE = frozenset("to will shall would could might should may must can".split())
_PAST_BE = frozenset(("was", "were"))
_PRESENT_BE = frozenset(("is", "are", "am", "'s"))
_MODALS = frozenset("would could might should may must can ought".split())
_FUTURE = frozenset(("will", "shall"))
_ADVERBS = frozenset("also already finally formally officially jointly then just first".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i you who".split())
_SUBJECT_NOUNS = frozenset(
    """company spokesman spokeswoman spokesperson government official minister bank
    department board court committee agency group union president chairman firm ministry
    commission council parliament congress senate house police army talks offer deal
    strike sale meeting vote election summit market""".split()
)
#: Words that open a verb's direct object: "fined the bank", "confirmed all six".
_OBJECT_STARTS = frozenset("the a an all its their his her both several".split())
_TIME_NOUNS = frozenset("quarter period week month year season term half day".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
#: Prepositions that make a date the time of its verb ("met on", "was held in").
_TIME_PREPOSITIONS = frozenset("on in at during".split())
#: Only a future can run to a deadline: "will be completed by 2024".
_DEADLINE_PREPOSITIONS = frozenset(("by", "before"))
#: Between the verb and the date: a word that makes the date belong to something else.
_STOPS = frozenset(
    """to for from until till through since after before than as like unlike that which
    who whom whose when where while whether if unless because and or but nor next last
    this each every per between within vote votes meeting meetings talks election
    elections summit conference hearing session auction tender strike deadline trial
    referendum ballot poll polls debate visit ceremony inauguration match game final race
    rally convention congress sale offering launch release payment delivery deliveries
    shipment shipments dividend dividends contract expiry maturity date record payable
    effective due quarter period week month year season term plan plans schedule
    timetable date dates bid offer tour trip he she they we i is are has have had do does
    did be been being am""".split()
)
#: A verb before the governing one whose clause may shift tense or make it hypothetical.
_SHIFTERS = frozenset(
    """said say says told tell tells added adds according stated reported report reports
    announced predicted forecast warned expected expects believed believes hoped hopes
    thought claimed insisted argued noted estimated wrote if unless whether would could
    might should may planned plans intends intended hoped""".split()
)
#: A reporting verb dates the saying only when the date follows it closely ("said on").
_REPORTING = frozenset(
    "said told announced reported added stated confirmed warned declared".split()
)
_MAX_OBJECT = 12
#: The most words back from "and" to the verb it coordinates with.
_MAX_CONJUNCT = 20
#: Events a date before them times: "in the February 17 poll", "the Dec. 14 summit, where".
_EVENTS = (
    r"(?:summit|meeting|vote|poll|polls|election|referendum|talks|session|conference"
    r"|news\s+conference|press\s+conference|hearing|ceremony|match|final|race|rally|debate"
    r"|inauguration|signing|auction|congress|convention|tremor|earthquake|attack|attacks)"
)
_EVENT_AFTER = lazy_compile(rf"\s+(?:[\p{{Ll}}\-]+\s+)?{_EVENTS}(?![\w-])")
#: "the Dec. 14 summit, where EU leaders agreed": the clause tells what happened at it.
_WHERE = lazy_compile(
    rf"\s+(?:[\p{{Ll}}\-]+\s+)?{_EVENTS}\s*,?\s+(?:where|at\s+which|during\s+which)\s+"
)
#: "At the Dec. 14 summit, EU leaders agreed": a sentence that opens with its event.
_OPENING_AT = lazy_compile(r"^\s*(?:At|During)\s+the\s+$")
_OPENING_EVENT = lazy_compile(rf"\s+(?:[\p{{Ll}}\-]+\s+)?{_EVENTS}\s*,\s+")
#: Words before the verb of a clause at an event that leave its tense unread.
_NOT_YET = frozenset(
    """has have had be been being not that which who whom if unless because when while and
    or but to than""".split()
)
#: The most words between "where" and its verb: "where EU leaders from 27 states agreed".
_MAX_SUBJECT = 5
_CONDITIONS = frozenset("if unless whether would could might should".split())
#: Before a verb's first conjunct: a word that leaves its tense unread.
_CONJUNCT_STOPS = frozenset(
    "be is are am has have that whom whose if when while and or but".split()
)
_RELATIVE = lazy_compile(r",\s+(?:whose|which|who)\b")
_PASSIVE_BE = frozenset("be been being was were is are".split())


@dataclass(frozen=True)
class DatedVerb:
    """The verb group that tells the event a date is the time of, and its tense."""

    date: DateMention
    start: int
    end: int
    text: str
    tense: str  # "past" or "future"


@once_per_document
def find_dated_verbs(doc: Document) -> list[DatedVerb]:
    """Return the dates whose governing verb group has a clear past or future tense."""
    out = []
    for d in extract_dates(doc):
        found = _governing(doc, d) or _at_event(doc, d)
        if found is not None:
            out.append(found)
    return out


def _at_event(doc: Document, d: DateMention) -> DatedVerb | None:
    """Read the verb of what happened at a dated event told after it.

    "the Dec. 14 summit, where EU leaders agreed" and "At the Dec. 14 summit, EU
    leaders agreed" date the agreeing; the date belongs to the summit, the verb to
    what was done there.
    """
    if d.day is None:
        return None
    m = match_at(_WHERE, doc.prose, d.end)
    if m is None:
        sentence = doc.sentence_at(d.start)
        lead = doc.prose[sentence.start : d.start] if sentence else ""
        m = match_at(_OPENING_EVENT, doc.prose, d.end) if _OPENING_AT.match(lead) else None
    if m is None:
        return None
    toks = words_after(doc, d.end + (m.end() - d.end), _MAX_SUBJECT + 1)
    for j, tok in enumerate(toks):
        word = tok.text.lower()
        if word in _FUTURE or word in _MODALS or word in _PRESENT_BE or word in _BASE_BEFORE:
            return None
        if word in _NOT_YET:
            return None
        if word in _PAST_BE:
            after = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
            if not after or after in _NOT_EVENT_ED or after in _SCHEDULE or after == "to":
                return None
            return _past_at(doc, d, tok, tok)
        past = word in _FINITE_PAST or word in _IRREGULAR or _regular_past(word)
        if past and j > 0 and word not in _NOT_EVENT_ED and word not in _REPORTING:
            return _past_at(doc, d, tok, tok)
    return None


def _past_at(doc: Document, d: DateMention, first: Any, last: Any) -> DatedVerb | None:
    if _shifted(doc, first, "past", False):
        return None
    return DatedVerb(d, first.start, last.end, doc.prose[first.start : last.end], "past")


def _governing(doc: Document, d: DateMention) -> DatedVerb | None:
    toks = words_before(doc, d.start, 24)
    if not toks:
        return None
    first = toks[0].text.lower()
    deadline = first in _DEADLINE_PREPOSITIONS
    i = 1 if first in _TIME_PREPOSITIONS or deadline else 0
    if i == 0 and d.day is not None and match_at(_EVENT_AFTER, doc.prose, d.end):
        if first in _DETERMINERS and len(toks) > 1 and toks[1].text.lower() in _TIME_PREPOSITIONS:
            i = 2  # "won 81 seats in the February 17 poll": the poll's date is the winning's
    if (i == 0 and d.day is None) or doc.prose.startswith(("'s", "’s"), d.end):
        return None
    if _tabular(doc, d.start):
        return None
    edge = toks[i - 1].start if i else d.start
    for j in range(i, min(len(toks), i + _MAX_OBJECT + 1)):
        tok = toks[j]
        if "," in doc.prose[tok.end : edge]:
            return None
        edge = tok.start
        word = tok.text.lower()
        group = _verb_group(toks, j, bare=i == 0 and j == 0)
        if group is not None:
            if group == "none":
                return None
            tense, k = group
            # "will begin May 9": the auxiliary's verb stands before it, so the group has one
            aux = k > j or (tense == "future" and j > i)
            if (deadline and tense == "past") or not _dates_verb(word, i, j, aux):
                return None
            if _shifted(doc, toks[k], tense, toks[k].text.lower() == "had"):
                return None
            # "will meet", "is due to vote": the group runs to the verb after the auxiliary.
            ahead = toks[j - 1] if j > i else tok
            last = ahead if tense == "future" or ahead.text == "place" else tok
            start, end = toks[k].start, last.end
            return DatedVerb(d, start, end, doc.prose[start:end], tense)
        base = j + 1 < len(toks) and toks[j + 1].text.lower() in _BASE_BEFORE
        if base and (i > 0 or j == 0):
            continue  # "will offer on May 3", "will begin May 9": a verb, whatever else it is
        if i == 0 or word in _STOPS or (word.endswith("ing") and len(word) > 4):
            return None
        if word in _PARTICIPLES and word not in _SAME_BASE:
            return None
    return None


def _tabular(doc: Document, offset: int) -> bool:
    """Whether the date stands in a table laid out with spaces, where no verb governs it."""
    prose = doc.prose
    # any line ending counts: a draft saved with bare CRs is still many lines
    start = max(prose.rfind("\n", 0, offset), prose.rfind("\r", 0, offset)) + 1
    ends = [i for i in (prose.find("\n", offset), prose.find("\r", offset)) if i >= 0]
    line = prose[start : min(ends) if ends else len(prose)]
    return "   " in line or "\t" in line


def _dates_verb(word: str, i: int, j: int, aux: bool) -> bool:
    """Tell whether the date can be the verb's.

    A reporting verb needs it close ("said on"), and a date with no preposition follows
    only a verb with an auxiliary or a past that is never a participle ("had been
    closed May 29", "met May 4"), since "shareholders registered April 3" and "said
    April 10 is" are no events.
    """
    if i == 0:
        return (aux or word in _FINITE_PAST) and word not in _REPORTING
    return word not in _REPORTING or j <= i + 2


def _verb_group(toks: list[Any], j: int, bare: bool) -> tuple[str, int] | str | None:
    """Read the verb group whose last word is ``toks[j]``: (tense, index of its first word).

    Returns None when ``toks[j]`` is not a verb, and "none" when it is one without a
    tense that dates an event (an infinitive, a modal, a plan, a present perfect).
    """
    word = toks[j].text.lower()
    if word in _FUTURE or word.endswith(("'ll", "’ll")):
        return "future", j
    if word in _PAST_BE:
        return ("past", j) if j <= 1 or bare else "none"
    if word == "to":
        return _to_group(toks, j)
    if word in _MODALS:
        return "none"
    if word == "be":
        aux = _aux(toks, j + 1)
        return ("future", aux[1]) if aux and aux[0] in _FUTURE else "none"
    past = word in _FINITE_PAST or word in _IRREGULAR or _regular_past(word)
    if not past and word not in _PARTICIPLES:
        return None
    if word in _SAME_BASE and j + 1 < len(toks) and toks[j + 1].text.lower() in _BASE_BEFORE:
        return None  # "to set", "will cut": a base form, read with what comes before it
    if word in _NOT_EVENT_ED:
        return "none"
    return _past_group(toks, j, word)


def _aux(toks: list[Any], k: int) -> tuple[str, int] | None:
    """Return the auxiliary before a verb, skipping an adverb: "will also be", "had already"."""
    while k < len(toks) and toks[k].text.lower() in _ADVERBS | {"not"}:
        k += 1
    if k >= len(toks):
        return None
    word = toks[k].text.lower()
    return ("will" if word.endswith(("'ll", "’ll")) else word), k


def _past_group(toks: list[Any], j: int, word: str) -> tuple[str, int] | str | None:
    """Read a past form with what stands before it: "was held", "had been closed", "met".

    NOTE: a past form with its object after it ("fined the bank on") is active and
    finite; one straight after a noun may be a participle ("shareholders registered on").
    """
    aux = _aux(toks, j + 1)
    if aux is None:
        return "none"
    name, k = aux
    if name in _FUTURE:
        return "future", k
    if name == "be":
        before = _aux(toks, k + 1)
        return ("future", before[1]) if before and before[0] in _FUTURE else "none"
    if name == "been":
        before = _aux(toks, k + 1)
        return ("past", before[1]) if before and before[0] == "had" else "none"
    if name == "had":
        return "past", k
    if name in _PAST_BE:
        return "past", k
    if name in _PRESENT_BE or name in _MODALS or name in ("has", "have", "to", "being"):
        return "none"
    if word in _PARTICIPLES and word not in _IRREGULAR:
        return "none"
    if name == "and":
        return ("past", j) if _past_conjunct(toks, k + 1) else "none"
    finite = _subject(toks[k], word) or (j > 0 and toks[j - 1].text.lower() in _OBJECT_STARTS)
    if word in _REPORTING and toks[k].text.lower() not in _DETERMINERS:
        finite = True
    return ("past", j) if finite else "none"


def _past_conjunct(toks: list[Any], k: int) -> bool:
    """Whether the clause before "and" is told in a finite past that the verb after it shares.

    "The scheme was approved to help people hit by the winter and ended on March 31"
    and "the strike, which began in March and ended on May 3" date a past ending; "will
    be approved and ended" and "has begun and ended" leave the second verb's tense to
    a first that is not plainly past.
    """
    for tok in toks[k : k + _MAX_CONJUNCT]:
        word = tok.text.lower()
        if word in _CONJUNCT_STOPS or word in _FUTURE or word in _MODALS:
            return False
        if word in _PAST_BE or word == "had" or word in _FINITE_PAST:
            return True
    return False


def _to_group(toks: list[Any], j: int) -> tuple[str, int] | str:
    """Read "is due to", "are set to", "is scheduled to": a present schedule."""
    aux = _aux(toks, j + 1)
    if aux is None or aux[0] not in _SCHEDULE:
        return "none"
    be = _aux(toks, aux[1] + 1)
    return ("future", be[1]) if be and be[0] in _PRESENT_BE else "none"


def _regular_past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word.isalpha()


def _subject(tok: Any, verb: str) -> bool:
    """Whether the word before a past form makes it the clause's finite verb."""
    low = tok.text.lower()
    if low in _DETERMINERS or low in _TIME_NOUNS or low.endswith("ly"):
        return False
    if verb in _FINITE_PAST or low in _SUBJECT_PRONOUNS or low in _SUBJECT_NOUNS:
        return True
    return tok.text[:1].isupper()


def _shifted(doc: Document, first: Any, tense: str, perfect: bool) -> bool:
    """Whether the verb group is quoted, hypothetical, or may have its tense shifted.

    NOTE: reported speech shifts a present back ("the talks begin on May 3" becomes
    "said the talks began on May 3"), so a simple past after a reporting verb is left
    alone; a past perfect ("had been signed") or a "will" is the writer's own tense at
    the dateline, reported or not. A condition anywhere in the sentence ("if", "would":
    "once the deal had been signed on May 3, the plant would reopen") spares any tense.
    """
    if doc.is_quoted(first.start):
        return True
    sentence = doc.sentence_at(first.start)
    if sentence is not None:
        # "she would prefer a Congress, whose members had been elected on May 11": the
        # relative clause tells a fact of its own, out of the condition's reach.
        openers = [m.end() for m in _RELATIVE.finditer(doc.prose, sentence.start, first.start)]
        start = openers[-1] if openers else sentence.start
        if any(w in _CONDITIONS for w in words_between(doc, start, sentence.end)):
            return True
    if tense == "future" or perfect:
        return False
    words = [t.text.lower() for t in words_before(doc, first.start, 40, clause=False)]
    return any(w in _SHIFTERS and not _passive(words, i) for i, w in enumerate(words))


def _passive(words: list[str], i: int) -> bool:
    """Whether the reporting verb ``words[i]`` (nearest first) is a passive with no clause.

    "The price will be announced on April 28 and the offer closed on May 7" reports
    nothing: the announcing is itself an event. "It was announced that the plant
    closed" still reports, and so still shifts.
    """
    before = words[i + 1] if i + 1 < len(words) else ""
    after = words[i - 1] if i > 0 else ""
    participle = words[i].endswith("ed") or words[i] in ("said", "told", "thought", "forecast")
    return participle and before in _PASSIVE_BE and after != "that"
