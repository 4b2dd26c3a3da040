"""`newslint check --format lsp`, and how `newslint lsp` starts (or refuses to)."""

from __future__ import annotations

import json
import subprocess
import sys

from newslint.cli import main

DIRECTIVE = "<!-- newslint-disable NL99 -->"


def test_format_lsp_maps_file_uris_to_diagnostics(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSLINT_DOCS_URL", "https://docs.example.org/newsroom/rules.html#{code}")
    draft = tmp_path / "story.md"
    draft.write_text(f"🎉🎉 東京で {DIRECTIVE}\nText.\n", encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text("Nothing to see.\n", encoding="utf-8")
    assert main(["check", "--format", "lsp", str(draft), str(clean)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out[clean.resolve().as_uri()] == []
    (diag,) = out[draft.resolve().as_uri()]
    # "🎉🎉 東京で " is 2+2+1+3+1 = 9 UTF-16 units (7 code points: the text format says col 8).
    assert diag["range"] == {
        "start": {"line": 0, "character": 9},
        "end": {"line": 0, "character": 9 + len(DIRECTIVE)},
    }
    assert diag["severity"] == 2
    assert diag["code"] == "NL002"
    assert diag["source"] == "newslint"
    assert diag["codeDescription"]["href"] == "https://docs.example.org/newsroom/rules.html#nl002"
    assert "NL99" in diag["message"]


def test_check_does_not_load_the_language_server():
    code = (
        "import sys; from newslint.cli import main; main(['check', '--format', 'lsp', 'x.md']);"
        "print('pygls' in sys.modules, 'lsprotocol' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "False False"


def test_lsp_without_the_extra_says_how_to_install_it():
    code = (
        "import sys; sys.modules['pygls'] = None; from newslint.cli import main;"
        "sys.exit(main(['lsp']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 2
    assert "pip install 'newslint[lsp]'" in out.stderr
