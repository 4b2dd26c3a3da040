"""LanguageTool's HTTP API (v2), as its clients use it, mapped onto newslint findings.

A request's ``text``, or its annotated ``data`` (text pieces and markup pieces, the
form editors send so that markup is not checked), becomes one plain text to lint;
each finding is then reported where LanguageTool would report it: offsets count
UTF-16 code units, as Java does, in the original text with its markup.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newslint import __version__
from newslint.document import Document
from newslint.finding import Finding
from newslint.lazyre import lazy_compile
from newslint.rule import Rule
from newslint.server.limits import Limits, RequestError, clean

#: The language codes answered, with LanguageTool's names for them. newslint's rules do
#: not differ between variants; the code is accepted and echoed so clients keep working.
LANGUAGES = {
    "en": "English",
    "en-US": "English (US)",
    "en-GB": "English (GB)",
    "en-AU": "English (Australian)",
    "en-CA": "English (Canadian)",
    "en-NZ": "English (New Zealand)",
    "en-ZA": "English (South African)",
}
_BY_LOWER = {code.lower(): code for code in LANGUAGES}
#: LanguageTool's issue type for each family: clients colour their underlines by it.
ISSUE_TYPES = {
    "names": "misspelling",
    "numbers": "inconsistency",
    "dates": "inconsistency",
    "contradictions": "inconsistency",
    "sourcing": "style",
    "style": "style",
}
#: Characters of context either side of a match, as LanguageTool's default.
CONTEXT = 40
_ASTRAL = lazy_compile(r"[\U00010000-\U0010FFFF]")
_LINE_BREAKS = str.maketrans("\r\n\t", "   ")


@dataclass(frozen=True)
class Piece:
    """One item of annotated text: what the original holds, and what is checked for it."""

    original: str
    reading: str
    is_text: bool


@dataclass(frozen=True)
class CheckRequest:
    """A ``/v2/check`` request, validated: text pieces, language and rule choices."""

    pieces: tuple[Piece, ...]
    language: str
    detected: str
    enabled: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()
    enabled_only: bool = False


def languages() -> list[dict[str, str]]:
    """Answer ``GET /v2/languages`` in LanguageTool's shape."""
    return [
        {"name": name, "code": code.split("-")[0], "longCode": code}
        for code, name in LANGUAGES.items()
    ]


def parse_check(fields: Mapping[str, Any], limits: Limits) -> CheckRequest:
    """Validate the fields of a check request (form or JSON); raise RequestError if bad.

    Fields LanguageTool knows but newslint has no use for (``motherTongue``,
    ``level``, ``mode`` and so on) are accepted and ignored, as are unknown ones.
    """
    text, data = fields.get("text"), fields.get("data")
    if text is not None and data is not None:
        raise RequestError(400, "give either 'text' or 'data', not both")
    if text is None and data is None:
        raise RequestError(400, "missing 'text' or 'data' parameter")
    if text is not None:
        plain = clean(_string(text, "text"))
        pieces: tuple[Piece, ...] = (Piece(plain, plain, True),)
    else:
        pieces = parse_data(data)
    limits.check_text(sum(len(p.original) for p in pieces))
    language, detected = _language(fields.get("language"), fields.get("preferredVariants"))
    level = fields.get("level", "default")
    if level not in ("default", "picky"):
        raise RequestError(400, f"'level' must be 'default' or 'picky', not {_show(level)}")
    enabled = _ids(fields, "enabledRules") + _ids(fields, "enabledCategories", lower=True)
    disabled = _ids(fields, "disabledRules") + _ids(fields, "disabledCategories", lower=True)
    only = _flag(fields.get("enabledOnly", False), "enabledOnly")
    if only and not enabled:
        raise RequestError(
            400,
            "'enabledOnly' needs the rules or categories to use in 'enabledRules' "
            "or 'enabledCategories'",
        )
    return CheckRequest(pieces, language, detected, enabled, disabled, only)


def parse_data(data: Any) -> tuple[Piece, ...]:
    """Read the annotated-text ``data`` field: ``{"annotation": [{"text": ...}, ...]}``.

    Markup is not checked; its ``interpretAs`` is checked in its place (a blank line for
    a paragraph tag, say). Markup that is only whitespace and has no ``interpretAs``
    is read as that whitespace, so lines it separates do not run together.
    """
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise RequestError(400, f"'data' is not valid JSON: {exc}") from None
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RequestError(400, "'data' must be a JSON object with an 'annotation' list")
    pieces = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or ("text" in item) == ("markup" in item):
            raise RequestError(
                400, f"'data' annotation {i} must have either 'text' or 'markup', not both"
            )
        if "text" in item:
            text = clean(_string(item["text"], f"annotation {i} 'text'"))
            pieces.append(Piece(text, text, True))
            continue
        markup = clean(_string(item["markup"], f"annotation {i} 'markup'"))
        reading = item.get("interpretAs")
        if reading is None:
            is_space = markup != "" and not markup.strip()
            pieces.append(Piece(markup, markup if is_space else "", is_space))
        else:
            reading = clean(_string(reading, f"annotation {i} 'interpretAs'"))
            pieces.append(Piece(markup, reading, False))
    return tuple(pieces)


