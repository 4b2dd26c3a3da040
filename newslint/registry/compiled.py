"""The compiled registry: entities packed for fast loading, with name indexes.

Matching never loops over the registry. A name is found by binary search on its
key; a misspelt surname by its one-deletion neighbourhood (which also covers a
swap of two neighbouring letters), then scored with rapidfuzz.
"""

from __future__ import annotations

import datetime as dt
import marshal
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from newslint.claims.persons import TITLES
from newslint.registry.model import Entity, Membership, Organisation, Party, Person, Role
from newslint.registry.normalise import country, deletes, key, office_keys, surname
from newslint.registry.schema import Record
from newslint.registry.table import Strings, Table

TABLES = (
    "names",
    "misspellings",
    "ids",
    "surnames",
    "deletes",
    "offices",
    "places",
    "known",
    "givens",
    "orgmasks",
    "orgdeletes",
    "prominent",
    "orgfirst",
    "holders2",
)
#: Words of organisations' names a misspelling is never looked for in.
ORG_FUNCTION_WORDS = frozenset(
    "of and the for on in at to de du des la le del di da van von &".split()
)
#: Shortest word of an organisation's name whose misspelling is looked for.
ORG_MIN_WORD = 5
#: Most words of an organisation's name whose misspellings are indexed.
ORG_MAX_WORDS = 7
_PARTY_SUFFIXES = ("-aligned", "-led", "-leaning", "-backed", " aligned", " led", " leaning")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def entity_from_record(rec: Record) -> Entity:
    """Turn a stored record into the entity it describes."""
    kind = rec[0]
    if kind == "party":
        return Party(rec[1], rec[2], rec[3], tuple(rec[4]), rec[5])
    if kind == "organisation":
        return Organisation(rec[1], rec[2], tuple(rec[3]), rec[4], rec[5], rec[6], rec[7])
    return Person(
        id=rec[1],
        name=rec[2],
        aliases=tuple(rec[3]),
        variants=tuple(rec[4]),
        misspellings=tuple(rec[5]),
        born=_date(rec[6]),
        died=_date(rec[7]),
        parties=tuple(Membership(p, _date(s), _date(e)) for p, s, e in rec[8]),
        roles=tuple(Role(o, j, _date(s), _date(e)) for o, j, s, e in rec[9]),
        source=rec[10],
    )


def merge(records: Iterable[Record]) -> list[Record]:
    """Let later records extend or override earlier ones with the same kind and id."""
    by_id: dict[tuple[str, str], int] = {}
    out: list[Record] = []
    for rec in records:
        ident = (rec[0], rec[1])
        if ident not in by_id:
            by_id[ident] = len(out)
            out.append(rec)
            continue
        old = out[by_id[ident]]
        fields = [
            new if new not in ("", (), None) else prev for prev, new in zip(old, rec, strict=True)
        ]
        fields[-1] = rec[-1]
        out[by_id[ident]] = tuple(fields)
    return out


def _names(rec: Record) -> tuple[str, ...]:
    if rec[0] == "person":
        return (rec[2], *rec[3], *rec[4])
    if rec[0] == "party":
        return (rec[2], *rec[4])
    return (rec[2], *rec[3])


def org_masks(name_key: str, shortest: int = ORG_MIN_WORD) -> list[str]:
    """Return a name's keys with one word masked but its first letter.

    "goldman sachs" -> ["g* sachs", "goldman s*"]: a mention one word of which is
    misspelt (its first letter kept) finds the name under the same mask, and a mask
    as common as "* party" does not bring back every party there is.
    """
    words = name_key.split()
    if not 2 <= len(words) <= ORG_MAX_WORDS:
        return []
    out = []
    for j, w in enumerate(words):
        if w in ORG_FUNCTION_WORDS or len(w) < shortest or not w.isalpha():
            continue
        out.append(" ".join([*words[:j], w[0] + "*", *words[j + 1 :]]))
    return out


