"""names.wrong-given-name: a known surname with a slightly wrong given name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import regex

from newslint.claims.countries import CUES, find_story_countries
from newslint.claims.persons import COUNTRIES, find_person_mentions
from newslint.claims.spellings import find_surname_spellings
from newslint.claims.titles import extract_titles
from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule


class WrongGivenName(Rule):
    """A registry surname whose given name is one slip away from the person's.

    "Kier Starmer" and "Emanuel Macron" pass a surname check and a spell checker,
    yet every reader who knows the person sees the mistake. When the surname is
    in the registry and the given name is within an edit of that person's given
    name (two for long names), the registry spelling is suggested. A clearly
    different given name ("John Starmer") is taken to be a different person and
    left alone, as are nicknames and middle names the registry lists as variants.

    A title settles who is meant, so after one any given name can be wrong:
    "Treasury Secretary Ben Baker" in 1987, when the only Baker to hold that office
    then was James Baker. The name must be nobody's in the registry who held that
    office, the given name not a form of the right one ("Jim" for James, "Mac" for
    Malcolm), and every holder of that office and surname at the story's date must
    share one given name; "former" titles are left alone, since the record of past
    holders has gaps. Any other title the story gives works the same way when the one
    holder of that post and surname on the story's day has another given name and the
    story speaks of the post's body or country: "Chief economist Patrick Lane" in a
    2024 story about the European Central Bank is Philip Lane, though some Patrick
    Lane sits in a state legislature. A body's title ("chief economist", "managing
    director") counts only when no other firm's name stands before it.

    A wholly other given name is also read as a slip when the surname has one
    prominent bearer and few others in the registry ("Mikhail Putin", "David
    Straw"), and the story is plainly about that person: it names their country,
    and either a title they held stands before the name ("Foreign Secretary",
    "Gov.") or one of their offices is spoken of and the name is not described as
    someone else's ("Dave Prentis, the leader of Britain's biggest union"). Stories
    that speak of relatives (near the name or its given name, when the story names
    the person in full too: "his son Eric"), fuller forms of the registered name
    ("Donald" for Don), bare titles every government has dozens of ("minister"), and dated
    stories years after the person's last office are left alone.

    And a story that names someone in full and later gives the same surname another
    given name with the same first letter ("Nigel Farage", then "Neil Farage") is
    reported, when the first is the registry's person or the surname is rare there,
    the second is nobody the registry knows, and the story mentions no relatives.
    Any other given name will do when the first is the one prominent bearer of a
    surname few share and the second is neither titled nor described as someone
    else ("Donald Trump", then "Patrick Trump"; not "Albert Trump, a builder").
    """

    code = "NL103"
    name = "names.wrong-given-name"
    family = "names"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "A known surname with a wrong given name"
    bad = "Kier Starmer spoke to Emanuel Macron by phone.\n"
    good = "Keir Starmer spoke to Emmanuel Macron by phone. John Starmer was not there.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report mentions whose given name misses the registry person's."""
        from newslint.registry.match import cite, matches_for

        if ctx.registry is None:
            return
        reported: set[int] = set()
        for issue in matches_for(doc, ctx.registry).issues:
            if issue.kind == "other-given-name" and not _fits(doc, issue):
                continue
            if issue.kind not in ("given-name", "other-given-name"):
                continue
            given = issue.text.split()[0]
            fact = cite(issue.person, doc.reference_date, issue.title)
            message = (
                f"'{given}' is not the given name of {issue.person.name} ({fact});"
                f" did you mean {issue.suggestion}?"
            )
            yield Hit(issue.start, issue.end, message, (issue.suggestion,))
            reported.add(issue.start)
        yield from _titled(doc, ctx.registry, reported)
        yield from _office_holder(doc, ctx.registry, reported)
        yield from _restated(doc, ctx.registry, reported)


def _fits(doc: Document, issue: Any) -> bool:
    """Tell whether a story is about the one prominent bearer of a surname it misnames.

    "Mikhail Putin" in a story that speaks of Russia and its president is Vladimir
    Putin misnamed; "Natalie Portman" in a film review is nobody's slip, though a
    senator is called Portman. The story must name the bearer's country and the
    head of one of their offices, must not describe the person as someone else
    ("Marie Macron, a baker"), and must not speak of sons and wives, who share the
    surname; a dated story must fall in the bearer's term or soon after it.
    """
    from newslint.registry.match import holds_title, in_story_country

    p = issue.person
    day = doc.reference_date
    if day is not None and not any(_near_term(r, day) for r in p.roles):
        return False
    if not in_story_country(p, find_story_countries(doc)):
        return False  # "Finance Minister Trevor Manuel" of South Africa is not Angola's
    words = regex.findall(r"[A-Za-z][\w.]*", doc.prose)
    pairs = {f"{a} {b}".lower() for a, b in zip(words, words[1:], strict=False)}
    if issue.title and not _owner_fits(doc, issue.start, issue.title, p):
        return False  # "Barclays chief economist Peter Lane", "former chief economist"
    if issue.title and holds_title(p, issue.title):
        return True  # "Trade Secretary Anne Hewitt": the title says who is meant
    if issue.title and not _title_fits(p, issue.title):
        return False  # "Ambassador Stefan Johannesson" is not Iceland's president
    heads = {h for r in p.roles for h in _heads(r.office)} - {""}
    described = match_at(_DESCRIBED, doc.prose, issue.end)
    if described and not any(h in described["what"].lower() for h in heads):
        return False  # "Dave Prentis, the leader of Britain's biggest union"
    if any(" " in n and n in doc.prose for n in p.names):
        # The story names the person in full too ("Donald Trump", then "Walter Trump"):
        # only a relative named near a word of kinship is someone else.
        if _kin_near(doc.prose, issue.text.split()[0], issue.start):
            return False
    elif _KIN.search(doc.prose):
        return False
    lower = {w.lower().rstrip(".") for w in words}
    text = " ".join(w.lower() for w in words)
    return any(h in lower or h in pairs or " " in h and h in text for h in heads)


def _title_fits(person: Any, title: str) -> bool:
    """Tell whether a title's last word could be one of the person's offices ("minister").

    A bare title too common to say who is meant ("Home Office minister") still says
    what they are not: no president of a country is "Ambassador" or "skipper".
    """
    from newslint.registry.match import LEADER_TITLES, is_leader_office

    word = title.lower().split()[-1].rstrip(".")
    word = _TITLE_FORMS.get(word, word)
    for r in person.roles:
        if is_leader_office(r.office) and (word in LEADER_TITLES or word == "leader"):
            return True
        if word in r.office.lower().replace(",", " ").split():
            return True
    return False


_TITLE_FORMS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general"}


def _near_term(role: Any, day: dt.date) -> bool:
    """Tell whether a role was held on the day or ended within a few years before it."""
    if role.start is None or role.start > day:
        return False
    return role.end is None or (day - role.end).days <= RECENT_YEARS * 366


#: A dated story recalls a bearer this many years out of office by the full name.
RECENT_YEARS = 4


def _heads(office: str) -> frozenset[str]:
    """Return the words a story may call an office by; a leader list's office has several."""
    from newslint.registry.match import LEADER_TITLES, is_leader_office

    return LEADER_TITLES | {"leader"} if is_leader_office(office) else frozenset({_head(office)})


def _head(office: str) -> str:
    """Return the words a story calls an office by: "senator", "president of the generalitat".

    An office of a body ("President of the Generalitat of Catalonia", "Leader of
    the House") keeps the body, or every president of a football club would do.
    """
    words = office.lower().replace(",", " ").split()
    for i, w in enumerate(words):
        if w in _OFFICE_BREAKS:
            if w == "of" and words[i + 1 : i + 2] == ["the"] and i + 2 < len(words):
                return " ".join(words[: i + 3])
            return " ".join(words[:i])
    return " ".join(words)


_OFFICE_BREAKS = frozenset("of from for to in at and".split())

#: An apposition that says who a person is: "Marie Macron, a baker", "X, the leader of".
_DESCRIBED = lazy_compile(
    r"['’]?s?,\s+(?:(?:an?|the|whose|who\s+is)\s+|(?!(?:and|but|or|who|which|said|says|told|added"
    r"|has|had|is|was|will|would)\b)(?=[a-z]))(?P<what>[^,.;]{0,60})"
)


#: Words that tell of relatives, who share a surname and not a given name.
_KIN = lazy_compile(
    r"\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|cousins?|uncle|aunt"
    r"|nephew|niece|widow(?:er)?|family|twins?|siblings?|grand(?:son|daughter|father|mother)"
    r"|parents?|dynasty|married|née)\b",
    regex.IGNORECASE,
)


#: How far from a given name a word of kinship says the name is a relative's.
KIN_REACH = 80


def _kin_near(prose: str, given: str, at: int) -> bool:
    """Tell whether the story speaks of a relative by this given name, or near this mention.

    "His son Eric" or "Eric Trump, the candidate's son": a relative shares the
    surname, not the given name. A story that speaks of "family values" far from
    any use of the given name says nothing of who "Walter Trump" is.
    """
    spots = [at] + [m.start() for m in regex.finditer(rf"\b{regex.escape(given)}\b", prose)]
    return any(_KIN.search(prose, max(0, i - KIN_REACH), i + KIN_REACH) for i in spots)


#: Particles that open a surname ("De Croo", "van Gaal"), not given names.
_PARTICLES = frozenset(
    "de del della di da das dos du van von der den le la al el bin ben ter".split()
)


def _two_names(phrase: str) -> bool:
    """Tell whether a phrase is a given name and a surname, and nothing more."""
    words = phrase.split()
    return (
        len(words) == 2
        and all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words)
        and words[0].lower() not in _PARTICLES
        and words[1].lower() not in _CORPORATE
    )


