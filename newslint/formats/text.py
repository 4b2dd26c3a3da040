"""The terminal format: one ``path:line:col: CODE severity: message`` line per finding."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.finding import Finding
from newslint.formats.base import Formatter


class TextFormatter(Formatter):
    """``path:line:col: CODE severity: message (suggestion: ...)``, one line per finding."""

    name = "text"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return one line per finding, as compilers and code linters print them."""
        return "".join(self.line(f) + "\n" for f in findings)

    @staticmethod
    def line(f: Finding) -> str:
        """Format a single finding."""
        text = f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity.label}: {f.message}"
        if len(f.suggestions) == 1:
            text += f" (suggestion: {f.suggestions[0]})"
        elif f.suggestions:
            text += f" (suggestions: {', '.join(f.suggestions)})"
        return text
