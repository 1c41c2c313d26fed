"""Each console page does what an admin or editor expects, on a real app, index and job runner."""

from __future__ import annotations

import contextlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterator

import pytest
from flask import Flask

from tests.admin.conftest import ADMIN, Console
from tests.test_cache_support import AUTH, http_server, running_app, wait_for
from tests.test_pregenerate import Site

# The console's own stores (users, site settings, catalogue, pre-generation runs) open the SQLite file in the data
# dir; on the scale-out stack they are not shared yet (docs/scale-out.md), so these run on the embedded stack.
pytestmark = pytest.mark.embedded_only


def push(app: Flask, article_id: str, title: str, text: str, url: str | None = None) -> dict:
    body = {"id": article_id, "title": title, "text": text, **({"url": url} if url else {})}
    response = app.test_client().post("/api/v1/articles?wait=30", json=body, headers=AUTH)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def lookup(app: Flask, article_id: str) -> int:
    return app.test_client().get(f"/api/v1/lookup?id={article_id}").status_code


# --- dashboard ------------------------------------------------------------------------------------------------


def test_the_dashboard_counts_articles_audio_storage_engines_and_errors(app: Flask, admin: Console) -> None:
    push(app, "bai-1", "Tin một", "Thành phố họp bàn kế hoạch năm.")
    push(app, "bai-2", "Tin hai", "Hội nghị tổng kết công tác.")
    index = app.extensions["narrator"].index
    index.want("bai-3", "f" * 64, url=None, title="Tin ba")
    index.record_failed("bai-3", "f" * 64, "espeak: không đọc được đoạn 2")
    html = admin.get("/admin/tong-quan").get_data(as_text=True)
    cards = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", html))
    assert cards["Tổng số bài"] == "3" and cards["Đã có bản đọc"] == "2" and cards["Lỗi"] == "1"
    assert float(cards["Số phút âm thanh"]) > 0
    assert cards["Đã dùng"].endswith("MB") and cards["Hạn mức"] == "không đặt"
    assert "espeak" in html and "sẵn sàng" in html  # the engine and its state
    assert "espeak: không đọc được đoạn 2" in html  # the recent error with its cause
    assert cards["Việc đang chờ"] == "0"


def test_the_dashboard_adds_up_the_players_counts_when_analytics_are_on(data_dir) -> None:  # type: ignore[no-untyped-def]
    with running_app(data_dir, analytics=True) as app:
        app.extensions["users"].create(ADMIN[0], ADMIN[1], "admin")
        admin = Console(app.test_client())
        admin.sign_in(*ADMIN)
        push(app, "bai-1", "Tin một", "Nội dung bài một.")
        push(app, "bai-2", "Tin hai", "Nội dung bài hai.")
        client = app.test_client()
        for article_id, event in [("bai-1", {"event": "play"}), ("bai-1", {"event": "play"}),
                                  ("bai-2", {"event": "play"}), ("bai-1", {"event": "listened", "percent": 100}),
                                  ("bai-2", {"event": "listened", "percent": 50}), ("bai-2", {"event": "error"})]:
            assert client.post("/api/v1/events", json={"article_id": article_id, **event}).status_code == 204
        html = admin.get("/admin/tong-quan").get_data(as_text=True)
        rows = re.findall(r'<th scope="row">(\d+) ngày</th><td class="num">(\d+)</td>\s*<td class="num">([^<]+)</td>'
                          r'\s*<td class="num">(\d+)</td><td class="num">(\d+)</td>', html)
        assert rows == [("7", "3", "75 %", "1", "1"), ("30", "3", "75 %", "1", "1")]


def test_without_analytics_the_dashboard_says_plays_are_not_counted(app: Flask, admin: Console) -> None:
    html = admin.get("/admin/tong-quan").get_data(as_text=True)
    assert "Bật TTS_ANALYTICS để đếm lượt nghe" in html and "Nghe hết bài" not in html


# --- articles ---------------------------------------------------------------------------------------------------


def test_articles_are_searched_and_filtered_by_site_status_and_date(app: Flask, editor: Console) -> None:
    push(app, "hue-1", "Huế tổ chức lễ hội", "Lễ hội diễn ra ở Huế.", url="https://huecity.gov.vn/tin/1")
    push(app, "dn-1", "Đà Nẵng khai trương cầu", "Cầu mới ở Đà Nẵng.", url="https://danang.gov.vn/tin/1")
    unfiltered = editor.get("/admin/bai-viet").get_data(as_text=True)
    assert "field-error" not in unfiltered and "2 bài" in unfiltered  # no filter is not a mistake
    page = editor.get("/admin/bai-viet?q=Huế").get_data(as_text=True)
    assert "Huế tổ chức lễ hội" in page and "Đà Nẵng khai trương" not in page
    page = editor.get("/admin/bai-viet?site=danang.gov.vn").get_data(as_text=True)
    assert "Đà Nẵng khai trương" in page and "Huế tổ chức" not in page
    assert "2 bài" in editor.get("/admin/bai-viet?status=ready").get_data(as_text=True)
    assert "0 bài" in editor.get("/admin/bai-viet?status=failed").get_data(as_text=True)
    assert "0 bài" in editor.get("/admin/bai-viet?since=2999-01-01").get_data(as_text=True)
    assert "2 bài" in editor.get("/admin/bai-viet?until=2999-01-01").get_data(as_text=True)


