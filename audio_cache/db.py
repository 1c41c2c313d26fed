"""Connections for the stores: short-lived SQLite connections to the index file (the embedded default), or a
PostgreSQL server shared by every host (:class:`PostgresDatabase`, ``TTS_DATABASE_URL``).

    with transaction(path) as db:          # BEGIN IMMEDIATE … COMMIT (ROLLBACK on error)
        db.execute("UPDATE …")
    with connect(path) as db:              # autocommit reads and single writes
        rows = db.execute("SELECT …").fetchall()

Each store (users, pre-generation runs, site settings) owns its tables and
creates them with :func:`ensure_schema`; the file is the one the index uses, so one backup holds everything.

The stores of ``audio_cache`` take a database object instead — :class:`SQLiteDatabase` or
:class:`PostgresDatabase`, both with ``connect()`` and ``transaction()`` — and write their SQL once, in the
part of SQL both speak (``?`` and ``:name`` parameters, ``ON CONFLICT`` upserts, ``RETURNING``). A
transaction is one writer at a time on both: ``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory
lock on PostgreSQL, so a read-then-write inside one sees what SQLite's would.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any


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


def create_tables(db: Any, schema: str, migrations: Sequence[tuple[str, str, str]] = ()
                  ) -> list[tuple[str, str]]:
    """:func:`ensure_schema` inside a transaction the caller holds (SQLite or PostgreSQL); returns the (table,
    column) pairs added, so a store can fill a new column of existing rows in the same transaction.

    The schema is written once, in SQLite's words; on PostgreSQL :func:`postgres_ddl` translates it, so the two
    schemas cannot drift apart."""
    postgres = getattr(db, "dialect", "sqlite") == "postgresql"
    for statement in schema.split(";"):
        if statement.strip():
            db.execute(postgres_ddl(statement) if postgres else statement)
    added = []
    for table, column, decl in migrations:
        if postgres:
            columns = {row["attname"] for row in db.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0"
                " AND NOT attisdropped", (table,))}
        else:
            columns = {row["name"] for row in db.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {postgres_ddl(decl) if postgres else decl}")
            added.append((table, column))
    return added


def postgres_ddl(statement: str) -> str:
    """SQLite DDL in PostgreSQL's words: ``REAL`` (a float8 there) and autoincrement keys.

    >>> postgres_ddl("id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL")
    'id BIGSERIAL PRIMARY KEY, at DOUBLE PRECISION NOT NULL'
    """
    statement = statement.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", statement)


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

    def notify(self, channel: str) -> None:
        """Nothing: on one host, workers poll the file."""


class StoreUnavailable(Exception):
    """A shared store (the database, the object store) cannot be reached right now; nothing was written."""


class DatabaseUnavailable(StoreUnavailable):
    """The database server cannot be reached (down, restarting, refusing connections); nothing was written."""


#: A connection idle longer than this is checked before it is used again (the server may have restarted).
PING_AFTER_S = 2.0
#: The advisory lock every PostgreSQL transaction of the stores holds: one writer at a time, as on SQLite.
_WRITER_LOCK = 0x6462_7631


@functools.lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """The stores' parameters in psycopg's words, outside quoted literals: ``?`` → ``%s``, ``:name`` →
    ``%(name)s``, ``%`` → ``%%``.

    >>> to_pyformat("SELECT '?', x FROM t WHERE a = ? AND b = :b AND c LIKE '%'")
    "SELECT '?', x FROM t WHERE a = %s AND b = %(b)s AND c LIKE '%%'"
    """
    out = []
    for n, part in enumerate(re.split(r"('(?:[^']|'')*')", sql)):
        if n % 2:  # a quoted literal
            out.append(part.replace("%", "%%"))
            continue
        part = part.replace("%", "%%").replace("?", "%s")
        out.append(re.sub(r"(?<![:\w]):([a-z_]\w*)", r"%(\1)s", part))
    return "".join(out)


class _Row(dict):
    """A row that answers ``row["name"]`` and ``row[0]``, like ``sqlite3.Row``."""

    __slots__ = ("_values",)

    def __getitem__(self, key: Any) -> Any:
        return self._values[key] if isinstance(key, int) else dict.__getitem__(self, key)


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or ()]

    def make(values: Sequence[Any]) -> _Row:
        row = _Row(zip(names, values, strict=True))
        row._values = tuple(values)
        return row

    return make


class _PgConnection:
    """A psycopg connection that takes the stores' SQL (see :func:`to_pyformat`)."""

    dialect = "postgresql"

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(to_pyformat(sql), params or None)
        return cur

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        cur = self.conn.cursor()
        cur.executemany(to_pyformat(sql), rows)
        return cur


