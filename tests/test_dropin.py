"""Drop-in reading: the widget on an allowed portal's article page, which nobody pushed, reads that page from its
own site — and stays cheap: pages checked again cost a 304, edits cost their changed sentences, and strangers
cannot make the service fetch or synthesise beyond the limits. The portal is a real HTTP server on 127.0.0.1
(``tests/portal.py``) that counts what it answered; synthesis is the real espeak engine, counted by the narrator."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask

from tests.portal import Portal, article_page
from tests.test_cache_support import AUTH, running_app
from tts_service.web import api

TITLE = "Thành phố Huế tổng kết công tác năm và triển khai nhiệm vụ"
PARAS = [
    "Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác năm.",
    "Các đại biểu đã thảo luận nhiều nội dung quan trọng về phát triển kinh tế.",
    "Hội nghị thống nhất các nhiệm vụ trọng tâm cho năm tới.",
]
PATH = "/tin-tuc/thanh-pho-hue-tong-ket-cong-tac-nam-va-trien-khai-nhiem-vu-4521.html"
LOCAL = {"allowed_hosts": ("127.0.0.1",), "allow_private_fetch": True}


@contextmanager
def service(data_dir: Any, **config: Any) -> Iterator[Flask]:
    with running_app(data_dir, **{**LOCAL, **config}) as app:
        try:
            yield app
        finally:
            app.extensions["pages"].wait_for_checks()


@pytest.fixture
def portal() -> Iterator[Portal]:
    with Portal() as running:
        running.pages[PATH] = article_page(TITLE, PARAS)
        yield running


@pytest.fixture
def app(data_dir: Any) -> Iterator[Flask]:
    with service(data_dir) as running:
        yield running


def read(client: Any, url: str, reader: str = "127.0.0.1", **extra: str) -> Any:
    """What the widget asks when the reader (at address ``reader``) presses play."""
    return client.get("/api/v1/lookup", query_string={"url": url, "read": "1", **extra},
                      environ_base={"REMOTE_ADDR": reader})


def lookup(client: Any, url: str) -> Any:
    """What the widget asks when the page loads."""
    return client.get("/api/v1/lookup", query_string={"url": url})


def read_to_the_end(app: Flask, url: str) -> dict:
    """Read a page and wait for its whole narration; the lookup document of the finished article."""
    client = app.test_client()
    first = read(client, url)
    assert first.status_code == 202, first.json
    job = app.extensions["jobs"].wait(first.json["job_id"], 120)
    assert job is not None and job.status == "done", job
    done = lookup(client, url)
    assert done.status_code == 200 and done.json["status"] == "ready", done.json
    return done.json


def synthesized(app: Flask) -> int:
    return app.extensions["narrator"].segments_synthesized


def make_due(app: Flask, article_id: str) -> None:
    """The page's re-check time has come (as if its TTL had passed)."""
    with app.extensions["narrator"].stores.db.connect() as db:  # the app's index, on either stack
        db.execute("UPDATE pages SET next_check_at = 0 WHERE article_id = ?", (article_id,))


def block_texts(client: Any, doc: dict) -> list[str]:
    return [b["text"] for b in client.get(doc["marks_url"]).json["blocks"]]


def test_pressing_play_on_a_never_seen_article_reads_the_page_itself_first_paragraph_first(app, portal):
    client = app.test_client()
    url = portal.url(PATH)
    loaded = lookup(client, url)
    assert loaded.status_code == 200 and loaded.json["status"] == "not_read" and "audio_url" not in loaded.json
    assert portal.count() == 0  # a page view alone fetches nothing

    pressed = read(client, url, title="Bài giả mạo", text="Nội dung trình duyệt gửi tới.")
    assert pressed.status_code == 202
    assert pressed.json["id"] == url and pressed.json["job_url"] and "parts" in pressed.json
    job = app.extensions["jobs"].wait(pressed.json["job_id"], 120)
    assert job.status == "done" and job.parts, "the paragraphs were published one by one while the rest was made"
    first_part = client.get(pressed.json["parts"][0]["url"] if pressed.json["parts"] else
                            f"/audio/{job.parts[0]['key']}.mp3")
    assert first_part.status_code == 200 and first_part.mimetype == "audio/mpeg"

    ready = lookup(client, url)
    assert ready.status_code == 200 and ready.json["status"] == "ready"
    texts = block_texts(client, ready.json)
    assert texts[0] == TITLE and all(p in texts for p in PARAS)
    assert not any("giả" in t or "Tin liên quan" in t or "chủ quản" in t for t in texts)
    assert portal.count(PATH) == 1


