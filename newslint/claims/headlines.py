"""A headline's figures and the figures of the lead that restate them.

A headline summarises its story, so a figure it gives ("# Woolworth bids 244 mln stg
for Superdrug") is the figure the lead gives for the same thing ("said it would make a
244 mln stg agreed bid for Superdrug"). Which figure of the lead (the first paragraph)
restates the headline's is read from the wording: the same unit and scale, and the
headline's verb or measured noun in the lead figure's clause, written in lower case
there so a shared name ("Jordan") alone does not tie two figures. Figures that tell of
a change ("UP 12 PCT", "rose by 5 mln") or are hedged ("about", "up to") are no
restatements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from newslint.claims import once_per_document
from newslint.claims.changes import extract_changes
from newslint.claims.quantities import SCALES, extract_quantities
from newslint.lazyre import lazy_compile

if TYPE_CHECKING:
    from newslint.document import Document

#: Words around a headline figure that make it a change, a bound or an estimate.
_HEAD_BEFORE = lazy_compile(
    r"\b(?:up|down|by|to|from|rise[sn]?|rose|fall[s]?|fell|gain[s]?|lose[s]?|lost|drop[s]?"
    r"|cut[s]?|raise[sd]?|lift[s]?|add[s]?|boost[s]?|jump[s]?|climb[s]?|increase[sd]?"
    r"|decrease[sd]?|top[s]?|over|under|about|around|nearly|almost|some|more\s+than"
    r"|less\s+than|at\s+least|up\s+to|another|extra|further|additional|new|record)\s+$",
    regex.IGNORECASE,
)
_HEAD_AFTER = lazy_compile(
    r"^\s*(?:higher|lower|up|down|more|less|rise|fall|gain|drop|increase|decrease|jump"
    r"|or\s+more|\+|-?\s*\d|to\s+\d|a\s|an\s|per\s|each\b)",
    regex.IGNORECASE,
)
#: Before a body figure: a bound, an estimate or a change size, never a restatement.
_BODY_BEFORE = lazy_compile(
    r"\b(?:by|from|about|around|nearly|almost|some|over|under|more\s+than|less\s+than"
    r"|at\s+least|up\s+to|roughly|approximately|another|extra|further|additional"
    r"|against|versus|vs|compared\s+with|compared\s+to|rose|fell|gained|lost|added|up|down"
    r"|rise|fall|increase|decrease|drop|jump|gain)\s+(?:\p{L}+\s+)?$",
    regex.IGNORECASE,
)
_BODY_AFTER = lazy_compile(r"^\s*(?:or\s+more|\+|more|(?:a|an|per|each)\s)", regex.IGNORECASE)
_WORD = lazy_compile(r"[\p{L}][\p{L}'-]*")
#: Headline words too common to tie two figures: verbs of saying, units, scale words.
_IDLE = frozenset(
    """a an the of for in on at to by and or with from as its it is be are was were has have
    had will would may could can said says say see sees seen set sets make makes made get
    gets got put puts plan plans mln bln billion million trillion thousand dlrs dlr dollars
    dollar stg pct percent cent per year years month months quarter qtr half first second
    third fourth 1st 2nd 3rd 4th fiscal corp inc plc ltd co company group unit u.s us uk
    total than more less over under new""".split()
)
#: Headline words and the body words a lead writes for them ("BIDS" over "tender offer").
_SYNONYMS = {
    "bid": "bid",
    "offer": "bid",
    "tender": "bid",
    "buy": "buy",
    "purchas": "buy",
    "acquir": "buy",
    "acquisition": "buy",
    "borrow": "loan",
    "loan": "loan",
    "credit": "loan",
}


@dataclass(frozen=True)
class HeadlineFigure:
    """A figure of the headline, with the body figures whose wording restates it."""

    quantity: Any
    restatements: tuple[Any, ...]  # figures of the lead of its unit and scale, linked by a word
    same_unit: tuple[Any, ...]  # every body figure of its unit, in order


@once_per_document
def headline_figures(doc: Document) -> list[HeadlineFigure]:
    """Return the headline's plain figures, each with the body figures that may restate it."""
    headline = doc.headline
    if headline is None:
        return []
    prose = doc.prose
    changed = {c.old.start for c in extract_changes(doc)}
    body = [
        q for q in extract_quantities(doc) if q.start >= headline.end and q.start not in changed
    ]
    # NOTE: the lead restates the headline; later paragraphs bring the story's other
    # figures, which share its words without restating its figure.
    lead = next((b for b in doc.blocks if b.start >= headline.end and b.kind == "paragraph"), None)
    if lead is None:
        return []
    out = []
    for h in extract_quantities(doc):
        if not headline.start <= h.start < headline.end or not _plain(prose, h, headline):
            continue
        stems = _near_stems(prose, h, headline)
        same = tuple(b for b in body if _same_unit(prose, h, b))
        linked = tuple(
            b
            for b in same
            if b.start < lead.end and _scale(b) == _scale(h) and _restates(doc, b, stems)
        )
        out.append(HeadlineFigure(h, linked, same))
    return out


