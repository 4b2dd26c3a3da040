"""The one record every rule, formatter and editor integration agrees on."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

FAMILIES = ("names", "numbers", "dates", "contradictions", "sourcing", "style")
#: The keys of a finding in JSON output, in order: a stable interface (see docs/cli.md, "Output").
JSON_FIELDS = (
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "code",
    "rule",
    "family",
    "severity",
    "message",
    "suggestions",
    "applicability",
)


class Severity(enum.IntEnum):
    """How loudly a finding speaks; ordered so a threshold is a comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read a severity name as written in configuration or on the command line."""
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        """Lower-case name, as printed and as written in configuration."""
        return self.name.lower()


class Applicability(str, enum.Enum):
    """Whether a rule's suggestion may be applied without a person reading it first.

    A safe fix keeps the meaning the writer intended ("the the" -> "the"); an unsafe one
    is a judgement that may be wrong (a weekday "corrected" when the date is the error,
    a name guessed from a near match), so ``--fix`` applies it only with
    ``--unsafe-fixes`` and editors offer it as a suggestion, not as the preferred fix.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Hit:
    """What a rule reports: a span of the text and what is wrong with it.

    Rules speak in code-point offsets into ``Document.text``; the engine stamps
    code, rule name, severity and positions so no rule can get them wrong.
    """

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, order=False)
class Finding:
    """One problem in one file, ready for any output format."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    family: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    text: str = field(default="", compare=False)
    #: How far the suggestions can be trusted; None when there are none.
    applicability: Applicability | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order findings the way a reader scans a file: by path, line, column."""
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON shape documented in docs/cli.md."""
        out = {key: getattr(self, key) for key in JSON_FIELDS}
        out["severity"] = self.severity.label
        out["suggestions"] = list(self.suggestions)
        out["applicability"] = self.applicability.value if self.applicability else None
        return out
