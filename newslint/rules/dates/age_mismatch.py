"""NL304: an age that disagrees with the person's birth date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newslint.claims.ages import AgeMention, extract_ages, extract_births
from newslint.claims.dates import lead_year
from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.lazyre import lazy_compile
from newslint.rule import Context, Rule


class AgeMismatch(Rule):
    """An age that the person's birth date, in the story or the registry, rules out.

    "Takaichi, 58," in a story dated 2025 is wrong when she was born in 1961. The
    rule ties each stated age ("Name, 58,", "Name (58)", "Name, aged 58", "the
    58-year-old Name", "Name becomes at 23") to its name, finds that person's birth
    date in the same phrase ("The 64-year-old, born in Osnabrück in June 1958,"), in
    the story ("born on March 7, 1961", "Born in Nara in 1961, Takaichi ...") or,
    failing that, in the name registry (a full name, or a title and surname the
    registry gives to one office holder at the dateline: "President Reagan" in 1987),
    and reports an age the person could not have had in the two months up to the
    dateline. A birth year alone allows the ages either side of the birthday. An age
    reached on a given day ("Merz, who turns 69 on Monday", "who turned 77 on
    Thursday", "celebrated his 25th birthday on Wednesday") is checked against the
    birthday in that week. A story without a dateline is dated by such a birthday when
    the calendar confirms it (the person's 77th birthday fell on a Thursday), and its
    other ages are checked against that date. Failing that, a lead that names its
    event's year and weekday ("won on Sunday ... the 2024 Australian Open", in a story
    naming no later year) dates the story to that year, and only an age the person
    could have at no time in it is reported ("Bolsonaro, 69," born in 1955, in a
    story of the 2022 election). Without any of these, when a name matches more
    than one person, or when the birth belongs to someone else in the sentence ("whose
    daughter was born in 2001"), it says nothing.
    """

    code = "NL304"
    name = "dates.age-mismatch"
    family = "dates"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "An age that disagrees with a birth date given in the story or the registry"
    bad = (
        "---\ndate: 2025-11-04\n---\n\nSanae Takaichi was born on March 7, 1961.\n\n"
        "Takaichi, 58, spoke in Tokyo.\n"
    )
    good = (
        "---\ndate: 2025-11-04\n---\n\nSanae Takaichi was born on March 7, 1961.\n\n"
        "Takaichi, 64, spoke in Tokyo.\n"
    )
    options = {"window-days": 60}

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report stated ages outside what the birth date allows."""
        if not extract_ages(doc):
            return
        ref = ctx.reference_date
        window = dt.timedelta(days=int(ctx.options.get("window-days", 60)))
        story = _story_births(doc)
        births = [(a, _birth(doc, ctx, story, a, ref)) for a in extract_ages(doc)]
        year = None
        if ref is not None:
            span, source = (ref - window, ref), "the dateline"
        else:
            # NOTE: an undated story still dates itself when it says someone "turned 77
            # on Thursday" and that person's birthday falls on a Thursday that year.
            found = _dated_by_birthday(births)
            year = lead_year(doc) if found is None else None
            if found is not None:
                (first, last), told = found
                span = (first - window, last)
                source = f"the story's date ({first} to {last}: {told})"
            elif year is not None:
                # NOTE: the lead's event fell in that year and the story is at most a
                # week later, so late December may already be the next January.
                span = (dt.date(year, 1, 1), dt.date(year, 12, 31) + dt.timedelta(days=7))
                source = f"the story's date ({year}, the year of the event its lead reports)"
            else:
                return
        for a, born in births:
            if born is None:
                continue
            if a.on is not None:
                if ref is not None:
                    yield from _check_birthday(a, born, ref)
                continue
            lo, hi = _age(born[1], span[0]), _age(born[0], span[1])
            if lo <= a.age <= hi:
                continue
            # a whole year of story dates allows both ages around the birthday
            right = hi if born[0] == born[1] and (year is None or lo == hi) else None
            expected = str(right) if right is not None else _between(lo, hi)
            yield Hit(
                a.start,
                a.end,
                f"{born[3]} was born {born[2]}, so was {expected} at {source}, not {a.age}",
                (str(right),) if right is not None else (),
            )


def _birth(
    doc: Document, ctx: Context, story: dict[str, Birth], a: AgeMention, ref: dt.date | None
) -> Birth | None:
    born = _beside(a)
    if born is None and a.name:
        born = story.get(_surname(a.name)) or _registry_birth(doc, ctx, a.name, ref)
    return born


#: The days a weekday of a birthday may stand for, by the tense of its verb.
_TURNING_DAYS = {"past": range(-6, 1), "future": range(0, 7), "either": range(-6, 7)}


def _birthday(born: dt.date, age: int) -> dt.date:
    """Return the day someone born on ``born`` turns ``age`` (March 1 for February 29)."""
    try:
        return born.replace(year=born.year + age)
    except ValueError:
        return dt.date(born.year + age, 3, 1)


def _dated_by_birthday(
    births: list[tuple[AgeMention, Birth | None]],
) -> tuple[tuple[dt.date, dt.date], str] | None:
    """Date an undated story by a birthday the calendar confirms: "Lula, who turned 77 on Thursday".

    Only an exact birth date whose birthday falls on the weekday (or the day) the story
    gives counts; several such birthdays must agree, or the story is left undated.
    """
    first, last, told = dt.date.min, dt.date.max, ""
    for a, born in births:
        if a.on is None or born is None or born[0] != born[1]:
            continue
        day, on = _birthday(born[0], a.age), a.on
        if on.weekday is None and on.day is None:
            continue
        if on.weekday is not None and day.weekday() != on.weekday:
            continue
        if on.day is not None and (on.month, on.day) != (day.month, day.day):
            continue
        # "turned 77 on Thursday": the story is that Thursday or at most six days later
        offsets = _TURNING_DAYS[a.turning or "either"]
        first = max(first, day - dt.timedelta(days=offsets[-1]))
        last = min(last, day - dt.timedelta(days=offsets[0]))
        told = told or f"{born[3]} turned {a.age} on {on.text}"
    if not told or first > last:
        return None
    return (first, last), told


def _check_birthday(a: AgeMention, born: Birth, ref: dt.date) -> Iterator[Hit]:
    """Report "turns 69 on Monday" when the birthday that week is another one."""
    if a.on is None:
        return
    if a.on.day is not None and a.on.earliest is not None:
        days = [a.on.earliest]
    elif a.on.weekday is not None:
        offsets = _TURNING_DAYS[a.turning or "either"]
        days = [ref + dt.timedelta(days=k) for k in offsets]
        days = [d for d in days if d.weekday() == a.on.weekday]
    else:
        return
    # ages whose birthday may fall on one of those days
    reached = {d.year - born[0].year for d in days if _may_be_birthday(born, d)}
    if not reached or a.age in reached:
        return
    right = min(reached, key=lambda k: abs(k - a.age))
    verb = "turned" if a.turning == "past" else "turns"
    yield Hit(
        a.start,
        a.end,
        f"{born[3]} was born {born[2]}, so {verb} {right} on {a.on.text}, not {a.age}",
        (str(right),),
    )


def _may_be_birthday(born: Birth, day: dt.date) -> bool:
    """Tell whether a day may be a birthday of someone born between the two dates."""
    lo, hi = born[0], born[1]
    if lo.year != hi.year:
        return False
    if lo == hi and (lo.month, lo.day) == (2, 29):
        return (day.month, day.day) in ((2, 29), (3, 1))
    return (lo.month, lo.day) <= (day.month, day.day) <= (hi.month, hi.day)


#: Earliest and latest possible birth date, how the source gives it, and whose it is.
Birth = tuple[dt.date, dt.date, str, str]


def _between(lo: int, hi: int) -> str:
    if hi == lo:
        return str(lo)
    return f"{lo} or {hi}" if hi == lo + 1 else f"between {lo} and {hi}"


def _beside(a: AgeMention) -> Birth | None:
    """Return the birth date stated in the age's own phrase ("The 64-year-old, born in 1958,")."""
    d = a.born
    if d is None or d.earliest is None or d.latest is None:
        return None
    on = "on" if d.day else "in"
    return d.earliest, d.latest, f"{on} {d.text} (same sentence)", a.name or "the person"


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _story_births(doc: Document) -> dict[str, Birth]:
    """Birth dates given in the story, by surname; a surname born twice is ambiguous."""
    out: dict[str, Birth | None] = {}
    for b in extract_births(doc):
        key = _surname(b.name)
        on = "on" if b.date.day else "in"
        entry = (b.date.earliest, b.date.latest, f"{on} {b.date.text}", b.name)
        out[key] = entry if key not in out or out[key] == entry else None
    return {k: v for k, v in out.items() if v is not None}


def _registry_birth(doc: Document, ctx: Context, name: str, ref: dt.date | None) -> Birth | None:
    try:
        registry = ctx.registry
    except ImportError:  # a build without the name registry
        return None
    if registry is None:
        return None
    for candidate in _lookup_names(doc, name):
        people = [p for p in registry.lookup(candidate) if getattr(p, "born", None)]
        if not people and ref is not None:
            people = _office_holders(registry, candidate, ref)
        if len(people) == 1 and _alive(people[0], ref):
            lo, hi, when = _registry_interval(people[0].born)
            source = getattr(people[0], "source", "")
            return lo, hi, f"{when} (registry{': ' + source if source else ''})", people[0].name
        if people:
            return None
    return None


def _office_holders(registry: object, titled: str, ref: dt.date) -> list[object]:
    """People a title and surname name at the dateline: "President Reagan" in 1987."""
    words = titled.split()
    if len(words) < 2:
        return []
    title = " ".join(words[:-1]).lower()
    return [
        p
        for p in registry.by_surname(words[-1])
        if getattr(p, "born", None)
        and any(r.office.lower() == title and r.covers(ref) for r in p.roles)
    ]


def _alive(person: object, ref: dt.date | None) -> bool:
    """Whether the person was alive at the dateline: a 1987 story's Reagan is 76.

    Without a dateline, only someone the registry knows no death of counts.
    """
    died = getattr(person, "died", None)
    return died is None or (ref is not None and died > ref)


def _registry_interval(born: dt.date) -> tuple[dt.date, dt.date, str]:
    """Widen a registry birth date to the precision it was probably recorded with.

    NOTE: the registry stores a birth year as January 1 and a birth month as its
    first day, so those are read as the whole year or month rather than as exact.
    """
    if (born.month, born.day) == (1, 1):
        return dt.date(born.year, 1, 1), dt.date(born.year, 12, 31), f"in {born.year}"
    if born.day == 1:
        last = (born.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return born, last, f"in {born:%B} {born.year}"
    return born, born, f"on {born:%B} {born.day}, {born.year}"


_POSSESSIVE = lazy_compile(r"['’]s?$")


def _owner(candidate: str) -> list[str]:
    """Return the words of a name candidate up to a possessive: "Anthony Albanese's Labor"."""
    words = candidate.split()
    for i, w in enumerate(words):
        if _POSSESSIVE.search(w):
            return words[:i] + [_POSSESSIVE.sub("", w)]
    return words


def _lookup_names(doc: Document, name: str) -> list[str]:
    """List names to look up, longest first: "El Fassi" stands for an earlier "Abbas El Fassi"."""
    words = name.split()
    fuller = [
        n
        for n in (_owner(c.text) for c in doc.name_candidates)
        if len(n) > len(words) and n[-len(words) :] == words
    ]
    if fuller:
        words = fuller[0]
    return [" ".join(words[i:]) for i in range(max(0, len(words) - 4), max(1, len(words) - 1))]
