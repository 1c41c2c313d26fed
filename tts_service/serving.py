"""The gunicorn worker `make run` and the Docker image use: gthread, reading requests in its event loop, plus a
lane for cached audio.

    gunicorn --worker-class tts_service.serving.AudioWorker --workers 2 --threads 4 'tts_service:create_app()'

**Slow clients.** gunicorn's gthread worker gives a connection to one of its few threads as soon as it is
accepted, and the thread then blocks until the whole request has arrived: eight clients sending their headers
one line a second hold every thread of 2 workers × 4 threads, and ``/healthz`` stops answering. This worker
reads each request — its head, and a body of known length up to the app's limit — in the event loop, without
blocking, within ``TTS_CLIENT_TIMEOUT_S`` (the body gets one more second per 32 KiB), and gives it to a thread
only when it is all there (decision 0021). A client too slow gets ``408``, a head over 64 KiB ``431``, a body
that would take the worker over its read-ahead budget ``503`` — as JSON, like every error the service sends,
and so are gunicorn's own ``400``/``414``/``431`` answers (:meth:`AudioWorker.handle_error`). Chunked
request bodies are still read by the thread (nothing the service offers sends them).

**The audio lane.** gunicorn hands every request on a kept-alive connection from its event loop to a thread and
back, and runs its whole Python request path (parser, environ, response object) even for a file it then
sends with ``sendfile``. For the request readers make most — the next ``GET /audio/<key>.mp3`` on an open
connection — that costs several times what the kernel spends sending the megabyte (decision 0009). When the
request read on a kept-alive connection is exactly one plain request (:func:`parse_plain_get`) for a file
this process has already verified, the loop answers it, with the headers the Flask view sends
(:meth:`AudioFastPath.reply`), a non-blocking ``sendfile``, and the access-log line gunicorn would write. A
send the socket cannot take at once continues in a thread. Everything else — a first request, HEAD, POST, a
query string, conditional or unusual headers, HTTP/1.0, several ranges, an unknown key, X-Accel mode, TLS,
custom request hooks or logger — takes gunicorn's own path unchanged, so the lane can only be faster, never
different.

gunicorn is pinned (requirements.txt): this class uses the gthread worker's event-loop methods, and
tests/test_serving_worker.py and tests/test_serving_slow_clients.py run it in a real gunicorn.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import os
import re
import selectors
import socket
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from types import SimpleNamespace
from typing import Any, NamedTuple

from gunicorn import SERVER, glogging
from gunicorn.http2 import negotiation
from gunicorn.workers.gthread import STOP_KEEPALIVE_LINGER, ThreadWorker
from werkzeug.http import http_date

PEEK_BYTES = 8192  # a request longer than this is not plain: gunicorn reads it
HEAD_MAX = 64 * 1024  # a request head longer than this is answered 431 (gunicorn's own limits are lower)
BODY_BYTES_PER_S = 32 * 1024  # a body gets the client timeout plus one second per this many bytes
READ_AHEAD_BUDGET = 64 * 1024 * 1024  # request bytes one worker holds in its loop at most
DEFAULT_CLIENT_TIMEOUT_S = 15.0  # without the app's TTS_CLIENT_TIMEOUT_S
LINGER_S = 2.0  # after an error answered from the loop, what the client still sends is read and dropped this long
LINGER_BYTES = 16 * 1024 * 1024  # … or up to this much, so it can read the answer instead of a reset

_HEAD_END = re.compile(rb"\r?\n\r?\n")
_REQUEST_LINE = re.compile(rb"[!-~]+ [!-~]+ HTTP/[0-9.]+\r?\Z")
_LENGTH = re.compile(rb"\ncontent-length[ \t]*:[ \t]*([0-9]{1,12})[ \t]*\r?(?=\n)", re.I)
_CHUNKED_OR_ODD = re.compile(rb"\n(?:transfer-encoding|content-length)[ \t]*:", re.I)
_EXPECT = re.compile(rb"\nexpect[ \t]*:[ \t]*100-continue[ \t]*\r?\n", re.I)

#: JSON bodies of the errors answered before the app sees a request (gunicorn's parser, or the loop).
_ERRORS = {
    400: ("bad_request", "Yêu cầu HTTP không hợp lệ."),
    403: ("forbidden", "Yêu cầu bị từ chối."),
    408: ("request_timeout", "Yêu cầu đến quá chậm; hãy gửi lại."),
    413: ("too_large", "Dữ liệu gửi lên vượt giới hạn."),
    414: ("uri_too_long", "Địa chỉ yêu cầu quá dài."),
    417: ("expectation_failed", "Không đáp ứng được tiêu đề Expect."),
    431: ("headers_too_large", "Tiêu đề yêu cầu quá lớn."),
    500: ("internal_error", "Lỗi máy chủ; vui lòng thử lại sau."),
    501: ("not_implemented", "Máy chủ không hỗ trợ cách gửi này."),
    503: ("busy", "Máy chủ đang bận; hãy thử lại sau ít giây."),
}


def error_bytes(status: int, reason: str, extra_headers: str = "", message: str | None = None) -> bytes:
    """A whole ``Connection: close`` response with the service's JSON error body.

    >>> error_bytes(408, "Request Timeout").split(b"\\r\\n")[0]
    b'HTTP/1.1 408 Request Timeout'
    """
    code, default = _ERRORS.get(status, _ERRORS[400 if status < 500 else 500])
    message = message or default
    body = json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nServer: {SERVER}\r\nDate: {http_date()}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra_headers}\r\n")
    return head.encode("latin-1") + body


class _JSONErrors:
    """The socket gunicorn's ``handle_error`` writes its HTML error page to: the page leaves as JSON instead."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def sendall(self, data: bytes) -> None:
        status_line = data.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        try:
            status, reason = int(status_line[1]), status_line[2] if len(status_line) > 2 else ""
        except (IndexError, ValueError):
            self._sock.sendall(data)
            return
        self._sock.sendall(error_bytes(status, reason))

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


