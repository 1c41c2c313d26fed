"""What anyone may fetch: audio files, the widget, health, and the demo page."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, jsonify, render_template, request, send_file

from audio_cache import is_valid_key
from tts_service.errors import NotFound
from tts_service.extract import extract_article
from tts_service.web import narrator
from tts_service.web.widget import send_player_file

bp = Blueprint("public", __name__)

_MIME = {"mp3": "audio/mpeg", "json": "application/json", "vtt": "text/vtt"}
YEAR = 31_536_000
DEMO_ID = "demo:huecity-hoi-nghi-truc-bao-quy-iii"
DEMO_URL = "https://huecity.gov.vn/tin-tuc/hoi-nghi-truc-bao-quy-iii-mat-tran-va-cac-doan-the"
DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "demo" / "huecity-hoi-nghi-truc-bao-quy-iii.txt"


@bp.get("/audio/<key>.<ext>")
def audio(key: str, ext: str) -> Response:
    """Immutable narration files: Range (206/416), ETag (304), one-year cache."""
    if ext not in _MIME or not is_valid_key(key):
        raise NotFound("Không có tệp âm thanh này.")
    path = narrator().store.path(key, ext)
    if not path.is_file():
        raise NotFound("Không có tệp âm thanh này.")
    response = send_file(path, mimetype=_MIME[ext], conditional=True, etag=f"{key}.{ext}", max_age=YEAR)
    response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    response.headers["Access-Control-Allow-Origin"] = "*"
    if ext == "mp3" and request.headers.get("Range", "bytes=0-").startswith("bytes=0-"):
        narrator().index.record_played(key)
    return response


@bp.get("/healthz")
def healthz() -> Response:
    """Liveness and readiness: the index answers and the audio directory is writable."""
    n = narrator()
    n.index.count_narrations()
    probe = n.store.root / ".healthz"
    probe.write_bytes(b"ok")
    probe.unlink()
    return jsonify(status="ok", engine=n.engine.name)


@bp.get("/widget.js")
def widget_js() -> Response:
    return send_player_file("widget.js")


@lru_cache(maxsize=1)
def demo_article() -> dict:
    """The reference article (Huế city party committee portal), as its page shows it.

    File layout: title, date line, the two widget labels, then paragraphs separated by blank lines, and the
    signature last.
    """
    lines = DEMO_FILE.read_text(encoding="utf-8").split("\n")
    title, published = lines[0].strip(), lines[1].strip()
    body = "\n".join(lines[4:])
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return {"title": title, "published": published, "paragraphs": paragraphs[:-1], "signature": paragraphs[-1]}


@bp.get("/")
def demo() -> str:
    """The demo: the reference article on a portal-like page, with the player where the site had its own."""
    html = render_template("demo.html", article=demo_article(), article_id=DEMO_ID, page_url=DEMO_URL)
    # The page is narrated through the same path a scraped page takes; after the first view it is a cache hit.
    narrator().narrate(extract_article(html, url=DEMO_URL), DEMO_ID)
    return html


@bp.get("/demo/article.json")
def demo_json() -> Response:
    return Response(json.dumps(demo_article(), ensure_ascii=False), mimetype="application/json")
