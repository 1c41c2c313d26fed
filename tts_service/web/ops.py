"""Operations: readiness, Prometheus metrics, a request id on every answer, and logs as JSON lines.

``GET /readyz``   200 when the audio store is writable, the index answers and an engine of the chain can read;
                  503 with the failing check otherwise (a load balancer stops sending work, listeners of cached
                  audio are not affected: ``/healthz`` is the liveness probe)
``GET /metrics``  Prometheus text format (:mod:`tts_service.metrics`), every worker process added up

Every request gets an id — the client's ``X-Request-Id`` when it is a plain token, else a new one — sent back as
``X-Request-Id`` and put on every log line written while the request is answered::

    {"time": "2026-12-06T06:12:01.412Z", "level": "INFO", "logger": "tts_service.access", "message": "POST
     /api/v1/articles 200", "request_id": "5f0c…", "route": "/api/v1/articles", "status": 200, "ms": 412.7}
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from flask import Blueprint, Flask, Response, request

from tts_service import metrics
from tts_service.web import narrator
from tts_service.web.openapi import media, operation
from tts_service.web.schemas import Readiness
from tts_service.web.validation import respond

bp = Blueprint("ops", __name__)

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{8,64}\Z")
ROUTE_KEY = "dbv.route"
AUDIO_ROUTE = "/audio/<key>.<ext>"
access_log = logging.getLogger("tts_service.access")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ms), level, logger, message, the request id, any ``extra`` fields
    a caller gave, and the traceback when there is one."""

    _STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname, "logger": record.name, "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", "") or REQUEST_ID.get()
        if request_id:
            data["request_id"] = request_id
        data.update({k: v for k, v in vars(record).items() if k not in self._STANDARD and k != "request_id"})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a line is logged (servers and test runners replace it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


_LOGGING_CONFIGURED = threading.Lock()


def configure_logging(log_format: str) -> None:
    """Logs of the ``tts_service`` loggers go to stderr, as JSON lines (``TTS_LOG_FORMAT=json``) or text; once per
    process, whichever app is made first."""
    with _LOGGING_CONFIGURED:
        root = logging.getLogger("tts_service")
        if any(getattr(h, "dbv", False) for h in root.handlers):
            return
        handler = _Stderr()
        handler.dbv = True  # type: ignore[attr-defined]
        handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)


class RequestMiddleware:
    """Outermost WSGI layer: request id, access log line, and the request metrics (route template, status,
    latency) — for the Flask views and the cached-audio fast path alike."""

    def __init__(self, wsgi_app: Callable) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        given = environ.get("HTTP_X_REQUEST_ID", "")
        request_id = given if _CLIENT_ID.match(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = [500]

        def start(status_line: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable:
            status[0] = int(status_line.split(" ", 1)[0])
            return start_response(status_line, [*headers, ("X-Request-Id", request_id)], exc_info)

        try:
            return self.wsgi_app(environ, start)
        finally:
            elapsed = time.perf_counter() - started
            method = environ.get("REQUEST_METHOD", "")
            path = environ.get("PATH_INFO", "")
            route = environ.get(ROUTE_KEY) or (AUDIO_ROUTE if path.startswith("/audio/") else "unmatched")
            metrics.HTTP_REQUESTS.labels(route, method, str(status[0])).inc()
            metrics.HTTP_LATENCY.labels(route, method).observe(elapsed)
            access_log.info("%s %s %s", method, path, status[0],
                            extra={"route": route, "status": status[0], "ms": round(elapsed * 1000, 1)})
            REQUEST_ID.reset(token)


def init_app(app: Flask) -> None:
    """Logging as configured, the request middleware around everything (fast path included), the routes."""
    configure_logging(app.config["TTS_SETTINGS"].log_format)

    @app.before_request
    def _route() -> None:
        request.environ[ROUTE_KEY] = request.url_rule.rule if request.url_rule else "unmatched"

    app.wsgi_app = RequestMiddleware(app.wsgi_app)  # type: ignore[method-assign]
    app.register_blueprint(bp)


@bp.get("/readyz")
@operation("Readiness: store writable, index reachable, an engine available", tags=("operations",),
           responses={200: Readiness, 503: Readiness})
def readyz() -> Response:
    checks = {"store": _store_writable(), "index": _index_reachable(), "engine": _engine_available()}
    ready = all(ok for ok, _detail in checks.values())
    return respond(Readiness, {"status": "ready" if ready else "not_ready",
                               "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in checks.items()}},
                   200 if ready else 503, {"Cache-Control": "no-store"})


def _store_writable() -> tuple[bool, str]:
    root = narrator().store.root
    probe = root / f".readyz-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"ok")
        return True, str(root)
    except OSError as exc:
        return False, f"{root}: {exc.strerror or exc}"
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


def _index_reachable() -> tuple[bool, str]:
    try:
        with narrator().stores.db.connect() as db:
            db.execute("SELECT COUNT(*) FROM articles").fetchone()
    except Exception as exc:  # any backend's failure
        return False, str(exc)[:200]
    return True, "ok"


#: Engines found able to read, by process: (monotonic time of the check, result), re-checked after a minute.
_ENGINE_CHECKS: dict[str, tuple[float, tuple[bool, str]]] = {}
ENGINE_RECHECK_S = 60.0


def _engine_available() -> tuple[bool, str]:
    """Some engine of the chain can read now. An online engine (one with a circuit breaker) is judged by its
    breaker — no request is spent on a probe; an offline one reads a word (at most once a minute per process)."""
    problems = []
    for engine in narrator().engines:
        breaker = getattr(getattr(engine, "controls", None), "breaker", None)
        if breaker is not None:
            if breaker.state != "open":
                return True, f"{engine.name}: circuit {breaker.state}"
            problems.append(f"{engine.name}: circuit open")
            continue
        checked = _ENGINE_CHECKS.get(engine.name)
        if checked is None or time.monotonic() - checked[0] > ENGINE_RECHECK_S:
            try:
                engine.synthesize("một", engine.default_voice, None)
                result = (True, f"{engine.name}: ok")
            except Exception as exc:  # any engine's failure, reported not raised
                result = (False, f"{engine.name}: {getattr(exc, 'message', exc)}"[:200])
            checked = _ENGINE_CHECKS[engine.name] = (time.monotonic(), result)
        if checked[1][0]:
            return checked[1]
        problems.append(checked[1][1])
    return False, "; ".join(problems)


@bp.get("/metrics")
@operation("Prometheus metrics", tags=("operations",),
           responses={200: media("text/plain", {"type": "string", "description": "Prometheus text format 0.0.4"})})
def metrics_view() -> Response:
    body, content_type = metrics.render(narrator().stores)
    return Response(body, content_type=content_type, headers={"Cache-Control": "no-store"})
