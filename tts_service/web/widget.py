"""The player's server side: its stylesheet, the iframe player, "Đọc đoạn đã chọn", and a two-player demo.

``GET /widget.css``                      styles loaded into the widget's Shadow DOM
``GET /embed?id=…`` | ``/embed?url=…``   the iframe player, for CMSs that forbid scripts
``POST /api/v1/speak-selection``         ``{article_id | url, text}`` → ``{audio_url, marks_url, duration, key}``
``GET /demo/hai-bai``                     two players on one page (two short articles)

A selection is read only when it occurs in an article we already narrated (compared NFC and whitespace-collapsed
against the stored marks' block texts), is at most ``TTS_SELECTION_MAX_CHARS`` (2 000) characters, and the client
IP still has a token in its bucket (``TTS_SELECTION_BURST``, refilled at ``TTS_SELECTION_PER_MINUTE``); the audio
goes through the same Narrator and cache as any article, under ``selection:<sha>``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import mimetypes
import threading
import time
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from tts_service.errors import BadInput, NotFound, ServiceError, TooLarge
from tts_service.models import Article, Block, nfc
from tts_service.web import narrator, require_demo, settings
from tts_service.web.api import _json_body, _optional_str, asset_urls

bp = Blueprint("widget", __name__)

#: What the widget calls from other sites' pages: answered with CORS headers (no credentials involved). The job
#: documents a 202 points to (``job_url``, issue #6: ``/api/v1/jobs/<id>``) are polled the same way.
CORS_PATHS = ("/api/v1/lookup", "/api/v1/speak-selection")
CORS_PREFIXES = ("/api/v1/jobs/",)


class RateLimited(ServiceError):
    status = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotInArticle(ServiceError):
    status = 422
    code = "not_in_article"


class TokenBucket:
    """Per-client token buckets, in memory (per process): ``take(ip)`` → 0 when allowed, else seconds to wait.

    ``TokenBucket(burst=2, per_minute=60)``: two requests at once pass, the third waits one second.
    """

    def __init__(self, burst: int, per_minute: float, clock=time.monotonic) -> None:
        self.burst, self.rate, self.clock = burst, per_minute / 60.0, clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        now = self.clock()
        with self._lock:
            tokens, then = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                self._forget_full(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate else math.inf

    def _forget_full(self, now: float) -> None:
        """Keep memory bounded: drop clients whose bucket has refilled anyway."""
        if len(self._buckets) > 10_000:
            full = [c for c, (t, then) in self._buckets.items() if t + (now - then) * self.rate >= self.burst]
            for client in full:
                del self._buckets[client]


def _limiter() -> TokenBucket:
    limiter = current_app.extensions.get("selection_limiter")
    if limiter is None:
        limiter = TokenBucket(settings().selection_burst, settings().selection_per_minute)
        current_app.extensions["selection_limiter"] = limiter
    return limiter


def collapse(text: str) -> str:
    """How the page and the marks are compared: ``collapse(" Hoa\u0300\\n  sen ") == "Hoà sen"``."""
    return " ".join(nfc(text).replace("\xa0", " ").split())


@bp.after_app_request
def _cors(response: Response) -> Response:
    """The widget runs on the host site's origin: let it read lookups and post selections (preflight included)."""
    if request.path in CORS_PATHS or (request.method == "GET" and request.path.startswith(CORS_PREFIXES)):
        response.headers["Access-Control-Allow-Origin"] = "*"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = "86400"
    return response


@bp.errorhandler(RateLimited)
def _rate_limited(exc: RateLimited) -> Response:
    response = jsonify({"error": {"code": exc.code, "message": exc.message}})
    response.status_code = 429
    response.headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
    return response


