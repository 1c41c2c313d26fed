"""One post cannot tie up memory and workers: spoken output is bounded before any synthesis, preview parts are
made without holding a paragraph's audio, a cancel is honoured at every stage, and a job whose worker keeps
dying fails with a reason instead of looping."""

from __future__ import annotations

import subprocess
import sys
import weakref

import numpy as np
import pytest

from tests.test_cache_support import AUTH, running_app, temp_files, wait_for
from tts_service.audio import Piece
from tts_service.engines.base import EngineAudio
from tts_service.models import Block, Narration, Segment
from tts_service.pipeline import SynthesisObserver


@pytest.mark.parametrize(
    ("text", "status", "code"),
    [
        ("1/" * 50000, 413, "spoken_too_long"),  # 100 KB that would read for 6.4 hours
        ("1/1/" * 49000, 413, "spoken_too_long"),
        ("1/" * 5000, 422, "too_much_expansion"),  # short enough, but 4.5 spoken characters per written one
    ],
    ids=["1/ x 50000", "1/1/ x 49000", "1/ x 5000"],
)
def test_a_post_that_would_read_for_hours_is_refused_before_any_synthesis(data_dir, text, status, code):
    with running_app(data_dir) as app:
        client = app.test_client()
        response = client.post("/api/v1/articles", json={"id": "so", "title": "Số", "text": text}, headers=AUTH)
        assert response.status_code == status and response.json["error"]["code"] == code, response.json
        assert "ký tự" in response.json["error"]["message"]
        narrator = app.extensions["narrator"]
        assert narrator.segments_synthesized == 0 and narrator.index.jobs() == []
        assert not (data_dir / "audio").exists() or not any((data_dir / "audio").rglob("*.*"))


def test_a_huge_block_of_figures_is_refused_from_a_sample_without_normalizing_all_of_it(data_dir, monkeypatch):
    """The answer comes in milliseconds: the 196 KB block is judged from its first few thousand characters."""
    from tts_service import text as vtext

    normalize, seen = vtext.normalize, []

    def counting(text, **kwargs):
        seen.append(len(text))
        return normalize(text, **kwargs)

    monkeypatch.setattr(vtext, "normalize", counting)
    with running_app(data_dir) as app:
        text = "1/1/" * 49000
        response = app.test_client().post("/api/v1/articles", json={"title": "Số", "text": text}, headers=AUTH)
        assert response.status_code == 413 and response.json["error"]["code"] == "spoken_too_long"
        assert seen and max(seen) < len(text) // 10


def test_a_report_full_of_figures_and_dates_is_still_read(data_dir):
    line = ("Ngày 08/10/2021, tổng thu ngân sách đạt 12.345 tỷ đồng, tăng 15,5% so với năm 2020; "
            "chi 9.876 tỷ đồng (Nghị định 15/2020/NĐ-CP).")
    text = "\n\n".join(line.replace("2021", str(2000 + n)) for n in range(25))
    with running_app(data_dir, sync_max_chars=100) as app:
        narrator = app.extensions["narrator"]
        from tts_service.pipeline import article_from_text

        narration = narrator.plan(article_from_text("Báo cáo", text))
        ratio = sum(len(s.spoken_text) for s in narration.segments) / len(text)
        assert 1.6 < ratio < 3  # far denser than news text (≈ 1.45), far from the hostile 4.5
        response = app.test_client().post("/api/v1/articles", json={"title": "Báo cáo", "text": text}, headers=AUTH)
        assert response.status_code == 202


def _tone(n: int) -> Piece:
    """Piece ``n``: a tenth of a second of a tone at 22 050 Hz, made afresh at each call."""
    t = np.arange(2205) / 22050
    pcm = (3000 * np.sin(2 * np.pi * (220 + n % 7 * 30) * t)).astype("<i2").tobytes()
    return Piece(EngineAudio("pcm_s16le", pcm, 22050, 1), 100, 0, n)


