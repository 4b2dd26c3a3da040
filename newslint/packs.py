"""YAML rule packs: found by name among the shipped packs or by path, validated strictly.

A pack is a YAML file with a ``rules:`` list. Each rule names one of the closed set of
kinds in ``newslint.kinds``; its keys are checked against that kind's declaration, its
patterns compiled once, and any problem stops the run as ``file:line: message``.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError
from newslint.kinds import PackRule
from newslint.kinds.schema import Invalid, line_of
from newslint.kinds.spec import build_rule
from newslint.yamlcache import load_lined

#: The packs in force when the configuration does not say (``packs:`` replaces the set;
#: write ``default`` in the list to keep these and add others).
DEFAULT_PACKS = ("newsroom-style", "sourcing")
PACK_KEYS = ("description", "rules")


class PackError(NewslintError):
    """A pack that cannot be trusted: malformed, unknown key, wrong type, bad pattern."""


_SOURCE_RULES = Path(__file__).resolve().parent.parent / "rules"


def shipped_packs() -> dict[str, Path]:
    """Map each shipped pack's name to its file: package data, else the source checkout's.

    NOTE: in a source or editable checkout ``newslint.shipped`` may resolve to the
    placeholder folder newslint/shipped, which holds no packs; rules/ is the truth there.
    """
    try:
        entries = list(importlib.resources.files("newslint.shipped").iterdir())
    except (ModuleNotFoundError, OSError, TypeError):
        entries = []
    files = [Path(str(e)) for e in entries if e.name.endswith(".yml") and e.is_file()]
    if not files and _SOURCE_RULES.is_dir():
        files = list(_SOURCE_RULES.glob("*.yml"))
    return {p.stem: p for p in sorted(files)}


def is_path(entry: str) -> bool:
    """Tell a pack given by path (a newsroom's own) from one given by name."""
    return "/" in entry or "\\" in entry or entry.endswith((".yml", ".yaml"))


def resolve(entries: Iterable[str] | None) -> list[Path]:
    """Turn a ``packs:`` list into files, in order and without repeats."""
    shipped = shipped_packs()
    out: list[Path] = []
    for entry in DEFAULT_PACKS if entries is None else entries:
        if entry == "default":
            out.extend(resolve(None))
        elif is_path(entry):
            out.append(Path(entry))
        elif entry in shipped:
            out.append(shipped[entry])
        else:
            known = ", ".join(sorted(shipped))
            raise PackError(f"no such rule pack: {entry!r} (shipped packs: {known})")
    return list(dict.fromkeys(out))


def pack_rules(packs: tuple[str, ...] | None) -> list[PackRule]:
    """Return the rules of the named packs; None means the default set."""
    rules: list[PackRule] = []
    codes: dict[str, PackRule] = {}
    for path in resolve(packs):
        for rule in load_pack(path):
            for key in (rule.code, rule.name):
                if key in codes:
                    raise PackError(
                        f"{key} is already used by the rule at {codes[key].origin}",
                        *_split(rule.origin),
                    )
                codes[key] = rule
            rules.append(rule)
    return rules


def load_pack(path: str | Path) -> tuple[PackRule, ...]:
    """Load and validate one pack file (cached while the file is unchanged)."""
    p = Path(path)
    try:
        stamp = p.stat().st_mtime_ns
    except OSError:
        raise PackError("rule pack not found", str(p)) from None
    return _load(str(p), stamp)


@functools.lru_cache(maxsize=64)
def _load(path: str, stamp: int) -> tuple[PackRule, ...]:
    data = _read(path)
    unknown = [k for k in data if k not in PACK_KEYS]
    if unknown:
        raise PackError(
            f"unknown key '{unknown[0]}' (a pack has: {', '.join(PACK_KEYS)})",
            path,
            data.lc.key(unknown[0])[0] + 1,
        )
    if not isinstance(data.get("description", ""), str):
        raise PackError("'description' must be a string", path, line_of(data, "description", 1))
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        line = line_of(data, "rules", 1) if "rules" in data else 1
        raise PackError("a pack needs a 'rules:' list with at least one rule", path, line)
    seen: dict[str, int] = {}
    out = []
    for i, raw in enumerate(rules):
        rule = _build(raw, path, line_of(rules, i, 1))
        for key in (rule.code, rule.name):
            if key in seen:
                raise PackError(
                    f"duplicate {'code' if key == rule.code else 'name'} {key} "
                    f"(first used on line {seen[key]})",
                    *_split(rule.origin),
                )
            seen[key] = int(_split(rule.origin)[1])
        out.append(rule)
    return tuple(out)


def _read(path: str) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"cannot read rule pack: {exc}", path) from None
    data = load_lined(path, text, lambda t: _parse(t, path))
    if not isinstance(data, dict):
        raise PackError("a pack must be a mapping with a 'rules:' list", path, 1)
    return data


def _parse(text: str, path: str) -> Any:
    # NOTE: imported here: a pack read from the cache needs no YAML parser at all.
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    from newslint.yamlsafe import round_trip

    try:
        return round_trip().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise PackError(f"malformed YAML: {exc.problem or exc}", path, line) from None
    except (YAMLError, ValueError, TypeError) as exc:
        raise PackError(f"malformed YAML: {exc}", path) from None


def _build(raw: Any, path: str, line: int) -> PackRule:
    if not isinstance(raw, dict):
        raise PackError("each rule must be a mapping of keys", path, line)
    try:
        return build_rule(raw, path, line)
    except Invalid as exc:
        raise PackError(str(exc), path, exc.line) from None


def _split(origin: str) -> tuple[str, int]:
    path, _, line = origin.rpartition(":")
    return path, int(line)
