"""Build one pack rule from its YAML mapping: common keys, the kind's keys, the examples.

Every check names the line it is about, so ``newslint.packs`` can report
``file:line: message`` for whatever is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newslint.finding import FAMILIES, Severity
from newslint.kinds import KINDS, Key, PackRule, RuleSpec
from newslint.kinds.base import placeholders
from newslint.kinds.schema import Compiler, Invalid, line_of

_SEVERITIES = "|".join(s.label for s in Severity)
#: Keys every rule has, whatever its kind.
COMMON: dict[str, Key] = {
    "code": Key("string", required=True),
    "name": Key("string", required=True),
    "kind": Key("one of " + "|".join(KINDS), required=True),
    "family": Key("one of " + "|".join(FAMILIES)),
    "severity": Key("one of " + _SEVERITIES, default="warning"),
    "summary": Key("string", required=True),
    "description": Key("string", default=""),
    "message": Key("string", required=True),
    "aliases": Key("list of strings", default=[]),
    "enabled": Key("boolean", default=True),
    "include-quotes": Key("boolean", default=False),
    "ignore-case": Key("boolean"),
    "examples": Key("examples", default={}),
    "fix": Key("one of safe|unsafe"),
}


def build_rule(raw: Any, path: str, line: int) -> PackRule:
    """Check one rule's mapping against its kind's keys and build the rule (raises Invalid)."""
    for key in ("code", "kind", "message", "name", "summary"):
        if key not in raw:
            raise Invalid(f"the rule has no '{key}'", line)
    checker = Compiler(path, ignore_case=True)
    kind = KINDS[
        checker.value(COMMON["kind"].type, "kind", raw["kind"], line_of(raw, "kind", line))
    ]
    keys = {**COMMON, **kind.KEYS}
    unknown = [k for k in raw if k not in keys]
    if unknown:
        known = ", ".join(sorted(keys))
        raise Invalid(
            f"unknown key '{unknown[0]}' for a {kind.kind} rule (keys: {known})",
            raw.lc.key(unknown[0])[0] + 1,
        )
    ignore_case = raw.get("ignore-case", kind.IGNORE_CASE)
    checker = Compiler(path, ignore_case=ignore_case if isinstance(ignore_case, bool) else True)
    values: dict[str, Any] = {}
    for key, spec in keys.items():
        where = line_of(raw, key, line)
        if key not in raw:
            if spec.required:
                raise Invalid(f"the {kind.kind} rule has no '{key}'", line)
            values[key] = spec.default
        elif spec.type == "examples":
            values[key] = _examples(raw[key], checker, where)
        else:
            values[key] = checker.value(spec.type, key, raw[key], where)
    values["ignore-case"] = ignore_case
    return kind(_spec(values, kind, path, line, raw))


def _examples(value: Any, checker: Compiler, line: int) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise Invalid("'examples' must be a mapping with 'bad' and 'good' lists", line)
    unknown = [k for k in value if k not in ("bad", "good")]
    if unknown:
        raise Invalid(
            f"unknown key '{unknown[0]}' in 'examples' (bad, good)", value.lc.key(unknown[0])[0] + 1
        )
    return {
        k: tuple(checker.value("list of strings", k, value[k], line_of(value, k, line)))
        for k in value
    }


def _spec(values: dict[str, Any], kind: type[PackRule], path: str, line: int, raw: Any) -> RuleSpec:
    def at(key: str) -> int:
        return line_of(raw, key, line)

    family = _check_identity(values, at)
    _check_message(values, kind, at)
    problem = kind.problem(values)
    if problem:
        raise Invalid(problem[1], at(problem[0]))
    if values["fix"] is not None and kind.FIX is None:
        raise Invalid(f"a {kind.kind} rule suggests nothing, so it has no 'fix' to mark", at("fix"))
    examples = values["examples"]
    return RuleSpec(
        code=values["code"],
        name=values["name"],
        family=family,
        severity=Severity.parse(values["severity"]),
        summary=values["summary"].strip(),
        description=values["description"].strip(),
        message=values["message"].strip(),
        aliases=tuple(values["aliases"]),
        enabled=values["enabled"],
        include_quotes=values["include-quotes"],
        bad=tuple(examples.get("bad", ())),
        good=tuple(examples.get("good", ())),
        origin=f"{path}:{line}",
        values=values,
    )


def _check_identity(values: dict[str, Any], at: Callable[[str], int]) -> str:
    """Check code, name, family and summary the way plugin rules are checked; return the family."""
    from newslint.plugins import VALID_CODE, VALID_NAME

    if not VALID_CODE.match(values["code"]):
        raise Invalid(
            f"code {values['code']!r} must be letters then digits, like ACME101", at("code")
        )
    family = values["family"] or values["name"].split(".")[0]
    if not VALID_NAME.match(values["name"]) or values["name"].split(".")[0] != family:
        raise Invalid(
            f"name {values['name']!r} must be dotted lower-case and start with the family, "
            f"like {family if family in FAMILIES else 'style'}.loaded-verb",
            at("name"),
        )
    if family not in FAMILIES:
        raise Invalid(f"family {family!r} must be one of {', '.join(FAMILIES)}", at("name"))
    if values["summary"].rstrip().endswith(".") or "\n" in values["summary"].strip():
        raise Invalid("'summary' is one line without a final full stop", at("summary"))
    return str(family)


def _check_message(values: dict[str, Any], kind: type[PackRule], at: Callable[[str], int]) -> None:
    """Refuse a message template with placeholders the kind cannot fill."""
    allowed = {"match", *kind.FIELDS}
    try:
        used = placeholders(values["message"])
    except ValueError as exc:
        raise Invalid(f"malformed 'message' template: {exc}", at("message")) from None
    extra = sorted(used - allowed)
    if extra:
        raise Invalid(
            f"'message' uses {{{extra[0]}}}; a {kind.kind} rule offers "
            + ", ".join(f"{{{f}}}" for f in sorted(allowed)),
            at("message"),
        )
