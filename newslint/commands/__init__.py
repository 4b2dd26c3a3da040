"""One module per subcommand: ``add_parser(subparsers)`` and ``run(args) -> int``."""

from __future__ import annotations

import sys


def missing_extra(what: str, extra: str, exc: ImportError) -> int:
    """Say which optional part is not installed and how to add it; return exit code 2.

    Commands import their extras late, so 'newslint check' never pays for them; this
    is the one message a user sees when one is absent.
    """
    print(
        f"newslint: {what} needs the '{extra}' extra ({exc.name or exc} is missing); "
        f"install it with: pip install 'newslint[{extra}]'",
        file=sys.stderr,
    )
    return 2
