"""The player's server side: its stylesheet, the iframe player, "Đọc đoạn đã chọn", and a two-player demo.

``GET /widget.css``                      styles loaded into the widget's Shadow DOM
``GET /embed?id=…`` | ``/embed?url=…``   the iframe player, for CMSs that forbid scripts
``POST /api/v1/speak-selection``         ``{article_id | url, text, voice?}`` → ``{audio_url, marks_url, key, …}``
``GET /api/v1/lookup`` (view in api.py)   with what the player needs: ``voices``, ``voice``, ``article_selector``
``GET /demo/hai-bai``                     two players on one page (two short articles)

A selection is read only when it occurs in an article we already narrated (compared NFC and whitespace-collapsed
against the stored marks' block texts), is at most ``TTS_SELECTION_MAX_CHARS`` (2 000) characters, and the client
is within its limit (``TTS_SELECTION_BURST`` at once, ``TTS_SELECTION_PER_MINUTE`` on average), counted in a store
every worker process shares (:mod:`tts_service.ratelimit`). The audio goes through the same Narrator and cache as
any article, under ``selection:<sha>``, and is removed after ``TTS_SELECTION_TTL_S`` or when selections take more
than ``TTS_SELECTION_BUDGET_MB`` (least recently played first).

Cross-origin calls (the widget on a portal's page) are answered for the sites of ``TTS_ALLOWED_HOSTS`` only
(flask-cors): another site cannot use its visitors' browsers to make the service read for it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import mimetypes
import re
import time
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request
from flask_cors import CORS

from audio_cache.articles import ArticleRecord
from tts_service.errors import BadInput, NotFound, ServiceError, TooLarge
from tts_service.extract.profiles import profile_for
from tts_service.models import Article, Block, nfc
from tts_service.pipeline import article_from_payload
from tts_service.ratelimit import RateLimited, burst_limit, hit
from tts_service.web import jobs, narrator, pages, require_demo, settings
from tts_service.web.api import article_status, asset_urls, job_document
from tts_service.web.openapi import HTML, media, operation
from tts_service.web.schemas import LookupQuery, SelectionAudio, SelectionRequest
from tts_service.web.validation import json_body, respond

bp = Blueprint("widget", __name__)

#: What the widget calls from other sites' pages: answered with CORS headers (no credentials involved), including
#: the job documents a 202 points to (``/api/v1/jobs/<id>``), which the player polls.
CORS_PATHS = (r"/api/v1/lookup", r"/api/v1/speak-selection", r"/api/v1/jobs/[0-9a-f]{32}", r"/api/v1/events")


class NotInArticle(ServiceError):
    status = 422
    code = "not_in_article"


def selection_limit() -> str:
    """The selection endpoint's limit per client, as a moving window (see :func:`ratelimit.burst_limit`)."""
    return burst_limit(settings().selection_burst, settings().selection_per_minute)


def cors_origins(allowed_hosts: tuple[str, ...]) -> list[re.Pattern[str]]:
    """The page origins the widget's API answers: ``huecity.gov.vn`` → ``http(s)://huecity.gov.vn[:port]``,
    ``*.huecity.gov.vn`` → that domain and its sub-domains."""
    origins = []
    for host in allowed_hosts:
        base = re.escape(host.removeprefix("*."))
        sub = r"(?:[a-z0-9-]+\.)*" if host.startswith("*.") else ""
        origins.append(re.compile(rf"^https?://{sub}{base}(?::\d+)?$", re.IGNORECASE))
    return origins


def init_app(app: Flask) -> None:
    """CORS for what the widget calls from a portal's page (preflight included), for the allowed sites only:
    ``TTS_ALLOWED_HOSTS`` and the sites whose settings let their pages be read, as they are at start-up."""
    origins = cors_origins(app.extensions["pages"].page_hosts())
    CORS(app, resources={path: {"origins": origins} for path in CORS_PATHS}, methods=["GET", "POST"],
         allow_headers=["Content-Type"], max_age=86400)


