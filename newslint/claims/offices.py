"""What a story itself says about who holds which office: titles, and who replaced whom.

The registry knows heads of government; a story names ministers, speakers and
mayors the registry may never have heard of, and it often says itself who holds a
post ("Defence Minister Israel Katz, who replaced Yoav Gallant in November",
"Hołownia has been speaker since November", "former security minister Patricia
Bullrich"). Those statements are the story's own record, and the rest of the story
must agree with them. This analysis reads, once per document:

- office claims: a title before a name ("Security Minister Patricia Bullrich",
  "former security minister Patricia Bullrich") or after it ("Gallant, the defence
  minister,"), with whether the wording holds the title at arm's length;
- successions: "A replaced B (as office) (in November)", "A, who succeeded B",
  "A has been office since November", each with the date the change took effect.

Offices are compared by their head noun and the words that tell one post of that
kind from another ("defence", "foreign"), not by the place or body named with them:
"Sejm Speaker" and "speaker" are one office.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import NAME_WORD
from newslint.claims.dates import dates_in
from newslint.lazyre import lazy_compile
from newslint.text.english import is_word

if TYPE_CHECKING:
    from newslint.document import Document

_HEADS = (
    r"secretary[\s\-]general|minister|secretary|speaker|chancellor|governor|mayor|commissioner|ambassador"
    r"|chairman|chairwoman|chair|president|premier|attorney[\s-]general"
)
_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})"
_QUAL = r"(?P<qual>\b(?:former|ex|then|outgoing|acting|interim|caretaker|incoming|future)[\s\-]+)?"
#: "former security minister Patricia Bullrich", "Sejm Speaker Elżbieta Witek".
#: NOTE: the leading \b keeps the scan from trying every letter inside a word (4x faster).
_BEFORE = lazy_compile(
    rf"(?i:\b{_QUAL}(?P<title>(?:[\p{{L}}\-]+\s+){{0,2}}?(?:{_HEADS})))\s+(?-i:{_NAME})\b"
)
#: What an office is "of" when that names the post: "secretary of state", "prime minister of
#: Japan" (a capitalised place), never "the president of the club".
_OF = (
    r"(?P<of>\s+of\s+(?:(?i:state|defen[cs]e|the\s+treasury|treasury|the\s+interior|commerce"
    r"|labor|energy|agriculture|transportation|the\s+exchequer)|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))?"
)
#: A country before a title: "Japan's prime minister", "the British foreign secretary".
_WHOSE = r"(?:the\s+|(?P<whose>\p{Lu}[\p{L}\-]+)['’]s\s+)"
_NAT = r"(?:(?P<nat>U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+(?:ish|ian|ese|an|ic|i|ch))\s+)?"
_TITLE = rf"(?i:(?P<title>(?:[\p{{Ll}}\-]+\s+){{0,2}}?(?:{_HEADS})))"
#: The end of a title that is the person's own, not a possession ("the secretary of state's
#: spokeswoman") nor a longer title ("president-elect").
_OWN = r"(?![\p{L}'’\-])(?!\s+of\b)"
#: "Gallant, the defence minister," and "Bullrich, Argentina's former security minister,".
_AFTER = lazy_compile(
    rf"(?P<name>{NAME_WORD}),\s+{_WHOSE}(?i:{_QUAL}){_NAT}{_TITLE}"
    rf"{_OF}{_OWN}"
)
#: "Harris is the secretary of state", "Sunak, who was Britain's prime minister".
_PREDICATE = lazy_compile(
    rf"(?P<name>{NAME_WORD})(?:,\s+who)?\s+(?P<verb>is|was)\s+{_WHOSE}(?i:{_QUAL}){_NAT}{_TITLE}"
    rf"{_OF}{_OWN}"
)
#: "Germany's chancellor, Olaf Scholz," and "the secretary of state, Marco Rubio,".
_FRONTED = lazy_compile(
    rf"(?<![\p{{L}}'’])(?:[Tt]he\s+|(?P<whose>\p{{Lu}}[\p{{L}}\-]+)['’]s\s+)"
    rf"(?i:{_QUAL}){_NAT}{_TITLE}{_OF},\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})(?=[,.;])"
)
_REPLACED = lazy_compile(
    rf"(?P<new>{NAME_WORD})(?:,\s+who(?:\s+had)?)?\s+(?:replaced|succeeded|took\s+over\s+from)\s+"
    rf"(?P<old>{NAME_WORD}(?:\s+{NAME_WORD})?)(?:\s+as\s+(?P<title>(?:[\p{{Ll}}\-]+\s+){{0,2}}?"
    rf"(?:{_HEADS})))?"
)
_SINCE = lazy_compile(
    rf"(?P<new>{NAME_WORD})(?:,[^,.;]{{3,60}},)?\s+(?:has|had)\s+been\s+(?:the\s+)?"
    rf"(?P<title>(?:[\p{{Ll}}\-]+\s+){{0,2}}?(?:{_HEADS}))\s+since\b"
)
#: Words before a title that are no part of the office: articles and sentence openers.
_NOT_OFFICE = frozenset(
    """the a an its his her their new now then when while but and as after before since
    said says told with by for from of to in on at under later earlier meanwhile also""".split()
)
_NATIONALITY = lazy_compile(r"\p{Lu}\p{Ll}+(?:ish|ian|ese|an|ic|i|ch)$")


@dataclass(frozen=True)
class OfficeClaim:
    """The story calls ``surname`` the holder of ``office``, or, with a ``qualifier``, not now.

    ``qualifier`` is the word that holds the title at arm's length ("former", "then",
    "acting"), lower-case, or empty.
    """

    start: int
    end: int
    surname: str
    office: tuple[str, frozenset[str]]
    title: str
    qualifier: str
    #: The office as one post, lower-case: "secretary of state", "foreign secretary".
    full: str = ""
    #: The country named with it as written ("Japan", "British", "U.S."), or empty.
    country: str = ""
    #: Where the title stands: "before" the name, "after" it, a "predicate" ("Ruiz is the
    #: ..."), "past" ("Ruiz was the ...": a statement of history, not a title) or "fronted"
    #: by a comma ("Germany's chancellor, Olaf Scholz").
    form: str = "before"

    @property
    def qualified(self) -> bool:
        """Tell whether the wording holds the title at arm's length."""
        return bool(self.qualifier)


