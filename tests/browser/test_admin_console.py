"""The admin console in real Chromium: signing in (keyboard only), pre-generating a 30-page local sitemap with
the progress bar reaching 100 % (stopped and resumed on the way), fixing a word and hearing the preview,
reading an article again and deleting it, revoking a key; axe-core finds nothing on any page. Screenshots of
every page go to test-artifacts/admin-*.png.

One app, one HTTP server and one browser for the module; a fresh browser context per test."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

import pytest
from flask import Flask

from tests.browser.conftest import ARTIFACTS, shot
from tests.test_cache_support import AUTH, KEY, http_server, serving
from tests.test_pregenerate import Site
from tts_service import create_app

pytestmark = pytest.mark.browser

ADMIN = ("quantri", "mat-khau-quan-tri-1")
#: Articles on 127.0.0.1 are fetched only because this test configuration allows it explicitly.
LOCAL_FETCH = {"allowed_hosts": ("127.0.0.1",), "allow_private_fetch": True}


@pytest.fixture(scope="module")
def console_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("TTS_") and k != "TTS_REQUIRE_BROWSER"}
    try:
        app = create_app({"data_dir": tmp_path_factory.mktemp("admin") / "var", "api_keys": [KEY], **LOCAL_FETCH})
    finally:
        os.environ.update(saved)
    import tts_service.accounts as accounts

    cost, accounts.HASH_METHOD = accounts.HASH_METHOD, "scrypt:1024:8:1"  # cheap in tests, same code path
    app.extensions["users"].create(*ADMIN, role="admin")
    yield app
    accounts.HASH_METHOD = cost
    app.extensions["jobs"].stop()


@pytest.fixture(scope="module")
def server(console_app: Flask, browser: object) -> Iterator[str]:
    with serving(console_app) as base:
        yield base


@pytest.fixture(scope="module")
def news_site() -> Iterator[tuple[Site, str]]:
    """A 30-article news site with a sitemap, on another port of 127.0.0.1."""
    site = Site(30)
    with http_server(site.handler()) as base:
        site.base = base
        yield site, base


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900}, base_url=server)
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    # A form sent back with its errors is answered 400/401 on purpose; Chromium logs that status as an error.
    pg.on("console", lambda m: m.type == "error" and not m.text.startswith("Failed to load resource: the server "
                                                                          "responded with a status of 40")
          and pg.errors.append(m.text))
    pg.on("dialog", lambda dialog: dialog.accept())  # "Xoá bài này?", "Thu hồi khoá …?"
    yield pg
    context.close()


def axe_clean(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """axe-core on the page as it is now: no violations (kept as test-artifacts/axe-admin-<name>.json), and a
    screenshot test-artifacts/admin-<name>.png."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-admin-{name}.json").write_text(json.dumps(violations, indent=1, ensure_ascii=False))
    shot(page, f"admin-{name}")
    summary = "\n".join(f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:4]}" for v in violations)
    assert violations == [], f"axe on {name}:\n{summary}"


