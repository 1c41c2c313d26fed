"""Single-flight: one synthesis per key across threads and worker processes.

An exclusive ``flock`` on ``<dir>/<key>.lock``: each holder opens its own file description, so the lock
excludes other threads of this process as well as other processes, and the kernel drops it if a worker dies
(even on ``kill -9``), so a crash never leaves a key locked. The holder removes the file before it lets go,
so lock files do not pile up; a waiter that then gets a lock on a removed file sees it is no longer the one
at the path and starts again (:func:`_locked`).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from audio_cache.keys import is_valid_key


def _path(lock_dir: str | os.PathLike[str], key: str) -> Path:
    if not is_valid_key(key):
        raise ValueError(f"not a key: {key!r}")
    directory = Path(lock_dir)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"{key}.lock"


def _locked(path: Path, wait: bool) -> int | None:
    """An open descriptor holding the lock on the file now at ``path``; None when busy and not ``wait``."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        try:
            current = os.stat(path).st_ino
        except FileNotFoundError:
            current = None
        if current == os.fstat(fd).st_ino:
            return fd
        os.close(fd)  # the holder removed this file as we waited: lock the one at the path now


def _release(path: Path, fd: int) -> None:
    """Remove the file while still holding it (a waiter then starts again), then let go."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


@contextlib.contextmanager
def key_lock(lock_dir: str | os.PathLike[str], key: str) -> Iterator[None]:
    """Hold the lock for ``key`` for the duration of the block (blocking)."""
    path = _path(lock_dir, key)
    fd = _locked(path, wait=True)
    assert fd is not None
    try:
        yield
    finally:
        _release(path, fd)


@contextlib.contextmanager
def try_key_lock(lock_dir: str | os.PathLike[str], key: str) -> Iterator[bool]:
    """Take the lock for ``key`` only if it is free; yields whether it was taken (eviction skips busy keys)."""
    path = _path(lock_dir, key)
    fd = _locked(path, wait=False)
    if fd is None:
        yield False
        return
    try:
        yield True
    finally:
        _release(path, fd)
