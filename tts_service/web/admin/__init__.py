"""The admin console at ``/admin``: server-rendered pages for the portal staff who run the service.

Sign-in with a name and password (users made with ``flask tts user create``), roles ``admin`` (everything) and
``editor`` (articles, pronunciations, quality report), CSRF on every form, lockout after repeated failures,
a strict CSP and no framing. Each page is one module of this package; all share the ``admin`` blueprint:

``auth`` sign-in and out · ``dashboard`` · ``articles`` · ``pregen`` (pre-generation) · ``lexicon`` ·
``quality`` · ``keys`` (API keys and per-site settings).
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Blueprint, Flask, Response, request
from flask_wtf.csrf import CSRFProtect

bp = Blueprint("admin", __name__, url_prefix="/admin")
csrf = CSRFProtect()

#: Admin pages load only our own files; the real player on the article page adds <style> elements, so
#: inline styles are allowed, never inline scripts. No page may be framed (clickjacking).
ADMIN_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                "media-src 'self' data: blob:; connect-src 'self'; font-src 'self'; form-action 'self'; "
                "base-uri 'none'; frame-ancestors 'none'")
SESSION_HOURS = 8


@bp.after_request
def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = ADMIN_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.endpoint != "admin.static":
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    """Register the console: its stores, CSRF, session cookie settings, pages and ``flask tts user``."""
    from tts_service.accounts import UserStore

    settings = app.config["TTS_SETTINGS"]
    https = bool(settings.public_url and settings.public_url.startswith("https://"))
    app.config.update(
        SESSION_COOKIE_NAME="dbv_admin",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=https,
        SESSION_COOKIE_PATH="/admin",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        WTF_CSRF_CHECK_DEFAULT=False,  # checked for every unsafe admin request (auth.before_request)
        WTF_CSRF_TIME_LIMIT=SESSION_HOURS * 3600,
        WTF_CSRF_SSL_STRICT=https,
    )
    if not os.environ.get("TTS_SECRET_KEY"):  # sessions must survive restarts and hold across worker processes
        app.config["SECRET_KEY"] = stored_secret(settings.data_dir / "secret_key")
    csrf.init_app(app)
    app.extensions["users"] = UserStore(settings.db_path)

    from tts_service.web.admin import (  # noqa: F401  (each module adds its pages to bp)
        articles,
        auth,
        dashboard,
        keys,
        lexicon,
        pregen,
        quality,
    )
    from tts_service.web.admin.commands import user_commands

    app.register_blueprint(bp)
    from tts_service.cli import tts

    tts.add_command(user_commands)


def stored_secret(path: Path) -> str:
    """The session signing key kept in ``path`` (made once, readable by the service's user only)."""
    try:
        secret = path.read_text(encoding="ascii").strip()
        if len(secret) >= 32:
            return secret
    except FileNotFoundError:
        pass
    secret = secrets.token_hex(32)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secret + "\n")
    try:
        os.link(tmp, path)  # the first process wins; the others read its key
    except FileExistsError:
        existing = path.read_text(encoding="ascii").strip()
        if len(existing) >= 32:
            return existing
        os.replace(tmp, path)  # an unusable (truncated) key file is replaced
    finally:
        tmp.unlink(missing_ok=True)
    return secret


@bp.app_template_filter("admin_time")
def admin_time(epoch: float | None) -> str:
    """``admin_time(0)`` → ``"01/01/1970 00:00"`` (the server's local time); empty for None."""
    import time

    return time.strftime("%d/%m/%Y %H:%M", time.localtime(epoch)) if epoch else ""


@bp.app_template_filter("minutes")
def minutes(seconds: float | None) -> str:
    """``minutes(186.9)`` → ``"3:07"``."""
    total = round(seconds or 0)
    return f"{total // 60}:{total % 60:02d}"


@bp.app_template_filter("url_host")
def url_host_filter(url: str | None) -> str:
    from audio_cache.hosts import url_host

    return url_host(url)
