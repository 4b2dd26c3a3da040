"""`newslint serve` under load: many editors checking real stories at once.

    python benchmarks/serve_load.py                     # 50 clients, 30 s, ~600-word stories
    python benchmarks/serve_load.py --think 0 --json    # no pause: the service's capacity

The real service is started on a free port. Each client holds one keep-alive
connection and, like a LanguageTool editor plugin that re-checks when typing
pauses, sends a real article to ``/v2/check`` (form-encoded, as those clients do),
reads the answer, then waits ``--think`` seconds (jittered by half either way)
before the next. Latency is from sending a request to having read its answer.

Reported: requests per second, p50/p95/p99 latency, errors (any answer but 200,
or no answer), and the memory of the serving process and its workers at the start
and at the end (RSS, and PSS summed over them, from /proc; Linux only).

Stories are the articles of ../shared/data/news between --min-words and
--max-words; without that folder the script says so and exits 0 (1 under CI=true).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import NEWS, stories  # noqa: E402

SERVING = re.compile(r"serving on http://([^/]+):(\d+)/")


def pick(min_words: int, max_words: int, limit: int) -> list[str]:
    out = []
    for text in stories("text"):
        if min_words <= len(text.split()) <= max_words:
            out.append(text)
            if len(out) >= limit:
                break
    return out


def start(args: argparse.Namespace) -> tuple[subprocess.Popen, str, int]:
    script = Path(sys.executable).parent / "newslint"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]
    command += ["serve", "--port", "0"]
    if args.workers:
        command += ["--workers", str(args.workers)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    found = queue.Queue()

    def drain() -> None:
        for line in proc.stderr:
            match = SERVING.search(line)
            if match:
                found.put(match)
            elif line.strip():
                print(line.rstrip(), file=sys.stderr)
        found.put(None)

    threading.Thread(target=drain, daemon=True).start()
    match = found.get(timeout=120)
    if match is None:
        raise SystemExit("newslint serve did not start")
    return proc, match.group(1), int(match.group(2))


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def memory(pid: int) -> dict | None:
    """RSS of the serving process and of each worker, and PSS summed over all, in MB."""

    def field(path: Path, name: str) -> float:
        for line in path.read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1]) / 1024
        return 0.0

    try:
        pids = [pid, *children(pid)]
        rss = [round(field(Path(f"/proc/{p}/status"), "VmRSS:"), 1) for p in pids]
        pss = sum(field(Path(f"/proc/{p}/smaps_rollup"), "Pss:") for p in pids)
    except OSError:
        return None
    return {"serving_rss_mb": rss[0], "worker_rss_mb": rss[1:], "total_pss_mb": round(pss, 1)}


class Client(threading.Thread):
    def __init__(self, host, port, bodies, until, think, results, seed) -> None:
        super().__init__(daemon=True)
        self.host, self.port, self.bodies, self.until = host, port, bodies, until
        self.think, self.results = think, results
        self.random = random.Random(seed)

    def run(self) -> None:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        # Start spread over one think time, as editors do not all pause at once.
        time.sleep(self.random.uniform(0, self.think))
        while time.monotonic() < self.until:
            body = self.random.choice(self.bodies)
            began = time.perf_counter()
            try:
                conn.request("POST", "/v2/check", body, headers)
                response = conn.getresponse()
                answer = response.read()
                ok = response.status == 200 and b'"matches"' in answer
                error = None if ok else f"HTTP {response.status}: {answer[:120]!r}"
            except (OSError, http.client.HTTPException) as exc:
                error = f"{type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.results.append((time.perf_counter() - began, error))
            if self.think:
                time.sleep(self.random.uniform(self.think / 2, self.think * 1.5))
        conn.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between checks")
    parser.add_argument("--min-words", type=int, default=500)
    parser.add_argument("--max-words", type=int, default=700)
    parser.add_argument("--stories", type=int, default=200, help="distinct stories sent")
    parser.add_argument("--workers", type=int, help="worker processes (default: the service's)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    if not NEWS.is_dir():
        print(f"serve_load: {NEWS} not present; nothing measured", file=sys.stderr)
        return 1 if os.environ.get("CI") == "true" else 0
    texts = pick(args.min_words, args.max_words, args.stories)
    if not texts:
        print("serve_load: no story of that length in the corpus", file=sys.stderr)
        return 1
    bodies = [urllib.parse.urlencode({"text": t, "language": "en-US"}) for t in texts]
    proc, host, port = start(args)
    try:
        warm: list = []
        Client(host, port, bodies, time.monotonic() + 2, 0, warm, 0).run()
        before = memory(proc.pid)
        results: list = []
        until = time.monotonic() + args.seconds
        began = time.monotonic()
        clients = [
            Client(host, port, bodies, until, args.think, results, seed)
            for seed in range(args.clients)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join(args.seconds + 60)
        elapsed = time.monotonic() - began
        after = memory(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    latencies = [t * 1000 for t, error in results if error is None]
    errors = [error for _, error in results if error is not None]
    words = [len(t.split()) for t in texts]
    figures = {
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "think_s": args.think,
        "stories": len(texts),
        "median_words": int(statistics.median(words)),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 0.99), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
        "errors": len(errors),
        "first_errors": errors[:3],
        "memory_start": before,
        "memory_end": after,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"{figures['clients']} clients for {figures['seconds']} s, think {args.think:g} s, "
            f"{figures['stories']} stories (median {figures['median_words']} words)\n"
            f"{figures['requests']} requests, {figures['requests_per_s']} req/s, "
            f"{figures['errors']} errors\n"
            f"latency ms: p50 {figures['p50_ms']}  p95 {figures['p95_ms']}  "
            f"p99 {figures['p99_ms']}  max {figures['max_ms']}\n"
            f"memory at start: {before}\nmemory at end:   {after}"
        )
        for error in figures["first_errors"]:
            print(f"  error: {error}")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
