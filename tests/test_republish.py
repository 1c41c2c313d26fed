"""A pronunciation fix reaches published audio: the edit lists exactly the articles it makes sound different,
reads them again in the background (only the changed segments reach the engine), and the webhook tells the CMS
each new audio URL; the site-wide quality report then no longer lists the fixed token."""

from __future__ import annotations

import json

import pytest

from tests.test_cache_support import AUTH, running_app, wait_for

ARTICLES = {  # id → (url, paragraphs)
    "a-1": ("https://a.gov.vn/tin/1", ["Sở XYZ họp sáng nay.", "Các đại biểu thống nhất nội dung.",
                                       "Buổi họp kết thúc lúc mười giờ."]),
    "a-2": ("https://a.gov.vn/tin/2", ["Giám đốc XYZ phát biểu.", "Người dân gửi nhiều ý kiến."]),
    "a-3": ("https://a.gov.vn/tin/3", ["Thành phố ra quân dọn vệ sinh.", "Hàng nghìn người tham gia."]),
    "b-1": ("https://b.gov.vn/tin/1", ["Trường XYZ khai giảng năm học mới."]),
}


def make_key(app, name: str, *, site: str | None, scope: str = "cms") -> dict[str, str]:
    args = ["tts", "create-key", name, *(["--site", site] if site else ["--all-sites"]), "--scope", scope]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return {"Authorization": f"Bearer {result.output.split()[0]}"}


@pytest.fixture
def published(data_dir):
    with running_app(data_dir, sync_max_chars=100_000, webhook_url="http://127.0.0.1:9/hook",
                     webhook_secret="s" * 16, webhook_allow_private=True) as app:
        client = app.test_client()
        keys = {"a": make_key(app, "cms-a", site="a.gov.vn"), "b": make_key(app, "cms-b", site="b.gov.vn")}
        audio = {}
        for article_id, (url, paragraphs) in ARTICLES.items():
            answer = client.post("/api/v1/articles", headers=keys[article_id[0]],
                                 json={"id": article_id, "url": url, "title": "Tin", "text": "\n\n".join(paragraphs)})
            assert answer.status_code == 200
            audio[article_id] = answer.json["key"]
        yield app, client, audio


def _finished(app, ids: list[str]) -> bool:
    index = app.extensions["narrator"].index
    return all(index.get_article(i).status == "ready" and index.get_article(i).wanted_key
               == index.get_article(i).narration_key for i in ids)


def test_a_lexicon_edit_reads_again_exactly_the_articles_it_changes(published):
    app, client, audio = published
    narrator = app.extensions["narrator"]
    admin = make_key(app, "admin-a", site="a.gov.vn", scope="admin")
    before = narrator.segments_synthesized
    answer = client.post("/api/v1/lexicon", headers=admin, json={"pattern": "XYZ", "replacement": "ích y dét"})
    assert answer.status_code == 200, answer.json
    assert answer.json["entry"]["site"] == "a.gov.vn"  # a site's admin key edits its own site's reading
    assert sorted(answer.json["affected"]) == ["a-1", "a-2"] and answer.json["queued"] == 2
    wait_for(lambda: _finished(app, ["a-1", "a-2"]), timeout=60)
    index = narrator.index
    assert {i: index.get_article(i).narration_key != audio[i] for i in ARTICLES} == {
        "a-1": True, "a-2": True, "a-3": False, "b-1": False}
    assert narrator.segments_synthesized - before == 2  # the two sentences with XYZ, nothing else
    spoken = client.get("/api/v1/articles/a-1?spoken=true", headers=AUTH).json["blocks"][1]["spoken"]
    assert "ích y dét" in spoken
    wait_for(lambda: len([d for d in index.deliveries() if json.loads(d.body).get("reason") == "lexicon"]) == 2)
    sent = {json.loads(d.body)["id"]: json.loads(d.body) for d in index.deliveries()}
    assert sent["a-1"]["audio_url"] == f"/audio/{index.get_article('a-1').narration_key}.mp3"
    assert sent["a-2"]["event"] == "article.ready"


def test_an_edit_without_renarrating_lists_the_articles_and_changes_no_audio(published):
    app, client, _audio = published
    admin = make_key(app, "admin", site=None, scope="admin")
    answer = client.post("/api/v1/lexicon", headers=admin,
                         json={"pattern": "XYZ", "replacement": "ích y dét", "renarrate": False})
    assert sorted(answer.json["affected"]) == ["a-1", "a-2", "b-1"] and answer.json["queued"] == 0
    assert app.extensions["narrator"].index.jobs() == []
    removed = client.delete("/api/v1/lexicon", headers=admin, query_string={"pattern": "XYZ", "renarrate": "false"})
    assert removed.status_code == 200 and sorted(removed.json["affected"]) == ["a-1", "a-2", "b-1"]
    assert client.delete("/api/v1/lexicon?pattern=XYZ", headers=admin).status_code == 404


def test_an_entry_that_changes_no_spoken_text_reads_nothing_again(published):
    app, client, _audio = published
    admin = make_key(app, "admin", site=None, scope="admin")
    answer = client.post("/api/v1/lexicon", headers=admin, json={"pattern": "Sở", "replacement": "Sở"})
    assert answer.json["affected"] == [] and answer.json["queued"] == 0


def test_a_site_admin_key_cannot_edit_another_sites_entries(published):
    app, client, _audio = published
    admin = make_key(app, "admin-a", site="a.gov.vn", scope="admin")
    refused = client.post("/api/v1/lexicon", headers=admin,
                          json={"pattern": "XYZ", "replacement": "ích", "site": "b.gov.vn"})
    assert refused.status_code == 403 and refused.json["error"]["code"] == "site_of_another_key"
    bad = client.post("/api/v1/lexicon", headers=admin, json={"pattern": "(a+)+", "replacement": "x", "is_regex": True})
    assert bad.status_code == 400 and "regex" in bad.json["error"]["message"]


def test_the_site_wide_report_ranks_guessed_tokens_and_forgets_a_fixed_one(published):
    app, client, _audio = published
    report = client.get("/api/v1/quality", headers=AUTH, query_string={"site": "a.gov.vn"}).json
    assert report["articles"] == 3
    assert report["tokens"][0] == {"token": "XYZ", "kind": "abbreviation", "count": 2, "articles": 2,
                                   "context": report["tokens"][0]["context"]}
    everywhere = client.get("/api/v1/quality", headers=AUTH).json
    assert everywhere["tokens"][0]["token"] == "XYZ" and everywhere["tokens"][0]["count"] == 3
    admin = make_key(app, "admin", site=None, scope="admin")
    client.post("/api/v1/lexicon", headers=admin, json={"pattern": "XYZ", "replacement": "ích y dét"})
    wait_for(lambda: _finished(app, ["a-1", "a-2", "b-1"]), timeout=60)
    after = client.get("/api/v1/quality", headers=AUTH).json
    assert "XYZ" not in [t["token"] for t in after["tokens"]]


def test_the_command_line_edit_queues_the_affected_articles_for_the_running_service(published):
    app, _client, _audio = published
    result = app.test_cli_runner().invoke(args=["tts", "lexicon", "add", "XYZ", "ích y dét", "--site", "b.gov.vn"])
    assert result.exit_code == 0, result.output
    assert "reads differently: b-1" in result.output and "1 queued" in result.output
    jobs = app.extensions["narrator"].index.jobs()
    assert [(j.article_id, j.payload.get("reason")) for j in jobs] == [("b-1", "lexicon")]
