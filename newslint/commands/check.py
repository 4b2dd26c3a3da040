"""``newslint check``: lint drafts and report findings."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections import Counter
from typing import Any

from newslint import baseline as baselines
from newslint.config import ConfigResolver
from newslint.errors import NewslintError
from newslint.finding import Applicability, Finding, Severity
from newslint.formats import FORMATTERS, formatter_class, get_formatter
from newslint.rule import Rule
from newslint.runner import FileResult, Progress, Runner, cpu_count, lint_files
from newslint.source import decode
from newslint.walk import expand

#: Formats ``--statistics`` and ``--show-settings`` can print in.
STATISTICS_FORMATS = ("text", "json")


def add_parser(sub: Any) -> None:
    """Declare the check command's arguments."""
    p = sub.add_parser("check", help="lint drafts (the default command)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="drafts or folders to lint")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log what newslint does, such as the configuration file each draft uses",
    )
    rules = p.add_argument_group("rule selection (repeat a flag or separate selectors by commas)")
    rules.add_argument(
        "--select",
        action="extend",
        type=_csv,
        metavar="SELECTORS",
        help="only these codes, prefixes, rule names or families (replaces the file's 'select')",
    )
    rules.add_argument(
        "--extend-select",
        action="extend",
        type=_csv,
        metavar="SELECTORS",
        help="these rules as well as those selected already",
    )
    rules.add_argument(
        "--ignore",
        action="extend",
        type=_csv,
        metavar="SELECTORS",
        help="skip these rules (replaces the file's 'ignore')",
    )
    rules.add_argument(
        "--extend-ignore",
        action="extend",
        type=_csv,
        metavar="SELECTORS",
        help="skip these rules as well as those ignored already",
    )
    settings = p.add_argument_group("settings")
    settings.add_argument("--config", metavar="PATH", help="use this configuration file only")
    settings.add_argument(
        "--fail-level", type=_severity, help="lowest severity that fails (default: warning)"
    )
    settings.add_argument(
        "--date", type=_date, help="the story's dateline when front matter has none"
    )
    settings.add_argument(
        "--show-settings",
        action="store_true",
        help="print the configuration for each PATH and the file it came from; lint nothing",
    )
    out = p.add_argument_group("output")
    out.add_argument("--format", default="text", choices=sorted(FORMATTERS), help="output format")
    out.add_argument(
        "--output-file", "-o", metavar="FILE", help="write the report to FILE, not standard output"
    )
    out.add_argument(
        "--statistics",
        action="store_true",
        help="print how many findings each rule has, not the findings (text or json)",
    )
    out.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print the findings and errors only: no summary line, no progress bar",
    )
    out.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even with findings (errors still exit 2)"
    )
    run_group = p.add_argument_group("input and runs")
    run_group.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="lint with N processes (default: the CPU count)",
    )
    run_group.add_argument(
        "--stdin", action="store_true", help="lint the text piped to standard input"
    )
    run_group.add_argument(
        "--stdin-filename", metavar="NAME", help="the name to report --stdin text as"
    )
    run_group.add_argument(
        "--baseline", metavar="FILE", help="report only findings not in this baseline"
    )
    run_group.add_argument(
        "--write-baseline", metavar="FILE", help="record the findings as a baseline"
    )
    fixes = p.add_argument_group("fixes (see docs/cli.md for which rules offer safe fixes)")
    fix = fixes.add_mutually_exclusive_group()
    fix.add_argument("--fix", action="store_true", help="apply the safe fixes to the files")
    fix.add_argument("--diff", action="store_true", help="print the fixes as a diff, write nothing")
    fixes.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff: also the unsafe fixes, judgements a person should check",
    )


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
    for key in ("select", "ignore", "extend_select", "extend_ignore"):
        value = getattr(args, key, None)
        if value is not None:
            out[key] = tuple(value)
    if args.fail_level is not None:
        out["fail_level"] = args.fail_level
    if args.date is not None:
        out["date"] = args.date
    return out


def _usage_error(args: argparse.Namespace) -> str | None:
    if args.show_settings:
        if args.format not in STATISTICS_FORMATS:
            return f"--show-settings prints {' or '.join(STATISTICS_FORMATS)}, not {args.format}"
        return None
    if args.stdin and args.paths:
        return "--stdin reads standard input; give no paths with it"
    if args.stdin_filename and not args.stdin:
        return "--stdin-filename only names --stdin text"
    if args.stdin and (args.fix or args.diff):
        return "--fix and --diff work on files, not on --stdin"
    if args.unsafe_fixes and not (args.fix or args.diff):
        return "--unsafe-fixes goes with --fix or --diff"
    if args.statistics and args.format not in STATISTICS_FORMATS:
        return f"--statistics prints {' or '.join(STATISTICS_FORMATS)}, not {args.format}"
    if args.write_baseline and (args.output_file or args.statistics or args.fix or args.diff):
        return "--write-baseline records findings and prints no report; drop the other flags"
    if args.statistics and args.diff:
        return "--statistics and --diff both print to standard output; choose one"
    if not args.paths and not args.stdin:
        return "no files given (try 'newslint check draft.md')"
    return None


