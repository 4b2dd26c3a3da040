"""Write the JSON Schemas of .newslint.yaml and of registry files into docs/schemas/.

Editors validate and complete both kinds of file with them (yaml-language-server,
PyCharm, VS Code). They are generated from the keys newslint itself accepts
(newslint.config.SCHEMA, newslint.registry.schema.KEYS and the built-in rules'
options), so a key added there cannot be missing here; tests/test_schemas.py
fails when the files are stale. Run
    python scripts/build_schemas.py          # rewrite docs/schemas/*.json
    python scripts/build_schemas.py --check  # exit 1 if they are out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newslint.config import SCHEMA as CONFIG_KEYS
from newslint.finding import Severity
from newslint.plugins import installed_rules
from newslint.registry.model import ORGANISATION_KINDS
from newslint.registry.schema import KEYS as REGISTRY_KEYS
from newslint.registry.schema import TOP_KEYS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

STRINGS = {
    "description": "one string or a list of strings",
    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
}
SEVERITY = {"enum": [s.label for s in Severity]}

#: What each type newslint.config.SCHEMA names means as JSON Schema.
CONFIG_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "list of strings": {"$ref": "#/$defs/strings"},
    "boolean": {"type": "boolean"},
    "integer": {"type": "integer"},
    "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}"},
    "severity": {"$ref": "#/$defs/severity"},
    "mapping of rule to severity": {
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/severity"},
    },
    "mapping of glob to list of strings": {
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/strings"},
    },
    "mapping of rule to options": {"$ref": "#/$defs/rules"},
}

CONFIG_HELP = {
    "extends": "another configuration file this one builds on",
    "select": "rule codes, prefixes, names or families to run (default: all)",
    "ignore": "rule codes, prefixes, names or families to skip",
    "severity": "severity per rule: info, warning or error",
    "per-file-ignores": "rules to skip per file glob",
    "rules": "options per rule, by code or name",
    "registry": "extra name registry files, loaded after the shipped one",
    "default-registry": "load the shipped registry (default true)",
    "packs": "YAML rule packs: shipped names or paths",
    "plugins": "distributions whose rule plugins may load (default: all installed)",
    "date": "the dateline of drafts without one, like 2025-11-04",
    "fail-level": "lowest severity that fails the run (default warning)",
    "include": "file patterns linted in folders",
    "exclude": "file patterns skipped in folders",
    "max-file-size": "largest draft read, in bytes",
}


def _option(value: Any) -> dict[str, Any]:
    kind = (
        "boolean"
        if isinstance(value, bool)
        else "integer"
        if isinstance(value, int)
        else "number"
        if isinstance(value, float)
        else "string"
        if isinstance(value, str)
        else None
    )
    return {"default": value, **({"type": kind} if kind else {})}


def _rule_options() -> dict[str, Any]:
    """Options of newslint's own rules, under their code and their name."""
    out: dict[str, Any] = {}
    for rule in sorted(installed_rules(()), key=lambda r: r.code):
        if not rule.options:
            continue
        shape = {
            "type": "object",
            "description": f"{rule.code} {rule.name}: {rule.summary}",
            "additionalProperties": False,
            "properties": {k: _option(v) for k, v in sorted(rule.options.items())},
        }
        out[rule.code] = out[rule.name] = shape
    return out


def config_schema() -> dict[str, Any]:
    """Return the schema of .newslint.yaml (and of pyproject's [tool.newslint])."""
    properties = {}
    for key, kind in CONFIG_KEYS.items():
        if kind not in CONFIG_TYPES:
            raise SystemExit(f"build_schemas.py: no JSON Schema for config type {kind!r} ({key})")
        properties[key] = {**CONFIG_TYPES[kind], "description": CONFIG_HELP.get(key, kind)}
    return {
        "$schema": DRAFT,
        "title": "newslint configuration (.newslint.yaml)",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": properties,
        "$defs": {
            "strings": STRINGS,
            "severity": SEVERITY,
            "rules": {
                "type": "object",
                "description": "options per rule; rules from plugins and packs take any",
                "properties": _rule_options(),
                "additionalProperties": {"type": "object"},
            },
        },
    }


TEXT = {"type": ["string", "integer"], "minLength": 1}
DATE = {
    "description": "a date like 2025-10-21, 2025-10 (its first day) or 2025",
    "anyOf": [
        {"type": "string", "pattern": r"^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$"},
        {"type": "integer", "minimum": 1000, "maximum": 9999},
        {"type": "null"},
    ],
}
NAMES = {
    "description": "a name or a list of names",
    "anyOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}},
        {"type": "null"},
    ],
}
OPTIONAL_TEXT = {"anyOf": [{"type": ["string", "integer"]}, {"type": "null"}]}

#: What each registry key holds (a key of newslint.registry.schema.KEYS missing here
#: stops the build).
REGISTRY_TYPES: dict[str, dict[str, Any]] = {
    "id": TEXT,
    "name": TEXT,
    "aliases": NAMES,
    "variants": NAMES,
    "misspellings": NAMES,
    "born": DATE,
    "died": DATE,
    "from": DATE,
    "to": {**DATE, "description": "a date; a year or year-month means its last day"},
    "country": OPTIONAL_TEXT,
    "jurisdiction": OPTIONAL_TEXT,
    "office": TEXT,
    "party": TEXT,
    "note": {"description": "free text for the people who keep the file"},
    "kind": {
        "description": "what the organisation is, as messages name it",
        "anyOf": [{"enum": list(ORGANISATION_KINDS)}, {"type": "null"}],
    },
    "prominent": {
        "description": "false: a one-word near miss of its name is not reported",
        "type": "boolean",
    },
    "parties": {
        "anyOf": [
            {
                "type": "array",
                "items": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/membership"}]},
            },
            {"type": "null"},
        ]
    },
    "roles": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/role"}}, {"type": "null"}]},
}
REQUIRED = {"people": ["id", "name"], "parties": ["id", "name"], "organisations": ["id", "name"]}
REQUIRED |= {"role": ["office"], "membership": ["party"]}


def _shape(kind: str) -> dict[str, Any]:
    properties = {}
    for key in sorted(REGISTRY_KEYS[kind]):
        if key not in REGISTRY_TYPES:
            raise SystemExit(f"build_schemas.py: no JSON Schema for registry key {key!r}")
        properties[key] = REGISTRY_TYPES[key]
    return {
        "type": "object",
        "required": REQUIRED[kind],
        "additionalProperties": False,
        "properties": properties,
    }


def registry_schema() -> dict[str, Any]:
    """Return the schema of a registry file (people, parties, organisations)."""
    entries = {
        kind: {"type": ["array", "null"], "items": {"$ref": f"#/$defs/{kind}"}}
        for kind in ("people", "parties", "organisations")
    }
    top = {
        **entries,
        "known-surnames": {**NAMES, "description": "surnames never reported as misspellings"},
        "source": {"description": "where the entries come from"},
        "licence": {"description": "the licence of the entries"},
    }
    if set(top) != TOP_KEYS:
        raise SystemExit(f"build_schemas.py: top-level keys differ: {sorted(TOP_KEYS ^ set(top))}")
    return {
        "$schema": DRAFT,
        "title": "newslint name registry",
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": top,
        "$defs": {kind: _shape(kind) for kind in sorted(REGISTRY_KEYS)},
    }


SCHEMAS = {"newslint.schema.json": config_schema, "registry.schema.json": registry_schema}


def render(build: Any) -> str:
    """Return a schema as the file holds it."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name, build in SCHEMAS.items():
        path = OUT / name
        text = render(build)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python scripts/build_schemas.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
