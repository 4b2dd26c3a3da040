"""A few worker processes that check drafts, so analysis never holds up the event loop.

Rules, packs and the registry are loaded once in the serving process, which then
forks the workers: each starts warm and shares that memory. A job that overruns
the time limit costs only its own worker, which is killed and replaced; other
requests keep their workers. Where ``fork`` does not exist, workers are spawned
and load the configuration themselves.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import signal
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from newslint.config import Config
from newslint.document import Document
from newslint.engine import linter_for
from newslint.server.checking import answer

log = logging.getLogger(__name__)

#: A worker with no job looks this often (seconds) whether the service is still there.
PARENT_CHECK = 1.0
#: Text linted once before forking, so lazily built analyses are shared, not rebuilt.
WARM_UP = (
    "---\ntitle: Council approves budget\ndate: 2025-11-04\n---\n\n"
    "The council said on Tuesday, November 4, 2025, that spending would rise 4% to $12 million."
)


class PoolError(Exception):
    """A check the pool could not run; the message says why, for a 503 answer."""


@dataclass
class _Worker:
    process: Any
    conn: Connection


class WorkerPool:
    """A fixed number of warm worker processes, each checking one draft at a time."""

    def __init__(
        self, config: Config, size: int, time_limit: float, private: list[int] | None = None
    ) -> None:
        self.config = config
        self.size = size
        self.time_limit = time_limit
        #: Descriptors of the serving process (its listening socket) a worker must not hold.
        self.private = list(private or [])
        methods = multiprocessing.get_all_start_methods()
        self._fork = "fork" in methods
        self._context = multiprocessing.get_context("fork" if self._fork else "spawn")
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()

    def start(self) -> None:
        """Load everything once, then start the workers (raises NewslintError on bad config)."""
        linter = linter_for(self.config)
        if self.config.default_registry or self.config.registry:
            _ = linter.resources.registry  # load it now: no first request pays for it
        linter.lint(Document(WARM_UP, "warm-up.md"))
        gc.freeze()  # forked workers then share these objects instead of copying them
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        # NOTE: a forked worker inherits every pipe of its elder siblings; it closes
        # them, so each worker sees end-of-file once the serving process is gone.
        inherited = [parent.fileno(), *self.private] + [w.conn.fileno() for w in self._workers]
        process = self._context.Process(
            target=_serve_jobs,
            args=(child, self.config, os.getpid(), inherited if self._fork else []),
            name="newslint-worker",
            daemon=True,
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    async def run(self, job: Any) -> tuple[int, bytes | str]:
        """Check one job within the time limit, waiting for a free worker if need be."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.time_limit
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.time_limit)
        except asyncio.TimeoutError:
            raise PoolError(
                f"every worker stayed busy for {self.time_limit:g} s; try again"
            ) from None
        try:
            worker.conn.send(job)
        except (OSError, ValueError):
            self._replace(worker)
            raise PoolError("a worker stopped; try again") from None
        result = self._receive(loop, worker)
        try:
            value = await asyncio.wait_for(asyncio.shield(result), deadline - loop.time())
        except asyncio.TimeoutError:
            self._replace(worker)
            raise PoolError(f"checking took longer than the {self.time_limit:g} s limit") from None
        except PoolError:
            self._replace(worker)
            raise
        except asyncio.CancelledError:
            self._abandon(loop, worker, result, deadline)
            raise
        self._idle.put_nowait(worker)
        return value  # type: ignore[no-any-return]

    def _receive(self, loop: asyncio.AbstractEventLoop, worker: _Worker) -> asyncio.Future[Any]:
        """Return a future for the worker's answer, read when its pipe becomes readable."""
        result: asyncio.Future[Any] = loop.create_future()
        fd = worker.conn.fileno()

        def readable() -> None:
            loop.remove_reader(fd)
            if result.done():
                return
            try:
                result.set_result(worker.conn.recv())
            except Exception:  # EOF, a broken pipe or a garbled message: the worker is gone
                result.set_exception(PoolError("a worker stopped while checking; try again"))

        try:
            loop.add_reader(fd, readable)
        except NotImplementedError:  # event loops without add_reader (Windows): a thread waits
            return asyncio.ensure_future(loop.run_in_executor(None, _recv, worker.conn))
        return result

    def _abandon(
        self,
        loop: asyncio.AbstractEventLoop,
        worker: _Worker,
        result: asyncio.Future[Any],
        deadline: float,
    ) -> None:
        """Let a worker whose client went away finish its job, or kill it at the deadline."""

        def done(future: asyncio.Future[Any]) -> None:
            if future.cancelled() or future.exception() is not None:
                self._replace(worker)
            else:
                self._idle.put_nowait(worker)

        def expire() -> None:
            if not result.done():
                result.cancel()

        result.add_done_callback(done)
        loop.call_at(deadline, expire)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start a fresh one in its place."""
        self._stop(worker)
        with contextlib.suppress(ValueError):
            self._workers.remove(worker)
        self._idle.put_nowait(self._spawn())

    def _stop(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(worker.conn.fileno())
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        with contextlib.suppress(OSError):
            worker.conn.close()
        worker.process.join(1.0)

    def close(self) -> None:
        """Stop every worker (they also stop by themselves when the service exits)."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.close()
        for worker in self._workers:
            worker.process.join(2.0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
        self._workers.clear()

    @property
    def pids(self) -> list[int]:
        """Return the process ids of the workers (for memory figures)."""
        return [w.process.pid for w in self._workers if w.process.pid is not None]


def _recv(conn: Connection) -> Any:
    try:
        return conn.recv()
    except Exception:
        raise PoolError("a worker stopped while checking; try again") from None


def _serve_jobs(conn: Connection, config: Config, parent: int, inherited: list[int]) -> None:
    """Answer jobs until the serving process goes away."""
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    # The serving process handles Ctrl-C and shutdown; a worker just stops with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)
    linter = linter_for(config)  # already built when forked; loaded here when spawned
    while True:
        try:
            if not conn.poll(PARENT_CHECK):
                if os.getppid() != parent:
                    return
                continue
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(linter, job))
