"""Admin console users: names, roles, password hashes, and sign-in failures — a small store in the index file.

    users = UserStore(settings.db_path)
    users.create("lan", "một mật khẩu dài", role="editor")
    users.authenticate("lan", "một mật khẩu dài", ip="203.0.113.5")   # → User(name="lan", role="editor", …)

Passwords are hashed with werkzeug's scrypt (salted, memory-hard); only the hash is stored. Repeated failures
lock the name and the client address for a while (:data:`LOCK_S`): the count lives in the index, so every
worker process and every restart sees the same count.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

from audio_cache.db import connect, ensure_schema, transaction

ROLES = ("admin", "editor")
MIN_PASSWORD_CHARS = 12
#: Failures within :data:`WINDOW_S` that lock a name, and a client address (shared by everyone behind one NAT,
#: so it is higher), for :data:`LOCK_S` seconds after the last failure.
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_IP = 20
WINDOW_S = 15 * 60
LOCK_S = 15 * 60
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS admin_users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    session_salt  TEXT NOT NULL,
    created_at    REAL NOT NULL,
    disabled_at   REAL,
    last_login_at REAL
);
CREATE TABLE IF NOT EXISTS admin_login_failures (
    kind    TEXT NOT NULL,
    subject TEXT NOT NULL,
    at      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS admin_login_failures_subject ON admin_login_failures(kind, subject, at)
"""

#: werkzeug's scrypt with its default cost (N=2^15, r=8, p=1: about 0.1–0.7 s a check, 32 MiB of memory).
HASH_METHOD = "scrypt"
#: Hashes to check against when the name is unknown, so "no such user" takes as long as "wrong password".
_DUMMY_HASHES: dict[str, str] = {}


def _dummy_hash() -> str:
    if HASH_METHOD not in _DUMMY_HASHES:
        _DUMMY_HASHES[HASH_METHOD] = generate_password_hash(secrets.token_hex(16), HASH_METHOD)
    return _DUMMY_HASHES[HASH_METHOD]


