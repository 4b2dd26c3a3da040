"""Data flows one way: text, document, claims, rules, engine, outputs; no module reaches up.

A draft is parsed (``newslint.text``, ``newslint.document``), what it claims is extracted
once (``newslint.claims``), rules check those claims, the engine runs the rules and the
outer layers (command line, formats, editor server, checking service) present findings.
A module that imported a layer above its own would tie a lower layer to its users.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newslint"

#: Each layer: the files in it and the module names that belong to it, lowest first.
LAYERS = [
    ("text", ["text/**/*.py"], ["newslint.text"]),
    ("document", ["document.py", "directives.py"], ["newslint.document", "newslint.directives"]),
    ("claims", ["claims/**/*.py"], ["newslint.claims"]),
    (
        "rules",
        ["rules/**/*.py", "kinds/**/*.py", "rule.py"],
        ["newslint.rules", "newslint.kinds", "newslint.rule"],
    ),
    ("engine", ["engine.py"], ["newslint.engine"]),
    (
        "outputs",
        [],
        [
            "newslint.cli",
            "newslint.commands",
            "newslint.formats",
            "newslint.lsp",
            "newslint.server",
        ],
    ),
]


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def _in(name, prefixes):
    return any(name == p or name.startswith(p + ".") for p in prefixes)


CASES = [
    (path, [m for _, _, mods in LAYERS[i + 1 :] for m in mods])
    for i, (_, globs, _) in enumerate(LAYERS)
    for pattern in globs
    for path in sorted(PACKAGE.glob(pattern))
]


def test_every_layer_has_files():
    for name, globs, _ in LAYERS[:-1]:
        assert any(PACKAGE.glob(g) for g in globs), f"layer {name} has no files"
    assert len(CASES) > 50


@pytest.mark.parametrize(
    ("path", "above"), CASES, ids=[str(p.relative_to(PACKAGE)) for p, _ in CASES]
)
def test_no_module_imports_a_layer_above_its_own(path, above):
    bad = [name for name in imports(path) if _in(name, above)]
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}, which sit above it"
