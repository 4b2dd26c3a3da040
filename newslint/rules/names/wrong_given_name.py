"""names.wrong-given-name: a known surname with a slightly wrong given name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule


class WrongGivenName(Rule):
    """A registry surname whose given name is one slip away from the person's.

    "Kier Starmer" and "Emanuel Macron" pass a surname check and a spell checker,
    yet every reader who knows the person sees the mistake. When the surname is
    in the registry and the given name is within an edit of that person's given
    name (two for long names), the registry spelling is suggested. A clearly
    different given name ("John Starmer") is taken to be a different person and
    left alone, as are nicknames and middle names the registry lists as variants.
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
        for issue in matches_for(doc, ctx.registry).issues:
            if issue.kind != "given-name":
                continue
            given = issue.text.split()[0]
            fact = cite(issue.person, doc.reference_date, issue.title)
            message = (
                f"'{given}' is not the given name of {issue.person.name} ({fact});"
                f" did you mean {issue.suggestion}?"
            )
            yield Hit(issue.start, issue.end, message, (issue.suggestion,))
