"""NL401: an office holder's government acting at a date outside their term."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import regex

from newslint.claims.actions import find_actions
from newslint.claims.dates import dates_in
from newslint.claims.offices import extract_office_claims, extract_successions, same_office
from newslint.claims.terms import find_terms
from newslint.claims.titles import extract_administrations
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.lazyre import lazy_compile, match_at
from newslint.rule import Context, Rule
from newslint.rules.contradictions import _facts

_NEAR = dt.timedelta(days=400)
_SLACK = dt.timedelta(days=75)
# A government still to come is no slip: "a Bush administration would", "if elected".
# NOTE: "if" only with what it takes to win office: "if it hopes to succeed" and "if the
# administration did decide" are no government to come, and "electronics" no election.
_FUTURE = lazy_compile(
    r"\b(?:if\s+(?:[\p{L}'’]+\s+){0,3}?(?:is\s+|are\s+|were\s+|gets\s+)?(?:elected|wins?|won"
    r"|becomes?|takes\s+office|succeeds)|(?:re-?)?elect(?:ed|ion|ions|oral|s)?|transition"
    r"|campaign\w*|candidate|nominee|hopeful|race|bid)\b",
    regex.IGNORECASE,
)
_FUTURE_AFTER = lazy_compile(r"\W*(?:would|could|might|will|may)\b", regex.IGNORECASE)


def _not_yet_begun(doc: Document, ctx: Context, reg: Any) -> Iterator[Hit]:
    """Report "the Bush administration" acting in a story of 1987, before any Bush took office.

    Every president of that surname in the registry must have begun after the story's
    date (a past administration is history, not a slip), and the sentence must not
    speak of a government still to come.
    """
    date = _facts.story_date(doc, ctx)
    if date is None or reg is None:
        return
    for a in extract_administrations(doc):
        if a.qualified or doc.is_quoted(a.start):
            continue
        presidents = [
            (p, r)
            for p in reg.by_surname(a.owner)
            if _facts.is_person(p)
            for r in p.roles
            if r.office == "President" and r.start is not None
        ]
        if not presidents or any(r.start <= date + _SLACK for _, r in presidents):
            continue
        sentence = doc.sentence_at(a.start)
        if sentence is None or _FUTURE.search(doc.prose, sentence.start, sentence.end):
            continue
        if match_at(_FUTURE_AFTER, doc.prose, a.end):
            continue  # "a Bush administration would cut the program"
        first = min(presidents, key=lambda pr: pr[1].start)
        holder = _holder(reg, first[1].jurisdiction, date)
        then = f"; {holder} was president then" if holder else ""
        yield Hit(
            a.start,
            a.end,
            f"no {a.owner} administration had begun by {date} (this story's date): "
            f"{first[0].name} took office on {first[1].start} (registry: "
            f"{first[0].source or 'registry'}){then}",
        )


def _replaced(doc: Document) -> Iterator[Hit]:
    """Report someone acting in an office after the story says another took it over.

    "Katz, who replaced Yoav Gallant in November" and then "Gallant, the defence
    minister, toured army positions on Sunday" in a January story: the story's own
    statement of the change dates the end of Gallant's term, whatever the registry
    knows. Only a title claim in a sentence dated after the change is judged; an
    undated sentence may be background.
    """
    for s in extract_successions(doc):
        if s.office is None or s.when is None or doc.is_quoted(s.start):
            continue
        for c in extract_office_claims(doc):
            if c.qualified or c.form == "past" or c.surname == s.new or s.start <= c.start < s.end:
                continue
            if (s.old is not None and c.surname != s.old) or not same_office(c.office, s.office):
                continue
            sentence = doc.sentence_at(c.start)
            if sentence is None or doc.is_quoted(c.start):
                continue
            dated = [
                d for d in dates_in(doc, sentence.start, sentence.end) if d.earliest is not None
            ]
            if not dated or any(d.earliest <= s.when for d in dated):
                continue
            said = doc.prose[s.start : s.end]
            d = dated[0]
            when = d.text if d.earliest != d.latest else f"{d.text}, {d.earliest}"
            yield Hit(
                c.start,
                c.end,
                f"{c.surname} is {c.title} here ({when}), but "
                f"line {_facts.line_of(doc, s.start)} says '{said}' (by {s.when})",
            )


def _holder(reg: Any, place: str, date: dt.date) -> str | None:
    for p in reg.holders("president", place):
        if any(r.office == "President" and r.covers(date) for r in p.roles):
            return p.name
    return None


@dataclass(frozen=True)
class Known:
    """A term as the story and the registry give it; the story's dates win."""

    start: dt.date | None
    end: dt.date | None
    number: int = 0
    total: int = 0
    start_line: int | None = None  # the story's statement of the start
    end_line: int | None = None
    registry_start: dt.date | None = None
    registry_end: dt.date | None = None
    start_text: str | None = None  # the story's words, when they name a month or a year
    end_text: str | None = None
    start_span: tuple[int, int] | None = None  # where the story states the boundary
    end_span: tuple[int, int] | None = None


