"""Rules about newslint's own suppression comments, so stale ones do not pile up."""

from __future__ import annotations

from collections.abc import Iterator

from newslint import selection
from newslint.directives import UNKNOWN
from newslint.document import Document
from newslint.finding import Hit, Severity
from newslint.rule import Context, Rule


class UnusedSuppression(Rule):
    """A ``newslint-disable`` comment that silenced nothing.

    Suppressions outlive the sentences they were written for. When the text under a
    suppression is fixed, the comment stays behind and would silence the next real
    problem, so newslint reports it. Delete the comment, or narrow it to the rule
    that still fires.
    """

    code = "NL001"
    name = "style.unused-suppression"
    family = "style"
    severity = Severity.INFO
    summary = "A suppression comment that suppresses nothing"
    bad = "<!-- newslint-disable-next-line NL001 -->\nNothing on this line is a problem.\n"
    good = "Nothing on this line is a problem.\n"
    phase = 2

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report directives (or selectors of them) that matched no finding."""
        rules = ctx.resources.rules if ctx.resources is not None else ()
        for d in doc.directives:
            if d.verb in ("enable", UNKNOWN):
                continue
            if not d.selectors:
                if not d.used:
                    yield Hit(d.start, d.end, "this suppression comment suppresses nothing")
                continue
            for sel in d.selectors:
                if sel not in d.used and selection.is_known(sel, rules):
                    yield Hit(d.start, d.end, f"'{sel}' is suppressed here but nothing was found")


class UnknownSuppression(Rule):
    """A suppression comment that names a rule newslint does not know.

    A misspelt code in a suppression silences nothing and hides the intent. Use a
    code, a code prefix, a rule name or a family, as ``newslint rules`` lists them.
    """

    code = "NL002"
    name = "style.unknown-suppression"
    family = "style"
    severity = Severity.WARNING
    summary = "A suppression comment names a rule that does not exist"
    bad = "<!-- newslint-disable NL999 -->\nText.\n"
    good = "<!-- newslint-disable-next-line NL002 -->\n<!-- newslint-disable NL999 -->\n"
    phase = 1

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report selectors that name no known rule."""
        rules = ctx.resources.rules if ctx.resources is not None else ()
        for d in doc.directives:
            for sel in d.selectors:
                if not selection.is_known(sel, rules):
                    yield Hit(d.start, d.end, f"suppression names no known rule: '{sel}'")


class UnknownDirective(Rule):
    """A comment that starts like a newslint directive but is not one.

    ``<!-- newslint-disabel NL101 -->`` or ``<!-- newslint-disable: NL101 -->`` looks
    like a suppression to the writer and silences nothing. The directives are
    ``newslint-disable``, ``newslint-enable``, ``newslint-disable-line`` and
    ``newslint-disable-next-line``, each followed by selectors separated by spaces
    or commas.
    """

    code = "NL003"
    name = "style.unknown-directive"
    family = "style"
    severity = Severity.WARNING
    summary = "A newslint comment that is not a directive newslint knows"
    bad = "Ms Takaichi spoke. <!-- newslint-disabel-line NL101 -->\n"
    good = "Ms Takaichi spoke. <!-- newslint-disable-line NL101 -->\n"
    phase = 1

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Report comments that open like a directive and fail its grammar."""
        for d in doc.directives:
            if d.verb == UNKNOWN:
                written = doc.text[d.start : d.end]
                yield Hit(
                    d.start,
                    d.end,
                    f"not a newslint directive: {written!r} (known: newslint-disable, "
                    "newslint-enable, newslint-disable-line, newslint-disable-next-line)",
                )


RULES = [UnusedSuppression, UnknownSuppression, UnknownDirective]
