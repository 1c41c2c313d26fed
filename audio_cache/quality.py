"""Each narration's quality report, stored beside the index: the tokens its text stage only guessed at.

    store = QualityStore(stores.db)
    store.put(key, [("XYZ", "abbreviation", 2, "Sở XYZ nhận …")])
    store.for_narration(key)                  # → [QualityRow("XYZ", "abbreviation", 2, 1, "Sở XYZ nhận …")]
    store.top(site="huecity.gov.vn", limit=50)  # the most frequent over the site's articles as they read now

A report belongs to a narration key (content-addressed: the same text read the same way has the same report);
the site-wide view adds up the reports of the narrations articles read *now*, so a token fixed in the lexicon
leaves it once the affected articles are read again. Drafts, selections and previews are never counted.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from audio_cache.db import SQLiteDatabase, create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS quality_reports (
    narration_key TEXT PRIMARY KEY,
    tokens        INTEGER NOT NULL,
    created_at    REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS quality_tokens (
    narration_key TEXT NOT NULL,
    token         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    count         INTEGER NOT NULL,
    context       TEXT NOT NULL,
    PRIMARY KEY (narration_key, token, kind)
);
"""

_PUBLIC = "substr(a.article_id, 1, 10) != 'selection:' AND substr(a.article_id, 1, 8) != 'preview:'" \
          " AND substr(a.article_id, 1, 6) != 'draft:'"


@dataclass(frozen=True)
class QualityRow:
    """One guessed token: how often it occurs, in how many articles (1 for one narration), and where."""

    token: str
    kind: str
    count: int
    articles: int
    context: str


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA)


class QualityStore:
    """The ``quality_reports`` and ``quality_tokens`` tables."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self.db = db
        with db.transaction() as c:
            create_schema(c)
        self._known: set[str] = set()  # keys this process knows to have a report (no read on the hot path)

    def has(self, narration_key: str) -> bool:
        if narration_key in self._known:
            return True
        with self.db.connect() as db:
            found = db.execute("SELECT 1 FROM quality_reports WHERE narration_key = ?", (narration_key,)).fetchone()
        if found:
            self._known.add(narration_key)
        return bool(found)

    def put(self, narration_key: str, rows: Iterable[tuple[str, str, int, str]]) -> None:
        """The report of ``narration_key``: ``(token, kind, count, context)`` rows (an empty report is stored too)."""
        rows = list(rows)
        with self.db.transaction() as db:
            db.execute("DELETE FROM quality_tokens WHERE narration_key = ?", (narration_key,))
            db.executemany("INSERT INTO quality_tokens (narration_key, token, kind, count, context)"
                           " VALUES (?, ?, ?, ?, ?)", [(narration_key, *row) for row in rows])
            db.execute("""INSERT INTO quality_reports (narration_key, tokens, created_at) VALUES (?, ?, ?)
                          ON CONFLICT (narration_key) DO UPDATE SET tokens = excluded.tokens,
                              created_at = excluded.created_at""",
                       (narration_key, sum(row[2] for row in rows), time.time()))
        self._known.add(narration_key)

    def for_narration(self, narration_key: str) -> list[QualityRow] | None:
        """The report, most frequent first; None when none was made for this key."""
        with self.db.connect() as db:
            if db.execute("SELECT 1 FROM quality_reports WHERE narration_key = ?", (narration_key,)).fetchone() is None:
                return None
            rows = db.execute("SELECT token, kind, count, context FROM quality_tokens WHERE narration_key = ?"
                              " ORDER BY count DESC, token", (narration_key,)).fetchall()
        return [QualityRow(r["token"], r["kind"], r["count"], 1, r["context"]) for r in rows]

    def top(self, *, site: str | None = None, kind: str | None = None, limit: int = 50) -> tuple[list[QualityRow], int]:
        """The most frequent guessed tokens over the articles of ``site`` (every site when None) as they read now,
        and how many of those articles have a report."""
        where, args = [_PUBLIC], []
        if site:
            where.append("(a.site = ? OR substr(a.site, length(a.site) - length(?)) = '.' || ?)")
            args += [site, site, site]
        scope = " AND ".join(where)
        kind_filter = " AND t.kind = ?" if kind else ""
        with self.db.connect() as db:
            rows = db.execute(
                f"""SELECT t.token, t.kind, SUM(t.count) AS count, COUNT(DISTINCT a.article_id) AS articles,
                           MIN(t.context) AS context
                    FROM articles a JOIN quality_tokens t ON t.narration_key = a.narration_key
                    WHERE {scope}{kind_filter}
                    GROUP BY t.token, t.kind ORDER BY count DESC, articles DESC, t.token LIMIT ?""",  # noqa: S608
                [*args, *([kind] if kind else []), limit]).fetchall()
            reported = db.execute(
                f"""SELECT COUNT(*) FROM articles a JOIN quality_reports r ON r.narration_key = a.narration_key
                    WHERE {scope}""", args).fetchone()[0]  # noqa: S608
        return [QualityRow(r["token"], r["kind"], int(r["count"]), int(r["articles"]), r["context"]) for r in rows], \
            int(reported)

    def forget(self, narration_keys: Iterable[str]) -> None:
        keys = [(k,) for k in narration_keys]
        with self.db.transaction() as db:
            db.executemany("DELETE FROM quality_tokens WHERE narration_key = ?", keys)
            db.executemany("DELETE FROM quality_reports WHERE narration_key = ?", keys)
        self._known.difference_update(k for (k,) in keys)
