"""Run every rule's YAML cases in tests/rules/ (one file per rule code)."""

from pathlib import Path

import pytest

from newslint.testing import check_case, load_cases

CASE_FILES = sorted((Path(__file__).parent / "rules").glob("*.yml"))
CASES = [case for path in CASE_FILES for case in load_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[c.test_id for c in CASES])
def test_rule_case(case):
    check_case(case)


def test_every_python_rule_has_a_case_file():
    from newslint.plugins import installed_rules

    covered = {path.stem for path in CASE_FILES}
    missing = [r.code for r in installed_rules() if r.code not in covered]
    assert not missing, f"rules without tests/rules/<CODE>.yml: {missing}"
