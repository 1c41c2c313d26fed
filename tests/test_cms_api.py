"""The CMS API as a CMS developer meets it: keys with scopes, limits and quotas; URL-only pushes; listing,
turning reading off, deleting; draft previews; the article document and its quality report."""

from __future__ import annotations

import http.server
import time
from typing import ClassVar

import pytest

from tests.test_cache_support import AUTH, http_server, running_app

TITLE = "Thông báo lịch tiếp công dân"
TEXT = "Từ tuần sau, lịch tiếp công dân bắt đầu lúc bảy giờ ba mươi sáng.\n\nNgười dân gửi ý kiến qua cổng thông tin."


def make_key(app, name: str, *, site: str | None = "a.gov.vn", scope: str = "cms", per_minute: int | None = None,
             daily_chars: int | None = None) -> dict[str, str]:
    args = ["tts", "create-key", name, *(["--site", site] if site else ["--all-sites"]), "--scope", scope]
    args += [*(["--per-minute", str(per_minute)] if per_minute is not None else []),
             *(["--daily-chars", str(daily_chars)] if daily_chars is not None else [])]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return {"Authorization": f"Bearer {result.output.split()[0]}"}


def push(client, key, article_id: str = "a-1", url: str = "https://a.gov.vn/tin/1", **body):
    return client.post("/api/v1/articles", headers=key,
                       json={"id": article_id, "url": url, "title": TITLE, "text": TEXT, **body})


@pytest.fixture
def cms(data_dir):
    with running_app(data_dir, sync_max_chars=100_000) as app:
        yield app, app.test_client(), make_key(app, "cms-a"), make_key(app, "cms-b", site="b.gov.vn")


ENDPOINTS = [
    ("get", "/api/v1/articles", None), ("get", "/api/v1/articles/a-1", None),
    ("patch", "/api/v1/articles/a-1", {"disabled": True}), ("delete", "/api/v1/articles/a-1", None),
    ("get", "/api/v1/drafts/a-1", None), ("get", "/api/v1/quality", None), ("get", "/api/v1/lexicon", None),
    ("post", "/api/v1/lexicon", {"pattern": "XYZ", "replacement": "ích"}),
    ("post", "/api/v1/articles", {"title": "T", "text": "Một câu."}),
]


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_every_cms_endpoint_refuses_a_call_without_a_key(cms, method, path, body):
    _app, client, _a, _b = cms
    response = getattr(client, method)(path, json=body)
    assert response.status_code == 401 and response.json["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(("method", "path", "body"), [e for e in ENDPOINTS if "lexicon" in e[1]] + [
    ("delete", "/api/v1/lexicon?pattern=XYZ", None)])
def test_a_cms_key_cannot_edit_the_lexicon(cms, method, path, body):
    _app, client, key, _b = cms
    response = getattr(client, method)(path, json=body, headers=key)
    assert response.status_code == 403 and response.json["error"]["code"] == "insufficient_scope"
    assert "admin" in response.json["error"]["message"]


@pytest.mark.parametrize(("method", "path", "body"), [
    ("get", "/api/v1/articles/a-1", None), ("patch", "/api/v1/articles/a-1", {"disabled": True}),
    ("delete", "/api/v1/articles/a-1", None), ("get", "/api/v1/articles?site=a.gov.vn", None),
    ("get", "/api/v1/quality?site=a.gov.vn", None)])
def test_another_sites_key_can_neither_read_nor_change_an_article(cms, method, path, body):
    _app, client, key_a, key_b = cms
    assert push(client, key_a).status_code == 200
    response = getattr(client, method)(path, json=body, headers=key_b)
    assert response.status_code == 403
    assert response.json["error"]["code"] in ("article_of_another_site", "site_of_another_key")
    assert client.get("/api/v1/articles/a-1", headers=key_a).json["disabled"] is False  # nothing changed


def test_a_key_over_its_request_limit_gets_429_with_retry_after(cms):
    app, client, _a, _b = cms
    key = make_key(app, "busy", per_minute=3)
    answers = [client.get("/api/v1/articles", headers=key) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[-1].json["error"]["code"] == "rate_limited" and 1 <= int(answers[-1].headers["Retry-After"]) <= 60
    assert client.get("/api/v1/articles", headers=make_key(app, "other", per_minute=3)).status_code == 200


def test_the_daily_quota_counts_new_synthesis_only_and_says_when_it_resets(cms):
    app, client, _a, _b = cms
    key = make_key(app, "small", daily_chars=(len(TITLE) + 2 + len(TEXT)) * 3 // 2)
    first = push(client, key)
    assert first.status_code == 200 and first.json["synthesized"] is True
    assert push(client, key).status_code == 200  # the same article again: cached, free
    refused = push(client, key, article_id="a-2", url="https://a.gov.vn/tin/2", text=TEXT.replace("sau", "tới"))
    assert refused.status_code == 429 and refused.json["error"]["code"] == "quota_exceeded"
    assert 3600 < int(refused.headers["Retry-After"]) <= 86400
    assert app.extensions["narrator"].index.get_article("a-2") is None  # nothing was written


def test_an_article_longer_than_the_whole_quota_is_refused_at_once(cms):
    app, client, _a, _b = cms
    key = make_key(app, "tiny", daily_chars=20)
    refused = push(client, key)
    assert refused.status_code == 413 and refused.json["error"]["code"] == "quota_exceeded"


class _Page(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, str]] = {
        "/tin/1": f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
                  f"<p>{TEXT.split(chr(10))[0]}</p><p>Người dân gửi ý kiến qua cổng thông tin điện tử.</p>"
                  "</article></body></html>",
        "/menu": "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>",
    }

    def do_GET(self) -> None:
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "").encode())

    def log_message(self, *args: object) -> None:
        pass