def compile_records(records: list[Record], sources: list[str]) -> Packed:
    """Build the packed form of a registry (what the cache stores)."""
    pairs: dict[str, list[tuple[str, int]]] = {t: [] for t in TABLES}
    pairs["known"] = [(key(r[1]), 0) for r in records if r[0] == "surname"]
    records = [r for r in records if r[0] != "surname"]
    surnames: set[str] = set()
    for i, rec in enumerate(records):
        pairs["ids"].append((rec[1], i))
        for n in _names(rec):
            pairs["names"].append((key(n), i))
            if rec[0] == "person":
                s = surname(key(n))
                surnames.add(s)
                pairs["surnames"].append((s, i))
        if rec[0] == "organisation":
            for n in _names(rec):
                pairs["orgmasks"].extend((m, i) for m in org_masks(key(n)))
                k = key(n)
                if " " in k:
                    pairs["orgfirst"].append((k.split()[0], 0))
                if " " not in k and len(k) > ORG_MIN_WORD and k.isalpha():
                    pairs["orgdeletes"].extend((d, i) for d in deletes(k))
        if rec[0] == "person":
            prominent = entity_from_record(rec).prominent  # type: ignore[union-attr]
            for n in _names(rec):
                words = key(n).split()
                if len(words) > 1:
                    pairs["givens"].append((words[0], 0))
                if prominent:
                    pairs["prominent"].append((surname(key(n)), 0))
            pairs["misspellings"].extend((key(m), i) for m in rec[5])
            starts = {surname(key(n))[:2] for n in _names(rec)}
            for office, where, _, _ in rec[9]:
                pairs["places"].append((key(where), 0))
                for k in office_keys(office):
                    pairs["offices"].append((k, i))
                    pairs["offices"].append((f"{k}|{country(where)}", i))
                    if k not in TITLES:
                        continue  # a story's title is one of these; see analysis.persons
                    for two in starts:
                        pairs["holders2"].append((f"{k}#{two}", i))
                        pairs["holders2"].append((f"{k}|{country(where)}#{two}", i))
    vocab = sorted(surnames)
    for t, word in enumerate(vocab):
        pairs["deletes"].extend((d, t) for d in deletes(word) if len(d) > 1)
    return Packed(
        sources=list(sources),
        entities=Strings.build(marshal.dumps(r) for r in records),
        vocab=Strings.build(v.encode("utf-8") for v in vocab),
        tables={t: Table.build(p) for t, p in pairs.items()},
    )


class Packed:
    """A compiled registry: the structures the cache holds, however they were obtained."""

    def __init__(
        self, sources: list[str], entities: Strings, vocab: Strings, tables: dict[str, Table]
    ) -> None:
        self.sources = sources
        self.entities = entities
        self.vocab = vocab
        self.tables = tables

    def sections(self) -> list[tuple[str, Any]]:
        """Return every buffer in a fixed order (see ``from_sections``)."""
        out = [*self.entities.sections(), *self.vocab.sections()]
        for t in TABLES:
            out.extend(self.tables[t].sections())
        return out

    @classmethod
    def from_sections(cls, sources: list[str], views: list[Any]) -> Packed:
        """Rebuild from buffers in the order ``sections`` gave them."""
        it = iter(views)
        entities = Strings(next(it), next(it))
        vocab = Strings(next(it), next(it))
        tables = {t: Table(Strings(next(it), next(it)), next(it), next(it)) for t in TABLES}
        return cls(sources, entities, vocab, tables)


