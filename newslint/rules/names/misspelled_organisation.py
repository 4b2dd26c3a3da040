"""names.misspelled-organisation: an organisation's name one slip away from a registry name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document import Document
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule


class MisspelledOrganisation(Rule):
    """A party, company, bank or other body whose name misses a registry name by one slip.

    "Bharatiya Janta Party" and "Goldman Sacks" pass a spell checker word by word,
    yet the name is wrong. When every word of a name but one is the registry's and
    that one is an edit or two away (keeping its first letter), the registry name
    is suggested with the kind of body it is. A differing word that is a word or a
    name in its own right ("Heath", "Sacks") needs the rest of the name to carry it;
    a name that reads as a person's, capitals-only straplines and acronyms are left
    alone, as are other real bodies the registry knows ("Labor Party" beside the
    Labour Party) and names the story quotes with "[sic]". In a name of three or
    more words, the one word may instead be another ending of the same stem
    ("European Conservatives and Reformers" for the Reformists, "International
    Financial Corporation"), since two other words of the name vouch for it.
    A prominent company's five-letter name ("Honda", "Nokia") is one slip from
    countless words and surnames: only a doubled or swapped letter ("Hoonda",
    "Nokai") in a sentence that speaks of a company ("shares", "the carmaker",
    "Corp", "said in a statement") is reported.
    """

    code = "NL104"
    name = "names.misspelled-organisation"
    family = "names"
    severity = Severity.WARNING
    fix = Applicability.UNSAFE
    summary = "An organisation's name that nearly matches a registry name"
    bad = "Shares in Goldman Sacks rose after the Bharatiya Janta Party won.\n"
    good = "Shares in Goldman Sachs rose after the Bharatiya Janata Party won.\n"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report the organisation near misses the registry matcher found."""
        from newslint.registry.match import matches_for

        if ctx.registry is None:
            return
        for issue in matches_for(doc, ctx.registry).organisations:
            org = issue.organisation
            message = f"'{issue.text}' looks like {issue.suggestion} ({org.describe()})"
            yield Hit(issue.start, issue.end, message, (issue.suggestion,))
