"""Inline suppression comments a newsroom can live with.

In Markdown they are HTML comments, invisible once rendered; in plain text the
same words stand on a line of their own::

    <!-- newslint-disable NL101 names.inconsistent -->
    <!-- newslint-enable NL101 -->
    <!-- newslint-disable-next-line NL203 -->
    newslint-disable-next-line numbers

With no selector, a directive covers every rule. Selectors are codes, code
prefixes, rule names or families, separated by spaces or commas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

#: The one documented grammar of a directive (see the README, "Suppression").
DIRECTIVE = regex.compile(
    r"(?P<open><!--)?[ \t]*+newslint-(?P<verb>disable-next-line|disable|enable)"
    r"(?P<sel>(?:[ \t,]++[A-Za-z][\w.\-]*+)*+)[ \t]*+(?(open)-->)"
)
#: Longer lines are prose, not directives; the cap keeps a pasted blob from costing time.
MAX_LINE = 1000


@dataclass
class Directive:
    """One suppression comment and the lines it covers."""

    start: int
    end: int
    line: int  # 0-based line of the comment
    verb: str
    selectors: tuple[str, ...]
    first_line: int = 0
    last_line: int = 0
    used: set[str] = field(default_factory=set)

    def covers(self, line: int) -> bool:
        """Tell whether a 0-based line lies in this directive's reach."""
        return self.first_line <= line <= self.last_line


def find_directives(text: str, line_starts: list[int], markdown: bool) -> list[Directive]:
    """Find every directive and work out which lines each one covers."""
    if "newslint-" not in text:
        return []  # nearly every draft: skip the line-by-line scan
    found: list[Directive] = []
    if "newslint-" not in text:  # nearly every story: skip the line-by-line scan
        return found
    for index, line_start in enumerate(line_starts):
        raw = _line_text(text, line_starts, index).rstrip("\r\n")
        if "newslint-" not in raw or len(raw) > MAX_LINE:
            continue
        body = raw.strip(" \t")
        body_start = line_start + len(raw) - len(raw.lstrip(" \t"))
        # Markdown: an HTML comment anywhere on the line; plain text: a line of its own.
        m = DIRECTIVE.search(body) if markdown else DIRECTIVE.fullmatch(body)
        if m is None or (markdown and not m.group("open")):
            continue
        sels = tuple(s for s in regex.split(r"[\s,]+", m.group("sel").strip()) if s)
        found.append(
            Directive(body_start + m.start(), body_start + m.end(), index, m.group("verb"), sels)
        )
    _assign_reach(found, text, line_starts)
    return found


def _assign_reach(found: list[Directive], text: str, line_starts: list[int]) -> None:
    last = len(line_starts) - 1
    for i, d in enumerate(found):
        if d.verb == "disable-next-line":
            nxt = d.line + 1
            while nxt <= last and not _line_text(text, line_starts, nxt).strip():
                nxt += 1
            d.first_line = d.last_line = nxt
        elif d.verb == "disable":
            d.first_line, d.last_line = d.line, last
            for later in found[i + 1 :]:
                if later.verb == "enable" and _reenables(later.selectors, d.selectors):
                    d.last_line = later.line
                    break


def _reenables(enable: tuple[str, ...], disable: tuple[str, ...]) -> bool:
    return not enable or not disable or bool(set(enable) & set(disable))


def _line_text(text: str, line_starts: list[int], line: int) -> str:
    end = line_starts[line + 1] if line + 1 < len(line_starts) else len(text)
    return text[line_starts[line] : end]
