"""Output formats, registered by name; adding one never touches the lint loop.

Each format is a small ``Formatter`` subclass in its own module, listed once in
``FORMATTERS``. A formatter receives everything a run produced and returns the
whole output as a string, so the lint loop never knows which format is in use.
"""

from __future__ import annotations

import importlib

from newslint.formats.base import Formatter
from newslint.formats.lsp import lsp_diagnostic, lsp_position

#: Format name -> its class, or "module:Class" until first used (a pre-commit run
#: that prints text never pays for importing the HTML report).
FORMATTERS: dict[str, type[Formatter] | str] = {
    "text": "newslint.formats.text:TextFormatter",
    "json": "newslint.formats.json:JsonFormatter",
    "github": "newslint.formats.github:GithubFormatter",
    "sarif": "newslint.formats.sarif:SarifFormatter",
    "html": "newslint.formats.html:HtmlFormatter",
    "lsp": "newslint.formats.lsp:LspFormatter",
}


def formatter_class(name: str) -> type[Formatter]:
    """Return the class registered under a format name."""
    try:
        found = FORMATTERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATTERS)})") from None
    if isinstance(found, str):
        module, _, attr = found.partition(":")
        found = FORMATTERS[name] = getattr(importlib.import_module(module), attr)
    return found


def get_formatter(name: str, *args: object, **kwargs: object) -> Formatter:
    """Return the formatter registered under a name (arguments go to its constructor)."""
    return formatter_class(name)(*args, **kwargs)  # type: ignore[arg-type]


__all__ = [
    "FORMATTERS",
    "Formatter",
    "formatter_class",
    "get_formatter",
    "lsp_diagnostic",
    "lsp_position",
]
