"""Short-lived SQLite connections to the index file, for the small stores that live beside :class:`Index`.

    with transaction(path) as db:          # BEGIN IMMEDIATE … COMMIT (ROLLBACK on error)
        db.execute("UPDATE …")
    with connect(path) as db:              # autocommit reads and single writes
        rows = db.execute("SELECT …").fetchall()

Each store (users, pre-generation runs, site settings, the admin's article catalogue) owns its tables and
creates them with :func:`ensure_schema`; the file is the one the index uses, so one backup holds everything.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path


@contextlib.contextmanager
def connect(path: str | Path) -> Iterator[sqlite3.Connection]:
    """One connection in autocommit mode, rows as ``sqlite3.Row``, waiting up to 30 s for a writer."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        db.execute("PRAGMA busy_timeout=30000")
        db.execute("PRAGMA synchronous=NORMAL")
        yield db
    finally:
        db.close()


@contextlib.contextmanager
def transaction(path: str | Path) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: one writer at a time across threads and processes."""
    with connect(path) as db:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def ensure_schema(path: str | Path, schema: str, migrations: Sequence[tuple[str, str, str]] = ()) -> None:
    """Create the tables of ``schema`` (``CREATE … IF NOT EXISTS`` statements) and add missing columns."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with transaction(path) as db:
        for statement in schema.split(";"):
            if statement.strip():
                db.execute(statement)
        for table, column, decl in migrations:
            columns = {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
