"""Who a story is about, and whom "the administration" or "his government" points to.

Contradiction rules compare what a story says about a person with when that person
held office, so they need "the administration", "his government" or "under Trump's
leadership" tied to a name. Resolution is deliberately conservative: an expression is
resolved only when the story leaves one plausible person, because a wrong resolution
turns into a false alarm that an editor has to argue with.
"""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newslint.claims import once_per_document
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from newslint.document import Document

#: Titles whose holders the contradiction rules know how to date (longest first).
TITLES = (
    "Secretary-General",
    "Secretary General",
    "Vice President",
    "Prime Minister",
    "President",
    "Chancellor",
    "Premier",
)
_TITLE_RE = "|".join(t.replace(" ", r"\s+") for t in TITLES)
#: One capitalised word of a name ("Reagan", "O'Neill", "McCain", "Lloyd-George").
NAME_WORD = (
    r"(?:\p{Lu}['’]\p{Lu}|\p{Lu})[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?"
    r"(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
)
_NAME_WORD_RE = lazy_compile(NAME_WORD)
_POSSESSIVE = r"(?:['’]s?)?"
_WORDS = lazy_compile(r"[\p{L}'’\-]+")
#: A surname's edges: no letter or hyphen before it; after it a possessive, then a word end.
_FREE_BEFORE = lazy_compile(r"(?<![\p{L}\-])")
_WORD_END = lazy_compile(_POSSESSIVE + r"\b")
_HISTORICAL = lazy_compile(
    r"(?:\b(?:former|ex|then|late|erstwhile|one-time|onetime|previous|outgoing|future|"
    r"incoming|president-elect|prime-minister-designate)[\s\-]*)$",
    regex.IGNORECASE,
)
# A possessive owning a thing of a given year: "Obama's 2010 healthcare law", "Reagan’s
# 1986 tax reform"; not a count ("Obama's 2010 votes" is rare, "2,010" has a comma).
_OWNED_YEAR = regex.compile(
    r"(?:['’]s|['’](?<=s['’]))?\s+(?P<year>1[89]\d\d|20\d\d)(?![\d,.%])"
    r"(?!\s+(?:per\s*cent|percent|people|votes|voters|seats|jobs|troops|members)\b)"
)
# "Deputy Prime Minister Goh" does not hold the title that follows the qualifier.
_QUALIFIED = (
    r"(?<!\b(?:[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Aa]cting|[Ii]nterim|[Vv]ice|[Ss]hadow"
    r"|[Jj]unior|[Ss]enior|[Ll]ord)[\s\-])"
)
_TITLED = lazy_compile(
    rf"(?<![\p{{L}}\-]){_QUALIFIED}(?P<title>{_TITLE_RE})\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{NAME_WORD}|\p{{Lu}}\.))*)"
)
_OFFICE_NOUN = r"administration|government|presidency|premiership|cabinet"
# "A Reagan administration official said ..." or "the government financing requirement":
# the office noun modifies another noun, and that noun is what acts.
_MODIFIES = (
    r"(?!\s+(?:officials?|spokes(?:man|woman|person)|sources?|bonds?|financing|debt|spending"
    r"|budget|deficit|figures|data|statistics|reports?|agenc(?:y|ies)|department|securities"
    r"|employees|workers|troops|forces|lawyers|aides?|advisers?|economists?|estimates?)\b)"
)
_OWNED = lazy_compile(
    rf"(?<![\p{{L}}\-])(?P<owner>{NAME_WORD}){_POSSESSIVE}\s+(?P<noun>{_OFFICE_NOUN})\b{_MODIFIES}"
)
_PRONOUN_OWNED = lazy_compile(rf"\b(?P<pron>[Hh]is|[Hh]er)\s+(?P<noun>{_OFFICE_NOUN})\b{_MODIFIES}")
_BARE_ADMIN = lazy_compile(
    rf"\b[Tt]he\s+(?P<noun>administration|government)\b(?!\s+of\b){_MODIFIES}"
)
_BARE_OFFICE = lazy_compile(
    r"\b[Tt]he\s+(?P<noun>[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier)\b"
    r"(?!\s+(?:of\b|\p{Lu}))(?![\-‐])"
)
_LEADERSHIP = lazy_compile(
    rf"\b[Uu]nder\s+(?:(?:{_TITLE_RE})\s+)?(?:{NAME_WORD}\s+)?(?P<owner>{NAME_WORD})"
    rf"(?:(?:['’]s?)\s+(?P<noun>leadership|presidency|premiership|administration|government|watch|rule))?"
)
_HEADS = {
    "administration": ("President",),
    "government": ("Prime Minister", "Chancellor", "Premier"),
}
_CALENDAR = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_BARE_UNDER_END = lazy_compile(r"\s*[,;.]")
_PERSON = lazy_compile(rf"(?<![\p{{L}}\-]){NAME_WORD}(?:\s+(?:\p{{Lu}}\.\s+)?{NAME_WORD}){{1,5}}\b")
HONORIFICS = frozenset(
    """Senator Sen Representative Rep Congressman Congresswoman Governor Gov Mayor Minister
    Secretary General Judge Justice Speaker Leader Chairman Chairwoman Chair Chief Ambassador
    Dr Mr Mrs Ms Miss Lord Lady Sir Dame King Queen Prince Princess Pope Prime Deputy Foreign
    Finance Defence Defense Treasury Trade Commerce State Labor Attorney Former Then""".split()
)
_NOT_NAME = frozenset(
    """The A An In On At But And Or So This That These Those There His Her Its Their Our
    He She It They We Meanwhile However Still Also For From To With By While After Before
    When Despite During Separately Critics Analysts Domestically As If Although Though
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Sen Rep Gov
    United New North South East West Republican Democratic Democrat Labour Conservative
    Liberal White House Senate Congress Parliament Supreme Court National Federal State
    American British Japanese Chinese French German Russian European US UK""".split()
)


