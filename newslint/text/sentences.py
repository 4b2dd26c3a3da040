"""Split prose into sentences without tripping on newsroom abbreviations.

"U.S.", "Mr.", "Jan. 20", "No. 10", initials and decimals all carry full stops
that do not end a sentence; quotes and brackets may follow one that does.
"""

from __future__ import annotations

from newslint.lazyre import lazy_compile
from newslint.text.spans import Span

# Words that, followed by a full stop, almost never end a sentence.
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof rev gen col lt sgt capt cmdr adm gov sen rep pres supt insp
    st ste mt ft jr sr messrs mme mlle hon rt sec dept est approx vs etc al e.g i.e
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    inc corp co ltd bros plc no nos vol pp fig art para ch op""".split()
)
# Abbreviations that close a sentence when what follows looks like a new sentence.
_MAYBE_FINAL = frozenset("etc inc corp co ltd bros plc al st jr sr".split())
_STARTERS = frozenset(
    """the a an he she it they we i in on at but and or so yet this that these those
    there his her its their our my as if when while after before however meanwhile
    still also for from to with by what who why how where mr mrs ms dr""".split()
)
_CANDIDATE = lazy_compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
_NEXT = lazy_compile(r"\s+([\"'“‘«(\[]*)(\S+)")
_WORD_BEFORE = lazy_compile(r"([\p{L}.]+)\.$")


def _is_boundary(text: str, dot: int, after: int, end: int) -> bool:
    """Decide whether the punctuation run ending at ``after`` closes a sentence."""
    m = _NEXT.match(text, after, end)
    if not m:
        return True
    nxt = m.group(2)
    starts_new = nxt[0].isupper() or nxt[0].isdigit() or bool(m.group(1))
    if text[dot] != ".":
        return starts_new or nxt[0] in "—-"
    before = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if before is None:
        return starts_new
    word = before.group(1)
    low = word.lower().rstrip(".")
    if low == "no" and nxt[0].isdigit():
        return False
    if low in _NEVER_FINAL and low not in _MAYBE_FINAL:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial, as in "George W. Bush"
    if "." in word or low in _MAYBE_FINAL:
        # "U.S." or "Inc." ends a sentence only before an obvious sentence opener
        return starts_new and nxt.strip("\"'“‘(").lower() in _STARTERS
    return starts_new


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Return the sentences of ``text[start:end]`` as spans trimmed of white space."""
    spans: list[Span] = []
    cursor = start
    for m in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            _append(spans, text, cursor, m.end())
            cursor = m.end()
    _append(spans, text, cursor, end)
    return spans


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))
