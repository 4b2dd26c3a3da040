"""Output formats, registered by name; adding one never touches the lint loop."""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newslint.document import Document
from newslint.errors import NewslintError
from newslint.finding import Finding, Severity
from newslint.rule import DOCS_URL, Rule
from newslint.source import read_source


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


#: LSP DiagnosticSeverity values (1 error, 2 warning, 3 information).
LSP_SEVERITY = {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 3}


def utf16_units(text: str) -> int:
    """Count UTF-16 code units, the protocol's default column unit."""
    # NOTE: surrogatepass keeps a lone surrogate (from a JSON escape) countable as one unit.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def lsp_position(doc: Document, offset: int, units: Callable[[str], int]) -> dict[str, int]:
    """Turn a code-point offset into a 0-based LSP position, columns in the client's units."""
    line = bisect_right(doc.line_starts, offset) - 1
    return {"line": line, "character": units(doc.text[doc.line_starts[line] : offset])}


def lsp_diagnostic(
    finding: Finding,
    doc: Document,
    doc_url: str,
    units: Callable[[str], int] = utf16_units,
) -> dict[str, Any]:
    """Build one LSP Diagnostic as JSON: the CLI and the language server share this shape."""
    return {
        "range": {
            "start": lsp_position(doc, finding.start, units),
            "end": lsp_position(doc, finding.end, units),
        },
        "severity": LSP_SEVERITY[finding.severity],
        "code": finding.code,
        "codeDescription": {"href": doc_url},
        "source": "newslint",
        "message": finding.message,
        "data": {"rule": finding.rule, "suggestions": list(finding.suggestions)},
    }


class LspFormatter(Formatter):
    """A JSON object mapping each file URI to its LSP diagnostics, for editor plugins."""

    name = "lsp"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return every linted file's diagnostics (``[]`` for a clean file) keyed by URI."""
        urls = {r.code: r.doc_url for r in self.rules}
        by_path: dict[str, list[Finding]] = {p: [] for p in paths}
        for f in findings:
            by_path.setdefault(f.path, []).append(f)
        out: dict[str, list[dict[str, Any]]] = {}
        for path, found in by_path.items():
            doc = _reread(path) if found else None
            out[Path(path).resolve().as_uri()] = [
                lsp_diagnostic(f, doc, urls.get(f.code) or DOCS_URL.format(code=f.code.lower()))
                for f in found
                if doc is not None
            ]
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _reread(path: str) -> Document | None:
    # Findings carry code-point offsets; UTF-16 columns need the line's text again.
    try:
        return Document(read_source(path, sys.maxsize).text, path)
    except NewslintError:
        return None


FORMATTERS: dict[str, type[Formatter]] = {
    cls.name: cls for cls in (TextFormatter, JsonFormatter, LspFormatter)
}


def get_formatter(name: str, rules: Sequence[Rule] = ()) -> Formatter:
    """Return the formatter registered under a name."""
    try:
        return FORMATTERS[name](rules)
    except KeyError:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATTERS)})") from None