class AccountError(ValueError):
    """A name, role or password that cannot be used; the message says why (shown to the admin)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    session_salt: str
    created_at: float
    last_login_at: float | None

    def may(self, role: str) -> bool:
        """``admin`` may do everything; ``editor`` only what needs ``editor``."""
        return self.role == "admin" or self.role == role


@dataclass(frozen=True)
class SignIn:
    """The outcome of :meth:`UserStore.authenticate`: a user, or why not (``locked_s`` > 0 when locked)."""

    user: User | None
    locked_s: float = 0.0


class UserStore:
    """Users and sign-in failures in the SQLite file at ``path``."""

    def __init__(self, path: str | Path, *, clock=time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        ensure_schema(self.path, SCHEMA)

    # --- users ------------------------------------------------------------------------------------------

    def create(self, name: str, password: str, role: str) -> User:
        """A new user; ``AccountError`` for a taken or malformed name, an unknown role, a short password."""
        name = check_name(name)
        if role not in ROLES:
            raise AccountError(f"vai trò phải là {' hoặc '.join(ROLES)}, không phải {role!r}")
        check_password(password)
        with transaction(self.path) as db:
            if db.execute("SELECT 1 FROM admin_users WHERE name = ?", (name,)).fetchone():
                raise AccountError(f"đã có người dùng {name!r}")
            db.execute(
                "INSERT INTO admin_users (name, role, password_hash, session_salt, created_at) VALUES (?, ?, ?, ?, ?)",
                (name, role, generate_password_hash(password, HASH_METHOD), secrets.token_hex(8), self.clock()),
            )
        user = self.get(name)
        assert user is not None
        return user

    def set_password(self, name: str, password: str) -> None:
        """A new password; every session of the user ends (its session salt changes)."""
        check_password(password)
        with connect(self.path) as db:
            cur = db.execute("UPDATE admin_users SET password_hash = ?, session_salt = ? WHERE name = ?",
                             (generate_password_hash(password, HASH_METHOD), secrets.token_hex(8), name))
        if not cur.rowcount:
            raise AccountError(f"không có người dùng {name!r}")

    def disable(self, name: str) -> bool:
        """The user can no longer sign in, and open sessions end."""
        with connect(self.path) as db:
            cur = db.execute("UPDATE admin_users SET disabled_at = ?, session_salt = ? WHERE name = ?",
                             (self.clock(), secrets.token_hex(8), name))
        return bool(cur.rowcount)

    def get(self, name: str) -> User | None:
        """A live (not disabled) user by name."""
        with connect(self.path) as db:
            row = db.execute("SELECT * FROM admin_users WHERE name = ? AND disabled_at IS NULL", (name,)).fetchone()
        return _user(row) if row else None

    def users(self) -> list[User]:
        with connect(self.path) as db:
            rows = db.execute("SELECT * FROM admin_users WHERE disabled_at IS NULL ORDER BY name").fetchall()
        return [_user(r) for r in rows]

    # --- signing in ---------------------------------------------------------------------------------------

    def authenticate(self, name: str, password: str, ip: str) -> SignIn:
        """Check a sign-in. A locked name or address is refused before the password is looked at; a failure is
        counted for both; a success clears the name's count."""
        name = (name or "").strip().lower()[:64]
        locked = self.locked_for(name, ip)
        if locked:
            return SignIn(None, locked)
        with connect(self.path) as db:
            row = db.execute("SELECT * FROM admin_users WHERE name = ? AND disabled_at IS NULL", (name,)).fetchone()
        stored = row["password_hash"] if row else _dummy_hash()
        if check_password_hash(stored, password or "") and row is not None:
            now = self.clock()
            with transaction(self.path) as db:
                db.execute("DELETE FROM admin_login_failures WHERE kind = 'user' AND subject = ?", (name,))
                db.execute("UPDATE admin_users SET last_login_at = ? WHERE name = ?", (now, name))
            return SignIn(self.get(name))
        self._record_failure(name, ip)
        return SignIn(None, self.locked_for(name, ip))

    def locked_for(self, name: str, ip: str) -> float:
        """Seconds until ``name`` (or ``ip``) may try again; 0 when not locked."""
        now = self.clock()
        waits = []
        with connect(self.path) as db:
            for kind, subject, limit in (("user", name, MAX_FAILURES_PER_USER), ("ip", ip, MAX_FAILURES_PER_IP)):
                row = db.execute(
                    "SELECT COUNT(*) AS n, MAX(at) AS last FROM admin_login_failures"
                    " WHERE kind = ? AND subject = ? AND at > ?", (kind, subject, now - WINDOW_S)
                ).fetchone()
                if row["n"] >= limit:
                    waits.append(row["last"] + LOCK_S - now)
        return max([0.0, *waits])

    def _record_failure(self, name: str, ip: str) -> None:
        now = self.clock()
        with transaction(self.path) as db:
            db.executemany("INSERT INTO admin_login_failures (kind, subject, at) VALUES (?, ?, ?)",
                           [("user", name, now), ("ip", ip, now)])
            db.execute("DELETE FROM admin_login_failures WHERE at < ?", (now - WINDOW_S - LOCK_S,))


def check_name(name: str) -> str:
    """``check_name(" Lan ")`` → ``"lan"``; letters, digits, ``. _ -``, 2–64 characters."""
    name = (name or "").strip().lower()
    if not _NAME.match(name):
        raise AccountError("tên đăng nhập gồm 2–64 chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang")
    return name


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_CHARS:
        raise AccountError(f"mật khẩu cần ít nhất {MIN_PASSWORD_CHARS} ký tự")


def _user(row) -> User:  # type: ignore[no-untyped-def]
    return User(row["name"], row["role"], row["session_salt"], row["created_at"], row["last_login_at"])
