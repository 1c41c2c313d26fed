"""Pre-generation runs: which URLs of a source (sitemap, feed, folder) a run has read, so a run stopped
half-way resumes where it was.

    runs = PregenStore(db)
    run, resumed = runs.pregen_start("https://example.gov.vn/sitemap.xml")
    runs.pregen_add(source, run, urls)
    runs.pregen_item_done(source, url, "made", article_id=…, narration_key=…)
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
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


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


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


class PregenStore:
    """The ``pregen_runs`` and ``pregen_items`` tables."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def pregen_start(self, source: str, *, restart: bool = False) -> tuple[int, bool]:
        """The run for ``source``: the unfinished one (resumed=True) or a new one."""
        now = time.time()
        with self.db.transaction() as db:
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
        with self.db.transaction() as db:
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
        with self.db.connect() as db:
            rows = db.execute(
                "SELECT * FROM pregen_items WHERE source = ? AND run = ? ORDER BY position", (source, run)
            ).fetchall()
        return [PregenItem(**{k: v for k, v in dict(r).items() if k != "updated_at"}) for r in rows]

    def pregen_item_done(self, source: str, url: str, status: str, *, article_id: str | None = None,
                         narration_key: str | None = None, chars: int | None = None,
                         duration_s: float | None = None, error: str | None = None) -> None:
        with self.db.connect() as db:
            db.execute(
                """UPDATE pregen_items SET status = ?, article_id = ?, narration_key = ?, chars = ?, duration_s = ?,
                       error = ?, updated_at = ? WHERE source = ? AND url = ?""",
                (status, article_id, narration_key, chars, duration_s, error, time.time(), source, url),
            )

    def pregen_finish(self, source: str) -> None:
        with self.db.connect() as db:
            db.execute("UPDATE pregen_runs SET finished_at = ? WHERE source = ?", (time.time(), source))
