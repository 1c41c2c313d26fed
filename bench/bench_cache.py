"""Audio cache and serving: cached throughput vs a static server, time to first audio, cold-request fan-in.

    PYTHONPATH=. .venv/bin/python bench/bench_cache.py [--duration 3] [--rounds 7] [--connections 16] [--workers 2]
    PYTHONPATH=. .venv/bin/python bench/bench_cache.py --first-audio-only 5   # part 2 alone, median of 5

1. A cached 1 MiB MP3 through gunicorn configured like `make run` (``--workers`` processes × 4 threads, our
   worker class tts_service.serving.AudioWorker, gunicorn's C HTTP parser when installed) ÷ the same file from
   a static server — nginx with as many worker processes, else Python's http.server — loaded by the same
   generator (wrk when installed, else a Python keep-alive client), in interleaved rounds. Goal ≥ 0.5. The same
   rounds also load gunicorn's stock gthread worker, so the worker's share of the result is printed too.
2. Time to first audio for a 10 000-character article: POST → 202 → poll the job → first preview part fetched,
   next to the time until the whole MP3 is ready. Goal ≤ 1 s.
3. p95 latency of 50 concurrent cold requests for one new article ÷ the latency of one cold request for an
   article of the same size measured just before (median of 5 such pairs). Goal ≤ 1.2.
Everything runs on 127.0.0.1 in a temp dir; the output says which baseline and load generator were used.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lameenc
import numpy as np

from audio_cache import BlobStore, Index

ROOT = Path(__file__).resolve().parent.parent

API_KEY = "bench-key-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def make_mp3(size: int = 1 << 20) -> bytes:
    """About ``size`` bytes of a real 48 kbit/s MP3 (a quiet tone), cut at a frame boundary."""
    rate = 22050
    seconds = math.ceil(size * 8 / 48000) + 2
    t = np.arange(rate * seconds) / rate
    pcm = (np.sin(2 * np.pi * 220 * t) * 3000).astype("<i2").tobytes()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    data = encoder.encode(pcm) + encoder.flush()
    from tts_service.audio import iter_frames

    end = 0
    for frame in iter_frames(data):
        if frame.offset + frame.length > size:
            break
        end = frame.offset + frame.length
    return data[:end]


@contextlib.contextmanager
def process(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Iterator[None]:
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@contextlib.contextmanager
def gunicorn(data_dir: Path, workers: int, threads: int, worker_class: str = "tts_service.serving.AudioWorker",
             **env_extra: str) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_")}
    env.update(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS=API_KEY, PYTHONPATH=str(ROOT), **env_extra)
    exe = str(Path(sys.executable).parent / "gunicorn")
    with process([exe, "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
                  "--worker-class", worker_class, "--timeout", "120", "tts_service:create_app()"],
                 env=env, cwd=ROOT):
        base = f"http://127.0.0.1:{port}"
        wait_http(base + "/healthz")
        yield base


@contextlib.contextmanager
def static_server(root: Path, tmp: Path, workers: int) -> Iterator[tuple[str, str]]:
    port = free_port()
    nginx = shutil.which("nginx")
    if nginx:
        conf = tmp / "nginx.conf"
        conf.write_text(f"""
