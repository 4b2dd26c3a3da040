"""Build the shipped registry (rules/registry/*.yaml) from public data.

Re-runnable: the output depends only on the inputs. Run it as

    NEWSLINT_SHARED=/path/to/shared NEWSLINT_SOURCES=/path/to/sources \
        python scripts/build_registry.py

People come from every file of ``$NEWSLINT_SHARED/data/officeholders`` and, when
``$NEWSLINT_SOURCES/people`` holds a checkout of openstates/people, from the US
states' legislators, governors and mayors. Organisations come from the checkouts
that ``scripts/registry_organisations.py`` names, and from its own list of
well-known bodies. ATTRIBUTION.md says which source, commit and licence each file
rests on.

The same person found in two files is one entry when a join key says so (a
bioguide id, a Wikidata id, an IfG person id), or when the name is unique, the
country agrees, and the birth dates and terms cannot be two lives. Namesakes stay
apart: a wrong merge would give one person another's offices and party.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLINT_SHARED") or ROOT.parent / "shared")
DATA = SHARED / "data" / "officeholders"
SOURCES = Path(os.environ.get("NEWSLINT_SOURCES") or ROOT.parent / "sources")
OUT = ROOT / "rules" / "registry"

sys.path.insert(0, str(Path(__file__).resolve().parent))

import registry_names  # noqa: E402
import registry_organisations  # noqa: E402

HEAD_POSITIONS = {
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "federal chancellor",
    "king",
    "queen",
    "monarch",
    "emir",
    "sultan",
    "head of state",
    "head of government",
    "taoiseach",
    "supreme leader",
    "chief executive",
    "first minister",
    "emperor",
    "pope",
    "grand duke",
    "prince",
    "captain regent",
    "chairman",
    "president of the government",
    "president of the council of ministers",
    "state counsellor",
    "chief minister",
    "yang di-pertuan agong",
    "druk gyalpo",
    "ngwenyama",
    "o le ao o le malo",
    "episcopal co-prince",
    "french co-prince",
    "military leader",
    "governor-general",
}

# Party ids, names, countries and the words stories use for them and their members.
PARTIES = {
    "us-republican": (
        "Republican Party",
        "United States",
        [
            "GOP",
            "Republican",
            "Republicans",
            "Grand Old Party",
            "Republican-aligned",
            "Republican-led",
            "Republican-leaning",
        ],
    ),
    "us-democratic": (
        "Democratic Party",
        "United States",
        [
            "Democrat",
            "Democrats",
            "Democratic",
            "Democratic-aligned",
            "Democratic-led",
            "Democrat-led",
            "Democratic-leaning",
            "Dems",
        ],
    ),
    "uk-conservative": (
        "Conservative Party",
        "United Kingdom",
        [
            "Conservative",
            "Conservatives",
            "Tory",
            "Tories",
            "Conservative and Unionist Party",
            "Tory-led",
            "Conservative-led",
            "Conservative-aligned",
        ],
    ),
    "uk-labour": (
        "Labour Party",
        "United Kingdom",
        ["Labour", "Labour-aligned", "Labour-led", "New Labour", "Labour Co-operative"],
    ),
    "uk-liberal-democrats": (
        "Liberal Democrats",
        "United Kingdom",
        ["Liberal Democrat", "Lib Dem", "Lib Dems", "LibDems"],
    ),
    "uk-snp": ("Scottish National Party", "United Kingdom", ["SNP"]),
    "jp-ldp": ("Liberal Democratic Party", "Japan", ["LDP", "Liberal Democratic Party of Japan"]),
    "de-cdu": (
        "Christian Democratic Union",
        "Germany",
        ["CDU", "Christian Democratic Union of Germany"],
    ),
    "de-spd": ("Social Democratic Party", "Germany", ["SPD", "Social Democratic Party of Germany"]),
    "ca-liberal": ("Liberal Party of Canada", "Canada", []),
    # ParlGov's id for the AKP; stories call it "the AK Party" as often as "the AKP".
    "parlgov-901": ("Justice and Development Party", "Turkey", ["AKP", "AK Party", "AK Parti"]),
    "tr-chp": ("Republican People's Party", "Turkey", ["CHP"]),
}
#: Cabinet members the turnover file lists by a nickname, and the names copy gives them.
CABINET_NAMES = {"Mac Baldrige": ("Malcolm Baldrige", "Howard Malcolm Baldrige Jr.")}
PARTY_LABELS = {
    ("united states", "democrat"): "us-democratic",
    ("united states", "democratic"): "us-democratic",
    ("united states", "democratic party"): "us-democratic",
    ("united states", "democratic-farmer-labor"): "us-democratic",
    ("united states", "republican"): "us-republican",
    ("united states", "republican party"): "us-republican",
    ("united kingdom", "conservative"): "uk-conservative",
    ("united kingdom", "conservatives"): "uk-conservative",
    ("united kingdom", "conservative party"): "uk-conservative",
    ("united kingdom", "labour"): "uk-labour",
    ("united kingdom", "labour party"): "uk-labour",
    ("united kingdom", "liberal democrat"): "uk-liberal-democrats",
    ("united kingdom", "liberal democrats"): "uk-liberal-democrats",
    ("united kingdom", "scottish national party"): "uk-snp",
    ("japan", "liberal democratic party"): "jp-ldp",
    ("germany", "christian democratic union"): "de-cdu",
    ("germany", "christian democratic union of germany"): "de-cdu",
    ("european union", "christian democratic union"): "de-cdu",
    ("germany", "social democratic party"): "de-spd",
    ("germany", "social democratic party of germany"): "de-spd",
    ("canada", "liberal party of canada"): "ca-liberal",
    ("turkey", "justice and development party"): "parlgov-901",
    ("turkey", "republican people's party"): "tr-chp",
}
NOT_PARTIES = {"", "no party", "independent", "crossbench", "non-affiliated", "none", "nonpartisan"}
COUNTRIES = {"united states of america": "United States", "the philippines": "Philippines"}
#: The first day of the 66th Congress, where the by-Congress file begins.
FIRST_DATED_CONGRESS = "1919-03-04"
#: Places whose delegates may have sat after 1919, which the by-Congress file leaves out.
TERRITORIES = frozenset("AS DC GU MP PI PR VI AK HI".split())
#: Years apart beyond which two records of one name are two lives, not one.
SAME_LIFE_YEARS = 45


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def iso(value: str | None) -> str | None:
    value = (value or "").strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    try:
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return None
    return value


def clean_name(name: str) -> str:
    """Drop a Wikipedia disambiguation and extra spaces: "John Watkins (politician)"."""
    return " ".join(re.sub(r"\s*\([^)]*\)\s*$", "", name or "").split())


#: Windows-1252 quotes that some sources carry as C1 control characters.
_CP1252 = str.maketrans({"\x91": "‘", "\x92": "’", "\x93": "“", "\x94": "”"})


def tidy(name: str) -> str:
    """Return a name on one line with single spaces and no control characters."""
    name = (name or "").translate(_CP1252)
    return " ".join("".join(c for c in name if unicodedata.category(c) != "Cc").split())


def first_and_last(name: str) -> str:
    """Return a full name's first and last words ("" for two words or a suffix)."""
    words = name.split()
    if len(words) < 3 or words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        return ""
    if _INITIAL.match(words[0]):
        return ""  # "G. William Miller" is never "G. Miller"
    return f"{words[0]} {words[-1]}"


