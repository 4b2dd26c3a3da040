"""Turn a newsroom's list (CSV, JSON Lines) or a Wikidata export into registry entries.

CSV columns (header row; only ``name`` is required): id, name, aliases, variants,
misspellings (``|``-separated), born, died, office, jurisdiction, from, to, party.
Rows with the same id add roles to one person. JSON Lines: one person per line in
the registry schema. Wikidata: an entity dump (``{"entities": {...}}`` or a list of
entities) or the JSON a query service download gives (``item``, ``itemLabel``,
``positionLabel``, ``start``, ``end``, ``partyLabel``, ``countryLabel``, ``dob``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from newslint.errors import InputError

_SPLIT = re.compile(r"\s*\|\s*")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _person(ident: str, name: str) -> dict[str, Any]:
    return {"id": ident or _slug(name), "name": name, "roles": [], "parties": []}


def from_csv(text: str, path: str) -> list[dict[str, Any]]:
    """Read people from a CSV with a header row."""
    people: dict[str, dict[str, Any]] = {}
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise InputError("CSV needs a header row with at least a 'name' column", path, 1)
    for row in reader:
        row = {k: (v or "").strip() for k, v in row.items() if k}
        if not row.get("name"):
            raise InputError("row without a name", path, reader.line_num)
        p = people.setdefault(
            row.get("id") or _slug(row["name"]), _person(row.get("id", ""), row["name"])
        )
        for k in ("aliases", "variants", "misspellings"):
            extra = [v for v in _SPLIT.split(row.get(k, "")) if v]
            p[k] = list(dict.fromkeys([*p.get(k, []), *extra]))
        for k in ("born", "died"):
            p[k] = p.get(k) or row.get(k) or None
        if row.get("office"):
            role = {"office": row["office"], "jurisdiction": row.get("jurisdiction", "")}
            role.update({"from": row.get("from") or None, "to": row.get("to") or None})
            p["roles"].append(role)
        if row.get("party"):
            p["parties"].append(
                {
                    "party": row["party"],
                    "from": row.get("from") or None,
                    "to": row.get("to") or None,
                }
            )
    return list(people.values())


def from_jsonl(text: str, path: str) -> list[dict[str, Any]]:
    """Read one person per line, in the registry schema."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", path, number) from None
        if not isinstance(item, dict) or not item.get("name"):
            raise InputError("each line must be an object with a 'name'", path, number)
        item.setdefault("id", _slug(item["name"]))
        out.append(item)
    return out


def from_wikidata(text: str, path: str) -> list[dict[str, Any]]:
    """Read people from a Wikidata entity dump or a query-service JSON download."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path, exc.lineno) from None
    if isinstance(data, dict) and "entities" in data:
        return [_entity(e) for e in data["entities"].values() if _label(e)]
    if isinstance(data, dict) and "results" in data:
        data = [{k: v.get("value") for k, v in b.items()} for b in data["results"]["bindings"]]
    if isinstance(data, list) and data and isinstance(data[0], dict) and "labels" in data[0]:
        return [_entity(e) for e in data if _label(e)]
    if isinstance(data, list):
        return list(_rows(data, path))
    raise InputError("not a Wikidata entity dump or query result", path)


def _label(entity: dict[str, Any]) -> str:
    return str(entity.get("labels", {}).get("en", {}).get("value", ""))


def _qid(value: Any) -> str:
    return str(value).rsplit("/", 1)[-1] if value else ""


def _time(value: Any) -> str | None:
    m = re.match(r"[+]?(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not m:
        return None
    y, mo, d = m.groups()
    return y if mo == "00" else f"{y}-{mo}" if d == "00" else f"{y}-{mo}-{d}"


def _claims(entity: dict[str, Any], prop: str) -> Iterator[dict[str, Any]]:
    yield from entity.get("claims", {}).get(prop, [])


def _value(claim: dict[str, Any]) -> Any:
    return claim.get("mainsnak", {}).get("datavalue", {}).get("value")


def _qualifier(claim: dict[str, Any], prop: str) -> str | None:
    for q in claim.get("qualifiers", {}).get(prop, []):
        return _time((q.get("datavalue") or {}).get("value", {}).get("time"))
    return None


def _entity(e: dict[str, Any]) -> dict[str, Any]:
    p = _person(e.get("id", ""), _label(e))
    p["aliases"] = [a["value"] for a in e.get("aliases", {}).get("en", [])]
    for prop, k in (("P569", "born"), ("P570", "died")):
        for c in _claims(e, prop):
            p[k] = _time((_value(c) or {}).get("time"))
    for c in _claims(e, "P39"):
        office = (_value(c) or {}).get("id", "")
        p["roles"].append(
            {
                "office": office,
                "jurisdiction": "",
                "from": _qualifier(c, "P580"),
                "to": _qualifier(c, "P582"),
            }
        )
    for c in _claims(e, "P102"):
        party = (_value(c) or {}).get("id", "")
        p["parties"].append(
            {"party": party, "from": _qualifier(c, "P580"), "to": _qualifier(c, "P582")}
        )
    return p


def _rows(rows: list[Any], path: str) -> Iterator[dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for row in rows:
        if not isinstance(row, dict) or not (row.get("itemLabel") or row.get("name")):
            raise InputError("each result needs 'item' and 'itemLabel'", path)
        name = row.get("itemLabel") or row["name"]
        ident = _qid(row.get("item")) or _slug(name)
        p = people.setdefault(ident, _person(ident, name))
        p["born"] = p.get("born") or _time(row.get("dob") or row.get("born"))
        office = row.get("positionLabel") or row.get("office")
        if office:
            role = {
                "office": office,
                "jurisdiction": row.get("countryLabel") or row.get("jurisdiction") or "",
                "from": _time(row.get("start")),
                "to": _time(row.get("end")),
            }
            if role not in p["roles"]:
                p["roles"].append(role)
        party = row.get("partyLabel") or row.get("party")
        if party and party not in [m["party"] for m in p["parties"]]:
            p["parties"].append({"party": party})
    yield from people.values()


READERS = {"csv": from_csv, "jsonl": from_jsonl, "wikidata": from_wikidata}
