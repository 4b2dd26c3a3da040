"""Match a story's person mentions against the registry, once per story.

Three name rules read the same answer: which mentions name someone the registry
knows, which are near misses of such a name (and whom they miss), and which
surname-only follow-ups repeat a near miss. The decisions that keep precision
high live here, in one place:

* a word that is itself a known surname, name or party is never a misspelling;
* a near miss must keep the given name and the surname within one edit (or a
  swap) with the surname's first letter, the person must fit the story's date,
  and the surname must be nobody's real surname as far as the registry and its
  list of known surnames tell (nor a common word, unless the person is
  prominent: "Jim Courier" is no slip for Congressman Courter), unless a title
  with a country ("Japanese Prime Minister") narrows the people to a handful;
* a junior office holder is only near in a story that speaks of their country
  ("Georgeta Minciu, a Romanian cleaner" is no minister of Moldova);
* a name whose given name and surname are right may still slip in a middle
  name ("Recep Tayip Erdogan"), within the edits a name that long allows;
* a lone word is only a misspelling when a title narrows it down, or when it
  repeats a misspelt surname already flagged in the story ("Takwati" after
  "Sanai Takwati"); other lone words are for ``names.inconsistent``.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import OSA

from newslint.claims.countries import StoryCountries, find_story_countries
from newslint.claims.persons import PersonMention, find_person_mentions
from newslint.registry.compiled import Registry
from newslint.registry.match_headline import HeadlineMatcher, display_zones
from newslint.registry.match_orgs import OrgIssue, OrgMatcher
from newslint.registry.model import Person
from newslint.registry.normalise import (
    country as country_key,
)
from newslint.registry.normalise import (
    fold_case,
    key,
    same_given_name,
    skeleton,
    spelt_out,
    surname,
)
from newslint.text.english import is_word
from newslint.text.spans import Span

#: Loose matching needs a title and a country; the name must still be this close.
LOOSE_RATIO = 0.4
LOOSE_RATIO_ONE_WORD = 0.3
MIN_SURNAME = 4
#: A surname with more registry bearers than this is too common to have one person.
SOLE_BEARER_MAX = 5
#: A story may name someone this many years before their first known office.
EARLIEST_YEARS = 10


@dataclass(frozen=True)
class NameIssue:
    """A mention that misses a registry name, and the name it misses."""

    start: int
    end: int
    text: str
    #: "misspelled", "given-name", "follow-up", "diacritics", or "other-given-name"
    #: (a wholly different given name before the surname of its one prominent bearer).
    kind: str
    person: Person
    suggestion: str
    title: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A registry person a mention may miss, kept or rejected, and why."""

    person: Person
    written: str
    distance: int
    kept: bool
    why: str
    #: The mention is a spelling of this person's name the registry does not list.
    variant: bool = False


@dataclass
class Matches:
    """What the registry says about one story's mentions."""

    issues: list[NameIssue] = field(default_factory=list)
    #: Spans of mentions that name a registry entity exactly (diacritics aside).
    known: list[tuple[int, int]] = field(default_factory=list)
    #: Near misses of organisations' names ("Goldman Sacks").
    organisations: list[OrgIssue] = field(default_factory=list)


def allowed(word: str) -> int:
    """Edits a spelling of this length may be off by and still be a misspelling."""
    n = len(key(word))
    return 0 if n <= 4 else 1 if n <= 7 else 2


def allowed_given(word: str) -> int:
    """Edits a given name may be off by: "Kier" for "Keir", "Emanuel" for "Emmanuel"."""
    n = len(key(word))
    return 0 if n <= 3 else 1 if n <= 7 else 2


_CACHE: weakref.WeakKeyDictionary[Any, tuple[int, Matches]] = weakref.WeakKeyDictionary()


def matches_for(doc: Any, registry: Registry) -> Matches:
    """Return (computing once per story and registry) the matches of a document."""
    cached = _CACHE.get(doc)
    if cached is not None and cached[0] == id(registry):
        return cached[1]
    matcher = Matcher(registry, doc.reference_date, lambda: find_story_countries(doc))
    result = matcher.run(find_person_mentions(doc))
    _headline_issues(doc, registry, result, matcher._fits_date)
    orgs = OrgMatcher(registry).issues(doc.prose, doc.tokens)
    if orgs:
        # A misspelt organisation is reported as one, not as a person it resembles.
        result.issues = [
            i for i in result.issues if not any(o.start < i.end and i.start < o.end for o in orgs)
        ]
        result.organisations = orgs
    _CACHE[doc] = (id(registry), result)
    return result


