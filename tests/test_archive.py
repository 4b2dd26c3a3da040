"""``newslint archive`` on a real two-worker Dask cluster, over stories from real news.

Stories come from ../shared/data/news at run time with mistakes planted in them.
The run must report every planted mistake, agree with a serial ``newslint check``
over the same stories written as files, survive a crashing rule and a killed
worker without losing a story, and resume without redoing finished partitions.
"""

import json
import logging
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import shared_or_skip

from newslint.archive import Job, _compute
from newslint.archive.inputs import (
    Fields,
    Partition,
    choose_size,
    compose,
    plan,
    read,
    split,
    survey,
)
from newslint.archive.output import read_rows
from newslint.archive.summary import merge, render
from newslint.cli import main
from newslint.config import Config
from newslint.document import Document
from newslint.plugins import installed_rules

PLUGIN = Path(__file__).parent / "archive_plugin"


@dataclass(frozen=True)
class Plant:
    """A mistake planted as a paragraph of its own, and the finding it must produce."""

    code: str
    paragraph: str
    column: int = 1  # where the finding starts inside the planted paragraph


#: One plant per story, in turn. Name and number mistakes join this list as those
#: rules land, e.g. Plant("NL101", "Prime Minister Tony Blaire spoke.", column=16).
PLANTS = [
    Plant("NL002", "<!-- newslint-disable NL999 -->"),
    Plant("NL001", "<!-- newslint-disable-next-line NL002 -->"),
    Plant("TEST01", "DATELINECHECK follows."),
]
RAISE_EVERY = 40  # every 40th story (from the 6th) also crashes a rule
SOURCES = {  # file -> how many stories to take
    "reuters21578-1987-selected.jsonl": 120,
    "bbc-fulltext-2004-2005.jsonl": 120,
    "this-just-in-real-political-2016.jsonl": 40,
}


def _dask_or_skip():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("the dask extra is required in CI")
        pytest.skip("the dask extra is not installed")


@dataclass
class Archive:
    """The planted stories, as records, and the findings they must produce."""

    records: list
    planted: list  # (story_id, code, line, column, message or None)
    crashing: set


def _plant(index, record):
    paras = record["text"].strip().split("\n\n")
    plant = PLANTS[index % len(PLANTS)]
    paras.insert(min(1, len(paras)), plant.paragraph)
    crashes = index % RAISE_EVERY == 5
    if crashes:
        paras.append("RAISEMARK")
    body = "\n\n".join(paras)
    text = compose(record["title"], body, "markdown")
    line = text[: text.index(plant.paragraph)].count("\n") + 1
    date = (record["date"] or "")[:10] or None
    message = f"dateline is {date}" if plant.code == "TEST01" else None
    planted = (record["id"], plant.code, line, plant.column, message)
    return {**record, "text": body, "date": date}, planted, crashes


@pytest.fixture(scope="module")
def archive():
    news = shared_or_skip("data", "news")
    records, planted, crashing = [], [], set()
    for name, count in SOURCES.items():
        with (news / name).open(encoding="utf-8") as handle:
            chosen = [json.loads(line) for line in handle]
        chosen = [r for r in chosen if not r.get("duplicate_of")][:count]
        for r in chosen:
            record, plant, crashes = _plant(len(records), r)
            keep = {k: record[k] for k in ("id", "title", "text", "date")}
            records.append(keep)
            planted.append(plant)
            if crashes:
                crashing.add(record["id"])
    return Archive(records, planted, crashing)


def write_inputs(records, folder):
    """Two thirds as JSON Lines, the rest as Parquet with small row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir()
    cut = len(records) * 2 // 3
    with (folder / "stories.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records[:cut])
    if records[cut:]:
        pq.write_table(pa.Table.from_pylist(records[cut:]), folder / "more.parquet", 30)
    return folder


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes that can load the test rule plugin."""
    _dask_or_skip()
    from distributed import Client, LocalCluster

    flag = tmp_path_factory.mktemp("kill") / "killed"
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(PLUGIN))
        mp.setenv("PYTHONPATH", os.pathsep.join([str(PLUGIN), *sys.path]))
        mp.setenv("NEWSLINT_TEST_KILL_FLAG", str(flag))
        installed_rules.cache_clear()
        try:
            with (
                LocalCluster(
                    n_workers=2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                ) as cluster,
                Client(cluster) as client,
            ):
                yield client, flag
        finally:
            installed_rules.cache_clear()


