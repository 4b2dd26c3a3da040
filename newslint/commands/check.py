"""``newslint check``: lint drafts and report findings."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import Any

from newslint import baseline as baselines
from newslint.config import ConfigResolver
from newslint.errors import NewslintError
from newslint.finding import Finding, Severity
from newslint.formats import FORMATTERS, formatter_class, get_formatter
from newslint.rule import Rule
from newslint.runner import FileResult, Progress, Runner, cpu_count, lint_files
from newslint.source import decode
from newslint.walk import expand


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
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="lint with N processes (default: the CPU count)",
    )
    p.add_argument("--stdin", action="store_true", help="lint the text piped to standard input")
    p.add_argument("--stdin-filename", metavar="NAME", help="the name to report --stdin text as")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    p.add_argument("--write-baseline", metavar="FILE", help="record the findings as a baseline")
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


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of processes: {value!r}")
    return int(value)


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


def _usage_error(args: argparse.Namespace) -> str | None:
    if args.stdin and args.paths:
        return "--stdin reads standard input; give no paths with it"
    if args.stdin_filename and not args.stdin:
        return "--stdin-filename only names --stdin text"
    if args.stdin and (args.fix or args.diff):
        return "--fix and --diff work on files, not on --stdin"
    if not args.paths and not args.stdin:
        return "no files given (try 'newslint check draft.md')"
    return None


def run(args: argparse.Namespace) -> int:
    """Lint every path, print findings to stdout and a summary to stderr."""
    problem = _usage_error(args)
    if problem:
        print(f"newslint: {problem}", file=sys.stderr)
        return 2
    known = baselines.Baseline.load(args.baseline) if args.baseline else None
    resolver = ConfigResolver(args.config, overrides(args))
    runner = Runner(resolver, keep_text=formatter_class(args.format).needs_sources)
    errors: list[str] = []
    if args.stdin:
        files = [args.stdin_filename or "<stdin>"]
        results = [lint_stdin(runner, files[0])]
    else:
        files = expand(args.paths, resolver, errors)
        jobs = args.jobs or cpu_count()
        results = list(Progress(len(files)).track(lint_files(runner, files, jobs)))
    findings: list[Finding] = []
    for result in results:
        findings.extend(result.findings)
        errors.extend(result.errors)
    findings.sort(key=Finding.sort_key)
    if args.write_baseline:
        count = baselines.write(args.write_baseline, findings)
        print(f"newslint: recorded {count} findings in {args.write_baseline}", file=sys.stderr)
        _print_errors(errors)
        return 2 if errors else 0
    note = ""
    if known is not None:
        before = len(findings)
        findings = known.new(findings)
        note = f"; {before - len(findings)} known from the baseline"
        stale = known.stale(files)
        if stale:
            note += f" ({stale} recorded there no longer found)"
    if args.fix or args.diff:
        findings, note = _fix(args, findings, errors, note)
        if args.diff:
            _print_errors(errors)
            print(summary(findings, files, errors) + note, file=sys.stderr)
            levels = {r.path: r.fail_level for r in results}
            failing = any(f.severity >= levels[f.path] for f in findings)
            return 2 if errors else int(failing)
    _report(args.format, runner, resolver, results, findings, files, errors)
    print(summary(findings, files, errors) + note, file=sys.stderr)
    if errors:
        return 2
    levels = {r.path: r.fail_level for r in results}
    return 1 if any(f.severity >= levels[f.path] for f in findings) else 0


def _fix(
    args: argparse.Namespace, findings: list[Finding], errors: list[str], note: str
) -> tuple[list[Finding], str]:
    """Apply (``--fix``) or print (``--diff``) the unambiguous fixes; return what is left."""
    from newslint.fix import fix_files

    diffs, fixed = fix_files(findings, write=args.fix, errors=errors)
    verb = "fixed" if args.fix else "fixable"
    note = f"; {verb}: {len(fixed)} finding{'s' * (len(fixed) != 1)}{note}"
    if args.diff:
        sys.stdout.write("".join(diffs))
        sys.stdout.flush()
        return findings, note
    done = set(fixed)
    return [f for f in findings if f not in done], note


def lint_stdin(runner: Runner, name: str) -> FileResult:
    """Lint text piped to standard input as if it were the file ``name``."""
    try:
        config = runner.resolver.for_path(name)
        data = sys.stdin.buffer.read()
        if len(data) > config.max_file_size:
            raise NewslintError("standard input is over the max-file-size limit", name)
        return runner.lint_source(decode(data, name), config)
    except NewslintError as exc:
        return FileResult(name, errors=[str(exc)])


def _report(
    name: str,
    runner: Runner,
    resolver: ConfigResolver,
    results: list[FileResult],
    findings: list[Finding],
    files: list[str],
    errors: list[str],
) -> None:
    sources = {r.path: r.text for r in results if r.text is not None}
    rules = rules_in_force(runner, resolver, files)
    formatter = get_formatter(name, rules, sources=sources, errors=errors)
    sys.stdout.write(formatter.render(findings, files))
    sys.stdout.flush()
    _print_errors(errors)


def _print_errors(errors: list[str]) -> None:
    for message in errors:
        print(f"newslint: {message}", file=sys.stderr)


def rules_in_force(runner: Runner, resolver: ConfigResolver, files: list[str]) -> list[Rule]:
    """Return every rule loaded for the run's configurations (one file per folder is enough)."""
    by_folder = {os.path.dirname(os.path.abspath(p)): p for p in files}
    rules: dict[str, Rule] = {}
    for path in by_folder.values():
        try:
            linter = runner.linter_for(resolver.for_path(path))
        except NewslintError:
            continue  # already reported for the file itself
        rules.update((r.code, r) for r in linter.rules)
    return list(rules.values())


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