@dataclass
class _Reading:
    """A connection whose request is being read in the loop: the bytes so far, and by when the rest is due."""

    buf: bytearray
    deadline: float
    kept_alive: bool
    head_end: int = 0  # where the body starts, once the head is whole
    need: int = 0  # bytes the whole request has (head + Content-Length), once known
    held: int = field(default=0)  # bytes counted against the worker's read-ahead budget


class AudioWorker(ThreadWorker):
    """gunicorn's gthread worker that reads every request in its event loop before a thread takes it, and
    answers plain GETs of cached audio on kept-alive connections there."""

    _UNDECIDED: Any = object()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lane: Any = self._UNDECIDED
        self._date = (0, "")
        self._reading: dict[Any, _Reading] = {}
        self._lingering: dict[Any, list[float]] = {}  # conn → [deadline, bytes dropped]
        self._deadlines: list[tuple[float, int, Any]] = []  # heap; entries of finished reads are skipped
        self._order = itertools.count()
        self._held = 0
        self._stopping_at: float | None = None
        self._client_timeout: float | None = None
        self._body_max = 0

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

    # --- gthread hooks: a connection has (or will have) a request to read -----------------------------------

    def enqueue_req(self, conn: Any) -> None:
        """Every request is read here first; a thread gets it only when it is all there."""
        if not self._reads_in_loop(conn):
            super().enqueue_req(conn)
            return
        pending = conn.parser.unreader.take_buffered() if conn.parser is not None else b""
        self._start_reading(conn, bytearray(pending), kept_alive=conn.parser is not None)

    def on_client_socket_readable(self, conn: Any, client: Any) -> None:
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        if not self._reads_in_loop(conn):
            super().enqueue_req(conn)
            return
        self._start_reading(conn, bytearray(), kept_alive=True, readable=True)

    def murder_pending(self) -> None:
        super().murder_pending()
        now = time.monotonic()
        if not self.alive:  # stopping: a request being sent gets a moment, an idle connection none
            self._stopping_at = self._stopping_at or now + STOP_KEEPALIVE_LINGER
            for conn, state in list(self._reading.items()):
                if not state.buf.strip() or now >= self._stopping_at:
                    self._close(conn)
            for conn in list(self._lingering):
                self._end_linger(conn)
        while self._deadlines and self._deadlines[0][0] <= now:
            _, _, conn = heapq.heappop(self._deadlines)
            if conn in self._lingering and self._lingering[conn][0] <= now:
                self._end_linger(conn)
                continue
            state = self._reading.get(conn)
            if state is None or state.deadline > now:
                continue  # finished, or its deadline moved on (the head came, now the body is due)
            if state.buf.strip():
                self.log.info("slow client %s: %d bytes of a request in %.0f s, answered 408",
                              _peer(conn), len(state.buf), self._timeout())
                self._fail(conn, 408, "Request Timeout")
            else:
                self._close(conn)

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        """gunicorn's own answers to requests it cannot parse (400, 414, 431 …) leave as JSON."""
        super().handle_error(req, _JSONErrors(client), addr, exc)

    # --- reading a request in the loop ---------------------------------------------------------------------

    def _reads_in_loop(self, conn: Any) -> bool:
        """TLS and HTTP/2 prior knowledge need a thread from the first byte; everything else is read here."""
        return not (self.cfg.is_ssl or conn.is_http2 or negotiation.prior_knowledge_allowed(self.cfg, conn.client))

    def _timeout(self) -> float:
        if self._client_timeout is None:
            config = getattr(self.wsgi, "config", None)
            settings = config.get("TTS_SETTINGS") if isinstance(config, dict) else None
            self._client_timeout = float(getattr(settings, "client_timeout_s", DEFAULT_CLIENT_TIMEOUT_S))
            self._body_max = int((config or {}).get("MAX_CONTENT_LENGTH") or 5 * 1024 * 1024)
        return self._client_timeout

    def _start_reading(self, conn: Any, buf: bytearray, kept_alive: bool, readable: bool = False) -> None:
        """Read what is there (``readable``: the socket has bytes now); wait in the poller for the rest. A whole
        request that is already there (the usual case on a kept-alive connection) costs no poller change."""
        conn.sock.setblocking(False)
        state = _Reading(buf, time.monotonic() + self._timeout(), kept_alive)
        self._reading[conn] = state
        if readable:
            self._read_some(conn)
        else:
            self._advance(conn, state)
        if self._reading.get(conn) is state:
            heapq.heappush(self._deadlines, (state.deadline, next(self._order), conn))
            self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_readable, conn))

    def _on_readable(self, conn: Any, _sock: Any) -> None:
        self._read_some(conn)

    def _read_some(self, conn: Any) -> None:
        state = self._reading[conn]
        try:
            chunk = conn.sock.recv(min(max(65536, state.need - len(state.buf)), 1 << 20))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._close(conn)
            return
        if not chunk:  # the client went away before its request was whole
            self._close(conn)
            return
        state.buf += chunk
        self._advance(conn, state)

    def _advance(self, conn: Any, state: _Reading) -> None:
        """Decide what the bytes read so far call for: wait for more, answer an error, or hand over."""
        if not state.head_end:
            end = _HEAD_END.search(state.buf)
            if end is None:
                first_line = state.buf.lstrip(b"\r\n").split(b"\n", 1)
                line_limit = self.cfg.limit_request_line
                if len(first_line) == 2 and not _REQUEST_LINE.match(first_line[0]):
                    self._hand_over(conn)  # not HTTP: gunicorn's parser answers 400 now, not at the deadline
                elif len(first_line) == 1 and 0 < line_limit < len(first_line[0]) - 2:
                    self._hand_over(conn)  # gunicorn answers 414 from what is here
                elif len(state.buf) > HEAD_MAX:
                    self._fail(conn, 431, "Request Header Fields Too Large")
                return
            state.head_end = end.end()
            head = bytes(state.buf[:state.head_end])
            lengths = _LENGTH.findall(head)
            if len(_CHUNKED_OR_ODD.findall(head)) != len(lengths) or len(lengths) > 1:
                self._hand_over(conn)  # chunked, or a framing gunicorn refuses: its parser decides now
                return
            length = int(lengths[0]) if lengths else 0
            if length > self._body_max:
                self._fail(conn, 413, "Content Too Large",
                           message=f"Dữ liệu gửi lên dài {length} byte, vượt giới hạn {self._body_max} byte.")
                return
            state.need = state.head_end + length
            if length:
                if self._held + length > READ_AHEAD_BUDGET:
                    self.log.warning("read-ahead budget spent: %s answered 503", _peer(conn))
                    self._fail(conn, 503, "Service Unavailable", "Retry-After: 5\r\n")
                    return
                state.held = length
                self._held += length
                state.deadline = time.monotonic() + self._timeout() + length / BODY_BYTES_PER_S
                heapq.heappush(self._deadlines, (state.deadline, next(self._order), conn))
                expect = _EXPECT.search(head)
                if expect and head.split(b"\r\n", 1)[0].endswith(b"HTTP/1.1") and len(state.buf) < state.need:
                    # answered here, so gunicorn must not answer it again once the body is in
                    del state.buf[expect.start() + 1:expect.end()]
                    state.need -= expect.end() - expect.start() - 1
                    state.head_end -= expect.end() - expect.start() - 1
                    with contextlib.suppress(OSError):
                        conn.sock.send(b"HTTP/1.1 100 Continue\r\n\r\n")
        if len(state.buf) >= state.need:
            self._hand_over(conn)

    def _stop_reading(self, conn: Any) -> _Reading:
        state = self._reading.pop(conn)
        self._held -= state.held
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)
        return state

    def _hand_over(self, conn: Any) -> None:
        """The request is all here: the audio lane answers it, or a thread does with these bytes."""
        state = self._stop_reading(conn)
        data = bytes(state.buf)
        if state.kept_alive and self._answer_in_loop(conn, data):
            return
        if conn.parser is None:
            conn.init()  # the HTTP/1 parser (no TLS here): nothing is read from the socket
        conn.parser.unreader.unread(data)
        conn.data_ready = True
        super().enqueue_req(conn)

    def _fail(self, conn: Any, status: int, reason: str, extra_headers: str = "", message: str | None = None
              ) -> None:
        """Answer an error and close; what the client is still sending is read and dropped for a moment
        (closing with unread bytes would reset the connection and could destroy the answer in flight)."""
        self._stop_reading(conn)
        try:
            conn.sock.send(error_bytes(status, reason, extra_headers, message))
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self.nr_conns -= 1
            conn.close()
            return
        deadline = time.monotonic() + LINGER_S
        self._lingering[conn] = [deadline, 0]
        heapq.heappush(self._deadlines, (deadline, next(self._order), conn))
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._drop_input, conn))

    def _drop_input(self, conn: Any, _sock: Any) -> None:
        linger = self._lingering[conn]
        try:
            chunk = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        linger[1] += len(chunk)
        if not chunk or linger[1] > LINGER_BYTES:
            self._end_linger(conn)

    def _end_linger(self, conn: Any) -> None:
        del self._lingering[conn]
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)
        self.nr_conns -= 1
        conn.close()

    def _close(self, conn: Any) -> None:
        self._stop_reading(conn)
        self.nr_conns -= 1
        conn.close()

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

    def _answer_in_loop(self, conn: Any, data: bytes) -> bool:
        """Answer ``data``, read from a kept-alive connection, here if it is one plain request; False leaves it
        to gunicorn."""
        lane = self._fast_path()
        if (lane is None or conn.is_http2 or not self.alive or self.nr + 1 >= self.max_requests
                or len(self.keepalived_conns) >= self.max_keepalived):
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


def _peer(conn: Any) -> str:
    return conn.client[0] if isinstance(conn.client, tuple) else str(conn.client)