def test_an_article_page_plays_with_the_real_player_and_shows_what_is_spoken(app: Flask, editor: Console) -> None:
    push(app, "bai-1", "Báo cáo quý III", "Chiều 08/10/2021, UBND tổ chức họp.")
    html = editor.get("/admin/bai-viet/bai-1").get_data(as_text=True)
    assert 'src="/widget.js"' in html and 'data-article-id="bai-1"' in html
    assert "Chiều 08/10/2021, UBND tổ chức họp." in html  # shown
    assert "ngày tám tháng mười năm hai nghìn không trăm hai mươi mốt" in html  # and spoken
    assert "ủy ban nhân dân" in html.lower()


def test_turning_an_article_off_answers_404_to_the_player_until_it_is_on_again(app: Flask, editor: Console) -> None:
    push(app, "bai-1", "Tin", "Nội dung bài.")
    assert lookup(app, "bai-1") == 200
    editor.get("/admin/bai-viet/bai-1")
    editor.post("/admin/bai-viet/bai-1/tat")
    response = app.test_client().get("/api/v1/lookup?id=bai-1")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "article_disabled"
    assert "Đã tắt" in editor.get("/admin/bai-viet/bai-1").get_data(as_text=True)
    editor.post("/admin/bai-viet/bai-1/bat")
    assert lookup(app, "bai-1") == 200


def test_reading_an_article_again_makes_its_audio_anew(app: Flask, editor: Console) -> None:
    first = push(app, "bai-1", "Tin", "Nội dung bài viết thứ nhất.")
    narrator = app.extensions["narrator"]
    before = narrator.segments_synthesized
    editor.get("/admin/bai-viet/bai-1")
    response = editor.post("/admin/bai-viet/bai-1/doc-lai")
    assert response.status_code == 302
    wait_for(lambda: narrator.index.get_article("bai-1").status == "ready"
             and narrator.store.exists(first["key"], "mp3"), timeout=30)
    assert narrator.segments_synthesized - before == 2  # title and paragraph, synthesised again
    assert lookup(app, "bai-1") == 200


def test_an_admin_deletes_an_article_and_the_player_gets_404(app: Flask, admin: Console) -> None:
    push(app, "bai-1", "Tin sẽ xoá", "Nội dung.")
    admin.get("/admin/bai-viet/bai-1")
    response = admin.post("/admin/bai-viet/bai-1/xoa")
    assert response.status_code == 302
    assert lookup(app, "bai-1") == 404
    listing = admin.get("/admin/bai-viet").get_data(as_text=True)
    assert "Đã xoá bài “Tin sẽ xoá”" in listing and "<caption>0 bài" in listing
    assert admin.get("/admin/bai-viet/bai-1").status_code == 404


def test_a_failed_article_shows_its_error_and_can_be_retried(app: Flask, editor: Console) -> None:
    narrator = app.extensions["narrator"]
    push(app, "bai-1", "Tin", "Nội dung bài viết.")
    record = narrator.index.get_article("bai-1")
    narrator.index.record_failed("bai-1", record.wanted_key, "Máy đọc tạm hỏng")
    html = editor.get("/admin/bai-viet/bai-1").get_data(as_text=True)
    assert "Máy đọc tạm hỏng" in html and "Thử lại" in html
    editor.post("/admin/bai-viet/bai-1/thu-lai")
    wait_for(lambda: narrator.index.get_article("bai-1").status == "ready", timeout=30)


def test_deleting_an_article_in_the_console_removes_its_audio_as_the_api_does(app: Flask, admin: Console) -> None:
    doc = push(app, "bai-1", "Tin sẽ xoá", "Nội dung riêng của bài sẽ xoá.")
    twin = push(app, "bai-2", "Tin sẽ xoá", "Nội dung riêng của bài sẽ xoá.")  # the same text: the same audio
    assert twin["key"] == doc["key"]
    client = app.test_client()
    admin.get("/admin/bai-viet/bai-1")
    admin.post("/admin/bai-viet/bai-1/xoa")
    assert client.get(doc["audio_url"]).status_code == 200  # bai-2 still reads it
    admin.get("/admin/bai-viet/bai-2")
    admin.post("/admin/bai-viet/bai-2/xoa")
    assert client.get(doc["audio_url"]).status_code == 404
    assert client.get(doc["marks_url"]).status_code == 404


