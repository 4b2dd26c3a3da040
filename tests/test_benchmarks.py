"""The benchmark harness: what it measures, how it judges the targets, what it writes.

No timing is asserted here; the figures themselves live in docs/benchmarks.md.
"""

import importlib
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_or_skip

sys.path.insert(0, str(ROOT / "benchmarks"))

measure = importlib.import_module("measure")
report = importlib.import_module("report")
targets = importlib.import_module("targets")
synthetic_registry = importlib.import_module("synthetic_registry")


def _m(seconds, cpu=None, peak_mb=50):
    return report.Measurement([measure.Run(seconds, peak_mb * report.MB, 0, False, cpu)])


def _run(newslint, peers=(), corpus=4 * report.MB, scale=50 * report.MB, big=None):
    rows = [report.Row("newslint", "all rules", "0.1.0", *newslint, is_newslint=True)]
    if big is not None:
        rows.append(report.Row("newslint", "all rules, 1,000,000-name registry", "", *big))
    rows += [report.Row(name, "", "1", *ms) for name, ms in peers]
    return report.Run(rows, corpus, 1000, scale, 12000, 700, "run.py", "today", "")


def _verdicts(run):
    return {goal.split(" (")[0].split(":")[0]: verdict for goal, _, verdict in targets.judge(run)}


def test_targets_pass_only_at_the_issued_thresholds():
    fast = _run(
        (_m(1.0), _m(12.5), _m(0.29)),
        peers=[("proselint", (_m(3.0), None, _m(0.30))), ("codespell", (_m(1.0), None, None))],
        big=(_m(1.5, peak_mb=1400), None, None),
    )
    v = _verdicts(fast)
    assert v["throughput ≥ 3× proselint's"] == "pass"
    assert v["throughput ≥ 1× codespell's"] == "pass"
    assert v["cold start on one short draft < 300 ms"] == "pass"
    assert v["cold start no slower than proselint's"] == "pass"
    assert v["peak memory with the default registry < 150 MB"] == "pass"
    assert v["peak memory with the 1,000,000-name registry < 1,500 MB"] == "pass"
    assert v["throughput linear in corpus size"] == "pass"  # 4.0 vs 4.0 MB/s


def test_a_figure_just_past_a_threshold_is_a_miss():
    slow = _run(
        (_m(1.0, peak_mb=151), _m(16.0), _m(0.31)),
        peers=[("proselint", (_m(2.9), None, _m(0.30))), ("codespell", (_m(0.99), None, None))],
        big=(_m(1.5, peak_mb=1501), None, None),
    )
    v = _verdicts(slow)
    assert v["throughput ≥ 3× proselint's"] == "MISS"
    assert v["throughput ≥ 1× codespell's"] == "MISS"
    assert v["cold start on one short draft < 300 ms"] == "MISS"
    assert v["cold start no slower than proselint's"] == "MISS"
    assert v["peak memory with the default registry < 150 MB"] == "MISS"
    assert v["peak memory with the 1,000,000-name registry < 1,500 MB"] == "MISS"
    assert v["throughput linear in corpus size"] == "MISS"  # 3.1 vs 4.0 MB/s: -22%


def test_missing_peers_and_a_small_scale_corpus_are_not_measured_rather_than_passed():
    run = _run((_m(1.0), _m(1.0), _m(0.1)), scale=4 * report.MB)
    v = _verdicts(run)
    assert v["throughput ≥ 3× proselint's"] == "not measured"
    assert v["peak memory with the 1,000,000-name registry < 1,500 MB"] == "not measured"
    assert v["throughput linear in corpus size"] == "not measured"


@pytest.mark.skipif(not measure.EXACT_MEMORY, reason="needs GNU time at /usr/bin/time")
def test_peak_memory_is_the_tools_own_not_the_harness(tmp_path):
    ballast = bytearray(300 * report.MB)  # noqa: F841 - the harness grows big on purpose
    small = measure.run_once([sys.executable, "-c", "pass"], tmp_path, tmp_path / "a.out", 60)
    big = measure.run_once(
        [sys.executable, "-c", "x = bytearray(200_000_000)"], tmp_path, tmp_path / "b.out", 60
    )
    assert small.peak_bytes < 100 * report.MB
    assert 200 * report.MB < big.peak_bytes < 300 * report.MB
    assert big.returncode == small.returncode == 0 and big.cpu_seconds is not None


