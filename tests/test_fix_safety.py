"""``check --fix`` never loses or truncates the user's text, and says why it did not write.

Real files through the real CLI. A full disk is made real with a tiny tmpfs where
the system allows mounting one (root in a container); where it does not, the
write is made to fail with ENOSPC, the one case a portable test cannot produce.
"""

import errno
import os
import shutil
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import fix
from newslint.cli import main
from newslint.config import Config
from newslint.document import Document
from newslint.engine import lint_document

DRAFT = "Talks\r\n\r\nJapanese Prime Minister Sanai Takwati met reporters.\r\n"
FIXED = "Talks\r\n\r\nJapanese Prime Minister Sanae Takaichi met reporters.\r\n"


def fix_cli(path, capsys):
    code = main(["check", "--select", "names", "--fix", "--unsafe-fixes", str(path)])
    return code, capsys.readouterr().err


def test_a_read_only_file_is_not_replaced(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())
    path.chmod(0o444)
    code, err = fix_cli(path, capsys)
    assert code == 2
    assert "not fixed: the file is read-only; the file is unchanged" in err
    assert path.read_bytes() == DRAFT.encode()
    assert os.listdir(tmp_path) == ["draft.txt"]


def test_a_symlink_is_kept_and_its_target_fixed(tmp_path, capsys):
    real = tmp_path / "drafts" / "draft.txt"
    real.parent.mkdir()
    real.write_bytes(DRAFT.encode())
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    code, _ = fix_cli(link, capsys)
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == FIXED.encode()
    assert sorted(os.listdir(real.parent)) == ["draft.txt"]


def test_a_file_saved_meanwhile_is_not_overwritten(tmp_path, monkeypatch, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())
    edited = DRAFT + "A paragraph the reporter added while newslint ran.\r\n"
    real_apply = fix.apply

    def editor_saves_meanwhile(text, edits):
        path.write_bytes(edited.encode())  # what an editor does between lint and write
        return real_apply(text, edits)

    monkeypatch.setattr(fix, "apply", editor_saves_meanwhile)
    code, err = fix_cli(path, capsys)
    assert code == 2
    assert "changed on disk after it was read" in err
    assert path.read_bytes() == edited.encode()
    assert os.listdir(tmp_path) == ["draft.txt"]


def test_enospc_while_writing_leaves_the_original(tmp_path, monkeypatch, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode())
    real_fsync = os.fsync

    def disk_full(fd):
        real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    code, err = fix_cli(path, capsys)
    assert code == 2
    assert "No space left on device; the file is unchanged" in err
    assert path.read_bytes() == DRAFT.encode()
    assert os.listdir(tmp_path) == ["draft.txt"]


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if not shutil.which("mount") or sys.platform != "linux":
        pytest.skip("needs Linux mount")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_really_full_disk_leaves_the_original(tiny_disk, capsys):
    # A draft of 30 kB on a 64 kB disk: the fixed copy cannot fit beside it.
    sentence = "Japanese Prime Minister Sanai Takwati met reporters. "
    text = "Talks\n\n" + sentence * (30_000 // len(sentence)) + "\n"
    path = tiny_disk / "draft.txt"
    path.write_text(text)
    filler = tiny_disk / "filler"
    with open(filler, "wb") as handle:
        try:
            handle.write(b"x" * (64 * 1024 - 30_000 - 4096))
        except OSError:
            pass
    code, err = fix_cli(path, capsys)
    assert code == 2
    assert "No space left on device" in err and "unchanged" in err
    assert path.read_text() == text
    assert sorted(os.listdir(tiny_disk)) == ["draft.txt", "filler"]


# Fixable mistakes from the names rules and the default packs, between text that
# carries every kind of line ending and awkward character.
PIECES = [
    "Japanese Prime Minister Sanai Takwati met reporters.",
    "Takwati said little.",
    "The end result was a free gift.",
    "Due to the fact that it rained, each and every stall closed.",
    "Kier Starmer spoke.",
    "The minister spoke.",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "  ",
    "\u200b",
    "\u202e",
    "é",
    "🙂",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.booleans(), st.booleans())
def test_fix_touches_only_fixed_spans_and_is_idempotent(tmp_path, pieces, bom, unsafe):
    text = "Talks\r\n\r\n" + " ".join(pieces) + "\n"
    path = tmp_path / "draft.txt"
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode()
    path.write_bytes(raw)
    findings = lint_document(Document(text, str(path)), Config()).findings
    edits, _ = fix.plan(findings, unsafe)
    flags = ["--fix", "--unsafe-fixes"] if unsafe else ["--fix"]
    main(["check", *flags, str(path)])
    once = path.read_bytes()
    assert once.startswith(b"\xef\xbb\xbf") == bom
    new = once.decode("utf-8-sig")
    # Between the fixed spans, every character (line endings included) is the original.
    cursor = 0
    shift = 0
    for e in edits:
        assert new[cursor + shift : e.start + shift] == text[cursor : e.start]
        assert new[e.start + shift : e.start + shift + len(e.replacement)] == e.replacement
        shift += len(e.replacement) - (e.end - e.start)
        cursor = e.end
    assert new[cursor + shift :] == text[cursor:]
    main(["check", *flags, str(path)])
    assert path.read_bytes() == once
