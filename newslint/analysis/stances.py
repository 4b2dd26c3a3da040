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

from newslint.analysis.actors import bare_surname

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
_FIRM_INSIDE = regex.compile(
    r"\b(?:staunch|longtime|long-time|consistent|steadfast|fierce|vocal|strong|firm|firmly"
    r"|strongly|vehement|vehemently|ardent|unwavering|always|consistently|repeatedly|flatly"
    r"|most\s+vocal|leading|chief)\b"
)
_STANCE = regex.compile(
    rf"(?<![\-‐])\b(?:(?:has|have|had)\s+)?(?:(?P<neg>never|not)\s+)?(?:(?P<firm>{_FIRM})\s+)?"
    rf"(?:(?P<for>{_FOR})|(?P<against>{_AGAINST}))\s+(?P<obj>[^,.;:!?—–()\"“”]{{3,80}})"
)
_FIRM_TAIL = regex.compile(r"\s*(?:from\s+the\s+(?:start|outset|beginning)|throughout)\b")
_NEGATED = regex.compile(r"\b(?:not|never|no\s+longer|n't|did\s+not|does\s+not)\s+$")
# The object runs to a clause boundary or a time adjunct ("on Friday", "last week");
# complements stay ("tariffs on cars" is not "tariffs on chips").
_OBJECT_STOP = regex.compile(
    r"\b(?:that|which|who|while|but|because|when|after|before|as|and|at|during|last|this|next"
    r"|from\s+the\s+(?:start|outset|beginning)|for\s+good|throughout|ever|if|unless"
    r"|since|until|by|yesterday|today|again|(?:in|at|during)\s+(?:a|an)|(?:on|in)\s+(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|\d|the\s+(?:morning|afternoon|evening|week|month|year|past)))\b",
    regex.IGNORECASE,
)
_CHANGE = regex.compile(
    r"\b(?:chang\w*|revers\w*|shift\w*|u-turn|flip-flop\w*|no\s+longer|used\s+to|initially"
    r"|originally|at\s+first|previously|once|later|until|switch\w*|came\s+around|now|softened|hardened"
    r"|abandon\w*|dropped)\b",
    regex.IGNORECASE,
)
# "On Tuesday Macron rejected ...": a time or setting before the subject.
_LEAD_ADVERBIAL = regex.compile(
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
    """``person`` is said to be for (+1) or against (-1) the thing named by ``words``."""

    start: int
    end: int
    person: str
    polarity: int
    firm: bool
    words: frozenset[str]
    changed: bool  # the sentence tells of a change of mind


def find_stances(doc: Document) -> list[Stance]:
    """Return stance statements with a clear subject and a comparable object."""
    out = []
    for sentence in doc.sentences:
        for m in _STANCE.finditer(doc.prose, sentence.start, sentence.end):
            obj, length = _object_words(m.group("obj"))
            person = _subject(doc, sentence.start, m.start())
            if not obj or person is None or doc.is_quoted(m.start()):
                continue
            polarity = 1 if m.group("for") else -1
            if m.group("neg") or _NEGATED.search(doc.prose[max(0, m.start() - 15) : m.start()]):
                polarity = -polarity
            changed = bool(_CHANGE.search(doc.prose, sentence.start, sentence.end))
            verb = m.group("for") or m.group("against")
            end = m.start("obj") + length
            tail = doc.prose[end : min(sentence.end, end + 24)]
            firm = (
                bool(m.group("firm") or _FIRM_INSIDE.search(verb) or _FIRM_TAIL.match(tail))
                or m.group("neg") == "never"
            )
            out.append(Stance(m.start(), end, person, polarity, firm, obj, changed))
    return out


_CONTENT_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")


#: "Scholz's demand to suspend the brake": the stance is on suspending the brake.
_REQUEST = regex.compile(
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
_LEAD_TAIL = regex.compile(r"(?:,|\s+(?:has|have|had|who|who\s+has))+\s*$")
_NAME_AT_END = regex.compile(
    r"(?:^|\s)\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?(?P<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$"
)


def _subject(doc: Document, sentence_start: int, offset: int) -> str | None:
    actors = doc.actors
    before = [m for m in actors.in_range(sentence_start, offset) if m.person]
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
