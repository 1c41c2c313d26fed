"""Webhook deliveries waiting to be sent, leased to one sender at a time, retried with backoff.

    deliveries = DeliveryStore(db)
    n = deliveries.add_delivery(job_id, "https://cms.example/hook", secret, body)
    for d in deliveries.due_deliveries():
        if deliveries.claim_delivery(d.delivery_id, lease_s=40): …   # only one worker sends it
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
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
"""


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


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


class DeliveryStore:
    """The ``webhook_deliveries`` table."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def add_delivery(self, job_id: str | None, url: str, secret: str, body: str) -> int:
        now = time.time()
        with self.db.connect() as db:
            cur = db.execute(
                """INSERT INTO webhook_deliveries (job_id, url, secret, body, next_attempt_at, created_at)
                   VALUES (?, ?, ?, ?, ?, ?) RETURNING delivery_id""",
                (job_id, url, secret, body, now, now),
            )
            return int(cur.fetchone()[0])

    def due_deliveries(self, now: float | None = None, limit: int = 20) -> list[Delivery]:
        now = time.time() if now is None else now
        with self.db.connect() as db:
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
        with self.db.connect() as db:
            cur = db.execute(
                """UPDATE webhook_deliveries SET next_attempt_at = ?, attempts = attempts + 1
                   WHERE delivery_id = ? AND status = 'pending' AND next_attempt_at <= ?""",
                (now + lease_s, delivery_id, now),
            )
            return cur.rowcount == 1

    def delivery_result(self, delivery_id: int, *, delivered: bool, error: str | None = None,
                        retry_at: float | None = None) -> None:
        with self.db.connect() as db:
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
        with self.db.connect() as db:
            sql = """SELECT delivery_id, job_id, url, secret, body, status, attempts, next_attempt_at, last_error
                     FROM webhook_deliveries"""
            rows = (db.execute(sql + " WHERE job_id = ? ORDER BY delivery_id", (job_id,)) if job_id
                    else db.execute(sql + " ORDER BY delivery_id")).fetchall()
        return [Delivery(**dict(r)) for r in rows]

    def counts(self) -> dict[str, int]:
        """Deliveries by status."""
        with self.db.connect() as db:
            rows = db.execute("SELECT status, COUNT(*) AS n FROM webhook_deliveries GROUP BY status").fetchall()
        return {r["status"]: int(r["n"]) for r in rows}