_FUNCTION_WORDS = frozenset("was were is are has had did does not but and yet so".split())
_CORPORATE = frozenset("inc ltd corp co plc ag sa nv group bank bancorp holdings".split())


def _restated(doc: Document, reg: Any, reported: set[int]) -> Iterator[Hit]:
    """Report a registry person named again with another given name in the same story.

    "Nigel Farage" in the lead and "Neil Farage" further down: the second is the
    slip when the registry knows the first and nobody by the second, and the story
    speaks of no relatives, who would share the surname.
    """
    from newslint.registry.model import Person
    from newslint.registry.normalise import key, same_given_name
    from newslint.text.english import is_word

    if _KIN.search(doc.prose):
        return
    for spelling in find_surname_spellings(doc):
        named = [u for u in spelling.uses if u.given and not u.listed and _two_names(u.phrase)]
        if len({u.given for u in named}) < 2:
            continue
        first = named[0]
        right = [e for e in reg.lookup(first.phrase) if isinstance(e, Person)]
        if len(right) > 1:
            continue
        last = spelling.key
        plural = last.endswith("s") and (is_word(last[:-1]) or not reg.has_surname(last))
        if reg.is_place(spelling.written) or plural:
            continue  # "Air India", "Birchfield Harriers": places and clubs
        rare = len(reg.by_surname(spelling.written)) <= 2 and not is_word(last)
        for u in named[1:]:
            if u.given == first.given or len(u.given) < 2 or u.given in _HONORIFICS:
                continue
            if is_word(u.given) or is_word(first.given):
                continue  # "Besides Baker", "Rank Hovis": a word, not a given name
            if u.given in _FUNCTION_WORDS:
                continue
            if u.given[0] != first.given[0] and not _other_given_name(doc, reg, right, u):
                continue  # a slip keeps its first letter: "Neil" for Nigel, "Jack" for Jude
            if not right and not rare:
                continue  # without the registry, only a rare surname is one person
            if same_given_name(key(u.given), key(first.given)):
                continue
            if any(isinstance(e, Person) for e in reg.lookup(u.phrase)):
                continue  # two people the registry knows
            at = doc.prose.rfind(u.phrase, 0, u.span.end)
            if at < 0 or at in reported:
                continue
            reported.add(at)
            line = doc.position(doc.prose.find(first.phrase))[0]
            known = f", as the registry has it ({right[0].source})" if right else ""
            message = f"'{u.phrase}' is named '{first.phrase}' on line {line}{known}"
            yield Hit(at, at + len(u.phrase), message, (first.phrase,))


