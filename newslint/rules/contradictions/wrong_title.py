"""NL402: a title used for someone who did not hold it at the story's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import regex

from newslint.claims.actors import NAME_WORD, find_actors
from newslint.claims.dates import MONTHS, WEEKDAYS, dates_in
from newslint.claims.offices import extract_office_claims, same_office
from newslint.claims.persons import COUNTRIES
from newslint.claims.titles import OFFICES, Titled, extract_titles
from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_HISTORICAL_CONTEXT = lazy_compile(
    r"\b(?:then|former|at\s+the\s+time|when\s+(?:he|she|they)\s+was|while\s+(?:he|she)\s+was"
    r"|was\s+(?:president|prime\s+minister|chancellor)|served\s+as|predecessor|successor"
    r"|(?<!-)elect|(?<!-)designate|incoming|outgoing|future|late|history|historic"
    r"|in\s+office\s+from|during|under|administration\s+of|era|tenure|years|legacy"
    r"|(?:first|second|previous|his|her|their|its)\s+term)\b",
    regex.IGNORECASE,
)

#: Words that make a title a post still to come.
_NOT_YET = lazy_compile(
    r"\b(?:(?<!-)elect|(?<!-)designate|incoming|future|would-be|nominee|nominated|nominate"
    r"|tapped|picked|pick|choice|candidate|running\s+mate|hopes?\s+to|bid\s+to|could\s+become"
    r"|will\s+become|to\s+become)\b",
    regex.IGNORECASE,
)


class WrongTitle(Rule):
    """A title given to someone who did not hold that office at the story's date.

    "Prime Minister Rishi Sunak" in a 2025 story, "President Biden" after 2025-01-20 or
    "NATO Secretary General Jens Stoltenberg" after 2024-10-01 tells readers the wrong
    person is in charge. The registry's dated
    roles say who held which office when; the story's dateline says when "now" is.
    "Former Prime Minister Rishi Sunak", "then-President" and sentences that place the
    title in the past ("when he was prime minister", a date in the same sentence)
    are accepted. A name the registry cannot pin to one person is left alone, and
    so are titles for people who held the office long ago or have died: "President
    Roosevelt's New Deal" is history, not a mistake, and so is a title owning a thing
    of an earlier year ("President Obama's 2010 healthcare law" in 2017). A title the
    person only held later is not reported either, because registries rarely list every
    earlier term.

    A title the person never held, or held only after the story's date, is reported
    when the registry names who did hold it then: "Vice President Reagan" or
    "President Bush" in a story of 1987, "Defense Secretary James Baker", "Foreign
    Secretary Gordon Brown" in 2005. Every registry person the name can mean must
    agree, in one country; a title after an organisation's name ("World Bank
    President") and the news of an appointment or a candidacy are left alone. A
    sentence set in the past does not excuse such a title ("spelled out by Defense
    Secretary James Baker in October 1985"): never held by the story's date, it was
    not held earlier either, provided the record of the office reaches back as far as
    the person's own record; only a post still to come ("-elect", "nominee") does.

    A title given after the name, as a predicate, or fronted by a comma is judged the
    same way at the story's date: "Gordon Brown, the foreign secretary," "Brown, who is
    the foreign secretary," or "Britain's foreign secretary, Gordon Brown," in 2005, and
    "Jeremy Hunt, the chancellor," in 2025. The post is read whole ("the secretary of
    state" is not any secretary) and only against the record of a country the wording
    names ("Japan's prime minister"); "the former chancellor", "the then chancellor",
    "-designate", "the secretary of state's spokeswoman, Tammy Bruce," and "Scholz was
    the chancellor when the war began" are accepted. A body's post is judged where the
    body is named: "Jens Stoltenberg, NATO's secretary general," in 2025.

    A story with no date is still checked for titles the person held at no date
    ("Home Secretary Gordon Brown", "Vice President Obama"), when the record of the
    office in that country reaches back before the person's first recorded office;
    past framing does not excuse those, only a post still to come ("-elect", "the
    party's choice").

    Titles the record cannot judge are left alone: a head's title for someone the
    leader lists give only as "head of state or government", a bare "President" for
    someone never a country's leader (the president of a bank or a commission), and
    the offices every US state has ("Attorney General", "Governor") for a person
    from a state, unless the title says "U.S.".

    And the story's own words are checked against each other, for any office: a
    person called its former holder ("former security minister Patricia Bullrich")
    and elsewhere given the title as held ("Security Minister Patricia Bullrich
    endorsed ...") is reported, unless the story tells of a return to the post.
    """

    code = "NL402"
    name = "contradictions.wrong-title"
    family = "contradictions"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "A title used for someone who did not hold it at the story's date"
    skip_quotes = True
    options = {"recent-years": 4}
    bad = "---\ndate: 2025-06-01\n---\nPrime Minister Rishi Sunak visited the plant.\n"
    good = "---\ndate: 2025-06-01\n---\nFormer Prime Minister Rishi Sunak visited the plant.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each titled mention with the registry's roles at the dateline."""
        date = _facts.story_date(doc, ctx)
        reg = _facts.registry(ctx)
        if reg is None:
            return
        if date is None:
            yield from _called_former(doc, None)
            for t in extract_titles(doc):
                hit = None if t.qualified else _never_held(doc, reg, t)
                if hit is not None:
                    yield hit
            return
        yield from _called_former(doc, date)
        reported: set[int] = set()
        for hit in self._recently_left(doc, ctx, reg, date):
            reported.add(hit.start)
            yield hit
        for t in extract_titles(doc):
            if t.start in reported or t.qualified:
                continue
            hit = _held_by_another(doc, reg, t, date)
            if hit is not None:
                yield hit
        qualified = [(c.start, c.end) for c in extract_office_claims(doc) if c.qualified]
        for t, country, past in _titles_beside_names(doc):
            others = tuple(q for q in qualified if not q[0] <= t.start < q[1])
            hit = None if past else _left_office(doc, ctx, reg, t, date, country, others)
            hit = hit or _held_by_another(doc, reg, t, date, country, others)
            if hit is not None:
                yield hit

    def _recently_left(self, doc: Document, ctx: Context, reg: Any, date: dt.date) -> Iterator[Hit]:
        for m in find_actors(doc).mentions:
            if m.kind != "title" or m.historical:
                continue
            person = _facts.person_for(reg, doc, m.person)
            if person is None:
                continue
            held = _facts.merge_roles(_roles(person, m.title))
            if not _recently_left(person, held, date, ctx.options["recent-years"]):
                continue
            if not _framed_as_past(doc, m, max(t.end for t in held)):
                yield _hit(doc, m, person, held, date)


#: Posts of a body rather than a country, judged only where the wording names the body.
_BODY_POSTS = {"Secretary General": frozenset({"secretary general"})}
_CANONICAL = {title.lower(): title for title in (*OFFICES, *_BODY_POSTS)}
#: Country keys whose registry spelling is not the key in title case.
_JURISDICTION = {"nato": "NATO", "palestine": "State of Palestine"}


def _country(whose: str) -> str | None:
    """Return the registry's name for the country a title is given with, or None.

    The table of country words is the one the claims layer reads names with ("Japan's",
    "British", "U.S."), so a title and a name agree on which countries a story can name.
    """
    k = COUNTRIES.get(whose.lower().removesuffix("'s").removesuffix("’s").rstrip("."))
    return None if k is None else _JURISDICTION.get(k, k.title())


_TITLE_ENDS = lazy_compile(r"\s*(?:[,.;:)—–]|$)")
_NAME_BEFORE = lazy_compile(rf"(?:{NAME_WORD}\s+){{1,2}}$")


def _titles_beside_names(doc: Document) -> Iterator[tuple[Titled, str | None, bool]]:
    """Yield the titles given after a name, predicatively or fronted, as pre-nominal ones.

    "Kamala Harris, the secretary of state," and "Germany's chancellor, Olaf Scholz," make
    the same claim as "Secretary of State Kamala Harris"; each comes with the country the
    wording names (None for none) and whether it is told as history ("Harris was the ...").
    A country the record does not name, or a post it does not list, is left alone.
    """
    full_names = {m.person for m in find_actors(doc).mentions if " " in (m.name or "")}
    for c in extract_office_claims(doc):
        full, whose = c.full, c.country
        if full.startswith("nato "):
            full, whose = full[5:], whose or "NATO"  # "the NATO secretary general"
        title = _CANONICAL.get(full)
        if c.form == "before" or c.qualified or title is None:
            continue
        country = _country(whose) if whose else None
        if (whose and country is None) or (title in _BODY_POSTS and country != "NATO"):
            continue
        if title == "Premier" and not match_at(_TITLE_ENDS, doc.prose, c.end):
            continue  # "Jet Airways is India's premier airline": an adjective
        start = c.start
        words = _NAME_BEFORE.search(doc.prose, max(0, start - 40), start)
        if c.form != "fronted":
            # "Kamala Harris, the ...": the title is the full name's, and what comes before
            # the name ("met", "with") is what the organisation check must see
            for w in regex.finditer(r"\S+", words.group() if words else ""):
                if w.group() not in _CLAUSE_OPENERS:
                    start = words.start() + w.start()
                    break
            if start == c.start and c.surname not in full_names:
                continue  # "In Edinburgh, the prime minister said": a place, not a person
        offices = _BODY_POSTS.get(title) or OFFICES[title]
        titled = Titled(start, c.end, title, offices, c.surname, False)
        yield titled, country, c.form == "past"


def _left_office(
    doc: Document,
    ctx: Context,
    reg: Any,
    t: Titled,
    date: dt.date,
    country: str | None,
    others: tuple[tuple[int, int], ...],
) -> Hit | None:
    """Report a title beside a name that the person gave up before the story's date.

    "Rishi Sunak, the prime minister," in a 2025 story: the same check as for
    "Prime Minister Rishi Sunak", worded without a suggestion, since "former" goes
    in another place in each wording.
    """
    if _not_a_claim(doc, t):
        return None
    person = _facts.person_for(reg, doc, t.name)
    if person is None:
        return None
    roles = [r for r in _roles(person, t.title) if country in (None, r.jurisdiction)]
    held = _facts.merge_roles(roles)
    if not _recently_left(person, held, date, ctx.options["recent-years"]):
        return None
    last = max(held, key=lambda r: r.end)
    if _framed_as_past(doc, t, last.end, others):
        return None
    where = f"registry: {person.source}" if person.source else "registry"
    return Hit(
        t.start,
        t.end,
        f"{person.name} was {last.office} until {last.end} ({where}), "
        f"but this story is dated {date}",
    )


def _held_by_another(
    doc: Document,
    reg: Any,
    t: Any,
    date: dt.date,
    country: str | None = None,
    others: tuple[tuple[int, int], ...] = (),
) -> Hit | None:
    """Report a title that someone else held at the story date and the person never had.

    "Vice President Reagan" or "President Bush" in a story of 1987: the record names
    who held the office then, and no one of that name had held it before (so the
    title is no historical usage). Every registry person the name can mean must
    agree, and all of them must belong to one country, whose holder at the date is
    named in the message.
    """
    if _not_a_claim(doc, t):
        return None
    past = _framed_as_past(doc, t, date - dt.timedelta(days=365), others)
    sentence = doc.sentence_at(t.start)
    if past and (sentence is None or _NOT_YET.search(doc.prose, sentence.start, sentence.end)):
        return None
    people = _candidates(reg, doc, t.name)
    if not people or any(_unjudged(p, t.title, date) for p in people):
        return None
    if country is None and _state_office(doc, t, people):
        return None  # "the U.S. secretary of state" is no state's
    places = set()
    for person in people:
        held = [r for r in person.roles if _office_key(r.office) in t.offices]
        if any(r.start is not None and r.start <= date + _SLACK for r in held):
            return None  # holds it now, or held it before: a current or historical title
        places |= {r.jurisdiction for r in (held or person.roles) if r.jurisdiction}
    places = _where_held(reg, t.offices, places)
    if len(places) != 1:
        return None
    (place,) = places
    if country is not None and place != country:
        return None  # "Japan's prime minister" is judged against Japan's record only
    if past and not _record_reaches(reg, t.offices, place, people):
        return None
    holders = _holders(reg, t.offices, place, date)
    names = {p.name for p in people}
    if not holders or names & {h.name for h, _ in holders}:
        return None
    # NOTE: the latest to take office, where a record leaves a predecessor's term open
    holder, role = max(holders, key=lambda h: h[1].start)
    span = f"{role.start}" + (f" to {role.end}" if role.end else "")
    return Hit(
        t.start,
        t.end,
        f"{t.name} was not {t.title} on {date} (this story's date): {holder.name} was "
        f"({role.office}, {place}, {span}; registry: {holder.source or 'registry'})",
    )


def _record_reaches(reg: Any, offices: frozenset[str], place: str, people: list[Any]) -> bool:
    """Tell whether the record of an office covers the whole recorded career of the people.

    A title never held by the story's date was never held at an earlier date either, so
    a sentence set in the past ("in October 1985") does not excuse it, provided the
    record of the office goes back as far as the person's offices do (a year's slack
    for lists that open with a new government).
    """
    recorded = [
        role.start
        for office in offices
        for holder in reg.holders(office, place)
        for role in holder.roles
        if _office_key(role.office) == office and role.start is not None
    ]
    first = min((r.start for p in people for r in p.roles if r.start is not None), default=None)
    return bool(recorded) and first is not None and first >= min(recorded) - _YEAR


_YEAR = dt.timedelta(days=366)
_AGAIN = lazy_compile(
    r"\b(?:again|re-?appointed|re-?elected|returned|return(?:s|ing)?\s+to|back\s+as|second\s+stint"
    r"|once\s+more|reinstated|took\s+the\s+post\s+again)\b",
    regex.IGNORECASE,
)


def _called_former(doc: Document, date: dt.date | None) -> Iterator[Hit]:
    """Report a title given as held when the story also calls the person its former holder.

    "former security minister Patricia Bullrich" and, a paragraph later, "Security
    Minister Patricia Bullrich endorsed Milei": one of them is wrong, unless the story
    says the person took the post again or places the present title in the past.
    """
    claims = extract_office_claims(doc)
    formers = [c for c in claims if c.qualifier in ("former", "ex")]
    if not formers:
        return
    for c in claims:
        if c.qualified or c.form == "past" or doc.is_quoted(c.start):
            continue
        former = next(
            (f for f in formers if f.surname == c.surname and same_office(f.office, c.office)),
            None,
        )
        sentence = doc.sentence_at(c.start)
        if former is None or sentence is None or _returned(doc, c.surname):
            continue
        left = date - dt.timedelta(days=365) if date else dt.date.min
        if _AT_THE_TIME.search(doc.prose, sentence.start, sentence.end) or any(
            d.earliest is not None and d.earliest < left
            for d in dates_in(doc, sentence.start, sentence.end)
        ):
            continue  # "In 2017, Security Minister Bullrich ...": the title as it was then
        yield Hit(
            c.start,
            c.end,
            f"{c.surname} is {c.title} here, but line {_facts.line_of(doc, former.start)} "
            f"calls {c.surname} a former {former.title}",
        )


_AT_THE_TIME = lazy_compile(
    r"\b(?:at\s+the\s+time|then|when\s+(?:he|she|they)\s+was|while\s+(?:he|she)\s+was"
    r"|served\s+as|in\s+office\s+from)\b",
    regex.IGNORECASE,
)


def _returned(doc: Document, surname: str) -> bool:
    """Tell whether a sentence naming the person tells of a return to office."""
    return any(surname in s.text and _AGAIN.search(s.text) for s in doc.sentences)


def _never_held(doc: Document, reg: Any, t: Any) -> Hit | None:
    """Report, in an undated story, a title the person held at no date in the record.

    Without a dateline "Home Secretary Gordon Brown" can still be judged: the record
    of that office in that country covers the person's whole recorded career, and
    they never held it. A person whose first recorded office predates the record of
    this one (a 1950s minister against ministers listed from 1979) is left alone,
    because the gap may be the record's, not the story's.
    """
    if _not_a_claim(doc, t):
        return None
    sentence = doc.sentence_at(t.start)
    # A title never held at any date is wrong in the past too ("during his final days
    # in office"); only a post still to come can be the story's point.
    if _NOT_YET.search(doc.prose, sentence.start, sentence.end):
        return None
    people = _candidates(reg, doc, t.name)
    if any(_unjudged(p, t.title, None) for p in people) or _state_office(doc, t, people):
        return None
    places = {r.jurisdiction for p in people for r in p.roles if r.jurisdiction}
    places = _where_held(reg, t.offices, places)
    if not people or len(places) != 1:
        return None
    (place,) = places
    if any(
        _roles(p, t.title) or any(_office_key(r.office) in t.offices for r in p.roles)
        for p in people
    ):
        return None  # "Chancellor" for a "Chancellor of Germany" is the office held
    recorded = [
        role.start
        for office in t.offices
        for holder in reg.holders(office, place)
        for role in holder.roles
        if _office_key(role.office) == office and role.start is not None
    ]
    first = min((r.start for p in people for r in p.roles if r.start is not None), default=None)
    if not recorded or first is None or first < min(recorded):
        return None
    person = people[0]
    terms = _facts.merge_roles([r for r in person.roles if r.start is not None])
    offices = "; ".join(f"{t.office} {t.start} to {t.end or 'now'}" for t in terms[-3:])
    return Hit(
        t.start,
        t.end,
        f"{t.name} is not recorded as {t.title} at any date: the registry has {person.name} "
        f"as {offices} (registry: {person.source or 'registry'})",
    )


def _not_a_claim(doc: Document, t: Any) -> bool:
    """Tell a title that claims an office from quoted words, news and an organisation's title.

    "was named Treasury Secretary" and "would become President" are news, not slips;
    "World Bank President Barber Conable" is another body's office.
    """
    if doc.is_quoted(t.start) or _organisation_before(doc, t.start):
        return True
    sentence = doc.sentence_at(t.start)
    return sentence is None or bool(_APPOINTED.search(doc.prose, sentence.start, sentence.end))


_SLACK = dt.timedelta(days=45)
_APPOINTED = lazy_compile(
    r"\b(?:became|become|becomes|sworn|elected|named|appointed|nominated|nominee|nominate|"
    r"succeed\w*|replace\w*|bid|race|candidate|campaign\w*|hopeful|contender)\b",
    regex.IGNORECASE,
)


# A capitalised word before a title is a country's ("U.S.", "British", "Mexican", "Soviet")
# or a party's ("Republican"); any other ("Bank", "NAWG", "Fed") makes it an organisation's.
_COUNTRY_WORD = lazy_compile(
    r"(?:U\.S\.|US|UK|U\.K\.|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic|ean))$"
)
_WORD_BEFORE = lazy_compile(r"(\S+)\s+$")
#: Capitalised words that open a clause before a title without naming anyone's organisation.
_CLAUSE_OPENERS = frozenset(
    """Now Then Today Tonight Yesterday Tomorrow Meanwhile Earlier Later Last Next When While
    But And So Yet Also Even Only As After Before Since Until If Though Although Because Under
    With Without Both Here There Instead Still Thus Hence However Indeed Separately Asked
    Like Unlike Against Among For From By At In On Of To The A An New""".split()
) | {*WEEKDAYS, *MONTHS}


def _organisation_before(doc: Document, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    head = doc.prose[sentence.start if sentence else max(0, offset - 40) : offset]
    m = _WORD_BEFORE.search(head[-40:])
    if m is None:
        return False
    word = m.group(1).strip("\"“‘'(")
    if not word or not word[0].isupper() or word[-1] in ",;:.!?)—–" or word in _CLAUSE_OPENERS:
        return False  # "Today, Vice President ...", "Now Foreign Secretary ...": no organisation
    return _COUNTRY_WORD.match(word.removesuffix("'s").removesuffix("’s")) is None


def _office_key(office: str) -> str:
    return " ".join(office.lower().replace("-", " ").split())


def _candidates(reg: Any, doc: Document, name: str) -> list[Any]:
    """Every plausible registry person the name (full, or a surname) can mean."""
    if " " in name:
        found = [e for e in reg.lookup(name) if _facts.is_person(e)]
    else:
        full = {m.name for m in find_actors(doc).mentions if m.person == name and " " in m.name}
        if len(full) == 1:
            found = [e for e in reg.lookup(next(iter(full))) if _facts.is_person(e)]
        else:
            # a bare surname means one of the people who held high office, not a legislator
            found = [
                e
                for e in reg.by_surname(name)
                if _facts.is_person(e) and any(_HIGH_OFFICE.search(r.office) for r in e.roles)
            ]
    found = [e for e in found if e.roles and _facts._plausible(e)]
    # namesakes long gone by the story's date (a congressman born in 1790) do not count
    year = (doc.reference_date or dt.date.today()).year
    return [e for e in found if e.of_our_time(year)] or found


_HIGH_OFFICE = lazy_compile(
    r"\b(?:president|prime minister|chancellor|premier|secretary|attorney general|minister)\b",
    regex.IGNORECASE,
)


_LEADER = lazy_compile(r"^head\s+of\s+state\s+or\s+government$", regex.IGNORECASE)


def _unjudged(person: Any, title: str, by: dt.date | None) -> bool:
    """Tell whether the record cannot judge this title for this person.

    Leader lists name a country's effective leader without the title ("Head of state
    or government" from 2023 for New Zealand's prime minister), so any head's title
    may be theirs. And a bare "President" heads banks, commissions and companies as
    well as countries: for someone the record never has as a country's leader
    (Christine Lagarde, a French minister before she led the ECB) it is left alone.
    """
    if _facts.is_head_title(title) and any(
        _LEADER.match(r.office) and r.start is not None and (by is None or r.start <= by)
        for r in person.roles
    ):
        return True
    return title.casefold() == "president" and not _facts.executive_roles(person)


#: Titles every US state has too: "Attorney General Jim Mattox" of Texas.
_STATE_TITLE = lazy_compile(
    r"^(?:attorney\s+general|secretary\s+of\s+state|treasurer|comptroller|governor"
    r"|lieutenant\s+governor)$",
    regex.IGNORECASE,
)
_FEDERAL = lazy_compile(r"(?:\bU\.\s?S\.|\bUS|\bUnited\s+States|\bfederal|\bAmerican)\s*$")


def _state_office(doc: Document, t: Any, people: list[Any]) -> bool:
    """Tell whether the title may be a US state's office held by a person from a state.

    A former congressman from Texas can be Texas's attorney general, which the
    registry's federal offices do not show; "U.S. Attorney General" is judged.
    """
    if not _STATE_TITLE.match(t.title) or _FEDERAL.search(
        doc.prose[max(0, t.start - 20) : t.start]
    ):
        return False
    return any(
        r.jurisdiction != "United States"
        and r.jurisdiction
        or regex.search(r"\bfrom\s+[A-Z]{2}$", r.office)
        for p in people
        for r in p.roles
    )


def _where_held(reg: Any, offices: frozenset[str], places: set[str]) -> set[str]:
    """Keep the places where the title's office exists, when any does.

    A president's career holds a state senate seat too ("Illinois" beside "United
    States"); only the country with a vice president is where the title is judged.
    """
    kept = {p for p in places if any(reg.holders(office, p) for office in offices)}
    return kept or places


def _holders(reg: Any, offices: frozenset[str], place: str, date: dt.date) -> list[Any]:
    """Return the people the registry has in one of the offices, in one country, on a day."""
    out = []
    for office in sorted(offices):
        for person in reg.holders(office, place):
            for role in person.roles:
                if _office_key(role.office) == office and role.jurisdiction == place:
                    if role.start is not None and role.covers(date):
                        out.append((person, role))
    return out


def _framed_as_past(
    doc: Document, m: Any, left: dt.date, others: tuple[tuple[int, int], ...] = ()
) -> bool:
    """Tell whether the sentence places the title in the past, in words or by a date.

    ``others`` are spans of other people's qualified titles, whose "former" is theirs:
    "Sunak, the prime minister, met Stoltenberg, NATO's former secretary general".
    """
    sentence = doc.sentence_at(m.start)
    if sentence is None:
        return True
    text = doc.prose[sentence.start : sentence.end]
    for a, b in others:
        if sentence.start <= a and b <= sentence.end:
            a, b = a - sentence.start, b - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    if _HISTORICAL_CONTEXT.search(text):
        return True
    return any(
        d.earliest is None or d.earliest < left for d in dates_in(doc, sentence.start, sentence.end)
    )


def _roles(person: Any, title: str) -> list[Any]:
    """Return the roles that carry the title: "President", "President of Brazil"."""
    # "Secretary-General" is the "Secretary General of NATO" of the record.
    words = r"[\s\-]+".join(regex.escape(w) for w in regex.split(r"[\s\-]+", title))
    want = regex.compile(rf"^(?:the\s+)?{words}(?:\s+of\b|$)", regex.IGNORECASE)
    return [r for r in person.roles if r.start is not None and want.match(r.office)]


def _recently_left(person: Any, held: list[Any], date: dt.date, years: int) -> bool:
    """Tell whether every term in the office ended before the date, and not long before."""
    # NOTE: a story dated the day of the handover, or the day after, is still written
    # about the outgoing holder's last day ("Chancellor Jeremy Hunt" on election night).
    if not held or any(r.end is None or r.end + dt.timedelta(days=1) >= date for r in held):
        return False
    if person.died is not None and person.died <= date:
        return False
    last = max(r.end for r in held)
    return (date - last).days <= 365.25 * years


def _hit(doc: Document, m: Any, person: Any, held: list[Any], date: dt.date) -> Hit:
    last = max(held, key=lambda t: t.end)
    where = f"registry: {person.source}" if person.source else "registry"
    message = (
        f"{m.name or person.name} was {last.office} until {last.end} ({where}), "
        f"but this story is dated {date}"
    )
    # NOTE: "former" goes before the body that names the office: "former NATO
    # Secretary General Jens Stoltenberg", not "NATO former Secretary General".
    body = _BODY_BEFORE.search(doc.prose, max(0, m.start - 12), m.start)
    start = body.start() if body else m.start
    former = "Former" if _opens_sentence(doc, start) else "former"
    return Hit(start, m.end, message, (f"{former} {doc.text[start : m.end]}",))


_BODY_BEFORE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}{2,6}|U\.N\.)\s+$")


def _opens_sentence(doc: Document, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    return sentence is not None and not doc.prose[sentence.start : offset].strip(" \"“‘'(")
