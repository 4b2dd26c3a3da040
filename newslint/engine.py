"""Run the selected rules over a document, apply suppressions, stamp findings.

Data flows one way: Document (parsed once) -> claims (extracted once) -> rules -> hits
-> suppression -> findings. Rules cannot mis-stamp a code or a severity: the engine does it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newslint import selection
from newslint.config import Config
from newslint.document import Document
from newslint.errors import ConfigError, NewslintError
from newslint.finding import Applicability, Finding, Hit
from newslint.plugins import installed_rules, load_rules, unknown_plugins
from newslint.rule import Context, Rule

log = logging.getLogger(__name__)


class Resources:
    """Expensive things rules share across documents, loaded on first use."""

    def __init__(self, config: Config, rules: list[Rule]) -> None:
        self.config = config
        self.rules = rules

    @cached_property
    def registry(self) -> Any:
        """The name registry: shipped default plus configured files, later ones winning."""
        from newslint.registry import load_registry

        return load_registry(self.config.registry, default=self.config.default_registry)


@dataclass
class Result:
    """Findings of one document, plus rule crashes that must not pass silently."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[NewslintError] = field(default_factory=list)


class Linter:
    """Rules and settings for a run, reusable across many documents."""

    def __init__(self, config: Config | None = None, rules: list[Rule] | None = None) -> None:
        self.config = config or Config()
        self.rules = rules if rules is not None else configured_rules(self.config)
        self.resources = Resources(self.config, self.rules)
        self._check_selectors()
        self._contexts = {r.code: self._context(r) for r in self.rules}
        self._active: dict[tuple[str, ...], list[tuple[Rule, Any]]] = {}

    def _check_selectors(self) -> None:
        cfg = self.config
        for key, selectors in (
            ("select", cfg.select),
            ("extend-select", cfg.extend_select),
            ("ignore", cfg.ignore),
            ("extend-ignore", cfg.extend_ignore),
            ("severity", tuple(cfg.severity)),
        ):
            for sel in selectors:
                if not selection.is_known(sel, self.rules):
                    raise cfg.error(f"{cfg.setting(key)} names no known rule: '{sel}'", key)

    def _context(self, rule: Rule) -> Context:
        options = dict(rule.options)
        for key, given in self.config.rules.items():
            if selection.specificity(key, rule) != selection.EXACT:
                continue
            for opt, value in given.items():
                if opt not in rule.options:
                    known = ", ".join(sorted(rule.options)) or "none"
                    raise self.config.error(
                        f"rule {rule.code} ({rule.name}) has no option '{opt}' (options: {known})",
                        f"rules.{key}.{opt}",
                    )
                options[opt] = value
        return Context(options=options, reference_date=self.config.date, resources=self.resources)

    def unknown_rule_options(self) -> list[str]:
        """Return keys of ``rules:`` that name no rule, for a clear configuration error."""
        return [
            k
            for k in self.config.rules
            if not any(selection.specificity(k, r) == selection.EXACT for r in self.rules)
        ]

    def active(self, path: str) -> list[tuple[Rule, Any]]:
        """Return the rules that run on a path, with their severity."""
        cfg = self.config
        ignore = (
            cfg.ignore
            + cfg.extend_ignore
            + selection.path_ignores(path, cfg.root, cfg.per_file_ignores)
        )
        # NOTE: the answer depends on the path only through its ignores; most paths share one.
        found = self._active.get(ignore)
        if found is None:
            found = self._active[ignore] = [
                (r, selection.severity_for(r, cfg.severity))
                for r in self.rules
                if selection.is_enabled(r, cfg.select, ignore, cfg.extend_select)
            ]
        return list(found)

    def lint(self, doc: Document, rules: list[tuple[Rule, Any]] | None = None) -> Result:
        """Lint one analysed document with the active rules, or with the given subset of them.

        A checking service chooses rules per request (``enabledRules`` and the like)
        from one linter loaded at start, so no request pays for loading rules.
        """
        result = Result()
        chosen = self.active(doc.path) if rules is None else rules
        for rule, severity in sorted(chosen, key=lambda item: item[0].phase):
            for hit in self._run(rule, doc, result):
                finding = self._stamp(rule, severity, doc, hit)
                if not self._suppressed(rule, finding, doc):
                    result.findings.append(finding)
        result.findings.sort(key=Finding.sort_key)
        return result

    def _run(self, rule: Rule, doc: Document, result: Result) -> Iterator[Hit]:
        ctx = self._contexts[rule.code]
        if doc.reference_date is not None and doc.reference_date != ctx.reference_date:
            ctx = Context(ctx.options, doc.reference_date, ctx.resources)
        try:
            hits = list(rule.check(doc, ctx))
        except NewslintError:
            raise
        except Exception as exc:  # a rule's bug must not take the whole run down
            log.debug("rule %s crashed", rule.code, exc_info=True)
            result.errors.append(
                NewslintError(
                    f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}", doc.path
                )
            )
            return
        size = len(doc.text)
        for hit in hits:
            if not 0 <= hit.start <= hit.end <= size:
                log.debug("rule %s reported a span outside the text: %r", rule.code, hit)
                continue
            if rule.skip_quotes and doc.is_quoted(hit.start):
                continue
            yield hit

    def _stamp(self, rule: Rule, severity: Any, doc: Document, hit: Hit) -> Finding:
        line, col = doc.position(hit.start)
        end_line, end_col = doc.position(hit.end)
        return Finding(
            doc.path,
            hit.start,
            hit.end,
            line,
            col,
            end_line,
            end_col,
            rule.code,
            rule.name,
            rule.family,
            severity,
            hit.message,
            tuple(hit.suggestions),
            doc.text[hit.start : hit.end],
            (rule.fix or Applicability.UNSAFE) if hit.suggestions else None,
        )

    def _suppressed(self, rule: Rule, finding: Finding, doc: Document) -> bool:
        line = finding.line - 1
        for d in doc.directives:
            if d.verb == "enable" or not d.covers(line) or d.start == finding.start:
                continue
            hits = (
                [s for s in d.selectors if selection.specificity(s, rule)] if d.selectors else ["*"]
            )
            if hits:
                d.used.update(hits)
                return True
        return False


