"""The dashboard: what is stored and how it is doing, on one page (admins)."""

from __future__ import annotations

from typing import Any

from flask import current_app, render_template

from audio_cache.catalog import Catalog
from audio_cache.evict import stats as store_stats
from tts_service.web import narrator, settings
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires

STATUS_LABELS = {
    "ready": "Đã có bản đọc", "pending": "Đang chờ", "running": "Đang đọc", "failed": "Lỗi",
    "cancelled": "Đã huỷ", "evicted": "Đã dọn khỏi bộ nhớ", "disabled": "Đã tắt",
}
CIRCUIT_LABELS = {"closed": "hoạt động", "open": "tạm ngưng gọi", "half-open": "đang thử lại"}


def catalog() -> Catalog:
    return current_app.extensions["catalog"]


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
    totals = catalog().totals()
    counts = n.index.counts()
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
        errors=catalog().recent_errors(10),
    )
