"""The API keys as the admin console lists and revokes them (keys are made by ``Index.add_api_key``; only
their sha256 is stored, so a key can be shown once and never again)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from audio_cache.db import connect


@dataclass(frozen=True)
class ApiKey:
    key_hash: str
    name: str
    scope: str
    site: str | None
    created_at: float
    revoked_at: float | None
    webhook_url: str | None


class ApiKeys:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def all(self) -> list[ApiKey]:
        """Every key, live ones first, newest first."""
        with connect(self.path) as db:
            columns = {r["name"] for r in db.execute("PRAGMA table_info(api_keys)")}
            site = "site" if "site" in columns else "NULL AS site"
            rows = db.execute(f"SELECT key_hash, name, scope, {site}, created_at, revoked_at, webhook_url"  # noqa: S608
                              " FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC").fetchall()
        return [ApiKey(**dict(r)) for r in rows]

    def revoke(self, key_hash: str) -> bool:
        """Revoke one key by its hash; False when there is no live key with it."""
        with connect(self.path) as db:
            cur = db.execute("UPDATE api_keys SET revoked_at = ? WHERE key_hash = ? AND revoked_at IS NULL",
                             (time.time(), key_hash))
        return bool(cur.rowcount)
