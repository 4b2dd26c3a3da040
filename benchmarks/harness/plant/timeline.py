"""Date errors planted into real copy: days that do not exist, weekdays that do not fit,
tenses that disagree with the dateline, ages that disagree with a birth date.

A date is only as certain as its year. Reuters stories carry a dateline, so a bare
"March 2" there is taken to be the 1987 one only when that reading is the near one (close
to the dateline, and, for tense, in the dateline's own year); BBC and the US 2016 set have
no dateline, so a date-dependent error is planted there only where the date itself writes
its year ("3 January 2005"). An error that holds in every year (a "June 31") needs none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from harness import facts as facts_module
from harness.plant.base import Site
from harness.stories import Story

# --------------------------------------------------------------------------- calendar

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
ABBREVIATIONS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FULL = "|".join(MONTHS)
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_WD = "|".join(WEEKDAYS)
_YEAR = r"(?P<year>,? (?P<y>1[6-9]\d\d|20\d\d)(?![\d,.]\d|\d))"

# "March 2", "Sept. 30, 1987", "Feb 28": the day may not run on into a number, an ordinal
# suffix or a decimal ("June 30.5", "April 3rd").
_US = re.compile(
    rf"\b(?P<mon>{_FULL}|{_ABBR})(?P<dot>\.?) (?P<day>\d{{1,2}})(?![\w]|[.,]\d){_YEAR}?"
)
# "30 September", "3 January 2005": the day may not be the tail of another figure.
_UK = re.compile(rf"(?<![\w.,:/$£€-])(?P<day>\d{{1,2}}) (?P<mon>{_FULL})\b{_YEAR}?")


@dataclass(frozen=True)
class DateMention:
    """One day-month date in a text, with the span of its day and its written year if any."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    day_start: int
    day_end: int
    order: str  # "us" (March 2) or "uk" (2 March)
    abbreviated: bool
    text: str

    @property
    def valid(self) -> bool:
        return 1 <= self.day <= _month_length(self.month, self.year)

    def day_month(self) -> str:
        """The date as written without its year, for matching two mentions of one date."""
        return self.text.split(",")[0] if self.year else self.text


def _month_length(month: int, year: int | None) -> int:
    return calendar.monthrange(year if year else 2000, month)[1]


def find_dates(text: str) -> list[DateMention]:
    """Every day-month date, in either order, left to right."""
    found: list[DateMention] = []
    for pattern, order in ((_US, "us"), (_UK, "uk")):
        for m in pattern.finditer(text):
            mon = m.group("mon")
            month = MONTHS.get(mon) or ABBREVIATIONS[mon]
            year = int(m.group("y")) if m.group("y") else None
            found.append(
                DateMention(
                    m.start(),
                    m.end(),
                    month,
                    int(m.group("day")),
                    year,
                    m.start("day"),
                    m.end("day"),
                    order,
                    mon in ABBREVIATIONS or bool(m.groupdict().get("dot")),
                    m.group(0),
                )
            )
    found.sort(key=lambda d: d.start)
    # "March 2 2 March" cannot happen in prose; where the orders overlap keep the first.
    kept: list[DateMention] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def tabular(line: str) -> bool:
    """A line of a table or listing, where a date is a column entry and not prose."""
    if "\t" in line or "|" in line or len(re.findall(r"\S {3,}\S", line)) >= 1:
        return True
    words = line.split()
    numbers = [w for w in words if re.fullmatch(r"[-+(]?[\d.,/%]+\)?[,;]?", w)]
    return len(words) < 4 or len(numbers) * 3 > len(words)