def _headline_issues(
    doc: Any, registry: Registry, result: Matches, fits: Callable[[Person], bool]
) -> None:
    """Add the display lines' slips of people the body names, or of prominent people."""
    head = (doc.headline.start, doc.headline.end) if doc.headline else None
    zones = display_zones(doc.prose, head)
    if not zones:
        return
    named: list[tuple[Person, str]] = []
    for start, end in result.known:
        if any(s <= start < e for s, e in zones):
            continue
        text = doc.prose[start:end]
        people = [e for e in registry.lookup(text) if isinstance(e, Person)]
        named.extend((p, _surname_of(text)) for p in people)
    for m in find_person_mentions(doc):
        # A lone surname of a single prominent bearer of the story's time: "Obama".
        if len(m.words) != 1 or any(s <= m.start < e for s, e in zones):
            continue
        word = m.words[0].text
        if not registry.is_prominent_surname(word):
            continue  # what the bearers below would say, without reading anyone
        bearers = {p.id: p for p in registry.by_surname(word) if p.prominent}
        if len(bearers) == 1 and (p := next(iter(bearers.values()))) and fits(p):
            named.append((p, word))
    found = HeadlineMatcher(registry, fits).slips(doc.prose, doc.tokens, zones, named)
    for ws, p, written in found:
        text = _text(ws)
        result.issues.append(NameIssue(ws[0].start, ws[-1].end, text, "misspelled", p, written))
    result.issues.sort(key=lambda i: i.start)


