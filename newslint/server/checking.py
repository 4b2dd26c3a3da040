"""One check, as a worker process runs it: choose the rules, lint, shape the answer.

A job carries only the validated request; the linter (rules, packs, registry) is
the one the worker inherited at start. The answer is encoded here, in the worker,
so the event loop only passes bytes on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from newslint import selection
from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import NewslintError
from newslint.finding import Severity
from newslint.rule import Rule
from newslint.server import api, languagetool
from newslint.server.limits import MAX_FINDINGS

log = logging.getLogger(__name__)

Chosen = list[tuple[Rule, Severity]]
_CHOSEN: dict[tuple[Any, ...], Chosen | None] = {}


@dataclass(frozen=True)
class LanguageToolJob:
    """A ``/v2/check`` request to answer in LanguageTool's shape."""

    request: languagetool.CheckRequest
    #: The service's ``--date``: LanguageTool clients have no way to send one.
    date: dt.date | None = None

    def run(self, linter: Linter) -> dict[str, Any]:
        """Lint the request's plain text and map the findings back onto its original."""
        req = self.request
        annotated = languagetool.Annotated(req.pieces)
        date = self.date or linter.config.date
        doc = Document(annotated.plain, "draft.txt", kind="text", reference_date=date)
        if req.enabled_only:
            rules = choose(linter, doc.path, select=req.enabled, ignore=req.disabled)
        else:
            rules = choose(linter, doc.path, ignore=req.disabled, also=req.enabled)
        result = linter.lint(doc, rules)
        findings = result.findings[:MAX_FINDINGS]
        incomplete = bool(result.errors) or len(result.findings) > MAX_FINDINGS
        by_code = {r.code: r for r in linter.rules}
        return languagetool.respond(req, annotated, doc, findings, by_code, incomplete)


@dataclass(frozen=True)
class ApiJob:
    """An ``/api/check`` request, answered with newslint's own finding objects."""

    request: api.ApiCheck
    date: dt.date | None = None

    def run(self, linter: Linter) -> dict[str, Any]:
        """Lint the draft as ``newslint check`` would lint the same file."""
        req = self.request
        date = req.date or self.date or linter.config.date
        doc = Document(req.text, req.path, kind=req.kind, reference_date=date)
        result = linter.lint(doc, choose(linter, doc.path, select=req.select, ignore=req.ignore))
        return api.respond(
            doc.reference_date,
            result.findings[:MAX_FINDINGS],
            [str(e) for e in result.errors],
            len(result.findings) > MAX_FINDINGS,
        )


def choose(
    linter: Linter,
    path: str,
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] = (),
    also: tuple[str, ...] = (),
) -> Chosen | None:
    """Pick the rules a request runs from those loaded; None means the configured ones.

    ``select`` replaces the configuration's ``select`` and ``ignore`` adds to its
    ``ignore``, exactly as ``--select`` and ``--ignore`` do; ``also`` turns on rules
    besides the configured ones (LanguageTool's ``enabledRules``), again unless ignored.
    """
    if select is None and not ignore and not also:
        return None
    key = (id(linter), path, select, ignore, also)
    if key in _CHOSEN:
        return _CHOSEN[key]
    cfg = linter.config
    ignored = (
        cfg.ignore + selection.path_ignores(path, cfg.root, cfg.per_file_ignores) + tuple(ignore)
    )
    base = cfg.select if select is None else select
    chosen = [
        (rule, selection.severity_for(rule, cfg.severity))
        for rule in linter.rules
        if selection.is_enabled(rule, base, ignored)
        or (also and selection.is_enabled(rule, also, ignored))
    ]
    if len(_CHOSEN) > 256:
        _CHOSEN.clear()
    _CHOSEN[key] = chosen
    return chosen


def answer(linter: Linter, job: LanguageToolJob | ApiJob) -> tuple[int, bytes | str]:
    """Run a job: (200, the JSON body) or (status, the reason it failed). Never raises."""
    try:
        payload = job.run(linter)
    except NewslintError as exc:  # the draft itself is unreadable, e.g. broken front matter
        return 400, str(exc)
    except Exception as exc:  # a bug must cost one answer, not the worker
        log.exception("checking failed")
        return 503, f"checking failed: {type(exc).__name__}: {exc}"
    return 200, json.dumps(payload, ensure_ascii=False).encode("utf-8")