def in_range(text: str, d: DateMention) -> bool:
    """Whether the date is one end of a span of days ("June 29-30", "28 to 30 April")."""
    after = text[d.day_end : d.day_end + 16]
    before = text[max(0, d.start - 16) : d.start]
    if d.order == "us" and re.match(r"\s*(?:-|–|/|(?:to|and|through|or|&)\s+\d)", after):
        return True
    if d.order == "uk" and re.search(r"\d\s*(?:-|–|/|to|and|through|or|&)\s*$", before):
        return True
    if re.search(r"\d\s*(?:-|–|/)\s*$", before) or re.match(r"\s*(?:-|–)\s*\w", after):
        return True
    return bool(
        re.match(
            rf"\s*(?:-|–|to|through|until|till)\s+(?:{_FULL}|{_ABBR})\b", text[d.end : d.end + 20]
        )
    )


_UNIT_AFTER = re.compile(
    r"\s*(?:pct|percent|per cent|%|mln|million|billion|bln|dlrs|dollars|stg|yen|tonnes|tons|"
    r"bags|points|cents|cts|lbs|bushels|shares|years|days|weeks|months|hours|minutes|kg|km|"
    r"feet|miles|degrees)\b"
)


def prose_date(text: str, d: DateMention) -> bool:
    """A date in running prose, not in a table, a range, or a run of figures."""
    lo, hi = line_bounds(text, d.start)
    if tabular(text[lo:hi]) or in_range(text, d):
        return False
    return not _UNIT_AFTER.match(text[d.end : d.end + 14])


def near_year(story: Story, d: DateMention, max_days: int) -> dt.date | None:
    """The date a yearless mention means in a dated story, if the nearest reading is close.

    A "December 19" in a March story is last December; one 200 days off either way is not
    certain enough to plant against, so it is left alone.
    """
    if d.year is not None:
        try:
            return dt.date(d.year, d.month, d.day)
        except ValueError:
            return None
    if story.date is None:
        return None
    best: dt.date | None = None
    for year in (story.date.year - 1, story.date.year, story.date.year + 1):
        try:
            day = dt.date(year, d.month, d.day)
        except ValueError:
            continue
        if best is None or abs((day - story.date).days) < abs((best - story.date).days):
            best = day
    if best is None or abs((best - story.date).days) > max_days:
        return None
    return best


def _rng(story: Story, offset: int) -> random.Random:
    return random.Random(f"{story.id}:{offset}")


# --------------------------------------------------------------------------- dates.invalid


@dataclass(frozen=True)
class InvalidDate:
    """A day the month does not have: April, June, September and November get a 31st,
    February a 30th (a 29th where the date writes a year that is not a leap year).

    Any day of those months can become the impossible one, so every date in running prose
    is a site; dates in tables, ranges ("June 29-30") and runs of figures are skipped.
    """

    phenomenon: str = "dates.invalid"
    family: str = "dates"

    def sites(self, story: Story) -> Iterator[Site]:
        for d in find_dates(story.text):
            if d.month not in (2, 4, 6, 9, 11) or not d.valid or not prose_date(story.text, d):
                continue
            position = (
                "uk-order" if d.order == "uk" else "abbreviated" if d.abbreviated else ("us-order")
            )
            if d.month == 2:
                if d.year is not None and not calendar.isleap(d.year) and d.day != 29:
                    yield Site(
                        d.day_start,
                        d.day_end,
                        "29",
                        position,
                        f"{d.year} is not a leap year: February has 28 days",
                    )
                elif d.day != 30:
                    yield Site(d.day_start, d.day_end, "30", position, "February never has 30 days")
            elif d.day != 31:
                month = calendar.month_name[d.month]
                yield Site(d.day_start, d.day_end, "31", position, f"{month} has 30 days")


# --------------------------------------------------------------------------- dates.weekday


def _weekday_after(text: str, d: DateMention) -> re.Match | None:
    return re.match(
        rf",? (?:which (?:was|is|will be) )?an? (?P<wd>{_WD})\b(?!')", text[d.end : d.end + 30]
    )


def _weekday_before(text: str, d: DateMention) -> re.Match | None:
    window = text[max(0, d.start - 20) : d.start]
    return re.search(rf"\b(?P<wd>{_WD})(?P<sep>,? (?:the )?|\s?\()$", window)


