"""Faults the service must survive, each returning a :class:`Fault`: whether it survived, and what was measured.

- ``load``: 200 connections on one cached MP3 (wrk), 0 errors.
- ``slow_clients``: 200 connections sending their headers a line a second; ``/healthz`` and the cached MP3
  answer every probe within 2 s.
- ``flaky_gtts``: the fake gTTS endpoint fails 30 % of requests (429, 500, 503, timeouts) while 100 articles
  (short run: 20) are read by gTTS; every one completes, its MP3 whole.
- ``kill_worker``: ``kill -9`` of the gunicorn workers while a job is synthesising; the job completes.
- ``disk_full``: the data tmpfs filled to the last byte; a new article gets a clear 507, cached audio still
  plays, and once space is back new articles are made again.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

from harden.service import GTTS_HOST, Service
from harden.slow import SlowClients, probe

ARTICLE_WORDS = ["hội nghị", "thành phố", "nhân dân", "cán bộ", "kế hoạch", "dự án", "công trình", "đại biểu",
                 "phường", "xã", "năm học", "mùa lũ", "giao thông", "du lịch", "di sản", "lễ hội"]


@dataclass
class Fault:
    name: str
    survived: bool
    detail: str
    inputs: int = 0  # requests it sent, for the table
    errors: int = 0  # 5xx or dropped answers among them
    skipped: bool = False


def article_text(n: int, sentences: int = 3) -> str:
    rng = random.Random(n)
    return " ".join(f"Câu {i + 1} nói về {rng.choice(ARTICLE_WORDS)} và {rng.choice(ARTICLE_WORDS)} số {n}."
                    for i in range(sentences))


def load(service: Service, audio_path: str, seconds: int, connections: int = 200) -> Fault:
    wrk = shutil.which("wrk")
    name = f"{connections} connections on cached audio, {seconds} s"
    if wrk is None:
        return Fault(name, False, "wrk is not installed (apt-get install wrk)", skipped=True)
    done = subprocess.run([wrk, "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency",
                           service.base + audio_path], capture_output=True, text=True, timeout=seconds + 60,
                          check=False)
    out = done.stdout
    requests = int(m.group(1)) if (m := re.search(r"(\d+) requests in", out)) else 0
    socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)",
                                                   (re.search(r"Socket errors:.*", out) or [""])[0]))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    p99 = m.group(1) if (m := re.search(r"99%\s+(\S+)", out)) else "?"
    rate = m.group(1) if (m := re.search(r"Requests/sec:\s+(\S+)", out)) else "?"
    errors = socket_errors + non2xx
    survived = done.returncode == 0 and requests > 0 and errors == 0
    return Fault(name, survived, f"{requests} requests, {rate}/s, p99 {p99}, errors {errors} "
                                 f"(socket {socket_errors}, non-2xx {non2xx})", requests, errors)


def slow_clients(service: Service, audio_path: str, seconds: int, connections: int = 200) -> Fault:
    name = f"{connections} slow-header connections, {seconds} s"
    with SlowClients("127.0.0.1", service.port, connections) as attack:
        time.sleep(2)
        health, audio = probe("127.0.0.1", service.port, ["/healthz", audio_path], seconds)
    survived = health.answered == len(health.latencies) and audio.answered == len(audio.latencies)
    failed = len(health.latencies) - health.answered + len(audio.latencies) - audio.answered
    return Fault(name, survived, f"{health.line()}; {audio.line()}; slow connections opened {attack.opened}, "
                                 f"closed by the server {attack.closed_by_server}",
                 len(health.latencies) + len(audio.latencies), failed)


def flaky_gtts(service: Service, fake, articles: int) -> Fault:
    """30 % of gTTS requests fail: 429 (some with Retry-After), 500, 503, or no answer within the timeout."""
    rng = random.Random(12)
    modes = ["429", "429+1", "500", "503", "timeout"]
    fake.slow_s = 1.5  # the service's TTS_GTTS_TIMEOUT is 1 s
    fake.chooser = lambda _n, _text: rng.choice(modes) if rng.random() < 0.30 else "ok"
    name = f"fake gTTS failing 30 % on {articles} articles"
    before = fake.count
    results: dict[str, dict | None] = {}
    answers = []
    lock = threading.Lock()

    def one(n: int) -> None:
        article_id = f"harden:gtts-{n}"
        payload = {"id": article_id, "url": f"https://{GTTS_HOST}/tin/{n}", "title": f"Tin {n}",
                   "text": article_text(n)}
        answer = service.push(payload, wait=0)
        deadline = time.monotonic() + 240
        while answer.status == 429 and answer.retry_after and time.monotonic() < deadline:
            time.sleep(answer.retry_after)  # a CMS pushing 100 articles at once meets the key's limit: it waits
            answer = service.push(payload, wait=0)
        doc = service.wait_ready(article_id, timeout=240) if answer.status in (200, 202) else None
        with lock:
            answers.append(answer)
            results[article_id] = doc

    pending = list(range(articles))
    threads: list[threading.Thread] = []
    while pending or threads:
        threads = [t for t in threads if t.is_alive()]
        while pending and len(threads) < 4:
            t = threading.Thread(target=one, args=(pending.pop(0),))
            t.start()
            threads.append(t)
        time.sleep(0.05)
    fake.chooser = None
    ready = [doc for doc in results.values() if doc]
    whole = sum(1 for doc in ready if _mp3_whole(service, doc))
    failed_requests = sum(1 for _t, mode in fake.requests[before:] if mode != "ok")
    errors = sum(1 for a in answers if a.status >= 500 or a.status == 0)
    survived = len(ready) == articles and whole == articles and errors == 0
    return Fault(name, survived, f"{len(ready)}/{articles} ready, {whole} MP3s whole; the fake failed "
                                 f"{failed_requests} of {fake.count - before} gTTS requests", articles, errors)


def _mp3_whole(service: Service, doc: dict) -> bool:
    """The article's MP3 is served whole: its length matches its marks within a frame or two."""
    audio = service.get(doc["audio_url"])
    marks = service.get(doc["marks_url"]).json()
    if audio.status != 200 or not isinstance(marks, dict):
        return False
    from harden.checks import decoded_seconds

    seconds = decoded_seconds(audio.body)
    return seconds is not None and abs(seconds - float(doc["duration"])) < 0.2


