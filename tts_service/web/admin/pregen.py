"""Pre-generation from the console: a sitemap, an RSS/Atom feed, a pasted URL list or an uploaded CMS export;
an estimate first, then the run with a live progress bar, a rate that can change, stop and resume, and each
failure with its reason. The work is ``flask tts pregenerate``'s (:mod:`tts_service.pregen_runs`)."""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Any

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from tts_service.pregen_runs import PregenRuns, Run, estimate_seconds
from tts_service.web import narrator
from tts_service.web.admin import bp
from tts_service.web.admin.auth import current_user, requires
from tts_service.web.admin.forms import ActionForm, PregenForm, RateForm

STATE_LABELS = {
    "queued": "Đang chờ bắt đầu", "running": "Đang chạy", "stopping": "Đang dừng", "stopped": "Đã dừng",
    "done": "Đã xong", "failed": "Lỗi", "interrupted": "Bị gián đoạn (máy chủ khởi động lại)",
}
OUTCOME_LABELS = {"made": "Đã tạo", "unchanged": "Không đổi", "done earlier": "Đã xong từ trước",
                  "would make": "Sẽ tạo", "failed": "Lỗi", "refused": "Bị từ chối"}
#: A sentence whose synthesis time, measured once per process and engine, prices the estimate's requests.
PROBE_TEXT = "Đây là câu đo tốc độ của giọng đọc."


def runs() -> PregenRuns:
    found = current_app.extensions.get("pregen_runs")
    if found is None:
        found = current_app.extensions["pregen_runs"] = PregenRuns(narrator(), current_app.config["TTS_SETTINGS"])
    return found


def seconds_per_request() -> float:
    """How long the first engine takes for one short request, measured here (once per process)."""
    cache = current_app.extensions.setdefault("engine_probe_s", {})
    engine = narrator().engine
    if engine.name not in cache:
        started = time.perf_counter()
        engine.synthesize(PROBE_TEXT, engine.default_voice, None)
        cache[engine.name] = time.perf_counter() - started
    return cache[engine.name]


class SourceInputError(ValueError):
    """What the admin gave cannot be a source; the message says why."""


def urls_from_text(text: str) -> list[str]:
    """One URL a line (``#`` comments and blank lines skipped): ``"https://a.vn/1\\n\\n# x"`` → ``["https://a.vn/1"]``."""
    lines = [line.strip() for line in text.splitlines()]
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def urls_from_export(data: bytes, filename: str) -> list[str] | None:
    """The article URLs of a CMS export: CSV with a ``url``/``link``/``loc`` column, JSON (a list of URLs or of
    objects with ``url``/``link``), or plain lines. None for XML (a sitemap or feed: read as it is)."""
    text = data.decode("utf-8-sig", errors="replace")
    if text.lstrip().startswith("<"):
        return None
    name = filename.lower()
    if name.endswith(".json") or text.lstrip().startswith(("[", "{")):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise SourceInputError(f"Tệp JSON không đọc được: {exc}.") from None
        items = doc.get("items", doc.get("articles", [])) if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise SourceInputError("Tệp JSON cần là danh sách địa chỉ hoặc danh sách bài có trường url.")
        urls = [item if isinstance(item, str) else (item.get("url") or item.get("link") or "")
                for item in items if isinstance(item, str | dict)]
        return [u.strip() for u in urls if u and u.strip()]
    first = text.split("\n", 1)[0].lower()
    if name.endswith(".csv") or (("," in first or ";" in first) and any(k in first for k in ("url", "link", "loc"))):
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
        rows = csv.DictReader(io.StringIO(text), dialect=dialect)
        column = next((c for c in (rows.fieldnames or []) if c and c.strip().lower() in ("url", "link", "loc")), None)
        if column is None:
            raise SourceInputError("Tệp CSV cần một cột tên url (hoặc link, loc).")
        return [row[column].strip() for row in rows if row.get(column) and row[column].strip()]
    return urls_from_text(text)


def _source_from(form: PregenForm) -> tuple[str, str]:
    """(source the command reads, label for people) from the form; SourceInputError when unusable."""
    store = runs()
    kind = form.source_kind.data
    if kind == "url":
        if not form.source_url.data:
            raise SourceInputError("Nhập địa chỉ sitemap hoặc nguồn tin RSS/Atom.")
        return form.source_url.data.strip(), form.source_url.data.strip()
    if kind == "list":
        urls = urls_from_text(form.urls.data or "")
        if not urls:
            raise SourceInputError("Dán ít nhất một địa chỉ bài viết, mỗi dòng một địa chỉ.")
        return store.save_list(urls), f"Danh sách {len(urls)} địa chỉ"
    upload = form.upload.data
    if upload is None or not getattr(upload, "filename", ""):
        raise SourceInputError("Chọn tệp xuất từ CMS để tải lên.")
    data = upload.read()
    urls = urls_from_export(data, upload.filename)
    if urls is None:
        return store.save_document(data, ".xml"), f"Tệp {upload.filename}"
    if not urls:
        raise SourceInputError("Tệp không có địa chỉ bài viết nào.")
    return store.save_list(urls), f"Tệp {upload.filename} ({len(urls)} địa chỉ)"


