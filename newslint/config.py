"""Configuration: found next to the drafts, validated strictly, layered on defaults.

Order, weakest first: built-in defaults < the nearest ``.newslint.yaml`` /
``.newslint.yml`` / ``pyproject.toml [tool.newslint]`` walking up from the draft
(or ``--config``), with its ``extends:`` chain < command-line flags.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.errors import ConfigError
from newslint.finding import Severity
from newslint.text.frontmatter import as_date

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger(__name__)

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")

_LIST = "list of strings"
#: Every key a configuration file may hold, and the type it must have.
SCHEMA: dict[str, str] = {
    "extends": "string",
    "select": _LIST,
    "ignore": _LIST,
    "severity": "mapping of rule to severity",
    "per-file-ignores": "mapping of glob to list of strings",
    "rules": "mapping of rule to options",
    "registry": _LIST,
    "default-registry": "boolean",
    "packs": _LIST,
    "plugins": _LIST,
    "date": "date",
    "fail-level": "severity",
    "include": _LIST,
    "exclude": _LIST,
    "max-file-size": "integer",
}


@dataclass(frozen=True)
class Config:
    """Validated settings for one run over one set of drafts. Picklable by design."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    #: Command-line additions: rules run on top of ``select`` (or of the rules on by
    #: default when it is empty), and rules skipped on top of ``ignore``.
    extend_select: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    registry: tuple[str, ...] = ()
    default_registry: bool = True
    packs: tuple[str, ...] | None = None
    #: Distributions whose rule plugins may load; None means every installed one.
    plugins: tuple[str, ...] | None = None
    date: dt.date | None = None
    fail_level: Severity = Severity.WARNING
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    max_file_size: int = 10 * 1024 * 1024
    #: The file this came from (None for defaults) and the folder its globs are relative to.
    source: str | None = None
    root: str = "."
    #: Line of each key in ``source``, so later validation can point at it.
    lines: dict[str, int] = field(default_factory=dict, compare=False)
    #: Every file read, ``source`` first, then what it extends.
    chain: tuple[str, ...] = field(default=(), compare=False)
    #: Keys (as written in a file) that command-line flags set, so errors blame the flag.
    flags: tuple[str, ...] = field(default=(), compare=False)

    def replace(self, **changes: Any) -> Config:
        """Return a copy with some settings changed (for command-line overrides)."""
        return dataclasses.replace(self, **changes)

    def setting(self, key: str) -> str:
        """Name a setting as the user wrote it: ``--select`` for a flag, ``'select'`` in a file."""
        return f"--{key}" if key in self.flags else f"'{key}'"

    def error(self, message: str, key: str | None = None) -> ConfigError:
        """Build an error that points at this configuration's file and the key's line.

        A dotted key ("rules.NL101.max-distance") falls back to its parents' lines. A
        key set by a command-line flag points at no file: the file did not say it.
        """
        if key in self.flags:
            return ConfigError(message)
        line = None
        while key and line is None:
            line = self.lines.get(key)
            key = key.rpartition(".")[0] if "." in key else ""
        return ConfigError(message, self.source, line)


def find_config_file(start: Path) -> Path | None:
    """Walk up from a draft's folder to the nearest configuration; stop at the repo root or home."""
    home = Path.home().resolve()
    here = start.resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
        if (folder / ".git").exists() or folder == home:
            return None
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "[tool.newslint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(path: str | os.PathLike[str], _seen: tuple[str, ...] = ()) -> Config:
    """Load and validate one configuration file and its ``extends`` chain."""
    p = Path(path)
    raw, lines = _read_raw(p)
    base = Config()
    if "extends" in raw:
        parent = _resolve(p, _expect(raw, "extends", str, p, lines))
        if str(parent) in _seen:
            raise ConfigError(f"'extends' loops back to {parent}", str(p), lines.get("extends"))
        base = load_config(parent, (*_seen, str(p)))
    return _apply(base, raw, p, lines)


