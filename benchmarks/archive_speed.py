"""Measure how many stories per second ``newslint archive`` lints, with 1 and 2 workers.

    NEWSLINT_SHARED=/work/shared python benchmarks/archive_speed.py
    python benchmarks/archive_speed.py --stories 40000 --workers 1 2 --analyses

Builds a JSON Lines archive of --stories stories by cycling the real articles in
../shared/data/news (ids made unique), starts a LocalCluster of N worker processes
(one thread each), warms every worker up (imports, linter, registry), then times a
full ``newslint archive`` run into a fresh output folder. It also times the same
partitions linted in this process without Dask, the per-core ceiling. Columns: wall
seconds, stories per wall second, per worker, stories per CPU second of linting
(robust when other jobs share the machine), and the largest worker's memory.

--analyses installs a benchmark-only rule that computes every shared analysis of
each story (sentences, tokens, name candidates, quotes, quantities, dates), so the
rate reflects what a full rule set pays per story and not only this checkout's rules.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import NEWS, articles  # noqa: E402

from newslint.archive import Job, lint_partition, worker_linter  # noqa: E402
from newslint.archive.inputs import Fields, plan  # noqa: E402
from newslint.cli import main  # noqa: E402
from newslint.config import Config, ConfigResolver  # noqa: E402
from newslint.plugins import installed_rules  # noqa: E402

PLUGIN = Path(__file__).resolve().parent / "analysis_plugin"


def build_archive(path: Path, stories: int) -> int:
    """Write ``stories`` records cycling the corpus; return the byte size."""
    corpus = [{k: r.get(k) for k in ("id", "title", "text", "date")} for r in articles()]
    if not corpus:
        sys.exit(f"no articles in {NEWS} (set NEWSLINT_SHARED)")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(stories):
            record = dict(corpus[i % len(corpus)])
            record["id"] = f"{record['id']}~{i // len(corpus)}"
            handle.write(json.dumps(record) + "\n")
    return path.stat().st_size


def in_process(archive: Path, work: Path, partition_size: int) -> tuple[float, float]:
    """Lint every partition in this process, no Dask: wall and CPU seconds."""
    config = run_config()
    parts = plan([str(archive)], config, partition_size, Fields())
    out = work / "serial.jsonl"
    (out / "_summary").mkdir(parents=True)
    job = Job(config, str(out), "jsonl")
    lint_partition(parts[0], job)  # warm up: build the linter
    start, cpu = time.perf_counter(), time.process_time()
    for part in parts:
        lint_partition(part, job)
    return time.perf_counter() - start, time.process_time() - cpu


def on_cluster(
    archive: Path, work: Path, workers: int, partition_size: int
) -> tuple[float, float, float]:
    """Run ``newslint archive`` on a fresh LocalCluster: wall s, worker CPU s, worker MiB."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(worker_linter, run_config())  # warm up: imports, rules, registry
        out = work / f"out-{workers}.parquet"
        args = ["--output", str(out), "--scheduler", client.scheduler.address]
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            main(["archive", str(archive), *args, "--partition-size", str(partition_size)])
        seconds = time.perf_counter() - start
        rss = client.run(lambda: __import__("psutil").Process().memory_info().rss)
        cpu = json.loads((out / "_summary.json").read_text())["cpu_seconds"]
        return seconds, cpu, max(rss.values()) / 2**20


def run_config() -> Config:
    """The configuration ``newslint archive`` resolves from here, so warm-up builds its linter."""
    return ConfigResolver(None, {}).for_path(os.path.join(os.getcwd(), "."))


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=30000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--analyses", action="store_true", help="compute every shared analysis")
    args = parser.parse_args()
    ps = args.partition_size
    if args.analyses:
        sys.path.insert(0, str(PLUGIN))
        os.environ["PYTHONPATH"] = os.pathsep.join([str(PLUGIN), *sys.path])
        installed_rules.cache_clear()
    rules = ", ".join(sorted(r.code for r in installed_rules()))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = work / "archive.jsonl"
        size = build_archive(archive, args.stories)
        print(f"{args.stories} stories, {size / 1e6:.1f} MB, rules: {rules}")
        print(f"cores on this machine: {os.cpu_count()}")
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        print(f"{'':20}{'wall s':>8}{'stories/s':>11}{'per worker':>12}{'per CPU s':>11}{'MiB':>6}")
        report("in process, no Dask", args.stories, 1, *in_process(archive, work, ps))
        for n in args.workers:
            report(f"{n} worker(s)", args.stories, n, *on_cluster(archive, work, n, ps))
        print(f"load average after: {os.getloadavg()[0]:.1f}")


def report(label: str, stories: int, workers: int, wall: float, cpu: float, mib: float = 0) -> None:
    rate = stories / wall
    memory = f"{mib:6.0f}" if mib else ""
    print(f"{label:20}{wall:8.2f}{rate:11.0f}{rate / workers:12.0f}{stories / cpu:11.0f}{memory}")


if __name__ == "__main__":
    main_()
