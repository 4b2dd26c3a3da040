"""Match a story's organisation names against the registry: "Goldman Sacks", "BJP".

A story names an organisation as a run of capitalised words, which may hold
"of", "and", "&" and the like ("Bank of England", "Procter & Gamble"). Every part
of a run that starts and ends with a capitalised word is looked up: a part that
names a registry entity exactly is known; an unknown part one word of which is a
slip from a registry organisation's name is a near miss. What keeps this precise:

* only one word may differ, by an edit or two depending on its length, keeping
  its first letter; the other words must be the organisation's own;
* a differing word that is itself an English word, a real surname or a given
  name ("World Heath", "Goldman Sacks") needs the rest of the name to carry it:
  two unchanged words, or one that is no common word;
* a two-word name that reads as a person's ("Morgan Stanly": a given name that is
  no common word, or one before a real surname) is the person rules' business,
  and a one-word name must be no word, name or place at all ("Volkswagon"),
  within one edit of a one-word organisation's,
  nor an item of a list that names no body (a team sheet's "Persico");
* a prominent company's five-letter name ("Honda") counts only with a doubled or
  swapped letter ("Hoonda", "Nokai") and a word of business in the sentence;
* capitals-only words (straplines, acronyms) and "[sic]" or "(sic)" quotations are left alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newslint.claims.persons import COUNTRIES
from newslint.claims.spellings import NAME_LIST
from newslint.lazyre import lazy_compile
from newslint.registry.compiled import (
    ORG_FUNCTION_WORDS,
    ORG_MAX_WORDS,
    ORG_MIN_WORD,
    STEM,
    Registry,
)
from newslint.registry.model import Organisation
from newslint.registry.normalise import key
from newslint.text.english import is_word
from newslint.text.quotes import marked_sic
from newslint.text.tokens import Token

_SPLIT = lazy_compile(r"[\s\-‐‑–—_]+")
_GAPS = frozenset({" ", "-", "‐", " & "})
_POSSESSIVE = ("'s", "’s", "'", "’")
_ITEM_BREAK = lazy_compile(r"\s*[,;/]\s*|\s+and\s+")
#: Words of a company's legal name that say nothing about which company it is.
_LEGAL = frozenset("inc corp co ltd plc llc lp sa ag se nv group holdings company".split())
#: Shortest one-word name compared with one-word organisations' names.
MIN_ONE_WORD = 6
#: Length of the short company names ("Honda", "Nokia") matched only for a typist's slip.
BRAND_LETTERS = 5
#: How far either side of a short company name a corporate word is looked for.
_CUE_REACH = 80
#: Words that say a sentence speaks of a company: "the carmaker", "shares", "Inc".
_CORPORATE = lazy_compile(
    r"\b(?:shares?|stock|shareholders?|investors|said\s+in\s+a\s+statement|"
    r"(?:auto|car\s?|chip)?makers?|manufacturers?|company|companies|firms?|groups?|"
    r"giants?|conglomerate|retailers?|supermarkets?|insurers?|brokerage|subsidiary|units?|"
    r"rivals?|brands?|chief\s+executive|ceo|chairman|boss|spokes(?:man|woman|person)|"
    r"(?:smart)?phones?|handsets?|products?|profits?|revenues?|sales|earnings|"
    r"quarter|dividend|takeover|merger|Inc|Corp|Ltd|plc|AG|SA|NV|Oyj)\b",
    regex.IGNORECASE,
)
#: A word may change its ending ("Reformers") only in a name of this many words.
STEM_WORDS = 3


@dataclass(frozen=True)
class OrgIssue:
    """A mention that misses a registry organisation's name, and the name it misses."""

    start: int
    end: int
    text: str
    organisation: Organisation
    suggestion: str


@dataclass(frozen=True)
class Candidate:
    """One organisation a mention may miss, and why it was kept or rejected."""

    organisation: Organisation
    written: str
    distance: int
    kept: bool
    why: str


def allowed(word: str) -> int:
    """Edits a word of an organisation's name may be off by and still be a misspelling."""
    n = len(key(word))
    return 0 if n < ORG_MIN_WORD else 1 if n <= 7 else 2


def runs(prose: str, tokens: Sequence[Token]) -> list[list[Token]]:
    """Group capitalised words, with inner function words, into runs that may name a body."""
    out: list[list[Token]] = []
    run: list[Token] = []
    for tok in tokens:
        word = tok.kind == "word"
        if run and (not word or prose[run[-1].end : tok.start] not in _GAPS):
            _close(run, out)
            run = []
        if word and (tok.text[:1].isupper() or run and tok.text in ORG_FUNCTION_WORDS):
            run.append(tok)
        elif run:
            _close(run, out)
            run = []
    if run:
        _close(run, out)
    return out