@bp.post("/api/v1/speak-selection")
def speak_selection() -> Response:
    """Read a passage the reader selected in a narrated article, through the same pipeline and cache."""
    wait = _limiter().take(request.remote_addr or "unknown")
    if wait:
        raise RateLimited(f"Bạn yêu cầu quá nhanh; thử lại sau {max(1, math.ceil(wait))} giây.", wait)
    data = _json_body()
    article_id = _optional_str(data, "article_id", 200)
    url = _optional_str(data, "url", 2000)
    limit = settings().selection_max_chars
    selection = collapse(_optional_str(data, "text", limit * 10) or "")
    if len(selection) < 2:
        raise BadInput("Gửi đoạn văn bản đã chọn trong trường 'text'.", code="missing_field")
    if len(selection) > limit:
        raise TooLarge(f"Đoạn đã chọn dài {len(selection)} ký tự, vượt giới hạn {limit} ký tự.",
                       code="selection_too_long")
    if not article_id and not url:
        raise BadInput("Cho biết 'article_id' hoặc 'url' của bài viết.", code="missing_field")
    index, store = narrator().index, narrator().store
    record = index.get_article(article_id) if article_id else index.find_by_url(url or "")
    if record is None or record.narration_key is None or not store.exists(record.narration_key, "json"):
        raise NotFound("Bài này chưa có bản đọc.", code="unknown_article")
    marks = json.loads(store.read_bytes(record.narration_key, "json"))
    article_text = " ".join(collapse(b["text"]) for b in marks["blocks"])
    if selection not in article_text:
        raise NotInArticle("Đoạn đã chọn không có trong bài viết này.")
    digest = hashlib.sha256(selection.encode()).hexdigest()[:32]
    asset, synthesized = narrator().narrate(Article(title="", blocks=[Block("paragraph", selection)]),
                                            f"selection:{digest}")
    urls = asset_urls(asset.key)
    return jsonify(key=asset.key, duration=round(asset.duration_s, 3), synthesized=synthesized,
                   audio_url=urls["audio_url"], marks_url=urls["marks_url"])


@lru_cache(maxsize=8)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    """A player file compressed once per version (the mtime is part of the cache key)."""
    return gzip.compress(Path(path).read_bytes(), 9, mtime=0)


def send_player_file(name: str) -> Response:
    """``widget.js`` / ``widget.css`` for any host page: CORS, five-minute cache, and gzip (level 9, made once)
    when the browser accepts it — what a reader downloads then does not depend on a proxy's compression level
    (a proxy does not compress again what is already encoded)."""
    if "gzip" in request.accept_encodings:
        path = Path(current_app.static_folder or "", name)
        stat = path.stat()
        response = Response(_gzipped(str(path), stat.st_mtime_ns), mimetype=mimetypes.guess_type(name)[0])
        response.headers["Content-Encoding"] = "gzip"
        response.set_etag(f"{stat.st_mtime_ns:x}-{stat.st_size:x}-gzip")
        response.last_modified = stat.st_mtime
        response.make_conditional(request)
    else:
        response = current_app.send_static_file(name)
    response.vary.add("Accept-Encoding")
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.cache_control.max_age = 300
    response.cache_control.public = True
    return response


@bp.get("/widget.css")
def widget_css() -> Response:
    return send_player_file("widget.css")


@bp.get("/embed")
def embed() -> Response:
    """The iframe player: ``<iframe src="…/embed?url=…" title="Đọc bài viết" height="140">``."""
    article_id = request.args.get("id", "").strip()
    url = request.args.get("url", "").strip()
    if not article_id and not url:
        raise BadInput("Cho biết 'id' hoặc 'url' của bài viết: /embed?url=… hoặc /embed?id=…", code="missing_field")
    index = narrator().index
    record = index.get_article(article_id) if article_id else index.find_by_url(url)
    html = render_template(
        "embed.html", article_id=article_id, page_url=url, title=record.title if record else "",
        download=request.args.get("download", "true") != "false",
    )
    return Response(html, mimetype="text/html")  # framed by the allowed sites (web.security_headers)


#: Two short notices for the two-player demo: (id, title, paragraphs).
TWO_ARTICLES = [
    ("demo:hai-bai-1", "Thành phố Huế ra quân Chủ nhật xanh",
     ["Sáng Chủ nhật, hàng nghìn đoàn viên, hội viên ra quân dọn vệ sinh dọc bờ sông Hương.",
      "Ban tổ chức cảm ơn người dân đã chung tay giữ gìn cảnh quan đô thị sạch đẹp."]),
    ("demo:hai-bai-2", "Điều chỉnh giờ tiếp công dân tại trụ sở Thành ủy",
     ["Từ tuần sau, lịch tiếp công dân bắt đầu lúc bảy giờ ba mươi sáng các ngày làm việc.",
      "Người dân có thể gửi ý kiến qua cổng thông tin điện tử của thành phố."]),
]


@bp.get("/demo/hai-bai")
def demo_two() -> str:
    """Two players on one page; each follows its own article. Narrated on first view, cached afterwards."""
    require_demo()
    for article_id, title, paragraphs in TWO_ARTICLES:
        narrator().narrate(Article(title=title, blocks=[Block("paragraph", p) for p in paragraphs]), article_id)
    return render_template("demo-two.html", articles=TWO_ARTICLES)
