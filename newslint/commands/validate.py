"""``newslint rules validate PACK.yaml``: check a pack and run each rule's examples."""

from __future__ import annotations

from pathlib import Path

from newslint.kinds import PackRule
from newslint.packs import is_path, load_pack, pack_rules, shipped_packs
from newslint.plugins import installed_rules, validate
from newslint.testing import PackExample, example_problem, run_example


def validate_pack(path: str) -> int:
    """Validate a pack (a file, or a shipped pack by name) and print each example's outcome.

    Returns 0 when every example behaves as documented and 1 when one does not.
    An invalid pack raises ``NewslintError`` (``file:line: message``, exit 2) before any
    example runs. Codes and names must not clash with installed rules or the default packs.
    """
    if not is_path(path) and path in shipped_packs():
        path = str(shipped_packs()[path])
    rules = load_pack(path)
    validate([*installed_rules(), *_default_pack_rules(path), *rules])
    failures = examples = 0
    for rule in rules:
        print(f"{rule.code} {rule.name} ({rule.kind}, {rule.severity.label})")
        if not rule.spec.bad and not rule.spec.good:
            print("  no examples: add 'examples: {bad: [...], good: [...]}' to test the rule")
        for verdict, texts in (("bad", rule.spec.bad), ("good", rule.spec.good)):
            for i, text in enumerate(texts, 1):
                example = PackExample(path, rule.code, verdict, i, text)
                found = run_example(example)
                problem = example_problem(example, found)
                examples += 1
                failures += problem is not None
                mark = "FAIL" if problem else "ok  "
                print(f"  {mark} {verdict:<4} {_short(text)}{_outcome(found)}")
    verdict = "all as documented" if not failures else f"{failures} not as documented"
    print(f"{path}: {len(rules)} rules, {examples} examples, {verdict}")
    return 1 if failures else 0


def _default_pack_rules(path: str) -> list[PackRule]:
    """Return the default packs' rules a newsroom pack must not clash with (none for those)."""
    shipped = {p.resolve() for p in shipped_packs().values()}
    return [] if Path(path).resolve() in shipped else list(pack_rules(None))


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 3] + "...")


def _outcome(found: list) -> str:
    if not found:
        return " -> nothing flagged"
    shown = ", ".join(f"{f.line}:{f.column} {_short(f.text, 40)}" for f in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return f" -> {shown}{more}"
