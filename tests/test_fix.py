"""``check --fix`` and ``--diff`` on real files through the real CLI."""

import os
import sys

import pytest

from newslint.cli import main

DRAFT = (
    "Talks\r\n\r\nJapanese Prime Minister Sanai Takwati met reporters.\r\n"
    "Takwati said little.  \r\n"
)
FIXED = (
    "Talks\r\n\r\nJapanese Prime Minister Sanae Takaichi met reporters.\r\n"
    "Takaichi said little.  \r\n"
)
BOM = b"\xef\xbb\xbf"


def test_fix_changes_only_the_fixed_spans_and_keeps_bom_and_crlf(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(BOM + DRAFT.encode())
    assert main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)]) == 0
    assert path.read_bytes() == BOM + FIXED.encode()
    err = capsys.readouterr().err
    assert "fixed: 2 findings" in err


def test_fix_is_idempotent(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())
    main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)])
    once = path.read_bytes()
    assert main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)]) == 0
    assert path.read_bytes() == once
    assert "fixed: 0 findings" in capsys.readouterr().err


def test_diff_prints_the_change_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())
    assert main(["check", "--select", "names", "--diff", "--unsafe-fixes", str(path)]) == 1
    out = capsys.readouterr().out
    assert "-Japanese Prime Minister Sanai Takwati met reporters.\r\n" in out
    assert "+Japanese Prime Minister Sanae Takaichi met reporters.\r\n" in out
    assert "+Takaichi said little.  \r\n" in out
    assert path.read_bytes() == DRAFT.encode()


def test_findings_without_a_single_suggestion_stay_reported(tmp_path, capsys):
    path = tmp_path / "draft.md"
    text = "<!-- newslint-disable NL999 -->\nKier Starmer spoke.\n"
    path.write_text(text, encoding="utf-8")
    code = main(["check", "--select", "NL002,NL103", "--fix", "--unsafe-fixes", str(path)])
    assert code == 1
    assert path.read_text(encoding="utf-8") == text.replace("Kier", "Keir")
    assert "NL002" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder_leaves_the_original_untouched(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "draft.txt"
    path.write_bytes(DRAFT.encode())
    folder.chmod(0o555)
    try:
        assert main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)]) == 2
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == DRAFT.encode()
    assert "cannot write fix" in capsys.readouterr().err
    assert os.listdir(folder) == ["draft.txt"]


def test_failed_replace_removes_the_temporary_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)]) == 2
    assert path.read_bytes() == DRAFT.encode()
    assert os.listdir(tmp_path) == ["draft.txt"]
