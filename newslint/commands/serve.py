"""``newslint serve``: the checking service for LanguageTool clients and the copy desk's page."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from newslint.commands import missing_extra
from newslint.runner import cpu_count

#: Where the shared token is read from when --token is not given (keeps it out of 'ps').
TOKEN_VARIABLE = "NEWSLINT_TOKEN"


def add_parser(sub: Any) -> None:
    """Declare the serve command's arguments."""
    p = sub.add_parser(
        "serve", help="run the checking service (LanguageTool's HTTP API and a web page)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=_count(0), default=8081, help="port (default: 8081; 0: any free)")
    p.add_argument("--config", metavar="PATH", help="use this configuration file only")
    p.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE) or None,
        help=f"require this bearer token on every check (default: ${TOKEN_VARIABLE})",
    )
    p.add_argument(
        "--workers",
        type=_count(1),
        default=min(cpu_count(), 4),
        metavar="N",
        help="worker processes checking drafts (default: the CPU count, at most 4)",
    )
    p.add_argument(
        "--max-chars",
        type=_count(1),
        metavar="N",
        help="longest text accepted, in characters (default: 200,000)",
    )
    p.add_argument(
        "--time-limit",
        type=_seconds,
        metavar="SECONDS",
        help="longest a request may take (default: 10)",
    )
    p.add_argument(
        "--date",
        type=_date,
        help="story date for drafts that give none, e.g. 2025-11-04, or 'today'",
    )
    p.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let web pages from ORIGIN call the service ('*' for any; repeatable)",
    )


def _count(least: int) -> Any:
    def parse(value: str) -> int:
        if not value.isdigit() or int(value) < least:
            raise argparse.ArgumentTypeError(f"not a whole number of at least {least}: {value!r}")
        return int(value)

    return parse


def _date(value: str) -> dt.date | str:
    if value == "today":
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date like 2025-11-04 or 'today': {value!r}"
        ) from None


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < 3600:
        raise argparse.ArgumentTypeError(f"not a number of seconds under an hour: {value!r}")
    return seconds


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    # NOTE: imported here so Starlette and Uvicorn never slow the start of 'newslint check'.
    try:
        from newslint.server.limits import Limits
        from newslint.server.service import Options, serve
    except ImportError as exc:
        return missing_extra("the checking service", "server", exc)
    defaults = Limits()
    limits = Limits(
        max_chars=args.max_chars or defaults.max_chars,
        time_limit=args.time_limit or defaults.time_limit,
    )
    options = Options(
        host=args.host,
        port=args.port,
        config=args.config,
        token=args.token,
        workers=args.workers,
        limits=limits,
        allow_origins=tuple(args.allow_origin),
        date=args.date,
    )
    return serve(options)
