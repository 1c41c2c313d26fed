"""Background narration jobs: an in-process runner over a job table in the index.

    runner = JobRunner(narrator, settings)
    job = runner.submit(article, "bai-1", narration)     # queued (or the active job already making that audio)
    runner.wait(job.job_id, timeout=5)                   # → Job(status="done", done=12, total=12, parts=[…])

Why a table and not a Python queue: it survives restarts. A job left ``running`` by a worker that died
(``kill -9``, OOM, deploy) is put back in the queue by the next runner to start on the host — its owner is
recorded as ``host:pid`` — and resumed; finished segments come from the segment cache, so the rerun only
synthesises what was missing. A job started ``TTS_JOB_MAX_ATTEMPTS`` times fails instead, with that reason.
Claiming is one ``BEGIN IMMEDIATE`` transaction, so every gunicorn worker can run
a runner and each job still runs once. Progress, per-block preview parts and cancel requests go through the same
table; a finished job queues its signed webhook (tts_service.webhooks).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import weakref

from audio_cache.db import StoreUnavailable
from audio_cache.hosts import url_host
from audio_cache.jobs import JOBS_CHANNEL, Job
from audio_cache.processes import worker_alive, worker_id
from tts_service import metrics
from tts_service.config import Settings
from tts_service.errors import ServiceError
from tts_service.models import Article, Narration
from tts_service.pipeline import (
    JobCancelled,
    Narrator,
    SynthesisObserver,
    article_from_payload,
    article_payload,
    storage_errors,
)
from tts_service.webhooks import WebhookSender

log = logging.getLogger(__name__)

#: A running job's worker says it is alive this often (progress does too); a worker on another host that has
#: not for STALE_AFTER_S is presumed dead and its job is taken over (a worker on this host: its pid tells).
HEARTBEAT_S = 10.0
STALE_AFTER_S = 60.0
POLL_S = 0.5
RELEASE_PAUSE_S = 2.0  # a job given back while a shared store is down waits this long first
RECOVER_EVERY_S = 5.0


class JobInterrupted(Exception):
    """The process is shutting down: the job goes back to the queue (raised from its progress callback)."""


#: Runners whose threads run in this process: drained at exit, so running jobs finish or go back to the queue.
_LIVE_RUNNERS: weakref.WeakSet[JobRunner] = weakref.WeakSet()


@atexit.register
def _drain_at_exit() -> None:
    for runner in list(_LIVE_RUNNERS):
        if runner._started_pid == os.getpid() and any(t.is_alive() for t in runner._threads):
            runner.drain()


#: Jobs this process's runner threads are running right now (every runner of the process shares it).
_RUNNING: set[str] = set()
_RUNNING_LOCK = threading.Lock()


def owner_dead(job: Job, now: float | None = None) -> bool:
    """Whether nobody runs ``job`` any more: its worker died, or it is this process, which no longer runs it
    (the job's final bookkeeping failed — say the index hit a full disk — so it still reads 'running')."""
    if job.worker == worker_id():
        return job.job_id not in _RUNNING
    alive = worker_alive(job.worker)
    if alive is None:
        return (time.time() if now is None else now) - job.updated_at > STALE_AFTER_S
    return not alive


class JobRunner:
    """Runs queued jobs on ``settings.job_workers`` daemon threads in this process."""

    def __init__(self, narrator: Narrator, settings: Settings) -> None:
        self.narrator = narrator
        self.settings = settings
        self.stores = narrator.stores
        self.jobs = narrator.stores.jobs
        self.articles = narrator.stores.articles
        self.webhooks = WebhookSender(self.stores.deliveries, self.stores.keys, settings)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._started_pid: int | None = None
        self._lock = threading.Lock()
        self._last_recover = 0.0
        self._last_collect = 0.0
        self._interrupt = threading.Event()  # set by drain(): running jobs stop at their next segment
        self._requeued: list[str] = []

    # --- lifecycle --------------------------------------------------------------------------------------

    def start(self, *, force: bool = False) -> None:
        """Start the worker threads (once per process; a forked child starts its own) — unless this process
        only serves (``TTS_JOB_RUNNER=false``: `flask tts worker` processes run the jobs; ``force`` is theirs)."""
        if not (self.settings.job_runner or force):
            return
        with self._lock:
            if self._started_pid == os.getpid() and any(t.is_alive() for t in self._threads):
                return
            self._stop.clear()
            self._interrupt.clear()
            self._started_pid = os.getpid()
            _LIVE_RUNNERS.add(self)  # drained when the process exits (gunicorn's graceful stop, Ctrl-C)
            self._threads = [
                threading.Thread(target=self._loop, name=f"dbv-jobs-{n}", daemon=True)
                for n in range(self.settings.job_workers)
            ]
            self._threads.append(threading.Thread(target=self._heartbeat, name="dbv-jobs-heartbeat", daemon=True))
            if hasattr(self.stores.db, "listen"):  # PostgreSQL: a queued job wakes a worker on any host at once
                self._threads.append(threading.Thread(target=self._listen, name="dbv-jobs-listen", daemon=True))
            for thread in self._threads:
                thread.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            with _RUNNING_LOCK:
                busy = bool(_RUNNING)
            if busy:
                try:
                    self.jobs.heartbeat(worker_id())
                except Exception as exc:  # the index is down: the job goes on; progress will tell
                    log.warning("job heartbeat failed: %s", exc)

    def _listen(self) -> None:
        for _ in self.stores.db.listen(JOBS_CHANNEL, timeout=1.0):
            if self._stop.is_set():
                return
            self._wake.set()

    def start_if_work(self) -> bool:
        """At start-up: resume what a crash left behind; start threads only when there is work."""
        if self.narrator.schema_problem:
            return False  # nothing runs until a deploy upgrades the shared index
        try:
            self.recover(clean_temp=True)
            jobs = self.jobs.counts()
            pending = jobs.get("queued", 0) + jobs.get("running", 0) + self.stores.deliveries.counts().get("pending", 0)
        except StoreUnavailable:  # the shared index is down: look again (and keep looking) from the threads
            log.warning("the index is unavailable at start; the job runner will retry")
            pending = 1
        if pending:
            self.start()
            return True
        return False

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def drain(self, timeout: float | None = None) -> list[str]:
        """Shut down gracefully: take no new job; a running one gets ``timeout`` seconds (``TTS_JOB_DRAIN_S``) to
        finish, then stops at its next segment and goes back to the queue — at once, not after a worker notices
        it is orphaned — where another process resumes it from the segment cache. Returns the requeued ids."""
        timeout = self.settings.job_drain_s if timeout is None else timeout
        self._stop.set()
        self._wake.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        if any(thread.is_alive() for thread in self._threads):
            self._interrupt.set()
            for thread in self._threads:
                thread.join(10.0)
        self._threads = []
        requeued, self._requeued = self._requeued, []
        if requeued:
            log.warning("shutting down: %d running job(s) back in the queue: %s", len(requeued), requeued)
        return requeued

    def recover(self, *, clean_temp: bool = False) -> list[str]:
        """Requeue jobs nobody runs any more (see :func:`owner_dead`); remove temp files dead writers left (at
        start, or after a death — walking the whole store every few seconds would cost more than it saves)."""
        self._last_recover = time.monotonic()
        with _RUNNING_LOCK:  # no claim in this process between reading a job and requeueing it
            requeued = self.jobs.requeue_orphans(owner_dead, max_attempts=self.settings.job_max_attempts)
        if requeued:
            log.warning("resuming %d job(s) nobody was running any more: %s", len(requeued), requeued)
            self._wake.set()
        if clean_temp or requeued:
            self.narrator.store.remove_temp_files(older_than_s=24 * 3600)  # dead owners' temps go at once
        return requeued

    # --- the queue interface ----------------------------------------------------------------------------

    def submit(self, article: Article, article_id: str, narration: Narration, *, api_key_hash: str | None = None,
               pin: bool = False, voice: str | None = None, site: str | None = None, reason: str | None = None,
               start: bool = True) -> Job:
        """Queue the narration of ``article`` (deduplicated by narration key) and wake a worker.

        With ``voice`` (a listener's pick, ``Narrator.voices_for``) the audio is an extra rendering: the article
        keeps reading as its own narration, and no "ready" webhook goes out. ``site``: the asking key's site
        (``NotOwner`` for another site's article), as in ``Narrator.narrate``. ``reason`` goes into the webhook
        (``"lexicon"``: read again after a pronunciation fix). ``start=False`` leaves the job to the service's
        runners (a command-line process that exits soon must not start one).
        A full disk is a clear ``StorageFull`` (507): the job table could not take the job.
        """
        payload = {**article_payload(article, pin=pin), **({"voice": voice} if voice else {}),
                   **({"reason": reason} if reason else {})}
        with storage_errors():
            if not voice:
                self.articles.want(article_id, narration.key, url=article.url, title=article.title,
                                   source=json.dumps(article_payload(article), ensure_ascii=False),
                                   site=site or url_host(article.url) or None, acting_for=site)
            job, _created = self.jobs.create_job(
                article_id=article_id, narration_key=narration.key, payload=payload,
                total=len(narration.segments), api_key_hash=api_key_hash,
            )
        if start:
            self.start()
            self._wake.set()
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get_job(job_id)

    def cancel(self, job_id: str) -> Job | None:
        return self.jobs.cancel_job(job_id)

    def retry(self, job_id: str) -> Job | None:
        job = self.jobs.retry_job(job_id)
        if job is not None and job.status == "queued":
            self.start()
            self._wake.set()
        return job

    def wait(self, job_id: str, timeout: float, *, first_part: bool = False) -> Job | None:
        """The job once it is final — or, with ``first_part``, once it has a part a player can start with — or
        as it is after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            job = self.jobs.get_job(job_id)
            if job is None or not job.active or (first_part and job.parts) or time.monotonic() >= deadline:
                return job
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    # --- work -------------------------------------------------------------------------------------------

    def maybe_collect(self, every_s: float = 60.0) -> None:
        """Keep the store inside TTS_CACHE_BUDGET_MB as new audio arrives (at most once a minute)."""
        if not self.settings.cache_budget_mb or time.monotonic() - self._last_collect < every_s:
            return
        from audio_cache.evict import collect

        self._last_collect = time.monotonic()
        collect(self.narrator.store, self.stores, self.narrator.locks,
                budget_bytes=self.settings.cache_budget_mb * 1_048_576,
                history_grace_s=self.settings.history_grace_s)

    def run_once(self) -> bool:
        """Claim and run one queued job; False when the queue is empty."""
        with _RUNNING_LOCK:
            job = self.jobs.claim_job(worker_id())
            if job is None:
                return False
            _RUNNING.add(job.job_id)
        try:
            self._run(job)
        finally:
            with _RUNNING_LOCK:
                _RUNNING.discard(job.job_id)
        return True

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                if time.monotonic() - self._last_recover > RECOVER_EVERY_S:
                    self.recover()
                self.webhooks.deliver_due()
                if self.run_once():
                    self.maybe_collect()
                    continue
            except Exception:  # the runner must outlive any one bad job or a locked database
                log.exception("job runner iteration failed")
            self._wake.wait(POLL_S)
            self._wake.clear()

    def _run(self, job: Job) -> None:
        started = time.monotonic()
        first_part = [bool(job.parts)]

        me = worker_id()

        def on_update(done: int, total: int, parts: list[dict]) -> bool:
            if self._interrupt.is_set():
                raise JobInterrupted(job.job_id)
            if parts and not first_part[0]:
                first_part[0] = True
                metrics.FIRST_AUDIO.labels("job").observe(max(0.0, time.time() - job.created_at))
            return self.jobs.job_progress(job.job_id, done, total, parts, worker=me)

        observer = SynthesisObserver(self.narrator.store, self.settings.mp3_bitrate, on_update)
        try:
            article = article_from_payload(job.payload)
            narration = self.narrator.plan(article, voice=job.payload.get("voice"))
            if narration.key != job.narration_key:  # the service was upgraded since the job was queued
                record = self.articles.get_article(job.article_id)
                if record is not None and record.wanted_key == job.narration_key:
                    self.articles.want(job.article_id, narration.key, url=article.url, title=article.title)
            asset, _ = self.narrator.narrate(article, job.article_id, narration=narration, want=False,
                                             pin=bool(job.payload.get("pin")), observer=observer)
        except StoreUnavailable as exc:  # the job is fine; a shared store is not: queue it again, after a pause
            log.warning("job %s waits for storage: %s", job.job_id, exc)
            self._stop.wait(RELEASE_PAUSE_S)
            self.jobs.requeue(job.job_id, me)  # if this fails too, recover() requeues it once the index is back
            return
        except JobInterrupted:
            self.jobs.requeue(job.job_id)
            self._requeued.append(job.job_id)
            return
        except JobCancelled as exc:
            self.jobs.finish_job(job.job_id, "cancelled", exc.message, exc.code, worker=me)
            metrics.JOBS_FINISHED.labels("cancelled").inc()
            return
        except ServiceError as exc:
            self.jobs.finish_job(job.job_id, "failed", exc.message, exc.code, worker=me)
            self.articles.record_failed(job.article_id, job.narration_key, exc.message)
            metrics.JOBS_FINISHED.labels("failed").inc()
            return
        except Exception as exc:
            if isinstance(exc, RuntimeError) and self._stop.is_set():
                # The interpreter is exiting under it (its thread pools refuse new work): back to the queue.
                self.jobs.requeue(job.job_id)
                self._requeued.append(job.job_id)
                return
            log.exception("job %s failed", job.job_id)
            message = f"Lỗi máy chủ khi đọc bài ({type(exc).__name__}); thử lại sau."
            self.jobs.finish_job(job.job_id, "failed", message, "internal_error", worker=me)
            self.articles.record_failed(job.article_id, job.narration_key, message)
            metrics.JOBS_FINISHED.labels("failed").inc()
            return
        if not job.payload.get("voice") and not job.article_id.startswith("draft:"):
            self.webhooks.enqueue_ready(job, asset.duration_s)  # before "done": whoever sees done sees it queued
            self._wake.set()
        self.jobs.finish_job(job.job_id, "done", worker=me)
        metrics.JOBS_FINISHED.labels("done").inc()
        log.info("job %s done in %.2f s", job.job_id, time.monotonic() - started)
