"""Blobs in an S3-compatible object store shared by every host, with this host's data dir as a read-through cache.

    store = ObjectBlobStore("var/audio", checksums, url="https://KEY:SECRET@s3.example.vn/dbv-audio/")
    store.put(key, "mp3", data)      # written here, then uploaded to <bucket>/<prefix>ab/12/<key>.mp3
    store.open_verified(key, "mp3")  # another host: fetched once, checked, then served from its own disk

The bucket is the truth; each host keeps what it wrote or read as ordinary blob files, so everything that
serves a file — ``sendfile``, the worker's audio lane, nginx's ``X-Accel-Redirect``, Range and ETag — works
unchanged, and a cached MP3 costs a host one GET however often it is played.

Written once, never torn: an object is uploaded only once its local file is complete, to its final name,
with ``If-None-Match: *`` (the first writer wins; a key names one content) and its SHA-256 as a checksum the
server verifies before it stores anything (a body damaged on the way is refused, not kept) and as metadata
(``sha256``) that a host checks what it downloads against before it keeps or plays it. A host that finds
another writer's object under the name keeps that one instead of its own, so every host serves one version.
Works with AWS S3, MinIO, Ceph, SeaweedFS and Garage (anything that speaks S3 with conditional PUTs).
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import parse_qs, unquote, urlsplit

from audio_cache.blobs import BlobInfo, BlobStore, Checksums, CorruptBlob
from audio_cache.db import StoreUnavailable
from audio_cache.keys import is_valid_key


class ObjectStoreUnavailable(StoreUnavailable):
    """The object store cannot be reached or refused the request; nothing was stored."""


def parse_s3_url(url: str) -> dict[str, Any]:
    """``TTS_S3_URL`` → where and how to connect.

    >>> parse_s3_url("http://ak:s%2Fk@127.0.0.1:8333/dbv-audio/site1?region=eu-west-1")["prefix"]
    'site1/'
    """
    parts = urlsplit(url)
    bucket, _, prefix = parts.path.lstrip("/").partition("/")
    if parts.scheme not in ("http", "https") or not bucket or not parts.hostname:
        raise ValueError("TTS_S3_URL must look like https://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix]")
    port = f":{parts.port}" if parts.port else ""
    return {
        "endpoint": f"{parts.scheme}://{parts.hostname}{port}",
        "access_key": unquote(parts.username or ""),
        "secret_key": unquote(parts.password or ""),
        "bucket": bucket,
        "prefix": prefix.strip("/") + "/" if prefix.strip("/") else "",
        "region": parse_qs(parts.query).get("region", ["us-east-1"])[0],
    }


class ObjectBlobStore(BlobStore):
    """A :class:`BlobStore` whose blobs live in a bucket; ``root`` is this host's cache of them."""

    def __init__(self, root: str | os.PathLike[str], checksums: Checksums | None, *, url: str) -> None:
        super().__init__(root, checksums)
        self.s3 = parse_s3_url(url)
        self.bucket = self.s3["bucket"]
        self._clients: dict[int, Any] = {}
        self._clients_lock = threading.Lock()

    # --- the bucket ---------------------------------------------------------------------------------------

    @property
    def client(self) -> Any:
        """A boto3 client for this process (clients are thread-safe, not fork-safe)."""
        pid = os.getpid()
        with self._clients_lock:
            client = self._clients.get(pid)
            if client is None:
                import boto3
                from botocore.config import Config

                client = boto3.client(
                    "s3", endpoint_url=self.s3["endpoint"], aws_access_key_id=self.s3["access_key"],
                    aws_secret_access_key=self.s3["secret_key"], region_name=self.s3["region"],
                    config=Config(connect_timeout=5, read_timeout=60, retries={"max_attempts": 3, "mode": "standard"},
                                  s3={"addressing_style": "path"}, max_pool_connections=32,
                                  request_checksum_calculation="when_required",
                                  response_checksum_validation="when_required"),
                )
                self._clients = {pid: client}
        return client

    def object_name(self, key: str, ext: str) -> str:
        """``<prefix>ab/12/ab12….mp3``, the same layout as on disk."""
        self.path(key, ext)  # refuses anything that is not a key
        return f"{self.s3['prefix']}{key[:2]}/{key[2:4]}/{key}.{ext}"

    @contextlib.contextmanager
    def _calls(self, what: str) -> Iterator[None]:
        """Connection failures and server errors become :class:`ObjectStoreUnavailable` (a 503)."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            yield
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            raise ObjectStoreUnavailable(f"object store refused {what}: {code} {exc}") from exc
        except BotoCoreError as exc:
            raise ObjectStoreUnavailable(f"object store unavailable ({what}): {exc}") from exc

    def _head(self, key: str, ext: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        with self._calls("HEAD"):
            try:
                return self.client.head_object(Bucket=self.bucket, Key=self.object_name(key, ext))
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                    return None
                raise

    def create_bucket(self) -> bool:
        """Make the bucket if it does not exist (a deploy step, with ``db upgrade``); True when it was made."""
        from botocore.exceptions import ClientError

        with self._calls("create bucket"):
            try:
                self.client.head_bucket(Bucket=self.bucket)
                return False
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") not in ("404", "NoSuchBucket", "NotFound"):
                    raise
            self.client.create_bucket(Bucket=self.bucket)
            return True

    # --- reading: fetched once into the local cache, checked against the object's own checksum ------------

    def _fetch(self, key: str, ext: str) -> bool:
        """Download ``key.ext`` into the local cache; False when the bucket has no such object. An object that
        does not match its checksum twice is damaged in the bucket: it is deleted (the next synthesis stores
        it again) and :class:`CorruptBlob` raised."""
        try:
            return self._download(key, ext)
        except CorruptBlob:
            try:
                return self._download(key, ext)
            except CorruptBlob:
                with self._calls("DELETE"):
                    self.client.delete_object(Bucket=self.bucket, Key=self.object_name(key, ext))
                raise

    def _download(self, key: str, ext: str) -> bool:
        from botocore.exceptions import ClientError

        with self._calls("GET"):
            try:
                answer = self.client.get_object(Bucket=self.bucket, Key=self.object_name(key, ext))
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                    return False
                raise
            expected = answer.get("Metadata", {}).get("sha256")
            with BlobStore.writer(self, key, ext) as fh:  # a local temp file, published only when checked
                sha = hashlib.sha256()
                for chunk in answer["Body"].iter_chunks(1 << 20):
                    sha.update(chunk)
                    fh.write(chunk)
                if expected and sha.hexdigest() != expected:
                    raise CorruptBlob(errno.EIO, f"object {key}.{ext} does not match its checksum; not kept")
        return True

    def _local(self, key: str, ext: str) -> bool:
        """Whether the blob is in the local cache, fetching it from the bucket when it is not."""
        return BlobStore.exists(self, key, ext) or self._fetch(key, ext)

    def exists(self, key: str, ext: str) -> bool:
        return BlobStore.exists(self, key, ext) or self._head(key, ext) is not None

    def size(self, key: str, ext: str) -> int:
        if BlobStore.exists(self, key, ext):
            return super().size(key, ext)
        head = self._head(key, ext)
        if head is None:
            raise FileNotFoundError(errno.ENOENT, f"no blob {key}.{ext}")
        return int(head["ContentLength"])

    def read_bytes(self, key: str, ext: str) -> bytes:
        """The blob's bytes; a damaged copy on this host is replaced by the bucket's."""
        if not self._local(key, ext):
            raise FileNotFoundError(errno.ENOENT, f"no blob {key}.{ext}")
        try:
            return super().read_bytes(key, ext)
        except CorruptBlob:  # removed here; the bucket's copy is checked as it comes
            if not self._fetch(key, ext):
                raise
            return super().read_bytes(key, ext)

    def open_verified(self, key: str, ext: str, *, trusted_only: bool = False
                      ) -> tuple[BinaryIO, os.stat_result] | None:
        """As :meth:`BlobStore.open_verified`; a blob not yet on this host is fetched first — except with
        ``trusted_only`` (an event loop must not wait on the network): then None, and the caller's slower
        path fetches it."""
        if not trusted_only and not self._local(key, ext):
            return None
        try:
            return super().open_verified(key, ext, trusted_only=trusted_only)
        except CorruptBlob:  # this host's copy was damaged (and removed): the bucket's, checked as it comes
            if trusted_only or not self._fetch(key, ext):
                raise
            return super().open_verified(key, ext)

    # --- writing: locally first, then one conditional, checksummed upload ---------------------------------

    @contextlib.contextmanager
    def writer(self, key: str, ext: str) -> Iterator[BinaryIO]:
        """Write ``key.ext`` locally (atomically, as :meth:`BlobStore.writer`), then upload the complete file.
        When the upload fails, the local file goes too: no host serves what the bucket does not have."""
        with super().writer(key, ext) as fh:
            yield fh
        try:
            self._upload(key, ext)
        except BaseException:
            BlobStore.delete(self, key, ext)
            raise

    def _upload(self, key: str, ext: str) -> None:
        from botocore.exceptions import ClientError

        path = self.path(key, ext)
        sha = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                sha.update(chunk)
        with self._calls("PUT"), open(path, "rb") as body:
            try:
                answer = self.client.put_object(
                    Bucket=self.bucket, Key=self.object_name(key, ext), Body=body, IfNoneMatch="*",
                    ChecksumSHA256=base64.b64encode(sha.digest()).decode(), Metadata={"sha256": sha.hexdigest()},
                    ContentType=_CONTENT_TYPES.get(ext, "application/octet-stream"),
                    CacheControl="public, max-age=31536000, immutable",
                )
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") not in ("PreconditionFailed", "412"):
                    raise
                answer = None  # another host wrote this key first: its object is the one every host serves
        if answer is None:
            head = self._head(key, ext)
            if head is not None and head.get("Metadata", {}).get("sha256") != sha.hexdigest():
                BlobStore.delete(self, key, ext)  # keep the bucket's version, not ours
                self._fetch(key, ext)
            return
        returned = answer.get("ChecksumSHA256")
        if returned and returned != base64.b64encode(sha.digest()).decode():
            raise ObjectStoreUnavailable(f"object store stored {key}.{ext} with another checksum")

    def delete(self, key: str, ext: str) -> int:
        """Remove the object and this host's copy; returns the bytes freed in the bucket (0 if absent)."""
        head = self._head(key, ext)
        if head is not None:
            with self._calls("DELETE"):
                self.client.delete_object(Bucket=self.bucket, Key=self.object_name(key, ext))
        local = BlobStore.delete(self, key, ext)
        return int(head["ContentLength"]) if head is not None else local

    # --- listing: the bucket's blobs (every host's), for GC and stats --------------------------------------

    def blobs(self) -> Iterator[BlobInfo]:
        prefix = self.s3["prefix"]
        with self._calls("LIST"):
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
            for page in pages:
                for item in page.get("Contents", ()):
                    name = item["Key"][len(prefix):].rsplit("/", 1)[-1]
                    key, _, ext = name.partition(".")
                    if is_valid_key(key) and ext:
                        yield BlobInfo(key, ext, Path(self.path(key, ext)), int(item["Size"]),
                                       item["LastModified"].timestamp())

    def ping(self) -> None:
        """Raise :class:`ObjectStoreUnavailable` unless the bucket answers (``/healthz``)."""
        with self._calls("HEAD bucket"):
            self.client.head_bucket(Bucket=self.bucket)


_CONTENT_TYPES = {"mp3": "audio/mpeg", "json": "application/json", "vtt": "text/vtt; charset=utf-8",
                  "flac": "audio/flac", "wav": "audio/wav", "segmp3": "audio/mpeg"}