def test_a_long_paragraphs_preview_part_is_made_without_holding_the_paragraph(tmp_path):
    """One paragraph of 300 segments: while they pass, none of the earlier segments' audio is kept (a
    paragraph of hours once took a worker past 2.4 GB); the part is encoded from the segment cache instead."""
    from audio_cache import BlobStore
    from tts_service.audio import mp3_duration

    count = 300
    narration = Narration("ab" * 32, [Segment(0, "x", f"câu {n}", 100) for n in range(count)],
                          [Block("paragraph", "x")], "espeak", "vi", None)
    store = BlobStore(tmp_path / "audio")
    observer = SynthesisObserver(store, 48, lambda done, total, parts: False)
    passed: list[weakref.ref] = []
    most_alive = 0
    for piece in observer.wrap(narration, (_tone(n) for n in range(count)),
                               lambda start, stop: (_tone(n) for n in range(start, stop))):
        passed.append(weakref.ref(piece.audio))
        del piece
        most_alive = max(most_alive, sum(ref() is not None for ref in passed))
    assert most_alive <= 2, f"{most_alive} segments of the paragraph were held at once"
    part = observer.parts[0]
    assert part["block"] == 0 and abs(part["duration"] - count * 0.2) < 1
    assert abs(mp3_duration(store.read_bytes(part["key"], "mp3")) - part["duration"]) < 0.1


@pytest.mark.slow
def test_a_cancel_after_every_sentence_is_made_still_cancels_and_stores_nothing(data_dir):
    """The job is past its last sentence, assembling the article: a cancel now still stops it."""
    same = "\n\n".join(["Câu này được đọc lại nhiều lần trong bài."] * 150)
    with running_app(data_dir, sync_max_chars=100) as app:
        client = app.test_client()
        from tts_service.pipeline import article_from_text

        app.extensions["narrator"].narrate(article_from_text("Hai", same + "\n\nMột đoạn khác."), "a")
        # every sentence of the next article is in the segment cache now; only its assembly is left to do
        response = client.post("/api/v1/articles", json={"id": "b", "title": "Hai", "text": same}, headers=AUTH)
        assert response.status_code == 202, response.json
        job_url = response.json["job_url"]
        doc = wait_for(lambda: (d := client.get(job_url).json)["progress"]["done"] == d["progress"]["total"] and d,
                       timeout=60, every=0.005)
        assert doc["status"] == "running", "caught while assembling"
        client.post(job_url + "/cancel", headers=AUTH)
        doc = wait_for(lambda: (d := client.get(job_url).json)["status"] not in ("queued", "running") and d)
        assert doc["status"] == "cancelled", doc
        key = app.extensions["jobs"].get(doc["job_id"]).narration_key
        assert not app.extensions["narrator"].store.exists(key, "mp3") and temp_files(data_dir) == []
        assert client.get("/api/v1/articles/b", headers=AUTH).json["status"] == "cancelled"


def test_a_job_whose_worker_keeps_dying_fails_after_its_attempts_with_a_reason(data_dir):
    """A job that kills its worker (out of memory, say) is resumed at most TTS_JOB_MAX_ATTEMPTS times."""
    import socket

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_worker = f"{socket.gethostname()}:{int(dead.stdout)}:0"
    with running_app(data_dir, sync_max_chars=5, job_max_attempts=3) as app:
        runner = app.extensions["jobs"]
        runner.start = lambda: None  # no threads: this test plays the dying worker itself
        index = app.extensions["narrator"].index
        response = app.test_client().post("/api/v1/articles", json={"id": "oom", "title": "T", "text": "Một câu."},
                                          headers=AUTH)
        job_id = response.json["job_id"]
        for attempt in (1, 2, 3):
            assert index.claim_job(dead_worker).job_id == job_id  # taken … and the worker dies
            assert index.get_job(job_id).attempts == attempt
            runner.recover()
        job = index.get_job(job_id)
        assert job.status == "failed" and job.error_code == "too_many_attempts", job
        assert "3" in job.error
        status = app.test_client().get("/api/v1/articles/oom", headers=AUTH).json
        assert status["status"] == "failed" and status["error"]["message"] == job.error
