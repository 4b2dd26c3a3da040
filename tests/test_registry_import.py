"""``newslint registry import`` on hostile and good CSVs, through the real CLI.

A bad row is refused with its CSV line and nothing is written; text that looks like
YAML stays text; what is written passes ``registry check`` and loads back unchanged.
"""

import csv
import io
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.cli import main
from newslint.registry import load_registry
from newslint.registry.importers import from_csv

HEADER = "id,name,aliases,born,office,jurisdiction,from,to,party\n"
GOOD_ROW = "m1,Maria Kowalczyk,Mayor Kowalczyk,1970-05-01,Mayor,Leeds,2020-05-01,,leeds-greens\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))


def run_import(tmp_path, text, capsys, name="people.csv"):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "newsroom.yaml"
    code = main(["registry", "import", "--from", "csv", str(src), "-o", str(out)])
    return code, src, out, capsys.readouterr()


HOSTILE = [
    # (CSV after the header, CSV line of the error, what the message must say)
    (GOOD_ROW + "m2,Ann Lee,,,Mayor,Leeds,soon,,\n", 3, "'from' must be a date"),
    ('m2,Ann Lee,,,Mayor,Leeds,"2023-01-01, office: Queen",,\n', 2, "'from' must be a date"),
    ("m2,Ann Lee,,1961-02-29,,,,,\n", 2, "'born' must be a date"),
    ("m2,Ann Lee,,19610307,,,,,\n", 2, "'born' must be a date"),
    (GOOD_ROW + '"m2","Ann\n  office: Queen",,,,,,,\n', 3, "'name' holds a line break"),
    ('m2,"Ann\x00Lee",,,,,,,\n', 2, "'name' holds a control character"),
    (GOOD_ROW + "m2,,,,Mayor,Leeds,,,\n", 3, "row without a name"),
    ("m2,Ann Lee,,,Mayor,Leeds,2020-01-01,2019-01-01,\n", 2, "'to' (2019-01-01) is before"),
    ("m2,Ann Lee,,,,,2020-01-01,,\n", 2, "'from' and 'to' date an office or a party"),
    ("m2,Ann Lee,,,Mayor,Leeds,,,,extra\n", 2, "10 cells but the header names 9 columns"),
    (GOOD_ROW + "m1,Marie Kowalczyk,,,Councillor,Leeds,,,\n", 3, "'Maria Kowalczyk' on line 2"),
    (GOOD_ROW + "m1,Maria Kowalczyk,,1971-01-01,,,,,\n", 3, "'born' of 'm1' is 1970-05-01"),
    ('m2,"Ann" Lee,,,,,,,\n', 2, "not CSV"),
    ("m2,!!!,,,,,,,\n".replace("m2", ""), 2, "gives no id"),
]


@pytest.mark.parametrize(("rows", "line", "message"), HOSTILE)
def test_a_bad_row_is_refused_with_its_line_and_nothing_is_written(
    tmp_path, capsys, rows, line, message
):
    code, src, out, cap = run_import(tmp_path, HEADER + rows, capsys)
    assert code == 2
    errors = cap.err.strip().splitlines()
    assert len(errors) == 1, cap.err
    assert errors[0].startswith(f"newslint: {src}:{line}: "), errors[0]
    assert message in errors[0]
    assert not out.exists()
    assert not list(tmp_path.glob(".newsroom.yaml.*")), "a temporary file was left behind"


def test_a_refused_import_leaves_the_previous_output_as_it_was(tmp_path, capsys):
    code, _, out, _ = run_import(tmp_path, HEADER + GOOD_ROW, capsys)
    assert code == 0
    before = out.read_bytes()
    code, _, out, _ = run_import(tmp_path, HEADER + GOOD_ROW + "m2,Ann,,,,,soon,,\n", capsys)
    assert code == 2
    assert out.read_bytes() == before


def test_an_unknown_column_is_refused_at_the_header(tmp_path, capsys):
    code, src, out, cap = run_import(tmp_path, "id,name,fromm\nm1,Ann Lee,2020\n", capsys)
    assert code == 2
    assert f"{src}:1: unknown column 'fromm'" in cap.err
    assert not out.exists()


#: Cells a registry must keep as text: YAML syntax, tags, anchors, quotes, look-alike
#: scalars and non-Latin scripts.
TRICKY = [
    "Ann: Lee, office: Queen",
    "{id: evil, name: Evil}",
    "- id: evil",
    "!!python/object/apply:os.system [echo hi]",
    "&anchor Lee *anchor",
    "# not a comment",
    'Sean "the Sheriff" O\'Neill',
    "null",
    "yes",
    "0x1F",
    "2023-01-01",
    "Zoë Đorđević",
    "李强",
    "Владимир Путин",
    "Recep Tayyip Erdoğan ",
    "%TAG ! tag:evil",
    "`backticks` and \\backslashes\\",
]


