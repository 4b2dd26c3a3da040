"""Name keys: how two spellings are compared (case, diacritics, punctuation)."""

from __future__ import annotations

import functools
import unicodedata

import regex

from newslint.lazyre import lazy_compile

_SPACE = lazy_compile(r"[\s\-‐‑–—_]+")
_DROP = lazy_compile(r"[.’'`´ʼ,()\"]")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe"})


def strip_marks(text: str) -> str:
    """Remove diacritics: "Erdoğan" -> "Erdogan"."""
    if text.isascii():  # most names: nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Letters German and Scandinavian names spell out without marks: Schlüter is Schlueter.
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae"})


def spelt_out(name: str) -> str:
    """Return a name's key with umlauts written out, as German papers do: "schlueter"."""
    return key(name.casefold().translate(_SPELT_OUT))


@functools.lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Return the comparison key of a name: lower case, no marks, single spaces.

    Cached because matching compares each mention against the same registry names
    over and over; a long draft must not pay for normalising them every time.
    """
    text = strip_marks(name.casefold())
    text = _DROP.sub("", text)
    return _SPACE.sub(" ", text).strip()


def fold_case(name: str) -> str:
    """Return a key that keeps diacritics, to tell a diacritic-only difference apart."""
    text = _DROP.sub("", unicodedata.normalize("NFC", name.casefold()))
    return _SPACE.sub(" ", text).strip()


def surname(name_key: str) -> str:
    """Return the last meaningful word of a name key ("george w bush jr" -> "bush")."""
    words = name_key.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def deletes(word: str) -> set[str]:
    """Return the word and every string one deletion away (the candidate neighbourhood)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


_COUNTRY_ALIASES = {
    "united states of america": "united states",
    "usa": "united states",
    "us": "united states",
    "u s": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "the philippines": "philippines",
    "the netherlands": "netherlands",
    "the gambia": "gambia",
    "peoples republic of china": "china",
    "russian federation": "russia",
    "republic of korea": "south korea",
    "korea": "south korea",
}


def country(name: str) -> str:
    """Return the key of a jurisdiction: "United States of America" -> "united states"."""
    k = key(name)
    k = _COUNTRY_ALIASES.get(k, k)
    return k[4:] if k.startswith("the ") else k


def office_keys(office: str) -> set[str]:
    """Return the keys a title in a story may use for an office.

    "Prime Minister of Japan" -> {"prime minister of japan", "prime minister",
    "minister"}: a story's "Japanese Prime Minister" finds it by the short form and
    "Foreign Minister" finds every minister by the head word.
    """
    full = key(office)
    out = {full}
    short = regex.split(r" (?:of|for|to) ", full, maxsplit=1)[0]
    for prefix in ("united states ", "us ", "uk "):
        if short.startswith(prefix):
            short = short[len(prefix) :]
    out.add(short)
    if short:
        out.add(short.split()[-1])
    return {o for o in out if o}


_TRANSLIT = [("kh", "k"), ("ck", "k"), ("ph", "f"), ("zh", "j"), ("j", "y"), ("w", "v"), ("q", "k")]
_VOWELS = lazy_compile(r"[aeiouy]+")


def skeleton(name_key: str) -> str:
    """Return the consonants of a name key in place, vowels blurred, transliterations folded.

    "yanukovich" and "yanukovych", "rajapakse" and "rajapaksa", "binyamin" and
    "benjamin" share a skeleton: for names written in another script, these are
    spellings, not mistakes.
    """
    text = name_key
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    return " ".join(_VOWELS.sub("*", w) for w in text.split())


#: Given names that are the same name to a reader: "Steve" is "Steven" is "Stephen".
GIVEN_NAME_CLASSES = [
    "steve steven stephen",
    "mike michael mick micheal",
    "bill billy william will willy",
    "bob bobby robert rob",
    "jim jimmy james jamie",
    "tom tommy thomas",
    "dick richard rick ricky",
    "ted teddy edward ed eddie edwin",
    "mac malcolm",
    "joe joseph joey",
    "dan danny daniel",
    "dave david",
    "chris christopher",
    "tony anthony",
    "andy andrew",
    "nick nicholas nicolas",
    "pat patrick patricia",
    "sam samuel samantha",
    "alex alexander alexandra",
    "liz elizabeth beth betty",
    "kate katherine catherine kathryn kathy",
    "jon jonathan john jonny johnny jack",
    "mohammed mohammad muhammad mohamed mohamad",
]
_GIVEN = {w: i for i, line in enumerate(GIVEN_NAME_CLASSES) for w in line.split()}


def same_given_name(a: str, b: str) -> bool:
    """Tell whether two given-name keys are forms of one name."""
    return a == b or (a in _GIVEN and _GIVEN.get(a) == _GIVEN.get(b))
