"""Time whole processes and read their peak memory from the kernel's own accounting.

Each run is one real process, started the way a user or a hook starts it, so the
figures include interpreter start-up, imports and loading of dictionaries or
registries. Peak memory is the maximum resident set size GNU time reports for the
tool's process.

NOTE: ``ru_maxrss`` of a child started straight from this script is useless: Linux
carries the high-water mark of the address space a process had before ``exec`` (here,
this script's) into the new program's figure. GNU time is small, so the child it
forks starts from almost nothing. Without /usr/bin/time the ``wait4`` figure is kept
and marked as an upper bound.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

GNU_TIME = Path("/usr/bin/time")
#: True when peak memory is exact; False when it may include this script's own memory.
EXACT_MEMORY = GNU_TIME.exists()


@dataclass(frozen=True)
class Run:
    """One process: wall-clock seconds, peak resident memory in bytes, exit code."""

    seconds: float
    peak_bytes: int
    returncode: int
    timed_out: bool = False
    cpu_seconds: float | None = None


@dataclass
class Measurement:
    """Several timed runs of one command over one input, after warm-up runs."""

    runs: list[Run] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.runs) and not self.error

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def cpu_median(self) -> float | None:
        cpu = [r.cpu_seconds for r in self.runs if r.cpu_seconds is not None]
        return statistics.median(cpu) if cpu else None

    @property
    def peak_bytes(self) -> int:
        return max(r.peak_bytes for r in self.runs)


def run_once(argv: list[str], cwd: Path, log: Path, timeout: float, env: dict | None = None) -> Run:
    """Run a command to completion, its output going to ``log``; kill it after ``timeout``."""
    memory = log.with_suffix(".mem")
    if EXACT_MEMORY:
        argv = [str(GNU_TIME), "-f", "%U %S %M", "-o", str(memory), *argv]
    with log.open("wb") as out, (log.with_suffix(".err")).open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=cwd, stdout=out, stderr=err, env=env, start_new_session=True
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if EXACT_MEMORY:
        cpu, kib = _gnu_time(memory)
    else:
        cpu, kib = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    # NOTE: both GNU time's %M and ru_maxrss are in kibibytes.
    return Run(seconds, (kib or 0) * 1024, proc.returncode, killed.is_set(), cpu)


def _gnu_time(path: Path) -> tuple[float | None, int | None]:
    """Read "user system maxrss" from the last line GNU time wrote."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        user, system, kib = lines[-1].split()
        return float(user) + float(system), int(kib)
    except (OSError, ValueError, IndexError):
        return None, None


def measure(
    argv: list[str],
    cwd: Path,
    log: Path,
    *,
    runs: int,
    warmup: int,
    timeout: float,
    ok_codes: frozenset[int] | None,
    env: dict | None = None,
) -> Measurement:
    """Warm up, then time ``runs`` runs; stop at the first run that fails or times out."""
    result = Measurement()
    if shutil.which(argv[0], path=os.environ.get("PATH")) is None:
        # NOTE: checked here because a tool whose every exit code is normal would
        # otherwise be "measured" at the few milliseconds it takes to fail to start.
        result.error = f"cannot run {argv[0]}: not found or not executable"
        return result
    for i in range(warmup + runs):
        run = run_once(argv, cwd, log, timeout, env)
        problem = _problem(run, ok_codes, log, timeout)
        if problem:
            result.error = problem
            return result
        if i >= warmup:
            result.runs.append(run)
    return result


def _problem(run: Run, ok_codes: frozenset[int] | None, log: Path, timeout: float) -> str:
    if run.timed_out:
        return f"timed out after {timeout:.0f} s"
    if ok_codes is not None and run.returncode not in ok_codes:
        tail = log.with_suffix(".err").read_text(encoding="utf-8", errors="replace").strip()
        last = tail.splitlines()[-1][:200] if tail else "no message"
        return f"exit code {run.returncode}: {last}"
    return ""
