"""Single-flight: one synthesis per key across threads and worker processes.

An exclusive ``flock`` on ``<dir>/<key>.lock``: each holder opens its own file description, so the lock
excludes other threads of this process as well as other processes, and the kernel drops it if a worker dies
(even on ``kill -9``), so a crash never leaves a key locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from audio_cache.keys import is_valid_key


def _open(lock_dir: str | os.PathLike[str], key: str) -> int:
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
