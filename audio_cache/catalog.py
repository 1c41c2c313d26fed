"""The articles as the admin console browses them: search and filter, totals, recent errors, and the few
changes an admin makes to an article (turn its reading off, delete it).

    catalog = Catalog(settings.db_path)
    records, total = catalog.search(text="Huế", site="huecity.gov.vn", status="ready", limit=50)

It reads the index's ``articles`` and ``jobs`` tables; writes are limited to the ``disabled`` flag and
deleting an article (its audio then becomes superseded history, which garbage collection removes after the
grace period). Internal articles — selections read aloud, lexicon previews — are never listed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from audio_cache.articles import ArticleRecord, _record
from audio_cache.db import connect, transaction
from audio_cache.hosts import url_host

#: Article ids the service makes for itself (not articles a site published).
INTERNAL_PREFIXES = ("selection:", "preview:")
STATUSES = ("ready", "pending", "running", "failed", "cancelled", "evicted")
_PUBLIC = " AND ".join(f"article_id NOT LIKE '{p}%'" for p in INTERNAL_PREFIXES)


@dataclass(frozen=True)
class RecentError:
    """A failure an admin should see: which article, when, the message and its code (the cause)."""

    article_id: str
    title: str
    at: float
    code: str
    message: str
    job_id: str | None


class Catalog:
    """Admin queries over the index file at ``path``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with connect(self.path) as db:
            db.create_function("url_host", 1, url_host, deterministic=True)
            yield db

    def search(self, *, text: str = "", site: str = "", status: str = "", since: float | None = None,
               until: float | None = None, disabled: bool | None = None, limit: int = 50,
               offset: int = 0) -> tuple[list[ArticleRecord], int]:
        """Articles newest first, and how many match: ``text`` in the title, id or URL; ``site`` a host (its
        sub-domains too); ``status``; last change between ``since`` and ``until`` (epoch seconds)."""
        where, args = [_PUBLIC], []
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(title LIKE ? ESCAPE '\\' OR article_id LIKE ? ESCAPE '\\' OR url LIKE ? ESCAPE '\\')")
            args += [like, like, like]
        if site:
            where.append("(url_host(url) = ? OR url_host(url) LIKE ?)")
            args += [site, "%." + site]
        if status == "disabled":
            where.append("disabled = 1")
        elif status:
            where.append("status = ?")
            args.append(status)
        if disabled is not None:
            where.append("disabled = ?")
            args.append(int(disabled))
        if since is not None:
            where.append("updated_at >= ?")
            args.append(since)
        if until is not None:
            where.append("updated_at < ?")
            args.append(until)
        sql = " WHERE " + " AND ".join(where)
        with self._db() as db:
            total = int(db.execute("SELECT COUNT(*) FROM articles" + sql, args).fetchone()[0])  # noqa: S608
            rows = db.execute("SELECT * FROM articles" + sql + " ORDER BY updated_at DESC LIMIT ? OFFSET ?",  # noqa: S608
                              [*args, limit, offset]).fetchall()
        return [r for r in (_record(row) for row in rows) if r is not None], total

    def sites(self) -> list[str]:
        """Every host that has articles, for the site filter."""
        with self._db() as db:
            rows = db.execute(f"SELECT DISTINCT url_host(url) AS host FROM articles WHERE url IS NOT NULL AND {_PUBLIC}"  # noqa: S608
                              " ORDER BY host").fetchall()
        return [r["host"] for r in rows if r["host"]]

    def totals(self, now: float | None = None) -> dict[str, int | float]:
        """Articles by status, disabled ones, audio seconds of ready articles, and how many were played ever
        and in the last 7 days (from last-played times: the service counts no individual plays)."""
        now = time.time() if now is None else now
        with self._db() as db:
            out: dict[str, int | float] = {f"status:{r['status']}": int(r["n"]) for r in db.execute(
                f"SELECT status, COUNT(*) AS n FROM articles WHERE {_PUBLIC} GROUP BY status")}  # noqa: S608
            row = db.execute(
                f"""SELECT COUNT(*) AS articles, SUM(disabled) AS disabled,
                          SUM(CASE WHEN status = 'ready' THEN duration_s ELSE 0 END) AS audio_s,
                          SUM(last_played_at IS NOT NULL) AS played,
                          SUM(last_played_at >= ?) AS played_week,
                          SUM(pinned) AS pinned
                   FROM articles WHERE {_PUBLIC}""", (now - 7 * 86400,)).fetchone()  # noqa: S608
        for name in ("articles", "disabled", "played", "played_week", "pinned"):
            out[name] = int(row[name] or 0)
        out["audio_s"] = float(row["audio_s"] or 0.0)
        return out

    def recent_errors(self, limit: int = 10) -> list[RecentError]:
        """The latest failed jobs and failed articles, newest first, one line per article."""
        with self._db() as db:
            jobs = db.execute(
                """SELECT j.article_id, COALESCE(a.title, '') AS title, j.finished_at AS at, j.error_code AS code,
                          j.error AS message, j.job_id FROM jobs j LEFT JOIN articles a USING (article_id)
                   WHERE j.status = 'failed' ORDER BY j.finished_at DESC LIMIT ?""", (limit,)).fetchall()
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

    def with_source(self, *, site: str = "", containing: str = "", limit: int = 5000) -> list[ArticleRecord]:
        """Articles whose text is stored (so they can be read again), newest first; ``containing`` narrows
        to sources holding that text (a quick pre-filter: the caller checks each one exactly)."""
        where, args = [_PUBLIC, "source IS NOT NULL"], []
        if site:
            where.append("(url_host(url) = ? OR url_host(url) LIKE ?)")
            args += [site, "%." + site]
        if containing:
            where.append("instr(source, ?) > 0")
            args.append(containing)
        with self._db() as db:
            rows = db.execute("SELECT * FROM articles WHERE " + " AND ".join(where)  # noqa: S608
                              + " ORDER BY updated_at DESC LIMIT ?", [*args, limit]).fetchall()
        return [r for r in (_record(row) for row in rows) if r is not None]

    def set_disabled(self, article_id: str, disabled: bool) -> bool:
        """Turn the article's reading off (lookups answer 404) or on again; False when there is no article."""
        with connect(self.path) as db:
            cur = db.execute("UPDATE articles SET disabled = ?, updated_at = ? WHERE article_id = ?",
                             (int(disabled), time.time(), article_id))
        return bool(cur.rowcount)

    def delete(self, article_id: str) -> bool:
        """Forget the article: its jobs are cancelled and its audio unpinned, so garbage collection removes it
        after the grace period (a page that still embeds it gets 404 from the lookup at once)."""
        now = time.time()
        with transaction(self.path) as db:
            cur = db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
            if not cur.rowcount:
                return False
            db.execute("UPDATE narrations SET pinned = 0 WHERE article_id = ?", (article_id,))
            db.execute("UPDATE jobs SET status = 'cancelled', finished_at = ?, updated_at = ?"
                       " WHERE article_id = ? AND status = 'queued'", (now, now, article_id))
            db.execute("UPDATE jobs SET cancel_requested = 1, updated_at = ?"
                       " WHERE article_id = ? AND status = 'running'", (now, article_id))
        return True