def without_initials(name: str) -> str:
    """Return a name without its middle initials, as lists of officials often write it.

    "Andrew R. Wheeler" of Wikidata is the "Andrew Wheeler" of the cabinet list; ""
    when there is no middle initial to drop.
    """
    words = name.split()
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not _INITIAL.match(w)]
    return " ".join(kept) if len(kept) < len(words) and len(kept) >= 2 else ""


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*,?$")


def latin(name: str) -> bool:
    """Tell whether English copy could spell a name this way (Latin letters, no digits)."""
    return bool(re.search(r"[A-Za-z]", name)) and not re.search(
        r"[\d\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u3000-\ufaff]", name
    )


def year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


class Builder:
    """Collect people from every source, merged by join keys, never across namesakes."""

    def __init__(self) -> None:
        self.people: dict[str, dict] = {}
        self.alias_of: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.parties: dict[str, tuple[str, str, list[str]]] = dict(PARTIES)
        self.file_of: dict[str, str] = {}
        self.merged_by_name = 0
        #: The kinds of join key each person has: one Wikidata id never joins another.
        self.schemes: dict[str, set[str]] = {}

    def known(self, *keys: str) -> dict | None:
        """Return the person a join key already names."""
        for k in keys:
            if k and k in self.alias_of:
                return self.people[self.alias_of[k]]
        return None

    def person(self, pid: str, name: str, file: str, *keys: str) -> dict:
        """Return the person with this id or join key, creating them if new."""
        name = tidy(name)
        found = self.known(pid, *keys)
        keys = (pid, *keys)
        if found is not None:
            pid = found["id"]
        for k in keys:
            if k:
                self.alias_of[k] = pid
        if pid not in self.people:
            self.schemes[pid] = set()
            self.people[pid] = {
                "id": pid,
                "name": name,
                "aliases": [],
                "variants": [],
                "born": None,
                "died": None,
                "parties": [],
                "roles": [],
            }
            self.file_of[pid] = file
            self.by_name[slug(name)].add(pid)
            self.by_surname[_surname_slug(name)].add(pid)
        self.schemes[pid].update(scheme(k) for k in keys if k)
        return self.people[pid]

    def same_person(
        self,
        name: str | tuple[str, ...],
        country: str,
        born: str | None = None,
        years: tuple[int | None, ...] = (),
        need_birth: bool = False,
        key: str = "",
    ) -> dict | None:
        """Return the one person this name, country and life can be, or None.

        ``need_birth``: the name is common enough in that country (legislators of
        fifty states) that only an equal birth date makes two records one person.
        ``key``: the record's own join key; a person with another key of that kind
        is someone else.
        """
        names = (name,) if isinstance(name, str) else name
        ids = {pid for n in names if n for pid in self.by_name.get(slug(n), ())}
        fits = []
        for pid in ids:
            p = self.people[pid]
            if key and scheme(key) in self.schemes[pid]:
                continue
            if not any(r["jurisdiction"] == country for r in p["roles"]):
                continue
            if born and p["born"] and born[:4] != p["born"][:4]:
                continue
            if need_birth and not (born and p["born"] and born[:10] == p["born"][:10]):
                continue
            if not _same_life(p, years):
                continue
            fits.append(p)
        if len(fits) == 1:
            self.merged_by_name += 1
            return fits[0]
        return None

    def add_names(self, p: dict, *names: str) -> None:
        seen = {slug(n) for n in (p["name"], *p["aliases"], *p["variants"])}
        for n in names:
            n = tidy(n)
            if n and slug(n) not in seen and len(n) > 2 and latin(n):
                p["variants"].append(n)
                seen.add(slug(n))
                self.by_name[slug(n)].add(p["id"])

    def party_id(self, country: str, label: str) -> str | None:
        label = (label or "").strip()
        if label.lower() in NOT_PARTIES:
            return None
        pid = PARTY_LABELS.get((country.lower(), label.lower()))
        if pid:
            return pid
        pid = f"{slug(country)}-{slug(label)}"
        if pid not in self.parties:
            self.parties[pid] = (label, country, [])
        return pid

    def role(self, p: dict, office: str, where: str, start: str | None, end: str | None) -> None:
        office = office[:1].upper() + office[1:]
        r = {"office": office, "jurisdiction": where, "from": start, "to": end}
        if r not in p["roles"]:
            p["roles"].append(r)

    def member(self, p: dict, party: str | None, start: str | None, end: str | None) -> None:
        if not party:
            return
        ms = p["parties"]
        if (
            ms
            and ms[-1]["party"] == party
            and (ms[-1]["to"] is None or not start or ms[-1]["to"] >= start[:10])
        ):
            if end and (ms[-1]["to"] is None or end > ms[-1]["to"]):
                ms[-1]["to"] = end
            return
        ms.append({"party": party, "from": start, "to": end})


