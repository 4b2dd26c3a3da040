"""Find, load and validate rules: built-ins and third-party packages alike.

Every rule arrives through the entry-point group ``newslint.rules``. An entry point
names a Rule subclass or an iterable of them. Discovery, loading and validation are
separate steps so a broken plugin is reported by name instead of crashing a run.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

import regex

from newslint.errors import PluginError
from newslint.finding import FAMILIES
from newslint.lazyre import lazy_compile
from newslint.rule import Rule

GROUP = "newslint.rules"
VALID_CODE = lazy_compile(r"^[A-Z]{1,4}[0-9]{2,4}$")
VALID_NAME = lazy_compile(r"^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$")


@dataclass(frozen=True)
class Plugin:
    """A discovered entry point, not yet imported."""

    distribution: str
    entry_point: EntryPoint


def discover() -> list[Plugin]:
    """List the installed rule entry points, built-ins first."""
    found = []
    for ep in entry_points(group=GROUP):
        dist = ep.dist.name if ep.dist is not None else "unknown"
        found.append(Plugin(dist, ep))
    return sorted(
        found, key=lambda p: (p.distribution != "newslint", p.distribution, p.entry_point.name)
    )


def load_plugin(plugin: Plugin) -> list[Rule]:
    """Import one entry point and instantiate its rules."""
    try:
        target = plugin.entry_point.load()
    except Exception as exc:  # a plugin's import can fail in any way
        raise PluginError(
            f"cannot load rule plugin '{plugin.entry_point.name}' from "
            f"{plugin.distribution}: {type(exc).__name__}: {exc}"
        ) from None
    classes = [target] if inspect.isclass(target) else list(_iterable(target, plugin))
    rules = []
    for cls in classes:
        if not (inspect.isclass(cls) and issubclass(cls, Rule)):
            raise PluginError(
                f"rule plugin '{plugin.entry_point.name}' from {plugin.distribution} "
                f"provides {cls!r}, which is not a newslint Rule class"
            )
        rule = cls()
        rule.origin = plugin.distribution
        rules.append(rule)
    return rules


def _iterable(target: object, plugin: Plugin) -> Iterable[object]:
    if isinstance(target, Iterable) and not isinstance(target, (str, bytes)):
        return target
    raise PluginError(
        f"rule plugin '{plugin.entry_point.name}' from {plugin.distribution} "
        "must name a Rule class or a list of them"
    )


def validate(rules: list[Rule]) -> list[Rule]:
    """Refuse malformed or clashing declarations, naming where each rule came from."""
    codes: dict[str, Rule] = {}
    names: dict[str, Rule] = {}
    for rule in rules:
        where = f"rule {rule.code or '?'} from {rule.origin}"
        if not VALID_CODE.match(rule.code or ""):
            raise PluginError(
                f"{where}: code {rule.code!r} must be letters then digits, like NL101"
            )
        if not VALID_NAME.match(rule.name or ""):
            raise PluginError(
                f"{where}: name {rule.name!r} must be dotted lower-case, like names.misspelled"
            )
        if rule.family not in FAMILIES:
            raise PluginError(
                f"{where}: family {rule.family!r} must be one of {', '.join(FAMILIES)}"
            )
        if not rule.summary:
            raise PluginError(f"{where}: a one-line summary is required")
        for table, key in ((codes, rule.code), (names, rule.name)):
            if key in table:
                raise PluginError(
                    f"{where}: {key} is already used by {table[key].code} from {table[key].origin}"
                )
            table[key] = rule
    return rules


@functools.lru_cache(maxsize=8)
def installed_rules(allowed: tuple[str, ...] | None = None) -> tuple[Rule, ...]:
    """Load the installed rules once per process: newslint's own, and plugins ``allowed``.

    ``allowed`` names distributions (None: every installed one). A plugin left out is
    never imported, so a broken or unwanted package in the environment cannot affect
    a run whose configuration does not list it.
    """
    wanted = None if allowed is None else {distribution_key(a) for a in allowed}
    rules: list[Rule] = []
    for plugin in discover():
        if (
            plugin.distribution == "newslint"
            or wanted is None
            or (distribution_key(plugin.distribution) in wanted)
        ):
            rules.extend(load_plugin(plugin))
    return tuple(rules)


def distribution_key(name: str) -> str:
    """Compare distribution names as pip does: "Newslint_Example" is "newslint-example"."""
    return regex.sub(r"[-_.]+", "-", name).lower()


def unknown_plugins(allowed: tuple[str, ...]) -> list[str]:
    """Return the names in ``allowed`` that no installed rule plugin comes from."""
    installed = {distribution_key(p.distribution) for p in discover()}
    return [a for a in allowed if distribution_key(a) not in installed]


def load_rules(
    packs: tuple[str, ...] | None = None, plugins: tuple[str, ...] | None = None
) -> list[Rule]:
    """Return installed rules plus the rules of the configured packs, validated together."""
    rules = list(installed_rules(plugins))
    if packs is None or packs:
        from newslint.packs import pack_rules

        rules.extend(pack_rules(packs))
    return validate(rules)