def configured_rules(config: Config) -> list[Rule]:
    """Load the rules a configuration asks for: built-ins, its plugins and its packs."""
    if config.plugins is not None:
        unknown = unknown_plugins(config.plugins)
        if unknown:
            raise config.error(
                f"'plugins' names no installed rule plugin: '{unknown[0]}'", "plugins"
            )
    return load_rules(config.packs, config.plugins)


def check_config(linter: Linter) -> None:
    """Raise for ``rules:`` entries that name no rule (kept apart so the LSP can report it)."""
    unknown = linter.unknown_rule_options()
    if unknown:
        raise linter.config.error(
            f"'rules' names no known rule: '{unknown[0]}'", f"rules.{unknown[0]}"
        )


def build_linter(config: Config) -> Linter:
    """Create a linter for a configuration, failing early on anything it cannot honour."""
    linter = Linter(config)
    check_config(linter)
    return linter


def lint_document(doc: Document, config: Config | None = None) -> Result:
    """Lint an already analysed document with a (cached) linter for the configuration."""
    return linter_for(config or Config()).lint(doc)


_LINTERS: dict[str, Linter] = {}


def linter_for(config: Config) -> Linter:
    """Reuse a linter per configuration: rules and registry load once per process.

    Keyed by content, not identity, so a configuration unpickled in a worker process
    for every story still finds the linter built for the first one; and by the set of
    installed rules, so reloading plugins does not hand out a linter built without them.
    """
    key = f"{id(installed_rules(config.plugins))}:{config!r}"
    linter = _LINTERS.get(key)
    if linter is None:
        if len(_LINTERS) > 32:
            _LINTERS.clear()
        linter = _LINTERS[key] = build_linter(config)
    return linter


__all__ = ["ConfigError", "Linter", "Result", "build_linter", "lint_document", "linter_for"]
