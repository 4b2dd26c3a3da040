"""The language server: the engine ``newslint check`` runs, speaking LSP to any editor.

One ``lint(uri)`` serves open, change and save, and publishes only that document.
Offsets stay code points inside newslint; they become the client's column units
(UTF-16 unless the client negotiated another) only here, through pygls's position
codec. A broken configuration or message is reported and the server keeps running.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from lsprotocol import types
from lsprotocol.converters import get_converter
from pygls.cli import start_server
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from newslint import __version__
from newslint.config import ConfigResolver
from newslint.document import Document, detect_kind
from newslint.engine import Linter, linter_for
from newslint.errors import ConfigError, NewslintError
from newslint.finding import Applicability, Finding
from newslint.formats import lsp_diagnostic, lsp_position
from newslint.text.frontmatter import split_front_matter

log = logging.getLogger(__name__)

#: languageId values an editor sends for drafts, and the document kind each means.
LANGUAGES = {"markdown": "markdown", "plaintext": "text", "text": "text"}
SUFFIXES = (".md", ".markdown", ".txt", ".text")
#: Drafts longer than this (in code points) are re-linted only once typing pauses, so a
#: pasted archive cannot queue up a lint per keystroke. A long feature is ~60,000.
LARGE = 200_000
QUIET_SECONDS = 0.3
#: How long a keystroke waits for edits sent right behind it before the re-lint starts.
SETTLE_SECONDS = 0.002
_CONVERTER = get_converter()


@dataclass
class Draft:
    """An open document as the editor holds it."""

    kind: str  # "markdown" or "text"
    text: str
    #: Edits received since the last lint began: how many the next lint covers.
    unlinted: int = 0


@dataclass
class Linted:
    """The last lint of an open document: what code actions and hover answer from."""

    doc: Document
    findings: list[Finding] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    linter: Linter | None = None


class _Utf8Repair:
    """Standard input whose message bodies have invalid UTF-8 replaced, not dropped.

    A draft pasted from a mis-encoded source must still be linted; pygls would
    discard the whole message and the editor would wait for an answer forever.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw

    def readline(self) -> bytes:
        """Read one header line as it is."""
        return self.raw.readline()

    def read(self, n: int) -> bytes:
        """Read a body, repairing its encoding if needed."""
        data = self.raw.read(n)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("utf-8", "replace").encode("utf-8")
        return data


class _Protocol(LanguageServerProtocol):
    """Answer a malformed request with an error instead of leaving the client waiting."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        """Structure a message; a request that cannot be structured gets an error reply."""
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            msg_id = data.get("id")
            if "method" in data and isinstance(msg_id, (int, str)):
                self._send_response(msg_id, error=exc.to_response_error())
            raise


class NewslintServer(LanguageServer):
    """Open drafts, their configuration and their last findings."""

    def __init__(self) -> None:
        super().__init__("newslint", __version__, protocol_cls=_Protocol)
        self.drafts: dict[str, Draft] = {}
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        #: When each draft's last lint finished, how long it took (monotonic seconds)
        #: and how many edits it covered.
        self.timing: dict[str, tuple[float, float, int]] = {}
        self.resolver = ConfigResolver()
        self.config_mtimes: dict[str, float] = {}
        self.shown: set[str] = set()

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """Serve on standard input and output, tolerating mis-encoded bodies."""
        out = stdout or sys.stdout.buffer
        # NOTE: a stray print() in a rule plugin must not corrupt the protocol stream.
        sys.stdout = sys.stderr
        super().start_io(stdin or _Utf8Repair(sys.stdin.buffer), out)  # type: ignore[arg-type]

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Log protocol and handler errors to the editor's log, never as a pop-up."""
        log.error("%s", error)
        self.window_log_message(
            types.LogMessageParams(type=types.MessageType.Error, message=f"newslint: {error}")
        )

    def changed(self, uri: str) -> None:
        """Re-lint after an edit: almost at once while typing, spaced out in a flood.

        The short wait lets edits already in the pipe (a paste of keystrokes, a macro,
        a client replaying history) land before the lint, so one lint covers them all.
        When the last lint covered more than one edit, edits are arriving faster than
        lints finish: lint at most every other lint time, so requests queued behind
        the edits are still answered. A huge paste waits for typing to pause.
        """
        draft = self.drafts.get(uri)
        if draft is None:
            return
        draft.unlinted += 1
        if len(draft.text) >= LARGE:
            self.cancel(uri)
            self.pending[uri] = asyncio.get_running_loop().call_later(
                QUIET_SECONDS, lint, self, uri
            )
            return
        if uri in self.pending:
            return  # a re-lint is already due; it will read the latest text
        finished, took, covered = self.timing.get(uri, (0.0, 0.0, 1))
        wait = SETTLE_SECONDS
        if covered > 1:
            wait = max(wait, finished + took - time.monotonic())
        self.pending[uri] = asyncio.get_running_loop().call_later(wait, lint, self, uri)

    def cancel(self, uri: str) -> None:
        """Forget a re-lint scheduled for a document."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def units(self, text: str) -> int:
        """Count a string's length in the column unit negotiated with the client."""
        return int(self.workspace.position_codec.client_num_units(text))

    def linter_for(self, path: str, fresh: bool) -> tuple[Linter, Any]:
        """Return the linter and configuration for a draft, found exactly as the CLI does."""
        if fresh or any(_mtime(p) != m for p, m in self.config_mtimes.items()):
            self.resolver = ConfigResolver()
            self.config_mtimes = {}
        config = self.resolver.for_path(path)
        if config.source and config.source not in self.config_mtimes:
            self.config_mtimes[config.source] = _mtime(config.source)
        return linter_for(config), config

    def tell_once(self, message: str) -> None:
        """Show a configuration problem once; it stays visible as a diagnostic."""
        if message not in self.shown:
            self.shown.add(message)
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Error, message=f"newslint: {message}"
                )
            )


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return -1.0


