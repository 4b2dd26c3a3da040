"""Rules the archive tests put on the path of the test process and of every Dask worker.

They make observable what the built-in rules cannot yet: that the story's date reaches
date-aware rules, that a rule crashing on one story costs only that story, and that a
worker dying mid-run loses nothing.
"""

import os

from newslint.finding import Hit, Severity
from newslint.rule import Rule


def _marker(doc, word):
    return next((t for t in doc.tokens if t.text == word), None)


class DatelineMarker(Rule):
    """Reports the dateline it was given, wherever a story says DATELINECHECK."""

    code = "TEST01"
    name = "dates.test-dateline"
    family = "dates"
    severity = Severity.INFO
    summary = "Echo the story's dateline at a marker word"
    bad = "DATELINECHECK here.\n"
    good = "Nothing here.\n"

    def check(self, doc, ctx):
        tok = _marker(doc, "DATELINECHECK")
        if tok is not None:
            yield Hit(tok.start, tok.end, f"dateline is {ctx.reference_date}")


class RaiseOnMarker(Rule):
    """Crashes on any story that says RAISEMARK, like a rule with a bug would."""

    code = "TEST02"
    name = "style.test-raise"
    family = "style"
    severity = Severity.WARNING
    summary = "Crash on a marker word"
    bad = "Nothing here.\n"
    good = "Nothing here.\n"

    def check(self, doc, ctx):
        if _marker(doc, "RAISEMARK") is not None:
            raise RuntimeError("planted crash")
        return iter(())


class KillWorkerOnMarker(Rule):
    """Kills the Dask worker process the first time it sees KILLMARK.

    Acts only inside a Dask worker and only when NEWSLINT_TEST_KILL_FLAG names a file
    that does not exist yet, so the rerun of the partition goes through.
    """

    code = "TEST03"
    name = "style.test-kill-worker"
    family = "style"
    severity = Severity.WARNING
    summary = "Kill the worker on a marker word, once"
    bad = "Nothing here.\n"
    good = "Nothing here.\n"

    def check(self, doc, ctx):
        flag = os.environ.get("NEWSLINT_TEST_KILL_FLAG")
        if not flag or os.path.exists(flag) or _marker(doc, "KILLMARK") is None:
            return iter(())
        try:
            from distributed import get_worker

            get_worker()
        except (ImportError, ValueError):
            return iter(())
        with open(flag, "w") as handle:
            handle.write(str(os.getpid()))
        os._exit(1)


RULES = [DatelineMarker, RaiseOnMarker, KillWorkerOnMarker]
