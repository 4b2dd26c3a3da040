"""LanguageTool clients against the real ``newslint serve``: they see what ``newslint check`` sees.

Each test compares what a client shows with what the command line reports for the
same draft, so the service is held to the linter's own answers, placed where the
client expects them (LanguageTool counts offsets in UTF-16 units).
"""

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import language_tool_python
import pytest
from conftest import ROOT
from server_helpers import cli
from server_helpers import cli_findings as shared_findings

#: Planted slips: a misspelt office holder, a repeated word and a wrong weekday, with
#: emoji (two UTF-16 units each) before them so offsets in code points and units differ.
DRAFT = (
    "Talks go on in Tokyo\n\n"
    "🗳 Japanese Prime Minister Sanai Takwati met reporters 🇯🇵 on Wednesday, "
    "October 28, 2025, and the the talks went on.\n\n"
    "Officials said the agreement would be signed soon.\n"
)


def cli_findings(tmp_path, text, *args):
    return shared_findings(tmp_path, text, *args, name="draft.txt")


def spans(findings, text):
    """(code, offending text) per CLI finding, read off the draft by line and column."""
    lines = text.splitlines(keepends=True)
    out = []
    for f in findings:
        start = sum(len(x) for x in lines[: f["line"] - 1]) + f["column"] - 1
        end = sum(len(x) for x in lines[: f["end_line"] - 1]) + f["end_column"] - 1
        out.append((f["code"], text[start:end]))
    return sorted(out)


def test_language_tool_python_sees_the_findings_of_newslint_check(service, tmp_path):
    expected = spans(cli_findings(tmp_path, DRAFT), DRAFT)
    assert ("NL101", "Sanai Takwati") in expected and ("NL604", "the the") in expected
    with language_tool_python.LanguageTool("en-US", remote_server=service.url) as tool:
        matches = tool.check(DRAFT)
    # The library turns LanguageTool's UTF-16 offsets back into code points itself.
    seen = sorted((m.rule_id, DRAFT[m.offset : m.offset + m.error_length]) for m in matches)
    assert seen == expected
    name = next(m for m in matches if m.rule_id == "NL101")
    assert name.replacements == ["Sanae Takaichi"]
    assert name.category == "names" and name.rule_issue_type == "misspelling"
    # Context offsets stay in UTF-16 units, as LanguageTool's own server sends them.
    assert utf16_slice(name.context, name.offset_in_context, 13) == "Sanai Takwati"


def test_correcting_with_the_client_applies_the_fixes_newslint_would(service, tmp_path):
    path = tmp_path / "fixed.txt"
    path.write_text(DRAFT, encoding="utf-8")
    # A LanguageTool client applies whichever suggestion it is given: unsafe ones too.
    cli("check", "--fix", "--unsafe-fixes", str(path))
    with language_tool_python.LanguageTool("en-GB", remote_server=service.url) as tool:
        corrected = tool.correct(DRAFT)
    assert corrected == path.read_text(encoding="utf-8")
    assert "Sanae Takaichi" in corrected and "the the" not in corrected


def test_client_rule_and_category_choices_narrow_or_widen_the_findings(service, tmp_path):
    everything = {f["code"] for f in cli_findings(tmp_path, DRAFT)}
    with language_tool_python.LanguageTool("en-US", remote_server=service.url) as tool:
        tool.disabled_rules = {"NL604"}
        tool.disabled_categories = {"dates"}
        narrowed = {m.rule_id for m in tool.check(DRAFT)}
        assert narrowed == everything - {"NL604", "NL302"}

        tool.disabled_rules, tool.disabled_categories = set(), set()
        tool.enabled_rules, tool.enabled_rules_only = {"NL101"}, True
        assert {m.rule_id for m in tool.check(DRAFT)} == {"NL101"}

        tool.enabled_rules, tool.enabled_categories = set(), {"style"}
        only_style = {m.rule_id for m in tool.check(DRAFT)}
        cli_style = {f["code"] for f in cli_findings(tmp_path, DRAFT, "--select", "style")}
        assert only_style == cli_style and "NL604" in only_style