def test_yaml_lookalikes_stay_text_and_add_no_keys(tmp_path, capsys):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "name", "aliases", "office", "jurisdiction", "party"])
    for i, cell in enumerate(TRICKY):
        writer.writerow([f"p{i}", cell, f"{cell} | alias {i}", cell, cell, cell])
    code, _, out, _ = run_import(tmp_path, buf.getvalue(), capsys)
    assert code == 0
    assert main(["registry", "check", str(out)]) == 0
    registry = load_registry((str(out),), default=False)
    assert len(registry) == len(TRICKY)
    for i, cell in enumerate(TRICKY):
        person = registry.get(f"p{i}")
        assert person.name == cell.strip()
        assert person.aliases == (cell.strip(), f"alias {i}")
        assert [(r.office, r.jurisdiction) for r in person.roles] == [(cell.strip(),) * 2]
        assert [m.party for m in person.parties] == [cell.strip()]
    # the file holds nothing but the people and their fields
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(out.read_text(encoding="utf-8"))
    assert set(data) == {"people"}
    for entry in data["people"]:
        assert set(entry) <= {"id", "name", "aliases", "roles", "parties"}
        assert all(set(r) <= {"office", "jurisdiction"} for r in entry["roles"])


def test_a_good_csv_round_trips_and_passes_registry_check(tmp_path, capsys):
    rows = (
        GOOD_ROW + "m1,Maria Kowalczyk,,,Councillor,Leeds,2012-05,2020-05-01,\n"
        "t1,Sanae Takaichi,Takaichi Sanae,1961-03-07,Prime Minister,Japan,2025-10-21,,jp-ldp\n"
        "o1,Old Mayor,,1930,Mayor,York,1970,1980,\n"
    )
    code, _, out, cap = run_import(tmp_path, HEADER + rows, capsys)
    assert code == 0
    assert f"wrote 3 people to {out}" in cap.err
    assert main(["registry", "check", str(out)]) == 0
    registry = load_registry((str(out),), default=False)
    maria = registry.get("m1")
    assert maria.aliases == ("Mayor Kowalczyk",)
    assert str(maria.born) == "1970-05-01"
    assert [(r.office, str(r.start), str(r.end)) for r in maria.roles] == [
        ("Mayor", "2020-05-01", "None"),
        ("Councillor", "2012-05-01", "2020-05-01"),
    ]
    assert [m.party for m in maria.parties] == ["leeds-greens"]
    old = registry.get("o1")
    assert (str(old.roles[0].start), str(old.roles[0].end)) == ("1970-01-01", "1980-12-31")


_NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="|"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(_NAME, min_size=1, max_size=5))
def test_any_printable_name_round_trips_exactly(tmp_path_factory, names):
    folder = tmp_path_factory.mktemp("names")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "name", "aliases"])
    for i, name in enumerate(names):
        writer.writerow([f"p{i}", name, name])
    src = folder / "people.csv"
    src.write_text(buf.getvalue(), encoding="utf-8")
    out = folder / "out.yaml"
    assert main(["registry", "import", "--from", "csv", str(src), "-o", str(out)]) == 0
    registry = load_registry((str(out),), default=False)
    for i, name in enumerate(names):
        assert registry.get(f"p{i}").name == name.strip()


def test_jsonl_entries_are_checked_with_their_line(tmp_path, capsys):
    src = tmp_path / "people.jsonl"
    src.write_text(
        '{"id": "a", "name": "Ann Lee"}\n'
        '{"id": "b", "name": "Bo Li", "roles": [{"office": "Mayor", "from": "soon"}]}\n'
    )
    out = tmp_path / "out.yaml"
    assert main(["registry", "import", "--from", "jsonl", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:2: Bo Li: 'from' must be a date" in err
    assert not out.exists()
    src.write_text('{"id": "a", "name": "Ann Lee", "office": "Queen"}\n')
    assert main(["registry", "import", "--from", "jsonl", str(src), "-o", str(out)]) == 2
    assert f"{src}:1: Ann Lee: unknown key 'office'" in capsys.readouterr().err


def test_the_csv_reader_alone_checks_before_returning():
    with pytest.raises(Exception, match="'to' must be a date") as info:
        from_csv(HEADER + GOOD_ROW + "m2,Ann,,,Mayor,Leeds,,later,\n", "x.csv")
    assert info.value.line == 3


def _csv_of(count):
    return HEADER + "".join(
        f"p{i},Person {i},,1970-01-01,Mayor,Leeds,2020-01-01,,\n" for i in range(count)
    )


def _script(src, out):
    return [
        sys.executable,
        "-m",
        "newslint",
        "registry",
        "import",
        "--from",
        "csv",
        str(src),
        "-o",
        str(out),
    ]


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path):
    src = tmp_path / "people.csv"
    src.write_text(_csv_of(600), encoding="utf-8")
    out = tmp_path / "out.yaml"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(_script(src, out), capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"wrote 600 people to {out}\n"


@pytest.mark.parametrize("columns", [120, 0], ids=["sized", "unsized"])
def test_progress_bar_on_a_terminal_shows_count_rate_and_time_left(tmp_path, columns):
    from pty_helpers import run_in_pty

    src = tmp_path / "people.csv"
    src.write_text(_csv_of(600), encoding="utf-8")
    out = tmp_path / "out.yaml"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    code, shown, _ = run_in_pty(_script(src, out), env, columns=columns)
    assert code == 0, shown
    assert "writing: 100%" in shown
    assert "600/600" in shown
    assert " people/s]" in shown
    assert "<00:00" in shown  # elapsed<remaining
    assert f"wrote 600 people to {out}" in shown