def _plain(prose: str, h: Any, headline: Any) -> bool:
    """Whether a headline figure states one exact amount: written in digits, no change."""
    if not h.value or not regex.search(r"\d", h.text):
        return False
    if h.unit is None and (h.scale is None or not _counted(prose, h)):
        return False
    before = prose[max(headline.start, h.start - 30) : h.start]
    after = prose[h.end : min(headline.end, h.end + 20)]
    return not (_HEAD_BEFORE.search(before) or _HEAD_AFTER.match(after))


def _counted(prose: str, q: Any) -> str | None:
    """Return the stem of the noun a scaled bare figure counts ("3.1 mln ounces")."""
    m = regex.match(r"\s+(?:troy\s+)?(\p{L}{3,})", prose, pos=q.end)
    return _stem(m.group(1)) if m else None


def _same_unit(prose: str, h: Any, b: Any) -> bool:
    if b.unit != h.unit:
        return False
    if h.unit is None and _counted(prose, b) != _counted(prose, h):
        return False
    return True


def _scale(q: Any) -> float:
    return SCALES.get((q.scale or "").lower(), 1.0)


def _restates(doc: Document, b: Any, stems: set[str]) -> bool:
    """Whether a body figure's clause shares a lower-case word with the headline."""
    sentence = doc.sentence_at(b.start)
    if sentence is None:
        return False
    prose = doc.prose
    before = prose[max(sentence.start, b.start - 100) : b.start]
    after = prose[b.end : min(sentence.end, b.end + 50)]
    if _BODY_BEFORE.search(before[-40:]) or _BODY_AFTER.match(after):
        return False
    before = regex.split(r"[;:()]|\s--\s|,\s", before)[-1]
    after = regex.split(r"[;:()]|\s--\s", after)[0]
    words = [w for w in _WORD.findall(before + " " + after) if w[:1].islower()]
    return any(_kin(_stem(w)) in stems for w in words)


def _near_stems(prose: str, h: Any, headline: Any) -> set[str]:
    """Stem the words that say what a headline figure is: the verb before, the nouns after.

    "Firm wins £300m contract" gives "win" and "contract", not "firm": the subject of a
    headline is often named again beside another of its figures.
    """
    before = [w for w in _WORD.findall(prose[headline.start : h.start]) if _content(w)]
    after = [w for w in _WORD.findall(prose[h.end : headline.end]) if _content(w)]
    return {_kin(_stem(w)) for w in before[-1:] + after[:3]}


def _kin(stem: str) -> str:
    return _SYNONYMS.get(stem, stem)


def _content(word: str) -> bool:
    return word.lower() not in _IDLE and len(word) > 2


def _stem(word: str) -> str:
    """Return a crude stem, so "bids" and "bidding", or "approves" and "approved", meet."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w
