"""Limits that hold across worker processes (and hosts): flask-limiter over a shared store, and client addresses
that can be trusted.

:func:`init_app` gives each app its own ``Limiter`` (``app.extensions["dbv_limiter"]``: one extension object
would keep only the last app's store), configured from settings:

* the store is shared by every process that serves the app: by default a SQLite file beside the index
  (``<TTS_DATA_DIR>/limits.sqlite3``, :class:`SQLiteStorage`: the ``limits`` package has no SQLite store), or
  ``TTS_RATE_LIMIT_STORAGE`` — e.g. ``redis://host:6379/0`` — when several hosts serve one site;
* the moving-window strategy: at most N requests in any window of the limit's length;
* the client is ``request.remote_addr``. ``X-Forwarded-For`` is believed only from ``TTS_TRUSTED_PROXIES``
  proxies in front (werkzeug's ``ProxyFix``): otherwise a client could claim any address, and behind a proxy
  that is not declared, every reader would share the proxy's one address.

A view checks a limit with :func:`hit` where the work starts (a selection to read, a lookup that would queue
an evicted article again), so cheap answers are not counted.
"""

from __future__ import annotations

import contextlib
import logging
import math
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from flask import Flask, current_app, request
from flask_limiter import Limiter
from limits import parse
from limits.storage import MemoryStorage, MovingWindowSupport, Storage
from limits.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
from werkzeug.middleware.proxy_fix import ProxyFix

from audio_cache.db import immediate
from tts_service.errors import ServiceError

if TYPE_CHECKING:
    from tts_service.config import Settings

log = logging.getLogger(__name__)


class RateLimited(ServiceError):
    """Too many requests from one client; ``retry_after`` seconds until the next one is allowed."""

    status = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after: float, *, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


def client_address() -> str:
    """The client's address as this service may believe it (after ``ProxyFix`` for trusted proxies)."""
    return request.remote_addr or "unknown"


def init_app(app: Flask, settings: Settings) -> None:
    """Trust ``settings.trusted_proxies`` proxies for the client address and give the app its limiter."""
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies)  # type: ignore[method-assign]
    app.config["RATELIMIT_STORAGE_URI"] = settings.rate_limit_storage or f"dbv+sqlite:///{settings.limits_path}"
    limiter = Limiter(client_address, strategy="moving-window", key_prefix="dbv")
    limiter.init_app(app)
    memory = MemoryStorage()
    app.extensions["dbv_limiter"] = (limiter, MovingWindowRateLimiter(memory), FixedWindowRateLimiter(memory))


def hit(limit: str, scope: str, *, identity: str | None = None, cost: int = 1, message: str | None = None,
        code: str | None = None) -> None:
    """Count one request of this client — or of ``identity`` (an API key's hash) — against ``limit``
    (``"5 per 30 second"``) in ``scope``; raise :class:`RateLimited` with the wait when it is over, its message
    starting with ``message`` and its ``code`` (default ``rate_limited``)."""
    wait = take(limit, scope, identity or client_address(), cost=cost)
    if wait is not None:
        text = message or "Bạn yêu cầu quá nhanh"
        raise RateLimited(f"{text}; thử lại sau {math.ceil(wait)} giây.", wait, code=code)


def take(limit: str, scope: str, who: str, *, cost: int = 1) -> float | None:
    """Count one use by ``who`` (a client address, a site's host …) against ``limit`` in ``scope``: None when
    it fits, else the seconds until the next one would.

    ``cost`` > 1 is a quota of units (characters per day): it is counted in a fixed window, one counter per
    ``who``, which starts with the first unit spent; a quota refused is not spent.
    While the shared store fails (a full disk, Redis down) the count goes on in this process's memory: limits
    then hold per process, as before they were shared, rather than not at all.
    """
    limiter, moving, fixed = current_app.extensions["dbv_limiter"]
    item = parse(limit)
    strategy = FixedWindowRateLimiter(limiter.limiter.storage) if cost > 1 else limiter.limiter

    def spend() -> bool:  # a fixed window's hit counts even when it is over: test first
        return (cost == 1 or strategy.test(item, scope, who, cost=cost)) and strategy.hit(item, scope, who,
                                                                                         cost=cost)

    try:
        allowed = spend()
    except Exception as exc:  # any store's failure: sqlite3, redis, memcached …
        log.warning("request limits: shared store failed (%s); counting in this process", exc)
        strategy = fixed if cost > 1 else moving
        allowed = spend()
    if allowed:
        return None
    reset, _remaining = strategy.get_window_stats(item, scope, who)
    return max(1.0, reset - time.time())


