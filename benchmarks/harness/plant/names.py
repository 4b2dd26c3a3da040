"""Name errors planted into real stories: a known person misspelled, a wrong given name, a
misspelled organisation, and one person's name spelled two ways in one story.

Every planted spelling is one plausible keystroke away from the real one and is checked
against a vocabulary: it must not be a word of the corpus, nor a name the office-holder
files know, nor occur anywhere in the story. So the planted text is a misspelling, never
another real word or person, and never a variant the story itself already uses.

A capitalised word is a name only in a shape that makes it one: after a title ("Mr Blair"),
after the person's given name, or, for a surname that is no English word, anywhere it is
not glued to another capitalised word ("Baker Hughes", "Ford Motor") or to an organisation
of the list below. "Brown", "Major" or "Bush" are misspelled only after a title or given name.
"""

from __future__ import annotations

import functools
import random
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from harness.facts import Facts, Person
from harness.plant.base import Site
from harness.stories import Story

FAMILY = "names"

#: Words that, capitalised right before a surname, make it a person's name.
TITLES = frozenset(
    """
Mr Mrs Ms Miss Mx Dr Prof Professor Lord Lady Baroness President Vice-President Premier
Chancellor Minister Secretary Secretary-General Senator Sen Rep Representative Congressman
Congresswoman Gov Governor Mayor Speaker Chairman Chairwoman Chair Commissioner Ambassador
Judge Justice General Gen Colonel Col Lieutenant Lt Captain Capt Admiral Adm Sergeant
King Queen Prince Princess Pope Sheikh Ayatollah Rev Reverend Father Bishop Archbishop
Cardinal Chief Director Leader Inspector Detective Det Supt Superintendent Deputy Treasurer
Comptroller Coach Manager Skipper
""".split()
)

#: A title and a surname that together name a firm or a brand, not a person.
TITLED_FIRMS = frozenset(
    {
        "General Mills",
        "General Foods",
        "General Dynamics",
        "General Electric",
        "General Motors",
        "General Instrument",
        "General Signal",
        "Dr Pepper",
        "Dr Martens",
        "Captain Morgan",
        "Mr Kipling",
        "Miss Selfridge",
        "Lord Abbett",
    }
)

#: Titles that name an office: before the surname of the one top office-holder who bears
#: it ("President Reagan", "Chancellor Kohl"), they show the story means that person.
OFFICE_TITLES = frozenset(
    """
President Vice-President Premier Chancellor Minister Secretary Leader Chairman Senator Sen
Governor Gov Speaker
""".split()
)

#: Capitalised function words a sentence may open with before a bare surname.
STARTERS = frozenset(
    """
The A An But And Or So Yet When While If As Because Since After Before Although Though
Then Now Meanwhile Also Even Only Still Like Unlike With Without For From To In On At By
Of Under Over About Against Between Both Neither Either Did Does Do Has Had Have Is Was
Were Are Would Could Should Can Must Where Why How What Who Whom Whose That This These
Those Until Once Despite Unless Whether Not No Yes Including Among Let Former Ex Says Said
Asked Told Added Instead Indeed Later Earlier Today Yesterday Last Next Here There It He
She They We I You His Her Their Our Its Under Upon Within Through Throughout Towards
""".split()
)

