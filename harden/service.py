"""The service under attack, started as the README starts it (``make run``: the config check, then gunicorn with
2 AudioWorkers × 4 threads on 127.0.0.1), on a real SQLite file, espeak, and a fake gTTS endpoint on 127.0.0.1
that returns real MP3 bytes (``tests/fakes/google.py``). Everything started here is stopped by its PID.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEY = "harden-key-a-0123456789abcdef"
KEY_B = "harden-key-b-0123456789abcdef"
GTTS_HOST = "gtts.harden.test"  # articles whose URL is on this host are read by the (flaky) fake gTTS


@dataclass
class Answer:
    """One HTTP exchange as the harness saw it (status 0: no answer at all)."""

    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    @property
    def retry_after(self) -> float | None:
        """Seconds a 429 or 503 asks the client to wait (a polite client waits; capped at 10 s), else None."""
        if self.status not in (429, 503):
            return None
        value = next((v for k, v in self.headers.items() if k.lower() == "retry-after"), "1")
        try:
            return min(max(float(value), 0.1), 10.0)
        except ValueError:
            return 1.0

    @property
    def json_error(self) -> bool:
        """A JSON ``{"error": {"code", "message"}}`` body, as every error must be."""
        doc = self.json()
        return (isinstance(doc, dict) and isinstance(doc.get("error"), dict)
                and bool(doc["error"].get("code")) and bool(doc["error"].get("message")))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DataDir:
    """Where the service keeps its data: a small tmpfs of its own when we may mount one (so the disk-full fault
    fills that, not the machine's disk), else a plain temporary folder."""

    path: Path
    mounted: bool
    why_not: str = ""

    @classmethod
    def make(cls, size_mb: int) -> DataDir:
        path = Path(tempfile.mkdtemp(prefix="harden-data-"))
        if os.geteuid() != 0:
            return cls(path, False, "not root")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0755", "tmpfs", str(path)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return cls(path, False, (done.stderr or done.stdout).strip()[:120] or "mount failed")
        return cls(path, True)

    def remove(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.path)], check=False, capture_output=True)
        subprocess.run(["rm", "-rf", str(self.path)], check=False)


@dataclass
class Service:
    """``make run`` in its own process group; ``base`` is its URL."""

    data: DataDir
    gtts_url: str
    port: int = field(default_factory=free_port)
    workers: int = 2
    log: Path = field(default_factory=lambda: Path(tempfile.mkstemp(prefix="harden-", suffix=".log")[1]))
    proc: subprocess.Popen | None = None
    accepted: set[str] = field(default_factory=set)  # article ids whose push was answered 200 or 202

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_")}
        env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}"
        env.update(
            TTS_PORT=str(self.port), TTS_DATA_DIR=str(self.data.path), TTS_API_KEYS=f"{KEY},{KEY_B}",
            TTS_WORKERS=str(self.workers), TTS_JOB_WORKERS="2", TTS_ALLOWED_HOSTS="127.0.0.1",
            TTS_ALLOW_PRIVATE_FETCH="true", TTS_SITE_ENGINES=f"{GTTS_HOST}=gtts,espeak", TTS_GTTS_URL=self.gtts_url,
            TTS_GTTS_TIMEOUT="1", TTS_GTTS_RETRIES="4", TTS_GTTS_BACKOFF="0.05", TTS_GTTS_RPS="50",
            TTS_GTTS_CONCURRENCY="4", TTS_GTTS_BREAKER_429S="40", TTS_GTTS_BREAKER_FAILURES="200",
            TTS_API_PER_MINUTE="600",  # one CMS key pushes and polls 100 articles, four at a time (its 429s: tests)
            PYTHONPATH=str(ROOT),
        )
        env.update(extra)
        return env

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(["make", "-s", "run"], cwd=ROOT, env=self.env(), stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"make run stopped: {self.log.read_text()[-2000:]}")
            with contextlib.suppress(OSError):
                if self.get("/healthz", timeout=2).status == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError("the service did not answer /healthz within 90 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    # --- processes ----------------------------------------------------------------------------------------

    def master_pid(self) -> int | None:
        """gunicorn's master: the first process under ``make`` running gunicorn."""
        assert self.proc is not None
        todo = [self.proc.pid]
        while todo:
            pid = todo.pop(0)
            if any(Path(part.decode(errors="replace")).name == "gunicorn" for part in _cmdline(pid).split(b"\0")[:2]):
                return pid  # python …/bin/gunicorn (not the shell that started it)
            todo += _children(pid)
        return None

    def worker_pids(self) -> list[int]:
        master = self.master_pid()
        return _children(master) if master else []

    # --- HTTP ---------------------------------------------------------------------------------------------

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = 30.0) -> Answer:
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.putrequest(method, path, skip_host="Host" in (headers or {}), skip_accept_encoding=True)
            for name, value in (headers or {}).items():
                conn.putheader(name, value)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            response = conn.getresponse()
            data = response.read()
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data,
                          time.monotonic() - started)
        except (OSError, http.client.HTTPException) as exc:
            return Answer(0, {}, str(exc).encode(), time.monotonic() - started)
        finally:
            conn.close()

    def get(self, path: str, timeout: float = 30.0, **headers: str) -> Answer:
        return self.request("GET", path, headers=headers or None, timeout=timeout)

    def push(self, payload: dict, key: str = KEY, wait: float | None = None, timeout: float = 120.0) -> Answer:
        path = "/api/v1/articles" + (f"?wait={wait}" if wait is not None else "")
        answer = self.request("POST", path, json.dumps(payload, ensure_ascii=False).encode(),
                              {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}, timeout)
        if answer.status in (200, 202) and isinstance(payload.get("id"), str):
            self.accepted.add(payload["id"])
        return answer

    def raw(self, data: bytes, timeout: float = 10.0) -> Answer:
        """Send bytes as they are; read until the server closes (or ``timeout``)."""
        started = time.monotonic()
        received = b""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
                while chunk := sock.recv(65536):
                    received += chunk
        except OSError as exc:
            if not received:
                return Answer(0, {}, str(exc).encode(), time.monotonic() - started)
        head, _, body = received.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        try:
            status = int(lines[0].split()[1])
        except (IndexError, ValueError):
            status = 0
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
        if headers.get("content-length", "").isdigit():
            body = body[:int(headers["content-length"])]  # the first answer only
        return Answer(status, headers, body, time.monotonic() - started)

    def wait_ready(self, article_id: str, timeout: float = 120.0, key: str = KEY) -> dict | None:
        """The article's status document once it is ready (None if it is not within ``timeout``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self.get(f"/api/v1/articles/{article_id}", Authorization=f"Bearer {key}")
            doc = answer.json()
            if answer.status == 429 and answer.retry_after:  # the key's request budget: wait as asked
                time.sleep(answer.retry_after)
                continue
            if answer.status == 200 and isinstance(doc, dict) and doc.get("status") == "ready":
                return doc
            if isinstance(doc, dict) and doc.get("status") in ("failed", "cancelled"):
                return None
            time.sleep(0.3)
        return None

    def flask(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120.0
              ) -> subprocess.CompletedProcess:
        """``flask --app tts_service tts …`` on the same data, as an admin runs it."""
        return subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "tts_service", "tts", *args],
                              cwd=ROOT, env={**self.env(), **(env or {})}, capture_output=True, text=True,
                              timeout=timeout, check=False)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_bytes().rsplit(b") ", 1)[1].split()
                if int(stat[1]) == pid:
                    found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    with contextlib.suppress(OSError):
        return (Path("/proc") / str(pid) / "cmdline").read_bytes()
    return b""
