"""``newslint registry``: check registry files, look a name up, import a newsroom's list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newslint.errors import InputError


def add_parser(sub: Any) -> None:
    """Declare ``registry check``, ``registry lookup`` and ``registry import``."""
    p = sub.add_parser("registry", help="check, search and import name registries")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = actions.add_parser("check", help="validate registry files (default: the configured ones)")
    c.add_argument("files", nargs="*", metavar="FILE")
    c.add_argument("--config", metavar="PATH", help="configuration naming the registries")
    lk = actions.add_parser("lookup", help="show who a name is: roles, party, source")
    lk.add_argument("name", nargs="+", metavar="NAME")
    lk.add_argument("--config", metavar="PATH", help="configuration naming the registries")
    im = actions.add_parser("import", help="turn a CSV, JSON Lines or Wikidata file into YAML")
    im.add_argument("--from", dest="fmt", required=True, choices=("csv", "jsonl", "wikidata"))
    im.add_argument("file", metavar="FILE")
    im.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")


def run(args: argparse.Namespace) -> int:
    """Dispatch to the chosen action."""
    return {"check": _check, "lookup": _lookup, "import": _import}[args.action](args)


def _config(args: argparse.Namespace) -> Any:
    from newslint.config import ConfigResolver

    return ConfigResolver(args.config).for_path(Path.cwd() / "registry")


def _check(args: argparse.Namespace) -> int:
    from newslint.registry.validate import check_files

    if args.files:
        paths, default = [Path(f) for f in args.files], False
    else:
        config = _config(args)
        paths, default = [Path(p) for p in config.registry], config.default_registry
    problems = check_files(paths, default=default)
    for problem in problems:
        print(problem)
    errors = sum(p.error for p in problems)
    warnings = len(problems) - errors
    files = len(paths) + (len(_shipped()) if default else 0)
    print(
        f"{_n(files, 'file')}: {_n(errors, 'error')}, {_n(warnings, 'warning')}",
        file=sys.stderr,
    )
    return 2 if errors else 1 if warnings else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _shipped() -> list[Path]:
    from newslint.registry.loader import default_files

    return default_files()


def _lookup(args: argparse.Namespace) -> int:
    import datetime as dt

    from newslint.registry import Organisation, Person, load_registry
    from newslint.registry.match import explain

    config = _config(args)
    registry = load_registry(config.registry, default=config.default_registry)
    name = " ".join(args.name)
    exact = registry.lookup(name)
    for entity in exact[:10]:
        print(f"{entity.name} [{entity.id}] (exact; {entity.source})")
        _entity(entity, registry, Person, Organisation)
    if exact:
        return 0
    found = explain(registry, name, dt.date.today())
    if not found:
        party = registry.party(name)
        if party is not None:
            print(f"{party.name} [{party.id}] (party; {party.source})")
            return 0
        print(f"no entry near '{name}'", file=sys.stderr)
        return 1
    print(f"'{name}' is not in the registry; what the checker's matcher makes of it:")
    for e in found[:20]:
        verdict = "kept    " if e.kept else "rejected"
        edits = f"{e.distance} edit{'s' * (e.distance != 1)}"
        print(
            f"  {verdict} {e.written} [{e.entity.id}] score {e.score:.2f} ({edits}, {e.stage}):"
            f" {e.why}"
        )
    for e in [e for e in found if e.kept][:3]:
        print(f"{e.entity.name} [{e.entity.id}] ({e.entity.source})")
        _entity(e.entity, registry, Person, Organisation)
    return 0 if any(e.kept for e in found) else 1


def _entity(entity: Any, registry: Any, person: type, organisation: type) -> None:
    if isinstance(entity, person):
        _describe(entity, registry)
    elif isinstance(entity, organisation):
        if entity.aliases:
            print(f"  also: {', '.join(entity.aliases)}")
        print(f"  {entity.describe()}")
    elif getattr(entity, "variants", None):
        print(f"  also: {', '.join(entity.variants)}")


def _describe(person: Any, registry: Any) -> None:
    others = [*person.aliases, *person.variants]
    if others:
        print(f"  also: {', '.join(others)}")
    if person.born or person.died:
        print(f"  born: {person.born or '?'}" + (f", died: {person.died}" if person.died else ""))
    for role in sorted(person.roles, key=lambda r: str(r.start or "")):
        print(f"  {role.describe()}")
    for m in person.parties:
        party = registry.get(m.party)
        label = party.name if party is not None else m.party
        span = f" {m.start or '?'} to {m.end or 'now'}" if m.start or m.end else ""
        print(f"  party: {label}{span}")


def _import(args: argparse.Namespace) -> int:
    from newslint.atomic import write_atomic
    from newslint.progress import progress
    from newslint.registry.dump import dump_people
    from newslint.registry.importers import READERS

    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", args.file) from None
    # Every row is read and checked before a byte is written: bad input leaves no file.
    people = READERS[args.fmt](text, args.file)
    pieces = []
    comment = f"Imported by 'newslint registry import --from {args.fmt}'."
    with progress(len(people), "writing", "people") as bar:
        for done, piece in dump_people(people, comment):
            pieces.append(piece)
            bar.update(done - bar.n)
    out = "".join(pieces)
    if args.output:
        write_atomic(args.output, out.encode("utf-8"))
        print(f"wrote {len(people)} people to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0
