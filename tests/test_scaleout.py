"""Several hosts on one shared stack: two web nodes with data dirs of their own and two `flask tts worker`
processes, all on the scale-out stack's PostgreSQL and S3 server (tests/servers.py), each started as a real
process and stopped by its PID.

The voice is the fake Google endpoint (real MP3 speech on 127.0.0.1): it sees every engine request, so "one
synthesis" is checked where it happens — no sentence of the article is ever asked for twice.
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import open_index, service_env
from tests.fakes.google import FakeGoogle
from tests.servers import stop
from tests.test_cache_support import (
    KEY,
    ROOT,
    at_once,
    free_port,
    gunicorn,
    paragraphs,
    request_json,
    wait_for,
    wait_until_healthy,
)
from tts_service.engines.resilience import reset_shared_controls
from tts_service.media import decode_mp3_bytes

pytestmark = [pytest.mark.slow, pytest.mark.scaleout_only]


@pytest.fixture
def scaleout(stack: str) -> str:
    """These tests are about several hosts sharing the scale-out stack: they run on it only."""
    assert stack == "scaleout"
    return stack


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    reset_shared_controls()
    with FakeGoogle(slow_s=1.0) as fake:
        yield fake
    reset_shared_controls()


def _voice(fake: FakeGoogle) -> tuple[tuple[str, str], ...]:
    return (("TTS_ENGINE", "gtts"), ("TTS_GTTS_URL", fake.url), ("TTS_GTTS_RPS", "50"), ("TTS_GTTS_CONCURRENCY", "4"))


def _web(data_dir: Path, fake: FakeGoogle, *extra: tuple[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = gunicorn(data_dir, port, *_voice(fake), *extra)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, timeout=60)
    except AssertionError:
        proc.kill()
        raise
    return proc, base


def _worker(data_dir: Path, fake: FakeGoogle) -> subprocess.Popen:
    env = service_env(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS=KEY, PYTHONPATH=str(ROOT), **dict(_voice(fake)))
    return subprocess.Popen([str(Path(sys.executable).parent / "flask"), "--app", "tts_service", "tts", "worker"],
                            env=env, cwd=ROOT, stderr=subprocess.DEVNULL)


def test_fifty_first_requests_over_two_web_nodes_make_one_synthesis(scaleout, tmp_path, google):
    one, base_one = _web(tmp_path / "node1", google)
    two, base_two = _web(tmp_path / "node2", google)
    try:
        article = {"id": "moi", "title": "Tin mới", "text": paragraphs(3, "giao thông")}
        bases = [base_one, base_two] * 25
        answers = at_once([lambda b=b: request_json(b, "/api/v1/articles?wait=60", article) for b in bases])
        assert {status for status, _ in answers} == {200}, answers[:3]
        keys = {body["key"] for _, body in answers}
        assert len(keys) == 1  # one narration for everybody
        asked = collections.Counter(text for text, _mode in google.requests)
        assert asked and max(asked.values()) == 1, asked.most_common(3)  # no sentence synthesised twice
        key = keys.pop()
        for base in (base_one, base_two):  # each node serves it, from the bucket
            with urllib.request.urlopen(f"{base}/audio/{key}.mp3", timeout=30) as response:
                assert decode_mp3_bytes(response.read(), 16000)
    finally:
        stop(one, two)


def test_a_worker_killed_mid_article_is_replaced_by_the_other_worker(scaleout, tmp_path, google):
    google.chooser = lambda _n, _text: (time.sleep(0.15), "ok")[1]  # a slow voice: the job takes a while
    web, base = _web(tmp_path / "web", google, ("TTS_JOB_RUNNER", "false"), ("TTS_SYNC_MAX_CHARS", "0"))
    workers = [_worker(tmp_path / "w1", google), _worker(tmp_path / "w2", google)]
    try:
        status, body = request_json(base, "/api/v1/articles", {"id": "dai", "title": "Bài dài",
                                                               "text": paragraphs(12, "kinh tế")})
        assert status == 202, body
        index = open_index(tmp_path / "web")
        job = wait_for(lambda: (j := index.get_job(body["job_id"])).status == "running" and j.done >= 3 and j,
                       timeout=120)
        victim = next(w for w in workers if f":{w.pid}:" in job.worker)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        done = wait_for(lambda: (j := index.get_job(body["job_id"])).status == "done" and j, timeout=180, every=0.2)
        assert done.attempts == 2 and f":{victim.pid}:" not in (done.worker or "")
        status, ready = request_json(base, "/api/v1/articles/dai")
        assert status == 200 and ready["status"] == "ready"
        with urllib.request.urlopen(base + ready["audio_url"], timeout=30) as response:
            assert len(decode_mp3_bytes(response.read(), 16000)) > 10 * 16000 * 2  # over ten seconds of speech
    finally:
        stop(web, *workers)


def test_the_shared_servers_restarting_mid_queue_lose_no_job_and_answer_clearly_while_down(
        scaleout, scaleout_servers, tmp_path, google):
    google.chooser = lambda _n, _text: (time.sleep(0.05), "ok")[1]
    web, base = _web(tmp_path / "web", google, ("TTS_JOB_RUNNER", "false"), ("TTS_SYNC_MAX_CHARS", "0"))
    worker = _worker(tmp_path / "w", google)
    try:
        jobs = []
        for n in range(4):
            status, body = request_json(base, "/api/v1/articles", {"id": f"b{n}", "title": f"Bài {n}",
                                                                   "text": paragraphs(3, f"chủ đề {n}")})
            assert status == 202, body
            jobs.append(body["job_id"])
        pg = scaleout_servers.pg
        pg.stop()  # PostgreSQL goes away mid-queue
        try:
            status, body = request_json(base, "/api/v1/articles/b0")
            assert status == 503 and body["error"]["code"] == "storage_unavailable", body
        finally:
            pg.start()
        back = wait_for(lambda: (a := request_json(base, "/api/v1/articles/b0"))[0] != 503 and a, timeout=30, every=0.2)
        assert back[0] in (200, 202), back  # the node picks up again by itself
        s3 = scaleout_servers.s3
        s3.kill()  # and so does the object store: the node says so, clearly
        try:
            status, body = request_json(base, "/healthz")
            assert status == 503 and body["error"]["code"] == "storage_unavailable", body
        finally:
            s3.start()
        wait_for(lambda: request_json(base, "/healthz")[0] == 200, timeout=30, every=0.2)
        # the store answers its health check a moment before every read works again: the node is back once the
        # article answers too
        wait_for(lambda: request_json(base, "/api/v1/articles/b0")[0] in (200, 202), timeout=30, every=0.2)
        redis = scaleout_servers.redis
        redis.stop()  # and Redis (request limits): requests go on, limits are counted per process meanwhile
        try:
            status, body = request_json(base, "/api/v1/articles/b0")
            assert status in (200, 202), body
        finally:
            redis.start()
        index = open_index(tmp_path / "web")
        wait_for(lambda: all(index.get_job(j).status == "done" for j in jobs), timeout=300, every=0.5)
        for n in range(4):
            status, body = request_json(base, f"/api/v1/articles/b{n}")
            assert status == 200 and body["status"] == "ready", body
            with urllib.request.urlopen(base + body["audio_url"], timeout=30) as response:
                assert decode_mp3_bytes(response.read(), 16000)
    finally:
        stop(web, worker)


def test_a_deploy_upgrades_the_shared_index_before_the_service_uses_it(scaleout, scaleout_servers, tmp_path):
    from tts_service import create_app

    url = scaleout_servers.pg.url(scaleout_servers.database)
    name = f"bare{os.getpid()}"
    scaleout_servers.pg.sql(f"CREATE SCHEMA {name}", scaleout_servers.database)
    os.environ["TTS_DATABASE_URL"] = f"{url}?options=-csearch_path%3D{name}"  # restored by the stack fixture
    app = create_app({"data_dir": tmp_path / "var", "api_keys": [KEY]})
    answer = app.test_client().get("/api/v1/lookup?id=x")
    assert answer.status_code == 503 and answer.json["error"]["code"] == "schema_behind"
    result = app.test_cli_runner().invoke(args=["tts", "db", "upgrade"])
    assert result.exit_code == 0 and "index schema" in result.output, result.output
    assert app.test_client().get("/api/v1/lookup?id=x").status_code == 404
    again = app.test_cli_runner().invoke(args=["tts", "db", "upgrade"])
    assert again.exit_code == 0 and "(was" not in again.output  # idempotent
    scaleout_servers.pg.sql(f"DROP SCHEMA {name} CASCADE", scaleout_servers.database)


def test_the_sqlite_and_postgresql_schemas_have_the_same_columns(scaleout, data_dir):
    from audio_cache.db import SQLiteDatabase
    from audio_cache.index import upgrade

    lite = SQLiteDatabase(data_dir / "schema.sqlite3")
    upgrade(lite)
    with lite.connect() as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith("sqlite_")]
        sqlite_columns = {t: {r["name"] for r in db.execute(f"PRAGMA table_info({t})")} for t in tables}
    with open_index(data_dir).stores.db.connect() as db:
        rows = db.execute("SELECT table_name, column_name FROM information_schema.columns"
                          " WHERE table_schema = current_schema()").fetchall()
    postgres_columns: dict[str, set[str]] = collections.defaultdict(set)
    for row in rows:
        postgres_columns[row["table_name"]].add(row["column_name"])
    assert sqlite_columns == dict(postgres_columns)



def test_a_damaged_copy_on_one_host_is_replaced_by_the_buckets_and_keeps_playing(scaleout, data_dir):
    from tests.test_cache_support import running_app

    with running_app(data_dir) as app:
        body = app.test_client().post("/api/v1/articles", json={"id": "a", "title": "Tin", "text": "Một câu."},
                                      headers={"Authorization": f"Bearer {KEY}"}).json
        good = app.test_client().get(body["audio_url"]).data
    path = app.extensions["narrator"].store.path(body["key"], "mp3")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))  # only this host's copy rots
    with running_app(data_dir) as fresh:
        client = fresh.test_client()
        assert client.get(body["audio_url"]).data == good
        assert client.get("/api/v1/lookup?id=a").json["status"] == "ready"


def test_a_sites_voice_set_on_one_host_is_what_a_worker_on_another_host_reads_with(scaleout, tmp_path):
    """The admin console saves a site's bitrate on the web node; a worker with a data dir of its own plans the
    article with the same settings, so both agree on the narration key (the worker does not make another)."""
    from tests.test_cache_support import running_app
    from tts_service.pipeline import article_from_text
    from tts_service.sites import SiteSettings

    article = article_from_text("Tin", "Một câu của trang.", url="https://www.hue.gov.vn/tin/1")
    with running_app(tmp_path / "web") as web, running_app(tmp_path / "worker") as worker:
        before = worker.extensions["narrator"].plan(article)
        web.extensions["narrator"].sites.save(SiteSettings("hue.gov.vn", bitrate=64), by="admin")
        worker.extensions["narrator"].sites.forget_cache()  # (else seen within sites.REFRESH_S)
        planned = worker.extensions["narrator"].plan(article)
        assert planned.bitrate == 64 and planned.key != before.key
        assert planned.key == web.extensions["narrator"].plan(article).key
