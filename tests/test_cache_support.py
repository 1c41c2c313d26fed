"""Helpers shared by the cache, jobs, serving and pre-generation tests (no tests here)."""

from __future__ import annotations

import contextlib
import http.server
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flask import Flask

from tts_service import create_app

KEY = "cache-test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}


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


def temp_files(data_dir: Path) -> list[Path]:
    root = data_dir / "audio"
    return sorted(root.rglob(".tmp-*")) if root.exists() else []
