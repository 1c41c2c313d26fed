"""Helpers shared by the cache, jobs, serving and pre-generation tests (no tests here)."""

from __future__ import annotations

import contextlib
import http.server
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flask import Flask

from tts_service import create_app

ROOT = Path(__file__).resolve().parent.parent
KEY = "cache-test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
#: Settings of the shared servers (tests/conftest.py ``stack``): a service a test starts uses them too.
SCALEOUT_ENV = ("TTS_DATABASE_URL", "TTS_S3_URL", "TTS_RATE_LIMIT_STORAGE")


def paragraphs(n: int, topic: str = "hội nghị") -> str:
    """``n`` distinct Vietnamese paragraphs of two sentences each."""
    words = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
    out = []
    for i in range(n):
        label = " ".join(words[int(d)] for d in str(i))
        out.append(f"Đoạn {label} bàn về {topic} của thành phố. "
                   f"Các đại biểu thống nhất nội dung thứ {label} của {topic}.")
    return "\n\n".join(out)


@contextlib.contextmanager
def running_app(data_dir: Path, **config: Any) -> Iterator[Flask]:
    """An app whose job runner is stopped afterwards (its threads must not outlive the temp dir)."""
    app = create_app({"data_dir": data_dir, "api_keys": [KEY], **config})
    try:
        yield app
    finally:
        app.extensions["jobs"].stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(base: str, timeout: float = 30.0) -> None:
    """Wait until ``base``/healthz answers 200 (a server started in another process is up)."""

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    wait_for(healthy, timeout=timeout, every=0.1)


def wait_for(predicate, timeout: float = 30.0, every: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"condition not met within {timeout} s")


@contextlib.contextmanager
def http_server(handler: type[http.server.BaseHTTPRequestHandler],
                tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 with ``handler`` (HTTPS with ``tls``); yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextlib.contextmanager
def serving(app: Flask) -> Iterator[str]:
    """``app`` on a real threaded HTTP server at 127.0.0.1; yields its base URL and stops it afterwards."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


def temp_files(data_dir: Path) -> list[Path]:
    root = data_dir / "audio"
    return sorted(root.rglob(".tmp-*")) if root.exists() else []


def gunicorn(data_dir: Path, port: int, *extra_env: tuple[str, str], workers: int = 2,
             access_log: Path | None = None, sync: bool = False) -> subprocess.Popen:
    """The service as ``make run`` starts it (AudioWorker, 4 threads), on ``port``; ``access_log`` gets
    ``<worker pid> <status>`` per request. ``sync``: one request at a time per worker, so concurrent requests
    are surely spread over the worker processes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_") or k in SCALEOUT_ENV}
    env.update(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS=KEY, PYTHONPATH=str(ROOT), **dict(extra_env))
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         *(["--worker-class", "sync"] if sync else
           ["--threads", "4", "--worker-class", "tts_service.serving.AudioWorker"]), "--timeout", "120",
         *(["--access-logfile", str(access_log), "--access-logformat", "%(p)s %(s)s"] if access_log else []),
         "tts_service:create_app()"],
        env=env, cwd=ROOT, stderr=subprocess.DEVNULL,
    )


def request_json(base: str, path: str, body: dict | None = None, headers: dict[str, str] | None = None
                 ) -> tuple[int, dict | bytes]:
    """(status, JSON or bytes) of a GET, or a POST of ``body``, with the test key."""
    import json
    import urllib.error

    request = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json", **AUTH, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            data = r.read()
            return r.status, json.loads(data) if r.headers.get_content_type() == "application/json" else data
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def at_once(calls: list) -> list:
    """Run every call on its own thread, released together; their results in order."""
    results: list = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
