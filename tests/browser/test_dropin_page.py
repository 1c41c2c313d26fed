"""The one-line embed on a portal that never integrated anything: the seed-style portal page (templates/demo.html)
served from another loopback origin (127.0.0.2) carries ``<script src=".../widget.js" async></script>`` with no
attribute; a reader opens a never-seen article (through a link with tracking parameters), presses play in real
Chromium and hears it — the service read the page from the portal itself."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator

import pytest
from flask import Flask, render_template
from werkzeug.serving import make_server

from tests.browser.test_player import AUDIO, BAR, wait_time
from tests.portal import Portal
from tts_service import create_app
from tts_service.web.public import demo_article

pytestmark = pytest.mark.browser

PATH = "/tin-tuc/hoi-nghi-truc-bao-quy-iii-mat-tran-va-cac-doan-the-chinh-tri-xa-hoi-thanh-pho-2152.html"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[tuple[Flask, str]]:
    """The service on 127.0.0.1, allowed to read the portal at 127.0.0.2 (a private address, allowed explicitly)."""
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("TTS_") and k != "TTS_REQUIRE_BROWSER"}
    try:
        app = create_app({"data_dir": tmp_path_factory.mktemp("dropin") / "var", "allowed_hosts": ("127.0.0.2",),
                          "allow_private_fetch": True})
    finally:
        os.environ.update(saved)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)
        app.extensions["jobs"].stop()


def seed_portal_page(app: Flask, service_url: str) -> str:
    """The demo's portal page with the player as a portal would paste it: one script tag, no attribute; and the
    page's canonical link, as portals print it."""
    with app.test_request_context("/"):
        page = render_template("demo.html", article=demo_article(), article_id="", page_url="")
    page, count = re.subn(r'<script src="[^"]*widget\.js"[^>]*></script>',
                          f'<script src="{service_url}/widget.js" async></script>', page)
    assert count == 1
    return page.replace("</title>", f'</title>\n  <link rel="canonical" href="{PATH}">', 1)


def test_a_reader_presses_play_on_a_never_seen_portal_article_and_hears_it(browser, service):
    app, service_url = service
    with Portal("127.0.0.2") as portal:
        portal.pages[PATH] = seed_portal_page(app, service_url)
        portal.serve_static("demo.css", "demo.js")
        context = browser.new_context(locale="vi-VN", viewport={"width": 1200, "height": 860})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        try:
            with page.expect_response(lambda r: "/api/v1/lookup" in r.url) as loaded:
                page.goto(portal.url(PATH + "?utm_source=facebook&fbclid=IwAR0#binh-luan"))
            assert loaded.value.json()["status"] == "not_read"  # the page view alone costs no fetch
            assert page.evaluate(f"() => {BAR}(0).dataset.state") == "idle"
            assert portal.count(PATH) == 0  # only the browser's own visit, with its tracking parameters

            pressed = time.monotonic()
            page.get_by_role("button", name="Đọc bài viết", exact=True).click()
            wait_time(page, "t > 0.3")
            print(f"\nfirst audio {time.monotonic() - pressed:.2f} s after the press (incl. 0.3 s of playback)")
            assert portal.log.count((PATH, 200)) == 1, "the service fetched the canonical address, once"

            info = page.request.get(f"{service_url}/api/v1/lookup?url={portal.url(PATH)}").json()
            jobs = app.extensions["jobs"]
            if info.get("job_id"):
                assert jobs.wait(info["job_id"], 180).status == "done"
            info = page.request.get(f"{service_url}/api/v1/lookup?url={portal.url(PATH)}").json()
            assert info["status"] == "ready" and info["id"] == portal.url(PATH)
            page.wait_for_function(f"() => {AUDIO}(0).src.endsWith('{info['audio_url']}')", timeout=30_000)
            wait_time(page, "t > 0.3")
            # the widget found the article body by itself and follows it
            page.wait_for_function("() => document.querySelector('article .dbv-current')", timeout=30_000)
            assert errors == []
        finally:
            context.close()
