"""Configuration found next to drafts, validated strictly, errors pointing at file and line."""

import pytest

from newslint.cli import main

UNKNOWN = "<!-- newslint-disable NL999 -->\n"


def check(capsys, *args):
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()  # discovery stops at the repository root
    return tmp_path


def test_project_file_found_walking_up(repo, capsys):
    (repo / ".newslint.yaml").write_text("ignore: [NL002]\n")
    draft = repo / "desk" / "politics" / "story.md"
    draft.parent.mkdir(parents=True)
    draft.write_text(UNKNOWN)
    assert check(capsys, draft)[0] == 0


def test_nearest_file_wins(repo, capsys):
    (repo / ".newslint.yaml").write_text("ignore: [NL002]\n")
    (repo / "desk").mkdir()
    (repo / "desk" / ".newslint.yml").write_text("fail-level: warning\n")
    draft = repo / "desk" / "story.md"
    draft.write_text(UNKNOWN)
    code, out, _ = check(capsys, draft)
    assert code == 1 and "NL002" in out


def test_discovery_stops_at_repository_root(tmp_path, capsys):
    (tmp_path / ".newslint.yaml").write_text("ignore: [NL002]\n")
    inner = tmp_path / "newsroom"
    (inner / ".git").mkdir(parents=True)
    draft = inner / "story.md"
    draft.write_text(UNKNOWN)
    assert check(capsys, draft)[0] == 1


def test_pyproject_table(repo, capsys):
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.newslint]\nignore = ["style"]\n'
    )
    draft = repo / "story.md"
    draft.write_text(UNKNOWN)
    assert check(capsys, draft)[0] == 0


def test_forced_config_and_flags_beat_file(repo, capsys):
    (repo / ".newslint.yaml").write_text("ignore: [NL002]\n")
    forced = repo / "strict.yaml"
    forced.write_text("severity: {NL002: error}\n")
    draft = repo / "story.md"
    draft.write_text(UNKNOWN)
    code, out, _ = check(capsys, "--config", forced, draft)
    assert code == 1 and "NL002 error:" in out
    assert (
        check(capsys, "--config", forced, "--fail-level", "error", "--ignore", "NL002", draft)[0]
        == 0
    )


def test_extends_layers_files(repo, capsys):
    (repo / "base.yaml").write_text("severity: {NL002: error}\n")
    (repo / ".newslint.yaml").write_text("extends: base.yaml\nfail-level: error\n")
    draft = repo / "story.md"
    draft.write_text(UNKNOWN)
    code, out, _ = check(capsys, draft)
    assert code == 1 and "NL002 error:" in out


def test_per_file_ignores(repo, capsys):
    (repo / ".newslint.yaml").write_text('per-file-ignores:\n  "archive/*": [style]\n')
    old = repo / "archive" / "1987" / "old.md"
    old.parent.mkdir(parents=True)
    old.write_text(UNKNOWN)
    new = repo / "new.md"
    new.write_text(UNKNOWN)
    code, out, _ = check(capsys, old, new)
    assert code == 1 and str(new) in out and str(old) not in out


def test_reference_date_from_config_is_used(repo):
    from newslint.config import load_config

    (repo / ".newslint.yaml").write_text("date: 2025-11-04\n")
    assert str(load_config(repo / ".newslint.yaml").date) == "2025-11-04"


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("select: [NL001]\nsevirity: {}\n", 2, "unknown key 'sevirity'"),
        ("ignore: [NL001]\nfail-level: loud\n", 2, "unknown severity"),
        ("select: NL001\nmax-file-size: big\n", 2, "'max-file-size' must be a integer"),
        ("select: [NL001\nignore: []\n", 2, "malformed YAML"),
        ("date: soon\n", 1, "'date' must be a date"),
        ("rules:\n  NL001:\n    colour: red\n", 3, "has no option 'colour'"),
        ("\n\nrules:\n  NL777: {}\n", 4, "names no known rule: 'NL777'"),
        ("ignore: [NL1234]\n", 1, "names no known rule"),
        ("select: [1, 2]\n", 1, "list of strings"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_bad_configuration_names_file_and_line(repo, capsys, content, line, words):
    cfg = repo / ".newslint.yaml"
    cfg.write_text(content)
    draft = repo / "story.md"
    draft.write_text("Clean.\n")
    code, _, err = check(capsys, draft)
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith(f"newslint: {cfg}:{line}: "), first
    assert words in first


def test_bad_toml_names_the_file(repo, capsys):
    (repo / "pyproject.toml").write_text("[tool.newslint]\nignore = [\n")
    draft = repo / "story.md"
    draft.write_text("Clean.\n")
    code, _, err = check(capsys, draft)
    assert code == 2 and "pyproject.toml" in err and "TOML" in err


def test_missing_forced_config(tmp_path, capsys):
    draft = tmp_path / "story.md"
    draft.write_text("Clean.\n")
    code, _, err = check(capsys, "--config", tmp_path / "nope.yaml", draft)
    assert code == 2 and "nope.yaml" in err and "not found" in err


def test_billion_laughs_is_refused_not_expanded(repo, capsys):
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    (repo / ".newslint.yaml").write_text("\n".join(levels) + "\n")
    draft = repo / "story.md"
    draft.write_text("Clean.\n")
    code, _, err = check(capsys, draft)
    assert code == 2 and "too large" in err and ".newslint.yaml:1:" in err
