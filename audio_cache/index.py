"""The index: which narration each article currently has, its status and jobs, blob checksums, pre-generation
progress, webhook deliveries, and API keys (hashed).

SQLite in WAL mode, one short-lived connection per operation so threads and worker processes share it safely.
Every state change that must be atomic across processes runs in one ``BEGIN IMMEDIATE`` transaction.

"Never stale": a request for an article records the narration key it *wants*; a finishing synthesis only
becomes the article's current audio if it is still the wanted one, so a slow job for an older edit cannot
overwrite a newer one. Every key an article ever had stays in ``narrations`` (its history), so superseded
audio can be garbage-collected after a grace period without guessing.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from audio_cache.auth import hash_api_key  # also re-exported: other modules still import it from here

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id    TEXT PRIMARY KEY,
    url           TEXT,
    title         TEXT NOT NULL DEFAULT '',
    narration_key TEXT,
    status        TEXT NOT NULL DEFAULT 'pending',
    error         TEXT,
    duration_s    REAL,
    size_bytes    INTEGER,
    created_at    REAL NOT NULL,
    updated_at    REAL NOT NULL,
    last_played_at REAL,
    pinned        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_narration ON articles(narration_key);
CREATE TABLE IF NOT EXISTS narrations (
    narration_key TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL,
    duration_s    REAL NOT NULL,
    size_bytes    INTEGER NOT NULL,
    created_at    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS narrations_article ON narrations(article_id);
CREATE TABLE IF NOT EXISTS api_keys (
    key_hash   TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    scope      TEXT NOT NULL DEFAULT 'cms',
    created_at REAL NOT NULL,
    revoked_at REAL
);
CREATE TABLE IF NOT EXISTS blobs (
    name       TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    created_at REAL NOT NULL
);
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
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    delivery_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id        TEXT,
    url           TEXT NOT NULL,
    secret        TEXT NOT NULL,
    body          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending',
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error    TEXT,
    created_at    REAL NOT NULL,
    delivered_at  REAL
);
CREATE INDEX IF NOT EXISTS webhook_due ON webhook_deliveries(status, next_attempt_at);
CREATE TABLE IF NOT EXISTS pregen_runs (
    source      TEXT PRIMARY KEY,
    run         INTEGER NOT NULL,
    started_at  REAL NOT NULL,
    finished_at REAL
);
CREATE TABLE IF NOT EXISTS pregen_items (
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,
    run           INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending',
    article_id    TEXT,
    narration_key TEXT,
    chars         INTEGER,
    duration_s    REAL,
    error         TEXT,
    updated_at    REAL NOT NULL,
    PRIMARY KEY (source, url)
);
"""

#: Columns added after the first release: (table, column, declaration). Applied to older files on open.
MIGRATIONS: list[tuple[str, str, str]] = [
    ("articles", "job_id", "TEXT"),
    ("articles", "wanted_key", "TEXT"),
    ("articles", "source", "TEXT"),  # the article as JSON, so evicted audio can be made again on demand
    ("narrations", "pinned", "INTEGER NOT NULL DEFAULT 0"),
    ("narrations", "last_played_at", "REAL"),
    ("narrations", "evicted_at", "REAL"),
    ("api_keys", "webhook_url", "TEXT"),
    ("api_keys", "webhook_secret", "TEXT"),
    ("api_keys", "site", "TEXT"),  # the site a key acts for; NULL: every site (the operator's keys)
    ("articles", "site", "TEXT"),  # the site an article belongs to: its key's, else its URL's host
]

ACTIVE_JOB_STATES = ("queued", "running")
FINAL_JOB_STATES = ("done", "failed", "cancelled")


