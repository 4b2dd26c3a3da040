"""Per-rule YAML test cases, reusable by plugin and pack authors.

A case file holds the cases of one rule::

    rule: NL101
    cases:
      - id: misspelled-prime-minister
        text: |
          Japanese Prime Minister Sanai Takwati spoke.
        expect:
          - {line: 1, column: 25, text: Sanai Takwati, suggestions: [Sanae Takaichi]}
      - id: correct-spelling
        text: Japanese Prime Minister Sanae Takaichi spoke.
        expect: []

Optional keys per case: ``path`` (default ``case.md``; use ``case.txt`` for plain
text), ``date`` (the dateline), ``config`` (configuration keys, as in
``.newslint.yaml``). Each expected finding names ``line`` and ``column`` and may
name ``text`` (the offending words), ``message`` (a substring) and ``suggestions``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from newslint.config import Config
from newslint.document import Document
from newslint.engine import build_linter
from newslint.finding import Finding


@dataclass(frozen=True)
class RuleCase:
    """One example text and what the rule must (or must not) say about it."""

    rule: str
    id: str
    text: str
    expect: tuple[dict[str, Any], ...]
    path: str = "case.md"
    date: dt.date | None = None
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def test_id(self) -> str:
        """Name the case for pytest: ``CODE_case``."""
        return f"{self.rule}_{self.id}"


def load_cases(path: str | Path) -> list[RuleCase]:
    """Read the cases of one rule from a YAML file."""
    data = YAML(typ="safe", pure=True).load(Path(path).read_text(encoding="utf-8"))
    rule = str(data["rule"])
    cases = []
    for raw in data["cases"]:
        cases.append(
            RuleCase(
                rule=rule,
                id=str(raw["id"]),
                text=str(raw["text"]),
                expect=tuple(raw.get("expect") or ()),
                path=str(raw.get("path", "case.md")),
                date=raw.get("date"),
                config=dict(raw.get("config") or {}),
            )
        )
    return cases


def run_case(case: RuleCase) -> list[Finding]:
    """Lint a case's text with only its rule selected."""
    config = Config(select=(case.rule,), date=case.date)
    if case.config:
        from newslint.config import _apply

        config = _apply(config, case.config, Path(f"<case {case.test_id}>"), {})
        config = config.replace(select=(case.rule, *case.config.get("select", ())))
    linter = build_linter(config)
    result = linter.lint(Document(case.text, case.path, reference_date=config.date))
    if result.errors:
        raise AssertionError(f"{case.test_id}: {result.errors[0]}")
    return [f for f in result.findings if f.code == case.rule or f.rule == case.rule]


def check_case(case: RuleCase) -> None:
    """Assert that the rule reports exactly the expected findings for a case."""
    found = run_case(case)
    got = [(f.line, f.column) for f in found]
    want = [(e["line"], e["column"]) for e in case.expect]
    assert got == want, f"{case.test_id}: expected findings at {want}, got {_describe(found)}"
    for f, e in zip(found, case.expect, strict=True):
        if "text" in e:
            assert f.text == e["text"], (
                f"{case.test_id}: flagged {f.text!r}, expected {e['text']!r}"
            )
        if "message" in e:
            assert e["message"] in f.message, f"{case.test_id}: message {f.message!r}"
        if "suggestions" in e:
            assert list(f.suggestions) == list(e["suggestions"]), (
                f"{case.test_id}: suggestions {list(f.suggestions)} != {e['suggestions']}"
            )


def _describe(findings: list[Finding]) -> str:
    return "; ".join(f"{f.line}:{f.column} {f.text!r} {f.message}" for f in findings) or "nothing"


@dataclass(frozen=True)
class PackExample:
    """One example text a pack rule documents: ``bad`` must be flagged, ``good`` must not."""

    pack: str
    rule: str
    verdict: str
    index: int
    text: str

    @property
    def test_id(self) -> str:
        """Name the example for pytest: ``CODE_bad1``."""
        return f"{self.rule}_{self.verdict}{self.index}"


def pack_examples(path: str | Path) -> list[PackExample]:
    """Return every example of every rule in a pack (validating the pack first)."""
    from newslint.packs import load_pack

    return [
        PackExample(str(path), rule.code, verdict, i, text)
        for rule in load_pack(path)
        for verdict, texts in (("bad", rule.spec.bad), ("good", rule.spec.good))
        for i, text in enumerate(texts, 1)
    ]


def run_example(example: PackExample) -> list[Finding]:
    """Lint an example with its rule alone, as a Markdown draft."""
    from newslint.engine import Linter
    from newslint.packs import load_pack

    rule = next(r for r in load_pack(example.pack) if r.code == example.rule)
    linter = Linter(Config(select=(rule.code,)), rules=[rule])
    result = linter.lint(Document(example.text, "example.md"))
    if result.errors:
        raise AssertionError(f"{example.test_id}: {result.errors[0]}")
    return result.findings


def example_problem(example: PackExample, found: list[Finding]) -> str | None:
    """Say what is wrong when an example's findings contradict its verdict."""
    if example.verdict == "bad" and not found:
        return f"{example.rule}: bad example {example.index} is not flagged"
    if example.verdict == "good" and found:
        return (
            f"{example.rule}: good example {example.index} is flagged at "
            f"{found[0].line}:{found[0].column} ({found[0].text!r})"
        )
    return None


def check_example(example: PackExample) -> None:
    """Assert that a pack example is flagged (bad) or left alone (good)."""
    problem = example_problem(example, run_example(example))
    assert problem is None, problem