def _other_given_name(doc: Document, reg: Any, right: list[Any], use: Any) -> bool:
    """Tell whether a wholly other given name restates a prominent person named in full.

    "Mike Pence" in the lead and "Ben Pence" later: the first is the one prominent
    bearer of a surname few in the registry have, the second a given name no one of
    the surname has there, and the story says nothing of who else it is ("Ben
    Pence, a farmer", "coach Ben Pence").
    """
    from newslint.registry.match import SOLE_BEARER_MAX

    if len(right) != 1 or not right[0].prominent or not reg.is_given_name(use.given):
        return False
    bearers = reg.by_surname(use.span.text)
    if len(bearers) > SOLE_BEARER_MAX or sum(p.prominent for p in bearers) > 1:
        return False  # "Gordon Brown", then "Scotland coach Craig Brown": a common surname
    return not use.titled and not match_at(_DESCRIBED, doc.prose, use.span.end)


def _titled(doc: Document, reg: Any, reported: set[int]) -> Iterator[Hit]:
    """Report a given name that no holder of the title with that surname had."""
    from newslint.registry.model import Person
    from newslint.registry.normalise import key, same_given_name

    date = doc.reference_date
    for t in extract_titles(doc):
        words = t.name.split()
        at = doc.prose.find(t.name, t.start, t.end)
        if len(words) < 2 or at < 0 or at in reported or len(words[0].rstrip(".")) < 2:
            continue
        namesakes = [e for e in reg.lookup(t.name) if isinstance(e, Person)]
        if any(_held(e, t.offices, None) for e in namesakes):
            continue  # someone of this very name held the office
        if t.qualified or date is None:
            continue  # who held it once is where the record has gaps; who holds it now is not
        holders = _holders(reg, t.offices, words[-1], date)
        if len({key(p.name.split()[0]) for p in holders}) != 1:
            continue
        given = key(words[0])
        if given in _HONORIFICS or any(
            same_given_name(given, key(n.split()[0])) for p in holders for n in p.names
        ):
            continue  # "Sir Geoffrey Howe"; "Jim Baker", "Ed Meese": forms of the name
        person = holders[0]
        written = f"{person.name.split()[0]} {' '.join(words[1:])}"
        message = (
            f"'{words[0]}' is not the given name of {person.name}, {t.title} on {date}"
            f" ({person.source or 'registry'}); did you mean {written}?"
        )
        yield Hit(at, at + len(t.name), message, (written,))


