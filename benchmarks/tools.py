"""The linters newslint is measured against, and how to find and call each one.

Peers are looked up in the folder ``benchmarks/setup-peers.sh`` fills (``benchmarks/.peers``)
and then on PATH; a peer found nowhere is reported as missing, never installed from here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"


@dataclass(frozen=True)
class Tool:
    """One linter: the command that lints files, and which exit codes mean it ran normally."""

    name: str
    origin: str
    checks: str
    argv: tuple[str, ...] = ()
    version_argv: tuple[str, ...] = ()
    ok_codes: frozenset[int] | None = frozenset({0, 1})
    missing: str = ""
    env: dict[str, str] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return not self.missing

    def command(self, files: list[str]) -> list[str]:
        return [*self.argv, *files]

    def version(self) -> str:
        if not self.available:
            return "missing"
        try:
            out = subprocess.run(
                self.version_argv, capture_output=True, text=True, timeout=60, env=self.environ()
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return f"unknown ({exc})"
        text = (out.stdout or out.stderr).strip().splitlines()
        return text[0].strip() if text else "unknown"

    def environ(self) -> dict[str, str]:
        return {**user_environ(), **self.env}


def user_environ() -> dict[str, str]:
    """The environment a tool runs in on a user's machine.

    Python tools keep their compiled bytecode after the first (warm-up) run, as they
    do for every user; a shell that sets PYTHONDONTWRITEBYTECODE would instead make
    every timed run of an editable install compile its whole source again.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def newslint_tool() -> Tool:
    """The newslint installed next to the running interpreter (the project's venv)."""
    script = Path(sys.executable).with_name("newslint")
    argv = (str(script),) if script.exists() else (sys.executable, "-m", "newslint")
    return Tool(
        "newslint",
        "this repository",
        "names, numbers, dates, contradictions, style",
        (*argv, "check"),
        (*argv, "--version"),
    )


def _find(program: str, peers: Path, *subdirs: str) -> str | None:
    for sub in subdirs:
        candidate = peers / sub / program
        if candidate.exists():
            return str(candidate)
    return shutil.which(program)


def _peer(
    name: str,
    origin: str,
    checks: str,
    exe: str | None,
    args: tuple,
    version: tuple,
    ok: frozenset[int] | None = frozenset({0, 1}),
) -> Tool:
    if exe is None:
        return Tool(name, origin, checks, missing=f"{name} not found in {PEERS} or on PATH")
    return Tool(name, origin, checks, (exe, *args), (exe, *version), ok)


def peer_tools(peers: Path = PEERS) -> list[Tool]:
    """Every peer, each either ready to run or carrying the reason it is missing."""
    bin_dirs = ("venv/bin",)
    npm_bin = ("npm/node_modules/.bin",)
    tools = [
        _peer(
            "proselint",
            "PyPI",
            "style, usage, clichés",
            _find("proselint", peers, *bin_dirs),
            ("check",),
            ("version",),
        ),
        _peer(
            "codespell",
            "PyPI",
            "common misspellings",
            _find("codespell", peers, *bin_dirs),
            (),
            ("--version",),
            frozenset({0, 65}),
        ),
        _textlint(peers),
        _peer(
            "alex", "npm", "insensitive wording", _find("alex", peers, *npm_bin), (), ("--version",)
        ),
        # NOTE: write-good exits with the number of suggestions (mod 256), so any code is normal.
        _peer(
            "write-good",
            "npm",
            "passive voice, weasel words",
            _find("write-good", peers, *npm_bin),
            (),
            ("--version",),
            None,
        ),
    ]
    return tools


def _textlint(peers: Path) -> Tool:
    """textlint with textlint-rule-common-misspellings, configured by setup-peers.sh."""
    exe = peers / "npm/node_modules/.bin/textlint"
    rc = peers / "npm/.textlintrc.json"
    rule = peers / "npm/node_modules/textlint-rule-common-misspellings"
    checks = "common misspellings (textlint-rule-common-misspellings)"
    if not (exe.exists() and rc.exists() and rule.exists()):
        return Tool("textlint", "npm", checks, missing=f"textlint with its rule not in {peers}/npm")
    return Tool("textlint", "npm", checks, (str(exe), "--config", str(rc)), (str(exe), "--version"))
