"""Start the checking service: configuration, workers, socket, then Uvicorn until stopped."""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import socket
import sys
from dataclasses import dataclass

import uvicorn

from newslint.config import ConfigResolver
from newslint.engine import linter_for
from newslint.errors import NewslintError
from newslint.server.app import Settings, create_app
from newslint.server.limits import Limits
from newslint.server.pool import WorkerPool

#: Open connections served at once; past this Uvicorn answers 503 straight away.
MAX_CONNECTIONS = 256


@dataclass(frozen=True)
class Options:
    """What ``newslint serve`` was asked for on the command line."""

    host: str = "127.0.0.1"
    port: int = 8081
    config: str | None = None
    token: str | None = None
    workers: int = 2
    limits: Limits = Limits()
    allow_origins: tuple[str, ...] = ()
    date: dt.date | str | None = None


def is_loopback(host: str) -> bool:
    """Tell whether an address only this machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(options: Options) -> int:
    """Run the service until interrupted; configuration and socket problems raise NewslintError."""
    # The configuration is read once, here, exactly as 'newslint check --stdin' finds it.
    config = ConfigResolver(options.config).for_path("<stdin>")
    linter = linter_for(config)
    sock = _listen(options.host, options.port)
    pool = WorkerPool(config, options.workers, options.limits.time_limit, private=[sock.fileno()])
    try:
        pool.start()
        loopback = is_loopback(options.host)
        settings = Settings(
            options.limits, options.token, options.date, loopback, options.allow_origins
        )
        app = create_app(pool, linter, settings)
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        print(
            f"newslint: serving on http://{shown}:{port}/ "
            f"(LanguageTool clients: http://{shown}:{port}/v2/), {options.workers} workers",
            file=sys.stderr,
            flush=True,
        )
        if not loopback and options.token is None:
            print(
                "newslint: warning: listening beyond this machine without --token; "
                "anyone who can reach it can use it",
                file=sys.stderr,
                flush=True,
            )
        server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_level="warning",
                access_log=False,
                lifespan="off",
                proxy_headers=False,
                server_header=False,
                limit_concurrency=MAX_CONNECTIONS,
                timeout_keep_alive=5,
                timeout_graceful_shutdown=5,
            )
        )
        server.run(sockets=[sock])
    finally:
        pool.close()
        with contextlib.suppress(OSError):
            sock.close()
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """Bind the socket before anything slow happens, so a taken port fails at once."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, UnicodeError) as exc:
        raise NewslintError(f"cannot listen on {host}:{port}: {exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise NewslintError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(False)
    return sock
