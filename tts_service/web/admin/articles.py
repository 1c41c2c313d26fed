"""Articles: search and filter, play with the real player, what the reader will hear, and an admin's actions
(read again, turn off/on, delete, retry after an error); the CMS's draft previews; for an article read from its
own page, its last check — and a check now."""

from __future__ import annotations

import json
import time
from datetime import datetime
from datetime import time as dtime
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms.fields.choices import SelectChoice

from audio_cache.articles import ArticleRecord
from audio_cache.publishing import DRAFT_PREFIX, BadCursor
from tts_service.errors import ServiceError
from tts_service.models import Narration
from tts_service.pipeline import article_from_payload
from tts_service.unpublish import unpublish
from tts_service.web import jobs, narrator, pages
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires
from tts_service.web.admin.dashboard import STATUS_LABELS
from tts_service.web.admin.forms import ActionForm, ArticleFilterForm
from tts_service.web.api import article_document

PAGE = 50
#: What the last check of a page read from its own site found (``audio_cache.pages.RESULTS``).
CHECK_LABELS = {"new": "đọc lần đầu", "unchanged": "không đổi", "changed": "đã đổi, đang đọc lại",
                "gone": "trang không còn", "error": "lỗi"}


def _record_or_404(article_id: str) -> ArticleRecord:
    record = narrator().stores.articles.get_article(article_id)
    if record is None:
        abort(404)
    return record


def _day(value: Any) -> float | None:
    return datetime.combine(value, dtime.min).timestamp() if value else None


@bp.get("/bai-viet")
@requires("editor")
def articles() -> str:
    publishing = narrator().publishing
    form = ArticleFilterForm(request.args)
    form.site.choices = [SelectChoice("", "Tất cả"), *(SelectChoice(s, s) for s in publishing.sites())]
    form.validate()
    until = _day(form.until.data)
    filters = {"text": (form.q.data or "").strip(), "site": form.site.data or None, "status": form.status.data or None,
               "since": _day(form.since.data), "until": until + 86400 if until else None}
    cursor = request.args.get("sau") or None
    try:
        page = publishing.list(**filters, cursor=cursor, limit=PAGE)
    except BadCursor:
        abort(400)
    args = {k: v for k, v in request.args.items() if k != "sau" and v}
    return render_template("admin/articles.html", form=form, records=page.records, total=publishing.count(**filters),
                           next_cursor=page.next_cursor, first_page=cursor is None, args=args, labels=STATUS_LABELS,
                           from_page=narrator().stores.pages.of_articles([r.article_id for r in page.records]),
                           check_labels=CHECK_LABELS, drafts=publishing.drafts() if cursor is None else [],
                           draft_prefix=DRAFT_PREFIX)


def spoken_blocks(record: ArticleRecord) -> list[dict[str, Any]]:
    """What the reader will hear, block by block: the text shown and the text spoken (``Narrator.plan``)."""
    if not record.source:
        return []
    narration = narrator().plan(article_from_payload(json.loads(record.source)))
    return [{"kind": b.kind, "text": b.text, "spoken": heard}
            for b, heard in zip(narration.blocks, narration.spoken_by_block(), strict=True)]


@bp.get("/bai-viet/<path:article_id>")
@requires("editor")
def article_detail(article_id: str) -> str:
    record = _record_or_404(article_id)
    job = narrator().stores.jobs.get_job(record.job_id) if record.job_id else None
    try:
        blocks, plan_error = spoken_blocks(record), None
    except ServiceError as exc:
        blocks, plan_error = [], exc.message
    is_draft = record.article_id.startswith(DRAFT_PREFIX)
    draft = None if is_draft else narrator().stores.articles.get_article(DRAFT_PREFIX + record.article_id)
    # A draft as its CMS sees it (GET /api/v1/drafts/<id>): its MP3 while it is there, and when it expires. The
    # portal's player never gets a draft (the lookup refuses it), so the console plays the file itself.
    document = article_document(record) if is_draft else {}
    return render_template("admin/article.html", record=record, job=job, blocks=blocks, plan_error=plan_error,
                           labels=STATUS_LABELS, form=ActionForm(), is_draft=is_draft, draft=draft,
                           draft_audio=document.get("audio_url"), draft_expires=document.get("expires_at"),
                           page=narrator().stores.pages.get(record.article_id), check_labels=CHECK_LABELS)