@dataclass(frozen=True)
class WrongWeekday:
    """A weekday that does not fall on the date it is written with.

    The year must be certain: written in the date, or a dated story's own year where the
    written weekday already fits that reading and no other nearby one. The planted weekday
    is one that fits the date in none of the years around the dateline, so no reading of a
    yearless date can rescue it. Where a dated story writes a near date without a weekday
    ("on March 2"), one is inserted ("on Tuesday, March 2"): position "inserted".
    """

    phenomenon: str = "dates.weekday"
    family: str = "dates"
    insert_within_days: int = 60

    def sites(self, story: Story) -> Iterator[Site]:
        text = story.text
        for d in find_dates(text):
            if not d.valid:
                continue
            lo, hi = line_bounds(text, d.start)
            if in_range(text, d) or text[lo:hi].startswith("#"):
                continue
            before, after = _weekday_before(text, d), _weekday_after(text, d)
            if before and before.group("sep").endswith("(") and not text.startswith(")", d.end):
                before = None
            written = before or after
            if written:
                site = self._changed(story, d, written, before is not None)
            else:
                site = self._inserted(story, d)
            if site is not None:
                yield site

    def _years(self, story: Story, d: DateMention) -> list[int]:
        if d.year is not None:
            return [d.year]
        if story.date is None:
            return []
        y = story.date.year
        return [y - 2, y - 1, y, y + 1, y + 2]

    def _forbidden(self, d: DateMention, years: list[int]) -> set[int]:
        out = set()
        for year in years:
            try:
                out.add(dt.date(year, d.month, d.day).weekday())
            except ValueError:
                continue
        return out

    def _changed(
        self, story: Story, d: DateMention, written: re.Match, before: bool
    ) -> Site | None:
        years = self._years(story, d)
        if not years:
            return None
        wd = WEEKDAYS.index(written.group("wd"))
        if d.year is None:
            actual = near_year(story, d, 300)
            if actual is None or actual.weekday() != wd:
                return None
            # The weekday fits the near reading; it must not also fit a year either side.
            fits = [y for y in years if self._forbidden(d, [y]) == {wd}]
            if len(fits) != 1:
                return None
        elif dt.date(d.year, d.month, d.day).weekday() != wd:
            return None
        choices = sorted(set(range(7)) - self._forbidden(d, years))
        if not choices:
            return None
        new = WEEKDAYS[_rng(story, d.start).choice(choices)]
        offset = max(0, d.start - 20) if before else d.end
        start, end = offset + written.start("wd"), offset + written.end("wd")
        shape = (
            "parenthetical"
            if before and written.group("sep").endswith("(")
            else "before-date"
            if before
            else "after-date"
        )
        return Site(start, end, new, shape, f"{d.text.split(',')[0]} is not a {new}")

    def _inserted(self, story: Story, d: DateMention) -> Site | None:
        text = story.text
        if not re.search(r"\bon $", text[max(0, d.start - 3) : d.start]):
            return None
        if not prose_date(text, d):
            return None
        if d.year is None:
            if near_year(story, d, self.insert_within_days) is None:
                return None
        years = self._years(story, d)
        if not years:
            return None
        choices = sorted(set(range(7)) - self._forbidden(d, years))
        if not choices:
            return None
        new = WEEKDAYS[_rng(story, d.start).choice(choices)]
        sep = ", " if d.order == "us" else " "
        return Site(
            d.start, d.start, new + sep, "inserted", f"{d.text.split(',')[0]} is not a {new}"
        )


# --------------------------------------------------------------------------- dates.tense

