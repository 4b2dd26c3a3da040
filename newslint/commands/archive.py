"""``newslint archive``: audit a whole archive of stories on a Dask cluster."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from newslint.commands.check import _csv, _date, _severity, overrides
from newslint.config import ConfigResolver
from newslint.errors import NewslintError

DASK_MISSING = (
    "'newslint archive' needs Dask: install it with pip install 'newslint[dask]' "
    "(missing module: {})"
)


def add_parser(sub: Any) -> None:
    """Declare the archive command's arguments."""
    p = sub.add_parser(
        "archive",
        help="audit an archive (JSON Lines, Parquet or folders of drafts) on a Dask cluster",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl or .parquet files, folders")
    p.add_argument(
        "--output", required=True, metavar="FINDINGS", help="FINDINGS.parquet or FINDINGS.jsonl"
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    p.add_argument("--workers", type=int, help="local cluster size (default: one per core)")
    p.add_argument("--resume", action="store_true", help="keep partitions already written")
    p.add_argument(
        "--partition-size",
        type=int,
        metavar="N",
        help="stories per partition (default: chosen from the input's size and the workers)",
    )
    p.add_argument("--id-field", default="id", help="record field with the story id")
    p.add_argument("--headline-field", default="title", help="record field with the headline")
    p.add_argument("--body-field", default="text", help="record field with the story text")
    p.add_argument("--date-field", default="date", help="record field with the story's date")
    p.add_argument(
        "--kind", choices=("markdown", "text"), default="markdown", help="how to read record text"
    )
    p.add_argument("--date", type=_date, help="the dateline of stories without a date")
    p.add_argument("--config", metavar="PATH", help="use this configuration file only")
    p.add_argument("--select", type=_csv, help="only these codes, prefixes, rule names or families")
    p.add_argument("--ignore", type=_csv, help="skip these codes, prefixes, rule names or families")
    p.add_argument(
        "--fail-level", type=_severity, help="lowest severity that fails (default: warning)"
    )


def run(args: argparse.Namespace) -> int:
    """Audit the inputs, print the summary, and exit like ``check`` does."""
    for module in ("dask.bag", "distributed", "pyarrow"):
        try:
            __import__(module)
        except ImportError:
            print(f"newslint: {DASK_MISSING.format(module)}", file=sys.stderr)
            return 2
    from newslint.archive import Job, audit, output
    from newslint.archive.inputs import Fields
    from newslint.archive.summary import failing, render

    if not args.verbose:  # Dask logs every worker's start and stop at INFO
        logging.getLogger("distributed").setLevel(logging.ERROR)
    if args.partition_size is not None and args.partition_size < 1:
        raise NewslintError("--partition-size must be at least 1")
    config = ConfigResolver(args.config, overrides(args)).for_path(os.path.join(os.getcwd(), "."))
    fields = Fields(args.id_field, args.headline_field, args.body_field, args.date_field)
    target = os.path.abspath(args.output)
    job = Job(config, target, output.output_format(target), fields, args.kind)
    inputs = [os.path.abspath(p) for p in args.inputs]
    result = audit(
        inputs,
        job,
        partition_size=args.partition_size,
        scheduler=args.scheduler,
        workers=args.workers,
        resume=args.resume,
        interactive=sys.stdout.isatty(),
    )
    print(render(result.summary, args.output, result.resumed))
    if result.summary["failed"] or result.summary["failed_partitions"]:
        return 2
    return 1 if failing(result.summary, config.fail_level) else 0