def test_tracking_parameters_and_fragments_do_not_make_another_article(app, portal):
    client = app.test_client()
    url = portal.url(PATH)
    doc = read_to_the_end(app, url + "?utm_source=zalo&utm_medium=social&fbclid=IwAR0#binh-luan")
    assert doc["id"] == url
    assert lookup(client, url + "?zarsrc=30#top").json["key"] == doc["key"]
    assert portal.log == [(PATH, 200)], "the portal never saw the tracking parameters, and was asked once"


def test_an_aspnet_article_address_is_joined_to_the_pages_canonical_address(app, portal):
    canonical = "/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-cua-thanh-pho-3321.html"
    portal.pages["/Default.aspx?ItemID=3321&tabid=70"] = article_page(TITLE, PARAS, canonical=canonical)
    other = "/tin-tuc/ra-quan-chu-nhat-xanh-bao-ve-moi-truong-song-huong-3322.html"
    portal.pages["/Default.aspx?ItemID=3322&tabid=70"] = article_page(
        "Ra quân Chủ nhật xanh bảo vệ môi trường sông Hương", ["Hàng nghìn đoàn viên ra quân dọn vệ sinh."],
        canonical=other)
    client = app.test_client()

    doc = read_to_the_end(app, portal.url("/Default.aspx?tabid=70&ItemID=3321&utm_campaign=x"))
    assert doc["id"] == portal.url(canonical)
    for spelling in (canonical, "/Default.aspx?ItemID=3321&tabid=70", "/Default.aspx?tabid=70&ItemID=3321#a"):
        assert lookup(client, portal.url(spelling)).json["key"] == doc["key"]
    second = read_to_the_end(app, portal.url("/Default.aspx?tabid=70&ItemID=3322"))
    assert second["id"] == portal.url(other) and second["key"] != doc["key"], "ItemID names the article"
    assert portal.count() == 2


@pytest.mark.parametrize("canonical", ["/", "http://example.com/tin-tuc/bai-viet-cua-mot-trang-khac-hoan-toan-99"])
def test_a_canonical_link_to_the_home_page_or_another_site_is_not_the_articles_address(app, portal, canonical):
    portal.pages[PATH] = article_page(TITLE, PARAS, canonical=canonical)
    assert read_to_the_end(app, portal.url(PATH))["id"] == portal.url(PATH)


def test_an_unchanged_page_costs_one_304_and_no_synthesis(app, portal):
    client = app.test_client()
    url = portal.url(PATH)
    doc = read_to_the_end(app, url)
    made = synthesized(app)

    lookup(client, url)  # not due yet: nothing is fetched
    assert portal.count(PATH) == 1
    make_due(app, url)
    again = lookup(client, url)
    assert again.status_code == 200 and again.json["key"] == doc["key"], "the reader is served at once"
    app.extensions["pages"].wait_for_checks()
    assert portal.log == [(PATH, 200), (PATH, 304)]
    assert synthesized(app) == made
    cms = client.get(f"/api/v1/articles/{url}", headers=AUTH).json
    assert cms["origin"] == "page" and cms["page_check"]["result"] == "unchanged"
    assert cms["page_check"]["http_status"] == 304 and cms["page_check"]["checked_at"] > 0
    listed = app.test_cli_runner().invoke(args=["tts", "pages", "list"]).output
    assert f"{url}\tfrom the page\t" in listed and "\tunchanged\t304" in listed