class Registry:
    """People, parties and organisations, with exact and fuzzy name lookup."""

    def __init__(self, packed: Packed, keep: Any = None) -> None:
        self.sources: list[str] = packed.sources
        self._entities = packed.entities
        self._vocab = packed.vocab
        self._tables = packed.tables
        self._keep = keep  # the memory map the views point into
        self.entity = lru_cache(maxsize=65536)(self._entity)
        # NOTE: a story looks the same few names up dozens of times, and an editor
        # re-lints it on every keystroke: each lookup is a binary search over bytes.
        self._find = lru_cache(maxsize=65536)(self._search)
        self._similar = lru_cache(maxsize=16384)(self._find_similar)
        self.holder_names = lru_cache(maxsize=512)(self._holder_names)
        # NOTE: every capitalised run of every story is looked up, and the same bodies
        # and the same people's names come back story after story.
        self._near_orgs = lru_cache(maxsize=16384)(self._near_organisations)

    def __len__(self) -> int:
        return len(self._entities)

    def _entity(self, index: int) -> Entity:
        return entity_from_record(marshal.loads(self._entities.raw(index)))

    def _search(self, table: str, k: str) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self._tables[table].get(k)))

    def _all(self, table: str, k: str) -> list[Entity]:
        return [self.entity(i) for i in self._find(table, k)]

    def get(self, ident: str) -> Entity | None:
        """Return the entity with an id."""
        found = self._all("ids", ident)
        return found[0] if found else None

    def lookup(self, name: str) -> list[Entity]:
        """Return entities with this name, alias or variant (case and diacritics ignored)."""
        return self._all("names", key(name))

    def knows(self, name: str) -> bool:
        """Tell whether an entity has this name, alias or variant, without reading which."""
        return bool(self._find("names", key(name)))

    def known_misspelling(self, name: str) -> list[Person]:
        """Return people for whom the registry lists this spelling as a known mistake."""
        return [e for e in self._all("misspellings", key(name)) if isinstance(e, Person)]

    def by_surname(self, name: str) -> list[Person]:
        """Return people one of whose names ends in this surname."""
        found = self._all("surnames", surname(key(name)))
        return [e for e in found if isinstance(e, Person)]

    def has_surname(self, name: str) -> bool:
        """Tell whether someone in the registry has this surname (without reading who)."""
        return bool(self._find("surnames", surname(key(name))))

    def is_prominent_surname(self, name: str) -> bool:
        """Tell whether a prominent person (see ``Person.prominent``) has this surname."""
        return bool(self._find("prominent", surname(key(name))))

    def is_real_surname(self, word: str) -> bool:
        """Tell whether someone (in the registry or its list of known surnames) has this surname."""
        k = key(word)
        return bool(self._find("known", k) or self._find("surnames", k))

    def is_place(self, word: str) -> bool:
        """Tell whether a word names a jurisdiction some registry office belongs to."""
        return bool(self._find("places", key(word)))

    def holders(self, office: str, jurisdiction: str | None = None) -> list[Person]:
        """Return people who held an office (see ``office_keys``), anywhere or in one place."""
        k = key(office)
        if jurisdiction:
            k = f"{k}|{country(jurisdiction)}"
        return [e for e in self._all("offices", k) if isinstance(e, Person)]

    def _holder_names(
        self, office: str, jurisdiction: str | None, prominent_only: bool, start: str
    ) -> list[tuple[str, Person, str]]:
        """Return (key, person, name) of an office's holders whose surname starts so.

        "Minister" has thousands of holders: only those whose surname shares its
        first two letters with the mention's are read.
        """
        k = key(office)
        if jurisdiction:
            k = f"{k}|{country(jurisdiction)}"
        out = []
        for p in self._all("holders2", f"{k}#{start}"):
            if not isinstance(p, Person) or prominent_only and not p.prominent:
                continue
            for n in p.names:
                nk = key(n)
                if surname(nk)[:2] == start:
                    out.append((nk, p, n))
        return out

    def similar_surnames(self, word: str) -> list[str]:
        """Return registry surnames within one edit or swap of a word (keys, not as written)."""
        return list(self._similar(word))

    def _find_similar(self, word: str) -> tuple[str, ...]:
        # NOTE: cached: a story's unknown names come back in every story that quotes them.
        w = key(word)
        found: set[int] = set()
        for d in deletes(w):
            found.update(self._tables["deletes"].get(d))
        words = (self._vocab.raw(t).decode("utf-8") for t in found)
        return tuple(v for v in words if OSA.distance(w, v, score_cutoff=1) <= 1)

    def fuzzy(self, name: str, max_distance: int) -> list[tuple[Entity, str, int]]:
        """Return people whose name is within ``max_distance`` edits of a name, nearest first.

        A one-word name is compared with surnames, a longer one with full names. The
        surname must be within one edit, which is what keeps the search small.
        """
        q = key(name)
        single = " " not in q
        best: dict[str, tuple[Entity, str, int]] = {}
        for word in self.similar_surnames(surname(q)):
            for person in self.by_surname(word):
                for written in person.names:
                    k = key(written)
                    if surname(k) != word:
                        continue
                    target = word if single else k
                    dist = OSA.distance(q, target, score_cutoff=max_distance)
                    shown = _surname_as_written(written) if single else written
                    if dist <= max_distance and (
                        person.id not in best or dist < best[person.id][2]
                    ):
                        best[person.id] = (person, shown, dist)
        return sorted(best.values(), key=lambda t: (t[2], t[1]))

    def is_given_name(self, word: str) -> bool:
        """Tell whether someone in the registry has this first name."""
        return bool(self._find("givens", key(word)))

    def organisations(self, name: str) -> list[Organisation]:
        """Return organisations with this name or alias (case and diacritics ignored)."""
        return [e for e in self.lookup(name) if isinstance(e, Organisation)]

    def opens_organisation(self, word: str) -> bool:
        """Tell whether a word is the first of some organisation's name ("Alliant" Energy)."""
        return bool(self._find("orgfirst", key(word)))

    def near_organisations(self, name: str) -> list[tuple[Organisation, str, int, int]]:
        """Return organisations one word of whose name is within two edits of a name's.

        Each answer is (organisation, its name as written, the edits, the index of the
        word that differs). A word of the same stem ("Reformers" for Reformists) is
        found however many edits apart, for the matcher to judge. Only that word may
        differ: "Goldman Sacks" finds Goldman Sachs, "Federal Resreve Board" the
        Federal Reserve Board; a one-word name is compared with one-word names
        ("Volkswagon").
        """
        return list(self._near_orgs(name))

    def _near_organisations(self, name: str) -> tuple[tuple[Organisation, str, int, int], ...]:
        q = key(name)
        words = q.split()
        found: set[int] = set()
        # NOTE: straight to the tables: nearly every key is a miss seen once, which a
        # cache would only hold on to.
        if len(words) == 1:
            table = self._tables["orgdeletes"]
            for d in deletes(q):
                found.update(table.get(d))
        else:
            # A mask that keeps the first word can only be some body's if a body's name
            # opens with that word: most runs of capitals are people's names and places.
            opens = bool(self._find("orgfirst", words[0]))
            first = words[0][:1] + "* "
            table = self._tables["orgmasks"]
            for mask in org_masks(q, ORG_MIN_WORD - 1):
                if opens or mask.startswith(first):
                    found.update(table.get(mask))
        out = []
        for i in found:
            org = self.entity(i)
            if not isinstance(org, Organisation):
                continue
            for written in org.names:
                theirs = key(written).split()
                if len(theirs) != len(words):
                    continue
                diff = [j for j, (a, b) in enumerate(zip(words, theirs, strict=True)) if a != b]
                if len(diff) != 1:
                    continue
                j = diff[0]
                dist = OSA.distance(words[j], theirs[j], score_cutoff=2)
                if dist <= 2 or _same_stem(words[j], theirs[j]):
                    out.append((org, written, OSA.distance(words[j], theirs[j]), j))
        return tuple(sorted(out, key=lambda t: (t[2], t[1], t[0].id)))

    def party(self, term: str) -> Party | None:
        """Return the party a word refers to: "GOP", "Tory", "Democratic-aligned", "Republicans"."""
        k = key(term)
        tries = [k]
        for suffix in _PARTY_SUFFIXES:
            if term.lower().endswith(suffix):
                tries.append(key(term[: -len(suffix)]))
        tries += [t[:-1] for t in list(tries) if t.endswith("s")]
        for t in tries:
            for e in self._all("names", t):
                if isinstance(e, Party):
                    return e
        return None

    def parties(self) -> list[Party]:
        """Return every party (small: used by listings, not by matching)."""
        out = []
        for i in range(len(self)):
            rec = marshal.loads(self._entities.raw(i))
            if rec[0] == "party":
                out.append(entity_from_record(rec))
        return out


#: Letters two words must share at the start to be forms of one stem.
STEM = 6


def _same_stem(a: str, b: str) -> bool:
    """Tell whether two words are forms of one stem: "reformers", "reformists"."""
    return len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM]


def _surname_as_written(name: str) -> str:
    words = name.split()
    while len(words) > 1 and key(words[-1]) in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words[-1].rstrip(",") if words else name
