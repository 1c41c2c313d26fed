"""Storage for narrations: content-addressed blobs, the SQLite index, and single-flight locks.

No Flask here: the web layer and the job runner both use these directly.
"""

from audio_cache.blobs import BlobStore, is_valid_key
from audio_cache.index import Index
from audio_cache.locks import key_lock

__all__ = ["BlobStore", "Index", "is_valid_key", "key_lock"]
