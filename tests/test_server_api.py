"""newslint's own JSON API on the real service: the same findings as ``newslint check``.

Also the service's start-up and access rules: the shared token, loopback-only Host
headers, and clear exits for a taken port or a broken configuration.
"""

import json
import os
import socket
import subprocess
import sys

import pytest
from conftest import ROOT
from server_helpers import cli, running
from server_helpers import cli_findings as shared_findings

DRAFT = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
#: A story told in the future tense about a day before its dateline, when it has one.
UNDATED = "Council vote\n\nThe council will vote on the budget on March 2, 2024.\n"


def cli_findings(tmp_path, text, *args, name="draft.md"):
    found = shared_findings(tmp_path, text, *args, name=name)
    for f in found:
        f.pop("path")
    return found


def api(service, **fields):
    status, _, body = service.json("/api/check", fields)
    assert status == 200, body
    answer = json.loads(body)
    paths = {f.pop("path") for f in answer["findings"]}
    assert paths <= {"draft.md", "draft.txt"}
    return answer


def test_findings_are_those_of_check_format_json(service, tmp_path):
    answer = api(service, text=DRAFT)
    assert answer["findings"] == cli_findings(tmp_path, DRAFT)
    assert answer["findings"]  # the sample draft has slips
    assert answer["date"] == "2025-11-04"  # read from its front matter
    assert answer["errors"] == [] and answer["truncated"] is False


def test_kind_decides_whether_markdown_is_read_as_markup(service, tmp_path):
    text = "Vote\n\nShe said `the the` was a typo, and then the the vote.\n"
    as_markdown = api(service, text=text, kind="markdown")["findings"]
    as_text = api(service, text=text, kind="text")["findings"]
    assert as_markdown == cli_findings(tmp_path, text, name="draft.md")
    assert as_text == cli_findings(tmp_path, text, name="draft.txt")
    assert len(as_text) == len(as_markdown) + 1  # the code span is prose only in plain text


def test_story_date_is_sent_or_read_from_front_matter(service, tmp_path):
    undated = api(service, text=UNDATED)
    dated = api(service, text=UNDATED, date="2025-11-04")
    assert undated["date"] is None and dated["date"] == "2025-11-04"
    assert undated["findings"] == cli_findings(tmp_path, UNDATED)
    assert dated["findings"] == cli_findings(tmp_path, UNDATED, "--date", "2025-11-04")
    assert len(dated["findings"]) > len(undated["findings"])  # the tense now contradicts it
    fronted = "---\ndate: 2025-11-04\n---\n\n" + UNDATED
    # Front matter wins over the date sent, as it wins over --date.
    answer = api(service, text=fronted, date="2023-01-01")
    assert answer["date"] == "2025-11-04"
    assert answer["findings"] == cli_findings(tmp_path, fronted, "--date", "2023-01-01")


def test_select_and_ignore_work_as_the_command_line_flags(service, tmp_path):
    for args in (("--select", "dates,NL604"), ("--ignore", "contradictions")):
        key = args[0].strip("-")
        answer = api(service, text=DRAFT, **{key: args[1].split(",")})
        assert answer["findings"] == cli_findings(tmp_path, DRAFT, *args)


def test_rules_lists_what_newslint_rules_lists(service):
    status, _, body = service.request("GET", "/api/rules")
    assert status == 200
    listed = {line.split()[0] for line in cli("rules").splitlines() if line.strip()}
    rules = json.loads(body)
    assert {r["code"] for r in rules} == listed
    assert all(r["url"] is None for r in rules)  # newslint has no site of its own
    status, _, body = service.form(
        "/v2/check", {"text": "The the vote was close.", "language": "en-US"}
    )
    assert status == 200 and json.loads(body)["matches"][0]["rule"]["urls"] == []


def test_documentation_links_appear_where_the_newsroom_publishes_them():
    env = {**os.environ, "NEWSLINT_DOCS_URL": "https://wiki.news.example/rules.html#{code}"}
    with running(env=env) as svc:
        rules = json.loads(svc.request("GET", "/api/rules")[2])
        assert all(
            r["url"] == f"https://wiki.news.example/rules.html#{r['code'].lower()}" for r in rules
        )
        status, _, body = svc.form(
            "/v2/check", {"text": "The the vote was close.", "language": "en-US"}
        )
        match = json.loads(body)["matches"][0]
        page = f"https://wiki.news.example/rules.html#{match['rule']['id'].lower()}"
        assert match["rule"]["urls"] == [{"value": page}]


