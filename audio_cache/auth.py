"""API keys belong to auth: how a key is turned into what is stored (a hash, never the key itself)."""

from __future__ import annotations

import hashlib


def hash_api_key(secret: str) -> str:
    """Keys are stored as sha256 hex, never in clear: ``hash_api_key("k")`` → 64 hex chars.

    >>> hash_api_key("k")[:12]
    '8254c329a928'
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