@contextlib.contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` transaction on an autocommit connection: committed, or rolled back on any error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class NotOwner(Exception):
    """The article belongs to another site than the key's."""


def url_host(url: str | None) -> str:
    """``url_host("https://A.gov.vn:8443/x")`` → ``"a.gov.vn"``; ``""`` when there is none."""
    try:
        return (urlsplit(url or "").hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def site_covers(site: str, host: str | None) -> bool:
    """Whether ``host`` is ``site`` or one of its sub-domains: ``site_covers("a.vn", "x.a.vn")`` → True,
    ``site_covers("a.vn", "ba.vn")`` → False."""
    return bool(host) and (host == site or host.endswith("." + site))  # type: ignore[union-attr]


@dataclass(frozen=True)
class ArticleRecord:
    article_id: str
    url: str | None
    title: str
    narration_key: str | None
    status: str
    error: str | None
    duration_s: float | None
    size_bytes: int | None
    created_at: float
    updated_at: float
    last_played_at: float | None
    pinned: bool
    job_id: str | None = None
    wanted_key: str | None = None
    source: str | None = None
    site: str | None = None


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


@dataclass(frozen=True)
class NarrationRecord:
    narration_key: str
    article_id: str
    duration_s: float
    size_bytes: int
    created_at: float
    pinned: bool
    last_played_at: float | None
    evicted_at: float | None
    current: bool = False


@dataclass(frozen=True)
class Delivery:
    delivery_id: int
    job_id: str | None
    url: str
    secret: str = field(repr=False)
    body: str = ""
    status: str = "pending"
    attempts: int = 0
    next_attempt_at: float = 0.0
    last_error: str | None = None


@dataclass(frozen=True)
class PregenItem:
    source: str
    url: str
    run: int
    position: int
    status: str
    article_id: str | None
    narration_key: str | None
    chars: int | None
    duration_s: float | None
    error: str | None


class Index:
    """The SQLite index at ``path`` (created with its schema on first use)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("BEGIN IMMEDIATE")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            for table, column, decl in MIGRATIONS:
                columns = {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}
                if column not in columns:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
                    if (table, column) == ("articles", "site"):  # existing articles belong to their URL's site
                        db.executemany("UPDATE articles SET site = ? WHERE article_id = ?", [
                            (url_host(r["url"]) or None, r["article_id"])
                            for r in db.execute("SELECT article_id, url FROM articles WHERE url IS NOT NULL")])
            db.execute("COMMIT")
        # One idle connection for the life of the object. While any connection is open SQLite keeps the -wal and
        # -shm files, so the short-lived connections below never have to re-create them: on a full disk, reads
        # still work and a write fails as "database or disk is full" (507) instead of "disk I/O error", and
        # closing a connection is not a checkpoint every time.
        self._anchor = sqlite3.connect(self.path, check_same_thread=False)
        self._anchor.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across crashes of the process, fast commits
            yield db
        finally:
            db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db, immediate(db):
            yield db

    # --- articles -------------------------------------------------------------------------------------

    def get_article(self, article_id: str) -> ArticleRecord | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return _record(row)

    def find_by_url(self, url: str) -> ArticleRecord | None:
        """The article at ``url`` of the site that owns the URL's host (the most specific site, then the latest);
        an article some other site wrote with that URL is never the answer."""
        host = url_host(url)
        with self._connect() as db:
            rows = db.execute("SELECT * FROM articles WHERE url = ? ORDER BY updated_at DESC", (url,)).fetchall()
        owned = [r for r in rows if r["site"] and site_covers(r["site"], host)]
        return _record(max(owned, key=lambda r: len(r["site"])) if owned else None)

    def want(self, article_id: str, narration_key: str, *, url: str | None, title: str,
             source: str | None = None, site: str | None = None, acting_for: str | None = None) -> None:
        """Remember that ``article_id`` should now read as ``narration_key`` (its latest content).

        ``site``: who a new article belongs to (kept once set). ``acting_for``: the site of the key asking; an
        article another site owns is then left alone and :class:`NotOwner` raised (checked in the same
        statement that writes, so two sites racing for a new id cannot both write it).
        """
        now = time.time()
        with self._connect() as db:
            row = db.execute("SELECT wanted_key, source, site FROM articles WHERE article_id = ?",
                             (article_id,)).fetchone()
            if row is not None and acting_for is not None and not site_covers(acting_for, row["site"]):
                raise NotOwner(article_id)
            if row is not None and row["wanted_key"] == narration_key and (source is None or row["source"]):
                return  # nothing changed: no write on the hot path
            cur = db.execute(
                """INSERT INTO articles (article_id, url, title, status, created_at, updated_at, wanted_key, source,
                                         site)
                   VALUES (:id, :url, :title, 'pending', :now, :now, :key, :source, :site)
                   ON CONFLICT(article_id) DO UPDATE SET url = COALESCE(excluded.url, url),
                       title = excluded.title, wanted_key = excluded.wanted_key, updated_at = excluded.updated_at,
                       source = COALESCE(excluded.source, source), site = COALESCE(site, excluded.site),
                       status = CASE WHEN narration_key = excluded.wanted_key AND status = 'ready'
                                     THEN 'ready' ELSE 'pending' END
                   WHERE :acting IS NULL OR site = :acting OR substr(site, -length(:acting) - 1) = '.' || :acting""",
                {"id": article_id, "url": url, "title": title, "now": now, "key": narration_key, "source": source,
                 "site": site, "acting": acting_for},
            )
            if cur.rowcount == 0:
                raise NotOwner(article_id)

    def record_ready(
        self,
        article_id: str,
        *,
        url: str | None,
        title: str,
        narration_key: str,
        duration_s: float,
        size_bytes: int,
        pinned: bool = False,
        wanted_key: str | None = None,
        site: str | None = None,
    ) -> bool:
        """The article now reads as ``narration_key`` — unless a newer edit is wanted meanwhile.

        ``wanted_key`` is the narration that was asked for when the stored audio has a key of its own (a
        fallback engine's rendering); it defaults to ``narration_key``. The key always joins the article's
        history. Returns True when it became the current narration.
        """
        wanted = wanted_key or narration_key
        current = self.get_article(article_id)
        if (current is not None and current.status == "ready" and current.narration_key == narration_key
                and current.wanted_key == wanted and current.pinned >= pinned
                and (url is None or current.url == url) and current.title == title):
            return True  # a cache hit changes nothing: no write on the hot path
        now = time.time()
        with self._transaction() as db:
            db.execute(
                """INSERT INTO narrations (narration_key, article_id, duration_s, size_bytes, created_at, pinned)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(narration_key) DO UPDATE SET evicted_at = NULL, size_bytes = excluded.size_bytes,
                       pinned = MAX(pinned, excluded.pinned)""",
                (narration_key, article_id, duration_s, size_bytes, now, int(pinned)),
            )
            row = db.execute("SELECT wanted_key FROM articles WHERE article_id = ?", (article_id,)).fetchone()
            if row is not None and row["wanted_key"] not in (None, wanted):
                return False
            db.execute(
                """INSERT INTO articles (article_id, url, title, narration_key, status, error, duration_s,
                                         size_bytes, created_at, updated_at, pinned, wanted_key, site)
                   VALUES (?, ?, ?, ?, 'ready', NULL, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(article_id) DO UPDATE SET url = COALESCE(excluded.url, url),
                       title = excluded.title, narration_key = excluded.narration_key, status = 'ready',
                       error = NULL, duration_s = excluded.duration_s, size_bytes = excluded.size_bytes,
                       updated_at = excluded.updated_at, pinned = MAX(pinned, excluded.pinned),
                       wanted_key = excluded.wanted_key, site = COALESCE(site, excluded.site)""",
                (article_id, url, title, narration_key, duration_s, size_bytes, now, now, int(pinned),
                 wanted, site),
            )
            return True

    def record_failed(self, article_id: str, narration_key: str, error: str) -> None:
        """A synthesis failed; only the article still wanting that key shows the error."""
        with self._connect() as db:
            db.execute(
                """UPDATE articles SET status = 'failed', error = ?, updated_at = ?
                   WHERE article_id = ? AND (wanted_key IS NULL OR wanted_key = ?)""",
                (error, time.time(), article_id, narration_key),
            )

    def record_played(self, narration_key: str, when: float | None = None) -> None:
        self.record_plays({narration_key: time.time() if when is None else when})

    def record_plays(self, plays: dict[str, float]) -> None:
        """Last-played times (narration key → epoch seconds), all in one transaction (see ``PlayLog``)."""
        rows = [(when, key) for key, when in plays.items()]
        with self._transaction() as db:
            db.executemany("UPDATE articles SET last_played_at = ? WHERE narration_key = ?", rows)
            db.executemany("UPDATE narrations SET last_played_at = ? WHERE narration_key = ?", rows)

    def pin_article(self, article_id: str) -> None:
        """Pre-generated audio is pinned: eviction never removes the article's current narration."""
        with self._transaction() as db:
            db.execute("UPDATE articles SET pinned = 1 WHERE article_id = ?", (article_id,))
            db.execute(
                """UPDATE narrations SET pinned = 1
                   WHERE narration_key = (SELECT narration_key FROM articles WHERE article_id = ?)""",
                (article_id,),
            )

    def count_narrations(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM narrations").fetchone()[0])

    def narrations(self) -> list[NarrationRecord]:
        """Every narration ever made, each flagged ``current`` when some article reads as it now."""
        with self._connect() as db:
            rows = db.execute(
                """SELECT n.narration_key, n.article_id, n.duration_s, n.size_bytes, n.created_at, n.pinned,
                          n.last_played_at, n.evicted_at,
                          EXISTS(SELECT 1 FROM articles a WHERE a.narration_key = n.narration_key
                                                          OR a.wanted_key = n.narration_key) AS current
                   FROM narrations n"""
            ).fetchall()
        return [NarrationRecord(**{**dict(r), "pinned": bool(r["pinned"]), "current": bool(r["current"])})
                for r in rows]

    def mark_evicted(self, narration_key: str) -> None:
        """Its files are gone: articles reading it will be synthesised again when asked."""
        now = time.time()
        with self._transaction() as db:
            db.execute("UPDATE narrations SET evicted_at = ? WHERE narration_key = ?", (now, narration_key))
            db.execute(
                "UPDATE articles SET status = 'evicted', updated_at = ? WHERE narration_key = ? AND status = 'ready'",
                (now, narration_key),
            )

    def forget_article(self, article_id: str) -> None:
        """The article leaves the index (its narrations' rows stay until :meth:`forget_narration`)."""
        with self._connect() as db:
            db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))

    def forget_narration(self, narration_key: str) -> None:
        """A superseded narration removed by GC leaves the history (and its blobs' checksums)."""
        with self._transaction() as db:
            db.execute("DELETE FROM narrations WHERE narration_key = ?", (narration_key,))
            db.execute("DELETE FROM blobs WHERE name LIKE ?", (narration_key + ".%",))

    # --- blob checksums (audio_cache.blobs.Checksums) --------------------------------------------------

    def record_blob(self, name: str, sha256: str, size: int, *, adopt: bool = False) -> None:
        """The checksum of the file just published as ``name``; ``adopt``: of a file found without a record,
        which never overrides one its writer made meanwhile."""
        with self._connect() as db:
            db.execute(
                """INSERT INTO blobs (name, sha256, size_bytes, created_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, size_bytes = excluded.size_bytes
                   WHERE NOT ?""",
                (name, sha256, size, time.time(), adopt),
            )

    def blob_checksum(self, name: str) -> str | None:
        with self._connect() as db:
            row = db.execute("SELECT sha256 FROM blobs WHERE name = ?", (name,)).fetchone()
        return row["sha256"] if row else None

    def forget_blob(self, name: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM blobs WHERE name = ?", (name,))

    # --- jobs -------------------------------------------------------------------------------------------

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
        with self._transaction() as db:
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
        return _job(row), created

    def get_job(self, job_id: str) -> Job | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        return _job(row) if row else None

    def jobs(self, status: str | None = None, limit: int = 100) -> list[Job]:
        with self._connect() as db:
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
        with self._transaction() as db:
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

    def job_progress(self, job_id: str, done: int, total: int, parts: list[dict[str, Any]] | None = None) -> bool:
        """Record progress; returns True when a cancel was requested (the worker then stops)."""
        with self._connect() as db:
            if parts is None:
                db.execute("UPDATE jobs SET done = ?, total = ?, updated_at = ? WHERE job_id = ?",
                           (done, total, time.time(), job_id))
            else:
                db.execute("UPDATE jobs SET done = ?, total = ?, parts = ?, updated_at = ? WHERE job_id = ?",
                           (done, total, json.dumps(parts), time.time(), job_id))
            row = db.execute("SELECT cancel_requested FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        return bool(row and row["cancel_requested"])

    def finish_job(self, job_id: str, status: str, error: str | None = None, error_code: str | None = None) -> None:
        if status not in FINAL_JOB_STATES:
            raise ValueError(f"not a final job state: {status}")
        now = time.time()
        with self._transaction() as db:
            db.execute(
                """UPDATE jobs SET status = ?, error = ?, error_code = ?, finished_at = ?, updated_at = ?,
                       done = CASE WHEN ? = 'done' THEN total ELSE done END WHERE job_id = ?""",
                (status, error, error_code, now, now, status, job_id),
            )
            if status == "cancelled":
                db.execute(
                    "UPDATE articles SET status = 'cancelled', updated_at = ? WHERE job_id = ? AND status != 'ready'",
                    (now, job_id),
                )

    def cancel_job(self, job_id: str) -> Job | None:
        """A queued job is cancelled at once; a running one is asked to stop at its next segment."""
        with self._transaction() as db:
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
        with self._transaction() as db:
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
        return self.get_job(job_id)

    def requeue_orphans(self, owner_dead: Callable[[Job], bool], max_attempts: int | None = None) -> list[str]:
        """Jobs left 'running' by a worker that died go back to the queue (resumed by the next worker) — unless
        they were started ``max_attempts`` times already: a job that kills its worker every time (out of
        memory, say) fails with that reason instead of looping."""
        requeued = []
        for job in self.jobs("running", limit=10_000):
            if not owner_dead(job):
                continue
            now = time.time()
            with self._transaction() as db:
                if max_attempts is not None and job.attempts >= max_attempts:
                    message = (f"Công việc đã dừng giữa chừng {job.attempts} lần (tiến trình bị dừng, có thể vì hết"
                               " bộ nhớ); không thử lại nữa.")
                    cur = db.execute(
                        """UPDATE jobs SET status = 'failed', error = ?, error_code = 'too_many_attempts',
                               worker = NULL, finished_at = ?, updated_at = ?
                           WHERE job_id = ? AND status = 'running' AND worker IS ?""",
                        (message, now, now, job.job_id, job.worker),
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
                    " WHERE job_id = ? AND status = 'running' AND worker IS ?",
                    (now, job.job_id, job.worker),
                )
            if cur.rowcount:
                requeued.append(job.job_id)
        return requeued

    def active_keys(self) -> set[str]:
        with self._connect() as db:
            rows = db.execute("SELECT narration_key FROM jobs WHERE status IN ('queued', 'running')").fetchall()
        return {r["narration_key"] for r in rows}

    # --- webhook deliveries -----------------------------------------------------------------------------

    def add_delivery(self, job_id: str | None, url: str, secret: str, body: str) -> int:
        now = time.time()
        with self._connect() as db:
            cur = db.execute(
                """INSERT INTO webhook_deliveries (job_id, url, secret, body, next_attempt_at, created_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (job_id, url, secret, body, now, now),
            )
            return int(cur.lastrowid or 0)

    def due_deliveries(self, now: float | None = None, limit: int = 20) -> list[Delivery]:
        now = time.time() if now is None else now
        with self._connect() as db:
            rows = db.execute(
                """SELECT delivery_id, job_id, url, secret, body, status, attempts, next_attempt_at, last_error
                   FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
                   ORDER BY next_attempt_at LIMIT ?""",
                (now, limit),
            ).fetchall()
        return [Delivery(**dict(r)) for r in rows]

    def claim_delivery(self, delivery_id: int, lease_s: float) -> bool:
        """Take a due delivery for ``lease_s`` seconds so two workers never send it at once."""
        now = time.time()
        with self._connect() as db:
            cur = db.execute(
                """UPDATE webhook_deliveries SET next_attempt_at = ?, attempts = attempts + 1
                   WHERE delivery_id = ? AND status = 'pending' AND next_attempt_at <= ?""",
                (now + lease_s, delivery_id, now),
            )
            return cur.rowcount == 1

    def delivery_result(self, delivery_id: int, *, delivered: bool, error: str | None = None,
                        retry_at: float | None = None) -> None:
        with self._connect() as db:
            if delivered:
                db.execute(
                    "UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ?, last_error = NULL"
                    " WHERE delivery_id = ?",
                    (time.time(), delivery_id),
                )
            elif retry_at is not None:
                db.execute(
                    "UPDATE webhook_deliveries SET next_attempt_at = ?, last_error = ? WHERE delivery_id = ?",
                    (retry_at, error, delivery_id),
                )
            else:
                db.execute(
                    "UPDATE webhook_deliveries SET status = 'failed', last_error = ? WHERE delivery_id = ?",
                    (error, delivery_id),
                )

    def deliveries(self, job_id: str | None = None) -> list[Delivery]:
        with self._connect() as db:
            sql = """SELECT delivery_id, job_id, url, secret, body, status, attempts, next_attempt_at, last_error
                     FROM webhook_deliveries"""
            rows = (db.execute(sql + " WHERE job_id = ? ORDER BY delivery_id", (job_id,)) if job_id
                    else db.execute(sql + " ORDER BY delivery_id")).fetchall()
        return [Delivery(**dict(r)) for r in rows]

    # --- pre-generation ---------------------------------------------------------------------------------

    def pregen_start(self, source: str, *, restart: bool = False) -> tuple[int, bool]:
        """The run for ``source``: the unfinished one (resumed=True) or a new one."""
        now = time.time()
        with self._transaction() as db:
            row = db.execute("SELECT * FROM pregen_runs WHERE source = ?", (source,)).fetchone()
            if row is not None and row["finished_at"] is None and not restart:
                return int(row["run"]), True
            run = (int(row["run"]) + 1) if row is not None else 1
            db.execute(
                """INSERT INTO pregen_runs (source, run, started_at) VALUES (?, ?, ?)
                   ON CONFLICT(source) DO UPDATE SET run = excluded.run, started_at = excluded.started_at,
                       finished_at = NULL""",
                (source, run, now),
            )
            return run, False

    def pregen_add(self, source: str, run: int, urls: list[str]) -> None:
        """Items of this run: new URLs are added; items of an earlier run are reset to pending."""
        now = time.time()
        with self._transaction() as db:
            for position, url in enumerate(urls):
                db.execute(
                    """INSERT INTO pregen_items (source, url, run, position, status, updated_at)
                       VALUES (?, ?, ?, ?, 'pending', ?)
                       ON CONFLICT(source, url) DO UPDATE SET run = excluded.run, position = excluded.position,
                           status = 'pending', error = NULL, updated_at = excluded.updated_at
                       WHERE pregen_items.run < excluded.run""",
                    (source, url, run, position, now),
                )

    def pregen_items(self, source: str, run: int) -> list[PregenItem]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM pregen_items WHERE source = ? AND run = ? ORDER BY position", (source, run)
            ).fetchall()
        return [PregenItem(**{k: v for k, v in dict(r).items() if k != "updated_at"}) for r in rows]

    def pregen_item_done(self, source: str, url: str, status: str, *, article_id: str | None = None,
                         narration_key: str | None = None, chars: int | None = None,
                         duration_s: float | None = None, error: str | None = None) -> None:
        with self._connect() as db:
            db.execute(
                """UPDATE pregen_items SET status = ?, article_id = ?, narration_key = ?, chars = ?, duration_s = ?,
                       error = ?, updated_at = ? WHERE source = ? AND url = ?""",
                (status, article_id, narration_key, chars, duration_s, error, time.time(), source, url),
            )

    def pregen_finish(self, source: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE pregen_runs SET finished_at = ? WHERE source = ?", (time.time(), source))

    # --- API keys -------------------------------------------------------------------------------------

    def add_api_key(self, secret: str, name: str, scope: str = "cms", *, webhook_url: str | None = None,
                    webhook_secret: str | None = None, site: str | None = None) -> None:
        """A key for ``site`` (its host and sub-domains), or for every site when ``site`` is None."""
        with self._connect() as db:
            db.execute(
                """INSERT INTO api_keys (key_hash, name, scope, created_at, webhook_url, webhook_secret, site)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (hash_api_key(secret), name, scope, time.time(), webhook_url, webhook_secret, site),
            )

    def api_key(self, secret: str) -> tuple[str, str | None] | None:
        """(scope, site) of a live key — site None: every site — or None for an unknown or revoked one."""
        with self._connect() as db:
            row = db.execute(
                "SELECT scope, site FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", (hash_api_key(secret),)
            ).fetchone()
        return (row["scope"], row["site"]) if row else None

    def api_key_webhook(self, key_hash: str) -> tuple[str, str] | None:
        """(url, signing secret) configured for the key with this hash, if any."""
        with self._connect() as db:
            row = db.execute(
                "SELECT webhook_url, webhook_secret FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                (key_hash,),
            ).fetchone()
        if row and row["webhook_url"] and row["webhook_secret"]:
            return row["webhook_url"], row["webhook_secret"]
        return None

    def revoke_api_key(self, name: str) -> int:
        with self._connect() as db:
            cur = db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (time.time(), name)
            )
            return cur.rowcount

    # --- stats ------------------------------------------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        """Row counts by status, for ``flask tts stats`` and /metrics."""
        out: dict[str, dict[str, int]] = {}
        with self._connect() as db:
            for table in ("articles", "jobs", "webhook_deliveries"):
                rows = db.execute(f"SELECT status, COUNT(*) AS n FROM {table} GROUP BY status").fetchall()  # noqa: S608
                out[table] = {r["status"]: int(r["n"]) for r in rows}
            row = db.execute(
                """SELECT COUNT(*) AS n, SUM(pinned) AS pinned, SUM(evicted_at IS NOT NULL) AS evicted
                   FROM narrations"""
            ).fetchone()
            out["narrations"] = {"total": int(row["n"] or 0), "pinned": int(row["pinned"] or 0),
                                 "evicted": int(row["evicted"] or 0)}
        return out


def _record(row: sqlite3.Row | None) -> ArticleRecord | None:
    if row is None:
        return None
    data = dict(row)
    data["pinned"] = bool(data["pinned"])
    return ArticleRecord(**data)


def _job(row: sqlite3.Row) -> Job:
    data = dict(row)
    data["payload"] = json.loads(data["payload"])
    data["parts"] = json.loads(data["parts"])
    data["cancel_requested"] = bool(data["cancel_requested"])
    return Job(**data)
