"""The language server under load: an edit storm, 200 open drafts, open/close cycles.

    python benchmarks/lsp_load.py                      # 1,000 edits, 200 drafts, 3 cycles
    python benchmarks/lsp_load.py --edits 200 --docs 50 --cycles 2 --json

A real client (pygls's LanguageClient) drives `newslint lsp` over stdio.

1. Storm: 1,000 one-character edits sent to one 2,000-word draft as fast as the pipe
   takes them, with a hover request after every 100th. Each hover's latency is the
   time from sending it to its answer, so it shows how long a request waits behind
   the storm. The storm ends when the diagnostics of the final text arrive.
2. Many drafts: open 200 drafts of about 300 words, wait for all their diagnostics,
   time a hover, close them all; repeat. The server's resident memory (from /proc,
   Linux only) after each cycle shows whether closed drafts release their state.

Drafts are written by benchmarks/lsp_latency.py's generator; no article text is used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import draft  # noqa: E402

TIMEOUT = 120
#: A misspelling of a name in the shipped registry (NL101 finds it).
PLANTED_WRONG = "Sanae Takaichy"


def server_command() -> list[str]:
    """The installed `newslint lsp`, as an editor starts it."""
    script = Path(sys.executable).parent / "newslint"
    return [str(script), "lsp"] if script.exists() else [sys.executable, "-m", "newslint", "lsp"]


def rss_mb(pid: int) -> float | None:
    """Return a process's resident memory in MB, or None where /proc is unavailable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Client:
    """A client that counts published diagnostics per document."""

    def __init__(self) -> None:
        self.client = LanguageClient("newslint-load", "1.0")
        self.published: dict[str, list[list[types.Diagnostic]]] = {}
        self.arrived = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params.diagnostics)
            self.arrived.set()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _logged(params: types.LogMessageParams) -> None:
            pass

    async def start(self, cwd: Path) -> int:
        command = server_command()
        await self.client.start_io(command[0], *command[1:], cwd=cwd)
        await asyncio.wait_for(
            self.client.initialize_async(
                types.InitializeParams(capabilities=types.ClientCapabilities())
            ),
            TIMEOUT,
        )
        self.client.initialized(types.InitializedParams())
        return self.client._server.pid  # type: ignore[attr-defined]

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)

    def open(self, uri: str, text: str) -> None:
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
            )
        )

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri))
        )

    async def until(self, done: Any, what: Any = None) -> None:
        """Wait until ``done()`` holds, woken by each publish; say what was awaited if not."""
        deadline = time.monotonic() + TIMEOUT
        while not done():
            self.arrived.clear()
            left = deadline - time.monotonic()
            try:
                await asyncio.wait_for(self.arrived.wait(), max(0.1, left))
            except asyncio.TimeoutError:
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"after {TIMEOUT} s: {what() if what else ''}") from None

    async def hover(self, uri: str) -> float:
        """Ask for a hover and return the seconds until the answer."""
        t = time.perf_counter()
        await asyncio.wait_for(
            self.client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri=uri), types.Position(0, 0))
            ),
            TIMEOUT,
        )
        return time.perf_counter() - t