MONTHS_AND_DAYS = frozenset(
    """
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split()
)

#: Words a company name ends with: a surname before one names a firm, not a person.
FIRM_WORDS = frozenset(
    """
Inc Corp Corporation Co Company Ltd Plc PLC Group Holdings Industries International
Associates Partners Bros Brothers Motor Motors Airlines Bank Securities Capital Foods
""".split()
)

#: Short words of an organisation's name that a misspelling never touches.
FUNCTION_WORDS = frozenset("of and the for on in de la du von & at to".split())

#: Organisations common in the three corpora (firms and agencies each named in at least ten
#: stories, the rarer kinds in five), with the kind that labels the planted case. Names that are also plain words or towns ("Shell",
#: "Total", "Apple", "Liverpool", "Unison") are left out: their mention may not be the firm.
ORGANISATIONS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            ("African Development Bank", "international"),
            ("Agriculture Department", "agency"),
            ("Airbus", "company"),
            ("American Express", "company"),
            ("Amnesty International", "international"),
            ("Amoco", "company"),
            ("Asian Development Bank", "international"),
            ("Associated Press", "media"),
            ("Aston Villa", "sports"),
            ("Atlantic Richfield", "company"),
            ("Bank of America", "company"),
            ("Bank of Canada", "central-bank"),
            ("Bank of England", "central-bank"),
            ("Bank of France", "central-bank"),
            ("Bank of Italy", "central-bank"),
            ("Bank of Japan", "central-bank"),
            ("Bank of Korea", "central-bank"),
            ("Bank of Spain", "central-bank"),
            ("Bank of Thailand", "central-bank"),
            ("BankAmerica", "company"),
            ("Bankers Trust", "company"),
            ("Barclays", "company"),
            ("Bear Stearns", "company"),
            ("Boeing", "company"),
            ("British Airways", "company"),
            ("British Chambers of Commerce", "union"),
            ("British Petroleum", "company"),
            ("Bundesbank", "central-bank"),
            ("Cable and Wireless", "company"),
            ("Chase Manhattan", "company"),
            ("Chemical Bank", "company"),
            ("Chicago Board of Trade", "exchange"),
            ("Chicago Mercantile Exchange", "exchange"),
            ("Christian Democrats", "party"),
            ("Chrysler", "company"),
            ("Citibank", "company"),
            ("Citicorp", "company"),
            ("Commerce Department", "agency"),
            ("Commodity Exchange", "exchange"),
            ("Commodity Futures Trading Commission", "agency"),
            ("Communist Party", "party"),
            ("Confederation of British Industry", "union"),
            ("Congressional Budget Office", "agency"),
            ("Conservative Party", "party"),
            ("Credit Suisse", "company"),
            ("DaimlerChrysler", "company"),
            ("Daiwa", "company"),
            ("Dean Witter", "company"),
            ("Defense Department", "agency"),
            ("Democratic National Committee", "party"),
            ("Democratic Party", "party"),
            ("Department of Agriculture", "agency"),
            ("Deutsche Bank", "company"),
            ("Digital Equipment", "company"),
            ("Disney", "company"),
            ("Dome Petroleum", "company"),
            ("Dow Jones", "media"),
            ("Drexel Burnham", "company"),
            ("Eastman Kodak", "company"),
            ("Electoral Commission", "agency"),
            ("Energy Department", "agency"),
            ("Environmental Protection Agency", "agency"),
            ("Ericsson", "company"),
            ("European Central Bank", "central-bank"),
            ("European Commission", "international"),
            ("European Community", "international"),
            ("European Monetary System", "international"),
            ("European Parliament", "international"),
            ("European Union", "international"),
            ("Exxon", "company"),
            ("Export-Import Bank", "agency"),
            ("Facebook", "company"),
            ("Federal Communications Commission", "agency"),
            ("Federal Home Loan Bank Board", "agency"),
            ("Federal Reserve", "central-bank"),
            ("Federal Reserve Board", "central-bank"),
            ("Federal Trade Commission", "agency"),
            ("Finance Ministry", "agency"),
            ("Financial Times", "media"),
            ("First Boston", "company"),
            ("Food and Drug Administration", "agency"),
            ("Football Association", "sports"),
            ("Football League", "sports"),
            ("Ford Motor", "company"),
            ("Foreign Office", "agency"),
            ("Fox News", "media"),
            ("Fujitsu", "company"),
            ("Gazprom", "company"),
            ("General Accounting Office", "agency"),
            ("General Agreement on Tariffs and Trade", "international"),
            ("General Electric", "company"),
            ("General Motors", "company"),
            ("Goldman Sachs", "company"),
            ("Google", "company"),
            ("Green Party", "party"),
            ("Group of Five", "international"),
            ("Group of Seven", "international"),
            ("Gulf Cooperation Council", "international"),
            ("Home Office", "agency"),
            ("Honda", "company"),
            ("House Agriculture Committee", "agency"),
            ("House of Commons", "agency"),
            ("House of Lords", "agency"),
            ("Intel", "company"),
            ("Inter-American Development Bank", "international"),
            ("International Cocoa Organization", "international"),
            ("International Coffee Organization", "international"),
            ("International Energy Agency", "international"),
            ("International Monetary Fund", "international"),
            ("International Olympic Committee", "sports"),
            ("International Rugby Board", "sports"),
            ("International Sugar Organization", "international"),
            ("International Tin Council", "international"),
            ("Justice Department", "agency"),
            ("Kidder Peabody", "company"),
            ("Kleinwort Benson", "company"),
            ("Kodak", "company"),
            ("Labor Department", "agency"),
            ("Labour Party", "party"),
            ("Liberal Democrats", "party"),
            ("London Metal Exchange", "exchange"),
            ("London Stock Exchange", "exchange"),
            ("Manchester United", "sports"),
            ("Manufacturers Hanover", "company"),
            ("Matsushita", "company"),
            ("McDonnell Douglas", "company"),
            ("Merrill Lynch", "company"),
            ("Microsoft", "company"),
            ("Ministry of Finance", "agency"),
            ("Ministry of International Trade and Industry", "agency"),
            ("Mitsubishi", "company"),
            ("Mitsui", "company"),
            ("Morgan Stanley", "company"),
            ("Motorola", "company"),
            ("Nasdaq", "exchange"),
            ("National Audit Office", "agency"),
            ("National Security Council", "agency"),
            ("New York Stock Exchange", "exchange"),
            ("News Corp", "media"),
            ("Nikko", "company"),
            ("Nintendo", "company"),
            ("Nissan", "company"),
            ("Nokia", "company"),
            ("Nomura", "company"),
            ("Office for National Statistics", "agency"),
            ("Office of Management and Budget", "agency"),
            ("Organization of Petroleum Exporting Countries", "international"),
            ("PaineWebber", "company"),
            ("Paris Club", "international"),
            ("Petrobras", "company"),
            ("Philips", "company"),
            ("Plaid Cymru", "party"),
            ("Premier League", "sports"),
            ("Real Madrid", "sports"),
            ("Renault", "company"),
            ("Republican National Committee", "party"),
            ("Republican Party", "party"),
            ("Reserve Bank", "central-bank"),
            ("Reuters", "media"),
            ("Rockwell", "company"),
            ("Rugby Football Union", "sports"),
            ("Salomon Brothers", "company"),
            ("Samsung", "company"),
            ("Scottish National Party", "party"),
            ("Securities and Exchange Commission", "agency"),
            ("Security Council", "international"),
            ("Security Pacific", "company"),
            ("Senate Agriculture Committee", "agency"),
            ("Senate Banking Committee", "agency"),
            ("Senate Finance Committee", "agency"),
            ("Shearson Lehman", "company"),
            ("Siemens", "company"),
            ("Smith Barney", "company"),
            ("Social Democratic Party", "party"),
            ("Social Democrats", "party"),
            ("Standard Oil", "company"),
            ("Standard and Poor's", "company"),
            ("State Department", "agency"),
            ("Sumitomo", "company"),
            ("Supreme Court", "agency"),
            ("Swiss National Bank", "central-bank"),
            ("Texaco", "company"),
            ("Tokyo Stock Exchange", "exchange"),
            ("Toronto Stock Exchange", "exchange"),
            ("Toshiba", "company"),
            ("Toyota", "company"),
            ("Trans World Airlines", "company"),
            ("Treasury Department", "agency"),
            ("UK Independence Party", "party"),
            ("Unilever", "company"),
            ("Union Carbide", "company"),
            ("United Auto Workers", "union"),
            ("United Nations", "international"),
            ("Viacom", "company"),
            ("Vodafone", "company"),
            ("Volkswagen", "company"),
            ("Volvo", "company"),
            ("Ways and Means Committee", "agency"),
            ("Wells Fargo", "company"),
            ("White House", "agency"),
            ("World Bank", "international"),
            ("World Trade Organisation", "international"),
            ("WorldCom", "company"),
            ("Yahoo", "company"),
            ("Yamaichi", "company"),
            ("Yukos", "company"),
        }
    )
)

#: Firms named like a person ("William Hill" the bookmaker): no name is planted inside one,
#: and the organisation mutator leaves them alone too, as a misspelling there is a person's
#: or a firm's depending on a reading the harness cannot make.
PERSON_FIRMS: tuple[str, ...] = (
    "Arthur Andersen",
    "Bob Evans",
    "Calvin Klein",
    "Charles Schwab",
    "Christian Dior",
    "Estee Lauder",
    "George Wimpey",
    "Harley Davidson",
    "John Lewis",
    "Johnson Matthey",
    "Laura Ashley",
    "Lazard Freres",
    "Louis Vuitton",
    "Marshall Field",
    "Martin Marietta",
    "Paul Smith",
    "Philip Morris",
    "Pitney Bowes",
    "Price Waterhouse",
    "Ralph Lauren",
    "Ted Baker",
    "Thomas Cook",
    "Tommy Hilfiger",
    "William Hill",
)

#: Given names that are forms of one another: "Bill Clinton" and "William Clinton" are the
#: same man, so swapping one for the other plants no error.
NICKNAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split())
    for g in (
        "Robert Bob Bobby Rob Robbie Bert",
        "William Bill Billy Will Willie Liam",
        "James Jim Jimmy Jamie",
        "Michael Mike Mick Mickey",
        "Thomas Tom Tommy",
        "Richard Dick Rick Ricky Rich Richie",
        "Edward Ed Eddie Ted Teddy Ned",
        "Charles Chuck Charlie Chas",
        "Anthony Tony Antony",
        "David Dave Davy",
        "Daniel Dan Danny",
        "Joseph Joe Joey",
        "John Jack Johnny Jon Jonathan",
        "Kenneth Ken Kenny",
        "Ronald Ron Ronnie",
        "Donald Don Donnie",
        "Patrick Pat Paddy",
        "Patricia Pat Patty Tricia",
        "Elizabeth Liz Beth Betsy Betty Eliza Lisa Libby",
        "Katherine Catherine Kathryn Kate Kathy Cathy Katie Kay",
        "Susan Sue Susie Suzanne",
        "Margaret Maggie Peggy Meg Margo",
        "Christopher Chris Kit",
        "Christine Chris Christina",
        "Nicholas Nick Nicky Nico",
        "Stephen Steven Steve",
        "Andrew Andy Drew",
        "Alexander Alex Sandy Alec Alasdair Alistair Alastair",
        "Samuel Sam Sammy",
        "Benjamin Ben Benny",
        "Matthew Matt",
        "Peter Pete",
        "Gregory Greg",
        "Jeffrey Jeff Geoffrey",
        "Lawrence Laurence Larry",
        "Henry Harry Hank Hal",
        "Frederick Fred Freddie",
        "Albert Al Bert",
        "Alan Allan Allen Al",
        "Alfred Al Alf Fred",
        "Eugene Gene",
        "Gerald Jerry Gerry",
        "Jerome Jerry",
        "Malcolm Mac",
        "Mitchell Mitch",
        "Newton Newt",
        "Rudolph Rudy Rudolf",
        "Bernard Bernie",
        "Walter Walt Wally",
        "Herbert Herb Bert",
        "Vincent Vince",
        "Terence Terry Terrence",
        "Timothy Tim",
        "Philip Phillip Phil",
        "Raymond Ray",
        "Douglas Doug",
        "Louis Lou Lewis",
        "Francis Frank Franklin",
        "Jennifer Jenny Jen",
        "Deborah Debbie Debra Deb",
        "Barbara Barb Barbie",
        "Nancy Ann Anne Anna Annie",
        "Melvin Mel",
        "Stanley Stan",
        "Nathan Nate Nathaniel",
        "Zachary Zach",
        "Joshua Josh",
        "Jacob Jake",
        "Leonard Len Lenny Leo",
        "Gordon Gordie",
        "Victoria Vicky Tori",
        "Rebecca Becky",
        "Jacqueline Jackie",
        "Dorothy Dot Dottie",
        "Eleanor Ellie Nell",
        "Hillary Hilary",
        "Theodore Ted Teddy Theo",
        "Harold Harry Hal",
        "Howard Howie",
        "Charlotte Charlie",
        "Abraham Abe",
        "Augustus Gus",
        "Sean Shaun Shawn",
        "Sara Sarah",
        "Carl Karl",
        "Eric Erik",
        "Mohammed Muhammad Mohamed Mohammad",
    )
)

_WORD = re.compile(r"[^\W\d_]+")
_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
#: "Given [M.] Surname", matched at every word start so that "President Ronald Reagan"
#: yields "Ronald Reagan" as well as "President Ronald".
_FULL = re.compile(
    rf"(?<![\w'’.@#/&-])(?=({_NAME}) (?:([A-Z]\.(?: ?[A-Z]\.)?) )?({_NAME})(?![\w-]))"
)
_TOKEN = re.compile(r"([\w.'’-]+)(\s+)$")
_PLACE = re.compile(
    r"\b(?:in|from|at|near|outside|across|around|visit|visited|visiting)\s+([A-Z][a-z]+)\b"
    r"(?!['’])"
)
_SIC = re.compile(r"[\[(]\s*sic\b", re.I)
_NATIONAL = (
    r"(?:Senator|Governor|Speaker|Leader|President|Chair|Secretary|Minister|"
    r"Deputy Prime Minister|Attorney General|Director|Chief of Staff)\b"
)

#: Offices whose holders since 1945 a story may name by surname alone.
TOP_OFFICES = frozenset(
    {
        "President",
        "Vice President",
        "Prime Minister",
        "Chancellor",
        "Leader",
        "First Lord of the Treasury",
        "Chancellor of the Exchequer",
        "Secretary of State",
        "Secretary of the Treasury",
        "Chair of the Federal Reserve",
    }
)


@dataclass(frozen=True)
class Vocabulary:
    """Words a planted spelling must not collide with.

    ``lower`` holds words seen written in lower case, the corpus's English: a surname in it
    ("Brown", "Major") is read as a name only after a title or given name. ``seen`` holds
    every word in any case, lower-cased: a spelling in it is a real word, or another real
    name or variant somewhere in the corpus, so it is no planted misspelling. ``places``
    holds capitalised words the corpus often writes after "in", "from" or "at"
    ("Washington", "Houston", "English"): bare, such a word is a place before it is a name.
    """

    lower: frozenset[str]
    seen: frozenset[str]
    places: frozenset[str] = frozenset()

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        lower: set[str] = set()
        seen: set[str] = set()
        capitalised: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for text in texts:
            for word in _WORD.findall(text):
                seen.add(word.lower())
                if word[0].islower():
                    lower.add(word)
            capitalised.update(re.findall(r"\b[A-Z][a-z]+\b", text))
            after.update(_PLACE.findall(text))
        places = {w for w, n in after.items() if n >= 2 and n >= 0.05 * capitalised[w]}
        return cls(frozenset(lower), frozenset(seen | lower), frozenset(places))


@functools.lru_cache(maxsize=1)
def corpus_vocabulary() -> Vocabulary:
    """The words of every real story: the harness's dictionary, the same on every machine."""
    from harness.stories import load

    return Vocabulary.from_texts(story.text for story in load())


class _Lexicon:
    """The facts reshaped for spotting names: full names, surnames, given names by gender."""

    def __init__(self, facts: Facts) -> None:
        self.full: dict[str, Person] = dict(facts.people)
        for name, person in getattr(facts, "leaders", {}).items():
            self.full.setdefault(name, person)
        for alias, name in getattr(facts, "aliases", {}).items():
            if name in facts.people:
                self.full.setdefault(alias, facts.people[name])
        self.pairs: set[tuple[str, str]] = set()
        self.surnames: set[str] = set()
        self.givens: set[str] = set()
        self.bearers: Counter[str] = Counter(
            p.surname for p in [*facts.people.values(), *getattr(facts, "leaders", {}).values()]
        )
        self.by_surname: dict[str, list[Person]] = defaultdict(list)
        self.by_given: dict[str, list[Person]] = defaultdict(list)
        genders: dict[str, Counter[str]] = defaultdict(Counter)
        region: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        top: dict[str, set[str]] = defaultdict(set)
        for name, person in self.full.items():
            parts = name.split()
            if len(parts) < 2:
                continue
            given, surname = parts[0], parts[-1]
            self.pairs.add((given, surname))
            if name == person.name:
                self.by_surname[surname].append(person)
                self.by_given[given].append(person)
            self.surnames.update((surname.lower(), person.surname.lower()))
            self.givens.add(given)
            if person.gender:
                genders[given][person.gender] += 1
                if re.fullmatch(r"[A-Z][a-z]{2,}", given):
                    for jurisdiction in {r.jurisdiction for r in person.roles}:
                        region[jurisdiction, person.gender][given] += 1
            if any(
                r.office in TOP_OFFICES and r.start and r.start.year >= 1945 for r in person.roles
            ) and not re.search(r" of |\b[IVX]+\b", name):
                top[person.surname].add(person.name)
        self.genders = genders
        self.region = region
        self.overall: dict[str, Counter[str]] = defaultdict(Counter)
        for (_, gender), counter in region.items():
            self.overall[gender].update(counter)
        self.given_lower = frozenset(g.lower() for g in self.givens)
        #: Surnames one top office-holder alone bears among top office-holders, that are
        #: no one's given name ("Charles", "Orlando").
        self.well_known = frozenset(
            s for s, names in top.items() if len(names) == 1 and s.lower() not in self.given_lower
        )

    def gender_of(self, given: str) -> str:
        """The gender nearly all bearers of a given name share, else ""."""
        counts = self.genders.get(given)
        if not counts:
            return ""
        gender, n = counts.most_common(1)[0]
        return gender if n >= 2 and n >= 0.9 * sum(counts.values()) else ""

    def real(self, spelling: str) -> bool:
        low = spelling.lower()
        return low in self.surnames or low in self.given_lower


_LEXICONS: weakref.WeakKeyDictionary[Facts, _Lexicon] = weakref.WeakKeyDictionary()


def _lexicon(facts: Facts) -> _Lexicon:
    lexicon = _LEXICONS.get(facts)
    if lexicon is None:
        lexicon = _LEXICONS[facts] = _Lexicon(facts)
    return lexicon


def edits(word: str, plain: bool = False) -> list[str]:
    """One-keystroke misspellings of a word, touching only its inner lower-case letters.

    The first and last letters stay, as in the slips a reader misses: two neighbours swapped
    ("Thatcehr"), a letter doubled ("Thattcher"), and in words of six letters or more a
    letter dropped ("Thatchr") or a vowel changed ("Thetcher"): in shorter words those two
    edits mostly land on another word ("Trump" to "Tramp", "Bush" to "Bosh"). Doubling a, i,
    u or a rare consonant is no slip anyone makes, and the letters beside an inner capital
    ("McDonnell", "BankAmerica") stay as they are. A ``plain`` English word ("Department",
    "British") gets only swaps and doubles: its dropped letters and changed vowels land on
    other words too often ("Deportment", "Brutish") for a corpus-built dictionary to catch.
    """
    inner = [
        i
        for i in range(1, len(word) - 1)
        if word[i].islower() and not word[i + 1].isupper() and not (i > 1 and word[i - 1].isupper())
    ]
    long = len(word) >= 6 and not plain
    out: list[str] = []
    for i in inner:
        a = word[i]
        if i + 1 in inner and word[i + 1] != a:
            out.append(word[:i] + word[i + 1] + a + word[i + 2 :])
        if long:
            out.append(word[:i] + word[i + 1 :])
        if a not in "aiuhjkqvwxy" and word[i - 1] != a and word[i + 1] != a:
            out.append(word[: i + 1] + a + word[i + 1 :])
        if long and a in "aeiou":
            out.extend(word[:i] + v + word[i + 1 :] for v in "aeiou" if v != a)
    plausible = [
        w
        for w in out
        if w != word
        and not re.search(r"(.)\1\1", w.lower())
        and re.search(r"[aeiouy]", w[1:].lower())
    ]
    return list(dict.fromkeys(plausible))


def _stems(word: str) -> set[str]:
    """The word and the forms it may be an inflection of ("bikers" of "biker", "bike")."""
    low = word.lower()
    out = {low, low + "s", low + "es"}
    for suffix in ("s", "es", "ed", "d", "er", "ers", "ing", "ly", "ies"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            out.update({stem, stem + "e", stem + "y"})
    return out


class _Base:
    """Shared state: the facts and vocabulary, loaded on first use."""

    phenomenon = ""
    family = FAMILY

    def __init__(self, facts: Facts | None = None, vocabulary: Vocabulary | None = None) -> None:
        self._facts = facts
        self._vocabulary = vocabulary

    @property
    def facts(self) -> Facts:
        if self._facts is None:
            from harness.facts import load

            self._facts = load()
        return self._facts

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = corpus_vocabulary()
        return self._vocabulary

    @property
    def lexicon(self) -> _Lexicon:
        return _lexicon(self.facts)

    def misspell(self, word: str, story: Story, seed: int) -> str | None:
        """A misspelling of ``word`` that is no word, no known name, and new to the story."""
        vocabulary, lexicon = self.vocabulary, self.lexicon
        candidates = edits(word, plain=word.lower() in vocabulary.lower)
        random.Random(f"{story.id}:{seed}").shuffle(candidates)
        for spelling in candidates:
            if any(form in vocabulary.seen for form in _stems(spelling)):
                continue
            if lexicon.real(spelling):
                continue
            if spelling.lower() in _story_words(story.text):
                continue
            return spelling
        return None


@dataclass(frozen=True)
class Mention:
    """One use of a surname as a person's name, and the shape it has there."""

    start: int
    end: int
    position: str
    given: str = ""
    titled: bool = False
    other: str = ""  # a capitalised word before it that is neither title nor given name


@functools.lru_cache(maxsize=8)
def _story_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


@functools.lru_cache(maxsize=8)
def _skip_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans no name is planted in: "[sic]" paragraphs and organisations' names."""
    firms = [m.span() for m in _PERSON_FIRM.finditer(text)]
    return tuple(_sic_paragraphs(text) + [s[:2] for s in _org_spans(text)] + firms)


def _sic_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if _SIC.search(m.group()):
            spans.append(m.span())
    return spans


def _org_spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), _ORG_KIND[m.group()]) for m in _ORG.finditer(text)]


