"""names.misspelled: a name one slip away from a registry name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule


class MisspelledName(Rule):
    """A person's name that is not in the registry but nearly matches a name that is.

    Misspelt names are the errors readers notice first and forgive last. A name
    written close to a registry name (an edit or two depending on its length, a
    swap of two letters counting as one) is reported with the registry spelling
    and the fact behind it, so an editor can trust or correct the registry.
    A slip in a middle name between a right given name and surname ("Recep
    Tayip Erdogan") counts too.
    A title ("Japanese Prime Minister") narrows the people a name can mean and
    allows a looser match; a surname-only mention that repeats a flagged
    misspelling later in the story is reported too. A junior office holder (a
    minister outside the cabinet, a member of a parliament) is only taken to be
    meant in a story that speaks of their country, and a surname that is a common
    word ("Jim Courier") is a slip only for a prominent person. Names the registry
    does not know and that are near nothing in it are left alone: the registry
    cannot hold everyone. A spelling that differs only in accents ("Erdogan") is
    accepted unless ``accept-diacritics`` is false.
    In a headline or an all-caps strapline, where every word is capitalised, only a
    word one slip inside a surname the body spells right ("PEOLSI'S LAST STAND" over
    a story naming Nancy Pelosi), or a prominent person's full name ("Tony Bliar
    quits"), is reported.
    """

    code = "NL101"
    name = "names.misspelled"
    family = "names"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "A name that nearly matches a registry name"
    bad = "Japanese Prime Minister Sanai Takwati met reporters. Takwati said little.\n"
    good = "Japanese Prime Minister Sanae Takaichi met reporters. Takaichi said little.\n"
    options = {"accept-diacritics": True}

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report mentions the registry matcher found to miss a registry name."""
        from newslint.registry.match import cite, matches_for

        if ctx.registry is None:
            return
        accept = bool(ctx.options.get("accept-diacritics", True))
        for issue in matches_for(doc, ctx.registry).issues:
            message = self._message(issue, accept)
            if message:
                fact = cite(issue.person, doc.reference_date, issue.title)
                end = "" if issue.kind == "diacritics" else "?"
                yield Hit(issue.start, issue.end, f"{message} ({fact}){end}", (issue.suggestion,))

    @staticmethod
    def _message(issue: Any, accept_diacritics: bool) -> str:
        said = f"'{issue.text}'"
        if issue.kind == "misspelled":
            return f"{said} is not in the name registry; did you mean {issue.suggestion}"
        if issue.kind == "follow-up":
            return (
                f"{said} repeats the misspelling of {issue.person.name};"
                f" did you mean {issue.suggestion}"
            )
        if issue.kind == "diacritics" and not accept_diacritics:
            return f"{said} is written without the accents of {issue.suggestion}"
        return ""
