"""A site's narrated articles as a podcast feed that a real feed parser reads: RSS 2.0, one enclosure per ready
article (the MP3, absolute URL, its size), iTunes tags; nothing turned off, drafted or of another site."""

from __future__ import annotations

import feedparser
import pytest

from tests.test_cache_support import AUTH, running_app


@pytest.fixture
def site(data_dir):
    with running_app(data_dir, public_url="https://doc.example.vn") as app:
        client = app.test_client()
        pages = [("https://a.gov.vn/tin/1", "Tin một"), ("https://tin.a.gov.vn/2", "Tin hai"),
                 ("https://a.gov.vn/tin/3", "Tin ba"), ("https://b.gov.vn/tin/1", "Tin khác")]
        for n, (url, title) in enumerate(pages):
            assert client.post("/api/v1/articles", headers=AUTH, json={"id": f"f-{n}", "url": url, "title": title,
                                                                       "text": f"Nội dung {title.lower()}."}
                               ).status_code == 200
        client.patch("/api/v1/articles/f-2", headers=AUTH, json={"disabled": True})
        client.post("/api/v1/articles", headers=AUTH, json={"id": "f-9", "url": "https://a.gov.vn/tin/9",
                                                             "title": "Bản nháp", "text": "Chưa đăng.", "draft": True})
        yield app, client


def test_a_podcast_player_reads_the_sites_latest_narrated_articles(site):
    app, client = site
    answer = client.get("/feeds/a.gov.vn/podcast.xml")
    assert answer.status_code == 200 and answer.mimetype == "application/rss+xml"
    feed = feedparser.parse(answer.data)
    assert feed.bozo == 0 and feed.version == "rss20" and feed.feed.language == "vi"
    assert feed.feed.title == "Đọc bài viết — a.gov.vn" and feed.namespaces.get("itunes")
    assert [e.title for e in feed.entries] == ["Tin hai", "Tin một"]
    stores = app.extensions["narrator"].stores
    for entry, article_id in zip(feed.entries, ["f-1", "f-0"], strict=True):
        record = stores.articles.get_article(article_id)
        enclosure = entry.enclosures[0]
        assert enclosure.href == f"https://doc.example.vn/audio/{record.narration_key}.mp3"
        assert enclosure.type == "audio/mpeg" and int(enclosure.length) == record.size_bytes > 0
        assert entry.itunes_duration.startswith("0:00:") and entry.link == record.url
        assert client.get(enclosure.href.removeprefix("https://doc.example.vn")).status_code == 200


def test_a_site_with_no_article_has_no_feed(site):
    _app, client = site
    assert client.get("/feeds/c.gov.vn/podcast.xml").status_code == 404
    assert client.get("/feeds/..%2Fetc/podcast.xml").status_code == 404
