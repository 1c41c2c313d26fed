"""Slow clients: many connections that send a request a little at a time, and probes that must still be answered.

``attack = SlowClients("127.0.0.1", 8000, connections=200)`` opens the connections and, from one thread, sends
each one more header line every ``interval`` seconds (a new connection replaces one the server closed), while
:func:`probe` times ``/healthz`` and a cached audio file from ordinary clients.
"""

from __future__ import annotations

import contextlib
import http.client
import selectors
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class ProbeResult:
    """What an ordinary reader saw while the attack ran: one entry per request (seconds, or None = failed)."""

    path: str
    latencies: list[float | None] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(1 for t in self.latencies if t is not None)

    @property
    def worst(self) -> float | None:
        done = [t for t in self.latencies if t is not None]
        return max(done) if done else None

    def line(self) -> str:
        done = sorted(t for t in self.latencies if t is not None)
        median = f"{done[len(done) // 2] * 1000:.0f} ms" if done else "—"
        worst = f"{done[-1] * 1000:.0f} ms" if done else "—"
        return f"{self.path}: {self.answered}/{len(self.latencies)} answered, median {median}, worst {worst}"


def timed_get(host: str, port: int, path: str, timeout: float = 2.0) -> float | None:
    """Seconds a fresh connection took to get a whole 200/206 answer to ``GET path``; None when it did not."""
    started = time.monotonic()
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status not in (200, 206):
            return None
    except OSError:
        return None
    finally:
        conn.close()
    elapsed = time.monotonic() - started
    return elapsed if elapsed <= timeout else None


class SlowClients:
    """``connections`` sockets each sending ``GET /healthz`` one header line per ``interval`` seconds, forever
    (``body`` > 0: a POST whose body then arrives one byte per interval). Closed connections are reopened."""

    def __init__(self, host: str, port: int, connections: int, interval: float = 1.0, body: int = 0,
                 path: str = "/healthz") -> None:
        self.host, self.port, self.connections, self.interval = host, port, connections, interval
        self.body, self.path = body, path
        self.opened = self.closed_by_server = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="slow-clients", daemon=True)

    def __enter__(self) -> SlowClients:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def _lines(self) -> list[bytes]:
        method = "POST" if self.body else "GET"
        lines = [f"{method} {self.path} HTTP/1.1\r\n".encode(), b"Host: 127.0.0.1\r\n"]
        lines += [f"X-Slow-{i}: {'a' * 20}\r\n".encode() for i in range(200)]  # more than any deadline needs
        if self.body:
            lines[2:2] = [b"Content-Type: application/json\r\n", f"Content-Length: {self.body}\r\n\r\n".encode()]
            lines[4:] = [b"{"] + [b" "] * (self.body - 1)
        return lines

    def _open(self, sel: selectors.BaseSelector, plan: dict) -> None:
        sock = socket.socket()
        sock.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            sock.connect((self.host, self.port))
        sel.register(sock, selectors.EVENT_READ)
        plan[sock] = 0
        self.opened += 1

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        plan: dict[socket.socket, int] = {}
        lines = self._lines()
        try:
            for _ in range(self.connections):
                self._open(sel, plan)
            next_round = time.monotonic()
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.05):  # the server answered or closed: replace the connection
                    sock = key.fileobj
                    with contextlib.suppress(OSError):
                        sock.recv(65536)  # type: ignore[union-attr]
                    sel.unregister(sock)
                    sock.close()  # type: ignore[union-attr]
                    del plan[sock]  # type: ignore[arg-type]
                    self.closed_by_server += 1
                    self._open(sel, plan)
                if time.monotonic() >= next_round:
                    next_round += self.interval
                    for sock, sent in list(plan.items()):
                        if sent < len(lines):
                            try:
                                sock.send(lines[sent])
                                plan[sock] = sent + 1
                            except (BlockingIOError, OSError):
                                pass
        finally:
            for sock in plan:
                sock.close()
            sel.close()


def probe(host: str, port: int, paths: list[str], seconds: float, every: float = 1.0) -> list[ProbeResult]:
    """GET each path every ``every`` seconds for ``seconds``; each must be whole within 2 s."""
    results = [ProbeResult(p) for p in paths]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        for result in results:
            result.latencies.append(timed_get(host, port, result.path))
        time.sleep(max(0.0, every - (time.monotonic() - started)))
    return results
