"""Output formats as CI services and scripts read them: real files, the real CLI."""

import json
from pathlib import Path

import jsonschema
import pytest
from report_helpers import DRAFT, report_rules  # noqa: F401

from newslint.cli import main
from newslint.formats import FORMATTERS, Formatter
from newslint.formats.github import escape_data, escape_property

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def write(name="draft.md", text=DRAFT):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")
        return name

    return write


# -- github -----------------------------------------------------------------------------


def test_github_escaping_follows_the_runner_rules():
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert escape_property("dir,x/a:b%.md") == "dir%2Cx/a%3Ab%25.md"


@pytest.mark.usefixtures("report_rules")
def test_github_annotations(story, capsys):
    path = story("news/a,b:c.md")
    assert main(["check", "--format", "github", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    where = "file=news/a%2Cb%3Ac.md"
    hedge = "hedge 'arguably'%3A weak, vague, 100%25 avoidable"
    assert lines == [
        f"::error {where},line=3,col=1,endLine=3,endColumn=4,title=RPT002::"
        "misspelt name 'Jonh' (suggestion: John)",
        f"::warning {where},line=3,col=30,endLine=3,endColumn=37,title=RPT001::"
        f"{hedge.replace('%3A', ':')} (suggestion: (delete))",
        f"::notice {where},line=3,col=54,endLine=3,endColumn=56,title=RPT003::"
        "110 votes in a chamber of 100",
        f"::warning {where},line=5,col=21,endLine=5,endColumn=28,title=RPT001::"
        f"{hedge.replace('%3A', ':')} (suggestion: (delete))",
    ]


@pytest.mark.usefixtures("report_rules")
def test_github_message_with_newline_stays_on_one_line(story, capsys):
    path = story("a.md", "# Title\n\nIt is\narguably fine.\n")
    main(["check", "--format", "github", "--select", "RPT001", path])
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("::warning file=a.md,line=4,col=1,")


# -- sarif ------------------------------------------------------------------------------


def _sarif(args, capsys):
    code = main(["check", "--format", "sarif", *args])
    log = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    return code, log


@pytest.mark.usefixtures("report_rules")
def test_sarif_validates_against_the_official_schema(story, capsys):
    code, log = _sarif([story()], capsys)
    assert code == 1
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["ruleId"] for r in run["results"]] == ["RPT002", "RPT001", "RPT003", "RPT001"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "warning"]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 1)
    assert (region["endLine"], region["endColumn"]) == (3, 5)  # SARIF's end is exclusive
    assert region["snippet"]["text"] == "Jonh"


@pytest.mark.usefixtures("report_rules")
def test_sarif_rules_metadata(story, capsys):
    from newslint.plugins import load_rules

    _, log = _sarif([story()], capsys)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    hedge = next(r for r in rules if r["id"] == "RPT001")
    expected = next(r for r in load_rules() if r.code == "RPT001")
    assert hedge["name"] == "style.report-hedge"
    assert hedge["shortDescription"]["text"] == "A hedging word that weakens the sentence"
    assert "weaken a sentence" in hedge["fullDescription"]["text"]
    assert "helpUri" not in hedge  # no documentation link unless NEWSLINT_DOCS_URL says where
    assert expected.doc_url is None
    assert hedge["defaultConfiguration"]["level"] == "warning"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


@pytest.mark.usefixtures("report_rules")
def test_sarif_fingerprint_survives_text_added_above(story, capsys):
    path = story()
    _, before = _sarif([path], capsys)
    story(path, "# Budget talks\n\nA new first paragraph.\n\n" + DRAFT.split("\n", 2)[2])
    _, after = _sarif([path], capsys)

    def prints(log):
        return [r["partialFingerprints"] for r in log["runs"][0]["results"]]

    assert prints(before) == prints(after)
    assert len({json.dumps(p) for p in prints(before)}) == 4


def test_sarif_reports_unreadable_files_and_stays_valid(story, capsys):
    code, log = _sarif(["missing.md"], capsys)
    assert code == 2
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "missing.md" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert log["runs"][0]["results"] == []


# -- html -------------------------------------------------------------------------------


@pytest.mark.usefixtures("report_rules")
def test_html_is_self_contained_and_escapes_the_draft(story, capsys):
    path = story("a.md", "# Title\n\nJonh wrote <script>alert(1)</script> & more.\n")
    assert main(["check", "--format", "html", path]) == 1
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in page
    for asset in ("<link", " src=", "@import", "url(", "http://", "https://"):
        assert asset not in page
    assert 'title="RPT002 error: misspelt name &#x27;Jonh&#x27; (suggestion: John)"' in page


# -- the registry -----------------------------------------------------------------------


def test_a_new_format_plugs_in_without_touching_the_lint_loop(story, capsys, monkeypatch):
    class Count(Formatter):
        name = "count"

        def render(self, findings, paths):
            return f"{len(findings)} in {len(paths)}\n"

    monkeypatch.setitem(FORMATTERS, "count", Count)
    path = story("a.md", "<!-- newslint-disable NL999 -->\n")
    assert main(["check", "--format", "count", path]) == 1
    assert capsys.readouterr().out == "1 in 1\n"


def _finding(text, start, end, code="RPT001", severity="warning"):
    from newslint.document import Document
    from newslint.finding import Finding, Severity

    doc = Document(text, "a.md")
    (line, col), (end_line, end_col) = doc.position(start), doc.position(end)
    return Finding(
        "a.md",
        start,
        end,
        line,
        col,
        end_line,
        end_col,
        code,
        "style.x",
        "style",
        Severity.parse(severity),
        "message",
        (),
        text[start:end],
    )


def test_html_marks_overlapping_and_multi_line_findings_whole():
    from html.parser import HTMLParser

    from newslint.formats.html import mark_up

    text = "One two three\r\nfour five.\n"
    spans = [(4, 13), (8, 19), (15, 19), (9, 9)]  # overlapping, across CRLF, empty
    items = [(f"f{i}", _finding(text, s, e)) for i, (s, e) in enumerate(spans)]

    class Marks(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.text, self.lines = [], {}, []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "span" and "data-line" in attrs:
                self.lines.append(attrs["data-line"])
            self.stack.append(attrs.get("data-findings", "").split() if tag == "mark" else [])

        def handle_endtag(self, tag):
            self.stack.pop()

        def handle_data(self, data):
            for ids in self.stack:
                for fid in ids:
                    self.text[fid] = self.text.get(fid, "") + data

    parser = Marks()
    parser.feed(mark_up(text, items))
    assert parser.lines == ["1", "2", "3"]
    # A highlight never takes in the line break itself.
    assert parser.text == {"f0": "two three", "f1": "threefour", "f2": "four"}
    assert mark_up(text, items).count('class="hl sev-warning point"') == 1


def test_every_registered_format_loads_under_its_own_name():
    from newslint.formats import formatter_class

    for name in list(FORMATTERS):
        cls = formatter_class(name)
        assert issubclass(cls, Formatter) and cls.name == name
