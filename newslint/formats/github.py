"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.finding import Finding, Severity
from newslint.formats.base import Formatter, suggestion_text

#: GitHub has three annotation levels; "notice" is the quiet one.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value: as data, plus the ``:`` and ``,`` that delimit properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """``::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=CODE::message``."""

    name = "github"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return one workflow command per finding."""
        return "".join(self.command(f) + "\n" for f in findings)

    @staticmethod
    def command(f: Finding) -> str:
        """Format one finding as a workflow command."""
        props = [("file", f.path), ("line", str(f.line))]
        # NOTE: GitHub only honours columns when an annotation starts and ends on one
        # line, and its endColumn is the last character (inclusive); ours is exclusive.
        if f.end_line == f.line:
            props += [
                ("col", str(f.column)),
                ("endLine", str(f.end_line)),
                ("endColumn", str(max(f.column, f.end_column - 1))),
            ]
        else:
            props.append(("endLine", str(f.end_line)))
        props.append(("title", f.code))
        message = f.message
        hint = suggestion_text(f)
        if hint:
            message += f" ({hint})"
        joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        return f"::{LEVELS[f.severity]} {joined}::{escape_data(message)}"
