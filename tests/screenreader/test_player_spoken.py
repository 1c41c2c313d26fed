"""The player as a blind reader hears it: Orca (in Vietnamese, as Debian ships it) reads Chromium, keyboard only.

Every assertion is on a phrase Orca itself spoke (its ``SPEECH OUTPUT`` lines), never on the page's DOM. Orca 43's
Vietnamese mixes languages ("Đọc bài viết nút bật/tắt not pressed", "Vị trí đọc horizontal slider 4 giây"):
the substrings below are exactly what it says. Ground truth that is not spoken (paragraph start times) comes from
the service's own API. Tests share one browser, so each ends with nothing playing and no saved position.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.conftest import API_KEY
from tests.screenreader.conftest import ARTIFACTS, FAILING_TEXT
from tests.screenreader.stack import ScreenReader
from tts_service.web.public import DEMO_ID, demo_article

PLAY_IDLE = "Đọc bài viết nút bật/tắt not pressed"
PLAY_ON = "Đọc bài viết nút bật/tắt pressed"
SPEED = "Tốc độ đọc 1× nút bấm"
# Playing starts with "Đang đọc", or "Đọc tiếp từ …" where a failed test before left the article half-read.
PLAYING = ("Đang đọc", "Đọc tiếp từ")
HINT = "Nhấn Enter để đọc từ đoạn này"
# Two regressions as a careless edit of widget.js would make them: the play toggle's name gone (an icon-only
# button), the live region gone (the player's state changes silently).
UNLABELED_PLAY = ('el("span", { "class": "t", text: T.play })', 'el("span", { "class": "t" })')
NO_LIVE_REGION = ('role: "status", "aria-live": "polite"', 'role: "none"')
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def seconds(spoken: str) -> int:
    """The last time Orca said: ``"Vị trí đọc horizontal slider 1 phút 4 giây."`` → 64."""
    found = re.findall(r"(?:(\d+) giờ ?)?(?:(\d+) phút ?)?(?:(\d+) giây)?(?=\s*(?:[.,|]|$))", spoken)
    h, m, s = next((x for x in reversed(found) if any(x)), ("", "", ""))
    if not (h or m or s):
        raise AssertionError(f"no time in {spoken!r}")
    return int(h or 0) * 3600 + int(m or 0) * 60 + int(s or 0)


def to_player(sr: ScreenReader, limit: int = 12, heading: bool = False) -> str:
    """Tab to the player's play toggle (after Orca's "h", next heading, to skip the portal's menu); what Orca said
    on arriving there."""
    if heading:
        sr.press("h", hear="tiêu đề cấp 1")
    for _ in range(limit):
        said = sr.press("Tab")
        if "nút bật/tắt" in said:  # a toggle: the first one is the play toggle, whatever its name
            # Orca in browse mode may first read the whole row of controls as a line and only then announce the
            # focus ("Trình phát: … Đọc bài viết nút bật/tắt"): keep listening until it is quiet, so that late
            # announcement belongs to this step and not to the next key's.
            return said + " | " + sr.hear(quiet=0.6, silence=0.8)
    raise AssertionError(f"{limit} Tabs never reached the play button")


def tab_through(sr: ScreenReader, key: str, phrases: list[str]) -> None:
    """Press ``key`` once per phrase; Orca must say each phrase on its press, in this order."""
    for phrase in phrases:
        sr.press(key, hear=phrase)


def push_article(app, article_id: str, title: str, text: str, url: str) -> None:  # type: ignore[no-untyped-def]
    """The CMS pushes an article; like any long one it is narrated by a job (202)."""
    reply = app.test_client().post("/api/v1/articles", headers=AUTH,
                                   json={"id": article_id, "url": url, "title": title, "text": text})
    assert reply.status_code in (200, 202), reply.json


def wait_status(app, article_id: str, wanted: str, timeout: float = 20.0) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        doc = app.test_client().get(f"/api/v1/lookup?id={article_id}").json
        if doc.get("status") == wanted:
            return doc
        time.sleep(0.1)
    raise AssertionError(f"{article_id} never became {wanted}: {doc}")


def finish(sr: ScreenReader, from_play: int = 3, paused: bool = False) -> None:
    """From the play toggle (focused, ``from_play`` Tabs before the slider) play to the end: no saved position."""
    sr.press(*["Tab"] * from_play, hear=["Vị trí đọc", "Focus mode"], quiet=0.15)  # arrows now go to the slider
    # Orca 43 stays silent when a slider's value equals the last value it spoke, on any slider (End here after an
    # End in the previous test): Right first makes End a change.
    sr.press("Right", quiet=0.15)
    if not paused:
        sr.press("End", hear="Đã đọc xong", quiet=0.15)
        return
    sr.press("End", hear="giây", quiet=0.15)
    sr.press(*["shift+Tab"] * from_play, hear=PLAY_IDLE, quiet=0.15)
    sr.press("Return", hear="Đã đọc xong", quiet=0.15)


def test_every_control_says_its_name_role_and_state_idle_then_playing(screen_reader, live_server):
    sr = screen_reader
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    said = to_player(sr, heading=True)
    assert f"Trình phát: {demo_article()['title']}" in said  # the group says which article it reads
    assert PLAY_IDLE in said
    # Idle: nothing to seek yet, so the seek controls are out of the Tab order.
    tab_through(sr, "Tab", [SPEED, "Tùy chọn đã co lại nút bấm"])
    tab_through(sr, "shift+Tab", ["Tốc độ đọc", PLAY_IDLE])

    said = sr.press("Return", hear=["pressed", "Đang đọc"])  # Orca says the new state of the focused toggle
    assert "not pressed" not in said
    tab_through(sr, "Tab", ["Đoạn trước nút bấm", "Lùi 10 giây nút bấm", "Vị trí đọc horizontal slider",
                            "Tới 10 giây nút bấm", "Đoạn sau nút bấm", SPEED,
                            "Tùy chọn đã co lại nút bấm"])
    sr.press(*["shift+Tab"] * 7, hear=PLAY_ON)
    sr.press("Return", hear=["not pressed", "Đã tạm dừng"])
    finish(sr, paused=True)


def test_speed_volume_and_the_options_menu_say_their_values(screen_reader, live_server):
    sr = screen_reader
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    to_player(sr, heading=True)
    sr.press("Tab", hear=SPEED)
    sr.press("Return", hear="Tốc độ đọc 1,25×")  # each press steps to the next speed and says it
    sr.press("space", hear="Tốc độ đọc 1,5×")
    sr.press("Return", "Return", "Return", "Return", hear="Tốc độ đọc 1×")  # 1,75 · 2 · 0,75 · 1
    sr.press("shift+Tab", "Tab", hear=SPEED)  # its name says the speed too
    sr.press("Tab", hear="Tùy chọn đã co lại nút bấm")
    sr.press("Return", hear="đã giãn ra")
    said = sr.press("Tab", hear="Giọng đọc hộp kết hợp")  # the voices the site offers
    assert "Tùy chọn" in said  # entering the options group names it
    sr.press("Tab", hear="Tắt tiếng nút bật/tắt not pressed")
    sr.press("Return", hear="pressed")
    sr.press("Return", hear="not pressed")
    sr.press("Tab", hear="Âm lượng horizontal slider 100 phần trăm")
    sr.press("Left", hear="95 phần trăm")
    sr.press("Right", hear="100 phần trăm")
    tab_through(sr, "Tab", ["Tô sáng đoạn đang đọc hộp chọn checked",
                            "Tự cuộn theo đoạn đang đọc hộp chọn not checked", "Tải"])
    sr.press("Escape", hear="Tùy chọn đã co lại nút bấm")  # the menu closes and focus returns to its button


def test_the_slider_speaks_the_time_and_the_paragraph_buttons_move_it(screen_reader, live_server, app):
    sr = screen_reader
    info = wait_status(app, DEMO_ID, "ready", timeout=60)  # narrated as the group started
    blocks, duration = app.test_client().get(info["marks_url"]).json["blocks"], info["duration"]
    first, second = blocks[0]["start"], blocks[1]["start"]
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    to_player(sr, heading=True)
    sr.press("Return", hear="Đang đọc")
    at = seconds(sr.press("Tab", "Tab", "Tab", hear="Vị trí đọc horizontal slider"))
    assert at < 10
    assert seconds(sr.press("Right", hear="giây")) == pytest.approx(at + 5, abs=2)
    assert seconds(sr.press("Page_Up", hear="giây")) == pytest.approx(at + 35, abs=3)
    assert seconds(sr.press("Home", hear="giây")) == 0
    # "Đoạn sau" jumps to the next paragraph: the slider then speaks that paragraph's start time.
    sr.press("Tab", "Tab", hear="Đoạn sau nút bấm")
    jumped = time.monotonic()
    sr.press("Return", silence=0.3)  # Orca says nothing: the slider will
    assert seconds(sr.press("shift+Tab", "shift+Tab", hear="Vị trí đọc")) == pytest.approx(second, abs=3)
    # "Đoạn trước" goes to the previous paragraph within 2 s of a paragraph's start, else to its start.
    sr.press("shift+Tab", "shift+Tab", hear="Đoạn trước nút bấm")
    into = time.monotonic() - jumped  # at most this far into the paragraph (playing starts after the seek)
    sr.press("Return", silence=0.3)
    back = seconds(sr.press("Tab", "Tab", hear="Vị trí đọc"))
    expected = [first] if into < 1.8 else [first, second]
    assert any(back == pytest.approx(t, abs=1) for t in expected), (back, into, expected)
    # End: the slider says the whole length, then the player says it has finished.
    said = sr.press("End", hear="Đã đọc xong")
    assert seconds(said.split("Đã đọc xong")[0]) == pytest.approx(duration, abs=1.5)


def test_paused_and_reopened_it_says_it_goes_on_from_where_it_stopped(screen_reader, live_server):
    sr = screen_reader
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    to_player(sr, heading=True)
    sr.press("Return", hear=PLAYING)
    sr.press("Tab", "Tab", "Tab", hear="Vị trí đọc")
    sr.press("Page_Up", "Page_Up", hear="1 phút")
    sr.press("shift+Tab", "shift+Tab", "shift+Tab", hear=PLAY_ON)
    sr.press("Return", hear="Đã tạm dừng")
    sr.reload("Hội nghị trực báo quý III")
    assert PLAY_IDLE in to_player(sr, heading=True)
    said = sr.press("Return", hear=["pressed", "Đọc tiếp từ 1 phút"])
    finish(sr)
    assert "Đang đọc" not in said  # the resume note replaces the plain one


def test_a_cold_cache_says_it_is_preparing_then_plays(screen_reader, live_server, app, remote_gate):
    sr = screen_reader
    title = "Phường Thuận Hòa ra mắt mô hình dân vận khéo"
    push_article(app, "cham-1", title, "Sáng nay, phường Thuận Hòa ra mắt mô hình mới.\n\nNgười dân hưởng ứng.",
                 "https://cham.example/tin/dan-van-kheo")
    try:
        sr.open(f"{live_server}/embed?id=cham-1", title)
        assert PLAY_IDLE in to_player(sr)
        said = sr.press("Return", hear="Đang chuẩn bị âm thanh…")
        assert "Đang đọc" not in said  # the remote voice has not answered yet
    finally:
        remote_gate.open.set()  # whatever happened, the job worker is not left waiting for the next tests
    sr.hear("Đang đọc", timeout=20, step="(the remote voice answers)")
    sr.press("Return", hear="Đã tạm dừng")


def test_a_failed_narration_says_why_and_its_retry_button_tries_again(screen_reader, live_server, app):
    sr = screen_reader
    title = "Thông báo lịch cắt điện"
    push_article(app, "loi-1", title, f"{FAILING_TEXT}. Lịch cắt điện tuần này.", "https://loi.example/tin/cat-dien")
    assert "gtts" in wait_status(app, "loi-1", "failed")["error"]["message"]  # the engines' log, for admins
    sr.open(f"{live_server}/embed?id=loi-1", title)
    to_player(sr)
    said = sr.press("Return", hear="Lỗi máy chủ, chưa phát được bài này.")
    assert "gtts" not in said and "HTTP" not in said  # a reader hears what happened, not the engines' log
    sr.press("Tab", hear="Thử lại nút bấm")
    # Retrying hides the button: focus goes to the toggle, and the answer (the same failure) is said again.
    sr.press("Return", hear=[PLAY_IDLE, "Lỗi máy chủ, chưa phát được bài này."])


def test_offline_it_says_so_and_retry_plays_once_the_service_is_back(screen_reader, app, second_server):
    sr = screen_reader
    url = "https://phuong.example/tin/hop-dan"
    sr.open(f"{second_server.url}/embed?url={url}", "Đọc bài viết")  # no narration yet for this page
    second_server.stop()
    sr.note("(the service goes down)")
    to_player(sr)
    sr.press("Return", hear="Không kết nối được dịch vụ đọc bài.")
    push_article(app, "hop-dan", "Họp dân khu vực 3", "Tối nay họp dân tại nhà văn hóa khu vực 3. Mời đại diện "
                 "các hộ gia đình đến dự đúng giờ.\n\nNội dung: lấy ý kiến về việc chỉnh trang đường kiệt.", url)
    wait_status(app, "hop-dan", "ready")
    second_server.start()
    sr.note("(the service is back, the article narrated)")
    sr.press("Tab", hear="Thử lại nút bấm")
    # The retry button is hidden once pressed: focus goes to the toggle, whose state Orca then speaks ("pressed"
    # is said only of the focused object; Orca may or may not announce the focus move itself).
    sr.press("Return", hear=["pressed", "Đang đọc"])
    sr.press("Return", hear="Đã tạm dừng")


def test_once_scrolled_the_mini_player_is_still_reached_and_spoken(screen_reader, live_server):
    sr = screen_reader
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    to_player(sr, heading=True)
    sr.press("Return", hear=PLAYING)
    # On past the player's seven controls to the article's last paragraph (paragraphs say Enter plays from them):
    # the page has scrolled, the player rides along at the bottom (the screenshot shows it; Orca cannot).
    paragraphs = len(demo_article()["paragraphs"])
    sr.press(*["Tab"] * (7 + paragraphs), hear=HINT)
    sr.screenshot(ARTIFACTS / "screenreader-mini-player.png")
    sr.press(*["shift+Tab"] * paragraphs, hear="Tùy chọn đã co lại nút bấm")
    sr.press(*["shift+Tab"] * 7, hear=PLAY_ON)
    sr.press("Return", hear="Đã tạm dừng")
    finish(sr, paused=True)


def test_a_passage_selected_by_keyboard_is_read_through_the_next_tab(screen_reader, live_server):
    sr = screen_reader
    sr.open(live_server + "/", "Hội nghị trực báo quý III")
    for _ in range(8):  # Orca's "p": next paragraph, until the article's first one
        if "Chiều 08/10/2021" in sr.press("p"):
            break
    else:
        raise AssertionError("'p' never reached the article's first paragraph")
    sr.press("Insert+a", hear="Focus mode")  # Orca passes arrows to Chromium's caret: Shift selects
    # The button is placed 200 ms after the selection settles; on a loaded machine a Tab pressed at once could
    # reach the next link first. A reader pauses after selecting: a second of Orca's silence stands for that.
    sr.press("ctrl+shift+Right", "ctrl+shift+Right", "ctrl+shift+Right", hear="được chọn", quiet=1.0)
    sr.press("Tab", hear="Đọc đoạn đã chọn nút bấm")  # the button comes right after the selection
    sr.press("Return", hear="Đang đọc đoạn đã chọn")  # "Đang chuẩn bị…" too, when making it takes a while
    sr.hear("Đã đọc xong đoạn đã chọn", timeout=15, step="(the passage ends)")
    sr.press("KP_Enter", hear="Đọc đoạn đã chọn nút bấm")  # Orca's "where am I": focus stayed on the button


def test_the_iframe_player_on_another_site_is_spoken_like_the_script_one(screen_reader, live_server, portal):
    sr = screen_reader
    sr.open(portal, "Cổng thông tin phường")
    sr.press("Tab", hear="cổng của phường liên kết")
    # Orca 43 often says nothing when Tab moves focus into an iframe (its web script may update the focus silently
    # when the document changes; a plain iframe does it too): the next control is spoken, and so is the way back.
    sr.press("Tab", quiet=0.2, silence=0.5)
    sr.press("Tab", hear="Tốc độ đọc")
    sr.press("shift+Tab", hear=PLAY_IDLE)
    sr.press("Return", hear=["pressed", PLAYING])
    sr.press("Return", hear="Đã tạm dừng")  # a second in: nothing to resume from (that takes 5 s)


def test_with_two_players_on_a_page_each_says_which_article_it_reads(screen_reader, live_server):
    from tts_service.web.widget import TWO_ARTICLES

    first, second = TWO_ARTICLES[0][1], TWO_ARTICLES[1][1]
    sr = screen_reader
    sr.open(live_server + "/demo/hai-bai", "Hai trình phát")
    said = to_player(sr)
    assert f"Trình phát: {first}" in said
    said = sr.press("Tab", "Tab", "Tab", hear=PLAY_IDLE)
    assert f"Trình phát: {second}" in said
    sr.press("Return", hear=["pressed", f"Đang đọc: {second}"])
    sr.press("shift+Tab", "shift+Tab", "shift+Tab", hear=PLAY_IDLE)
    said = sr.press("Return", hear=["pressed", f"Đang đọc: {first}"])
    assert f"Đã tạm dừng: {second}" in said or "Đã tạm dừng" not in said  # if the other one speaks, it names itself
    sr.press("Return", hear=f"Đã tạm dừng: {first}")


def test_a_player_broken_on_purpose_is_heard_broken_and_fails_these_checks(screen_reader, regressed_server):
    """The group can fail: the demo served with the play toggle's name and the live region removed. Orca reaches a
    nameless toggle and says nothing of playing, so the checks the tests above make fail on what it says."""
    sr = screen_reader
    sr.open(regressed_server([UNLABELED_PLAY, NO_LIVE_REGION]) + "/", "Hội nghị trực báo quý III")
    said = to_player(sr, heading=True)
    assert "nút bật/tắt not pressed" in said  # Orca is on the toggle: its role and state...
    assert PLAY_IDLE not in said  # ...but no name: the first test's check on arriving fails
    with pytest.raises(AssertionError, match=r"never said \['Đang đọc'\]"):  # "pressed" said, "Đang đọc" never
        sr.press("Return", hear=["pressed", "Đang đọc"], timeout=3)  # the first test's check on pressing
    sr.press("Return", hear="not pressed")