class Matcher:
    """Walk a story's mentions in order, remembering who it has named."""

    def __init__(
        self,
        registry: Registry,
        day: dt.date | None,
        countries: Callable[[], StoryCountries] | None = None,
    ) -> None:
        self.registry = registry
        self.day = day
        #: The countries the story speaks of, read only when a junior office holder is near.
        self.countries = countries
        self.out = Matches()
        self.wrong: dict[str, NameIssue] = {}
        self._titled: dict[tuple, list[tuple[int, Person, str]] | None] = {}

    def run(self, mentions: Sequence[PersonMention]) -> Matches:
        """Match every mention in story order."""
        for m in mentions:
            if not m.in_headline:
                self.mention(m)
        self.out.issues.sort(key=lambda i: i.start)
        return self.out

    def mention(self, m: PersonMention) -> None:
        """Match one mention: exactly, else as a near miss (also without an opening word)."""
        words = list(m.words)
        tries = [words, words[1:]] if m.sentence_initial and len(words) > 1 else [words]
        for ws in tries:
            if self.exact(m, ws) or self.near(m, ws):
                return

    def exact(self, m: PersonMention, ws: list[Span]) -> bool:
        """Tell whether the words name a registry entity (noting accent-only differences)."""
        text = _text(ws)
        found = self.registry.lookup(text)
        if not found:
            if len(ws) > 1:
                return False
            return self.registry.has_surname(text)
        start, end = ws[0].start, ws[-1].end
        self.out.known.append((start, end))
        people = [e for e in found if isinstance(e, Person)]
        for p in people[:1] if len(people) == 1 else ():
            if fold_case(text) not in {fold_case(n) for n in p.names}:
                written = next(n for n in p.names if key(n) == key(text))
                self.add(m, ws, "diacritics", p, written)
        return True

    def near(self, m: PersonMention, ws: list[Span]) -> bool:
        """Find the registry name the words miss, if any; tell whether an issue was added."""
        text = _text(ws)
        if m.sentence_initial and ws[0].start == m.start and len(ws) == 1:
            return self.follow_up(m, ws)
        missed = self.registry.known_misspelling(text)
        if missed:
            return self.add(m, ws, "misspelled", missed[0], _same_shape(missed[0], text))
        if len(ws) == 1:
            return self.follow_up(m, ws) or self.titled(m, ws)
        if self.registry.has_surname(ws[-1].text):
            return self.given_name(m, ws)
        return self.fuzzy(m, ws) or self.titled(m, ws)

    def given_name(self, m: PersonMention, ws: list[Span]) -> bool:
        """Report a known surname after a given name one slip away from the person's."""
        found = self.given_name_candidates(ws)
        if any(c.variant for c in found):
            return False  # someone the registry knows by this very name
        kept = sorted((c for c in found if c.kept), key=lambda c: c.distance)
        if not kept:
            return self.middle_name(m, ws) or self.sole_bearer(m, ws, found)
        return self.add(m, ws, "given-name", kept[0].person, kept[0].written)

    def middle_name(self, m: PersonMention, ws: list[Span]) -> bool:
        """Report a slip in a middle name between a right given name and surname.

        "Recep Tayip Erdogan": the surname is real, so no surname near miss is
        sought, and the given name is right, so none of the given name either.
        """
        if len(ws) < 3:
            return False
        words = [key(w.text) for w in ws]
        found = []
        for p in self.registry.by_surname(ws[-1].text):
            for n in p.names:
                theirs = key(n).split()
                if len(theirs) != len(words) or theirs[0] != words[0] or theirs[-1] != words[-1]:
                    continue
                middle = " ".join(words[1:-1])
                dist = OSA.distance(middle, " ".join(theirs[1:-1]))
                if 0 < dist <= allowed(middle) and p.notable and self._fits_date(p):
                    found.append((dist, p, n))
        return self.pick(m, ws, found)

    def sole_bearer(self, m: PersonMention, ws: list[Span], found: list[Candidate]) -> bool:
        """Note a wholly other given name before the surname of its one prominent bearer.

        "Mikhail Putin" or "David Straw": the registry knows a single prominent
        person by that surname, and few others, so the given name is more likely a
        slip than a namesake. Whether the story is about that person (its country,
        no relatives) is for the rule to judge; here only the registry's side is.
        """
        given = ws[0].text
        # A middle initial may stand between: "Raymond J. Trump" for Donald J. Trump.
        initial = len(ws) == 3 and len(key(ws[1].text)) == 1
        if len(ws) != 2 and not initial or len(key(given)) < 3:
            return False
        if not self.registry.is_given_name(given):
            return False  # "Rank Hovis", "Besides Baker": no given name
        if is_word(given) and (m.sentence_initial or ws[0].start != m.start):
            return False  # "Will Trump sign it?": a word opening a sentence; "Peter Trump" is not
        bearers = {p.id: p for p in self.registry.by_surname(ws[-1].text)}
        if m.title:
            titled = [
                c for c in found if holds_title(c.person, m.title) and self._fits_date(c.person)
            ]
            if len({key(c.written).split()[0] for c in titled}) == 1:
                return self._other_given(m, ws, given, titled)
        if len(bearers) > SOLE_BEARER_MAX:
            return False  # a common surname: a namesake is likelier than a slip
        prominent = [p for p in bearers.values() if p.prominent and self._fits_date(p)]
        rejected = [c for c in found if c.person.id in {p.id for p in prominent}]
        if len(prominent) != 1 or not rejected:
            return False
        return self._other_given(m, ws, given, rejected)

    def _other_given(
        self, m: PersonMention, ws: list[Span], given: str, found: list[Candidate]
    ) -> bool:
        c = min(found, key=lambda c: c.distance)
        theirs = key(c.written).split()[0]
        if len(theirs) < 3 or theirs.startswith(key(given)[:3]):
            return False  # "J. Exon", "Donald" for Don: the same name, written out
        return self.add(m, ws, "other-given-name", c.person, c.written)

    def given_name_candidates(self, ws: Sequence[Span]) -> list[Candidate]:
        """Return the people with this surname, each kept or rejected as the given name's owner."""
        given, rest = key(ws[0].text), key(_text(ws[1:]))
        out = []
        for p in self.registry.by_surname(ws[-1].text):
            for n in p.names:
                words = key(n).split()
                if len(words) != len(ws) or " ".join(words[1:]) != rest:
                    continue
                dist = OSA.distance(given, words[0])
                if same_given_name(given, words[0]) or _variant(p, given, words[0]):
                    out.append(Candidate(p, n, dist, False, "known by this very name", True))
                elif not p.prominent:
                    out.append(Candidate(p, n, dist, False, "not prominent enough without a title"))
                elif not self._fits_date(p):
                    out.append(Candidate(p, n, dist, False, "not of the story's time"))
                elif dist > allowed_given(ws[0].text):
                    out.append(Candidate(p, n, dist, False, "another given name: another person"))
                else:
                    out.append(Candidate(p, n, dist, True, "a slip in the given name"))
        return out

    def fuzzy(self, m: PersonMention, ws: list[Span]) -> bool:
        """Report a surname one slip from a registry surname, the given name agreeing."""
        found = self.fuzzy_candidates(ws)
        if any(c.variant for c in found):
            return True  # a transliteration the registry does not list
        return self.pick(m, ws, [(c.distance, c.person, c.written) for c in found if c.kept])

    def fuzzy_candidates(self, ws: Sequence[Span]) -> list[Candidate]:
        """Return the people whose name is near the words, each kept or rejected, with why."""
        text = _text(ws)
        if len(key(ws[-1].text)) < MIN_SURNAME:
            return []
        real = self.registry.is_real_surname(ws[-1].text)
        given, last = key(ws[0].text), key(ws[-1].text)
        out = []
        for p, written, dist in self.registry.fuzzy(text, max(allowed(text), 1)):
            if not dist:
                continue
            if real:
                why = f"'{ws[-1].text}' is someone's real surname"
            elif dist > allowed(text):
                why = "more edits than a slip in a name this long"
            elif key(written).split()[0] != given:
                why = "the given name differs"
            elif not p.notable:
                why = "not prominent enough without a title"
            elif not p.prominent and is_word(last):
                # "Jim Courier" is not Jim Courter: a word is a surname of its own, and a
                # junior office holder too little known to make it a slip
                why = f"'{ws[-1].text}' is a common word, a surname of its own"
            elif surname(key(written))[:1] != last[:1]:
                # "Bill Gammell" is not Bill Rammell: slips spare the first letter
                why = "the surname starts with another letter"
            elif not self._fits_date(p):
                # a 1987 story's "John Curti" is not a senator elected in 2024
                why = "not of the story's time"
            elif not p.prominent and not self._of_story_country(p):
                # "Georgeta Minciu, a Romanian cleaner" is not a minister of Moldova
                why = "a junior office holder of a country the story does not name"
            elif _variant(p, key(text), key(written)) or key(text) == spelt_out(written):
                out.append(Candidate(p, written, dist, False, "a transliteration", True))
                continue
            else:
                why = ""
            out.append(Candidate(p, written, dist, not why, why or "a slip in the name"))
        return out

    def titled(self, m: PersonMention, ws: list[Span]) -> bool:
        """Use a title to narrow who a name can mean: "Japanese Prime Minister Sanai Takwati"."""
        if not m.title or len(key(ws[-1].text)) < MIN_SURNAME:
            return False
        text = key(_text(ws))
        # A long draft names the same officeholders again and again: compare each
        # distinct (title, country, name) with the office's holders only once.
        memo = (m.title, m.country, text, key(ws[-1].text), len(ws))
        if memo not in self._titled:
            self._titled[memo] = self.titled_candidates(*memo)
        found = self._titled[memo]
        if any(c.variant for c in found):
            return True
        return self.pick(m, ws, [(c.distance, c.person, c.written) for c in found if c.kept])

    def titled_candidates(
        self, title: str, country: str | None, text: str, last: str, n_words: int
    ) -> list[Candidate]:
        """Return the holders of the office whose name is near, each kept or rejected."""
        start = last[:2]
        names = self.registry.holder_names(title, country, False, start) if country else []
        if country is None:
            names = self.registry.holder_names(title, None, True, start)
        ratio = LOOSE_RATIO if n_words > 1 else LOOSE_RATIO_ONE_WORD
        found = []
        for k, p, n in names:
            target = surname(k) if n_words == 1 else k
            if target[:1] != text[:1]:
                continue
            # NOTE: with no country in the sentence, the story's places stand in for one
            # ("Prime Minister Sanai Takwati met Trump in Tokyo"), but only for whoever
            # holds the office at the story's date: a past holder from a country the
            # story names is too loose a fit for a name this far off.
            placed = country is None and n_words > 1 and self._placed_holder(p)
            limit = int(len(target) * ratio) if country or placed else allowed(target)
            dist = OSA.distance(text, target)
            shown = _same_shape_name(n, n_words)
            if _variant(p, text, target):
                return [Candidate(p, shown, dist, False, "a transliteration", True)]
            if 0 < dist <= limit:
                why = f"holds the office named ({title}); {dist} edits, {limit} allowed"
                if placed:
                    why += ", as its holder at the story's date in a country the story names"
                found.append(Candidate(p, shown, dist, True, why))
            elif dist:
                why = f"holds the office named ({title}) but {dist} edits, {limit} allowed"
                found.append(Candidate(p, shown, dist, False, why))
        return found

    def pick(self, m: PersonMention, ws: list[Span], found: list[tuple[int, Person, str]]) -> bool:
        """Report the nearest candidate, unless two different people are equally near."""
        if not found:
            return False
        found.sort(key=lambda t: (t[0], not self._in_office(t[1])))
        best = found[0]
        rivals = {p.name for d, p, _ in found if d == best[0] and p.id != best[1].id}
        if rivals - {best[1].name}:
            return False  # two people equally near: guessing would mislead
        return self.add(m, ws, "misspelled", best[1], best[2])

    def _fits_date(self, p: Person) -> bool:
        """Tell whether a story of this date could be about the person.

        Anyone may be recalled long after office, but a story from well before a
        person's first known office rarely names them: a near miss of such a person
        is more likely someone else's real name.
        """
        # An undated story is a draft written now.
        if not p.of_our_time((self.day or dt.date.today()).year):
            return False
        if self.day is None:
            return True
        starts = [r.start for r in p.roles if r.start]
        if not starts or len(starts) < len(p.roles):
            return True
        return min(starts).year - self.day.year <= EARLIEST_YEARS

    def _of_story_country(self, p: Person) -> bool:
        return self.countries is None or in_story_country(p, self.countries())

    def _placed_holder(self, p: Person) -> bool:
        """Tell whether someone holds office at the story's date in a country it names."""
        day = self.day or dt.date.today()
        if self.countries is None or not p.roles_at(day):
            return False
        return in_story_country(p, self.countries())

    def _in_office(self, p: Person) -> bool:
        return bool(self.day and p.roles_at(self.day))

    def follow_up(self, m: PersonMention, ws: list[Span]) -> bool:
        """Report a surname-only mention that repeats a misspelt surname flagged earlier."""
        issue = self.wrong.get(key(ws[-1].text))
        if issue is None:
            return False
        right = _surname_of(issue.suggestion)
        return self.add(m, ws, "follow-up", issue.person, right)

    def add(self, m: PersonMention, ws: list[Span], kind: str, p: Person, written: str) -> bool:
        """Record an issue, and its wrong surname for later follow-ups."""
        start, end = ws[0].start, ws[-1].end
        issue = NameIssue(start, end, _text(ws), kind, p, written, m.title)
        self.out.issues.append(issue)
        if kind != "diacritics" and key(ws[-1].text) != key(_surname_of(written)):
            self.wrong.setdefault(key(ws[-1].text), issue)
        return True


