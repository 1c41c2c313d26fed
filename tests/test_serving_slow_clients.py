"""Slow and malformed clients against the worker `make run` and the Docker image use (a real gunicorn on
127.0.0.1, 1 worker × 2 threads): readers keep being answered, the slow get a JSON 408, and gunicorn's own
refusals are JSON too."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from harden.slow import SlowClients, probe
from tests.test_cache_support import free_port, wait_until_healthy

ROOT = Path(__file__).resolve().parent.parent
KEY = "slow-test-key-0123456789"
TIMEOUT_S = 2
LIMIT = 100_000


class Server:
    def __init__(self, port: int, audio_url: str, error_log: Path) -> None:
        self.port, self.audio_url, self.error_log = port, audio_url, error_log

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("slow")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_")}
    env.update(TTS_DATA_DIR=str(tmp / "var"), TTS_API_KEYS=KEY, TTS_CLIENT_TIMEOUT_S=str(TIMEOUT_S),
               TTS_MAX_REQUEST_BYTES=str(LIMIT), PYTHONPATH=str(ROOT))
    error_log = tmp / "error.log"
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--threads", "2", "--worker-class", "tts_service.serving.AudioWorker", "--no-control-socket",
         "--error-logfile", str(error_log), "tts_service:create_app()"], env=env, cwd=ROOT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_healthy(base)
        push = urllib.request.Request(f"{base}/api/v1/articles", method="POST",
                                      data=json.dumps({"title": "Tin", "text": "Một câu ngắn."}).encode(),
                                      headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
        with urllib.request.urlopen(push, timeout=60) as response:
            audio_url = json.loads(response.read())["audio_url"]
        yield Server(port, audio_url, error_log)
    finally:
        proc.terminate()
        proc.wait(15)


def answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Everything the server sends until it closes: status, headers, body."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def test_readers_are_answered_while_clients_send_their_headers_a_line_a_second(server):
    with SlowClients("127.0.0.1", server.port, connections=50) as attack:
        time.sleep(1)
        health, audio = probe("127.0.0.1", server.port, ["/healthz", server.audio_url], seconds=5)
    assert health.answered == len(health.latencies) and audio.answered == len(audio.latencies), (
        health.line(), audio.line())
    assert attack.opened >= 50


def test_readers_are_answered_while_clients_send_a_body_a_byte_a_second(server):
    with SlowClients("127.0.0.1", server.port, connections=20, body=200, path="/api/v1/speak-selection"):
        time.sleep(1)
        (health,) = probe("127.0.0.1", server.port, ["/healthz"], seconds=4)
    assert health.answered == len(health.latencies), health.line()


def test_a_client_that_stops_halfway_through_its_headers_gets_a_json_408(server):
    with server.connect() as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        status, headers, body = answer(sock)
    assert status == 408 and headers["content-type"] == "application/json"
    assert json.loads(body)["error"]["code"] == "request_timeout"
    assert TIMEOUT_S - 0.5 <= time.monotonic() - started <= TIMEOUT_S + 2


def test_a_connection_that_never_sends_is_closed_quietly(server):
    with server.connect() as sock:
        started = time.monotonic()
        assert sock.recv(100) == b""
    assert time.monotonic() - started <= TIMEOUT_S + 2


def test_a_body_that_stops_coming_gets_a_json_408(server):
    with server.connect() as sock:
        sock.sendall(b"POST /api/v1/speak-selection HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 50\r\n\r\n{\"te")
        status, _, body = answer(sock)
    assert status == 408 and json.loads(body)["error"]["code"] == "request_timeout"


def test_a_client_that_asks_for_100_continue_gets_it_once_then_the_answer(server):
    body = json.dumps({"title": "Tin", "text": "Một câu ngắn."}).encode()
    with server.connect() as sock:
        sock.sendall(b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + KEY.encode() + b"\r\nConnection: close\r\nExpect: 100-continue\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        status, _, rest = answer(sock)
    assert status == 200 and json.loads(rest)["status"] == "ready"


def test_a_body_over_the_limit_is_refused_and_the_client_can_read_why(server):
    with server.connect() as sock:
        sock.sendall(b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: " + str(3 * LIMIT).encode() + b"\r\n\r\n")
        for _ in range(30):  # the client keeps sending while the answer is already on its way
            sock.sendall(b" " * (LIMIT // 10))
        status, _, body = answer(sock)
    assert status == 413 and json.loads(body)["error"]["code"] == "too_large"


@pytest.mark.parametrize(("request_", "status", "code"), [
    (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri_too_long"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431, "headers_too_large"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Many: a\r\n" * 7000, 431, "headers_too_large"),  # no end
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Many: a\r\n" * 101 + b"\r\n", 431, "headers_too_large"),
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n", 400, "bad_request"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400,
     "bad_request"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400, "bad_request"),
    (b"POST /api/v1/speak-selection HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
     b"Content-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400, "bad_request"),
], ids=["long-uri", "big-header", "64k-of-headers-unfinished", "101-headers", "tls-to-plain-port", "two-lengths",
        "gzip-coding", "bad-chunk-size"])
def test_requests_gunicorn_refuses_get_json_errors(server, request_, status, code):
    with server.connect() as sock:
        sock.sendall(request_)
        got, headers, body = answer(sock)
    assert got == status and headers["content-type"] == "application/json"
    assert json.loads(body)["error"]["code"] == code
    with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/healthz", timeout=5) as response:
        assert response.status == 200  # and the worker serves on


def test_a_kept_alive_connection_still_gets_the_audio_lane_and_pipelined_requests(server):
    path = server.audio_url
    with server.connect() as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        time.sleep(0.3)
        sock.sendall((f"GET {path} HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1\r\n\r\n"
                      f"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.count(b"HTTP/1.1 200") == 2 and data.count(b"HTTP/1.1 206") == 1
