"""What anyone may fetch: audio files, the widget, health, and the demo page."""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, NamedTuple
from urllib.parse import quote

from flask import Blueprint, Flask, Response, jsonify, render_template, request, send_file
from werkzeug.http import http_date, parse_range_header
from werkzeug.utils import get_content_type
from werkzeug.wsgi import FileWrapper

from audio_cache import BlobStore, CorruptBlob, is_disk_full, is_valid_key
from tts_service import metrics
from tts_service.errors import Forbidden, NotFound
from tts_service.models import nfc
from tts_service.web import narrator, require_demo, settings
from tts_service.web.openapi import HTML, media, operation
from tts_service.web.schemas import Health
from tts_service.web.widget import send_player_file

bp = Blueprint("public", __name__)

_MIME = {"mp3": "audio/mpeg", "json": "application/json", "vtt": "text/vtt"}
YEAR = 31_536_000
DEMO_ID = "demo:huecity-hoi-nghi-truc-bao-quy-iii"
DEMO_URL = "https://huecity.gov.vn/tin-tuc/hoi-nghi-truc-bao-quy-iii-mat-tran-va-cac-doan-the"
DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "demo" / "huecity-hoi-nghi-truc-bao-quy-iii.txt"


_FILES = {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}},
          "application/json": {"schema": {"type": "object"}}, "text/vtt": {"schema": {"type": "string"}}}


@bp.get("/audio/<key>.<ext>")
@operation("A narration's file: the MP3, its timings (JSON) or captions (WebVTT)", tags=("audio",),
           responses={200: _FILES, 206: _FILES, 304: None, 416: None}, errors=(403, 404),
           description="Content-addressed and immutable: one-year cache, strong ETag, Range. `?download=1` saves "
                       "the MP3 named after the article — 403 `download_off` when its site turned downloads off.")
def audio(key: str, ext: str) -> Response:
    """Immutable narration files: Range (206/416), ETag (304), one-year cache.

    The key is checked before any path is built, so a malformed key never reaches the filesystem. A file this
    process did not write is checked against its recorded sha256 once; a damaged one is removed and its
    article is made again on the next request. With ``TTS_ACCEL_REDIRECT`` nginx sends the bytes.
    """
    if ext not in _MIME or not is_valid_key(key):
        raise NotFound("Không có tệp âm thanh này.")
    n = narrator()
    try:
        path = n.store.verified_path(key, ext)
    except CorruptBlob:
        n.stores.articles.mark_evicted(key)
        raise NotFound("Tệp âm thanh bị hỏng và đã được gỡ; bản đọc sẽ được tạo lại.") from None
    if path is None:
        raise NotFound("Không có tệp âm thanh này.")
    download = ext == "mp3" and request.args.get("download") == "1"  # "Tải MP3": save it, named after the article
    if download and not n.sites.downloads_allowed(n.publishing.readers(key)):
        raise Forbidden("Trang này không cho tải bản đọc về máy; mời nghe ngay trên trang.", code="download_off")
    accel = settings().accel_redirect
    if accel:
        response = Response(status=200, mimetype=_MIME[ext])
        response.headers["X-Accel-Redirect"] = f"{accel}{path.relative_to(n.store.root).as_posix()}"
        response.set_etag(f"{key}.{ext}")
    else:
        response = send_file(path, mimetype=_MIME[ext], conditional=True, etag=f"{key}.{ext}", max_age=YEAR)
    response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["X-Content-Type-Options"] = "nosniff"
    if download:
        response.headers["Content-Disposition"] = attachment(download_title(n.store, key))
    if ext == "mp3" and request.headers.get("Range", "bytes=0-").startswith("bytes=0-"):
        n.plays.played(key)  # from the start: a play (a seek is not); batched, never a write per request
    return response


#: The name of a download whose audio has no title (a selection read aloud, a preview part).
GENERIC_TITLE = "Bản đọc"
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f"*:<>?\\|]+')  # and "/", which becomes "-"
_NOT_ASCII_SAFE = re.compile(r"[^A-Za-z0-9 ()._,-]+")


def download_title(store: BlobStore, key: str) -> str:
    """The title the listener heard first: the marks' heading block (the same text as the ID3 title), else
    :data:`GENERIC_TITLE` with the key's first 8 characters, so two untitled downloads do not collide."""
    with contextlib.suppress(OSError, ValueError, LookupError, TypeError, CorruptBlob):
        block = json.loads(store.read_bytes(key, "json"))["blocks"][0]
        if block["kind"] == "heading" and block["text"].strip():
            return block["text"]
    return f"{GENERIC_TITLE} {key[:8]}"


