"""Split archive inputs into partitions and read one partition's stories back.

Planning runs on the client and touches metadata only (file sizes, a 64 KiB sample,
Parquet footers, a folder listing), so planning ten million stories costs seconds.
Reading runs on a worker, which opens only its own byte range, row slice or files.
Partitions are a pure function of the inputs and settings: a rerun plans the same
ones, which is what lets ``--resume`` trust partitions written earlier.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.config import Config
from newslint.errors import InputError
from newslint.source import read_source
from newslint.text.frontmatter import as_date

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
_SAMPLE_BYTES = 64 * 1024
#: The smallest byte range a JSON Lines partition covers, however small its records.
_MIN_BLOCK = 4 * 1024


@dataclass(frozen=True)
class Fields:
    """Which record fields hold the story's id, headline, body and date."""

    id: str = "id"
    headline: str = "title"
    body: str = "text"
    date: str = "date"


@dataclass(frozen=True)
class Partition:
    """One unit of work: a byte range of a JSON Lines file, a Parquet row slice or drafts."""

    index: int
    kind: str  # "jsonl", "parquet" or "drafts"
    source: str
    start: int = 0
    stop: int = 0
    row_group: int = 0
    files: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The stem of the partition's output files."""
        return f"part-{self.index:05d}"


@dataclass(frozen=True)
class Story:
    """A story ready to lint; ``error`` is set instead when its record could not be read."""

    id: str
    path: str
    text: str = ""
    kind: str | None = None
    date: dt.date | None = None
    error: str | None = None


#: How partition sizes are chosen when ``--partition-size`` is not given: several
#: partitions per worker, so the last ones finish together and a lost worker costs
#: little; never so small that a task's overhead outweighs its stories, nor so large
#: that a partition's text and findings crowd a worker's memory.
PARTITIONS_PER_WORKER = 4
MIN_PARTITION = 25
MAX_PARTITION = 1000


@dataclass(frozen=True)
class Source:
    """One input as planning sees it: its size in stories, and how to cut it."""

    kind: str  # "jsonl", "parquet" or "drafts"
    path: str
    stories: int  # exact, except for JSON Lines (estimated from a sample)
    size: int = 0  # bytes, for JSON Lines
    record_bytes: int = 1  # the sample's mean record size, for JSON Lines
    row_groups: tuple[int, ...] = ()  # rows per row group, for Parquet
    files: tuple[str, ...] = ()  # for folders of drafts


@dataclass(frozen=True)
class Split:
    """How a run's stories were cut into partitions, in words a person can check."""

    stories: int
    estimated: bool  # JSON Lines counts are estimated from a sample of each file
    size: int
    partitions: int
    reason: str  # why this size: "chosen for 2 workers", "as --partition-size says"

    def describe(self) -> str:
        """Say how the work was split: "200 stories in 8 partitions of up to 25 (...)"."""
        about = "about " if self.estimated else ""
        return (
            f"{about}{self.stories} stor{'y' if self.stories == 1 else 'ies'} in "
            f"{self.partitions} partition{'s' * (self.partitions != 1)} of up to "
            f"{self.size} ({self.reason})"
        )


def survey(inputs: list[str], config: Config, fields: Fields) -> list[Source]:
    """Size every input from metadata: files by suffix, folders walked for records and drafts."""
    sources = []
    for path in inputs:
        records, drafts = _classify(path, config)
        for record_file in records:
            try:
                sources.append(_survey_file(record_file, fields))
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror or exc}", record_file) from None
        if drafts:
            sources.append(Source("drafts", path, len(drafts), files=tuple(drafts)))
    return sources


