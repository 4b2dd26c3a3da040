"""Rules of three families and severities, loaded as a real plugin by the report tests."""

from newslint.finding import Hit, Severity
from newslint.rule import Rule


class Hedge(Rule):
    """Hedging words weaken a sentence without adding information."""

    code = "RPT001"
    name = "style.report-hedge"
    family = "style"
    severity = Severity.WARNING
    summary = "A hedging word that weakens the sentence"
    bad = "It is arguably the largest order.\n"
    good = "It is the largest order.\n"

    def check(self, doc, ctx):
        for tok in doc.tokens:
            if tok.text.lower() == "arguably":
                message = "hedge 'arguably': weak, vague, 100% avoidable"
                yield Hit(tok.start, tok.end, message, ("",))


class Misspelt(Rule):
    """A name spelt against the registry."""

    code = "RPT002"
    name = "names.report-misspelt"
    family = "names"
    severity = Severity.ERROR
    summary = "A misspelt first name"
    bad = "Jonh Smith spoke.\n"
    good = "John Smith spoke.\n"

    def check(self, doc, ctx):
        for tok in doc.tokens:
            if tok.text == "Jonh":
                yield Hit(tok.start, tok.end, "misspelt name 'Jonh'", ("John",))


class Votes(Rule):
    """A vote count larger than the chamber."""

    code = "RPT003"
    name = "numbers.report-votes"
    family = "numbers"
    severity = Severity.INFO
    summary = "A vote count larger than the chamber"
    bad = "It passed with 110 votes.\n"
    good = "It passed with 11 votes.\n"

    def check(self, doc, ctx):
        for tok in doc.tokens:
            if tok.text == "110":
                yield Hit(tok.start, tok.end, "110 votes in a chamber of 100")


RULES = [Hedge, Misspelt, Votes]
