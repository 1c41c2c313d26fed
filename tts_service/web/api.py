"""The CMS API: push an article, get its audio.

``POST /api/v1/articles`` with ``Authorization: Bearer <key>`` and JSON ``{id?, url?, html? | title?+text?}``
→ ``200 {id, status: "ready", audio_url, marks_url, vtt_url, duration, key}`` when the audio is cached or the
article is short (≤ TTS_SYNC_MAX_CHARS spoken characters); otherwise ``202 {status, job_url, progress, parts}``.
``?wait=N`` waits up to N seconds for the job first. See docs/api.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for

from audio_cache.articles import ArticleRecord, NotOwner
from audio_cache.auth import hash_api_key
from audio_cache.hosts import site_covers, url_host
from audio_cache.jobs import Job
from tts_service.errors import BadInput, Forbidden, NotFound, ServiceError, Unauthorized
from tts_service.pipeline import article_from_payload, article_from_text
from tts_service.ratelimit import burst_limit, hit
from tts_service.web import jobs, narrator, pages, settings

bp = Blueprint("api", __name__, url_prefix="/api/v1")

_ID = re.compile(r"^[\w.:/\-]{1,200}$")


@dataclass(frozen=True)
class Caller:
    """Who is calling the CMS API: the key's hash (jobs remember it to find the key's own webhook) and the site
    it acts for — None for the operator's keys (``TTS_API_KEYS``, ``create-key --all-sites``), which act for
    every site."""

    key_hash: str
    site: str | None

    def check_url(self, url: str | None) -> None:
        """A key claims only URLs on its own site's hosts (the site and its sub-domains)."""
        if url is not None and self.site is not None and not site_covers(self.site, url_host(url)):
            raise Forbidden(f"Khóa API này chỉ dùng cho trang {self.site}; địa chỉ {url_host(url) or url!r}"
                            " thuộc trang khác.", code="url_of_another_site")

    def check_article(self, record: ArticleRecord | None) -> None:
        """A key reads, writes and cancels only its own site's articles."""
        if record is not None and self.site is not None and not site_covers(self.site, record.site):
            raise NotYours(record.article_id)


class NotYours(Forbidden):
    code = "article_of_another_site"

    def __init__(self, article_id: str) -> None:
        super().__init__(f"Bài viết '{article_id}' thuộc một trang khác; khóa API này không dùng được cho nó."
                         " Hãy đặt mã bài viết riêng cho trang của bạn (ví dụ thêm tên miền phía trước).")


