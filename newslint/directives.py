"""Inline suppression comments a newsroom can live with.

In Markdown they are HTML comments, invisible once rendered; in plain text the
same words stand on a line of their own::

    <!-- newslint-disable NL101 names.inconsistent -->
    <!-- newslint-enable NL101 -->
    <!-- newslint-disable-next-line NL203 -->
    A sentence newslint leaves alone. <!-- newslint-disable-line NL203 -->
    newslint-disable-next-line numbers

With no selector, a directive covers every rule. Selectors are codes, code
prefixes, rule names or families, separated by spaces or commas. A comment that
starts like a directive but is none (``newslint-disabel``, ``newslint-disable:``)
is kept as an ``unknown`` directive that covers nothing, so it can be reported
instead of silently doing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint.lazyre import lazy_compile

#: The one documented grammar of a directive (see docs/configuration.md, "Suppression").
DIRECTIVE = lazy_compile(
    r"(?P<open><!--)?[ \t]*+newslint-(?P<verb>disable-next-line|disable-line|disable|enable)"
    r"(?P<sel>(?:[ \t,]++[A-Za-z][\w.\-]*+)*+)[ \t]*+(?(open)-->)"
)
#: What any directive starts with: a comment (or, in plain text, a line) opening with
#: ``newslint-``; one that then fails the grammar is an unknown directive.
OPENING = lazy_compile(r"(?P<open><!--)?[ \t]*+newslint-[\w-]*+")
#: The verb an unknown directive is recorded with.
UNKNOWN = "unknown"
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
    #: Lines covered, 0-based and inclusive; none until ``find_directives`` assigns them.
    first_line: int = 0
    last_line: int = -1
    used: set[str] = field(default_factory=set)

    def covers(self, line: int) -> bool:
        """Tell whether a 0-based line lies in this directive's reach."""
        return self.first_line <= line <= self.last_line


def find_directives(text: str, line_starts: list[int], markdown: bool) -> list[Directive]:
    """Find every directive and work out which lines each one covers."""
    if "newslint-" not in text:
        return []  # nearly every draft: skip the line-by-line scan
    found: list[Directive] = []
    for index, line_start in enumerate(line_starts):
        raw = _line_text(text, line_starts, index).rstrip("\r\n")
        if "newslint-" not in raw or len(raw) > MAX_LINE:
            continue
        body = raw.strip(" \t")
        body_start = line_start + len(raw) - len(raw.lstrip(" \t"))
        # Markdown: an HTML comment anywhere on the line; plain text: a line of its own.
        opening = _opening(body, markdown)
        if opening is None:
            continue
        m = DIRECTIVE.match(body, opening.start())
        if (
            m is None
            or (markdown and not m.group("open"))
            or (not markdown and m.end() != len(body))
        ):
            end = body.find("-->", opening.end()) + 3 if markdown else len(body)
            end = end if end > 2 else opening.end()
            found.append(
                Directive(body_start + opening.start(), body_start + end, index, UNKNOWN, ())
            )
            continue
        sels = tuple(s for s in regex.split(r"[\s,]+", m.group("sel").strip()) if s)
        found.append(
            Directive(body_start + m.start(), body_start + m.end(), index, m.group("verb"), sels)
        )
    _assign_reach(found, text, line_starts)
    return found


def _opening(body: str, markdown: bool) -> regex.Match[str] | None:
    """Find where a directive starts on a line: a ``<!-- newslint-`` comment, or the line."""
    if markdown:
        return next((m for m in OPENING.finditer(body) if m.group("open")), None)
    return OPENING.match(body)


def _assign_reach(found: list[Directive], text: str, line_starts: list[int]) -> None:
    last = len(line_starts) - 1
    for i, d in enumerate(found):
        if d.verb == "disable-line":
            d.first_line = d.last_line = d.line
        elif d.verb == "disable-next-line":
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
