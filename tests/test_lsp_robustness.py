"""What a real editor session throws at a server: broken messages, bad bytes, huge pastes,
and clients that vanish. The server must answer what it can and never crash or spin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lsp_helpers import PLANTED, RawPeer, Session, run, server_env
from lsprotocol import types


@pytest.fixture
def env(tmp_path):
    return server_env()


@pytest.fixture
def peer(env):
    p = RawPeer(env)
    p.initialize()
    yield p
    p.release()


def _uri(name: str) -> str:
    return Path("/nonexistent/desk", name).as_uri()


def _open(peer: RawPeer, uri: str, text: str) -> None:
    item = {"uri": uri, "languageId": "markdown", "version": 1, "text": text}
    peer.send({"method": "textDocument/didOpen", "params": {"textDocument": item}})


def _published(peer: RawPeer, uri: str) -> list[dict]:
    message = peer.expect(
        lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    )
    return message["params"]["diagnostics"]


def test_malformed_messages_get_errors_not_a_crash(peer):
    peer.send_bytes(b"{this is not json")
    peer.send_bytes(b"[1, 2, 3]")
    peer.send_bytes(b'{"jsonrpc": "2.0", "id": 3}')
    # A request whose parameters do not fit the method: answered with "invalid params".
    peer.send({"id": 7, "method": "textDocument/hover", "params": {"position": "here"}})
    assert peer.expect(lambda m: m.get("id") == 7)["error"]["code"] == -32602
    peer.send({"id": 8, "method": "newslint/no-such-method", "params": {}})
    assert peer.expect(lambda m: m.get("id") == 8)["error"]["code"] == -32601
    # Notifications about documents that were never opened, or that make no sense.
    peer.send({"method": "textDocument/didOpen", "params": {"textDocument": 5}})
    change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}
    peer.send(
        {
            "method": "textDocument/didChange",
            "params": {
                "textDocument": {"uri": _uri("never-opened.md"), "version": 2},
                "contentChanges": [{**change, "text": "x"}],
            },
        }
    )
    where = {"textDocument": {"uri": _uri("never-opened.md")}, **change}
    peer.send(
        {
            "id": 9,
            "method": "textDocument/codeAction",
            "params": {**where, "context": {"diagnostics": []}},
        }
    )
    assert peer.expect(lambda m: m.get("id") == 9).get("result") == []
    # After all that, the server still lints.
    uri = _uri("story.md")
    _open(peer, uri, f"{PLANTED.wrong} spoke.\n")
    assert [d["code"] for d in _published(peer, uri)] == [PLANTED.code]
    assert peer.close() == 0


def test_text_that_is_not_utf8_clean(peer):
    # Raw bytes that are not UTF-8 inside the message body: replaced, and still linted.
    uri = _uri("mojibake.md")
    item = {
        "uri": uri,
        "languageId": "markdown",
        "version": 1,
        "text": "CAFE_MARK WRONG spoke.\n",
    }
    body = json.dumps(
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": item}}
    )
    body = body.encode().replace(b"CAFE_MARK", b"Caf\xe9").replace(b"WRONG", PLANTED.wrong.encode())
    peer.send_bytes(body)
    (diag,) = _published(peer, uri)
    # "Caf\ufffd " is 5 UTF-16 units: the bad byte became one replacement character.
    assert diag["range"]["start"] == {"line": 0, "character": 5}
    # A lone surrogate, as some clipboards deliver it through a JSON escape: one UTF-16 unit.
    uri = _uri("surrogate.md")
    _open(peer, uri, f"\ud83d {PLANTED.wrong} spoke.\n")
    (diag,) = _published(peer, uri)
    assert diag["range"]["start"] == {"line": 0, "character": 2}
    # Control characters: answered like any other draft.
    uri = _uri("control.md")
    _open(peer, uri, "\u0000\u0007\u001b[31m red \u0000\n")
    assert isinstance(_published(peer, uri), list)
    assert peer.close() == 0


def test_huge_paste_then_typing(env, tmp_path):
    paragraph = "The council met on Tuesday and approved the budget for the year.\n\n"
    paste = paragraph * 20_000  # about 1.3 MB: under the configured 2 MiB limit
    too_big = paragraph * 35_000  # about 2.3 MB: over it
    (tmp_path / ".git").mkdir()
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 2097152\n")

    async def body():
        s = Session(env, tmp_path)
        await s.start()
        uri = s.open(tmp_path / "story.md", "Start.\n")
        assert await s.diagnostics(uri) == []
        end = types.Position(1, 0)
        s.edit(uri, [types.TextEdit(types.Range(end, end), paste)])
        # Keystrokes right after the paste: the server lints once typing pauses.
        last = types.Position(40_001, 0)
        typed = f"{PLANTED.wrong} spoke."
        for ch in typed:
            s.edit(uri, [types.TextEdit(types.Range(last, last), ch)])
            last = types.Position(40_001, last.character + 1)
        # Lints of half-typed words may arrive first; wait for the one of the whole name.
        whole = types.Range(types.Position(40_001, 0), types.Position(40_001, len(PLANTED.wrong)))
        while True:
            found = await s.diagnostics(uri)
            if [d.range for d in found] == [whole]:
                break
        # Over the size limit: one clear diagnostic instead of a stalled server.
        everything = types.Range(types.Position(0, 0), last)
        s.edit(uri, [types.TextEdit(everything, too_big)])
        while True:
            found = await s.diagnostics(uri)
            if found and "limit" in found[0].message:
                break
        await s.stop()

    run(body)


def test_client_that_disappears_mid_request(env):
    peer = RawPeer(env)
    peer.initialize()
    uri = _uri("story.md")
    _open(peer, uri, f"{PLANTED.wrong} spoke.\n" * 2000)
    position = {"line": 1999, "character": 3}
    peer.send(
        {
            "id": 1,
            "method": "textDocument/hover",
            "params": {"textDocument": {"uri": uri}, "position": position},
        }
    )
    peer.proc.stdin.close()
    peer.proc.stdout.close()
    # The server notices its client is gone and exits instead of spinning.
    assert peer.proc.wait(timeout=30) is not None
    peer.release()


CHATTY_PLUGIN = """
from newslint.finding import Severity
from newslint.rule import Rule


class Chatty(Rule):
    \"\"\"A plugin that prints while it checks, as careless plugins do.\"\"\"

    code = "CHT001"
    name = "style.chatty"
    family = "style"
    severity = Severity.INFO
    summary = "Prints to standard output"

    def check(self, doc, ctx):
        print("checking", doc.path, flush=True)
        print("Content-Length: 5\\r\\n\\r\\n{}", flush=True)
        return iter(())
"""


def test_a_plugin_printing_to_stdout_does_not_corrupt_the_stream(tmp_path):
    site = tmp_path / "site"
    info = site / "newslint_chatty-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "newslint_chatty.py").write_text(CHATTY_PLUGIN, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newslint-chatty\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newslint.rules]\nchatty = newslint_chatty:Chatty\n")
    env = {**server_env(), "PYTHONPATH": str(site)}
    peer = RawPeer(env)
    peer.initialize()
    uri = _uri("story.md")
    _open(peer, uri, f"{PLANTED.wrong} spoke.\n")
    assert [d["code"] for d in _published(peer, uri)] == [PLANTED.code]
    assert peer.close() == 0
