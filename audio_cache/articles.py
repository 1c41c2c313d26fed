"""Articles and their narrations: which narration each article reads as now, and every one it ever had.

    articles = ArticleStore(db)
    articles.want("bai-1", key, url=url, title="…")          # the latest content asks for this narration
    articles.record_ready("bai-1", url=url, title="…", narration_key=key, duration_s=61.2, size_bytes=367_000)

"Never stale": a request for an article records the narration key it *wants*; a finishing synthesis only
becomes the article's current audio if it is still the wanted one, so a slow job for an older edit cannot
overwrite a newer one. Every key an article ever had stays in ``narrations`` (its history), so superseded
audio can be garbage-collected after a grace period without guessing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables
from audio_cache.hosts import site_covers, url_host

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
"""

#: Columns added after the first release: (table, column, declaration). Applied to older files on open.
MIGRATIONS: list[tuple[str, str, str]] = [
    ("articles", "job_id", "TEXT"),
    ("articles", "wanted_key", "TEXT"),
    ("articles", "source", "TEXT"),  # the article as JSON, so evicted audio can be made again on demand
    ("narrations", "pinned", "INTEGER NOT NULL DEFAULT 0"),
    ("narrations", "last_played_at", "REAL"),
    ("narrations", "evicted_at", "REAL"),
    ("articles", "site", "TEXT"),  # the site an article belongs to: its key's, else its URL's host
    ("articles", "disabled", "INTEGER NOT NULL DEFAULT 0"),  # an admin turned its reading off (lookup: 404)
    ("articles", "api_key_hash", "TEXT"),  # the key that last pushed it: its webhook hears of re-narrations
]


def create_schema(db: Any) -> None:
    """The tables, in the caller's transaction; articles from before sites existed belong to their URL's host."""
    if ("articles", "site") in create_tables(db, SCHEMA, MIGRATIONS):
        db.executemany("UPDATE articles SET site = ? WHERE article_id = ?", [
            (url_host(r["url"]) or None, r["article_id"])
            for r in db.execute("SELECT article_id, url FROM articles WHERE url IS NOT NULL")])


class NotOwner(Exception):
    """The article belongs to another site than the key's."""


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
    disabled: bool = False
    api_key_hash: str | None = None


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