#: Short forms of titles as stories write them before a name.
_TITLE_FORMS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general"}
#: Titles every government and board has dozens of holders of at once.
_GENERIC_TITLES = frozenset(
    "minister secretary leader chairman chairwoman chair commissioner ambassador judge"
    " justice mayor speaker general".split()
)
#: Title words that say nothing of the office: "Mr", "Sir".
_COURTESY = frozenset("mr mrs ms miss dr sir dame lord lady baroness baron".split())


def holds_title(p: Person, title: str) -> bool:
    """Tell whether a title a story gives ("trade secretary", "Gov.") names one of p's offices.

    Every word of the title must be in the office's name: "trade secretary" is the
    Secretary of State for Trade and Industry, "prime minister" the Prime Minister.
    A bare "minister" or "leader" says too little: every country has dozens.
    """
    words = [_TITLE_FORMS.get(w, w) for w in title.lower().replace("-", " ").split()]
    if not words or set(words) & _COURTESY or " ".join(words) in _GENERIC_TITLES:
        return False
    for r in p.roles:
        if is_leader_office(r.office) and " ".join(words) in LEADER_TITLES:
            return True  # leader lists give no title: any head's title may be theirs
        office = set(r.office.lower().replace("-", " ").replace(",", " ").split())
        if all(w in office for w in words):
            return True
    return False


