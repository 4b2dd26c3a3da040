"""names.inconsistent: one person's name spelled two ways in one story."""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz.distance import OSA

from newslint.claims.persons import COUNTRIES, TITLES, find_person_mentions, is_institution
from newslint.claims.spellings import Spelling, Use, find_surname_spellings
from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule
from newslint.text.english import is_word

_CALENDAR = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split()
)
#: Nouns that end the names of bodies, beyond persons.INSTITUTIONS: "Reagan Administration".
_BODIES = frozenset(
    """administration management corporation organisation organization industries
    holdings securities airlines systems ministries international""".split()
)
_ENDINGS = ("s", "es", "n", "an", "ian", "ese", "e", "i", "ns", "ans", "o", "ic")


class InconsistentName(Rule):
    """The same person's surname spelled two ways in one story ("Dunphy" ... "Dunphey said").

    A story that spells a name two ways is wrong at least once, whether or not the
    person is in the registry. Two spellings one edit or swap apart, with the same
    first letter, are taken for one person when the story shows the word is a
    person's name: the majority spelling is introduced with a given name or a
    personal title ("Ciara Dunphy", "Mr Kowalski") or is a prominent registry
    surname, and the other is used as a name too (not opening a sentence on its own
    unless a verb of speech follows: "Dunphey said"). Short names and spellings that
    differ only in an ending ("Mibe"/"Mibu", "Njoroge"/"Njoroga") need a verb of
    speech or a title on the odd spelling, since endings are how demonyms and plurals
    differ. Left alone: two given names (two people, "Jim and Jane Doyle" included),
    two registry people or two real surnames ("Horan", "Horgan"), places, demonyms,
    months, titles, institutions' nouns ("Treasury"), ratings ("AA-minus"), rows of
    tables ("Start Stcks 1,905"), team sheets, where an item is no evidence about the
    others, and a real surname opening a sentence with nothing to make it a person's
    (the "Reuter" that signs off a wire story about "Reuber"). The minority spelling
    is reported (on a tie, the later one), with the other spelling and the line where
    the story introduces it.
    """

    code = "NL102"
    name = "names.inconsistent"
    family = "names"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "A name spelled two ways in one story"
    bad = "Maria Kowalczyk won the vote. Later, Kowalzcyk thanked her staff.\n"
    good = "Maria Kowalczyk won the vote. Later, Kowalczyk thanked her staff.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report the uses of the minority spelling of each pair."""
        registry = ctx.registry
        flagged: set[int] = set()
        if registry is not None:
            from newslint.registry.match import matches_for

            for issue in matches_for(doc, registry).issues:
                flagged.update(range(issue.start, issue.end))
        spellings = [s for s in find_surname_spellings(doc) if _name_like(s, registry)]
        by_letter: dict[str, list[Spelling]] = {}
        for s in spellings:
            by_letter.setdefault(s.key[:1], []).append(s)
        for group in by_letter.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    pair = _pair(a, b, registry)
                    if pair is not None:
                        yield from self._report(doc, *pair, flagged, registry)

    @staticmethod
    def _report(
        doc: Document, right: Spelling, wrong: Spelling, flagged: set[int], registry: object
    ) -> Iterator[Hit]:
        count = len(right.uses)
        where = f"{count} time{'s' * (count != 1)} elsewhere in this story"
        intro = right.introduced or right.uses[0]
        line = doc.position(intro.span.start)[0]
        where += f" (line {line}"
        if intro.given:
            where += f", '{doc.prose[_given_start(doc, intro) : intro.span.end]}'"
        where += ")"
        source = _registry_source(registry, right)
        if source:
            where += f", as in the registry ({source})"
        for use in wrong.uses:
            if use.span.start in flagged or (use.listed and count < 2):
                continue
            message = f"'{use.span.text}' is spelled '{right.written}' {where}"
            yield Hit(use.span.start, use.span.end, message, (right.written,))


def _given_start(doc: Document, use: Use) -> int:
    """Return where the given name before a use starts ("Ciara" in "Ciara Dunphy")."""
    for m in find_person_mentions(doc):
        if m.surname.start == use.span.start:
            return m.start
    return use.span.start


def _name_like(s: Spelling, registry: object) -> bool:
    """Tell whether a spelling could be a surname at all (not a month, title, place...)."""
    k = s.key
    if len(k) < 4 or k in _CALENDAR or k in COUNTRIES or k in TITLES:
        return False
    if s.leading and not s.person_use:  # "Boston Red Sox", but not "Mittal Steel"
        return False
    if is_institution(s.written) or k in _BODIES or any(c.isdigit() for c in k):
        return False
    if "-" in k and any(len(part) <= 2 for part in k.split("-")):
        return False  # ratings and codes: "AA-minus", "Expd-E"
    if k.rstrip("s") in TITLES or k.replace("men", "man") in TITLES:
        return False
    if registry is None:
        return True
    phrases = {s.written, *(u.phrase for u in s.uses)}
    return not any(registry.is_place(p) for p in phrases)  # type: ignore[attr-defined]


