"""A rule that reports nothing but makes the document compute every shared analysis.

The archive benchmark installs it with ``--analyses`` so the measured rate includes
the analyses any full rule set pays for once per story (sentences, tokens, name
candidates, quotes, quantities, dates), not only the cheap rules of this checkout.
"""

from newslint.claims.dates import extract_dates
from newslint.claims.quantities import extract_quantities
from newslint.finding import Severity
from newslint.rule import Rule


class EveryAnalysis(Rule):
    """Computes every shared analysis so a benchmark measures their cost."""

    code = "BNCH01"
    name = "style.bench-every-analysis"
    family = "style"
    severity = Severity.INFO
    summary = "Compute every shared analysis and report nothing"
    bad = ""
    good = "Nothing here.\n"

    def check(self, doc, ctx):
        for analysis in ("sentences", "tokens", "name_candidates", "quotes"):
            getattr(doc, analysis)
        extract_quantities(doc)
        extract_dates(doc)
        return iter(())
