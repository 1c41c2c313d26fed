"""Pages the service read from the page itself (the widget's drop-in reading): what the last check found, which
addresses lead to which article, and how many characters each site had narrated today.

    pages = stores.pages                       # PageStore(db), created with the other stores
    pages.record_check("https://hue.gov.vn/bai-a", site="hue.gov.vn", result="new", status=200, etag='"v1"',
                       body_sha256="…", next_check_at=time.time() + 3600)
    pages.article_for("https://hue.gov.vn/bai-a?utm_source=x")   # → None: addresses are stored normalised
    pages.claim_due("https://hue.gov.vn/bai-a", ttl_s=3600)       # True once per TTL, across processes

An article read from its page is an ordinary article in ``articles`` (id = its address); its row here is what
marks it "from the page".
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    article_id    TEXT PRIMARY KEY,
    site          TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    body_sha256   TEXT,
    result        TEXT NOT NULL,
    status        INTEGER,
    error         TEXT,
    checked_at    REAL NOT NULL,
    next_check_at REAL NOT NULL,
    gone          INTEGER NOT NULL DEFAULT 0,
    created_at    REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS page_addresses (
    url        TEXT PRIMARY KEY,
    article_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS page_budget (
    site  TEXT NOT NULL,
    day   TEXT NOT NULL,
    chars INTEGER NOT NULL,
    PRIMARY KEY (site, day)
);
"""


def create_schema(db: Any) -> None:
    """The tables, in the caller's transaction."""
    create_tables(db, SCHEMA)


#: What a check found: the page was read for the first time; it had not changed (304, same bytes or same text);
#: its text changed (a new narration was queued); it is gone (404/410: no longer served); the check failed.
RESULTS = ("new", "unchanged", "changed", "gone", "error")


@dataclass(frozen=True)
class PageRecord:
    """The last check of one page: its validators for a conditional GET, and what the check found."""

    article_id: str
    site: str
    etag: str | None
    last_modified: str | None
    body_sha256: str | None
    result: str
    status: int | None
    error: str | None
    checked_at: float
    next_check_at: float
    gone: bool
    created_at: float

    def check_document(self) -> dict:
        """The last check as the CMS API shows it: ``{"checked_at": …, "result": "unchanged", "http_status": 304,
        "next_check_at": …}`` (and ``error`` when it failed)."""
        doc = {"checked_at": self.checked_at, "result": self.result, "http_status": self.status,
               "next_check_at": self.next_check_at}
        if self.error:
            doc["error"] = self.error
        return doc