def test_a_url_alone_is_fetched_for_the_keys_own_site(data_dir):
    with http_server(_Page) as base, running_app(data_dir, allow_private_fetch=True) as app:
        client = app.test_client()
        key = make_key(app, "local", site="127.0.0.1")
        answer = client.post("/api/v1/articles", headers=key, json={"id": "p-1", "url": f"{base}/tin/1"})
        assert answer.status_code == 200, answer.json
        document = client.get("/api/v1/articles/p-1", headers=key).json
        assert document["title"] == TITLE and document["url"] == f"{base}/tin/1"
        assert [b["kind"] for b in document["blocks"]][:1] == ["heading"] and len(document["blocks"]) >= 3
        empty = client.post("/api/v1/articles", headers=key, json={"id": "p-2", "url": f"{base}/menu"})
        assert empty.status_code == 422 and empty.json["error"]["code"] == "empty_article"


def test_a_url_alone_on_a_host_nobody_allowed_is_refused_before_any_fetch(data_dir):
    with http_server(_Page) as base, running_app(data_dir, allow_private_fetch=True) as app:
        client = app.test_client()
        refused = client.post("/api/v1/articles", headers=AUTH, json={"id": "p-1", "url": f"{base}/tin/1"})
        assert refused.status_code == 403 and refused.json["error"]["code"] == "host_not_allowed"
        assert "TTS_ALLOWED_HOSTS" in refused.json["error"]["message"]
        other = client.post("/api/v1/articles", headers=make_key(app, "x", site="a.gov.vn"),
                            json={"id": "p-1", "url": f"{base}/tin/1"})
        assert other.status_code == 403 and other.json["error"]["code"] == "url_of_another_site"
    with http_server(_Page) as base, running_app(data_dir, allowed_hosts=("example.org",)) as app:
        refused = app.test_client().post("/api/v1/articles", headers=AUTH, json={"id": "p-1", "url": f"{base}/tin/1"})
        assert refused.status_code == 403 and refused.json["error"]["code"] == "host_not_allowed"


def test_a_turned_off_article_is_not_offered_to_listeners_until_turned_on(cms):
    _app, client, key, _b = cms
    pushed = push(client, key).json
    off = client.patch("/api/v1/articles/a-1", headers=key, json={"disabled": True})
    assert off.status_code == 200 and off.json["disabled"] is True
    lookup = client.get("/api/v1/lookup?id=a-1")
    assert lookup.status_code == 404 and lookup.json["error"]["code"] == "article_disabled"
    assert client.get("/api/v1/lookup", query_string={"url": "https://a.gov.vn/tin/1"}).status_code == 404
    assert client.post("/api/v1/speak-selection", json={"article_id": "a-1", "text": "lịch tiếp công dân"}
                       ).status_code == 404
    listed = client.get("/api/v1/articles?status=disabled", headers=key).json["articles"]
    assert [a["id"] for a in listed] == ["a-1"]
    assert client.get(pushed["audio_url"]).status_code == 200  # kept, for turning it on again
    assert client.patch("/api/v1/articles/a-1", headers=key, json={"disabled": False}).json["disabled"] is False
    assert client.get("/api/v1/lookup?id=a-1").json["audio_url"] == pushed["audio_url"]


def test_patch_refuses_anything_but_a_boolean(cms):
    _app, client, key, _b = cms
    push(client, key)
    for body in ({"disabled": "yes"}, {}, {"disabled": 1}):
        bad = client.patch("/api/v1/articles/a-1", headers=key, json=body)
        assert bad.status_code == 400 and "disabled" in bad.json["error"]["message"]


def test_deleting_an_article_unpublishes_its_audio_at_once(cms):
    _app, client, key, _b = cms
    pushed = push(client, key).json
    twin = push(client, AUTH, article_id="twin", url="https://a.gov.vn/tin/1").json  # the very same audio
    other = push(client, key, article_id="a-3", url="https://a.gov.vn/tin/3", title="Tin khác").json
    assert twin["key"] == pushed["key"]
    assert client.delete("/api/v1/articles/twin", headers=AUTH).status_code == 204
    assert client.get(pushed["audio_url"]).status_code == 200  # a-1 still reads it
    gone = client.delete("/api/v1/articles/a-1", headers=key)
    assert gone.status_code == 204 and gone.data == b""
    assert client.get(pushed["audio_url"]).status_code == 404
    assert client.get(pushed["marks_url"]).status_code == 404
    assert client.get("/api/v1/lookup?id=a-1").status_code == 404
    assert client.get("/api/v1/articles/a-1", headers=key).status_code == 404
    assert client.delete("/api/v1/articles/a-1", headers=key).status_code == 404
    assert client.get(other["audio_url"]).status_code == 200
    assert [a["id"] for a in client.get("/api/v1/articles", headers=key).json["articles"]] == ["a-3"]


