"""Who runs where: a worker's identity (``host:pid:start``) and whether a process is alive. A leaf module:
blobs (temp files of dead writers), locks and the job runner use it."""

from __future__ import annotations

import os
import socket


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
