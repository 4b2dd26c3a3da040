"""The ``newslint`` command: argument parsing and dispatch, nothing else.

``main(argv) -> int`` never calls ``sys.exit`` itself, so tests and other
programs can call it. Each subcommand lives in ``newslint.commands``.
"""

from __future__ import annotations

import argparse
import enum
import logging
import sys
from collections.abc import Sequence

from newslint import __version__
from newslint.commands import archive, check, lsp, registry, rules, serve
from newslint.errors import NewslintError


class ExitStatus(enum.IntEnum):
    """What the exit code tells a hook or a CI job."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


#: Subcommands and the modules that add their arguments and run them.
COMMANDS = {
    "check": check,
    "rules": rules,
    "archive": archive,
    "lsp": lsp,
    "registry": registry,
    "serve": serve,
}


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="newslint",
        description="An editorial linter for news drafts.",
        epilog="With no command, 'newslint FILE...' is 'newslint check FILE...'.",
    )
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what newslint does")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


def _normalise(argv: list[str]) -> list[str]:
    """Treat ``newslint draft.md`` as ``newslint check draft.md``."""
    first = next((a for a in argv if a not in ("-v", "--verbose")), None)
    if first is None or (first not in COMMANDS and first not in ("-h", "--help", "--version")):
        index = argv.index(first) if first is not None else len(argv)
        return [*argv[:index], "check", *argv[index:]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    """Run newslint and return the exit status."""
    args_list = _normalise(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0) if exc.code in (0, None) else ExitStatus.ERROR
    # NOTE: -v speaks for newslint only; its libraries' debug logs would drown it out.
    logging.basicConfig(level=logging.WARNING, format="newslint: %(levelname)s: %(message)s")
    logging.getLogger("newslint").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        return int(COMMANDS[args.command].run(args))
    except NewslintError as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        return ExitStatus.ERROR
    except BrokenPipeError:
        return ExitStatus.CLEAN