# Capitalised sentence openers that are groups, not a person named by surname.
_PLURAL_SUBJECTS = frozenset(
    """Officials Critics Analysts Republicans Democrats Conservatives Liberals Lawmakers
    Voters Residents Workers Unions Farmers Investors Economists Experts Observers Many Most
    Some Others Both Neither Everyone Nobody Washington Beijing Moscow Tokyo London Paris
    Berlin Brussels China Japan Russia India Britain Germany France Israel Iran Ukraine""".split()
)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that points at a person, directly or through their office.

    ``kind`` is "name" (a two-word name), "title" ("President Joe Biden"), "owned"
    ("the Trump administration", "his government"), "leadership" ("under Trump's
    leadership") or "administration" (a bare "the administration"). ``person`` is the
    surname it resolves to, or None when the story leaves more than one candidate.
    """

    start: int
    end: int
    text: str
    kind: str
    person: str | None
    name: str = ""
    title: str = ""
    noun: str = ""
    historical: bool = False


class Actors:
    """The people a story names, its main office holder, and resolved references."""

    def __init__(self, mentions: list[Mention], sentence_starts: list[int]) -> None:
        self.mentions = mentions
        self._sentence_starts = sentence_starts
        self._by_start = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._by_start]
        self.main = _main_person(mentions)

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence holding an offset."""
        return bisect_right(self._sentence_starts, offset) - 1

    def in_range(self, start: int, end: int) -> list[Mention]:
        """Return the mentions that start inside ``[start, end)``."""
        # Bisect, not a scan: a long draft asks this once per sentence.
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return self._by_start[lo:hi]

    def people_in(self, start: int, end: int) -> set[str]:
        """Return the distinct resolved people mentioned inside ``[start, end)``."""
        return {m.person for m in self.in_range(start, end) if m.person}

    def nearest_person(self, offset: int, sentences_back: int = 2) -> str | None:
        """Return who the closest preceding mention names, looking a few sentences back."""
        first = max(0, self.sentence_index(offset) - sentences_back)
        floor = self._sentence_starts[first] if self._sentence_starts else 0
        before = [m for m in self.mentions if floor <= m.start < offset and m.person]
        return before[-1].person if before else None


@once_per_document
def find_actors(doc: Document) -> Actors:
    """Find and resolve the person mentions of a document's prose (headline excluded)."""
    prose = doc.prose
    body = [b for b in doc.blocks if b.kind != "headline"]
    raw: list[Mention] = []
    for block in body:
        raw.extend(_explicit(doc, prose, block.start, block.end))
    # NOTE: "the Shanghai government" is not a person's, while "the Obama administration"
    # and "under Trump's leadership" name one; a government's owner counts only when the
    # story also names that person.
    surnames = {m.person for m in raw if m.person and m.kind in ("name", "title")}
    raw = [
        m for m in raw if m.noun not in ("government", "cabinet", "under") or m.person in surnames
    ]
    surnames |= {m.person for m in raw if m.person}
    raw.sort(key=lambda m: m.start)
    for block in body:
        raw.extend(_possessives(prose, block.start, block.end, surnames, raw))
    raw.sort(key=lambda m: m.start)
    starts = [s.start for s in doc.sentences]
    actors = Actors(_dedupe(raw), starts)
    return Actors(_resolve(actors, prose, body), starts)


def _dated_possession(doc: Document, prose: str, end: int) -> bool:
    """Tell whether a titled name owns something of an earlier year: "Obama's 2010 law".

    The title is then the one the person held that year, however long ago they left
    the office, as a reader takes "reversing President Obama's 2010 healthcare law".
    """
    m = match_at(_OWNED_YEAR, prose, end)
    if m is None:
        return False
    year = int(m.group("year"))
    now = doc.reference_date.year if doc.reference_date else dt.date.today().year
    return year < now


def _explicit(doc: Document, prose: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _TITLED.finditer(prose, start, end):
        # NOTE: after a title, "May" or "Sunday" is a surname, not a month or a day
        words = [w for w in m.group("name").split() if w not in _NOT_NAME - _CALENDAR]
        if not words:
            continue
        last = words[-1].rstrip("'’").removesuffix("'s").removesuffix("’s")
        hist = bool(_HISTORICAL.search(prose[max(start, m.start() - 25) : m.start()]))
        hist = hist or _dated_possession(doc, prose, m.end())
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(),
                "title",
                last,
                " ".join(words),
                " ".join(m.group("title").split()),
                historical=hist,
            )
        )
    for m in _OWNED.finditer(prose, start, end):
        owner = m.group("owner")
        if owner in _NOT_NAME:
            continue
        out.append(
            Mention(m.start(), m.end(), m.group(), "owned", owner, owner, noun=m.group("noun"))
        )
    for m in _LEADERSHIP.finditer(prose, start, end):
        bare = not m.group("noun") and not _TITLED.match(prose, m.start() + 6)
        if not bare or _BARE_UNDER_END.match(prose, m.end()):
            owner = m.group("owner")
            if owner not in _NOT_NAME:
                out.append(
                    Mention(
                        m.start(),
                        m.end(),
                        m.group(),
                        "leadership",
                        owner,
                        owner,
                        noun=m.group("noun") or ("under" if bare else "leadership"),
                    )
                )
    for m in _PERSON.finditer(prose, start, end):
        person = _person(prose, m.start(), m.end())
        if person is not None:
            out.append(person)
    return out