def run_archive(capsys, inputs, output, scheduler, *extra):
    args = ["--output", str(output), "--scheduler", scheduler, "--partition-size", "40"]
    code = main(["archive", *map(str, inputs), *args, *extra])
    out, err = capsys.readouterr()
    return code, out, err


FIELDS = (
    "line",
    "column",
    "end_line",
    "end_column",
    "code",
    "rule",
    "family",
    "severity",
    "message",
)


def finding_key(story_id, f):
    return (story_id, *(f[k] for k in FIELDS), tuple(f["suggestions"]))


def split_rows(rows):
    findings = Counter(finding_key(r["story_id"], r) for r in rows if r["error"] is None)
    errors = {(r["story_id"], r["error"]) for r in rows if r["error"] is not None}
    return findings, errors


def serial_check(records, folder, capsys, default_date=None):
    """Write every story as a draft and lint each dateline's folder with ``newslint check``."""
    findings, errors = Counter(), set()
    for record in records:
        sub = folder / (record["date"] or "undated")
        sub.mkdir(parents=True, exist_ok=True)
        text = compose(record["title"], record["text"], "markdown")
        (sub / f"{record['id']}.md").write_text(text, encoding="utf-8")
    for sub in sorted(folder.iterdir()):
        date = ["--date", default_date or sub.name] if sub.name != "undated" or default_date else []
        main(["check", "--format", "json", *date, str(sub)])
        out, err = capsys.readouterr()
        findings.update(finding_key(Path(f["path"]).stem, f) for f in json.loads(out))
        for line in err.splitlines()[:-1]:  # the last line is the summary
            path, _, message = line.removeprefix("newslint: ").partition(": ")
            errors.add((Path(path).stem, message))
    return findings, errors


def test_every_planted_mistake_is_found_and_matches_serial_check(
    archive, cluster, tmp_path, capsys
):
    client, _ = cluster
    inputs = write_inputs(archive.records, tmp_path / "in")
    output = tmp_path / "findings.parquet"
    code, out, _ = run_archive(capsys, [inputs], output, client.scheduler.address)
    assert code == 2  # stories crashed a rule; the run still finished
    rows = read_rows(str(output))

    for story_id, code_, line, column, message in archive.planted:
        hits = [r for r in rows if (r["story_id"], r["code"], r["line"]) == (story_id, code_, line)]
        assert hits, f"planted {code_} in {story_id} line {line} was not reported"
        assert hits[0]["column"] == column
        if message is not None:
            assert hits[0]["message"] == message
    nl002 = [r for r in rows if r["code"] == "NL002"]
    assert nl002 and all(r["text"] == "<!-- newslint-disable NL999 -->" for r in nl002)

    failed = {r["story_id"] for r in rows if r["error"] is not None}
    assert failed == archive.crashing
    assert f"{len(archive.records)} stories in" in out
    assert "story error: " in out and "planted crash" in out

    assert split_rows(rows) == serial_check(archive.records, tmp_path / "serial", capsys)

    builds = client.run(__import__("newslint.archive", fromlist=["x"]).linter_builds)
    assert all(counts in ([], [1]) for counts in builds.values()), builds
    assert any(counts == [1] for counts in builds.values())


def test_a_folder_of_drafts_matches_serial_check(archive, cluster, tmp_path, capsys):
    client, _ = cluster
    undated = [r for r in archive.records if r["date"] is None][:60]
    expected = serial_check(undated, tmp_path / "drafts", capsys, default_date="2005-03-01")
    output = tmp_path / "drafts.jsonl"
    folder = tmp_path / "drafts" / "undated"
    run_archive(capsys, [folder], output, client.scheduler.address, "--date", "2005-03-01")
    rows = read_rows(str(output))
    for r in rows:
        r["story_id"] = Path(r["story_id"]).stem
    assert split_rows(rows) == expected
    assert any(r["message"] == "dateline is 2005-03-01" for r in rows)


