"""The gunicorn worker `make run` uses: kept-alive audio requests are answered in its event loop, exactly as
gunicorn and Flask answer them, and anything unusual still gets gunicorn's own answer.

Every test talks to a real gunicorn (tts_service.serving.AudioWorker) over 127.0.0.1. Which path answered is
visible in its debug log: gunicorn logs "GET /audio/…", the lane logs "audio lane: 200 /audio/…".
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from audio_cache import BlobStore
from tests.conftest import open_index, service_env
from tests.test_cache_support import free_port, wait_for, wait_until_healthy
from tts_service.serving import PEEK_BYTES, parse_plain_get

ROOT = Path(__file__).resolve().parent.parent
KEY_A = "ab" * 32


class Server:
    def __init__(self, base: str, port: int, error_log: Path, access_log: Path, blob: bytes, key: str) -> None:
        self.base, self.port, self.error_log, self.access_log = base, port, error_log, access_log
        self.blob, self.key = blob, key

    def lane_lines(self) -> list[str]:
        return [line for line in self.error_log.read_text().splitlines() if "audio lane:" in line]

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        return sock


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("worker")
    data_dir = tmp / "var"
    blob = os.urandom(3 << 20)  # larger than any socket buffer: a slow reader makes the send wait
    key = hashlib.sha256(blob).hexdigest()
    BlobStore(data_dir / "audio", checksums=open_index(data_dir)).put(key, "mp3", blob)
    port = free_port()
    error_log, access_log = tmp / "error.log", tmp / "access.log"
    env = service_env()
    env.update(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS="worker-test-key-0123456789", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--threads", "2", "--worker-class", "tts_service.serving.AudioWorker", "--log-level", "debug",
         "--error-logfile", str(error_log), "--access-logfile", str(access_log),
         "--access-logformat", '%(s)s %(b)s "%(r)s" "%(a)s" "%(f)s"', "tts_service:create_app()"],
        env=env, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"

    try:
        wait_until_healthy(base)
        yield Server(base, port, error_log, access_log, blob, key)
    finally:
        proc.terminate()
        proc.wait(15)


def read_response(sock: socket.socket, buffered: bytearray, head_only: bool = False) -> tuple[str, dict, bytes]:
    """One HTTP/1.1 response from ``sock`` (``buffered`` keeps bytes read past it): status line, headers, body."""
    while b"\r\n\r\n" not in buffered:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the headers")
        buffered += chunk
    head, _, rest = bytes(buffered).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = 0 if head_only else int(headers.get("content-length", 0))
    body = bytearray(rest)
    while len(body) < length:
        chunk = sock.recv(1 << 20)
        if not chunk:
            raise ConnectionError("closed inside the body")
        body += chunk
    buffered[:] = body[length:]
    return lines[0], headers, bytes(body[:length])


def exchange(sock: socket.socket, buffered: bytearray, path: str, *headers: str, method: str = "GET"):
    request = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n"
    sock.sendall(request.encode())
    return read_response(sock, buffered, head_only=method == "HEAD")


VARIABLE = {"date", "expires", "x-request-id"}  # the clock, and each answer's own request id


def same_answer(first, second) -> bool:
    """Status line, body and every header but the clock ones are equal."""
    (status1, headers1, body1), (status2, headers2, body2) = first, second
    strip = lambda h: {k: v for k, v in h.items() if k not in VARIABLE}  # noqa: E731
    return status1 == status2 and body1 == body2 and strip(headers1) == strip(headers2)


# --- the lane answers what gunicorn would ------------------------------------------------------------------


@pytest.mark.parametrize("extra", [(), ("Range: bytes=0-",), ("Range: bytes=100-199",), ("Range: bytes=-1000",),
                                   ("Range: bytes=3000000-",),
                                   ("User-Agent: Mozilla/5.0", "Accept: */*", "Accept-Encoding: identity;q=1, *;q=0",
                                    "Referer: https://huecity.gov.vn/tin-tuc/x", "Sec-Fetch-Dest: audio",
                                    "Connection: keep-alive", "Range: bytes=0-")])
def test_a_kept_alive_request_is_answered_in_the_loop_exactly_as_gunicorn_answers_it(server, extra):
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        before = len(server.lane_lines())
        by_gunicorn = exchange(sock, buffered, path, *extra)  # a connection's first request: gunicorn's path
        by_lane = exchange(sock, buffered, path, *extra)
        again = exchange(sock, buffered, path, *extra)
    assert len(server.lane_lines()) == before + 2
    assert same_answer(by_gunicorn, by_lane) and same_answer(by_lane, again)
    status, headers, body = by_lane
    size = len(server.blob)
    start, stop = {"Range: bytes=100-199": (100, 200), "Range: bytes=-1000": (size - 1000, size),
                   "Range: bytes=3000000-": (3_000_000, size)}.get(extra[-1] if extra else "", (0, size))
    assert body == server.blob[start:stop] and headers["content-type"] == "audio/mpeg"
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    if extra and "Range" in extra[-1]:
        assert status == "HTTP/1.1 206 PARTIAL CONTENT"
        assert headers["content-range"] == f"bytes {start}-{stop - 1}/{size}"


def test_a_slow_reader_gets_every_byte_and_keeps_its_connection(server):
    path = f"/audio/{server.key}.mp3"
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32768)  # the server's send has to wait for us
        sock.settimeout(10)
        sock.connect(("127.0.0.1", server.port))
        before = len(server.lane_lines())
        for _ in range(3):
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            buffered = bytearray()
            while b"\r\n\r\n" not in buffered:
                buffered += sock.recv(4096)
            head, _, body = bytes(buffered).partition(b"\r\n\r\n")
            received = bytearray(body)
            while len(received) < len(server.blob):
                received += sock.recv(16384)
                if len(received) % 8 == 0:
                    time.sleep(0.0005)
            assert head.startswith(b"HTTP/1.1 200") and bytes(received) == server.blob
    assert len(server.lane_lines()) == before + 2


def test_pipelined_requests_are_answered_in_order(server):
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        exchange(sock, buffered, path)
        two = (f"GET {path} HTTP/1.1\r\nHost: x\r\nRange: bytes=0-9\r\n\r\n"
               f"GET {path} HTTP/1.1\r\nHost: x\r\nRange: bytes=10-19\r\n\r\n")
        sock.sendall(two.encode())
        first, second = read_response(sock, buffered), read_response(sock, buffered)
    assert first[2] == server.blob[:10] and second[2] == server.blob[10:20]


def test_the_access_log_has_the_same_line_for_either_path(server):
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        for _ in range(2):
            exchange(sock, buffered, path, "User-Agent: docbaiviet-test/1", "Referer: https://a.gov.vn/b",
                     "Range: bytes=5-9")
    def both_lines() -> list[str]:
        lines = [ln for ln in server.access_log.read_text().splitlines() if "docbaiviet-test" in ln]
        return lines if len(lines) >= 2 else []

    assert wait_for(both_lines) == [f'206 5 "GET {path} HTTP/1.1" "docbaiviet-test/1" "https://a.gov.vn/b"'] * 2


# --- anything unusual takes gunicorn's path ---------------------------------------------------------------


@pytest.mark.parametrize(("request_", "status"), [
    ("GET /audio/{key}.mp3 HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"{key}.mp3\"\r\n\r\n", "304"),
    ("HEAD /audio/{key}.mp3 HTTP/1.1\r\nHost: x\r\n\r\n", "200"),
    ("GET /audio/{key}.mp3?v=2 HTTP/1.1\r\nHost: x\r\n\r\n", "200"),
    ("GET /audio/{other}.mp3 HTTP/1.1\r\nHost: x\r\n\r\n", "404"),
    ("GET /audio/{key}.mp3 HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1,5-6\r\n\r\n", "416"),  # several: the view refuses
    ("GET /audio/{key}.mp3 HTTP/1.1\r\nHost: x\r\nRange: bytes=99999999-\r\n\r\n", "416"),
    ("GET /audio/{key}.mp3 HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 10.0.0.1\r\n\r\n", "200"),
])
def test_requests_the_lane_does_not_take_get_gunicorns_answer(server, request_, status):
    text = request_.format(key=server.key, other="cd" * 32)
    with server.connect() as sock:
        buffered = bytearray()
        exchange(sock, buffered, f"/audio/{server.key}.mp3")  # the connection is kept alive now
        before = len(server.lane_lines())
        sock.sendall(text.encode())
        answer = read_response(sock, buffered, head_only=text.startswith("HEAD"))
        assert answer[0].split()[1] == status
        assert exchange(sock, buffered, "/healthz")[0].startswith("HTTP/1.1 200")  # and the connection lives on
    assert len(server.lane_lines()) == before


def test_a_download_on_a_kept_alive_connection_is_left_to_flask_and_saved_as_an_attachment(server):
    """The lane never answers a query string: ``?download=1`` must get ``attachment``, not the lane's ``inline``."""
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        assert exchange(sock, buffered, path)[1]["content-disposition"].startswith("inline")
        before = len(server.lane_lines())
        _, headers, body = exchange(sock, buffered, path + "?download=1")
        assert exchange(sock, buffered, path)[1]["content-disposition"].startswith("inline")  # lane again
    assert headers["content-disposition"].startswith("attachment;") and body == server.blob
    assert f'filename="Ban doc {server.key[:8]}.mp3"' in headers["content-disposition"]  # no marks: generic
    assert len(server.lane_lines()) == before + 1