def _kind(uri: str, language_id: str | None) -> str | None:
    if language_id in LANGUAGES:
        return LANGUAGES[language_id]
    path = to_fs_path(uri) or uri
    return detect_kind(path) if path.lower().endswith(SUFFIXES) else None


def lint(ls: NewslintServer, uri: str, fresh: bool = False) -> None:
    """Lint one open draft and publish its diagnostics (open, change and save land here)."""
    ls.cancel(uri)
    if uri not in ls.drafts:
        return
    text, kind = ls.drafts[uri].text, ls.drafts[uri].kind
    covered, ls.drafts[uri].unlinted = ls.drafts[uri].unlinted, 0
    started = time.monotonic()
    path = to_fs_path(uri) or ""  # "" (an unsaved buffer): configuration from the cwd
    try:
        state = _lint(ls, uri, Draft(kind, text), path or uri, path, fresh)
    except NewslintError as exc:
        if isinstance(exc, ConfigError):
            ls.tell_once(str(exc))
        doc = Document(text, path or uri, kind=kind)
        state = Linted(doc, diagnostics=[_problem(ls, doc, exc)])
    ls.linted[uri] = state
    ls.timing[uri] = (time.monotonic(), time.monotonic() - started, covered)
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=state.diagnostics)
    )


def _lint(ls: NewslintServer, uri: str, draft: Draft, name: str, path: str, fresh: bool) -> Linted:
    linter, config = ls.linter_for(path, fresh)
    size = len(draft.text.encode("utf-8", "surrogatepass"))
    if size > config.max_file_size:
        mib = config.max_file_size / 1048576
        raise NewslintError(f"draft is {size / 1048576:.1f} MiB, over the {mib:g} MiB limit")
    before = ls.linted.get(uri)
    doc = Document(
        draft.text,
        name,
        kind=draft.kind,
        reference_date=config.date,
        earlier=before.doc if before is not None else None,
        versions=True,
    )
    result = linter.lint(doc)
    for error in result.errors:
        ls.report_server_error(error, NewslintError)
    urls = {r.code: r.doc_url for r in linter.rules}
    diagnostics = [
        _CONVERTER.structure(lsp_diagnostic(f, doc, urls[f.code], ls.units), types.Diagnostic)
        for f in result.findings
    ]
    return Linted(doc, result.findings, diagnostics, linter)


def _problem(ls: NewslintServer, doc: Document, exc: NewslintError) -> types.Diagnostic:
    """Show an error that stops linting at the place it concerns, or on the first line."""
    line = (exc.line or 1) - 1 if exc.path == doc.path else 0
    line = min(line, len(doc.line_starts) - 1)
    end = doc.line_starts[line + 1] if line + 1 < len(doc.line_starts) else len(doc.text)
    width = ls.units(doc.text[doc.line_starts[line] : end].rstrip("\r\n"))
    return types.Diagnostic(
        range=types.Range(types.Position(line, 0), types.Position(line, width)),
        message=str(exc),
        severity=types.DiagnosticSeverity.Error,
        source="newslint",
        code="config" if isinstance(exc, ConfigError) else "input",
    )


