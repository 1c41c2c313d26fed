"""Every error leaves as JSON ``{"error": {"code", "message"}}`` with its status — never a traceback."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from audio_cache.db import StoreUnavailable
from tts_service.errors import ServiceError

log = logging.getLogger(__name__)

_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy.",
    405: "Phương thức không được hỗ trợ cho địa chỉ này.",
    413: "Dữ liệu gửi lên quá lớn.",
}


def error_response(status: int, code: str, message: str) -> Response:
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def init_app(app: Flask) -> None:
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
        log.exception("unhandled error")
        return error_response(500, "internal_error", "Lỗi máy chủ; vui lòng thử lại sau.")
