"""The old face of the index: one object with every store's methods, for callers not yet moved to the stores.

    index = Index("var/index.sqlite3")
    index.get_article("bai-1")          # → index.articles.get_article("bai-1")

Storage is split by concern (each store owns its tables; all share one :class:`~audio_cache.db.SQLiteDatabase`):

| store | module | tables |
|---|---|---|
| articles & narrations | ``audio_cache.articles`` | articles, narrations |
| jobs | ``audio_cache.jobs`` | jobs |
| blob checksums | ``audio_cache.checksums`` | blobs |
| webhook deliveries | ``audio_cache.deliveries`` | webhook_deliveries |
| pre-generation runs | ``audio_cache.pregen`` | pregen_runs, pregen_items |
| plays | ``audio_cache.plays`` | last-played columns of articles, narrations |
| API keys | ``audio_cache.auth`` | api_keys |
| pages read from the page | ``audio_cache.pages`` | pages, page_addresses, page_budget |
| site settings (``tts_service.sites``) | ``audio_cache.site_settings`` | site_settings |

New code uses the stores (``index.stores.articles``, ``narrator.stores.jobs`` …); this class only routes the old
method names to them.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

from audio_cache import (
    articles,
    auth,
    checksums,
    deliveries,
    jobs,
    listening,
    pages,
    pregen,
    quality,
    site_settings,
)
from audio_cache.articles import ArticleRecord, ArticleStore, NarrationRecord, NotOwner, _record
from audio_cache.auth import ApiKeyStore, hash_api_key
from audio_cache.checksums import ChecksumStore
from audio_cache.db import PostgresDatabase, SQLiteDatabase, immediate, schema_version
from audio_cache.deliveries import Delivery, DeliveryStore
from audio_cache.hosts import site_covers, url_host
from audio_cache.jobs import ACTIVE_JOB_STATES, FINAL_JOB_STATES, Job, JobStore
from audio_cache.pages import PageStore
from audio_cache.plays import PlayStore
from audio_cache.pregen import PregenItem, PregenStore

#: The stores' modules: each has its ``SCHEMA`` (and ``MIGRATIONS``, columns added later) and ``create_schema``.
_MODULES = (articles, jobs, checksums, deliveries, pregen, auth, pages, quality, listening, site_settings)
#: The schema of every store, created (and migrated) together in one transaction.
SCHEMAS = tuple(m.create_schema for m in _MODULES)
#: SQLite functions the stores' SQL uses that PostgreSQL lacks, defined in the shared schema by the upgrade.
POSTGRES_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE"
    " AS 'SELECT strpos($1, $2)'",
)
#: What ``flask tts db upgrade`` records, and a PostgreSQL index must have before the service starts on it.
SCHEMA_VERSION = schema_version(*(m.SCHEMA + repr(getattr(m, "MIGRATIONS", ())) for m in _MODULES),
                                *POSTGRES_FUNCTIONS)


class SchemaBehind(RuntimeError):
    """The shared database has an older schema than this version of the service."""


def upgrade(db: SQLiteDatabase | PostgresDatabase) -> str | None:
    """Create every store's tables and add the columns a newer version needs, in one transaction (other
    hosts wait for it); returns the version the database had before (None: none recorded)."""
    with db.transaction() as c:
        c.execute("CREATE TABLE IF NOT EXISTS schema_version (version TEXT NOT NULL, applied_at REAL NOT NULL)")
        row = c.execute("SELECT version FROM schema_version").fetchone()
        for create in SCHEMAS:
            create(c)
        for function in POSTGRES_FUNCTIONS if db.dialect == "postgresql" else ():
            c.execute(function)
        if row is None or row["version"] != SCHEMA_VERSION:
            c.execute("DELETE FROM schema_version")
            c.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (SCHEMA_VERSION, time.time()))
    return row["version"] if row else None


def installed_version(db: SQLiteDatabase | PostgresDatabase) -> str | None:
    """The schema version recorded in ``db`` (None before the first upgrade)."""
    with db.connect() as c:
        if db.dialect == "postgresql":
            exists = c.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
        else:
            exists = c.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
        row = c.execute("SELECT version FROM schema_version").fetchone() if exists else None
    return row["version"] if row else None

#: Old method name → the store that has it now.
_ROUTES: dict[str, str] = {
    **dict.fromkeys(["get_article", "find_by_url", "want", "record_ready", "record_failed", "pin_article",
                     "count_narrations", "narrations", "mark_evicted", "forget_article"], "articles"),
    **dict.fromkeys(["create_job", "get_job", "jobs", "claim_job", "job_progress", "cancel_requested",
                     "finish_job", "cancel_job", "retry_job", "requeue_orphans", "active_keys"], "jobs"),
    **dict.fromkeys(["record_blob", "blob_checksum", "forget_blob"], "checksums"),
    **dict.fromkeys(["add_delivery", "due_deliveries", "claim_delivery", "delivery_result", "deliveries"],
                    "deliveries"),
    **dict.fromkeys(["pregen_start", "pregen_add", "pregen_items", "pregen_item_done", "pregen_finish"], "pregen"),
    **dict.fromkeys(["record_played", "record_plays"], "plays"),
    **dict.fromkeys(["add_api_key", "api_key", "api_key_webhook", "revoke_api_key"], "keys"),
}


@dataclass(frozen=True)
class Stores:
    """One store per concern, all over one database."""

    db: SQLiteDatabase | PostgresDatabase
    articles: ArticleStore
    jobs: JobStore
    checksums: ChecksumStore
    deliveries: DeliveryStore
    pregen: PregenStore
    plays: PlayStore
    keys: ApiKeyStore
    pages: PageStore


def schema_problem(db: SQLiteDatabase | PostgresDatabase) -> str | None:
    """Why the service cannot run on ``db`` yet (its schema is older than this version's), or None."""
    found = installed_version(db)
    if found == SCHEMA_VERSION:
        return None
    return (f"the PostgreSQL index has schema {found or 'none'}, this service needs {SCHEMA_VERSION}: "
            "run `flask --app tts_service tts db upgrade`")


def open_stores(where: str | os.PathLike[str] | PostgresDatabase, *, check: bool = True) -> Stores:
    """The stores over the SQLite file at ``where`` (its tables created or migrated at once), or over a shared
    PostgreSQL database, whose schema a deploy brings up to date (``flask tts db upgrade``): with ``check``,
    an older one raises :class:`SchemaBehind` rather than running against tables it does not know."""
    if isinstance(where, PostgresDatabase):
        db: SQLiteDatabase | PostgresDatabase = where
        problem = schema_problem(db) if check else None
        if problem:
            raise SchemaBehind(problem)
    else:
        db = SQLiteDatabase(where)
        upgrade(db)
    return Stores(db, ArticleStore(db), JobStore(db), ChecksumStore(db), DeliveryStore(db), PregenStore(db),
                  PlayStore(db), ApiKeyStore(db), PageStore(db))


class Index:
    """Every store over the SQLite index at ``path`` (created with its schema on first use)."""

    def __init__(self, path: str | os.PathLike[str] | Stores) -> None:
        self.stores = path if isinstance(path, Stores) else open_stores(path)
        self.path = getattr(self.stores.db, "path", None)

    def __getattr__(self, name: str) -> Any:
        store = _ROUTES.get(name)
        if store is None or "stores" not in self.__dict__:
            raise AttributeError(name)
        return getattr(getattr(self.stores, store), name)

    def forget_narration(self, narration_key: str) -> None:
        """A superseded narration removed by GC leaves the history, and its blobs' checksums with it."""
        forget_narration(self.stores, narration_key)

    def counts(self) -> dict[str, dict[str, int]]:
        """Row counts by status, for ``flask tts stats`` and /metrics."""
        return counts(self.stores)


def forget_narration(stores: Stores, narration_key: str) -> None:
    """A superseded narration removed by GC leaves the history, and its blobs' checksums with it."""
    stores.articles.forget_narration(narration_key)
    stores.checksums.forget_key(narration_key)


def counts(stores: Stores) -> dict[str, dict[str, int]]:
    """Row counts by status of articles, jobs and deliveries, and narrations (total, pinned, evicted)."""
    by_store = stores.articles.counts()
    return {"articles": by_store["articles"], "jobs": stores.jobs.counts(),
            "webhook_deliveries": stores.deliveries.counts(), "narrations": by_store["narrations"]}


__all__ = [
    "ACTIVE_JOB_STATES",
    "FINAL_JOB_STATES",
    "ArticleRecord",
    "Delivery",
    "Index",
    "Job",
    "NarrationRecord",
    "NotOwner",
    "PregenItem",
    "Stores",
    "_record",
    "counts",
    "forget_narration",
    "hash_api_key",
    "immediate",
    "open_stores",
    "schema_problem",
    "site_covers",
    "upgrade",
    "url_host",
]