class PageStore:
    """The ``pages``, ``page_addresses`` and ``page_budget`` tables."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def get(self, article_id: str) -> PageRecord | None:
        with self.db.connect() as db:
            row = db.execute("SELECT * FROM pages WHERE article_id = ?", (article_id,)).fetchone()
        return _page(row)

    def of_articles(self, article_ids: list[str]) -> dict[str, PageRecord]:
        """The pages among ``article_ids`` (articles read from their page), by article id."""
        if not article_ids:
            return {}
        with self.db.connect() as db:
            rows = db.execute(f"SELECT * FROM pages WHERE article_id IN ({', '.join('?' for _ in article_ids)})",  # noqa: S608
                              article_ids).fetchall()
        return {p.article_id: p for p in map(_page, rows) if p is not None}

    def all(self, site: str | None = None, limit: int = 1000) -> list[PageRecord]:
        """Pages newest check first; ``site``: only that site's."""
        with self.db.connect() as db:
            rows = db.execute("SELECT * FROM pages WHERE ? IS NULL OR site = ? ORDER BY checked_at DESC LIMIT ?",
                              (site, site, limit)).fetchall()
        return [p for p in map(_page, rows) if p is not None]

    def article_for(self, url: str) -> str | None:
        """The article an address (normalised) leads to, when a fetch showed it (its canonical link)."""
        with self.db.connect() as db:
            row = db.execute("SELECT article_id FROM page_addresses WHERE url = ?", (url,)).fetchone()
        return row["article_id"] if row else None

    def add_address(self, url: str, article_id: str) -> None:
        with self.db.connect() as db:
            db.execute("INSERT INTO page_addresses (url, article_id) VALUES (?, ?) ON CONFLICT(url)"
                       " DO UPDATE SET article_id = excluded.article_id", (url, article_id))

    def record_check(self, article_id: str, *, site: str, result: str, status: int | None,
                     next_check_at: float, etag: str | None = None, last_modified: str | None = None,
                     body_sha256: str | None = None, error: str | None = None, keep_validators: bool = False) -> None:
        """What a check found. ``keep_validators``: the answer carried no new body (304, an error), so the ETag,
        Last-Modified and body hash of the last good answer stay."""
        if result not in RESULTS:
            raise ValueError(f"not a check result: {result}")
        now = time.time()
        with self.db.connect() as db:
            db.execute(
                """INSERT INTO pages (article_id, site, etag, last_modified, body_sha256, result, status, error,
                                      checked_at, next_check_at, gone, created_at)
                   VALUES (:id, :site, :etag, :lm, :sha, :result, :status, :error, :now, :next, :gone, :now)
                   ON CONFLICT(article_id) DO UPDATE SET site = excluded.site, result = excluded.result,
                       status = excluded.status, error = excluded.error, checked_at = excluded.checked_at,
                       next_check_at = excluded.next_check_at, gone = excluded.gone,
                       etag = CASE WHEN :keep = 1 THEN pages.etag ELSE excluded.etag END,
                       last_modified = CASE WHEN :keep = 1 THEN pages.last_modified ELSE excluded.last_modified END,
                       body_sha256 = CASE WHEN :keep = 1 THEN pages.body_sha256 ELSE excluded.body_sha256 END""",
                {"id": article_id, "site": site, "etag": etag, "lm": last_modified, "sha": body_sha256,
                 "result": result, "status": status, "error": error, "now": now, "next": next_check_at,
                 "gone": int(result == "gone"), "keep": int(keep_validators)},
            )

    def claim_due(self, article_id: str, ttl_s: float, now: float | None = None) -> bool:
        """Take the page's due check: True for exactly one caller across processes once ``next_check_at`` has
        passed (its next check moves ``ttl_s`` ahead, so a failed check is not retried at once)."""
        now = time.time() if now is None else now
        with self.db.connect() as db:
            cur = db.execute("UPDATE pages SET next_check_at = ? WHERE article_id = ? AND next_check_at <= ?",
                             (now + ttl_s, article_id, now))
        return cur.rowcount == 1

    def spend(self, site: str, chars: int, limit: int, day: str | None = None) -> bool:
        """Count ``chars`` new narration characters against the site's ``limit`` for today (local time). When
        they do not fit, False — and the day is closed (counted as full), so no page of the site is fetched for
        a new narration again before tomorrow: an article that does not fit costs one fetch, not one per reader."""
        day = day or time.strftime("%Y-%m-%d")
        with self.db.transaction() as db:
            row = db.execute("SELECT chars FROM page_budget WHERE site = ? AND day = ?", (site, day)).fetchone()
            used = row["chars"] if row else 0
            if used + chars > limit:
                db.execute("INSERT INTO page_budget (site, day, chars) VALUES (?, ?, ?) ON CONFLICT(site, day)"
                           " DO UPDATE SET chars = CASE WHEN excluded.chars > page_budget.chars THEN excluded.chars"
                           " ELSE page_budget.chars END", (site, day, limit))
                return False
            db.execute("INSERT INTO page_budget (site, day, chars) VALUES (?, ?, ?) ON CONFLICT(site, day)"
                       " DO UPDATE SET chars = page_budget.chars + excluded.chars", (site, day, chars))
            db.execute("DELETE FROM page_budget WHERE day < ?", (time.strftime("%Y-%m-%d", time.localtime(
                time.time() - 7 * 86400)),))
        return True

    def spent(self, site: str, day: str | None = None) -> int:
        with self.db.connect() as db:
            row = db.execute("SELECT chars FROM page_budget WHERE site = ? AND day = ?",
                             (site, day or time.strftime("%Y-%m-%d"))).fetchone()
        return int(row["chars"]) if row else 0


def _page(row: object) -> PageRecord | None:
    if row is None:
        return None
    data = dict(row)  # type: ignore[call-overload]
    data["gone"] = bool(data["gone"])
    return PageRecord(**data)
