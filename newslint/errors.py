"""Errors a user can act on: each names the file (and line) it is about."""

from __future__ import annotations


class NewslintError(Exception):
    """A problem with input, configuration or a plugin; the CLI exits 2 on it."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class ConfigError(NewslintError):
    """Configuration that cannot be trusted: malformed, unknown key or wrong type."""


class InputError(NewslintError):
    """A draft that cannot be read as text."""


class PluginError(NewslintError):
    """A rule plugin that failed to load or declares itself wrongly."""
