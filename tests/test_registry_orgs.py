"""Organisations in the registry, and what the shipped registry covers."""

import pytest

from newslint import lint_text
from newslint.config import Config
from newslint.registry import Organisation, Person, RegistryError, load_registry

pytestmark = pytest.mark.usefixtures("shipped_registry_cache")


@pytest.fixture(scope="module")
def shipped(registry_cache_dir):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSLINT_CACHE_DIR", str(registry_cache_dir))
        return load_registry()


NEWSROOM = """\
organisations:
  - id: galway-port
    name: Galway Harbour Company
    aliases: [Port of Galway]
    kind: company
    country: Ireland
  - {id: brightwater, name: Brightwaterly, kind: company, prominent: false}
  - {id: quellstrom, name: Quellstromia, kind: company}
"""


def newsroom(tmp_path, text=NEWSROOM):
    path = tmp_path / "newsroom.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def codes(text, path, **config):
    found = lint_text(text, config=Config(select=("NL104",), registry=(path,), **config))
    return [(f.code, f.message) for f in found]


def test_an_organisation_keeps_its_kind_country_and_aliases(tmp_path):
    reg = load_registry((newsroom(tmp_path),), default=False)
    [org] = reg.lookup("port of galway")
    assert isinstance(org, Organisation)
    assert (org.name, org.kind, org.country) == ("Galway Harbour Company", "company", "Ireland")


def test_an_unknown_kind_is_an_error_naming_file_and_line(tmp_path):
    path = newsroom(tmp_path, "organisations:\n  - id: x\n    name: X Ltd\n    kind: charity\n")
    with pytest.raises(RegistryError) as err:
        load_registry((path,), default=False)
    assert err.value.line == 4
    assert "unknown kind 'charity'" in str(err.value)


def test_a_newsroom_organisation_misspelt_is_reported_in_several_wordings(tmp_path):
    path = newsroom(tmp_path)
    for text in (
        "The Galway Harbour Compnay said the ferry was late.\n",
        "Shares in Galway Harbuor Company fell.\n",
        "A spokesman for the Port of Galwya declined to comment.\n",
    ):
        found = codes(text, path)
        assert [c for c, _ in found] == ["NL104"], text
        assert "(company)" in found[0][1]


def test_a_one_word_name_is_reported_only_for_a_prominent_body(tmp_path):
    path = newsroom(tmp_path)
    assert [c for c, _ in codes("Quellstromai cut 200 jobs.\n", path)] == ["NL104"]
    assert codes("Brightwaterley cut 200 jobs.\n", path) == []


def test_the_right_names_and_other_bodies_pass(tmp_path):
    path = newsroom(tmp_path)
    text = (
        "The Galway Harbour Company and the Port of Galway agreed. Quellstromia and"
        " Brightwaterly signed. The Galway Harbour Authority was not consulted.\n"
    )
    assert codes(text, path) == []


def test_the_shipped_registry_holds_fifty_thousand_people_and_five_thousand_bodies(shipped):
    kinds = {}
    people = 0
    for i in range(len(shipped)):
        e = shipped.entity(i)
        if isinstance(e, Person):
            people += 1
        elif isinstance(e, Organisation):
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
    assert people >= 50_000
    assert sum(kinds.values()) >= 5_000
    for kind in ("party", "company", "central bank", "agency", "international organisation"):
        assert kinds.get(kind), kind


def test_a_party_is_found_by_full_name_and_abbreviation(shipped):
    full = [o for o in shipped.organisations("Bharatiya Janata Party") if o.kind == "party"]
    short = [o for o in shipped.organisations("BJP") if o.kind == "party"]
    assert full and {o.id for o in full} & {o.id for o in short}


def test_one_person_in_several_sources_is_one_entry(shipped):
    [portman] = [p for p in shipped.lookup("Rob Portman") if isinstance(p, Person)]
    offices = {r.office for r in portman.roles}
    assert {"Representative from OH", "Senator from OH"} <= offices
    assert any("Management and Budget" in o or o == "OMB Director" for o in offices)


def test_namesakes_stay_apart(shipped):
    joneses = [p for p in shipped.lookup("Walter B. Jones") if isinstance(p, Person)]
    assert len({p.id for p in joneses}) == 2
    assert len({p.born for p in joneses}) == 2
