"""Start the real ``newslint serve`` in a subprocess on a free port and talk HTTP to it."""

import contextlib
import http.client
import io
import json
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.parse

from conftest import ROOT

from newslint.cli import main

SERVING = re.compile(r"serving on http://([^/]+):(\d+)/")


class Service:
    """A running service: its URL, its stderr so far, and plain HTTP helpers."""

    def __init__(self, proc, host, port, lines):
        self.proc = proc
        self.host = host
        self.port = port
        self.url = f"http://{host}:{port}"
        self._lines = lines

    @property
    def stderr(self):
        return "".join(self._lines)

    def request(self, method, path, body=None, headers=None, timeout=30):
        """Send one request on a fresh connection; return (status, headers, body bytes)."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def form(self, path, fields, headers=None):
        body = urllib.parse.urlencode(fields).encode("utf-8")
        kind = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, body, kind)

    def json(self, path, value, headers=None):
        body = json.dumps(value).encode("utf-8")
        return self.request(
            "POST", path, body, {"Content-Type": "application/json", **(headers or {})}
        )

    def check(self, text, **fields):
        """POST /v2/check as a LanguageTool client would and return the decoded answer."""
        fields = {"language": "en-US", **fields}
        if text is not None:
            fields["text"] = text
        status, _, body = self.form("/v2/check", fields)
        assert status == 200, body
        return json.loads(body)

    def alive(self):
        return self.proc.poll() is None


@contextlib.contextmanager
def running(*args, cwd=None, env=None, timeout=60):
    """Run ``newslint serve --port 0 ARGS`` until the block ends; fail if it does not start."""
    cmd = [sys.executable, "-m", "newslint", "serve", "--port", "0", *args]
    proc = subprocess.Popen(
        cmd,
        cwd=cwd or ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    started = queue.Queue()

    def drain():
        for line in proc.stderr:
            lines.append(line)
            found = SERVING.search(line)
            if found:
                started.put(found)
        started.put(None)

    threading.Thread(target=drain, daemon=True).start()
    try:
        try:
            found = started.get(timeout=timeout)
        except queue.Empty:
            found = None
        assert found, f"newslint serve did not start: {''.join(lines)}"
        yield Service(proc, found.group(1), int(found.group(2)), lines)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        proc.stderr.close()


def wait_until(predicate, timeout=10.0, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def cli(*args):
    """Run the real command line in this process; return its standard output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert code in (0, 1), err.getvalue()
    return out.getvalue()


def cli_findings(tmp_path, text, *args, name="draft.md"):
    """Return what ``newslint check --format json`` reports for a draft written to disk."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return json.loads(cli("check", "--format", "json", *args, str(path)))
