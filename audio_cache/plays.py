"""Last-played times for least-recently-played eviction, written in batches: serving never waits for the index.

    plays = PlayLog(PlayStore(db))
    plays.played(key)   # a dict update; at most every ``every_s`` seconds one transaction writes the batch

Eviction needs minutes of precision, not milliseconds, so a process keeps the latest play time of each key
in memory and the request that finds ``every_s`` passed writes them all at once (the very first play at
once). A crash loses at most ``every_s`` seconds of plays; a failed write (a full disk) is logged and its
plays are kept for the next batch — bookkeeping never fails a download.
"""

from __future__ import annotations

import logging
import threading
import time

from audio_cache.db import SQLiteDatabase

log = logging.getLogger(__name__)


class PlayStore:
    """Last-played times of narrations and the articles reading them (columns of ``articles`` and
    ``narrations``, written only here)."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def record_played(self, narration_key: str, when: float | None = None) -> None:
        self.record_plays({narration_key: time.time() if when is None else when})

    def record_plays(self, plays: dict[str, float]) -> None:
        """Last-played times (narration key → epoch seconds), all in one transaction."""
        rows = [(when, key) for key, when in plays.items()]
        with self.db.transaction() as db:
            db.executemany("UPDATE articles SET last_played_at = ? WHERE narration_key = ?", rows)
            db.executemany("UPDATE narrations SET last_played_at = ? WHERE narration_key = ?", rows)


class PlayLog:
    """Batches ``PlayStore.record_plays`` for one process."""

    def __init__(self, plays: PlayStore, every_s: float = 60.0) -> None:
        self.store = plays
        self.every_s = every_s
        self._pending: dict[str, float] = {}
        self._next_write = 0.0  # monotonic
        self._lock = threading.Lock()

    def played(self, key: str) -> None:
        """``key`` was just played (from the start: a seek is not a new play)."""
        if self.note(key):
            self.flush()

    def note(self, key: str) -> bool:
        """Like :meth:`played` without writing: True when a batch is due, for the caller to :meth:`flush`
        where a write may wait (an event loop hands it to a thread)."""
        now = time.monotonic()
        with self._lock:
            self._pending[key] = time.time()
            if now < self._next_write:
                return False
            self._next_write = now + self.every_s
        return True

    def flush(self) -> None:
        """Write every pending play now (also called on shutdown)."""
        with self._lock:
            batch, self._pending = self._pending, {}
        if not batch:
            return
        try:
            self.store.record_plays(batch)
        except Exception as exc:  # never fail a download over bookkeeping
            log.warning("could not record %d play(s), keeping them for the next batch: %s", len(batch), exc)
            with self._lock:
                for key, when in batch.items():
                    self._pending.setdefault(key, when)
