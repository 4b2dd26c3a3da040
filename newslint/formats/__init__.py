"""Output formats, registered by name; adding one never touches the lint loop.

Each format is a small ``Formatter`` subclass in its own module, listed once in
``FORMATTERS``. A formatter receives everything a run produced and returns the
whole output as a string, so the lint loop never knows which format is in use.
"""

from __future__ import annotations

from newslint.formats.base import Formatter
from newslint.formats.github import GithubFormatter
from newslint.formats.html import HtmlFormatter
from newslint.formats.json import JsonFormatter
from newslint.formats.lsp import LspFormatter, lsp_diagnostic, lsp_position
from newslint.formats.sarif import SarifFormatter
from newslint.formats.text import TextFormatter

FORMATTERS: dict[str, type[Formatter]] = {
    cls.name: cls
    for cls in (
        TextFormatter,
        JsonFormatter,
        GithubFormatter,
        SarifFormatter,
        HtmlFormatter,
        LspFormatter,
    )
}


def get_formatter(name: str, *args: object, **kwargs: object) -> Formatter:
    """Return the formatter registered under a name (arguments go to its constructor)."""
    try:
        cls = FORMATTERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATTERS)})") from None
    return cls(*args, **kwargs)  # type: ignore[arg-type]


__all__ = ["FORMATTERS", "Formatter", "get_formatter", "lsp_diagnostic", "lsp_position"]
