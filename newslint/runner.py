"""Lint many files, serially or in worker processes, with the same result either way.

A run is a list of per-file results in the order the files were given, whatever
the number of processes, so output is identical to a serial run. Small runs stay
in the calling process: a pre-commit hook linting one draft must not pay for
starting a pool.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from newslint.config import Config, ConfigResolver
from newslint.document import Document
from newslint.engine import Linter, linter_for
from newslint.errors import NewslintError
from newslint.finding import Finding, Severity
from newslint.progress import is_terminal, progress
from newslint.source import Source, read_source

#: Below this many files a pool costs more than it saves.
MIN_PARALLEL = 24
#: Above this many files, and only on a terminal, a progress bar is drawn on stderr.
PROGRESS_MIN = 300


@dataclass
class FileResult:
    """What linting one file produced; the text is kept only when a format shows drafts."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fail_level: Severity = Severity.WARNING
    text: str | None = None


def cpu_count() -> int:
    """Return the CPUs this process may run on (affinity and container limits included)."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class Runner:
    """Lint files one by one, reusing one linter per configuration."""

    def __init__(self, resolver: ConfigResolver, keep_text: bool = False) -> None:
        self.resolver = resolver
        self.keep_text = keep_text

    def linter_for(self, config: Config) -> Linter:
        """Return the process's linter for a configuration (built once, see engine)."""
        return linter_for(config)

    def lint_file(self, path: str) -> FileResult:
        """Lint one file on disk; problems are recorded in the result, never raised."""
        try:
            config = self.resolver.for_path(path)
            source = read_source(path, config.max_file_size)
        except NewslintError as exc:
            return FileResult(path, errors=[str(exc)])
        return self.lint_source(source, config)

    def lint_source(self, source: Source, config: Config | None = None) -> FileResult:
        """Lint text already read (from disk or standard input) under its path."""
        path = source.path
        try:
            config = config or self.resolver.for_path(path)
            doc = Document(source.text, path, reference_date=config.date)
            result = self.linter_for(config).lint(doc)
        except NewslintError as exc:
            return FileResult(path, errors=[str(exc)])
        findings = result.findings
        return FileResult(
            path,
            findings,
            [str(e) for e in result.errors],
            config.fail_level,
            source.text if self.keep_text and findings else None,
        )


_WORKER: Runner | None = None


def _start_worker(forced: str | None, overrides: dict[str, Any], keep_text: bool) -> None:
    global _WORKER
    if _WORKER is None:  # a forked worker inherits the parent's warm runner
        _WORKER = Runner(ConfigResolver(forced, overrides), keep_text)


def _lint_in_worker(paths: list[str]) -> list[FileResult]:
    assert _WORKER is not None
    return [_WORKER.lint_file(p) for p in paths]


def lint_files(runner: Runner, files: Sequence[str], jobs: int) -> Iterator[FileResult]:
    """Yield one result per file, in the order given, using up to ``jobs`` processes."""
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1 or len(files) < MIN_PARALLEL:
        yield from (runner.lint_file(p) for p in files)
        return
    global _WORKER
    _WORKER = runner
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    resolver = runner.resolver
    args = (resolver.forced, resolver.overrides, runner.keep_text)
    # NOTE: files travel in batches, one message each way per batch: per-file messages
    # cost the parent enough CPU to slow the workers it shares the cores with.
    size = max(1, min(200, -(-len(files) // (jobs * 8))))
    batches = [list(files[i : i + size]) for i in range(1, len(files), size)]
    try:
        # The first file is linted here, before the fork: rules, registry indexes and
        # patterns (compiled on first use) are then warm in every worker, not built by each.
        yield runner.lint_file(files[0])
        with context.Pool(jobs, initializer=_start_worker, initargs=args) as pool:
            for batch in pool.imap(_lint_in_worker, batches):
                yield from batch
    finally:
        _WORKER = None


class Progress:
    """A progress bar with rate and time left on a terminal; silent when the stream is piped.

    Drawn only for runs of more than ``PROGRESS_MIN`` files (a pre-commit hook's few
    drafts finish before a bar could say anything) and cleared when done, so what
    stays on the terminal is the findings and the summary.
    """

    def __init__(self, total: int, stream: IO[str] | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = not quiet and total > PROGRESS_MIN and is_terminal(self.stream)

    def track(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        """Pass results through, advancing the bar by one file each."""
        if not self.enabled:
            yield from results
            return
        with progress(self.total, "", "files", self.stream, leave=False) as bar:
            for result in results:
                bar.update()
                yield result
