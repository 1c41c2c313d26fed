"""Our pages' Content-Security-Policy in real Chromium: the demo and the two-player page play and follow the
article with nothing refused (test_player.py checks the other states: no console error there either); a site
that is not allowed cannot frame the iframe player."""

from __future__ import annotations

import threading

import pytest
from werkzeug.serving import make_server

from tests.browser.test_player import play
from tts_service import create_app

pytestmark = pytest.mark.browser

RECORD = """window.__refused = [];
document.addEventListener('securitypolicyviolation',
  e => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI), true);"""


@pytest.mark.parametrize("path", ["/", "/demo/hai-bai"])
def test_the_demo_pages_play_under_their_policy_with_nothing_refused(page, live_server, path):
    page.add_init_script(RECORD)
    response = page.goto(live_server + path)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    play(page)
    assert page.evaluate("window.__refused") == [] and page.errors == []


def test_a_site_that_is_not_allowed_cannot_frame_the_iframe_player(page, tmp_path):
    app = create_app({"data_dir": tmp_path / "var", "allowed_hosts": ("huecity.gov.vn",)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        refused = []
        page.on("console", lambda m: "frame-ancestors" in m.text and refused.append(m.text))
        page.goto(f"http://127.0.0.1:{server.server_port}/healthz")  # a page of another origin frames it next
        page.set_content(f'<iframe title="Đọc bài viết" src="http://localhost:{server.server_port}/embed?id=x">'
                         "</iframe>")
        page.wait_for_timeout(1500)
        assert refused, "Chromium framed the player for a site that is not allowed"
        assert page.frames[1].evaluate("() => document.querySelector('dbv-player')") is None
    finally:
        server.shutdown()
        thread.join(5)
