"""Listening counts per article and day — plays, how much was heard, failures — and nothing about the listener.

    log = ListeningLog(ListeningStore(stores.db))
    log.add("bai-1", "play")                       # a dict update; written in batches
    log.add("bai-1", "listened", percent=72.5)
    store.report(site="huecity.gov.vn", since="2026-12-01", until="2026-12-06")

A row is (article, day): counters only. No cookie is read, no address, agent or time of an event is kept, so no
listener can be told apart from another. Days are Vietnam's (UTC+7). Like the play log, events are added up in
the process and written at most every ``every_s`` seconds (and on shutdown); a crash loses at most that.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS listening (
    article_id  TEXT NOT NULL,
    day         TEXT NOT NULL,
    plays       INTEGER NOT NULL DEFAULT 0,
    listened    INTEGER NOT NULL DEFAULT 0,
    percent_sum REAL NOT NULL DEFAULT 0,
    completed   INTEGER NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, day)
);
"""
VIETNAM = timezone(timedelta(hours=7))
COMPLETE_PERCENT = 95.0
_FIELDS = ("plays", "listened", "percent_sum", "completed", "failures")


def today(now: float | None = None) -> str:
    """The day in Vietnam: ``today(0)`` → ``"1970-01-01"`` (07:00 there)."""
    return datetime.fromtimestamp(time.time() if now is None else now, UTC).astimezone(VIETNAM).date().isoformat()


@dataclass(frozen=True)
class DayCount:
    article_id: str
    day: str
    plays: int
    listened: int
    percent_sum: float
    completed: int
    failures: int


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


class ListeningStore:
    """The ``listening`` table."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db
        with db.transaction() as c:
            create_schema(c)

    def add(self, batch: dict[tuple[str, str], list[float]]) -> None:
        """Add ``{(article_id, day): [plays, listened, percent_sum, completed, failures]}`` in one transaction."""
        rows = [(article_id, day, *values) for (article_id, day), values in batch.items()]
        with self.db.transaction() as db:
            db.executemany(
                """INSERT INTO listening (article_id, day, plays, listened, percent_sum, completed, failures)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (article_id, day) DO UPDATE SET plays = listening.plays + excluded.plays,
                       listened = listening.listened + excluded.listened,
                       percent_sum = listening.percent_sum + excluded.percent_sum,
                       completed = listening.completed + excluded.completed,
                       failures = listening.failures + excluded.failures""", rows)

    def report(self, *, since: str, until: str, site: str | None = None, article_id: str | None = None
               ) -> list[DayCount]:
        """Counts between two days (inclusive), by article then day, for ``site`` (its sub-domains too) or one
        article; articles deleted since are left out."""
        where, args = ["l.day >= ?", "l.day <= ?"], [since, until]
        if site:
            where.append("(a.site = ? OR substr(a.site, length(a.site) - length(?)) = '.' || ?)")
            args += [site, site, site]
        if article_id:
            where.append("l.article_id = ?")
            args.append(article_id)
        with self.db.connect() as db:
            rows = db.execute(
                "SELECT l.* FROM listening l JOIN articles a ON a.article_id = l.article_id WHERE "  # noqa: S608
                + " AND ".join(where) + " ORDER BY l.article_id, l.day", args).fetchall()
        return [DayCount(**dict(r)) for r in rows]

    def totals(self, *, since: str, until: str) -> dict[str, int | float | None]:
        """Every published article's counts added up between two days (inclusive): ``plays``, ``listened``,
        ``average_percent`` (None when nobody reported), ``completed`` and ``failures``."""
        with self.db.connect() as db:
            row = db.execute(
                """SELECT COALESCE(SUM(plays), 0), COALESCE(SUM(listened), 0), COALESCE(SUM(percent_sum), 0),
                          COALESCE(SUM(completed), 0), COALESCE(SUM(failures), 0)
                   FROM listening WHERE day >= ? AND day <= ?""", (since, until)).fetchone()
        plays, listened, percent_sum, completed, failures = row
        return {"plays": int(plays), "listened": int(listened),
                "average_percent": round(percent_sum / listened, 1) if listened else None,
                "completed": int(completed), "failures": int(failures)}

    def forget(self, article_id: str) -> None:
        with self.db.connect() as db:
            db.execute("DELETE FROM listening WHERE article_id = ?", (article_id,))


class ListeningLog:
    """Adds up events in the process; :meth:`flush` writes them (every ``every_s`` seconds, and on shutdown)."""

    def __init__(self, store: ListeningStore, every_s: float = 10.0) -> None:
        self.store = store
        self.every_s = every_s
        self._pending: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
        self._next = time.monotonic() + every_s
        self._lock = threading.Lock()

    def add(self, article_id: str, event: str, percent: float | None = None) -> None:
        """Count one event: ``play``, ``listened`` (with the share heard, 0–100) or ``error``."""
        with self._lock:
            counts = self._pending[(article_id, today())]
            if event == "play":
                counts[0] += 1
            elif event == "listened" and percent is not None:
                counts[1] += 1
                counts[2] += percent
                counts[3] += percent >= COMPLETE_PERCENT
            elif event == "error":
                counts[4] += 1
            due = time.monotonic() >= self._next
        if due:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            batch, self._pending = dict(self._pending), defaultdict(lambda: [0, 0, 0.0, 0, 0])
            self._next = time.monotonic() + self.every_s
        if not batch:
            return
        try:
            self.store.add(batch)
        except Exception as exc:  # counting never fails a listener's request; kept for the next batch
            log.warning("could not record listening counts (%d rows), keeping them: %s", len(batch), exc)
            with self._lock:
                for key, values in batch.items():
                    pending = self._pending[key]
                    for n, v in enumerate(values):
                        pending[n] += v
