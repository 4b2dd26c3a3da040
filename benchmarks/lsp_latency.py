"""Re-lint latency of `newslint lsp` while a reporter types into a 2,000-word draft.

    python benchmarks/lsp_latency.py                 # 400 keystrokes, default registry
    python benchmarks/lsp_latency.py --changes 1000 --json

A real client (pygls's LanguageClient) starts `newslint lsp` over stdio, opens the
draft, then types a sentence into the middle of it one character at a time as
incremental didChange notifications. Each latency is the wall time from sending a
keystroke to receiving the publishDiagnostics it caused, so it includes the protocol,
pygls's incremental update, document analysis, every rule and the UTF-16 conversion.
The server's own CPU time per keystroke (from /proc, Linux only) is printed too: it
does not grow when other work competes for the machine, wall latency does.
The draft is written below by this script (no article text is used).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 30
WARM_UP = 10

SENTENCES = [
    "{person}, the {office} of {place}, said on {day} that the plan would cost {money}.",
    "The council voted {votes} to {against} in favour of the proposal after a long debate.",
    "Officials in {place} estimated that {count} residents had been affected by the closure.",
    '{person} told reporters the figures were "not the whole story" and promised a review.',
    "Turnout reached {turnout} per cent, the highest since {year}, the electoral office said.",
    "The budget, first presented in {month} {year}, set aside {money} for schools and roads.",
    "Critics, including {person}, argued that the timetable left too little room for scrutiny.",
    "By {day} evening, {count} people had signed a petition calling for a public inquiry.",
    "A spokesperson for the ministry in {place} declined to comment on the leaked memo.",
    "The agency said prices rose {percent} per cent in the year to {month}, down from {percent2}.",
    "{person} joined the cabinet in {year} and has overseen two reorganisations since.",
    "Residents queued outside the town hall from early morning, some carrying handwritten signs.",
    "Under the agreement, {place} will receive {money} over five years, paid in instalments.",
    'The opposition leader, {person}, called the vote "a rushed decision made in private".',
    "Analysts at the central bank expect growth of about {percent} per cent next year.",
    "The hearing was adjourned until {day}, when {person} is expected to give evidence.",
    "In a statement, the company said it had cooperated fully with regulators in {place}.",
    "More than {count} homes lost power during the storm, the utility said on {day}.",
    "The mayor's office said the bridge would reopen by the end of {month}.",
    "{person}, who chairs the finance committee, said the numbers would be published in full.",
]
PEOPLE = [
    "Maria Okafor",
    "Tomasz Wiśniewski",
    "Aiko Tanaka",
    "Daniel Ferreira",
    "Priya Raman",
    "Jonas Lindqvist",
    "Amara Mensah",
    "Lucía Morales",
    "Henrik Dahl",
    "Fatima Haddad",
]
OFFICES = ["mayor", "finance minister", "governor", "chief executive", "deputy mayor"]
PLACES = ["Lisbon", "Osaka", "Accra", "Gdańsk", "Valparaíso", "Tromsø", "Leeds", "Pune"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
TYPED = "The minister later said the figures had been checked twice by independent auditors. "
#: Slips a desk would want flagged, planted through the draft so the editor has findings
#: to show (and the server diagnostics to convert) on every keystroke.
SLIPS = [
    "Prime Minister Sanae Takaichy met the delegation on Monday.",
    "The council said the the vote would be repeated.",
    "Officials called the result a very unique outcome.",
    "The hearing opened on Tuesday, November 5, 2025, in the old chamber.",
    "The tax was cut from 15% to 27.5% last year, the treasury said.",
    "Support for the plan reached 140 per cent of voters, the survey found.",
]


def draft(words: int = 2000, seed: int = 7, slips: int = 0) -> str:
    """Write a plausible 2,000-word Markdown news draft with names, numbers and dates.

    ``slips`` of the sentences in ``SLIPS`` are planted, spread evenly through the story.
    """
    rng = random.Random(seed)
    parts = ["---", "title: Council approves budget after long night of debate", "date: 2025-11-04"]
    parts += ["---", "", "# Council approves budget after long night of debate", ""]
    count = 0
    while count < words:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            sentence = rng.choice(SENTENCES).format(
                person=rng.choice(PEOPLE),
                office=rng.choice(OFFICES),
                place=rng.choice(PLACES),
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
                year=rng.randint(1995, 2024),
                money=f"${rng.randint(2, 900)} million",
                votes=rng.randint(10, 30),
                against=rng.randint(1, 9),
                count=f"{rng.randint(1, 90) * 1000:,}",
                percent=f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                percent2=f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                turnout=rng.randint(38, 81),
            )
            paragraph.append(sentence)
            count += len(sentence.split())
        parts += [" ".join(paragraph), ""]
    body = range(6, len(parts), 2)
    step = max(1, len(body) // (slips + 1))
    for n in range(slips):
        i = body[min(len(body) - 1, (n + 1) * step)]
        parts[i] += " " + SLIPS[n % len(SLIPS)]
    return "\n".join(parts)


def cpu_seconds(pid: int) -> float | None:
    """Return a process's user+system CPU time, or None where /proc is unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(changes: int, command: list[str]) -> tuple[list[float], int, int, float | None]:
    """Type into the draft and return per-keystroke latencies in seconds."""
    client = LanguageClient("newslint-benchmark", "1.0")
    inbox: asyncio.Queue[list[types.Diagnostic]] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: types.PublishDiagnosticsParams) -> None:
        inbox.put_nowait(params.diagnostics)

    text = draft(slips=len(SLIPS))
    folder = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    (folder / ".git").mkdir()
    uri = (folder / "story.md").as_uri()
    await client.start_io(command[0], *command[1:], cwd=folder)
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )
    first = await asyncio.wait_for(inbox.get(), TIMEOUT)
    lines = text.split("\n")
    row = len(lines) // 2
    column = len(lines[row])  # the end of a paragraph in the middle of the story
    latencies = []
    pid = client._server.pid if client._server else 0
    cpu_before = None
    for i in range(changes + WARM_UP):
        if i == WARM_UP:
            cpu_before = cpu_seconds(pid)
        at = types.Position(row, column + i)
        change = types.TextDocumentContentChangePartial(
            range=types.Range(at, at), text=TYPED[i % len(TYPED)]
        )
        started = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=i + 2, uri=uri), [change]
            )
        )
        await asyncio.wait_for(inbox.get(), TIMEOUT)
        if i >= WARM_UP:
            latencies.append(time.perf_counter() - started)
    cpu_after = cpu_seconds(pid)
    cpu = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) / changes
    await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
    client.exit(None)
    await asyncio.wait_for(client.stop(), TIMEOUT)
    return latencies, len(text.split()), len(first), cpu


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=400, help="keystrokes to time")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    script = Path(sys.executable).parent / "newslint"
    command = [str(script), "lsp"] if script.exists() else [sys.executable, "-m", "newslint", "lsp"]
    latencies, words, found, cpu = asyncio.run(measure(args.changes, command))
    ms = [x * 1000 for x in latencies]
    figures = {
        "words": words,
        "findings_on_open": found,
        "changes": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "max_ms": round(max(ms), 2),
        "server_cpu_ms_per_change": None if cpu is None else round(cpu * 1000, 2),
        "load_average": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"{figures['words']} words, {figures['findings_on_open']} findings on open, "
            f"{figures['changes']} keystrokes: p50 {figures['p50_ms']} ms, "
            f"p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms; "
            f"server CPU {figures['server_cpu_ms_per_change']} ms per keystroke; "
            f"load average {figures['load_average']} on {figures['cpus']} CPUs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