@bp.route("/tao-truoc", methods=["GET", "POST"])
@requires("admin")
def pregen() -> Any:
    form = PregenForm()
    if form.validate_on_submit():
        try:
            source, label = _source_from(form)
        except SourceInputError as exc:
            form.form_errors.append(str(exc))
        else:
            user = current_user()
            run_id = runs().start(source, label=label, kind="estimate", rate=form.rate.data or 2.0,
                                  by=user.name if user else None)
            return redirect(url_for("admin.pregen_run", run_id=run_id))
    status = 400 if request.method == "POST" else 200
    return render_template("admin/pregen.html", form=form, runs=runs().runs(), labels=STATE_LABELS), status


def _run_or_404(run_id: str) -> Run:
    run = runs().get(run_id) if run_id.isalnum() and len(run_id) == 32 else None
    if run is None:
        abort(404)
    return run


def _view(run: Run) -> dict[str, Any]:
    """The numbers a run page shows (also sent to the live progress bar)."""
    counts = run.counts
    outcomes = counts.get("outcomes", {})
    fields = {
        "done": run.done, "total": run.total, "failed": run.failed, "percent": f"{run.percent} %",
        "state": STATE_LABELS.get(run.state, run.state), "rate": f"{run.rate:g}",
        "chars": counts.get("chars", 0), "minutes": f"{counts.get('audio_s', 0) / 60:.1f}",
        "elapsed": f"{run.elapsed_s:.0f}",
    }
    for key in OUTCOME_LABELS:
        fields[f"outcome-{key}"] = outcomes.get(key, 0)
    return fields


@bp.get("/tao-truoc/<run_id>")
@requires("admin")
def pregen_run(run_id: str) -> str:
    run = _run_or_404(run_id)
    estimate = None
    if run.kind == "estimate" and run.state == "done":
        probe = seconds_per_request()
        estimate = {
            "pages": run.total, "to_make": run.counts.get("outcomes", {}).get("would make", 0),
            "chars": run.counts.get("chars_to_make", 0), "minutes": run.counts.get("audio_s_to_make", 0) / 60,
            "requests": run.counts.get("requests", 0), "seconds": estimate_seconds(run, probe), "probe_s": probe,
        }
    return render_template("admin/pregen_run.html", run=run, fields=_view(run), failures=runs().failures(run_id),
                           labels=STATE_LABELS, outcome_labels=OUTCOME_LABELS, estimate=estimate,
                           rate_form=RateForm(rate=run.rate), form=ActionForm())


@bp.get("/tao-truoc/<run_id>/trang-thai.json")
@requires("admin")
def pregen_status(run_id: str) -> Response:
    """What the progress bar follows (polled by admin.js)."""
    run = _run_or_404(run_id)
    failures_html = render_template("admin/_failures.html", failures=runs().failures(run_id))
    return jsonify(state=run.state, state_label=STATE_LABELS.get(run.state, run.state), done=run.done,
                   total=run.total, percent=run.percent, finished=run.finished, fields=_view(run),
                   failures_html=failures_html, error=run.error)


@bp.post("/tao-truoc/<run_id>/tao")
@requires("admin")
def pregen_generate(run_id: str) -> Response:
    """After an estimate: make the audio of the same source at the same rate."""
    run = _run_or_404(run_id)
    if run.kind != "estimate" or run.state != "done":
        abort(409)
    user = current_user()
    new_id = runs().start(run.source, label=run.label, kind="generate", rate=run.rate,
                          by=user.name if user else None, estimate_of=run.run_id)
    return redirect(url_for("admin.pregen_run", run_id=new_id))


@bp.post("/tao-truoc/<run_id>/dung")
@requires("admin")
def pregen_stop(run_id: str) -> Response:
    _run_or_404(run_id)
    runs().stop(run_id)
    flash("Đã yêu cầu dừng: bài đang làm dở sẽ xong rồi dừng.", "ok")
    return redirect(url_for("admin.pregen_run", run_id=run_id))


@bp.post("/tao-truoc/<run_id>/tiep-tuc")
@requires("admin")
def pregen_resume(run_id: str) -> Response:
    _run_or_404(run_id)
    runs().resume(run_id)
    flash("Đã tiếp tục: những bài đã xong không làm lại.", "ok")
    return redirect(url_for("admin.pregen_run", run_id=run_id))


@bp.post("/tao-truoc/<run_id>/toc-do")
@requires("admin")
def pregen_rate(run_id: str) -> Any:
    _run_or_404(run_id)
    form = RateForm()
    if not form.validate():
        flash("Tốc độ phải từ 0,1 đến 50 trang mỗi giây.", "error")
    else:
        runs().set_rate(run_id, form.rate.data)
        flash(f"Tốc độ mới: {form.rate.data:g} trang mỗi giây (áp dụng từ bài tiếp theo).", "ok")
    return redirect(url_for("admin.pregen_run", run_id=run_id))
