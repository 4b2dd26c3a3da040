"""Configuration, packs, registries and front matter are data: nothing in them runs code,
loads a module, or makes newslint write anywhere but the drafts it fixes."""

import ast
import os
from pathlib import Path

import pytest

from newslint.cli import main

PACKAGE = Path(__file__).resolve().parents[1] / "newslint"
DRAFT = "Talks\n\nJapanese Prime Minister Sanai Takwati met reporters.\n"


def _calls(name):
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == name:
                    yield path.relative_to(PACKAGE.parent), node


def test_every_yaml_loader_is_safe_or_strict_round_trip():
    for where, call in _calls("YAML"):
        typ = {k.arg: k.value for k in call.keywords}.get("typ")
        assert isinstance(typ, ast.Constant) and typ.value in ("safe", "rt"), where
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for unsafe in ('typ="unsafe"', "typ='unsafe'", 'typ="full"', "import yaml", "import pickle"):
        assert unsafe not in source
    assert not list(_calls("eval")) and not list(_calls("exec"))


def test_round_trip_loaders_refuse_unknown_tags():
    # A round-trip loader that is not the strict one would keep !!python tags as data.
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if 'typ="rt"' in text and path.name != "yamlsafe.py":
            assert "StrictRoundTrip" in text or "round_trip()" in text, path


ATTACK = '!!python/object/apply:os.system ["touch {marker}"]'


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(DRAFT)
    return tmp_path


def _refused(desk, capsys, *args):
    code = main(["check", *args, "story.md"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert not (desk / "PWNED").exists()
    return err


def test_python_tag_in_configuration_is_refused(desk, capsys):
    (desk / ".newslint.yaml").write_text(f"select: {ATTACK.format(marker=desk / 'PWNED')}\n")
    err = _refused(desk, capsys)
    assert ".newslint.yaml:1:" in err and "unsupported YAML tag" in err


def test_python_tag_in_front_matter_is_refused(desk, capsys):
    (desk / "story.md").write_text(
        f"---\ntitle: {ATTACK.format(marker=desk / 'PWNED')}\n---\n" + DRAFT
    )
    err = _refused(desk, capsys)
    assert "story.md:2: invalid front matter" in err


def test_python_tag_in_a_pack_is_refused(desk, capsys):
    (desk / "pack.yml").write_text(
        "rules:\n  - code: ACME101\n    name: style.x\n    kind: existence\n"
        "    summary: X\n    description: X.\n    message: \"'{match}'\"\n"
        f"    words: {ATTACK.format(marker=desk / 'PWNED')}\n"
    )
    (desk / ".newslint.yaml").write_text("packs: [pack.yml]\n")
    err = _refused(desk, capsys)
    assert "pack.yml:8" in err and "unsupported YAML tag" in err


def test_python_tag_in_a_registry_is_refused(desk, capsys):
    (desk / "people.yaml").write_text(
        f"people:\n  - id: x\n    name: {ATTACK.format(marker=desk / 'PWNED')}\n"
    )
    (desk / ".newslint.yaml").write_text("registry: [people.yaml]\n")
    err = _refused(desk, capsys)
    assert "people.yaml:3" in err


def test_configuration_cannot_name_code_to_load(desk, capsys):
    (desk / ".newslint.yaml").write_text("plugins: [os]\n")
    assert "plugins" in _refused(desk, capsys)
    (desk / "pack.yml").write_text(
        "rules:\n  - code: ACME101\n    name: style.x\n    kind: python\n"
        "    summary: X\n    description: X.\n    message: x\n    module: os\n"
    )
    (desk / ".newslint.yaml").write_text("packs: [pack.yml]\n")
    assert "pack.yml:4" in _refused(desk, capsys)


def _snapshot(root):
    return {
        p: p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and ".git" not in p.parts and "cache" not in p.parts
    }


def test_fix_writes_only_the_linted_draft(desk, capsys):
    # Every path the configuration can name points outside the project; a fix must
    # still change nothing but the draft, and create nothing but the registry cache.
    outside = desk / "outside"
    outside.mkdir()
    (outside / "people.yaml").write_text("people:\n  - id: x\n    name: Aaron Bell\n")
    (outside / "base.yaml").write_text("fail-level: error\n")
    project = desk / "project"
    project.mkdir()
    (project / ".git").mkdir()
    (project / "story.md").write_text(DRAFT)
    (project / ".newslint.yaml").write_text(
        "extends: ../outside/base.yaml\nregistry: [../outside/people.yaml]\n"
        "include: ['../outside/*', '/etc/*']\n"
    )
    before = _snapshot(desk)
    os.chdir(project)
    main(["check", "--fix", "--unsafe-fixes", "story.md"])
    capsys.readouterr()
    after = _snapshot(desk)
    changed = {p for p in after if before.get(p) != after[p]}
    assert changed == {project / "story.md"}
    assert "Sanae Takaichi" in (project / "story.md").read_text()
