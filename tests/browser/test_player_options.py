"""What a site switches on with data-attributes, and the reader's own preferences, in real Chromium."""

from __future__ import annotations

import math

import pytest

from tests.browser.test_player import (
    AUDIO,
    BAR,
    audio,
    open_demo,
    play,
    read_the_selection,
    select_start_of,
    wait_state,
    wait_time,
)
from tts_service.web.public import DEMO_ID

pytestmark = pytest.mark.browser

FAKE_SPEECH = """(() => {
  // Headless Chromium has no Vietnamese voice: a stand-in that records what it is asked to say.
  const said = window.__said = [];
  const voice = {lang: 'vi-VN', name: 'Giọng thử', default: true};
  const synth = {paused: false, speaking: false, getVoices: () => [voice], cancel() {},
    pause() { this.paused = true }, resume() { this.paused = false },
    speak(u) { said.push(u.text); setTimeout(() => u.onend && u.onend(), 60) }};
  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
  window.SpeechSynthesisUtterance = function (text) { this.text = text };
})();"""


def test_no_single_key_shortcut_and_the_optional_shift_alt_scheme(page, live_server):
    open_demo(page, live_server, "/demo/hai-bai")  # the first player there has data-shortcuts="true"
    page.locator("body").press("k")
    page.locator("body").press("p")
    page.wait_for_timeout(300)
    assert audio(page, 0)["paused"] and audio(page, 1)["paused"]
    page.keyboard.press("Shift+Alt+KeyP")
    wait_time(page, "t > 0.3", 0)
    page.keyboard.press("Shift+Alt+KeyP")
    page.wait_for_function(f"() => {AUDIO}(0).paused")


def test_no_shortcut_unless_the_site_enables_it(page, live_server):
    open_demo(page, live_server)
    page.keyboard.press("Shift+Alt+KeyP")
    page.wait_for_timeout(400)
    assert audio(page)["paused"] and audio(page)["t"] == 0


def test_turning_the_highlight_off_and_auto_scroll_on_is_remembered(page, live_server):
    open_demo(page, live_server)
    play(page)
    page.wait_for_function("() => document.querySelector('.dbv-current')")
    page.get_by_role("button", name="Tùy chọn").click()
    page.get_by_role("checkbox", name="Tô sáng đoạn đang đọc").uncheck()
    page.wait_for_function("() => !document.querySelector('.dbv-current')")
    page.get_by_role("checkbox", name="Tô sáng đoạn đang đọc").check()
    page.get_by_role("checkbox", name="Tự cuộn theo đoạn đang đọc").check()
    page.keyboard.press("Escape")
    last = page.locator(".news-content p").nth(4)
    assert not last.evaluate("e => e.getBoundingClientRect().top < innerHeight")
    for _ in range(5):  # title → paragraph 5
        page.get_by_role("button", name="Đoạn sau").click()
    page.wait_for_function("() => { const p = document.querySelectorAll('.news-content p')[4];"
                           " const r = p.getBoundingClientRect(); return p.classList.contains('dbv-current')"
                           " && r.top >= 0 && r.top < innerHeight }")
    page.reload()
    wait_state(page, "ready")
    page.get_by_role("button", name="Tùy chọn").click()
    assert page.get_by_role("checkbox", name="Tự cuộn theo đoạn đang đọc").is_checked()


def test_the_media_session_names_the_article(page, live_server):
    open_demo(page, live_server)
    play(page)
    title = page.evaluate("() => navigator.mediaSession.metadata && navigator.mediaSession.metadata.title")
    assert title and title.startswith("Hội nghị trực báo quý III")


def test_a_site_can_hide_the_download(page, live_server):
    page.goto(f"{live_server}/embed?id={DEMO_ID}&download=false")
    wait_state(page, "ready")
    page.get_by_role("button", name="Tùy chọn").click()
    assert page.get_by_role("link", name="Tải MP3").count() == 0
    page.goto(f"{live_server}/embed?id={DEMO_ID}")
    wait_state(page, "ready")
    page.get_by_role("button", name="Tùy chọn").click()
    assert page.get_by_role("link", name="Tải MP3").get_attribute("href").endswith(".mp3?download=1")