def _close(run: list[Token], out: list[list[Token]]) -> None:
    while run and not run[-1].text[:1].isupper():
        run.pop()
    if run:
        out.append(run)


#: Endings that spell one word two accepted ways: British and American, singular and plural.
_VARIANTS = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("our", "or"),
    ("re", "er"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
)


#: Endings that make another form of one word: "Indonesian", "Commissioner", "Ministry".
_ENDINGS = frozenset("s es n an ian r er ers y ry ies e 's ese ic al".split()) | {""}


def same_word(a: str, b: str) -> bool:
    """Tell whether two words are one word spelled another accepted way or in another form.

    "Organisation" and "Organization", "Service" and "Services", "Indonesia" and
    "Indonesian", "Ministry" and "Minister": none of these is a misspelling.
    """
    a, b = key(a), key(b)
    if a.replace("-", "") == b.replace("-", ""):
        return True
    for x, y in ((a, b), (b, a)):
        for one, other in _VARIANTS:
            for tail in ("", "s"):  # at the word's end: "Centre", "Centres"; not "Enregy"
                end = one + tail
                if x.endswith(end) and x[: len(x) - len(end)] + other + tail == y:
                    # "Reutres" is no British Reuters, "Brothres" no Brothers: the "-re"
                    # form must be a word of its own
                    return one != "re" or is_word(x)
    stem = len(os.path.commonprefix([a, b]))
    short, long = sorted((a[stem:], b[stem:]), key=len)
    if stem and long[:1] == a[stem - 1] and long[1:] == short:
        return False  # a doubled letter ("Unileveer"), not another ending
    return stem >= 4 and a[stem:] in _ENDINGS and b[stem:] in _ENDINGS


#: Countries whose names are romanised by Hepburn, which writes "n" before "b", "m" and
#: "p" as "m" in its traditional form and as "n" in its revised one: "Shimbun", "Shinbun".
_HEPBURN = frozenset({"Japan"})
_LABIAL_N = lazy_compile(r"m(?=[bmp])")


def _segments(run: list[Token]) -> list[list[Token]]:
    """Split a run at its lower-case function words: "Shares in Hoonda" has two parts."""
    out: list[list[Token]] = [[]]
    for tok in run:
        if tok.text[:1].isupper():
            out[-1].append(tok)
        elif out[-1]:
            out.append([])
    return [part for part in out if part]


def _unslipped(word: str) -> set[str]:
    """Return the words a typist meant if a word has one doubled or two swapped letters.

    The first letter stays: "Hoonda" for Honda, "Nokai" for Nokia, never "oNkia".
    """
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    if len(word) == BRAND_LETTERS:
        out |= {
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(1, len(word) - 1)
            if word[i] != word[i + 1]
        }
    return {w for w in out if len(w) == BRAND_LETTERS}