def offset_at(doc: Document, position: types.Position, units: Callable[[str], int]) -> int:
    """Turn a client position back into a code-point offset (clamped to the text)."""
    starts = doc.line_starts
    if position.line >= len(starts):
        return len(doc.text)
    end = starts[position.line + 1] if position.line + 1 < len(starts) else len(doc.text)
    count = 0
    for i in range(starts[position.line], end):
        if count >= position.character or doc.text[i] in "\r\n":
            return i
        count += units(doc.text[i])
    return end


def apply_change(
    text: str, change: types.TextDocumentContentChangeEvent, units: Callable[[str], int]
) -> str:
    """Apply one didChange event to a draft's text.

    Lines end only at CR, LF or CRLF, as the protocol says. (pygls's own copy also
    splits at form feeds, vertical tabs and U+2028, which text pasted from word
    processors contains, and then applies later edits to the wrong line.)
    """
    if not isinstance(change, types.TextDocumentContentChangePartial):
        return change.text
    lines = Document(text, kind="text")
    start = offset_at(lines, change.range.start, units)
    end = max(start, offset_at(lines, change.range.end, units))
    return text[:start] + change.text + text[end:]


def code_actions(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """Offer each suggestion as a quick fix, and a suppression comment per rule and line.

    Only a safe fix with a single suggestion is marked preferred, so an editor's
    "auto fix" applies it; an unsafe one (a judgement, such as a guessed name) is
    offered with "(unsafe)" in its title for the writer to choose or not.
    """
    uri = params.text_document.uri
    state = ls.linted.get(uri)
    if state is None:
        return []
    lo = offset_at(state.doc, params.range.start, ls.units)
    hi = offset_at(state.doc, params.range.end, ls.units)
    actions: list[types.CodeAction] = []
    disabled: set[tuple[int, str]] = set()
    for finding, diag in zip(state.findings, state.diagnostics, strict=False):
        if finding.end < lo or finding.start > hi:
            continue
        safe = finding.applicability is Applicability.SAFE
        for text in finding.suggestions:
            edit = types.TextEdit(range=diag.range, new_text=text)
            title = f"Replace with “{text}”" if text else f"Delete “{finding.text}”"
            title += "" if safe else " (unsafe)"
            preferred = safe and len(finding.suggestions) == 1
            actions.append(_action(title, uri, [edit], diag, preferred))
        if (finding.line, finding.code) not in disabled:
            disabled.add((finding.line, finding.code))
            edit = _disable_edit(ls, state.doc, finding)
            if edit is not None:
                title = f"Disable {finding.code} for this line"
                actions.append(_action(title, uri, [edit], diag, False))
    only = params.context.only
    return [a for a in actions if not only or any(str(a.kind).startswith(k) for k in only)]


def _action(
    title: str, uri: str, edits: list[types.TextEdit], diag: types.Diagnostic, preferred: bool
) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag],
        is_preferred=preferred or None,
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


def _disable_edit(ls: NewslintServer, doc: Document, finding: Finding) -> types.TextEdit | None:
    """Insert ``newslint-disable-next-line CODE`` so the finding's line is covered.

    In Markdown a comment line inside a paragraph would split it when rendered, so
    when the line above holds prose the comment goes at that line's end instead.
    """
    fm_start, fm_end = split_front_matter(doc.text) if doc.kind == "markdown" else (0, 0)
    if fm_start <= finding.start < fm_end:
        return None  # an HTML comment cannot live inside YAML front matter
    line = finding.line - 1
    eol = "\r\n" if "\r\n" in doc.text else "\n"
    if doc.kind != "markdown":
        return _insert(
            ls, doc, doc.line_starts[line], f"newslint-disable-next-line {finding.code}{eol}"
        )
    comment = f"<!-- newslint-disable-next-line {finding.code} -->"
    if line > 0:
        start, end = doc.line_starts[line - 1], doc.line_starts[line]
        above = doc.text[start:end].rstrip("\r\n")
        if doc.prose[start : start + len(above)].strip():
            return _insert(ls, doc, start + len(above.rstrip(" \t\\")), f" {comment}")
    return _insert(ls, doc, doc.line_starts[line], comment + eol)


