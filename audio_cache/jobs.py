"""The job table: narrations waiting for, or being made by, a worker — with progress, preview parts and cancels.

    jobs = JobStore(db)
    job, created = jobs.create_job(article_id="bai-1", narration_key=key, payload={…}, total=12)
    jobs.claim_job("host:123:456")            # → the oldest queued job, now 'running' (one claimant wins)

One active job per narration key (a unique index): a second request for the same audio gets the job that
is already making it. A job also keeps its article's ``job_id`` and ``status`` in step, in the same
transaction, so the API never shows a job the article does not know about.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    job_id        TEXT PRIMARY KEY,
    kind          TEXT NOT NULL DEFAULT 'narrate',
    article_id    TEXT NOT NULL,
    narration_key TEXT NOT NULL,
    status        TEXT NOT NULL,
    payload       TEXT NOT NULL,
    done          INTEGER NOT NULL DEFAULT 0,
    total         INTEGER NOT NULL DEFAULT 0,
    parts         TEXT NOT NULL DEFAULT '[]',
    error         TEXT,
    error_code    TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    api_key_hash  TEXT,
    worker        TEXT,
    created_at    REAL NOT NULL,
    updated_at    REAL NOT NULL,
    started_at    REAL,
    finished_at   REAL
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, created_at);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_one_active_per_key ON jobs(narration_key)
    WHERE status IN ('queued', 'running');
"""

ACTIVE_JOB_STATES = ("queued", "running")
#: Workers on any host are woken on this channel when a job is queued (PostgreSQL's NOTIFY; SQLite: polling).
JOBS_CHANNEL = "dbv_jobs"
FINAL_JOB_STATES = ("done", "failed", "cancelled")


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


@dataclass(frozen=True)
class Job:
    job_id: str
    kind: str
    article_id: str
    narration_key: str
    status: str
    payload: dict[str, Any]
    done: int
    total: int
    parts: list[dict[str, Any]]
    error: str | None
    error_code: str | None
    attempts: int
    cancel_requested: bool
    api_key_hash: str | None
    worker: str | None
    created_at: float
    updated_at: float
    started_at: float | None
    finished_at: float | None

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_JOB_STATES


