"""NL303: an event told in the past but dated after the dateline, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis.context import words_before
from newslint.analysis.dates import DateMention
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule

# Verbs that report an event as having happened, when they govern the date directly.
_PAST_EVENTS = frozenset(
    """happened occurred took held met signed died announced began started ended opened
    closed won lost voted launched released arrived left visited elected resigned married
    founded approved passed published completed finished collapsed crashed invaded struck
    attacked killed""".split()
)
_PAST_COPULAS = frozenset(("was", "were"))
# What stands between the verb and the date: "held on", "took place in".
_PREPOSITIONS = frozenset("on in at during".split())
# Words before a past form that make it a future or a plan: "will be held", "to be signed".
_NOT_PAST = frozenset(
    """will would 'll shall be to is are may might could should must can expected scheduled
    due set planned if unless""".split()
)
# Reported speech and subordinate clauses shift tense: "said that after the handover
# ended in 1999, ..." tells a future in the past.
_SHIFTED = frozenset(
    """said say says told tell added according stated reported after before when once until
    till if unless would will could should might may expected planned""".split()
)
_FUTURE = frozenset(("will", "shall"))
# "will be higher than in 2024": the date is a point of comparison, not the event's.
_COMPARISONS = frozenset("than as since from compared versus vs like unlike".split())
# A future told up to a date that is already over: "will be completed by 2024".
_FUTURE_PREPOSITIONS = frozenset("on in at during by before".split())


class TenseVsDateline(Rule):
    """An event told in the past that is dated after the story's dateline, or the reverse.

    A story dated November 4, 2025 cannot report that a summit "was held on December
    3, 2025", nor that a vote "will take place in 2024". Either the date or the
    tense is wrong, often because an old story was updated or a draft sat too long.
    The rule reads only dates with a written year, and only the verb that governs the
    date directly ("was held on", "will be completed by"); reported plans ("said it
    would", "is expected to") and quoted speech are left alone.
    """

    code = "NL303"
    name = "dates.tense-vs-dateline"
    family = "dates"
    severity = Severity.WARNING
    summary = "An event told as past but dated after the dateline, or as future and dated before"
    bad = "---\ndate: 2025-11-04\n---\n\nThe summit was held on December 3, 2025.\n"
    good = "---\ndate: 2025-11-04\n---\n\nThe summit will be held on December 3, 2025.\n"
    skip_quotes = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report dated events whose tense contradicts the dateline."""
        ref = ctx.reference_date
        if ref is None:
            return
        for d in doc.dates:
            if d.relative or d.earliest is None or d.latest is None:
                continue
            if d.earliest > ref and _told_as_past(doc, d):
                yield Hit(
                    d.start, d.end, f"told as past, but {d.text} is after the dateline ({ref})"
                )
            elif d.latest < ref and _told_as_future(doc, d):
                yield Hit(
                    d.start, d.end, f"told as future, but {d.text} is before the dateline ({ref})"
                )


def _told_as_past(doc: Document, d: DateMention) -> bool:
    words = [t.text.lower() for t in words_before(doc, d.start, 5)]
    if not words or words[0] not in _PREPOSITIONS:
        return False
    clause = {t.text.lower() for t in words_before(doc, d.start, 40)}
    if clause & _SHIFTED:
        return False
    verb, rest = (words[1], words[2:]) if len(words) > 1 else ("", [])
    if verb == "place" and rest[:1] == ["took"]:
        return True
    if verb in _PAST_COPULAS:
        return True
    return verb in _PAST_EVENTS and not (set(rest[:2]) & _NOT_PAST)


def _told_as_future(doc: Document, d: DateMention) -> bool:
    tokens = words_before(doc, d.start, 5)
    words = [t.text.lower() for t in tokens]
    if not words or words[0] not in _FUTURE_PREPOSITIONS:
        return False
    for tok, word in zip(tokens[1:], words[1:], strict=True):
        if tok.kind == "number" or word in _COMPARISONS:
            return False
        if word in _FUTURE or word.endswith(("'ll", "’ll")):
            return True
    return False
