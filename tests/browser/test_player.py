"""The player in real Chromium, as a reader meets it: keyboard only, screen-reader names, follow-along highlight,
no autoplay, no layout shift, axe-core clean in every state. Screenshots of each state go to test-artifacts/."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.browser.conftest import ARTIFACTS, shot
from tts_service.web.public import DEMO_ID

pytestmark = pytest.mark.browser

AUDIO = "(i => document.querySelectorAll('dbv-player')[i].shadowRoot.querySelector('audio'))"
BAR = "(i => document.querySelectorAll('dbv-player')[i].shadowRoot.querySelector('.bar'))"
DEEP_FOCUS = r"""() => { let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a ? (a.getAttribute('aria-label') || a.innerText.replace(/\s+/g, ' ').trim()) : null }"""
CLS_OBSERVER = """window.__shifts = [];
new PerformanceObserver(list => list.getEntries().forEach(e => window.__shifts.push(
  {value: e.value, input: e.hadRecentInput, at: e.startTime, sources: (e.sources || []).map(s =>
    [s.node ? (s.node.nodeName + ' ' + (s.node.textContent || '').slice(0, 30)) : '?',
     JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)])}))
).observe({type: 'layout-shift', buffered: true});"""


def audio(page, i: int = 0) -> dict:
    return page.evaluate(f"""() => {{ const a = {AUDIO}({i});
      return {{t: a.currentTime, paused: a.paused, rate: a.playbackRate, pitch: a.preservesPitch, src: a.src}} }}""")


def state(page, i: int = 0) -> str:
    return page.evaluate(f"() => {BAR}({i}).dataset.state")


def wait_state(page, wanted: str, i: int = 0) -> None:
    page.wait_for_function(f"() => {{ const h = document.querySelectorAll('dbv-player')[{i}];"
                           f" return h && h.shadowRoot.querySelector('.bar').dataset.state === '{wanted}' }}")


def wait_time(page, condition: str, i: int = 0) -> None:
    """Wait until the i-th player's currentTime ``t`` satisfies ``condition``; say where the audio is if not."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(f"() => {{ const t = {AUDIO}({i}).currentTime; return {condition} }}", timeout=10_000)
    except PlaywrightTimeout:
        where = page.evaluate(f"""() => {{ const a = {AUDIO}({i}); return {{t: a.currentTime, paused: a.paused,
          ready: a.readyState, network: a.networkState, ended: a.ended, error: a.error && a.error.message,
          rate: a.playbackRate, buffered: [...Array(a.buffered.length).keys()].map(k => [a.buffered.start(k),
          a.buffered.end(k)]), state: {BAR}({i}).dataset.state}} }}""")
        raise AssertionError(f"audio never reached {condition}: {where}") from None


def open_demo(page, base: str, path: str = "/") -> None:
    page.add_init_script(CLS_OBSERVER)
    page.goto(base + path)
    wait_state(page, "ready")


def blocks(page, base: str, article_id: str = DEMO_ID) -> list[dict]:
    info = page.request.get(f"{base}/api/v1/lookup?id={article_id}").json()
    return page.request.get(base + info["marks_url"]).json()["blocks"]