def require_api_key(scope: str = "cms") -> Caller:
    """Accept a bootstrap key from TTS_API_KEYS or a CLI-created key from the index (both hashed)."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer ") or not header[7:].strip():
        raise Unauthorized("Thiếu khóa API: gửi tiêu đề 'Authorization: Bearer <khóa>'.")
    secret = header[7:].strip()
    digest = hash_api_key(secret)
    if any(hmac.compare_digest(digest, known) for known in settings().api_key_hashes):
        return Caller(digest, None)
    known = narrator().stores.keys.api_key(secret)
    if known is not None and known[0] == scope:
        return Caller(digest, known[1])
    raise Unauthorized("Khóa API không hợp lệ hoặc đã bị thu hồi.")


def _json_body() -> dict[str, Any]:
    if not request.mimetype or request.mimetype != "application/json":
        raise BadInput("Gửi dữ liệu dạng JSON (Content-Type: application/json).", code="unsupported_media_type",
                       status=415)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadInput("Nội dung không phải một đối tượng JSON hợp lệ.", code="invalid_json")
    return data


def _optional_str(data: dict[str, Any], name: str, limit: int) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"Trường '{name}' phải là chuỗi.", code="invalid_field")
    if len(value) > limit:
        raise BadInput(f"Trường '{name}' dài quá {limit} ký tự.", code="invalid_field")
    if "\x00" in value:
        raise BadInput(f"Trường '{name}' chứa ký tự nhị phân.", code="invalid_field")
    return value


def asset_urls(key: str) -> dict[str, str]:
    return {
        "audio_url": url_for("public.audio", key=key, ext="mp3"),
        "marks_url": url_for("public.audio", key=key, ext="json"),
        "vtt_url": url_for("public.audio", key=key, ext="vtt"),
    }


def _wait_param() -> float | None:
    """``?wait=N``: wait up to N seconds (capped by TTS_MAX_WAIT_S) for a job before answering 202."""
    raw = request.args.get("wait")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadInput("Tham số 'wait' phải là số giây (ví dụ ?wait=10).", code="invalid_field") from None
    if not 0 <= value <= 3600:
        raise BadInput("Tham số 'wait' phải trong khoảng 0–3600 giây.", code="invalid_field")
    return min(value, float(settings().max_wait_s))


@bp.post("/articles")
def create_article() -> Response:
    """200 with the audio when it is cached or short enough to make now; else 202 with the job to follow."""
    caller = require_api_key()
    wait = _wait_param()
    data = _json_body()
    limit = settings().max_request_bytes
    article_id = _optional_str(data, "id", 200)
    url = _optional_str(data, "url", 2000)
    html = _optional_str(data, "html", limit)
    title = _optional_str(data, "title", 1000)
    text = _optional_str(data, "text", limit)
    if article_id is not None and not _ID.match(article_id):
        raise BadInput("Trường 'id' chỉ gồm chữ, số và . : / - _ (tối đa 200 ký tự).", code="invalid_field")
    if url is not None and not re.match(r"^https?://[^\s]+$", url):
        raise BadInput("Trường 'url' phải là địa chỉ http(s) đầy đủ.", code="invalid_field")
    caller.check_url(url)
    if html is not None:
        if not html.strip():
            raise BadInput("Trường 'html' rỗng.", code="empty_input")
        article = narrator().extract(html, url=url)
    elif text is not None or title is not None:
        if not (text or "").strip() and not (title or "").strip():
            raise BadInput("Trường 'title' và 'text' đều rỗng.", code="empty_input")
        article = article_from_text(title or "", text or "", url=url)
    else:
        raise BadInput("Gửi 'html', hoặc 'title' và 'text'.", code="missing_field")
    if article_id is None:
        owned_text = f"{caller.site}\n{article.text}" if caller.site else article.text  # one site's, not another's
        article_id = url or "sha256:" + hashlib.sha256(owned_text.encode()).hexdigest()[:32]
    narr = narrator()
    caller.check_article(narr.stores.articles.get_article(article_id))
    narration = narr.plan(article)
    spoken_chars = sum(len(seg.spoken_text) for seg in narration.segments)
    short = spoken_chars <= settings().sync_max_chars
    try:
        if narr.cached_asset(narration.key) is not None or (wait is None and short):
            asset, synthesized = narr.narrate(article, article_id, narration=narration, site=caller.site)
            return _ready_response(article_id, asset.key, asset.duration_s, synthesized)
        runner = jobs()
        job = runner.submit(article, article_id, narration, api_key_hash=caller.key_hash, site=caller.site)
    except NotOwner:  # another site took this id between the check above and the write
        raise NotYours(article_id) from None
    job = runner.wait(job.job_id, wait or 0) or job
    if job.status == "done":
        asset = narr.cached_asset(job.narration_key)
        if asset is not None:
            return _ready_response(article_id, asset.key, asset.duration_s, True)
    if job.status == "failed":
        raise ServiceError(job.error or "Không tạo được bản đọc.", code=job.error_code or "job_failed",
                           status=_JOB_ERROR_STATUS.get(job.error_code or "", 500))
    response = jsonify(id=article_id, **job_document(job))
    response.status_code = 202
    response.headers["Location"] = job_document(job)["job_url"]
    return response


_JOB_ERROR_STATUS = {"storage_full": 507, "engine_unavailable": 503, "cancelled": 409}


def _ready_response(article_id: str, key: str, duration: float, synthesized: bool) -> Response:
    return jsonify(id=article_id, status="ready", key=key, duration=round(duration, 3), synthesized=synthesized,
                   **asset_urls(key))


def job_document(job: Job) -> dict[str, Any]:
    """What the CMS and the widget poll: status, progress, the preview parts made so far, URLs when done."""
    doc: dict[str, Any] = {
        "job_id": job.job_id,
        "job_url": url_for("api.get_job", job_id=job.job_id),
        "article_id": job.article_id,
        "status": job.status,
        "progress": {"done": job.done, "total": job.total},
        "parts": [
            {"block": part["block"], "url": url_for("public.audio", key=part["key"], ext="mp3"),
             "duration": part["duration"]}
            for part in job.parts
        ],
        "attempts": job.attempts,
        "created_at": job.created_at,
        "updated_at": job.updated_at,
    }
    if job.status == "done":
        doc["key"] = job.narration_key
        doc.update(asset_urls(job.narration_key))
    if job.error:
        doc["error"] = {"code": job.error_code, "message": job.error}
    return doc


_JOB_ID = re.compile(r"^[0-9a-f]{32}$")


def _job_or_404(job_id: str) -> Job:
    job = jobs().get(job_id) if _JOB_ID.match(job_id) else None
    if job is None:
        raise NotFound("Không có công việc này.")
    return job


@bp.get("/jobs/<job_id>")
def get_job(job_id: str) -> Response:
    """Public (job ids are unguessable): the widget polls this while an article is being read."""
    response = jsonify(job_document(_job_or_404(job_id)))
    response.headers["Cache-Control"] = "no-store"  # CORS for the allowed sites: tts_service.web.widget
    return response


def _own_job_or_404(job_id: str) -> Job:
    """The job, when the calling key's site owns its article (403 otherwise)."""
    caller = require_api_key()
    job = _job_or_404(job_id)
    caller.check_article(narrator().stores.articles.get_article(job.article_id))
    return job


@bp.post("/jobs/<job_id>/cancel")
def cancel_job(job_id: str) -> Response:
    _own_job_or_404(job_id)
    return jsonify(job_document(jobs().cancel(job_id) or _job_or_404(job_id)))


@bp.post("/jobs/<job_id>/retry")
def retry_job(job_id: str) -> Response:
    job = _own_job_or_404(job_id)
    if job.active or job.status == "done":
        raise ServiceError("Chỉ thử lại được công việc đã lỗi hoặc đã hủy.", code="not_retryable", status=409)
    return jsonify(job_document(jobs().retry(job_id) or job))


