"""Person mentions: name candidates with their titles peeled off and noted.

"Japanese Prime Minister Sanai Takwati" is a mention of the name "Sanai Takwati"
with the title "prime minister" and the country "japan". Name rules use the title
to narrow the people a name can mean, and never flag the title words themselves.
This needs no registry: it is how a reader parses the sentence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from newslint.claims import once_per_document
from newslint.document import Document
from newslint.lazyre import lazy_compile
from newslint.text.quotes import marked_sic
from newslint.text.spans import Span
from newslint.text.tokens import NameCandidate

_POSSESSIVE = lazy_compile(r"['’]s?$")

#: Titles that stand before a name, lower case, without a final full stop.
TITLES = frozenset(
    """prime minister|deputy prime minister|president|vice president|vice-president|
    chancellor|senator|sen|rep|representative|congressman|congresswoman|gov|governor|
    secretary|secretary-general|secretary general|foreign secretary|home secretary|
    defence secretary|defense secretary|health secretary|education secretary|
    culture secretary|trade secretary|treasury secretary|business secretary|
    transport secretary|environment secretary|work and pensions secretary|
    shadow chancellor|shadow home secretary|shadow foreign secretary|shadow secretary|
    minister|foreign minister|finance minister|defence minister|defense minister|
    interior minister|trade minister|economy minister|health minister|first minister|
    chief minister|premier|king|queen|pope|emperor|empress|emir|sultan|crown prince|
    prince|princess|taoiseach|speaker|leader|opposition leader|mr|mrs|ms|miss|dr|
    sir|dame|lord|lady|baroness|baron|mayor|judge|justice|chief justice|ambassador|
    general|gen|admiral|colonel|col|chairman|chairwoman|chair|commissioner|
    attorney general|attorney-general|governor-general|majority leader|minority leader|
    house speaker|senate majority leader|senate minority leader|archbishop|cardinal|
    bishop|rev|reverend|father|supreme leader|ayatollah|sheikh|managing director|
    chief economist|director-general|director general""".replace("\n", "").split("|")
)
TITLES = frozenset(t.strip() for t in TITLES)
#: A title's form for someone chosen but not yet in office: "President-elect".
_ELECT = "-elect"
_TITLE_WORDS = 3

#: Adjectives and names that say which country a title belongs to.
COUNTRIES = {
    "japanese": "japan", "japan": "japan", "us": "united states", "u.s": "united states",
    "american": "united states", "america": "united states", "british": "united kingdom",
    "uk": "united kingdom", "britain": "united kingdom", "french": "france",
    "france": "france", "german": "germany", "germany": "germany", "canadian": "canada",
    "canada": "canada", "chinese": "china", "china": "china", "russian": "russia",
    "russia": "russia", "indian": "india", "india": "india", "israeli": "israel",
    "israel": "israel", "ukrainian": "ukraine", "ukraine": "ukraine", "brazilian": "brazil",
    "brazil": "brazil", "mexican": "mexico", "mexico": "mexico", "australian": "australia",
    "australia": "australia", "italian": "italy", "italy": "italy", "spanish": "spain",
    "spain": "spain", "south korean": "south korea", "korean": "south korea",
    "south korea": "south korea", "irish": "ireland", "ireland": "ireland",
    "turkish": "turkey", "turkey": "turkey", "iranian": "iran", "iran": "iran",
    "egyptian": "egypt", "egypt": "egypt", "dutch": "netherlands", "polish": "poland",
    "poland": "poland", "belgian": "belgium", "austrian": "austria", "swedish": "sweden",
    "norwegian": "norway", "danish": "denmark", "finnish": "finland", "greek": "greece",
    "portuguese": "portugal", "argentine": "argentina", "argentinian": "argentina",
    "pakistani": "pakistan", "pakistan": "pakistan", "afghan": "afghanistan",
    "iraqi": "iraq", "iraq": "iraq", "syrian": "syria", "syria": "syria", "saudi": "saudi arabia",
    "nigerian": "nigeria", "south african": "south africa", "kenyan": "kenya",
    "indonesian": "indonesia", "philippine": "philippines", "filipino": "philippines",
    "thai": "thailand", "vietnamese": "vietnam", "taiwanese": "taiwan", "taiwan": "taiwan",
    "singaporean": "singapore", "new zealand": "new zealand", "scottish": "scotland",
    "welsh": "wales", "lebanese": "lebanon", "venezuelan": "venezuela",
    "colombian": "colombia", "chilean": "chile", "peruvian": "peru", "hungarian": "hungary",
    "czech": "czech republic", "romanian": "romania", "serbian": "serbia",
    "palestinian": "palestine", "nato": "nato",
}  # fmt: skip


class PersonMention(NamedTuple):
    """A name as written, with the title and country that precede it, if any."""

    start: int
    end: int
    text: str
    words: tuple[Span, ...]
    title: str | None
    country: str | None
    sentence_initial: bool
    in_headline: bool

    @property
    def surname(self) -> Span:
        """The last word of the name."""
        return self.words[-1]


def person_mentions(
    candidates: list[NameCandidate], prose: str, headline: tuple[int, int] | None
) -> list[PersonMention]:
    """Turn name candidates into person mentions, peeling titles and possessives.

    A name the story marks "[sic]" is someone else's spelling, quoted as written: it is
    no mention of the story's own, so no rule reads it as one.
    """
    out = []
    for cand in candidates:
        mention = _mention(cand, prose, headline)
        if mention is not None and not marked_sic(prose, cand.end):
            out.append(mention)
    return out


def _mention(
    cand: NameCandidate, prose: str, headline: tuple[int, int] | None
) -> PersonMention | None:
    words = list(cand.words)
    last = words[-1]
    trimmed = _POSSESSIVE.sub("", last.text)
    if trimmed != last.text and trimmed:
        words[-1] = Span(last.start, last.start + len(trimmed), trimmed)
    title, country, i = _peel(words)
    if title is None:
        title, country = _title_before(prose, words[i].start)
    name = words[i:]
    start, end = name[0].start, name[-1].end
    initial = cand.sentence_initial and i == 0
    in_headline = headline is not None and headline[0] <= start < headline[1]
    return PersonMention(
        start, end, prose[start:end], tuple(name), title, country, initial, in_headline
    )


@lru_cache(maxsize=16384)
def _clean(word: str) -> str:
    # NOTE: cached: the same few hundred words are cleaned hundreds of times per story.
    return _POSSESSIVE.sub("", word.lower().rstrip(".")).replace("’", "'")


_ARTICLES = frozenset({"the", "a", "an", "former", "then", "late", "acting", "new", "ex"})
#: Capitalised words that may open a run but never a name: "On Monday Vladimir Putin".
_LEADING = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)


def _phrase_at(words: list[Span], i: int) -> tuple[int, str | None, str | None]:
    """Return (size, "title" or "country", value) for a phrase starting at word ``i``."""
    for size in range(min(_TITLE_WORDS, len(words) - i), 0, -1):
        phrase = " ".join(_clean(w.text) for w in words[i : i + size])
        if phrase in TITLES or phrase.endswith(_ELECT) and phrase[: -len(_ELECT)] in TITLES:
            return size, "title", phrase  # "President-elect Donald Trump" too
        if phrase in COUNTRIES:
            return size, "country", COUNTRIES[phrase]
    return 1, None, None


def _peel(words: list[Span]) -> tuple[str | None, str | None, int]:
    """Return (title, country, index of the first name word) of a run of capitalised words.

    The name starts after the last title that has a name after it ("On Monday
    Russian President Vladimir Putin"); a country counts only before a title
    ("India Knight" is a name). Without a title, leading openers and dates go.
    """
    title = country = None
    start = i = 0
    while i < len(words):
        size, kind, value = _phrase_at(words, i)
        if kind == "country" and _phrase_at(words, i + size)[1] == "title":
            country, i = value, i + size
            continue
        if kind == "title" and i + size < len(words):
            title, i = value, i + size
            start = i
            continue
        i += 1
    if title is None:
        country = None
        while start < len(words) - 1 and _clean(words[start].text) in _NOT_FIRST:
            start += 1
    return title, country, start


def _title_before(prose: str, start: int) -> tuple[str | None, str | None]:
    """Find a lower-case title just before a name: "the prime minister, Tony Blair"."""
    window = prose[max(0, start - 40) : start]
    window = window.rsplit("\n", 1)[-1]
    words = window.replace(",", " ").split()
    for size in range(min(_TITLE_WORDS, len(words)), 0, -1):
        phrase = " ".join(_clean(w) for w in words[-size:])
        if phrase in TITLES:
            before = _clean(words[-size - 1]) if len(words) > size else ""
            return phrase, COUNTRIES.get(before)
    return None, None


#: Capitalised words that open sentences and are not given names: "While Trump spoke".
OPENERS = frozenset(
    """a an and after although as at before but by despite during earlier for from
    however if in last later like meanwhile next now of on once since so that the then
    this though today under unlike until when where whether while with yesterday yet""".split()
)
#: Words a name never starts with when no title precedes it.
_NOT_FIRST = _LEADING | OPENERS | _ARTICLES


#: Head nouns of institutions: "European Union", "Liberal Party" end in a capitalised
#: word that is a real word, not a surname, whatever capitalised word comes before it.
INSTITUTIONS = frozenset(
    """union party council commission bank ministry department court assembly parliament
    congress senate committee association federation league club university college
    group company corporation agency office service board authority trust fund institute
    foundation society alliance republic kingdom treasury exchange museum hospital
    school church army navy police government cabinet coalition""".split()
)


def is_institution(word: str) -> bool:
    """Tell whether a capitalised word is an institution's head noun ("Union", "Treasury")."""
    k = word.lower()
    return k in INSTITUTIONS or k.rstrip("s") in INSTITUTIONS


@once_per_document
def find_person_mentions(doc: Document) -> list[PersonMention]:
    """Name candidates with titles peeled off, the headline's kept apart."""
    head = (doc.headline.start, doc.headline.end) if doc.headline else None
    return person_mentions(doc.name_candidates, doc.prose, head)
