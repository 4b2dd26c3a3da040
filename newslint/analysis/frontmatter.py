"""YAML front matter: the headline, the dateline and whatever else the CMS put there."""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from newslint.errors import InputError

_FENCE = regex.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)",
    regex.DOTALL,
)


def split_front_matter(text: str) -> tuple[int, int]:
    """Return (body_start, body_end) of the YAML inside a leading ``---`` fence, or (0, 0)."""
    m = _FENCE.match(text)
    if not m:
        return 0, 0
    return m.start(1), m.end(1)


def parse_front_matter(text: str, path: str) -> dict[str, Any]:
    """Parse front matter safely; a malformed block is an input error at its line."""
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
