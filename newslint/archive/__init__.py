"""Audit a whole archive on a Dask cluster: plan partitions, lint them on workers, summarise.

The client plans partitions from metadata and hands each worker a partition spec;
the worker reads its stories, lints them and writes its own findings file, and
returns only a small summary. Stories never travel through the scheduler, so the
run is bound by the workers' CPUs and the shared storage, not by the client.

Each worker process builds one ``Linter`` per configuration (rules, packs and,
on first use, the name registry) and reuses it for every story it lints.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from newslint.archive import output
from newslint.archive.inputs import (
    Fields,
    Partition,
    Split,
    Story,
    choose_size,
    read,
    split,
    survey,
)
from newslint.archive.summary import merge, summarise
from newslint.config import Config
from newslint.document import Document
from newslint.engine import Linter, build_linter
from newslint.errors import NewslintError
from newslint.progress import progress, say

log = logging.getLogger(__name__)

__all__ = ["Job", "audit", "lint_partition", "linter_builds"]


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to lint a partition; small and picklable."""

    config: Config
    output: str
    fmt: str
    fields: Fields = field(default_factory=Fields)
    kind: str = "markdown"


_LOCK = threading.Lock()
_LINTERS: dict[str, Linter] = {}
_BUILDS: Counter[str] = Counter()


def worker_linter(config: Config) -> Linter:
    """Return this process's linter for a configuration, building it once.

    NOTE: a Dask worker may run tasks on several threads; the lock keeps two
    partitions that start together from loading rules and registry twice.
    """
    key = repr(config)
    with _LOCK:
        linter = _LINTERS.get(key)
        if linter is None:
            linter = _LINTERS[key] = build_linter(config)
            _BUILDS[key] += 1
    return linter


def linter_builds() -> list[int]:
    """How many times this process built each configuration's linter (for tests)."""
    return list(_BUILDS.values())


def lint_story(linter: Linter, story: Story) -> list[dict[str, Any]]:
    """Lint one story; anything that goes wrong becomes an error row, never an exception."""
    if story.error is not None:
        return [output.error_row(story.id, story.path, story.error)]
    try:
        date = story.date or linter.config.date
        doc = Document(story.text, story.path, kind=story.kind, reference_date=date)
        result = linter.lint(doc)
    except NewslintError as exc:
        return [output.error_row(story.id, story.path, exc.message)]
    except Exception as exc:  # one bad story must not sink a partition of thousands
        return [output.error_row(story.id, story.path, f"{type(exc).__name__}: {exc}")]
    rows = [output.finding_row(story.id, f) for f in result.findings]
    rows += [output.error_row(story.id, story.path, e.message) for e in result.errors]
    return rows


def lint_partition(part: Partition, job: Job) -> dict[str, Any]:
    """Lint one partition, write its findings and summary, return the summary."""
    started = time.process_time()
    linter = worker_linter(job.config)
    rows: list[dict[str, Any]] = []
    stories = undated = 0
    for story in read(part, job.fields, job.kind, job.config):
        stories += 1
        undated += story.error is None and story.date is None and part.kind != "drafts"
        rows.extend(lint_story(linter, story))
    summary = summarise(part.name, rows, stories, undated)
    output.write_rows(output.data_path(job.output, part.name, job.fmt), rows, job.fmt)
    summary["cpu_seconds"] = time.process_time() - started
    output.write_json(output.summary_path(job.output, part.name), summary)
    return summary


@dataclass
class Run:
    """What ``audit`` did: the merged summary, partitions kept, and how the work was split."""

    summary: dict[str, Any]
    resumed: int
    split: Split | None = None


