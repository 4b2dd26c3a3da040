"""``newslint check``: lint drafts and report findings."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from typing import Any

from newslint.config import Config, ConfigResolver
from newslint.document import Document
from newslint.engine import Linter, build_linter
from newslint.errors import NewslintError
from newslint.finding import Finding, Severity
from newslint.formats import FORMATTERS, get_formatter
from newslint.source import read_source


def add_parser(sub: Any) -> None:
    """Declare the check command's arguments."""
    p = sub.add_parser("check", help="lint drafts (the default command)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="drafts or folders to lint")
    p.add_argument("--format", default="text", choices=sorted(FORMATTERS), help="output format")
    p.add_argument("--select", type=_csv, help="only these codes, prefixes, rule names or families")
    p.add_argument("--ignore", type=_csv, help="skip these codes, prefixes, rule names or families")
    p.add_argument("--config", metavar="PATH", help="use this configuration file only")
    p.add_argument(
        "--fail-level", type=_severity, help="lowest severity that fails (default: warning)"
    )
    p.add_argument("--date", type=_date, help="the story's dateline when front matter has none")
    fix = p.add_mutually_exclusive_group()
    fix.add_argument(
        "--fix", action="store_true", help="apply every finding that has exactly one suggestion"
    )
    fix.add_argument("--diff", action="store_true", help="print the fixes as a diff, write nothing")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _severity(value: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2025-11-04: {value!r}") from None


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Turn command-line flags into configuration overrides (flags beat files)."""
    out: dict[str, Any] = {}
    if args.select is not None:
        out["select"] = tuple(args.select)
    if args.ignore is not None:
        out["ignore"] = tuple(args.ignore)
    if args.fail_level is not None:
        out["fail_level"] = args.fail_level
    if args.date is not None:
        out["date"] = args.date
    return out


def expand(paths: list[str], resolver: ConfigResolver, errors: list[str]) -> Iterator[str]:
    """Yield files to lint: given files as they are, folders walked for included drafts."""
    from fnmatch import fnmatch

    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        try:
            include = resolver.for_path(os.path.join(path, ".")).include
        except NewslintError as exc:
            errors.append(str(exc))
            continue
        found = False
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if any(fnmatch(name, pat) for pat in include):
                    found = True
                    yield os.path.join(folder, name)
        if not found:
            patterns = ", ".join(include)
            errors.append(str(NewslintError(f"no drafts ({patterns}) in this folder", path)))


class Runner:
    """Lint many files, reusing one linter per configuration, collecting errors."""

    def __init__(self, resolver: ConfigResolver, keep_sources: bool = False) -> None:
        self.resolver = resolver
        self.keep_sources = keep_sources
        self.sources: dict[str, Any] = {}
        self.linters: dict[str | None, Linter] = {}
        self.errors: list[str] = []
        self.failing: list[Finding] = []

    def linter_for(self, config: Config) -> Linter:
        """Build (once) the linter for a configuration file."""
        key = repr(config)
        if key not in self.linters:
            self.linters[key] = build_linter(config)
        return self.linters[key]

    def lint_file(self, path: str) -> list[Finding]:
        """Lint one file; input and configuration problems are recorded, not raised."""
        try:
            config = self.resolver.for_path(path)
            linter = self.linter_for(config)
            source = read_source(path, config.max_file_size)
            if self.keep_sources:
                self.sources[path] = source
            doc = Document(source.text, path, reference_date=config.date)
            result = linter.lint(doc)
        except NewslintError as exc:
            self.errors.append(str(exc))
            return []
        self.errors.extend(str(e) for e in result.errors)
        self.failing.extend(f for f in result.findings if f.severity >= config.fail_level)
        return result.findings


def run(args: argparse.Namespace) -> int:
    """Lint every path, print findings to stdout and a summary to stderr."""
    if not args.paths:
        print("newslint: no files given (try 'newslint check draft.md')", file=sys.stderr)
        return 2
    resolver = ConfigResolver(args.config, overrides(args))
    fixing = bool(getattr(args, "fix", False) or getattr(args, "diff", False))
    runner = Runner(resolver, keep_sources=fixing)
    files: list[str] = []
    findings: list[Finding] = []
    for path in expand(args.paths, resolver, runner.errors):
        files.append(path)
        findings.extend(runner.lint_file(path))
    findings.sort(key=Finding.sort_key)
    if fixing:
        return _fix(args, runner, files, findings)
    rules = next(iter(runner.linters.values())).rules if runner.linters else []
    sys.stdout.write(get_formatter(args.format, rules).render(findings, files))
    sys.stdout.flush()
    runner.errors[:] = dict.fromkeys(runner.errors)  # a bad configuration is reported once
    for message in runner.errors:
        print(f"newslint: {message}", file=sys.stderr)
    print(summary(findings, files, runner.errors), file=sys.stderr)
    if runner.errors:
        return 2
    return 1 if runner.failing else 0


def _fix(
    args: argparse.Namespace, runner: Runner, files: list[str], findings: list[Finding]
) -> int:
    """Apply (``--fix``) or show (``--diff``) the unambiguous fixes; report what is left."""
    from newslint.fix import fix_source

    fixed: set[Finding] = set()
    diffs: list[str] = []
    for path, source in runner.sources.items():
        try:
            diff, done = fix_source(source, [f for f in findings if f.path == path], args.fix)
        except NewslintError as exc:
            runner.errors.append(str(exc))
            continue
        diffs.append(diff)
        fixed.update(done)
    if args.diff:
        sys.stdout.write("".join(diffs))
        sys.stdout.flush()
        rest = findings
    else:
        rest = [f for f in findings if f not in fixed]
        rules = next(iter(runner.linters.values())).rules if runner.linters else []
        sys.stdout.write(get_formatter(args.format, rules).render(rest, files))
        sys.stdout.flush()
    for message in runner.errors:
        print(f"newslint: {message}", file=sys.stderr)
    verb = "fixed" if args.fix else "fixable"
    print(
        f"{verb}: {len(fixed)} finding{'s' * (len(fixed) != 1)}; "
        + summary(rest, files, runner.errors),
        file=sys.stderr,
    )
    if runner.errors:
        return 2
    return 1 if any(f in runner.failing for f in rest) else 0


def summary(findings: list[Finding], files: list[str], errors: list[str]) -> str:
    """Say in one line what the run found."""
    nfiles = f"{len(files)} file{'s' * (len(files) != 1)}"
    if not findings:
        text = f"no findings in {nfiles}"
    else:
        counts = []
        for sev in sorted(Severity, reverse=True):
            n = sum(1 for f in findings if f.severity == sev)
            if n:
                counts.append(f"{n} {sev.label}{'s' * (n != 1)}")
        text = (
            f"{len(findings)} finding{'s' * (len(findings) != 1)} ({', '.join(counts)}) in {nfiles}"
        )
    if errors:
        text += f"; {len(errors)} error{'s' * (len(errors) != 1)}"
    return text