class Annotated:
    """The plain text checked for a request, and the way back to the original's offsets."""

    def __init__(self, pieces: Iterable[Piece]) -> None:
        pieces = list(pieces)
        self.plain = "".join(p.reading for p in pieces)
        self.original = "".join(p.original for p in pieces)
        #: (plain start, plain end, original start, original end, is text) per read piece.
        self._spans: list[tuple[int, int, int, int, bool]] = []
        plain = original = 0
        for p in pieces:
            if p.reading:
                self._spans.append(
                    (plain, plain + len(p.reading), original, original + len(p.original), p.is_text)
                )
            plain += len(p.reading)
            original += len(p.original)
        self._starts = [s[0] for s in self._spans]
        self._astral = [m.start() for m in _ASTRAL.finditer(self.original)]

    def to_original(self, offset: int, end: bool = False) -> int:
        """Map a code-point offset in the plain text to one in the original.

        An offset inside an ``interpretAs`` reading maps to the markup's start (or,
        for an end, the markup's end), so a match never splits a tag.
        """
        if not self._spans:
            return len(self.original)
        find = bisect_left if end else bisect_right
        i = max(find(self._starts, offset) - 1, 0)
        plain_start, _, start, stop, is_text = self._spans[i]
        if is_text:
            return min(start + max(offset - plain_start, 0), stop)
        return stop if end else start

    def units(self, offset: int, end: bool = False) -> int:
        """Return a plain-text offset as LanguageTool counts it: UTF-16 units in the original."""
        original = self.to_original(offset, end)
        return original + bisect_left(self._astral, original)


def respond(
    request: CheckRequest,
    annotated: Annotated,
    doc: Document,
    findings: list[Finding],
    rules: Mapping[str, Rule],
    incomplete: bool,
) -> dict[str, Any]:
    """Build the ``/v2/check`` answer for the findings of a request's text."""
    name = LANGUAGES[request.language]
    return {
        "software": {
            "name": "newslint",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "",
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": {
            "name": name,
            "code": request.language,
            "detectedLanguage": {
                "name": LANGUAGES[request.detected],
                "code": request.detected,
                "confidence": 1.0,
            },
        },
        "matches": [_match(f, rules.get(f.code), annotated, doc) for f in findings],
    }


def _match(finding: Finding, rule: Rule | None, annotated: Annotated, doc: Document) -> dict:
    offset = annotated.units(finding.start)
    family = finding.family
    summary = rule.summary if rule is not None else ""
    return {
        "message": finding.message,
        "shortMessage": summary,
        "replacements": [{"value": s} for s in finding.suggestions],
        "offset": offset,
        "length": max(annotated.units(finding.end, end=True) - offset, 0),
        "context": _context(annotated.plain, finding.start, finding.end),
        "sentence": _sentence(doc, finding.start),
        "type": {"typeName": "Other"},
        "rule": {
            "id": finding.code,
            "description": summary or finding.rule,
            "issueType": ISSUE_TYPES.get(family, "uncategorized"),
            "category": {"id": family, "name": family.capitalize()},
            "urls": [{"value": rule.doc_url}] if rule is not None and rule.doc_url else [],
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _context(plain: str, start: int, end: int) -> dict[str, Any]:
    """Return the match with up to 40 characters either side, on one line."""
    left, right = max(0, start - CONTEXT), min(len(plain), end + CONTEXT)
    before = ("..." if left else "") + plain[left:start]
    text = before + plain[start:right] + ("..." if right < len(plain) else "")
    return {
        "text": text.translate(_LINE_BREAKS),
        "offset": _utf16(before),
        "length": _utf16(plain[start:end]),
    }


def _sentence(doc: Document, offset: int) -> str:
    span = doc.sentence_at(offset)
    if span is not None:
        return doc.text[span.start : span.end]
    line = doc.line_index(min(offset, len(doc.text)))
    starts = doc.line_starts
    stop = starts[line + 1] if line + 1 < len(starts) else len(doc.text)
    return doc.text[starts[line] : stop].rstrip("\r\n")


def _utf16(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))


def _language(value: Any, preferred: Any) -> tuple[str, str]:
    """Return (language asked for, language checked as), refusing what is not English."""
    value = "auto" if value in (None, "") else _string(value, "language")
    if value.lower() == "auto":
        for variant in _split(preferred, "preferredVariants"):
            code = _BY_LOWER.get(variant.lower().replace("_", "-"))
            if code is not None:
                return code, code
        return "en-US", "en-US"
    code = _BY_LOWER.get(value.lower().replace("_", "-"))
    if code is None:
        known = ", ".join([*LANGUAGES, "auto"])
        raise RequestError(
            400, f"newslint checks English only; language {_show(value)} is not one of {known}"
        )
    return code, code


def _ids(fields: Mapping[str, Any], key: str, lower: bool = False) -> tuple[str, ...]:
    ids = _split(fields.get(key), key)
    return tuple(i.lower() for i in ids) if lower else ids


def _split(value: Any, key: str) -> tuple[str, ...]:
    """Read a comma-separated list (form) or a list of strings (JSON)."""
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    elif isinstance(value, str):
        items = value.split(",")
    else:
        raise RequestError(400, f"'{key}' must be a comma-separated list of ids")
    return tuple(i.strip() for i in items if i.strip())


def _flag(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise RequestError(400, f"'{key}' must be true or false, not {_show(value)}")


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise RequestError(400, f"'{key}' must be a string, not {type(value).__name__}")
    return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