def test_a_draft_plays_for_its_key_holder_and_is_never_listed_or_looked_up(cms):
    app, client, key, key_b = cms
    published = push(client, key).json
    draft = push(client, key, title=TITLE + " (bản nháp)", draft=True)
    assert draft.status_code == 200 and draft.json["draft"] is True and draft.json["id"] == "a-1"
    assert draft.json["expires_at"] > time.time() + 3600
    assert draft.json["audio_url"] != published["audio_url"] and client.get(draft.json["audio_url"]).status_code == 200
    assert client.get("/api/v1/lookup?id=a-1").json["audio_url"] == published["audio_url"]
    assert client.get("/api/v1/lookup?id=draft:a-1").status_code == 404
    assert [a["id"] for a in client.get("/api/v1/articles", headers=key).json["articles"]] == ["a-1"]
    document = client.get("/api/v1/drafts/a-1", headers=key).json
    assert document["draft"] is True and document["title"].endswith("(bản nháp)")
    assert client.get("/api/v1/drafts/a-1", headers=key_b).status_code == 403
    index = app.extensions["narrator"].index
    assert index.get_article("draft:a-1").pinned is False
    webhooks_before = len(index.deliveries())
    assert client.delete("/api/v1/drafts/a-1", headers=key).status_code == 204
    assert client.get(draft.json["audio_url"]).status_code == 404
    assert client.get(published["audio_url"]).status_code == 200
    assert len(index.deliveries()) == webhooks_before


def test_a_draft_expires_and_its_published_twin_keeps_its_audio(cms, monkeypatch):
    app, client, key, _b = cms
    published = push(client, key).json
    draft = push(client, key, draft=True).json  # the same text: the same audio as the published article
    other = push(client, key, article_id="a-2", url="https://a.gov.vn/tin/2", title="Nháp khác", draft=True).json
    assert draft["key"] == published["key"]
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 2 * 86400)
    app.extensions["draft_collected"] = [0.0]
    push(client, key, article_id="a-3", url="https://a.gov.vn/tin/3", title="Một nháp nữa", draft=True)
    assert client.get(other["audio_url"]).status_code == 404
    assert client.get("/api/v1/drafts/a-2", headers=key).status_code == 404
    assert client.get(published["audio_url"]).status_code == 200


def test_articles_are_listed_newest_first_by_page_with_filters(cms):
    _app, client, key, key_b = cms
    for n in range(5):
        assert push(client, key, article_id=f"a-{n}", url=f"https://a.gov.vn/tin/{n}", title=f"Tin số {n}"
                    ).status_code == 200
        time.sleep(0.01)
    push(client, key_b, article_id="b-1", url="https://b.gov.vn/tin/1")
    seen, cursor = [], None
    for _ in range(4):
        page = client.get("/api/v1/articles", headers=key, query_string={"limit": 2, **({"cursor": cursor}
                                                                                        if cursor else {})}).json
        seen += [a["id"] for a in page["articles"]]
        cursor = page.get("next_cursor")
        if cursor is None:
            break
    assert seen == ["a-4", "a-3", "a-2", "a-1", "a-0"]
    listed = client.get("/api/v1/articles", headers=key).json["articles"]
    assert all(a["audio_url"].startswith("/audio/") for a in listed)
    everything = [a["id"] for a in client.get("/api/v1/articles", headers=AUTH).json["articles"]]
    assert "b-1" in everything and len(everything) == 6
    future = client.get("/api/v1/articles", headers=key, query_string={"since": "2999-01-01T00:00:00Z"}).json
    assert future["articles"] == []
    assert client.get("/api/v1/articles?status=failed", headers=key).json["articles"] == []
    bad = client.get("/api/v1/articles?cursor=nonsense", headers=key)
    assert bad.status_code == 400 and "cursor" in bad.json["error"]["message"]
    assert client.get("/api/v1/articles?limit=0", headers=key).status_code == 400


def test_the_article_document_says_what_the_reader_hears_and_what_was_only_guessed(cms):
    _app, client, key, _b = cms
    push(client, key, text="Sở XYZ có 3 người.\n\nÔng A nói về XYZ.")
    document = client.get("/api/v1/articles/a-1?spoken=true", headers=key).json
    assert document["status"] == "ready" and document["site"] == "a.gov.vn" and document["disabled"] is False
    assert [b["text"] for b in document["blocks"]] == [TITLE, "Sở XYZ có 3 người.", "Ông A nói về XYZ."]
    assert "ba người" in document["blocks"][1]["spoken"]
    first = document["quality"][0]
    assert (first["token"], first["kind"], first["count"]) == ("XYZ", "abbreviation", 2)
    plain = client.get("/api/v1/articles/a-1", headers=key).json
    assert all("spoken" not in b for b in plain["blocks"])
