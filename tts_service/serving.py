"""The gunicorn worker `make run` and the Docker image use: gthread, plus a lane for cached audio.

    gunicorn --worker-class tts_service.serving.AudioWorker --workers 2 --threads 4 'tts_service:create_app()'

gunicorn's gthread worker hands every request on a kept-alive connection from its event loop to a thread and
back, and runs its whole Python request path (parser, environ, response object) even for a file it then
sends with ``sendfile``. For the request readers make most — the next ``GET /audio/<key>.mp3`` on an open
connection — that costs several times what the kernel spends sending the megabyte (decision 0009). This
worker answers such a request in the event loop itself: it peeks at the socket, and only when the bytes are
exactly one plain request (:func:`parse_plain_get`) for a file this process has already verified does it
answer, with the headers the Flask view sends (:meth:`AudioFastPath.reply`), a non-blocking ``sendfile``,
and the access-log line gunicorn would write. A send the socket cannot take at once continues in a thread.
Everything else — a first request, HEAD, POST, a query string, conditional or unusual headers, HTTP/1.0,
several ranges, an unknown key, X-Accel mode, TLS, custom request hooks or logger — takes gunicorn's own
path unchanged, so the lane can only be faster, never different.

gunicorn is pinned (requirements.txt): this class uses the gthread worker's event-loop methods, and
tests/test_serving_worker.py runs it in a real gunicorn.
"""

from __future__ import annotations

import os
import re
import socket
import time
from concurrent.futures import Future
from datetime import datetime
from types import SimpleNamespace
from typing import Any, NamedTuple

from gunicorn import SERVER, glogging
from gunicorn.workers.gthread import ThreadWorker
from werkzeug.http import http_date

PEEK_BYTES = 8192  # a request longer than this is not plain: gunicorn reads it

# One request, nothing before or after it: GET of an audio file, HTTP/1.1, header lines of token names and
# visible-ASCII values (no folding, no bare LF, no body).
_PLAIN_GET = re.compile(
    rb"GET (/audio/[0-9a-f]{64}\.(?:mp3|json|vtt)) HTTP/1\.1\r\n"
    rb"((?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:[\t\x20-\x7e]*\r\n)*)\r\n\Z"
)

# Request headers that cannot change the answer (Range is read; Connection must say keep-alive). Any other —
# If-*, Expect, Upgrade, Content-Length, Transfer-Encoding, X-Forwarded-* — sends the request to gunicorn.
_HARMLESS = frozenset({
    "host", "user-agent", "accept", "accept-encoding", "accept-language", "referer", "origin", "cookie",
    "cache-control", "pragma", "dnt", "priority", "range", "connection",
})
_ONCE = frozenset({"host", "range", "connection"})  # a second one is ambiguous: gunicorn decides


class PlainGet(NamedTuple):
    """A request the lane may answer: its path, its Range value, its length in bytes, its headers."""

    target: str
    byte_range: str | None
    size: int
    headers: list[tuple[str, str]]


def parse_plain_get(data: bytes) -> PlainGet | None:
    """``data`` as exactly one plain audio GET, or None (gunicorn then reads it as usual).

    >>> key = "ab" * 32
    >>> parse_plain_get(f"GET /audio/{key}.mp3 HTTP/1.1\\r\\nHost: a\\r\\nRange: bytes=0-\\r\\n\\r\\n".encode())[1]
    'bytes=0-'
    >>> parse_plain_get(f"GET /audio/{key}.mp3 HTTP/1.1\\r\\nIf-None-Match: x\\r\\n\\r\\n".encode()) is None
    True
    >>> parse_plain_get(f"GET /audio/{key}.mp3?t=1 HTTP/1.1\\r\\n\\r\\n".encode()) is None
    True
    """
    match = _PLAIN_GET.match(data)
    if match is None:
        return None
    headers: list[tuple[str, str]] = []
    seen: set[str] = set()
    byte_range = None
    for line in match.group(2).split(b"\r\n")[:-1]:
        raw_name, _, raw_value = line.partition(b":")
        name, value = raw_name.decode("ascii").lower(), raw_value.decode("ascii").strip(" \t")
        if name not in _HARMLESS and not name.startswith("sec-"):
            return None
        if name in _ONCE:
            if name in seen:
                return None
            seen.add(name)
        if name == "connection" and value.lower() != "keep-alive":
            return None
        if name == "range":
            byte_range = value
        headers.append((name, value))
    return PlainGet(match.group(1).decode("ascii"), byte_range, len(data), headers)


