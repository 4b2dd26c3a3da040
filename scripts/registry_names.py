"""Give every name of the shipped registry one owner, unless birth dates tell owners apart.

Two entries sharing a name with nothing to tell them apart make a lookup by that name
ambiguous, and ``newslint registry check`` warns about them. Sources repeat people
(a state legislator who went to Congress has no birth date in one of them) and give
many bodies one name ("Socialist Party" in thirty countries). Entries are taken in
order of trust: a later entry loses a name an earlier one holds, takes a longer form
of its own name (with the middle name, or the country), or, when none is left, is
dropped. People with different birth dates keep a shared name: that is how the
rules tell namesakes apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from newslint.registry.normalise import key


def _born(value: str | None) -> dt.date | None:
    """Read a birth date as the registry does: a year or year-month is its first day."""
    if not value:
        return None
    text = str(value)
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    return dt.date.fromisoformat(text)


class Owners:
    """Names taken so far, each with its owners' birth dates (None: unknown) and entries."""

    def __init__(self) -> None:
        self.taken: dict[str, list[tuple[dt.date | None, dict | None]]] = {}

    def free(self, name: str, born: dt.date | None = None) -> bool:
        """Tell whether an entry born on that day (None: a body, or unknown) may use a name."""
        owners = self.taken.get(key(name))
        if owners is None:
            return True
        return born is not None and all(o is not None and o != born for o, _ in owners)

    def holders(self, name: str) -> list[dict]:
        return [e for _, e in self.taken.get(key(name), ()) if e is not None]

    def take(self, name: str, born: dt.date | None = None, entry: dict | None = None) -> None:
        self.taken.setdefault(key(name), []).append((born, entry))


def people(
    entries: Iterable[dict], owners: Owners, same: Callable[[dict, dict], bool]
) -> tuple[list[dict], int, int]:
    """Return the people who keep a name of their own, how many were merged and dropped.

    A later entry whose name an earlier one holds is merged into it when ``same``
    says they are one person (one country, one life); else it takes a longer form
    of its name, or is dropped.
    """
    kept, merged, dropped = [], 0, 0
    for p in entries:
        born = _born(p["born"])
        if not owners.free(p["name"], born):
            twin = [o for o in owners.holders(p["name"]) if same(o, p)]
            if len(twin) == 1:
                _merge(twin[0], p, owners)
                merged += 1
                continue
        if not owners.free(p["name"], born):
            _yield_variant(owners, p["name"])
        others = [n for n in (*p["aliases"], *p["variants"]) if owners.free(n, born)]
        if not owners.free(p["name"], born):
            longer = [n for n in others if len(n) > len(p["name"])]
            if not longer:
                dropped += 1
                continue
            p["name"] = max(longer, key=len)
        p["aliases"] = [n for n in p["aliases"] if n in others and n != p["name"]]
        p["variants"] = [n for n in p["variants"] if n in others and n != p["name"]]
        for n in {key(n): n for n in (p["name"], *p["aliases"], *p["variants"])}.values():
            owners.take(n, born, p)
        kept.append(p)
    return kept, merged, dropped


def _yield_variant(owners: Owners, name: str) -> None:
    """Give a name back when earlier entries hold it only as another form of theirs.

    A person's own name outranks someone else's variant of it: Michael Howard, a
    British home secretary, keeps his name although a Minnesota legislator called
    Mike Howard, listed first, is also written "Michael Howard".
    """
    holders = owners.taken.get(key(name), [])
    if not holders or any(e is None or key(e["name"]) == key(name) for _, e in holders):
        return
    for _, entry in holders:
        for field in ("aliases", "variants"):
            entry[field] = [n for n in entry.get(field) or [] if key(n) != key(name)]
    del owners.taken[key(name)]


def _merge(into: dict, p: dict, owners: Owners) -> None:
    """Give one person the roles, parties, names and dates a second entry of them has."""
    into["roles"] += [r for r in p["roles"] if r not in into["roles"]]
    into["parties"] += [m for m in p["parties"] if m not in into["parties"]]
    into["born"] = into["born"] or p["born"]
    into["died"] = into["died"] or p["died"]
    born = _born(into["born"])
    for n in (p["name"], *p["aliases"], *p["variants"]):
        if owners.free(n, born):
            into["variants"].append(n)
            owners.take(n, born, into)


def bodies(entries: Iterable[dict], owners: Owners, names: str = "aliases") -> list[dict]:
    """Return the parties and organisations that keep a name of their own.

    A body whose name is taken is named with its country ("Labour Party (Ireland)"),
    else dropped; ``names`` is the key of its other names ("aliases", "variants").
    """
    kept = []
    for o in entries:
        if not owners.free(o["name"]) and not _same_party(o, owners.holders(o["name"])):
            qualified = f"{o['name']} ({o['country']})" if o.get("country") else ""
            if not qualified or not owners.free(qualified):
                continue
            o["name"] = qualified
        o[names] = [
            n
            for n in dict.fromkeys(o.get(names) or [])
            if owners.free(n) or _same_party(o, owners.holders(n))
        ]
        o[names] = [n for n in o[names] if key(n) != key(o["name"])]
        for n in {key(n): n for n in (o["name"], *o[names])}.values():
            owners.take(n, None, o)
        kept.append(o)
    return kept


def _same_party(body: dict, holders: list[dict]) -> bool:
    """Tell whether a party body is the party label of its country that holds its name.

    The registry knows a party twice: as the label stories give politicians
    (parties.yaml) and as a body stories misspell ("Bharatiya Janta Party"). Both
    keep the name; any other holder makes the name another body's.
    """
    return (
        body.get("kind") == "party"
        and bool(holders)
        and all("kind" not in h and h.get("country") == body.get("country") for h in holders)
    )
