"""Checksums of published blobs: the sha256 each writer recorded, so a damaged file is found before it is played
(:class:`audio_cache.blobs.Checksums` is the interface the blob store reads and writes through).

    checksums = ChecksumStore(db)
    checksums.record_blob("ab12….mp3", sha256_hex, 367_000)
    checksums.blob_checksum("ab12….mp3")      # → sha256_hex
"""

from __future__ import annotations

import time
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs (
    name       TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    created_at REAL NOT NULL
);
"""


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


class ChecksumStore:
    """The ``blobs`` table."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def record_blob(self, name: str, sha256: str, size: int, *, adopt: bool = False) -> None:
        """The checksum of the file just published as ``name``; ``adopt``: of a file found without a record,
        which never overrides one its writer made meanwhile."""
        with self.db.connect() as db:
            db.execute(
                """INSERT INTO blobs (name, sha256, size_bytes, created_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, size_bytes = excluded.size_bytes
                   WHERE NOT ?""",
                (name, sha256, size, time.time(), adopt),
            )

    def blob_checksum(self, name: str) -> str | None:
        with self.db.connect() as db:
            row = db.execute("SELECT sha256 FROM blobs WHERE name = ?", (name,)).fetchone()
        return row["sha256"] if row else None

    def forget_blob(self, name: str) -> None:
        with self.db.connect() as db:
            db.execute("DELETE FROM blobs WHERE name = ?", (name,))

    def forget_key(self, key: str) -> None:
        """Every blob of ``key`` (``key.mp3``, ``key.json`` …) leaves the registry."""
        with self.db.connect() as db:
            db.execute("DELETE FROM blobs WHERE name LIKE ?", (key + ".%",))
