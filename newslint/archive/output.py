"""The findings dataset: one file per partition, written so a killed run leaves no lie.

Layout of FINDINGS (a folder, read whole by pyarrow, DuckDB, Spark or pandas)::

    part-00000.parquet        one row per finding or per failed story
    _summary/part-00000.json  the partition's counts; written last: its presence
                              is what ``--resume`` trusts
    _newslint.json            the plan and settings the partitions belong to
    _summary.json             the whole run's summary

Every file is written to a dot-prefixed temporary name in the same folder and then
renamed, so a reader never sees half a file under a real name; readers skip names
starting with ``.`` or ``_`` by default.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint.errors import InputError
from newslint.finding import JSON_FIELDS, Finding

FORMATS = {".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MANIFEST = "_newslint.json"
SUMMARIES = "_summary"

#: Columns of a findings file: the story, the JSON finding fields, the offending
#: text, and ``error`` (set only on rows for stories that could not be linted).
COLUMNS = ("story_id", *JSON_FIELDS, "text", "error")


def output_format(output: str) -> str:
    """Pick Parquet or JSON Lines from the output folder's name."""
    fmt = FORMATS.get(Path(output).suffix.lower())
    if fmt is None:
        raise InputError("name the output folder FINDINGS.parquet or FINDINGS.jsonl", output)
    return fmt


def finding_row(story_id: str, finding: Finding) -> dict[str, Any]:
    """One row for one finding, with the same fields as ``check --format json``."""
    return {"story_id": story_id, **finding.to_dict(), "text": finding.text, "error": None}


def error_row(story_id: str, path: str, error: str) -> dict[str, Any]:
    """One row for a story that could not be linted, so it is never silently missing."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(story_id=story_id, path=path, suggestions=[], error=error)
    return row


def data_path(output: str, name: str, fmt: str) -> str:
    """Where a partition's findings go."""
    return os.path.join(output, f"{name}.{fmt}")


def summary_path(output: str, name: str) -> str:
    """Where a partition's summary goes; its presence marks the partition done."""
    return os.path.join(output, SUMMARIES, f"{name}.json")


def write_rows(path: str, rows: list[dict[str, Any]], fmt: str) -> None:
    """Write a partition's rows atomically, in Parquet or JSON Lines."""
    with _atomic(path) as tmp:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), tmp)
        else:
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write_json(path: str, data: Any) -> None:
    """Write a small JSON document atomically."""
    with _atomic(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)


def read_json(path: str) -> Any:
    """Read a JSON document written by ``write_json``."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def read_rows(output: str) -> list[dict[str, Any]]:
    """Read every row of a findings folder (for tests and small archives)."""
    rows: list[dict[str, Any]] = []
    for path in sorted(Path(output).glob("part-*.*")):
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows.extend(pq.read_table(path).to_pylist())
        else:
            with path.open(encoding="utf-8") as handle:
                rows.extend(json.loads(line) for line in handle)
    return rows


def is_done(output: str, name: str, fmt: str) -> bool:
    """Whether a partition was completely written by an earlier run."""
    return os.path.exists(summary_path(output, name)) and os.path.exists(
        data_path(output, name, fmt)
    )


def kept_partition_size(output: str) -> int | None:
    """Return the partition size an earlier run of this folder chose, if there was one."""
    try:
        size = read_json(os.path.join(output, MANIFEST)).get("partition_size")
    except (OSError, ValueError, AttributeError):
        return None
    return size if isinstance(size, int) and size > 0 else None


def prepare(output: str, manifest: dict[str, Any], resume: bool) -> None:
    """Create the output folder, refusing to mix runs with different plans or settings."""
    existing = os.path.join(output, MANIFEST)
    if os.path.exists(existing):
        if not resume:
            raise InputError("already holds findings; pass --resume to continue it", output)
        if read_json(existing) != manifest:
            raise InputError(
                "was written for other inputs or settings; --resume needs the same ones", output
            )
    elif os.path.isdir(output) and any(Path(output).glob("part-*")):
        raise InputError("holds files that are not a newslint archive audit", output)
    os.makedirs(os.path.join(output, SUMMARIES), exist_ok=True)
    _remove_leftovers([output, os.path.join(output, SUMMARIES)])
    write_json(existing, manifest)


def _remove_leftovers(folders: Iterable[str]) -> None:
    for folder in folders:
        for tmp in Path(folder).glob(".*.tmp-*"):
            tmp.unlink(missing_ok=True)


class _atomic:
    """Yield a temporary name beside ``path``; rename it over ``path`` only on success."""

    def __init__(self, path: str) -> None:
        folder, name = os.path.split(path)
        self.path = path
        self.tmp = os.path.join(folder, f".{name}.tmp-{uuid.uuid4().hex}")

    def __enter__(self) -> str:
        return self.tmp

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is not None:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
            return
        with open(self.tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self.tmp, self.path)


def _schema() -> Any:
    import pyarrow as pa

    text, number = pa.string(), pa.int32()
    types = dict.fromkeys(COLUMNS, text)
    types.update(dict.fromkeys(("line", "column", "end_line", "end_column"), number))
    types["suggestions"] = pa.list_(text)
    return pa.schema(list(types.items()))