def bare_surname(text: str) -> str | None:
    """Return the word if ``text`` is one capitalised word that can only be a surname ("Trump")."""
    words = text.split()
    if len(words) != 1 or not _NAME_WORD_RE.fullmatch(words[0]):
        return None
    word = words[0]
    return None if word in _NOT_NAME or word in HONORIFICS or word in _PLURAL_SUBJECTS else word


def _person(prose: str, start: int, end: int) -> Mention | None:
    """Read a run of capitalised words as a person: honorifics dropped, at least a surname left."""
    words = [(w.start() - start, w.group()) for w in _WORDS.finditer(prose, start, end)]
    titled = False
    while words and words[0][1] in HONORIFICS:
        words.pop(0)
        titled = True
    if not words or any(w in _NOT_NAME or w in HONORIFICS for _, w in words):
        return None
    if len(words) < 2 and not titled:
        return None
    s = start + words[0][0]
    name = prose[s:end]
    return Mention(s, end, name, "name", words[-1][1], name)


def _possessives(
    prose: str, start: int, end: int, surnames: set[str], known: list[Mention]
) -> list[Mention]:
    """Surname-only mentions of people the story has already named in full."""
    taken = {(m.start, m.end) for m in known}
    spans = sorted((m.start, m.end) for m in known)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
    out = []
    for surname in surnames:
        # NOTE: the literal is found by str.find and only its edges are tested with a
        # pattern, as a per-surname pattern would be compiled for every name in a story.
        i = prose.find(surname, start, end)
        while i >= 0:
            m = None
            if _FREE_BEFORE.match(prose, i, end):
                m = _WORD_END.match(prose, i + len(surname), end)
            if m is None:
                i = prose.find(surname, i + 1, end)
                continue
            if (i, m.end()) not in taken and not (
                (k := bisect_right(starts, i) - 1) >= 0 and reach[k] > i
            ):
                out.append(Mention(i, m.end(), prose[i : m.end()], "name", surname, surname))
            i = prose.find(surname, max(m.end(), i + 1), end)
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Keep the most informative of overlapping mentions ("President Joe Biden")."""
    rank = {"leadership": 0, "title": 1, "owned": 2, "name": 3, "administration": 4, "office": 5}
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, rank[m.kind])):
        if out and m.start < out[-1].end:
            if rank[m.kind] < rank[out[-1].kind] and m.end >= out[-1].end:
                out[-1] = m
            continue
        out.append(m)
    return out


def _main_person(mentions: list[Mention]) -> str | None:
    """Return the most mentioned person, if they are tied to an office and clearly ahead."""
    counts = Counter(m.person for m in mentions if m.person)
    officed = {m.person for m in mentions if m.kind in ("title", "owned", "leadership")}
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] not in officed:
        return None
    if ranked[0][1] < 2 and len(officed) > 1:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _resolve(actors: Actors, prose: str, body: list) -> list[Mention]:
    """Add bare "the administration" and "his government", resolved where it is safe."""
    out = list(actors.mentions)
    for block in body:
        for m in _BARE_ADMIN.finditer(prose, block.start, block.end):
            if any(x.start <= m.start() < x.end for x in actors.mentions):
                continue
            owner = _administration_owner(actors, m.start(), m.group("noun"))
            out.append(
                Mention(
                    m.start(), m.end(), m.group(), "administration", owner, noun=m.group("noun")
                )
            )
        for m in _BARE_OFFICE.finditer(prose, block.start, block.end):
            if any(x.start <= m.start() < x.end for x in actors.mentions):
                continue
            title = " ".join(m.group("noun").split()).title()
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    "office",
                    _office_holder(actors, title),
                    title=title,
                    noun=title.lower(),
                )
            )
        for m in _PRONOUN_OWNED.finditer(prose, block.start, block.end):
            owner = _pronoun_owner(actors, m.start())
            out.append(Mention(m.start(), m.end(), m.group(), "owned", owner, noun=m.group("noun")))
    return sorted(out, key=lambda m: m.start)


def _pronoun_owner(actors: Actors, offset: int) -> str | None:
    """Whose "her government": the main person, or the only person named just before.

    A titled office holder who is the only person in this and the previous sentence is
    who "his" or "her" points to, even in a story mostly about someone else.
    """
    person = actors.nearest_person(offset)
    if person is None:
        return None
    if person == actors.main:
        return person
    index = actors.sentence_index(offset)
    floor = actors._sentence_starts[max(0, index - 1)] if actors._sentence_starts else 0
    nearby = [m for m in actors.mentions if floor <= m.start < offset]
    people = {m.person for m in nearby}
    titled = any(m.person == person and m.kind == "title" and not m.historical for m in nearby)
    return person if people == {person} and titled else None


def _office_holder(actors: Actors, title: str) -> str | None:
    """Whose "the president": the main person, if the story gives them that title."""
    holders = {m.person for m in actors.mentions if m.kind == "title" and m.title == title}
    return actors.main if holders == {actors.main} else None


def _administration_owner(actors: Actors, offset: int, noun: str) -> str | None:
    """Whose "the administration": the only one named so far, else the story's main person."""
    owners = [
        m.person
        for m in actors.mentions
        if m.start < offset and m.kind in ("owned", "leadership") and m.noun == noun
    ]
    if len(set(owners)) == 1:
        return owners[0]
    if owners:
        return None
    # An administration is a president's, a government a prime minister's: a story
    # that gives exactly one person that title says whose it is.
    heads = _HEADS[noun]
    titled = {m.person for m in actors.mentions if m.kind == "title" and m.title in heads}
    if len(titled) == 1:
        return next(iter(titled))
    if actors.main and actors.main in titled:
        return actors.main
    return None