def _pair(a: Spelling, b: Spelling, registry: object) -> tuple[Spelling, Spelling] | None:
    """Return (right, wrong) when two spellings are one person's name spelled two ways."""
    if OSA.distance(a.key, b.key, score_cutoff=1) > 1:
        return None
    if a.givens and b.givens and not (a.givens & b.givens):
        return None  # two given names: two people
    known_a, known_b = _prominent(registry, a), _prominent(registry, b)
    if known_a and known_b:
        return None  # two people the registry knows: Brown and Browne
    if registry is not None and all(registry.is_real_surname(s.written) for s in (a, b)):  # type: ignore[attr-defined]
        # Two real surnames, likely two people: Horan and Horgan. Unless one is the
        # story's subject, named in full and often, and the other a single bare use:
        # "Javier Milei" a dozen times, then "Supporters of Miley".
        if not (_dominant(a, b) or _dominant(b, a)):
            return None
    right, wrong = _order(a, b, known_a, known_b)
    spoken = any(u.spoken or u.titled for u in (*a.uses, *b.uses))
    if is_word(a.written) and is_word(b.written):
        return None  # two words: "Analysis" and "Analysts", "Three" and "There"
    if (is_word(a.written) or is_word(b.written)) and not spoken:
        return None  # "Metals" beside "Metall": a word and a name, or two names of things
    if _introduced(right) is None and _introduced(wrong) is None:
        # Nothing in the story shows the word is a person's name; a prominent registry
        # surname still needs the odd spelling used as one ("Reaan said", not "Boston").
        if not ((known_a or known_b) and any(u.spoken or u.titled for u in wrong.uses)):
            return None
    if wrong.initial_only and (is_word(wrong.written) or not right.givens):
        return None  # "Pride was at stake": a word opening a sentence, not "Price"
    if wrong.initial_only and registry is not None and registry.is_real_surname(wrong.written):  # type: ignore[attr-defined]
        return None  # the "Reuter" that signs off a wire story: a name of its own, not "Reuber"
    if len(right.uses) < 2 and all(u.listed for u in wrong.uses):
        return None  # a team sheet against one other use: either may be the slip
    if wrong.givens - right.givens and right.givens:
        return None
    if min(len(a.key), len(b.key)) < 5 or _same_stem(a.key, b.key):
        # "Mibe"/"Mibu", "Njoroge"/"Njoroga": endings are how demonyms and plurals differ.
        if not (right.givens and any(u.spoken or u.titled for u in wrong.uses)):
            return None
        if _plural(a.key, b.key):
            return None
    return right, wrong


def _dominant(main: Spelling, odd: Spelling) -> bool:
    """Tell whether one spelling is the story's subject and the other one stray use."""
    return (
        bool(main.givens)
        and not odd.givens
        and len(main.uses) >= 5
        and len(odd.uses) == 1
        and not odd.uses[0].listed
    )


def _introduced(s: Spelling) -> Use | None:
    """Return the first use naming a person, a common word's given name aside ("Atlantic Ocean")."""
    if is_word(s.written):
        return next((u for u in s.uses if u.titled or u.given and not is_word(u.given)), None)
    return s.introduced


def _order(a: Spelling, b: Spelling, known_a: bool, known_b: bool) -> tuple[Spelling, Spelling]:
    """Return (right, wrong): the registry's spelling, else the majority, else the first named."""
    if known_a != known_b:
        return (a, b) if known_a else (b, a)

    def score(s: Spelling) -> tuple[int, bool, int]:
        return (len(s.uses), s.introduced is not None, -s.uses[0].span.start)

    return (a, b) if score(a) >= score(b) else (b, a)


def _prominent(registry: object, s: Spelling) -> bool:
    if registry is None:
        return False
    return registry.is_prominent_surname(s.written)  # type: ignore[attr-defined]


def _registry_source(registry: object, s: Spelling) -> str:
    if registry is None:
        return ""
    people = registry.by_surname(s.written)  # type: ignore[attr-defined]
    return people[0].source if people else ""


def _same_stem(a: str, b: str) -> bool:
    """Tell whether two words differ by an ending: "Africa"/"African", "Njoroge"/"Njoroga"."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in _ENDINGS:
        return True
    return a[:-1] == b[:-1] and a[-1] in "aeiouns" and b[-1] in "aeiouns"


def _plural(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in ("s", "es")
