"""Party framing: a person said to side, vote or align with a party or camp.

"Critics say his approach shows a tendency to side with Democratic-aligned
interests" frames its subject as aligned with a party. Whether that contradicts
the subject's own party is for a rule to decide against the registry; this
analysis only finds the framing, whom it is about, and whether the story marks
it as unusual ("broke ranks", "one of the few Republicans"), which makes it news
rather than a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import HONORIFICS, find_actors
from newslint.lazyre import lazy_compile, match_at

if TYPE_CHECKING:
    from newslint.document import Document

_PARTY = r"(?P<party>\p{Lu}[\p{L}]+(?:[\-‐](?:aligned|leaning|backed|allied|friendly))?)"
_FRAMINGS = regex.compile(
    rf"\b(?:(?:sid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|caucus(?:es|ed|ing)?|align(?:s|ed|ing)?"
    rf"(?:\s+(?:himself|herself|themselves))?|allied|in\s+step|in\s+lockstep)\s+with\s+(?:the\s+)?{_PARTY}"
    rf"|lean(?:s|ed|ing)?\s+towards?\s+(?:the\s+)?{_PARTY}"
    rf"|(?:reliable|dependable|loyal|solid|safe|sure)\s+{_PARTY}\s+vote"
    rf"|(?:back|support|favou?r|champion)(?:s|ed|ing)?\s+(?:the\s+)?"
    rf"(?P<party>\p{{Lu}}[\p{{L}}]+[\-‐](?:aligned|leaning|backed|allied|friendly))"
    # "a reliable champion of Labor's energy policies", "promoting the AK Party's agenda"
    rf"|(?:(?:champion|supporter|backer|advocate|ally|defender|promoter|cheerleader)\s+of"
    rf"|promot(?:e|es|ed|ing))\s+"
    rf"(?:the\s+)?(?P<party>\p{{Lu}}[\p{{L}}]+(?:\s+Party)?)['’]s?\s+(?:[\p{{Ll}}\-]+\s+)?"
    rf"(?:agenda|polic(?:y|ies)|programme|program|platform|manifesto|line|interests|reforms))"
)
#: Camps of one political system that stand against each other, as stories name them.
CAMPS = {
    "reformist": "reformist", "reformists": "reformist", "reformer": "reformist",
    "reformers": "reformist", "hardline": "hardline", "hard-line": "hardline",
    "hardliner": "hardline", "hardliners": "hardline", "hard-liner": "hardline",
    "hard-liners": "hardline", "principlist": "hardline", "principlists": "hardline",
}  # fmt: skip
_CAMP = r"(?P<camp>reform(?:ists?|ers?)|hard-?liners?|principlists?)"
#: "a dependable supporter of the reformists' bid", "sided with the hardliners".
_CAMP_FRAMINGS = regex.compile(
    rf"\b(?:(?:champion|supporter|backer|advocate|ally|defender|cheerleader)\s+of"
    rf"|(?:sid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|allied|align(?:s|ed|ing)?)\s+with)"
    rf"\s+(?:the\s+)?{_CAMP}(?![\p{{L}}\-])['’]?"
    rf"|\b(?:reliable|dependable|loyal|solid)\s+(?P<camp>reformist|hard-?line)\s+vote",
    regex.IGNORECASE,
)
#: The camp a story gives a person: "the hardline former negotiator Saeed Jalili".
_CAMP_BEFORE = lazy_compile(
    r"\b(?P<camp>reformist|hard-?line|hard-?liner|principlist)\s+(?:[\p{Ll}\-]+\s+){0,3}$",
    regex.IGNORECASE,
)
_CAMP_AFTER = lazy_compile(
    r",\s+(?:an?|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?"
    r"(?P<camp>reformist|hard-?line|hard-?liner|principlist)(?![\p{L}\-])",
    regex.IGNORECASE,
)
_UNUSUAL = lazy_compile(
    r"\b(?:unusual(?:ly)?|rare(?:ly)?|rarity|broke(?:n)?\s+(?:ranks|with)|break(?:s|ing)?\s+(?:ranks|with)"
    r"|cross(?:ed|es|ing)?\s+(?:party\s+lines|the\s+aisle|over)|across\s+the\s+aisle|defect\w*"
    r"|maverick|one\s+of\s+(?:the\s+|only\s+)*(?:few|only|handful)|few\s+\w+s\s+who|surprising(?:ly)?"
    r"|buck(?:ed|ing|s)?|despite|bipartisan|moderate|renegade|rebel\w*|own\s+party"
    r"|against\s+(?:his|her|their)\s+party|switch(?:ed|ing)?\s+(?:sides|parties)|even\s+though"
    r"|occasionally|sometimes|at\s+times|independent|centrist|swing\s+vote"
    r"|conservative\s+Democrat|liberal\s+Republican)\b",
    regex.IGNORECASE,
)
_NEGATED = lazy_compile(
    r"\b(?:not|never|n't|no\s+longer|refus\w*\s+to|declin\w*\s+to|won't|deny|denies|denied)"
    r"(?:\s+\w+){0,2}\s+$",
    regex.IGNORECASE,
)
#: Who a party word before or after a name makes a member: "CHP mayor", "Labor senator".
_HOLDER = (
    r"(?:mayor|lawmaker|legislator|senator|MP|deputy|politician|leader|governor|minister"
    r"|councillor|candidate|chairman|chairwoman|member)\b"
)
_PARTY_BEFORE = lazy_compile(
    r"(?P<party>\p{Lu}[\p{L}]+)\s+(?:(?:Sen|Rep|Gov)\.\s+|(?:Senator|Representative|Governor|MP"
    r"|MEP|lawmaker|senator|congressman|congresswoman|legislator|councillor|[Mm]ayor|President"
    r"|Prime\s+Minister|leader)\s+)?$"
)

_PARTY_AFTER = lazy_compile(
    r"\s*(?:,\s*an?\s+(?P<party>\p{Lu}[\p{L}]+)\b(?!\s+\p{Lu})|\((?P<letter>[RD])[\-‐–])"
    # "Ekrem Imamoglu, the CHP mayor of Istanbul,", "Jo Hale, a Labor senator"
    rf"|\s*,\s*(?:an?|the)\s+(?:[\p{{Ll}}\-]+\s+)?(?P<party>\p{{Lu}}[\p{{L}}]+)\s+{_HOLDER}"
)
_LETTERS = {"R": "Republican", "D": "Democratic"}


@dataclass(frozen=True)
class PartyFraming:
    """``person`` is framed as aligned with the party or camp called ``party`` here."""

    start: int
    end: int
    person: str
    party: str
    unusual: bool
    stated_party: str | None  # "Republican Sen. Jane Doe": the party the story itself gives
    camp: bool = False  # ``party`` is a camp ("reformist"), not a party the registry knows


@once_per_document
def find_framings(doc: Document) -> list[PartyFraming]:
    """Return party framings whose subject the story makes clear."""
    out = []
    actors = find_actors(doc)
    for i, sentence in enumerate(doc.sentences):
        for m in (
            *_FRAMINGS.finditer(doc.prose, sentence.start, sentence.end),
            *_CAMP_FRAMINGS.finditer(doc.prose, sentence.start, sentence.end),
        ):
            before = [x for x in actors.in_range(sentence.start, m.start()) if x.person]
            if before:
                subject = before[-1]
                person = subject.person
            else:
                subject = None
                person = actors.nearest_person(m.start())
                person = person if person == actors.main else None
            if person is None:
                continue
            if _NEGATED.search(doc.prose, max(sentence.start, m.start() - 40), m.start()):
                continue
            window_start = doc.sentences[i - 1].start if i else sentence.start
            unusual = bool(_UNUSUAL.search(doc.prose, window_start, sentence.end))
            stated = _stated_party(doc.prose, subject) if subject is not None else None
            camp = m.re is _CAMP_FRAMINGS
            if camp:
                party = CAMPS[_camp_key(m.captures("camp")[-1])]
            else:
                party = m.group("party") or m.captures("party")[-1]
            out.append(PartyFraming(m.start(), m.end(), person, party, unusual, stated, camp))
    return out


def _camp_key(word: str) -> str:
    word = word.lower()
    return word if word in CAMPS else word.replace("-", "")


def stated_camp(doc: Document, person: str) -> tuple[str, int] | None:
    """Return the one camp the story gives a person by name, and where it says so.

    "the hardline former nuclear negotiator Saeed Jalili" and "Jalili, a hardliner,"
    place him; a story that places the person in two camps places him in none.
    """
    found: dict[str, int] = {}
    prose = doc.prose
    for x in find_actors(doc).mentions:
        if x.person != person or x.kind not in ("name", "title"):
            continue
        sentence = doc.sentence_at(x.start)
        lo = max(sentence.start if sentence else 0, x.start - 60)
        before = _CAMP_BEFORE.search(prose, lo, x.start)
        after = match_at(_CAMP_AFTER, prose, x.end)
        for m in (before, after):
            if m is not None and not doc.is_quoted(m.start()):
                found.setdefault(CAMPS[_camp_key(m.group("camp"))], m.start())
    return next(iter(found.items())) if len(found) == 1 else None


def _stated_party(prose: str, subject: Any) -> str | None:
    """Return the party the story itself gives: "Republican Sen. Doe", "Doe (R-Texas)"."""
    hint = _PARTY_BEFORE.search(prose, max(0, subject.start - 30), subject.start)
    if hint and hint.group("party") not in HONORIFICS:
        return hint.group("party")
    after = match_at(_PARTY_AFTER, prose, subject.end)
    if after:
        return after.group("party") or _LETTERS[after.group("letter")]
    return None
