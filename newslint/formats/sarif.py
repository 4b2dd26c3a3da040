"""SARIF 2.1.0, the static-analysis exchange format read by code-scanning services."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newslint import __version__
from newslint.baseline import keys
from newslint.finding import Finding, Severity
from newslint.formats.base import Formatter
from newslint.rule import Rule

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
#: Relative paths are resolved against the folder newslint ran in, named by this id.
ROOT_ID = "SRCROOT"


def artifact(path: str) -> dict[str, str]:
    """Locate a file: relative paths against the run's folder, absolute ones as file URIs."""
    p = Path(path)
    if p.is_absolute():
        return {"uri": p.as_uri()}
    return {"uri": quote(p.as_posix()), "uriBaseId": ROOT_ID}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """Describe a rule with what code-scanning services show next to its results."""
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.family]},
    }
    if rule.doc_url:  # only where the documentation is published (NEWSLINT_DOCS_URL)
        descriptor["helpUri"] = rule.doc_url
    return descriptor


class SarifFormatter(Formatter):
    """One SARIF log with a single run: the rules' metadata and one result per finding."""

    name = "sarif"

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the SARIF log as JSON."""
        return json.dumps(self.log(findings), ensure_ascii=False, indent=2) + "\n"

    def log(self, findings: Sequence[Finding]) -> dict[str, Any]:
        """Build the SARIF log object."""
        rules = sorted({r.code: r for r in self.rules}.values(), key=lambda r: r.code)
        index = {r.code: i for i, r in enumerate(rules)}
        ordered = sorted(findings, key=Finding.sort_key)
        results = [self.result(f, k, index) for f, k in zip(ordered, keys(ordered), strict=True)]
        driver = {
            "name": "newslint",
            "version": __version__,
            "rules": [rule_descriptor(r) for r in rules],
        }
        run = {
            "tool": {"driver": driver},
            "invocations": [self.invocation()],
            "originalUriBaseIds": {ROOT_ID: {"uri": Path.cwd().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}

    def invocation(self) -> dict[str, Any]:
        """Say whether every file could be linted, and why not."""
        notes = [{"level": "error", "message": {"text": e}} for e in self.errors]
        return {"executionSuccessful": not self.errors, "toolExecutionNotifications": notes}

    @staticmethod
    def result(f: Finding, key: Any, index: dict[str, int]) -> dict[str, Any]:
        """Turn one finding into a SARIF result."""
        region = {
            "startLine": f.line,
            "startColumn": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
            "snippet": {"text": f.text},
        }
        location = {"physicalLocation": {"artifactLocation": artifact(f.path), "region": region}}
        # NOTE: the fingerprint leaves out line numbers on purpose, as the baseline does,
        # so a finding keeps its identity when text is added above it.
        digest = hashlib.sha256("\0".join(map(str, key[1:])).encode()).hexdigest()
        out: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [location],
            "partialFingerprints": {"newslintFinding/v1": digest},
            "properties": {"rule": f.rule, "family": f.family},
        }
        if f.code in index:
            out["ruleIndex"] = index[f.code]
        if f.suggestions:
            out["fixes"] = [fix(f, s) for s in f.suggestions]
        return out


def fix(f: Finding, replacement: str) -> dict[str, Any]:
    """Describe a suggestion as a SARIF fix replacing the offending words."""
    deleted = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    text = f"Replace with '{replacement}'" if replacement else "Delete the words"
    return {
        "description": {"text": text},
        "artifactChanges": [
            {
                "artifactLocation": artifact(f.path),
                "replacements": [
                    {"deletedRegion": deleted, "insertedContent": {"text": replacement}}
                ],
            }
        ],
    }