async def storm(edits: int, folder: Path) -> dict[str, Any]:
    """Send ``edits`` one-character edits at once; time hovers sent in the middle of them."""
    c = Client()
    pid = await c.start(folder)
    uri = (folder / "storm.md").as_uri()
    text = draft()
    c.open(uri, text)
    await c.until(lambda: uri in c.published)
    row = len(text.split("\n")) - 1
    column = 0
    typed = (" " + PLANTED_WRONG + " spoke.") * (edits // 20 + 1)
    hovers: list[asyncio.Task[float]] = []
    t = time.perf_counter()
    for i in range(edits):
        at = types.Position(row, column)
        change = types.TextDocumentContentChangePartial(range=types.Range(at, at), text=typed[i])
        c.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=i + 2), [change]
            )
        )
        column += 1
        if (i + 1) % 100 == 0:
            hovers.append(asyncio.ensure_future(c.hover(uri)))
            await asyncio.sleep(0)
    sent = time.perf_counter() - t
    latencies = [await h for h in hovers]
    final = typed[:edits]
    wanted = final.count(PLANTED_WRONG) - (0 if final.endswith(PLANTED_WRONG) else 0)
    await c.until(
        lambda: len(c.published[uri][-1]) >= wanted > 0,
        lambda: (
            f"{len(c.published[uri])} publishes, last with {len(c.published[uri][-1])} "
            f"diagnostics, {wanted} wanted"
        ),
    )
    settled = time.perf_counter() - t
    after = await c.hover(uri)
    memory = rss_mb(pid)
    await c.stop()
    return {
        "edits": edits,
        "send_seconds": sent,
        "settled_seconds": settled,
        "publishes": len(c.published[uri]) - 1,
        "hover_during_median_ms": statistics.median(latencies) * 1000,
        "hover_during_max_ms": max(latencies) * 1000,
        "hover_after_ms": after * 1000,
        "rss_mb": memory,
    }


async def many(docs: int, cycles: int, folder: Path) -> dict[str, Any]:
    """Open and close ``docs`` drafts ``cycles`` times; report memory after each."""
    c = Client()
    pid = await c.start(folder)
    base = rss_mb(pid)
    rss_open, rss_closed, hovers, open_seconds = [], [], [], []
    for cycle in range(cycles):
        uris = [(folder / f"c{cycle}-d{i}.md").as_uri() for i in range(docs)]
        t = time.perf_counter()
        for i, uri in enumerate(uris):
            c.open(uri, draft(words=300, seed=i))
        await c.until(lambda uris=uris: all(u in c.published for u in uris))
        open_seconds.append(time.perf_counter() - t)
        hovers.append(await c.hover(uris[docs // 2]))
        rss_open.append(rss_mb(pid))
        for uri in uris:
            c.close(uri)
        # Closing publishes empty diagnostics: wait for every one.
        before = {u: len(c.published[u]) for u in uris}
        await c.until(
            lambda uris=uris, before=before: all(len(c.published[u]) > before[u] for u in uris)
        )
        kept = [(u, [len(x) for x in c.published[u]]) for u in uris if len(c.published[u][-1])]
        assert not kept, f"closed drafts kept diagnostics: {kept[:3]}"
        await c.hover(uris[0])  # a round trip: every close has been handled
        rss_closed.append(rss_mb(pid))
    await c.stop()
    return {
        "docs": docs,
        "cycles": cycles,
        "rss_start_mb": base,
        "rss_open_mb": rss_open,
        "rss_closed_mb": rss_closed,
        "open_all_seconds": open_seconds,
        "hover_with_all_open_ms": [h * 1000 for h in hovers],
    }


async def run(edits: int, docs: int, cycles: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="newslint-load-"))
    (folder / ".git").mkdir()
    return {"storm": await storm(edits, folder), "many": await many(docs, cycles, folder)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args.edits, args.docs, args.cycles))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    s, m = result["storm"], result["many"]
    print(
        f"storm: {s['edits']} edits sent in {s['send_seconds']:.2f} s, settled after "
        f"{s['settled_seconds']:.2f} s, {s['publishes']} re-lints published"
    )
    print(
        f"  hover during the storm: median {s['hover_during_median_ms']:.0f} ms, "
        f"max {s['hover_during_max_ms']:.0f} ms; after it: {s['hover_after_ms']:.0f} ms"
    )
    print(f"many: {m['docs']} drafts x {m['cycles']} cycles; RSS start {m['rss_start_mb']:.0f} MB")
    for i in range(m["cycles"]):
        print(
            f"  cycle {i + 1}: all open {m['rss_open_mb'][i]:.0f} MB in "
            f"{m['open_all_seconds'][i]:.2f} s, hover {m['hover_with_all_open_ms'][i]:.0f} ms; "
            f"all closed {m['rss_closed_mb'][i]:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
