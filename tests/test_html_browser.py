"""The HTML report in a real browser: highlights sit on the offending words, filters work.

Debian's headless ``chromium`` loads the page from disk; a probe script appended
to a copy of the page reads the DOM and writes what it found into the page, which
``--dump-dom`` returns. A screenshot of the real page is kept in ``artifacts/``.
"""

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, which_or_skip
from report_helpers import DRAFT, report_rules  # noqa: F401

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--window-size=1280,900",
]

CLEAR = "rgba(0, 0, 0, 0)"  # a computed background with no highlight

PROBE = r"""
<script>
(function () {
  function cp(s) { return Array.from(s).length; }  // columns count code points
  function report() {
    var out = [];
    document.querySelectorAll('li.item').forEach(function (li) {
      var id = li.dataset.finding;
      var marks = Array.prototype.filter.call(document.querySelectorAll('mark.hl'),
        function (m) { return m.dataset.findings.split(' ').indexOf(id) >= 0; });
      var first = marks[0], line = first.closest('.ln');
      var before = document.createRange();
      before.setStart(line, 0);
      before.setEndBefore(first);
      first.scrollIntoView({block: 'center'});
      var box = first.getBoundingClientRect();
      var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      out.push({
        path: first.closest('article').dataset.path,
        text: marks.map(function (m) { return m.textContent; }).join(''),
        line: Number(line.dataset.line),
        column: cp(before.toString()) + 1,
        width: box.width, height: box.height,
        onTop: hit === first || first.contains(hit),
        background: getComputedStyle(first).backgroundColor,
        listed: !li.hidden,
        hover: first.title
      });
    });
    return out;
  }
  function untick(kind, value) {
    var box = document.querySelector(
      '#filters input[data-filter="' + kind + '"][value="' + value + '"]');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
  }
  var result = {all: report()};
  untick('family', 'style');
  result.noStyle = report();
  untick('severity', 'error');
  result.noStyleNoError = report();
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
</script>
"""


@pytest.fixture
def chromium(tmp_path):
    program = which_or_skip("chromium")

    def run(*args):
        profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
        cmd = [program, *FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)

    return run


@pytest.fixture
def page(tmp_path, report_rules):  # noqa: F811
    drafts = tmp_path / "desk"
    drafts.mkdir()
    (drafts / "budget.md").write_text(DRAFT, encoding="utf-8")
    (drafts / "wide.txt").write_text("Vote\n\n🗳 Jonh won, arguably,\nby 110 votes.\n", "utf-8")
    (drafts / "clean.md").write_text("Nothing to see.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "html", str(drafts)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    path = tmp_path / "report.html"
    path.write_text(proc.stdout, encoding="utf-8")
    return path


def _probe(page, chromium):
    probed = page.with_name("probed.html")
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    dom = chromium("--dump-dom", probed.as_uri()).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


def test_highlights_sit_on_the_offending_words(page, chromium):
    seen = _probe(page, chromium)["all"]
    where = sorted((Path(s["path"]).name, s["line"], s["column"], s["text"]) for s in seen)
    # Positions counted by hand; in wide.txt the ballot-box emoji is one code point.
    assert where == [
        ("budget.md", 3, 1, "Jonh"),
        ("budget.md", 3, 30, "arguably"),
        ("budget.md", 3, 54, "110"),
        ("budget.md", 5, 21, "arguably"),
        ("wide.txt", 3, 3, "Jonh"),
        ("wide.txt", 3, 13, "arguably"),
        ("wide.txt", 4, 4, "110"),
    ]
    for s in seen:
        assert s["width"] > 0 and s["height"] > 0 and s["onTop"], s
        assert s["background"] != CLEAR, s
        assert s["listed"]
    jonh = next(s for s in seen if s["text"] == "Jonh")
    assert jonh["hover"] == "RPT002 error: misspelt name 'Jonh' (suggestion: John)"


def test_filters_by_family_and_severity(page, chromium):
    result = _probe(page, chromium)

    def state(key):
        return {(s["text"], s["listed"], s["background"] == CLEAR) for s in result[key]}

    # (words, still listed, highlight cleared)
    assert state("noStyle") == {
        ("Jonh", True, False),
        ("110", True, False),
        ("arguably", False, True),
    }
    assert state("noStyleNoError") == {
        ("Jonh", False, True),
        ("110", True, False),
        ("arguably", False, True),
    }


def test_screenshot_is_saved_as_an_artifact(page, chromium, tmp_path):
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copy(shot, artifacts / "html-report.png")
    shutil.copy(page, artifacts / "html-report.html")
