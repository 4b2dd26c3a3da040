"""Folder runs, parallel runs, progress, baselines and standard input, through the real CLI."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_or_skip, which_or_skip
from pty_helpers import run_in_pty
from report_helpers import DRAFT, report_rules  # noqa: F401

from newslint.cli import main

UNKNOWN = "<!-- newslint-disable NL999 -->\n"  # one NL002 warning at line 1, column 1


def write(path, text=UNKNOWN):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def reported(out):
    return sorted({line.split(":")[0] for line in out.splitlines()})


# -- which files a folder run lints ------------------------------------------------------


def test_folder_run_honours_include_exclude_and_hidden_folders(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(".newslint.yaml", 'include: ["*.md", "*.text"]\nexclude: ["archive", "*-old.md"]\n')
    for name in (
        "a.md",
        "b.text",
        "c.txt",
        "d-old.md",
        "deep/e.md",
        "archive/f.md",
        ".hidden/g.md",
        "notes/archive/h.md",
    ):
        write(name)
    assert main(["check", "--jobs", "1", "."]) == 1
    assert reported(capsys.readouterr().out) == ["a.md", "b.text", "deep/e.md"]


@pytest.mark.parametrize("in_repo", [True, False], ids=["git-repo", "plain-folder"])
def test_folder_run_skips_what_gitignore_ignores(tmp_path, capsys, monkeypatch, in_repo):
    git = which_or_skip("git")
    monkeypatch.chdir(tmp_path)
    if in_repo:
        subprocess.run([git, "init", "-q"], check=True)
    write(".gitignore", "drafts/private/\n*.tmp.md\n")
    write("drafts/.gitignore", "!keep.tmp.md\n")
    for name in (
        "story.md",
        "scratch.tmp.md",
        "drafts/private/p.md",
        "drafts/keep.tmp.md",
        "drafts/ok.md",
    ):
        write(name)
    assert main(["check", "."]) == 1
    assert reported(capsys.readouterr().out) == ["drafts/keep.tmp.md", "drafts/ok.md", "story.md"]
    assert (tmp_path / ".git").exists() == in_repo  # a plain folder is left as it was


def test_a_file_named_on_the_command_line_is_always_linted(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(".newslint.yaml", 'exclude: ["old.md"]\n')
    write("old.md")
    assert main(["check", "old.md"]) == 1
    assert reported(capsys.readouterr().out) == ["old.md"]


# -- parallel runs ----------------------------------------------------------------------


@pytest.mark.usefixtures("report_rules")
def test_parallel_output_is_identical_to_serial(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for i in range(60):
        body = DRAFT if i % 3 else UNKNOWN + "\nArguably Jonh.\n"
        write(f"desk/{i % 7}/story-{i:02d}.md", body)
    Path("desk/broken.md").write_bytes(b"caf\xe9\n")
    runs = {}
    for jobs in ("1", "2", "4"):
        for fmt in ("text", "json"):
            code = main(["check", "--jobs", jobs, "--format", fmt, "desk"])
            runs[jobs, fmt] = (code, *capsys.readouterr())
    for fmt in ("text", "json"):
        assert runs["1", fmt] == runs["2", fmt] == runs["4", fmt]
    code, out, err = runs["1", "text"]
    assert code == 2  # the undecodable file
    assert "desk/broken.md:1: not valid UTF-8" in err
    assert len(out.splitlines()) == 40 * 4 + 20 * 3


def test_jobs_must_be_a_positive_number(tmp_path):
    assert main(["check", "--jobs", "0", str(write(tmp_path / "a.md"))]) == 2


@pytest.mark.usefixtures("report_rules")
def test_parallel_run_on_real_news_matches_serial(tmp_path):
    news = shared_or_skip("data", "news")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        from corpus import articles
    finally:
        sys.path.pop(0)
    for i, record in enumerate(articles(300)):
        write(tmp_path / f"{i:04d}.txt", f"{record.get('title') or 'Story'}\n\n{record['text']}\n")
    assert news.is_dir()
    outs = []
    for jobs in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "newslint", "check", "--jobs", jobs, str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
        )
        outs.append((proc.returncode, proc.stdout, proc.stderr))
    assert outs[0] == outs[1]


# -- progress ---------------------------------------------------------------------------


def _run_with_terminal_stderr(args):
    """Run the CLI with stderr on a pseudo-terminal and stdout on a pipe."""
    _, terminal, out = run_in_pty(
        [sys.executable, "-m", "newslint", *args], os.environ, timeout=60, pipe_stdout=True
    )
    return out, terminal


def test_progress_bar_only_on_a_terminal_and_only_for_large_runs(tmp_path):
    for i in range(320):
        write(tmp_path / "big" / f"{i:03d}.md", "Fine.\n")
    for i in range(5):
        write(tmp_path / "small" / f"{i}.md", "Fine.\n")
    # The pseudo-terminal reports no size, as some CI terminals do: the bar is still drawn.
    out, terminal = _run_with_terminal_stderr(["check", str(tmp_path / "big")])
    assert "/320 [" in terminal and " files/s]" in terminal and "%|" in terminal
    assert terminal.endswith("\rno findings in 320 files\r\n")  # the bar is cleared
    assert out == ""
    _, terminal = _run_with_terminal_stderr(["check", "--quiet", str(tmp_path / "big")])
    assert terminal == ""
    _, terminal = _run_with_terminal_stderr(["check", str(tmp_path / "small")])
    assert terminal == "no findings in 5 files\r\n"
    piped = subprocess.run(
        [sys.executable, "-m", "newslint", "check", str(tmp_path / "big")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.stderr == "no findings in 320 files\n"


# -- baselines --------------------------------------------------------------------------


@pytest.mark.usefixtures("report_rules")
def test_baseline_survives_edits_above_a_finding(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = write("desk/story.md", DRAFT)
    assert main(["check", "--write-baseline", "baseline.json", "desk"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "recorded 4 findings in baseline.json" in err

    edited = "# Budget talks\n\nA new opening paragraph.\n\nAnd a second.\n\n" + DRAFT[16:]
    write(story, edited)
    assert main(["check", "--baseline", "baseline.json", "desk"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith("; 4 known from the baseline\n")

    write(story, edited + "\nIt was arguably late. Jonh agreed.\n")
    assert main(["check", "--baseline", "baseline.json", "desk"]) == 1
    out = capsys.readouterr().out.splitlines()
    # The third "arguably" and the second "Jonh" are new; the recorded ones stay quiet.
    assert [line.split(": ")[1].split()[0] for line in out] == ["RPT001", "RPT002"]
    assert out[0].startswith("desk/story.md:11:8:") and out[1].startswith("desk/story.md:11:23:")

    write(story, edited.replace("arguably the best", "the best"))
    assert main(["check", "--baseline", "baseline.json", "desk"]) == 0
    assert "3 known from the baseline (1 recorded there no longer found)" in capsys.readouterr().err


@pytest.mark.usefixtures("report_rules")
def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path, capsys, monkeypatch):
    write(tmp_path / "repo" / "desk" / "story.md", DRAFT)
    monkeypatch.chdir(tmp_path / "repo")
    assert main(["check", "--write-baseline", "newslint-baseline.json", "desk"]) == 0
    assert '"path": "desk/story.md"' in Path("newslint-baseline.json").read_text()
    monkeypatch.chdir(tmp_path / "repo" / "desk")
    capsys.readouterr()
    assert main(["check", "--baseline", "../newslint-baseline.json", "story.md"]) == 0
    assert capsys.readouterr().out == ""


def test_a_missing_or_malformed_baseline_is_an_error(tmp_path, capsys):
    draft = write(tmp_path / "a.md")
    assert main(["check", "--baseline", str(tmp_path / "none.json"), str(draft)]) == 2
    assert "none.json: baseline file not found" in capsys.readouterr().err
    bad = write(tmp_path / "bad.json", "[1, 2]")
    assert main(["check", "--baseline", str(bad), str(draft)]) == 2
    assert "bad.json: not a newslint baseline" in capsys.readouterr().err


# -- standard input ---------------------------------------------------------------------


@pytest.mark.usefixtures("report_rules")
def test_stdin_is_reported_under_its_name_with_that_folders_configuration(tmp_path):
    write(tmp_path / "desk" / ".newslint.yaml", "ignore: [RPT003]\n")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--stdin", "--stdin-filename", "desk/story.md"],
        input=DRAFT.encode(),
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == [
        "desk/story.md:3:1: RPT002 error: misspelt name 'Jonh' (suggestion: John)",
        "desk/story.md:3:30: RPT001 warning: hedge 'arguably': weak, vague, 100% avoidable "
        "(suggestion: )",
        "desk/story.md:5:21: RPT001 warning: hedge 'arguably': weak, vague, 100% avoidable "
        "(suggestion: )",
    ]
    assert not (tmp_path / "desk" / "story.md").exists()


def test_stdin_flags_are_checked(tmp_path, capsys):
    draft = write(tmp_path / "a.md")
    assert main(["check", "--stdin", str(draft)]) == 2
    assert "give no paths" in capsys.readouterr().err
    assert main(["check", "--stdin-filename", "x.md", str(draft)]) == 2
    assert "--stdin-filename only names --stdin text" in capsys.readouterr().err
