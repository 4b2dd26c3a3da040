"""Offices a story puts before a name: "Vice President Reagan", "Treasury Secretary James Baker".

A title before a name is a claim that the person held that office when the story is
set. Each one is read here with the offices of the record it can mean (a story's
"Foreign Secretary" is the registry's "Secretary of State for Foreign and
Commonwealth Affairs") and with what qualifies it ("former", "then-", "acting",
"Deputy", "shadow"), so a rule can check the claim against the dated record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from newslint.claims import once_per_document
from newslint.claims.actors import NAME_WORD
from newslint.lazyre import lazy_compile

#: Each title as written, and the registry offices (lower-case) it can stand for.
OFFICES: dict[str, frozenset[str]] = {
    "Vice President": frozenset({"vice president"}),
    "President": frozenset({"president"}),
    "Prime Minister": frozenset({"prime minister"}),
    "Premier": frozenset({"premier"}),
    "Chancellor of the Exchequer": frozenset({"chancellor of the exchequer"}),
    "Chancellor": frozenset({"chancellor", "chancellor of the exchequer"}),
    "Secretary of State": frozenset({"secretary of state"}),
    "Treasury Secretary": frozenset({"secretary of the treasury"}),
    "Secretary of the Treasury": frozenset({"secretary of the treasury"}),
    "Defense Secretary": frozenset({"secretary of defense"}),
    "Secretary of Defense": frozenset({"secretary of defense"}),
    "Attorney General": frozenset({"attorney general"}),
    "Commerce Secretary": frozenset({"secretary of commerce"}),
    "Labor Secretary": frozenset({"secretary of labor"}),
    "Agriculture Secretary": frozenset({"secretary of agriculture"}),
    "Energy Secretary": frozenset({"secretary of energy"}),
    "Interior Secretary": frozenset({"secretary of the interior"}),
    "Transportation Secretary": frozenset({"secretary of transportation"}),
    "Foreign Secretary": frozenset(
        {
            "secretary of state for foreign and commonwealth affairs",
            "secretary of state for foreign, commonwealth and development affairs",
            "secretary of state for foreign affairs",
        }
    ),
    "Home Secretary": frozenset({"secretary of state for the home department"}),
    "Defence Secretary": frozenset({"secretary of state for defence"}),
}
_TITLES = sorted(OFFICES, key=len, reverse=True)
#: Space inside a title or name: a wrapped line, never a paragraph break, so a
#: headline ending "... for Chancellor" does not run into the paragraph below.
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_TITLE_RE = "|".join(t.replace(" ", rf"(?:{_GAP}|-)+") for t in _TITLES)
_TITLED = lazy_compile(
    rf"(?<![\p{{L}}\-])(?P<title>{_TITLE_RE}){_GAP}"
    rf"(?P<name>{NAME_WORD}(?:{_GAP}(?:{NAME_WORD}|\p{{Lu}}\.))*)"
)
#: Words before a title that say the person does not hold it now, or holds another.
_QUALIFIER = lazy_compile(
    r"(?:\b(?:former|ex|then|late|erstwhile|one-time|onetime|previous|outgoing|future|"
    r"incoming|acting|interim|caretaker|deputy|assistant|associate|under|vice|shadow|junior|"
    r"senior|lord|would-be|designate|elect)[\s\-]*)$",
    regex.IGNORECASE,
)
_NOT_NAMES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An And But Or In On At For
    Jr Sr""".split()
)
_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)
#: A day after a month that ends a name: "President Reagan May 5".
_DAY_AFTER = lazy_compile(r"[^\S\n]+\d")
_AFTER_QUALIFIER = lazy_compile(r"[\s-]*(?:-?elect|-?designate|nominee)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Administration:
    """A president's government named by surname: "the Reagan administration".

    ``qualified`` when the wording places it outside the present ("a future Bush
    administration", "the incoming Obama administration").
    """

    start: int
    end: int
    owner: str
    qualified: bool


_ADMINISTRATION = lazy_compile(
    rf"(?<![\p{{L}}\-])(?P<owner>{NAME_WORD})(?:['’]s)?\s+[Aa]dministration\b"
)
_ADMIN_QUALIFIER = lazy_compile(
    r"\b(?:future|incoming|next|new|would-be|potential|possible|prospective|second|"
    r"former|previous|past|earlier|late|outgoing)\s+$",
    regex.IGNORECASE,
)
_NOT_OWNERS = frozenset(
    """The A An This That Its His Her Their Our Federal State National Food Drug Health
    Aviation Energy Information Small Business Security Social Veterans Transportation
    Maritime Highway Safety Labor Trade Tennessee General Services Financial Emergency
    Environmental Protection Bush-era""".split()
)


@once_per_document
def extract_administrations(doc: Any) -> list[Administration]:
    """Return every "<Surname> administration" a story names (agencies left out)."""
    prose = doc.prose
    out = []
    for m in _ADMINISTRATION.finditer(prose):
        owner = m.group("owner")
        if owner in _NOT_OWNERS:
            continue
        head = prose[max(0, m.start() - 30) : m.start()]
        out.append(Administration(m.start(), m.end(), owner, bool(_ADMIN_QUALIFIER.search(head))))
    return out


@dataclass(frozen=True)
class Titled:
    """A title written before a name; ``qualified`` when the wording holds it at arm's length."""

    start: int
    end: int
    title: str
    offices: frozenset[str]
    name: str
    qualified: bool


@once_per_document
def extract_titles(doc: Any) -> list[Titled]:
    """Return every office title written straight before a capitalised name."""
    prose = doc.prose
    out = []
    for m in _TITLED.finditer(prose):
        title = " ".join(m.group("title").replace("-", " ").split())
        canonical = next((t for t in _TITLES if t.lower() == title.lower()), None)
        words = m.group("name").split()
        dated = _DAY_AFTER.match(prose, m.end())
        while words and words[-1].rstrip(".") in _NOT_NAMES:
            if words[-1] in _MONTH_NAMES and len(words) == len(m.group("name").split()):
                if not dated:
                    break  # "Chancellor Theresa May has vowed": a surname, not a month
            words.pop()  # "President Reagan Tuesday": the day is no part of the name
        if canonical is None or not words or words[0] in _NOT_NAMES:
            continue
        name = " ".join(words)
        head = prose[max(0, m.start() - 24) : m.start()]
        qualified = bool(_QUALIFIER.search(head) or _AFTER_QUALIFIER.match(prose, m.end()))
        out.append(
            Titled(
                m.start(),
                m.start("name")
                + list(regex.finditer(r"\S+", m.group("name")))[len(words) - 1].end(),
                canonical,
                OFFICES[canonical],
                name,
                qualified,
            )
        )
    return out
