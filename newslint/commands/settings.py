"""``check --show-settings``: the configuration in force for a draft, and where it came from.

When a rule fires that should not (or stays quiet), the question is which file said
so. The answer is printed in the configuration's own keys, flags included, with the
file, the files it extends and the rules that would run.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from newslint.config import Config, ConfigResolver
from newslint.engine import linter_for
from newslint.errors import NewslintError
from newslint.finding import Severity
from newslint.packs import DEFAULT_PACKS


def settings(path: str, resolver: ConfigResolver) -> dict[str, Any]:
    """Return a draft's resolved settings as plain data (raises ConfigError)."""
    config = resolver.for_path(path)
    linter = linter_for(config)
    return {
        "path": path,
        "configuration": config.source,
        "extends": list(config.chain[1:]),
        "flags": [f"--{k}" for k in config.flags],
        **_values(config),
        "rules-in-force": sorted(r.code for r, _ in linter.active(path)),
    }


def _values(config: Config) -> dict[str, Any]:
    return {
        "select": list(config.select),
        "extend-select": list(config.extend_select),
        "ignore": list(config.ignore),
        "extend-ignore": list(config.extend_ignore),
        "severity": {k: v.label for k, v in config.severity.items()},
        "per-file-ignores": {glob: list(sels) for glob, sels in config.per_file_ignores},
        "rules": config.rules,
        "registry": list(config.registry),
        "default-registry": config.default_registry,
        "packs": list(DEFAULT_PACKS if config.packs is None else config.packs),
        "plugins": None if config.plugins is None else list(config.plugins),
        "date": config.date,
        "fail-level": config.fail_level.label,
        "include": list(config.include),
        "exclude": list(config.exclude),
        "max-file-size": config.max_file_size,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Severity):
        return value.label
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def render(blocks: Sequence[dict[str, Any]], fmt: str) -> str:
    """Return the settings as JSON, or as YAML a configuration file could hold."""
    if fmt == "json":
        return json.dumps(list(blocks), ensure_ascii=False, indent=2, default=_plain) + "\n"
    out = []
    for block in blocks:
        source = block["configuration"] or "none found: the defaults"
        out += ["---", f"# settings for {block['path']}", f"# configuration file: {source}"]
        out += [f"# extends: {p}" for p in block["extends"]]
        if block["flags"]:
            out.append(f"# set on the command line: {', '.join(block['flags'])}")
        skip = ("path", "configuration", "extends", "flags")
        out += [
            f"{key}: {json.dumps(value, ensure_ascii=False, default=_plain)}"
            for key, value in block.items()
            if key not in skip
        ]
    return "\n".join(out) + "\n"


def show_settings(
    paths: Sequence[str], resolver: ConfigResolver, fmt: str, output: str | None = None
) -> int:
    """Print the settings for each path; exit 2 with the error for a broken configuration."""
    try:
        text = render([settings(p, resolver) for p in paths], fmt)
    except NewslintError as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    if output is None:
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    return 0
