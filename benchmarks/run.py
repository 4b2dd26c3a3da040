"""Measure newslint against the prose linters a newsroom would otherwise use, in one run.

    .venv/bin/python benchmarks/run.py                 # everything: about 10 minutes on 2 cores
    .venv/bin/python benchmarks/run.py --quick         # small corpus, one run each
    .venv/bin/python benchmarks/run.py --tools proselint,codespell --runs 5

Peers come from ``sh benchmarks/setup-peers.sh`` (installed apart, in benchmarks/.peers);
this script installs nothing and names every peer it cannot find. The corpus is written
at run time from ../shared/data/news (or $NEWSLINT_SHARED/data/news) into
benchmarks/.out, one story per file, and is never committed. The table is printed and
written into docs/benchmarks.md, whose hand-written sections are kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_registry  # noqa: E402
from corpus import NEWS, write_stories  # noqa: E402
from measure import EXACT_MEMORY, Measurement, measure, run_once  # noqa: E402
from report import MB, Row, Run, plain_table, write_markdown  # noqa: E402
from targets import judge  # noqa: E402
from tools import PEERS, Tool, newslint_tool, peer_tools, user_environ  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="timed runs per measurement (median)")
    p.add_argument("--warmup", type=int, default=1, help="untimed runs before timing")
    p.add_argument("--cold-runs", type=int, default=10, help="timed runs on the short draft")
    p.add_argument("--corpus-mb", type=float, default=4.0, help="size of the story corpus")
    p.add_argument("--scale-mb", type=float, default=50.0, help="scale corpus size (0: skip)")
    p.add_argument("--scale-runs", type=int, default=2, help="timed runs of newslint at scale")
    p.add_argument(
        "--scale-peer-runs", type=int, default=1, help="timed runs of each peer at scale (0: skip)"
    )
    p.add_argument(
        "--scale-tools",
        default="proselint,codespell",
        help="peers also run at scale: comma-separated, 'all' or 'none' (newslint always runs)",
    )
    p.add_argument("--tools", default="", help="comma-separated peers (default: all)")
    p.add_argument("--no-families", action="store_true", help="skip the per-family runs")
    p.add_argument("--registry-size", type=int, default=1_000_000, help="synthetic names (0: skip)")
    p.add_argument("--registry-file", type=Path, help="use this registry YAML instead")
    p.add_argument("--timeout", type=float, default=900, help="seconds before a run is killed")
    p.add_argument(
        "--peers",
        type=lambda s: Path(s).resolve(),
        default=PEERS,
        help="where setup-peers.sh installed",
    )
    p.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / ".out")
    p.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    p.add_argument("--no-write", action="store_true", help="print the table only")
    p.add_argument("--quick", action="store_true", help="1 MB corpus, 10 MB scale, one run each")
    args = p.parse_args(argv)
    if args.quick:
        args.runs, args.warmup, args.cold_runs, args.scale_runs = 1, 1, 3, 1
        args.corpus_mb, args.scale_mb = min(args.corpus_mb, 1.0), min(args.scale_mb, 10.0)
    return args


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Bench:
    """One run: the inputs written to the work folder, and how to time a tool on each."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = args.workdir.resolve()
        self.logs = self.work / "logs"
        self.inputs: dict[str, tuple[Path, list[str], int]] = {}

    def prepare(self) -> None:
        """Write the corpus, the scale corpus and the short draft; stop config lookup here."""
        for name in ("corpus", "scale", "cold"):
            shutil.rmtree(self.work / name, ignore_errors=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        (self.work / ".newslint.yaml").write_text("# benchmarks: built-in defaults\n")
        self._add("corpus", *write_stories(self.work / "corpus", int(self.args.corpus_mb * MB)))
        if self.args.scale_mb > 0:
            scale = write_stories(self.work / "scale", int(self.args.scale_mb * MB), repeat=True)
            self._add("scale", *scale)
        draft = self.work / "cold" / "draft.md"
        draft.parent.mkdir()
        shutil.copyfile(ROOT / "examples" / "draft.md", draft)
        self._add("cold", [draft], draft.stat().st_size)

    def _add(self, name: str, paths: list[Path], size: int) -> None:
        folder = self.work / name
        self.inputs[name] = (folder, [str(p.relative_to(folder)) for p in paths], size)

    def size(self, name: str) -> tuple[int, int]:
        folder, files, size = self.inputs.get(name, (None, [], 0))
        return size, len(files)

    def time(
        self,
        tool: Tool,
        name: str,
        extra: tuple[str, ...] = (),
        runs: int | None = None,
        warmup: int | None = None,
    ) -> Measurement | None:
        """Time ``tool`` over one input; None when that input was not built."""
        if name not in self.inputs or (runs is not None and runs <= 0):
            return None
        folder, files, size = self.inputs[name]
        if name == "cold":
            runs = self.args.cold_runs
        runs = self.args.runs if runs is None else runs
        warmup = self.args.warmup if warmup is None else warmup
        label = "-".join([tool.name, name, *(e.strip("-") for e in extra if "/" not in e)])
        log(f"  {tool.name} {' '.join(extra)} on {name} ({size / MB:.2f} MB, {len(files)} files)")
        m = measure(
            [*tool.argv, *extra, *files],
            folder,
            self.logs / f"{label}.out",
            runs=runs,
            warmup=warmup,
            timeout=self.args.timeout,
            ok_codes=tool.ok_codes,
            env=tool.environ(),
        )
        log(f"    {'failed: ' + m.error if m.error else f'{m.median:.3f} s median'}")
        return m


def families(python: str, cwd: Path) -> list[str]:
    """The families of the rules installed right now, in the order they are registered.

    NOTE: ``cwd`` must not be the repository root, where ``python -c`` would import the
    checkout's newslint rather than the installed one the timed runs use.
    """
    code = (
        "from newslint.plugins import load_rules\n"
        "seen = []\n"
        "[seen.append(r.family) for r in load_rules(None) if r.family not in seen]\n"
        "print(' '.join(seen))"
    )
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, cwd=cwd)
    return out.stdout.split()


