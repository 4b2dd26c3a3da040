"""A third-party rule package, installed by the tests to prove the plugin seam."""

from newslint.finding import Hit, Severity
from newslint.rule import Rule


class Hedge(Rule):
    """Hedging words weaken a sentence without adding information."""

    code = "EX101"
    name = "style.example-hedge"
    family = "style"
    severity = Severity.WARNING
    summary = "A hedging word that weakens the sentence"
    bad = "It is arguably the largest order.\n"
    good = "It is the largest order.\n"

    def check(self, doc, ctx):
        for tok in doc.tokens:
            if tok.text.lower() == "arguably":
                yield Hit(tok.start, tok.end, "hedging word 'arguably'", ("",))
