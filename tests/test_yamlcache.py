"""Rule packs read back from the cache behave exactly as packs parsed afresh.

The cache only saves start-up time: the rules, their origins and every error's
file:line must be the same whether the YAML was parsed or read from the cache.
"""

import textwrap

import pytest

from newslint import packs
from newslint.packs import PackError, load_pack
from tests.test_packs import GOOD_RULE, INVALID_PACKS


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    packs._load.cache_clear()
    yield folder
    packs._load.cache_clear()


def no_parser(monkeypatch):
    """Make any YAML parse fail: what loads now came from the cache."""

    def refuse(text, path):
        raise AssertionError("parsed instead of read from the cache")

    monkeypatch.setattr(packs, "_parse", refuse)
    packs._load.cache_clear()


def describe(rules):
    return [
        (r.code, r.name, r.origin, r.severity, r.summary, r.bad, r.good, r.enabled_by_default)
        + tuple(sorted((k, repr(v)) for k, v in r.spec.values.items()))
        for r in rules
    ]


def words(rule):
    return " ".join(p.source for p in rule.spec.values["words"])


def write(folder, text, name="pack.yml"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_every_shipped_pack_reads_back_the_same_rules(cache, monkeypatch):
    paths = [packs.resolve((name,))[0] for name in ("newsroom-style", "sourcing", "house-style")]
    parsed = [describe(load_pack(p)) for p in paths]
    assert len(list(cache.glob("yaml-*.bin"))) == len(paths)
    no_parser(monkeypatch)
    assert [describe(load_pack(p)) for p in paths] == parsed


@pytest.mark.parametrize(("text", "expected"), INVALID_PACKS)
def test_errors_from_the_cache_point_at_the_same_line(cache, tmp_path, monkeypatch, text, expected):
    path = write(tmp_path / "drafts", text)

    def error():
        packs._load.cache_clear()
        with pytest.raises(PackError) as info:
            load_pack(path)
        return str(info.value)

    first = error()
    if not list(cache.glob("yaml-*.bin")):
        assert "malformed YAML" in first or "duplicate key" in first  # never parsed: not cached
        return
    no_parser(monkeypatch)
    assert error() == first


def test_an_edited_pack_is_parsed_again(cache, tmp_path):
    path = write(tmp_path / "drafts", GOOD_RULE)
    assert "slammed" in words(load_pack(path)[0])
    path.write_text(GOOD_RULE.replace("[slammed]", "[blasted]"), encoding="utf-8")
    packs._load.cache_clear()
    assert "blasted" in words(load_pack(path)[0])
    assert len(list(cache.glob("yaml-*.bin"))) == 1  # the entry was replaced, not added to


def test_a_corrupt_entry_is_ignored(cache, tmp_path):
    path = write(tmp_path / "drafts", GOOD_RULE)
    expected = describe(load_pack(path))
    for entry in cache.glob("yaml-*.bin"):
        entry.write_bytes(b"\x00garbage")
    packs._load.cache_clear()
    assert describe(load_pack(path)) == expected


def test_a_cache_that_cannot_be_written_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker))
    packs._load.cache_clear()
    assert load_pack(write(tmp_path / "drafts", GOOD_RULE))[0].code == "ACME101"


def test_a_pack_with_aliases_is_read_but_never_stored(cache, tmp_path):
    shared = GOOD_RULE.replace("words: [slammed]", "words: &verbs [slammed]").replace(
        '      good: ["He criticised the plan."]', '      good: ["He criticised the plan."]'
    )
    second = (
        GOOD_RULE.split("rules:\n", 1)[1]
        .replace("ACME101", "ACME102")
        .replace("style.acme-verb", "style.acme-other")
        .replace("words: [slammed]", "words: *verbs")
    )
    path = write(tmp_path / "drafts", shared + second)
    rules = load_pack(path)
    assert ["slammed" in words(r) for r in rules] == [True, True]
    assert not list(cache.glob("yaml-*.bin"))
