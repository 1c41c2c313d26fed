"""The CMS API: push an article, get its audio.

``POST /api/v1/articles`` with ``Authorization: Bearer <key>`` and JSON ``{id?, url?, html? | title?+text?}``
→ ``200 {id, status: "ready", audio_url, marks_url, vtt_url, duration, key}``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for

from audio_cache.index import hash_api_key
from tts_service.errors import BadInput, NotFound, Unauthorized
from tts_service.extract import extract_article
from tts_service.pipeline import article_from_text
from tts_service.web import narrator, settings

bp = Blueprint("api", __name__, url_prefix="/api/v1")

_ID = re.compile(r"^[\w.:/\-]{1,200}$")


def require_api_key(scope: str = "cms") -> None:
    """Accept a bootstrap key from TTS_API_KEYS or a CLI-created key from the index (both hashed)."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer ") or not header[7:].strip():
        raise Unauthorized("Thiếu khóa API: gửi tiêu đề 'Authorization: Bearer <khóa>'.")
    secret = header[7:].strip()
    digest = hash_api_key(secret)
    if any(hmac.compare_digest(digest, known) for known in settings().api_key_hashes):
        return
    if narrator().index.api_key_scope(secret) == scope:
        return
    raise Unauthorized("Khóa API không hợp lệ hoặc đã bị thu hồi.")


def _json_body() -> dict[str, Any]:
    if not request.mimetype or request.mimetype != "application/json":
        raise BadInput("Gửi dữ liệu dạng JSON (Content-Type: application/json).", code="unsupported_media_type",
                       status=415)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadInput("Nội dung không phải một đối tượng JSON hợp lệ.", code="invalid_json")
    return data


def _optional_str(data: dict[str, Any], name: str, limit: int) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"Trường '{name}' phải là chuỗi.", code="invalid_field")
    if len(value) > limit:
        raise BadInput(f"Trường '{name}' dài quá {limit} ký tự.", code="invalid_field")
    if "\x00" in value:
        raise BadInput(f"Trường '{name}' chứa ký tự nhị phân.", code="invalid_field")
    return value


def asset_urls(key: str) -> dict[str, str]:
    return {
        "audio_url": url_for("public.audio", key=key, ext="mp3"),
        "marks_url": url_for("public.audio", key=key, ext="json"),
        "vtt_url": url_for("public.audio", key=key, ext="vtt"),
    }


@bp.post("/articles")
def create_article() -> Response:
    require_api_key()
    data = _json_body()
    limit = settings().max_request_bytes
    article_id = _optional_str(data, "id", 200)
    url = _optional_str(data, "url", 2000)
    html = _optional_str(data, "html", limit)
    title = _optional_str(data, "title", 1000)
    text = _optional_str(data, "text", limit)
    if article_id is not None and not _ID.match(article_id):
        raise BadInput("Trường 'id' chỉ gồm chữ, số và . : / - _ (tối đa 200 ký tự).", code="invalid_field")
    if url is not None and not re.match(r"^https?://[^\s]+$", url):
        raise BadInput("Trường 'url' phải là địa chỉ http(s) đầy đủ.", code="invalid_field")
    if html is not None:
        if not html.strip():
            raise BadInput("Trường 'html' rỗng.", code="empty_input")
        article = extract_article(html, url=url)
    elif text is not None or title is not None:
        if not (text or "").strip() and not (title or "").strip():
            raise BadInput("Trường 'title' và 'text' đều rỗng.", code="empty_input")
        article = article_from_text(title or "", text or "", url=url)
    else:
        raise BadInput("Gửi 'html', hoặc 'title' và 'text'.", code="missing_field")
    if article_id is None:
        article_id = url or "sha256:" + hashlib.sha256(article.text.encode()).hexdigest()[:32]
    asset, synthesized = narrator().narrate(article, article_id)
    return jsonify(
        id=article_id,
        status="ready",
        key=asset.key,
        duration=round(asset.duration_s, 3),
        synthesized=synthesized,
        **asset_urls(asset.key),
    )


@bp.get("/articles/<path:article_id>")
def get_article(article_id: str) -> Response:
    require_api_key()
    return jsonify(article_status(article_id))


def article_status(article_id: str) -> dict[str, Any]:
    record = narrator().index.get_article(article_id)
    if record is None or record.narration_key is None:
        raise NotFound(f"Chưa có bài viết '{article_id}'.")
    return {
        "id": record.article_id,
        "status": record.status,
        "title": record.title,
        "key": record.narration_key,
        "duration": record.duration_s,
        **asset_urls(record.narration_key),
    }


@bp.get("/lookup")
def lookup() -> Response:
    """Public: status and URLs of an article already narrated, by CMS ``id`` or page ``url``."""
    article_id = request.args.get("id", "")
    url = request.args.get("url", "")
    if article_id:
        return jsonify(article_status(article_id))
    if url:
        record = narrator().index.find_by_url(url)
        if record is None:
            raise NotFound("Trang này chưa có bản đọc.")
        return jsonify(article_status(record.article_id))
    raise BadInput("Cho biết 'id' hoặc 'url' của bài viết.", code="missing_field")