def test_connection_close_is_honoured(server):
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        exchange(sock, buffered, path)
        _, headers, body = exchange(sock, buffered, path, "Connection: close")
        assert headers["connection"] == "close" and body == server.blob
        assert sock.recv(1) == b""


def test_garbage_on_a_kept_alive_connection_gets_a_400_and_the_worker_keeps_serving(server):
    path = f"/audio/{server.key}.mp3"
    with server.connect() as sock:
        buffered = bytearray()
        exchange(sock, buffered, path)
        sock.sendall(b"\x00\xff GET /audio/\r\n\r\n")
        assert read_response(sock, buffered)[0].split()[1] == "400"
    with urllib.request.urlopen(server.base + path, timeout=10) as r:
        assert r.read() == server.blob


# --- the request reader ------------------------------------------------------------------------------------


def test_only_exactly_one_plain_request_is_read_as_plain():
    plain = f"GET /audio/{KEY_A}.mp3 HTTP/1.1\r\nHost: a\r\n\r\n".encode()
    assert parse_plain_get(plain) == (f"/audio/{KEY_A}.mp3", None, len(plain), [("host", "a")])
    for hostile in [
        b"",                                                              # empty
        os.urandom(PEEK_BYTES),                                          # binary
        plain[:-2],                                                      # not complete yet
        plain + plain,                                                   # pipelined: gunicorn reads them
        plain.replace(b"\r\n", b"\n"),                                   # bare LF
        plain.replace(b"Host: a\r\n", b"Host: a\r\n b\r\n"),             # obsolete line folding
        plain.replace(b"Host: a", b"Host : a"),                          # space before the colon
        plain.replace(b"Host: a", b"Host: a\r\nHost: b"),                # two Hosts
        plain.replace(b"Host: a", b"Host: a\r\nContent-Length: 5") + b"hello",   # a body
        plain.replace(b"Host: a", b"Host: a\r\nTransfer-Encoding: chunked"),
        plain.replace(b"Host: a", b"Host: a\r\nConnection: close"),
        plain.replace(b"Host: a", b"Host: a\r\nUpgrade: h2c"),
        plain.replace(b"Host: a", "Host: hưế".encode()),                 # not ASCII
        plain.replace(b"HTTP/1.1", b"HTTP/1.0"),
        plain.replace(b"GET ", b"get "),
        plain.replace(b"GET /audio", b"GET http://evil/audio"),          # absolute form
        plain.replace(KEY_A.encode(), b"../" + KEY_A[3:].encode()),
        plain.replace(b".mp3", b".mp3/../../etc/passwd"),
        plain.replace(b"Host: a", b"Host: a\r\nRange: bytes=0-\r\nRange: bytes=5-"),
    ]:
        assert parse_plain_get(hostile) is None, hostile[:80]