def _office_holder(doc: Document, reg: Any, reported: set[int]) -> Iterator[Hit]:
    """Report a titled name when the title's holder of that surname has another given name.

    "Chief economist Patrick Lane" in a 2024 story about the European Central Bank:
    a Patrick Lane exists (a state legislator), but no Patrick Lane was ever a chief
    economist, and the one Lane holding such a post on the story's day is Philip Lane.
    The title must name the office itself (not "minister"), the story must speak of
    the body or country of that post, the name must be nobody's who held it, and no
    word before it may say the post is past or another ("former", "deputy").
    """
    from newslint.registry.match import holds_title
    from newslint.registry.model import Person
    from newslint.registry.normalise import country as country_key
    from newslint.registry.normalise import key, same_given_name

    day = doc.reference_date
    if day is None:
        return
    countries = find_story_countries(doc)
    for m in find_person_mentions(doc):
        if m.in_headline or not m.title or len(m.words) != 2 or m.start in reported:
            continue
        given, last = m.words[0].text, m.words[1].text
        if len(key(given)) < 2 or key(given) in _HONORIFICS or not given[0].isupper():
            continue
        if _PAST_POST.search(doc.prose, max(0, m.start - 60), m.start):
            continue
        if not _owner_fits(doc, m.start, m.title, None):
            continue
        holders = [
            (p, r)
            for p in reg.by_surname(last)
            if holds_title(p, m.title)
            for r in p.roles_at(day)
            if _names_office(m.title, r.office)
            and (m.country is None or country_key(r.jurisdiction) == m.country)
        ]
        if not holders or len({key(p.name.split()[0]) for p, _ in holders}) != 1:
            continue
        person, role = holders[0]
        if any(same_given_name(key(given), key(n.split()[0])) for n in person.names):
            continue  # "Jim Baker": a form of the name
        named = [e for e in reg.lookup(m.text) if isinstance(e, Person)]
        if any(holds_title(e, m.title) for e in named):
            continue  # someone of this very name held such a post
        if role.jurisdiction and not countries.speaks_of(country_key(role.jurisdiction)):
            continue  # "Managing Director Paul Rato" of a firm, in a story not about the IMF
        if _kin_near(doc.prose, given, m.start):
            continue
        reported.add(m.start)
        written = f"{person.name.split()[0]} {last}"
        message = (
            f"'{given}' is not the given name of {person.name}, {role.describe()}"
            f" ({person.source or 'registry'}); did you mean {written}?"
        )
        yield Hit(m.start, m.end, message, (written,))