def audit(
    inputs: list[str],
    job: Job,
    partition_size: int | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    resume: bool = False,
    interactive: bool = False,
) -> Run:
    """Lint every story of the inputs on a Dask cluster and write the findings folder.

    Without ``partition_size`` the size is chosen from the input's story count and the
    cluster's worker slots (``choose_size``); a resumed run keeps the size it began with.
    """
    build_linter(job.config)  # a configuration or plugin error stops the run here, not per task
    sources = survey(inputs, job.config, job.fields)
    stories = sum(s.stories for s in sources)
    with ExitStack() as stack:
        clients: list[Any] = []

        def client() -> Any:
            if not clients:
                clients.append(stack.enter_context(_client(scheduler, workers)))
            return clients[0]

        size, reason = partition_size, "as --partition-size says"
        if size is None and resume:
            size, reason = output.kept_partition_size(job.output), "as in the run resumed"
        if size is None:
            slots = _slots(client()) if scheduler else workers or os.cpu_count() or 1
            size = choose_size(stories, slots)
            reason = f"chosen for {slots} worker{'s' * (slots != 1)}"
        parts = split(sources, size)
        how = Split(stories, any(s.kind == "jsonl" for s in sources), size, len(parts), reason)
        output.prepare(job.output, _manifest(inputs, job, parts, size), resume)
        done = {p.name for p in parts if resume and output.is_done(job.output, p.name, job.fmt)}
        summaries = [output.read_json(output.summary_path(job.output, name)) for name in done]
        pending = [p for p in parts if p.name not in done]
        failed: list[list[str]] = []
        if not say(how.describe() + (f", {len(done)} already done" if done else "")):
            log.info("%s", how.describe())
        if pending:
            left = max(stories - sum(s["stories"] for s in summaries), 0)
            summaries += _compute(client(), pending, job, failed, interactive, left)
    summaries.sort(key=lambda s: s["partition"])
    run = Run(merge(summaries, failed), len(done), how)
    output.write_json(os.path.join(job.output, "_summary.json"), run.summary)
    return run


def _slots(client: Any) -> int:
    """Count the task slots of a running cluster's workers (at least one)."""
    info = client.scheduler_info().get("workers", {})
    return max(sum(int(w.get("nthreads", 1)) for w in info.values()), 1)


def _manifest(inputs: list[str], job: Job, parts: list[Partition], size: int) -> dict[str, Any]:
    """Record what a finished partition depends on; ``--resume`` requires it unchanged."""
    return {
        "inputs": inputs,
        "fields": asdict(job.fields),
        "kind": job.kind,
        "format": job.fmt,
        "config": repr(job.config),
        "partition_size": size,
        "partitions": [asdict(p) | {"files": list(p.files)} for p in parts],
    }


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """Connect to a running scheduler, or start a local cluster of one process per core."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            # NOTE: a free port even when the dashboard is not shown: without an address the
            # scheduler's HTTP server takes 8787, and warns when another run holds it.
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def _compute(
    client: Any,
    pending: list[Partition],
    job: Job,
    failed: list[list[str]],
    interactive: bool,
    stories: int | None = None,
) -> list[dict[str, Any]]:
    """Run the pending partitions as a Dask bag; a failed partition is reported, not raised.

    On a terminal a bar counts the stories linted (``stories`` is the estimate to
    expect), with their rate and the time left.
    """
    import dask.bag as db
    from dask import delayed
    from distributed import as_completed

    # NOTE: the job (configuration included) is one graph node that every task depends
    # on, so each worker receives it once instead of once per partition.
    shared = delayed(job, pure=True)
    bag = db.from_sequence(pending, partition_size=1).map(lint_partition, shared)
    futures = client.compute(bag.to_delayed())
    names = {f.key: p.name for f, p in zip(futures, pending, strict=True)}
    if interactive and client.dashboard_link:
        if "dashboard" in client.scheduler_info().get("services", {}):
            say(f"dashboard: {client.dashboard_link}")
    summaries = []
    with progress(stories, "linting", "stories") as bar:
        for future in as_completed(futures, loop=client.loop):
            try:
                found = future.result()
            except Exception as exc:  # a partition lost for good (e.g. it killed every worker)
                failed.append([names[future.key], f"{type(exc).__name__}: {exc}"])
                continue
            summaries.extend(found)
            bar.update(sum(s["stories"] for s in found))
            log.info("partition %s written", names[future.key])
        bar.total = max(bar.n, 1)  # the estimate was an estimate: end at 100 %
        bar.refresh()
    return summaries
