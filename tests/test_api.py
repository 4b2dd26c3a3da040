"""The library API other newsroom programs call without the CLI."""

import datetime as dt
import pickle

import pytest

import newslint
from newslint import Config, lint_text
from newslint.errors import InputError


def test_lint_text_returns_findings_with_positions():
    findings = lint_text("Intro.\n\n<!-- newslint-disable NL999 -->\n", path="story.md")
    assert [(f.code, f.line, f.column, f.path) for f in findings] == [("NL002", 3, 1, "story.md")]
    assert findings[0].text == "<!-- newslint-disable NL999 -->"


def test_lint_text_honours_config_and_is_picklable():
    config = Config(ignore=("NL002",), date=dt.date(2025, 1, 1))
    assert pickle.loads(pickle.dumps(config)) == config
    assert (
        lint_text("<!-- newslint-disable NL999 -->\n", config=pickle.loads(pickle.dumps(config)))
        == []
    )


def test_finding_is_immutable_and_serialisable():
    finding = lint_text("<!-- newslint-disable NL999 -->\n")[0]
    with pytest.raises(AttributeError):
        finding.line = 3
    assert pickle.loads(pickle.dumps(finding)) == finding
    assert finding.to_dict()["severity"] == "warning"


def test_malformed_front_matter_raises_input_error():
    with pytest.raises(InputError):
        lint_text("---\ndate: [\n---\nText.\n", path="x.md")


def test_version():
    assert newslint.__version__
