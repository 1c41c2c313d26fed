"""The index: which narration each article currently has, its status, and API keys (hashed).

SQLite in WAL mode, one short-lived connection per operation so threads and worker processes share it safely.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
"""


def hash_api_key(secret: str) -> str:
    """Keys are stored as sha256 hex, never in clear: ``hash_api_key("k")`` → 64 hex chars."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


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


class Index:
    """The SQLite index at ``path`` (created with its schema on first use)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA busy_timeout=30000")
            yield db
        finally:
            db.close()

    # --- articles -------------------------------------------------------------------------------------

    def get_article(self, article_id: str) -> ArticleRecord | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return _record(row)

    def find_by_url(self, url: str) -> ArticleRecord | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM articles WHERE url = ? ORDER BY updated_at DESC LIMIT 1", (url,)
            ).fetchone()
        return _record(row)

    def record_ready(
        self,
        article_id: str,
        *,
        url: str | None,
        title: str,
        narration_key: str,
        duration_s: float,
        size_bytes: int,
    ) -> None:
        """The article now reads as ``narration_key``; the key joins the article's history."""
        now = time.time()
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                """INSERT INTO articles (article_id, url, title, narration_key, status, error, duration_s,
                                         size_bytes, created_at, updated_at)
                   VALUES (?, ?, ?, ?, 'ready', NULL, ?, ?, ?, ?)
                   ON CONFLICT(article_id) DO UPDATE SET url = COALESCE(excluded.url, url),
                       title = excluded.title, narration_key = excluded.narration_key, status = 'ready',
                       error = NULL, duration_s = excluded.duration_s, size_bytes = excluded.size_bytes,
                       updated_at = excluded.updated_at""",
                (article_id, url, title, narration_key, duration_s, size_bytes, now, now),
            )
            db.execute(
                """INSERT OR IGNORE INTO narrations (narration_key, article_id, duration_s, size_bytes, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                (narration_key, article_id, duration_s, size_bytes, now),
            )
            db.execute("COMMIT")

    def record_played(self, narration_key: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE articles SET last_played_at = ? WHERE narration_key = ?", (time.time(), narration_key))

    def count_narrations(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM narrations").fetchone()[0])

    # --- API keys -------------------------------------------------------------------------------------

    def add_api_key(self, secret: str, name: str, scope: str = "cms") -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO api_keys (key_hash, name, scope, created_at) VALUES (?, ?, ?, ?)",
                (hash_api_key(secret), name, scope, time.time()),
            )

    def api_key_scope(self, secret: str) -> str | None:
        """The scope of a live key, or None for an unknown or revoked one."""
        with self._connect() as db:
            row = db.execute(
                "SELECT scope FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", (hash_api_key(secret),)
            ).fetchone()
        return row["scope"] if row else None

    def revoke_api_key(self, name: str) -> int:
        with self._connect() as db:
            cur = db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (time.time(), name)
            )
            return cur.rowcount


def _record(row: sqlite3.Row | None) -> ArticleRecord | None:
    if row is None:
        return None
    data = dict(row)
    data["pinned"] = bool(data["pinned"])
    return ArticleRecord(**data)
