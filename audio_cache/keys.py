"""Blob keys: lowercase sha256 hex. A leaf module: blobs, locks and the web layer all check keys with it."""

from __future__ import annotations

import hashlib
import re

_KEY = re.compile(r"[0-9a-f]{64}")


def is_valid_key(key: str) -> bool:
    """Keys are lowercase sha256 hex, all of the string: ``is_valid_key("../etc") is False``.

    >>> is_valid_key("ab" * 32), is_valid_key("ab" * 32 + "\\n")
    (True, False)
    """
    return isinstance(key, str) and _KEY.fullmatch(key) is not None


def content_key(data: bytes) -> str:
    """``content_key(b"")`` → sha256 hex of the bytes."""
    return hashlib.sha256(data).hexdigest()
