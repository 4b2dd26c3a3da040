"""Apply unambiguous fixes: findings with exactly one suggestion, written atomically.

Only safe fixes are applied unless unsafe ones are asked for (``--unsafe-fixes``):
a rule marks its suggestions unsafe when they are a judgement a person should make
(see ``Rule.fix``).

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newslint.errors import InputError, NewslintError
from newslint.finding import Applicability, Finding
from newslint.source import Source, fingerprint


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


def fixable(finding: Finding, unsafe: bool = False) -> bool:
    """Tell whether ``--fix`` may apply a finding's suggestion (with ``--unsafe-fixes``: unsafe)."""
    if len(finding.suggestions) != 1:
        return False
    return unsafe or finding.applicability is Applicability.SAFE


def plan(findings: Iterable[Finding], unsafe: bool = False) -> tuple[list[Edit], list[Finding]]:
    """Choose the edits to make: one suggestion each, no overlaps (the earliest wins).

    Returns the edits and the findings they fix.
    """
    edits: list[Edit] = []
    fixed: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if not fixable(f, unsafe):
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
    """Replace a file's content with text, keeping its BOM, permissions and symlinks.

    The fix is refused, with the file untouched, if the file is read-only or has
    changed since it was linted (an editor saved it meanwhile): writing then would
    silently throw away someone's work.
    """
    data = (b"\xef\xbb\xbf" if source.bom else b"") + text.encode("utf-8")
    # Through a symlink, fix the file it points to and leave the link in place.
    target = os.path.realpath(source.path)
    folder = os.path.dirname(target)

    def refuse(why: str) -> InputError:
        return InputError(f"not fixed: {why}; the file is unchanged", source.path)

    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError as exc:
        raise refuse(f"cannot read it again ({exc.strerror or exc})") from None
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise refuse("the file is read-only")
    _check_unchanged(source, target, refuse)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".newslint-", suffix=".tmp")
    except OSError as exc:
        raise refuse(f"cannot write fix: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        _check_unchanged(source, target, refuse)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise refuse(f"cannot write fix: {exc.strerror or exc}") from None
        raise


def _check_unchanged(source: Source, target: str, refuse: Callable[[str], InputError]) -> None:
    if not source.digest:
        return
    try:
        with open(target, "rb") as handle:
            now = fingerprint(handle.read())
    except OSError as exc:
        raise refuse(f"cannot read it again ({exc.strerror or exc})") from None
    if now != source.digest:
        raise refuse("it changed on disk after it was read; run newslint again")


def fix_source(
    source: Source, findings: Iterable[Finding], write: bool, unsafe: bool = False
) -> tuple[str, list[Finding]]:
    """Fix one file (or only compute the diff); return the diff and the findings fixed."""
    edits, fixed = plan(findings, unsafe)
    if not edits:
        return "", []
    new = apply(source.text, edits)
    if new == source.text:
        return "", []
    if write:
        write_atomic(source, new)
    return unified_diff(source.path, source.text, new), fixed


def fix_files(
    findings: Iterable[Finding], write: bool, errors: list[str], unsafe: bool = False
) -> tuple[list[str], list[Finding]]:
    """Fix every file with fixable findings; return the diffs and the findings fixed.

    Each file is read again and must still hold the text that was linted: a draft
    changed on disk since (an editor saved it) is left alone and reported, because
    the findings' offsets no longer describe it.
    """
    from newslint.source import read_source

    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        if fixable(f, unsafe):
            by_path.setdefault(f.path, []).append(f)
    diffs: list[str] = []
    fixed: list[Finding] = []
    for path, found in by_path.items():
        try:
            source = read_source(path, max_bytes=1 << 62)
            if any(source.text[f.start : f.end] != f.text for f in found):
                raise InputError("changed on disk since it was linted; not fixed", path)
            diff, done = fix_source(source, found, write, unsafe)
        except NewslintError as exc:
            errors.append(str(exc))
            continue
        diffs.append(diff)
        fixed.extend(done)
    return diffs, fixed