#: Past forms and their base forms, for verbs whose forms are certain.
IRREGULAR = {
    "said": "say",
    "met": "meet",
    "began": "begin",
    "took": "take",
    "rose": "rise",
    "fell": "fall",
    "spoke": "speak",
    "wrote": "write",
    "came": "come",
    "went": "go",
    "gave": "give",
    "told": "tell",
    "held": "hold",
    "won": "win",
    "left": "leave",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "made": "make",
    "sent": "send",
    "chose": "choose",
    "flew": "fly",
    "became": "become",
    "led": "lead",
    "broke": "break",
    "drew": "draw",
    "grew": "grow",
    "sought": "seek",
}
REGULAR = {
    "agreed": "agree",
    "announced": "announce",
    "signed": "sign",
    "reported": "report",
    "filed": "file",
    "approved": "approve",
    "rejected": "reject",
    "arrived": "arrive",
    "returned": "return",
    "visited": "visit",
    "testified": "testify",
    "launched": "launch",
    "released": "release",
    "issued": "issue",
    "unveiled": "unveil",
    "published": "publish",
    "completed": "complete",
    "expired": "expire",
    "raised": "raise",
    "reached": "reach",
    "adopted": "adopt",
    "introduced": "introduce",
    "suspended": "suspend",
    "elected": "elect",
    "named": "name",
    "appointed": "appoint",
    "decided": "decide",
    "proposed": "propose",
    "submitted": "submit",
    "received": "receive",
    "passed": "pass",
    "confirmed": "confirm",
    "declared": "declare",
    "resigned": "resign",
    "died": "die",
    "voted": "vote",
    "resumed": "resume",
    "retired": "retire",
    "halted": "halt",
    "ruled": "rule",
    "postponed": "postpone",
    "delayed": "delay",
    "lowered": "lower",
    "devalued": "devalue",
    "intervened": "intervene",
    "convened": "convene",
    "auctioned": "auction",
    "tendered": "tender",
    "asked": "ask",
    "offered": "offer",
    "urged": "urge",
    "warned": "warn",
    "started": "start",
    "ended": "end",
    "lapsed": "lapse",
    "opened": "open",
    "closed": "close",
    "occurred": "occur",
    "collapsed": "collapse",
    "reopened": "reopen",
    "arrested": "arrest",
    "imposed": "impose",
    "enacted": "enact",
    "commenced": "commence",
    "inaugurated": "inaugurate",
}
PAST = {**IRREGULAR, **REGULAR}
BASE = {base: past for past, base in PAST.items()}

#: Past forms that cannot be a participle after a noun: either the participle is another
#: word ("began"/"begun"), or the verb takes no object ("resigned"), so "the X <verb> on"
#: is always a finite, dated event.
FINITE = {
    "said",
    "met",
    "began",
    "took",
    "rose",
    "fell",
    "spoke",
    "wrote",
    "came",
    "went",
    "gave",
    "chose",
    "flew",
    "became",
    "broke",
    "drew",
    "grew",
    "arrived",
    "returned",
    "testified",
    "expired",
    "resigned",
    "died",
    "voted",
    "intervened",
    "agreed",
    "occurred",
    "collapsed",
    "lapsed",
}
#: Verbs that report speech: the date after them may belong to what was said.
REPORTING = {
    "said",
    "told",
    "announced",
    "reported",
    "warned",
    "declared",
    "confirmed",
    "agreed",
    "decided",
    "asked",
    "urged",
    "proposed",
}
#: Participles after "will be" whose past-perfect passive reads right ("had been held").
PARTICIPLES = {
    p
    for p in REGULAR
    if p not in ("died", "resigned", "arrived", "voted", "retired", "intervened", "testified")
} | {
    "held",
    "made",
    "paid",
    "sold",
    "bought",
    "sent",
    "told",
    "won",
    "taken",
    "given",
    "begun",
    "chosen",
    "written",
    "opened",
    "closed",
    "signed",
    "set",
    "put",
    "cut",
    "implemented",
    "reconvened",
    "introduced",
    "completed",
    "imposed",
    "allocated",
    "terminated",
    "relaunched",
    "reviewed",
    "discussed",
    "considered",
    "presented",
}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "you"}
_SUBJECT_NOUNS = set(
    "company spokesman spokeswoman spokesperson government officials official ministers "
    "minister bank banks department board court committee agency group union sources "
    "president chairman firm ministry commission council parliament congress senate "
    "house administration police army lawyers directors shareholders".split()
)
#: Words before a past form that make it a participle or not a simple past at all.
_NOT_SUBJECT = set(
    "was were is are be been being has have had will would to not also last first then "
    "and or but that which never already previously originally formally officially "
    "jointly finally just since when after before as if once".split()
)
_OBJECT_NOUNS = set(
    "accord agreement treaty act bill plan pact report program programme deal offer law "
    "resolution declaration communique statement budget contract measure proposal".split()
)
_AFTER_DATE = re.compile(
    r"(?:$|[,.;:)\"'’”]|\s+(?:and|to|in|at|for|with|after|before|when|as|but|or|if|the|a|an|"
    r"from|by|of|on|under|until|that|it|he|she|they|this|his|her|its|their|because|"
    r"while|amid|despite|following|into|over|against|among|near|outside|inside|without|"
    r"within|during|through|except|so|saying|and|ahead)\b)"
)


