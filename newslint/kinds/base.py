"""What every YAML rule kind shares: the declared keys, compiled patterns, bounded matching.

A pack rule is an ordinary ``Rule`` whose code, name, severity and documentation come
from YAML, so selection, severity overrides, suppression and every output format treat
it exactly like a built-in rule. Each kind declares the keys it accepts in ``KEYS``;
``newslint.packs`` validates a rule against them (with line numbers) before the kind
class ever sees the values.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

import regex

from newslint.errors import ConfigError
from newslint.finding import Applicability, Hit, Severity
from newslint.rule import Context, Rule

if TYPE_CHECKING:
    from newslint.document import Document

#: Seconds one pattern may spend on one block of prose before it is declared runaway.
TIME_LIMIT = 0.5
#: Extra seconds per character searched (2 s per MB, ten times what the shipped
#: patterns need), so a sound pattern is not stopped on a paragraph megabytes long
#: while a backtracking one still is: its time grows faster than any linear allowance.
TIME_PER_CHAR = 2e-6

_WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
#: Whole-word edges: no letter or digit next to the phrase, nor a hyphen joining one.
_WORD_START = rf"(?<!{_WORD_CHAR}|[\p{{L}}\p{{N}}][-‐])"
_WORD_END = rf"(?!{_WORD_CHAR}|[-‐][\p{{L}}\p{{N}}])"


class PatternTimeout(Exception):
    """A pack pattern that backtracks without end; the engine reports it against the rule."""


class Key(NamedTuple):
    """One key a kind accepts: its type (see ``newslint.packs.TYPES``), need and default."""

    type: str
    required: bool = False
    default: Any = None


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern and where it was written, for error messages."""

    source: str
    compiled: regex.Pattern[str]
    where: str

    def finditer(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """Match within ``text[start:end]``, giving up when the time allowed runs out."""
        limit = TIME_LIMIT + (end - start) * TIME_PER_CHAR
        try:
            yield from self.compiled.finditer(text, start, end, timeout=limit)
        except TimeoutError:
            raise PatternTimeout(
                f"pattern {self.source!r} ({self.where}) ran longer than {limit:.1f} s "
                "on one paragraph and was stopped; simplify it (nested repeats backtrack)"
            ) from None


def word_regex(words: list[str]) -> str:
    """Return a regex matching any of the phrases as whole words, longest first.

    Spaces in a phrase match any run of white space, so a phrase split across lines or
    around blanked markup still matches.
    """
    escaped = [
        r"\s+".join(regex.escape(part) for part in w.split())
        for w in sorted(words, key=len, reverse=True)
    ]
    return f"{_WORD_START}(?:{'|'.join(escaped)}){_WORD_END}"


def flags(ignore_case: bool) -> int:
    """Return the regex flags for a rule: Unicode case folding when case is ignored.

    NOTE: not FULLCASE ("ß" = "ss"): it triples matching time for word lists, and news
    style rules never need one letter to match two.
    """
    return regex.IGNORECASE if ignore_case else 0


def fix_case(matched: str, suggestion: str) -> str:
    """Give a suggestion the case of the words it replaces ("Very unique" -> "Unique")."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and suggestion.islower():
        return suggestion.upper()
    if letters and letters[0].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def placeholders(template: str) -> set[str]:
    """Return the ``{names}`` a message template uses (raises ValueError if malformed)."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


@dataclass(frozen=True)
class RuleSpec:
    """The keys every pack rule has, validated, plus the kind's own values."""

    code: str
    name: str
    family: str
    severity: Severity
    summary: str
    description: str
    message: str
    aliases: tuple[str, ...]
    enabled: bool
    include_quotes: bool
    bad: tuple[str, ...]
    good: tuple[str, ...]
    origin: str
    values: Mapping[str, Any]


class PackRule(Rule):
    """A rule declared in YAML; subclasses implement one kind each."""

    kind: ClassVar[str] = ""
    #: Keys of this kind, beyond the ones every rule has.
    KEYS: ClassVar[Mapping[str, Key]] = {}
    #: Keys a configuration may override under ``rules:``, as options.
    OPTIONS: ClassVar[tuple[str, ...]] = ()
    #: Placeholders the message template may use, beyond ``{match}``.
    FIELDS: ClassVar[tuple[str, ...]] = ()
    #: Whether quoted speech is checked when the rule does not say (wording rules: no).
    QUOTES: ClassVar[bool] = False
    #: Whether case is ignored when the rule does not say.
    IGNORE_CASE: ClassVar[bool] = True
    #: How trustworthy the kind's suggestions are when the rule does not say (``fix:``);
    #: None for kinds that suggest nothing.
    FIX: ClassVar[Applicability | None] = None

    def __init__(self, spec: RuleSpec) -> None:
        # NOTE: Rule declares these on the class; a pack rule's come from YAML, per instance.
        self.spec = spec
        self.code = spec.code  # type: ignore[misc]
        self.name = spec.name  # type: ignore[misc]
        self.family = spec.family  # type: ignore[misc]
        self.severity = spec.severity  # type: ignore[misc]
        self.summary = spec.summary  # type: ignore[misc]
        self.aliases = spec.aliases  # type: ignore[misc]
        self.enabled_by_default = spec.enabled  # type: ignore[misc]
        self.skip_quotes = not spec.include_quotes and not self.QUOTES  # type: ignore[misc]
        self.bad = spec.bad[0] if spec.bad else ""  # type: ignore[misc]
        self.good = spec.good[0] if spec.good else ""  # type: ignore[misc]
        self.options = {k: spec.values[k] for k in self.OPTIONS}  # type: ignore[misc]
        given = spec.values.get("fix")
        self.fix = Applicability(given) if given else self.FIX  # type: ignore[misc]
        self.origin = spec.origin

    @property
    def description(self) -> str:
        """The rule's explanation as its pack gives it."""
        return self.spec.description or self.summary

    @property
    def include_quotes(self) -> bool:
        """Whether the rule speaks about quoted speech too."""
        return self.spec.include_quotes or self.QUOTES

    @classmethod
    def problem(cls, values: Mapping[str, Any]) -> tuple[str, str] | None:
        """Return (key, what is wrong) when the values do not fit together, else None."""
        return None

    def message(self, **fields: Any) -> str:
        """Fill the rule's message template."""
        return self.spec.message.format(**fields)

    def option(self, ctx: Context, key: str) -> Any:
        """Return an option as configured for this run, else as the pack declares it."""
        if key not in ctx.options or ctx.options[key] == self.spec.values[key]:
            return self.spec.values[key]
        from newslint.kinds.schema import Compiler, Invalid

        try:
            return Compiler(self.origin, True).value(self.KEYS[key].type, key, ctx.options[key], 0)
        except Invalid as exc:
            raise ConfigError(f"option of rule {self.code} ({self.name}): {exc}") from None

    def matches(
        self, doc: Document, patterns: list[Pattern], kinds: tuple[str, ...] = ()
    ) -> list[regex.Match[str]]:
        """Return non-overlapping matches of the patterns in the prose, block by block.

        Matches in quoted speech are dropped unless the rule includes quotes; ``kinds``
        limits the search to blocks of those kinds.
        """
        found: list[regex.Match[str]] = []
        # NOTE: most blocks match no pattern; an editor's re-lint skips those.
        keyed = [(p, ("no match", p.source, p.compiled.flags)) for p in patterns]
        for block in doc.blocks:
            if kinds and block.kind not in kinds:
                continue
            for pattern, key in keyed:
                if doc.recall(key, block):
                    continue
                got = list(pattern.finditer(doc.prose, block.start, block.end))
                if got:
                    found.extend(got)
                else:
                    doc.remember(key, block, True)
        found.sort(key=lambda m: (m.start(), -m.end()))
        out: list[regex.Match[str]] = []
        for m in found:
            if m.end() == m.start() or (out and m.start() < out[-1].end()):
                continue
            if not self.include_quotes and doc.is_quoted(m.start()):
                continue
            out.append(m)
        return out

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        """Yield what the kind finds (subclasses implement)."""
        raise NotImplementedError
