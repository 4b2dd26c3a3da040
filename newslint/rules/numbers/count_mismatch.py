"""NL204: a stated count that disagrees with the items listed after it."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.claims.lists import list_after
from newslint.claims.quantities import Quantity, extract_quantities
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile
from newslint.rule import Context, Rule
from newslint.text.context import words_after, words_before
from newslint.text.tokens import Token

_IRREGULAR_PLURALS = frozenset("people men women children countries media criteria".split())
_NOT_NOUNS = frozenset(
    """a an the of to in on at for and or but by with from as than that this these those
    more other others times""".split()
)


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen".split()
)
_AND_ONE = lazy_compile(r"\b(?:and|or)\s+one\b")
# "The freed hostages numbered four:" states the count after the noun.
_COUNT_VERBS = frozenset("numbered totalled totaled".split())
# "five children — mostly boys": items that are themselves amounts make a breakdown.
_QUANTIFIERS = frozenset("mostly mainly many most some all both several half aged".split())


class CountMismatch(Rule):
    """A count announced before a list that the list does not bear out.

    "Three countries: France and Spain" lost an item in editing, or gained a word
    in the count. The rule reads a small count (two to twelve, in digits or words)
    followed by a plural noun and a list: after a colon, between dashes ("the three
    carmakers — Honda and Nissan —", "-- ... --", a spaced hyphen), in apposition
    ("his two sons, Avi, Thomas and Joel,", names only), "numbered four:" and "one
    for X, one for Y". It counts the items ("A, B and C", "A, B, and C", names with
    ages) and reports the count when the two differ. Lists that say they are
    incomplete ("including", "among others"), choices ("A or B"), breakdowns ("two
    boys and two girls"), lists of clauses and names broken by an abbreviation's full
    stop are left alone.
    """

    code = "NL204"
    name = "numbers.count-mismatch"
    family = "numbers"
    severity = Severity.WARNING
    summary = "A stated count that disagrees with the items listed"
    bad = "The minister visited three countries: France and Spain.\n"
    good = "The minister visited three countries: France, Spain and Italy.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report counts followed by a colon and a list of another length."""
        for q in extract_quantities(doc):
            if q.kind not in ("count", "number") or not 2 <= q.value <= 12:
                continue
            if q.value != int(q.value):
                continue
            items = _listed(doc, q)
            if not items or len(items) < 2 or len(items) == q.value:
                continue
            yield Hit(q.start, q.end, f"the count says {q.text}, but {len(items)} are listed")


def _listed(doc: Document, q: Quantity) -> list[list[Token]] | None:
    """Return the items a count announces, in whichever shape the list is written."""
    mark = ":"
    if q.kind == "count":
        found = _colon_after_noun(doc, q)
        if found is None:
            return _one_for_each(doc, q)
        opening, mark = found
    else:  # a bare number counts only in "the hostages numbered four:"
        opening = _colon_after_count(doc, q)
        if opening is None:
            return None
    end = _list_end(doc, opening, mark)
    if mark != ":" and end is not None and _UNSAFE_LIST.search(doc.prose, opening, end):
        return None  # "A or B" is a choice; "Baring Brothers and Co", "<KSLL.L>" split wrongly
    if mark != ":" and doc.prose[q.start : q.start + 1].isupper() and not _opens(doc, q.start):
        return None  # "Precious Six Garments": a number in a name
    if mark == ",":
        items = list_after(doc, opening, end=end) if end is not None else None
        if items and all(_proper(item) for item in items):
            return items
        return _one_for_each(doc, q)  # "two posts, one for defence, one for housing"
    if mark != ":" and end is None:
        return None
    items = list_after(doc, opening, end=end)
    if items and any(_counts_itself(item) for item in items):
        return None  # "four children — two boys and two girls": a breakdown, not a list
    return items


_UNSAFE_LIST = lazy_compile(r"\sor\s|[<>&]|\sand\s+(?:Co|Company|Sons)\b|\p{Lu}\.\s+And\b")


def _opens(doc: Document, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    return sentence is not None and not doc.prose[sentence.start : offset].strip(" \"“‘'(")


_CLOSING_DASH = lazy_compile(r"\s(?:--|-|—|–)\s|—|–|(?<!\b\p{Lu}[\p{Lu}.]{0,4})\.(?=\s|$)|[;:!?]|$")
_DASH = lazy_compile(r"\s(?:--|-|—|–)\s|—|–")
_APPOSITION_END = lazy_compile(r",|\s(?:--|-|—|–)\s|[.;:]|$")
_JOINED = lazy_compile(r"\s(?:and|or)\s")
_CONNECTORS = frozenset("the of and & de la le von der van al bin du".split())


def _list_end(doc: Document, opening: int, mark: str) -> int | None:
    """Return where a list opened by a dash or a comma closes, or None when it does not.

    A dash list runs to the closing dash or the sentence's end; a list in apposition
    ("two sons, Avi and Joel, ...") runs to the first comma after its "and".
    """
    sentence = doc.sentence_at(opening)
    stop = sentence.end if sentence else len(doc.prose)
    if mark == ":":
        return None
    if mark in ("—", "–", "--", "-"):
        m = _CLOSING_DASH.search(doc.prose, opening, stop)
        close = m.start() if m else stop
        if close >= stop - 1 and _DASH.search(doc.prose[stop : stop + 150].split("\n", 1)[0]):
            return None  # "the U.S. And West Germany -": the sentence break is no list end
        return close
    joined = _JOINED.search(doc.prose, opening, stop)
    if joined is None:
        return None
    close = _APPOSITION_END.search(doc.prose, joined.end(), stop)
    return close.start() if close else stop


def _proper(item: list[Token]) -> bool:
    """Tell a named item ("the United States", "Bank of Tokyo", "Gonen 24") from a clause."""
    if any(t.text.lower() in _NUMBER_WORDS for t in item):
        return False  # "Bull will have four members, Honeywell two and NEC one"
    return all(
        t.text[:1].isupper() or t.text.lower() in _CONNECTORS or t.text.isdigit() for t in item
    )


def _opening(gap: str) -> int | None:
    """Return the offset just past a colon or an opening dash that starts ``gap``."""
    stripped = gap.lstrip()
    lead = len(gap) - len(stripped)
    for mark in (":", "—", "–", "--"):
        if stripped.startswith(mark):
            return lead + len(mark)
    if stripped.startswith("- ") and lead:
        return lead + 1  # BBC's spaced hyphen: "three marques - BMW, Mini and Rolls-Royce -"
    return None


def _colon_after_count(doc: Document, q: Quantity) -> int | None:
    """Return the offset past the colon of "<plural noun> numbered four:", if any."""
    before = [t.text.lower() for t in words_before(doc, q.start, 2)]
    if len(before) < 2 or before[0] not in _COUNT_VERBS:
        return None
    noun = before[1]
    if not (noun.endswith("s") or noun in _IRREGULAR_PLURALS) or noun in _NOT_NOUNS:
        return None
    gap = doc.prose[q.end : q.end + 3]
    return q.end + 1 if gap.startswith(":") else None


def _one_for_each(doc: Document, q: Quantity) -> list[list[Token]] | None:
    """Return the items of "two posts, one for defence, one for housing and one for trade"."""
    words = words_after(doc, q.end, 4)
    if not words or not _plural_noun_phrase(words):
        return None
    noun = next(t for t in words if _is_plural(t.text.lower()))
    if not doc.prose[noun.end :].startswith(","):
        return None
    items = list_after(doc, noun.end + 1, max_words=6)
    if not items or any(item[0].text.lower() != "one" for item in items):
        # "... and one for trade, and promised ...": the list closes at the comma after it
        sentence = doc.sentence_at(noun.end)
        last = _AND_ONE.search(doc.prose, noun.end, sentence.end if sentence else noun.end)
        comma = doc.prose.find(",", last.end(), sentence.end) if last and sentence else -1
        if comma < 0:
            return None
        items = list_after(doc, noun.end + 1, max_words=6, end=comma)
    if not items or any(item[0].text.lower() != "one" for item in items):
        return None
    return items


def _plural_noun_phrase(words: list[Token]) -> bool:
    for i, tok in enumerate(words[:3]):
        low = tok.text.lower()
        if tok.kind != "word" or low in _NOT_NOUNS or low in _NUMBER_WORDS:
            return False
        if _is_plural(low):
            return i < 3
    return False


def _is_plural(low: str) -> bool:
    return (low.endswith("s") and not low.endswith("ss")) or low in _IRREGULAR_PLURALS


def _counts_itself(item: list[Token]) -> bool:
    first = item[0].text.lower()
    return first in _NUMBER_WORDS or first[:1].isdigit() or first in _QUANTIFIERS


def _colon_after_noun(doc: Document, q: Quantity) -> tuple[int, str] | None:
    """Return the offset just past the colon, dash or comma after "<count> <plural noun>".

    A short verb phrase may stand before a colon: "three ministers resigned:". A dash
    or a comma opens a list only right after the noun: "the three carmakers — Honda
    and Nissan —", "his two sons, Avi and Joel,". The mark is returned with the offset.
    """
    words = words_after(doc, q.end, 6)
    plural = False
    for i, tok in enumerate(words):
        low = tok.text.lower()
        if tok.kind != "word" or low in _NOT_NOUNS or low in _NUMBER_WORDS:
            return None
        plural = plural or (i < 3 and (low.endswith("s") or low in _IRREGULAR_PLURALS))
        end = words[i + 1].start if i + 1 < len(words) else tok.end + 3
        gap = doc.prose[tok.end : end]
        if gap.lstrip().startswith(":"):
            return (tok.end + gap.index(":") + 1, ":") if plural else None
        head = i < 3 and _is_plural(low) and not any(_is_plural(w.text.lower()) for w in words[:i])
        dash = _opening(gap)
        if dash is not None:
            mark = gap.strip()[:2] if gap.strip().startswith("--") else gap.strip()[:1]
            return (tok.end + dash, mark) if head else None
        if gap.lstrip().startswith(","):
            return (tok.end + gap.index(",") + 1, ",") if head else None
        if gap.strip():
            return None  # other punctuation ends the clause before any colon
    return None
