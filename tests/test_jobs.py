"""Long articles become jobs the CMS and the player can follow; jobs survive crashes, cancel and retry."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import open_index, service_env
from tests.test_cache_support import AUTH, paragraphs, running_app, temp_files, wait_for
from tts_service.audio import Piece, mp3_duration
from tts_service.engines.base import EngineAudio
from tts_service.media import decode_mp3
from tts_service.models import Block, Narration, Segment
from tts_service.pipeline import SynthesisObserver

ROOT = Path(__file__).resolve().parent.parent


def test_a_long_article_answers_202_with_a_job_that_shows_progress_and_playable_parts(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        client = app.test_client()
        response = client.post("/api/v1/articles", json={"id": "dai", "title": "Tin dài", "text": paragraphs(6)},
                               headers=AUTH)
        assert response.status_code == 202
        job_url = response.json["job_url"]
        assert response.headers["Location"] == job_url
        assert response.json["status"] in ("queued", "running") and response.json["progress"]["total"] > 6

        seen_parts_before_done = False
        def finished():
            nonlocal seen_parts_before_done
            doc = client.get(job_url).json
            if doc["status"] == "running" and doc["parts"]:
                seen_parts_before_done = True
            return doc if doc["status"] not in ("queued", "running") else None
        doc = wait_for(finished)
        assert doc["status"] == "done", doc
        assert doc["progress"]["done"] == doc["progress"]["total"]
        assert seen_parts_before_done, "the player gets parts while the article is still being read"
        blocks = [p["block"] for p in doc["parts"]]
        assert blocks == list(range(len(blocks))) and 1 <= len(blocks) <= 7  # the title first, then in order
        first = client.get(doc["parts"][0]["url"])
        assert first.status_code == 200 and first.mimetype == "audio/mpeg"
        assert abs(mp3_duration(first.data) - doc["parts"][0]["duration"]) < 0.05
        full = client.get(doc["audio_url"])
        assert full.status_code == 200 and mp3_duration(full.data) > sum(p["duration"] for p in doc["parts"]) - 1
        status = client.get("/api/v1/articles/dai", headers=AUTH).json
        assert status["status"] == "ready" and status["audio_url"] == doc["audio_url"]


def test_wait_returns_200_when_the_job_finishes_in_time(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        response = app.test_client().post("/api/v1/articles?wait=30", json={"title": "T", "text": paragraphs(2)},
                                          headers=AUTH)
        assert response.status_code == 200 and response.json["status"] == "ready"
        assert app.test_client().get(response.json["audio_url"]).status_code == 200
        bad = app.test_client().post("/api/v1/articles?wait=soon", json={"title": "T", "text": "x"}, headers=AUTH)
        assert bad.status_code == 400 and bad.json["error"]["code"] == "invalid_field"


def test_twenty_concurrent_requests_for_one_long_article_share_one_job_and_one_synthesis(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        body = {"id": "chung", "title": "Chung", "text": paragraphs(4)}
        results: list = []

        def post() -> None:
            results.append(app.test_client().post("/api/v1/articles", json=body, headers=AUTH))

        threads = [threading.Thread(target=post) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        job_ids = {r.json.get("job_id") for r in results}
        assert len(job_ids) == 1 and all(r.status_code == 202 for r in results)
        job = app.extensions["jobs"].wait(job_ids.pop(), 60)
        assert job.status == "done"
        narrator = app.extensions["narrator"]
        assert narrator.segments_synthesized == job.total, "every segment synthesised exactly once"


def test_cancel_stops_a_running_job_without_leaving_files_and_retry_finishes_it(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        client = app.test_client()
        response = client.post("/api/v1/articles", json={"id": "huy", "title": "Hủy", "text": paragraphs(12)},
                               headers=AUTH)
        job_url = response.json["job_url"]
        wait_for(lambda: client.get(job_url).json["progress"]["done"] >= 2)
        assert client.post(job_url + "/cancel").status_code == 401
        client.post(job_url + "/cancel", headers=AUTH)
        doc = wait_for(lambda: (d := client.get(job_url).json)["status"] not in ("queued", "running") and d)
        assert doc["status"] == "cancelled" and "audio_url" not in doc
        key = app.extensions["jobs"].get(doc["job_id"]).narration_key
        assert not app.extensions["narrator"].store.exists(key, "mp3")
        assert temp_files(data_dir) == []
        assert client.get("/api/v1/articles/huy", headers=AUTH).json["status"] == "cancelled"

        retried = client.post(job_url + "/retry", headers=AUTH)
        assert retried.status_code == 200 and retried.json["status"] in ("queued", "running", "done")
        done = wait_for(lambda: (d := client.get(job_url).json)["status"] == "done" and d, timeout=60)
        assert client.get(done["audio_url"]).status_code == 200
        assert client.post(job_url + "/retry", headers=AUTH).status_code == 409


def test_unknown_jobs_are_404_json(client):
    assert client.get("/api/v1/jobs/" + "0" * 32).status_code == 404
    assert client.get("/api/v1/jobs/../../etc").status_code == 404
    assert client.get("/api/v1/jobs/nope").is_json


_WORKER = """
import sys, time
from audio_cache import BlobStore
from tts_service import create_app
from tts_service.pipeline import article_from_text