def test_a_partition_that_fails_for_good_is_reported_not_raised(cluster, tmp_path):
    client, _ = cluster
    out = tmp_path / "o.jsonl"
    (out / "_summary").mkdir(parents=True)
    good = tmp_path / "s.jsonl"
    good.write_text(json.dumps({"id": "a", "text": "Fine."}) + "\n")
    parts = [
        Partition(0, "jsonl", str(tmp_path / "vanished.jsonl"), 0, 100),
        Partition(1, "jsonl", str(good), 0, good.stat().st_size),
    ]
    failed = []
    summaries = _compute(client, parts, Job(Config(), str(out), "jsonl"), failed, False)
    assert [s["partition"] for s in summaries] == ["part-00001"]
    assert failed[0][0] == "part-00000" and "FileNotFoundError" in failed[0][1]
    text = render(merge(summaries, failed), str(out), 0)
    assert "partition part-00000 failed (rerun with --resume)" in text


def test_a_killed_worker_loses_no_story(archive, cluster, tmp_path, capsys):
    client, flag = cluster
    records = [dict(r) for r in archive.records[:90]]
    records[50]["text"] += "\n\nKILLMARK"
    inputs = write_inputs(records, tmp_path / "in")
    clean = write_inputs(archive.records[:90], tmp_path / "clean")
    code, out, _ = run_archive(capsys, [inputs], tmp_path / "k.jsonl", client.scheduler.address)
    assert flag.exists(), "the planted kill did not fire"
    assert "90 stories in" in out and "failed (rerun" not in out
    run_archive(capsys, [clean], tmp_path / "c.jsonl", client.scheduler.address)
    assert split_rows(read_rows(str(tmp_path / "k.jsonl"))) == split_rows(
        read_rows(str(tmp_path / "c.jsonl"))
    )


def test_resume_redoes_only_partitions_not_finished(archive, cluster, tmp_path, capsys):
    client, _ = cluster
    address = client.scheduler.address
    inputs = write_inputs(archive.records[:200], tmp_path / "in")
    output = tmp_path / "f.parquet"
    run_archive(capsys, [inputs], output, address)
    first = split_rows(read_rows(str(output)))
    parts = sorted(output.glob("part-*.parquet"))
    assert len(parts) >= 4
    # Killed after writing data but before its summary: half a file, no marker.
    parts[1].write_bytes(parts[1].read_bytes()[:100])
    (output / "_summary" / f"{parts[1].stem}.json").unlink()
    parts[2].unlink()  # killed before writing anything
    (output / f".{parts[3].name}.tmp-dead").write_bytes(b"partial")
    kept = parts[0].stat().st_mtime_ns

    code, out, _ = run_archive(capsys, [inputs], output, address, "--resume")
    assert f"({len(parts) - 2} kept from an earlier run)" in out
    assert "200 stories in" in out
    assert split_rows(read_rows(str(output))) == first
    assert parts[0].stat().st_mtime_ns == kept
    assert not list(output.glob(".*.tmp-*"))

    code, _, err = run_archive(capsys, [inputs], output, address)
    assert code == 2 and "already holds findings; pass --resume" in err
    code, _, err = run_archive(capsys, [inputs], output, address, "--resume", "--select", "NL0")
    assert code == 2 and "other inputs or settings" in err


def test_compose_makes_the_headline_the_documents_headline():
    text = compose("Ad sales boost profit", "Profits jumped.", "markdown")
    doc = Document(text, "story.md")
    assert text[doc.headline.start : doc.headline.end] == "Ad sales boost profit"
    plain = compose("Ad sales boost profit", "Profits jumped.", "text")
    doc = Document(plain, "story.txt")
    assert plain[doc.headline.start : doc.headline.end] == "Ad sales boost profit"
    assert compose(None, "Profits jumped.", "markdown") == "Profits jumped."


def test_missing_dask_extra_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    code = main(["archive", str(tmp_path), "--output", str(tmp_path / "f.parquet")])
    assert code == 2
    assert "pip install 'newslint[dask]'" in capsys.readouterr().err


def test_output_must_be_named_parquet_or_jsonl(tmp_path, capsys):
    _dask_or_skip()
    code = main(["archive", str(tmp_path), "--output", str(tmp_path / "findings")])
    assert code == 2
    assert "FINDINGS.parquet or FINDINGS.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("size", [60, 61, 97])
def test_byte_ranges_read_every_record_exactly_once(tmp_path, size):
    records = [{"id": f"s{i}", "text": "word " * (150 + (i * 37) % 200)} for i in range(600)]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    parts = plan([str(path)], Config(), size, Fields())
    assert len(parts) > 3
    ids = [s.id for p in parts for s in read(p, Fields(), "markdown", Config())]
    assert ids == [r["id"] for r in records]


