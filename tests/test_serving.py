"""Audio files are served like static files: right type, Range, ETag, immutable caching, nginx hand-off."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tests.test_cache_support import AUTH, paragraphs, running_app, wait_for


@pytest.fixture
def served(data_dir):
    with running_app(data_dir) as app:
        client = app.test_client()
        body = client.post("/api/v1/articles", json={"id": "a", "title": "Tin", "text": "Một câu ngắn."},
                           headers=AUTH).json
        yield app, client, body


def test_each_file_has_its_type_and_is_cached_for_a_year(served):
    _, client, body = served
    for url, mime in ((body["audio_url"], "audio/mpeg"), (body["marks_url"], "application/json"),
                      (body["vtt_url"], "text/vtt")):
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == mime
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response.headers["X-Content-Type-Options"] == "nosniff" and response.headers["ETag"]
        head = client.head(url)
        assert head.status_code == 200 and head.data == b""
        assert head.headers["Content-Length"] == str(len(response.data))


def test_malformed_keys_are_404_without_touching_the_filesystem(served, monkeypatch):
    _, client, _ = served
    touched: list = []
    for name in ("is_file", "stat", "exists", "open"):
        original = getattr(Path, name)
        monkeypatch.setattr(Path, name, lambda self, *a, _o=original, **k: touched.append(self) or _o(self, *a, **k))
    for path in ("/audio/" + "A" * 64 + ".mp3", "/audio/" + "a" * 63 + ".mp3", "/audio/" + "a" * 64 + ".wav",
                 "/audio/" + "a" * 64 + ".MP3", "/audio/..%2f..%2fetc%2fpasswd.mp3", "/audio/%00.mp3"):
        response = client.get(path)
        assert response.status_code == 404 and response.is_json, path
    assert touched == []


def test_nginx_x_accel_redirect_mode_hands_the_file_to_nginx(data_dir):
    with running_app(data_dir, accel_redirect="/_dbv_audio/") as app:
        client = app.test_client()
        body = client.post("/api/v1/articles", json={"title": "Tin", "text": "Một câu."}, headers=AUTH).json
        response = client.get(body["audio_url"])
        key = body["key"]
        assert response.status_code == 200 and response.data == b""
        assert response.headers["X-Accel-Redirect"] == f"/_dbv_audio/{key[:2]}/{key[2:4]}/{key}.mp3"
        assert response.mimetype == "audio/mpeg"
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert client.get("/audio/" + "b" * 64 + ".mp3").status_code == 404  # unknown keys never reach nginx


def test_a_damaged_file_is_not_served_and_the_article_is_made_again(served, data_dir):
    app, _, body = served
    store = app.extensions["narrator"].store
    path = store.path(body["key"], "mp3")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    if hasattr(store, "bucket"):  # scale-out: the bucket's object rots too (its recorded checksum stays)
        name = store.object_name(body["key"], "mp3")
        meta = store.client.head_object(Bucket=store.bucket, Key=name)["Metadata"]
        store.client.put_object(Bucket=store.bucket, Key=name, Body=bytes(data), Metadata=meta)
    with running_app(data_dir) as fresh:  # another worker process: it did not write the file
        client = fresh.test_client()
        assert client.get(body["audio_url"]).status_code == 404
        status = client.get("/api/v1/lookup?id=a").json
        assert status["status"] != "ready" and status["job_url"]
        wait_for(lambda: client.get("/api/v1/lookup?id=a").json["status"] == "ready", timeout=60)
        assert client.get(body["audio_url"]).data != bytes(data)


def test_playing_updates_last_played_once_not_on_every_range_request(served):
    app, client, body = served
    index = app.extensions["narrator"].index
    assert index.get_article("a").last_played_at is None
    client.get(body["audio_url"], headers={"Range": "bytes=100-200"})
    assert index.get_article("a").last_played_at is None  # seeking is not a new play
    client.get(body["audio_url"])
    first = index.get_article("a").last_played_at
    assert first is not None
    client.get(body["audio_url"])
    assert index.get_article("a").last_played_at == first  # throttled: no write per request


def test_preview_parts_are_served_like_any_audio(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        client = app.test_client()
        job = client.post("/api/v1/articles?wait=60", json={"id": "p", "title": "T", "text": paragraphs(2)},
                          headers=AUTH)
        assert job.status_code == 200
        doc = client.get("/api/v1/lookup?id=p").json
        assert doc["status"] == "ready"
        jobs = app.extensions["narrator"].index.jobs()
        part = client.get(f"/audio/{jobs[0].parts[0]['key']}.mp3", headers={"Range": "bytes=0-1"})
        assert part.status_code == 206 and part.data == b"\xff\xf3"


def test_the_fast_path_for_plain_gets_sends_what_the_flask_view_sends(served):
    _, client, body = served
    for url in (body["audio_url"], body["marks_url"], body["vtt_url"]):
        fast = client.get(url)
        # A non-matching If-None-Match takes the full Flask view and still answers 200 with the whole file.
        view = client.get(url, headers={"If-None-Match": '"something-else"'})
        assert fast.status_code == view.status_code == 200 and fast.data == view.data
        drop = {"Date", "Expires", "X-Request-Id"}  # the clock, and each answer's own request id
        assert {k: v for k, v in fast.headers.items() if k not in drop} == \
            {k: v for k, v in view.headers.items() if k not in drop}
        assert abs(parsedate_to_datetime(fast.headers["Expires"]).timestamp() - time.time() - 31_536_000) < 60


def test_health_reports_a_full_disk_as_503_while_audio_still_plays(served, monkeypatch):
    import errno

    _, client, body = served
    real = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if self.name == ".healthz":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json["error"]["code"] == "storage_full"
    assert client.get(body["audio_url"]).status_code == 200


def test_plays_are_written_in_batches_and_a_failed_write_never_fails_a_download(served, monkeypatch):
    import sqlite3

    app, client, body = served
    index, plays = app.extensions["narrator"].index, app.extensions["narrator"].plays
    client.get(body["audio_url"])  # the first play is written at once
    first = index.get_article("a").last_played_at

    def full(batch: dict) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(plays.store, "record_plays", full)
    plays.every_s = 0  # every play is due for writing now
    assert client.get(body["audio_url"]).status_code == 200  # the write failed; the download did not
    monkeypatch.undo()
    plays.flush()  # the play kept from the failed batch is written with the next one
    assert index.get_article("a").last_played_at > first
