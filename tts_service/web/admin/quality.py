"""The quality report: the tokens the normalizer only guessed at (``tts_service.text.report``), for one article
or site-wide, most frequent first, each with "listen" and "add to the lexicon"."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from flask import abort, render_template, request

from tts_service.pipeline import article_from_payload
from tts_service.text import report_unknown
from tts_service.web import narrator
from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires
from tts_service.web.admin.dashboard import catalog
from tts_service.web.admin.forms import ActionForm

#: Site-wide, the newest articles read (a report over every stored article would take too long for a page).
SITE_ARTICLES = 300
TOP = 50
KIND_LABELS = {"abbreviation": "Viết tắt chưa biết (đọc từng chữ)", "digits": "Chữ số không rõ cách đọc",
               "symbol": "Ký hiệu bị bỏ qua", "foreign": "Từ nước ngoài"}


@dataclass(frozen=True)
class Row:
    token: str
    kind: str
    count: int
    articles: int
    context: str


def report(records, lexicon) -> list[Row]:  # type: ignore[no-untyped-def]
    """Guessed tokens over ``records``: how often and in how many articles, most frequent first."""
    store = narrator().pronunciations
    counts: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    context: dict[tuple[str, str], str] = {}
    for record in records:
        article = article_from_payload(json.loads(record.source or "{}"))
        site = store.site_for(article.url, lexicon)
        seen = set()
        for block in article.readable_blocks:
            for unknown in report_unknown(block.text, lexicon=lexicon, site=site):
                key = (unknown.token, unknown.kind)
                counts[key] += 1
                seen.add(key)
                context.setdefault(key, unknown.context)
        articles.update(seen)
    return [Row(token, kind, n, articles[(token, kind)], context[(token, kind)])
            for (token, kind), n in counts.most_common(TOP)]


@bp.get("/chat-luong")
@requires("editor")
def quality() -> str:
    article_id = request.args.get("article", "")
    site = request.args.get("site", "").strip().lower()
    lexicon = narrator().pronunciations.current()
    record = None
    if article_id:
        record = narrator().index.get_article(article_id)
        if record is None:
            abort(404)
        rows = report([record], lexicon) if record.source else []
        scanned = 1
    else:
        records = catalog().with_source(site=site, limit=SITE_ARTICLES)
        rows = report(records, lexicon)
        scanned = len(records)
    return render_template("admin/quality.html", rows=rows, record=record, site=site, sites=catalog().sites(),
                           scanned=scanned, limit=SITE_ARTICLES, kinds=KIND_LABELS, form=ActionForm())
