"""Errors a caller can act on. Each carries an HTTP status, a stable code and a message.

The web layer turns them into ``{"error": {"code", "message"}}``; nothing else needs to know HTTP.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base for every error the service reports to a caller."""

    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if status:
            self.status = status


class BadInput(ServiceError):
    """The request itself is wrong (shape, type, encoding)."""

    status = 400
    code = "bad_request"


class EmptyArticle(ServiceError):
    """The input parsed, but holds no readable article text."""

    status = 422
    code = "empty_article"


class TooLarge(ServiceError):
    status = 413
    code = "too_large"


class Unauthorized(ServiceError):
    status = 401
    code = "unauthorized"


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class FetchRefused(ServiceError):
    """The fetcher will not fetch this URL (not allow-listed, private address, wrong scheme …)."""

    status = 403
    code = "fetch_refused"


class FetchFailed(ServiceError):
    """The remote page could not be fetched (timeout, HTTP error, too large, wrong type)."""

    status = 502
    code = "fetch_failed"


class EngineError(ServiceError):
    """A speech engine failed; the message says which and why."""

    status = 503
    code = "engine_unavailable"


class StorageFull(ServiceError):
    status = 507
    code = "storage_full"
