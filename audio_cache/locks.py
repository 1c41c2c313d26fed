"""Single-flight: one synthesis per key across threads and worker processes.

An exclusive ``flock`` on ``<dir>/<key>.lock``: each holder opens its own file description, so the lock
excludes other threads of this process as well as other processes, and the kernel drops it if a worker dies
(even on ``kill -9``), so a crash never leaves a key locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
from collections.abc import Iterator
from pathlib import Path


def _open(lock_dir: str | os.PathLike[str], key: str) -> int:
    from audio_cache.blobs import is_valid_key  # blobs imports this module

    if not is_valid_key(key):
        raise ValueError(f"not a key: {key!r}")
    directory = Path(lock_dir)
    directory.mkdir(parents=True, exist_ok=True)
    return os.open(directory / f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o644)


@contextlib.contextmanager
def key_lock(lock_dir: str | os.PathLike[str], key: str) -> Iterator[None]:
    """Hold the lock for ``key`` for the duration of the block (blocking)."""
    fd = _open(lock_dir, key)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextlib.contextmanager
def try_key_lock(lock_dir: str | os.PathLike[str], key: str) -> Iterator[bool]:
    """Take the lock for ``key`` only if it is free; yields whether it was taken (eviction skips busy keys)."""
    fd = _open(lock_dir, key)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b") ", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return None


def worker_id() -> str:
    """``host:pid:start`` — who runs a job, so another process on the host can tell a dead owner, even when a
    restarted container hands the same pid to a new process."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or 0}"


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie — killed, not yet reaped — counts as dead)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b") ", 1)[1][:1] != b"Z"
    except (OSError, IndexError):
        return True


def worker_alive(worker: str | None) -> bool | None:
    """True/False for a worker on this host; None when it runs elsewhere (only a heartbeat can tell)."""
    parts = (worker or "").rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return False
    host, pid, started = parts[0], int(parts[1]), parts[2]
    if host != socket.gethostname():
        return None
    if not pid_alive(pid):
        return False
    actual = _start_time(pid)
    return actual is None or started in ("0", actual)
