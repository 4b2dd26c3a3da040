"""What a rule is: a small declarative unit that consumes the shared analyses.

A rule declares its code, dotted name, family, default severity, summary, options
and a bad and a good example as class attributes, and yields ``Hit`` records from
``check``. It never reads files or tokenises text: ``Document`` has done that once.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from newslint.finding import Applicability, Hit, Severity

if TYPE_CHECKING:
    from newslint.document import Document

#: Where a newsroom publishes docs/rules.md (generated, with an anchor per code), as a
#: template such as ``https://wiki.example.org/newslint/rules.html#{code}``. newslint
#: has no web site of its own, so without it findings carry no documentation link.
DOCS_URL_VARIABLE = "NEWSLINT_DOCS_URL"


def docs_url(code: str) -> str | None:
    """Return the link to a rule's documentation, or None when none is configured."""
    template = os.environ.get(DOCS_URL_VARIABLE, "").strip()
    return template.replace("{code}", code.lower()) if template else None


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
    def doc_url(self) -> str | None:
        """Where the rule's documentation is published, if the run was told (see docs_url)."""
        return docs_url(self.code)

    @property
    def description(self) -> str:
        """The longer explanation: the class docstring, dedented."""
        import inspect

        return inspect.cleandoc(type(self).__doc__ or "") or self.summary

    def __repr__(self) -> str:
        return f"<rule {self.code} {self.name}>"
