"""The published articles as a CMS and the admin console see them: list and search them, count them, turn their
reading off and on, delete them — over the index file's ``articles``, ``narrations`` and ``jobs`` tables.

    store = Publishing(stores.db)
    page = store.list(site="huecity.gov.vn", status="ready", since=1764201600.0, limit=50)
    page.records, page.next_cursor          # newest change first; pass next_cursor back for the next page
    store.count(site="huecity.gov.vn", text="Huế")   # how many match (the console's "12 bài")
    store.set_disabled("bai-1", True)       # the widget's lookup answers 404; the audio stays for a re-enable
    store.unpublish("bai-1")                # → the narration keys nobody else reads: their files may go now

A site is an article's ``site`` (the site of the key that pushed it, else its URL's host) and covers its
sub-domains. Articles the service makes for itself — selections read aloud, lexicon previews, CMS drafts — are
never listed nor counted.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass
from typing import Any

from audio_cache.articles import ArticleRecord, _record
from audio_cache.db import SQLiteDatabase

#: Article ids the service makes for itself (not articles a site published). A CMS draft of ``bai-1`` is
#: ``draft:bai-1``.
INTERNAL_PREFIXES = ("selection:", "preview:", "draft:")
DRAFT_PREFIX = "draft:"


def public_only(column: str = "article_id") -> str:
    """The SQL condition that leaves out the service's own articles: ``public_only("a.article_id")`` →
    ``"substr(a.article_id, 1, 10) != 'selection:' AND …"``."""
    return " AND ".join(f"substr({column}, 1, {len(p)}) != '{p}'" for p in INTERNAL_PREFIXES)


def of_site(column: str = "site") -> str:
    """The SQL condition "``column`` is the site (bound three times) or one of its sub-domains"."""
    return f"({column} = ? OR substr({column}, length({column}) - length(?)) = '.' || ?)"


_PUBLIC = public_only()


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


@dataclass(frozen=True)
class RecentError:
    """A failure an admin should see: which article, when, the message and its code (the cause)."""

    article_id: str
    title: str
    at: float
    code: str
    message: str
    job_id: str | None


class Publishing:
    """The published articles in the ``articles`` table (and the narrations and jobs an article has)."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db

    @staticmethod
    def _filter(site: str | None, status: str | None, since: float | None, until: float | None, text: str,
                disabled: bool | None) -> tuple[list[str], list[Any]]:
        where, args = [_PUBLIC], []
        if disabled is not None:
            where.append("disabled = ?")
            args.append(int(disabled))
        if site:
            where.append(of_site())
            args += [site, site, site]
        if status == "disabled":
            where.append("disabled = 1")
        elif status:
            where.append("status = ?")
            args.append(status)
        if since is not None:
            where.append("updated_at >= ?")
            args.append(since)
        if until is not None:
            where.append("updated_at < ?")
            args.append(until)
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(title LIKE ? ESCAPE '\\' OR article_id LIKE ? ESCAPE '\\' OR url LIKE ? ESCAPE '\\')")
            args += [like, like, like]
        return where, args

    def list(self, *, site: str | None = None, status: str | None = None, since: float | None = None,
             until: float | None = None, text: str = "", cursor: str | None = None, limit: int = 50,
             disabled: bool | None = None) -> Page:
        """Published articles, the latest change first: ``site`` is a host (its sub-domains too), ``status`` one
        of the article statuses or ``disabled``, the last change at ``since`` or later and before ``until``
        (epoch seconds), ``text`` in the title, id or address; ``disabled=False`` leaves out the articles whose
        reading is turned off."""
        where, args = self._filter(site, status, since, until, text, disabled)
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

    def count(self, *, site: str | None = None, status: str | None = None, since: float | None = None,
              until: float | None = None, text: str = "", disabled: bool | None = None) -> int:
        """How many articles :meth:`list` finds with the same filters, over all its pages."""
        where, args = self._filter(site, status, since, until, text, disabled)
        with self.db.connect() as db:
            row = db.execute("SELECT COUNT(*) FROM articles WHERE " + " AND ".join(where), args).fetchone()  # noqa: S608
        return int(row[0])

    def drafts(self, limit: int = 50) -> list[ArticleRecord]:
        """The CMS's draft previews (``draft:<id>``, never listed with the published articles), newest first."""
        with self.db.connect() as db:
            rows = db.execute(f"SELECT * FROM articles WHERE substr(article_id, 1, {len(DRAFT_PREFIX)}) = ?"  # noqa: S608
                              " ORDER BY updated_at DESC LIMIT ?", (DRAFT_PREFIX, limit)).fetchall()
        return [r for r in (_record(row) for row in rows) if r is not None]

    def sites(self) -> list[str]:
        """Every site that has published articles, for a site filter."""
        with self.db.connect() as db:
            rows = db.execute(f"SELECT DISTINCT site FROM articles WHERE site IS NOT NULL AND {_PUBLIC}"  # noqa: S608
                              " ORDER BY site").fetchall()
        return [r[0] for r in rows if r[0]]

    def totals(self, now: float | None = None) -> dict[str, int | float]:
        """Articles by status (``status:ready`` …), turned off, pinned, audio seconds of ready ones, and how many
        were played ever and in the last 7 days (from last-played times, which eviction keeps)."""
        now = time.time() if now is None else now
        with self.db.connect() as db:
            out: dict[str, int | float] = {f"status:{r[0]}": int(r[1]) for r in db.execute(
                f"SELECT status, COUNT(*) FROM articles WHERE {_PUBLIC} GROUP BY status")}  # noqa: S608
            row = db.execute(
                f"""SELECT COUNT(*) AS articles, SUM(disabled) AS disabled, SUM(pinned) AS pinned,
                          SUM(CASE WHEN status = 'ready' THEN duration_s ELSE 0 END) AS audio_s,
                          SUM(CASE WHEN last_played_at IS NOT NULL THEN 1 ELSE 0 END) AS played,
                          SUM(CASE WHEN last_played_at >= ? THEN 1 ELSE 0 END) AS played_week
                   FROM articles WHERE {_PUBLIC}""", (now - 7 * 86400,)).fetchone()  # noqa: S608
        for name in ("articles", "disabled", "played", "played_week", "pinned"):
            out[name] = int(row[name] or 0)
        out["audio_s"] = float(row["audio_s"] or 0.0)
        return out

    def recent_errors(self, limit: int = 10) -> list[RecentError]:
        """The latest failed jobs and failed articles, newest first, one line per article."""
        with self.db.connect() as db:
            jobs = db.execute(
                """SELECT j.article_id, COALESCE(a.title, '') AS title, j.finished_at AS at, j.error_code AS code,
                          j.error AS message, j.job_id FROM jobs j LEFT JOIN articles a ON a.article_id = j.article_id
                   WHERE j.status = 'failed' AND """ + public_only("j.article_id")  # noqa: S608
                + " ORDER BY j.finished_at DESC LIMIT ?", (limit,)).fetchall()
            articles = db.execute(
                f"""SELECT article_id, title, updated_at AS at, 'failed' AS code, error AS message, job_id
                    FROM articles WHERE status = 'failed' AND {_PUBLIC} ORDER BY updated_at DESC LIMIT ?""",  # noqa: S608
                (limit,)).fetchall()
        seen: dict[str, RecentError] = {}
        for row in sorted([*jobs, *articles], key=lambda r: r["at"] or 0, reverse=True):
            if row["article_id"] not in seen and row["message"]:
                seen[row["article_id"]] = RecentError(row["article_id"], row["title"], row["at"] or 0.0,
                                                      row["code"] or "failed", row["message"], row["job_id"])
        return list(seen.values())[:limit]

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

    def readers(self, narration_key: str) -> list[tuple[str | None, str | None]]:
        """``(url, site)`` of every article that reads ``narration_key`` now, wants it, or read it before."""
        with self.db.connect() as db:
            rows = db.execute(
                """SELECT url, site FROM articles WHERE narration_key = ? OR wanted_key = ?
                   UNION SELECT a.url, a.site FROM narrations n JOIN articles a ON a.article_id = n.article_id
                   WHERE n.narration_key = ?""", (narration_key, narration_key, narration_key)).fetchall()
        return [(r[0], r[1]) for r in rows]

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
        """Forget the article: its row goes, its jobs are cancelled, its narrations unpinned, and — for a page read
        from its own site — what the last check of the page found. Returns the keys of its narrations (current
        and past) that no other article reads — their files may be removed now — or None when there was no such
        article."""
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
            db.execute("DELETE FROM pages WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM page_addresses WHERE article_id = ?", (article_id,))
            still_read = {r[0] for r in db.execute(
                "SELECT narration_key FROM articles WHERE narration_key IS NOT NULL"
                " UNION SELECT wanted_key FROM articles WHERE wanted_key IS NOT NULL")}
        return sorted(keys - still_read)