def test_a_server_without_validators_costs_one_fetch_and_no_synthesis_when_the_page_is_the_same(data_dir):
    with Portal(validators=False) as portal, service(data_dir) as app:
        portal.pages[PATH] = article_page(TITLE, PARAS)
        url = portal.url(PATH)
        read_to_the_end(app, url)
        made = synthesized(app)
        with app.app_context():
            assert app.extensions["pages"].check(url) == "unchanged"
        assert portal.log == [(PATH, 200), (PATH, 200)] and synthesized(app) == made


def test_an_edited_page_reads_anew_on_its_next_check_synthesising_only_the_changed_paragraph(app, portal):
    client = app.test_client()
    url = portal.url(PATH)
    before = read_to_the_end(app, url)
    made = synthesized(app)
    edited = "Hội nghị đã bầu bổ sung hai ủy viên Ban chấp hành."
    portal.pages[PATH] = article_page(TITLE, [PARAS[0], PARAS[1], edited])

    make_due(app, url)
    lookup(client, url)
    app.extensions["pages"].wait_for_checks()
    pending = lookup(client, url).json
    if pending.get("job_id"):
        assert app.extensions["jobs"].wait(pending["job_id"], 120).status == "done"
    after = lookup(client, url).json
    assert after["status"] == "ready" and after["key"] != before["key"]
    assert edited in block_texts(client, after) and PARAS[2] not in block_texts(client, after)
    assert synthesized(app) - made == 1, "only the edited paragraph went to the engine"
    cms = client.get(f"/api/v1/articles/{url}", headers=AUTH).json
    assert cms["page_check"]["result"] == "changed" and cms["page_check"]["http_status"] == 200


@pytest.mark.parametrize("status", [404, 410])
def test_a_page_that_disappears_from_its_site_stops_being_served(app, portal, status):
    client = app.test_client()
    url = portal.url(PATH)
    read_to_the_end(app, url)
    portal.gone[PATH] = status
    make_due(app, url)
    assert lookup(client, url).status_code == 200  # served while the check runs
    app.extensions["pages"].wait_for_checks()
    gone = lookup(client, url)
    assert gone.status_code == 410 and gone.json["error"]["code"] == "page_gone"
    assert client.get("/api/v1/lookup", query_string={"id": url}).status_code == 410
    assert client.get(f"/api/v1/articles/{url}", headers=AUTH).json["page_check"]["result"] == "gone"


def test_a_page_of_a_host_not_allowed_is_refused_without_a_fetch(data_dir, portal):
    with service(data_dir, allowed_hosts=("huecity.gov.vn",)) as app:
        refused = read(app.test_client(), portal.url(PATH))
    assert refused.status_code == 404 and refused.json["error"]["code"] == "host_not_allowed"
    assert portal.count() == 0


@pytest.mark.parametrize("path", [
    "/", "/index.html", "/tin-tuc", "/tin-tuc-su-kien/", "/tag/kinh-te-xa-hoi-thanh-pho-hue-nam-2021",
    "/tim-kiem?q=hoi+nghi", "/Default.aspx?tabid=70", "/tin-tuc/page/2", "/rss/tin-moi-nhat-trong-ngay.xml",
    "/static/site.css", "/uploads/2021/10/hoi-nghi-tong-ket-cong-tac-nam-1234.jpg", "/2021/10",
])
def test_an_address_that_is_not_an_article_is_refused_without_a_fetch(app, portal, path):
    refused = read(app.test_client(), portal.url(path))
    assert refused.status_code == 404 and refused.json["error"]["code"] == "not_an_article"
    assert portal.count() == 0


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/tin-tuc/bai-viet-so-123", "javascript:alert(1)", "/tin/123"])
def test_what_is_not_a_web_address_is_a_clear_400(app, url):
    refused = read(app.test_client(), url)
    assert refused.status_code == 400 and refused.json["error"]["code"] == "invalid_url"


