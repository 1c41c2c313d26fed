"""The dashboard: what is stored and how it is doing, on one page (admins)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import render_template

from audio_cache.evict import stats as store_stats
from audio_cache.index import counts as index_counts
from audio_cache.listening import today
from tts_service.web import narrator, settings
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires

STATUS_LABELS = {
    "ready": "Đã có bản đọc", "pending": "Đang chờ", "running": "Đang đọc", "failed": "Lỗi",
    "cancelled": "Đã huỷ", "evicted": "Đã dọn khỏi bộ nhớ", "disabled": "Đã tắt",
}
CIRCUIT_LABELS = {"closed": "hoạt động", "open": "tạm ngưng gọi", "half-open": "đang thử lại"}


def engine_health() -> list[dict[str, Any]]:
    """Each engine the service may use: its circuit state (online engines) and requests sent by this process."""
    out = []
    for name, engine in narrator()._by_name.items():
        controls = getattr(engine, "controls", None)
        if controls is None:
            out.append({"name": name, "state": "ok", "label": "sẵn sàng (ngoại tuyến, không có mạch ngắt)",
                        "requests": None, "opened": None})
            continue
        state = controls.breaker.state
        out.append({"name": name, "state": state, "label": CIRCUIT_LABELS.get(state, state),
                    "requests": controls.requests_sent, "opened": controls.breaker.opened_count})
    return out


@bp.get("/tong-quan")
@requires("admin")
def dashboard() -> str:
    n = narrator()
    totals = n.publishing.totals()
    counts = index_counts(n.stores)
    stored = store_stats(n.store, n.stores)
    budget = settings().cache_budget_mb * 1_048_576
    jobs = counts["jobs"]
    return render_template(
        "admin/dashboard.html",
        totals=totals,
        statuses=[(key, STATUS_LABELS.get(key, key), totals.get(f"status:{key}", 0)) for key in STATUS_LABELS
                  if key != "disabled"],
        stored=stored,
        budget=budget,
        engines=engine_health(),
        queue={"queued": jobs.get("queued", 0), "running": jobs.get("running", 0)},
        webhooks=counts["webhook_deliveries"],
        errors=n.publishing.recent_errors(10),
        listening=listening_totals() if settings().analytics else None,
    )


def listening_totals() -> dict[int, dict[str, int | float | None]]:
    """Plays, share heard, complete listens and failures counted by the player (``TTS_ANALYTICS``) over the last
    7 and 30 days, Vietnam time, today included."""
    n = narrator()
    n.listening.flush()  # this process's latest events count too
    until = today()
    day = dt.date.fromisoformat(until)
    return {days: n.listening.store.totals(since=(day - dt.timedelta(days=days - 1)).isoformat(), until=until)
            for days in (7, 30)}
