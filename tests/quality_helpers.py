"""Drafts for the quality harness's mutator tests: a dated wire story around one sentence."""

import datetime as dt
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from harness.plant.base import apply  # noqa: E402
from harness.stories import Story  # noqa: E402

DATELINE = dt.date(1987, 3, 5)


def story(body, date=DATELINE, corpus="reuters"):
    head = f"---\ndate: {date.isoformat()}\n---\n\n" if date else ""
    return Story("t-1", corpus, f"{head}# HEADLINE\n\n{body}\n", date)


def planted(mutator, body, date=DATELINE, corpus="reuters"):
    """The planted body of each site, front matter and headline stripped."""
    s = story(body, date, corpus)
    return [p.text.split("# HEADLINE\n\n", 1)[1].rstrip("\n") for p in apply(mutator, s)]
