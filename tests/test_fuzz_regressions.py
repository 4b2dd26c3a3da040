"""Inputs the fuzzers found that once crashed newslint, kept as regression tests."""

from newslint.cli import main

PACK = """\
rules:
  - code: ACME102
    name: style.swap
    kind: substitution
    summary: Redundant pair
    description: Says it twice.
    message: "'{match}': use '{suggestion}'"
    swap:
      - {pattern: '\\b(sources?)\\s+close\\s+to\\b', use: '\\z near'}
"""


def test_a_bad_escape_in_a_replacement_is_a_pack_error_not_a_crash(tmp_path, monkeypatch, capsys):
    # Found by tests/fuzz/fuzz_pack.py: the template failed only when a draft matched.
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "pack.yml").write_text(PACK)
    (tmp_path / ".newslint.yaml").write_text("packs: [pack.yml]\n")
    (tmp_path / "story.md").write_text("Plan\n\nSources close to the minister said so.\n")
    assert main(["check", "story.md"]) == 2
    err = capsys.readouterr().err
    assert "pack.yml:9: 'use' '\\\\z near' is not a valid replacement: bad escape" in err
    assert "crashed" not in err