@dataclass(frozen=True)
class Succession:
    """``new`` took ``office`` from ``old`` by ``when``; None where the story does not say.

    ``when`` is the last day the wording allows ("in November": November 30), so a
    later date is after the change whatever day in November it came.
    """

    start: int
    end: int
    new: str
    old: str | None
    office: tuple[str, frozenset[str]] | None
    when: dt.date | None


def office_key(title: str) -> tuple[str, frozenset[str]] | None:
    """Key an office by its head noun and distinguishing words, places and bodies dropped."""
    words = [w for w in regex.split(r"[\s\-]+", title.strip()) if w]
    while words and words[0].lower() in _NOT_OFFICE:
        words.pop(0)
    if not words:
        return None
    head = words[-1].lower()
    if head == "general" and len(words) > 1:
        head = f"{words[-2].lower()} general"
        words = words[:-1]
    mods = frozenset(
        w.lower()
        for w in words[:-1]
        if not (w[0].isupper() and (_NATIONALITY.match(w) or not is_word(w.lower())))
        and w.lower() not in _NOT_OFFICE
    )
    return head, mods


@once_per_document
def extract_office_claims(doc: Document) -> list[OfficeClaim]:
    """Return each title the story gives a named person, before or after the name."""
    prose = doc.prose
    out: list[OfficeClaim] = []
    for m in _BEFORE.finditer(prose):
        title = m.group("title")
        key = office_key(title)
        # "Deputy Prime Minister", "Vice President": another office than the head's
        if key is None or key[1] & _SUBORDINATE or _names_a_speech_verb(title):
            continue
        surname = m.group("name").split()[-1]
        out.append(
            OfficeClaim(m.start("title"), m.end(), surname, key, title, _qual(m), *_full_office(m))
        )
    for form, pattern in (("after", _AFTER), ("predicate", _PREDICATE), ("fronted", _FRONTED)):
        for m in pattern.finditer(prose):
            title = m.group("title")
            key = office_key(title)
            if key is None or key[1] & _SUBORDINATE or _names_a_speech_verb(title):
                continue
            full, country = _full_office(m)
            if m.group("of") and not country:
                # "the secretary of state" is not any secretary: "state" tells the post
                key = (
                    key[0],
                    key[1] | {w for w in full.split()[len(title.split()) :]} - _NOT_OFFICE,
                )
            out.append(
                OfficeClaim(
                    m.start(),
                    m.end(),
                    m.group("name").split()[-1],
                    key,
                    title,
                    _qual(m),
                    full,
                    country,
                    "past" if m.groupdict().get("verb") == "was" else form,
                )
            )
    return sorted(out, key=lambda c: c.start)