def registry_config(bench: Bench) -> tuple[Path | None, str]:
    """Write a configuration naming the big registry, or say why it is not available."""
    args = bench.args
    probe = subprocess.run(
        [sys.executable, "-c", "import newslint.registry"], capture_output=True, cwd=bench.work
    )
    if probe.returncode != 0:
        return None, "not available: this newslint has no registry package"
    path = args.registry_file
    if path is None:
        path = bench.work / "registry" / f"synthetic-{args.registry_size}.yaml"
        if not path.exists():
            log(f"writing a {args.registry_size:,}-name registry to {path}")
            synthetic_registry.write(path, args.registry_size)
    config = bench.work / "registry" / "newslint-big-registry.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"registry: [{str(path.resolve())!r}]\n", encoding="utf-8")
    return config, ""


def first_load(bench: Bench, tool: Tool, config: Path) -> tuple[str, str]:
    """Run once on the short draft so the registry's cache exists before timing."""
    folder, files, _ = bench.inputs["cold"]
    argv = [*tool.argv, "--config", str(config), *files]
    log("  newslint, first run with the big registry (builds its cache)")
    # NOTE: into an empty cache folder, so the figure is a build even when an earlier
    # run left the registry compiled; then once more to fill the cache the timed runs use.
    fresh = bench.logs / "fresh-cache"
    shutil.rmtree(fresh, ignore_errors=True)
    env = {**user_environ(), "NEWSLINT_CACHE_DIR": str(fresh)}
    run = run_once(argv, folder, bench.logs / "registry-first.out", bench.args.timeout * 2, env)
    shutil.rmtree(fresh, ignore_errors=True)
    if not (run.timed_out or run.returncode not in (0, 1)):
        run_once(
            argv, folder, bench.logs / "registry-warm.out", bench.args.timeout * 2, user_environ()
        )
    if run.timed_out or run.returncode not in (0, 1):
        err = (bench.logs / "registry-first.err").read_text(errors="replace").strip()
        why = "timed out" if run.timed_out else (err.splitlines() or ["no message"])[-1][:200]
        return "", f"not available: the registry did not load ({why})"
    return (
        f"first run with the big registry (reads the YAML, builds the cache): "
        f"{run.seconds:.1f} s, peak {run.peak_bytes / MB:.0f} MB",
        "",
    )


