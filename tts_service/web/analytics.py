"""Listening analytics, off unless ``TTS_ANALYTICS=true``: the player reports plays, how much was heard and
failures; the CMS reads the counts per article and day.

``POST /api/v1/events``     ``{article_id, event: play|listened|error, percent?}`` → 204 (``navigator.sendBeacon``
                            sends it as text/plain: accepted as JSON too)
``GET /api/v1/listening``   ``?site=&article_id=&since=&until=`` → counts per article and day (a CMS key)

Nothing identifies a listener: no cookie is set or read, and neither the address, the user agent nor the time of
an event is stored — events only add to per-article, per-day counters (:mod:`audio_cache.listening`). Anyone
can send events, so the counts are indicative, not audited.
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response

from audio_cache.listening import today
from audio_cache.publishing import INTERNAL_PREFIXES
from tts_service.errors import BadInput, NotFound
from tts_service.web import narrator, settings
from tts_service.web.api import require_api_key
from tts_service.web.openapi import operation
from tts_service.web.schemas import ListenEvent, ListeningQuery, ListeningReport
from tts_service.web.validation import json_body, query, respond

bp = Blueprint("analytics", __name__, url_prefix="/api/v1")

DEFAULT_DAYS = 30


@bp.post("/events")
@operation("The player reports a play, how much was heard, or a failure", tags=("player",), body=ListenEvent,
           body_types=("application/json", "text/plain"), responses={204: None}, errors=(404,),
           description="Only when `TTS_ANALYTICS` is on (the lookup then says `analytics: true`); 404 "
                       "`analytics_off` otherwise. Public; nothing about the listener is stored.")
def listen_event() -> Response:
    if not settings().analytics:
        raise NotFound("Máy chủ này không đếm lượt nghe.", code="analytics_off")
    event = json_body(ListenEvent, also=("text/plain",))
    record = narrator().stores.articles.get_article(event.article_id)
    if record is None or record.disabled or record.article_id.startswith(INTERNAL_PREFIXES):
        raise NotFound(f"Chưa có bài viết '{event.article_id}'.")
    narrator().listening.add(record.article_id, event.event, event.percent)
    return Response(status=204)


@bp.get("/listening")
@operation("Plays, share heard and failures per article and day", tags=("analytics",), query=ListeningQuery,
           scope="cms", responses={200: ListeningReport}, errors=(403,),
           description="Counts of the key's site (another's: 403), or of one article, between two days in Vietnam "
                       "time (default: the last 30 days). `enabled` says whether plays are being counted now.")
def listening_report() -> Response:
    caller = require_api_key()
    params = query(ListeningQuery)
    site = caller.check_site(params.site)
    until = params.until.isoformat() if params.until else today()
    since = (params.since or dt.date.fromisoformat(until) - dt.timedelta(days=DEFAULT_DAYS - 1)).isoformat()
    if since > until:
        raise BadInput("Tham số 'since' phải không sau 'until'.", code="invalid_field")
    if params.article_id:
        caller.check_article(narrator().stores.articles.get_article(params.article_id))
    narrator().listening.flush()  # this process's latest events count too
    rows = narrator().listening.store.report(since=since, until=until, site=site, article_id=params.article_id)
    return respond(ListeningReport, {"enabled": settings().analytics, "since": since, "until": until, "days": [
        {"article_id": r.article_id, "day": r.day, "plays": r.plays, "listened": r.listened,
         "average_percent": round(r.percent_sum / r.listened, 1) if r.listened else None,
         "completed": r.completed, "failures": r.failures} for r in rows]})
