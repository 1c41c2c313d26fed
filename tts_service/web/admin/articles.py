"""Articles: search and filter, play with the real player, what the reader will hear, and an admin's actions
(read again, turn off/on, delete, retry after an error)."""

from __future__ import annotations

import json
import math
from datetime import datetime
from datetime import time as dtime
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms.fields.choices import SelectChoice

from audio_cache.articles import ArticleRecord
from tts_service.errors import ServiceError
from tts_service.models import Narration
from tts_service.pipeline import article_from_payload
from tts_service.web import jobs, narrator
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires
from tts_service.web.admin.dashboard import STATUS_LABELS, catalog
from tts_service.web.admin.forms import ActionForm, ArticleFilterForm

PAGE = 50


def _record_or_404(article_id: str) -> ArticleRecord:
    record = narrator().index.get_article(article_id)
    if record is None:
        abort(404)
    return record


def _day(value: Any) -> float | None:
    return datetime.combine(value, dtime.min).timestamp() if value else None


@bp.get("/bai-viet")
@requires("editor")
def articles() -> str:
    form = ArticleFilterForm(request.args)
    form.site.choices = [SelectChoice("", "Tất cả"), *(SelectChoice(s, s) for s in catalog().sites())]
    form.validate()
    page = max(1, request.args.get("trang", 1, type=int) or 1)
    until = _day(form.until.data)
    records, total = catalog().search(
        text=(form.q.data or "").strip(), site=form.site.data or "", status=form.status.data or "",
        since=_day(form.since.data), until=until + 86400 if until else None, limit=PAGE, offset=(page - 1) * PAGE,
    )
    pages = max(1, math.ceil(total / PAGE))
    args = {k: v for k, v in request.args.items() if k != "trang" and v}
    return render_template("admin/articles.html", form=form, records=records, total=total, page=page, pages=pages,
                           args=args, labels=STATUS_LABELS)


def spoken_blocks(record: ArticleRecord) -> list[dict[str, Any]]:
    """What the reader will hear, block by block: the text shown and the text spoken (``Narrator.plan``)."""
    if not record.source:
        return []
    article = article_from_payload(json.loads(record.source))
    narration = narrator().plan(article)
    blocks: list[dict[str, Any]] = [{"kind": b.kind, "text": b.text, "spoken": []} for b in narration.blocks]
    for segment in narration.segments:
        blocks[segment.block_index]["spoken"].append(segment.spoken_text)
    return [{**b, "spoken": " ".join(b["spoken"])} for b in blocks]


@bp.get("/bai-viet/<path:article_id>")
@requires("editor")
def article_detail(article_id: str) -> str:
    record = _record_or_404(article_id)
    job = narrator().index.get_job(record.job_id) if record.job_id else None
    try:
        blocks, plan_error = spoken_blocks(record), None
    except ServiceError as exc:
        blocks, plan_error = [], exc.message
    return render_template("admin/article.html", record=record, job=job, blocks=blocks, plan_error=plan_error,
                           labels=STATUS_LABELS, form=ActionForm())


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
        n.index.mark_evicted(narration.key)
    job = jobs().submit(article, article_id, narration, pin=record.pinned)
    flash(f"Đã xếp bài vào hàng đợi để đọc lại ({job.total} đoạn).", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/tat")
@requires("editor")
def article_disable(article_id: str) -> Response:
    _record_or_404(article_id)
    catalog().set_disabled(article_id, True)
    flash("Đã tắt đọc bài này: trình phát trên trang báo “chưa có bản đọc”.", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/bat")
@requires("editor")
def article_enable(article_id: str) -> Response:
    _record_or_404(article_id)
    catalog().set_disabled(article_id, False)
    flash("Đã bật đọc lại bài này.", "ok")
    return _back(article_id)


@bp.post("/bai-viet/<path:article_id>/xoa")
@requires("admin")
def article_delete(article_id: str) -> Response:
    record = _record_or_404(article_id)
    catalog().delete(article_id)
    flash(f"Đã xoá bài “{record.title or article_id}”. Âm thanh của bài sẽ được dọn sau thời gian lưu giữ.", "ok")
    return redirect(url_for("admin.articles"))


@bp.post("/bai-viet/<path:article_id>/thu-lai")
@requires("editor")
def article_retry(article_id: str) -> Response:
    """A failed or cancelled job runs again; without one, the article is read again from its stored text."""
    record = _record_or_404(article_id)
    job = narrator().index.get_job(record.job_id) if record.job_id else None
    if job is not None and job.status in ("failed", "cancelled") and job.narration_key == record.wanted_key:
        jobs().retry(job.job_id)
        flash("Đã cho đọc lại bài này.", "ok")
        return _back(article_id)
    return article_regenerate(article_id)

