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

New code uses the stores (``index.stores.articles``, ``narrator.stores.jobs`` …); this class only routes the old
method names to them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from audio_cache import articles, auth, checksums, deliveries, jobs, pages, pregen
from audio_cache.articles import ArticleRecord, ArticleStore, NarrationRecord, NotOwner, _record
from audio_cache.auth import ApiKeyStore, hash_api_key
from audio_cache.checksums import ChecksumStore
from audio_cache.db import SQLiteDatabase, immediate
from audio_cache.deliveries import Delivery, DeliveryStore
from audio_cache.hosts import site_covers, url_host
from audio_cache.jobs import ACTIVE_JOB_STATES, FINAL_JOB_STATES, Job, JobStore
from audio_cache.pages import PageStore
from audio_cache.plays import PlayStore
from audio_cache.pregen import PregenItem, PregenStore

#: The schema of every store, created (and migrated) together in one transaction when the index is opened.
SCHEMAS = (articles.create_schema, jobs.create_schema, checksums.create_schema, deliveries.create_schema,
           pregen.create_schema, auth.create_schema, pages.create_schema)

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

    db: SQLiteDatabase
    articles: ArticleStore
    jobs: JobStore
    checksums: ChecksumStore
    deliveries: DeliveryStore
    pregen: PregenStore
    plays: PlayStore
    keys: ApiKeyStore
    pages: PageStore


def open_stores(path: str | os.PathLike[str]) -> Stores:
    """The stores over the SQLite file at ``path``, its tables created or migrated in one transaction."""
    db = SQLiteDatabase(path)
    with db.transaction() as c:
        for create in SCHEMAS:
            create(c)
    return Stores(db, ArticleStore(db), JobStore(db), ChecksumStore(db), DeliveryStore(db), PregenStore(db),
                  PlayStore(db), ApiKeyStore(db), PageStore(db))


class Index:
    """Every store over the SQLite index at ``path`` (created with its schema on first use)."""

    def __init__(self, path: str | os.PathLike[str] | Stores) -> None:
        self.stores = path if isinstance(path, Stores) else open_stores(path)
        self.path = self.stores.db.path

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
    "site_covers",
    "url_host",
]

