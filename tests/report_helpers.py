"""Shared set-up for the report tests: a real rule plugin and a draft with known findings."""

import os
from pathlib import Path

import pytest

from newslint.plugins import installed_rules

PLUGIN = Path(__file__).resolve().parent / "data" / "report_rules"

#: Counted by hand: line 3 has "Jonh" at columns 1-4 (RPT002, error), "arguably" at
#: 30-37 (RPT001, warning) and "110" at 54-56 (RPT003, info); line 5 has "arguably"
#: at 21-28 (RPT001, warning).
DRAFT = (
    "# Budget talks\n"
    "\n"
    "Jonh Smith said the plan was arguably the best, with 110 votes.\n"
    "\n"
    "Editors said it was arguably rushed.\n"
)


@pytest.fixture
def report_rules(monkeypatch):
    """Make the test plugin's rules installed for this test (in-process and subprocesses)."""
    # NOTE: these tests pin exact output of the test plugin's rules; the shipped packs,
    # on by default, would add their own findings to the drafts.
    monkeypatch.setattr("newslint.packs.DEFAULT_PACKS", ())
    monkeypatch.syspath_prepend(str(PLUGIN))
    path = os.pathsep.join(filter(None, [str(PLUGIN), os.environ.get("PYTHONPATH")]))
    monkeypatch.setenv("PYTHONPATH", path)
    installed_rules.cache_clear()
    yield
    installed_rules.cache_clear()
