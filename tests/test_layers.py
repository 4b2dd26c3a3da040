"""Data flows one way: rules never reach for the CLI, output formats or the editor server."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newslint"
OUTER = {"newslint.cli", "newslint.commands", "newslint.formats", "newslint.lsp", "newslint.server"}


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def outer(name):
    return any(name == o or name.startswith(o + ".") for o in OUTER)


INNER = sorted(
    [
        *PACKAGE.glob("rules/**/*.py"),
        *PACKAGE.glob("analysis/**/*.py"),
        *PACKAGE.glob("kinds/**/*.py"),
        PACKAGE / "engine.py",
        PACKAGE / "document.py",
        PACKAGE / "rule.py",
    ]
)


@pytest.mark.parametrize("path", INNER, ids=[str(p.relative_to(PACKAGE)) for p in INNER])
def test_inner_layers_do_not_import_outer_ones(path):
    bad = [name for name in imports(path) if outer(name)]
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("analysis/**/*.py")), ids=lambda p: p.name)
def test_analysis_does_not_import_rules_or_engine(path):
    bad = [n for n in imports(path) if n.startswith(("newslint.rules", "newslint.engine"))]
    assert not bad, f"{path.name} imports {bad}"