def scheme(key: str) -> str:
    """Return the kind of a join key: "Q42" -> "wikidata", "bioguide-B000226" -> "bioguide"."""
    if re.fullmatch(r"Q\d+", key):
        return "wikidata"
    return key.split("-", 1)[0].split("/", 1)[0]


def _same_life(p: dict, years: tuple[int | None, ...]) -> bool:
    """Tell whether dated facts of a record fit the life of a person already known."""
    mine = [year(r["from"]) for r in p["roles"]] + [year(r["to"]) for r in p["roles"]]
    mine = [y for y in mine if y]
    theirs = [y for y in years if y]
    if not mine or not theirs:
        return True
    lo, hi = min(mine) - SAME_LIFE_YEARS, max(mine) + SAME_LIFE_YEARS
    return all(lo <= y <= hi for y in theirs)


# --- United States -------------------------------------------------------------------


def us(b: Builder) -> None:
    f = "us.yaml"
    for r in read("us_presidents_vice_presidents.csv"):
        p = b.person(*_us_keys(r["wikidata"], r["bioguide"], r["full_name"], f))
        _us_names(
            b, p, r["first"], r["middle"], r["last"], r["suffix"], r["nickname"], r["aliases"]
        )
        p["born"] = p["born"] or iso(r["birthday"])
        b.role(
            p,
            r["office"].replace(" of the United States", ""),
            "United States",
            iso(r["start"]),
            iso(r["end"]),
        )
        b.member(p, b.party_id("United States", r["party"]), iso(r["start"]), iso(r["end"]))
    for r in read("us_congress_current_members_terms.csv"):
        p = b.person(*_us_keys(r["wikidata"], r["bioguide"], r["full_name"], f))
        _us_names(
            b, p, r["first"], r["middle"], r["last"], r["suffix"], r["nickname"], r["aliases"]
        )
        p["born"] = p["born"] or iso(r["birthday"])
        office = "Senator" if r["chamber"] == "Senate" else "Representative"
        b.role(p, f"{office} from {r['state']}", "United States", iso(r["start"]), iso(r["end"]))
        b.member(p, b.party_id("United States", r["party"]), iso(r["start"]), iso(r["end"]))
    historical = read("us_congress_historical_members_last_term_2023.csv")
    names = {r["bioguide_id"]: r for r in historical}
    dated = _by_congress(b, names, f)
    for r in historical:
        # One row per person who left Congress before 2023; the last term is undated
        # unless the by-Congress file (1919 on) gave the terms above.
        key = f"bioguide-{r['bioguide_id']}"
        p = b.known(key) or _historical_person(b, key, r, f)
        p["born"] = p["born"] or iso(r["birthday"])
        if key not in dated:
            # Not in the by-Congress file: a voting member who left before 1919, or a
            # delegate of a territory, whose dates are unknown.
            office = "Senator" if r["type"] == "sen" else "Representative"
            left = None if r["state"] in TERRITORIES else FIRST_DATED_CONGRESS
            b.role(p, f"{office} from {r['state']}", "United States", None, left)
            b.member(p, b.party_id("United States", r["party"]), None, left)
    for r in read("us_cabinet_turnover_1977_2023.csv"):
        start, end = iso(r["start"]), iso(r["end"])
        short = first_and_last(r["appointee"])
        years = (year(start), year(end))
        p = b.same_person(r["appointee"], "United States", years=years)
        if p is None and short:
            p = b.same_person(short, "United States", years=years)
        if p is None:
            p = b.person(f"us-cabinet-{slug(r['appointee'])}", r["appointee"], f)
        b.add_names(p, short)  # "Richard Edmund Lyng" is "Richard Lyng" in copy
        b.add_names(p, *CABINET_NAMES.get(r["appointee"], ()))
        b.role(p, r["position"], "United States", start, end)


def _by_congress(b: Builder, names: dict[str, dict[str, str]], f: str) -> set[str]:
    """Add every member's dated terms, 1919-2023, one role per unbroken run in a seat."""
    spans: dict[tuple[str, str, str], list] = {}
    rows = read("us_congress_members_by_congress_1919_2023.csv")
    rows = sorted(rows, key=lambda r: (r["bioguide_id"], int(r["congress"])))
    done: set[str] = set()
    for r in rows:
        key = f"bioguide-{r['bioguide_id']}"
        done.add(key)
        p = b.known(key)
        if p is None:
            h = names.get(r["bioguide_id"])
            p = _historical_person(b, key, h, f) if h else b.person(key, _bioname(r["bioname"]), f)
        p["born"] = p["born"] or iso(r["birthday"])
        start = dt.date.fromisoformat(r["start_date"])
        end = start.replace(year=start.year + 2).isoformat()
        office = "Senator" if r["chamber"] == "Senate" else "Representative"
        k = (p["id"], office, r["state"])
        last = spans.get(k)
        if last and last[3] >= r["start_date"]:
            last[3] = end
        else:
            spans[k] = [p, f"{office} from {r['state']}", r["start_date"], end]
            b.role(p, spans[k][1], "United States", spans[k][2], None)
            spans[k].append(p["roles"][-1])
        spans[k][4]["to"] = spans[k][3]
        b.member(p, b.party_id("United States", r["party"]), r["start_date"], end)
    return done