def _subject_ok(text: str, verb_start: int, past: str) -> bool:
    """Whether the word before a past form makes it the clause's finite verb."""
    m = re.search(r"([A-Za-z][\w'.-]*)\s+$", text[max(0, verb_start - 40) : verb_start])
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in _NOT_SUBJECT or low.endswith("ly") or low in _OBJECT_NOUNS:
        return False
    if past in FINITE:
        return True
    if low in _PRONOUNS or low in _SUBJECT_NOUNS:
        return True
    return (
        word[0].isupper()
        and low not in ("the", "a", "an")
        and word.rstrip(".") not in (tuple(MONTHS) + tuple(ABBREVIATIONS) + WEEKDAYS)
    )


@dataclass(frozen=True)
class WrongTense:
    """A dated event told in the wrong tense for the dateline.

    "Said on March 2" in a March 5 story becomes "will say on March 2"; "will meet on
    March 20" becomes "met on March 20". Only dated stories, only an explicit day-month
    right after the verb, only the near reading of a yearless date in the dateline's own
    year, and only where the original tense already agrees with that reading (which is what
    proves the reading). Same-day events are left alone: "will say" later today is fine.
    "Would" is never touched: "said it would meet on March 20" is reported future.
    """

    phenomenon: str = "dates.tense"
    family: str = "dates"
    within_days: int = 120

    def _when(self, story: Story, d: DateMention) -> dt.date | None:
        when = near_year(story, d, self.within_days if d.year is None else 100000)
        if when is None or story.date is None:
            return None
        if d.year is None and when.year != story.date.year:
            return None
        return when

    def sites(self, story: Story) -> Iterator[Site]:
        if story.date is None:
            return
        text = story.text
        for d in find_dates(text):
            if not d.valid or not prose_date(text, d):
                continue
            if not _AFTER_DATE.match(text[d.end : d.end + 12]):
                continue
            when = self._when(story, d)
            if when is None or when == story.date:
                continue
            head_at = max(0, d.start - 40)
            head, tail = text[head_at : d.start], text[d.end : d.end + 12]
            if when < story.date:
                m = re.search(r"\b([a-z]+) (on )?$", head)
                if not m or m.group(1) not in PAST:
                    continue
                verb = m.group(1)
                if not m.group(2) and verb not in FINITE - REPORTING:
                    continue
                # "said on March 2 the index stood at": the date may open the reported clause.
                if verb in REPORTING and not re.match(r"(?:\s+(?:that|to)\b|[.;]|$)", tail):
                    continue
                start = head_at + m.start(1)
                if not _subject_ok(text, start, verb):
                    continue
                yield Site(
                    start,
                    start + len(verb),
                    f"will {PAST[verb]}",
                    "past-to-future",
                    f"{d.day_month()} is before the dateline",
                )
                continue
            m = re.search(r"\b(will ([a-z]+))(?: on)? $", head)
            if m and m.group(2) in BASE:
                start = head_at + m.start(1)
                yield Site(
                    start,
                    start + len(m.group(1)),
                    BASE[m.group(2)],
                    "future-to-past",
                    f"{d.day_month()} is after the dateline",
                )
                continue
            # "will be held on March 20" -> "had been held": right for any subject's number.
            m = re.search(r"\b(will be) ([a-z]+)(?: on)? $", head)
            if m and m.group(2) in PARTICIPLES:
                start = head_at + m.start(1)
                yield Site(
                    start,
                    head_at + m.end(1),
                    "had been",
                    "future-to-past",
                    f"{d.day_month()} is after the dateline",
                )