def discard_audio(narration: Narration, url: str | None) -> int:
    """Remove the stored audio of ``narration`` — the article file, its marks and captions, and each cached
    sentence — so the next synthesis makes all of it anew. Returns how many files went."""
    n = narrator()
    removed = sum(n.store.delete(narration.key, ext) > 0 for ext in ("mp3", "json", "vtt"))
    engine = next((e for e in n.chain_for(url) if e.name == narration.engine), None)
    if engine is not None:
        voice = narration.voice if narration.voice in engine.voices else engine.default_voice
        for text in dict.fromkeys(s.spoken_text for s in narration.segments):
            removed += n.store.delete(*n.segment_blob(engine, text, voice)) > 0
    return removed


def _back(record_id: str) -> Response:
    return redirect(url_for("admin.article_detail", article_id=record_id))


@bp.post("/bai-viet/<path:article_id>/doc-lai")
@requires("editor")
def article_regenerate(article_id: str) -> Response:
    """Read the article again from its stored text with today's lexicon, engine and settings; its current audio
    and cached sentences are made anew (an engine glitch is not kept)."""
    record = _record_or_404(article_id)
    if not record.source:
        flash("Bài này không lưu nội dung nên không đọc lại được; hãy để CMS gửi lại bài.", "error")
        return _back(article_id)
    n = narrator()
    article = article_from_payload(json.loads(record.source))
    narration = n.plan(article)
    removed = discard_audio(narration, article.url)
    if removed:
        n.stores.articles.mark_evicted(narration.key)
    job = jobs().submit(article, article_id, narration, pin=record.pinned)
    flash(f"Đã xếp bài vào hàng đợi để đọc lại ({job.total} đoạn).", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/tat")
@requires("editor")
def article_disable(article_id: str) -> Response:
    _record_or_404(article_id)
    narrator().publishing.set_disabled(article_id, True)
    flash("Đã tắt đọc bài này: trình phát trên trang báo “chưa có bản đọc”.", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/bat")
@requires("editor")
def article_enable(article_id: str) -> Response:
    _record_or_404(article_id)
    narrator().publishing.set_disabled(article_id, False)
    flash("Đã bật đọc lại bài này.", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/xoa")
@requires("admin")
def article_delete(article_id: str) -> Response:
    """The same as the CMS API's DELETE (``tts_service.unpublish``): the article is forgotten and its audio
    files are removed now, so its audio address stops answering too."""
    record = _record_or_404(article_id)
    unpublish(narrator(), article_id)
    what = "bản nháp" if article_id.startswith(DRAFT_PREFIX) else "bài"
    flash(f"Đã xoá {what} “{record.title or article_id}” và âm thanh của nó.", "ok")
    return redirect(url_for("admin.articles"))


@bp.post("/bai-viet/<path:article_id>/kiem-tra")
@requires("editor")
def article_check_page(article_id: str) -> Response:
    """Check a page read from its own site now (a conditional GET), instead of waiting for its re-check time."""
    _record_or_404(article_id)
    started = time.time()
    try:
        result = pages().check(article_id)
    except ServiceError as exc:
        flash(f"Không kiểm tra được trang: {exc.message}", "error")
        return _back(article_id)
    page = narrator().stores.pages.get(article_id)
    detail = f" — {page.error}" if page is not None and page.error and page.checked_at >= started else ""
    flash(f"Đã kiểm tra trang gốc: {CHECK_LABELS.get(result, result)}{detail}.", "error" if result == "error" else "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/thu-lai")
@requires("editor")
def article_retry(article_id: str) -> Response:
    """A failed or cancelled job runs again; without one, the article is read again from its stored text."""
    record = _record_or_404(article_id)
    job = narrator().stores.jobs.get_job(record.job_id) if record.job_id else None
    if job is not None and job.status in ("failed", "cancelled") and job.narration_key == record.wanted_key:
        jobs().retry(job.job_id)
        flash("Đã cho đọc lại bài này.", "ok")
        return _back(article_id)
    return article_regenerate(article_id)

