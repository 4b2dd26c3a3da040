"""Surname spellings: every use of each spelling in a story, with the signs that it names a person.

A story that spells a name two ways is wrong at least once, but most capitalised words
one letter apart are not one person: "Boston" and "Bolton" are two towns, "Stcks" is a
table's abbreviation of "Stocks", "Iranan" a slip of a demonym. What makes a word a
person's surname is how the story uses it: after a given name ("Ciara Dunphy"), after
a personal title ("Mr Kowalski", "Finance Minister Mohamed Berrada"), or beside a verb
of speech ("Dunphey said", "said Barretto"). This module records those signs for every
use, once per story, so ``names.inconsistent`` can ask for them; it needs no registry.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple

import regex

from newslint.claims import once_per_document
from newslint.claims.persons import COUNTRIES, OPENERS, PersonMention, find_person_mentions
from newslint.document import Document
from newslint.lazyre import lazy_compile
from newslint.text.spans import Span
from newslint.text.tokens import Token

#: A verb of speech or thought right after a name: "Dunphey said", "Mibu told reporters".
_SPEECH_AFTER = lazy_compile(
    r"(?:['’]s?)?\s*(?:,\s*)?(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|tells|added|adds|asked|explained|noted|wrote|writes|argued|"
    r"insisted|warned|believes|thinks|estimates|estimated|predicted|predicts|cautioned|"
    r"denied|agreed|replied|recalled|admitted|stressed|confirmed|declined|urged|"
    r"suggested|conceded|acknowledged|announced|described|defended|expects|hopes)\b"
    r"|,\s+(?:\d{1,3},|(?:a|an|who|whose)\s)"  # "Chakravarty, a spinner", "Smith, 45,"
)
#: A verb of speech right before a name: 'said Barretto', 'according to Njoroga'.
_SPEECH_BEFORE = lazy_compile(
    r"\b(?:said|says|told|added|asked|explained|according\s+to)\s*$", regex.IGNORECASE
)
#: A given name's shape: "Ciara", "J.", "J", "Jean-Claude"; never "CCC", "U.S." or "Iran's".
_GIVEN = lazy_compile(r"\p{Lu}(?:[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?|\.)?")
_NEWLINE = lazy_compile(r"\r\n|\r|\n")
#: A run of four or more capitalised items separated by commas, semicolons or slashes: a
#: team sheet ("Walder; May, Tait, Mayerhofler") or a list of names, where one item is no
#: evidence about the others.
NAME_LIST = lazy_compile(
    r"(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s*(?:\([^()\n]{0,30}\)\s*)?[,;/]\s*){3,}"
    r"\p{Lu}[\p{L}'’.-]*"
)
#: First words that make a capitalised pair a place or a thing, not a given name and a
#: surname: "Los Angeles", "Wall Street", "Sri Lanka", "South Africa", "Real Sociedad".
NOT_GIVEN = frozenset(
    """los las san santa sao st saint sri south north east west new wall hong el al la le
    saudi port fort lake mount cape cap upper lower central greater great old real
    associated national united royal general international federal first start end
    total gross net ttl ay both either neither only even also including like unlike
    with without his her their its our my your this that these those england scotland
    wales europe africa asia""".split()
)
#: Words before a surname that say the name is a person's, beyond a given name.
PERSONAL = frozenset(
    """mr mrs ms miss dr sir dame lord lady baroness prof professor senator sen rep
    representative congressman congresswoman governor gov president chancellor minister
    secretary premier mayor judge justice ambassador general chairman chairwoman chair
    commissioner speaker leader coach manager captain""".split()
)


class Use(NamedTuple):
    """One use of a surname spelling, with how the story shows it is a person's."""

    span: Span
    given: str | None  # the given name before it, lower case ("ciara")
    titled: bool  # after a personal title: "Mr Kowalski", "Finance Minister Berrada"
    spoken: bool  # beside a verb of speech: "Dunphey said", "said Barretto"
    initial: bool  # a lone word opening a sentence, where every word is capitalised
    listed: bool  # one item of a list of names: "Almunia, Lauren, Toure, Campbell"
    phrase: str  # the whole name as written: "Saudi Arabia", "Ciara Dunphy"


class Spelling(NamedTuple):
    """Every use of one surname spelling in a story, in story order."""

    key: str
    written: str
    uses: tuple[Use, ...]
    #: Also seen before other capitalised words ("Boston Red Sox"): a place or a thing.
    leading: bool = False

    @property
    def givens(self) -> frozenset[str]:
        """Given names the spelling follows."""
        return frozenset(u.given for u in self.uses if u.given)

    @property
    def introduced(self) -> Use | None:
        """The first use that names a person: after a given name or a personal title."""
        return next((u for u in self.uses if u.given or u.titled), None)

    @property
    def person_use(self) -> bool:
        """Whether some use outside a list reads as a person's: given name, title or speech."""
        return any((u.given or u.titled or u.spoken) and not u.listed for u in self.uses)

    @property
    def initial_only(self) -> bool:
        """Whether every use is a lone word opening a sentence, with no verb of speech."""
        return all(u.initial and not u.spoken for u in self.uses)


def surname_spellings(
    mentions: Iterable[PersonMention], prose: str, tokens: list[Token]
) -> list[Spelling]:
    """Collect the spellings of surnames (last words of names, and lone names) in story order."""
    from newslint.registry.normalise import key

    starts = [0] + [m.end() for m in _NEWLINE.finditer(prose)]
    tables = _tabular_lines(starts, tokens)
    lists = [m.span() for m in NAME_LIST.finditer(prose)]
    uses: dict[str, list[Use]] = {}
    written: dict[str, str] = {}
    leading: set[str] = set()
    for m in mentions:
        if m.in_headline or m.text.isupper() or bisect_right(starts, m.start) in tables:
            continue  # an all-caps headline or strapline says nothing of how a word is used
        leading.update(key(w.text) for w in m.words[:-1])
        word = m.surname
        k = key(word.text)
        written.setdefault(k, word.text)
        uses.setdefault(k, []).append(_use(m, prose, lists))
    return [Spelling(k, written[k], tuple(v), k in leading) for k, v in uses.items()]


def _use(m: PersonMention, prose: str, lists: list[tuple[int, int]]) -> Use:
    from newslint.registry.normalise import key

    word = m.surname
    given = None
    if len(m.words) > 1 and _GIVEN.fullmatch(m.words[0].text):
        first = key(m.words[0].text)
        if first not in OPENERS and first not in NOT_GIVEN and first not in COUNTRIES:
            given = first
    titled = bool(m.title) and m.title.split()[-1] in PERSONAL
    after = prose[word.end : word.end + 40]
    before = prose[max(0, m.start - 30) : m.start]
    spoken = bool(_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before))
    initial = m.sentence_initial and len(m.words) == 1
    listed = any(s <= word.start < e for s, e in lists)
    return Use(word, given, titled, spoken, initial, listed, m.text)


def _tabular_lines(starts: list[int], tokens: list[Token]) -> set[int]:
    """Lines that are rows of a table: more figures than words ("Start Stcks 1,905 1,905")."""
    counts: dict[int, list[int]] = {}
    for tok in tokens:
        row = counts.setdefault(bisect_right(starts, tok.start), [0, 0])
        row[tok.kind != "word"] += 1
    return {line for line, (words, figures) in counts.items() if figures >= 3 and figures > words}


@once_per_document
def find_surname_spellings(doc: Document) -> list[Spelling]:
    """Each surname spelling of the story with its uses."""
    return surname_spellings(find_person_mentions(doc), doc.prose, doc.tokens)
