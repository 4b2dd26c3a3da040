"""The registry: schema, overrides by id, lookups, and the compiled cache."""

import datetime as dt

import pytest

from newslint.registry import Person, RegistryError, load_registry
from newslint.registry.loader import cache_dir

PEOPLE = """\
people:
  - id: takaichi
    name: Sanae Takaichi
    born: 1961-03-07
    parties: [{party: jp-ldp, from: 2025-10-21}]
    roles:
      - {office: Prime Minister, jurisdiction: Japan, from: 2025-10-21}
  - id: erdogan
    name: Recep Tayyip Erdoğan
    variants: [Erdogan]
    misspellings: [Erdogen]
    roles:
      - {office: President, jurisdiction: Turkey, from: 2014-08-28}
parties:
  - {id: jp-ldp, name: Liberal Democratic Party, country: Japan, variants: [LDP]}
  - id: us-republican
    name: Republican Party
    country: United States
    variants: [GOP, Republicans, Republican-aligned]
"""


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_lookup_ignores_case_and_diacritics(tmp_path):
    reg = load_registry((write(tmp_path, "a.yaml", PEOPLE),), default=False)
    assert [p.id for p in reg.lookup("sanae TAKAICHI")] == ["takaichi"]
    assert [p.id for p in reg.lookup("Recep Tayyip Erdogan")] == ["erdogan"]
    assert [p.id for p in reg.lookup("Erdoğan")] == ["erdogan"]
    assert reg.lookup("Shigeru Ishiba") == []


def test_person_facts_and_dates(tmp_path):
    reg = load_registry((write(tmp_path, "a.yaml", PEOPLE),), default=False)
    p = reg.get("takaichi")
    assert isinstance(p, Person)
    assert p.born == dt.date(1961, 3, 7)
    assert p.party_at(dt.date(2025, 11, 1)) == "jp-ldp"
    assert p.party_at(dt.date(2025, 1, 1)) is None
    assert [r.office for r in p.roles_at(dt.date(2025, 11, 1))] == ["Prime Minister"]
    assert p.roles_at(dt.date(2025, 10, 20)) == []
    assert p.source.endswith("a.yaml")


def test_fuzzy_and_surname_and_known_misspelling(tmp_path):
    reg = load_registry((write(tmp_path, "a.yaml", PEOPLE),), default=False)
    [(person, name, dist)] = reg.fuzzy("Sanae Takiachi", 2)
    assert (person.id, name, dist) == ("takaichi", "Sanae Takaichi", 1)
    assert [p.id for p in reg.by_surname("Takaichi")] == ["takaichi"]
    assert [p.id for p in reg.known_misspelling("Erdogen")] == ["erdogan"]
    assert reg.fuzzy("Jane Doe", 2) == []


@pytest.mark.parametrize(
    ("term", "party"),
    [
        ("GOP", "us-republican"),
        ("Republicans", "us-republican"),
        ("Republican-aligned", "us-republican"),
        ("LDP", "jp-ldp"),
        ("Tory", None),
    ],
)
def test_party_variants(tmp_path, term, party):
    reg = load_registry((write(tmp_path, "a.yaml", PEOPLE),), default=False)
    found = reg.party(term)
    assert (found.id if found else None) == party


def test_later_files_override_and_extend_by_id(tmp_path):
    first = write(tmp_path, "a.yaml", PEOPLE)
    second = write(
        tmp_path,
        "b.yaml",
        "people:\n  - id: takaichi\n    name: Sanae Takaichi\n    variants: [PM Takaichi]\n"
        "  - id: newsroom-1\n    name: Maria Kowalczyk\n",
    )
    reg = load_registry((first, second), default=False)
    p = reg.get("takaichi")
    assert p.variants == ("PM Takaichi",)
    assert p.born == dt.date(1961, 3, 7)  # kept from the first file
    assert p.source.endswith("b.yaml")
    assert reg.lookup("Maria Kowalczyk")[0].id == "newsroom-1"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("people:\n  - id: a\n    name: A B\n    nickname: C\n", 4, "unknown key 'nickname'"),
        (
            "people:\n  - id: a\n    name: A B\n    roles:\n"
            "      - {office: X, from: 2020-01-01, to: 2019-01-01}\n",
            5,
            "is before",
        ),
        ("people:\n  - id: a\n    name: A B\n    born: 1946-02-30\n", 4, "'born' must be a date"),
        ("people:\n  - id: a\n", 2, "missing 'name'"),
        ("people:\n  - id: a\n    name: [A\n", 4, "malformed YAML"),
        ("persons: []\n", 1, "unknown key 'persons'"),
    ],
)
def test_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(RegistryError) as info:
        load_registry((path,), default=False)
    assert info.value.path == path
    assert info.value.line == line
    assert message in info.value.message


