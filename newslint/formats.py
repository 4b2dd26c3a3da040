"""Output formats, registered by name; adding one never touches the lint loop."""

from __future__ import annotations

import json
from collections.abc import Sequence

from newslint.finding import Finding
from newslint.rule import Rule


class Formatter:
    """Turn a run's findings into the text written to standard output."""

    name = ""

    def __init__(self, rules: Sequence[Rule] = ()) -> None:
        self.rules = list(rules)

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the whole output for a run (paths are every file linted, clean or not)."""
        raise NotImplementedError


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


class JsonFormatter(Formatter):
    """One JSON array of finding objects: the stable interface for scripts."""

    name = "json"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the findings as a JSON array (``[]`` when clean)."""
        return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, type[Formatter]] = {cls.name: cls for cls in (TextFormatter, JsonFormatter)}


def get_formatter(name: str, rules: Sequence[Rule] = ()) -> Formatter:
    """Return the formatter registered under a name."""
    try:
        return FORMATTERS[name](rules)
    except KeyError:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATTERS)})") from None