def test_health_and_page_are_served(service):
    status, _, body = service.request("GET", "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"
    for path, kind in (("/", "text/html"), ("/newslint.js", "text/javascript")):
        status, headers, body = service.request("GET", path)
        assert status == 200 and headers["content-type"].startswith(kind)
        assert "default-src 'self'" in headers["content-security-policy"]
    page = service.request("GET", "/")[2].decode()
    assert "http://" not in page and "https://" not in page  # nothing loaded from elsewhere


@pytest.mark.parametrize(
    "body, says",
    [
        ({"text": "x", "config": "/etc/newslint.yaml"}, "unknown field 'config'"),
        ({"text": "x", "plugins": ["evil"]}, "unknown field 'plugins'"),
        ({"text": "x", "path": "/etc/passwd"}, "unknown field 'path'"),
        ({"text": 42}, "'text' is required"),
        ({"text": "x", "date": "last Tuesday"}, "'date' must be a date"),
        ({"text": "x", "kind": "html"}, "'kind'"),
        ({"text": "x", "select": ["NL999"]}, "names no known rule"),
    ],
)
def test_requests_cannot_reach_files_plugins_or_configuration(service, body, says):
    status, headers, answer = service.json("/api/check", body)
    assert status == 400 and headers["content-type"] == "application/json"
    assert says in json.loads(answer)["error"]


def test_a_broken_front_matter_is_reported_with_its_line(service):
    status, _, body = service.json("/api/check", {"text": "---\ndate: [\n---\nText.\n"})
    assert status == 400
    assert json.loads(body)["error"].startswith("draft.md:2: invalid front matter")


def test_host_headers_other_than_loopback_are_refused(service):
    # A page on another site cannot reach the service by pointing its own name at 127.0.0.1.
    status, _, _ = service.request("GET", "/api/rules", headers={"Host": "attacker.example"})
    assert status == 400
    assert service.request("GET", "/api/rules", headers={"Host": "localhost:1"})[0] == 200


def test_token_origins_and_the_service_date(tmp_path):
    env = {**os.environ, "NEWSLINT_TOKEN": "s3cret"}
    extension = "chrome-extension://abcdefghijklmnop"
    with running("--date", "2025-11-04", "--allow-origin", extension, env=env) as svc:
        ask = {"Origin": extension, "Access-Control-Request-Method": "POST"}
        status, headers, _ = svc.request("OPTIONS", "/v2/check", headers=ask)
        assert status == 200 and headers["access-control-allow-origin"] == extension
        other = {**ask, "Origin": "https://news.example"}
        status, headers, _ = svc.request("OPTIONS", "/v2/check", headers=other)
        assert "access-control-allow-origin" not in headers
        assert svc.json("/api/check", {"text": UNDATED})[0] == 401
        wrong = {"Authorization": "Bearer guess"}
        assert svc.json("/api/check", {"text": UNDATED}, wrong)[0] == 401
        status, headers, _ = svc.form("/v2/check", {"text": UNDATED, "language": "en-US"})
        assert status == 401 and headers["www-authenticate"] == "Bearer"
        good = {"Authorization": "Bearer s3cret"}
        status, _, body = svc.json("/api/check", {"text": UNDATED}, good)
        assert status == 200 and json.loads(body)["date"] == "2025-11-04"
        # LanguageTool clients send their key as apiKey; the token works there too.
        answer = svc.check(UNDATED, apiKey="s3cret")
        expected = cli_findings(tmp_path, UNDATED, "--date", "2025-11-04", name="d.txt")
        assert [m["rule"]["id"] for m in answer["matches"]] == [f["code"] for f in expected]
        assert svc.request("GET", "/health")[0] == 200  # no secret in it, open to probes
        assert svc.request("GET", "/")[0] == 200


def serve_exits(*args, cwd=None):
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
    )
    return proc.returncode, proc.stderr


def test_a_taken_port_or_a_broken_configuration_stops_with_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, err = serve_exits("--port", str(port))
    assert code == 2 and f"cannot listen on 127.0.0.1:{port}" in err
    bad = tmp_path / ".newslint.yaml"
    bad.write_text("select: [NL101]\nsevrity: {}\n", encoding="utf-8")
    code, err = serve_exits("--port", "0", "--config", str(bad))
    assert code == 2 and f"{bad}:2: unknown key 'sevrity'" in err
    code, err = serve_exits("--workers", "0")
    assert code == 2 and "--workers" in err


def test_a_text_with_more_findings_than_any_draft_is_cut_short_and_says_so(service):
    text = "Vote\n\n" + "He said the the vote was close.\n\n" * 1010
    answer = api(service, text=text, kind="text")
    assert answer["truncated"] is True and len(answer["findings"]) == 1000
    # The first thousand, in reading order: one per repeated sentence, on lines 3, 5, 7...
    assert [f["line"] for f in answer["findings"]] == list(range(3, 2002, 2))
    v2 = service.check(text)
    assert v2["warnings"]["incompleteResults"] is True and len(v2["matches"]) == 1000