def collapse(text: str) -> str:
    """How the page and the marks are compared: ``collapse(" Hoa\u0300\\n  sen ") == "Hoà sen"``."""
    return " ".join(nfc(text).replace("\xa0", " ").split())


@bp.app_errorhandler(RateLimited)
def _rate_limited(exc: RateLimited) -> Response:
    response = jsonify({"error": {"code": exc.code, "message": exc.message}})
    response.status_code = 429
    response.headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
    return response


@bp.post("/api/v1/speak-selection")
@operation("Read a selected passage aloud", tags=("player",), body=SelectionRequest,
           responses={200: SelectionAudio}, errors=(404, 422, 429, 503, 507),
           description="Public, limited per client: a passage (at most `TTS_SELECTION_MAX_CHARS` characters) that "
                       "occurs in an article already narrated, through the same pipeline and cache.")
def speak_selection() -> Response:
    """Read a passage the reader selected in a narrated article, through the same pipeline and cache."""
    hit(selection_limit(), "selection")
    data = json_body(SelectionRequest)
    article_id = data.article_id
    url = data.url
    limit = settings().selection_max_chars
    selection = collapse(data.text or "")
    if len(selection) < 2:
        raise BadInput("Gửi đoạn văn bản đã chọn trong trường 'text'.", code="missing_field")
    if len(selection) > limit:
        raise TooLarge(f"Đoạn đã chọn dài {len(selection)} ký tự, vượt giới hạn {limit} ký tự.",
                       code="selection_too_long")
    if not article_id and not url:
        raise BadInput("Cho biết 'article_id' hoặc 'url' của bài viết.", code="missing_field")
    articles, store = narrator().stores.articles, narrator().store
    record = articles.get_article(article_id) if article_id else pages().known(url or "")
    if record is not None and (record.disabled or record.article_id.startswith("draft:")):
        record = None  # turned off, or not published
    if record is None or record.narration_key is None or not store.exists(record.narration_key, "json"):
        raise NotFound("Bài này chưa có bản đọc.", code="unknown_article")
    marks = json.loads(store.read_bytes(record.narration_key, "json"))
    article_text = " ".join(collapse(b["text"]) for b in marks["blocks"])
    if selection not in article_text:
        raise NotInArticle("Đoạn đã chọn không có trong bài viết này.")
    digest = hashlib.sha256(selection.encode()).hexdigest()[:32]
    passage = Article(title="", blocks=[Block("paragraph", selection)])
    voice = data.voice  # the listener's voice, when this service's own chain has it
    voice = voice if voice in {v["id"] for v in narrator().voices_for(None)} else None
    asset, synthesized = narrator().narrate(passage, f"{SELECTION_PREFIX}{digest}",
                                            narration=narrator().plan(passage, voice))
    if synthesized:
        collect_prefixed_now_and_then(SELECTION_PREFIX, settings().selection_ttl_s, settings().selection_budget_mb)
    urls = asset_urls(asset.key)
    return respond(SelectionAudio, {"key": asset.key, "duration": round(asset.duration_s, 3),
                                    "synthesized": synthesized, "audio_url": urls["audio_url"],
                                    "marks_url": urls["marks_url"]})


SELECTION_PREFIX = "selection:"


def collect_prefixed_now_and_then(prefix: str, max_age_s: float, budget_mb: int, every_s: float = 60.0) -> None:
    """Keep short-lived audio (selections, drafts: ids starting with ``prefix``) within its age and size limits
    (``budget_mb`` 0: age only), at most once a minute per process."""
    state = current_app.extensions.setdefault(f"{prefix.rstrip(':')}_collected", [0.0])
    if time.monotonic() - state[0] < every_s:
        return
    state[0] = time.monotonic()
    from audio_cache.evict import collect_prefixed

    n = narrator()
    collect_prefixed(n.store, n.stores, n.locks, prefix, max_age_s=max_age_s,
                     budget_bytes=budget_mb * 1_048_576 if budget_mb else 1 << 62)


