"""The CMS API: push an article, follow it, list, turn off or delete it; the admin's lexicon and the quality report.

``POST /api/v1/articles`` with ``Authorization: Bearer <key>`` and JSON ``{id?, url?, html? | title?+text?,
draft?}`` → ``200 {id, status: "ready", audio_url, marks_url, vtt_url, duration, key}`` when the audio is cached
or the article is short (≤ TTS_SYNC_MAX_CHARS spoken characters); otherwise ``202 {status, job_url, progress,
parts}``. ``?wait=N`` waits up to N seconds for the job first. ``{id, url}`` alone fetches the page (the key's
site or ``TTS_ALLOWED_HOSTS``). Every route, field and error: ``/api/openapi.json``; the guide: docs/api.md.

A key has a scope (``cms``; ``admin`` may also edit the lexicon), acts for one site (decision 0015) and has a
request limit per minute and a daily quota of characters to synthesise (``429`` + ``Retry-After``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass, replace
from typing import Any

from flask import Blueprint, Response, request, url_for

from audio_cache import Job
from audio_cache.articles import ArticleRecord, NotOwner
from audio_cache.auth import hash_api_key
from audio_cache.hosts import site_covers, url_host
from audio_cache.publishing import DRAFT_PREFIX, BadCursor
from audio_cache.quality import QualityRow
from tts_service import metrics
from tts_service.errors import BadInput, FetchRefused, Forbidden, NotFound, ServiceError, Unauthorized
from tts_service.models import Article
from tts_service.pipeline import article_from_payload, article_from_text
from tts_service.ratelimit import burst_limit, hit
from tts_service.text.lexicon import LexiconEntry
from tts_service.unpublish import unpublish
from tts_service.web import jobs, narrator, pages, settings
from tts_service.web.openapi import link, operation
from tts_service.web.schemas import (
    ArticleAccepted,
    ArticleDocument,
    ArticleList,
    ArticleListQuery,
    ArticlePatch,
    ArticlePush,
    ArticleQuery,
    ArticleReady,
    JobDocument,
    LexiconChange,
    LexiconEntryIn,
    LexiconList,
    LexiconRemoveQuery,
    LookupAnswer,
    LookupQuery,
    QualityQuery,
    QualityReport,
    WaitQuery,
)
from tts_service.web.validation import json_body, query, respond

bp = Blueprint("api", __name__, url_prefix="/api/v1")

#: What each scope may do: an ``admin`` key may do everything a ``cms`` key may.
SCOPES = {"cms": frozenset({"cms"}), "admin": frozenset({"cms", "admin"})}


@dataclass(frozen=True)
class Caller:
    """Who is calling the CMS API: the key's hash (jobs remember it to find the key's own webhook), the site it
    acts for — None for the operator's keys (``TTS_API_KEYS``, ``create-key --all-sites``), which act for every
    site — what it may do, and its limits (0: none)."""

    key_hash: str
    site: str | None
    scope: str = "cms"
    per_minute: int = 0
    daily_chars: int = 0

    def check_url(self, url: str | None) -> None:
        """A key claims only URLs on its own site's hosts (the site and its sub-domains)."""
        if url is not None and self.site is not None and not site_covers(self.site, url_host(url)):
            raise Forbidden(f"Khóa API này chỉ dùng cho trang {self.site}; địa chỉ {url_host(url) or url!r}"
                            " thuộc trang khác.", code="url_of_another_site")

    def check_article(self, record: ArticleRecord | None) -> None:
        """A key reads, writes and cancels only its own site's articles."""
        if record is not None and self.site is not None and not site_covers(self.site, record.site):
            raise NotYours(record.article_id.removeprefix(DRAFT_PREFIX))

    def check_site(self, site: str | None) -> str | None:
        """The site a query is about: the key's own when none is asked for; another site's is refused."""
        if self.site is None:
            return site
        if site is not None and not site_covers(self.site, site):
            raise Forbidden(f"Khóa API này chỉ dùng cho trang {self.site}, không cho {site}.",
                            code="site_of_another_key")
        return site or self.site

    def charge(self, characters: int) -> None:
        """Spend ``characters`` of the key's daily quota on a synthesis (429 ``quota_exceeded`` when it is out)."""
        if not self.daily_chars or characters <= 0:
            return
        if characters > self.daily_chars:
            raise ServiceError(f"Bài dài {characters} ký tự, vượt hạn mức {self.daily_chars} ký tự mỗi ngày của khóa "
                               "API này; hãy chia bài hoặc xin tăng hạn mức.", code="quota_exceeded", status=413)
        hit(f"{self.daily_chars} per 1 day", "api-chars", identity=self.key_hash, cost=characters,
            code="quota_exceeded", message=f"Khóa API này đã dùng hết {self.daily_chars} ký tự của ngày")