def focused(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate("() => { const a = document.activeElement;"
                         " return (a.id || a.getAttribute('name') || a.innerText || a.tagName).trim() }")


def tab_to(page, name: str, limit: int = 40) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until ``name`` (an id, a field name or a button's text) has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == name:
            return
    raise AssertionError(f"Tab never reached {name!r}; the focus is on {focused(page)!r}")


def sign_in(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/admin/dang-nhap")
    page.get_by_label("Tên đăng nhập").fill(ADMIN[0])
    page.get_by_label("Mật khẩu").fill(ADMIN[1])
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/admin/tong-quan")


def test_sign_in_with_the_keyboard_alone(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/admin/bai-viet")
    assert "/admin/dang-nhap" in page.url
    axe_clean(page, "01-sign-in")
    page.keyboard.press("Tab")
    assert focused(page) == "Bỏ qua, đến nội dung chính"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused(page) == "name"
    page.keyboard.type(ADMIN[0])
    page.keyboard.press("Tab")
    assert focused(page) == "password"
    page.keyboard.type("sai-mat-khau-roi")
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    page.wait_for_function("() => document.activeElement.matches('.error-summary')")  # focused by the page's script
    assert focused(page) == "Có 1 lỗi cần sửa\nTên đăng nhập hoặc mật khẩu không đúng."  # the summary has the focus
    axe_clean(page, "02-sign-in-error")
    page.keyboard.press("Tab")  # from the summary, straight back into the form
    assert focused(page) == "name"
    assert page.locator("#name").input_value() == ADMIN[0]  # the name was kept, the password was not
    page.keyboard.press("Tab")
    assert focused(page) == "password"
    page.keyboard.type(ADMIN[1])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"^http://[^/]+/admin/bai-viet$"))  # back to the page first asked for
    assert page.get_by_role("heading", level=1).inner_text() == "Bài viết"
    assert page.errors == []


def test_pregenerate_a_30_page_sitemap_with_live_progress_stop_and_resume(page, news_site, console_app) -> None:  # type: ignore[no-untyped-def]
    _site, base = news_site
    sign_in(page)
    axe_clean(page, "03-dashboard-empty")
    page.get_by_role("link", name="Tạo trước").click()
    axe_clean(page, "04-pregen-form")
    page.get_by_label("Sitemap hoặc nguồn tin RSS/Atom (địa chỉ)").check()
    page.get_by_label("Địa chỉ sitemap hoặc RSS/Atom").fill(f"{base}/sitemap.xml")
    page.get_by_label("Tốc độ tải trang (trang mỗi giây)").fill("50")
    page.get_by_role("button", name="Ước tính").click()
    page.wait_for_url(re.compile(r".*/admin/tao-truoc/[0-9a-f]{32}$"))
    page.evaluate("() => { window.__sameDocument = true }")  # gone if the page reloads
    page.wait_for_function("() => document.querySelector('#run-progress').value === 100", timeout=60_000)
    assert page.evaluate("() => window.__sameDocument") is True  # the bar moved without a reload
    assert page.locator("[data-field='total']").inner_text() == "30"
    page.reload()  # the estimate table is drawn by the server once the run is done
    assert page.get_by_text("Bài sẽ tạo").is_visible()
    axe_clean(page, "05-pregen-estimate")

    page.get_by_role("button", name="Bắt đầu tạo bản đọc").click()
    page.wait_for_url(re.compile(r".*/admin/tao-truoc/[0-9a-f]{32}$"))
    run_id = page.url.rsplit("/", 1)[1]
    page.get_by_label("Tốc độ tải trang (trang mỗi giây)").fill("3")
    page.get_by_role("button", name="Đổi tốc độ").click()
    page.wait_for_function("() => Number(document.querySelector('[data-field=done]').textContent) >= 3",
                           timeout=60_000)
    page.get_by_role("button", name="Dừng").click()
    page.wait_for_function("() => document.querySelector('[data-progress-url]').dataset.state === 'stopped'",
                           timeout=30_000)
    done_when_stopped = int(page.locator("[data-field='done']").inner_text())
    assert 3 <= done_when_stopped < 30
    axe_clean(page, "06-pregen-stopped")
    page.get_by_label("Tốc độ tải trang (trang mỗi giây)").fill("50")
    page.get_by_role("button", name="Đổi tốc độ").click()
    page.get_by_role("button", name="Tiếp tục").click()
    page.evaluate("() => { window.__sameDocument = true }")
    page.wait_for_function("() => document.querySelector('#run-progress').value === 100", timeout=120_000)
    assert page.evaluate("() => window.__sameDocument") is True
    assert page.locator("[data-field='state']").inner_text() == "Đã xong"
    assert page.locator("[data-field='outcome-made']").inner_text() == str(30 - done_when_stopped)
    assert "Đã xong" in page.locator("[data-live]").inner_text()  # said to screen readers
    axe_clean(page, "07-pregen-done")
    run = console_app.extensions["pregen_runs"].get(run_id)
    assert run.state == "done" and run.done == 30
    index = console_app.extensions["narrator"].index
    assert all(index.get_article(f"{base}/tin/{n}.html").status == "ready" for n in range(30))
    assert page.errors == []


def test_fix_a_word_with_the_keyboard_and_hear_the_preview(page, console_app) -> None:  # type: ignore[no-untyped-def]
    sign_in(page)
    page.goto("/admin/phat-am")
    axe_clean(page, "08-lexicon")
    tab_to(page, "pattern")  # from the top of the page: skip link, menu, sign-out, then the form
    page.keyboard.type("HTXDV")
    page.keyboard.press("Tab")
    assert focused(page) == "replacement"
    page.keyboard.type("hợp tác xã dịch vụ")
    page.keyboard.press("Tab")
    assert focused(page) == "is_regex"
    page.keyboard.press("Tab")
    assert focused(page) == "site"
    page.keyboard.press("Tab")
    assert focused(page) == "sample"
    page.keyboard.type("HTXDV Thủy Thanh họp tổng kết.")
    page.keyboard.press("Tab")
    assert focused(page) == "Nghe thử"
    page.keyboard.press("Enter")
    page.wait_for_selector("audio[data-preview=after]")
    assert focused(page) == "h-preview"  # the result heading has the focus
    assert "hợp tác xã dịch vụ Thủy Thanh họp tổng kết" in page.locator(".spoken").inner_text()
    after = page.locator("audio[data-preview=after]")
    page.wait_for_function("() => document.querySelector('audio[data-preview=after]').readyState >= 1")
    after.scroll_into_view_if_needed()
    box = after.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + box["height"] / 2)  # the native player's play button
    page.wait_for_function("() => document.querySelector('audio[data-preview=after]').currentTime > 0.3",
                           timeout=15_000)
    axe_clean(page, "09-lexicon-preview")
    tab_to(page, "Lưu")  # the form kept what was typed: save it with the keyboard too
    page.keyboard.press("Enter")
    page.wait_for_selector(".flash--ok")
    assert "Đã lưu “HTXDV”" in page.locator(".flash--ok").inner_text()
    assert console_app.extensions["narrator"].pronunciations.current().apply("HTXDV") == "hợp tác xã dịch vụ"
    axe_clean(page, "10-lexicon-saved")
    assert page.errors == []


def test_read_an_article_again_play_it_in_place_and_delete_it(page, console_app) -> None:  # type: ignore[no-untyped-def]
    client = console_app.test_client()
    body = {"id": "bai-admin", "title": "Hội nghị tổng kết quý III", "url": "https://huecity.gov.vn/bai-admin",
            "text": "Chiều 08/10/2021, UBND thành phố tổ chức hội nghị.\n\nCác đại biểu thống nhất nội dung."}
    assert client.post("/api/v1/articles?wait=30", json=body, headers=AUTH).status_code == 200
    client.post("/api/v1/articles?wait=30", json={"id": "bai-xyz", "title": "Sở XYZ họp",
                                                   "text": "Sở XYZ và QWV họp."}, headers=AUTH)
    sign_in(page)
    axe_clean(page, "11-dashboard")
    page.get_by_role("link", name="Bài viết", exact=True).click()
    page.get_by_label("Tìm theo tiêu đề, mã hoặc địa chỉ").fill("quý III")
    page.get_by_role("button", name="Lọc").click()
    axe_clean(page, "12-articles")
    page.get_by_role("link", name="Hội nghị tổng kết quý III").click()
    page.get_by_role("button", name="Đọc bài viết", exact=True).wait_for()
    axe_clean(page, "13-article")
    assert "ngày tám tháng mười năm hai nghìn không trăm hai mươi mốt" in page.locator("table").inner_text()
    page.get_by_role("button", name="Đọc bài viết", exact=True).click()  # the real player, in place
    page.wait_for_function("() => document.querySelector('dbv-player').shadowRoot.querySelector('audio')"
                           ".currentTime > 0.3", timeout=15_000)
    before = console_app.extensions["narrator"].segments_synthesized
    page.get_by_role("button", name="Đọc lại bài").click()
    page.wait_for_selector(".flash--ok")
    index = console_app.extensions["narrator"].index
    page.wait_for_function("() => true")  # let the job runner take it
    from tests.test_cache_support import wait_for

    wait_for(lambda: index.get_article("bai-admin").status == "ready"
             and console_app.extensions["narrator"].segments_synthesized > before, timeout=30)
    page.get_by_role("link", name="Báo cáo chất lượng").click()
    axe_clean(page, "14-quality-article")
    page.get_by_role("link", name="Báo cáo toàn bộ").click()
    assert page.get_by_role("button", name="Nghe “XYZ”").is_visible()
    axe_clean(page, "15-quality")
    page.goto("/admin/bai-viet/bai-admin")
    page.get_by_role("button", name="Xoá bài").click()  # confirmed in the dialog
    page.wait_for_url(re.compile(r"^http://[^/]+/admin/bai-viet$"))
    assert "Đã xoá bài “Hội nghị tổng kết quý III”" in page.locator(".flash--ok").inner_text()
    assert index.get_article("bai-admin") is None
    assert client.get("/api/v1/lookup?id=bai-admin").status_code == 404
    assert page.errors == []


def test_create_and_revoke_an_api_key_and_set_a_site(page, console_app) -> None:  # type: ignore[no-untyped-def]
    sign_in(page)
    page.get_by_role("link", name="Khoá API và trang").click()
    axe_clean(page, "16-keys")
    page.get_by_label("Tên khoá (ví dụ: cms-huecity)").fill("cms-thu")
    page.get_by_role("button", name="Tạo khoá").click()
    secret = page.get_by_role("textbox", name=re.compile("^Khoá API")).input_value()
    assert len(secret) >= 40
    axe_clean(page, "17-key-created")
    client = console_app.test_client()
    body = {"id": "k1", "title": "Tin", "text": "Nội dung."}
    assert client.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {secret}"}).status_code == 200
    page.goto("/admin/khoa-va-trang")
    assert secret not in page.content()  # shown once
    page.get_by_role("button", name="Thu hồi “cms-thu”").click()
    page.wait_for_selector(".flash--ok")
    assert client.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {secret}"}).status_code == 401
    page.get_by_label("Tên miền").fill("huecity.gov.vn")
    page.get_by_label("Chất lượng MP3 (kbps)").select_option("64")
    page.get_by_label("Cho người nghe tải MP3").uncheck()
    page.get_by_role("button", name="Lưu cài đặt trang").click()
    page.wait_for_selector(".flash--ok")
    axe_clean(page, "18-sites")
    page.get_by_label("Tên miền").fill("http://sai")
    page.get_by_role("button", name="Lưu cài đặt trang").click()
    page.wait_for_selector(".error-summary")
    axe_clean(page, "19-sites-error")
    assert page.errors == []


def test_a_cms_draft_and_an_article_read_from_its_page_in_the_console(page, console_app) -> None:  # type: ignore[no-untyped-def]
    from tests.portal import Portal, article_page

    client = console_app.test_client()
    url = "https://huecity.gov.vn/tin/ke-hoach"
    published = {"id": "bai-nhap", "title": "Kế hoạch năm", "url": url, "text": "Thành phố công bố kế hoạch năm."}
    assert client.post("/api/v1/articles?wait=30", json=published, headers=AUTH).status_code == 200
    draft = {**published, "title": "Kế hoạch năm (bản sửa)", "text": "Thành phố công bố kế hoạch năm, bản sửa.",
             "draft": True}
    assert client.post("/api/v1/articles?wait=30", json=draft, headers=AUTH).status_code == 200
    path = "/tin-tuc/le-hoi-mua-xuan-2031.html"
    with Portal() as portal:
        portal.pages[path] = article_page("Lễ hội mùa xuân", ["Lễ hội mùa xuân diễn ra ở quảng trường thành phố.",
                                                              "Người dân và du khách tham gia đông vui."])
        first = client.get("/api/v1/lookup", query_string={"url": portal.url(path), "read": "1"})
        assert first.status_code == 202, first.get_json()
        assert console_app.extensions["jobs"].wait(first.get_json()["job_id"], 120).status == "done"

        sign_in(page)
        page.get_by_role("link", name="Bài viết", exact=True).click()
        assert page.get_by_role("heading", name="Bản nháp từ CMS").is_visible()
        assert page.locator(".status--page").count() == 1
        axe_clean(page, "20-articles-drafts-and-pages")

        page.get_by_role("link", name="Kế hoạch năm (bản sửa)").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Bản nháp: Kế hoạch năm (bản sửa)"
        audio = page.locator("audio")
        audio.scroll_into_view_if_needed()
        page.wait_for_function("() => { const a = document.querySelector('audio'); a.preload = 'auto';"
                               " return a.readyState >= 1 }", timeout=15_000)
        box = audio.bounding_box()
        page.mouse.click(box["x"] + 18, box["y"] + box["height"] / 2)  # the native player's play button
        page.wait_for_function("() => document.querySelector('audio').currentTime > 0.3", timeout=15_000)
        axe_clean(page, "21-draft")

        page.goto(f"/admin/bai-viet/{portal.url(path)}")
        assert page.get_by_role("heading", name="Từ trang").is_visible()
        axe_clean(page, "22-article-from-page")
        page.get_by_role("button", name="Kiểm tra trang ngay").click()
        page.wait_for_selector(".flash--ok")
        assert "Đã kiểm tra trang gốc: không đổi" in page.locator(".flash--ok").inner_text()
        assert portal.log[-1] == (path, 304)
        console_app.extensions["pages"].wait_for_checks()

    page.goto("/admin/khoa-va-trang")
    page.get_by_label("Tên miền").fill("danang.gov.vn")
    page.get_by_label("Đọc bài từ chính trang báo (trình phát nhúng một dòng)").select_option("on")
    page.get_by_label(re.compile("^Mẫu địa chỉ bài viết")).fill(r"^/tin-tuc/.+\.html$")
    page.get_by_label("Kiểm tra lại trang sau (giây)").fill("30")  # under a minute: refused
    page.get_by_role("button", name="Lưu cài đặt trang").click()
    page.wait_for_selector(".error-summary")
    assert "Từ 60 đến 31536000 giây." in page.locator(".error-summary").inner_text()
    axe_clean(page, "23-site-page-reading-error")
    page.get_by_label("Kiểm tra lại trang sau (giây)").fill("7200")
    page.get_by_role("button", name="Lưu cài đặt trang").click()
    page.wait_for_selector(".flash--ok")
    site = console_app.extensions["narrator"].sites.for_host("danang.gov.vn")
    assert (site.read_pages, site.article_pattern, site.recheck_s) == (True, r"^/tin-tuc/.+\.html$", 7200)
    axe_clean(page, "24-site-page-reading")
    assert page.errors == []