def attachment(title: str, ext: str = "mp3", limit: int = 100) -> str:
    """``Content-Disposition`` that saves a file named after ``title`` (RFC 6266): the Vietnamese name in
    ``filename*`` (RFC 5987, UTF-8, percent-encoded), and an ASCII fallback without diacritics for old clients.
    Characters a file system refuses become " - " (a slash "-"); a long title is cut at a word.

    >>> print(attachment("Huế: quý III/2021"))
    attachment; filename="Hue - quy III-2021.mp3"; filename*=UTF-8''Hu%E1%BA%BF%20-%20qu%C3%BD%20III-2021.mp3
    >>> attachment('Đà Nẵng "mới"').split(";")[1]
    ' filename="Da Nang - moi.mp3"'
    """
    name = _UNSAFE_IN_NAME.sub(" - ", nfc(title).replace("/", "-"))
    name = " ".join(name.split()).replace("- -", "-").strip(" .-")
    if len(name) > limit:
        name = name[:limit].rsplit(" ", 1)[0].rstrip(" .-")
    name = name or GENERIC_TITLE
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = " ".join(_NOT_ASCII_SAFE.sub(" ", plain).split()).strip(" .-") or "ban-doc"
    return f"attachment; filename=\"{plain}.{ext}\"; filename*=UTF-8''{quote(f'{name}.{ext}', safe='')}"


class PlainReply(NamedTuple):
    """A cached-audio answer made without Flask: send ``headers``, then ``length`` bytes of ``file`` from
    ``offset``; the caller closes ``file``."""

    status: str
    headers: list[tuple[str, str]]
    file: BinaryIO
    offset: int
    length: int


class AudioFastPath:
    """WSGI middleware for the hottest request there is: a plain full ``GET /audio/<key>.<ext>`` of cached audio.

    It sends exactly the headers :func:`audio` sends, then hands the open file to the server's
    ``wsgi.file_wrapper`` (gunicorn uses ``sendfile``), skipping Flask's request context, routing and
    ``send_file``'s conditional machinery. The headers of each file version are built once per process (only
    ``Expires`` moves, once a second) and the last-played time is batched (``PlayLog``), so a request costs one
    ``open``, one ``fstat`` and a few dictionary look-ups here (bench/bench_cache.py).
    Anything else — a query string (``?download=1``), Range, If-None-Match/If-Modified-Since, HEAD, unknown or
    damaged keys, X-Accel-Redirect mode — goes to the Flask view unchanged. :meth:`reply` is the same answer for a
    caller outside WSGI: the gunicorn worker in :mod:`tts_service.serving` answers kept-alive requests with it in
    its event loop.
    """

    _CONDITIONAL = ("HTTP_RANGE", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_RANGE", "HTTP_IF_MATCH",
                    "HTTP_IF_UNMODIFIED_SINCE")

    def __init__(self, app: Flask, wsgi_app: Callable) -> None:
        self.wsgi_app = wsgi_app
        self.store = app.extensions["narrator"].store
        self.articles = app.extensions["narrator"].stores.articles
        self.plays = app.extensions["narrator"].plays
        self.enabled = not app.config["TTS_SETTINGS"].accel_redirect
        self._fixed: dict[str, tuple[tuple[int, int], list[tuple[str, str]]]] = {}  # name → (version, headers)
        self._expires = (0, "")  # (second, Expires header for it)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if (not self.enabled or not path.startswith("/audio/") or environ.get("REQUEST_METHOD") != "GET"
                or environ.get("QUERY_STRING") or any(name in environ for name in self._CONDITIONAL)):
            return self.wsgi_app(environ, start_response)
        try:
            reply = self.reply(path)
        except CorruptBlob:  # removed: its article is made again on the next request; the view says 404
            self.articles.mark_evicted(path[7:].partition(".")[0])
            return self.wsgi_app(environ, start_response)
        if reply is None:
            return self.wsgi_app(environ, start_response)
        start_response(reply.status, reply.headers)
        return environ.get("wsgi.file_wrapper", FileWrapper)(reply.file, 1 << 16)

    def reply(self, path: str, byte_range: str | None = None, *, in_loop: bool = False) -> PlainReply | None:
        """The answer to ``GET path`` (``/audio/<key>.<ext>``) with an optional ``Range`` header value, or None
        when the Flask view must answer (unknown key, X-Accel mode, several or unsatisfiable ranges, and — with
        ``in_loop``, where nothing may block — a file not yet verified in this process).

        ``/audio/<key>.mp3``, ``"bytes=0-"`` → 206 with ``Content-Range: bytes 0-<size-1>/<size>``, the whole
        file. A play is recorded when the request starts at byte 0. Raises :class:`CorruptBlob` (without
        ``in_loop``) for a damaged file, which is removed.
        """
        key, _, ext = path[7:].partition(".")
        if not self.enabled or not path.startswith("/audio/") or ext not in _MIME or not is_valid_key(key):
            return None
        parsed = parse_range_header(byte_range) if byte_range is not None else None
        if byte_range is not None and (parsed is None or len(parsed.ranges) != 1):
            return None
        try:
            opened = self.store.open_verified(key, ext, trusted_only=in_loop)
        except CorruptBlob:  # an OSError too, but not one to hide: the caller marks the article evicted
            raise
        except OSError:
            return None
        if opened is None:
            return None
        fh, stat = opened
        headers = self._headers(key, ext, stat)
        span = parsed.range_for_length(stat.st_size) if parsed is not None else None
        if parsed is not None and span is None:  # unsatisfiable: the view answers 416
            fh.close()
            return None
        if ext == "mp3" and (span is None or span[0] == 0) and self.plays.note(key):
            if in_loop:
                threading.Thread(target=self.plays.flush, name="play-log", daemon=True).start()
            else:
                self.plays.flush()
        if in_loop:  # answered without WSGI: counted and given an id here (the request middleware does the rest)
            metrics.HTTP_REQUESTS.labels("/audio/<key>.<ext>", "GET", "200" if span is None else "206").inc()
            headers = [*headers, ("X-Request-Id", uuid.uuid4().hex)]
        if span is None:
            return PlainReply("200 OK", headers, fh, 0, stat.st_size)
        start, stop = span
        headers = [(k, v) for k, v in headers if k != "Content-Length"]
        headers += [("Content-Length", str(stop - start)),
                    ("Content-Range", f"bytes {start}-{stop - 1}/{stat.st_size}")]
        fh.seek(start)
        return PlainReply("206 PARTIAL CONTENT", headers, fh, start, stop - start)

    def _headers(self, key: str, ext: str, stat: os.stat_result) -> list[tuple[str, str]]:
        name = f"{key}.{ext}"
        version = (stat.st_size, stat.st_mtime_ns)
        fixed = self._fixed.get(name)
        if fixed is None or fixed[0] != version:
            if len(self._fixed) >= 10_000:
                self._fixed.clear()
            fixed = self._fixed[name] = (version, [
                ("Content-Type", get_content_type(_MIME[ext], "utf-8")),
                ("Content-Disposition", f"inline; filename={name}"),
                ("Content-Length", str(stat.st_size)),
                ("Last-Modified", http_date(stat.st_mtime)),
                ("Cache-Control", f"public, max-age={YEAR}, immutable"),
                ("ETag", f'"{name}"'),
                ("Accept-Ranges", "bytes"),
                ("Access-Control-Allow-Origin", "*"),
                ("X-Content-Type-Options", "nosniff"),
            ])
        now = int(time.time())
        if self._expires[0] != now:
            self._expires = (now, http_date(now + YEAR))
        return [*fixed[1], ("Expires", self._expires[1])]