class NotYours(Forbidden):
    code = "article_of_another_site"

    def __init__(self, article_id: str) -> None:
        super().__init__(f"Bài viết '{article_id}' thuộc một trang khác; khóa API này không dùng được cho nó."
                         " Hãy đặt mã bài viết riêng cho trang của bạn (ví dụ thêm tên miền phía trước).")


def require_api_key(scope: str = "cms") -> Caller:
    """The calling key — a bootstrap key from TTS_API_KEYS (scope ``cms``, every site) or a CLI-created key from
    the index (both hashed) — once it is known, allowed ``scope`` and within its request limit."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer ") or not header[7:].strip():
        raise Unauthorized("Thiếu khóa API: gửi tiêu đề 'Authorization: Bearer <khóa>'.")
    secret = header[7:].strip()
    digest = hash_api_key(secret)
    s = settings()
    if any(hmac.compare_digest(digest, known) for known in s.api_key_hashes):
        caller = Caller(digest, None, "cms", s.api_per_minute, s.api_daily_chars)
    else:
        known = narrator().stores.keys.api_key(secret)
        if known is None:
            raise Unauthorized("Khóa API không hợp lệ hoặc đã bị thu hồi.")
        caller = Caller(digest, known.site, known.scope,
                        s.api_per_minute if known.per_minute is None else known.per_minute,
                        s.api_daily_chars if known.daily_chars is None else known.daily_chars)
    if scope not in SCOPES.get(caller.scope, frozenset()):
        raise Forbidden(f"Khóa API này (quyền '{caller.scope}') không dùng được cho việc này: cần quyền '{scope}'.",
                        code="insufficient_scope")
    if caller.per_minute:
        hit(f"{caller.per_minute} per 1 minute", "api", identity=digest,
            message=f"Khóa API này đã gửi quá {caller.per_minute} yêu cầu trong một phút")
    return caller


def asset_urls(key: str) -> dict[str, str]:
    return {
        "audio_url": url_for("public.audio", key=key, ext="mp3"),
        "marks_url": url_for("public.audio", key=key, ext="json"),
        "vtt_url": url_for("public.audio", key=key, ext="vtt"),
    }


_PUSH_ERRORS = (403, 409, 413, 422, 502, 503, 507)
_LOCATION = {202: {"Location": {"description": "the job to follow", "schema": {"type": "string"}}}}
_ARTICLE = "/api/v1/articles/<path:article_id>"
_JOB = "/api/v1/jobs/<job_id>"
#: From the list, not from a push: a pushed draft's id is not an article's (it is at /api/v1/drafts/<id>).
_TO_ARTICLE = {"GetArticle": link("GET", _ARTICLE, article_id="$response.body#/articles/0/id"),
               "TurnOff": link("PATCH", _ARTICLE, article_id="$response.body#/articles/0/id"),
               "Delete": link("DELETE", _ARTICLE, article_id="$response.body#/articles/0/id")}
_TO_JOB = {"GetJob": link("GET", _JOB, job_id="$response.body#/job_id"),
           "Cancel": link("POST", _JOB + "/cancel", job_id="$response.body#/job_id"),
           "Retry": link("POST", _JOB + "/retry", job_id="$response.body#/job_id")}


@bp.post("/articles")
@operation("Push an article; get its audio", tags=("articles",), body=ArticlePush, query=WaitQuery, scope="cms",
           responses={200: ArticleReady, 202: ArticleAccepted}, errors=_PUSH_ERRORS, headers=_LOCATION,
           links={202: _TO_JOB},
           description="200 with the audio when it is cached or short enough to make now (≤ `TTS_SYNC_MAX_CHARS` "
                       "spoken characters); else 202 with the job to follow (`?wait=N` waits for it first). A new "
                       "synthesis spends the article's characters from the key's daily quota; a cached one is free.")
def create_article() -> Response:
    started = time.perf_counter()
    caller = require_api_key()
    wait = query(WaitQuery).wait
    wait = None if wait is None else min(wait, float(settings().max_wait_s))
    push = json_body(ArticlePush)
    caller.check_url(push.url)
    article = _article_of(push, caller)
    article_id = push.id
    if article_id is None:
        owned_text = f"{caller.site}\n{article.text}" if caller.site else article.text  # one site's, not another's
        article_id = push.url or "sha256:" + hashlib.sha256(owned_text.encode()).hexdigest()[:32]
    narr = narrator()
    caller.check_article(narr.stores.articles.get_article(article_id))
    target = article_id
    if push.draft:
        target = DRAFT_PREFIX + article_id
        caller.check_article(narr.stores.articles.get_article(target))
    narration = narr.plan(article)
    spoken_chars = sum(len(seg.spoken_text) for seg in narration.segments)
    short = spoken_chars <= settings().sync_max_chars
    cached = narr.cached_asset(narration.key) is not None
    if not cached:
        caller.charge(len(article.text))
    extra = {"draft": True, "expires_at": round(time.time() + settings().draft_ttl_s, 3)} if push.draft else {}
    try:
        if cached or (wait is None and short):
            asset, synthesized = narr.narrate(article, target, narration=narration, site=caller.site)
            if synthesized:
                metrics.FIRST_AUDIO.labels("sync").observe(time.perf_counter() - started)
            _after_push(push, caller, article_id)
            return _ready_response(article_id, asset.key, asset.duration_s, synthesized, **extra)
        runner = jobs()
        job = runner.submit(article, target, narration, api_key_hash=caller.key_hash, site=caller.site)
    except NotOwner:  # another site took this id between the check above and the write
        raise NotYours(article_id) from None
    _after_push(push, caller, article_id)
    job = runner.wait(job.job_id, wait or 0) or job
    if job.status == "done":
        asset = narr.cached_asset(job.narration_key)
        if asset is not None:
            return _ready_response(article_id, asset.key, asset.duration_s, True, **extra)
    if job.status == "failed":
        raise ServiceError(job.error or "Không tạo được bản đọc.", code=job.error_code or "job_failed",
                           status=_JOB_ERROR_STATUS.get(job.error_code or "", 500))
    document = job_document(job)
    return respond(ArticleAccepted, {"id": article_id, **document, **({"draft": True} if push.draft else {})},
                   202, {"Location": document["job_url"]})


def _article_of(push: ArticlePush, caller: Caller) -> Article:
    """The article a push describes: its HTML, its title and text, or the page at its URL (fetched through the
    URL gate: the key's own site, or a host of ``TTS_ALLOWED_HOSTS``)."""
    if push.html is not None:
        return narrator().extract(push.html, url=push.url)
    if push.title is not None or push.text is not None:
        return article_from_text(push.title or "", push.text or "", url=push.url)
    assert push.url is not None  # the model requires something to read
    from tts_service.extract.fetch import fetch_article
    from tts_service.urlgate import check_url, fetch_policy

    policy = fetch_policy(settings())
    if caller.site is not None:
        policy = replace(policy, allowed_hosts=(*policy.allowed_hosts, caller.site, f"*.{caller.site}"))
    if not policy.allowed_hosts:
        raise Forbidden("Máy chủ này chưa cho phép tải trang nào (TTS_ALLOWED_HOSTS trống): gửi kèm 'html', hoặc "
                        "'title' và 'text'.", code="host_not_allowed")
    try:
        check_url(push.url, policy)
    except FetchRefused as exc:
        raise Forbidden(f"{exc.message} Khóa API tải được trang của chính nó; trang khác cần có trong "
                        "TTS_ALLOWED_HOSTS — hoặc gửi kèm 'html'.", code="host_not_allowed") from None
    page = fetch_article(push.url, policy)
    return narrator().extract(page.body, url=push.url, content_type=page.content_type)


def _after_push(push: ArticlePush, caller: Caller, article_id: str) -> None:
    if push.draft:
        from tts_service.web.widget import collect_prefixed_now_and_then

        collect_prefixed_now_and_then(DRAFT_PREFIX, settings().draft_ttl_s, budget_mb=0)
    else:
        narrator().publishing.set_pusher(article_id, caller.key_hash)


_JOB_ERROR_STATUS = {"storage_full": 507, "engine_unavailable": 503, "cancelled": 409}


def _ready_response(article_id: str, key: str, duration: float, synthesized: bool, **extra: Any) -> Response:
    return respond(ArticleReady, {"id": article_id, "status": "ready", "key": key, "duration": round(duration, 3),
                                  "synthesized": synthesized, **asset_urls(key), **extra})


def job_document(job: Job) -> dict[str, Any]:
    """What the CMS and the widget poll: status, progress, the preview parts made so far, URLs when done."""
    doc: dict[str, Any] = {
        "job_id": job.job_id,
        "job_url": url_for("api.get_job", job_id=job.job_id),
        "article_id": job.article_id.removeprefix(DRAFT_PREFIX),
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
        doc["error"] = {"code": job.error_code or "failed", "message": job.error}
    return doc


_JOB_ID = re.compile(r"^[0-9a-f]{32}\Z")


def _job_or_404(job_id: str) -> Job:
    job = jobs().get(job_id) if _JOB_ID.match(job_id) else None
    if job is None:
        raise NotFound("Không có công việc này.")
    return job


@bp.get("/jobs/<job_id>")
@operation("Follow a job", tags=("jobs",), responses={200: JobDocument}, errors=(404,),
           description="Public (job ids are unguessable): the widget polls this while an article is being read.")
def get_job(job_id: str) -> Response:
    response = respond(JobDocument, job_document(_job_or_404(job_id)))
    response.headers["Cache-Control"] = "no-store"  # CORS for the allowed sites: tts_service.web.widget
    return response


def _own_job_or_404(job_id: str) -> Job:
    """The job, when the calling key's site owns its article (403 otherwise)."""
    caller = require_api_key()
    job = _job_or_404(job_id)
    caller.check_article(narrator().stores.articles.get_article(job.article_id))
    return job


@bp.post("/jobs/<job_id>/cancel")
@operation("Cancel a job", tags=("jobs",), scope="cms", responses={200: JobDocument}, errors=(403, 404),
           description="A queued job is cancelled at once; a running one stops at its next segment; nothing "
                       "half-made is stored.")
def cancel_job(job_id: str) -> Response:
    _own_job_or_404(job_id)
    return respond(JobDocument, job_document(jobs().cancel(job_id) or _job_or_404(job_id)))


@bp.post("/jobs/<job_id>/retry")
@operation("Retry a failed or cancelled job", tags=("jobs",), scope="cms", responses={200: JobDocument},
           errors=(403, 404, 409))
def retry_job(job_id: str) -> Response:
    job = _own_job_or_404(job_id)
    if job.active or job.status == "done":
        raise ServiceError("Chỉ thử lại được công việc đã lỗi hoặc đã hủy.", code="not_retryable", status=409)
    return respond(JobDocument, job_document(jobs().retry(job_id) or job))


@bp.get("/articles")
@operation("List your articles", tags=("articles",), query=ArticleListQuery, scope="cms",
           responses={200: ArticleList}, errors=(403,),
           links={200: _TO_ARTICLE},
           description="Newest change first, `limit` per page; `next_cursor` fetches the next page. Drafts are "
                       "never listed.")
def list_articles() -> Response:
    caller = require_api_key()
    params = query(ArticleListQuery)
    site = caller.check_site(params.site)
    since = params.since.timestamp() if params.since is not None else None
    try:
        page = narrator().publishing.list(site=site, status=params.status, since=since, cursor=params.cursor,
                                          limit=params.limit)
    except BadCursor:
        raise BadInput("Tham số 'cursor' không phải con trỏ trang do máy chủ trả về.", code="invalid_field") from None
    return respond(ArticleList, {"articles": [_summary(r) for r in page.records], "next_cursor": page.next_cursor})


def _summary(record: ArticleRecord) -> dict[str, Any]:
    ready = record.status == "ready" and record.narration_key is not None
    return {"id": record.article_id, "status": record.status, "title": record.title, "url": record.url,
            "site": record.site, "disabled": record.disabled, "duration": record.duration_s if ready else None,
            "audio_url": url_for("public.audio", key=record.narration_key, ext="mp3") if ready else None,
            "updated_at": record.updated_at}


def _own_article(caller: Caller, article_id: str) -> ArticleRecord:
    record = narrator().stores.articles.get_article(article_id)
    if record is None:
        raise NotFound(f"Chưa có bài viết '{article_id.removeprefix(DRAFT_PREFIX)}'.")
    caller.check_article(record)
    return record


@bp.get("/articles/<path:article_id>")
@operation("An article: what the reader hears, and its state", tags=("articles",), query=ArticleQuery, scope="cms",
           responses={200: ArticleDocument}, errors=(403, 404),
           description="Its blocks in reading order (with `?spoken=true`, the spoken text of each), its quality "
                       "report, and its state: ready with the URLs, or the job to follow. Evicted audio is made "
                       "again from the stored article.")
def get_article(article_id: str) -> Response:
    caller = require_api_key()
    record = _own_article(caller, article_id)
    return respond(ArticleDocument, article_document(record, spoken=query(ArticleQuery).spoken))


@bp.get("/drafts/<path:article_id>")
@operation("A draft preview", tags=("articles",), query=ArticleQuery, scope="cms", responses={200: ArticleDocument},
           errors=(403, 404), description="The draft pushed with `\"draft\": true` for this id, until it expires.")
def get_draft(article_id: str) -> Response:
    caller = require_api_key()
    record = _own_article(caller, DRAFT_PREFIX + article_id)
    return respond(ArticleDocument, article_document(record, spoken=query(ArticleQuery).spoken))


@bp.patch("/articles/<path:article_id>")
@operation("Turn an article's reading off or on", tags=("articles",), body=ArticlePatch, scope="cms",
           responses={200: ArticleDocument}, errors=(403, 404),
           description="Off: the widget's lookup answers 404 and the player does not offer it; the audio is kept, "
                       "so turning it on again is immediate.")
def patch_article(article_id: str) -> Response:
    caller = require_api_key()
    _own_article(caller, article_id)
    change = json_body(ArticlePatch)
    narrator().publishing.set_disabled(article_id, change.disabled)
    return respond(ArticleDocument, article_document(_own_article(caller, article_id)))


@bp.delete("/articles/<path:article_id>")
@operation("Delete an article and unpublish its audio", tags=("articles",), scope="cms", responses={204: None},
           errors=(403, 404),
           description="The article is forgotten, its jobs cancelled, and its audio files removed at once (unless "
                       "another article reads the very same audio); its cached segments are left for garbage "
                       "collection. Copies a CDN or browser kept are not reachable from here.")
def delete_article(article_id: str) -> Response:
    caller = require_api_key()
    _own_article(caller, article_id)
    unpublish(narrator(), article_id)
    return Response(status=204)


@bp.delete("/drafts/<path:article_id>")
@operation("Delete a draft preview now", tags=("articles",), scope="cms", responses={204: None}, errors=(403, 404))
def delete_draft(article_id: str) -> Response:
    caller = require_api_key()
    _own_article(caller, DRAFT_PREFIX + article_id)
    unpublish(narrator(), DRAFT_PREFIX + article_id)
    return Response(status=204)


def article_document(record: ArticleRecord, *, spoken: bool = False) -> dict[str, Any]:
    """The article as the CMS reads it: state (:func:`article_status`), blocks, quality report."""
    n = narrator()
    draft = record.article_id.startswith(DRAFT_PREFIX)
    status = article_status(record.article_id) if not draft else _draft_status(record)
    article = article_from_payload(json.loads(record.source)) if record.source else None
    blocks: list[dict[str, Any]] = []
    if article is not None:
        heard = n.plan(article).spoken_by_block() if spoken else None
        for index, block in enumerate(article.readable_blocks):
            entry: dict[str, Any] = {"index": index, "kind": block.kind, "text": block.text}
            if heard is not None:
                entry["spoken"] = heard[index]
            blocks.append(entry)
    current = status.get("key") or record.narration_key
    report = n.quality.for_narration(current) if current else None
    doc = {**status, "id": record.article_id.removeprefix(DRAFT_PREFIX), "url": record.url, "site": record.site,
           "disabled": record.disabled, "created_at": record.created_at, "updated_at": record.updated_at,
           "blocks": blocks}
    if report is not None:
        doc["quality"] = quality_tokens(report)
    page = pages().pages.get(record.article_id)
    if page is not None:  # read from its own page (tts_service.pages), not pushed: its last check
        doc.update(origin="page", page_check=page.check_document())
    if draft:
        last = max(record.updated_at, record.last_played_at or 0)
        doc.update(draft=True, expires_at=round(last + settings().draft_ttl_s, 3))
    return doc


def _draft_status(record: ArticleRecord) -> dict[str, Any]:
    """A draft's state, without re-making it when its audio is gone (a draft that expired is simply gone)."""
    doc: dict[str, Any] = {"id": record.article_id, "status": record.status, "title": record.title}
    if record.status == "ready" and record.narration_key and narrator().store.exists(record.narration_key, "mp3"):
        doc.update(key=record.narration_key, duration=record.duration_s, **asset_urls(record.narration_key))
    elif record.job_id and (job := narrator().stores.jobs.get_job(record.job_id)) is not None:
        doc.update({k: v for k, v in job_document(job).items() if k in ("job_id", "job_url", "progress", "parts")})
        doc["status"] = job.status if job.active else record.status
    return doc


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
@operation("The widget's lookup: an article's audio by id or page URL", tags=("player",), query=LookupQuery,
           responses={200: LookupAnswer, 202: LookupAnswer}, errors=(404, 429),
           description="Public: status and URLs of an article by the CMS's `id` or the page's `url`, in the "
                       "listener's `voice`, with what the player needs. A page of an allowed site that nobody "
                       "pushed is read from the page itself when the reader asks (`read=1`): 202 with the job; "
                       "without `read=1` it is `200 {\"status\": \"not_read\"}`. A turned-off article is 404.")
def lookup() -> Response:
    """Public: status and URLs of an article by CMS ``id`` or page ``url``, in the listener's ``voice``, with what
    the player needs (``widget.lookup_document``).

    A page of an allowed site that nobody pushed is read from the page itself (``tts_service.pages``) when the
    reader asks for it (``read=1``, sent when the play button is pressed): ``202`` with the job, its first part
    to play already made when it could be within :data:`FIRST_PART_WAIT_S`. Without ``read=1`` such a page is
    ``200 {"status": "not_read"}``, so a page view alone never costs a fetch."""
    from tts_service.web.widget import lookup_document  # the player's module imports this one

    params = query(LookupQuery)
    article_id, url = params.id or "", params.url or ""
    if not article_id and not url:
        raise BadInput("Cho biết 'id' hoặc 'url' của bài viết.", code="missing_field")
    if article_id.startswith(DRAFT_PREFIX):  # a draft is its key holder's, never a listener's
        raise NotFound(f"Chưa có bài viết '{article_id}'.")
    reader = pages()
    created = False
    if not article_id:
        record = reader.known(url)
        if record is None:
            try:
                article_id, created = _page_article(url)
            except NotReadYet as unread:  # a page view: no error (and no red line in the portal's console)
                return respond(LookupAnswer, {"status": "not_read", "url": unread.args[0],
                               "message": "Trang này chưa có bản đọc; bấm “Đọc bài viết” để nghe."})
            if not article_id:  # another request is fetching this page
                return respond(LookupAnswer, {"status": "pending", "retry_after": 1}, 202)
        else:
            article_id = record.article_id
    reader.refuse_gone(article_id)
    doc = lookup_document(article_id, params.voice or None)
    if created and doc.get("job_id") and not doc.get("parts"):
        job = jobs().wait(doc["job_id"], FIRST_PART_WAIT_S, first_part=True)
        if job is not None:
            doc.update({k: v for k, v in job_document(job).items() if k in ("status", "progress", "parts")})
    return respond(LookupAnswer, doc, 202 if created and "audio_url" not in doc else 200)


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


# --- the lexicon and the quality report --------------------------------------------------------------------------


def _entry_document(entry: LexiconEntry) -> dict[str, Any]:
    return {"pattern": entry.pattern, "replacement": entry.replacement, "is_regex": entry.is_regex,
            "site": entry.site}


@bp.get("/lexicon")
@operation("The pronunciation lexicon", tags=("lexicon",), scope="admin", responses={200: LexiconList},
           description="Every entry that applies to the key's site (all of them for an operator's key), in the "
                       "order they apply.")
def get_lexicon() -> Response:
    caller = require_api_key("admin")
    entries = narrator().pronunciations.current().entries
    mine = [e for e in entries if caller.site is None or e.site is None or site_covers(caller.site, e.site)]
    return respond(LexiconList, {"entries": [_entry_document(e) for e in mine]})


@bp.post("/lexicon")
@operation("Add or replace a pronunciation fix", tags=("lexicon",), body=LexiconEntryIn, scope="admin",
           responses={200: LexiconChange}, errors=(403,),
           description="Lists the published articles it makes read differently and, unless `renarrate` is false, "
                       "reads them again in the background: only their changed segments are synthesised, and the "
                       "webhook fires for each new audio URL.")
def add_lexicon_entry() -> Response:
    from tts_service.republish import edit_lexicon

    caller = require_api_key("admin")
    data = json_body(LexiconEntryIn)
    site = caller.check_site(data.site)
    try:
        entry = LexiconEntry(data.pattern, data.replacement, data.is_regex, site)
    except ValueError as exc:
        raise BadInput(f"Mục phát âm không hợp lệ: {exc}.", code="invalid_field") from None
    result = edit_lexicon(narrator(), jobs().submit, lambda store: store.add(entry), [entry],
                          read_again=data.renarrate)
    return respond(LexiconChange, {"entry": _entry_document(entry), "affected": result.affected,
                                   "queued": result.queued})


@bp.delete("/lexicon")
@operation("Remove a pronunciation fix", tags=("lexicon",), query=LexiconRemoveQuery, scope="admin",
           responses={200: LexiconChange}, errors=(403, 404),
           description="The articles it changed are read again without it (unless `renarrate=false`).")
def remove_lexicon_entry() -> Response:
    from tts_service.republish import edit_lexicon

    caller = require_api_key("admin")
    params = query(LexiconRemoveQuery)
    site = caller.check_site(params.site)
    store = narrator().pronunciations
    entry = next((e for e in store.current().entries if (e.pattern, e.site) == (params.pattern, site)), None)
    if entry is None:
        raise NotFound(f"Không có mục phát âm '{params.pattern}'" + (f" cho trang {site}." if site else "."))
    result = edit_lexicon(narrator(), jobs().submit, lambda s: s.remove(entry.pattern, entry.site), [entry],
                          read_again=params.renarrate)
    return respond(LexiconChange, {"entry": _entry_document(entry), "affected": result.affected,
                                   "queued": result.queued})


@bp.get("/quality")
@operation("The most frequent tokens the text stage only guessed at", tags=("quality",), query=QualityQuery,
           scope="cms", responses={200: QualityReport}, errors=(403,),
           description="Added up over the articles of a site (the key's own) as they read now: what to add to the "
                       "lexicon first. An article's own report is in its document.")
def quality_report() -> Response:
    caller = require_api_key()
    params = query(QualityQuery)
    site = caller.check_site(params.site)
    rows, articles = narrator().quality.top(site=site, kind=params.kind, limit=params.limit)
    return respond(QualityReport, {"site": site, "articles": articles, "tokens": quality_tokens(rows)})


def quality_tokens(rows: list[QualityRow]) -> list[dict[str, Any]]:
    """Stored report rows as the API shows them (:class:`~tts_service.web.schemas.QualityToken`)."""
    return [{"token": r.token, "kind": r.kind, "count": r.count, "articles": r.articles, "context": r.context}
            for r in rows]
