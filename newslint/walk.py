"""Which files a folder run lints: included drafts, minus exclusions and what git ignores.

Ignore rules are git's own (nested ``.gitignore`` files, ``.git/info/exclude``, the
user's global excludes, negations), so git itself is asked rather than imitated:
``git ls-files --cached --others --exclude-standard`` lists the tracked files and
the untracked ones git does not ignore. A folder outside any repository is read
through a throwaway empty repository, so its ``.gitignore`` files still count.
Without git installed, folders are walked directly and ``.gitignore`` is not read.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from newslint.config import Config, ConfigResolver
from newslint.errors import NewslintError

log = logging.getLogger(__name__)


def expand(paths: Iterable[str], resolver: ConfigResolver, errors: list[str]) -> list[str]:
    """Return files to lint: given files as they are, folders searched for included drafts."""
    out: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            out.append(path)
            continue
        try:
            found = [f for f in sorted(_candidates(path)) if _wanted(f, resolver)]
        except NewslintError as exc:
            errors.append(str(exc))
            continue
        if not found:
            errors.append(str(NewslintError("no drafts to lint in this folder", path)))
        out.extend(found)
    return out


def _wanted(path: str, resolver: ConfigResolver) -> bool:
    config = resolver.for_path(path)
    name = os.path.basename(path)
    return any(fnmatch(name, pat) for pat in config.include) and not excluded(path, config)


def excluded(path: str, config: Config) -> bool:
    """Tell whether ``exclude`` globs (relative to the configuration's folder) cover a path."""
    if not config.exclude:
        return False
    try:
        rel = Path(path).resolve().relative_to(Path(config.root).resolve())
    except ValueError:
        rel = Path(path)
    parts = rel.parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(
        fnmatch(p, glob) or fnmatch(part, glob)
        for glob in config.exclude
        for p, part in zip(prefixes, parts, strict=True)
    )


def _candidates(folder: str) -> Iterator[str]:
    listed = git_files(folder)
    if listed is None:
        yield from _walk(folder)
        return
    for rel in listed:
        if not any(part.startswith(".") for part in Path(rel).parts[:-1]):
            path = os.path.normpath(os.path.join(folder, rel))
            if os.path.isfile(path):
                yield path


def _walk(folder: str) -> Iterator[str]:
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield os.path.normpath(os.path.join(here, name))


def git_files(folder: str) -> list[str] | None:
    """List files below a folder that git does not ignore (relative paths), or None without git."""
    git = shutil.which("git")
    if git is None:
        log.warning("git is not installed: .gitignore files are not honoured")
        return None
    args = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    folder = os.path.abspath(folder)
    inside = _run([git, "-C", folder, "rev-parse", "--is-inside-work-tree"])
    if inside is not None and inside.strip() == "true":
        out = _run([git, "-C", folder, *args])
    else:
        with tempfile.TemporaryDirectory(prefix="newslint-git-") as scratch:
            if _run([git, "init", "-q", "--bare", scratch]) is None:
                return None
            out = _run([git, f"--git-dir={scratch}", f"--work-tree={folder}", "-C", folder, *args])
    if out is None:
        return None
    return [p for p in out.split("\0") if p]


def _run(cmd: list[str]) -> str | None:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        proc = subprocess.run(cmd, capture_output=True, env=env, check=False)
    except OSError as exc:
        log.warning("cannot run git: %s", exc)
        return None
    if proc.returncode != 0:
        log.debug("%s failed: %s", " ".join(cmd), proc.stderr.decode(errors="replace"))
        return None
    return proc.stdout.decode("utf-8", errors="surrogateescape")
