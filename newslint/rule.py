"""What a rule is: a small declarative unit that consumes the shared analyses.

A rule declares its code, dotted name, family, default severity, summary, options
and a bad and a good example as class attributes, and yields ``Hit`` records from
``check``. It never reads files or tokenises text: ``Document`` has done that once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from newslint.finding import Applicability, Hit, Severity

if TYPE_CHECKING:
    from newslint.document import Document

#: Rule documentation is generated into docs/rules.md; each rule has an anchor by code.
DOCS_URL = "https://github.com/newslint/newslint/blob/main/docs/rules.md#{code}"


@dataclass(frozen=True)
class Context:
    """What a rule may know beyond the document: its options, the date, shared resources."""

    options: Mapping[str, Any] = field(default_factory=dict)
    reference_date: dt.date | None = None
    resources: Any = None

    @property
    def registry(self) -> Any:
        """The name registry configured for this run (loaded once, on first use)."""
        return self.resources.registry if self.resources is not None else None


class Rule:
    """Base class for built-in, plugin and pack rules."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str] = ""
    bad: ClassVar[str] = ""
    good: ClassVar[str] = ""
    options: ClassVar[Mapping[str, Any]] = {}
    aliases: ClassVar[tuple[str, ...]] = ()
    enabled_by_default: ClassVar[bool] = True
    #: Rules run in phases: 0 for the text; later phases speak about suppressions, which
    #: must first have been applied to everything earlier phases found.
    phase: ClassVar[int] = 0
    #: Set by the engine for rules that only speak about prose outside quotations.
    skip_quotes: ClassVar[bool] = False
    #: What ``--fix`` may do with the rule's suggestions: SAFE ones it applies, UNSAFE ones
    #: only with ``--unsafe-fixes``. None for a rule that suggests nothing; suggestions
    #: from a rule that declares nothing are treated as unsafe.
    fix: ClassVar[Applicability | None] = None
    #: Where the rule came from: "newslint", a distribution name, or a pack file.
    origin: str = "newslint"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield what is wrong in the document."""
        raise NotImplementedError

    @property
    def doc_url(self) -> str:
        """Where the rule's documentation lives."""
        return DOCS_URL.format(code=self.code.lower())

    @property
    def description(self) -> str:
        """The longer explanation: the class docstring, dedented."""
        import inspect

        return inspect.cleandoc(type(self).__doc__ or "") or self.summary

    def __repr__(self) -> str:
        return f"<rule {self.code} {self.name}>"
