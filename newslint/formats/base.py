"""What every output format is given: the findings, the files, the rules and the sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newslint.finding import Finding
from newslint.rule import Rule


class Formatter:
    """Turn a run's findings into the text written to standard output."""

    name = ""
    #: Set by formats that show the drafts themselves; the run then keeps the text of
    #: every file with findings (and only then, so large runs stay lean).
    needs_sources = False

    def __init__(
        self,
        rules: Sequence[Rule] = (),
        sources: Mapping[str, str] | None = None,
        errors: Sequence[str] = (),
    ) -> None:
        self.rules = list(rules)
        self.sources = dict(sources or {})
        self.errors = list(errors)

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the whole output for a run (paths are every file linted, clean or not)."""
        raise NotImplementedError


def suggestion_text(f: Finding) -> str:
    """Say what to write instead, as the text format does; empty when nothing is suggested."""
    shown = [s if s else "(delete)" for s in f.suggestions]
    if len(shown) == 1:
        return f"suggestion: {shown[0]}"
    if shown:
        return f"suggestions: {', '.join(shown)}"
    return ""