def _historical_person(b: Builder, key: str, h: dict[str, str], f: str) -> dict:
    full = " ".join(x for x in (h["first_name"], h["middle_name"], h["last_name"]) if x)
    name = " ".join(x for x in (h["first_name"], h["last_name"], h["suffix"]) if x)
    p = b.person(key, name, f)
    _us_names(
        b, p, h["first_name"], h["middle_name"], h["last_name"], h["suffix"], h["nickname"], ""
    )
    b.add_names(p, full, clean_name(h["wikipedia_id"]))
    return p


def _us_keys(wikidata: str, bioguide: str, name: str, file: str) -> tuple[str, str, str, str]:
    """Return the arguments of Builder.person: Wikidata id, else bioguide id, else the name."""
    bio = f"bioguide-{bioguide}" if bioguide else ""
    return wikidata or bio or f"us-{slug(name)}", name, file, bio


def _us_names(
    b: Builder, p: dict, first: str, middle: str, last: str, suffix: str, nick: str, aliases: str
) -> None:
    forms = [f"{first} {last}", f"{first} {middle} {last}" if middle else ""]
    if middle:
        forms.append(f"{first} {middle[0]}. {last}")
        initials = " ".join(f"{w[0]}." for w in middle.split())
        if " " in middle:  # "George H. W. Bush", as cabinet lists write him
            forms.append(f"{first} {initials} {last}")
    if nick:
        forms += [f"{nick} {last}", f"{nick} {middle} {last}" if middle else ""]
    if suffix:
        forms += [f"{x} {suffix}" for x in list(forms) if x]
    forms += [a for a in (aliases or "").split("|") if a]
    b.add_names(p, *forms)


def _bioname(bioname: str) -> str:
    last, _, first = bioname.partition(",")
    first = re.sub(r"\s*\(.*?\)", "", first).strip()
    words = [w.capitalize() for w in f"{first} {last}".split()]
    return " ".join(re.sub(r"^Mc(\w)", lambda m: "Mc" + m.group(1).upper(), w) for w in words)


# --- United Kingdom ------------------------------------------------------------------


def uk(b: Builder) -> None:
    f = "uk.yaml"
    for r in read("uk_ministers_ifg_1979_2026.csv"):
        p = b.person(f"ifg-{r['person_id']}", r["name"], f)
        b.add_names(p, *[a for a in r["aliases"].split("|") if a])
        b.role(p, r["post"], "United Kingdom", iso(r["start"]), iso(r["end"]))
        b.member(
            p, b.party_id("United Kingdom", r["party_at_start"]), iso(r["start"]), iso(r["end"])
        )
    # The prime ministers' file is the "PM" rows of the file above: it adds nothing new,
    # but it is read so that a change in it is noticed here.
    for r in read("uk_prime_ministers_ifg.csv"):
        if f"ifg-{r['person_id']}" not in b.alias_of:
            raise SystemExit(f"uk_prime_ministers_ifg.csv: {r['name']} is not in the IfG file")


# --- World ---------------------------------------------------------------------------


def world(b: Builder) -> None:
    f = "world.yaml"
    for r in read("world_officeholders_21c_wikidata.csv"):
        where = COUNTRIES.get(r["jurisdiction"].lower(), r["jurisdiction"])
        label = clean_name(r["person"]) if latin(r["person"]) else clean_name(r["enwiki"])
        if not latin(label):
            continue  # a name English copy never spells this way
        start, end = iso(r["start"]), iso(r["end"])
        p = b.known(r["person_qid"])
        if p is None:
            names = (label, clean_name(r["enwiki"]), without_initials(label))
            p = b.same_person(
                names, where, iso(r["dob"]), (year(start), year(end)), key=r["person_qid"]
            )
        p = b.person(r["person_qid"], label, f, p["id"] if p else "")
        b.add_names(p, label, clean_name(r["enwiki"]), without_initials(label))
        p["born"] = p["born"] or iso(r["dob"])
        p["died"] = p["died"] or iso(r["dod"])
        b.role(p, _office(r["position"], where), where, start, end)
    for r in read("world_leaders_2021_wikidata.csv"):
        label = r["positionLabel"]
        office = label.split(" of ")[0] if " of " in label else label
        where = COUNTRIES.get(r["country"].lower(), r["country"])
        p = b.person(r["officeholder"], r["officeholderLabel"], f)
        if not any(
            x["jurisdiction"] == where and x["office"].lower() == office.lower() for x in p["roles"]
        ):
            b.role(p, office, where, iso(r["start_year"]), iso(r["end_year"]))
    archigos(b, f)
    parlgov(b)
    for r in read("recent_heads_2024_2025.csv"):
        name = SAME_PERSON.get(r["person"], r["person"])
        start, end = iso(r["start"]), iso(r["end"])
        p = b.same_person(name, r["jurisdiction"], iso(r["dob"]), (year(start),))
        if p is None:
            p = b.same_person(name, _any_country(b, name), iso(r["dob"]), (year(start),))
        if p is None:
            p = b.person(f"recent-{slug(r['person'])}", r["person"], f)
        p["born"] = p["born"] or iso(r["dob"])
        b.add_names(p, r["person"])
        office = re.sub(r" of (the )?" + re.escape(r["jurisdiction"]) + "$", "", r["position"])
        b.role(p, office, r["jurisdiction"], start, end)
        b.member(p, b.party_id(r["jurisdiction"], r["party"]), start, end)
        if r["person"] == "Luiz Inácio Lula da Silva":
            b.add_names(p, "Lula", "Lula da Silva")
        if r["person"] == "Volodymyr Zelensky":
            b.add_names(p, "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")
    international(b)


#: Heads of international bodies and of the G20's central banks, compiled for newslint; the
#: `source` column names the list each row is checked against (see ATTRIBUTION.md).
HEADS_FILE = Path(__file__).resolve().parent / "data" / "international_heads.csv"


