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


def worker_id() -> str:
    """``host:pid`` — who runs a job, so another process on the host can tell a dead owner."""
    return f"{socket.gethostname()}:{os.getpid()}"


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
    if not worker or ":" not in worker:
        return False
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return None
    return pid_alive(int(pid))