class OutOfTerm(Rule):
    """An action of an office holder's government dated outside their term in office.

    "In September 2024, the administration cut tariffs" in a story about a president
    sworn in on January 20, 2025 credits him with a decision his predecessor took.
    The term comes from the story's own statements ("sworn in on January 20, 2025",
    "took office in October") and from the registry's dated roles; when they disagree
    the story's statement wins and the message names both. A story that contradicts
    itself is reported at both ends: at each out-of-term date, and once at its own
    statement of the term, which names the lines that conflict with it, because
    either side may be the mistake; but when the registry gives the statement's date
    and a single act conflicts with it, the record settles it and only the act is
    reported. "The administration", "the government", "his
    government", "the prime minister" and "under X's leadership" are resolved to a
    person only when the story leaves one candidate, and sentences that frame the past
    on purpose ("then-", "his predecessor", "during the campaign") are left alone.
    An administration named for a president who had not yet taken office by the
    story's date ("a Bush administration official" in 1987) is reported too, unless
    the story speaks of one to come ("a future Bush administration", "an Obama
    administration would"); a past administration is history.

    A story that says who took over a post ("Katz, who replaced Yoav Gallant in
    November", "Hołownia has been speaker since November") dates the end of the
    predecessor's term itself: a later sentence dated after the change that still
    gives the predecessor the title ("Gallant, the defence minister, toured ... on
    Sunday") is reported, for any office, known to the registry or not.
    """

    code = "NL401"
    name = "contradictions.out-of-term"
    family = "contradictions"
    severity = Severity.WARNING
    summary = "An action of an office holder's government dated outside their term"
    skip_quotes = True
    bad = (
        "President Ana Ruiz was sworn in on January 20, 2025.\n\n"
        "In September 2024, the Ruiz administration cut import tariffs.\n"
    )
    good = (
        "President Ana Ruiz was sworn in on January 20, 2025.\n\n"
        "In March 2025, the Ruiz administration cut import tariffs.\n"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Compare each dated government action with the actor's known terms."""
        reg = _facts.registry(ctx)
        yield from _not_yet_begun(doc, ctx, reg)
        yield from _replaced(doc)
        contradicted: dict[tuple[int, int], list[int]] = {}
        for action in find_actions(doc):
            known = _known_terms(doc, reg, action.actor.person)
            if not known:
                continue
            date = action.date
            if doc.is_quoted(date.start):
                continue
            if any(_overlaps(k, date.earliest, date.latest) for k in known):
                continue
            k, field = _boundary(known, date)
            if action.actor.kind == "title" and field == "end":
                continue  # "President Biden signed ..." after his term: wrong-title says it
            yield Hit(date.start, date.end, _message(doc, action, k, field))
            span = getattr(k, f"{field}_span")
            if span is not None:
                line = _facts.line_of(doc, date.start)
                contradicted.setdefault(span, []).append((line, _confirmed(k, field)))
        for (start, end), acts in contradicted.items():
            lines = [line for line, _ in acts]
            if len(set(lines)) == 1 and all(confirmed for _, confirmed in acts):
                continue  # the record bears the statement out: the one act is the slip
            yield Hit(start, end, _anchor_message(doc, start, end, lines))


def _confirmed(k: Known, field: str) -> bool:
    """Tell whether the registry gives the same boundary as the story's statement of it."""
    registered = getattr(k, f"registry_{field}")
    return registered is not None and registered == getattr(k, field)


def _known_terms(doc: Document, reg: Any, surname: str) -> list[Known]:
    person = _facts.person_for(reg, doc, surname)
    registered = [
        Known(t.start, t.end, t.number, t.total, registry_start=t.start, registry_end=t.end)
        for t in (_facts.terms(person) if person is not None else ())
    ]
    statements = [s for s in find_terms(doc) if s.person == surname]
    if not registered and any(s.renewed for s in statements):
        return []  # an earlier term the story does not date may cover the action
    known = registered
    for s in statements:
        known = _apply(known, s, _facts.line_of(doc, s.start))
    return known


def _apply(known: list[Known], s: Any, line: int) -> list[Known]:
    """Let one statement of the story override (or add) a term boundary."""
    field = "start" if s.edge == "start" else "end"
    text = s.date_text if s.earliest != s.latest else None
    # NOTE: a start is read at its earliest and an end at its latest, so a story that
    # says "took office in October" never makes an October action look out of term.
    said = s.earliest if field == "start" else s.latest
    for i, k in enumerate(known):
        edge = getattr(k, field)
        if edge is not None and s.earliest - _NEAR <= edge <= s.latest + _NEAR:
            agrees = s.earliest <= edge <= s.latest
            changes = {field: edge if agrees else said, f"{field}_line": line}
            changes[f"{field}_span"] = (s.start, s.end)
            changes[f"{field}_text"] = None if agrees else text
            known[i] = replace(k, **changes)
            return known
    span = (s.start, s.end)
    if field == "start":
        return [*known, Known(said, None, start_line=line, start_text=text, start_span=span)]
    return [*known, Known(None, said, end_line=line, end_text=text, end_span=span)]


def _overlaps(k: Known, earliest: dt.date, latest: dt.date) -> bool:
    after_start = k.start is None or latest >= k.start
    before_end = k.end is None or earliest < k.end
    return after_start and before_end


def _boundary(known: list[Known], date: Any) -> tuple[Known, str]:
    """Return the term boundary an out-of-term date is nearest to: the next start, else an end."""
    later = [k for k in known if k.start is not None and k.start > date.latest]
    if later:
        return min(later, key=lambda k: k.start), "start"
    return max((k for k in known if k.end is not None), key=lambda k: k.end), "end"


def _message(doc: Document, action: Any, k: Known, field: str) -> str:
    actor, date = action.actor, action.date
    verb = "began" if field == "start" else "ended"
    fact = f"{_owner(actor)}'s {_ordinal(k)}term {verb} {_when(k, field)}"
    where = ""
    if action.carried:
        line = _facts.line_of(doc, actor.start)
        where = f" (said to be under {actor.person}'s leadership, line {line})"
    return f"'{date.text}' is outside the term of office{where}: {fact}"


def _anchor_message(doc: Document, start: int, end: int, lines: list[int]) -> str:
    said = " ".join(doc.text[start:end].split())
    where = ", ".join(str(n) for n in sorted(set(lines)))
    plural = "s" if len(set(lines)) > 1 else ""
    return f"'{said}' conflicts with acts in office dated outside that term (line{plural} {where})"


def _owner(actor: Any) -> str:
    if actor.noun in ("administration", "government"):
        return f"the {actor.person} {actor.noun}"
    return actor.person


def _ordinal(k: Known) -> str:
    if k.total > 1 and k.number <= len(_facts.ORDINALS):
        return f"{_facts.ORDINALS[k.number - 1]} "
    return ""


def _when(k: Known, field: str) -> str:
    day = getattr(k, f"{field}_text") or getattr(k, field).isoformat()
    return f"{day} ({_sources(k, field)})"


def _sources(k: Known, field: str) -> str:
    line = getattr(k, f"{field}_line")
    registered = getattr(k, f"registry_{field}")
    value = getattr(k, field)
    parts = [f"line {line}"] if line else []
    if registered is not None and registered == value:
        parts.append("registry")
    elif registered is not None:
        parts.append(f"the registry says {registered}")
    return "; ".join(parts)