def lookup_document(article_id: str, voice: str | None = None) -> dict:
    """``GET /api/v1/lookup``: the article's status as the CMS sees it, read in ``voice`` (an id from
    ``voices``; default: the first), plus what the player needs — ``voices`` when there is a choice, the
    ``voice`` answered, and ``article_selector``, the CSS selector of the article body when the site has a
    profile (so the one-line embed follows the text without ``data-target``)."""
    record = narrator().stores.articles.get_article(article_id)
    if record is None:
        raise NotFound(f"Chưa có bài viết '{article_id}'.")
    if record.disabled:  # an admin turned its reading off
        raise NotFound("Bài này hiện không có bản đọc.", code="article_disabled")
    voices = narrator().voices_for(record.url)
    voice = voice or voices[0]["id"]
    doc = article_status(article_id, public=True) if voice == voices[0]["id"] else voice_status(record, voice)
    doc["voice"] = voice
    if len(voices) > 1:
        doc["voices"] = voices
    profile = profile_for(record.url, narrator().sites.profiles())
    if profile and profile.container:
        doc["article_selector"] = ", ".join(profile.container)
    site = narrator().sites.for_article(record.url, record.site)
    if site is not None and not site.download:
        doc["download"] = False  # the site's admin does not let listeners save the MP3
    if settings().analytics:
        doc["analytics"] = True  # the player reports plays (tts_service.web.analytics)
    return doc


def voice_status(record: ArticleRecord, voice: str) -> dict:
    """The article in another voice: its own content-addressed narration, made on the first request (at once
    when short, else as a job to follow) and cached. The article keeps reading as its own narration."""
    if not record.source or not record.wanted_key:
        raise NotFound("Bài này chưa đọc được bằng giọng khác.", code="voice_unavailable")
    narr = narrator()
    article = article_from_payload(json.loads(record.source))
    narration = narr.plan(article, voice)
    doc: dict = {"id": record.article_id, "title": record.title}
    asset = narr.cached_asset(narration.key)
    if asset is None and narration.key not in narr.stores.jobs.active_keys():
        hit(selection_limit(), "requeue")  # new work a stranger asks for: the same limit as re-queueing
    if asset is None and sum(len(s.spoken_text) for s in narration.segments) > settings().sync_max_chars:
        job = job_document(jobs().submit(article, record.article_id, narration, voice=voice))
        return {**doc, **{k: job[k] for k in ("status", "job_url", "progress", "parts")}}
    if asset is None:
        asset, _ = narr.narrate(article, record.article_id, narration=narration, want=False)
    return {**doc, "status": "ready", "key": asset.key, "duration": round(asset.duration_s, 3),
            **asset_urls(asset.key)}


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
@operation("The player's stylesheet", tags=("player",), responses={200: media("text/css"), 304: None})
def widget_css() -> Response:
    return send_player_file("widget.css")


@bp.get("/embed")
@operation("The iframe player, for CMSs that forbid scripts", tags=("player",), query=LookupQuery,
           responses={200: HTML})
def embed() -> Response:
    """The iframe player: ``<iframe src="…/embed?url=…" title="Đọc bài viết" height="140">``."""
    article_id = request.args.get("id", "").strip()
    url = request.args.get("url", "").strip()
    if not article_id and not url:
        raise BadInput("Cho biết 'id' hoặc 'url' của bài viết: /embed?url=… hoặc /embed?id=…", code="missing_field")
    articles = narrator().stores.articles
    record = articles.get_article(article_id) if article_id else pages().known(url)
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
@operation("Demo: two players on one page", tags=("demo",), responses={200: HTML})
def demo_two() -> str:
    """Two players on one page; each follows its own article. Narrated on first view, cached afterwards."""
    require_demo()
    for article_id, title, paragraphs in TWO_ARTICLES:
        narrator().narrate(Article(title=title, blocks=[Block("paragraph", p) for p in paragraphs]), article_id)
    return render_template("demo-two.html", articles=TWO_ARTICLES)