real_put, puts = BlobStore.put, []

def put_that_stalls(self, key, ext, data):
    # the 6th segment's write stalls half-way, so the kill -9 surely tears a write: its temp file stays behind
    if ext == "flac":
        puts.append(key)
    if ext == "flac" and len(puts) == 6:
        with self.writer(key, ext) as out:
            out.write(data[: len(data) // 2])
            out.flush()
            time.sleep(120)
    return real_put(self, key, ext, data)

BlobStore.put = put_that_stalls
app = create_app({"data_dir": sys.argv[1], "sync_max_chars": 10})
runner = app.extensions["jobs"]
article = article_from_text("Bài dài", open(sys.argv[2], encoding="utf-8").read())
runner.submit(article, "crash", app.extensions["narrator"].plan(article))
time.sleep(120)
"""


def test_kill_9_mid_synthesis_then_restart_resumes_the_job_and_the_mp3_decodes(tmp_path, data_dir):
    text_file = tmp_path / "article.txt"
    text_file.write_text(paragraphs(20, "kinh tế"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env = service_env(PYTHONPATH=str(ROOT))
    worker = subprocess.Popen([sys.executable, "-c", _WORKER, str(data_dir), str(text_file)], env=env, cwd=ROOT)
    try:
        # segments are made by a small pool, so the sixth write may be the fourth or fifth sentence in reading
        # order: the job has then done three or four when that write stalls (waiting for five hung, now and then)
        job = wait_for(lambda: (data_dir / "audio").exists() and (j := open_index(data_dir).jobs()) and j[0].done >= 3
                       and temp_files(data_dir) and j[0], timeout=180)  # a loaded machine, a shared stack
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.kill()
        worker.wait(10)
    crashed = open_index(data_dir).get_job(job.job_id)
    assert crashed.status == "running" and crashed.done < crashed.total
    assert temp_files(data_dir), "the killed worker left a torn write behind"

    with running_app(data_dir) as app:  # the restart: the runner finds the orphan and resumes it
        runner = app.extensions["jobs"]
        finished = runner.wait(job.job_id, 90)
        assert finished.status == "done" and finished.attempts == 2
        narrator = app.extensions["narrator"]
        assert 0 < narrator.segments_synthesized < finished.total, "finished segments came from the cache"
        path = narrator.store.path(finished.narration_key, "mp3")
        pcm, rate = decode_mp3(path)
        marks = json.loads(narrator.store.read_bytes(finished.narration_key, "json"))
        assert abs(len(pcm) / 2 / rate - marks["duration"]) < 0.05
        for blob in narrator.store.files():
            if blob.suffix == ".mp3":
                decode_mp3(blob)  # every stored MP3 decodes
        result = app.test_cli_runner().invoke(args=["tts", "gc"])
        assert result.exit_code == 0, result.output
        assert temp_files(data_dir) == []
        assert app.test_client().get("/api/v1/lookup?id=crash").json["status"] == "ready"


def test_a_job_whose_final_bookkeeping_failed_is_run_again_not_left_running(data_dir, monkeypatch):
    import sqlite3

    with running_app(data_dir, sync_max_chars=100) as app:
        runner, index = app.extensions["jobs"], app.extensions["narrator"].stores.jobs
        real_finish, finishes = index.finish_job, []

        def full_once(job_id: str, status: str, *args, **kwargs) -> None:
            finishes.append(status)
            if len(finishes) == 1:  # the index is full just as the job ends
                raise sqlite3.OperationalError("database or disk is full")
            real_finish(job_id, status, *args, **kwargs)

        monkeypatch.setattr(index, "finish_job", full_once)
        response = app.test_client().post("/api/v1/articles", json={"id": "ghi", "title": "Ghi", "text": paragraphs(2)},
                                          headers=AUTH)
        job_id = response.json["job_id"]
        wait_for(lambda: finishes)
        assert index.get_job(job_id).status == "running"  # what the failed write left behind
        done = wait_for(lambda: runner.recover() is not None and (j := index.get_job(job_id)).status == "done" and j)
        assert done.attempts == 2 and finishes == ["done", "done"]


def _voice_at(pace: Callable[[int], float], clock: list[float], blocks: int, per_block: int) -> Iterator[Piece]:
    """Segments of ``blocks`` blocks, each a tenth of a second of tone and a 100 ms pause; segment ``n`` takes
    ``pace(n)`` seconds of the (fake) clock to make."""
    t = np.arange(2205) / 22050
    pcm = (3000 * np.sin(2 * np.pi * 220 * t)).astype("<i2").tobytes()
    for n in range(blocks * per_block):
        clock[0] += pace(n)
        yield Piece(EngineAudio("pcm_s16le", pcm, 22050, 1), 100, n // per_block, n)


@pytest.mark.parametrize(("voice", "pace"), [("fast", lambda n: 0.005), ("slow", lambda n: 1.0),
                                             ("slowing down", lambda n: 0.005 if n < 100 else 1.0)])
def test_parts_are_made_only_while_the_listener_would_otherwise_wait_for_the_whole_mp3(tmp_path, voice, pace):
    """A part costs an encoding of its own. A voice much faster than listening (espeak) gets the first blocks
    as parts and then the whole MP3 before they run out; a voice slower than listening (0.2 s of audio a
    second) gets every block as a part; a voice that slows down gets parts again — the ones it skipped too,
    so a player going from part to part never meets a gap."""
    from audio_cache import BlobStore

    blocks, per_block = 30, 10  # each block 2 s of audio
    narration = Narration("cd" * 32, [Segment(n // per_block, "x", f"câu {n}", 100) for n in range(blocks * per_block)],
                          [Block("paragraph", "x")] * blocks, "espeak", "vi", None)
    clock = [0.0]
    observer = SynthesisObserver(BlobStore(tmp_path / "audio"), 48, lambda done, total, parts: False,
                                 clock=lambda: clock[0])

    def again(start: int, stop: int) -> Iterator[Piece]:  # the segment cache, read afresh
        return (p for p in _voice_at(lambda n: 0.0, [0.0], blocks, per_block) if start <= p.segment_index < stop)

    for _ in observer.wrap(narration, _voice_at(pace, clock, blocks, per_block), again):
        pass
    made = [p["block"] for p in observer.parts]
    assert made == list(range(len(made)))  # from the title on, no gap
    assert all(abs(p["duration"] - 2.0) < 0.1 for p in observer.parts)
    if voice == "fast":
        assert 1 <= len(made) <= 4, made
    elif voice == "slow":
        assert len(made) == blocks
    else:
        assert len(made) >= 25, made
