"""newslint names no web address of its own: it has none, so every such link would be wrong.

Documentation links in editor diagnostics and SARIF appear only when a newsroom says
where it publishes the rules' documentation (``NEWSLINT_DOCS_URL``).
"""

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
URL = re.compile(r"""https?://[^\s)\]"'<>`]+""")
#: Names reserved for examples (RFC 2606): nobody owns a page there.
EXAMPLE_HOSTS = re.compile(r"(^|\.)(example\.(org|com|net)|[^.]+\.example)$")


def tracked_files():
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in out.split("\0") if name]


def test_no_file_names_a_web_address_for_newslint():
    claimed = []
    for path in tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for url in URL.findall(text):
            if "newslint" in url.lower() and not EXAMPLE_HOSTS.search(urlsplit(url).hostname or ""):
                claimed.append(f"{path.relative_to(ROOT)}: {url}")
    assert claimed == []


def test_the_package_metadata_names_no_home_page():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[project.urls]" not in text
    assert re.search(r'(?m)^license = "MIT"$', text)
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Copyright (c) 2026 newslint contributors" in licence


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Talks\n\nText. <!-- newslint-disable NL99 -->\n", encoding="utf-8")
    return path


def _sarif(draft, capsys):
    main(["check", "--format", "sarif", str(draft)])
    log = json.loads(capsys.readouterr().out)
    schema = json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    return log["runs"][0]["tool"]["driver"]


def _lsp(draft, capsys):
    main(["check", "--format", "lsp", str(draft)])
    (diagnostics,) = json.loads(capsys.readouterr().out).values()
    return diagnostics


def test_reports_carry_no_link_unless_told_where_the_docs_are(draft, capsys, monkeypatch):
    monkeypatch.delenv("NEWSLINT_DOCS_URL", raising=False)
    driver = _sarif(draft, capsys)
    assert "informationUri" not in driver
    assert all("helpUri" not in rule for rule in driver["rules"])
    assert [d for d in _lsp(draft, capsys) if "codeDescription" in d] == []


def test_a_newsroom_can_say_where_it_publishes_the_rules(draft, capsys, monkeypatch):
    monkeypatch.setenv("NEWSLINT_DOCS_URL", "https://wiki.example.org/newslint/rules.html#{code}")
    rules = {r["id"]: r for r in _sarif(draft, capsys)["rules"]}
    assert rules["NL002"]["helpUri"] == "https://wiki.example.org/newslint/rules.html#nl002"
    (diag,) = [d for d in _lsp(draft, capsys) if d["code"] == "NL002"]
    assert diag["codeDescription"] == {"href": "https://wiki.example.org/newslint/rules.html#nl002"}
