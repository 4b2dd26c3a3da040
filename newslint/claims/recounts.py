"""Counts and moments of one event that a story states, then refers back to.

A vote has one tally and a match one winning goal, so a story that gives "204 votes
in favour" and later thanks "the 214 lawmakers who voted for the motion", or has a
player score "in the 86th minute" and later praises "his 88th-minute winner", has
given one thing two values. Each figure is read with the side of the vote it counts
("for", "against") or the scorer whose goal it times, and whether its wording refers
back to something already told ("the 214 lawmakers who", "Oyarzabal's 88th-minute
winner"). Hedged counts ("at least 12 lawmakers"), counts of a group within the
chamber ("the 12 Republican senators who voted for") and goals of a player said to
have scored more than once are not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newslint.lazyre import lazy_compile

if TYPE_CHECKING:
    from newslint.document import Document


@dataclass(frozen=True)
class Recount:
    """One figure for a vote's side or a goal's minute."""

    start: int
    end: int
    text: str
    value: int
    thing: str  # "votes in favour", "votes against", "minute of Oyarzabal's winner"
    definite: bool  # refers back: "the 214 lawmakers who", "whose 88th-minute winner"
    sentence: int  # start of its sentence


_N = r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)"
_HEDGE = lazy_compile(
    r"\b(?:at\s+least|about|around|nearly|almost|some|over|under|more\s+than|fewer\s+than"
    r"|less\s+than|up\s+to|roughly|only|just|another|all|of\s+the)\s+$",
    regex.IGNORECASE,
)
_IN_FAVOUR = lazy_compile(
    rf"(?<![\d,.$£€-]){_N}\s+votes?\s+(?:were\s+cast\s+)?in\s+favou?r\b"
    r"(?:[^.;\d]{0,30}?\band\s+(?P<m>\d[\d,]*)\s+(?:votes?\s+)?against\b)?",
    regex.IGNORECASE,
)
#: "the 214 lawmakers who voted for the motion": no word between the count and the
#: chamber's members, since "the 12 opposition lawmakers" are a group within it.
_MEMBERS = lazy_compile(
    rf"(?<![\d,.$£€-]){_N}\s+(?:lawmakers|legislators|mps|members|senators|deputies"
    r"|representatives|peers|councillors|congressmen|delegates)\s+(?:who\s+)?(?:had\s+)?"
    r"(?P<verb>voted\s+(?:for|in\s+favou?r|against)|backed|supported|opposed)\b",
    regex.IGNORECASE,
)
#: "voted 272-219 in favour", "voted by 229 to 206": the first count is the side named.
_TALLY = lazy_compile(
    rf"\bvoted\s+(?:by\s+)?{_N}\s*(?:-|–|to)\s*(?P<m>\d[\d,]*)(?!\d)"
    r"(?P<side>\s+(?:votes?\s+)?(?:in\s+favou?r|for|against))?",
    regex.IGNORECASE,
)
_NTH = r"(?P<n>\d{1,3})(?:st|nd|rd|th)"
#: "Oyarzabal's 88th-minute winner", "Oyarzabal, 27, whose 88th-minute winner".
_WINNER = lazy_compile(
    rf"(?P<who>\p{{Lu}}[\p{{L}}'-]+)(?:'s\s+|,\s+(?:\d+,\s+)?whose\s+){_NTH}[\s-]minute\s+"
    r"(?:winner|winning\s+(?:goal|strike|header|try))\b"
)
_SCORED = (
    r"(?:,[^,.;]{{1,60}},)?\s+(?:\p{{Ll}}+\s+)?(?:scored|netted|struck|headed|fired|slid"
    r"|volleyed|tapped|curled|converted|drilled|nodded|poked|lashed|smashed|stabbed)\b"
    r"(?P<gap>[^.;]{{0,80}}?)\bin\s+the\s+{nth}\s+minute\b"
)
_JOINS = lazy_compile(r"\b(?:before|after|and|but|when|while|as|then|until)\b|,", regex.I)
_MORE_THAN_ONCE = lazy_compile(
    r"\b(?:twice|brace|hat-trick|hat\s+trick|second\s+goal|two\s+goals|double)\b", regex.I
)


def find_recounts(doc: Document) -> list[Recount]:
    """Return the vote counts and winning-goal minutes a story gives, in order."""
    out = [*_votes(doc), *_minutes(doc)]
    return sorted(out, key=lambda r: r.start)


def _votes(doc: Document) -> list[Recount]:
    prose = doc.prose
    out: list[Recount] = []

    def add(m: regex.Match[str], group: str, side: str, definite: bool) -> None:
        start, end = m.span(group)
        if _HEDGE.search(prose[max(0, start - 20) : start]):
            return
        sentence = doc.sentence_at(start)
        if sentence is None:
            return
        value = int(m.group(group).replace(",", ""))
        out.append(Recount(start, end, m.group(group), value, side, definite, sentence.start))

    for m in _IN_FAVOUR.finditer(prose):
        add(m, "n", "votes in favour", False)
        if m.group("m"):
            add(m, "m", "votes against", False)
    for m in _MEMBERS.finditer(prose):
        verb = m.group("verb").lower()
        side = "votes against" if "against" in verb or verb == "opposed" else "votes in favour"
        definite = prose[max(0, m.start() - 4) : m.start()].lower() == "the "
        add(m, "n", side, definite)
    for m in _TALLY.finditer(prose):
        against = (m.group("side") or "").strip().lower().endswith("against")
        add(m, "n", "votes against" if against else "votes in favour", False)
        add(m, "m", "votes in favour" if against else "votes against", False)
    return out


def _minutes(doc: Document) -> list[Recount]:
    prose = doc.prose
    if _MORE_THAN_ONCE.search(prose):
        return []  # a player who scored more than once has more than one minute
    out: list[Recount] = []
    for m in _WINNER.finditer(prose):
        who = m.group("who")
        sentence = doc.sentence_at(m.start("n"))
        if sentence is None or _team(prose, who):
            continue  # a side scores many goals; only a player's one goal is compared
        thing = f"minute of {who}'s winner"
        start, end = m.start("n"), m.end("n") + 2
        text = prose[start:end]
        out.append(Recount(start, end, text, int(m.group("n")), thing, True, sentence.start))
        scored = regex.compile(rf"\b{regex.escape(who)}" + _SCORED.format(nth=_NTH))
        for s in scored.finditer(prose):
            if _JOINS.search(s.group("gap")) or s.start() == m.start():
                continue
            at = doc.sentence_at(s.start("n"))
            if at is None or at.start == sentence.start:
                continue
            start, end = s.start("n"), s.end("n") + 2
            text = prose[start:end]
            out.append(Recount(start, end, text, int(s.group("n")), thing, False, at.start))
    return out


def _team(prose: str, name: str) -> bool:
    """Whether the story writes ``name`` as a side of the match ("Spain beat England")."""
    n = regex.escape(name)
    side = (
        rf"\b{n}\s+(?:beat|won|lost|drew|led|trailed|were|have|had|lead|leads|win|wins)\b"
        rf"|\b(?:beat|against|v|vs\.?|over|with)\s+{n}\b|\b{n}\s+\d+-\d+"
    )
    return regex.search(side, prose) is not None
