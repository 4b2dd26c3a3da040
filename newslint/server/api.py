"""newslint's own JSON API: ``POST /api/check`` answers as ``check --format json`` does.

The request names everything the command line would take from a file or a flag:
the draft, its kind, its date (front matter wins, as with ``--date``) and rule
selectors; nothing in it can reach the disk or the configuration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newslint import selection
from newslint.finding import Finding
from newslint.rule import Rule
from newslint.server.limits import Limits, RequestError, clean

FIELDS = ("text", "kind", "date", "select", "ignore")
KINDS = ("markdown", "text")


@dataclass(frozen=True)
class ApiCheck:
    """A validated ``/api/check`` request."""

    text: str
    kind: str = "markdown"
    date: dt.date | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """Return the name findings are reported under (nothing is read from it)."""
        return "draft.md" if self.kind == "markdown" else "draft.txt"


def parse_check(fields: Mapping[str, Any], limits: Limits, rules: Iterable[Rule]) -> ApiCheck:
    """Validate an ``/api/check`` body; unknown keys are refused so typos do not pass."""
    unknown = [k for k in fields if k not in FIELDS]
    if unknown:
        raise RequestError(
            400, f"unknown field {unknown[0][:40]!r} (known fields: {', '.join(FIELDS)})"
        )
    text = fields.get("text")
    if not isinstance(text, str):
        raise RequestError(400, "'text' is required and must be a string")
    limits.check_text(len(text))
    kind = fields.get("kind", "markdown")
    if kind not in KINDS:
        raise RequestError(400, f"'kind' must be 'markdown' or 'text', not {str(kind)[:40]!r}")
    rules = list(rules)
    select = _selectors(fields, "select", rules)
    return ApiCheck(
        clean(text),
        kind,
        _date(fields.get("date")),
        select or None,
        _selectors(fields, "ignore", rules),
    )


def respond(
    doc_date: dt.date | None, findings: list[Finding], errors: list[str], truncated: bool
) -> dict[str, Any]:
    """Build the answer: the stable finding objects, the date used and any rule crashes."""
    return {
        "findings": [f.to_dict() for f in findings],
        "date": doc_date.isoformat() if doc_date else None,
        "truncated": truncated,
        "errors": errors,
    }


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RequestError(
            400, f"'date' must be a date like 2025-11-04, not {value!r:.40}"
        ) from None


def _selectors(fields: Mapping[str, Any], key: str, rules: list[Rule]) -> tuple[str, ...]:
    value = fields.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(400, f"'{key}' must be a list of rule codes, names or families")
    out = tuple(v.strip() for v in value if v.strip())
    for sel in out:
        if not selection.is_known(sel, rules):
            raise RequestError(400, f"'{key}' names no known rule: {sel[:40]!r}")
    return out
