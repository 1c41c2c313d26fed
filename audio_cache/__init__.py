"""Storage for narrations: content-addressed blobs, the SQLite index, single-flight locks, eviction and GC.

No Flask here: the web layer, the job runner and the CLI all use these directly.
"""

from audio_cache.blobs import BlobStore, CorruptBlob, StoreFull, is_disk_full
from audio_cache.index import Index
from audio_cache.jobs import Job
from audio_cache.keys import is_valid_key
from audio_cache.locks import key_lock, try_key_lock

__all__ = ["BlobStore", "CorruptBlob", "Index", "Job", "StoreFull", "is_disk_full", "is_valid_key", "key_lock",
           "try_key_lock"]
