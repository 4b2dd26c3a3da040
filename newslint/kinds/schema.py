"""Check one YAML value against a key's declared type, and compile what needs compiling.

Every problem is raised as ``Invalid`` with the line the value sits on, so a pack
author reads ``house.yml:14: ...`` and not a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from newslint.kinds.base import Pattern, flags, word_regex
from newslint.kinds.substitution import Swap
from newslint.lazyre import lazy_compile

_GROUP_REF = lazy_compile(r"\\(?:g<(\w+)>|(\d+))")


class Invalid(Exception):
    """A value that does not fit its key; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def line_of(node: Any, key: Any, default: int) -> int:
    """Return the 1-based line of a mapping key's value or a sequence item, if known."""
    lc = getattr(node, "lc", None)
    try:
        if isinstance(key, int):
            return int(lc.item(key)[0]) + 1
        return int(lc.value(key)[0]) + 1
    except (AttributeError, KeyError, IndexError, TypeError):
        return default


class Compiler:
    """Type-check and compile the values of one rule (its file and ignore-case are fixed)."""

    def __init__(self, where: str, ignore_case: bool) -> None:
        self.where = where
        self.flags = flags(ignore_case)
        self.checks: dict[str, Callable[[str, Any, int], Any]] = {
            "string": self._string,
            "boolean": self._boolean,
            "integer": self._integer,
            "list of strings": self._strings,
            "words": self._words,
            "patterns": self._patterns,
            "pattern": self._pattern,
            "swaps": self._swaps,
            "list of word sets": self._word_sets,
        }

    def value(self, type_: str, key: str, value: Any, line: int) -> Any:
        """Return the value checked (and compiled) for its declared type."""
        if type_.startswith("one of "):
            choices = type_[len("one of ") :].split("|")
            if value not in choices:
                raise Invalid(
                    f"'{key}' must be one of {', '.join(choices)}, not {_show(value)}", line
                )
            return value
        return self.checks[type_](key, value, line)

    def compile(self, source: str, line: int, key: str) -> Pattern:
        """Compile one pattern once for the whole run; a bad one names its line."""
        try:
            compiled = regex.compile(source, self.flags)
        except (regex.error, TypeError) as exc:
            raise Invalid(f"bad regular expression in '{key}': {exc}", line) from None
        return Pattern(source, compiled, f"{self.where}:{line}")

    def _string(self, key: str, value: Any, line: int) -> str:
        if not isinstance(value, str) or not value.strip():
            raise Invalid(f"'{key}' must be a non-empty string, not {_show(value)}", line)
        return value

    def _boolean(self, key: str, value: Any, line: int) -> bool:
        if not isinstance(value, bool):
            raise Invalid(f"'{key}' must be true or false, not {_show(value)}", line)
        return value

    def _integer(self, key: str, value: Any, line: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise Invalid(f"'{key}' must be a whole number, not {_show(value)}", line)
        return value

    def _strings(self, key: str, value: Any, line: int) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(f"'{key}' must be a list of strings, not {_show(value)}", line)
        return [self._string(key, v, line_of(value, i, line)) for i, v in enumerate(value)]

    def _words(self, key: str, value: Any, line: int) -> list[Pattern]:
        words = self._strings(key, value, line)
        return [self.compile(word_regex(words), line, key)] if words else []

    def _patterns(self, key: str, value: Any, line: int) -> list[Pattern]:
        sources = self._strings(key, value, line)
        return [self.compile(p, line_of(value, i, line), key) for i, p in enumerate(sources)]

    def _pattern(self, key: str, value: Any, line: int) -> Pattern:
        return self.compile(self._string(key, value, line), line, key)

    def _swaps(self, key: str, value: Any, line: int) -> list[Swap]:
        if not isinstance(value, list):
            raise Invalid(f"'{key}' must be a list of {{word|pattern, use}} entries", line)
        return [self._swap(entry, line_of(value, i, line)) for i, entry in enumerate(value)]

    def _swap(self, entry: Any, line: int) -> Swap:
        if not isinstance(entry, dict):
            raise Invalid(f"each 'swap' entry must be a mapping, not {_show(entry)}", line)
        unknown = [k for k in entry if k not in ("word", "pattern", "use")]
        if unknown:
            raise Invalid(
                f"unknown key '{unknown[0]}' in a 'swap' entry (word, pattern, use)", line
            )
        if ("word" in entry) == ("pattern" in entry) or "use" not in entry:
            raise Invalid(
                "each 'swap' entry needs 'use' and exactly one of 'word', 'pattern'", line
            )
        use = entry["use"] if isinstance(entry["use"], list) else [entry["use"]]
        uses = tuple(self._strings("use", use, line_of(entry, "use", line)))
        if "word" in entry:
            word = self._string("word", entry["word"], line)
            return Swap(self.compile(word_regex([word]), line, "word"), uses, False)
        find = self._pattern("pattern", entry["pattern"], line_of(entry, "pattern", line))
        for u in uses:
            for ref in _GROUP_REF.findall(u):
                name = ref[0] or ref[1]
                known = name in find.compiled.groupindex or (
                    name.isdigit() and int(name) <= find.compiled.groups
                )
                if not known:
                    raise Invalid(
                        f"'use' {u!r} refers to group {name!r}, which the pattern lacks", line
                    )
            problem = _template_problem(find.compiled, u)
            if problem:
                raise Invalid(f"'use' {u!r} is not a valid replacement: {problem}", line)
        return Swap(find, uses, True)

    def _word_sets(self, key: str, value: Any, line: int) -> list[list[tuple[str, Pattern]]]:
        if not isinstance(value, list):
            raise Invalid(f"'{key}' must be a list of lists of spellings", line)
        out = []
        for i, entry in enumerate(value):
            words = self._strings(key, entry, line_of(value, i, line))
            out.append([(w, self.compile(word_regex([w]), line, key)) for w in words])
        return out


def _show(value: Any) -> str:
    """Name what was found, without printing containers (aliases may nest them deeply)."""
    if value is None:
        return "nothing"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


def _template_problem(pattern: regex.Pattern[str], template: str) -> str | None:
    r"""Return why a replacement template would fail on a match, or None if it works.

    The template is expanded against an empty match of a pattern with the same groups,
    so a bad escape ("\z") is reported when the pack loads, not when a draft matches.
    """
    names = {i: n for n, i in pattern.groupindex.items()}
    shape = "".join(
        f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, pattern.groups + 1)
    )
    try:
        match = regex.compile(shape).match("")
        if match is not None:
            match.expand(template)
    except (regex.error, IndexError) as exc:
        return str(exc)
    return None
