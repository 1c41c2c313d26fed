"""API keys (create with a scope and a site — shown once — and revoke) and per-site settings (engine chain,
voice, bitrate, downloads, the site's extraction profile, and how its pages are read from the page: whether,
which addresses are articles, how often a page is checked again, its daily characters and fetch limits — the
settings ``flask tts site set`` changes too)."""

from __future__ import annotations

import secrets
from typing import Any

from flask import current_app, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from audio_cache.auth import ApiKeyStore
from tts_service.engines import ENGINES
from tts_service.errors import ServiceError
from tts_service.sites import PAGE_LIMITS, SiteSettings
from tts_service.urlgate import host_matches
from tts_service.web import narrator, settings
from tts_service.web.admin import bp
from tts_service.web.admin.auth import current_user, requires
from tts_service.web.admin.forms import ActionForm, KeyForm, SiteForm


def api_keys() -> ApiKeyStore:
    return narrator().stores.keys


def _page(key_form: KeyForm | None = None, site_form: SiteForm | None = None, status: int = 200,
          **extra: Any) -> tuple[str, int]:
    sites = narrator().sites
    return render_template(
        "admin/keys.html", keys=api_keys().all(), key_form=key_form or KeyForm(formdata=None),
        site_form=site_form or SiteForm(formdata=None), sites=sites.all(), has_profile=sites.has_profile,
        engines=sorted(ENGINES), action_form=ActionForm(), service=settings(), **extra), status


@bp.get("/khoa-va-trang")
@requires("admin")
def keys() -> tuple[str, int]:
    site_form = None
    host = request.args.get("site")
    current = narrator().sites.get(host) if host else None
    if current is not None:
        site_form = SiteForm(formdata=None, data={
            "host": current.host, "engines": ",".join(current.engines), "voice": current.voice or "",
            "bitrate": str(current.bitrate or ""), "download": current.download,
            "read_pages": {True: "on", False: "off", None: ""}[current.read_pages],
            "article_pattern": current.article_pattern or "",
            **{name: getattr(current, name) for name in PAGE_LIMITS}})
    return _page(site_form=site_form)


@bp.post("/khoa-va-trang/khoa")
@requires("admin")
def keys_create() -> tuple[str, int]:
    """A new key, shown once on this page (never stored in clear, never put in the session)."""
    form = KeyForm()
    if not form.validate():
        return _page(key_form=form, status=400)
    secret = secrets.token_urlsafe(32)
    site = (form.site.data or "").strip().lower() or None
    webhook = (form.webhook.data or "").strip() or None
    webhook_secret = secrets.token_urlsafe(32) if webhook else None
    api_keys().add_api_key(secret, form.name.data, form.scope.data, webhook_url=webhook,
                                 webhook_secret=webhook_secret, site=site)
    return _page(created={"name": form.name.data, "secret": secret, "webhook_secret": webhook_secret,
                          "site": site, "scope": form.scope.data})


@bp.post("/khoa-va-trang/khoa/thu-hoi")
@requires("admin")
def keys_revoke() -> Response:
    key_hash = request.form.get("key_hash", "")
    if len(key_hash) == 64 and api_keys().revoke(key_hash):
        flash("Đã thu hồi khoá: mọi yêu cầu dùng khoá này bị từ chối từ bây giờ.", "ok")
    else:
        flash("Không có khoá đang dùng nào như vậy.", "error")
    return redirect(url_for("admin.keys"))


def _check_site(form: SiteForm) -> SiteSettings | None:
    """Settings from the form, or None with the form's errors filled in (unknown engine, voice, bad profile)."""
    engines = tuple(e for e in (form.engines.data or "").split(",") if e)
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        form.engines.errors.append(f"Không có engine {', '.join(unknown)}; có: {', '.join(sorted(ENGINES))}.")
        return None
    voice = (form.voice.data or "").strip() or None
    if engines or voice:
        from tts_service.engines import engine_from_settings

        try:
            first = engine_from_settings(engines[0] if engines else narrator().engine.name,
                                         current_app.config["TTS_SETTINGS"])
        except ServiceError as exc:
            form.engines.errors.append(f"Không dùng được engine này: {exc.message}")
            return None
        if voice and voice not in first.voices:
            form.voice.errors.append(f"{first.name} không có giọng {voice}; có: {', '.join(first.voices)}.")
            return None
    try:
        return SiteSettings(form.host.data.strip().lower(), engines, voice,
                            int(form.bitrate.data) if form.bitrate.data else None, bool(form.download.data),
                            read_pages={"on": True, "off": False}.get(form.read_pages.data or ""),
                            article_pattern=form.article_pattern.data or None,
                            **{name: getattr(form, name).data for name in PAGE_LIMITS})
    except ServiceError as exc:  # a value the page reader cannot use (the form's own checks come first)
        form.form_errors.append(exc.message)
        return None


@bp.post("/khoa-va-trang/trang")
@requires("admin")
def keys_site_save() -> Any:
    form = SiteForm()
    if not form.validate():
        return _page(site_form=form, status=400)
    site = _check_site(form)
    if site is None:
        return _page(site_form=form, status=400)
    upload = form.profile.data
    sites = narrator().sites
    if upload is not None and getattr(upload, "filename", ""):
        try:
            sites.save_profile(site.host, upload.read())
        except ServiceError as exc:
            form.profile.errors.append(exc.message)
            return _page(site_form=form, status=400)
    user = current_user()
    before = sites.get(site.host)
    sites.save(site, by=user.name if user else None)
    note = ""
    if site.read_pages and not (before and before.read_pages) \
            and not any(host_matches(site.host, allowed) for allowed in settings().allowed_hosts):
        note = " Trình phát nhúng trên trang này gọi được dịch vụ (CORS) sau khi dịch vụ khởi động lại."
    flash(f"Đã lưu cài đặt của {site.host}. Bài mới và bài đọc lại dùng cài đặt này.{note}", "ok")
    return redirect(url_for("admin.keys"))


@bp.post("/khoa-va-trang/trang/xoa-ho-so")
@requires("admin")
def keys_site_profile_remove() -> Response:
    host = request.form.get("host", "")
    if narrator().sites.remove_profile(host):
        flash(f"Đã bỏ hồ sơ trích xuất của {host}; dùng hồ sơ có sẵn (nếu có).", "ok")
    return redirect(url_for("admin.keys"))


@bp.post("/khoa-va-trang/trang/xoa")
@requires("admin")
def keys_site_delete() -> Response:
    host = request.form.get("host", "")
    narrator().sites.delete(host)
    flash(f"Đã xoá cài đặt riêng của {host}: trang dùng cài đặt chung.", "ok")
    return redirect(url_for("admin.keys"))
