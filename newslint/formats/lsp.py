"""LSP diagnostics: the CLI's ``--format lsp`` and the language server share one shape.

Findings carry code-point offsets; the protocol counts UTF-16 code units by default,
so columns are converted here, at the edge, from the line's own text.
"""

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
from newslint.formats.base import Formatter
from newslint.rule import docs_url
from newslint.source import read_source

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
    doc_url: str | None,
    units: Callable[[str], int] = utf16_units,
) -> dict[str, Any]:
    """Build one LSP Diagnostic as JSON: the CLI and the language server share this shape.

    ``codeDescription`` links the rule's documentation only when one is published.
    """
    diagnostic: dict[str, Any] = {
        "range": {
            "start": lsp_position(doc, finding.start, units),
            "end": lsp_position(doc, finding.end, units),
        },
        "severity": LSP_SEVERITY[finding.severity],
        "code": finding.code,
        "source": "newslint",
        "message": finding.message,
        "data": {
            "rule": finding.rule,
            "suggestions": list(finding.suggestions),
            "applicability": finding.applicability.value if finding.applicability else None,
        },
    }
    if doc_url:
        diagnostic["codeDescription"] = {"href": doc_url}
    return diagnostic


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
                lsp_diagnostic(f, doc, urls.get(f.code) or docs_url(f.code))
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