# --------------------------------------------------------------------------- dates.age

#: Given names a story may write for a record's given name, both ways round.
NICKNAMES = {
    "Bob": "Robert",
    "Rob": "Robert",
    "Bill": "William",
    "Will": "William",
    "Jim": "James",
    "Jimmy": "James",
    "Ted": "Edward",
    "Ed": "Edward",
    "Eddie": "Edward",
    "Dick": "Richard",
    "Rick": "Richard",
    "Tom": "Thomas",
    "Mike": "Michael",
    "Dan": "Daniel",
    "Don": "Donald",
    "Joe": "Joseph",
    "Chuck": "Charles",
    "Charlie": "Charles",
    "Pat": "Patrick",
    "Pete": "Peter",
    "Sam": "Samuel",
    "Tony": "Anthony",
    "Ron": "Ronald",
    "Mac": "Malcolm",
    "Larry": "Lawrence",
    "Jack": "John",
    "Johnny": "John",
    "Fred": "Frederick",
    "Ken": "Kenneth",
    "Steve": "Stephen",
    "Dave": "David",
    "Andy": "Andrew",
    "Al": "Albert",
    "Newt": "Newton",
    "Liz": "Elizabeth",
    "Beth": "Elizabeth",
    "Kathy": "Katherine",
    "Chris": "Christopher",
    "Nick": "Nicholas",
    "Greg": "Gregory",
    "Jerry": "Gerald",
    "Ben": "Benjamin",
    "Matt": "Matthew",
    "Tim": "Timothy",
    "Jeff": "Jeffrey",
    "Walt": "Walter",
    "Herb": "Herbert",
    "Hank": "Henry",
    "Harry": "Henry",
}


def given_matches(written: str, recorded: str) -> bool:
    """Whether a story's given name can be the record's (same name, or a known nickname)."""
    written, recorded = written.strip("."), recorded.strip(".")
    if not written or not recorded:
        return False
    if written == recorded:
        return True
    return NICKNAMES.get(written, written) == NICKNAMES.get(recorded, recorded)


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _possible_ages(person: facts_module.Person, day: dt.date) -> set[int]:
    """The ages a birth record allows on a day: one, or two where it gives only the year."""
    assert person.born is not None
    if person.born_year_only:
        years = day.year - person.born.year
        return {years - 1, years}
    return {age_on(person.born, day)}


def _born(person: facts_module.Person) -> str:
    assert person.born is not None
    return f"in {person.born.year}" if person.born_year_only else person.born.isoformat()


#: Forms of address before a name ("Mr Blunkett, 57,"): no part of the name.
_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"}
#: Titles under which the leader datasets' "Leader" of a country is written.
_LEADER_TITLES = {"President", "Prime Minister", "Chancellor", "Premier"}

_AGE_AFTER = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+ (?:[A-Z]\. )?)?[A-Z][a-z]+), (?:aged |age )?(?P<age>\d{2}),"
)
_AGE_BEFORE = re.compile(
    r"\b(?P<age>\d{2})-year-old (?:[A-Za-z.]+ ){0,3}?(?P<name>(?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b"
)


