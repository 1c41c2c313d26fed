"""Limits a stranger cannot get around: counted in one store for every worker process (SQLite by default, Redis
when configured), X-Forwarded-For believed only from trusted proxies, re-queueing evicted audio limited too, and
selection audio kept only for a while and within a budget."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.test_cache_support import (
    AUTH,
    at_once,
    free_port,
    gunicorn,
    paragraphs,
    request_json,
    running_app,
    wait_for,
    wait_until_healthy,
)

TEXT = "Người dân có thể gửi ý kiến qua cổng thông tin điện tử của thành phố."


def _article(client) -> None:
    response = client.post("/api/v1/articles", json={"id": "bai", "title": "Tin", "text": TEXT}, headers=AUTH)
    assert response.status_code == 200


def _speak(client, text: str = "gửi ý kiến qua cổng thông tin", **headers: str):
    return client.post("/api/v1/speak-selection", json={"article_id": "bai", "text": text}, headers=headers)


@pytest.mark.slow
def test_one_client_gets_the_same_number_of_selections_across_two_worker_processes(tmp_path, data_dir):
    """Twelve selections at once from one address, through two gunicorn workers: three are read (the burst), the
    rest get 429 — per worker process it would be three each."""
    port, log = free_port(), tmp_path / "access.log"
    server = gunicorn(data_dir, port, ("TTS_SELECTION_BURST", "3"), ("TTS_SELECTION_PER_MINUTE", "1"),
                      access_log=log, sync=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, 60)
        # The second worker may boot seconds after the first on a loaded machine: the burst below would then all
        # go to one. Send look-ups (404, not counted below) until both have answered.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len({line.split()[0] for line in log.read_text().splitlines()}) < 2:
            at_once([lambda: request_json(base, "/api/v1/lookup?id=nobody")] * 6)
        status, _ = request_json(base, "/api/v1/articles", {"id": "bai", "title": "Tin", "text": TEXT})
        assert status == 200
        statuses = [s for s, _ in at_once([
            lambda: request_json(base, "/api/v1/speak-selection", {"article_id": "bai", "text": "gửi ý kiến qua"})
            for _ in range(12)])]
    finally:
        server.terminate()
        server.wait(15)
    assert sorted(statuses) == [200] * 3 + [429] * 9, statuses
    pids = {line.split()[0] for line in log.read_text().splitlines() if line.split()[1] in ("200", "429")}
    assert len(pids) == 2, "both worker processes answered selections"


def test_x_forwarded_for_is_ignored_unless_a_proxy_is_trusted(data_dir):
    with running_app(data_dir, selection_burst=2, selection_per_minute=1) as app:
        client = app.test_client()
        _article(client)
        claimed = [_speak(client, **{"X-Forwarded-For": f"203.0.113.{n}"}).status_code for n in range(4)]
        assert claimed == [200, 200, 429, 429]  # one client, whatever addresses it claims
    with running_app(data_dir, selection_burst=2, selection_per_minute=1, trusted_proxies=1) as app:
        client = app.test_client()  # behind nginx: every reader arrives from the proxy's one address
        readers = [_speak(client, **{"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in (1, 1, 1, 2, 3)]
        assert readers == [200, 200, 429, 200, 200]  # each reader has its own limit; one cannot lock out all


def test_a_lookup_that_would_make_evicted_audio_again_is_limited_too(data_dir):
    with running_app(data_dir, selection_burst=2, selection_per_minute=1) as app:
        client = app.test_client()
        index = app.extensions["narrator"].index
        ids = []
        for n in range(4):
            made = client.post("/api/v1/articles", json={"id": f"cu-{n}", "title": f"Bài {n}",
                                                         "text": paragraphs(1, f"chủ đề {n}")}, headers=AUTH).json
            for ext in ("mp3", "json", "vtt"):  # evicted, as `tts gc` does above the budget
                app.extensions["narrator"].store.delete(made["key"], ext)
            index.mark_evicted(made["key"])
            ids.append(made["id"])
        app.extensions["jobs"].start = lambda: None  # nothing runs: only the queueing is counted
        looked = [client.get(f"/api/v1/lookup?id={i}") for i in ids]
        assert [r.status_code for r in looked] == [200, 200, 429, 429]
        assert looked[2].json["error"]["code"] == "rate_limited" and int(looked[2].headers["Retry-After"]) >= 1
        assert client.get("/api/v1/lookup?id=cu-0").status_code == 200  # already queued: nothing more to count


def test_selection_audio_is_removed_after_its_time_and_above_its_budget(data_dir, monkeypatch):
    with running_app(data_dir, selection_burst=100, selection_per_minute=600, selection_ttl_s=3600,
                     selection_budget_mb=1) as app:
        client = app.test_client()
        _article(client)
        index, store = app.extensions["narrator"].index, app.extensions["narrator"].store
        first = _speak(client, "Người dân có thể gửi").json
        selection_id = "selection:" + hashlib.sha256("Người dân có thể gửi".encode()).hexdigest()[:32]
        assert store.exists(first["key"], "mp3") and index.get_article(selection_id) is not None
        real_time = time.time
        monkeypatch.setattr(time, "time", lambda: real_time() + 2 * 3600)  # two hours later …
        app.extensions["selection_collected"] = [0.0]
        later = _speak(client, "cổng thông tin điện tử của thành phố").json  # … the next selection collects
        assert not store.exists(first["key"], "mp3") and not store.exists(first["key"], "json")
        assert index.get_article(selection_id) is None
        assert store.exists(later["key"], "mp3")
        assert client.get(first["audio_url"]).status_code == 404
        again = _speak(client, "Người dân có thể gửi")
        assert again.status_code == 200 and again.json["synthesized"]  # asked again: made again
    from audio_cache.evict import collect_prefixed

    with running_app(data_dir) as app:
        narrator = app.extensions["narrator"]
        kept = [r for r in narrator.index.narrations() if r.article_id.startswith("selection:")]
        assert kept
        collect_prefixed(narrator.store, narrator.stores, app.config["TTS_SETTINGS"].lock_dir, "selection:",
                         max_age_s=3600, budget_bytes=kept[0].size_bytes)  # room for one
        left = [r for r in narrator.index.narrations() if r.article_id.startswith("selection:")]
        assert len(left) == 1


@pytest.mark.skipif(shutil.which("redis-server") is None and not os.environ.get("CI"),
                    reason="redis-server is not installed (apt-get install redis-server)")
def test_limits_can_be_kept_in_redis_for_several_hosts(data_dir):
    folder = Path(tempfile.mkdtemp(prefix="dbv-redis-"))
    sock = folder / "r.sock"
    redis = subprocess.Popen(["redis-server", "--port", "0", "--unixsocket", str(sock), "--save", "",
                              "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        wait_for(sock.exists, timeout=10)
        storage = f"redis+unix://{sock}"
        with running_app(data_dir, selection_burst=2, selection_per_minute=1, rate_limit_storage=storage) as one, \
                running_app(data_dir, selection_burst=2, selection_per_minute=1, rate_limit_storage=storage) as two:
            _article(one.test_client())
            codes = [_speak(app.test_client()).status_code for app in (one, two, two, one)]
            assert codes == [200, 200, 429, 429]  # two apps (two hosts), one limit
    finally:
        redis.kill()
        redis.wait(5)
        shutil.rmtree(folder, ignore_errors=True)


def test_while_the_shared_store_is_down_limits_still_hold_in_each_process(data_dir, tmp_path):
    with running_app(data_dir, selection_burst=2, selection_per_minute=1,
                     rate_limit_storage=f"redis+unix://{tmp_path / 'no-redis-here.sock'}") as app:
        client = app.test_client()
        _article(client)
        assert [_speak(client).status_code for _ in range(3)] == [200, 200, 429]
