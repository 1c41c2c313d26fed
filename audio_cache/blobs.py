"""Blobs by key in sharded directories, written atomically, checked on read.

``store.path("ab12…", "mp3")`` → ``<root>/ab/12/ab12….mp3``. A writer writes a temp file in the same
directory (``.tmp-<pid>-…``), fsyncs it and publishes it with a hard link that fails if the name exists, so a
reader sees the whole file or none, and a published file is never replaced: when two processes make the same
blob at once (espeak's output differs slightly between runs), the first to publish wins and the other keeps
what it finds. A crash leaves only a temp file, which :meth:`BlobStore.remove_temp_files` clears.

The winner records the sha256 of the file it published in a :class:`Checksums` registry (the index). A blob
this process did not write is hashed once on first read and compared: a file damaged on disk (or half-copied
by an operator) is removed and reported as :class:`CorruptBlob` instead of being played — unless, by then,
the name holds another file than the one hashed (it was removed and published again meanwhile).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from audio_cache.keys import content_key, is_valid_key
from audio_cache.processes import pid_alive

_EXT = re.compile(r"^[a-z0-9]{1,8}\Z")
TEMP_PREFIX = ".tmp-"
_HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]  # temp names say which host wrote them
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class StoreFull(OSError):
    """The disk (or quota) is full: nothing was written, what was stored before is intact."""


class CorruptBlob(OSError):
    """A stored blob does not match the checksum recorded when it was written; it has been removed."""


class Checksums(Protocol):
    """Where the sha256 of each blob is remembered (the index implements this)."""

    def record_blob(self, name: str, sha256: str, size: int, *, adopt: bool = False) -> None: ...

    def blob_checksum(self, name: str) -> str | None: ...

    def forget_blob(self, name: str) -> None: ...


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS


@dataclass(frozen=True)
class BlobInfo:
    key: str
    ext: str
    path: Path
    size: int
    mtime: float


class _HashingWriter:
    """A file object that hashes what goes through it."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self._fh.write(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        """A writer that goes back (e.g. to fill in a tag) invalidates the running hash: rehash at the end."""
        self.rewound = True
        return self._fh.seek(offset, whence)

    rewound = False

    def rehash(self, path: str) -> None:
        self.sha, self.size = hashlib.sha256(), 0
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                self.sha.update(chunk)
                self.size += len(chunk)

    def __getattr__(self, name: str):  # flush, fileno, …
        return getattr(self._fh, name)


class BlobStore:
    """Files under ``root`` addressed by a 64-hex key and an extension."""

    def __init__(self, root: str | os.PathLike[str], checksums: Checksums | None = None) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._root = str(self.root)
        self.checksums = checksums
        self._trusted: dict[str, tuple[int, int]] = {}  # name → (size, mtime_ns) written or verified here
        self._lock = threading.Lock()

    def path(self, key: str, ext: str) -> Path:
        """Where ``key.ext`` lives; refuses anything that is not a key (no path tricks)."""
        return Path(self._path(key, ext))

    def _path(self, key: str, ext: str) -> str:
        if not is_valid_key(key) or not _EXT.match(ext):
            raise ValueError(f"not a blob key: {key!r}.{ext!r}")
        return f"{self._root}/{key[:2]}/{key[2:4]}/{key}.{ext}"  # a str: serving builds one per request

    def exists(self, key: str, ext: str) -> bool:
        return self.path(key, ext).is_file()

    def size(self, key: str, ext: str) -> int:
        """The blob's size in bytes (``FileNotFoundError`` when there is none)."""
        return self.path(key, ext).stat().st_size

    # --- reading, with verification --------------------------------------------------------------------

    def read_bytes(self, key: str, ext: str) -> bytes:
        """The blob's bytes, verified against its recorded checksum unless this process wrote it."""
        path = self.path(key, ext)
        with open(path, "rb") as fh:
            stat = os.fstat(fh.fileno())
            data = fh.read()
        name = f"{key}.{ext}"
        if not self._is_trusted(name, stat):
            self._check(name, path, hashlib.sha256(data).hexdigest(), stat)
        return data

    def verified_path(self, key: str, ext: str) -> Path | None:
        """The blob's path once its content is known good (hashed once per process), or None if absent."""
        opened = self.open_verified(key, ext)
        if opened is None:
            return None
        opened[0].close()
        return self.path(key, ext)

    def open_verified(self, key: str, ext: str, *, trusted_only: bool = False
                      ) -> tuple[BinaryIO, os.stat_result] | None:
        """The blob open for reading and its ``fstat``, once its content is known good; None if absent.

        The open file itself is hashed (once per process and file version), so what was checked is what
        the caller sends; a damaged file is removed and raises :class:`CorruptBlob`. ``trusted_only``: never
        hash here (a caller that must not block, such as an event loop); a file not yet checked in this
        process answers None, like an absent one, and the caller takes its slower path.
        """
        path = self._path(key, ext)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - handed to the caller
        except FileNotFoundError:
            return None
        try:
            stat = os.fstat(fh.fileno())
            name = f"{key}.{ext}"
            if not self._is_trusted(name, stat):
                if trusted_only:
                    fh.close()
                    return None
                sha = hashlib.sha256()
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    sha.update(chunk)
                self._check(name, Path(path), sha.hexdigest(), stat)
                fh.seek(0)
        except BaseException:
            fh.close()
            raise
        return fh, stat

    def _is_trusted(self, name: str, stat: os.stat_result) -> bool:
        return self._trusted.get(name) == (stat.st_size, stat.st_mtime_ns)

    def _check(self, name: str, path: Path, actual: str, stat: os.stat_result) -> None:
        expected = self.checksums.blob_checksum(name) if self.checksums else None
        if expected is not None and expected != actual:
            self._remove_damaged(name, path, actual, stat)
        if expected is None and self.checksums is not None:
            self.checksums.record_blob(name, actual, stat.st_size, adopt=True)  # older blob: adopt what is there
        with self._lock:
            self._trusted[name] = (stat.st_size, stat.st_mtime_ns)

    def _remove_damaged(self, name: str, path: Path, actual: str, stat: os.stat_result) -> None:
        """The file hashed does not match its record: remove it and raise :class:`CorruptBlob` — unless the
        record changed meanwhile and now matches, or the name now holds another file (published again after
        a removal): what another process just published is never deleted here."""
        if self.checksums is not None and self.checksums.blob_checksum(name) == actual:
            return
        try:
            now = os.stat(path)
        except FileNotFoundError:
            raise CorruptBlob(errno.EIO, f"blob {name} failed its checksum and was removed") from None
        if (now.st_ino, now.st_dev) != (stat.st_ino, stat.st_dev):
            raise CorruptBlob(errno.EIO, f"blob {name} changed while it was read; read it again")
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        if self.checksums is not None:
            self.checksums.forget_blob(name)
        raise CorruptBlob(errno.EIO, f"blob {name} failed its checksum and was removed")

    # --- writing ------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def writer(self, key: str, ext: str) -> Iterator[BinaryIO]:
        """Write ``key.ext`` atomically if it does not exist yet; on any error the temp file is removed and
        nothing appears. If another writer published ``key.ext`` first, its file stays and ours is dropped
        (idempotent: a key names one content, whoever made it); to replace a blob, :meth:`delete` it first.

        A full disk surfaces as :class:`StoreFull` whichever call hit it (write, fsync, link).
        """
        final = self.path(key, ext)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{_HOST}-{os.getpid()}-", dir=final.parent)
        except OSError as exc:
            raise _translate(exc) from exc
        try:
            with os.fdopen(fd, "wb") as raw:
                fh = _HashingWriter(raw)
                yield fh  # type: ignore[misc]
                fh.flush()
                os.fsync(fh.fileno())
            if fh.rewound:
                fh.rehash(tmp)
            published = _publish(tmp, final)
        except BaseException as exc:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            if isinstance(exc, OSError) and not isinstance(exc, StoreFull):
                raise _translate(exc) from exc
            raise
        if not published:
            return  # another process made this blob first: it stays, with the checksum its writer recorded
        name = f"{key}.{ext}"
        stat = final.stat()
        with self._lock:
            self._trusted[name] = (stat.st_size, stat.st_mtime_ns)
        if self.checksums is not None:
            try:
                self.checksums.record_blob(name, fh.sha.hexdigest(), fh.size)
            except Exception as exc:  # the index could not remember it: do not leave an unchecked blob
                with contextlib.suppress(FileNotFoundError):
                    final.unlink()
                if "full" in str(exc).lower():
                    raise StoreFull(errno.ENOSPC, f"index full while recording {name}") from exc
                raise

    def put(self, key: str, ext: str, data: bytes) -> Path:
        with self.writer(key, ext) as fh:
            fh.write(data)
        return self.path(key, ext)

    def put_content(self, data: bytes, ext: str) -> str:
        """Store ``data`` under its own sha256 and return that key."""
        key = content_key(data)
        if not self.exists(key, ext):
            self.put(key, ext, data)
        return key

    def delete(self, key: str, ext: str) -> int:
        """Remove ``key.ext``; returns the bytes freed (0 if it was not there)."""
        path = self.path(key, ext)
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            return 0
        with self._lock:
            self._trusted.pop(f"{key}.{ext}", None)
        if self.checksums is not None:
            self.checksums.forget_blob(f"{key}.{ext}")  # the next file under this name has its own
        return size

    def touch(self, key: str, ext: str) -> None:
        """Mark a blob as used now (segment cache recency for eviction)."""
        with contextlib.suppress(FileNotFoundError):
            path = self.path(key, ext)
            stat = path.stat()
            os.utime(path, ns=(time.time_ns(), stat.st_mtime_ns))

    # --- listing --------------------------------------------------------------------------------------------

    def files(self) -> Iterator[Path]:
        """Every blob (not temp files)."""
        for path in self.root.glob("??/??/*"):
            if path.is_file() and not path.name.startswith(TEMP_PREFIX):
                yield path

    def blobs(self) -> Iterator[BlobInfo]:
        for path in self.files():
            key, _, ext = path.name.partition(".")
            if not is_valid_key(key):
                continue
            with contextlib.suppress(FileNotFoundError):
                stat = path.stat()
                yield BlobInfo(key, ext, path, stat.st_size, stat.st_mtime)

    def temp_files(self) -> Iterator[Path]:
        for path in self.root.glob(f"??/??/{TEMP_PREFIX}*"):
            if path.is_file():
                yield path

    def remove_temp_files(self, older_than_s: float = 600.0) -> tuple[int, int]:
        """Delete temp files left by crashes: those of dead processes of this host, and any older than ``older_than_s``.

        Returns (files, bytes) removed. A live writer's temp file is recent and its process alive, so it stays.
        """
        count = freed = 0
        now = time.time()
        for path in self.temp_files():
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            owner = _temp_owner(path.name)
            owner_dead = owner is not None and not pid_alive(owner)
            if owner_dead or now - stat.st_mtime >= older_than_s:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    count += 1
                    freed += stat.st_size
        return count, freed


#: Filesystems without hard links answer these to ``link``; there a rename publishes (last writer wins).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK}


def _publish(tmp: str, final: Path) -> bool:
    """Give the temp file its final name unless that name exists; True when ours is the published file."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        os.unlink(tmp)
        return False
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        os.replace(tmp, final)
        return True
    os.unlink(tmp)
    return True


def _translate(exc: OSError) -> OSError:
    if is_disk_full(exc):
        return StoreFull(exc.errno or errno.ENOSPC, f"disk full: {exc.strerror or exc}")
    return exc


def _temp_owner(name: str) -> int | None:
    """``.tmp-<host>-1234-abcd`` → 1234 when written on this host (None otherwise: on a shared filesystem
    another host's pid means nothing here, so only age decides)."""
    match = re.match(rf"^{re.escape(TEMP_PREFIX)}([0-9a-f]{{8}})-(\d+)-", name)
    return int(match.group(2)) if match and match.group(1) == _HOST else None