def _full_office(m: regex.Match[str]) -> tuple[str, str]:
    """Return the post as one name and the country the wording names with it.

    "the secretary of state" is one post, not any "secretary"; "prime minister of Japan"
    and "Japan's prime minister" are one post of one country.
    """
    words = [w for w in regex.split(r"[\s\-]+", m.group("title").lower()) if w]
    while words and words[0] in _NOT_OFFICE:
        words.pop(0)
    groups = m.groupdict()
    country = groups.get("whose") or groups.get("nat") or ""
    tail = " ".join((groups.get("of") or "").split())
    if tail and tail[3].isupper():
        country = country or tail[3:]
    elif tail:
        words.append(tail.lower())
    return " ".join(words), country


def _qual(m: regex.Match[str]) -> str:
    return (m.group("qual") or "").strip(" -").lower()


_SUBORDINATE = frozenset({"deputy", "vice", "assistant", "associate", "shadow", "junior", "under"})


def _names_a_speech_verb(title: str) -> bool:
    """Tell a clause that only ends in a head noun ("said Speaker") from a title."""
    return any(w.lower() in ("said", "says", "told") for w in title.split())


@once_per_document
def extract_successions(doc: Document) -> list[Succession]:
    """Return who the story says took over from whom, with the office and the date."""
    prose = doc.prose
    out: list[Succession] = []
    for m in _REPLACED.finditer(prose):
        title = m.group("title")
        office = office_key(title) if title else _office_of(doc, m.group("new"), m.start())
        when = _date_after(doc, m.end(), 40)
        old = m.group("old").split()[-1]
        out.append(Succession(m.start(), m.end(), m.group("new"), old, office, when))
    for m in _SINCE.finditer(prose):
        when = _date_after(doc, m.end(), 80)
        office = office_key(m.group("title"))
        out.append(Succession(m.start(), m.end(), m.group("new"), None, office, when))
    return out


def _office_of(doc: Document, surname: str, offset: int) -> tuple[str, frozenset[str]] | None:
    """Return the office the story's nearest earlier title gives a person in the sentence."""
    sentence = doc.sentence_at(offset)
    lo = sentence.start if sentence else max(0, offset - 120)
    for m in _BEFORE.finditer(doc.prose, lo, offset + len(surname) + 1):
        if m.group("name").split()[-1] == surname and not m.group("qual"):
            return office_key(m.group("title"))
    return None


def _date_after(doc: Document, offset: int, reach: int) -> dt.date | None:
    """Return the last day of the first date within ``reach`` characters, in the sentence."""
    sentence = doc.sentence_at(offset)
    end = min(offset + reach, sentence.end if sentence else offset + reach)
    return next((d.latest for d in dates_in(doc, offset, end) if d.latest is not None), None)


def same_office(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Tell whether two office keys name the same post."""
    return a[0] == b[0] and a[1] == b[1]
