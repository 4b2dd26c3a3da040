"""Which rules run, and how loudly: the most specific selector wins.

A selector is a code ("NL101"), a code prefix ("NL1"), a rule name
("names.misspelled"), an alias, or a family ("names"). An exact code or name is
more specific than a prefix, and a longer prefix more than a shorter one or a
family; on a tie, ``ignore`` wins over ``select``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatch
from pathlib import Path

from newslint.finding import FAMILIES, Severity
from newslint.rule import Rule

EXACT = 1000


def specificity(selector: str, rule: Rule) -> int:
    """Return how specifically a selector names a rule; 0 when it does not name it."""
    if selector in (rule.code, rule.name) or selector in rule.aliases:
        return EXACT
    if selector == rule.family or rule.name.startswith(selector + "."):
        return 10
    if rule.code.startswith(selector) and selector[:1].isupper():
        return 10 + len(selector)
    return 0


def best(selectors: Iterable[str], rule: Rule) -> int:
    """Return the highest specificity among selectors."""
    return max((specificity(s, rule) for s in selectors), default=0)


def is_enabled(
    rule: Rule, select: Iterable[str], ignore: Iterable[str], extend: Iterable[str] = ()
) -> bool:
    """Decide whether a rule runs under the given select and ignore lists.

    ``extend`` (``--extend-select``) adds rules to ``select``, or to the rules on by
    default when ``select`` is empty.
    """
    select = tuple(select)
    chosen = best(select, rule) if select else (1 if rule.enabled_by_default else 0)
    if select and chosen and chosen < EXACT and not rule.enabled_by_default:
        chosen = 0  # rules off by default run only when named exactly
    extra = best(extend, rule)
    if extra >= EXACT or (extra and rule.enabled_by_default):
        chosen = max(chosen, extra)
    return chosen > 0 and chosen > best(ignore, rule)


def severity_for(rule: Rule, overrides: Mapping[str, Severity]) -> Severity:
    """Return the rule's severity after the most specific override."""
    scored = [(specificity(sel, rule), sev) for sel, sev in overrides.items()]
    scored = [item for item in scored if item[0]]
    return max(scored, key=lambda item: item[0])[1] if scored else rule.severity


def path_ignores(
    path: str, root: str, table: Iterable[tuple[str, tuple[str, ...]]]
) -> tuple[str, ...]:
    """Collect the selectors that per-file-ignores attach to a path (globs relative to root)."""
    table = tuple(table)
    if not table:
        return ()  # the usual case: no need to resolve the path on disk
    try:
        rel = Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    out: list[str] = []
    for glob, selectors in table:
        if fnmatch(rel, glob) or fnmatch(Path(rel).name, glob):
            out.extend(selectors)
    return tuple(out)


def is_known(selector: str, rules: Iterable[Rule]) -> bool:
    """Tell whether a selector names a family or at least one rule."""
    return selector in FAMILIES or any(specificity(selector, r) for r in rules)
