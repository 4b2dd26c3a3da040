"""Baselines: record today's findings so only new ones are reported tomorrow.

A finding is keyed by file, rule code, the offending words (whitespace folded)
and which occurrence of those words it is, never by line or column: a paragraph
added above a known finding moves it, and must not make it new again. A newsroom
adopting newslint on an archive records a baseline once and sees only what
writers add afterwards.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from newslint.errors import NewslintError
from newslint.finding import Finding

VERSION = 1


class Key(NamedTuple):
    """What identifies a finding across edits of the draft."""

    path: str
    code: str
    text: str
    index: int


def fold(text: str) -> str:
    """Fold runs of whitespace so re-wrapping a paragraph keeps the key."""
    return " ".join(text.split())


def keys(findings: Iterable[Finding], base: str | os.PathLike[str] = ".") -> list[Key]:
    """Key each finding, in the order given; paths become relative to ``base`` when below it."""
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in sorted(findings, key=Finding.sort_key):
        ident = (relative(f.path, base), f.code, fold(f.text))
        out.append(Key(*ident, seen[ident]))
        seen[ident] += 1
    return out


def relative(path: str, base: str | os.PathLike[str]) -> str:
    """Return a path relative to ``base`` (posix style), or as given when outside it."""
    try:
        return Path(path).resolve().relative_to(Path(base).resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).as_posix()


class Baseline:
    """The set of known findings read from a baseline file."""

    def __init__(self, known: Iterable[Key], base: str) -> None:
        self.known = set(known)
        self.base = base
        self.matched: set[Key] = set()

    @classmethod
    def load(cls, path: str) -> Baseline:
        """Read a baseline file; an unreadable or malformed one is an error naming it."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["findings"]
            known = [Key(e["path"], e["code"], e["text"], int(e["index"])) for e in entries]
        except FileNotFoundError:
            raise NewslintError("baseline file not found", path) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            reason = f"not a newslint baseline ({type(exc).__name__}: {exc})"
            raise NewslintError(reason, path) from None
        return cls(known, str(Path(path).resolve().parent))

    def new(self, findings: Sequence[Finding]) -> list[Finding]:
        """Return the findings the baseline does not know, in their original order."""
        ordered = sorted(findings, key=Finding.sort_key)
        fresh = []
        for f, key in zip(ordered, keys(ordered, self.base), strict=True):
            if key in self.known:
                self.matched.add(key)
            else:
                fresh.append(f)
        return fresh

    def stale(self, linted: Iterable[str]) -> int:
        """Count recorded findings in the linted files that were not seen again (fixed)."""
        paths = {relative(p, self.base) for p in linted}
        return sum(1 for k in self.known - self.matched if k.path in paths)


def write(path: str, findings: Sequence[Finding]) -> int:
    """Write a baseline of these findings atomically; return how many it records."""
    base = Path(path).resolve().parent
    entries = sorted(set(keys(findings, base)))
    lines = ",\n".join(
        "    " + json.dumps(k._asdict(), ensure_ascii=False, sort_keys=True) for k in entries
    )
    body = f'{{\n  "version": {VERSION},\n  "findings": [\n{lines}\n  ]\n}}\n'
    if not entries:
        body = f'{{\n  "version": {VERSION},\n  "findings": []\n}}\n'
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".newslint-baseline-", dir=base)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise NewslintError(f"cannot write baseline: {exc.strerror or exc}", path) from None
    return len(entries)