def _hepburn(word: str) -> str:
    return _LABIAL_N.sub("n", key(word))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _near_word(w: str) -> bool:
    """Tell whether a common English word is one edit or swap from a word."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return any(is_word(e) for e in edits - {w})


def _words(text: str) -> list[str]:
    """Split a name as its key does, keeping each word as written."""
    return [w for w in _SPLIT.split(text) if key(w)]


def _end(tok: Token) -> int:
    for tail in _POSSESSIVE:
        if tok.text.endswith(tail) and len(tok.text) > len(tail) + 1:
            return tok.end - len(tail)
    return tok.end


class OrgMatcher:
    """Find near misses of registry organisations' names in a story."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        #: Last words of the story's names that read as people's ("Dieter Lehmann").
        self.surnames: set[str] = set()
        # NOTE: a story names one body many times, and its every sub-run is judged:
        # ``best`` depends on the text and ``surnames`` only, so it is kept per text.
        self._best: dict[str, Candidate | None] = {}

    def issues(self, prose: str, tokens: Sequence[Token]) -> list[OrgIssue]:
        """Return the story's near misses, in order, none overlapping another."""
        out: list[OrgIssue] = []
        found = runs(prose, tokens)
        for run in found:
            if len(run) > 1 and self.registry.is_given_name(run[0].text):
                self.surnames.add(key(prose[run[-1].start : _end(run[-1])]))
        self._best.clear()
        for run in found:
            out.extend(self._run(prose, run))
        kept = [i for i in out if not self._in_list_of_names(prose, i)]
        return sorted(kept, key=lambda i: i.start)

    def _in_list_of_names(self, prose: str, issue: OrgIssue) -> bool:
        """Tell whether a one-word near miss is an item of a list no body is named in.

        "Dellape, Bortolami; Persico, Ma Bergamasco": an item of a team sheet is
        one more player's surname, not PepsiCo; in "Ford, Chrysler, Volkswagon,
        Toyota" the other items are companies, so the odd one is a slip for one.
        """
        if " " in issue.text:
            return False
        line_start = prose.rfind("\n", 0, issue.start) + 1
        line_end = prose.find("\n", issue.end)
        line = prose[line_start : line_end if line_end >= 0 else len(prose)]
        at = issue.start - line_start
        for m in NAME_LIST.finditer(line):
            if m.start() <= at < m.end():
                items = (x.strip(" .") for x in _ITEM_BREAK.split(m.group()))
                return not any(x and x != issue.text and self._names_a_body(x) for x in items)
        return False

    def _names_a_body(self, item: str) -> bool:
        """Tell whether a list's item names a prominent body and is nobody's surname."""
        reg = self.registry
        if reg.is_real_surname(item) or reg.is_prominent_surname(item):
            return False  # "Ford" on a team sheet is George Ford
        return any(o.prominent for o in reg.organisations(item))

    def _run(self, prose: str, run: list[Token]) -> list[OrgIssue]:
        brands = [b for part in _segments(run) if (b := self._short_brand(prose, part))]
        if brands:
            return brands
        ends = [_end(t) for t in run]
        if len(run) == 1 and not self._may_be_one_word_name(prose[run[0].start : ends[0]]):
            return []  # most runs: one name or place, which no one-word body's name is near
        caps = [t.text[:1].isupper() for t in run]
        parts = []
        for size in range(min(len(run), ORG_MAX_WORDS), 0, -1):
            for a in range(len(run) - size + 1):
                b = a + size - 1
                if caps[a] and caps[b]:
                    parts.append((run[a].start, ends[b], prose[run[a].start : ends[b]]))
        knows = self.registry.knows
        taken = [(start, end) for start, end, text in parts if " " in text and knows(text)]
        out: list[OrgIssue] = []
        for start, end, text in parts:
            if any(s < end and start < e for s, e in taken):
                continue
            if " " not in text and not self._may_be_one_word_name(text):
                continue  # what ``best`` would say, without the lookup
            if marked_sic(prose, end) or knows(text):
                continue
            if text in self._best:
                best = self._best[text]
            else:
                best = self._best[text] = self.best(text)
            if best is not None:
                out.append(OrgIssue(start, end, text, best.organisation, best.written))
                taken.append((start, end))
        return out

    def _short_brand(self, prose: str, run: list[Token]) -> OrgIssue | None:
        """Find a doubled or swapped letter in a prominent company's five-letter name.

        "Hoonda", "Nokai": a name this short is one slip from countless words and
        surnames, so only the two slips of a typist's fingers count, only for a
        prominent company whose name is no word, and only where the sentence speaks
        of a company ("the carmaker", "shares", "Inc", "said in a statement").
        """
        if any(key(t.text) not in _LEGAL for t in run[1:]):
            return None
        start, end = run[0].start, _end(run[0])
        word = prose[start:end]
        k = key(word)
        if len(k) not in (BRAND_LETTERS, BRAND_LETTERS + 1) or word.isupper() or not k.isalpha():
            return None
        reg = self.registry
        found = {}
        for target in _unslipped(k):
            for org in reg.organisations(target):
                name = next((n for n in org.names if key(n) == target), "")
                if org.prominent and org.kind == "company" and name and not is_word(name):
                    found[org.id] = (org, name)
        if len(found) != 1 or marked_sic(prose, end):
            return None
        if (
            is_word(k)
            or reg.knows(k)
            or reg.is_real_surname(k)
            or reg.is_given_name(k)
            or reg.is_place(k)
            or k in COUNTRIES
            or k in self.surnames
            or reg.opens_organisation(k)
        ):
            return None
        line_start = prose.rfind("\n", 0, start) + 1
        line_end = prose.find("\n", end) % (len(prose) + 1)
        window = prose[max(line_start, start - _CUE_REACH) : min(line_end, end + _CUE_REACH)]
        if not _CORPORATE.search(window):
            return None
        org, name = next(iter(found.values()))
        return OrgIssue(start, end, word, org, name)

    def best(self, text: str) -> Candidate | None:
        """Return the one organisation a mention misses, if exactly one name is nearest."""
        if " " not in text and not self._may_be_one_word_name(text):
            return None  # what every candidate would be rejected for, without the search
        kept = [c for c in self.candidates(text) if c.kept]
        if not kept:
            return None
        nearest = [c for c in kept if c.distance == kept[0].distance]
        if len({key(c.written) for c in nearest}) > 1:
            return None  # two names equally near: guessing would mislead
        return nearest[0]

    @staticmethod
    def _may_be_one_word_name(word: str) -> bool:
        k = key(word)
        return len(k) >= MIN_ONE_WORD and not word.isupper() and not is_word(word) and k.isalpha()

    def candidates(self, text: str) -> list[Candidate]:
        """Return every organisation near a mention, each kept or rejected with the reason."""
        if self.registry.knows(text):
            return []
        out = []
        near = self.registry.near_organisations(text)
        words = _words(text) if near else []
        for org, written, dist, j in near:
            theirs = _words(written)
            why = self._reject(words, theirs, j, dist, org)
            slip = f"'{words[j]}' is a slip for '{theirs[j]}'" if why is None else why
            out.append(Candidate(org, written, dist, why is None, slip))
        return sorted(out, key=lambda c: (not c.kept, c.distance, c.written))

    @staticmethod
    def _stem_slip(mine: list[str], j: int, w: str, r: str, org: Organisation) -> bool:
        """Tell whether a word is the wrong form of the right stem in a long, known name.

        "European Conservatives and Reformers" for the Reformists: two other words
        of the body's name vouch for it, and the word keeps the stem.
        """
        others = [x for k, x in enumerate(mine) if k != j and key(x) not in ORG_FUNCTION_WORDS]
        return (
            len(others) >= STEM_WORDS - 1 and key(w)[:STEM] == key(r)[:STEM] and len(key(w)) >= STEM
        )

    def _reject(
        self, mine: list[str], theirs: list[str], j: int, dist: int, org: Organisation
    ) -> str | None:
        """Say why a candidate is not a misspelling of the mention, or None if it is one."""
        reg = self.registry
        if len(mine) != len(theirs) or j >= len(mine):
            return "a different number of words"
        w, r = mine[j], theirs[j]
        if w.isupper() and len(w) > 1:
            return f"'{w}' is in capitals: an acronym or a strapline"
        if key(w)[:1] != key(r)[:1]:
            return f"'{w}' and '{r}' start with different letters"
        if dist > allowed(r) or (len(mine) == 1 and dist > 1):
            if not self._stem_slip(mine, j, w, r, org):
                return f"'{w}' is {dist} edits from '{r}', more than a slip"
        if same_word(w, r):
            return f"'{w}' is '{r}' spelled another accepted way or in the plural"
        if org.country in _HEPBURN and _hepburn(w) == _hepburn(r):
            return f"'{w}' is '{r}' romanised another way"
        common = is_word(w) or reg.is_real_surname(w) or reg.is_given_name(w)
        if len(mine) == 1:
            if common or reg.is_place(w) or key(w) in COUNTRIES:
                return f"'{w}' is a word, name or place in its own right"
            if key(w) in self.surnames:
                return f"'{w}' is someone's surname in this story"
            if reg.opens_organisation(w):
                return f"'{w}' is the short form of another body's name"
            if not org.prominent:
                return f"{org.name} is one of thousands of minor bodies: one word is no evidence"
            if len(key(w)) < MIN_ONE_WORD or is_word(r) or org.kind == "party":
                # One-word parties are named after words: "Europeans", "Renaissance".
                return f"'{r}' is too short or too common to tell a slip from another word"
            if _near_word(key(w)):
                return f"'{w}' is as likely a slip for a common word"  # "Savana", not Savara
            return None
        others = [
            x
            for k, x in enumerate(mine)
            if k != j and key(x) not in ORG_FUNCTION_WORDS and key(x) not in _LEGAL
        ]
        if not others:
            return "no other word of the name agrees"
        if not org.prominent and all(is_word(x) for x in others):
            return f"{org.name} is a minor body and the other words are common ones"
        if len(mine) == 2 and j == 1 and reg.is_given_name(mine[0]):
            if not is_word(mine[0]) or reg.is_real_surname(w):
                # "Morgan Stanly"; but "White Hosue" and "Supreme Corut" are no one's names
                return f"'{mine[0]} {w}' reads as a person's name"
        if common and len(others) < 2 and all(is_word(x) for x in others):
            return f"'{w}' is a word or name in its own right and the rest of the name is common"
        return None
