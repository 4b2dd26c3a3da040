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
from collections.abc import Iterable, Iterator
from typing import Any

from newslint.errors import InputError
from newslint.registry.schema import DATE_HELP, RegistryError, check_entry, iso_date

_SPLIT = re.compile(r"\s*\|\s*")
#: Line breaks and other control characters: no name, office or date holds one.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
COLUMNS = (
    "id name aliases variants misspellings born died office jurisdiction from to party".split()
)
_NAMES = ("aliases", "variants", "misspellings")
_DATES = ("born", "died", "from", "to")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _person(ident: str, name: str) -> dict[str, Any]:
    return {"id": ident or _slug(name), "name": name, "roles": [], "parties": []}


def from_csv(text: str, path: str) -> list[dict[str, Any]]:
    """Read people from a CSV with a header row, refusing the first row that is wrong.

    Every cell is checked before anything is returned: an unknown column, a row
    without a name, a date that is not a date, a line break inside a cell, a ``to``
    before its ``from`` or one id given two names is an error naming the CSV line.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    people: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    header: list[str] | None = None
    end = 0
    try:
        for cells in reader:
            line, end = end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _header(cells, path, line)
                continue
            row = _row(header, cells, path, line)
            ident = row["id"] or _slug(row["name"])
            if not ident:
                raise InputError(f"name {row['name']!r} gives no id; add an 'id'", path, line)
            _add(people.setdefault(ident, _person(ident, row["name"])), row, path, line, lines)
            lines.setdefault(ident, line)
    except csv.Error as exc:
        raise InputError(f"not CSV: {exc}", path, reader.line_num) from None
    if header is None:
        raise InputError("CSV needs a header row with at least a 'name' column", path, 1)
    return validated(people.values(), path, lines)


def _header(cells: list[str], path: str, line: int) -> list[str]:
    header = [c.strip().lower() for c in cells]
    for column in header:
        if column not in COLUMNS:
            known = ", ".join(COLUMNS)
            raise InputError(f"unknown column {column!r} (known: {known})", path, line)
    twice = next((c for c in header if header.count(c) > 1), None)
    if twice:
        raise InputError(f"column {twice!r} appears twice", path, line)
    if "name" not in header:
        raise InputError("CSV needs a header row with at least a 'name' column", path, line)
    return header


def _row(header: list[str], cells: list[str], path: str, line: int) -> dict[str, str]:
    if len(cells) > len(header):
        raise InputError(
            f"{len(cells)} cells but the header names {len(header)} columns", path, line
        )
    row = dict.fromkeys(COLUMNS, "")
    for column, cell in zip(header, cells, strict=False):
        value = cell.strip()
        bad = _CONTROL.search(value)
        if bad:
            what = (
                "a line break" if bad.group() in "\n\r\x85\u2028\u2029" else "a control character"
            )
            raise InputError(f"{column!r} holds {what}", path, line)
        row[column] = value
    if not row["name"]:
        raise InputError("row without a name", path, line)
    for column in _DATES:
        if row[column]:
            try:
                iso_date(row[column])
            except ValueError:
                raise InputError(
                    f"{column!r} must be {DATE_HELP}, not {row[column]!r}", path, line
                ) from None
    if row["from"] and row["to"] and iso_date(row["to"], True) < iso_date(row["from"]):
        raise InputError(f"'to' ({row['to']}) is before 'from' ({row['from']})", path, line)
    if (row["from"] or row["to"]) and not (row["office"] or row["party"]):
        raise InputError("'from' and 'to' date an office or a party: give one", path, line)
    if row["jurisdiction"] and not row["office"]:
        raise InputError("'jurisdiction' without an 'office'", path, line)
    return row


def _add(
    p: dict[str, Any], row: dict[str, str], path: str, line: int, lines: dict[str, int]
) -> None:
    """Add one row to its person: more names, a role, a party membership."""
    first = lines.get(p["id"])
    if row["name"] != p["name"]:
        raise InputError(
            f"id {p['id']!r} is {p['name']!r} on line {first} but {row['name']!r} here", path, line
        )
    for k in _NAMES:
        extra = [v for v in _SPLIT.split(row[k]) if v]
        p[k] = list(dict.fromkeys([*p.get(k, []), *extra]))
    for k in ("born", "died"):
        if row[k] and p.get(k) and p[k] != row[k]:
            raise InputError(
                f"{k!r} of {p['id']!r} is {p[k]} on line {first} but {row[k]} here", path, line
            )
        p[k] = p.get(k) or row[k] or None
    dates = {"from": row["from"] or None, "to": row["to"] or None}
    if row["office"]:
        p["roles"].append({"office": row["office"], "jurisdiction": row["jurisdiction"], **dates})
    if row["party"]:
        p["parties"].append({"party": row["party"], **dates})


def validated(
    people: Iterable[dict[str, Any]], path: str, lines: dict[str, int] | None = None
) -> list[dict[str, Any]]:
    """Check each person as ``registry check`` will, naming the input line when known.

    The importers build entries from outside data; this is the last word before
    anything is written, so what is written always loads.
    """
    out = list(people)
    for person in out:
        try:
            check_entry("people", person, path)
        except RegistryError as exc:
            line = (lines or {}).get(str(person.get("id")))
            who = f"{person.get('name') or person.get('id')!s}"
            raise InputError(f"{who}: {exc.message}", path, line) from None
    return out


def from_jsonl(text: str, path: str) -> list[dict[str, Any]]:
    """Read one person per line, in the registry schema."""
    out = []
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", path, number) from None
        if not isinstance(item, dict) or not item.get("name"):
            raise InputError("each line must be an object with a 'name'", path, number)
        item.setdefault("id", _slug(str(item["name"])))
        lines.setdefault(str(item["id"]), number)
        out.append(item)
    return validated(out, path, lines)


def from_wikidata(text: str, path: str) -> list[dict[str, Any]]:
    """Read people from a Wikidata entity dump or a query-service JSON download."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path, exc.lineno) from None
    try:
        return validated(_wikidata(data, path), path)
    except (AttributeError, TypeError, KeyError) as exc:
        raise InputError(f"not a Wikidata entity dump or query result ({exc})", path) from None


def _wikidata(data: Any, path: str) -> list[dict[str, Any]]:
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
