"""YAML front matter: the headline, the dateline and whatever else the CMS put there."""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from newslint.errors import InputError
from newslint.lazyre import lazy_compile

_FENCE = lazy_compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)",
    regex.DOTALL,
)


def split_front_matter(text: str) -> tuple[int, int]:
    """Return (body_start, body_end) of the YAML inside a leading ``---`` fence, or (0, 0)."""
    m = _FENCE.match(text)
    if not m:
        return 0, 0
    return m.start(1), m.end(1)


# Flat front matter of plain words and ISO days, read without a YAML parser. Anything
# else (quotes, colons, lists, numbers, comments, blank lines) goes to the parser.
_KEY = r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*):[ ]+"
_DAY_LINE = lazy_compile(_KEY + r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})[ ]*")
_WORDS_LINE = lazy_compile(_KEY + r"(?P<value>\p{L}[\p{L}\p{N} ,.;'’“”()/?!-]*?)[ ]*")
# Plain words YAML would read as something other than a string, under YAML 1.1 or 1.2.
_NOT_STRINGS = frozenset("true false null yes no on off y n".split())


def _flat_front_matter(text: str) -> dict[str, Any] | None:
    """Read the flat ``key: value`` block most drafts carry, or None to leave it to YAML.

    NOTE: a YAML parser costs over a millisecond per draft, as much as the rest of the
    analyses of a short story; the answer here must be exactly the parser's.
    """
    out: dict[str, Any] = {}
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        day = _DAY_LINE.fullmatch(line)
        words = None if day else _WORDS_LINE.fullmatch(line)
        if day:
            key = day.group("key")
            try:
                value: Any = dt.date(int(day.group("y")), int(day.group("m")), int(day.group("d")))
            except ValueError:
                return None
        elif words and words.group("value").lower() not in _NOT_STRINGS:
            key, value = words.group("key"), words.group("value")
        else:
            return None
        if key in out or key.lower() in _NOT_STRINGS:
            return None
        out[key] = value
    return out


def parse_front_matter(text: str, path: str) -> dict[str, Any]:
    """Parse front matter safely; a malformed block is an input error at its line."""
    flat = _flat_front_matter(text)
    if flat is not None:
        return flat
    # NOTE: imported here: most drafts' front matter never needs the parser.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe", pure=True)
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else None
        raise InputError(f"invalid front matter: {exc.problem or exc}", path, line) from None
    except (YAMLError, ValueError, TypeError) as exc:
        raise InputError(f"invalid front matter: {exc}", path, 1) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("invalid front matter: expected a mapping of keys", path, 2)
    return {str(k): v for k, v in data.items()}


def as_date(value: Any) -> dt.date | None:
    """Read a front matter or configuration date in the forms newsroom tools write."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