def test_a_cms_draft_is_listed_apart_heard_in_the_console_and_deleted_with_its_audio(app: Flask, admin: Console,
                                                                                     editor: Console) -> None:
    push(app, "bai-1", "Tin đã đăng", "Nội dung đã đăng.", url="https://huecity.gov.vn/bai-1")
    body = {"id": "bai-1", "title": "Tin đã đăng (bản sửa)", "text": "Nội dung sửa lại trước khi đăng.",
            "url": "https://huecity.gov.vn/bai-1", "draft": True}
    draft = app.test_client().post("/api/v1/articles?wait=30", json=body, headers=AUTH)
    assert draft.status_code == 200 and draft.get_json()["draft"] is True
    listing = editor.get("/admin/bai-viet").get_data(as_text=True)
    assert "Bản nháp từ CMS" in listing and "Tin đã đăng (bản sửa)" in listing
    assert "<caption>1 bài" in listing  # a draft is not one of the published articles
    published = editor.get("/admin/bai-viet/bai-1").get_data(as_text=True)
    assert "nghe thử bản nháp “Tin đã đăng (bản sửa)”" in published
    page = editor.get("/admin/bai-viet/draft:bai-1").get_data(as_text=True)
    assert page.count("Bản nháp: Tin đã đăng (bản sửa)") >= 1 and "Xoá bản nháp" not in page  # editors only listen
    audio = re.search(r'<audio controls preload="none" src="([^"]+)"', page).group(1)
    assert audio == draft.get_json()["audio_url"] and app.test_client().get(audio).status_code == 200
    assert 'data-article-id="draft:bai-1"' not in page  # the portal's player never gets a draft
    assert editor.post("/admin/bai-viet/draft:bai-1/xoa").status_code == 403
    admin.get("/admin/bai-viet/draft:bai-1")
    response = admin.post("/admin/bai-viet/draft:bai-1/xoa")
    assert response.status_code == 302
    assert app.test_client().get(audio).status_code == 404
    assert "Bản nháp từ CMS" not in admin.get("/admin/bai-viet").get_data(as_text=True)
    assert lookup(app, "bai-1") == 200  # the published article is untouched


def test_an_article_read_from_its_page_is_marked_and_can_be_checked_again_now(app: Flask, editor: Console) -> None:
    from tests.portal import Portal, article_page

    path = "/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-1234.html"
    with Portal() as portal:
        portal.pages[path] = article_page("Hội nghị tổng kết công tác năm", [
            "Sáng nay, thành phố tổ chức hội nghị tổng kết công tác năm.", "Các đại biểu thống nhất nhiệm vụ."])
        url = portal.url(path)
        client = app.test_client()
        first = client.get("/api/v1/lookup", query_string={"url": url, "read": "1"})
        assert first.status_code == 202, first.get_json()
        assert app.extensions["jobs"].wait(first.get_json()["job_id"], 120).status == "done"
        push(app, "bai-cms", "Tin do CMS gửi", "Nội dung do CMS gửi.")
        listing = editor.get("/admin/bai-viet").get_data(as_text=True)
        assert listing.count("Từ trang</span>") == 1 and "đọc lần đầu" in listing
        html = editor.get(f"/admin/bai-viet/{url}").get_data(as_text=True)
        assert "được đọc từ chính trang báo" in html and "Kiểm tra trang ngay" in html
        assert "Kiểm tra trang ngay" not in editor.get("/admin/bai-viet/bai-cms").get_data(as_text=True)
        response = editor.post(f"/admin/bai-viet/{url}/kiem-tra", follow_redirects=True)
        assert "Đã kiểm tra trang gốc: không đổi" in response.get_data(as_text=True)
        assert portal.log[-1] == (path, 304)  # a conditional GET: the page had not changed
        del portal.pages[path]
        response = editor.post(f"/admin/bai-viet/{url}/kiem-tra", follow_redirects=True)
        assert "Đã kiểm tra trang gốc: trang không còn" in response.get_data(as_text=True)
        assert "trang không còn" in editor.get("/admin/bai-viet").get_data(as_text=True)
        assert editor.post("/admin/bai-viet/bai-cms/kiem-tra", follow_redirects=True).status_code == 200
        app.extensions["pages"].wait_for_checks()


# --- pre-generation -----------------------------------------------------------------------------------------------


