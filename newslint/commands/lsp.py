"""``newslint lsp``: run the language server for editors."""

from __future__ import annotations

import argparse
from typing import Any

from newslint.commands import missing_extra


def add_parser(sub: Any) -> None:
    """Declare the lsp command's arguments."""
    p = sub.add_parser("lsp", help="run the language server for editors (stdio)")
    p.add_argument("--tcp", action="store_true", help="listen on TCP instead of stdio")
    p.add_argument("--host", default="127.0.0.1", help="TCP address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=2087, help="TCP port (default: 2087)")


def run(args: argparse.Namespace) -> int:
    """Serve until the editor disconnects."""
    # NOTE: imported here so pygls never slows the start of 'newslint check'.
    try:
        from newslint.lsp import serve
    except ImportError as exc:
        return missing_extra("the language server", "lsp", exc)
    serve(["--tcp", "--host", args.host, "--port", str(args.port)] if args.tcp else [])
    return 0
