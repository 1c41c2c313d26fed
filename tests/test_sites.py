"""API keys are bound to a site: a key writes, reads and cancels only its own site's articles, claims only URLs on
its own hosts, and a page's lookup finds the article of the site that owns the page's host."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_cache_support import AUTH, running_app

A_URL = "https://a.gov.vn/tin/1"


def _key(app, site: str | None) -> dict[str, str]:
    args = ["tts", "create-key", f"cms-{site or 'all'}", *(["--site", site] if site else ["--all-sites"])]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return {"Authorization": f"Bearer {result.output.split()[0]}"}


def _post(client, key, **body):
    return client.post("/api/v1/articles", json={"title": "Tin", "text": "Nội dung bài.", **body}, headers=key)


@pytest.fixture
def sites(data_dir):
    with running_app(data_dir, sync_max_chars=100_000) as app:
        yield app, app.test_client(), _key(app, "a.gov.vn"), _key(app, "b.gov.vn")


def test_a_key_cannot_overwrite_another_sites_article(sites):
    _app, client, key_a, key_b = sites
    mine = _post(client, key_a, id="bai-1", title="Bài của A")
    assert mine.status_code == 200
    theirs = _post(client, key_b, id="bai-1", title="Bài giả của B", text="Nội dung khác.")
    assert theirs.status_code == 403 and theirs.json["error"]["code"] == "article_of_another_site"
    assert "a.gov.vn" not in theirs.json["error"]["message"]  # the owner is not disclosed
    status = client.get("/api/v1/lookup?id=bai-1").json
    assert status["title"] == "Bài của A" and status["key"] == mine.json["key"]
    assert client.get("/api/v1/articles/bai-1", headers=key_b).status_code == 403
    assert client.get("/api/v1/articles/bai-1", headers=key_a).json["title"] == "Bài của A"


def test_a_key_cannot_claim_a_url_on_another_sites_host(sites):
    _app, client, key_a, key_b = sites
    assert _post(client, key_a, id="a-1", url=A_URL, title="Bài của A").status_code == 200
    claim = _post(client, key_b, id="b-1", url=A_URL, title="Bài giả")
    assert claim.status_code == 403 and claim.json["error"]["code"] == "url_of_another_site"
    found = client.get("/api/v1/lookup", query_string={"url": A_URL}).json
    assert found["id"] == "a-1" and found["title"] == "Bài của A"
    # its own sub-domains are its own
    assert _post(client, key_a, id="a-2", url="https://sxd.a.gov.vn/tin/2").status_code == 200
    assert _post(client, key_a, id="a-3", url="https://evila.gov.vn/tin/3").status_code == 403


def test_another_sites_jobs_cannot_be_cancelled_or_retried(data_dir):
    with running_app(data_dir, sync_max_chars=10) as app:
        client = app.test_client()
        key_a, key_b = _key(app, "a.gov.vn"), _key(app, "b.gov.vn")
        app.extensions["jobs"].start = lambda: None  # the job stays queued
        job_url = _post(client, key_a, id="dai", text="Một đoạn khá dài của bài viết này.").json["job_url"]
        assert client.post(job_url + "/cancel", headers=key_b).status_code == 403
        assert client.get(job_url).json["status"] == "queued"
        assert client.post(job_url + "/cancel", headers=key_a).json["status"] == "cancelled"
        assert client.post(job_url + "/retry", headers=key_b).status_code == 403


def test_a_key_needs_a_site_or_an_explicit_all_sites(data_dir):
    with running_app(data_dir) as app:
        result = app.test_cli_runner().invoke(args=["tts", "create-key", "cms"])
        assert result.exit_code != 0 and "--site" in result.output
        bad = app.test_cli_runner().invoke(args=["tts", "create-key", "cms", "--site", "https://a.gov.vn/x"])
        assert bad.exit_code != 0 and "host" in bad.output


def test_bootstrap_keys_act_for_every_site_and_their_articles_belong_to_the_urls_site(sites):
    """TTS_API_KEYS keys are the operator's: any site, and what they write belongs to the site of its URL."""
    _app, client, key_a, key_b = sites
    assert _post(client, AUTH, id="op-1", url=A_URL, title="Của người vận hành").status_code == 200
    assert _post(client, key_a, id="op-1", url=A_URL, title="A sửa lại").status_code == 200
    assert _post(client, key_b, id="op-1", title="B").status_code == 403
    assert _post(client, AUTH, id="op-1", title="Vận hành sửa").status_code == 200


@pytest.mark.embedded_only  # the upgrade of an older SQLite file
def test_an_index_from_before_sites_upgrades_its_articles_to_their_urls_site(data_dir):
    with running_app(data_dir) as app:
        key = _key(app, "a.gov.vn")
        assert _post(app.test_client(), key, id="cu", url=A_URL, title="Bài cũ").status_code == 200
    db = sqlite3.connect(data_dir / "index.sqlite3")
    db.execute("ALTER TABLE articles DROP COLUMN site")
    db.execute("ALTER TABLE api_keys DROP COLUMN site")
    db.commit()
    db.close()
    with running_app(data_dir) as app:
        client = app.test_client()
        assert client.get("/api/v1/lookup", query_string={"url": A_URL}).json["id"] == "cu"
        assert _post(client, _key(app, "b.gov.vn"), id="cu", title="Chiếm").status_code == 403
        assert _post(client, key, id="cu", url=A_URL, title="Bài cũ, sửa").status_code == 200  # now: every site
