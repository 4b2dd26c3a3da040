"""newslint: an editorial linter for news drafts.

The library API is ``lint_text``; the command line is ``newslint`` (``newslint.cli``).
"""

from __future__ import annotations

import datetime as dt

from newslint.config import Config
from newslint.finding import Finding, Hit, Severity

__version__ = "0.1.0"
__all__ = ["Config", "Finding", "Hit", "Severity", "__version__", "lint_text"]


def lint_text(
    text: str,
    path: str = "<string>",
    config: Config | None = None,
    kind: str | None = None,
    date: dt.date | None = None,
) -> list[Finding]:
    """Lint a draft held in memory and return its findings, sorted by position.

    Inputs are plain, picklable values so newsroom tools and distributed runs can
    call it without the CLI. ``kind`` is "markdown" or "text" (default: from the
    path's suffix); ``date`` is the dateline when the text has no front matter date.
    Raises ``NewslintError`` for malformed front matter or a crashing rule.
    """
    from newslint.document import Document
    from newslint.engine import lint_document

    config = config or Config()
    doc = Document(text, path, kind=kind, reference_date=date or config.date)
    result = lint_document(doc, config)
    if result.errors:
        raise result.errors[0]
    return result.findings