# -- how the work is split ----------------------------------------------------------------


def write_drafts(records, folder):
    folder.mkdir()
    for record in records:
        if "RAISEMARK" in record["text"]:
            continue
        text = compose(record["title"], record["text"], "markdown")
        (folder / f"{record['id']}.md").write_text(text, encoding="utf-8")
    return folder


def test_partition_size_follows_the_input_and_the_workers(tmp_path):
    records = [{"id": f"s{i}", "text": "word " * (150 + (i * 37) % 200)} for i in range(2000)]
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (sources,) = survey([str(big)], Config(), Fields())
    assert abs(sources.stories - 2000) < 200  # estimated from the file's head
    for workers in (1, 2, 8):
        parts = split([sources], choose_size(sources.stories, workers))
        assert len(parts) >= 2 * workers  # every worker gets several, so all finish together
        assert sum(1 for p in parts for _ in read(p, Fields(), "markdown", Config())) == 2000
    small = tmp_path / "small.jsonl"
    small.write_text("".join(json.dumps(r) + "\n" for r in records[:10]), encoding="utf-8")
    (few,) = survey([str(small)], Config(), Fields())
    assert len(split([few], choose_size(few.stories, 8))) == 1  # not 8 partitions of one story
    assert choose_size(10_000_000, 64) == choose_size(10**9, 2)  # a cap on partition memory


def test_a_folder_of_200_drafts_is_split_for_the_workers(archive, cluster, tmp_path, capsys):
    client, _ = cluster
    folder = write_drafts(archive.records[:205], tmp_path / "drafts")
    args = ["--scheduler", client.scheduler.address]
    assert main(["archive", str(folder), "--output", str(tmp_path / "a.jsonl"), *args]) == 1
    out, err = capsys.readouterr()
    assert err == ""  # stderr is not a terminal: no progress at all
    parts = int(re.search(r"200 stories in (\d+) partitions", out).group(1))
    assert parts >= 4  # two workers, several partitions each
    assert len(list((tmp_path / "a.jsonl").glob("part-*.jsonl"))) == parts
    one = ["--partition-size", "1000"]
    assert main(["archive", str(folder), "--output", str(tmp_path / "b.jsonl"), *args, *one]) == 1
    assert "200 stories in 1 partition " in capsys.readouterr().out
    assert split_rows(read_rows(str(tmp_path / "a.jsonl"))) == split_rows(
        read_rows(str(tmp_path / "b.jsonl"))
    )


def test_resume_keeps_the_split_it_began_with(archive, cluster, tmp_path, capsys):
    client, _ = cluster
    folder = write_drafts(archive.records[:123], tmp_path / "drafts")
    output = tmp_path / "r.jsonl"
    base = ["archive", str(folder), "--output", str(output)]
    assert main([*base, "--scheduler", client.scheduler.address]) == 1
    capsys.readouterr()
    parts = sorted(output.glob("part-*.jsonl"))
    (output / "_summary" / f"{parts[-1].stem}.json").unlink()
    # a cluster of another size would choose another size: the run resumed keeps its own
    assert main([*base, "--workers", "1", "--resume"]) == 1
    out = capsys.readouterr().out
    assert f"120 stories in {len(parts)} partitions ({len(parts) - 1} kept" in out


def test_progress_on_a_terminal_says_how_the_work_was_split(archive, tmp_path):
    _dask_or_skip()
    from pty_helpers import run_in_pty

    folder = write_drafts(archive.records[:103], tmp_path / "drafts")
    output = tmp_path / "t.jsonl"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    args = [sys.executable, "-m", "newslint", "archive", str(folder), "--output", str(output)]
    code, shown, _ = run_in_pty([*args, "--workers", "2"], env, timeout=300)
    assert code == 1, shown
    split_line = re.search(r"100 stories in (\d+) partitions of up to (\d+) \((.*?)\)", shown)
    assert split_line, shown
    assert int(split_line.group(1)) == len(list(output.glob("part-*.jsonl")))
    assert split_line.group(3) == "chosen for 2 workers"
    assert "linting: 100%" in shown and "100/100" in shown
    assert " stories/s]" in shown