def run(args: argparse.Namespace) -> int:
    """Lint every path, print findings to stdout (or a file) and a summary to stderr."""
    problem = _usage_error(args)
    if problem:
        print(f"newslint: {problem}", file=sys.stderr)
        return 2
    resolver = ConfigResolver(args.config, overrides(args))
    if args.show_settings:
        from newslint.commands.settings import show_settings

        return show_settings(args.paths or ["."], resolver, args.format, args.output_file)
    known = baselines.Baseline.load(args.baseline) if args.baseline else None
    keep_text = formatter_class(args.format).needs_sources and not args.statistics
    runner = Runner(resolver, keep_text=keep_text)
    errors: list[str] = []
    if args.stdin:
        files = [args.stdin_filename or "<stdin>"]
        results = [lint_stdin(runner, files[0])]
    else:
        files = expand(args.paths, resolver, errors)
        clash = _output_clash(args.output_file, files)
        if clash:
            print(f"newslint: {clash}", file=sys.stderr)
            return 2
        jobs = args.jobs or cpu_count()
        progress = Progress(len(files), quiet=args.quiet)
        results = list(progress.track(lint_files(runner, files, jobs)))
    findings: list[Finding] = []
    for result in results:
        findings.extend(result.findings)
        errors.extend(result.errors)
    errors = once(errors)
    findings.sort(key=Finding.sort_key)
    if args.write_baseline:
        count = baselines.write(args.write_baseline, findings)
        if not args.quiet:
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
        findings, report, note = _fix(args, findings, errors, note)
    else:
        report = None
        note = fix_note(findings) + note
    if report is None and args.statistics:
        from newslint.formats.statistics import render_statistics

        report = render_statistics(findings, args.format)
    if report is None:
        report = _report(args.format, runner, resolver, results, findings, files, errors)
    try:
        _write(report, args.output_file)
    except OSError as exc:
        errors.append(f"{args.output_file}: cannot write the report: {exc.strerror or exc}")
    _print_errors(errors)
    if not args.quiet:
        print(summary(findings, files, errors) + note, file=sys.stderr)
    if errors:
        return 2
    if args.exit_zero:
        return 0
    levels = {r.path: r.fail_level for r in results}
    return 1 if any(f.severity >= levels[f.path] for f in findings) else 0


def once(errors: list[str]) -> list[str]:
    """Report each error once: a broken configuration fails every draft under it alike."""
    counts = Counter(errors)
    return [m if counts[m] == 1 else f"{m} (for {counts[m]} files)" for m in dict.fromkeys(errors)]


def _output_clash(output: str | None, files: list[str]) -> str | None:
    """Refuse an ``--output-file`` that is one of the drafts: writing it would destroy the draft."""
    if not output:
        return None
    target = os.path.realpath(output)
    if any(os.path.realpath(f) == target for f in files):
        return f"--output-file {output} is one of the drafts to lint; name another file"
    return None


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def fix_note(findings: list[Finding]) -> str:
    """Say how many findings ``--fix`` could repair, and how many more need ``--unsafe-fixes``."""
    from newslint.fix import fixable

    safe = sum(1 for f in findings if fixable(f))
    unsafe = sum(1 for f in findings if fixable(f, unsafe=True)) - safe
    if safe and unsafe:
        return f"; {safe} fixable with --fix ({unsafe} more with --unsafe-fixes)"
    if safe:
        return f"; {safe} fixable with --fix"
    if unsafe:
        return f"; {unsafe} fixable with --fix --unsafe-fixes"
    return ""


def _fix(
    args: argparse.Namespace, findings: list[Finding], errors: list[str], note: str
) -> tuple[list[Finding], str | None, str]:
    """Apply (``--fix``) or print (``--diff``) the fixes allowed; return what is left.

    Returns the findings still to report, the diff to print (None for ``--fix``, whose
    report is the findings left) and the summary's note.
    """
    from newslint.fix import fix_files, fixable

    diffs, fixed = fix_files(findings, write=args.fix, errors=errors, unsafe=args.unsafe_fixes)
    verb = "fixed" if args.fix else "fixable"
    done = set(fixed)
    held = [f for f in findings if f not in done and fixable(f, unsafe=True)]
    held = [f for f in held if f.applicability is not Applicability.SAFE]
    note = f"; {verb}: {len(fixed)} finding{'s' * (len(fixed) != 1)}{note}"
    if held and not args.unsafe_fixes:
        how = (
            "not in the diff (--unsafe-fixes adds them)"
            if args.diff
            else ("not applied (--unsafe-fixes applies them)")
        )
        note += f"; {len(held)} unsafe fix{'es' * (len(held) != 1)} {how}"
    if args.diff:
        for f in held if not args.unsafe_fixes else ():
            print(
                f"{f.path}:{f.line}:{f.column}: {f.code} suggestion (unsafe, not in the diff): "
                f"{f.text!r} -> {f.suggestions[0]!r}",
                file=sys.stderr,
            )
        return findings, "".join(diffs), note
    return [f for f in findings if f not in done], None, note


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
) -> str:
    sources = {r.path: r.text for r in results if r.text is not None}
    rules = rules_in_force(runner, resolver, files)
    formatter = get_formatter(name, rules, sources=sources, errors=errors)
    return formatter.render(findings, files)


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