def press_tab_until(page, name: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(DEEP_FOCUS) == name:
            return
    raise AssertionError(f"Tab never reached {name!r}; focus is on {page.evaluate(DEEP_FOCUS)!r}")


def play(page, i: int = 0) -> None:
    """Press the i-th play button, wait until audio advances and the article's paragraphs are followed."""
    page.get_by_role("button", name="Đọc bài viết", exact=True).nth(i).click()
    wait_time(page, "t > 0.3", i)
    page.wait_for_function("() => document.querySelector('.dbv-para')")


def select_start_of(page, paragraphs: str, i: int, chars: int = 24) -> None:
    """Select the first ``chars`` characters of the i-th element matching ``paragraphs``, as a reader would."""
    page.evaluate(f"""() => {{ const t = document.querySelectorAll({json.dumps(paragraphs)})[{i}].firstChild;
      const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, {chars});
      getSelection().removeAllRanges(); getSelection().addRange(r) }}""")


def read_the_selection(page) -> None:
    """Press "Đọc đoạn đã chọn" and wait until the player says it is reading the selection."""
    page.get_by_role("button", name="Đọc đoạn đã chọn").click()
    page.get_by_role("status").filter(has_text="Đang đọc đoạn đã chọn").wait_for(state="attached")


def axe_violations(page_or_frame) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe  # axe-core 4.12, injected without network

    return Axe().run(page_or_frame).response["violations"]


def axe_report(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(str(n["target"]) for n in v["nodes"])
                     for v in violations)


def assert_axe_clean(page, state_name: str) -> None:
    """axe-core on the page in its current state; the violations are kept as test-artifacts/axe-<state>.json."""
    violations = axe_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{state_name}.json").write_text(json.dumps(violations, indent=1, ensure_ascii=False))
    assert violations == [], f"axe ({state_name}):\n{axe_report(violations)}"


def test_the_page_loads_with_a_vietnamese_play_button_and_never_autoplays(page, live_server):
    mp3_requests: list[str] = []
    page.on("request", lambda r: r.url.endswith(".mp3") and mp3_requests.append(r.url))
    open_demo(page, live_server)
    button = page.get_by_role("button", name="Đọc bài viết", exact=True)
    assert button.is_visible() and button.evaluate("b => b.closest('.bar').getRootNode().host.lang") == "vi"
    page.wait_for_timeout(1200)
    assert audio(page)["paused"] and audio(page)["t"] == 0 and mp3_requests == []
    assert "phút" in page.get_by_text("3 phút", exact=False).first.inner_text()
    shot(page, "player-1-idle")
    assert page.errors == []


def test_keyboard_only_walkthrough_plays_seeks_and_changes_speed(page, live_server):
    open_demo(page, live_server)
    press_tab_until(page, "Đọc bài viết")
    page.keyboard.press("Enter")
    wait_time(page, "t > 0.5")
    assert page.evaluate(DEEP_FOCUS) == "Đọc bài viết" and not audio(page)["paused"]
    assert page.get_by_role("button", name="Đọc bài viết", pressed=True).evaluate("e => e.matches(':focus')")
    page.get_by_role("status").filter(has_text="Đang đọc").wait_for(state="attached")

    press_tab_until(page, "Vị trí đọc")
    slider = page.get_by_role("slider", name="Vị trí đọc")
    before = audio(page)["t"]
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    wait_time(page, f"t >= {before} + 9.5")
    assert "giây" in slider.get_attribute("aria-valuetext")
    page.keyboard.press("ArrowLeft")
    wait_time(page, f"t >= {before} + 4 && t <= {before} + 8")

    press_tab_until(page, "Tốc độ đọc 1×")
    page.keyboard.press("Enter")  # the speed button steps to the next speed
    page.wait_for_function(f"() => {AUDIO}(0).playbackRate === 1.25")
    assert audio(page)["pitch"] is True
    t = audio(page)["t"]
    wait_time(page, f"t > {t} + 0.6")

    press_tab_until(page, "Đọc bài viết")
    page.keyboard.press("Space")
    toggle = page.get_by_role("button", name="Đọc bài viết", pressed=False)  # a toggle: same name, new state
    toggle.wait_for()
    assert toggle.evaluate("e => e.matches(':focus')")
    assert audio(page)["paused"]
    page.reload()
    wait_state(page, "ready")
    assert page.get_by_role("button", name="Tốc độ đọc 1,25×").is_visible()  # preference kept


def test_the_highlight_moves_to_paragraph_2_when_playback_reaches_it(page, live_server):
    open_demo(page, live_server)
    play(page)
    p1, p2 = page.locator(".news-content p").nth(0), page.locator(".news-content p").nth(1)
    marks = blocks(page, live_server)
    page.evaluate(f"() => {{ {AUDIO}(0).currentTime = {marks[2]['start'] - 2} }}")  # late in paragraph 1
    page.wait_for_function("() => document.querySelector('.news-content p').classList.contains('dbv-current')")
    page.wait_for_function("() => document.querySelectorAll('.news-content p')[1].classList.contains('dbv-current')")
    assert p2.get_attribute("aria-current") == "true" and "dbv-current" not in (p1.get_attribute("class") or "")
    outline = p2.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"  # not colour alone
    # espeak reads one sentence per segment, so the sentence being read is lit too: one range, inside paragraph 2.
    lit = "() => [...CSS.highlights.get('dbv-sentence')].map(r => r.toString())"
    page.wait_for_function(f"() => ({lit})().length === 1")
    (sentence,) = page.evaluate(lit)
    assert sentence.strip() and sentence.strip() in p2.inner_text(), sentence
    shot(page, "player-2-playing-highlight")


def test_the_sentence_highlight_follows_segments_that_end_a_sentence(page, live_server):
    """Paragraph 4: each run of segments that ends a sentence lights exactly the written sentence(s) it reads."""
    open_demo(page, live_server)
    play(page)
    info = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()
    segments = [s for s in page.request.get(live_server + info["marks_url"]).json()["segments"] if s["block"] == 4]
    paragraph = page.locator(".news-content p").nth(3).inner_text()
    starts = [segments[0]["start"]] + [
        b["start"] for a, b in itertools.pairwise(segments) if a["text"].rstrip().endswith(".")
    ]
    assert len(starts) >= 2, [s["text"] for s in segments]
    lit = "() => { const h = [...CSS.highlights.get('dbv-sentence')]; return h.length ? h[0].toString() : '' }"
    seen: list[str] = []
    for at in starts:
        page.evaluate(f"() => {{ {AUDIO}(0).currentTime = {at + 0.2} }}")
        page.wait_for_function(f"() => {{ const t = ({lit})(); return t && !{json.dumps(seen)}.includes(t) }}")
        text = page.evaluate(lit)
        assert text in paragraph and text.rstrip().endswith("."), text
        seen.append(text)
    assert seen[0].startswith("Phát huy kết quả"), "the first sentence lights first"
    assert "".join(seen).replace(" ", "") == paragraph.replace(" ", "").strip(), "together, the whole paragraph"
    shot(page, "player-2b-playing-sentence")


def test_clicking_paragraph_3_or_pressing_enter_on_paragraph_4_plays_from_there(page, live_server):
    open_demo(page, live_server)
    play(page)
    marks = blocks(page, live_server)
    page.locator(".news-content p").nth(2).click()
    wait_time(page, f"t >= {marks[3]['start']} && t < {marks[3]['start']} + 3")
    page.wait_for_function("() => document.querySelectorAll('.news-content p')[2].classList.contains('dbv-current')")
    page.locator(".news-content p").nth(3).focus()
    page.keyboard.press("Enter")
    wait_time(page, f"t >= {marks[4]['start']} && t < {marks[4]['start']} + 3")
    page.get_by_role("button", name="Đoạn trước").click()  # right after a paragraph starts: the one before
    wait_time(page, f"t >= {marks[3]['start']} && t < {marks[4]['start']}")
    page.get_by_role("button", name="Đoạn sau").click()
    wait_time(page, f"t >= {marks[4]['start']} && t < {marks[5]['start']}")


def test_axe_finds_no_violation_idle_playing_options_paused_and_ended(page, live_server):
    open_demo(page, live_server)
    assert_axe_clean(page, "idle")
    play(page)
    page.wait_for_function("() => document.querySelector('.dbv-current')")
    assert_axe_clean(page, "playing")
    page.get_by_role("button", name="Tùy chọn").click()
    assert page.get_by_role("checkbox", name="Tô sáng đoạn đang đọc").is_checked()
    assert page.get_by_role("link", name="Tải MP3").get_attribute("href").endswith(".mp3?download=1")
    shot(page, "player-3-options")
    assert_axe_clean(page, "options")
    page.keyboard.press("Escape")
    assert page.evaluate(DEEP_FOCUS) == "Tùy chọn"
    page.get_by_role("button", name="Đọc bài viết", pressed=True).click()
    wait_state(page, "paused")
    shot(page, "player-3b-paused")
    assert_axe_clean(page, "paused")
    page.evaluate(f"() => {{ const a = {AUDIO}(0); a.currentTime = a.duration - 0.4; a.play() }}")
    wait_state(page, "paused")  # an ended element is paused too: wait for the words
    page.get_by_role("status").filter(has_text="Đã đọc xong").wait_for(state="attached")
    shot(page, "player-3c-ended")
    assert_axe_clean(page, "ended")


@pytest.mark.parametrize(
    ("name", "reply", "message"),
    [
        ("error", {"status": 500, "json": {"error": {"code": "internal_error",
                                                     "message": "Lỗi máy chủ; vui lòng thử lại sau."}}}, "Lỗi máy chủ"),
        ("missing", {"status": 404, "json": {"error": {"code": "not_found", "message": "Trang này chưa có bản đọc."}}},
         "Bài này chưa có bản đọc"),
        ("offline", None, "Không kết nối được dịch vụ đọc bài."),
    ],
)
def test_error_states_say_what_happened_offer_retry_and_stay_axe_clean(page, live_server, name, reply, message):
    def fail(route):  # the browser sees a failing (or unreachable) service; everything else is real
        if reply is None:
            route.abort("connectionrefused")
        else:
            route.fulfill(status=reply["status"], json=reply["json"])

    page.route("**/api/v1/lookup*", fail)
    page.add_init_script(CLS_OBSERVER)
    page.goto(live_server + "/")
    wait_state(page, name)
    assert page.get_by_text(message).first.is_visible()
    retry = page.get_by_role("button", name="Thử lại")
    assert retry.is_visible() == (name != "missing")
    shot(page, f"player-4-{name}")
    assert_axe_clean(page, name)
    page.unroute("**/api/v1/lookup*")
    (retry if name != "missing" else page.get_by_role("button", name="Đọc bài viết", exact=True)).click()
    wait_time(page, "t > 0.3")  # the service is back: one press reads the article


def test_a_queued_narration_shows_progress_then_plays(page, live_server):
    replies = [{"status": "queued", "progress": {"done": 0, "total": 3}},
               {"status": "running", "progress": {"done": 2, "total": 3}}]

    def queued(route):
        if replies:
            body = replies.pop(0)
            route.fulfill(status=202, json={**body, "job_url": "/api/v1/lookup?id=" + DEMO_ID, "retry_after": 0.4})
        else:
            route.continue_()

    page.route("**/api/v1/lookup*", queued)
    page.goto(live_server + "/")
    wait_state(page, "loading")  # the page view saw "queued": it says so, and polls only once the reader asks
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    page.get_by_text("2/3", exact=True).wait_for()
    assert page.get_by_text("Đang chuẩn bị âm thanh…", exact=True).first.is_visible()
    assert page.get_by_role("progressbar").get_attribute("value") == "2"
    shot(page, "player-5-preparing")
    assert_axe_clean(page, "preparing")
    wait_time(page, "t > 0.3")
    assert replies == []


@pytest.mark.parametrize("shape", ["lookup-202", "job-document"])
def test_first_audio_plays_per_paragraph_parts_then_the_whole_mp3_from_the_same_place(page, live_server, app, shape):
    """While the whole MP3 is being made the service may list finished paragraphs as ``parts``: the player starts
    on the first one, goes on to the next when it is listed, and moves to the whole MP3 at the same place.

    Two shapes: a 202 with ``status_url`` and ``parts: [{index, url, start_ms, end_ms}]``, and issue #6's job
    document (200, ``status: running``, ``job_url``, ``parts: [{block, url, duration}]``). The job JSON is stubbed;
    every MP3 is real (each part is its paragraph narrated on its own)."""
    from tts_service.models import Article, Block

    info = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()
    marks = page.request.get(live_server + info["marks_url"]).json()["blocks"]
    parts = []
    for b in marks[:2]:
        paragraph = Article("", [Block("paragraph", b["text"])])
        asset, _ = app.extensions["narrator"].narrate(paragraph, f"part-{b['index']}")
        url = f"/audio/{asset.key}.mp3"
        parts.append({"index": b["index"], "url": url, "start_ms": round(b["start"] * 1000),
                      "end_ms": round(b["end"] * 1000)} if shape == "lookup-202"
                     else {"block": b["index"], "url": url, "duration": asset.duration_s})
    link = "status_url" if shape == "lookup-202" else "job_url"
    job = {"status": "running", "progress": {"done": 6, "total": 40}, "parts": parts[:1]}

    def job_doc(route):
        done = job["status"] == "done"
        route.fulfill(status=200 if done or shape == "job-document" else 202,
                      json={**job, link: "/api/v1/jobs/j1", "retry_after": 0.3})

    page.route("**/api/v1/lookup*", lambda route: route.fulfill(
        status=202, json={"status": "queued", link: "/api/v1/jobs/j1", "retry_after": 0.3}))
    page.route("**/api/v1/jobs/j1", job_doc)
    page.add_init_script(CLS_OBSERVER)
    page.goto(live_server + "/")
    wait_state(page, "loading")
    assert audio(page)["paused"]  # nothing plays before the press
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    page.wait_for_function(f"() => {AUDIO}(0).src.endsWith({json.dumps(parts[0]['url'])})")
    wait_time(page, "t > 0.3")
    wait_state(page, "playing")
    shot(page, f"player-5b-first-audio-{shape}")
    assert_axe_clean(page, f"first-audio-{shape}")
    page.evaluate(f"() => {{ const a = {AUDIO}(0); a.currentTime = a.duration - 0.3 }}")
    wait_state(page, "loading")  # part 1 ended, part 2 is not listed yet: it says it is preparing, and waits
    page.get_by_text("Đang chuẩn bị âm thanh…").first.wait_for()  # the state line, and the live region while it speaks
    job["parts"] = parts
    page.wait_for_function(f"() => {AUDIO}(0).src.endsWith({json.dumps(parts[1]['url'])})")
    wait_time(page, "t > 1")
    job.update(info, progress={"done": 40, "total": 40}, status="done")
    page.wait_for_function(f"() => {AUDIO}(0).src.endsWith({json.dumps(info['audio_url'])})")
    wait_time(page, f"t > {marks[1]['start'] + 1} && t < {marks[2]['start']}")  # the same place, in the whole MP3
    wait_state(page, "playing")
    page.wait_for_function("() => document.querySelector('.news-content p').classList.contains('dbv-current')")
    assert page.evaluate("() => window.__shifts.reduce((s, e) => s + e.value, 0)") == 0
    assert page.errors == []


def test_a_reader_who_paused_a_part_stays_paused_when_the_whole_mp3_arrives(page, live_server):
    info = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()
    job = {"status": "running", "job_url": "/api/v1/jobs/j3", "retry_after": 0.3,
           "parts": [{"index": 0, "url": info["audio_url"] + "?part=0", "start_ms": 0, "end_ms": 5000}]}
    page.route("**/api/v1/lookup*", lambda route: route.fulfill(status=202, json=job))
    page.route("**/api/v1/jobs/j3", lambda route: route.fulfill(status=200, json=job))
    page.goto(live_server + "/")
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    wait_time(page, "t > 1")
    page.get_by_role("button", name="Đọc bài viết", pressed=True).click()
    at = audio(page)["t"]
    job.update(info, status="done")
    page.wait_for_function(f"() => {AUDIO}(0).src.endsWith({json.dumps(info['audio_url'])}) && "
                           f"{BAR}(0).dataset.state === 'ready'")
    page.wait_for_timeout(500)
    assert audio(page)["paused"]
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    wait_time(page, f"t > {at} && t < {at} + 3")  # from where the reader paused, in the whole MP3


def test_a_job_that_fails_while_its_parts_play_stops_them_and_offers_retry(page, live_server):
    info = page.request.get(f"{live_server}/api/v1/lookup?id={DEMO_ID}").json()
    job = {"status": "running", "job_url": "/api/v1/jobs/j2", "retry_after": 0.3,
           "parts": [{"block": 0, "url": info["audio_url"], "duration": 5}]}  # any real MP3 will do as a part
    page.route("**/api/v1/lookup*", lambda route: route.fulfill(status=202, json=job))
    page.route("**/api/v1/jobs/j2", lambda route: route.fulfill(status=200, json=job))
    page.goto(live_server + "/")
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    wait_time(page, "t > 0.3")
    job.update(status="failed", error={"code": "engine_unavailable", "message": "gtts: HTTP 503 (sau 4 lần thử)"})
    wait_state(page, "error")
    page.get_by_text("Lỗi máy chủ, chưa phát được bài này.").first.wait_for()  # the reader's words, not the log
    assert page.get_by_text("HTTP 503").count() == 0
    assert audio(page)["paused"] and page.get_by_role("button", name="Thử lại").is_visible()


def test_no_layout_shift_while_loading_playing_seeking_and_scrolling(page, live_server):
    open_demo(page, live_server)
    play(page)
    page.get_by_role("button", name="Đoạn sau").click()
    page.get_by_role("button", name="Tùy chọn").click()
    page.keyboard.press("Escape")
    page.mouse.wheel(0, 1200)
    page.wait_for_function(f"() => {BAR}(0).classList.contains('mini')")
    page.mouse.wheel(0, -1200)
    page.wait_for_timeout(300)
    shifts = page.evaluate("window.__shifts")
    assert sum(s["value"] for s in shifts) == 0, json.dumps(shifts, indent=1)


def test_the_sticky_mini_player_never_covers_the_focused_element(page, live_server):
    open_demo(page, live_server)
    play(page)
    page.mouse.wheel(0, 700)
    page.wait_for_function(f"() => {BAR}(0).classList.contains('mini')")
    shot(page, "player-6-mini")
    assert_axe_clean(page, "mini")
    # Put paragraph 5 right under the mini-player, then focus it (it is focusable while the player is active).
    page.evaluate("""() => { const p = document.querySelectorAll('.news-content p')[4];
      window.scrollBy(0, p.getBoundingClientRect().bottom - innerHeight + 10); p.focus() }""")
    page.wait_for_timeout(300)
    covered = page.evaluate(f"""() => {{ const r = document.activeElement.getBoundingClientRect();
      return r.bottom > {BAR}(0).getBoundingClientRect().top }}""")
    assert not covered


def test_a_selected_passage_is_read_through_the_service(page, live_server):
    open_demo(page, live_server)
    select_start_of(page, ".news-content p", 1)
    button = page.get_by_role("button", name="Đọc đoạn đã chọn")
    button.wait_for()
    shot(page, "player-7-selection")
    assert_axe_clean(page, "selection")
    button.click()
    page.wait_for_function(f"() => !{AUDIO}(0).paused && {AUDIO}(0).currentTime > 0.2")
    assert "/audio/" in audio(page)["src"]
    page.get_by_role("status").filter(has_text="Đang đọc đoạn đã chọn").wait_for(state="attached")
    page.wait_for_function(f"() => {AUDIO}(0).ended", timeout=20_000)
    page.get_by_role("status").filter(has_text="Đã đọc xong đoạn đã chọn").wait_for(state="attached")
    assert page.errors == []


def test_the_resume_position_is_kept_per_article(page, live_server):
    open_demo(page, live_server)
    play(page)
    page.evaluate(f"() => {{ {AUDIO}(0).currentTime = 61 }}")
    wait_time(page, "t > 61.2")
    page.get_by_role("button", name="Đọc bài viết", pressed=True).click()
    page.reload()
    wait_state(page, "ready")
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()
    wait_time(page, "t > 60.5")
    page.get_by_role("status").filter(has_text="Đọc tiếp từ 1 phút").wait_for(state="attached")


def test_the_iframe_player_plays_shows_the_paragraph_and_is_axe_clean(page, live_server):
    page.goto(live_server + "/healthz")  # the host page has an allowed site's origin (frame-ancestors lists them)
    page.set_content(f'<main><h1>Bài viết</h1><iframe title="Đọc bài viết" style="width:100%;height:140px;border:0"'
                     f' src="{live_server}/embed?id={DEMO_ID}"></iframe></main>')
    frame = page.frame_locator("iframe")
    frame.get_by_role("button", name="Đọc bài viết", exact=True).click()
    inner = page.frames[1]
    inner.wait_for_function(f"() => {AUDIO}(0).currentTime > 0.3")
    inner.wait_for_function("() => document.querySelector('dbv-player').shadowRoot.querySelector('.cap')"
                            ".textContent.length > 10")
    shot(page, "player-8-iframe")
    violations = axe_violations(inner)
    assert violations == [], axe_report(violations)


def test_two_players_on_one_page_play_one_at_a_time_and_follow_their_own_article(page, live_server):
    open_demo(page, live_server, "/demo/hai-bai")
    wait_state(page, "ready", 1)
    play(page, 0)
    page.get_by_role("button", name="Đọc bài viết", pressed=False).click()  # the second one (the first is pressed)
    wait_time(page, "t > 0.3", 1)
    assert audio(page, 0)["paused"] and not audio(page, 1)["paused"]
    page.wait_for_function("() => document.querySelector('#bai-2 .dbv-current')")
    assert page.locator("#bai-2 .dbv-current").count() == 1  # each player lights only its own article
    shot(page, "player-9-two-players")
    assert_axe_clean(page, "two-players")
    shifts = page.evaluate("window.__shifts")
    assert sum(s["value"] for s in shifts) == 0, json.dumps(shifts, indent=1)
