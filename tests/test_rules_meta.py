"""Every rule is documented, and its documented examples behave as documented."""

import pytest

from newslint.commands.rules import markdown
from newslint.config import Config
from newslint.document import Document
from newslint.engine import build_linter
from newslint.plugins import VALID_CODE, VALID_NAME, load_rules

RULES = load_rules(None)


def _lint_example(rule, text):
    linter = build_linter(Config(select=(rule.code,)))
    return [f for f in linter.lint(Document(text, "example.md")).findings if f.code == rule.code]


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule):
    assert VALID_CODE.match(rule.code)
    assert VALID_NAME.match(rule.name) and rule.name.split(".")[0] == rule.family
    assert rule.summary and "\n" not in rule.summary and not rule.summary.endswith(".")
    assert rule.description and rule.description != rule.summary
    assert rule.bad.strip() and rule.good.strip()


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_bad_example_is_flagged(rule):
    assert _lint_example(rule, rule.bad), f"{rule.code}'s documented bad example is not flagged"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_good_example_is_clean(rule):
    found = _lint_example(rule, rule.good)
    assert not found, f"{rule.code}'s documented good example is flagged: {found[0].message}"


def test_names_and_codes_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_generated_rule_docs_are_current():
    from pathlib import Path

    page = Path(__file__).parent.parent / "docs" / "rules.md"
    assert page.read_text(encoding="utf-8") == markdown(RULES), (
        "docs/rules.md is stale: run `newslint rules --markdown > docs/rules.md`"
    )


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_a_rule_that_suggests_declares_whether_its_fix_is_safe(rule):
    suggested = [f for f in _lint_example(rule, rule.bad) if f.suggestions]
    if suggested:
        assert rule.fix is not None, f"{rule.code} suggests fixes but marks none safe or unsafe"
        assert {f.applicability for f in suggested} == {rule.fix}