class JobStore:
    """The ``jobs`` table (and the ``job_id``/``status`` of the articles they make)."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def create_job(
        self,
        *,
        article_id: str,
        narration_key: str,
        payload: dict[str, Any],
        total: int,
        api_key_hash: str | None = None,
        kind: str = "narrate",
    ) -> tuple[Job, bool]:
        """Queue a job, or return the active job already making ``narration_key`` (created=False)."""
        now = time.time()
        job_id = uuid.uuid4().hex
        with self.db.transaction() as db:
            row = db.execute(
                "SELECT * FROM jobs WHERE narration_key = ? AND status IN ('queued', 'running')", (narration_key,)
            ).fetchone()
            created = row is None
            if created:
                db.execute(
                    """INSERT INTO jobs (job_id, kind, article_id, narration_key, status, payload, total,
                                         api_key_hash, created_at, updated_at)
                       VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)""",
                    (job_id, kind, article_id, narration_key, json.dumps(payload, ensure_ascii=False), total,
                     api_key_hash, now, now),
                )
            else:
                job_id = row["job_id"]
            db.execute(
                "UPDATE articles SET job_id = ?, status = 'pending', error = NULL WHERE article_id = ?"
                " AND wanted_key = ?",
                (job_id, article_id, narration_key),
            )
            row = db.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        if created:
            self.db.notify(JOBS_CHANNEL)
        return _job(row), created

    def get_job(self, job_id: str) -> Job | None:
        with self.db.connect() as db:
            row = db.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        return _job(row) if row else None

    def jobs(self, status: str | None = None, limit: int = 100) -> list[Job]:
        with self.db.connect() as db:
            if status:
                rows = db.execute(
                    "SELECT * FROM jobs WHERE status = ? ORDER BY created_at LIMIT ?", (status, limit)
                ).fetchall()
            else:
                rows = db.execute("SELECT * FROM jobs ORDER BY created_at DESC LIMIT ?", (limit,)).fetchall()
        return [_job(r) for r in rows]

    def claim_job(self, worker: str) -> Job | None:
        """Atomically take the oldest queued job (one claimant wins across processes)."""
        now = time.time()
        with self.db.transaction() as db:
            row = db.execute(
                "SELECT job_id FROM jobs WHERE status = 'queued' ORDER BY created_at LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            db.execute(
                """UPDATE jobs SET status = 'running', worker = ?, attempts = attempts + 1, started_at = ?,
                       updated_at = ? WHERE job_id = ?""",
                (worker, now, now, row["job_id"]),
            )
            db.execute("UPDATE articles SET status = 'running' WHERE job_id = ? AND status = 'pending'",
                       (row["job_id"],))
            row = db.execute("SELECT * FROM jobs WHERE job_id = ?", (row["job_id"],)).fetchone()
        return _job(row)

    def job_progress(self, job_id: str, done: int, total: int, parts: list[dict[str, Any]] | None = None,
                     worker: str | None = None) -> bool:
        """Record progress; returns True when the worker should stop: a cancel was requested, or — given the
        ``worker`` that runs it — the job was taken over by another worker meanwhile (this one was presumed
        dead: its host lost the database for longer than the heartbeat allows)."""
        with self.db.connect() as db:
            db.execute(
                """UPDATE jobs SET done = ?, total = ?, parts = COALESCE(?, parts), updated_at = ?
                   WHERE job_id = ? AND (? = '' OR worker = ?)""",
                (done, total, None if parts is None else json.dumps(parts), time.time(), job_id, worker or "",
                 worker or ""))
            row = db.execute("SELECT cancel_requested, worker FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        return bool(row and (row["cancel_requested"] or (worker is not None and row["worker"] != worker)))

    def heartbeat(self, worker: str) -> int:
        """The jobs ``worker`` runs are alive (a worker on another host is presumed dead without this)."""
        with self.db.connect() as db:
            cur = db.execute("UPDATE jobs SET updated_at = ? WHERE status = 'running' AND worker = ?",
                             (time.time(), worker))
            return cur.rowcount

    def finish_job(self, job_id: str, status: str, error: str | None = None, error_code: str | None = None,
                   worker: str | None = None) -> None:
        """The job ends as ``status``; given its ``worker``, only while that worker still owns it."""
        if status not in FINAL_JOB_STATES:
            raise ValueError(f"not a final job state: {status}")
        now = time.time()
        with self.db.transaction() as db:
            cur = db.execute(
                """UPDATE jobs SET status = ?, error = ?, error_code = ?, finished_at = ?, updated_at = ?,
                       done = CASE WHEN ? = 'done' THEN total ELSE done END
                   WHERE job_id = ? AND (? = '' OR worker = ?)""",
                (status, error, error_code, now, now, status, job_id, worker or "", worker or ""),
            )
            if status == "cancelled" and cur.rowcount:
                db.execute(
                    "UPDATE articles SET status = 'cancelled', updated_at = ? WHERE job_id = ? AND status != 'ready'",
                    (now, job_id),
                )

    def cancel_job(self, job_id: str) -> Job | None:
        """A queued job is cancelled at once; a running one is asked to stop at its next segment."""
        with self.db.transaction() as db:
            db.execute("UPDATE jobs SET cancel_requested = 1, updated_at = ? WHERE job_id = ? AND status = 'running'",
                       (time.time(), job_id))
            db.execute(
                "UPDATE jobs SET status = 'cancelled', finished_at = ?, updated_at = ? WHERE job_id = ?"
                " AND status = 'queued'",
                (time.time(), time.time(), job_id),
            )
            db.execute("UPDATE articles SET status = 'cancelled' WHERE job_id = ? AND status IN ('pending')",
                       (job_id,))
        return self.get_job(job_id)

    def retry_job(self, job_id: str) -> Job | None:
        """A failed or cancelled job goes back to the queue (unless another job already makes that audio)."""
        now = time.time()
        with self.db.transaction() as db:
            row = db.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            if row is None:
                return None
            if row["status"] in ("failed", "cancelled"):
                busy = db.execute(
                    "SELECT 1 FROM jobs WHERE narration_key = ? AND status IN ('queued', 'running')",
                    (row["narration_key"],),
                ).fetchone()
                if not busy:
                    db.execute(
                        """UPDATE jobs SET status = 'queued', error = NULL, error_code = NULL, cancel_requested = 0,
                               done = 0, parts = '[]', attempts = 0, finished_at = NULL, updated_at = ?
                           WHERE job_id = ?""",
                        (now, job_id),
                    )
                    db.execute(
                        "UPDATE articles SET status = 'pending', error = NULL, job_id = ? WHERE article_id = ?"
                        " AND wanted_key = ?",
                        (job_id, row["article_id"], row["narration_key"]),
                    )
        self.db.notify(JOBS_CHANNEL)
        return self.get_job(job_id)

    def requeue(self, job_id: str, worker: str | None = None) -> bool:
        """A running job goes back to the queue without counting the attempt: this process stops it on shutdown,
        or its worker could not reach a shared store (the object store restarting, say) — neither says anything
        about the job; its article is pending again. Given ``worker``, only while that worker still owns it."""
        now = time.time()
        with self.db.transaction() as db:
            cur = db.execute(
                """UPDATE jobs SET status = 'queued', worker = NULL, updated_at = ?,
                       attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END
                   WHERE job_id = ? AND status = 'running' AND (? = '' OR worker = ?)""",
                (now, job_id, worker or "", worker or ""))
            if cur.rowcount:
                db.execute("UPDATE articles SET status = 'pending' WHERE job_id = ? AND status = 'running'",
                           (job_id,))
        if cur.rowcount:
            self.db.notify(JOBS_CHANNEL)
        return bool(cur.rowcount)

    def requeue_orphans(self, owner_dead: Callable[[Job], bool], max_attempts: int | None = None) -> list[str]:
        """Jobs left 'running' by a worker that died go back to the queue (resumed by the next worker) — unless
        they were started ``max_attempts`` times already: a job that kills its worker every time (out of
        memory, say) fails with that reason instead of looping."""
        requeued = []
        for job in self.jobs("running", limit=10_000):
            if not owner_dead(job):
                continue
            now = time.time()
            with self.db.transaction() as db:
                if max_attempts is not None and job.attempts >= max_attempts:
                    message = (f"Công việc đã dừng giữa chừng {job.attempts} lần (tiến trình bị dừng, có thể vì hết"
                               " bộ nhớ); không thử lại nữa.")
                    cur = db.execute(
                        """UPDATE jobs SET status = 'failed', error = ?, error_code = 'too_many_attempts',
                               worker = NULL, finished_at = ?, updated_at = ?
                           WHERE job_id = ? AND status = 'running' AND COALESCE(worker, '') = ?""",
                        (message, now, now, job.job_id, job.worker or ""),
                    )
                    if cur.rowcount:
                        db.execute(
                            """UPDATE articles SET status = 'failed', error = ?, updated_at = ?
                               WHERE article_id = ? AND (wanted_key IS NULL OR wanted_key = ?)""",
                            (message, now, job.article_id, job.narration_key),
                        )
                    continue
                cur = db.execute(
                    "UPDATE jobs SET status = 'queued', worker = NULL, updated_at = ?"
                    " WHERE job_id = ? AND status = 'running' AND COALESCE(worker, '') = ?",
                    (now, job.job_id, job.worker or ""),
                )
            if cur.rowcount:
                requeued.append(job.job_id)
        if requeued:
            self.db.notify(JOBS_CHANNEL)
        return requeued

    def active_keys(self) -> set[str]:
        with self.db.connect() as db:
            rows = db.execute("SELECT narration_key FROM jobs WHERE status IN ('queued', 'running')").fetchall()
        return {r["narration_key"] for r in rows}

    def counts(self) -> dict[str, int]:
        """Jobs by status."""
        with self.db.connect() as db:
            rows = db.execute("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status").fetchall()
        return {r["status"]: int(r["n"]) for r in rows}


def _job(row: Any) -> Job:
    data = dict(row)
    data["payload"] = json.loads(data["payload"])
    data["parts"] = json.loads(data["parts"])
    data["cancel_requested"] = bool(data["cancel_requested"])
    return Job(**data)