def newslint_rows(bench: Bench, tool: Tool, notes: list[str]) -> list[Row]:
    version = tool.version()
    base = Row("newslint", "all rules", version, is_newslint=True)
    log("newslint, all rules, default registry")
    base.corpus = bench.time(tool, "corpus")
    # NOTE: the corpus runs already warmed every cache the scale runs could use.
    base.scale = bench.time(tool, "scale", runs=bench.args.scale_runs, warmup=0)
    base.cold = bench.time(tool, "cold")
    rows = [base]
    if bench.args.registry_size > 0 or bench.args.registry_file:
        rows.append(big_registry_row(bench, tool, version, notes))
    if not bench.args.no_families:
        for family in families(sys.executable, bench.work):
            log(f"newslint --select {family}")
            row = Row("newslint", f"--select {family}", version, is_newslint=True)
            row.corpus = bench.time(tool, "corpus", ("--select", family))
            rows.append(row)
    return rows


def big_registry_row(bench: Bench, tool: Tool, version: str, notes: list[str]) -> Row:
    args = bench.args
    size = (
        f"registry {args.registry_file.name}"
        if args.registry_file
        else (f"{args.registry_size:,}-name registry")
    )
    row = Row("newslint", f"all rules, {size}", version, is_newslint=True)
    log(f"newslint, all rules, {size}")
    config, row.note = registry_config(bench)
    if config is not None:
        note, row.note = first_load(bench, tool, config)
        if note:
            notes.append(note)
    if not row.note:
        extra = ("--config", str(config))
        row.corpus, row.cold = bench.time(tool, "corpus", extra), bench.time(tool, "cold", extra)
    return row


def peer_rows(bench: Bench, peers: list[Tool]) -> list[Row]:
    rows = []
    for tool in peers:
        row = Row(tool.name, tool.checks, tool.version())
        log(f"{tool.name} ({row.version})")
        row.corpus = bench.time(tool, "corpus")
        if at_scale(bench.args, tool.name):
            row.scale = bench.time(tool, "scale", runs=bench.args.scale_peer_runs, warmup=0)
        row.cold = bench.time(tool, "cold")
        rows.append(row)
    return rows


def at_scale(args: argparse.Namespace, name: str) -> bool:
    chosen = args.scale_tools.split(",")
    return "all" in chosen or name in chosen


def select_tools(args: argparse.Namespace) -> tuple[list[Tool], list[str]]:
    wanted = {t for t in args.tools.split(",") if t}
    peers = [t for t in peer_tools(args.peers) if not wanted or t.name in wanted]
    missing = [t.missing for t in peers if not t.available]
    return [t for t in peers if t.available], missing


def settings(args: argparse.Namespace) -> str:
    return (
        f"Each measurement: {args.warmup} warm-up run(s), then the median of {args.runs} "
        f"timed run(s) ({args.cold_runs} on the short draft). At scale, after the corpus "
        f"runs and without further warm-up, newslint runs {args.scale_runs} time(s) and "
        f"the peers ({args.scale_tools}) {args.scale_peer_runs} time(s)."
    )


def failures(rows: list[Row]) -> list[str]:
    """Say which measurements failed and why, so a "failed" cell is never a mystery."""
    out = []
    for row in rows:
        for name in ("corpus", "scale", "cold"):
            m = getattr(row, name)
            if m is not None and m.error:
                out.append(f"{row.tool} ({row.setup}) on the {name} input failed: {m.error}")
    return out


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not NEWS.is_dir():
        log(f"no news corpus at {NEWS}; set NEWSLINT_SHARED to the shared folder")
        return 2
    peers, missing = select_tools(args)
    for reason in missing:
        log(f"missing peer: {reason} (install with: sh benchmarks/setup-peers.sh)")
    bench = Bench(args)
    bench.prepare()
    notes: list[str] = []
    if not EXACT_MEMORY:
        notes.append("/usr/bin/time is missing: peak memory is an upper bound (wait4)")
    load_before = _load()
    rows = newslint_rows(bench, newslint_tool(), notes) + peer_rows(bench, peers)
    notes += failures(rows)
    notes.append(
        f"load average (1 min) on {os.cpu_count()} cores: {load_before} at the start, "
        f"{_load()} at the end; other work on the machine slows wall times, CPU times less so"
    )
    (corpus_b, corpus_n), (scale_b, scale_n) = bench.size("corpus"), bench.size("scale")
    run = Run(
        rows,
        corpus_b,
        corpus_n,
        scale_b,
        scale_n,
        bench.size("cold")[0],
        "python " + shlex.join(["benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)]),
        dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        settings(args),
        missing,
        notes,
    )
    targets = judge(run)
    print(plain_table(run))
    print()
    for goal, measured, verdict in targets:
        print(f"{verdict:<12} {goal}: {measured}")
    if not args.no_write:
        write_markdown(args.output, run, targets)
        log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