#: Where the Wikidata files put the offices of international bodies.
WIKIDATA_BODIES = "international organisations (UN etc.)"


def international(b: Builder) -> None:
    """Add the heads of international bodies and central banks, with dated terms.

    The Wikidata files have a few of them, often under a shortened office ("Governor
    of the Bank", Canada) and stop in 2022; a term they already record is kept as it
    is, and a person they already know gains the office rather than a second entry
    (``same_as`` names the entry by its join key where the name and dates cannot).
    """
    with HEADS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for r in rows:
        name, where = r["person"], r["body"]
        start, end, born = iso(r["start"]), iso(r["end"]), iso(r["born"])
        p = b.known(r["same_as"]) if r["same_as"] else None
        if p is None:
            p = _head_known(b, name, born, where, (year(start), year(end)))
        if p is None:
            p = b.person(f"head-{slug(name)}", name, "world.yaml")
        p["born"] = p["born"] or born
        b.add_names(p, name)
        office = r["office"]  # in full: "Director-General" alone is any agency's
        if not any(_same_term(x, office, where, start) for x in p["roles"]):
            b.role(p, office, where, start, end)


def _head_known(
    b: Builder, name: str, born: str | None, where: str, years: tuple[int | None, ...]
) -> dict | None:
    """Return the one person already known by this name whose life fits the term, or None.

    A name alone is not enough (the head of the WFP is not the British whip of his
    name): the birth year must agree, or the person must have held office in the
    same body or country. Anyone else gets an entry of their own.
    """
    fits = []
    for pid in sorted(b.by_name.get(slug(name), ())):
        p = b.people[pid]
        if born and p["born"] and born[:4] != p["born"][:4]:
            continue
        placed = any(r["jurisdiction"] in (where, WIKIDATA_BODIES) for r in p["roles"])
        if (placed or born and p["born"]) and _same_life(p, years):
            fits.append(p)
    return fits[0] if len(fits) == 1 else None


def _same_term(role: dict, office: str, where: str, start: str | None) -> bool:
    """Tell whether a known role is this term written otherwise.

    "Secretary General" of NATO, "Governor of the Reserve Bank" of South Africa: an
    office of the same kind (its first word) in the same place (or Wikidata's
    "international organisations"), starting within a year.
    """
    mine = office.lower().replace("-", " ").split()[:1]
    theirs = role["office"].lower().replace("-", " ").split()[:1]
    place = role["jurisdiction"] == where or role["jurisdiction"].startswith("international")
    if mine != theirs or not place:
        return False
    a, c = year(role["from"]), year(start)
    return a is None or c is None or abs(a - c) <= 1


def _any_country(b: Builder, name: str) -> str:
    """Return the one country a name holds office in, for sources that name it otherwise."""
    places = {
        r["jurisdiction"] for pid in b.by_name.get(slug(name), ()) for r in b.people[pid]["roles"]
    }
    return next(iter(places)) if len(places) == 1 else ""


def _office(position: str, where: str) -> str:
    """Return an office without its country: "Prime Minister of Japan" -> "Prime Minister"."""
    out = re.sub(r" of (the )?" + re.escape(where) + "$", "", position, flags=re.IGNORECASE)
    return out[:1].upper() + out[1:]


#: Spellings in the 2024-2025 file of people the Wikidata files name otherwise.
SAME_PERSON = {"Volodymyr Zelensky": "Volodymyr Zelenskyy"}
#: Archigos "effective leaders" that are not heads of state or government by title.
LEADER = "Head of state or government"


def archigos(b: Builder, f: str) -> None:
    """Add Archigos 4.1 and PLAD leaders: a spell joins the person already in office then."""
    rows = read("world_leaders_archigos_plad.csv")
    heads = _heads(b)
    country = {r["country_code"]: r["country"] for r in rows if r["country"]}
    country.update(ARCHIGOS_COUNTRIES)
    for r in rows:
        where = COUNTRIES.get(country.get(r["country_code"], "").lower()) or country.get(
            r["country_code"], ""
        )
        if not where:
            continue
        start, end = iso(r["start"]), iso(r["end"])
        if end in ("2015-12-31", "2024-07-29"):
            end = None  # "still in office when the data end"
        name = clean_name(r["full_name_dbpedia"] or r["leader"])
        born = r["yrborn"] if re.fullmatch(r"\d{4}", r["yrborn"] or "") else None
        if " " not in name or not latin(name) or "." in name.split()[0]:
            p = _head_by_surname(heads, name, where, start)
            if p is None and born:
                p = _minister_by_surname(b, name, where, born)
            if p is not None and not _head_at(p, where, start):
                b.role(p, LEADER, where, start, end)
            continue  # a surname alone ("Blair", "G.W. Bush") names nobody new
        p = b.same_person(name, where, born, (year(start), year(end)))
        if p is None:
            p = b.person(f"archigos-{slug(where)}-{slug(name)}", name, f)
        if born and not p["born"]:
            p["born"] = born
        if not _head_at(p, where, start):
            b.role(p, LEADER, where, start, end)
            heads[(where, _surname_slug(p["name"]))].append(p)


