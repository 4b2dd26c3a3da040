"""``newslint registry check``, ``lookup`` and ``import`` through the real CLI."""

import json

import pytest

from newslint.cli import main
from newslint.registry import load_registry


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))


def test_check_reports_errors_and_warnings_with_lines(tmp_path, capsys):
    good = tmp_path / "a.yaml"
    good.write_text(
        "people:\n"
        "  - id: a\n    name: Ann Lee\n    roles:\n"
        "      - {office: Mayor, jurisdiction: Leeds, from: 2020-01-01, to: 2024-01-01}\n"
        "      - {office: Mayor, jurisdiction: Leeds, from: 2023-01-01}\n"
        "  - id: a\n    name: Ann Lee\n"
        "  - id: b\n    name: Ann Lee\n",
        encoding="utf-8",
    )
    bad = tmp_path / "b.yaml"
    bad.write_text(
        "people:\n  - id: c\n    name: C D\n    colour: red\n"
        "  - id: d\n    name: D E\n    roles:\n"
        "      - {office: X, from: 2020-01-01, to: 2019-01-01}\n",
        encoding="utf-8",
    )
    assert main(["registry", "check", str(good), str(bad)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert f"{good}:6: warning: 'a' holds 'Mayor' twice over overlapping dates (see line 5)" in out
    assert f"{good}:7: error: duplicate id 'a' (also line 2)" in out
    assert any(
        line.startswith(f"{good}:9: warning: name 'ann lee' of 'b' also names 'a'") for line in out
    )
    assert any(line.startswith(f"{bad}:4: error: unknown key 'colour'") for line in out)
    assert f"{bad}:8: error: 'to' (2019-01-01) is before 'from' (2020-01-01)" in out


def test_namesakes_with_birth_dates_are_not_reported_but_entries_without_are(tmp_path, capsys):
    path = tmp_path / "a.yaml"
    path.write_text(
        "people:\n"
        "  - {id: sr, name: Harold Ford, born: 1945-05-20}\n"
        "  - {id: jr, name: Harold Ford Jr., variants: [Harold Ford], born: 1970-05-11}\n"
        "  - {id: x, name: Ann Lee, born: 1970-01-01}\n"
        "  - {id: y, name: Ann Lee}\n",
        encoding="utf-8",
    )
    assert main(["registry", "check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{path}:5: warning: name 'ann lee' of 'y' also names 'x' ({path}:4)"
        " and no birth dates tell them apart"
    ]


def test_an_entry_overriding_another_files_id_is_no_namesake(tmp_path):
    first = tmp_path / "a.yaml"
    first.write_text("people:\n  - {id: a, name: Ann Lee}\n", encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text("people:\n  - {id: a, name: Ann Lee, born: 1970}\n", encoding="utf-8")
    assert main(["registry", "check", str(first), str(second)]) == 0


def test_the_shipped_registry_passes(capsys):
    assert main(["registry", "check"]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err


def test_a_file_written_one_entry_per_line_gets_the_line_of_each_problem(tmp_path, capsys):
    """Files in the shipped registry's layout are located without the YAML parser."""
    path = tmp_path / "desk.yaml"
    path.write_text(
        "# the desk's people\n"
        '{"people": [\n'
        '{"id": "desk-ann-lee", "name": "Ann Lee"},\n'
        '{"id": "desk-bo-kim", "name": "Bo Kim", "roles": [{"office": "Mayor", "from": "2020"}]},\n'
        '{"id": "desk-ann-lee", "name": "Ann Lee-Smith"}\n'
        "]}\n",
        encoding="utf-8",
    )
    assert main(["registry", "check", str(path)]) == 2  # an error
    out = capsys.readouterr().out
    assert f"{path}:5: error: duplicate id 'desk-ann-lee' (also line 3)" in out


def test_check_of_a_clean_file_exits_zero(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("people:\n  - {id: a, name: Ann Lee}\n", encoding="utf-8")
    assert main(["registry", "check", str(path)]) == 0


def test_lookup_fuzzy_shows_roles_party_and_source(capsys):
    assert main(["registry", "lookup", "Sanai", "Takaichi"]) == 0
    out = capsys.readouterr().out
    assert "Sanae Takaichi" in out
    assert "Prime Minister of Japan since 2025-10-21" in out
    assert "party: Liberal Democratic Party" in out
    assert "rules/registry/world.yaml" in out


def test_lookup_of_nobody_exits_one(capsys):
    assert main(["registry", "lookup", "Zzyzx Qwrtp"]) == 1


def test_import_csv_makes_a_loadable_registry(tmp_path):
    src = tmp_path / "people.csv"
    src.write_text(
        "id,name,aliases,born,office,jurisdiction,from,to,party\n"
        "m1,Maria Kowalczyk,Mayor Kowalczyk,1970-05-01,Mayor,Leeds,2020-05-01,,leeds-greens\n"
        "m1,Maria Kowalczyk,,,Councillor,Leeds,2012-05-01,2020-05-01,\n",
        encoding="utf-8",
    )
    out = tmp_path / "newsroom.yaml"
    assert main(["registry", "import", "--from", "csv", str(src), "-o", str(out)]) == 0
    reg = load_registry((str(out),), default=False)
    person = reg.get("m1")
    assert person.aliases == ("Mayor Kowalczyk",)
    assert {r.office for r in person.roles} == {"Mayor", "Councillor"}
    assert main(["registry", "check", str(out)]) == 0


def test_import_jsonl(tmp_path):
    src = tmp_path / "people.jsonl"
    src.write_text(json.dumps({"id": "x", "name": "Ann Lee", "variants": ["Annie Lee"]}) + "\n")
    out = tmp_path / "out.yaml"
    assert main(["registry", "import", "--from", "jsonl", str(src), "-o", str(out)]) == 0
    assert load_registry((str(out),), default=False).lookup("Annie Lee")[0].id == "x"


def test_import_wikidata_entities_and_query_results(tmp_path):
    entities = {
        "entities": {
            "Q1": {
                "id": "Q1",
                "labels": {"en": {"value": "Sanae Takaichi"}},
                "aliases": {"en": [{"value": "Takaichi Sanae"}]},
                "claims": {
                    "P569": [
                        {"mainsnak": {"datavalue": {"value": {"time": "+1961-03-07T00:00:00Z"}}}}
                    ],
                    "P39": [
                        {
                            "mainsnak": {"datavalue": {"value": {"id": "Q274948"}}},
                            "qualifiers": {
                                "P580": [
                                    {"datavalue": {"value": {"time": "+2025-10-21T00:00:00Z"}}}
                                ]
                            },
                        }
                    ],
                },
            }
        }
    }
    src = tmp_path / "dump.json"
    src.write_text(json.dumps(entities))
    out = tmp_path / "a.yaml"
    assert main(["registry", "import", "--from", "wikidata", str(src), "-o", str(out)]) == 0
    person = load_registry((str(out),), default=False).get("Q1")
    assert person.aliases == ("Takaichi Sanae",)
    assert str(person.born) == "1961-03-07"
    assert str(person.roles[0].start) == "2025-10-21"
    rows = [
        {
            "item": "http://www.wikidata.org/entity/Q2",
            "itemLabel": "Ann Lee",
            "positionLabel": "Mayor",
            "countryLabel": "Leeds",
            "start": "2020-05-01T00:00:00Z",
        }
    ]
    src.write_text(json.dumps(rows))
    assert main(["registry", "import", "--from", "wikidata", str(src), "-o", str(out)]) == 0
    person = load_registry((str(out),), default=False).get("Q2")
    assert person.roles[0].office == "Mayor"


def test_import_reports_bad_input_with_line(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"name": "A B"}\nnot json\n')
    assert main(["registry", "import", "--from", "jsonl", str(src)]) == 2
    assert f"{src}:2: not JSON" in capsys.readouterr().err