def install_fast_path(app: Flask) -> None:
    fast = AudioFastPath(app, app.wsgi_app)
    app.wsgi_app = fast  # type: ignore[method-assign]
    app.extensions["audio_fast_path"] = fast  # the gunicorn worker's event-loop lane (tts_service.serving)


@bp.get("/healthz")
@operation("Liveness: the index answers and the audio store is writable", tags=("operations",),
           responses={200: Health, 503: Health})
def healthz() -> Response:
    """Liveness and readiness: the index answers and the audio directory is writable."""
    n = narrator()
    n.stores.articles.count_narrations()  # a shared index or bucket that is down answers 503 (StoreUnavailable)
    if hasattr(n.store, "ping"):
        n.store.ping()
    probe = n.store.root / ".healthz"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:  # full or read-only disk: cached audio still plays, new audio cannot be made
        with contextlib.suppress(OSError):
            probe.unlink()  # created, then its write failed: leave nothing behind
        response = jsonify(status="degraded", engine=n.engine.name,
                           error={"code": "storage_full" if is_disk_full(exc) else "storage_error",
                                  "message": "Không ghi được vào kho âm thanh; âm thanh đã có vẫn phát được."})
        response.status_code = 503
        return response
    return jsonify(status="ok", engine=n.engine.name)


@bp.get("/widget-stats.js")
@operation("The player's listening counter, loaded by the player only when the service counts plays",
           tags=("player",), responses={200: media("text/javascript"), 304: None})
def widget_stats_js() -> Response:
    return send_player_file("widget-stats.js")


@bp.get("/widget.js")
@operation("The player: one script tag on the article page", tags=("player",),
           responses={200: media("text/javascript"), 304: None})
def widget_js() -> Response:
    return send_player_file("widget.js")


@lru_cache(maxsize=1)
def demo_article() -> dict:
    """The reference article (Huế city party committee portal), as its page shows it.

    File layout: title, date line, the two widget labels, then paragraphs separated by blank lines, and the
    signature last.
    """
    lines = DEMO_FILE.read_text(encoding="utf-8").split("\n")
    title, published = lines[0].strip(), lines[1].strip()
    body = "\n".join(lines[4:])
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return {"title": title, "published": published, "paragraphs": paragraphs[:-1], "signature": paragraphs[-1]}


@bp.get("/")
@operation("Demo: the reference article with the player", tags=("demo",),
           responses={200: HTML})
def demo() -> str:
    """The demo: the reference article on a portal-like page, with the player where the site had its own."""
    require_demo()
    html = render_template("demo.html", article=demo_article(), article_id=DEMO_ID, page_url=DEMO_URL)
    # The page is narrated through the same path a scraped page takes; after the first view it is a cache hit.
    narrator().narrate(narrator().extract(html, url=DEMO_URL), DEMO_ID)
    return html


@bp.get("/demo/article.json")
@operation("Demo: the reference article's text", tags=("demo",),
           responses={200: media("application/json", {"type": "object"})})
def demo_json() -> Response:
    require_demo()
    return Response(json.dumps(demo_article(), ensure_ascii=False), mimetype="application/json")