#: The office leader lists give a country's effective leader, whatever the title.
LEADER_OFFICE = "head of state or government"
#: Titles a country's leader goes by: "Prime Minister Yasuhiro Nakasone", "Chancellor Kohl".
LEADER_TITLES = frozenset({"president", "prime minister", "chancellor", "premier", "taoiseach"})


def in_story_country(p: Person, countries: StoryCountries) -> bool:
    """Tell whether a story speaks of a country where the person held office.

    A person the registry gives no country is taken to be of any story's.
    """
    places = {country_key(r.jurisdiction) for r in p.roles if r.jurisdiction}
    return not places or any(countries.speaks_of(c) for c in places)


def is_leader_office(office: str) -> bool:
    """Tell whether an office is a leader list's untitled "Head of state or government"."""
    return " ".join(office.lower().split()) == LEADER_OFFICE


def _variant(p: Person, written: str, registered: str) -> bool:
    """Tell whether a spelling is a transliteration variant of a foreign name."""
    return p.transliterated and skeleton(written) == skeleton(registered)


def _text(ws: Sequence[Span]) -> str:
    return " ".join(w.text for w in ws)


def _surname_of(name: str) -> str:
    words = name.split()
    while len(words) > 1 and key(words[-1]) in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words[-1].rstrip(",") if words else name