def test_when_the_service_is_unreachable_a_site_may_fall_back_to_the_browser_voice(page, live_server):
    page.add_init_script(FAKE_SPEECH)
    page.route("**/api/v1/lookup*", lambda route: route.abort("connectionrefused"))
    page.goto(live_server + "/demo/hai-bai")  # both players there have data-web-speech="true"
    wait_state(page, "offline", 1)
    assert "giọng của trình duyệt" in page.evaluate(f"() => {BAR}(1).textContent")
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(1).click()
    page.wait_for_function("() => window.__said.length >= 2")
    said = page.evaluate("window.__said")
    first = page.locator("#bai-2 .news-content p").first.inner_text()
    assert said[0] == first  # sentence by sentence, from the page itself
    assert ".mp3" not in page.evaluate(f"() => {AUDIO}(1).src")  # no service audio was involved


def test_on_a_phone_the_bar_fits_and_every_target_is_at_least_24_px(browser, live_server):
    from tests.browser.conftest import shot
    from tests.browser.test_player import assert_axe_clean

    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 800}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    try:
        open_demo(page, live_server)
        page.get_by_role("button", name="Đọc bài viết", exact=True).tap()
        wait_time(page, "t > 0.3")
        sizes = page.evaluate(f"""() => {{ const bar = {BAR}(0);
          const visible = [...bar.querySelectorAll('button, input, select')]
            .filter(e => e.offsetParent && !e.closest('[hidden]'));
          return {{overflow: bar.scrollWidth - bar.clientWidth,
                   small: visible.map(e => [e.getAttribute('aria-label') || e.textContent, e.getBoundingClientRect()])
                                 .filter(([, r]) => r.width < 24 || r.height < 24).map(([n]) => n)}} }}""")
        assert sizes == {"overflow": 0, "small": []}
        shot(page, "player-10-phone")
        assert_axe_clean(page, "phone")
    finally:
        context.close()


def test_the_seek_slider_speaks_minutes_and_seconds(page, live_server):
    open_demo(page, live_server)
    play(page)
    page.evaluate(f"() => {{ {AUDIO}(0).currentTime = 123.4 }}")
    slider = page.get_by_role("slider", name="Vị trí đọc")
    page.wait_for_function(f"() => {BAR}(0).querySelector('.seek').getAttribute('aria-valuetext') === '2 phút 3 giây'")
    duration = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()["duration"]
    assert slider.get_attribute("max") == str(math.ceil(duration)) and slider.input_value() == "123"


def test_the_player_finds_an_article_by_page_address_and_says_when_there_is_none(page, live_server):
    from tts_service.web.public import DEMO_URL

    page.goto(f"{live_server}/embed?url={DEMO_URL}")
    wait_state(page, "ready")
    page.goto(f"{live_server}/embed?url=https://hue.gov.vn/tin/chua-doc")
    wait_state(page, "missing")
    assert page.get_by_text("Bài này chưa có bản đọc").is_visible()


def test_embedded_on_another_site_it_looks_up_plays_follows_and_reads_a_selection(page, live_server):
    """The real case: the portal is another origin (a second server on another port) than the service."""
    import threading
    from html import escape

    from werkzeug.serving import make_server
    from werkzeug.wrappers import Response

    from tts_service.web.public import DEMO_URL, demo_article

    art = demo_article()
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in [*art["paragraphs"], art["signature"]])
    html = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{escape(art["title"])}</title>'
            f'<link rel="icon" href="data:,"></head><body><main><article id="bai"><h1>{escape(art["title"])}</h1>'
            f'<script src="{live_server}/widget.js" async data-url="{DEMO_URL}" data-target="#bai .noi-dung"></script>'
            f'<div class="noi-dung">{paragraphs}</div></article></main></body></html>')
    portal = make_server("127.0.0.1", 0, Response(html, content_type="text/html; charset=utf-8"))
    threading.Thread(target=portal.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{portal.server_port}/tin-tuc/bai-viet")
        wait_state(page, "ready")
        play(page)
        page.locator("#bai .noi-dung p").nth(2).click()
        page.wait_for_function("() => document.querySelectorAll('#bai .noi-dung p')[2]"
                               ".classList.contains('dbv-current')")
        select_start_of(page, "#bai .noi-dung p", 1)
        read_the_selection(page)
        assert page.errors == []
    finally:
        portal.shutdown()
