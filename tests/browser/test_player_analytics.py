"""The player reports listening only when the service counts it (TTS_ANALYTICS): it then loads its counter
(/widget-stats.js), which beacons a play when playback starts and the share heard when the page is left — and
with counting off it loads and sends nothing at all."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.browser.test_player import open_demo, play
from tests.test_cache_support import wait_for
from tts_service.web.public import DEMO_ID

pytestmark = pytest.mark.browser


def test_the_player_beacons_plays_only_when_the_service_counts_them(page, live_server, app):
    events: list[dict] = []
    page.on("request", lambda r: r.url.endswith("/api/v1/events") and events.append(json.loads(r.post_data or "{}")))
    scripts: list[str] = []
    page.on("request", lambda r: r.url.endswith("/widget-stats.js") and scripts.append(r.url))
    open_demo(page, live_server)
    play(page)
    page.goto("about:blank")
    assert events == [] and scripts == []  # off by default: not a single request
    settings = app.config["TTS_SETTINGS"]
    app.config["TTS_SETTINGS"] = dataclasses.replace(settings, analytics=True)
    narrator = app.extensions["narrator"]

    def counted() -> list[tuple[int, int]]:
        narrator.listening.flush()
        days = narrator.listening.store.report(since="2000-01-01", until="2999-12-31", article_id=DEMO_ID)
        return [(d.plays, d.listened) for d in days]

    assert counted() == []
    try:
        open_demo(page, live_server)
        play(page)
        assert len(scripts) == 1
        # Playwright hands the page's requests to the handlers above only while one of its calls runs: wait in it.
        wait_for(lambda: page.wait_for_timeout(50) or [e["event"] for e in events] == ["play"], timeout=10)
        assert events[0]["article_id"] == DEMO_ID
        page.goto("about:blank")  # pagehide: the share heard so far (sent while the page unloads)
        wait_for(lambda: counted() == [(1, 1)], timeout=10)
    finally:
        app.config["TTS_SETTINGS"] = settings
