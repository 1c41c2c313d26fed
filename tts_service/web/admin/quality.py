"""The quality report: the tokens the text stage only guessed at, for one article or site-wide, most frequent
first, each with "listen" and "add to the lexicon". It shows the reports stored with each narration
(``narrator.quality``, the same the CMS API answers), so it describes the audio as it is: a token fixed in the
lexicon leaves the report once the articles it changes are read again."""

from __future__ import annotations

from flask import abort, render_template, request

from tts_service.web import narrator
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires
from tts_service.web.admin.forms import ActionForm

TOP = 50
KIND_LABELS = {"abbreviation": "Viết tắt chưa biết (đọc từng chữ)", "digits": "Chữ số không rõ cách đọc",
               "symbol": "Ký hiệu bị bỏ qua", "foreign": "Từ nước ngoài",
               "leftover": "Chữ số hoặc ký hiệu còn lại sau chuẩn hoá"}


@bp.get("/chat-luong")
@requires("editor")
def quality() -> str:
    n = narrator()
    article_id = request.args.get("article", "")
    site = request.args.get("site", "").strip().lower()
    record, reported = None, 0
    if article_id:
        record = n.stores.articles.get_article(article_id)
        if record is None:
            abort(404)
        rows = n.quality.for_narration(record.narration_key) if record.narration_key else None
        reported = int(rows is not None)
    else:
        rows, reported = n.quality.top(site=site or None, limit=TOP)
    return render_template("admin/quality.html", rows=rows or [], record=record, site=site,
                           sites=n.publishing.sites(), reported=reported, kinds=KIND_LABELS, form=ActionForm())
