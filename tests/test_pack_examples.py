"""Every example in every shipped pack behaves as documented: pack authors get tests for free."""

import pytest

from newslint.packs import load_pack, shipped_packs
from newslint.testing import check_example, pack_examples

PACKS = shipped_packs()
EXAMPLES = [e for path in PACKS.values() for e in pack_examples(path)]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.test_id for e in EXAMPLES])
def test_pack_example(example):
    check_example(example)


@pytest.mark.parametrize("name", sorted(PACKS))
def test_every_shipped_rule_has_several_bad_and_good_examples(name):
    for rule in load_pack(PACKS[name]):
        assert len(rule.spec.bad) >= 2, f"{rule.code} needs several bad examples"
        assert len(rule.spec.good) >= 2, f"{rule.code} needs several good examples"
        assert rule.description != rule.summary, f"{rule.code} needs a description"


def _word_lists(path):
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    for rule in data["rules"]:
        for key in ("words", "ignore", "exceptions"):
            if key in rule:
                yield rule["code"], key, rule[key]
        if "swap" in rule:
            yield rule["code"], "swap", [s.get("word") or s["pattern"] for s in rule["swap"]]


@pytest.mark.parametrize("name", sorted(PACKS))
def test_word_lists_are_sorted_without_duplicates(name):
    for code, key, words in _word_lists(PACKS[name]):
        folded = [w.casefold() for w in words]
        assert len(set(folded)) == len(folded), f"{code} {key}: duplicate entries"
        plain = [w for w in folded if "\\" not in w]  # patterns keep their own order
        assert plain == sorted(plain), f"{code} {key}: keep the list sorted"