def _insert(ls: NewslintServer, doc: Document, offset: int, text: str) -> types.TextEdit:
    pos = _position(doc, offset, ls.units)
    return types.TextEdit(range=types.Range(pos, pos), new_text=text)


def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
    """Say who a name in the draft is, from the registry, at the story's date."""
    state = ls.linted.get(params.text_document.uri)
    if state is None or state.linter is None:
        return None
    registry = _registry(state.linter)
    if registry is None:
        return None
    doc = state.doc
    offset = offset_at(doc, params.position, ls.units)
    for cand in doc.name_candidates:
        if cand.start <= offset < cand.end:
            found = _lookup(registry, doc, cand.words, offset)
            if found:
                when = doc.reference_date or dt.date.today()
                text = "\n\n---\n\n".join(describe(e, registry, when) for e in found[1])
                start, end = found[0]
                rng = types.Range(_position(doc, start, ls.units), _position(doc, end, ls.units))
                return types.Hover(
                    contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                    range=rng,
                )
    return None


def _position(doc: Document, offset: int, units: Callable[[str], int]) -> types.Position:
    return types.Position(**lsp_position(doc, offset, units))


def _registry(linter: Linter) -> Any:
    try:
        return linter.resources.registry
    except ImportError:  # the registry is an optional part of an installation
        return None
    except NewslintError as exc:
        log.warning("registry unavailable: %s", exc)
        return None


def _lookup(
    registry: Any, doc: Document, words: tuple[Any, ...], offset: int
) -> tuple[tuple[int, int], list[Any]] | None:
    """Find the longest run of the candidate's words, around the cursor, that the registry knows."""
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start, words[i + size - 1].end
            if start <= offset < end:
                text = doc.text[start:end]
                # a lone word is a surname only at the end of the name ("Ambrose
                # Quillfeather" is nobody the registry knows, not Rona Ambrose)
                last = size == 1 and i == len(words) - 1
                found = registry.lookup(text) or (_surname(registry, doc, text) if last else [])
                if found:
                    return (start, end), list(found)[:3]
    return None


def _surname(registry: Any, doc: Document, word: str) -> list[Any]:
    """Resolve a bare surname as a reader does: the full name used earlier, else a unique one."""
    for cand in doc.name_candidates:
        if len(cand.words) > 1 and cand.words[-1].text == word:
            full = doc.text[cand.words[0].start : cand.words[-1].end]
            people = [p for p in registry.lookup(full) if hasattr(p, "roles")]
            if people:
                return people
    people = registry.by_surname(word)
    return people if len(people) == 1 else []


def describe(entity: Any, registry: Any, when: dt.date) -> str:
    """Write the hover text: canonical name, then office and party on the story's date."""
    lines = [f"**{entity.name}**"]
    if hasattr(entity, "roles_at"):
        roles = entity.roles_at(when)
        lines += [_role(r) for r in roles] or ["No office on this date"]
        party = registry.get(entity.party_at(when) or "")
        if party is not None:
            lines.append(f"Party: {party.name}")
    lines.append(f"_on {when.isoformat()}, from {entity.source or 'the registry'}_")
    return "\n\n".join(lines)


def _role(role: Any) -> str:
    if hasattr(role, "describe"):
        return str(role.describe())
    return f"{role.office}, {role.jurisdiction}" if role.jurisdiction else str(role.office)


def build_server() -> NewslintServer:
    """Create the server with its features registered (no work happens at import)."""
    server = NewslintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        kind = _kind(params.text_document.uri, params.text_document.language_id)
        if kind is not None:
            ls.drafts[params.text_document.uri] = Draft(kind, params.text_document.text)
            lint(ls, params.text_document.uri, fresh=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        draft = ls.drafts.get(params.text_document.uri)
        if draft is not None:
            for change in params.content_changes:
                draft.text = apply_change(draft.text, change, ls.units)
            ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        lint(ls, params.text_document.uri, fresh=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.drafts.pop(uri, None)
        ls.cancel(uri)
        ls.linted.pop(uri, None)
        ls.timing.pop(uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )(code_actions)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    return server


def serve(args: list[str]) -> None:
    """Run the server until the client goes away (stdio unless ``--tcp`` is given)."""
    start_server(build_server(), args)
