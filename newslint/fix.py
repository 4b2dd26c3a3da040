"""Apply unambiguous fixes: findings with exactly one suggestion, written atomically.

A fix rewrites only the spans it fixes; everything else in the file (line endings,
byte order mark, trailing spaces) is kept byte for byte. The new text goes to a
temporary file in the same folder, which then replaces the original in one
``os.replace``: on any error the original is untouched.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from newslint.errors import InputError
from newslint.finding import Finding
from newslint.source import Source


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


def plan(findings: Iterable[Finding]) -> tuple[list[Edit], list[Finding]]:
    """Choose the edits to make: one suggestion each, no overlaps (the earliest wins).

    Returns the edits and the findings they fix.
    """
    edits: list[Edit] = []
    fixed: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if len(f.suggestions) != 1:
            continue
        edit = Edit(f.start, f.end, f.suggestions[0])
        if edits and edit == edits[-1]:
            fixed.append(f)  # two rules, one fix
            continue
        if edits and edit.start < edits[-1].end:
            continue
        edits.append(edit)
        fixed.append(f)
    return edits, fixed


def apply(text: str, edits: list[Edit]) -> str:
    """Return the text with non-overlapping, sorted edits applied."""
    parts = []
    cursor = 0
    for e in edits:
        parts.append(text[cursor : e.start])
        parts.append(e.replacement)
        cursor = e.end
    parts.append(text[cursor:])
    return "".join(parts)


def unified_diff(path: str, old: str, new: str) -> str:
    """Return the change as a unified diff, as ``git diff`` would show it."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{path.lstrip('/')}",
        tofile=f"b/{path.lstrip('/')}",
    )
    out = []
    for line in lines:
        out.append(
            line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        )
    return "".join(out)


def write_atomic(source: Source, text: str) -> None:
    """Replace a file's content with text, keeping its BOM and permissions."""
    data = (b"\xef\xbb\xbf" if source.bom else b"") + text.encode("utf-8")
    folder = os.path.dirname(os.path.abspath(source.path))
    try:
        mode = stat.S_IMODE(os.stat(source.path).st_mode)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".newslint-", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write fix: {exc.strerror or exc}", source.path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, source.path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise InputError(f"cannot write fix: {exc.strerror or exc}", source.path) from None


def fix_source(
    source: Source, findings: Iterable[Finding], write: bool
) -> tuple[str, list[Finding]]:
    """Fix one file (or only compute the diff); return the diff and the findings fixed."""
    edits, fixed = plan(findings)
    if not edits:
        return "", []
    new = apply(source.text, edits)
    if new == source.text:
        return "", []
    if write:
        write_atomic(source, new)
    return unified_diff(source.path, source.text, new), fixed