class ArticleStore:
    """The ``articles`` and ``narrations`` tables."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def get_article(self, article_id: str) -> ArticleRecord | None:
        with self.db.connect() as db:
            row = db.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return _record(row)

    def find_by_url(self, url: str) -> ArticleRecord | None:
        """The article at ``url`` of the site that owns the URL's host (the most specific site, then the latest);
        an article some other site wrote with that URL is never the answer."""
        host = url_host(url)
        with self.db.connect() as db:
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
        with self.db.connect() as db:
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
                   ON CONFLICT(article_id) DO UPDATE SET url = COALESCE(excluded.url, articles.url),
                       title = excluded.title, wanted_key = excluded.wanted_key, updated_at = excluded.updated_at,
                       source = COALESCE(excluded.source, articles.source),
                       site = COALESCE(articles.site, excluded.site),
                       status = CASE WHEN articles.narration_key = excluded.wanted_key AND articles.status = 'ready'
                                     THEN 'ready' ELSE 'pending' END
                   WHERE :acting IS NULL OR articles.site = :acting
                      OR substr(articles.site, length(articles.site) - length(:acting)) = '.' || :acting""",
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
        with self.db.transaction() as db:
            db.execute(
                """INSERT INTO narrations (narration_key, article_id, duration_s, size_bytes, created_at, pinned)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(narration_key) DO UPDATE SET evicted_at = NULL, size_bytes = excluded.size_bytes,
                       pinned = CASE WHEN excluded.pinned > narrations.pinned THEN excluded.pinned
                                     ELSE narrations.pinned END""",
                (narration_key, article_id, duration_s, size_bytes, now, int(pinned)),
            )
            # Only while the article still wants this narration: checked by the write itself, so an edit
            # recorded meanwhile (by another process, or another host) is never overwritten.
            cur = db.execute(
                """INSERT INTO articles (article_id, url, title, narration_key, status, error, duration_s,
                                         size_bytes, created_at, updated_at, pinned, wanted_key, site)
                   VALUES (?, ?, ?, ?, 'ready', NULL, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(article_id) DO UPDATE SET url = COALESCE(excluded.url, articles.url),
                       title = excluded.title, narration_key = excluded.narration_key, status = 'ready',
                       error = NULL, duration_s = excluded.duration_s, size_bytes = excluded.size_bytes,
                       updated_at = excluded.updated_at,
                       pinned = CASE WHEN excluded.pinned > articles.pinned THEN excluded.pinned
                                     ELSE articles.pinned END,
                       wanted_key = excluded.wanted_key, site = COALESCE(articles.site, excluded.site)
                   WHERE articles.wanted_key IS NULL OR articles.wanted_key = excluded.wanted_key""",
                (article_id, url, title, narration_key, duration_s, size_bytes, now, now, int(pinned),
                 wanted, site),
            )
            return cur.rowcount == 1

    def record_failed(self, article_id: str, narration_key: str, error: str) -> None:
        """A synthesis failed; only the article still wanting that key shows the error."""
        with self.db.connect() as db:
            db.execute(
                """UPDATE articles SET status = 'failed', error = ?, updated_at = ?
                   WHERE article_id = ? AND (wanted_key IS NULL OR wanted_key = ?)""",
                (error, time.time(), article_id, narration_key),
            )

    def pin_article(self, article_id: str) -> None:
        """Pre-generated audio is pinned: eviction never removes the article's current narration."""
        with self.db.transaction() as db:
            db.execute("UPDATE articles SET pinned = 1 WHERE article_id = ?", (article_id,))
            db.execute(
                """UPDATE narrations SET pinned = 1
                   WHERE narration_key = (SELECT narration_key FROM articles WHERE article_id = ?)""",
                (article_id,),
            )

    def count_narrations(self) -> int:
        with self.db.connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM narrations").fetchone()[0])

    def narrations(self) -> list[NarrationRecord]:
        """Every narration ever made, each flagged ``current`` when some article reads as it now."""
        with self.db.connect() as db:
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
        with self.db.transaction() as db:
            db.execute("UPDATE narrations SET evicted_at = ? WHERE narration_key = ?", (now, narration_key))
            db.execute(
                "UPDATE articles SET status = 'evicted', updated_at = ? WHERE narration_key = ? AND status = 'ready'",
                (now, narration_key),
            )

    def read_by_others(self, narration_key: str, prefix: str) -> bool:
        """Whether an article whose id does not start with ``prefix`` reads (or wants) ``narration_key``."""
        with self.db.connect() as db:
            row = db.execute("SELECT 1 FROM articles WHERE (narration_key = ? OR wanted_key = ?)"
                             " AND substr(article_id, 1, ?) != ? LIMIT 1",
                             (narration_key, narration_key, len(prefix), prefix)).fetchone()
        return row is not None

    def forget_article(self, article_id: str) -> None:
        """The article leaves the index (its narrations' rows stay until :meth:`forget_narration`)."""
        with self.db.connect() as db:
            db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))

    def forget_narration(self, narration_key: str) -> None:
        """A superseded narration removed by GC leaves the history."""
        with self.db.connect() as db:
            db.execute("DELETE FROM narrations WHERE narration_key = ?", (narration_key,))

    def counts(self) -> dict[str, dict[str, int]]:
        """Articles by status and narrations (total, pinned, evicted), for ``flask tts stats`` and /metrics."""
        with self.db.connect() as db:
            rows = db.execute("SELECT status, COUNT(*) AS n FROM articles GROUP BY status").fetchall()
            row = db.execute(
                """SELECT COUNT(*) AS n, SUM(pinned) AS pinned,
                          SUM(CASE WHEN evicted_at IS NULL THEN 0 ELSE 1 END) AS evicted
                   FROM narrations"""
            ).fetchone()
        return {"articles": {r["status"]: int(r["n"]) for r in rows},
                "narrations": {"total": int(row["n"] or 0), "pinned": int(row["pinned"] or 0),
                               "evicted": int(row["evicted"] or 0)}}


def _record(row: Any) -> ArticleRecord | None:
    if row is None:
        return None
    data = dict(row)
    data["pinned"] = bool(data["pinned"])
    data["disabled"] = bool(data.get("disabled"))
    return ArticleRecord(**data)