def _same_shape_name(name: str, count: int) -> str:
    return _surname_of(name) if count == 1 else name


def _same_shape(p: Person, text: str) -> str:
    """Return the registry spelling with as many words as the mention, else the name."""
    count = len(text.split())
    if count == 1:
        return _surname_of(p.name)
    same = [n for n in p.names if len(n.split()) == count]
    return min(same, key=lambda n: OSA.distance(key(n), key(text)), default=p.name)


def cite(p: Person, day: dt.date | None, title: str | None) -> str:
    """Say which registry fact backs a suggestion.

    For example "Prime Minister of Japan since 2025-10-21; rules/registry/world.yaml".
    """
    role = p.best_role(day, title)
    parts = [role.describe()] if role else []
    parts.append(p.source)
    return "; ".join(parts)


#: Titles a name is tried under when the lookup names none: heads of state and government.
_HEAD_TITLES = ("president", "prime minister", "chancellor")


@dataclass(frozen=True)
class Explained:
    """One candidate the checker's matcher considers for a looked-up name."""

    entity: Any
    written: str
    distance: int
    kept: bool
    why: str
    stage: str

    @property
    def score(self) -> float:
        """Similarity from 0 to 1: one minus the edits over the length of the name."""
        return max(0.0, 1 - self.distance / max(1, len(key(self.written))))


def explain(registry: Registry, name: str, day: dt.date | None = None) -> list[Explained]:
    """Return what the checker's matcher makes of a name, as ``registry lookup`` shows it.

    The name is read as a story's mention ("Japanese Prime Minister Sanai Takwati"
    keeps its title and country); every candidate of every stage the checker runs is
    listed, kept or rejected, with the reason.
    """
    from newslint.claims.persons import person_mentions
    from newslint.text.tokens import name_candidates, tokenize

    text = " ".join(name.split())
    out: list[Explained] = []
    for org in OrgMatcher(registry).candidates(text):
        out.append(
            Explained(
                org.organisation, org.written, org.distance, org.kept, org.why, "organisation"
            )
        )
    mentions = person_mentions(name_candidates(text, tokenize(text, 0, len(text)), {0}), text, None)
    if not mentions:
        return out
    m = max(mentions, key=lambda x: x.end - x.start)
    ws = list(m.words)
    written = _text(ws)
    matcher = Matcher(registry, day)
    for p in registry.known_misspelling(written):
        out.append(Explained(p, _same_shape(p, written), 0, True, "a known misspelling", "known"))
    if len(ws) > 1:
        for c in matcher.given_name_candidates(ws):
            out.append(_explained(c, "given name"))
        for c in matcher.fuzzy_candidates(ws):
            out.append(_explained(c, "near miss"))
    if len(key(ws[-1].text)) >= MIN_SURNAME:
        titles = [m.title] if m.title else list(_HEAD_TITLES)
        for title in titles:
            found = matcher.titled_candidates(
                title, m.country, key(written), key(ws[-1].text), len(ws)
            )
            for c in found:
                if c.kept or c.distance <= int(len(key(c.written)) * LOOSE_RATIO):
                    out.append(_explained(c, "title", _loose_note(c, m.title, written)))
    best: dict[tuple[str, str], Explained] = {}
    for e in out:
        k = (e.entity.id, key(e.written))
        if k not in best or (e.kept, -e.distance) > (best[k].kept, -best[k].distance):
            best[k] = e
    return sorted(best.values(), key=lambda e: (not e.kept, e.distance, e.written))


def _explained(c: Candidate, stage: str, note: str = "") -> Explained:
    why = c.why + (f"; {note}" if note else "")
    return Explained(c.person, c.written, c.distance, c.kept, why, stage)


def _loose_note(c: Candidate, title: str | None, written: str) -> str:
    """Say what a story would need for a rejected office holder to be kept."""
    if c.kept or title:
        return ""
    target = key(c.written)
    if c.distance <= int(len(target) * LOOSE_RATIO):
        return "kept after a title with the country, as in 'Japanese Prime Minister'"
    return ""