@bp.get("/articles/<path:article_id>")
def get_article(article_id: str) -> Response:
    """The article's status; one read from its own page says so (``origin: "page"``) with its last check."""
    require_api_key().check_article(narrator().stores.articles.get_article(article_id))
    doc = article_status(article_id)
    page = pages().pages.get(article_id)
    if page is not None:
        doc.update(origin="page", page_check=page.check_document())
    return jsonify(doc)


def article_status(article_id: str, *, public: bool = False) -> dict[str, Any]:
    """Ready → the URLs; being made → the job to follow; evicted → made again (from the stored article).

    ``public``: a reader's lookup; queueing an article again counts against the reader's limit (as a selection
    does), so a stranger cannot keep the workers busy re-making evicted audio."""
    narr = narrator()
    record = narr.stores.articles.get_article(article_id)
    if record is None:
        raise NotFound(f"Chưa có bài viết '{article_id}'.")
    doc: dict[str, Any] = {"id": record.article_id, "status": record.status, "title": record.title}
    # An index from before "wanted keys" existed has none: its narration key is the current one.
    current = record.narration_key if record.wanted_key in (None, record.narration_key) else None
    if record.status == "ready" and current and narr.store.exists(current, "mp3"):
        doc.update(key=current, duration=record.duration_s, **asset_urls(current))
        return doc
    job = narr.stores.jobs.get_job(record.job_id) if record.job_id else None
    if (job is None or job.narration_key != record.wanted_key or job.status in ("done", "cancelled")) \
            and record.status not in ("failed", "cancelled") and record.source:
        # Evicted, lost, or never queued: make it again from the article we stored.
        if public:
            hit(burst_limit(settings().selection_burst, settings().selection_per_minute), "requeue")
        article = article_from_payload(json.loads(record.source))
        job = jobs().submit(article, article_id, narr.plan(article))
    if job is not None:
        doc.update(status=job.status if job.active else record.status, **{
            k: v for k, v in job_document(job).items() if k in ("job_id", "job_url", "progress", "parts")})
    if record.error:
        doc["error"] = {"code": "failed", "message": record.error}
    if not current and record.status == "ready":
        doc["status"] = "pending"
    return doc


@bp.get("/lookup")
def lookup() -> Response:
    """Public: status and URLs of an article by CMS ``id`` or page ``url``, in the listener's ``voice``, with what
    the player needs (``widget.lookup_document``).

    A page of an allowed site that nobody pushed is read from the page itself (``tts_service.pages``) when the
    reader asks for it (``read=1``, sent when the play button is pressed): ``202`` with the job, its first part
    to play already made when it could be within :data:`FIRST_PART_WAIT_S`. Without ``read=1`` such a page is
    ``200 {"status": "not_read"}``, so a page view alone never costs a fetch."""
    from tts_service.web.widget import lookup_document  # the player's module imports this one

    article_id = request.args.get("id", "")
    url = request.args.get("url", "")
    if not article_id and not url:
        raise BadInput("Cho biết 'id' hoặc 'url' của bài viết.", code="missing_field")
    reader = pages()
    created = False
    if not article_id:
        record = reader.known(url)
        if record is None:
            try:
                article_id, created = _page_article(url)
            except NotReadYet as unread:  # a page view: no error (and no red line in the portal's console)
                return jsonify(status="not_read", url=unread.args[0],
                               message="Trang này chưa có bản đọc; bấm “Đọc bài viết” để nghe.")
            if not article_id:
                response = jsonify(status="pending", retry_after=1)  # another request is fetching this page
                response.status_code = 202
                return response
        else:
            article_id = record.article_id
    reader.refuse_gone(article_id)
    doc = lookup_document(article_id, request.args.get("voice") or None)
    if created and doc.get("job_id") and not doc.get("parts"):
        job = jobs().wait(doc["job_id"], FIRST_PART_WAIT_S, first_part=True)
        if job is not None:
            doc.update({k: v for k, v in job_document(job).items() if k in ("status", "progress", "parts")})
    response = jsonify(doc)
    if created and "audio_url" not in doc:
        response.status_code = 202
    return response


class NotReadYet(Exception):
    """A page that could be read from its site, but nobody pressed play yet (``args[0]``: its address)."""


#: How long the request that first reads a page waits for the first paragraph's audio before answering.
FIRST_PART_WAIT_S = 3.0


def _page_article(url: str) -> tuple[str | None, bool]:
    """The article of a page by its address (normalised, or its canonical one): known, or — with ``read=1`` —
    read from the page now. ``(None, False)`` while another request is reading it; ``created`` when this one
    queued its narration."""
    from tts_service.pages.reader import PageBeingRead

    reader = pages()
    identity, site = reader.resolve(url)
    record = reader.find(identity)
    if record is not None:
        return record.article_id, False
    if request.args.get("read") != "1":
        raise NotReadYet(identity)
    try:
        return reader.read(identity, site), True
    except PageBeingRead:
        return None, False
