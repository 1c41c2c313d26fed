"""HTTP only: blueprints translate requests into pipeline calls and results into responses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Response, current_app, request

from tts_service.config import Settings
from tts_service.pipeline import Narrator

if TYPE_CHECKING:
    from tts_service.jobs import JobRunner
    from tts_service.pages.reader import PageReader


def settings() -> Settings:
    return current_app.config["TTS_SETTINGS"]


def narrator() -> Narrator:
    return current_app.extensions["narrator"]


def jobs() -> JobRunner:
    return current_app.extensions["jobs"]


def pages() -> PageReader:
    return current_app.extensions["pages"]


def require_demo() -> None:
    """The demo pages synthesise on GET: with ``TTS_DEMO=false`` they do not exist (404)."""
    from tts_service.errors import NotFound

    if not settings().demo:
        raise NotFound("Trang minh họa đã tắt trên máy chủ này.")


#: Our own HTML pages: their scripts are /widget.js and /static files; the widget adds <style> elements and
#: style attributes, and plays same-origin audio (and a data: silence to unlock playback).
_PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                "media-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
                "base-uri 'none'; form-action 'self'")


def frame_ancestors(allowed_hosts: tuple[str, ...]) -> str | None:
    """Who may frame the iframe player: the allowed sites, on any port as for CORS (``*.hue.gov.vn`` is it and
    its sub-domains), or anyone when none are configured (None: no ``frame-ancestors``, since ``*`` would still
    refuse a page without a network origin).

    >>> frame_ancestors(("*.hue.gov.vn",))
    "'self' https://hue.gov.vn:* http://hue.gov.vn:* https://*.hue.gov.vn:* http://*.hue.gov.vn:*"
    """
    if not allowed_hosts:
        return None
    sources = ["'self'"]
    for host in allowed_hosts:
        bare = host.removeprefix("*.")
        sources += [f"https://{bare}:*", f"http://{bare}:*"]
        if host.startswith("*."):
            sources += [f"https://{host}:*", f"http://{host}:*"]
    return " ".join(dict.fromkeys(sources))


def security_headers(response: Response) -> Response:
    """Every answer: ``nosniff``. HTML pages: a CSP that runs only our own scripts; the demo pages may not be
    framed at all, the iframe player (``/embed``) only by the allowed sites (``TTS_ALLOWED_HOSTS`` and the sites
    whose settings let their pages be read)."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        embeddable = request.path == "/embed"
        ancestors = frame_ancestors(pages().page_hosts()) if embeddable else "'none'"  # the sites CORS lets in
        policy = _PAGE_POLICY + (f"; frame-ancestors {ancestors}" if ancestors else "")
        response.headers.setdefault("Content-Security-Policy", policy)  # a blueprint's own (admin) stays
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        if not embeddable:
            response.headers.setdefault("X-Frame-Options", "DENY")
    return response