def kill_worker(service: Service) -> Fault:
    """``kill -9`` every gunicorn worker while a job synthesises; the master starts new ones and the job ends."""
    name = "kill -9 of the workers mid-synthesis"
    text = "\n\n".join(article_text(1000 + n, sentences=4) for n in range(30))
    answer = service.push({"id": "harden:killed", "title": "Bài bị ngắt", "text": text}, wait=0)
    doc = answer.json() or {}
    if answer.status != 202 or "job_url" not in doc:
        return Fault(name, False, f"expected a job, got {answer.status}", 1, int(answer.status >= 500))
    job_url = doc["job_url"]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = service.get(job_url).json() or {}
        if job.get("status") == "running" and job.get("progress", {}).get("done", 0) > 0:
            break
        time.sleep(0.1)
    else:
        return Fault(name, False, "the job never started", 1)
    killed = service.worker_pids()
    for pid in killed:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    progress = job.get("progress", {})
    ready = service.wait_ready("harden:killed", timeout=300)
    whole = bool(ready) and _mp3_whole(service, ready)
    after = service.worker_pids()
    return Fault(name, whole and bool(killed), f"killed {len(killed)} workers at {progress.get('done')}/"
                                               f"{progress.get('total')} sentences; new workers {len(after)}; "
                                               f"job {'completed, MP3 whole' if whole else 'NOT completed'}", 2)


def disk_full(service: Service, audio_path: str) -> Fault:
    name = "disk full"
    if not service.data.mounted:
        return Fault(name, False, f"skipped: no tmpfs of its own ({service.data.why_not})", skipped=True)
    filler = service.data.path / "filler"
    answers = []
    problems: list[str] = []
    used = shutil.disk_usage(service.data.path)
    try:
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        return Fault(name, False, f"the disk was full before the fault ({exc.strerror}; {used.used >> 20} MB used, "
                                  f"{used.free >> 10} KB free)")
    try:
        for block in (1 << 20, 4096, 1):  # to the last byte
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * block)
    finally:
        os.close(fd)
    try:
        new = service.push({"id": "harden:full", "title": "Đĩa đầy", "text": article_text(5000)})
        answers.append(new)
        cached = service.get(audio_path)
        health = service.get("/healthz")
        answers += [cached, health]
        if new.status != 507 or not (new.json() or {}).get("error"):
            problems.append(f"new article: {new.status} {new.body[:80]!r}")
        if cached.status != 200:
            problems.append(f"cached audio: {cached.status}")
        if health.status != 503:
            problems.append(f"/healthz said {health.status} on a full disk")
    finally:
        filler.unlink()
    again = service.push({"id": "harden:after-full", "title": "Lại có chỗ", "text": article_text(5001)})
    answers.append(again)
    if again.status != 200:
        problems.append(f"after space came back: {again.status} {again.body[:80]!r}")
    errors = sum(1 for a in answers if a.status == 0 or (a.status >= 500 and a.status not in (503, 507)))
    detail = "; ".join(problems) or ("new article 507 with a JSON error, cached audio 200, /healthz 503 degraded; "
                                     "after space came back, new audio 200")
    return Fault(name, not problems, detail, len(answers), errors)


def jobs_settled(service: Service, timeout: float = 120.0) -> bool:
    """Wait until no job is queued or running (the last checks then see a store at rest)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = service.flask("stats", "--json", timeout=60)
        with contextlib.suppress(ValueError):
            jobs = json.loads(done.stdout).get("jobs", {})
            if not jobs.get("queued") and not jobs.get("running"):
                return True
        time.sleep(1)
    return False
