"""The demo in real Chromium against the server `make run` starts: gunicorn with tts_service.serving.AudioWorker.

The other browser tests use a threaded werkzeug server; this one checks that the worker's event-loop lane
(decision 0009) serves what a browser's media element really asks for: Range requests, seeks, the marks JSON.
"""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.test_player import AUDIO, audio, open_demo, play, wait_time
from tests.conftest import service_env
from tests.test_cache_support import free_port, wait_until_healthy

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def gunicorn_server(tmp_path: Path, browser: object, stack: str) -> Iterator[tuple[str, Path]]:
    """The production worker on each stack. On the scale-out one the demo is narrated by another host first
    (a data dir of its own), so what Chromium plays came to this node from the bucket."""
    tmp = tmp_path
    port, log = free_port(), tmp / "error.log"
    if stack == "scaleout":
        from tts_service import create_app

        writer = create_app({"data_dir": tmp / "writer"})
        assert writer.test_client().get("/").status_code == 200
        writer.extensions["jobs"].stop()
    env = service_env()
    env.update(TTS_DATA_DIR=str(tmp / "var"), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--threads", "4", "--worker-class", "tts_service.serving.AudioWorker", "--log-level", "debug",
         "--error-logfile", str(log), "tts_service:create_app()"],
        env=env, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base)
        with urllib.request.urlopen(base + "/", timeout=120) as r:  # the demo article is narrated once
            assert r.status == 200
        yield base, log
    finally:
        proc.terminate()
        proc.wait(15)


def test_the_demo_plays_and_seeks_through_the_production_worker(page, gunicorn_server, stack):
    base, log = gunicorn_server
    statuses: list[int] = []
    page.on("response", lambda r: "/audio/" in r.url and statuses.append(r.status))
    open_demo(page, base)
    play(page)
    duration = page.evaluate(f"() => {AUDIO}(0).duration")
    assert duration > 120
    for target in (duration * 0.8, duration * 0.3, duration * 0.6):  # seeks: new Range requests
        page.evaluate(f"() => {{ {AUDIO}(0).currentTime = {target} }}")
        wait_time(page, f"t > {target} + 0.3 && t < {target} + 5")
        assert not audio(page)["paused"]
    assert statuses and set(statuses) <= {200, 206}
    assert page.errors == []
    lane = [line.split("audio lane: ")[1] for line in log.read_text().splitlines() if "audio lane:" in line]
    print(f"{len(statuses)} audio responses seen by the page; answered in the worker's event loop: {lane}")
    assert lane, "a browser's requests on a kept-alive connection are answered by the lane"
    if stack == "scaleout":  # this node made nothing: its copy of the MP3 came from the bucket
        assert not list((Path(log).parent / "var" / "audio").rglob("*.flac"))
