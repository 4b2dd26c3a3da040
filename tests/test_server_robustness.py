"""Malformed, oversized and hostile requests against the real service, while a normal
client keeps checking: every bad request gets a clear 4xx (503 for one that overruns
the time limit), never a 500, and the normal client never misses an answer.
"""

import http.client
import json
import socket
import threading
import time

import pytest
from server_helpers import running

TIME_LIMIT = 0.5
NORMAL = "Vote\n\nThe mayor said the the budget would pass on Monday.\n"


@pytest.fixture(scope="module")
def service():
    with running("--time-limit", str(TIME_LIMIT), "--workers", "2") as svc:
        yield svc


def raw(svc, data, timeout=10):
    """Send bytes on a bare socket and read until the service closes it; return the answer."""
    with socket.create_connection((svc.host, svc.port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    answer = b"".join(chunks)
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else None
    return status, answer.partition(b"\r\n\r\n")[2]


def head(path, **headers):
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunked(svc, path, pieces):
    conn = http.client.HTTPConnection(svc.host, svc.port, timeout=20)
    try:
        conn.request(
            "POST",
            path,
            body=iter(pieces),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            encode_chunked=True,
        )
        response = conn.getresponse()
        return response.status, response.read()
    except (BrokenPipeError, ConnectionResetError):
        return None, b""
    finally:
        conn.close()


def hostile(svc):
    """Yield (what, status, body, statuses allowed) for each hostile request."""
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    js = {"Content-Type": "application/json"}
    cases = [
        ("invalid JSON", "/v2/check", b"{text: ", js, {400}),
        ("JSON array", "/api/check", b"[1, 2]", js, {400}),
        ("deeply nested JSON", "/api/check", b"[" * 200_000, js, {400}),
        ("a 5,000-digit number", "/api/check", b'{"text": 1' + b"1" * 5000 + b"}", js, {400}),
        ("raw invalid UTF-8", "/v2/check", b"language=en&text=\xff\xfe", form, {400}),
        ("percent-encoded invalid UTF-8", "/v2/check", b"language=en&text=%C3%28", form, {400}),
        (
            "too many fields",
            "/v2/check",
            "&".join(f"f{i}=1" for i in range(500)).encode(),
            form,
            {400},
        ),
        ("XML", "/v2/check", b"<check/>", {"Content-Type": "application/xml"}, {415}),
        (
            "text over the size limit",
            "/api/check",
            json.dumps({"text": "a" * 200_001}).encode(),
            js,
            {413},
        ),
        ("a lone surrogate", "/api/check", b'{"text": "Vote \\ud800 the the end."}', js, {200}),
        ("NUL bytes", "/v2/check", b"language=en-US&text=the%00the%00%00", form, {200}),
        (
            "annotation of wrong shape",
            "/v2/check",
            b'language=en&data={"annotation":[[1]]}',
            form,
            {400},
        ),
    ]
    for what, path, body, headers, allowed in cases:
        status, _, answer = svc.request("POST", path, body, headers)
        yield what, status, answer, allowed
    status, answer = raw(svc, head("/v2/check", **{"Content-Length": str(10**12)}))
    yield "a declared terabyte", status, answer, {413}
    status, answer = chunked(svc, "/v2/check", [b"text=" + b"a" * 65536] * 60)
    yield "an endless chunked body", status, answer, {413, None}
    status, answer = raw(svc, head("/v2/check", **{"Content-Length": "abc"}))
    yield "a non-numeric length", status, answer, {400}
    status, answer = raw(svc, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n")
    yield "TLS bytes on the plain port", status, answer, {400, None}
    slow = head("/v2/check", **{"Content-Length": "1000", "Content-Type": form["Content-Type"]})
    status, answer = raw(svc, slow + b"language=en")  # and then nothing more
    yield "a body that trickles in", status, answer, {408}
    status, _, answer = svc.request("GET", "/health", headers={"Host": "rebind.attacker.example"})
    yield "a foreign Host header", status, answer, {400}
    status, _, answer = svc.request("DELETE", "/v2/check")
    yield "a wrong method", status, answer, {405}
    status, _, answer = svc.request("GET", "/../../etc/passwd")
    yield "a path outside the service", status, answer, {404}
    # Long enough to take several seconds: it must be cut off at the limit, alone.
    story = "On Monday, March 2, 2026, the mayor said spending rose 4% to $12 million. "
    status, _, answer = svc.form(
        "/v2/check", {"language": "en-US", "text": (story * 3000)[:199_000]}
    )
    yield "a text that overruns the time limit", status, answer, {503}


def test_hostile_requests_get_clear_refusals_and_a_normal_client_keeps_its_answers(service):
    expected = [m["rule"]["id"] for m in service.check(NORMAL)["matches"]]
    assert expected == ["NL604"]
    stop = threading.Event()
    answered, failed = [], []

    def normal_client():
        while not stop.is_set():
            try:
                got = [m["rule"]["id"] for m in service.check(NORMAL)["matches"]]
            except Exception as exc:  # noqa: BLE001 - every failure is reported below
                failed.append(repr(exc))
                continue
            (answered if got == expected else failed).append(got)
            time.sleep(0.02)

    client = threading.Thread(target=normal_client)
    client.start()
    try:
        results = list(hostile(service))
    finally:
        stop.set()
        client.join(30)
    for what, status, answer, allowed in results:
        assert status in allowed, (what, status, answer[:300])
        if status is not None and status >= 400:
            assert len(answer.strip()) > 5, (what, answer)  # says what is wrong
    overran = results[-1][2].decode()
    assert f"longer than the {TIME_LIMIT:g} s limit" in overran
    assert failed == []
    assert len(answered) >= 5
    # The service is still whole: it answers, and nothing inside it went wrong.
    assert service.alive()
    assert json.loads(service.request("GET", "/health")[2])["status"] == "ok"
    assert [m["rule"]["id"] for m in service.check(NORMAL)["matches"]] == expected
    assert "Traceback" not in service.stderr, service.stderr


def test_a_worker_cut_off_at_the_limit_is_replaced(service):
    story = "On Monday, March 2, 2026, the mayor said spending rose 4% to $12 million. "
    for _ in range(3):  # more overruns than there are workers
        status, _, _ = service.form("/v2/check", {"language": "en-US", "text": story * 2600})
        assert status == 503
    # Both workers answer at once afterwards: none was lost.
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(service.check(NORMAL))) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 4
    assert all([m["rule"]["id"] for m in r["matches"]] == ["NL604"] for r in results)
