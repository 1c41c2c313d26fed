"""Single-flight for every host at once: one synthesis per narration key in the whole cluster.

    locks = PostgresLocks("postgresql://…")
    with locks.key_lock(key):          # waits while another host (or thread) makes this key
        ...
    with locks.try_key_lock(key) as free:
        ...                            # eviction skips a key someone is making

A session-level advisory lock held on a connection of its own: PostgreSQL drops it when that connection ends —
the holder finished, crashed, was ``kill -9``'d, or its host vanished — as the kernel drops an ``flock``
(:mod:`audio_cache.locks`, the one-host default, which :class:`FileLocks` wraps in the same interface).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from audio_cache.db import DatabaseUnavailable
from audio_cache.keys import is_valid_key
from audio_cache.locks import key_lock, try_key_lock


def lock_id(key: str) -> int:
    """A key's advisory lock number (60 bits of it: fits PostgreSQL's bigint): ``lock_id("0" * 64)`` → 0."""
    if not is_valid_key(key):
        raise ValueError(f"not a key: {key!r}")
    return int(key[:15], 16)


class FileLocks:
    """One host: an ``flock`` per key in ``lock_dir``."""

    def __init__(self, lock_dir: str | os.PathLike[str]) -> None:
        self.lock_dir = Path(lock_dir)

    def key_lock(self, key: str) -> contextlib.AbstractContextManager[None]:
        return key_lock(self.lock_dir, key)

    def try_key_lock(self, key: str) -> contextlib.AbstractContextManager[bool]:
        return try_key_lock(self.lock_dir, key)


class PostgresLocks:
    """Every host: a PostgreSQL advisory lock per key, on the database at ``url``."""

    def __init__(self, url: str) -> None:
        self.url = url

    @contextlib.contextmanager
    def _session(self) -> Iterator[object]:
        import psycopg

        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailable(f"PostgreSQL cannot be reached for a lock: {str(exc).strip()[:300]}") from exc
        try:
            yield conn
        finally:
            conn.close()  # ends the session: its advisory locks go with it

    @contextlib.contextmanager
    def key_lock(self, key: str) -> Iterator[None]:
        with self._session() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (lock_id(key),))  # type: ignore[attr-defined]
            yield

    @contextlib.contextmanager
    def try_key_lock(self, key: str) -> Iterator[bool]:
        with self._session() as conn:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (lock_id(key),)).fetchone()  # type: ignore[attr-defined]
            yield bool(row[0])
