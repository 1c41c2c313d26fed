"""The player, finished (issue #17), in real Chromium: what a listener meets on an embedding site of another
origin — the download, one shared speed, the article found without ``data-target``, "Xem cỡ chữ", voices, and a
phone at 320 px with its lock screen. The portal pages are served by a second server on another port."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from html import escape

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from tests.browser.conftest import shot
from tests.browser.test_player import (
    AUDIO,
    BAR,
    assert_axe_clean,
    audio,
    read_the_selection,
    select_start_of,
    wait_state,
    wait_time,
)
from tts_service.web.public import DEMO_ID, DEMO_URL, demo_article

pytestmark = pytest.mark.browser

SHADOW = "(i => document.querySelectorAll('dbv-player')[i].shadowRoot)"
PREFS = "() => JSON.parse(localStorage.getItem('dbv:prefs') || '{}')"


class Portal:
    """Another site (another port, so another origin) whose pages embed the player with one line."""

    def __init__(self, service: str) -> None:
        self.service, self.pages = service, {}
        self.server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self.base = f"http://127.0.0.1:{self.server.server_port}"

    def _app(self, environ, start_response):  # type: ignore[no-untyped-def]
        html = self.pages.get(Request(environ).path)
        response = Response(html or "không có", status=200 if html else 404, content_type="text/html; charset=utf-8")
        return response(environ, start_response)

    def page(self, path: str, body: str, head: str = "") -> str:
        """Serve the demo article at ``path``; ``body`` holds ``{title}``, ``{script}`` and ``{paragraphs}``."""
        art = demo_article()
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in [*art["paragraphs"], art["signature"]])
        self.pages[path] = (
            f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{escape(art["title"])}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
            "<style>body{margin:0 auto;max-width:760px;padding:0 16px;font:17px/1.6 Georgia,serif}"
            "header{padding:12px 0;border-bottom:2px solid #a50f15}</style>" + head + "</head><body>"
            '<header><p class="brand">Cổng thông tin điện tử</p></header><main>'
            + body.format(title=escape(art["title"]), paragraphs=paragraphs, script=self.script())
            + '</main><footer><p>Chân trang của cổng.</p></footer></body></html>')
        return self.base + path

    def script(self, extra: str = "") -> str:
        return f'<script src="{self.service}/widget.js" async data-url="{DEMO_URL}"{extra}></script>'


ARTICLE = "<article><h1>{title}</h1>{script}{paragraphs}</article>"


@pytest.fixture(scope="module")
def portal(live_server: str) -> Iterator[Portal]:
    site = Portal(live_server)
    thread = threading.Thread(target=site.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        thread.join(5)


@pytest.fixture
def phone(browser, live_server):  # type: ignore[no-untyped-def]
    """A 320 px wide phone (WCAG 1.4.10's reflow width), touch, fresh profile."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 320, "height": 640}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


def open_options(page, i: int = 0) -> None:
    page.get_by_role("button", name="Tùy chọn").nth(i).click()
    page.wait_for_function(f"() => !{SHADOW}({i}).querySelector('.panel').hidden")


def choose_speed(page, i: int, speed: str) -> None:
    """Press the i-th player's speed button (it steps through the speeds) until it says ``speed``, e.g. "1,5×"."""
    button = page.locator("dbv-player").nth(i).locator("button.speed")
    for _ in range(6):
        if button.text_content() == speed:
            return
        button.click()
    raise AssertionError(f"the speed button never showed {speed}")


def play_first(page) -> None:
    page.get_by_role("button", name="Đọc bài viết", exact=True).first.click()
    wait_time(page, "t > 0.3")


# --- 1. "Tải MP3" saves the file, on another site too -----------------------------------------------------------


def test_tai_mp3_on_another_site_saves_a_file_named_after_the_article(page, portal, live_server, tmp_path):
    url = portal.page("/tin/tai-ve", ARTICLE)
    page.goto(url)
    wait_state(page, "ready")
    open_options(page)
    link = page.get_by_role("link", name="Tải MP3")
    assert link.get_attribute("href").startswith(live_server)  # another origin: `download` alone is ignored
    with page.expect_download() as caught:
        link.click()
    download = caught.value
    title = demo_article()["title"]
    assert download.suggested_filename == f"{title}.mp3"  # Vietnamese kept (filename*)
    folder = tmp_path / "Tải về"
    folder.mkdir()
    download.save_as(folder / download.suggested_filename)
    info = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()
    saved = folder / f"{title}.mp3"
    assert saved.read_bytes() == page.request.get(live_server + info["audio_url"]).body()
    assert page.url == url and audio(page)["paused"]  # the reader stays on the article
    shot(page, "player-11-download")
    assert_axe_clean(page, "download-foreign-origin")
    assert page.errors == []


# --- 2. one speed and volume for every player on the page, and across tabs ---------------------------------------


def test_two_players_at_1_5x_stay_at_1_5x_whichever_one_plays(page, live_server):
    page.goto(live_server + "/demo/hai-bai")
    wait_state(page, "ready", 1)
    choose_speed(page, 0, "1,5×")
    assert page.get_by_role("button", name="Tốc độ đọc 1,5×").count() == 2  # the other player shows it at once
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(1).click()  # the other player: it wrote 1× back
    wait_time(page, "t > 0.3", 1)
    assert audio(page, 1)["rate"] == 1.5 and page.evaluate(PREFS)["rate"] == 1.5
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(0).click()
    wait_time(page, "t > 0.3", 0)
    assert audio(page, 0)["rate"] == 1.5 and page.evaluate(PREFS)["rate"] == 1.5
    open_options(page, 1)
    page.locator("dbv-player").nth(1).locator(".vol").fill("40")
    page.wait_for_function(f"() => {AUDIO}(0).volume === 0.4")  # volume too: one state
    page.reload()
    wait_state(page, "ready", 1)
    page.get_by_role("button", name="Tốc độ đọc 1,5×").nth(1).wait_for()


def test_a_speed_set_in_another_tab_is_the_speed_here(page, live_server):
    page.goto(live_server + "/demo/hai-bai")
    wait_state(page, "ready", 1)
    other = page.context.new_page()
    other.goto(live_server + "/demo/hai-bai")
    wait_state(other, "ready", 1)
    choose_speed(other, 1, "1,75×")
    page.wait_for_function(f"() => {SHADOW}(0).querySelector('.speed').textContent.endsWith('1,75×')")  # storage event
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(0).click()
    wait_time(page, "t > 0.3")
    assert audio(page)["rate"] == 1.75 and other.evaluate(PREFS)["rate"] == 1.75
    other.close()


# --- 3. the one-line embed follows the article it finds ------------------------------------------------------------

BODIES = {
    "article": ARTICLE,
    "itemprop": ('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{title}</h1>'
                 '{script}<div itemprop="articleBody">{paragraphs}</div></div>'),
    # No <article>, no schema.org: the service knows the site (huecity.gov.vn) and sends its profile's selector.
    "profile": ('<div class="portlet"><h1>{title}</h1>{script}'
                '<div class="journal-content-article">{paragraphs}</div></div>'),
}


@pytest.mark.parametrize("shape", list(BODIES))
def test_the_one_line_embed_highlights_plays_a_clicked_paragraph_and_reads_a_selection(page, portal, shape):
    page.goto(portal.page(f"/tin/{shape}", BODIES[shape]))
    wait_state(page, "ready")
    play_first(page)
    page.wait_for_function("() => document.querySelector('main p.dbv-current')")  # followed, without data-target
    shot(page, f"player-16-embed-{shape}")
    assert_axe_clean(page, f"embed-{shape}")
    third = page.locator("main p").nth(3)  # the brand line in the header is not in <main>
    third.click()
    page.wait_for_function("() => document.querySelectorAll('main p')[3].classList.contains('dbv-current')")
    select_start_of(page, "main p", 1)
    read_the_selection(page)
    assert page.errors == []


# --- 4. "Xem cỡ chữ" ---------------------------------------------------------------------------------------------

SHIFT_SOURCES = """window.__moved = [];
new PerformanceObserver(list => list.getEntries().forEach(e => (e.sources || []).forEach(s => {
  const a = document.querySelector('article');
  if (s.node && a) window.__moved.push(a.contains(s.node) || !!(a.compareDocumentPosition(s.node) & 4)
    ? 'article' : s.node.nodeName + ' ' + (s.node.textContent || '').slice(0, 40));
}))).observe({type: 'layout-shift', buffered: true});"""


def test_text_size_a_plus_enlarges_the_article_only_is_announced_and_remembered(page, portal):
    url = portal.page("/tin/co-chu", ARTICLE.replace("{script}", portal.script(' data-text-size="true"')))
    page.add_init_script(SHIFT_SOURCES)
    page.goto(url)
    wait_state(page, "ready")
    open_options(page)
    group = page.get_by_role("group", name="Cỡ chữ")
    bigger = group.get_by_role("button", name="Tăng cỡ chữ")
    where = """() => [document.querySelector('header'), document.querySelector('h1'),
      document.querySelector('dbv-player').shadowRoot.querySelector('.bar'),
      document.querySelector('dbv-player').shadowRoot.querySelector('.fs:last-of-type')]
      .map(e => JSON.stringify(e.getBoundingClientRect()))"""
    before, tall = page.evaluate(where), page.locator("article").evaluate("a => a.offsetHeight")
    bigger.click()
    bigger.click()
    page.get_by_role("status").filter(has_text="Cỡ chữ: 130%").wait_for(state="attached")  # announced
    assert page.locator("main p").nth(2).evaluate("p => getComputedStyle(p).zoom") == "1.3"
    assert page.locator("article").evaluate("a => a.offsetHeight") > tall * 1.15  # the article grew
    assert page.evaluate(where) == before  # header, title, player and the button itself did not move
    assert set(page.evaluate("window.__moved")) <= {"article"}  # what moved is the article (and what follows it)
    shot(page, "player-12-text-size")
    assert_axe_clean(page, "text-size")
    page.reload()
    wait_state(page, "ready")
    assert page.locator("main p").nth(2).evaluate("p => getComputedStyle(p).zoom") == "1.3"  # remembered
    open_options(page)
    page.get_by_role("group", name="Cỡ chữ").get_by_role("button", name="Cỡ chữ mặc định").click()
    assert page.locator("main p").nth(2).evaluate("p => getComputedStyle(p).zoom") == "1"
    assert page.errors == []


def test_there_is_no_text_size_control_unless_the_site_asks_for_it(page, portal):
    page.goto(portal.page("/tin/khong-co-chu", ARTICLE))
    wait_state(page, "ready")
    open_options(page)
    assert page.get_by_role("group", name="Cỡ chữ").count() == 0


# --- 5. voices ------------------------------------------------------------------------------------------------------


def test_the_listener_picks_a_voice_it_plays_from_the_same_paragraph_and_is_remembered(page, live_server):
    page.goto(live_server + "/demo/hai-bai")
    wait_state(page, "ready", 1)
    page.get_by_role("button", name="Đọc bài viết", exact=True).first.click()
    wait_time(page, "t > 0.3")
    default = audio(page)["src"]
    page.get_by_role("button", name="Đoạn sau").first.click()  # paragraph 1 (after the title)
    page.wait_for_function("() => document.querySelector('#bai-1 p.dbv-current')")
    open_options(page)
    voice = page.get_by_role("combobox", name="Giọng đọc").first
    assert [o.strip() for o in voice.locator("option").all_inner_texts()] == [
        "Giọng Bắc (eSpeak)", "Giọng Trung (eSpeak)", "Giọng Nam (eSpeak)"]
    shot(page, "player-13-voices")
    assert_axe_clean(page, "voices")
    voice.select_option(label="Giọng Nam (eSpeak)")
    page.wait_for_function(f"() => {AUDIO}(0).src !== {json.dumps(default)} && !{AUDIO}(0).paused"
                           f" && {AUDIO}(0).currentTime > 0.3")  # its own narration, playing on
    south = audio(page)["src"]
    marks = page.request.get(south.replace(".mp3", ".json")).json()["blocks"]
    assert audio(page)["t"] >= marks[1]["start"] - 0.1  # from the paragraph it was reading
    assert page.evaluate(PREFS)["voice"] == "espeak:vi-VN-x-south"
    page.reload()
    wait_state(page, "ready", 1)
    open_options(page)
    assert page.get_by_role("combobox", name="Giọng đọc").first.input_value() == "espeak:vi-VN-x-south"
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(1).click()  # the other article: same voice
    wait_time(page, "t > 0.3", 1)
    second = page.evaluate(f"() => {AUDIO}(1).src")
    lookup = page.request.get(f"{live_server}/api/v1/lookup?id=demo:hai-bai-2&voice=espeak:vi-VN-x-south").json()
    assert second.endswith(lookup["audio_url"])
    assert page.errors == []


# --- 6. a phone at 320 px --------------------------------------------------------------------------------------------

TARGETS = """() => [...document.querySelectorAll('dbv-player')].flatMap(h =>
  [...h.shadowRoot.querySelectorAll('button, input, select, a')]
    .filter(e => e.getClientRects().length && !e.closest('[hidden]'))
    .map(e => { const r = e.getBoundingClientRect();
      return {name: e.classList.contains('play') ? 'play'
                    : e.getAttribute('aria-label') || e.id || e.textContent.trim(),
              w: r.width, h: r.height, left: r.left, right: r.right} }))"""


def test_at_320_px_every_control_and_option_is_at_least_24_px_and_on_screen(phone, portal):
    url = portal.page("/tin/dien-thoai", ARTICLE.replace("{script}", portal.script(' data-text-size="true"')))
    phone.goto(url)
    wait_state(phone, "ready")
    phone.get_by_role("button", name="Đọc bài viết", exact=True).tap()
    wait_time(phone, "t > 0.3")
    shot(phone, "player-15-phone-320")
    assert_axe_clean(phone, "phone-320")
    phone.get_by_role("button", name="Tùy chọn").tap()
    phone.get_by_role("combobox", name="Giọng đọc").wait_for()
    targets = phone.evaluate(TARGETS)
    assert {"play", "Vị trí đọc", "Tốc độ đọc 1×", "Tùy chọn", "Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ",
            "dbv-v", "Tắt tiếng", "Âm lượng", "dbv-hl", "dbv-sc", "Tải MP3"} <= {t["name"] for t in targets}
    small = [t for t in targets if t["w"] < 24 or t["h"] < 24]
    off = [t for t in targets if t["left"] < 0 or t["right"] > 320]
    assert small == [] and off == [], (small, off)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling
    shot(phone, "player-15b-phone-320-options")
    assert_axe_clean(phone, "phone-320-options")
    assert phone.errors == []


MINI_COVERS = f"""() => {{ const bar = {BAR}(0).getBoundingClientRect(), h = innerHeight;
  const p = document.querySelector('.dbv-current'), range = [...CSS.highlights.get('dbv-sentence')][0];
  const r = (range || p).getBoundingClientRect();
  return {{top: {BAR}(0).classList.contains('top'),
           covers: Math.max(r.top, 0) < bar.bottom && Math.min(r.bottom, h) > bar.top
                   && r.bottom > 0 && r.top < h}} }}"""


def test_on_a_phone_the_mini_player_moves_off_the_text_being_read(phone, portal):
    phone.goto(portal.page("/tin/mini", ARTICLE))
    wait_state(phone, "ready")
    phone.get_by_role("button", name="Đọc bài viết", exact=True).tap()
    wait_time(phone, "t > 0.3")
    phone.evaluate("() => document.querySelectorAll('main p')[3].click()")  # a paragraph further down
    phone.wait_for_function("() => document.querySelectorAll('main p')[3].classList.contains('dbv-current')")
    # The reader scrolls until the paragraph being read is at the bottom edge, where the mini-player sits.
    phone.evaluate("() => scrollBy(0, document.querySelector('.dbv-current').getBoundingClientRect().top"
                   " - innerHeight + 30)")
    phone.wait_for_function(f"() => {BAR}(0).classList.contains('mini') && ({MINI_COVERS})().top")
    assert phone.evaluate(MINI_COVERS) == {"top": True, "covers": False}
    assert phone.evaluate("getComputedStyle(document.documentElement).scrollPaddingTop") == "64px"
    shot(phone, "player-14-mini-top")
    assert_axe_clean(phone, "mini-top")
    # Now it is at the top edge: the mini-player goes back to the bottom.
    phone.evaluate("() => scrollBy(0, document.querySelector('.dbv-current').getBoundingClientRect().top - 20)")
    phone.wait_for_function(f"() => !({MINI_COVERS})().top")
    assert phone.evaluate(MINI_COVERS)["covers"] is False


CAPTURE_MEDIA_SESSION = """window.__ms = {};
const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
navigator.mediaSession.setActionHandler = (action, handler) => {
  window.__ms[action] = handler; set(action, handler) };"""


def test_lock_screen_controls_drive_the_player(phone, live_server):
    """The lock screen and media keys call the Media Session handlers: each must move the player itself."""
    phone.add_init_script(CAPTURE_MEDIA_SESSION)
    phone.goto(live_server + "/")
    wait_state(phone, "ready")
    phone.get_by_role("button", name="Đọc bài viết", exact=True).tap()
    wait_time(phone, "t > 0.3")
    handlers = phone.evaluate("Object.keys(window.__ms)")
    assert {"play", "pause", "seekbackward", "seekforward", "previoustrack", "nexttrack", "seekto"} <= set(handlers)
    marks = phone.request.get(live_server + audio(phone)["src"].split(live_server)[1].replace(".mp3", ".json"))
    blocks = marks.json()["blocks"]
    phone.evaluate("() => window.__ms.pause({action: 'pause'})")
    wait_state(phone, "paused")
    phone.evaluate("() => window.__ms.play({action: 'play'})")
    wait_state(phone, "playing")
    phone.evaluate("() => window.__ms.seekto({action: 'seekto', seekTime: 40})")
    wait_time(phone, "t >= 40 && t < 43")
    phone.evaluate("() => window.__ms.seekforward({action: 'seekforward'})")
    wait_time(phone, "t >= 50 && t < 53")
    phone.evaluate("() => window.__ms.seekbackward({action: 'seekbackward'})")
    wait_time(phone, "t >= 40 && t < 43")
    at = next(b for b in reversed(blocks) if b["start"] <= audio(phone)["t"])
    after = blocks[blocks.index(at) + 1]
    phone.evaluate("() => window.__ms.nexttrack({action: 'nexttrack'})")
    wait_time(phone, f"t >= {after['start']} && t < {after['start']} + 3")
    phone.evaluate("() => window.__ms.previoustrack({action: 'previoustrack'})")  # at its start: the one before
    wait_time(phone, f"t >= {at['start']} && t < {after['start']}")
    title = phone.evaluate("() => navigator.mediaSession.metadata.title")
    assert title == demo_article()["title"]
    assert phone.errors == []
