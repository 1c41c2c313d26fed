"""The scale-out stack against its baselines, each measured in the same run.

    PYTHONPATH=. .venv/bin/python bench/bench_scaleout.py [--articles 40] [--rounds 5] [--duration 3]

Starts the stack the tests use (PostgreSQL, weed mini's S3, Redis; tests/servers.py) and stops it by PID.

1. Pre-generation throughput: ``--articles`` queued articles run by 2 `flask tts worker` processes ÷ by 1.
2. A long article (10 000 characters) through the job path on a worker — per-paragraph parts first, then
   the whole MP3 — ÷ the raw engine + one encode of the same spoken segments; and when the first part plays.
3. Cached audio through the scale-out serving path (a web node whose copy came from the bucket, the
   AudioWorker as `make run` starts it) ÷ nginx serving the same file from disk.
4. Segment cache: bytes per audio minute as FLAC (now) and as WAV (before), on the same segments.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import wave
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_cache import API_KEY, gunicorn, load, static_server  # noqa: E402
from tests.servers import scaleout_stack, stop  # noqa: E402

WORDS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]


def article(n: int, chars: int, topic: str) -> dict:
    """A distinct article of about ``chars`` characters (each run its own text: nothing comes from a cache)."""
    paragraphs, size, i = [], 0, 0
    while size < chars:
        label = " ".join(WORDS[int(d)] for d in str(i))
        text = (f"Đoạn {label} của bài {topic} số {n} bàn về kế hoạch phát triển kinh tế xã hội của thành phố. "
                f"Các đại biểu thống nhất nội dung thứ {label}, đồng thời đề nghị các sở ngành triển khai sớm.")
        paragraphs.append(text)
        size += len(text) + 2
        i += 1
    return {"id": f"{topic}-{n}", "title": f"Bài {topic} {n}", "text": "\n\n".join(paragraphs)}


def post(base: str, body: dict) -> dict:
    request = urllib.request.Request(base + "/api/v1/articles", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def get(url: str) -> dict:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


@contextlib.contextmanager
def workers(n: int, data_root: Path, env: dict[str, str]) -> Iterator[list[subprocess.Popen]]:
    procs = [subprocess.Popen([str(Path(sys.executable).parent / "flask"), "--app", "tts_service", "tts", "worker"],
                              env={**env, "TTS_DATA_DIR": str(data_root / f"worker{i}")}, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for i in range(n)]
    try:
        yield procs
    finally:
        stop(*procs, timeout=60)  # a worker finishes the job in hand first


def pregeneration(base: str, tmp: Path, env: dict[str, str], count: int, n_workers: int, topic: str) -> float:
    """Articles per second that ``n_workers`` workers make of ``count`` queued articles."""
    jobs = [post(base, article(n, 1500, topic))["job_id"] for n in range(count)]
    with workers(n_workers, tmp / topic, env):
        start = time.monotonic()
        pending = set(jobs)
        while pending:
            time.sleep(0.2)
            pending = {j for j in pending if get(f"{base}/api/v1/jobs/{j}")["status"] not in ("done", "failed")}
        elapsed = time.monotonic() - start
    failed = [j for j in jobs if get(f"{base}/api/v1/jobs/{j}")["status"] != "done"]
    if failed:
        raise RuntimeError(f"{len(failed)} pre-generation job(s) failed")
    return count / elapsed


def long_article(base: str, tmp: Path, env: dict[str, str], run: int) -> tuple[float, float, float]:
    """(first part playable, whole MP3 ready, raw engine + one encode) for a 10 000-character article."""
    import lameenc

    from tts_service import create_app
    from tts_service.pipeline import article_from_text

    body = article(run, 10_000, "dai")
    with workers(1, tmp / f"long{run}", env):
        warm = post(base, article(run, 300, "khoi-dong"))  # the worker is up, warm and listening before the clock
        while get(f"{base}/api/v1/jobs/{warm['job_id']}")["status"] not in ("done", "failed"):
            time.sleep(0.1)
        start = time.monotonic()
        job = post(base, body)
        first = None
        while True:
            state = get(f"{base}/api/v1/jobs/{job['job_id']}")
            if first is None and state.get("parts"):
                first = time.monotonic() - start
            if state["status"] in ("done", "failed"):
                break
            time.sleep(0.02)
        whole = time.monotonic() - start
    if state["status"] != "done":
        raise RuntimeError(f"the long article failed: {state}")
    narrator = create_app({"data_dir": tmp / f"raw{run}"}).extensions["narrator"]
    plan = narrator.plan(article_from_text(body["title"], body["text"]))
    engine = narrator.engine
    engine.synthesize("Khởi động.")
    t0 = time.perf_counter()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_channels(1)
    encoder.set_quality(2)
    out = []
    for text in dict.fromkeys(s.spoken_text for s in plan.segments):
        audio = engine.synthesize(text)
        encoder.set_in_sample_rate(audio.sample_rate)
        out.append(encoder.encode(audio.data))
    out.append(encoder.flush())
    raw = time.perf_counter() - t0
    return first or whole, whole, raw


def segment_bytes(tmp: Path) -> tuple[float, float, float]:
    """(FLAC, WAV, MP3 48 kbps) bytes per audio minute over the segments of the reference article."""
    from tts_service import create_app
    from tts_service.pipeline import _write_flac, article_from_text
    from tts_service.web.public import demo_article

    narrator = create_app({"data_dir": tmp / "segments"}).extensions["narrator"]
    demo = demo_article()
    plan = narrator.plan(article_from_text(demo["title"], "\n\n".join(demo["paragraphs"])))
    flac = wav = seconds = 0.0
    cpu = time.process_time()
    for text in dict.fromkeys(s.spoken_text for s in plan.segments):
        audio = narrator.engine.synthesize(text)
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(audio.channels)
            w.setsampwidth(2)
            w.setframerate(audio.sample_rate)
            w.writeframes(audio.data)
        wav += len(buf.getvalue())
        flac += len(_write_flac(audio))
        seconds += len(audio.data) / 2 / audio.sample_rate / audio.channels
    minutes = seconds / 60
    written = len(demo["title"]) + sum(len(p) for p in demo["paragraphs"])
    spoken = sum(len(s.spoken_text) for s in plan.segments)
    from tts_service.text import segment

    google_requests = sum(len(segment(s.spoken_text, 100)) for s in plan.segments)
    engine_cpu = time.process_time() - cpu
    cold = create_app({"data_dir": tmp / "whole"}).extensions["narrator"]
    cpu = time.process_time()
    asset, _ = cold.narrate(article_from_text(demo["title"], "\n\n".join(demo["paragraphs"])), "bench")
    whole_cpu = time.process_time() - cpu
    mp3 = cold.store.size(asset.key, "mp3")
    print(f"reference article: {written} characters written, {spoken} spoken, {len(plan.segments)} espeak segments,"
          f" {google_requests} requests of ≤ 100 characters (gTTS), {seconds:.0f} s of audio,"
          f" MP3 {mp3 / 1e6:.2f} MB; CPU: espeak alone {engine_cpu:.1f} s, the whole narration (loudness, encode,"
          f" marks, store) {whole_cpu:.1f} s")
    return flac / minutes, wav / minutes, 48_000 / 8 * 60


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=40, help="articles pre-generated per worker count")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved serving measurement pairs")
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per serving measurement")
    parser.add_argument("--long-runs", type=int, default=3, help="long articles through the job path")
    parser.add_argument("--only", choices=("pregen", "long", "serve", "segments"), action="append")
    args = parser.parse_args()
    only = set(args.only or ("pregen", "long", "serve", "segments"))

    with tempfile.TemporaryDirectory() as tmp_name, scaleout_stack() as stack:
        tmp = Path(tmp_name)
        os.chmod(tmp, 0o755)
        shared = stack.fresh()
        env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_")}
        env.update(shared, TTS_API_KEYS=API_KEY, PYTHONPATH=str(ROOT))
        os.environ.update(shared)  # the in-process apps below (baselines) use the same stack
        with gunicorn(tmp / "web", 2, 4, TTS_JOB_RUNNER="false", TTS_SYNC_MAX_CHARS="0", **shared) as base:
            if "pregen" in only:
                one = pregeneration(base, tmp, env, args.articles, 1, "mot")
                two = pregeneration(base, tmp, env, args.articles, 2, "hai")
                print(f"pre-generation of {args.articles} articles (1 500 characters each), `flask tts worker`:")
                print(f"  1 worker {one:.2f} articles/s; 2 workers {two:.2f} articles/s; "
                      f"ratio 2 ÷ 1 = {two / one:.2f}  (goal ≥ 1.8; {os.cpu_count()} cores, shared)")
            if "long" in only:
                runs = [long_article(base, tmp, env, n) for n in range(args.long_runs)]
                first = statistics.median(r[0] for r in runs)
                whole = statistics.median(r[1] for r in runs)
                raw = statistics.median(r[2] for r in runs)
                print(f"long article (10 000 characters) through the job path on a worker, median of {len(runs)}:")
                print(f"  first part playable after {first:.3f} s (goal ≤ 0.3 s); whole MP3 {whole:.2f} s; raw engine"
                      f" + one encode {raw:.2f} s; ratio {whole / raw:.2f}  (goal ≤ 1.3)")
            if "serve" in only:
                post(base, {**article(0, 800, "nghe"), "id": "nghe"})
                with workers(1, tmp / "serve", env):
                    while (ready := get(f"{base}/api/v1/articles/nghe"))["status"] != "ready":
                        time.sleep(0.2)
                key = ready["key"]
                # a second web node that never wrote it: its copy comes from the bucket on the first request
                with gunicorn(tmp / "web2", 2, 4, TTS_JOB_RUNNER="false", **shared) as other:
                    url = f"{other}/audio/{key}.mp3"
                    t0 = time.perf_counter()
                    with urllib.request.urlopen(url, timeout=30) as response:
                        size = len(response.read())
                    first_fetch = time.perf_counter() - t0
                    disk = tmp / "static"
                    disk.mkdir()
                    shutil.copy(tmp / "web2" / "audio" / key[:2] / key[2:4] / f"{key}.mp3", disk / f"{key}.mp3")
                    with static_server(disk, tmp, 2) as (static_base, baseline):
                        pairs = []
                        for _ in range(args.rounds):
                            ours, generator = load(url, args.duration, 16)
                            theirs, _ = load(f"{static_base}/{key}.mp3", args.duration, 16)
                            pairs.append((ours, theirs))
                ratios = [o / t for o, t in pairs]
                print(f"cached {size / 1024:.0f} KiB MP3 through the scale-out serving path (a web node whose copy"
                      f" came from the bucket; first request {first_fetch * 1000:.0f} ms), 16 connections,"
                      f" {generator}:")
                print(f"  web node {statistics.median(o for o, _ in pairs):.0f} req/s; {baseline}"
                      f" {statistics.median(t for _, t in pairs):.0f} req/s; ratio per round "
                      f"{', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}")
        if "segments" in only:
            flac, wav, mp3 = segment_bytes(tmp)
            print("segment cache, reference article's segments (espeak, 22 050 Hz mono):")
            print(f"  WAV (before) {wav / 1e6:.2f} MB per audio minute; FLAC (now) {flac / 1e6:.2f} MB;"
                  f" ratio {flac / wav:.2f}; the article MP3 at 48 kbps {mp3 / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
