"""What a CMS does to its published articles beyond pushing them: list them, turn their reading off and on,
delete them — over the index file's ``articles``, ``narrations`` and ``jobs`` tables.

    store = Publishing(stores.db)
    page = store.list(site="huecity.gov.vn", status="ready", since=1764201600.0, limit=50)
    page.records, page.next_cursor          # newest change first; pass next_cursor back for the next page
    store.set_disabled("bai-1", True)       # the widget's lookup answers 404; the audio stays for a re-enable
    store.unpublish("bai-1")                # → the narration keys nobody else reads: their files may go now

Articles the service makes for itself — selections read aloud, lexicon previews, CMS drafts — are never listed.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass

from audio_cache.articles import ArticleRecord, _record
from audio_cache.db import SQLiteDatabase

#: Article ids the service makes for itself (not articles a site published). A CMS draft of ``bai-1`` is
#: ``draft:bai-1``.
INTERNAL_PREFIXES = ("selection:", "preview:", "draft:")
DRAFT_PREFIX = "draft:"
_PUBLIC = " AND ".join(f"substr(article_id, 1, {len(p)}) != '{p}'" for p in INTERNAL_PREFIXES)


class BadCursor(ValueError):
    """A paging cursor this store did not make."""


@dataclass(frozen=True)
class Page:
    records: list[ArticleRecord]
    next_cursor: str | None


def encode_cursor(updated_at: float, article_id: str) -> str:
    """``encode_cursor(1.5, "a")`` → an opaque URL-safe string that :func:`decode_cursor` reads back."""
    return base64.urlsafe_b64encode(json.dumps([updated_at, article_id]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, str]:
    try:
        updated_at, article_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return float(updated_at), str(article_id)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadCursor(cursor) from None


class Publishing:
    """The CMS's view of the ``articles`` table (and the narrations and jobs an article has)."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    def list(self, *, site: str | None = None, status: str | None = None, since: float | None = None,
             cursor: str | None = None, limit: int = 50, disabled: bool | None = None) -> Page:
        """Published articles, the latest change first: ``site`` is a host (its sub-domains too), ``status`` one
        of the article statuses or ``disabled``, ``since`` epoch seconds of the last change; ``disabled=False``
        leaves out the articles whose reading is turned off."""
        where, args = [_PUBLIC], []
        if disabled is not None:
            where.append("disabled = ?")
            args.append(int(disabled))
        if site:
            where.append("(site = ? OR substr(site, length(site) - length(?)) = '.' || ?)")
            args += [site, site, site]
        if status == "disabled":
            where.append("disabled = 1")
        elif status:
            where.append("status = ?")
            args.append(status)
        if since is not None:
            where.append("updated_at >= ?")
            args.append(since)
        if cursor:
            after_time, after_id = decode_cursor(cursor)
            where.append("(updated_at < ? OR (updated_at = ? AND article_id < ?))")
            args += [after_time, after_time, after_id]
        sql = ("SELECT * FROM articles WHERE " + " AND ".join(where)  # noqa: S608 - fixed fragments, bound values
               + " ORDER BY updated_at DESC, article_id DESC LIMIT ?")
        with self.db.connect() as db:
            rows = db.execute(sql, [*args, limit + 1]).fetchall()
        records = [r for r in (_record(row) for row in rows[:limit]) if r is not None]
        more = len(rows) > limit and records
        return Page(records, encode_cursor(records[-1].updated_at, records[-1].article_id) if more else None)

    def with_source(self, containing: list[str] | None = None) -> list[ArticleRecord]:
        """Published articles whose text is stored (so they can be read again), newest change first; with
        ``containing``, only those whose stored text holds one of the strings (case-sensitive)."""
        where = [_PUBLIC, "source IS NOT NULL"]
        if containing:
            where.append("(" + " OR ".join("instr(source, ?) > 0" for _ in containing) + ")")
        with self.db.connect() as db:
            rows = db.execute("SELECT * FROM articles WHERE " + " AND ".join(where)  # noqa: S608 - fixed fragments
                              + " ORDER BY updated_at DESC", containing or []).fetchall()
        return [r for r in (_record(row) for row in rows) if r is not None]

    def set_disabled(self, article_id: str, disabled: bool) -> bool:
        """Turn the article's reading off (lookups answer 404) or on again; False when there is no article."""
        with self.db.connect() as db:
            cur = db.execute("UPDATE articles SET disabled = ?, updated_at = ? WHERE article_id = ?",
                             (int(disabled), time.time(), article_id))
        return bool(cur.rowcount)

    def set_pusher(self, article_id: str, key_hash: str) -> None:
        """Remember the key that pushed the article last (its webhook hears when the service reads it again)."""
        with self.db.connect() as db:
            db.execute("UPDATE articles SET api_key_hash = ? WHERE article_id = ?"
                       " AND (api_key_hash IS NULL OR api_key_hash <> ?)", (key_hash, article_id, key_hash))

    def unpublish(self, article_id: str) -> list[str] | None:
        """Forget the article: its row goes, its jobs are cancelled, its narrations unpinned. Returns the keys of
        its narrations (current and past) that no other article reads — their files may be removed now — or
        None when there was no such article."""
        now = time.time()
        with self.db.transaction() as db:
            row = db.execute("SELECT narration_key, wanted_key FROM articles WHERE article_id = ?",
                             (article_id,)).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
            keys = {r["narration_key"] for r in db.execute("SELECT narration_key FROM narrations WHERE article_id = ?",
                                                           (article_id,))}
            keys |= {k for k in (row["narration_key"], row["wanted_key"]) if k}
            db.execute("UPDATE narrations SET pinned = 0 WHERE article_id = ?", (article_id,))
            db.execute("UPDATE jobs SET status = 'cancelled', finished_at = ?, updated_at = ?"
                       " WHERE article_id = ? AND status = 'queued'", (now, now, article_id))
            db.execute("UPDATE jobs SET cancel_requested = 1, updated_at = ?"
                       " WHERE article_id = ? AND status = 'running'", (now, article_id))
            still_read = {r[0] for r in db.execute(
                "SELECT narration_key FROM articles WHERE narration_key IS NOT NULL"
                " UNION SELECT wanted_key FROM articles WHERE wanted_key IS NOT NULL")}
        return sorted(keys - still_read)
