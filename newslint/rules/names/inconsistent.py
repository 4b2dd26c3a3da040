"""names.inconsistent: one person's name spelled two ways in one story."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis.persons import (
    Spelling,
    is_institution,
    similar_spellings,
    surname_spellings,
)
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class InconsistentName(Rule):
    """The same surname spelled two ways in one story ("Takaichi" ... "Takiachi").

    A story that spells a name two ways is wrong at least once, whether or not
    the person is in the registry. Surnames one edit or swap apart are taken to
    be one person unless they look like two: different first letters, a plural,
    different given names, or two surnames the registry knows (as people or in its
    list of real surnames). An institution's noun ("Treasury", "Union") is a real
    word: only a one-off near miss beside several correct uses is reported
    ("Treassury"), never "Unison" beside "Union". The registry spelling is
    suggested when there is one, else the spelling the story uses most. Mentions
    already reported by ``names.misspelled`` or ``names.wrong-given-name`` are not
    reported again.
    """

    code = "NL102"
    name = "names.inconsistent"
    family = "names"
    severity = Severity.WARNING
    summary = "A name spelled two ways in one story"
    bad = "Maria Kowalczyk won the vote. Later, Kowalzcyk thanked her staff.\n"
    good = "Maria Kowalczyk won the vote. Later, Kowalczyk thanked her staff.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report the minority (or non-registry) spelling of each pair."""
        registry = ctx.registry
        flagged: set[int] = set()
        if registry is not None:
            from newslint.registry.match import matches_for

            flagged = {i.start for i in matches_for(doc, registry).issues}
        known = (lambda w: bool(registry.by_surname(w))) if registry is not None else None
        spellings = surname_spellings(doc.person_mentions)
        for a, b in similar_spellings(spellings, known=known):
            if registry is not None and (
                registry.is_place(a.written) or registry.is_place(b.written)
            ):
                continue
            institution = self._institution(a, b)
            if institution is False:
                continue
            known_a, known_b = self._known(registry, a), self._known(registry, b)
            if known_a and known_b:
                continue  # two people the registry knows: Brown and Browne
            if registry is not None and all(registry.is_real_surname(s.written) for s in (a, b)):
                continue  # two real surnames, likely two people: Horan and Horgan
            right, wrong = institution or self._order(a, b, known_a, known_b)
            count = len(right.spans)
            where = f"{count} time{'s' * (count != 1)} elsewhere in this story"
            if known_a or known_b:
                where += f", as in the registry ({known_a or known_b})"
            for span in wrong.spans:
                if span.start in flagged:
                    continue
                message = f"'{span.text}' is spelled '{right.written}' {where}"
                yield Hit(span.start, span.end, message, (right.written,))

    @staticmethod
    def _institution(a: Spelling, b: Spelling) -> tuple[Spelling, Spelling] | bool | None:
        """Judge a pair where one spelling is an institution's noun ("Treasury", "Union").

        The noun is a real word, so the other spelling is a slip of it only when it is
        a one-off beside several correct uses ("Treassury"); otherwise the two are
        different words ("Unison" the trade union beside "Union"). Returns (right,
        wrong), False to skip the pair, or None when neither is an institution's noun.
        """
        inst_a, inst_b = is_institution(a.written), is_institution(b.written)
        if not (inst_a or inst_b):
            return None
        if inst_a and inst_b:
            return False
        word, other = (a, b) if inst_a else (b, a)
        if len(other.spans) == 1 and len(word.spans) > 1:
            return word, other
        return False

    @staticmethod
    def _known(registry: object, s: Spelling) -> str:
        if registry is None:
            return ""
        people = registry.by_surname(s.written)  # type: ignore[attr-defined]
        return people[0].source if people else ""

    @staticmethod
    def _order(a: Spelling, b: Spelling, known_a: str, known_b: str) -> tuple[Spelling, Spelling]:
        if known_a or known_b:
            return (a, b) if known_a else (b, a)
        score_a = (len(a.spans), bool(a.givens))
        score_b = (len(b.spans), bool(b.givens))
        return (b, a) if score_b > score_a else (a, b)
