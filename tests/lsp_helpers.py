"""Real clients for `newslint lsp`: pygls's LanguageClient, and a raw peer for broken bytes.

Every wait is on a future or a queue with a timeout, never on a sleep.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 120  # a bound on waiting, generous for a loaded CI machine; not a timing test


@dataclass(frozen=True)
class Planted:
    """A problem planted in a draft: the wrong words, the fix, and the rule that finds it."""

    wrong: str
    right: str
    code: str


#: A misspelling of a name in the shipped registry, found by names.misspelled (NL101).
PLANTED = Planted("Sanae Takaichy", "Sanae Takaichi", "NL101")


def server_env() -> dict[str, str]:
    """The environment an editor starts the server in: the user's own."""
    return dict(os.environ)


def newslint_command(*args: str) -> list[str]:
    """The installed `newslint` command with arguments, as an editor or a script runs it."""
    script = Path(sys.executable).parent / "newslint"
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "newslint", *args]


def server_command() -> list[str]:
    """The command an editor starts: `newslint lsp`."""
    return newslint_command("lsp")


def utf16_index(text: str, position: types.Position) -> int:
    """Turn an LSP position (UTF-16 columns) into a code-point index, as an editor does."""
    lines = text.split("\n")
    before = sum(len(line) + 1 for line in lines[: position.line])
    units = lines[position.line].encode("utf-16-le", "surrogatepass")[: 2 * position.character]
    return before + len(units.decode("utf-16-le", "surrogatepass"))


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply text edits the way an editor does (last first, so earlier offsets hold)."""
    spans = [(utf16_index(text, e.range.start), utf16_index(text, e.range.end), e) for e in edits]
    for start, end, edit in sorted(spans, key=lambda s: s[0], reverse=True):
        text = text[:start] + edit.new_text + text[end:]
    return text


class Session:
    """pygls's LanguageClient driving `newslint lsp` in a subprocess over stdio."""

    def __init__(
        self,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        capabilities: types.ClientCapabilities | None = None,
    ) -> None:
        self.env = env
        self.cwd = cwd
        self.capabilities = capabilities or types.ClientCapabilities()
        self.client = LanguageClient("newslint-tests", "1.0")
        self.published: dict[str, asyncio.Queue[list[types.Diagnostic]]] = {}
        self.shown: asyncio.Queue[types.ShowMessageParams] = asyncio.Queue()
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams) -> None:
            self._queue(params.uri).put_nowait(params.diagnostics)

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def _shown(params: types.ShowMessageParams) -> None:
            self.shown.put_nowait(params)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _logged(params: types.LogMessageParams) -> None:
            pass

    def _queue(self, uri: str) -> asyncio.Queue[list[types.Diagnostic]]:
        return self.published.setdefault(uri, asyncio.Queue())

    async def start(self) -> types.InitializeResult:
        """Start the server and complete the initialize handshake."""
        cmd = server_command()
        await self.client.start_io(cmd[0], *cmd[1:], env=self.env, cwd=self.cwd)
        result = await asyncio.wait_for(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=self.capabilities,
                    root_uri=self.cwd.as_uri() if self.cwd else None,
                )
            ),
            TIMEOUT,
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def stop(self) -> None:
        """Shut the server down politely and wait for it to exit."""
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)

    async def diagnostics(self, uri: str) -> list[types.Diagnostic]:
        """Wait for the next publishDiagnostics of a document."""
        return list(await asyncio.wait_for(self._queue(uri).get(), TIMEOUT))

    def open(self, path: Path, text: str, language: str = "markdown") -> str:
        """Open a draft (the file need not exist on disk)."""
        uri = path.as_uri()
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
            )
        )
        return uri

    def edit(self, uri: str, edits: list[types.TextEdit]) -> str:
        """Apply edits locally and send them as incremental changes, like an editor."""
        self.versions[uri] += 1
        changes = [
            types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
            for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character))[
                ::-1
            ]
        ]
        self.texts[uri] = apply_edits(self.texts[uri], edits)
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                changes,
            )
        )
        return self.texts[uri]

    async def actions(self, uri: str, diag: types.Diagnostic) -> list[types.CodeAction]:
        """Ask for the code actions at a diagnostic, as a lightbulb click does."""
        result = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diag.range,
                    context=types.CodeActionContext(diagnostics=[diag]),
                )
            ),
            TIMEOUT,
        )
        return [a for a in result or [] if isinstance(a, types.CodeAction)]


def run(coro_fn) -> None:
    """Run an async test body on a fresh event loop."""
    asyncio.run(coro_fn())


class RawPeer:
    """A client that writes raw bytes, for messages no well-behaved library would send."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            server_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        self.inbox: queue.Queue[dict | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            self._read_frames()
        except (OSError, ValueError):  # the test closed the pipe to play a vanished client
            self.inbox.put(None)

    def _read_frames(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n") and length is not None:
                    break
            self.inbox.put(json.loads(out.read(length)))

    def send_bytes(self, body: bytes) -> None:
        """Frame a body with a Content-Length header and send it."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, message: dict) -> None:
        """Send a JSON-RPC message."""
        self.send_bytes(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8"))

    def expect(self, predicate, timeout: float = TIMEOUT) -> dict:
        """Wait for the first message that satisfies a predicate (others are skipped)."""
        while True:
            message = self.inbox.get(timeout=timeout)
            if message is None:
                raise AssertionError("the server closed its output")
            if predicate(message):
                return message

    def initialize(self) -> None:
        """Complete the handshake."""
        self.send({"id": 0, "method": "initialize", "params": {"capabilities": {}}})
        self.expect(lambda m: m.get("id") == 0)
        self.send({"method": "initialized", "params": {}})

    def close(self) -> int:
        """Ask the server to exit and return its exit code."""
        self.send({"id": "bye", "method": "shutdown"})
        self.expect(lambda m: m.get("id") == "bye")
        self.send({"method": "exit"})
        code = self.proc.wait(timeout=TIMEOUT)
        self.release()
        return code

    def release(self) -> None:
        """Kill the server if it still runs and close the pipes."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=TIMEOUT)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                try:
                    pipe.close()
                except OSError:
                    pass
