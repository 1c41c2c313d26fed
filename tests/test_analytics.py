"""Listening analytics: off by default; when on, the player's reports add up per article and day — plays, share
heard, completions, failures — and the CMS reads them; nothing about a listener is stored."""

from __future__ import annotations

import pytest

from audio_cache.listening import today
from tests.conftest import database_dump, table_columns
from tests.test_cache_support import AUTH, running_app


def push(client, article_id: str = "an-1", url: str = "https://a.gov.vn/tin/1"):
    answer = client.post("/api/v1/articles", headers=AUTH, json={"id": article_id, "url": url, "title": "Tin",
                                                                 "text": "Một câu ngắn."})
    assert answer.status_code == 200


def test_plays_are_not_counted_unless_the_operator_turns_analytics_on(data_dir):
    with running_app(data_dir) as app:
        client = app.test_client()
        push(client)
        assert "analytics" not in client.get("/api/v1/lookup?id=an-1").json
        refused = client.post("/api/v1/events", json={"article_id": "an-1", "event": "play"})
        assert refused.status_code == 404 and refused.json["error"]["code"] == "analytics_off"
        report = client.get("/api/v1/listening", headers=AUTH).json
        assert report["enabled"] is False and report["days"] == []


@pytest.fixture
def counting(data_dir):
    with running_app(data_dir, analytics=True) as app:
        yield app, app.test_client()


def test_the_players_reports_add_up_per_article_and_day(counting):
    _app, client = counting
    push(client)
    push(client, "an-2", "https://b.gov.vn/tin/2")
    assert client.get("/api/v1/lookup?id=an-1").json["analytics"] is True
    events = [{"event": "play"}, {"event": "play"}, {"event": "play"}, {"event": "listened", "percent": 100},
              {"event": "listened", "percent": 40}, {"event": "error"}]
    for event in events:
        assert client.post("/api/v1/events", json={"article_id": "an-1", **event}).status_code == 204
    beacon = client.post("/api/v1/events", data='{"article_id": "an-2", "event": "play"}', content_type="text/plain")
    assert beacon.status_code == 204  # navigator.sendBeacon sends text/plain
    report = client.get("/api/v1/listening", headers=AUTH, query_string={"site": "a.gov.vn"}).json
    assert report["enabled"] is True and report["until"] == today()
    assert report["days"] == [{"article_id": "an-1", "day": today(), "plays": 3, "listened": 2,
                               "average_percent": 70.0, "completed": 1, "failures": 1}]
    one = client.get("/api/v1/listening", headers=AUTH, query_string={"article_id": "an-2"}).json["days"]
    assert [(d["article_id"], d["plays"]) for d in one] == [("an-2", 1)]


def test_nothing_that_could_tell_listeners_apart_is_stored(counting):
    app, client = counting
    push(client)
    client.post("/api/v1/events", json={"article_id": "an-1", "event": "play"},
                headers={"X-Forwarded-For": "203.0.113.9", "User-Agent": "Listener-Agent/1.0", "Cookie": "sid=abc"})
    app.extensions["narrator"].listening.flush()
    assert "Set-Cookie" not in client.get("/api/v1/lookup?id=an-1").headers
    db = app.extensions["narrator"].stores.db
    columns, dump = table_columns(db, "listening"), database_dump(db).decode()
    assert columns == ["article_id", "day", "plays", "listened", "percent_sum", "completed", "failures"]
    assert "203.0.113.9" not in dump and "Listener-Agent" not in dump and "sid=abc" not in dump


def test_events_for_unknown_turned_off_or_draft_articles_and_bad_reports_are_refused(counting):
    _app, client = counting
    push(client)
    client.patch("/api/v1/articles/an-1", headers=AUTH, json={"disabled": True})
    assert client.post("/api/v1/events", json={"article_id": "an-1", "event": "play"}).status_code == 404
    assert client.post("/api/v1/events", json={"article_id": "nope", "event": "play"}).status_code == 404
    bad = client.post("/api/v1/events", json={"article_id": "an-1", "event": "listened", "percent": 140})
    assert bad.status_code == 400 and "percent" in bad.json["error"]["message"]
    assert client.post("/api/v1/events", json={"article_id": "an-1", "event": "click"}).status_code == 400
    assert client.get("/api/v1/listening?since=2026-02-30", headers=AUTH).status_code == 400
    assert client.get("/api/v1/listening?since=2026-12-05&until=2026-12-01", headers=AUTH).status_code == 400


def test_another_sites_key_cannot_read_a_sites_counts(counting):
    app, client = counting
    push(client)
    result = app.test_cli_runner().invoke(args=["tts", "create-key", "b", "--site", "b.gov.vn"])
    key = {"Authorization": f"Bearer {result.output.split()[0]}"}
    assert client.get("/api/v1/listening?site=a.gov.vn", headers=key).status_code == 403
    assert client.get("/api/v1/listening?article_id=an-1", headers=key).status_code == 403
