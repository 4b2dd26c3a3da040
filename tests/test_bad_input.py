"""Unreadable input gets one clear line naming the path; the other files are still linted."""

import os
import subprocess
import sys

import pytest
from conftest import which_or_skip

from newslint.cli import main

UNKNOWN = "<!-- newslint-disable NL999 -->\n"


def run(capsys, *paths):
    code = main(["check", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


def error_lines(err):
    return [line for line in err.splitlines() if line.startswith("newslint: ")]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.md", "Caf\xe9 society\n".encode("latin-1"), "not valid UTF-8"),
        ("empty.md", b"", "empty"),
        ("blank.txt", b"\n\n  \n", "empty"),
    ],
)
def test_unreadable_file_is_reported_and_others_still_linted(
    tmp_path, capsys, name, content, reason
):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.md"
    good.write_text(UNKNOWN, encoding="utf-8")
    code, out, err = run(capsys, bad, good)
    assert code == 2
    lines = error_lines(err)
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert f"{good}:1:1: NL002" in out


def test_invalid_utf8_names_the_line(tmp_path, capsys):
    bad = tmp_path / "x.md"
    bad.write_bytes(b"line one\nline two \xff\n")
    _, _, err = run(capsys, bad)
    assert f"{bad}:2:" in error_lines(err)[0]


def test_missing_path(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path / "nope.md")
    assert code == 2 and "no such file" in err and "nope.md" in err


def test_oversized_file_is_refused_quickly(tmp_path, capsys):
    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB of (sparse) data
    code, _, err = run(capsys, big)
    assert code == 2 and "limit" in err and "big.md" in err


def test_folder_without_drafts(tmp_path, capsys):
    (tmp_path / "notes.csv").write_text("a,b\n")
    code, _, err = run(capsys, tmp_path)
    assert code == 2 and "no drafts" in err


def test_folder_is_walked_for_drafts(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(UNKNOWN)
    (tmp_path / "b.txt").write_text("Head\n\n" + "newslint-disable NL999\n")
    (tmp_path / "c.csv").write_text(UNKNOWN)
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    flagged = sorted(line.split(":")[0] for line in out.splitlines())
    assert flagged == sorted([str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")])


def test_unreadable_file(tmp_path):
    """Permission denied; as root, the file-permission capabilities are dropped first."""
    secret = tmp_path / "secret.md"
    secret.write_text("Text.\n")
    secret.chmod(0)
    command = [sys.executable, "-m", "newslint", "check", str(secret)]
    if os.geteuid() == 0:
        setpriv = which_or_skip("setpriv")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "permission denied" in proc.stderr and "secret.md" in proc.stderr
