import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLINT_SHARED") or ROOT.parent / "shared")


def shared_or_skip(*parts: str) -> Path:
    """Return a path in ../shared, skipping outside CI when a fresh clone has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is required in CI")
        pytest.skip(f"{path} not present (fresh clone without ../shared)")
    return path


def news_stories(stride, undated=None):
    """Yield (text, path, dateline) for every stride-th real article, as a plain-text draft.

    ``undated`` maps a source prefix ("bbc") to a stand-in dateline for undated articles.
    """
    news = shared_or_skip("data", "news")
    for path in sorted(news.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                record = json.loads(line)
                if i % stride or record.get("duplicate_of"):
                    continue
                date = record.get("date")
                yield (
                    f"{record.get('title') or ''}\n\n{record['text']}",
                    f"{record['id']}.txt",
                    dt.date.fromisoformat(date[:10])
                    if date
                    else (undated or {}).get(record["id"][:3]),
                )


def which_or_skip(program: str) -> str:
    """Return a program's path; outside CI a missing program skips, in CI it fails."""
    found = shutil.which(program)
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{program} is required in CI")
        pytest.skip(f"{program} not installed")
    return found


@pytest.fixture
def lint(tmp_path):
    """Write a draft to disk and run the real CLI on it, returning (code, stdout, stderr)."""
    from newslint.cli import main

    def run(text: str, name: str = "draft.md", *args: str, capsys=None):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return main(["check", *args, str(path)])

    return run


@pytest.fixture(scope="session")
def registry_cache_dir(tmp_path_factory):
    """A cache folder of its own where the shipped registry is compiled once per run."""
    return tmp_path_factory.mktemp("registry-cache")


@pytest.fixture
def shipped_registry_cache(registry_cache_dir, monkeypatch):
    """Use that folder, so tests of the shipped registry share one compile."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(registry_cache_dir))


@pytest.fixture(scope="module")
def service():
    """A real ``newslint serve`` on a free port, shared by one test module."""
    from server_helpers import running

    with running() as svc:
        yield svc
