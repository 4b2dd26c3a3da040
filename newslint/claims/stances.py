"""Stance statements: who is said to support or oppose what, and how firmly.

A story that says someone "has consistently supported" a policy and elsewhere
that they "opposed" it contradicts itself, unless it tells of a change of mind.
This analysis finds the statements with their subject, polarity, firmness and the
content words of their object; the rule compares them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import bare_surname, find_actors
from newslint.lazyre import lazy_compile

if TYPE_CHECKING:
    from newslint.document import Document

_NOUN_LEAD = (
    r"(?:(?:is|was|has\s+been|remains)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
    r"|(?<=,\s)(?:a|an|the)\s+(?:[\p{L}'’\-]+\s+){0,4})"
)
_FOR = (
    r"support(?:s|ed)|back(?:s|ed)|champion(?:s|ed)|favou?r(?:s|ed)|endorse(?:s|d)|advocat(?:es|ed)"
    r"|voted\s+(?:for|to|in\s+favou?r\s+of)|(?:has\s+)?(?:sought|seeks|seeking)\s+to"
    r"|(?:pushed|pressed|lobbied|argued|called|campaigned)\s+for|(?:vowed|pledged|promised)\s+to"
    r"|(?:ran|campaigned|stood)\s+on\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:pledge|promise|vow)\s+to"
    r"|(?:argued|insisted)(?:\s+(?:throughout|during|for)\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+that"
    r"\s+(?:\p{Lu}[\p{L}\-]+|it|the\s+\w+)\s+(?:should|must)"
    rf"|{_NOUN_LEAD}(?:supporter|backer|champion|advocate|proponent)\s+of"
    r"|(?:is|was|has\s+been|remains)\s+in\s+favou?r\s+of"
)
_AGAINST = (
    r"oppos(?:es|ed)|reject(?:s|ed)|resist(?:s|ed)|condemn(?:s|ed)|voted\s+against"
    r"|spoke\s+out\s+against|fought\s+against|campaigned\s+against|argued\s+against"
    r"|refus(?:es|ed)\s+to|vowed\s+not\s+to|(?:said|says)\s+(?:he|she|they)\s+(?:will|would)\s+not"
    r"|refus(?:es|ed)|ruled\s+out"
    rf"|{_NOUN_LEAD}(?:opponent|critic)\s+of"
    r"|(?:is|was|has\s+been|remains)\s+(?:\w+ly\s+)?opposed\s+to"
)
_FIRM = (
    r"consistently|always|long|steadfastly|staunchly|firmly|repeatedly|never|unwaveringly"
    r"|strongly|fiercely|vehemently|vocally|flatly|flat-out|adamantly"
)
_FIRM_INSIDE = lazy_compile(
    r"\b(?:staunch|longtime|long-time|consistent|steadfast|fierce|vocal|strong|firm|firmly"
    r"|strongly|vehement|vehemently|ardent|unwavering|always|consistently|repeatedly|flatly"
    r"|most\s+vocal|leading|chief|throughout)\b"
)
_STANCE = lazy_compile(
    rf"(?<![\-‐])\b(?:(?:has|have|had)\s+)?(?:(?P<neg>never|not)\s+)?(?:(?P<firm>{_FIRM})\s+)?"
    rf"(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))\s+(?P<obj>[^,.;:!?—–()\"“”]{{3,80}})"
)
_FIRM_TAIL = lazy_compile(r"\s*(?:from\s+the\s+(?:start|outset|beginning)|throughout)\b")
_NEGATED = lazy_compile(r"\b(?:not|never|no\s+longer|n't|did\s+not|does\s+not)\s+$")
# The object runs to a clause boundary or a time adjunct ("on Friday", "last week");
# complements stay ("tariffs on cars" is not "tariffs on chips").
_OBJECT_STOP = lazy_compile(
    r"\b(?:that|which|who|while|but|because|when|after|before|as|and|at|during|last|this|next"
    r"|from\s+the\s+(?:start|outset|beginning)|for\s+good|throughout|ever|if|unless"
    r"|since|until|by|yesterday|today|again|(?:in|at|during)\s+(?:a|an)|(?:on|in)\s+(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|\d|the\s+(?:morning|afternoon|evening|week|month|year|past)))\b",
    regex.IGNORECASE,
)
_CHANGE = lazy_compile(
    r"\b(?:chang\w*|revers\w*|shift\w*|u-turn|flip-flop\w*|no\s+longer|used\s+to|initially"
    r"|originally|at\s+first|previously|once|until|switch\w*|came\s+around|softened|hardened"
    r"|abandon\w*|dropped)\b",
    regex.IGNORECASE,
)
#: "Doe now opposes", "Later in the year, Price endorsed": "now" and "later" tell of a change
#: only before the stance, not in a clause after it ("said MPs would now have to").
_CHANGE_BEFORE = lazy_compile(r"\b(?:now|later)\b", regex.IGNORECASE)
# "On Tuesday Macron rejected ...": a time or setting before the subject.
_LEAD_ADVERBIAL = lazy_compile(
    r"^(?:(?:On|In|At|During|Last|This|Earlier|Later)\s+(?:the\s+)?\p{L}+(?:\s+\p{Ll}+)?,?\s+)"
)
_DEMONSTRATIVE = frozenset(
    """this that these those it them such of for in on to up down from at into away out off
    by with as than""".split()
)
_STOP = frozenset(
    """the a an of for to in on at by with from his her their its our any all some more
    new own other such plan policy policies effort efforts measure measures idea move
    proposal proposals bill bills""".split()
)


@dataclass(frozen=True)
class Stance:
    """``person`` is said to be for (+1) or against (-1) the thing named by ``words``.

    ``loose`` marks a stance whose object is a clause written before it ("pressed to
    suspend the debt brake, a step Lindner refused"): ``words`` then holds every
    content word of that clause, and the thing is somewhere among them. ``member``
    marks a stance on being in something ("stay in the convention", "leave the
    convention" is a stance against it), whose name may be shortened later on.
    """

    start: int
    end: int
    person: str
    polarity: int
    firm: bool
    words: frozenset[str]
    changed: bool  # the sentence tells of a change of mind
    loose: bool = False
    member: bool = False


@once_per_document
def find_stances(doc: Document) -> list[Stance]:
    """Return stance statements with a clear subject and a comparable object."""
    out = []
    for sentence in doc.sentences:
        out.extend(_verb_first(doc, sentence.start, sentence.end))
        out.extend(_object_first(doc, sentence.start, sentence.end))
        out.extend(_bare_votes(doc, sentence.start, sentence.end))
    out.sort(key=lambda s: s.start)
    return out


def _changed(doc: Document, lo: int, hi: int, at: int) -> bool:
    """Tell whether the sentence around a stance at ``at`` tells of a change of mind."""
    return bool(_CHANGE.search(doc.prose, lo, hi) or _CHANGE_BEFORE.search(doc.prose, lo, at))


def _verb_first(doc: Document, lo: int, hi: int) -> list[Stance]:
    """Read "Doe opposed the levy", "Doe, a longtime critic of the levy", "argued that X should"."""
    out = []
    for m in _STANCE.finditer(doc.prose, lo, hi):
        obj, length, flip, member = _object(m.group("obj"))
        person = _subject(doc, lo, m.start())
        if not obj or person is None or doc.is_quoted(m.start()):
            continue
        polarity = 1 if m.group("for") else -1
        if m.group("neg") or _NEGATED.search(doc.prose[max(0, m.start() - 15) : m.start()]):
            polarity = -polarity
        verb = m.group("for") or m.group("against")
        end = m.start("obj") + length
        tail = doc.prose[end : min(hi, end + 24)]
        firm = (
            bool(m.group("firm") or _FIRM_INSIDE.search(verb) or _FIRM_TAIL.match(tail))
            or m.group("neg") == "never"
        )
        polarity = -polarity if flip else polarity
        changed = _changed(doc, lo, hi, m.start())
        out.append(Stance(m.start(), end, person, polarity, firm, obj, changed, member=member))
    return out


_PERSON = r"(?P<subj>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,3}|he|she)"
_FOR_PAST = (
    r"supported|supports|backed|backs|championed|champions|favou?red|favou?rs|endorsed|endorses"
)
_AGAINST_PAST = (
    r"opposed|opposes|rejected|rejects|refused|refuses|resisted|resists|condemned|condemns"
    r"|fought|fights"
)
_STEP = (
    r"(?:a|an)\s+(?:[\p{Ll}\-]+\s+)?(?:step|move|demand|proposal|plan|measure|idea|policy|deal"
    r"|offer|request|change|reform|course|position|call)"
)
_CLAUSE_END = (
    r"(?=\s*[,.;:!?—–)]|\s*$|\s+(?:on|in|at|last|this|from|throughout|outright|out\s+of\s+hand"
    r"|when|after|before|until)\b)"
)
#: "..., a step Lindner flatly refused", "..., which Doe has always opposed".
_OBJECT_FIRST = lazy_compile(
    rf",\s+(?:{_STEP}\s+(?:that\s+)?|which\s+){_PERSON}\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?P<firm>{_FIRM})\s+)?(?:(?P<for>{_FOR_PAST})|(?P<against>{_AGAINST_PAST})){_CLAUSE_END}"
)
#: "..., a move strongly opposed by Doe".
_OBJECT_FIRST_PASSIVE = lazy_compile(
    rf",\s+{_STEP}\s+(?:(?:long|always)\s+)?(?:(?P<firm>{_FIRM})\s+)?"
    rf"(?:(?P<for>supported|backed|championed|favou?red|endorsed)"
    rf"|(?P<against>opposed|rejected|refused|resisted|condemned))\s+by\s+{_PERSON}{_CLAUSE_END}"
)
#: Where the clause a stance looks back on begins: "... and Doe proposed a levy, a move ...".
_CLAUSE_START = lazy_compile(r"(?:;|—|–|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)")
#: The most words of a clause a stance looks back on.
_BACK_WORDS = 24


def _object_first(doc: Document, lo: int, hi: int) -> list[Stance]:
    """Read stances whose object comes first, as the clause the stance looks back on."""
    out = []
    for pattern in (_OBJECT_FIRST, _OBJECT_FIRST_PASSIVE):
        for m in pattern.finditer(doc.prose, lo, hi):
            if doc.is_quoted(m.start()):
                continue
            person = _subject(doc, m.start("subj"), m.end("subj"))
            if person is None:
                continue
            clause = doc.prose[lo : m.start()]
            cuts = [c.end() for c in _CLAUSE_START.finditer(clause)]
            words = _CONTENT_WORD.findall(clause[cuts[-1] if cuts else 0 :].lower())
            words = words[-_BACK_WORDS:]
            bag = frozenset(_stem(w) for w in words if w not in _STOP and len(w) > 2)
            if len(bag) < 2:
                continue
            polarity = 1 if m.group("for") else -1
            firm = bool(m.group("firm"))
            changed = _changed(doc, lo, hi, m.start())
            # The stance reads from its clause, so a message quotes what was refused.
            begin = lo + (cuts[-1] if cuts else 0)
            begin += len(doc.prose[begin : m.start()]) - len(doc.prose[begin : m.start()].lstrip())
            out.append(Stance(begin, m.end(), person, polarity, firm, bag, changed, loose=True))
    return out


#: "who voted in favour on Tuesday", "voted against it": a vote whose object was named before.
_BARE_VOTE = lazy_compile(
    r"(?<![\-‐])\b(?:(?:has|have|had)\s+)?voted\s+(?:(?P<for>in\s+favou?r|for\s+it)|(?P<against>against"
    r"(?:\s+it)?))(?=\s*[,.;:!?—–)]|\s+(?:on|in|at|last|this|when|after|before|and|but)\b)"
)
#: What a bare vote is on: the story's bill, motion or amendment named just before.
_BALLOT = lazy_compile(
    r"\b(?:the|this|that)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:bill|motion|measure|amendment|resolution"
    r"|budget|treaty)\b"
)


def _bare_votes(doc: Document, lo: int, hi: int) -> list[Stance]:
    """Read a vote with no object as a vote on the one ballot named just before it."""
    out = []
    for m in _BARE_VOTE.finditer(doc.prose, lo, hi):
        person = _subject(doc, lo, m.start())
        if person is None or doc.is_quoted(m.start()):
            continue
        index = find_actors(doc).sentence_index(m.start())
        window = doc.sentences[max(0, index - 1)].start
        named = {
            _object_words(b.group())[0] for b in _BALLOT.finditer(doc.prose, window, m.start())
        }
        if len(named) != 1 or not next(iter(named)):
            continue
        polarity = 1 if m.group("for") else -1
        changed = _changed(doc, lo, hi, m.start())
        out.append(Stance(m.start(), m.end(), person, polarity, False, named.pop(), changed))
    return out


_CONTENT_WORD = lazy_compile(r"[\p{L}][\p{L}'’\-]*")


#: "Scholz's demand to suspend the brake": the stance is on suspending the brake.
_REQUEST = lazy_compile(
    r"^(?:\p{Lu}[\p{L}\-]*['’]s\s+|the\s+|a\s+)?(?:[\w'’]+\s+)?(?:demand|call|request|proposal"
    r"|plan|bid|push|offer|pressure|attempt)s?\s+(?:to|for)\s+",
    regex.IGNORECASE,
)
#: Nouns too general to name a stance's object alone, unless nothing else is left.
_HEADS = frozenset("plan policy policies measure measures proposal proposals bill bills".split())


def _stem(word: str) -> str:
    """Fold "suspending", "suspended" and "suspends" to one key, crudely but alike."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "scrapping", "scrapped": "scrap"
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word  # "leave", "leaving"


#: "leave the EU", "take Britain out of the convention": a stance against being in it;
#: "stay in the EU", "keep Britain in": a stance for it.
_MEMBERSHIP = lazy_compile(
    r"^(?:not\s+)?(?:(?P<out>leave|leaving|quit|quitting|exit|exiting|withdraw(?:ing)?\s+from"
    r"|pull(?:ing)?\s+out\s+of|(?:take|taking|get|getting|pull|pulling)\s+(?:\p{Lu}[\p{L}\-]+"
    r"|it|the\s+country)\s+out\s+of)|(?P<in>stay(?:ing)?\s+in|remain(?:ing)?\s+in"
    r"|keep(?:ing)?\s+(?:\p{Lu}[\p{L}\-]+|it|the\s+country)\s+in))\s+(?=the\s+\p{Lu}|\p{Lu})",
)


def _object(text: str) -> tuple[frozenset[str], int, bool, bool]:
    """Return an object's words and length, whether it flips the stance, and whether it is a place.

    "should not stay in X" is against X; "sought to leave X" is against being in X.
    """
    flip = False
    skip = 0
    if text.startswith("not "):
        flip, skip = True, 4
    m = _MEMBERSHIP.match(text, skip)
    if m is None:
        words, length = _object_words(text[skip:])
        return words, skip + length, flip, False
    words, length = _object_words(text[m.end() :])
    return words, m.end() + length, flip != bool(m.group("out")), True


def _object_words(text: str) -> tuple[frozenset[str], int]:
    """Return the content words naming what the stance is about, and how long that phrase is."""
    cut = _OBJECT_STOP.search(text, 1)
    text = (text[: cut.start()] if cut else text).rstrip()
    request = _REQUEST.match(text)
    words = _CONTENT_WORD.findall(text[request.end() if request else 0 :].lower())
    if not words or words[0] in _DEMONSTRATIVE:
        return frozenset(), len(text)
    kept = frozenset(_stem(w) for w in words[:6] if w not in _STOP and len(w) > 2)
    if not kept and words[-1] in _HEADS and len(words) <= 3:
        kept = frozenset({_stem(words[-1])})  # "the bill": the story's one bill
    return kept, len(text)


#: What may stand between a subject and its stance: "Doe has", "Ruiz, the minister,".
_LEAD_TAIL = lazy_compile(r"(?:,|\s+(?:has|have|had|who|who\s+has))+\s*$")
_NAME_AT_END = lazy_compile(
    r"(?:^|\s)\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?(?P<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$"
)


_THE_BEFORE = lazy_compile(r"\b[Tt]he\s+$")


def _subject(doc: Document, sentence_start: int, offset: int) -> str | None:
    actors = find_actors(doc)
    # NOTE: a name after "the" is a place or a body ("a lawmaker from the Rift Valley who"),
    # not the person a relative clause is about.
    before = [
        m
        for m in actors.in_range(sentence_start, offset)
        if m.person
        and not (m.kind == "name" and _THE_BEFORE.search(doc.prose, max(0, m.start - 4), m.start))
    ]
    if before:
        return before[-1].person
    # NOTE: a story that names someone only by surname ("Trump has always opposed ...")
    # still says the same person twice when that word opens both statements.
    lead = _LEAD_ADVERBIAL.sub("", doc.prose[sentence_start:offset].strip(), count=1)
    lead = _LEAD_TAIL.sub("", lead)
    surname = bare_surname(lead)
    if surname is not None:
        return surname
    # "Transport Minister Maria Ruiz flatly refused ...": a full name ends the lead
    named = _NAME_AT_END.search(lead)
    if named is not None and bare_surname(named.group("surname")) is not None:
        return named.group("surname")
    lead = doc.prose[sentence_start:offset].strip().lower()
    words = lead.split()
    if words and (words[0] in ("he", "she") or words[-1] in ("he", "she")):
        index = actors.sentence_index(offset)
        window = doc.sentences[max(0, index - 1)].start
        people = actors.people_in(window, offset)
        return next(iter(people)) if len(people) == 1 else None
    return None