def test_pylanguagetool_command_line_prints_each_finding(service, tmp_path):
    program = shutil.which("pylanguagetool", path=str(Path(sys.executable).parent))
    assert program, "pylanguagetool is installed with the test extra"
    # pylanguagetool slices the context by code points where LanguageTool counts UTF-16
    # units, so its underline is drawn on a draft without emoji.
    text = DRAFT.replace("🗳 ", "").replace(" 🇯🇵", "")
    draft = tmp_path / "story.txt"
    draft.write_text(text, encoding="utf-8")
    expected = cli_findings(tmp_path, text)
    proc = subprocess.run(
        [program, "--no-color", "--rules", "--api-url", service.url + "/v2/", str(draft)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr  # findings, as LanguageTool's
    for finding in expected:
        assert finding["message"] in proc.stdout
        assert f"{finding['code']}: " in proc.stdout
    # The marked context line underlines the misspelt name, with its fix below it.
    lines = proc.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "is not in the name registry" in line)
    context, carets = lines[at + 1], lines[at + 2]
    start = carets.index("^")
    assert context[start : start + carets.count("^")] == "Sanai Takwati"
    assert "Sanae Takaichi met reporters" in lines[at + 3]
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Monday.\n", encoding="utf-8")
    proc = subprocess.run(
        [program, "--no-color", "--api-url", service.url + "/v2/", "-l", "en-GB", str(clean)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout


def utf16_slice(text, offset, length):
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def test_annotated_data_skips_markup_and_counts_offsets_in_the_original(service):
    pieces = [
        {"markup": '<p class="lede">', "interpretAs": "\n\n"},
        {"markup": '<img alt="🗳">'},
        {"text": "Japanese Prime Minister "},
        {"markup": "<b>"},
        {"text": "Sanai Takwati"},
        {"markup": "</b>"},
        {"text": " said the "},
        {"markup": "<i>"},
        {"text": "the"},
        {"markup": "</i>"},
        {"text": " deal was done."},
        {"markup": "<code>a a</code>"},
        {"markup": "</p>", "interpretAs": "\n\n"},
    ]
    original = "".join(p.get("text", p.get("markup")) for p in pieces)
    answer = service.check(None, data=json.dumps({"annotation": pieces}))
    found = {
        m["rule"]["id"]: utf16_slice(original, m["offset"], m["length"]) for m in answer["matches"]
    }
    assert found["NL101"] == "Sanai Takwati"
    assert found["NL604"] == "the <i>the"  # the words repeat across the markup between them
    assert len(answer["matches"]) == 2  # the repeated word inside <code> markup is not read


def test_unknown_fields_are_ignored_and_auto_is_english(service):
    plain = service.check(DRAFT)
    noisy = service.check(
        DRAFT, motherTongue="de-DE", level="picky", mode="all", textSessionId="42", colour="red"
    )
    assert noisy["matches"] == plain["matches"]
    auto = service.check(DRAFT, language="auto", preferredVariants="en-GB,de-AT")
    assert auto["language"]["code"] == "en-GB"
    assert auto["matches"] == plain["matches"]


@pytest.mark.parametrize(
    "fields, says",
    [
        ({"text": "x", "language": "de-DE"}, "English only"),
        ({"language": "en-US"}, "missing 'text' or 'data'"),
        ({"text": "x", "data": "{}", "language": "en-US"}, "not both"),
        ({"data": "{not json", "language": "en-US"}, "not valid JSON"),
        ({"data": '{"annotation": [{"tag": "p"}]}', "language": "en-US"}, "annotation 0"),
        ({"text": "x", "enabledOnly": "true"}, "enabledOnly"),
        ({"text": "x", "level": "ultra"}, "'level'"),
    ],
)
def test_malformed_checks_get_400_with_languagetool_style_errors(service, fields, says):
    status, headers, body = service.form("/v2/check", fields)
    assert status == 400
    assert headers["content-type"].startswith("text/plain")
    assert body.decode().startswith("Error: ") and says in body.decode()


def test_get_requests_and_languages_work_as_in_languagetool(service):
    status, _, body = service.request("GET", "/v2/check?language=en-US&text=He+said+the+the+words.")
    assert status == 200
    assert [m["rule"]["id"] for m in json.loads(body)["matches"]] == ["NL604"]
    status, _, body = service.request("GET", "/v2/languages")
    codes = {lang["longCode"] for lang in json.loads(body)}
    assert {"en-US", "en-GB"} <= codes


def test_the_readme_client_set_ups_work_as_written(service, tmp_path):
    """The two client set-ups the README gives reach the service and show its findings."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    local = "http://localhost:8081"
    command = re.search(r"`(pylanguagetool [^`]+)`", readme).group(1)
    call = re.search(r'LanguageTool\("([^"]+)", remote_server="([^"]+)"\)', readme)
    assert local in command and call.group(2) == local
    (tmp_path / "draft.txt").write_text(DRAFT.replace("🗳 ", "").replace(" 🇯🇵", ""), "utf-8")
    argv = shlex.split(command.replace(local, service.url))
    argv[0] = shutil.which("pylanguagetool", path=str(Path(sys.executable).parent))
    proc = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "Sanae Takaichi" in proc.stdout, proc.stdout + proc.stderr
    remote = call.group(2).replace(local, service.url)
    with language_tool_python.LanguageTool(call.group(1), remote_server=remote) as tool:
        assert "NL101" in {m.rule_id for m in tool.check(DRAFT)}
