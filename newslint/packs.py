"""YAML rule packs (see the rule-pack documentation): loaded by name or path."""

from __future__ import annotations

from newslint.rule import Rule


def pack_rules(packs: tuple[str, ...] | None) -> list[Rule]:
    """Return the rules of the named packs (no packs are shipped yet)."""
    return []
