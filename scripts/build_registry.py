"""Build the shipped registry (rules/registry/*.yaml) from ../shared/data/officeholders.

Re-runnable: the output depends only on the input CSVs. Run it as
    NEWSLINT_SHARED=/path/to/shared python scripts/build_registry.py
Only sources whose licence allows redistribution are used (see ATTRIBUTION.md).
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
OUT = ROOT / "rules" / "registry"

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
}
PARTY_LABELS = {
    ("united states", "democrat"): "us-democratic",
    ("united states", "democratic"): "us-democratic",
    ("united states", "democratic party"): "us-democratic",
    ("united states", "republican"): "us-republican",
    ("united states", "republican party"): "us-republican",
    ("united kingdom", "conservative"): "uk-conservative",
    ("united kingdom", "conservative party"): "uk-conservative",
    ("united kingdom", "labour"): "uk-labour",
    ("united kingdom", "labour party"): "uk-labour",
    ("united kingdom", "liberal democrat"): "uk-liberal-democrats",
    ("united kingdom", "liberal democrats"): "uk-liberal-democrats",
    ("united kingdom", "scottish national party"): "uk-snp",
    ("japan", "liberal democratic party"): "jp-ldp",
    ("germany", "christian democratic union"): "de-cdu",
    ("european union", "christian democratic union"): "de-cdu",
    ("germany", "social democratic party"): "de-spd",
    ("canada", "liberal party of canada"): "ca-liberal",
}
NOT_PARTIES = {"", "no party", "independent", "crossbench", "non-affiliated", "none", "nonpartisan"}
#: Congress members who served from the 95th Congress (1977) on: the period the
#: cabinet data covers, and enough for today's news without bloating the registry.
FIRST_CONGRESS = 95
COUNTRIES = {"united states of america": "United States", "the philippines": "Philippines"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def iso(value: str) -> str | None:
    value = (value or "").strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    try:
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return None
    return value


class Builder:
    """Collect people from every source, merged by a stable key (Wikidata id where known)."""

    def __init__(self) -> None:
        self.people: dict[str, dict] = {}
        self.alias_of: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.parties: dict[str, tuple[str, str, list[str]]] = dict(PARTIES)
        self.file_of: dict[str, str] = {}

    def person(self, pid: str, name: str, file: str, *keys: str) -> dict:
        if pid not in self.alias_of and not any(k in self.alias_of for k in keys if k):
            same = self.by_name.get(slug(name), set())
            if len(same) == 1:
                keys = (*keys, next(iter(same)))
        pid = next((self.alias_of[k] for k in (pid, *keys) if k and k in self.alias_of), pid)
        for k in (pid, *keys):
            if k:
                self.alias_of[k] = pid
        if pid not in self.people:
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
        return self.people[pid]

    def add_names(self, p: dict, *names: str) -> None:
        seen = {slug(n) for n in (p["name"], *p["aliases"], *p["variants"])}
        for n in names:
            n = " ".join((n or "").split())
            if n and slug(n) not in seen and len(n) > 2:
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
    names = {r["bioguide_id"]: r for r in read("us_congress_historical_members_last_term_2023.csv")}
    spans: dict[tuple[str, str, str], list] = {}
    rows = [
        r
        for r in read("us_congress_members_by_congress_1919_2023.csv")
        if int(r["congress"]) >= FIRST_CONGRESS
    ]
    rows = sorted(rows, key=lambda r: (r["bioguide_id"], int(r["congress"])))
    for r in rows:
        bio = r["bioguide_id"]
        key = f"bioguide-{bio}"
        if key in b.alias_of:
            p = b.people[b.alias_of[key]]
        else:
            h = names.get(bio)
            if h:
                full = " ".join(x for x in (h["first_name"], h["middle_name"], h["last_name"]) if x)
                p = b.person(
                    key, " ".join(x for x in (h["first_name"], h["last_name"], h["suffix"]) if x), f
                )
                _us_names(
                    b,
                    p,
                    h["first_name"],
                    h["middle_name"],
                    h["last_name"],
                    h["suffix"],
                    h["nickname"],
                    "",
                )
                b.add_names(p, full)
            else:
                p = b.person(key, _bioname(r["bioname"]), f)
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
    for r in read("us_cabinet_turnover_1977_2023.csv"):
        cands = b.by_name.get(slug(r["appointee"]), set())
        p = (
            b.people[next(iter(cands))]
            if len(cands) == 1
            else b.person(f"us-cabinet-{slug(r['appointee'])}", r["appointee"], f)
        )
        b.role(p, r["position"], "United States", iso(r["start"]), iso(r["end"]))


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


def uk(b: Builder) -> None:
    f = "uk.yaml"
    for r in read("uk_ministers_ifg_1979_2026.csv"):
        p = b.person(f"ifg-{r['person_id']}", r["name"], f)
        b.add_names(p, *[a for a in r["aliases"].split("|") if a])
        b.role(p, r["post"], "United Kingdom", iso(r["start"]), iso(r["end"]))
        b.member(
            p, b.party_id("United Kingdom", r["party_at_start"]), iso(r["start"]), iso(r["end"])
        )


def world(b: Builder) -> None:
    f = "world.yaml"
    for r in read("world_officeholders_21c_wikidata.csv"):
        pos = r["position"]
        where = COUNTRIES.get(r["jurisdiction"].lower(), r["jurisdiction"])
        if not _is_head(pos, r["jurisdiction"], where):
            continue
        if not re.search(r"[A-Za-z]", r["person"] + r["enwiki"]):
            continue  # a name English copy never spells this way
        p = b.person(
            r["person_qid"], r["person"] if re.search(r"[A-Za-z]", r["person"]) else r["enwiki"], f
        )
        b.add_names(p, r["enwiki"])
        p["born"] = p["born"] or iso(r["dob"])
        p["died"] = p["died"] or iso(r["dod"])
        b.role(p, pos, where, iso(r["start"]), iso(r["end"]))
    for r in read("world_leaders_2021_wikidata.csv"):
        label = r["positionLabel"]
        office = label.split(" of ")[0] if " of " in label else label
        p = b.person(r["officeholder"], r["officeholderLabel"], f)
        if not any(
            x["jurisdiction"] == r["country"] and x["office"].lower() == office.lower()
            for x in p["roles"]
        ):
            b.role(
                p,
                office[:1].upper() + office[1:],
                r["country"],
                iso(r["start_year"]),
                iso(r["end_year"]),
            )
    for r in read("recent_heads_2024_2025.csv"):
        cands = b.by_name.get(slug(SAME_PERSON.get(r["person"], r["person"])), set())
        p = (
            b.people[next(iter(cands))]
            if len(cands) == 1
            else b.person(f"recent-{slug(r['person'])}", r["person"], f)
        )
        p["born"] = p["born"] or iso(r["dob"])
        b.add_names(p, r["person"])
        office = re.sub(r" of (the )?" + re.escape(r["jurisdiction"]) + "$", "", r["position"])
        b.role(p, office, r["jurisdiction"], iso(r["start"]), iso(r["end"]))
        b.member(p, b.party_id(r["jurisdiction"], r["party"]), iso(r["start"]), iso(r["end"]))
        if r["person"] == "Luiz Inácio Lula da Silva":
            b.add_names(p, "Lula", "Lula da Silva")
        if r["person"] == "Volodymyr Zelensky":
            b.add_names(p, "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")


#: Spellings in the 2024-2025 file of people the Wikidata files name otherwise.
SAME_PERSON = {"Volodymyr Zelensky": "Volodymyr Zelenskyy"}


def _is_head(position: str, *places: str) -> bool:
    """Heads of state or government only: "President", "Prime Minister of Japan"."""
    pos = position.lower()
    if pos in HEAD_POSITIONS:
        return True
    head, _, rest = pos.partition(" of ")
    rest = rest.removeprefix("the ")
    return head in HEAD_POSITIONS and any(rest == p.lower().removeprefix("the ") for p in places)


ORGANISATIONS = [
    ("nato", "NATO", ["North Atlantic Treaty Organization"]),
    ("un", "United Nations", ["UN", "U.N."]),
    ("eu", "European Union", ["EU"]),
    ("european-commission", "European Commission", []),
    ("imf", "International Monetary Fund", ["IMF"]),
    ("world-bank", "World Bank", []),
    ("who", "World Health Organization", ["WHO"]),
    ("wto", "World Trade Organization", ["WTO"]),
    ("opec", "OPEC", ["Organization of the Petroleum Exporting Countries"]),
    ("federal-reserve", "Federal Reserve", ["the Fed"]),
    ("bank-of-england", "Bank of England", []),
    ("bank-of-japan", "Bank of Japan", ["BoJ"]),
]


def q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def flow(d: dict) -> str:
    items = [f"{k}: {v if k in ('from', 'to') else q(v)}" for k, v in d.items() if v]
    return "{" + ", ".join(items) + "}"


def write_people(name: str, people: list[dict], header: str) -> None:
    lines = [header, "people:"]
    for p in sorted(people, key=lambda p: (slug(p["name"]), p["id"])):
        lines.append(f"  - id: {q(p['id'])}")
        lines.append(f"    name: {q(p['name'])}")
        for k in ("aliases", "variants"):
            if p[k]:
                lines.append(f"    {k}: [{', '.join(q(v) for v in p[k])}]")
        for k in ("born", "died"):
            if p[k]:
                lines.append(f"    {k}: {p[k]}")
        for k in ("parties", "roles"):
            if p[k]:
                lines.append(f"    {k}:")
                lines.extend(f"      - {flow(x)}" for x in p[k])
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def merge_roles(roles: list[dict]) -> list[dict]:
    """Join terms of one office that overlap (sources repeat or split them)."""
    out: list[dict] = []
    far = "9999-12-31"
    for r in sorted(roles, key=lambda r: (r["office"], r["jurisdiction"], r["from"] or "")):
        last = out[-1] if out else None
        if (
            last
            and (last["office"], last["jurisdiction"]) == (r["office"], r["jurisdiction"])
            and (r["from"] or "") < (last["to"] or far)
        ):
            if last["to"] is not None and (r["to"] is None or r["to"] > last["to"]):
                last["to"] = r["to"]
            continue
        out.append(dict(r))
    return sorted(out, key=lambda r: r["from"] or "")


def write_surnames(b: Builder, header: str) -> None:
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
    lines = [
        header,
        "# Surnames of real people outside the registry: never reported as misspellings.",
        "known-surnames:",
    ]
    lines += [f"  - {q(w)}" for w in words]
    (OUT / "surnames.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _last(name: str) -> str:
    words = [
        w
        for w in name.replace(",", " ").split()
        if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")
    ]
    return words[-1] if words else ""


def main() -> int:
    if not DATA.is_dir():
        print(f"no data folder {DATA} (set NEWSLINT_SHARED)", file=sys.stderr)
        return 2
    b = Builder()
    us(b)
    uk(b)
    world(b)
    OUT.mkdir(parents=True, exist_ok=True)
    header = "# Generated by scripts/build_registry.py from ../shared/data/officeholders; see ATTRIBUTION.md.\n# Do not edit by hand: add a newsroom registry file instead (later files override by id)."
    by_file: dict[str, list[dict]] = defaultdict(list)
    for pid, p in b.people.items():
        for r in p["roles"]:
            if r["from"] and r["to"] and r["to"] < r["from"]:
                r["to"] = None
        p["roles"] = merge_roles(p["roles"])
        by_file[b.file_of[pid]].append(p)
    for name, people in by_file.items():
        write_people(name, people, header)
    lines = [header, "parties:"]
    for pid, (name, country, variants) in sorted(b.parties.items()):
        lines.append(
            f"  - {{id: {q(pid)}, name: {q(name)}, country: {q(country)}"
            + (f", variants: [{', '.join(q(v) for v in variants)}]" if variants else "")
            + "}"
        )
    lines.append("organisations:")
    for oid, name, aliases in ORGANISATIONS:
        lines.append(
            f"  - {{id: {q(oid)}, name: {q(name)}"
            + (f", aliases: [{', '.join(q(a) for a in aliases)}]" if aliases else "")
            + "}"
        )
    (OUT / "parties.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_surnames(b, header)
    print({k: len(v) for k, v in by_file.items()}, len(b.parties), "parties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