def _read_raw(p: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("configuration file not found", str(p)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", str(p)) from None
    if p.suffix == ".toml":
        return _read_toml(text, p)
    return _read_yaml(text, p)


def _read_yaml(text: str, p: Path) -> tuple[dict[str, Any], dict[str, int]]:
    # NOTE: imported here: a run with no configuration file never loads the parser.
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    from newslint.yamlsafe import round_trip

    yaml = round_trip()
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(
            f"malformed YAML: {exc.problem or exc}", str(p), mark.line + 1 if mark else None
        ) from None
    except (YAMLError, ValueError, TypeError) as exc:
        raise ConfigError(f"malformed YAML: {exc}", str(p)) from None
    if data is None:
        return {}, {}
    if not isinstance(data, Mapping):
        raise ConfigError("configuration must be a mapping of keys", str(p), 1)
    lines = {str(k): data.lc.key(k)[0] + 1 for k in data}
    for key in ("rules", "severity", "per-file-ignores"):
        sub = data.get(key)
        if isinstance(sub, Mapping) and hasattr(sub, "lc"):
            for k in sub:
                lines[f"{key}.{k}"] = sub.lc.key(k)[0] + 1
                options = sub[k]
                if isinstance(options, Mapping) and hasattr(options, "lc"):
                    for opt in options:
                        lines[f"{key}.{k}.{opt}"] = options.lc.key(opt)[0] + 1
    try:
        return _plain(data), lines
    except ValueError as exc:
        raise ConfigError(f"configuration too large: {exc}", str(p), 1) from None


def _read_toml(text: str, p: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"malformed TOML: {exc}", str(p)) from None
    section = data.get("tool", {}).get("newslint", {})
    if not isinstance(section, dict):
        raise ConfigError("[tool.newslint] must be a table", str(p))
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        key = line.split("=", 1)[0].strip().strip('"')
        if "=" in line and key in section and key not in lines:
            lines[key] = number
    return section, lines


#: YAML aliases can make a small file expand exponentially ("billion laughs"); no real
#: configuration comes near this many values once aliases are expanded.
MAX_VALUES = 100_000


def _plain(value: Any, budget: list[int] | None = None) -> Any:
    budget = [MAX_VALUES] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError(f"more than {MAX_VALUES} values once YAML aliases are expanded")
    if isinstance(value, Mapping):
        return {str(k): _plain(v, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, budget) for v in value]
    return value


def _resolve(config_path: Path, value: str) -> Path:
    candidate = Path(os.path.expanduser(value))
    return candidate if candidate.is_absolute() else config_path.parent / candidate


def _expect(
    raw: dict[str, Any], key: str, kind: type | tuple[type, ...], p: Path, lines: dict[str, int]
) -> Any:
    value = raw[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(
            f"'{key}' must be a {SCHEMA[key]}, not {type(value).__name__}", str(p), lines.get(key)
        )
    return value


def _strings(raw: dict[str, Any], key: str, p: Path, lines: dict[str, int]) -> tuple[str, ...]:
    value = raw[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a {_LIST}", str(p), lines.get(key))
    return tuple(value)


def _apply(base: Config, raw: dict[str, Any], p: Path, lines: dict[str, int]) -> Config:
    unknown = [k for k in raw if k not in SCHEMA]
    if unknown:
        known = ", ".join(sorted(SCHEMA))
        raise ConfigError(
            f"unknown key '{unknown[0]}' (known keys: {known})", str(p), lines.get(unknown[0])
        )
    changes: dict[str, Any] = {
        "source": str(p),
        "root": str(p.parent.resolve()),
        "lines": {**base.lines, **lines},
        "chain": (str(p), *base.chain),
    }
    for key in ("select", "ignore", "include", "exclude"):
        if key in raw:
            changes[key] = _strings(raw, key, p, lines)
    if "packs" in raw:
        changes["packs"] = _packs(_strings(raw, "packs", p, lines), p, lines.get("packs"))
    if "plugins" in raw:
        changes["plugins"] = _strings(raw, "plugins", p, lines)
    if "registry" in raw:
        changes["registry"] = tuple(
            str(_resolve(p, v)) for v in _strings(raw, "registry", p, lines)
        )
    if "default-registry" in raw:
        changes["default_registry"] = _expect(raw, "default-registry", bool, p, lines)
    if "max-file-size" in raw:
        changes["max_file_size"] = _expect(raw, "max-file-size", int, p, lines)
    if "date" in raw:
        changes["date"] = as_date(raw["date"])
        if changes["date"] is None:
            raise ConfigError("'date' must be a date like 2025-11-04", str(p), lines.get("date"))
    if "fail-level" in raw:
        changes["fail_level"] = _severity(raw["fail-level"], p, lines.get("fail-level"))
    if "severity" in raw:
        table = _expect(raw, "severity", dict, p, lines)
        changes["severity"] = {
            **base.severity,
            **{k: _severity(v, p, lines.get(f"severity.{k}")) for k, v in table.items()},
        }
    if "per-file-ignores" in raw:
        table = _expect(raw, "per-file-ignores", dict, p, lines)
        entries = [(glob, _strings(table, glob, p, lines)) for glob in table]
        changes["per_file_ignores"] = base.per_file_ignores + tuple(entries)
    if "rules" in raw:
        table = _expect(raw, "rules", dict, p, lines)
        merged = {k: dict(v) for k, v in base.rules.items()}
        for name, opts in table.items():
            if not isinstance(opts, dict):
                raise ConfigError(
                    f"options of rule '{name}' must be a mapping",
                    str(p),
                    lines.get(f"rules.{name}"),
                )
            merged.setdefault(name, {}).update(opts)
        changes["rules"] = merged
    return base.replace(**changes)


def _packs(entries: tuple[str, ...], p: Path, line: int | None) -> tuple[str, ...]:
    """Resolve pack paths against the configuration's folder; refuse unknown pack names."""
    from newslint.packs import is_path, shipped_packs

    known = {*shipped_packs(), "default"}
    for entry in entries:
        if not is_path(entry) and entry not in known:
            names = ", ".join(sorted(known))
            raise ConfigError(f"no such rule pack: {entry!r} (known: {names})", str(p), line)
    return tuple(str(_resolve(p, e)) if is_path(e) else e for e in entries)


def _severity(value: Any, p: Path, line: int | None) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(str(exc), str(p), line) from None


class ConfigResolver:
    """Find the configuration for each draft once per folder, as the CLI and the editor both do.

    ``overrides`` are command-line settings, by ``Config`` field name: ``select`` and
    ``ignore`` replace the file's lists (``extend_select`` and ``extend_ignore`` are
    kept apart and add to them). A file that fails to load fails once: the same error
    is raised again for every draft under it without reading the file again.
    """

    def __init__(self, forced: str | None = None, overrides: dict[str, Any] | None = None) -> None:
        self.forced = forced
        self.overrides = overrides or {}
        self._by_file: dict[str | None, Config | ConfigError] = {}
        self._by_dir: dict[Path, Path | None] = {}

    def for_path(self, path: str | os.PathLike[str]) -> Config:
        """Return the configuration that governs a draft (raises ConfigError)."""
        if self.forced:
            source: Path | None = Path(self.forced)
        else:
            folder = Path(path).parent if str(path) not in ("", "-", "<stdin>") else Path.cwd()
            if folder not in self._by_dir:  # NOTE: cached as given too; resolving is costly
                self._by_dir[folder] = find_config_file(folder.resolve())
            source = self._by_dir[folder]
        key = str(source) if source else None
        if key not in self._by_file:
            self._by_file[key] = self._load(source, path)
        found = self._by_file[key]
        if isinstance(found, ConfigError):
            raise found
        return found

    def _load(self, source: Path | None, path: str | os.PathLike[str]) -> Config | ConfigError:
        if source is None:
            log.info("no configuration file found for %s; using the defaults", path)
        else:
            how = " (--config)" if self.forced else ""
            log.info("configuration for %s: %s%s", path, source, how)
        try:
            base = load_config(source) if source else Config(root=str(Path.cwd()))
        except ConfigError as exc:
            return exc
        flags = tuple(k.replace("_", "-") for k in self.overrides)
        return base.replace(**self.overrides, flags=flags)
