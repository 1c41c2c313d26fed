"""Every error leaves as JSON ``{"error": {"code", "message"}}`` with its status — never a traceback."""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import Flask, Response, jsonify
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from audio_cache.db import StoreUnavailable
from tts_service.errors import BadInput, ServiceError

log = logging.getLogger(__name__)

_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy.",
    405: "Phương thức không được hỗ trợ cho địa chỉ này.",
    413: "Dữ liệu gửi lên quá lớn.",
}


#: Deeper JSON than this is refused: no field the API reads is nested more than twice.
MAX_JSON_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")


class StrictJSONProvider(DefaultJSONProvider):
    """Request JSON the rest of the service can hold: refused with a clear 400 when it is nested deeper than
    :data:`MAX_JSON_DEPTH` or holds a lone surrogate (``"\\ud800"``, or its raw bytes), which no UTF-8 encoder,
    database or hash accepts. ``[[[…100 000 deep…]]]`` → 400 ``invalid_json``; ``{"text": "\\ud800"}`` → 400
    ``invalid_text`` naming the field.
    """

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        try:
            value = super().loads(s, **kwargs)
        except RecursionError:
            raise _too_deep() from None
        _check_tree(value)
        return value


def _too_deep() -> BadInput:
    return BadInput(f"JSON lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} tầng).", code="invalid_json")


def _check_tree(value: Any) -> None:
    """Walk the parsed value without recursion: depth, and every string (names included) free of surrogates."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        node, depth, where = stack.pop()
        if isinstance(node, str):
            if not node.isascii() and _SURROGATE.search(node):
                field = f" ở trường '{where}'" if where else ""
                raise BadInput(f"Văn bản chứa ký tự Unicode không hợp lệ (nửa cặp thay thế){field}; gửi UTF-8 "
                               "hợp lệ.", code="invalid_text")
        elif isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise _too_deep()
            if isinstance(node, dict):
                for name, item in node.items():
                    path = name if not where else f"{where}.{name}"
                    stack.append((name, depth, where))
                    stack.append((item, depth + 1, _SURROGATE.sub("\ufffd", path)))
            else:
                stack.extend((item, depth + 1, where) for item in node)


def error_response(status: int, code: str, message: str) -> Response:
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def init_app(app: Flask) -> None:
    app.json = StrictJSONProvider(app)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    @app.errorhandler(ServiceError)
    def service_error(exc: ServiceError) -> Response:
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: RequestEntityTooLarge) -> Response:
        limit = app.config.get("MAX_CONTENT_LENGTH") or 0
        return error_response(413, "too_large", f"Dữ liệu gửi lên vượt giới hạn {limit // (1024 * 1024)} MB.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        response = error_response(status, exc.name.lower().replace(" ", "_"), _MESSAGES.get(status, exc.name))
        allowed = getattr(exc, "valid_methods", None)
        if status == 405 and allowed:  # clients (and schemathesis) rely on Allow
            response.headers["Allow"] = ", ".join(allowed)
        return response

    @app.errorhandler(StoreUnavailable)
    def store_unavailable(exc: StoreUnavailable) -> Response:  # a shared database or object store is down
        log.warning("storage unavailable: %s", exc)
        response = error_response(503, "storage_unavailable",
                                  "Kho lưu trữ tạm thời không truy cập được; vui lòng thử lại sau ít phút.")
        response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Response:
        if type(exc).__module__.startswith("gunicorn.http."):  # the server could not read the request body
            log.info("unreadable request body: %s", exc)
            return error_response(400, "bad_request", "Không đọc được nội dung yêu cầu (mã hoá truyền sai).")
        log.exception("unhandled error")
        return error_response(500, "internal_error", "Lỗi máy chủ; vui lòng thử lại sau.")