#: Titles that name the office a person held at the dateline ("President Reagan").
_AGE_TITLES = {
    "President": "President",
    "Sen.": "Senator",
    "Senator": "Senator",
    "Rep.": "Representative",
    "Representative": "Representative",
    "Congressman": "Representative",
    "Prime Minister": "Prime Minister",
    "Chancellor": "Chancellor",
    "Premier": "Premier",
}


class WrongAge:
    """An age that a recorded birth date and the dateline rule out.

    Planted only in dated stories, for people with a birth date in the records whose true
    age at the dateline is the age the story gives (that agreement, with the person's full
    name in the story, is what proves who is meant). The new age is 3 to 9 years off.
    National leaders the office-holder files lack come from the leader datasets, which
    give only a year of birth: their age may be either of two, the story's must be one of
    them, and the new age is at least 3 from both. "Mr", "Dr" and the like are no part of
    the name.
    """

    phenomenon = "dates.age"
    family = "dates"

    def __init__(self, facts: facts_module.Facts | None = None) -> None:
        self._facts = facts
        self._leaders: dict[str, list[facts_module.Person]] | None = None

    @property
    def facts(self) -> facts_module.Facts:
        if self._facts is None:
            self._facts = facts_module.load()
        return self._facts

    @property
    def leaders(self) -> dict[str, list[facts_module.Person]]:
        """National leaders by surname, for those the office-holder files do not list."""
        if self._leaders is None:
            self._leaders = {}
            for person in self.facts.leaders.values():
                self._leaders.setdefault(person.surname, []).append(person)
        return self._leaders

    def _person(self, story: Story, name: str) -> facts_module.Person | None:
        parts = [p for p in name.split() if p not in _AGE_TITLES and p not in _HONORIFICS]
        if not parts:
            return None
        surname = parts[-1]
        found = []
        for person in self.facts.by_surname.get(surname, []) + self.leaders.get(surname, []):
            if person.born is None:
                continue
            given = parts[0] if len(parts) > 1 else None
            if given is not None and not given_matches(given, person.given):
                continue
            # The full name, or the title the person held at the dateline, must be in the
            # story, however the age is written.
            full = re.compile(rf"\b(\w+)\.? (?:[A-Z]\. )?{re.escape(surname)}\b")
            if any(given_matches(m.group(1), person.given) for m in full.finditer(story.text)):
                found.append(person)
                continue
            titled = re.compile(rf"\b({'|'.join(_AGE_TITLES)}) {re.escape(surname)}\b")
            for m in titled.finditer(story.text):
                office = _AGE_TITLES[m.group(1)]
                vice = story.text[max(0, m.start() - 5) : m.start()].endswith("Vice ")
                leads = office in _LEADER_TITLES and not vice
                if any(
                    (
                        r.office == ("Vice " + office if vice else office)
                        or leads
                        and r.office == "Leader"
                    )
                    and r.start
                    and r.covers(story.date)
                    for r in person.roles
                ):
                    found.append(person)
                    break
        return found[0] if len(found) == 1 else None

    def sites(self, story: Story) -> Iterator[Site]:
        if story.date is None:
            return
        for pattern, shape in ((_AGE_AFTER, "appositive"), (_AGE_BEFORE, "year-old")):
            for m in pattern.finditer(story.text):
                person = self._person(story, m.group("name"))
                if person is None or person.born is None:
                    continue
                age = int(m.group("age"))
                possible = _possible_ages(person, story.date)
                if age not in possible:
                    continue
                rng = _rng(story, m.start("age"))
                offsets = (-9, -7, -6, -5, -4, -3, 3, 4, 5, 6, 7, 9)
                choices = [k for k in offsets if min(abs(age + k - p) for p in possible) >= 3]
                new = age + rng.choice(choices)
                yield Site(
                    m.start("age"),
                    m.end("age"),
                    str(new),
                    shape,
                    f"{person.name}, born {_born(person)}, was {age}",
                )


MUTATORS: tuple = (InvalidDate(), WrongWeekday(), WrongTense(), WrongAge())
NOT_PLANTED: dict[str, str] = {}