def _run_id(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return response.headers["Location"].rsplit("/", 1)[1]


def _status(console: Console, run_id: str) -> dict:
    return console.client.get(f"/admin/tao-truoc/{run_id}/trang-thai.json").get_json()


def _wait_run(console: Console, run_id: str, states=("done",)) -> dict:  # type: ignore[no-untyped-def]
    return wait_for(lambda: (s := _status(console, run_id))["state"] in states and s, timeout=60)


def test_a_sitemap_is_estimated_then_generated_with_failures_and_their_reasons(admin: Console, app: Flask) -> None:
    site = Site(6)
    with http_server(site.handler()) as base:
        site.base = base
        site.pages = 6
        sitemap = site.sitemap().replace(b"</urlset>", f"<url><loc>{base}/mat-tich.html</loc></url></urlset>".encode())
        site.sitemap = lambda: sitemap  # type: ignore[method-assign]
        admin.get("/admin/tao-truoc")
        run_id = _run_id(admin.post("/admin/tao-truoc", {"source_kind": "url", "source_url": f"{base}/sitemap.xml",
                                                          "rate": "50"}))
        estimate = _wait_run(admin, run_id)
        assert estimate["total"] == 7 and estimate["fields"]["outcome-would make"] == 6
        assert app.extensions["narrator"].index.get_article(f"{base}/tin/1.html") is None  # nothing written
        page = admin.get(f"/admin/tao-truoc/{run_id}").get_data(as_text=True)
        assert "Yêu cầu tới giọng đọc" in page and "Thời gian ước tính" in page
        generate_id = _run_id(admin.post(f"/admin/tao-truoc/{run_id}/tao"))
        done = _wait_run(admin, generate_id)
        assert done["percent"] == 100 and done["fields"]["outcome-made"] == 6 and done["fields"]["failed"] == 1
        assert "mat-tich.html" in done["failures_html"] and "404" in done["failures_html"]
    record = app.extensions["narrator"].index.get_article(f"{base}/tin/1.html")
    assert record.status == "ready" and record.pinned


def test_a_run_stops_between_articles_and_resumes_without_redoing_them(admin: Console, app: Flask) -> None:
    site = Site(8)
    with http_server(site.handler()) as base:
        site.base = base
        admin.get("/admin/tao-truoc")
        urls = "\n".join(f"{base}/tin/{n}.html" for n in range(8))
        estimate = _run_id(admin.post("/admin/tao-truoc", {"source_kind": "list", "urls": urls, "rate": "50"}))
        _wait_run(admin, estimate)
        run_id = _run_id(admin.post(f"/admin/tao-truoc/{estimate}/tao"))
        admin.get(f"/admin/tao-truoc/{run_id}")
        admin.post(f"/admin/tao-truoc/{run_id}/toc-do", {"rate": "2"})  # slow enough to stop in the middle
        wait_for(lambda: _status(admin, run_id)["done"] >= 1, timeout=30)
        admin.post(f"/admin/tao-truoc/{run_id}/dung")
        stopped = _wait_run(admin, run_id, ("stopped",))
        assert 1 <= stopped["done"] < 8
        fetched_before = sum(n for path, n in site.hits.items() if path.startswith("/tin/"))
        admin.post(f"/admin/tao-truoc/{run_id}/toc-do", {"rate": "50"})
        admin.post(f"/admin/tao-truoc/{run_id}/tiep-tuc")
        done = _wait_run(admin, run_id)
        assert done["done"] == 8 and done["fields"]["outcome-made"] == 8 - stopped["done"]
        fetched_after = sum(n for path, n in site.hits.items() if path.startswith("/tin/"))
        assert fetched_after - fetched_before == 8 - stopped["done"]  # finished articles were not fetched again


class HeldSitemap(Site):
    """A site whose sitemap comes only when the test lets it (``gate``), as a big portal's takes its time."""

    def __init__(self, pages: int) -> None:
        super().__init__(pages)
        self.gate = threading.Event()

    def sitemap(self) -> bytes:
        self.gate.wait(30)
        return super().sitemap()


@contextlib.contextmanager
def sitemap_runs(admin: Console, app: Flask, site: Site) -> Iterator[Callable[[], str]]:
    """``site`` served on 127.0.0.1, and a function that starts a console run of its sitemap (its id)."""
    with http_server(site.handler()) as base:
        site.base = base
        admin.get("/admin/tao-truoc")
        runs = app.extensions["pregen_runs"]
        yield lambda: runs.start(f"{base}/sitemap.xml", label="sitemap", kind="generate", rate=50.0, by="quantri")


def test_a_stop_pressed_while_the_sitemap_is_still_loading_is_kept(admin: Console, app: Flask) -> None:
    site = HeldSitemap(4)
    with sitemap_runs(admin, app, site) as start:
        runs = app.extensions["pregen_runs"]
        run_id = start()
        wait_for(lambda: site.hits["/sitemap.xml"] == 1, timeout=10)  # the run is reading its source
        admin.get(f"/admin/tao-truoc/{run_id}")
        admin.post(f"/admin/tao-truoc/{run_id}/dung")
        site.gate.set()
        stopped = _wait_run(admin, run_id, ("stopped", "done"))
        assert stopped["state"] == "stopped" and stopped["done"] == 0
        assert not any(path.startswith("/tin/") for path in site.hits)  # no article was fetched
        site.gate.clear()
        queued = start()
        runs.stop(queued)  # before its thread begins, or while it reads the sitemap: it never reads an article
        site.gate.set()
        assert runs.wait(queued, 30).state == "stopped"
        assert not any(path.startswith("/tin/") for path in site.hits)


def test_a_run_whose_process_died_reads_interrupted_and_resumes_once(admin: Console, app: Flask) -> None:
    import socket
    import sqlite3

    site = Site(3)
    with sitemap_runs(admin, app, site) as start:
        runs = app.extensions["pregen_runs"]
        run_id = start()
        runs.stop(run_id)
        runs.wait(run_id, 30)
        with sqlite3.connect(app.config["TTS_SETTINGS"].db_path) as db:  # as a worker killed mid-run leaves it
            db.execute("UPDATE admin_pregen_runs SET state = 'running', worker = ? WHERE run_id = ?",
                       (f"{socket.gethostname()}:999999999:0", run_id))
        assert runs.get(run_id).state == "interrupted"
        assert "Tiếp tục" in admin.get(f"/admin/tao-truoc/{run_id}").get_data(as_text=True)
        admin.post(f"/admin/tao-truoc/{run_id}/tiep-tuc")
        admin.post(f"/admin/tao-truoc/{run_id}/tiep-tuc")  # a second click takes nothing
        done = _wait_run(admin, run_id)
        assert done["done"] == 3
        assert all(site.hits[f"/tin/{n}.html"] == 1 for n in range(3))


def test_a_cms_export_upload_is_read_as_csv_json_or_xml(admin: Console) -> None:
    site = Site(3)
    with http_server(site.handler()) as base:
        site.base = base
        exports = {
            "bai.csv": f"id,title,url\n1,Tin,{base}/tin/0.html\n2,Tin,{base}/tin/1.html\n".encode(),
            "bai.json": json.dumps([{"url": f"{base}/tin/0.html"}, {"link": f"{base}/tin/2.html"}]).encode(),
            "wordpress.xml": f"<rss><channel><item><link>{base}/tin/1.html</link></item></channel></rss>".encode(),
        }
        for name, data in exports.items():
            admin.get("/admin/tao-truoc")
            run_id = _run_id(admin.post("/admin/tao-truoc", {"source_kind": "upload", "rate": "50",
                                                             "upload": (io.BytesIO(data), name)},
                                        content_type="multipart/form-data"))
            assert _wait_run(admin, run_id)["total"] == (1 if name.endswith(".xml") else 2), name


def test_a_source_that_cannot_be_read_is_a_failed_run_with_the_reason(admin: Console) -> None:
    admin.get("/admin/tao-truoc")
    run_id = _run_id(admin.post("/admin/tao-truoc", {"source_kind": "url", "rate": "1",
                                                      "source_url": "https://not-allowed.example/sitemap.xml"}))
    failed = _wait_run(admin, run_id, ("failed",))
    assert failed["error"]


def test_the_pregeneration_form_lists_what_is_missing(admin: Console) -> None:
    admin.get("/admin/tao-truoc")
    response = admin.post("/admin/tao-truoc", {"source_kind": "list", "urls": "", "rate": "500"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Có 2 lỗi cần sửa" in html and "Từ 0,1 đến 50 trang mỗi giây." in html
    assert 'aria-invalid="true"' in html


# --- lexicon ----------------------------------------------------------------------------------------------------------


def test_a_word_is_heard_before_and_after_the_fix(app: Flask, editor: Console) -> None:
    editor.get("/admin/phat-am")
    response = editor.post("/admin/phat-am/nghe-thu", {"pattern": "HTXDV", "replacement": "hợp tác xã dịch vụ",
                                                        "sample": "HTXDV Thủy Thanh họp."})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    audio = re.findall(r'<audio controls preload="metadata" src="([^"]+)"', html)
    assert len(audio) == 2 and audio[0] != audio[1]
    assert "hợp tác xã dịch vụ Thủy Thanh họp" in html
    for url in audio:
        served = app.test_client().get(url)
        assert served.status_code == 200 and served.mimetype == "audio/mpeg"
    assert app.extensions["narrator"].pronunciations.current().entries == ()  # nothing saved by a preview


def test_saving_a_fix_reads_again_exactly_the_published_articles_it_changes(app: Flask, editor: Console) -> None:
    push(app, "a", "Tin một", "HTXDV Thủy Thanh họp tổng kết.", url="https://huecity.gov.vn/a")
    push(app, "b", "Tin hai", "Hợp tác xã khác họp.", url="https://huecity.gov.vn/b")
    push(app, "c", "Tin ba", "HTXDV ở Đà Nẵng.", url="https://danang.gov.vn/c")
    narrator = app.extensions["narrator"]
    keys = {a: narrator.index.get_article(a).narration_key for a in "abc"}
    editor.get("/admin/phat-am")
    preview = editor.post("/admin/phat-am/nghe-thu", {"pattern": "HTXDV", "replacement": "hợp tác xã dịch vụ",
                                                       "site": "huecity.gov.vn"}).get_data(as_text=True)
    assert "Bài đã đăng sẽ đổi cách đọc: 1" in preview
    response = editor.post("/admin/phat-am", {"pattern": "HTXDV", "replacement": "hợp tác xã dịch vụ",
                                              "site": "huecity.gov.vn"})
    assert response.status_code == 302
    flash = editor.get("/admin/phat-am").get_data(as_text=True)
    assert "1 bài đã đăng đổi cách đọc; 1 bài được xếp để đọc lại." in flash
    wait_for(lambda: narrator.index.get_article("a").narration_key != keys["a"]
             and narrator.index.get_article("a").status == "ready", timeout=30)
    assert narrator.index.get_article("b").narration_key == keys["b"]
    assert narrator.index.get_article("c").narration_key == keys["c"]
    doc = json.loads(narrator.store.read_bytes(narrator.index.get_article("a").narration_key, "json"))
    assert any("hợp tác xã dịch vụ" in s["text"] for s in doc["segments"])
    fixed = narrator.index.get_article("a").narration_key
    editor.get("/admin/phat-am")
    editor.post("/admin/phat-am/xoa", {"pattern": "HTXDV", "site": "huecity.gov.vn"})
    assert "Đã xoá “HTXDV”. 1 bài được xếp để đọc lại." in editor.get("/admin/phat-am").get_data(as_text=True)
    wait_for(lambda: narrator.index.get_article("a").narration_key not in (fixed, None)
             and narrator.index.get_article("a").status == "ready", timeout=30)
    assert narrator.index.get_article("c").narration_key == keys["c"]
    editor.post("/admin/phat-am/xoa", {"pattern": "HTXDV", "site": "huecity.gov.vn"})
    assert "Không có mục này" in editor.get("/admin/phat-am").get_data(as_text=True)


def test_the_lexicon_goes_out_and_comes_back_as_csv(app: Flask, editor: Console) -> None:
    editor.get("/admin/phat-am")
    editor.post("/admin/phat-am", {"pattern": "UBMT", "replacement": "ủy ban mặt trận"})
    exported = editor.get("/admin/phat-am/tu-dien.csv")
    assert exported.mimetype == "text/csv"
    text = exported.get_data(as_text=True).lstrip("\ufeff")
    assert text.splitlines() == ["pattern,replacement,is_regex,site", "UBMT,ủy ban mặt trận,0,"]
    editor.get("/admin/phat-am")
    rows = "pattern,replacement,is_regex,site\nHĐQT,hội đồng quản trị,0,\nSXD,sở xây dựng,0,hue.gov.vn\n"
    editor.post("/admin/phat-am/nhap", {"csv_file": (io.BytesIO(rows.encode()), "tu-dien.csv")},
                content_type="multipart/form-data")
    entries = {(e.pattern, e.site) for e in app.extensions["narrator"].pronunciations.current().entries}
    assert entries == {("UBMT", None), ("HĐQT", None), ("SXD", "hue.gov.vn")}


def test_a_csv_with_one_bad_row_saves_nothing_and_names_the_row(app: Flask, editor: Console) -> None:
    editor.get("/admin/phat-am")
    rows = "pattern,replacement,is_regex,site\nHĐQT,hội đồng quản trị,0,\n(a+)+$,x,1,\n"
    editor.post("/admin/phat-am/nhap", {"csv_file": (io.BytesIO(rows.encode()), "x.csv")},
                content_type="multipart/form-data")
    html = editor.get("/admin/phat-am").get_data(as_text=True)
    assert "dòng 3" in html and "Chưa có gì được lưu" in html
    assert app.extensions["narrator"].pronunciations.current().entries == ()


def test_an_unsafe_regex_is_refused_with_a_clear_message(editor: Console) -> None:
    editor.get("/admin/phat-am")
    response = editor.post("/admin/phat-am", {"pattern": "(a+)+$", "replacement": "x", "is_regex": "y"})
    assert response.status_code == 400
    assert "Mục phát âm không hợp lệ" in response.get_data(as_text=True)


# --- quality ----------------------------------------------------------------------------------------------------


def test_the_quality_report_lists_guessed_tokens_most_frequent_first(app: Flask, editor: Console) -> None:
    push(app, "a", "Tin", "Sở XYZ họp với XYZ và QWV.", url="https://huecity.gov.vn/a")
    push(app, "b", "Tin", "XYZ công bố.", url="https://huecity.gov.vn/b")
    html = editor.get("/admin/chat-luong").get_data(as_text=True)
    tokens = re.findall(r"<td><code>([^<]+)</code></td>", html)
    assert tokens[:2] == ["XYZ", "QWV"]
    assert 'Nghe “XYZ”' in html and "Thêm “XYZ” vào từ điển" in html
    one = editor.get("/admin/chat-luong?article=b").get_data(as_text=True)
    assert re.findall(r"<td><code>([^<]+)</code></td>", one) == ["XYZ"]
    editor.get("/admin/phat-am")
    editor.post("/admin/phat-am", {"pattern": "XYZ", "replacement": "ích y dét"})
    # the report describes the audio as it is: the fix leaves it once both articles are read again (queued)
    wait_for(lambda: "XYZ" not in re.findall(r"<td><code>([^<]+)</code></td>",
                                             editor.get("/admin/chat-luong").get_data(as_text=True)))


# --- keys and sites -------------------------------------------------------------------------------------------


def test_a_key_is_shown_once_works_and_stops_working_when_revoked(app: Flask, admin: Console) -> None:
    admin.get("/admin/khoa-va-trang")
    html = admin.post("/admin/khoa-va-trang/khoa", {"name": "cms-hue", "scope": "cms"}).get_data(as_text=True)
    secret = re.search(r'id="new-key" class="secret" type="text" readonly value="([^"]+)"', html).group(1)
    api = app.test_client()
    body = {"id": "k-1", "title": "Tin", "text": "Nội dung."}
    assert api.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {secret}"}).status_code == 200
    listing = admin.get("/admin/khoa-va-trang").get_data(as_text=True)
    assert secret not in listing and "cms-hue" in listing
    key_hash = re.search(r'name="key_hash" value="([0-9a-f]{64})"', listing).group(1)
    admin.post("/admin/khoa-va-trang/khoa/thu-hoi", {"key_hash": key_hash})
    assert api.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_site_settings_choose_bitrate_voice_and_downloads(app: Flask, admin: Console) -> None:
    admin.get("/admin/khoa-va-trang")
    response = admin.post("/admin/khoa-va-trang/trang", {"host": "huecity.gov.vn", "engines": "espeak",
                                                         "voice": "vi-VN-x-south", "bitrate": "64"})
    assert response.status_code == 302
    push(app, "hue", "Tin Huế", "Nội dung bài.", url="https://www.huecity.gov.vn/tin")
    push(app, "khac", "Tin khác", "Nội dung bài.", url="https://danang.gov.vn/tin")
    doc = app.test_client().get("/api/v1/lookup?id=hue").get_json()
    assert doc["download"] is False and doc["voice"] == "espeak:vi-VN-x-south"
    from tts_service.audio import iter_frames

    narrator = app.extensions["narrator"]
    frame = next(iter_frames(narrator.store.read_bytes(doc["key"], "mp3")))
    other = next(iter_frames(narrator.store.read_bytes(narrator.index.get_article("khac").narration_key, "mp3")))
    assert (frame.bitrate_kbps, other.bitrate_kbps) == (64, 48)
    assert "download" not in app.test_client().get("/api/v1/lookup?id=khac").get_json()


def test_a_site_that_turns_downloads_off_is_refused_the_named_mp3_but_still_plays(app: Flask, admin: Console) -> None:
    hue = push(app, "hue", "Tin Huế", "Nội dung bài Huế.", url="https://www.huecity.gov.vn/tin")
    admin.get("/admin/khoa-va-trang")
    admin.post("/admin/khoa-va-trang/trang", {"host": "huecity.gov.vn", "engines": "espeak"})  # download unticked
    client = app.test_client()
    refused = client.get(f"/audio/{hue['key']}.mp3?download=1")
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "download_off"
    played = client.get(f"/audio/{hue['key']}.mp3")
    assert played.status_code == 200 and played.headers["Content-Disposition"].startswith("inline")
    other = push(app, "khac", "Tin khác", "Nội dung bài khác.", url="https://danang.gov.vn/tin")
    saved = client.get(f"/audio/{other['key']}.mp3?download=1")
    assert saved.status_code == 200 and saved.headers["Content-Disposition"].startswith("attachment")
    twin = push(app, "twin", "Tin Huế", "Nội dung bài Huế.", url="https://danang.gov.vn/twin")  # same audio
    assert twin["key"] == hue["key"]
    assert client.get(f"/audio/{hue['key']}.mp3?download=1").status_code == 200  # another site lets it be saved
    admin.get("/admin/khoa-va-trang")
    admin.post("/admin/khoa-va-trang/trang", {"host": "huecity.gov.vn", "engines": "espeak", "download": "y"})
    assert client.get(f"/audio/{hue['key']}.mp3?download=1").status_code == 200


def test_a_sites_page_reading_settings_are_saved_shown_and_followed(app: Flask, admin: Console) -> None:
    from tests.portal import Portal, article_page

    with Portal() as portal:
        portal.pages["/tin-tuc/bai-1.html"] = article_page("Tin một", ["Đoạn một của bài đủ dài để đọc thử."])
        portal.pages["/gioi-thieu.html"] = article_page("Giới thiệu", ["Trang giới thiệu đủ dài để đọc thử."])
        client = app.test_client()

        def read(path: str):  # type: ignore[no-untyped-def]
            return client.get("/api/v1/lookup", query_string={"url": portal.url(path), "read": "1"})

        admin.get("/admin/khoa-va-trang")
        response = admin.post("/admin/khoa-va-trang/trang", {"host": "127.0.0.1", "download": "y", "read_pages": "off"})
        assert response.status_code == 302
        assert read("/tin-tuc/bai-1.html").get_json()["error"]["code"] == "host_not_allowed"  # though TTS_ALLOWED_HOSTS
        admin.get("/admin/khoa-va-trang")
        admin.post("/admin/khoa-va-trang/trang", {
            "host": "127.0.0.1", "download": "y", "read_pages": "on", "article_pattern": r"^/tin-tuc/.+\.html$",
            "recheck_s": "7200", "daily_chars": "50000", "fetch_per_minute": "10", "fetch_concurrency": "1"})
        listing = admin.get("/admin/khoa-va-trang").get_data(as_text=True)
        assert r"<code>^/tin-tuc/.+\.html$</code>" in listing and "kiểm tra lại sau 7200 giây" in listing
        form = admin.get("/admin/khoa-va-trang?site=127.0.0.1").get_data(as_text=True)
        assert re.search(r'<option selected value="on">|<option value="on" selected>', form)
        assert 'value="7200"' in form and r"Ví dụ ^/tin-tuc/.+-\d+\.html$ — chỉ" in form
        assert read("/gioi-thieu.html").get_json()["error"]["code"] == "not_an_article"
        first = read("/tin-tuc/bai-1.html")
        assert first.status_code == 202, first.get_json()
        assert app.extensions["jobs"].wait(first.get_json()["job_id"], 120).status == "done"
        page = app.extensions["narrator"].stores.pages.get(portal.url("/tin-tuc/bai-1.html"))
        assert 7100 < page.next_check_at - page.checked_at <= 7200  # the site's own re-check time
        app.extensions["pages"].wait_for_checks()


@pytest.mark.parametrize(("fields", "message"), [
    ({"recheck_s": "5"}, "Từ 60 đến 31536000 giây."),
    ({"fetch_concurrency": "99"}, "Từ 1 đến 16 trang."),
    ({"daily_chars": "nhiều"}, "Hãy nhập một số nguyên."),
    ({"article_pattern": "^/tin-tuc/(["}, "Biểu thức chính quy không hợp lệ"),
    ({"article_pattern": "x" * 501}, "Tối đa 500 ký tự."),
])
def test_page_reading_settings_the_reader_cannot_use_are_refused(app: Flask, admin: Console, fields: dict,
                                                                  message: str) -> None:
    admin.get("/admin/khoa-va-trang")
    response = admin.post("/admin/khoa-va-trang/trang", {"host": "huecity.gov.vn", "read_pages": "on", **fields})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert app.extensions["narrator"].sites.for_host("huecity.gov.vn") is None  # nothing was saved


@pytest.mark.parametrize(("fields", "message"), [
    ({"engines": "klingon"}, "Không có engine klingon"),
    ({"voice": "vi-VN-khong-co"}, "không có giọng vi-VN-khong-co"),
    ({"host": "http://huecity.gov.vn"}, "Tên miền dạng huecity.gov.vn"),
])
def test_site_settings_refuse_what_cannot_work(admin: Console, fields: dict, message: str) -> None:
    admin.get("/admin/khoa-va-trang")
    response = admin.post("/admin/khoa-va-trang/trang", {"host": "huecity.gov.vn", **fields})
    assert response.status_code == 400 and message in response.get_data(as_text=True)


PORTAL = """<html><head><title>Cổng tin</title></head><body>
<div class="khung-bai"><h1>Tin chính của cổng</h1><p>Đoạn một của bài viết chính, đủ dài để đọc.</p>
<p>Đoạn hai của bài viết chính, cũng đủ dài.</p></div>
<div class="ben-le"><h2>Quảng cáo</h2><p>Mua ngay sản phẩm tuyệt vời này, giá rẻ bất ngờ hôm nay.</p></div>
</body></html>"""


def test_an_uploaded_site_profile_is_used_when_its_pages_are_read(app: Flask, admin: Console) -> None:
    profile = {"name": "Cổng thử", "hosts": ["*.congthu.vn"], "container": [".khung-bai"], "drop": [".ben-le"]}
    admin.get("/admin/khoa-va-trang")
    response = admin.post("/admin/khoa-va-trang/trang", {
        "host": "congthu.vn", "download": "y",
        "profile": (io.BytesIO(json.dumps(profile).encode()), "congthu.json")}, content_type="multipart/form-data")
    assert response.status_code == 302
    assert (app.config["TTS_SETTINGS"].data_dir / "profiles" / "congthu.vn.json").is_file()
    article = app.extensions["narrator"].extract(PORTAL, url="https://www.congthu.vn/tin/1")
    assert "Quảng cáo" not in article.text and "Mua ngay" not in article.text
    assert "Đoạn hai của bài viết chính" in article.text


@pytest.mark.parametrize(("profile", "message"), [
    (b"{not json", "không phải JSON"),
    (json.dumps({"hosts": ["khac.vn"], "container": [".a"]}).encode(), "không cho congthu.vn"),
    (json.dumps({"hosts": ["congthu.vn"], "container": ["div[["]}).encode(), "Bộ chọn CSS không hợp lệ"),
    (json.dumps({"hosts": ["congthu.vn"], "script": "x"}).encode(), "khóa không biết"),
])
def test_a_bad_profile_is_refused_and_nothing_is_stored(app: Flask, admin: Console, profile: bytes,
                                                         message: str) -> None:
    admin.get("/admin/khoa-va-trang")
    response = admin.post("/admin/khoa-va-trang/trang", {"host": "congthu.vn",
                                                         "profile": (io.BytesIO(profile), "p.json")},
                          content_type="multipart/form-data")
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert not (app.config["TTS_SETTINGS"].data_dir / "profiles" / "congthu.vn.json").exists()


def test_a_key_made_for_one_site_cannot_write_another_sites_article(app: Flask, admin: Console) -> None:
    admin.get("/admin/khoa-va-trang")
    html = admin.post("/admin/khoa-va-trang/khoa", {"name": "cms-hue", "scope": "cms",
                                                   "site": "huecity.gov.vn"}).get_data(as_text=True)
    secret = re.search(r'id="new-key" class="secret" type="text" readonly value="([^"]+)"', html).group(1)
    assert "trang huecity.gov.vn" in html
    api, auth = app.test_client(), {"Authorization": f"Bearer {secret}"}
    own = {"id": "hue-1", "url": "https://huecity.gov.vn/1", "title": "Tin", "text": "Nội dung."}
    other = {"id": "dn-1", "url": "https://danang.gov.vn/1", "title": "Tin", "text": "Nội dung."}
    assert api.post("/api/v1/articles", json=own, headers=auth).status_code == 200
    assert api.post("/api/v1/articles", json=other, headers=auth).status_code == 403
    assert "huecity.gov.vn" in admin.get("/admin/khoa-va-trang").get_data(as_text=True)