#: Archigos country codes whose country PLAD does not name.
ARCHIGOS_COUNTRIES = {
    "USA": "United States",
    "UKG": "United Kingdom",
    "FRN": "France",
    "GMY": "Germany",
    "GFR": "Germany",
    "JPN": "Japan",
    "ITA": "Italy",
    "SPN": "Spain",
    "GRC": "Greece",
    "BEL": "Belgium",
    "NTH": "Netherlands",
    "SWZ": "Switzerland",
    "RUS": "Russia",
    "CHN": "China",
    "CAN": "Canada",
    "MEX": "Mexico",
    "ECU": "Ecuador",
    "BOL": "Bolivia",
    "PAR": "Paraguay",
    "POR": "Portugal",
    "TUR": "Turkey",
    "AUL": "Australia",
    "NEW": "New Zealand",
    "IRE": "Ireland",
    "DEN": "Denmark",
    "NOR": "Norway",
    "SWD": "Sweden",
    "FIN": "Finland",
    "AUS": "Austria",
    "HUN": "Hungary",
    "POL": "Poland",
    "ARG": "Argentina",
    "BRA": "Brazil",
    "CHL": "Chile",
    "PER": "Peru",
    "COL": "Colombia",
    "VEN": "Venezuela",
    "URU": "Uruguay",
    "CUB": "Cuba",
    "HAI": "Haiti",
    "DOM": "Dominican Republic",
    "GUA": "Guatemala",
    "HON": "Honduras",
    "SAL": "El Salvador",
    "NIC": "Nicaragua",
    "COS": "Costa Rica",
    "PAN": "Panama",
    "EGY": "Egypt",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ISR": "Israel",
    "IND": "India",
    "PAK": "Pakistan",
    "THI": "Thailand",
    "ROK": "South Korea",
    "PRK": "North Korea",
    "ROM": "Romania",
    "BUL": "Bulgaria",
    "YUG": "Yugoslavia",
    "CZE": "Czech Republic",
    "AFG": "Afghanistan",
    "LEB": "Lebanon",
    "LIB": "Libya",
    "QAT": "Qatar",
    "CAM": "Cambodia",
    "LAO": "Laos",
    "ICE": "Iceland",
}


def _head_at(p: dict, where: str, day: str | None) -> bool:
    """Tell whether the person held a head's office in that country on that day."""
    for r in p["roles"]:
        if r["jurisdiction"] != where or not _is_head(r["office"], where):
            continue
        if day is None or ((r["from"] or "") <= day and (r["to"] is None or day < r["to"])):
            return True
    return False


def _surname_slug(name: str) -> str:
    words = name.replace(".", " ").split()
    return slug(words[-1]) if words else ""


def _heads(b: Builder) -> dict[tuple[str, str], list[dict]]:
    """Index everyone who held a head's office by (country, surname)."""
    heads: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in b.people.values():
        for where in {
            r["jurisdiction"] for r in p["roles"] if _is_head(r["office"], r["jurisdiction"])
        }:
            heads[(where, _surname_slug(p["name"]))].append(p)
    return heads


def _minister_by_surname(b: Builder, name: str, where: str, born: str) -> dict | None:
    """Return the one person of that country, surname and birth year: a leader's past.

    PLAD gives recent leaders by surname ("Kristersson", Sweden, born 1963); the
    office-holder files may know them only from an earlier post, with a birth date.
    """
    surname = _surname_slug(name)
    found = [
        p
        for pid in b.by_surname.get(surname, ())
        if (p := b.people[pid])["born"]
        and p["born"][:4] == born
        and any(r["jurisdiction"] == where for r in p["roles"])
    ]
    return found[0] if len(found) == 1 else None