class PostgresDatabase:
    """A PostgreSQL database shared by every host (``postgresql://user@host/db``), through psycopg 3.

    Connections are kept idle per process (at most ``max_idle``) and never shared between threads or carried
    across a ``fork``. A server that cannot be reached raises :class:`DatabaseUnavailable` (the web layer
    answers 503); the next call tries again, so a restarted server is used as soon as it is back.
    """

    dialect = "postgresql"

    def __init__(self, url: str, *, max_idle: int = 4, connect_timeout: float = 5.0) -> None:
        self.url = url
        self.max_idle = max_idle
        self.connect_timeout = connect_timeout
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._inherited: list[Any] = []  # a forked child's copies of the parent's connections: never used or closed

    def _take(self) -> Any:
        import psycopg

        with self._lock:
            if self._pid != os.getpid():  # forked: the parent's sockets stay the parent's
                self._inherited.extend(self._idle)
                self._idle, self._pid = [], os.getpid()
            idle, self._idle = self._idle, []
        while idle:  # newest first; one idle for a while is pinged (the server may have restarted meanwhile)
            conn, since = idle.pop()
            if conn.closed:
                continue
            if time.monotonic() - since < PING_AFTER_S:
                with self._lock:
                    self._idle.extend(idle)
                return conn
            try:
                conn.execute("SELECT 1")
            except psycopg.Error:
                with contextlib.suppress(Exception):
                    conn.close()
                continue
            with self._lock:
                self._idle.extend(idle)
            return conn
        try:
            return psycopg.connect(self.url, autocommit=True, cursor_factory=psycopg.ClientCursor,
                                   row_factory=_row_factory, connect_timeout=max(1, round(self.connect_timeout)))
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailable(f"PostgreSQL cannot be reached: {str(exc).strip()[:300]}") from exc

    def _give_back(self, conn: Any, broken: bool) -> None:
        from psycopg.pq import TransactionStatus

        if not broken and not conn.closed and conn.info.transaction_status == TransactionStatus.IDLE:
            with self._lock:
                if self._pid == os.getpid() and len(self._idle) < self.max_idle:
                    self._idle.append((conn, time.monotonic()))
                    return
        with contextlib.suppress(Exception):
            conn.close()

    @contextlib.contextmanager
    def connect(self) -> Iterator[_PgConnection]:
        """A connection in autocommit mode: each statement is its own transaction."""
        import psycopg

        conn = self._take()
        broken = False
        try:
            yield _PgConnection(conn)
        except psycopg.OperationalError as exc:  # the server went away mid-way: so did the idle connections
            broken = True
            self.close()
            raise DatabaseUnavailable(f"PostgreSQL connection lost: {str(exc).strip()[:300]}") from exc
        except BaseException:
            broken = conn.closed or conn.broken
            raise
        finally:
            self._give_back(conn, broken)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_PgConnection]:
        """One writer at a time (a transaction-scoped advisory lock), committed at the end of the block."""
        with self.connect() as db, db.conn.transaction():
            db.execute("SELECT pg_advisory_xact_lock(?)", (_WRITER_LOCK,))
            yield db

    def notify(self, channel: str) -> None:
        """Wake whoever listens on ``channel`` on any host (best effort: listeners poll as well)."""
        with contextlib.suppress(StoreUnavailable), self.connect() as db:
            db.execute(f"NOTIFY {channel}")

    def listen(self, channel: str, timeout: float) -> Iterator[None]:
        """Yields each time ``channel`` is notified, and every ``timeout`` seconds without one (so the caller
        can look at its stop flag); reconnects after a lost connection."""
        import psycopg

        while True:
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {channel}")
                    while True:
                        for _ in conn.notifies(timeout=timeout, stop_after=1):
                            pass
                        yield
            except psycopg.OperationalError:
                yield
                time.sleep(timeout)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _since in idle:
            with contextlib.suppress(Exception):
                conn.close()


def schema_version(*schemas: str) -> str:
    """A short hash of the schema text, recorded by ``flask tts db upgrade`` and checked at start."""
    return hashlib.sha256("\n".join(schemas).encode()).hexdigest()[:16]