user root; worker_processes {workers}; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  types {{ audio/mpeg mp3; }}
  server {{ listen 127.0.0.1:{port}; location /audio/ {{ alias {root}/; }} }}
}}
""")
        with process([nginx, "-c", str(conf), "-g", "daemon off;"]):
            time.sleep(0.5)
            yield f"http://127.0.0.1:{port}/audio", f"nginx {nginx_version()} ({workers} worker processes, sendfile)"
    else:
        with process([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory",
                      str(root)]):
            time.sleep(0.5)
            yield f"http://127.0.0.1:{port}", "python http.server (ThreadingHTTPServer)"


def http_parser() -> str:
    """Which HTTP parser gunicorn uses: its C one (gunicorn_h1c, ``gunicorn[fast]``) when installed."""
    import importlib.util

    return "gunicorn_h1c (C)" if importlib.util.find_spec("gunicorn_h1c") else "pure Python"


def nginx_version() -> str:
    out = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr
    return out.strip().rsplit("/", 1)[-1]


def load(url: str, duration: float, connections: int, byte_range: str | None = None) -> tuple[float, str]:
    """Requests per second for GET ``url`` (whole 200 responses, or 206 ones with ``byte_range``)."""
    wrk = shutil.which("wrk")
    if wrk:
        extra = ["-H", f"Range: {byte_range}"] if byte_range else []
        out = subprocess.run([wrk, "-t2", f"-c{connections}", f"-d{duration:g}s", *extra, url], capture_output=True,
                             text=True, check=True).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        if errors:
            raise RuntimeError(f"{url}: {errors.group(1)} non-2xx responses")
        return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "wrk -t2"
    parts = url.split("/", 3)
    host, port = parts[2].split(":")
    path = "/" + parts[3]
    count = [0] * connections
    stop = time.monotonic() + duration

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        while time.monotonic() < stop:
            conn.request("GET", path, headers={"Range": byte_range} if byte_range else {})
            response = conn.getresponse()
            response.read()
            if response.status != (206 if byte_range else 200):
                raise RuntimeError(f"{url}: HTTP {response.status}")
            count[i] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(count) / (time.monotonic() - start), "python keep-alive client"


def article_text(chars: int, topic: str) -> str:
    paragraphs, n = [], 0
    while sum(len(p) + 2 for p in paragraphs) < chars:
        label = " ".join(DIGITS[int(d)] for d in str(n))
        # every sentence names the topic and the paragraph: no segment is shared with another article
        paragraphs.append(f"Trong phần {label} về {topic}, hội nghị bàn kỹ tình hình của thành phố trong quý này. "
                          f"Các đại biểu thống nhất giải pháp cho nội dung {label} về {topic}. "
                          f"Phần {label} về {topic} giao cho các cơ quan chuyên môn theo dõi và báo cáo.")
        n += 1
    return "\n\n".join(paragraphs)[:chars]


def post(base: str, body: dict, query: str = "") -> tuple[int, dict]:
    request = urllib.request.Request(base + "/api/v1/articles" + query, data=json.dumps(body).encode(),
                                     headers=AUTH, method="POST")
    with urllib.request.urlopen(request, timeout=300) as response:
        return response.status, json.loads(response.read())


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def time_to_first_audio(base: str) -> tuple[float, float, int, int]:
    text = article_text(10_000, "chuyển đổi số")
    t0 = time.perf_counter()
    status, body = post(base, {"id": "ttfa", "title": "Chuyển đổi số", "text": text})
    assert status == 202, (status, body)
    job_url = base + body["job_url"]
    first = None
    while True:
        doc = get_json(job_url)
        if first is None and doc["parts"]:
            with urllib.request.urlopen(base + doc["parts"][0]["url"], timeout=30) as response:
                response.read(2048)  # the player has bytes to decode
            first = time.perf_counter() - t0
        if doc["status"] not in ("queued", "running"):
            break
        time.sleep(0.01)
    assert doc["status"] == "done", doc
    full = time.perf_counter() - t0
    return first or full, full, len(text), doc["progress"]["total"]


def cold_fan_in(base: str, round_no: int) -> tuple[float, float, float]:
    """One cold request for a fresh article, then 50 concurrent cold requests for another fresh article of the
    same size: (one, p95, max) seconds."""
    t0 = time.perf_counter()
    status, body = post(base, {"id": f"single-{round_no}", "title": f"Bài lẻ {DIGITS[round_no]}",
                               "text": article_text(2500, f"đề tài lẻ {DIGITS[round_no]}")})
    one = time.perf_counter() - t0
    assert status == 200 and body["synthesized"], body
    body = {"id": f"hot-{round_no}", "title": f"Bài nóng {DIGITS[round_no]}",
            "text": article_text(2500, f"giao thông {DIGITS[round_no]}")}
    latencies: list[float] = []
    results: list[dict] = []
    barrier = threading.Barrier(50)

    def request() -> None:
        barrier.wait()
        t0 = time.perf_counter()
        _, doc = post(base, body)
        latencies.append(time.perf_counter() - t0)
        results.append(doc)

    threads = [threading.Thread(target=request) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 50 and sum(r["synthesized"] for r in results) == 1, "single-flight failed"
    p95 = sorted(latencies)[math.ceil(0.95 * len(latencies)) - 1]
    return one, p95, max(latencies)


def first_audio_only(args: argparse.Namespace) -> None:
    """Part 2 alone, repeated on fresh data directories: first part and full MP3, medians."""
    firsts, fulls = [], []
    for n in range(args.first_audio_only):
        with tempfile.TemporaryDirectory() as tmp_name, gunicorn(Path(tmp_name), args.workers, args.threads) as base:
            first, full, chars, segments = time_to_first_audio(base)
            firsts.append(first)
            fulls.append(full)
            print(f"  run {n}: first part {first:.3f} s, full MP3 {full:.3f} s ({chars} chars, {segments} segments)")
    print(f"time to first audio, median of {len(firsts)}: first part {statistics.median(firsts):.3f} s "
          f"(goal ≤ 1 s); full MP3 {statistics.median(fulls):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per load measurement")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved gunicorn/static measurement pairs")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, gunicorn's and nginx's alike")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker (as `make run`)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--fan-in-rounds", type=int, default=5)
    parser.add_argument("--first-audio-only", type=int, default=0, metavar="N",
                        help="only part 2, N times (median): for comparing two versions of the pipeline")
    args = parser.parse_args()
    if args.first_audio_only:
        first_audio_only(args)
        return

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.chmod(tmp, 0o755)
        data_dir = tmp / "var"
        store = BlobStore(data_dir / "audio", checksums=Index(data_dir / "index.sqlite3"))
        mp3 = make_mp3()
        key = hashlib.sha256(mp3).hexdigest()
        store.put(key, "mp3", mp3)
        rel = f"{key[:2]}/{key[2:4]}/{key}.mp3"

        with gunicorn(data_dir, args.workers, args.threads) as base, \
                gunicorn(data_dir, args.workers, args.threads, worker_class="gthread") as stock_base:
            # 1. cached throughput vs static, interleaved rounds (the machine may be shared: pair each
            #    gunicorn measurement with a static one taken right after it)
            with static_server(store.root, tmp, args.workers) as (static_base, baseline):
                rounds = []
                for _ in range(args.rounds):
                    ours, generator = load(f"{base}/audio/{key}.mp3", args.duration, args.connections)
                    static, _ = load(f"{static_base}/{rel}", args.duration, args.connections)
                    stock, _ = load(f"{stock_base}/audio/{key}.mp3", args.duration, args.connections)
                    rounds.append((ours, static, stock))
            ratios = [o / s for o, s, _ in rounds]
            stock_ratios = [k / s for _, s, k in rounds]
            print(f"cached {len(mp3) / 1_048_576:.2f} MiB MP3, {args.connections} connections, "
                  f"{args.rounds} rounds x {args.duration:g} s each, load generator: {generator}")
            print(f"  gunicorn as `make run` ({args.workers} workers x {args.threads} threads, AudioWorker, "
                  f"HTTP parser {http_parser()}): {statistics.median(o for o, _, _ in rounds):8.1f} req/s (median)")
            print(f"  gunicorn's stock gthread worker, same app:  "
                  f"{statistics.median(k for _, _, k in rounds):8.1f} req/s (median)")
            print(f"  baseline {baseline}: {statistics.median(s for _, s, _ in rounds):8.1f} req/s (median)")
            print(f"  ratio gunicorn / static per round: {', '.join(f'{r:.2f}' for r in ratios)}; "
                  f"median {statistics.median(ratios):.2f}  (goal ≥ 0.5)")
            print(f"  (stock gthread / static per round: {', '.join(f'{r:.2f}' for r in stock_ratios)}; "
                  f"median {statistics.median(stock_ratios):.2f})")
            # what a browser's audio element sends: "Range: bytes=0-", answered 206 with the whole file
            if shutil.which("nginx"):  # (python's http.server, the other baseline, ignores Range)
                with static_server(store.root, tmp, args.workers) as (static_base, _):
                    ranged = [load(f"{base}/audio/{key}.mp3", args.duration, args.connections, "bytes=0-")[0]
                              / load(f"{static_base}/{rel}", args.duration, args.connections, "bytes=0-")[0]
                              for _ in range(max(3, args.rounds // 2))]
                print(f"  with 'Range: bytes=0-' as browsers send, gunicorn / static per round: "
                      f"{', '.join(f'{r:.2f}' for r in ranged)}; median {statistics.median(ranged):.2f}")

            # 2. time to first audio
            first, full, chars, segments = time_to_first_audio(base)
            print(f"time to first audio, {chars}-character article ({segments} segments), via job + parts:")
            print(f"  first part playable after {first:.3f} s  (goal ≤ 1 s); full MP3 ready after {full:.3f} s")

            # 3. cold fan-in, paired rounds (single then 50 concurrent, each on fresh text)
            rounds3 = [cold_fan_in(base, n) for n in range(args.fan_in_rounds)]
            print("cold requests, 2500-character article, synchronous path (each row: fresh articles):")
            for one, p95, worst in rounds3:
                print(f"  one request {one:.3f} s; 50 concurrent: p95 {p95:.3f} s, max {worst:.3f} s, 1 synthesis;"
                      f" ratio {p95 / one:.2f}")
            print(f"  ratio p95 / one, median of {len(rounds3)}: "
                  f"{statistics.median(p95 / one for one, p95, _ in rounds3):.2f}  (goal ≤ 1.2)")


if __name__ == "__main__":
    main()