def _head_by_surname(
    heads: dict[tuple[str, str], list[dict]], name: str, where: str, day: str | None
) -> dict | None:
    """Return the one head of that country on that day whose surname this is."""
    found = {
        p["id"]: p for p in heads.get((where, _surname_slug(name)), ()) if _head_at(p, where, day)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def parlgov(b: Builder) -> None:
    """Give heads of government their party from ParlGov cabinets ("Merkel III": CDU)."""
    heads = _heads(b)
    for r in read("parlgov_cabinet_parties_1901_2020.csv"):
        if r["party_is_prime_ministers"] != "1":
            continue
        where = COUNTRIES.get(r["country"].lower(), r["country"])
        surname = re.sub(r"\s+[IVX]+$", "", r["cabinet_name"]).split()[-1]
        start, end = iso(r["cabinet_start"]), iso(r["cabinet_end_derived"])
        p = _head_by_surname(heads, surname, where, start)
        if p is None:
            continue
        party = _parlgov_party(b, where, r)
        if party and not any(m["party"] == party for m in p["parties"]):
            b.member(p, party, start, end)


def _parlgov_party(b: Builder, where: str, r: dict[str, str]) -> str | None:
    """Return the registry party id of a ParlGov party, adding it under a name of its own."""
    for label in (r["party_name_english"], r["party_name"]):
        pid = PARTY_LABELS.get((where.lower(), label.lower()))
        if pid:
            return pid
    pid = f"parlgov-{r['party_id']}"
    if pid not in b.parties:
        name = r["party_name_english"] or r["party_name"]
        taken = {slug(n) for n, _, vs in b.parties.values()} | {
            slug(v) for _, _, vs in b.parties.values() for v in vs
        }
        if slug(name) in taken:
            name = f"{name} ({where})"  # "Labour Party" is a UK party to every other rule
        short = r["party_name_short"]
        variants = [short] if len(short) > 2 and slug(short) not in taken else []
        b.parties[pid] = (name, where, variants)
    return pid


def _is_head(position: str, *places: str) -> bool:
    """Heads of state or government only: "President", "Prime Minister of Japan"."""
    pos = position.lower()
    if pos in HEAD_POSITIONS or pos == LEADER.lower():
        return True
    head, _, rest = pos.partition(" of ")
    rest = rest.removeprefix("the ")
    return head in HEAD_POSITIONS and any(rest == p.lower().removeprefix("the ") for p in places)


# --- US states (openstates/people) ---------------------------------------------------

STATES = dict(
    line.split(" ", 1)
    for line in """al Alabama|ak Alaska|az Arizona|ar Arkansas|ca California|co Colorado
    |ct Connecticut|de Delaware|dc District of Columbia|fl Florida|ga Georgia|hi Hawaii
    |id Idaho|il Illinois|in Indiana|ia Iowa|ks Kansas|ky Kentucky|la Louisiana|me Maine
    |md Maryland|ma Massachusetts|mi Michigan|mn Minnesota|ms Mississippi|mo Missouri
    |mt Montana|ne Nebraska|nv Nevada|nh New Hampshire|nj New Jersey|nm New Mexico
    |ny New York|nc North Carolina|nd North Dakota|oh Ohio|ok Oklahoma|or Oregon
    |pa Pennsylvania|pr Puerto Rico|ri Rhode Island|sc South Carolina|sd South Dakota
    |tn Tennessee|tx Texas|ut Utah|vt Vermont|va Virginia|wa Washington|wv West Virginia
    |wi Wisconsin|wy Wyoming|gu Guam|vi Virgin Islands|as American Samoa
    |mp Northern Mariana Islands""".replace("\n", "").split("|")
)
STATES = {k.strip(): v.strip() for k, v in STATES.items()}
#: Offices of a state, written so that no title of a national office matches them.
STATE_OFFICES = {
    "upper": "{state} State Senator",
    "legislature": "{state} State Senator",
    "lower": "{state} State Representative",
    "governor": "Governor of {state}",
    "lt_governor": "Lieutenant Governor of {state}",
    "secretary of state": "{state} Secretary of State",
    "attorney general": "{state} Attorney General",
}


def states(b: Builder) -> int:
    """Add state legislators, governors and mayors from a checkout of openstates/people."""
    folder = SOURCES / "people" / "data"
    if not folder.is_dir():
        print(f"skipping US states: no {folder}", file=sys.stderr)
        return 0
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    count = 0
    for path in sorted(folder.glob("*/*/*.yml")):
        code, part = path.parent.parent.name, path.parent.name
        if code == "us" or part not in ("legislature", "executive", "retired", "municipalities"):
            continue
        entry = yaml.load(path.read_text(encoding="utf-8"))
        if not isinstance(entry, dict) or not entry.get("name") or not latin(entry["name"]):
            continue
        roles = [_state_role(r, code) for r in entry.get("roles") or []]
        roles = [r for r in roles if r]
        if not roles or " " not in entry["name"].strip():
            continue
        name = " ".join(entry["name"].split())
        born = iso(str(entry.get("birth_date") or ""))
        years = tuple(year(r[2]) for r in roles)
        p = b.same_person(name, "United States", born, years, need_birth=True, key=entry["id"])
        p = b.person(entry["id"], name, "states.yaml", p["id"] if p else "")
        p["born"] = p["born"] or born
        forms = [o.get("name", "") for o in entry.get("other_names") or [] if isinstance(o, dict)]
        b.add_names(p, *[n for n in forms if "," not in n and not re.search(r"\b\w\.", n)])
        for office, where, start, end in roles:
            b.role(p, office, where, start, end)
        for m in entry.get("party") or []:
            party = PARTY_LABELS.get(("united states", str(m.get("name", "")).lower()))
            b.member(
                p, party, iso(str(m.get("start_date") or "")), iso(str(m.get("end_date") or ""))
            )
        count += 1
    return count


def _state_role(r: dict, code: str) -> tuple[str, str, str | None, str | None] | None:
    state = STATES.get(code)
    kind = str(r.get("type", ""))
    if not state:
        return None
    start, end = iso(str(r.get("start_date") or "")), iso(str(r.get("end_date") or ""))
    if kind == "mayor":
        place = str(r.get("jurisdiction", "")).split("place:")[-1].split("/")[0]
        office = f"Mayor of {place.replace('_', ' ').title()}"
    elif kind in STATE_OFFICES:
        office = STATE_OFFICES[kind].format(state=state)
    else:
        office = f"{state} {kind.replace('_', ' ').title()}"
    if start and end and end < start:
        end = None
    return office, state, start, end


# --- Output --------------------------------------------------------------------------


def write_json(path: Path, key: str, entries: list[dict]) -> None:
    """Write a registry file as JSON, one entry a line: it is YAML too, and parses fast."""
    lines = [*HEADER.splitlines(), "{" + json.dumps(key) + ": ["]
    rows = [
        json.dumps(_compact(e) if isinstance(e, dict) else e, ensure_ascii=False) for e in entries
    ]
    lines.append(",\n".join(rows))
    lines.append("]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _compact(entry: dict) -> dict:
    """Drop empty fields, in the schema's order of keys."""
    out = {}
    for k, v in entry.items():
        if isinstance(v, dict):
            v = _compact(v)
        elif isinstance(v, list):
            v = [_compact(x) if isinstance(x, dict) else x for x in v]
        if v not in (None, "", [], {}):
            out[k] = v
    return out


def write_people(name: str, people: list[dict]) -> None:
    people = sorted(people, key=lambda p: (slug(p["name"]), p["id"]))
    write_json(OUT / name, "people", people)


def _day_first(day: str | None) -> str:
    """The first day a date of year or month precision can mean ("2021" -> "2021-01-01")."""
    return (day + "-01-01"[len(day) - 4 :]) if day else ""


def _day_last(day: str | None) -> str:
    """The last day it can mean ("2021" -> "2021-12-31"), as the registry reads a 'to'."""
    return (day + "-12-31"[len(day) - 4 :]) if day else "9999-12-31"


def merge_roles(roles: list[dict]) -> list[dict]:
    """Join terms of one office that overlap (sources repeat or split them)."""
    out: list[dict] = []
    for r in sorted(roles, key=lambda r: (r["office"], r["jurisdiction"], _day_first(r["from"]))):
        last = out[-1] if out else None
        if (
            last
            and (last["office"], last["jurisdiction"]) == (r["office"], r["jurisdiction"])
            and _day_first(r["from"]) < _day_last(last["to"])
        ):
            # An open end is "ongoing when that source was made": a known end wins.
            if last["to"] is None or (
                r["to"] is not None and _day_last(r["to"]) > _day_last(last["to"])
            ):
                last["to"] = r["to"] or last["to"]
            continue
        out.append(dict(r))
    return sorted(out, key=lambda r: r["from"] or "")


def merge_memberships(ms: list[dict]) -> list[dict]:
    """Join spells in one party that overlap, so no day has two memberships of it."""
    out: list[dict] = []
    for m in sorted(ms, key=lambda m: (m["party"], m["from"] or "")):
        last = out[-1] if out else None
        if last and last["party"] == m["party"] and (m["from"] or "") <= (last["to"] or "9999"):
            if last["to"] is not None and (m["to"] is None or m["to"] > last["to"]):
                last["to"] = m["to"]
            continue
        out.append(dict(m))
    return sorted(out, key=lambda m: m["from"] or "")


def _one_person(a: dict, b: dict) -> bool:
    """Tell whether two entries of one name are one person: a country, a life in common."""
    if a["born"] and b["born"] and a["born"][:4] != b["born"][:4]:
        return False
    return bool(_places(a) & _places(b)) and _same_life(
        a, tuple(year(r["from"]) for r in b["roles"]) + tuple(year(r["to"]) for r in b["roles"])
    )


_STATE_NAMES = frozenset(STATES.values())
_SEAT = re.compile(r"^(?:Senator|Representative) from ([A-Z]{2})$")


def _places(p: dict) -> set[str]:
    """Where a person held office, a US state for its legislators and for its members of
    Congress: two Barbara Lees, one in Congress for California and one in North
    Carolina's house, are two people."""
    out = set()
    for r in p["roles"]:
        seat = _SEAT.match(r["office"])
        if seat:
            out.add(STATES.get(seat.group(1).lower(), seat.group(1)))
        elif r["jurisdiction"] in ("Scotland", "Wales"):
            out.add("United Kingdom")
        else:
            out.add(r["jurisdiction"])
    return out


def _latest(p: dict) -> int:
    """The last year the person is known to have been in public life."""
    years = [year(r["to"] or r["from"]) or 0 for r in p["roles"]]
    return max(years, default=0)


def _party_order(item: tuple[str, tuple[str, str, list[str]]]) -> tuple[bool, str]:
    """The parties written for newslint first: their names are the ones stories use."""
    return (item[0] not in PARTIES, item[0])


def write_surnames(b: Builder) -> None:
    """List real surnames of people outside the registry, so they are never "corrected"."""
    known = {_last(n) for p in b.people.values() for n in (p["name"], *p["variants"])}
    found: set[str] = set()
    for r in read("us_congress_historical_members_last_term_2023.csv"):
        found.add(r["last_name"])
    for r in read("world_officeholders_21c_wikidata.csv"):
        for n in (r["person"], r["enwiki"]):
            if re.fullmatch(r"[A-Za-z .'\-]+", n or "") and " " in n:
                found.add(_last(re.sub(r"\s*\(.*\)", "", n)))
    for r in read("uk_ministers_ifg_1979_2026.csv"):
        found.add(r["short_name"])
    words = sorted({w for w in found if len(w) > 2 and w.isalpha() and w[0].isupper()} - known)
    # Surnames of real people outside the registry: never reported as misspellings.
    write_json(OUT / "surnames.yaml", "known-surnames", words)


def _last(name: str) -> str:
    words = [
        w
        for w in name.replace(",", " ").split()
        if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")
    ]
    return words[-1] if words else ""


HEADER = (
    "# Generated by scripts/build_registry.py from public data; see ATTRIBUTION.md.\n"
    "# Do not edit by hand: add a newsroom registry file instead (later files override by id)."
)


def main() -> int:
    if not DATA.is_dir():
        print(f"no data folder {DATA} (set NEWSLINT_SHARED)", file=sys.stderr)
        return 2
    b = Builder()
    us(b)
    uk(b)
    world(b)
    states(b)
    OUT.mkdir(parents=True, exist_ok=True)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for pid, p in b.people.items():
        for r in p["roles"]:
            if r["from"] and r["to"] and r["to"] < r["from"]:
                r["to"] = None
        p["roles"] = merge_roles(p["roles"])
        p["parties"] = merge_memberships(p["parties"])
        by_file[b.file_of[pid]].append(p)
    owners = registry_names.Owners()
    # The people in the news now keep their names: a minister of 2025 before a
    # congressman of 1830 of the same name and no known birth date.
    everyone = sorted(b.people.values(), key=_latest, reverse=True)
    kept, merged, dropped = registry_names.people(everyone, owners, _one_person)
    by_file = defaultdict(list)
    for p in kept:
        p["roles"] = merge_roles(p["roles"])
        p["parties"] = merge_memberships(p["parties"])
        by_file[b.file_of[p["id"]]].append(p)
    for name, people in by_file.items():
        write_people(name, people)
    parties = [
        {"id": pid, "name": name, "country": country, "variants": list(variants)}
        for pid, (name, country, variants) in sorted(b.parties.items(), key=_party_order)
    ]
    parties = registry_names.bodies(parties, owners, "variants")
    write_json(OUT / "parties.yaml", "parties", sorted(parties, key=lambda p: p["id"]))
    write_surnames(b)
    orgs = registry_organisations.build(SOURCES)
    kept = registry_names.bodies(list(orgs.items.values()), owners)
    orgs.items = {o["id"]: o for o in kept}
    write_json(OUT / "organisations.yaml", "organisations", registry_organisations.entries(orgs))
    counts = {k: len(v) for k, v in sorted(by_file.items())}
    print(f"people: {sum(counts.values())} {counts}; merged by name: {b.merged_by_name}")
    print(f"same name, no birth date to tell apart: {merged} merged, {dropped} dropped")
    print(f"parties: {len(b.parties)}; organisations: {registry_organisations.summary(orgs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