def test_a_run_past_its_timeout_is_killed_and_reported(tmp_path):
    argv = [sys.executable, "-c", "import time; time.sleep(30)"]
    m = measure.measure(
        argv, tmp_path, tmp_path / "s.out", runs=1, warmup=0, timeout=1, ok_codes=frozenset({0})
    )
    assert not m.ok and "timed out" in m.error


def test_synthetic_registry_names_are_distinct_and_the_same_every_time(tmp_path):
    names = list(synthetic_registry.names(5000))
    assert len(set(names)) == 5000 and names == list(synthetic_registry.names(5000))
    assert all(len(n.split()) == 2 and n.istitle() for n in names)
    path = synthetic_registry.write(tmp_path / "r.yaml", 300)
    from ruamel.yaml import YAML

    people = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))["people"]
    assert len(people) == 300 and len({p["id"] for p in people}) == 300


def test_the_registry_package_reads_the_synthetic_registry(tmp_path):
    registry = pytest.importorskip("newslint.registry")
    path = synthetic_registry.write(tmp_path / "r.yaml", 200)
    name = next(iter(synthetic_registry.names(200)))
    loaded = registry.load_registry((str(path),), default=False)
    assert [e.name for e in loaded.lookup(name)] == [name]


def test_one_run_writes_the_table_and_keeps_hand_written_notes(tmp_path, capsys):
    shared_or_skip("data", "news")
    run = importlib.import_module("run")
    out = tmp_path / "benchmarks.md"
    out.write_text(
        f"# Benchmarks\n\n{report.BEGIN}\nOLD-TABLE\n{report.END}\n\n## Profiling\n\nkept\n"
    )
    code = run.main(
        [
            "--corpus-mb",
            "0.05",
            "--scale-mb",
            "0.1",
            "--runs",
            "1",
            "--cold-runs",
            "1",
            "--tools",
            "textlint",
            "--peers",
            str(tmp_path / "no-peers"),
            "--registry-size",
            "0",
            "--workdir",
            str(tmp_path / "work"),
            "--output",
            str(out),
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "missing peer: textlint" in captured.err
    text = out.read_text(encoding="utf-8")
    assert "OLD-TABLE" not in text and text.endswith("## Profiling\n\nkept\n")
    assert "| newslint | all rules |" in text and "missing peer: textlint" in text
    assert "## Targets" in text and "## Machine" in text and "## Versions" in text
    assert captured.out.splitlines()[0].split()[:2] == ["tool", "configuration"]
    corpus = list((tmp_path / "work" / "corpus").glob("*.md"))
    assert corpus and not any(Path(ROOT, "docs").glob("*.jsonl"))


def test_the_big_registry_is_configured_or_reported_not_available(tmp_path):
    import argparse
    import importlib.util

    run = importlib.import_module("run")
    args = argparse.Namespace(workdir=tmp_path, registry_file=None, registry_size=100)
    config, note = run.registry_config(run.Bench(args))
    if importlib.util.find_spec("newslint.registry") is None:
        assert config is None and note.startswith("not available")
    else:
        assert note == "" and "registry:" in config.read_text(encoding="utf-8")


def test_a_failed_measurement_is_explained_in_the_notes():
    run = importlib.import_module("run")
    broken = report.Measurement(error="exit code 2: rule NL101 crashed")
    rows = [report.Row("newslint", "all rules", corpus=broken), report.Row("codespell", "")]
    assert run.failures(rows) == [
        "newslint (all rules) on the corpus input failed: exit code 2: rule NL101 crashed"
    ]


def test_the_latency_benchmark_types_into_a_draft_with_findings():
    # A smoke run of the editor benchmark: it drives the real server and counts what
    # it measured; the planted slips are all reported on open. No timing is asserted.
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "lsp_latency.py"), "--changes", "5", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    figures = json.loads(out.stdout)
    lsp_latency = importlib.import_module("lsp_latency")
    assert figures["changes"] == 5
    assert figures["words"] >= 2000
    assert figures["findings_on_open"] >= len(lsp_latency.SLIPS)


def test_a_tool_that_cannot_start_is_a_failure_even_when_any_exit_code_is_normal(tmp_path):
    result = measure.measure(
        [str(tmp_path / "no-such-tool"), "--version"],
        tmp_path,
        tmp_path / "log.txt",
        runs=1,
        warmup=0,
        timeout=10,
        ok_codes=None,
    )
    assert result.error and "cannot run" in result.error and not result.runs
