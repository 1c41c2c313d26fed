"""Blobs by key in sharded directories, written atomically.

``store.path("ab12…", "mp3")`` → ``<root>/ab/12/ab12….mp3``. A writer writes a temp file in the same
directory, fsyncs it and renames it into place, so a reader sees the whole file or none.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_KEY = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^[a-z0-9]{1,8}$")
TEMP_PREFIX = ".tmp-"


def is_valid_key(key: str) -> bool:
    """Keys are lowercase sha256 hex: ``is_valid_key("../etc") is False``."""
    return bool(_KEY.match(key))


def content_key(data: bytes) -> str:
    """``content_key(b"")`` → sha256 hex of the bytes."""
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Files under ``root`` addressed by a 64-hex key and an extension."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, key: str, ext: str) -> Path:
        """Where ``key.ext`` lives; refuses anything that is not a key (no path tricks)."""
        if not is_valid_key(key) or not _EXT.match(ext):
            raise ValueError(f"not a blob key: {key!r}.{ext!r}")
        return self.root / key[:2] / key[2:4] / f"{key}.{ext}"

    def exists(self, key: str, ext: str) -> bool:
        return self.path(key, ext).is_file()

    def read_bytes(self, key: str, ext: str) -> bytes:
        return self.path(key, ext).read_bytes()

    @contextlib.contextmanager
    def writer(self, key: str, ext: str) -> Iterator[BinaryIO]:
        """Write ``key.ext`` atomically; on any error the temp file is removed and nothing appears."""
        final = self.path(key, ext)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=final.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, final)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
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

    def files(self) -> Iterator[Path]:
        """Every blob (not temp files)."""
        for path in self.root.glob("??/??/*"):
            if path.is_file() and not path.name.startswith(TEMP_PREFIX):
                yield path