_ORG_KIND = dict(ORGANISATIONS)
_ORG = re.compile(
    r"(?<![\w&@/.-])(?:"
    + "|".join(re.escape(n) for n, _ in sorted(ORGANISATIONS, key=lambda o: -len(o[0])))
    + r")(?![\w-])"
)


_PERSON_FIRM = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in PERSON_FIRMS) + r")(?![\w-])"
)


def _inside(spans: Iterable[tuple[int, ...]], start: int, end: int) -> bool:
    return any(s[0] < end and start < s[1] for s in spans)


def mentions(text: str, surname: str, givens: Iterable[str] = ()) -> list[Mention]:
    """Every place ``surname`` stands as a person's name, in order, with its shape.

    ``givens`` are given names known to go with this surname (they make "Tony Blair" a
    full-name mention); a mention is dropped where the surname is glued to a capitalised
    word after it ("Ford Motor", "Howard Baker" for Howard), to a firm word or ampersand,
    to a hyphen, or sits inside an organisation's name or a "[sic]" paragraph.
    """
    givens = set(givens)
    skip = _skip_spans(text)
    out: list[Mention] = []
    pattern = re.compile(rf"(?<![\w'’.@#/&-]){re.escape(surname)}(?![\w-])")
    for m in pattern.finditer(text):
        start, end = m.span()
        if _inside(skip, start, end):
            continue
        rest = text[end : end + 40]
        possessive = bool(re.match(r"['’]s\b", rest))
        if possessive:
            rest = rest[2:]
        elif re.match(r"['’]\w", rest):
            continue
        if re.match(r"\s*(?:&|\+|and Co\b)", rest) or re.match(r" +[A-Z0-9]", rest):
            continue
        if re.match(r"\.(?:com|org|net|co)\b", rest):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if re.search(r"[&+]\s*$", before):
            continue
        quote = bool(re.search(r"[\"“”‘]\s?$|(?:^|\s)'$|[,.!?;:]['’]\s$", before))
        token = _TOKEN.search(before)
        word = token.group(1) if token and token.group(2) == " " else ""
        titled, given, other = False, "", ""
        bare = word.rstrip(".")
        if word and word[0].isupper():
            if bare in TITLES:
                titled = True
            elif word in givens:
                given = word
            elif re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)?", word):
                ahead = _TOKEN.search(before[: token.start()])
                if ahead and ahead.group(1) in givens:
                    given = f"{ahead.group(1)} {word}"
                else:
                    other = word
            elif re.search(r"['’]s?$", word):
                pass  # "Japan's Nakasone": a possessive is no part of the name
            elif bare not in STARTERS or not _is_sentence_start(before, token.start()):
                other = word  # "The Hague" mid-sentence: "The" is part of the name
        elif word and word[0].isdigit():
            continue
        if titled and f"{bare} {surname}" in TITLED_FIRMS:
            continue
        if titled:
            position = "after-title"
        elif quote:
            position = "after-quote"
        elif possessive:
            position = "possessive"
        elif given:
            position = "full-name"
        else:
            position = "surname-only"
        out.append(Mention(start, end, position, given, titled, other))
    return out