#: Titles of a body's post that every firm has too: only the body's own are judged.
_BODY_TITLES = frozenset(
    {"chief economist", "managing director", "director-general", "director general"}
)
#: The word before a title, possessive and all: "ECB chief economist", "the IMF's".
_OWNER = lazy_compile(r"([A-Za-z][\w.&-]*)(?:['’]s)?,?$")


def _owner_fits(doc: Document, at: int, title: str, person: Any) -> bool:
    """Tell whether a body's title before a name can be the registry body's post.

    "Barclays chief economist Peter Lane" is the bank's, not the ECB's; "former
    chief economist" is a past post; an undated story says nothing of who holds it.
    Government titles keep their own checks.
    """
    from newslint.registry.normalise import country as country_key

    if title not in _BODY_TITLES:
        return True
    if doc.reference_date is None or _PAST_POST.search(doc.prose, max(0, at - 60), at):
        return False
    window = doc.prose[max(0, at - 60) : at]
    cut = regex.search(r"(?i)" + regex.escape(title.split()[0]) + r"[^.\n]*$", window)
    if cut is None:
        return True
    owner = _OWNER.search(window[: cut.start()].rstrip())
    word = owner.group(1) if owner else ""
    if not word or not word[0].isupper() or word.lower() in ("the", "a", "an"):
        return True
    body = CUES.get(word.lower().rstrip(".")) or COUNTRIES.get(word.lower().rstrip("."))
    if body is None:
        return False
    places = {country_key(r.jurisdiction) for r in person.roles} if person else {body}
    return body in places


def _names_office(title: str, office: str) -> bool:
    """Tell whether every word of a title is in the office's name ("chief economist")."""
    words = set(office.lower().replace("-", " ").replace(",", " ").split())
    return all(w in words for w in title.lower().replace("-", " ").split())


#: Words before a title that put the post in the past or make it another one.
_PAST_POST = lazy_compile(
    r"\b(?:former|ex|then|late|one-?time|previous|outgoing|incoming|acting|interim|deputy"
    r"|vice|assistant|associate|shadow|junior)\b[\s-]*(?:[\w'’.]+\s+){0,3}$",
    regex.IGNORECASE,
)


#: Words before a surname that are no given name.
_HONORIFICS = frozenset(
    "sir dame lord lady baroness baron mr mrs ms miss dr prof gen adm col rev".split()
)


def _holders(reg: Any, offices: frozenset[str], surname: str, when: dt.date | None) -> list[Any]:
    """Return the holders of one of the offices with this surname, on the day if there is one.

    An undated draft is judged against everyone who ever held the office, which is
    only as good as the record, so one given name among them all is asked for.
    """
    from newslint.registry.normalise import key
    from newslint.registry.normalise import surname as last

    out = {}
    for office in offices:
        for p in reg.holders(office):
            if last(key(p.name)) != key(surname):
                continue
            if _held(p, frozenset({office}), when):
                out[p.id] = p
    return list(out.values())


def _held(person: Any, offices: frozenset[str], when: dt.date | None) -> bool:
    """Tell whether the person held one of the offices (on the day, if given)."""
    return any(
        " ".join(r.office.lower().replace("-", " ").split()) in offices
        and r.start is not None
        and (when is None or r.covers(when))
        for r in person.roles
    )
