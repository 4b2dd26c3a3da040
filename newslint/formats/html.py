"""One self-contained HTML page for editors: each draft marked up where the findings are.

The page carries its own style and script and loads nothing from the network, so
it can be mailed, archived or opened from a shared drive. Without the script every
finding is still shown; the script only adds the family and severity filters.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from html import escape

from newslint.finding import FAMILIES, Finding, Severity
from newslint.formats.base import Formatter, suggestion_text
from newslint.source import read_source

_NEWLINE = re.compile(r"\r\n|\r|\n")

STYLE = """
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#f6f8fa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #d0d7de}
h1{font-size:20px;margin:0 0 4px}
fieldset{display:inline-block;border:1px solid #d0d7de;margin:4px 8px 0 0;padding:2px 10px}
label{margin-right:10px;white-space:nowrap}
.layout{display:flex;align-items:flex-start}
nav{width:34%;max-width:480px;position:sticky;top:0;max-height:100vh;overflow:auto;padding:8px 16px;
  box-sizing:border-box;background:#fff;border-right:1px solid #d0d7de}
nav h2{font-size:16px;margin:12px 0 4px;text-transform:capitalize}
nav ol{margin:0;padding-left:20px}
nav li{margin:4px 0;font-size:13px}
main{flex:1;padding:8px 20px;min-width:0}
article{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:0 0 16px;padding:4px 16px}
article h2{font-size:15px;font-family:ui-monospace,monospace}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.6 ui-monospace,monospace}
mark.hl{border-radius:2px;color:inherit;cursor:help;border-bottom:2px solid}
mark.sev-error{background:#ffd7d5;border-color:#cf222e}
mark.sev-warning{background:#fff1b8;border-color:#bf8700}
mark.sev-info{background:#ddf4ff;border-color:#0969da}
mark.hl.off{background:none;border-color:transparent;cursor:auto}
mark.point::after{content:"\\2038";color:#cf222e}
.count{display:inline-block;min-width:1.5em;padding:0 5px;border-radius:9px;background:#eaeef2;
  font-size:12px;text-align:center}
.sev{font-size:12px;font-weight:600}
.sev.error{color:#cf222e}.sev.warning{color:#9a6700}.sev.info{color:#0969da}
.sugg{color:#1a7f37}
"""

SCRIPT = """
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input'));
  function apply() {
    var on = {family: {}, severity: {}}, shown = {};
    boxes.forEach(function (b) { if (b.checked) on[b.dataset.filter][b.value] = true; });
    document.querySelectorAll('li.item').forEach(function (li) {
      var ok = on.family[li.dataset.family] && on.severity[li.dataset.severity];
      li.hidden = !ok;
      if (ok) shown[li.dataset.finding] = true;
    });
    document.querySelectorAll('mark.hl').forEach(function (m) {
      var ids = m.dataset.findings.split(' ');
      m.classList.toggle('off', !ids.some(function (id) { return shown[id]; }));
    });
    document.querySelectorAll('nav section').forEach(function (s) {
      s.hidden = !s.querySelector('li.item:not([hidden])');
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
"""


def _hover(f: Finding) -> str:
    hint = suggestion_text(f)
    return f"{f.code} {f.severity.label}: {f.message}" + (f" ({hint})" if hint else "")


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, newline) for each line, as ``Document.position`` counts them."""
    start = 0
    for m in _NEWLINE.finditer(text):
        yield start, m.start(), m.group()
        start = m.end()
    yield start, len(text), ""


def mark_up(text: str, items: Sequence[tuple[str, Finding]]) -> str:
    """Return the draft as escaped HTML, each line in a span and each finding in marks."""
    by_line: dict[int, list[tuple[str, Finding]]] = defaultdict(list)
    for item in items:
        for n in range(item[1].line, item[1].end_line + 1):
            by_line[n].append(item)
    out = []
    for n, (a, b, newline) in enumerate(_lines(text), 1):
        body = _line(text, a, b, by_line.get(n, []))
        out.append(f'<span class="ln" data-line="{n}">{body}</span>{newline}')
    return "".join(out)


def _line(text: str, a: int, b: int, items: list[tuple[str, Finding]]) -> str:
    cuts = sorted(
        {a, b}
        | {min(max(f.start, a), b) for _, f in items}
        | {min(max(f.end, a), b) for _, f in items}
    )
    out = []
    for i, s in enumerate(cuts):
        e = cuts[i + 1] if i + 1 < len(cuts) else None
        for fid, f in items:
            if f.start == s and a <= s <= b:
                out.append(f'<span class="anchor" id="{fid}"></span>')
                if f.start == f.end:
                    out.append(_mark("", [(fid, f)], " point"))
        if e is None:
            break
        covering = [(fid, f) for fid, f in items if f.start <= s and f.end >= e and s < e]
        chunk = text[s:e]
        out.append(_mark(chunk, covering) if covering else escape(chunk, quote=False))
    return "".join(out)


def _mark(chunk: str, covering: list[tuple[str, Finding]], extra: str = "") -> str:
    worst = max(f.severity for _, f in covering)
    ids = " ".join(fid for fid, _ in covering)
    families = " ".join(sorted({f.family for _, f in covering}))
    title = escape("\n".join(_hover(f) for _, f in covering))
    return (
        f'<mark class="hl sev-{worst.label}{extra}" data-findings="{ids}" '
        f'data-families="{families}" title="{title}">{escape(chunk, quote=False)}</mark>'
    )


class HtmlFormatter(Formatter):
    """A page with the drafts marked up, a list by family, counts and filters."""

    name = "html"
    needs_sources = True

    def render(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        """Return the whole page."""
        ordered = sorted(findings, key=Finding.sort_key)
        items = [(f"f{i}", f) for i, f in enumerate(ordered, 1)]
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>newslint report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"{self._header(ordered, paths)}"
            f'<div class="layout">\n{self._nav(items)}<main>\n{self._drafts(items)}</main>\n'
            f"</div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
        )

    def _header(self, findings: Sequence[Finding], paths: Sequence[str]) -> str:
        families = Counter(f.family for f in findings)
        severities = Counter(f.severity for f in findings)
        with_findings = len({f.path for f in findings})
        summary = (
            f"{len(findings)} finding{'s' * (len(findings) != 1)} in {with_findings} of "
            f"{len(paths)} file{'s' * (len(paths) != 1)}"
        )
        fam = "".join(_box("family", name, families[name]) for name in FAMILIES if families[name])
        sev = "".join(
            _box("severity", s.label, severities[s])
            for s in sorted(Severity, reverse=True)
            if severities[s]
        )
        errors = "".join(f"<li>{escape(e)}</li>" for e in self.errors)
        return (
            f'<header>\n<h1>newslint report</h1>\n<p id="summary">{escape(summary)}</p>\n'
            + (f'<ul class="errors">{errors}</ul>\n' if errors else "")
            + f'<form id="filters">\n<fieldset><legend>Family</legend>{fam}</fieldset>\n'
            f"<fieldset><legend>Severity</legend>{sev}</fieldset>\n</form>\n</header>\n"
        )

    @staticmethod
    def _nav(items: Sequence[tuple[str, Finding]]) -> str:
        groups: dict[str, list[tuple[str, Finding]]] = defaultdict(list)
        for item in items:
            groups[item[1].family].append(item)
        order = [f for f in FAMILIES if f in groups] + sorted(set(groups) - set(FAMILIES))
        out = ['<nav id="findings">\n']
        for family in order:
            entries = "".join(_entry(fid, f) for fid, f in groups[family])
            count = len(groups[family])
            out.append(
                f'<section data-family="{escape(family)}"><h2>{escape(family)} '
                f'<span class="count">{count}</span></h2>\n<ol>\n{entries}</ol></section>\n'
            )
        out.append("</nav>\n")
        return "".join(out)

    def _drafts(self, items: Sequence[tuple[str, Finding]]) -> str:
        per_path: dict[str, list[tuple[str, Finding]]] = defaultdict(list)
        for item in items:
            per_path[item[1].path].append(item)
        out = []
        for path, found in per_path.items():
            text = self._source(path)
            body = (
                f'<pre class="text">{mark_up(text, found)}</pre>'
                if text is not None
                else "<p>The draft could not be read again to show it.</p>"
            )
            out.append(
                f'<article data-path="{escape(path)}">\n<h2>{escape(path)} '
                f'<span class="count">{len(found)}</span></h2>\n{body}\n</article>\n'
            )
        return "".join(out)

    def _source(self, path: str) -> str | None:
        if path in self.sources:
            return self.sources[path]
        try:
            return read_source(path).text
        except Exception:  # the page still lists the findings without the draft
            return None


def _box(kind: str, value: str, count: int) -> str:
    return (
        f'<label><input type="checkbox" data-filter="{kind}" value="{escape(value)}" checked> '
        f'{escape(value)} <span class="count">{count}</span></label>'
    )


def _entry(fid: str, f: Finding) -> str:
    hint = suggestion_text(f)
    return (
        f'<li class="item" data-finding="{fid}" data-family="{escape(f.family)}" '
        f'data-severity="{f.severity.label}"><a href="#{fid}">{escape(f.path)}:{f.line}:'
        f"{f.column}</a> <code>{escape(f.code)}</code> "
        f'<span class="sev {f.severity.label}">{f.severity.label}</span> {escape(f.message)}'
        + (f' <span class="sugg">({escape(hint)})</span>' if hint else "")
        + "</li>\n"
    )