def _is_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quotation."""
    return bool(re.search(r"(?:^|[.!?:]['\"’”]?\s+|[\"“‘(]|\n)$", text[max(0, start - 4) : start]))


class MisspelledKnown(_Base):
    """A known person's surname misspelled by one keystroke.

    A surname counts as known in a story when the story names the person in full as the
    facts do, or when one top office-holder since 1945 alone bears it and the story gives
    it an office title ("President Reagan"). Bare mentions are planted only where no other
    bearer of the surname is named ("Gerhard Stoltenberg" is not the Stoltenberg the facts
    hold, so his bare surname is skipped), and never for a surname that is also a word or a
    place ("Brown", "Houston") or is glued elsewhere to a capitalised word ("Baker Hughes").
    """

    phenomenon = "names.misspelled-known"

    def sites(self, story: Story) -> Iterator[Site]:
        text, lexicon = story.text, self.lexicon
        known: dict[str, set[str]] = defaultdict(set)
        for m in _FULL.finditer(text):
            given, middle, surname = m.groups()
            if re.match(r" [A-Z]", text[m.end(3) : m.end(3) + 2]):
                continue  # "George Washington University"
            names = [f"{given} {middle} {surname}"] if middle else []
            for name in [*names, f"{given} {surname}"]:
                if name in lexicon.full and len(surname) >= 4:
                    known[surname].add(given)
        for surname in lexicon.well_known:
            if surname not in known and len(surname) >= 4 and surname in text:
                office = rf"\b(?:{'|'.join(OFFICE_TITLES)})\.? {re.escape(surname)}(?![\w-])"
                if surname not in self.vocabulary.places and re.search(office, text):
                    known.setdefault(surname, set())
        for surname, givens in sorted(known.items()):
            if not re.fullmatch(_NAME, surname) or surname in MONTHS_AND_DAYS:
                continue
            found = mentions(text, surname, givens)
            others = {x.other for x in found if x.other}
            wordlike = surname.lower() in self.vocabulary.lower or surname in STARTERS
            wordlike = wordlike or surname in self.vocabulary.places
            glued = re.search(rf"(?<![\w-]){re.escape(surname)} [A-Z][a-z]", text)
            for x in found:
                if not x.given and (others or not givens and x.other):
                    continue
                if not (x.given or x.titled) and (wordlike or glued or x.other):
                    continue
                spelling = self.misspell(surname, story, x.start)
                if spelling:
                    yield Site(
                        x.start, x.end, spelling, x.position, f"{surname} misspelled as {spelling}"
                    )


class WrongGivenName(_Base):
    """A known person's given name swapped for another common one of the same gender.

    The new name comes from the given names of office-holders of the person's own country,
    so it reads as plausible; it is never a form of the real one ("Bill" for "William"),
    never a given name the facts pair with that surname, and never a word the story uses.
    """

    phenomenon = "names.wrong-given-name"

    def pool(self, person: Person) -> list[str]:
        """Common given names of the person's gender in the country their name comes from.

        The country is that of the person's own posts, else of others with the surname,
        else of others with the given name: a leader's record may carry only a country
        code ("JPN"), while the ministers who share his surname say "Japan".
        """
        lexicon = self.lexicon
        sources = [
            [person],
            lexicon.by_surname.get(person.surname, []),
            lexicon.by_given.get(person.given, []),
        ]
        for people in sources:
            places = Counter(r.jurisdiction for p in people for r in p.roles)
            for jurisdiction, _ in places.most_common(3):
                counts = lexicon.region.get((jurisdiction, person.gender), Counter())
                names = [g for g, n in counts.most_common(60) if n >= 2]
                if len(names) >= 12:
                    return sorted(names)
        return sorted(g for g, _ in lexicon.overall[person.gender].most_common(200))

    def prominent(self, person: Person) -> bool:
        """Whether a story's "Given Surname" is surely this office-holder, not a namesake.

        True for holders of a national post whose surname is not one of the commonest
        ("James Baker", not "Robert Smith" or a congressman's namesake analyst).
        """
        if self.lexicon.bearers[person.surname] > 25:
            return False
        return any(r.office in TOP_OFFICES or re.match(_NATIONAL, r.office) for r in person.roles)

    def replacement(
        self, person: Person, given: str, surname: str, story: Story, seed: int
    ) -> str | None:
        lexicon = self.lexicon
        names = self.pool(person)
        random.Random(f"{story.id}:{seed}").shuffle(names)
        forms = set().union(*(g for g in NICKNAMES if given in g)) | {given}
        for name in names:
            if name in TITLES or name in STARTERS or name in ("Sir", "Dame"):
                continue
            if name in forms or name[:2] == given[:2] or _distance(name, given) <= 2:
                continue
            if lexicon.gender_of(name) != person.gender or (name, surname) in lexicon.pairs:
                continue
            if name.lower() in self.vocabulary.lower or name == surname:
                continue
            if re.search(rf"(?<!\w){name}(?!\w)", story.text):
                continue
            return name
        return None

    def sites(self, story: Story) -> Iterator[Site]:
        text, lexicon = story.text, self.lexicon
        skip = _skip_spans(text)
        for m in _FULL.finditer(text):
            given, middle, surname = m.groups()
            names = [f"{given} {middle} {surname}"] if middle else []
            person = next(
                (lexicon.full[n] for n in [*names, f"{given} {surname}"] if n in lexicon.full), None
            )
            if person is None or len(given) < 3 or given in TITLES or given in STARTERS:
                continue
            start, end = m.start(1), m.end(3)
            if _inside(skip, start, end):
                continue
            gender = person.gender or lexicon.gender_of(given)
            if not gender:
                continue
            rest = text[end : end + 30]
            if re.match(r"(?:['’]s)?(?: +[A-Z0-9]|\s*&)", rest) or re.match(r"['’][a-rt-z]", rest):
                continue
            token = _TOKEN.search(text[text.rfind("\n", 0, start) + 1 : start])
            word = token.group(1) if token else ""
            if word[:1].isupper() and word.rstrip(".") not in TITLES | STARTERS:
                continue
            if gender != person.gender:
                person = Person(
                    person.name, person.given, person.surname, person.born, person.roles, gender
                )
            written = text[start:end]
            again = len(re.findall(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text)) > 1
            if not again and not self.prominent(person):
                continue
            new = self.replacement(person, given, surname, story, start)
            if new is None:
                continue
            earlier = re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)
            first = earlier is None or earlier.start() >= m.start(3)
            yield Site(
                start,
                m.end(1),
                new,
                "first-mention" if first else "repeat-mention",
                f"{person.name} is not {new} {surname}",
            )


class Organisation(_Base):
    """One word of a well-known organisation's name misspelled ("Federal Resreve")."""

    phenomenon = "names.organisation"

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        sic = _sic_paragraphs(text)
        for start, end, name, kind in _org_spans(text):
            if _inside(sic, start, end):
                continue
            words = [
                (m.start(), m.group())
                for m in re.finditer(r"[A-Za-z]+", name)
                if m.group().lower() not in FUNCTION_WORDS and len(m.group()) >= 5
            ]
            random.Random(f"{story.id}:{start}").shuffle(words)
            for offset, word in words:
                spelling = self.misspell(word, story, start + offset)
                if spelling:
                    yield Site(
                        start + offset,
                        start + offset + len(word),
                        spelling,
                        kind,
                        f"{name} misspelled",
                    )
                    break


class Inconsistent(_Base):
    """One later mention of a person's surname misspelled, the others left as they are.

    A person is anyone the story names at least twice by one surname, once after a title
    ("Mr Kowalski"), or once after a known given name and once alone ("Luciana Barreto ...
    Barreto said"): that is how a story refers to a person, and what rules out places such
    as "Hong Kong". A surname with two given names, or with both "Mr" and "Mrs", in the
    story is two people, and is left alone.
    """

    phenomenon = "names.inconsistent"

    def sites(self, story: Story) -> Iterator[Site]:
        text, lexicon, vocabulary = story.text, self.lexicon, self.vocabulary
        candidates: dict[str, set[str]] = defaultdict(set)
        for m in _FULL.finditer(text):
            given, _, surname = m.groups()
            if given in TITLES or given in STARTERS or given in MONTHS_AND_DAYS:
                continue
            if given.lower() in vocabulary.lower and given not in lexicon.givens:
                continue
            candidates[surname].add(given)
        for m in re.finditer(r"(?<![\w-])([A-Z][a-z]+)\.? (" + _NAME + r")(?![\w-])", text):
            if m.group(1) in TITLES:
                candidates.setdefault(m.group(2), set())
        for surname, givens in sorted(candidates.items()):
            if len(surname) < 4 or surname in TITLES or surname in STARTERS:
                continue
            if surname in MONTHS_AND_DAYS or surname in lexicon.givens and not givens:
                continue
            if len(givens) > 1 or text.count(surname) < 2:
                continue
            titles = set(re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.? {re.escape(surname)}\b", text))
            if "Mr" in titles and titles & {"Mrs", "Ms", "Miss"}:
                continue  # Mr and Mrs Kelly are two people
            found = mentions(text, surname, givens)
            if any(x.other for x in found):
                continue
            wordlike = surname.lower() in vocabulary.lower or surname in vocabulary.places
            titled = any(x.titled for x in found)
            given = any(x.given in lexicon.givens for x in found if x.given)
            alone = any(not x.given and not x.titled for x in found)
            if len(found) < 2 or not (titled or given and alone and not wordlike):
                continue
            for x in found[1:]:
                if wordlike and not (x.given or x.titled):
                    continue
                spelling = self.misspell(surname, story, x.start)
                if spelling:
                    yield Site(
                        x.start,
                        x.end,
                        spelling,
                        x.position,
                        f"{surname} spelled {spelling} here only",
                    )


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, for telling a variant spelling from another name."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


MUTATORS: tuple = (MisspelledKnown(), WrongGivenName(), Organisation(), Inconsistent())

__all__ = [
    "MUTATORS",
    "NICKNAMES",
    "ORGANISATIONS",
    "Inconsistent",
    "Mention",
    "MisspelledKnown",
    "Organisation",
    "Vocabulary",
    "WrongGivenName",
    "corpus_vocabulary",
    "edits",
    "mentions",
]

#: Every names phenomenon is planted.
NOT_PLANTED: dict[str, str] = {}
