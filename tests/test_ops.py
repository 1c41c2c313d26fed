"""What an operator relies on: readiness that says what is wrong, Prometheus metrics (added up over gunicorn
workers), JSON log lines with request ids, and a shutdown that finishes or requeues running jobs."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

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


def scrape(client) -> dict[tuple[str, tuple], float]:
    """Every sample of ``/metrics`` as parsed by prometheus-client: (name, sorted labels) → value."""
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.data.decode()) for s in family.samples}


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_readiness_checks_the_store_the_index_and_the_engine(client):
    answer = client.get("/readyz")
    assert answer.status_code == 200 and answer.json["status"] == "ready"
    assert {name: check["ok"] for name, check in answer.json["checks"].items()} == {
        "store": True, "index": True, "engine": True}
    assert answer.headers["Cache-Control"] == "no-store"


def test_not_ready_names_the_store_that_cannot_be_written(app, client, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    app.extensions["narrator"].store.root = blocker / "audio"  # a path under a file: ENOTDIR, even for root
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json["status"] == "not_ready"
    assert answer.json["checks"]["store"]["ok"] is False and answer.json["checks"]["index"]["ok"] is True


def test_not_ready_when_the_only_engines_circuit_is_open(data_dir):
    with running_app(data_dir, engine=("gtts",), gtts_url="http://127.0.0.1:9/tts") as app:
        engine = app.extensions["narrator"].engines[0]
        for _ in range(10):
            engine.controls.breaker.record_throttled()
        answer = app.test_client().get("/readyz")
        assert answer.status_code == 503 and "circuit open" in answer.json["checks"]["engine"]["detail"]


def test_metrics_count_requests_syntheses_cache_hits_and_the_queue(data_dir):
    with running_app(data_dir, sync_max_chars=60) as app:
        client = app.test_client()
        before = scrape(client)
        body = {"id": "m-1", "title": "Tin", "text": "Một câu ngắn."}
        assert client.post("/api/v1/articles", headers=AUTH, json=body).status_code == 200
        assert client.post("/api/v1/articles", headers=AUTH, json=body).status_code == 200  # cached
        assert client.get("/api/v1/articles/nope", headers=AUTH).status_code == 404
        app.extensions["jobs"].stop()  # the long one stays queued: the queue depth is seen
        app.extensions["jobs"].start = lambda: None
        queued = client.post("/api/v1/articles", headers=AUTH, json={"id": "m-2", "title": "Tin dài",
                                                                      "text": paragraphs(6)})
        assert queued.status_code == 202
        after = scrape(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("dbv_http_requests_total", route="/api/v1/articles", method="POST", status="200") == 2
    assert grew("dbv_http_requests_total", route="/api/v1/articles/<path:article_id>", method="GET",
                status="404") == 1
    assert grew("dbv_http_request_duration_seconds_count", route="/api/v1/articles", method="POST") == 3
    assert grew("dbv_narrations_total", outcome="synthesized") == 1 and grew("dbv_narrations_total",
                                                                              outcome="cache_hit") >= 1
    assert grew("dbv_segments_total", engine="espeak", outcome="synthesized") >= 2
    assert grew("dbv_first_audio_seconds_count", path="sync") == 1
    assert value(after, "dbv_jobs", status="queued") == 1


def test_every_answer_has_a_request_id_that_the_json_log_line_carries(client, capfd):
    mine = client.get("/healthz", headers={"X-Request-Id": "cms-test-0123456789"})
    assert mine.headers["X-Request-Id"] == "cms-test-0123456789"
    made = client.get("/healthz", headers={"X-Request-Id": "bad id <script>"}).headers["X-Request-Id"]
    assert len(made) == 32 and made != "bad id <script>"
    lines = [json.loads(line) for line in capfd.readouterr().err.splitlines() if line.startswith("{")]
    access = [line for line in lines if line.get("logger") == "tts_service.access"]
    assert {line["request_id"] for line in access} >= {"cms-test-0123456789", made}
    ours = next(line for line in access if line["request_id"] == "cms-test-0123456789")
    assert ours["route"] == "/healthz" and ours["status"] == 200 and ours["level"] == "INFO" and "ms" in ours


def test_a_shutdown_requeues_a_running_job_that_cannot_finish_in_time_and_another_worker_resumes_it(data_dir):
    with running_app(data_dir, sync_max_chars=10) as app:
        client = app.test_client()
        pushed = client.post("/api/v1/articles", headers=AUTH, json={"id": "long", "title": "Tin dài",
                                                                     "text": paragraphs(12)}).json
        jobs = app.extensions["narrator"].stores.jobs
        wait_for(lambda: jobs.get_job(pushed["job_id"]).done >= 2, timeout=60)
        requeued = app.extensions["jobs"].drain(timeout=0)
        job = jobs.get_job(pushed["job_id"])
        assert requeued == [pushed["job_id"]] and job.status == "queued" and job.worker is None
        assert job.attempts == 0  # a graceful stop is not a failed attempt
    with running_app(data_dir, sync_max_chars=10) as app:  # the next process to start resumes it
        jobs = app.extensions["narrator"].stores.jobs
        wait_for(lambda: jobs.get_job(pushed["job_id"]).status == "done", timeout=120)


def test_a_shutdown_with_time_enough_lets_the_running_job_finish(data_dir):
    with running_app(data_dir, sync_max_chars=10) as app:
        pushed = app.test_client().post("/api/v1/articles", headers=AUTH,
                                        json={"id": "short-job", "title": "Tin", "text": paragraphs(2)}).json
        jobs = app.extensions["narrator"].stores.jobs
        wait_for(lambda: jobs.get_job(pushed["job_id"]).status == "running", timeout=60)
        assert app.extensions["jobs"].drain(timeout=60) == []
        assert jobs.get_job(pushed["job_id"]).status == "done"


@pytest.mark.slow
def test_gunicorn_workers_add_up_their_metrics(tmp_path):
    """Two workers sharing PROMETHEUS_MULTIPROC_DIR (one request at a time each, so concurrent requests are
    spread): requests answered by either are counted once each, whichever worker is scraped."""
    data_dir, metrics_dir, access = tmp_path / "var", tmp_path / "metrics", tmp_path / "access.log"
    metrics_dir.mkdir()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = gunicorn(data_dir, port, ("PROMETHEUS_MULTIPROC_DIR", str(metrics_dir)), sync=True, access_log=access)
    try:
        wait_until_healthy(base)
        sent = 0
        # The second worker may boot seconds after the first on a loaded machine: send until both have answered.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len({line.split()[0] for line in access.read_text().splitlines()}) < 2:
            answers = at_once([lambda: request_json(base, "/api/v1/lookup?id=nobody")] * 6)
            assert [status for status, _ in answers] == [404] * 6
            sent += 6
        assert len({line.split()[0] for line in access.read_text().splitlines()}) == 2  # both workers answered
        for _ in range(3):  # whichever worker answers, it counts everyone's requests
            _status, text = request_json(base, "/metrics")
            samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
                       for f in text_string_to_metric_families(text.decode()) for s in f.samples}
            assert value(samples, "dbv_http_requests_total", route="/api/v1/lookup", method="GET",
                         status="404") == sent
    finally:
        server.terminate()
        server.wait(30)


@pytest.mark.slow
def test_sigterm_puts_the_running_job_back_in_the_queue(tmp_path):
    """The service as `make run` starts it (AudioWorker): SIGTERM drains the running job back to the queue
    (TTS_JOB_DRAIN_S=0) instead of leaving it 'running' for a later worker to find orphaned, or failing it as the
    interpreter exits."""
    data_dir = tmp_path / "var"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = gunicorn(data_dir, port, ("TTS_SYNC_MAX_CHARS", "10"), ("TTS_JOB_DRAIN_S", "0"), workers=1)
    try:
        wait_until_healthy(base)
        status, job = request_json(base, "/api/v1/articles", {"id": "g-1", "title": "Tin dài", "text": paragraphs(40)})
        assert status == 202
        wait_for(lambda: request_json(base, job["job_url"])[1]["progress"]["done"] >= 1, timeout=60, every=0.2)
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(10)
    from audio_cache.index import open_stores

    after = open_stores(data_dir / "index.sqlite3").jobs.get_job(job["job_id"])
    assert (after.status, after.worker, after.attempts) == ("queued", None, 0), (after.status, after.error)


def test_the_docker_image_and_make_run_set_a_metrics_folder():
    root = Path(__file__).resolve().parent.parent
    assert "PROMETHEUS_MULTIPROC_DIR" in (root / "Dockerfile").read_text()
    assert "PROMETHEUS_MULTIPROC_DIR" in (root / "Makefile").read_text()
