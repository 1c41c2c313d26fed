"""Short-lived SQLite connections to the index file, for the small stores that live beside :class:`Index`.

    with transaction(path) as db:          # BEGIN IMMEDIATE … COMMIT (ROLLBACK on error)
        db.execute("UPDATE …")
    with connect(path) as db:              # autocommit reads and single writes
        rows = db.execute("SELECT …").fetchall()

Each store (users, pre-generation runs, site settings) owns its tables and
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
    with connect(path) as db, immediate(db):
        yield db


@contextlib.contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` transaction on an autocommit connection: committed, or rolled back on any error."""
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
        create_tables(db, schema, migrations)


def create_tables(db: sqlite3.Connection, schema: str, migrations: Sequence[tuple[str, str, str]] = ()
                  ) -> list[tuple[str, str]]:
    """:func:`ensure_schema` inside a transaction the caller holds; returns the (table, column) pairs added,
    so a store can fill a new column of existing rows in the same transaction."""
    for statement in schema.split(";"):
        if statement.strip():
            db.execute(statement)
    added = []
    for table, column, decl in migrations:
        columns = {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
            added.append((table, column))
    return added


class SQLiteDatabase:
    """The index file as the stores share it: WAL mode, one idle connection held for the life of the object.

    While any connection is open SQLite keeps the -wal and -shm files, so the short-lived connections of
    :meth:`connect` never have to re-create them: on a full disk, reads still work and a write fails as
    "database or disk is full" (507) instead of "disk I/O error", and closing a connection is not a
    checkpoint every time.
    """

    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with connect(self.path) as db:
            db.execute("PRAGMA journal_mode=WAL")
        self._anchor = sqlite3.connect(self.path, check_same_thread=False)
        self._anchor.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()

    def connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """An autocommit connection: each statement is its own transaction."""
        return connect(self.path)

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One writer at a time across threads and processes, committed at the end of the block."""
        return transaction(self.path)