def _send_file(sock: socket.socket, file: Any, offset: int, end: int) -> int:
    """``sendfile`` bytes ``offset``…``end`` of ``file``; how far it got when a non-blocking socket is full.

    A file shorter than promised raises ``BrokenPipeError``: the connection cannot be reused.
    """
    try:
        while offset < end:
            sent = os.sendfile(sock.fileno(), file.fileno(), offset, end - offset)
            if sent == 0:
                raise BrokenPipeError("the file ended early")
            offset += sent
    except BlockingIOError:
        pass
    return offset


class AudioWorker(ThreadWorker):
    """gunicorn's gthread worker whose event loop answers plain GETs of cached audio on kept-alive connections."""

    _UNDECIDED: Any = object()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lane: Any = self._UNDECIDED
        self._date = (0, "")

    def load_wsgi(self) -> None:
        """Load the app, then start its job runner: jobs another process queued (a lexicon edit made on the
        command line) are run by the service's workers, and drained when the worker stops."""
        super().load_wsgi()
        runner = self._job_runner()
        if runner is not None:
            runner.start()

    def run(self) -> None:
        """Serve until told to stop; then let running jobs finish or put them back in the queue
        (``TTS_JOB_DRAIN_S``), while this process can still run them — before gunicorn's graceful timeout."""
        try:
            super().run()
        finally:
            runner = self._job_runner()
            if runner is not None:
                runner.drain()

    def _job_runner(self) -> Any:
        extensions = getattr(self.wsgi, "extensions", None)
        return extensions.get("jobs") if isinstance(extensions, dict) else None

    # --- gthread hook: a kept-alive connection has a new request -----------------------------------------

    def on_client_socket_readable(self, conn: Any, client: Any) -> None:
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        if not self._answer_in_loop(conn):
            self.enqueue_req(conn)

    # --- the lane ----------------------------------------------------------------------------------------

    def _fast_path(self) -> Any:
        """The app's :class:`AudioFastPath` when nothing would make the lane differ from gunicorn, else None."""
        if self._lane is self._UNDECIDED:
            self._lane = None
            settings = self.cfg.settings
            customised = [name for name in ("pre_request", "post_request")
                          if settings[name].value is not settings[name].default]
            extensions = getattr(self.wsgi, "extensions", None)
            if self.cfg.is_ssl or not self.cfg.keepalive or customised or type(self.log) is not glogging.Logger:
                self.log.info("audio lane off: TLS, keep-alive 0, request hooks or a custom logger")
            elif not isinstance(extensions, dict) or "audio_fast_path" not in extensions:
                self.log.info("audio lane off: the app is not tts_service's")
            else:
                self._lane = extensions["audio_fast_path"]
        return self._lane

    def _answer_in_loop(self, conn: Any) -> bool:
        """Answer the waiting request here if it is plain; False leaves it (unread) to gunicorn."""
        lane = self._fast_path()
        if (lane is None or conn.is_http2 or not self.alive or self.nr + 1 >= self.max_requests
                or len(self.keepalived_conns) >= self.max_keepalived):
            return False
        try:
            data = conn.sock.recv(PEEK_BYTES, socket.MSG_PEEK)
        except OSError:
            return False
        request = parse_plain_get(data)
        if request is None:
            return False
        started = datetime.now()
        try:
            reply = lane.reply(request.target, request.byte_range, in_loop=True)
        except Exception:  # nothing is read yet: gunicorn's path answers (and reports) whatever this was
            self.log.exception("audio lane: %s left to gunicorn", request.target)
            return False
        if reply is None:
            return False
        self.nr += 1
        self.log.debug("audio lane: %s %s", reply.status[:3], request.target)
        head, sent_head, offset, end = b"", 0, reply.offset, reply.offset + reply.length
        try:  # from here on the request is ours: no exception may reach gunicorn's event loop
            conn.sock.recv(request.size)  # the peeked request, and nothing after it
            head = self._head(reply)
            sent_head = conn.sock.send(head, socket.MSG_MORE)
            if sent_head == len(head):
                offset = _send_file(conn.sock, reply.file, offset, end)
        except BlockingIOError:
            pass
        except Exception as exc:  # the reader went away (OSError), or a bug: this connection ends, not the worker
            if not isinstance(exc, OSError):
                self.log.exception("audio lane: %s", request.target)
            reply.file.close()
            self._settle(conn, False)
            return True
        if sent_head == len(head) and offset == end:
            reply.file.close()
            self._log(conn, request, reply, started)
            self._settle(conn, True)
            return True
        # the socket is full: a thread finishes, then gunicorn's own bookkeeping takes the connection back
        future = self.tpool.submit(self._send_rest, conn, request, reply, head[sent_head:], offset, started)
        future.add_done_callback(lambda done: self.method_queue.defer(self.finish_request, conn, done))
        return True

    def _send_rest(self, conn: Any, request: PlainGet, reply: Any, head: bytes, offset: int,
                   started: datetime) -> bool:
        """In a thread: the rest of an answer the socket could not take at once (blocking, as gunicorn sends)."""
        end = reply.offset + reply.length
        try:
            conn.sock.setblocking(True)
            if head:
                conn.sock.sendall(head)
            _send_file(conn.sock, reply.file, offset, end)
        except OSError:
            return False
        finally:
            reply.file.close()
        self._log(conn, request, reply, started)
        return True

    def _settle(self, conn: Any, keep_alive: bool) -> None:
        """Give the connection back to gunicorn as if one of its threads had answered."""
        done: Future = Future()
        done.set_result(keep_alive)
        self.finish_request(conn, done)

    def _head(self, reply: Any) -> bytes:
        now = int(time.time())
        if self._date[0] != now:
            self._date = (now, http_date(now))
        lines = [f"HTTP/1.1 {reply.status}\r\nServer: {SERVER}\r\nDate: {self._date[1]}\r\n"
                 "Connection: keep-alive\r\n"]
        lines += [f"{name}: {value}\r\n" for name, value in reply.headers]
        lines.append("\r\n")
        return "".join(lines).encode("latin-1")

    def _log(self, conn: Any, request: PlainGet, reply: Any, started: datetime) -> None:
        """The access-log line gunicorn writes for the same request (nothing when access logging is off)."""
        if not self.log.access_log_enabled:
            return
        environ = {"REQUEST_METHOD": "GET", "RAW_URI": request.target, "PATH_INFO": request.target,
                   "QUERY_STRING": "", "SERVER_PROTOCOL": "HTTP/1.1",
                   "REMOTE_ADDR": conn.client[0] if isinstance(conn.client, tuple) else str(conn.client)}
        environ.update({"HTTP_" + name.upper().replace("-", "_"): value for name, value in request.headers})
        resp = SimpleNamespace(status=reply.status, status_code=int(reply.status[:3]), sent=reply.length,
                               headers=reply.headers)
        req = SimpleNamespace(method="GET", path=request.target, query="", version=(1, 1),
                              headers=[(name.upper(), value) for name, value in request.headers])
        self.log.access(resp, req, environ, datetime.now() - started)