def test_cache_is_reused_and_keyed_by_content(tmp_path):
    path = write(tmp_path, "a.yaml", PEOPLE)
    load_registry((path,), default=False)
    caches = list(cache_dir().glob("registry-*.bin"))
    assert len(caches) == 1
    load_registry((path,), default=False)
    assert list(cache_dir().glob("registry-*.bin")) == caches
    write(tmp_path, "a.yaml", PEOPLE.replace("Sanae Takaichi", "Sanae Takaichi-Test"))
    reg = load_registry((path,), default=False)
    assert reg.lookup("Sanae Takaichi-Test")
    assert len(list(cache_dir().glob("registry-*.bin"))) == 2


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_corrupt_cache_is_ignored_and_rebuilt(tmp_path, damage):
    path = write(tmp_path, "a.yaml", PEOPLE)
    load_registry((path,), default=False)
    [cache] = cache_dir().glob("registry-*.bin")
    data = cache.read_bytes()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
    else:
        data = b"not a cache at all"
    cache.write_bytes(data)
    reg = load_registry((path,), default=False)
    assert reg.get("takaichi").name == "Sanae Takaichi"
    assert cache.read_bytes() != data  # rewritten


def test_shipped_registry_knows_the_heads_that_changed_in_2024_and_2025():
    reg = load_registry()
    [takaichi] = reg.lookup("Sanae Takaichi")
    assert takaichi.source == "rules/registry/world.yaml"
    assert takaichi.roles_at(dt.date(2025, 11, 1))[0].office == "Prime Minister"
    [starmer] = reg.lookup("Keir Starmer")
    assert any(r.start == dt.date(2024, 7, 5) for r in starmer.roles)
    assert starmer.party_at(dt.date(2025, 1, 1)) == "uk-labour"
    [trump] = reg.lookup("Donald Trump")
    assert any(r.office == "President" for r in trump.roles_at(dt.date(2025, 6, 1)))
    assert trump.party_at(dt.date(2025, 6, 1)) == "us-republican"
    assert reg.lookup("Mitch McConnell") and reg.lookup("Margaret Thatcher")
    assert reg.party("GOP").id == "us-republican"
    assert reg.party("Democratic-aligned").id == "us-democratic"
    assert reg.party("Tory").id == "uk-conservative"
    assert reg.party("Labour-aligned").id == "uk-labour"


def test_a_table_answers_the_same_before_and_after_it_builds_its_index(monkeypatch):
    from newslint.registry import table

    monkeypatch.setattr(table, "INDEX_AFTER", 5)
    pairs = [(f"name{i % 7}", i) for i in range(40)] + [("zoë", 99), ("", 5)]
    t = table.Table.build(pairs)
    asked = ["name0", "name6", "zoë", "missing", "", "name", "name60", "a", "zzz"]
    before = [t.get(k) for k in asked]  # the first lookups: binary search
    assert t._index is not None  # the fifth lookup built the index
    assert [t.get(k) for k in asked] == before
    assert before[0] == [0, 7, 14, 21, 28, 35] and before[2] == [99] and before[3] == []


def test_an_edited_shipped_file_is_read_again(tmp_path, monkeypatch):
    """The shipped files are keyed by size and modification time, not content: an edit
    (a newsroom patching its installed copy) must still reach the next run."""
    import os

    from newslint.registry import loader

    shipped = tmp_path / "world.yaml"
    shipped.write_text(PEOPLE, encoding="utf-8")
    monkeypatch.setattr(loader, "default_files", lambda: [shipped])
    assert load_registry().get("takaichi").name == "Sanae Takaichi"
    stat = shipped.stat()
    shipped.write_text(PEOPLE.replace("Sanae Takaichi", "Sanae Takaichi-Test"), encoding="utf-8")
    os.utime(shipped, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_registry().get("takaichi").name == "Sanae Takaichi-Test"
