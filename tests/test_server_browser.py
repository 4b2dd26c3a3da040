"""The service's web page in a real headless Chromium (Debian's), driven by Playwright.

A draft is typed into the page as a reporter would; the page must highlight exactly
the findings the JSON API reports for that text, on the offending words, and a click
on a fix must change the draft and clear the finding. A screenshot is kept in
``artifacts/``.
"""

import json

import pytest
from conftest import ROOT, which_or_skip
from server_helpers import running

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CLEAR = "rgba(0, 0, 0, 0)"
#: Typed into the page: front matter with a date, a headline, and planted slips after an
#: emoji (one code point, two UTF-16 units), so columns must be converted to find them.
TYPED = (
    "---\ndate: 2025-11-04\n---\n\nTalks go on\n\n"
    "🗳 Japanese Prime Minister Sanai Takwati met reporters on Wednesday, "
    "October 28, 2025, and the the talks went on.\n"
)

PROBE = """() => {
  const field = document.getElementById('draft').getBoundingClientRect();
  return Array.from(document.querySelectorAll('#findings li')).map(li => {
    const marks = Array.from(document.querySelectorAll('#backdrop mark')).filter(
      m => m.dataset.findings.split(' ').includes(li.dataset.finding));
    const box = marks.length ? marks[0].getBoundingClientRect() : null;
    return {
      code: li.dataset.code,
      text: marks.map(m => m.textContent).join(''),
      inside: !!box && box.width > 0 && box.height > 0 && box.left >= field.left &&
        box.right <= field.right && box.top >= field.top && box.bottom <= field.bottom,
      background: marks.length ? getComputedStyle(marks[0]).backgroundColor : null,
      message: li.querySelector('.message').textContent,
    };
  });
}"""


@pytest.fixture(scope="module")
def browser():
    program = which_or_skip("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=program, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def service():
    with running() as svc:
        yield svc


def expected(service, text):
    """The API's findings for a text, each with the words it covers."""
    status, _, body = service.json("/api/check", {"text": text})
    assert status == 200
    lines = text.splitlines(keepends=True)

    def offset(line, column):
        return sum(len(x) for x in lines[: line - 1]) + column - 1

    return [
        (f["code"], text[offset(f["line"], f["column"]) : offset(f["end_line"], f["end_column"])])
        for f in json.loads(body)["findings"]
    ]


def open_page(browser, service):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(service.url + "/")
    return page


def test_typed_draft_gets_its_findings_highlighted_in_place(browser, service):
    page = open_page(browser, service)
    page.locator("#draft").press_sequentially(TYPED)
    page.wait_for_selector('#findings li[data-code="NL101"]')
    want = expected(service, TYPED)
    assert ("NL101", "Sanai Takwati") in want and ("NL604", "the the") in want
    page.wait_for_function(f"document.querySelectorAll('#findings li').length === {len(want)}")
    seen = page.evaluate(PROBE)
    assert [(s["code"], s["text"]) for s in seen] == want
    for s in seen:
        assert s["inside"], s
        assert s["background"] not in (None, CLEAR), s
    field = page.evaluate("getComputedStyle(document.getElementById('draft')).backgroundColor")
    assert field == CLEAR  # the highlights show through the text being edited
    assert "Sanae Takaichi" in next(s["message"] for s in seen if s["code"] == "NL101")
    assert page.inner_text("#date-used") == "Story date: 2025-11-04"
    assert page.is_hidden("#token-box")  # this service asks for no token
    shot = ROOT / "artifacts" / "server-page.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    page.close()


def test_clicking_a_fix_applies_it_and_the_finding_goes(browser, service):
    page = open_page(browser, service)
    page.locator("#draft").press_sequentially(TYPED)
    item = page.locator('#findings li[data-code="NL101"]')
    item.locator("button.fix", has_text="Sanae Takaichi").click()
    fixed = TYPED.replace("Sanai Takwati", "Sanae Takaichi")
    assert page.input_value("#draft") == fixed
    page.wait_for_selector('#findings li[data-code="NL101"]', state="detached")
    want = expected(service, fixed)
    page.wait_for_function(f"document.querySelectorAll('#findings li').length === {len(want)}")
    assert [(s["code"], s["text"]) for s in page.evaluate(PROBE)] == want
    page.close()
