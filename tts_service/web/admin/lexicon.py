"""The pronunciation editor: type a word, hear how the engine says it now and with the fix, save it for every
site or one, see which published articles it changes and read those again in the background; CSV in and out.

A preview is a short passage (≤ 300 characters) read through the Narrator like any article (its audio is
cached under ``preview:<key>``, never listed); only signed-in editors and admins can ask for one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Response, current_app, flash, redirect, render_template, request, url_for

from audio_cache.articles import ArticleRecord
from tts_service import republish
from tts_service.errors import ServiceError
from tts_service.models import Article, Block
from tts_service.pipeline import plan_narration
from tts_service.pronunciations import PronunciationStore
from tts_service.text.lexicon import Lexicon, LexiconEntry
from tts_service.web import jobs, narrator, settings
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires
from tts_service.web.admin.forms import ActionForm, LexiconForm, LexiconImportForm

CSV_COLUMNS = ["pattern", "replacement", "is_regex", "site"]


@dataclass(frozen=True)
class Preview:
    """One passage read with the lexicon as it is and with the fix: the spoken texts and their audio."""

    text: str
    before_spoken: str
    after_spoken: str
    before_url: str
    after_url: str


def _entry(form: LexiconForm) -> LexiconEntry:
    return LexiconEntry((form.pattern.data or "").strip(), (form.replacement.data or "").strip(),
                        bool(form.is_regex.data), (form.site.data or "").strip().lower() or None)


def with_entry(lexicon: Lexicon, entry: LexiconEntry) -> Lexicon:
    """The lexicon as it would be with ``entry`` saved (it replaces one with the same pattern and site)."""
    return Lexicon([*(e for e in lexicon.entries if (e.pattern, e.site) != (entry.pattern, entry.site)), entry])


def read_aloud(text: str, lexicon: Lexicon, site: str | None) -> tuple[str, str]:
    """(spoken text, audio URL) of ``text`` read by the engine of ``site`` with ``lexicon``."""
    n = narrator()
    url = f"https://{site}/" if site else None
    article = Article(title="", blocks=[Block("paragraph", text)], url=url)
    narration = plan_narration(article, settings(), n.chain_for(url)[0], lexicon, site)
    asset, _ = n.narrate(article, f"preview:{narration.key[:32]}", narration=narration)
    spoken = " ".join(s.spoken_text for s in narration.segments)
    return spoken, url_for("public.audio", key=asset.key, ext="mp3")


def preview(entry: LexiconEntry, sample: str) -> Preview:
    before = narrator().pronunciations.current()
    text = sample or (entry.pattern if not entry.is_regex else entry.replacement)
    before_spoken, before_url = read_aloud(text, before, entry.site)
    after_spoken, after_url = read_aloud(text, with_entry(before, entry), entry.site)
    return Preview(text, before_spoken, after_spoken, before_url, after_url)


def affected_articles(before: Lexicon, after: Lexicon, entry: LexiconEntry) -> list[ArticleRecord]:
    """Published articles whose spoken text differs between ``before`` and ``after``
    (:func:`tts_service.republish.affected_articles`: each block normalized with both, for its site)."""
    return republish.affected_articles(narrator(), before, after, [entry])


def edit(change: Callable[[PronunciationStore], object], entries: list[LexiconEntry]) -> republish.Republished:
    """Change the lexicon as the CMS API's ``/api/v1/lexicon`` does (:func:`tts_service.republish.edit_lexicon`):
    the published articles it makes read differently are queued to be read again — only their changed sentences
    reach the engine, and the CMS key that pushed each one hears of its new audio (webhook)."""
    return republish.edit_lexicon(narrator(), jobs().submit, change, entries)


def _page(form: LexiconForm, status: int = 200, **extra: Any) -> tuple[str, int]:
    lexicon = narrator().pronunciations.current()
    return render_template("admin/lexicon.html", form=form, entries=lexicon.entries, import_form=LexiconImportForm(),
                           action_form=ActionForm(), **extra), status


@bp.get("/phat-am")
@requires("editor")
def lexicon() -> tuple[str, int]:
    form = LexiconForm(formdata=None, data={k: request.args.get(k, "") for k in ("pattern", "site", "sample")})
    return _page(form)


@bp.post("/phat-am/nghe-thu")
@requires("editor")
def lexicon_preview() -> tuple[str, int]:
    """Hear the passage before and after the fix; nothing is saved."""
    form = LexiconForm()
    if not form.validate():
        return _page(form, 400)
    try:
        entry = _entry(form)
        result = preview(entry, (form.sample.data or "").strip())
        before = narrator().pronunciations.current()
        changed = affected_articles(before, with_entry(before, entry), entry)
    except ValueError as exc:
        form.form_errors.append(f"Mục phát âm không hợp lệ: {exc}.")
        return _page(form, 400)
    except ServiceError as exc:
        form.form_errors.append(exc.message)
        return _page(form, 400)
    return _page(form, preview=result, affected=changed)


@bp.post("/phat-am")
@requires("editor")
def lexicon_save() -> Any:
    """Save the fix; the published articles it changes are read again in the background (counted)."""
    form = LexiconForm()
    if not form.validate():
        return _page(form, 400)
    try:
        entry = _entry(form)
    except ValueError as exc:
        form.form_errors.append(f"Mục phát âm không hợp lệ: {exc}.")
        return _page(form, 400)
    result = edit(lambda store: store.add(entry), [entry])
    where = f"trang {entry.site}" if entry.site else "mọi trang"
    flash(f"Đã lưu “{entry.pattern}” → “{entry.replacement}” cho {where}. {len(result.affected)} bài đã đăng đổi"
          f" cách đọc; {result.queued} bài được xếp để đọc lại.", "ok")
    return redirect(url_for("admin.lexicon"))


@bp.post("/phat-am/xoa")
@requires("editor")
def lexicon_remove() -> Response:
    pattern = request.form.get("pattern", "")
    site = request.form.get("site") or None
    old = next((e for e in narrator().pronunciations.current().entries if (e.pattern, e.site) == (pattern, site)),
               None)
    removed: list[bool] = []
    result = edit(lambda store: removed.append(store.remove(pattern, site)), [old]) if old is not None else None
    if result is None or not all(removed):
        flash("Không có mục này (có thể đã bị xoá).", "error")
        return redirect(url_for("admin.lexicon"))
    flash(f"Đã xoá “{pattern}”. {result.queued} bài được xếp để đọc lại.", "ok")
    return redirect(url_for("admin.lexicon"))


@bp.get("/phat-am/tu-dien.csv")
@requires("editor")
def lexicon_export() -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in narrator().pronunciations.current().entries:
        writer.writerow([e.pattern, e.replacement, "1" if e.is_regex else "0", e.site or ""])
    response = current_app.response_class("\ufeff" + out.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="tu-dien-phat-am.csv"'
    return response


def entries_from_csv(data: bytes) -> list[LexiconEntry]:
    """Rows of ``pattern,replacement,is_regex,site`` (a header row first); ValueError lists every bad row."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0][:2]] != CSV_COLUMNS[:2]:
        raise ValueError("dòng đầu phải là tiêu đề: pattern,replacement,is_regex,site")
    entries, problems = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [*row, "", "", "", ""][:4]
        try:
            entries.append(LexiconEntry(cells[0].strip(), cells[1].strip(),
                                        cells[2].strip().lower() in ("1", "true", "có", "yes"),
                                        cells[3].strip().lower() or None))
        except ValueError as exc:
            problems.append(f"dòng {number}: {exc}")
    if problems:
        raise ValueError("; ".join(problems[:20]))
    return entries


@bp.post("/phat-am/nhap")
@requires("editor")
def lexicon_import() -> Any:
    """All rows or none: one bad row and nothing is saved (the message lists the bad rows)."""
    form = LexiconImportForm()
    upload = form.csv_file.data
    if not form.validate() or upload is None or not getattr(upload, "filename", ""):
        flash("Chọn một tệp CSV (tối đa 2 MB).", "error")
        return redirect(url_for("admin.lexicon"))
    try:
        entries = entries_from_csv(upload.read())
    except (ValueError, UnicodeDecodeError) as exc:
        flash(f"Không nhập được tệp: {exc}. Chưa có gì được lưu.", "error")
        return redirect(url_for("admin.lexicon"))
    result = edit(lambda store: store.add_many(entries), entries)
    flash(f"Đã nhập {len(entries)} mục. {result.queued} bài được xếp để đọc lại.", "ok")
    return redirect(url_for("admin.lexicon"))
