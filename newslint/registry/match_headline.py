"""Near misses of known people in a story's headline and all-caps straplines.

A headline is the worst place for a misspelt name and the hardest to judge: every word
is capitalised, puns and slugs abound ("U.S. BUDGET DEFICIT 38.37 BLN DLRS"), and no
title or given name says a word is a name. A headline word is read as a slip only where
one name could be meant:

* one slip (an edit or a swap, sparing the first letter) from a surname the body spells
  right for a registry person: "PEOLSI'S LAST STAND" over a story about Nancy Pelosi;
* or a given name and a surname one slip from a prominent person's full name: "Tony
  Bliar quits";
* and the slip falls inside the word: a changed ending ("Scots" over a story about a
  Mr Scott) is a plural, a demonym or a pun as often as a slip.

The word must be five letters or more, and no English word, known surname, given name,
place or registry name, nor written anywhere in the body: a name the body uses is the
body's to judge.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from rapidfuzz.distance import OSA

from newslint.lazyre import lazy_compile
from newslint.registry.compiled import Registry
from newslint.registry.model import Person
from newslint.registry.normalise import key
from newslint.text.english import is_word
from newslint.text.spans import Span
from newslint.text.tokens import Token

#: Shortest headline word read as a slip of a name: "Bliar" for Blair.
MIN_WORD = 5
_POSSESSIVE = lazy_compile(r"['’][sS]?$")
_LETTERS = lazy_compile(r"\p{L}+")
_LINE = lazy_compile(r"[^\n]+")


def display_zones(prose: str, headline: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Return the headline and every line of the body written wholly in capitals."""
    zones = [headline] if headline else []
    for m in _LINE.finditer(prose):
        if headline and headline[0] <= m.start() < headline[1]:
            continue
        letters = "".join(_LETTERS.findall(m.group()))
        if len(letters) >= 2 * MIN_WORD and letters.isupper():
            zones.append(m.span())
    return zones


class HeadlineMatcher:
    """Compare the words of a story's display lines with the people its body names."""

    def __init__(self, registry: Registry, fits_date: Callable[[Person], bool]) -> None:
        self.registry = registry
        self.fits_date = fits_date

    def slips(
        self,
        prose: str,
        tokens: Sequence[Token],
        zones: list[tuple[int, int]],
        named: list[tuple[Person, str]],
    ) -> list[tuple[list[Span], Person, str]]:
        """Return (words, person, right spelling) for each display word that slips a name.

        ``named`` holds the registry people the body names exactly, each with the surname
        as the body writes it: that spelling is the one a headline slip is measured from.
        """
        body: set[str] | None = None  # read only when a display word gets that far
        known: dict[str, dict[str, tuple[Person, str]]] = {}
        for p, written in named:
            known.setdefault(key(written), {}).setdefault(p.id, (p, written))
        out = []
        for start, end in zones:
            lo = bisect_left(tokens, start, key=_start)
            hi = bisect_left(tokens, end, key=_start)
            words = [self._word(t) for t in tokens[lo:hi] if t.kind == "word"]
            for i, w in enumerate(words):
                if not self._may_slip(w, known):
                    continue
                if body is None:
                    body = self._body_words(prose, zones)
                if key(w.text) in body:
                    continue
                found = self._near_body_surname(w, known)
                if found is None and i > 0:
                    found = self._near_full_name(words[i - 1], w)
                    if found is not None:
                        out.append(([words[i - 1], w], *found))
                        continue
                if found is not None:
                    out.append(([w], *found))
        return out

    @staticmethod
    def _word(tok: Token) -> Span:
        text = _POSSESSIVE.sub("", tok.text)
        return Span(tok.start, tok.start + len(text), text)

    @staticmethod
    def _body_words(prose: str, zones: list[tuple[int, int]]) -> set[str]:
        words: set[str] = set()
        last = 0
        for start, end in sorted(zones):
            words.update(key(w) for w in _LETTERS.findall(prose[last:start]))
            last = end
        words.update(key(w) for w in _LETTERS.findall(prose[last:]))
        return words

    def _may_slip(self, w: Span, known: dict[str, dict[str, tuple[Person, str]]]) -> bool:
        """Tell whether a display word may slip a name; the caller also checks the body."""
        k = key(w.text)
        reg = self.registry
        return not (
            len(k) < MIN_WORD
            or not k.isalpha()
            or k in known
            or is_word(k)
            or reg.is_real_surname(k)
            or reg.is_given_name(k)
            or reg.is_place(k)
            or reg.knows(k)
        )

    def _near_body_surname(
        self, w: Span, known: dict[str, dict[str, tuple[Person, str]]]
    ) -> tuple[Person, str] | None:
        k = key(w.text)
        near = [s for s in known if len(s) >= MIN_WORD and s[0] == k[0]]
        near = [s for s in near if OSA.distance(k, s, score_cutoff=1) == 1 and _inner(k, s)]
        if len(near) != 1 or len(known[near[0]]) != 1:
            return None  # two names equally near: guessing would mislead
        p, written = next(iter(known[near[0]].values()))
        return p, _shaped(written, w.text)

    def _near_full_name(self, given: Span, w: Span) -> tuple[Person, str] | None:
        g, k = key(given.text), key(w.text)
        if len(g) < 3 or not g.isalpha() or not self.registry.is_given_name(g):
            return None
        found = []
        for p, written, dist in self.registry.fuzzy(f"{g} {k}", 1):
            theirs = key(written).split()
            if (
                dist == 1
                and len(theirs) == 2
                and theirs[0] == g
                and theirs[1][0] == k[0]
                and _inner(k, theirs[1])
                and isinstance(p, Person)
                and p.prominent
                and self.fits_date(p)
            ):
                found.append((p, written))
        if len({p.id for p, _ in found}) != 1:
            return None
        p, written = found[0]
        return p, _shaped(written, f"{given.text} {w.text}")


def _start(tok: Token) -> int:
    return tok.start


def _inner(word: str, name: str) -> bool:
    """Tell whether a slip spares the name's last letter as well as its first.

    A headline changes a name's ending on purpose ("Scots" beside Scott, a plural, a
    pun's suffix); a slip of the fingers falls inside the word.
    """
    return word[:-1] != name[:-1] and word[:-1] != name and word != name[:-1]


def _shaped(right: str, written: str) -> str:
    """Write the right spelling in the headline's case: "PELOSI" in an all-caps line."""
    return right.upper() if written.isupper() else right