def choose_size(stories: int, workers: int) -> int:
    """Return stories per partition that keep ``workers`` busy to the end of the run."""
    wanted = -(-stories // max(workers * PARTITIONS_PER_WORKER, 1))
    return max(MIN_PARTITION, min(MAX_PARTITION, wanted))


def split(sources: list[Source], size: int) -> list[Partition]:
    """Cut sized inputs into partitions of about ``size`` stories each."""
    parts: list[tuple[str, str, int, int, int, tuple[str, ...]]] = []
    for src in sources:
        if src.kind == "drafts":
            for i in range(0, len(src.files), size):
                parts.append(("drafts", src.path, 0, 0, 0, src.files[i : i + size]))
        elif src.kind == "parquet":
            for rg, rows in enumerate(src.row_groups):
                for a in range(0, rows, size):
                    parts.append(("parquet", src.path, a, min(a + size, rows), rg, ()))
        else:
            block = max(src.record_bytes * size, _MIN_BLOCK)
            for a in range(0, src.size, block):
                parts.append(("jsonl", src.path, a, min(a + block, src.size), 0, ()))
    return [Partition(i, *p) for i, p in enumerate(parts)]


def plan(inputs: list[str], config: Config, partition_size: int, fields: Fields) -> list[Partition]:
    """Partition every input into pieces of ``partition_size`` stories."""
    return split(survey(inputs, config, fields), partition_size)


def _survey_file(path: str, fields: Fields) -> Source:
    if path.endswith(PARQUET_SUFFIXES):
        groups = _row_groups(path, fields)
        return Source("parquet", path, sum(groups), row_groups=groups)
    total = os.path.getsize(path)
    mean = _mean_record_bytes(path, fields)
    return Source("jsonl", path, -(-total // mean) if total else 0, total, mean)


def _classify(path: str, config: Config) -> tuple[list[str], list[str]]:
    from fnmatch import fnmatch

    if not os.path.exists(path):
        raise InputError("no such file or folder", path)
    if not os.path.isdir(path):
        if not path.endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES):
            raise InputError("not JSON Lines (.jsonl), Parquet (.parquet) or a folder", path)
        return [path], []
    records, drafts = [], []
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            full = os.path.join(folder, name)
            if name.endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES):
                records.append(full)
            elif any(fnmatch(name, pat) for pat in config.include):
                drafts.append(full)
    return records, drafts


def _mean_record_bytes(path: str, fields: Fields) -> int:
    """Estimate a record's size from the file's head, and check its first record's fields."""
    with open(path, "rb") as handle:
        sample = handle.read(_SAMPLE_BYTES)
    first = sample.split(b"\n", 1)[0]
    try:
        record = json.loads(first) if b"\n" in sample else None
    except ValueError:
        record = None  # reported per record when the partition is read
    if isinstance(record, dict):
        _require(path, fields.body, record)
    return max(len(sample) // max(sample.count(b"\n"), 1), 1)


def _require(path: str, name: str, present: Any) -> None:
    """Fail before the run, not once per story, when the body field is misnamed."""
    if name not in present:
        known = ", ".join(sorted(present)) or "none"
        raise InputError(f"has no field '{name}' (fields: {known}); see --body-field", path)


def _row_groups(path: str, fields: Fields) -> tuple[int, ...]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except pa.ArrowException as exc:
        raise InputError(f"not a readable Parquet file: {exc}", path) from None
    _require(path, fields.body, handle.schema_arrow.names)
    meta = handle.metadata
    return tuple(meta.row_group(rg).num_rows for rg in range(meta.num_row_groups))


def read(part: Partition, fields: Fields, kind: str, config: Config) -> Iterator[Story]:
    """Yield the stories of one partition; unreadable records become error stories."""
    if part.kind == "drafts":
        yield from _read_drafts(part, config)
        return
    records = _jsonl_records(part) if part.kind == "jsonl" else _parquet_records(part, fields)
    for where, record in records:
        yield _story(where, record, part.source, fields, kind)


def _read_drafts(part: Partition, config: Config) -> Iterator[Story]:
    for path in part.files:
        story_id = Path(os.path.relpath(path, part.source)).as_posix()
        try:
            text = read_source(path, config.max_file_size).text
        except InputError as exc:
            yield Story(story_id, path, error=f"InputError: {exc.message}")
            continue
        yield Story(story_id, path, text, date=config.date)


def _jsonl_records(part: Partition) -> Iterator[tuple[str, Any]]:
    """Yield the lines that *start* in the byte range; the previous range owns the rest."""
    with open(part.source, "rb") as handle:
        if part.start:
            handle.seek(part.start - 1)
            handle.readline()
        pos = handle.tell()
        while pos < part.stop:
            line = handle.readline()
            if not line:
                break
            if line.strip():
                try:
                    yield f"{part.source}@{pos}", json.loads(line)
                except ValueError as exc:
                    yield f"{part.source}@{pos}", exc
            pos += len(line)


def _parquet_records(part: Partition, fields: Fields) -> Iterator[tuple[str, Any]]:
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(part.source)
    wanted = [f for f in (fields.id, fields.headline, fields.body, fields.date) if f]
    columns = [c for c in wanted if c in handle.schema_arrow.names]
    table = handle.read_row_group(part.row_group, columns=columns)
    rows = table.slice(part.start, part.stop - part.start).to_pylist()
    for offset, row in enumerate(rows, part.start):
        yield f"{part.source}#{part.row_group}:{offset}", row


def _story(where: str, record: Any, source: str, fields: Fields, kind: str) -> Story:
    if isinstance(record, Exception):
        return Story(where, source, error=f"malformed JSON: {record}")
    if not isinstance(record, dict):
        return Story(where, source, error=f"record is a {type(record).__name__}, not an object")
    story_id = record.get(fields.id)
    story_id = where if story_id in (None, "") else str(story_id)
    body = record.get(fields.body)
    if not isinstance(body, str):
        return Story(story_id, source, error=f"record has no text in field '{fields.body}'")
    headline = record.get(fields.headline) if fields.headline else None
    date = as_date(record.get(fields.date)) if fields.date else None
    return Story(story_id, source, compose(headline, body, kind), kind, date)


def compose(headline: Any, body: str, kind: str) -> str:
    """Build the draft a reporter would have written: the headline, a blank line, the body.

    In Markdown the headline is a level-one heading; in plain text, a first line
    followed by a blank line. Either way the linter sees it as the headline.
    """
    if not isinstance(headline, str) or not headline.strip():
        return body
    marker = "# " if kind == "markdown" else ""
    return f"{marker}{headline.strip()}\n\n{body}"