def burst_limit(burst: int, per_minute: float) -> str:
    """A burst, then ``per_minute`` on average, as a moving window: ``burst_limit(5, 10)`` → ``"5 per 30 second"``
    (five at once, then no more than five in any 30 seconds)."""
    return f"{burst} per {max(1, math.ceil(60 * burst / per_minute))} second"


class SQLiteStorage(Storage, MovingWindowSupport):
    """A ``limits`` store in one SQLite file (``dbv+sqlite:///path``), shared by every process on a host.

    Each operation is one short transaction (``BEGIN IMMEDIATE``), so two workers counting the same client
    never both take the last slot. Expired entries are swept now and then.
    """

    STORAGE_SCHEME = ["dbv+sqlite"]  # noqa: RUF012 - the limits registry reads this class attribute

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: float | str | bool) -> None:
        path = unquote(urlsplit(uri or "").path)
        if not path:
            raise ValueError(f"dbv+sqlite needs a file: dbv+sqlite:///var/limits.sqlite3, got {uri!r}")
        self.path = Path(path)
        self._ready = False  # the file is made on first use: a worker must start even on a full disk
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    def _create(self, db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS hits (key TEXT NOT NULL, at REAL NOT NULL, expires REAL NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS hits_key ON hits(key, at)")
        db.execute("CREATE INDEX IF NOT EXISTS hits_expires ON hits(expires)")
        db.execute("CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, count INTEGER NOT NULL,"
                   " expires REAL NOT NULL)")
        self._ready = True

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return sqlite3.Error

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with immediate(db):
                if not self._ready:
                    self._create(db)
                yield db
        finally:
            db.close()

    def _sweep(self, db: sqlite3.Connection, now: float) -> None:
        if random.random() < 0.02:  # noqa: S311 - not security: spreads the sweeping over requests
            db.execute("DELETE FROM hits WHERE expires <= ?", (now,))
            db.execute("DELETE FROM counters WHERE expires <= ?", (now,))

    # --- moving window -----------------------------------------------------------------------------------

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = time.time()
        with self._transaction() as db:
            self._sweep(db, now)
            db.execute("DELETE FROM hits WHERE key = ? AND at <= ?", (key, now - expiry))
            count = db.execute("SELECT COUNT(*) FROM hits WHERE key = ?", (key,)).fetchone()[0]
            if count + amount > limit:
                return False
            db.executemany("INSERT INTO hits (key, at, expires) VALUES (?, ?, ?)",
                           [(key, now, now + expiry)] * amount)
            return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        now = time.time()
        with self._transaction() as db:
            oldest, count = db.execute("SELECT MIN(at), COUNT(*) FROM hits WHERE key = ? AND at > ?",
                                       (key, now - expiry)).fetchone()
        return (oldest, count) if count else (now, 0)

    # --- fixed window (the other strategies) ------------------------------------------------------------

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        with self._transaction() as db:
            db.execute("DELETE FROM counters WHERE key = ? AND expires <= ?", (key, now))
            db.execute("""INSERT INTO counters (key, count, expires) VALUES (?, ?, ?)
                          ON CONFLICT(key) DO UPDATE SET count = count + excluded.count""", (key, amount, now + expiry))
            return int(db.execute("SELECT count FROM counters WHERE key = ?", (key,)).fetchone()[0])

    def get(self, key: str) -> int:
        with self._transaction() as db:
            row = db.execute("SELECT count FROM counters WHERE key = ? AND expires > ?", (key, time.time())).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        with self._transaction() as db:
            row = db.execute("SELECT expires FROM counters WHERE key = ?", (key,)).fetchone()
        return float(row[0]) if row else time.time()

    def check(self) -> bool:
        try:
            with self._transaction() as db:
                db.execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        with self._transaction() as db:
            removed = db.execute("DELETE FROM hits").rowcount + db.execute("DELETE FROM counters").rowcount
        return removed

    def clear(self, key: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM hits WHERE key = ?", (key,))
            db.execute("DELETE FROM counters WHERE key = ?", (key,))
