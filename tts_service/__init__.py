"""Đọc bài viết — a self-hosted Vietnamese read-aloud service.

``create_app()`` builds the Flask app (flaskr-style factory); nothing happens at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from flask import Flask

if TYPE_CHECKING:
    from tts_service.config import Settings


def load_settings(env: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """The settings the service starts with: ``TTS_*`` variables (``env``, default the environment), then
    ``overrides``, checked — bounds by the declarations, engine names and voices by the engines.

    ``load_settings({"TTS_VOICE": "klingon"})`` → ``ConfigError: TTS_VOICE 'klingon' is not a voice of …``
    """
    from tts_service.config import Settings
    from tts_service.engines import check_settings

    settings = Settings.from_env(env)
    if overrides:
        settings = settings.with_overrides(overrides)
    check_settings(settings)
    return settings


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app from ``TTS_*`` environment variables, with ``config`` overriding them (tests).

    ``create_app({"data_dir": tmp_path, "api_keys": ["k" * 32]})``
    """
    from pathlib import Path

    from tts_service.pipeline import Narrator
    from tts_service.web import api, errors, public

    settings = load_settings(overrides=config)

    root = Path(__file__).resolve().parent.parent
    app = Flask(__name__, template_folder=str(root / "templates"), static_folder=str(root / "static"))
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        JSON_AS_ASCII=False,
        TTS_SETTINGS=settings,
    )
    app.extensions["narrator"] = Narrator(settings)
    from tts_service.jobs import JobRunner

    app.extensions["jobs"] = JobRunner(app.extensions["narrator"], settings)
    app.extensions["jobs"].start_if_work()  # resume jobs a crash or restart left behind
    from tts_service.pages.reader import PageReader

    app.extensions["pages"] = PageReader(app, app.extensions["narrator"], app.extensions["jobs"], settings)

    errors.init_app(app)
    if app.extensions["narrator"].schema_problem:  # a shared index a deploy has not upgraded yet
        import logging

        from tts_service.errors import ServiceError

        logging.getLogger(__name__).error(app.extensions["narrator"].schema_problem)

        @app.before_request
        def schema_behind() -> None:
            if app.extensions["narrator"].schema_problem:
                raise ServiceError("Chỉ mục dùng chung chưa được nâng cấp cho phiên bản này (flask tts db upgrade);"
                                   " vui lòng thử lại sau.", code="schema_behind", status=503)

    from tts_service.web import security_headers

    app.after_request(security_headers)
    # "/audio//k.mp3" would be redirected to a URL built from the client's Host header: it is a 404 instead
    app.url_map.merge_slashes = False
    app.register_blueprint(api.bp)
    app.register_blueprint(public.bp)
    from tts_service.web import openapi

    app.register_blueprint(openapi.bp)  # /api/openapi.json and /api/docs, made from the routes and their models
    from tts_service.web import feeds

    app.register_blueprint(feeds.bp)  # per-site podcast feeds
    from tts_service.web import analytics

    app.register_blueprint(analytics.bp)  # listening counts (TTS_ANALYTICS), without anything about the listener
    from tts_service.web import widget as player_widget  # the player (issue #7)
    app.register_blueprint(player_widget.bp)
    player_widget.init_app(app)  # CORS for the allowed sites
    from tts_service import ratelimit

    ratelimit.init_app(app, settings)  # limits shared by every worker process; trusted proxies
    from tts_service.web import admin

    admin.init_app(app)  # the admin console at /admin
    public.install_fast_path(app)  # plain GETs of cached audio skip Flask's per-request work
    from tts_service.web import ops

    ops.init_app(app)  # /readyz, /metrics; request ids, access log and request metrics around everything

    from tts_service import cli

    cli.init_app(app)
    from tts_service.pages import cli as pages_cli

    pages_cli.init_app()  # tts site …, tts pages …
    return app
