"""The JSON Schemas in docs/schemas/ say what newslint itself accepts.

Editors validate .newslint.yaml and registry files with them, so a file an editor
passes must load, and a file newslint refuses should be marked in the editor. The
few checks a schema cannot express (a real calendar date, ``to`` after ``from``, a
pack that exists) are listed here case by case.
"""

import datetime as dt
import importlib.util
import json
from pathlib import Path

import jsonschema
import pytest

from newslint.cli import main
from newslint.config import load_config
from newslint.engine import Linter
from newslint.errors import ConfigError
from newslint.registry.loader import default_files
from newslint.registry.schema import parse
from newslint.registry.validate import check_files

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schemas"


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_schemas", ROOT / "scripts/build_schemas.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def validator(name):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def as_json(value):
    """What an editor's YAML reader hands the schema: dates are text."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))


def test_the_published_schemas_are_those_the_code_gives(capsys):
    assert _build_module().main(["--check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("path", default_files(), ids=lambda p: p.name)
def test_every_shipped_registry_file_passes_the_schema(path):
    data = parse(path.read_text(encoding="utf-8"), str(path))
    errors = [e.message for e in validator("registry.schema.json").iter_errors(data)]
    assert not errors[:5]


#: (registry text, newslint loads it, the schema passes it)
REGISTRIES = [
    ("people:\n  - {id: a, name: Ann Lee, born: 1970, aliases: Annie}\n", True, True),
    ("people:\n  - {id: 7, name: Ann Lee, roles: [{office: Mayor, from: 2020-05}]}\n", True, True),
    ("parties:\n  - {id: p, name: Greens, variants: [Green]}\nknown-surnames: [Nowak]\n", 1, 1),
    ("organisations:\n  - {id: o, name: NATO, aliases: [North Atlantic Treaty]}\n", True, True),
    ("people:\n  - {id: a, name: Ann Lee, parties: [greens, {party: p, to: 2020}]}\n", 1, 1),
    ("", True, True),
    ("people:\n  - {id: a, name: Ann Lee, colour: red}\n", False, False),
    ("people:\n  - {id: a}\n", False, False),
    ("people:\n  - {id: a, name: ''}\n", False, False),
    ("people:\n  - {id: true, name: Ann}\n", False, False),
    ("people:\n  - {id: a, name: Ann, born: soon}\n", False, False),
    ("people:\n  - {id: a, name: Ann, aliases: [Annie, '']}\n", False, False),
    ("people:\n  - {id: a, name: Ann, roles: [Mayor]}\n", False, False),
    ("people:\n  - {id: a, name: Ann, roles: [{from: 2020}]}\n", False, False),
    ("people:\n  - {id: a, name: Ann, roles: {office: Mayor}}\n", False, False),
    ("people: {id: a, name: Ann}\n", False, False),
    ("persons:\n  - {id: a, name: Ann}\n", False, False),
    ("- {id: a, name: Ann}\n", False, False),
    # checks no schema can make: the calendar, and the order of two dates
    ("people:\n  - {id: a, name: Ann, born: 2021-02-29}\n", False, True),
    ("people:\n  - {id: a, name: Ann, roles: [{office: M, from: 2020, to: 2019}]}\n", False, True),
]


@pytest.mark.parametrize(("text", "loads", "passes"), REGISTRIES)
def test_registry_schema_agrees_with_registry_check(tmp_path, text, loads, passes):
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    problems = check_files([path])
    assert (not any(p.error for p in problems)) == bool(loads), problems
    data = parse(text, str(path))
    assert validator("registry.schema.json").is_valid(data) == bool(passes)


#: (configuration text, newslint accepts it, the schema passes it)
CONFIGS = [
    ("select: [NL1]\nignore: NL102\nfail-level: error\n", True, True),
    ("severity: {NL101: info}\nper-file-ignores: {'wire/*.md': [NL102]}\n", True, True),
    ("rules: {NL101: {accept-diacritics: false}, dates.age-mismatch: {window-days: 30}}\n", 1, 1),
    ("date: 2025-11-04\ndefault-registry: false\nmax-file-size: 1000\n", True, True),
    ("include: ['*.md']\nexclude: [drafts/old/*]\npacks: [default]\nplugins: []\n", True, True),
    ("", True, True),
    ("selct: [NL1]\n", False, False),
    ("select: 3\n", False, False),
    ("fail-level: loud\n", False, False),
    ("severity: {NL101: loud}\n", False, False),
    ("default-registry: 'no'\n", False, False),
    ("max-file-size: big\n", False, False),
    ("date: tomorrow\n", False, False),
    ("rules: {NL101: strict}\n", False, False),
    ("rules: {NL101: {max-edits: 2}}\n", False, False),
    ("- select\n", False, False),
    # the schema knows only the documented spelling of severities
    ("fail-level: Error\n", True, False),
    # whether a pack exists is known only at run time
    ("packs: [no-such-pack]\n", False, True),
]


def _newslint_accepts(path):
    try:
        Linter(load_config(path))
    except ConfigError:
        return False
    return True


@pytest.mark.parametrize(("text", "accepted", "passes"), CONFIGS)
def test_config_schema_agrees_with_newslint(tmp_path, text, accepted, passes):
    path = tmp_path / ".newslint.yaml"
    path.write_text(text, encoding="utf-8")
    assert _newslint_accepts(path) == bool(accepted)
    from ruamel.yaml import YAML

    data = as_json(YAML(typ="safe").load(text))
    assert validator("newslint.schema.json").is_valid(data) == bool(passes)


def test_an_imported_registry_passes_the_schema(tmp_path):
    src = tmp_path / "people.csv"
    src.write_text(
        "id,name,aliases,born,office,jurisdiction,from,to,party\n"
        "m1,Maria Kowalczyk,Mayor K | MK,1970-05-01,Mayor,Leeds,2020-05,,greens\n"
        't1,"Takaichi: Sanae, office: Queen",,1961,Prime Minister,Japan,2025-10-21,,\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.yaml"
    assert main(["registry", "import", "--from", "csv", str(src), "-o", str(out)]) == 0
    data = parse(out.read_text(encoding="utf-8"), str(out))
    errors = [e.message for e in validator("registry.schema.json").iter_errors(data)]
    assert errors == []


def test_the_documented_examples_pass_their_schemas():
    text = (ROOT / "docs" / "registry.md").read_text(encoding="utf-8")
    blocks = text.split("```yaml\n")[1:]
    examples = [b.split("```", 1)[0] for b in blocks]
    registries = [e for e in examples if "people:" in e]
    configs = [e for e in examples if "registry:" in e and "people:" not in e]
    assert registries and configs
    for example in registries:
        assert validator("registry.schema.json").is_valid(parse(example, "docs/registry.md"))
    from ruamel.yaml import YAML

    for example in configs:
        data = as_json(YAML(typ="safe").load(example))
        assert validator("newslint.schema.json").is_valid(data), example
