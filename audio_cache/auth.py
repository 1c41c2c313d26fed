"""API keys belong to auth: how a key is turned into what is stored (a hash, never the key itself), and the
store of the keys the CLI creates, each acting for one site (or all).

    keys = ApiKeyStore(db)
    keys.add_api_key(secret, "cms-hue", site="huecity.gov.vn")
    keys.api_key(secret)           # → ApiKeyRecord(scope="cms", site="huecity.gov.vn", …); None once revoked
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_hash   TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    scope      TEXT NOT NULL DEFAULT 'cms',
    created_at REAL NOT NULL,
    revoked_at REAL
);
"""

MIGRATIONS: list[tuple[str, str, str]] = [
    ("api_keys", "webhook_url", "TEXT"),
    ("api_keys", "webhook_secret", "TEXT"),
    ("api_keys", "site", "TEXT"),  # the site a key acts for; NULL: every site (the operator's keys)
    ("api_keys", "per_minute", "INTEGER"),  # the key's own request limit (NULL: TTS_API_PER_MINUTE)
    ("api_keys", "daily_chars", "INTEGER"),  # the key's own daily character quota (NULL: TTS_API_DAILY_CHARS)
]


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA, MIGRATIONS)


def hash_api_key(secret: str) -> str:
    """Keys are stored as sha256 hex, never in clear: ``hash_api_key("k")`` → 64 hex chars.

    >>> hash_api_key("k")[:12]
    '8254c329a928'
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    """A key as listed: its hash (the key itself is never stored), name, scope, site, when made and revoked."""

    key_hash: str
    name: str
    scope: str
    site: str | None
    created_at: float
    revoked_at: float | None
    webhook_url: str | None


@dataclass(frozen=True)
class ApiKeyRecord:
    """A live key as the API sees it: what it may do (``scope``: ``cms`` or ``admin``), for which site (None:
    every site) and its own limits (None: the service's defaults)."""

    key_hash: str
    name: str
    scope: str
    site: str | None
    per_minute: int | None
    daily_chars: int | None


class ApiKeyStore:
    """The ``api_keys`` table."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def add_api_key(self, secret: str, name: str, scope: str = "cms", *, webhook_url: str | None = None,
                    webhook_secret: str | None = None, site: str | None = None, per_minute: int | None = None,
                    daily_chars: int | None = None) -> None:
        """A key for ``site`` (its host and sub-domains), or for every site when ``site`` is None."""
        with self.db.connect() as db:
            db.execute(
                """INSERT INTO api_keys (key_hash, name, scope, created_at, webhook_url, webhook_secret, site,
                                         per_minute, daily_chars)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (hash_api_key(secret), name, scope, time.time(), webhook_url, webhook_secret, site, per_minute,
                 daily_chars),
            )

    def api_key(self, secret: str) -> ApiKeyRecord | None:
        """The live key with this secret, or None for an unknown or revoked one."""
        with self.db.connect() as db:
            row = db.execute(
                "SELECT key_hash, name, scope, site, per_minute, daily_chars FROM api_keys"
                " WHERE key_hash = ? AND revoked_at IS NULL", (hash_api_key(secret),)
            ).fetchone()
        return ApiKeyRecord(**dict(row)) if row else None

    def api_key_webhook(self, key_hash: str) -> tuple[str, str] | None:
        """(url, signing secret) configured for the key with this hash, if any."""
        with self.db.connect() as db:
            row = db.execute(
                "SELECT webhook_url, webhook_secret FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                (key_hash,),
            ).fetchone()
        if row and row["webhook_url"] and row["webhook_secret"]:
            return row["webhook_url"], row["webhook_secret"]
        return None

    def revoke_api_key(self, name: str) -> int:
        with self.db.connect() as db:
            cur = db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (time.time(), name)
            )
            return cur.rowcount

    def all(self) -> list[ApiKey]:
        """Every key as the admin console lists it: live ones first, newest first (never the key itself)."""
        with self.db.connect() as db:
            rows = db.execute("SELECT key_hash, name, scope, site, created_at, revoked_at, webhook_url FROM api_keys"
                              " ORDER BY revoked_at IS NOT NULL, created_at DESC").fetchall()
        return [ApiKey(**dict(r)) for r in rows]

    def revoke(self, key_hash: str) -> bool:
        """Revoke one key by its hash (names may repeat); False when there is no live key with it."""
        with self.db.connect() as db:
            cur = db.execute("UPDATE api_keys SET revoked_at = ? WHERE key_hash = ? AND revoked_at IS NULL",
                             (time.time(), key_hash))
        return bool(cur.rowcount)