def _many_articles(portal: Portal, n: int) -> list[str]:
    paths = [f"/tin-tuc/bai-viet-thu-{i}-cua-cong-thong-tin-dien-tu-{1000 + i}.html" for i in range(n)]
    for i, path in enumerate(paths):
        portal.pages[path] = article_page(f"Bài viết thứ {i} của cổng thông tin", [f"Nội dung ngắn số {i}."])
    return [portal.url(p) for p in paths]


@pytest.fixture
def queued_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is synthesised and nobody waits for a first part: only fetches and answers are counted."""
    monkeypatch.setattr(api, "FIRST_PART_WAIT_S", 0.0)


def test_a_flood_of_distinct_addresses_from_one_reader_gets_429_and_no_fetch_past_the_limit(data_dir, portal,
                                                                                            queued_only):
    with service(data_dir, selection_burst=3, selection_per_minute=3) as app:
        app.extensions["jobs"].start = lambda: None
        answers = [read(app.test_client(), url) for url in _many_articles(portal, 20)]
    assert [a.status_code for a in answers] == [202] * 3 + [429] * 17
    assert answers[-1].json["error"]["code"] == "rate_limited" and int(answers[-1].headers["Retry-After"]) >= 1
    assert portal.count() == 3


def test_a_site_is_fetched_at_most_its_rate_per_minute_whoever_asks(data_dir, portal, queued_only):
    with service(data_dir, selection_burst=100, selection_per_minute=600, page_fetch_per_minute=2) as app:
        app.extensions["jobs"].start = lambda: None
        answers = [read(app.test_client(), url, reader=f"10.0.0.{n}")
                   for n, url in enumerate(_many_articles(portal, 6))]
    assert [a.status_code for a in answers] == [202, 202, 429, 429, 429, 429]
    assert answers[2].json["error"]["code"] == "site_rate_limited" and "Retry-After" in answers[2].headers
    assert portal.count() == 2


def test_a_site_is_fetched_at_most_its_concurrency_at_once(data_dir, portal, queued_only):
    urls = _many_articles(portal, 2)
    with service(data_dir, page_fetch_concurrency=1) as app:
        app.extensions["jobs"].start = lambda: None
        portal.hold = threading.Event()
        first: list[Any] = []
        slow = threading.Thread(target=lambda: first.append(read(app.test_client(), urls[0])))
        slow.start()
        assert portal.arrived.acquire(timeout=10)
        busy = read(app.test_client(), urls[1])
        portal.hold.set()
        slow.join(30)
    assert busy.status_code == 429 and busy.json["error"]["code"] == "site_busy"
    assert first[0].status_code == 202 and portal.count() == 1


def test_two_readers_pressing_play_at_once_cost_one_fetch(data_dir, portal, queued_only):
    url = portal.url(PATH)
    with service(data_dir) as app:
        app.extensions["jobs"].start = lambda: None
        portal.hold = threading.Event()
        first: list[Any] = []
        slow = threading.Thread(target=lambda: first.append(read(app.test_client(), url)))
        slow.start()
        assert portal.arrived.acquire(timeout=10)
        second = read(app.test_client(), url)
        portal.hold.set()
        slow.join(30)
        third = read(app.test_client(), url)
    assert second.status_code == 202 and second.json == {"status": "pending", "retry_after": 1}
    assert first[0].status_code == 202 and third.json["id"] == url == first[0].json["id"]
    assert portal.count(PATH) == 1


def test_a_sites_daily_characters_bound_what_strangers_can_have_synthesised(data_dir, portal):
    urls = _many_articles(portal, 3)
    with service(data_dir, page_daily_chars=30) as app:
        answers = [read(app.test_client(), url) for url in urls]
        assert synthesized(app) == 0
    assert [a.status_code for a in answers] == [429, 429, 429]
    assert answers[0].json["error"]["code"] == "site_budget_exhausted"
    assert int(answers[0].headers["Retry-After"]) >= 60
    assert portal.count() == 1, "once the day's characters are spent, nothing more is fetched"


def test_a_failed_page_is_not_fetched_again_at_every_press(app, portal):
    portal.pages[PATH] = "<!doctype html><html><body><nav><a href='/'>Trang chủ</a></nav></body></html>"
    client = app.test_client()
    answers = [read(client, portal.url(PATH)) for _ in range(3)]
    assert [a.status_code for a in answers] == [422, 422, 422]
    assert answers[1].json["error"]["code"] == "page_unreadable"
    assert portal.count() == 1


def test_a_sites_settings_choose_which_of_its_pages_are_read(data_dir, portal, queued_only):
    with service(data_dir, allowed_hosts=()) as app:
        app.extensions["jobs"].start = lambda: None
        cli = app.test_cli_runner()
        client = app.test_client()
        assert read(client, portal.url(PATH)).json["error"]["code"] == "host_not_allowed"
        done = cli.invoke(args=["tts", "site", "set", "127.0.0.1", "--read-pages", "on",
                                "--article-pattern", r"^/bai/\d+$", "--recheck", "600"])
        assert done.exit_code == 0, done.output
        portal.pages["/bai/12345"] = article_page(TITLE, PARAS)
        assert read(client, portal.url("/bai/12345")).status_code == 202
        assert read(client, portal.url(PATH)).json["error"]["code"] == "not_an_article"
        shown = cli.invoke(args=["tts", "site", "show", "127.0.0.1"]).output
        assert r"^/bai/\d+$" in shown and "re-check after 600 s" in shown
        bad = cli.invoke(args=["tts", "site", "set", "127.0.0.1", "--article-pattern", "(unclosed"])
        assert bad.exit_code == 2 and "không hợp lệ" in bad.output
        assert cli.invoke(args=["tts", "site", "set", "127.0.0.1", "--read-pages", "off"]).exit_code == 0
        assert read(client, portal.url("/bai/12346")).json["error"]["code"] == "host_not_allowed"
    assert portal.count() == 1


def test_a_selection_on_a_page_read_from_the_page_must_be_in_what_the_service_fetched(app, portal):
    client = app.test_client()
    url = portal.url(PATH)
    read_to_the_end(app, url)
    as_linked = url + "?utm_source=zalo"
    heard = client.post("/api/v1/speak-selection", json={"url": as_linked, "text": PARAS[1]})
    assert heard.status_code == 200 and heard.json["audio_url"].startswith("/audio/")
    forged = client.post("/api/v1/speak-selection", json={"url": as_linked, "text": "Một câu không có trên trang."})
    assert forged.status_code == 422 and forged.json["error"]["code"] == "not_in_article"


def test_the_address_rules_do_what_their_examples_say():
    import doctest

    from tts_service.pages import address

    result = doctest.testmod(address)
    assert result.attempted >= 7 and result.failed == 0


def test_a_site_allowed_in_its_settings_gets_the_players_cross_origin_answers_from_the_next_start(data_dir):
    origin = {"Origin": "https://tin.hue.gov.vn"}
    query = {"url": "https://tin.hue.gov.vn/x"}
    with service(data_dir, allowed_hosts=()) as before:
        refused = before.test_client().get("/api/v1/lookup", query_string=query, headers=origin)
        assert "Access-Control-Allow-Origin" not in refused.headers
        assert refused.json["error"]["code"] == "host_not_allowed"
        done = before.test_cli_runner().invoke(args=["tts", "site", "set", "hue.gov.vn", "--read-pages", "on"])
        assert done.exit_code == 0 and "restarts" in done.output
    with service(data_dir, allowed_hosts=()) as after:
        answer = after.test_client().get("/api/v1/lookup", query_string=query, headers=origin)
        assert answer.headers["Access-Control-Allow-Origin"] == origin["Origin"]
        assert answer.json["error"]["code"] == "not_an_article"  # hue.gov.vn's pages are read now
