"""Garbage collection and eviction: keep the store inside its size budget without ever breaking a listener.

Order of what goes, cheapest loss first:

1. temp files left by crashed writers (their process is gone, or they are older than ``temp_age_s``);
2. preview parts of jobs that finished more than ``parts_age_s`` ago (the full MP3 replaced them);
3. superseded narrations — keys an article no longer reads as — once ``history_grace_s`` has passed since they
   were made or last played (pages cached by a CDN may still point at them for a while);
4. only above the budget: segment audio (FLAC), oldest first (they only speed up re-synthesis after an edit);
5. only above the budget: current narrations, least recently played first — never pinned (pre-generated) ones,
   never one with an active job, never one whose single-flight lock is held. An evicted article is made again
   from its stored text the next time it is asked for.

:func:`collect_prefixed` is the same removal for one kind of short-lived audio (the readers' selections): past
an age, or above a budget of its own, least recently played first; its index rows go with it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from audio_cache.articles import NarrationRecord
from audio_cache.blobs import BlobStore
from audio_cache.index import Stores, counts, forget_narration
from audio_cache.shared_locks import FileLocks, PostgresLocks

NARRATION_EXTS = ("mp3", "json", "vtt")
SEGMENT_EXTS = ("flac", "wav")  # PCM segments (wav: kept by an older version)


@dataclass
class GcReport:
    dry_run: bool = False
    bytes_before: int = 0
    bytes_after: int = 0
    budget_bytes: int = 0
    removed: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # what → [n, bytes]

    def add(self, what: str, size: int) -> None:
        self.removed[what][0] += 1
        self.removed[what][1] += size

    def lines(self) -> list[str]:
        out = [f"{'(dry run) ' if self.dry_run else ''}store: {_mb(self.bytes_before)} → {_mb(self.bytes_after)}"
               + (f" (budget {_mb(self.budget_bytes)})" if self.budget_bytes else " (no budget)")]
        for what in ("temp files", "job parts", "superseded narrations", "segment cache", "evicted narrations"):
            n, size = self.removed.get(what, (0, 0))
            out.append(f"  {what:<22} {n:>6}  {_mb(size):>10}")
        return out


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


def _locks(locks: FileLocks | PostgresLocks | str | Path) -> FileLocks | PostgresLocks:
    """The single-flight locks to respect: a lock directory (one host) or the cluster's locks."""
    return FileLocks(locks) if isinstance(locks, (str, Path)) else locks


def store_bytes(store: BlobStore) -> int:
    return sum(b.size for b in store.blobs())


def collect(
    store: BlobStore,
    stores: Stores,
    locks: FileLocks | PostgresLocks | str | Path,
    *,
    budget_bytes: int = 0,
    history_grace_s: float = 86_400,
    temp_age_s: float = 600,
    parts_age_s: float = 600,
    dry_run: bool = False,
    now: float | None = None,
) -> GcReport:
    """Run the five steps above; with ``dry_run`` only report what would go."""
    now = time.time() if now is None else now
    report = GcReport(dry_run=dry_run, budget_bytes=budget_bytes)
    report.bytes_before = total = store_bytes(store)

    # 1. temp files
    if dry_run:
        for path in store.temp_files():
            report.add("temp files", path.stat().st_size)
    else:
        n, size = store.remove_temp_files(older_than_s=temp_age_s)
        report.removed["temp files"] = [n, size]

    # 2. parts of finished jobs
    for job in stores.jobs.jobs(limit=100_000):
        if job.parts and not job.active and (job.finished_at or now) <= now - parts_age_s:
            for part in job.parts:
                total -= _remove(store, part["key"], ("mp3",), report, "job parts", dry_run)
            if not dry_run:
                stores.jobs.job_progress(job.job_id, job.done, job.total, [])

    active = stores.jobs.active_keys()
    narrations = stores.articles.narrations()

    # 3. superseded narrations after the grace period
    superseded = [
        r for r in narrations
        if not r.current and r.narration_key not in active
        and max(r.created_at, r.last_played_at or 0) <= now - history_grace_s
    ]
    total -= _remove_narrations(store, _locks(locks), superseded, report, "superseded narrations", dry_run,
                                lambda key: forget_narration(stores, key))

    if budget_bytes and total > budget_bytes and not active:
        # 4. segment cache, oldest first (skipped while a job may be reading it)
        wavs = sorted((b for b in store.blobs() if b.ext in SEGMENT_EXTS), key=lambda b: b.mtime)
        for blob in wavs:
            if total <= budget_bytes:
                break
            total -= _remove(store, blob.key, (blob.ext,), report, "segment cache", dry_run)

    if budget_bytes and total > budget_bytes:
        # 5. current, unpinned narrations, least recently played first
        candidates = sorted(
            (r for r in narrations if r.current and not r.pinned and r.evicted_at is None
             and r.narration_key not in active),
            key=lambda r: r.last_played_at or r.created_at,
        )
        total -= _remove_narrations(store, _locks(locks), candidates, report, "evicted narrations", dry_run,
                                    stores.articles.mark_evicted, over=total - budget_bytes)

    report.bytes_after = total if dry_run else store_bytes(store)
    return report


def _remove_narrations(
    store: BlobStore, locks: FileLocks | PostgresLocks, records: Iterable[NarrationRecord], report: GcReport,
    label: str, dry_run: bool, record_removal: Callable[[str], None], over: int | None = None,
) -> int:
    """Remove each narration nobody is synthesising (its key lock is free), until ``over`` bytes are gone
    when a limit is given; ``record_removal(key)`` notes it in the index. Returns the bytes removed."""
    removed = 0
    for record in records:
        if over is not None and removed >= over:
            break
        with locks.try_key_lock(record.narration_key) as free:
            if not free:
                continue
            removed += _remove(store, record.narration_key, NARRATION_EXTS, report, label, dry_run)
            if not dry_run:
                record_removal(record.narration_key)
    return removed


def _remove(store: BlobStore, key: str, exts: tuple[str, ...], report: GcReport, what: str,
            dry_run: bool) -> int:
    freed = 0
    for ext in exts:
        path = store.path(key, ext)
        if dry_run:
            freed += path.stat().st_size if path.is_file() else 0
        else:
            freed += store.delete(key, ext)  # its checksum record goes with it
    if freed:
        report.removed[what][0] += 1
        report.removed[what][1] += freed
    return freed


def stats(store: BlobStore, stores: Stores) -> dict:
    """Sizes by kind of blob, temp files, and index counts (``flask tts stats``)."""
    by_ext: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for blob in store.blobs():
        by_ext[blob.ext][0] += 1
        by_ext[blob.ext][1] += blob.size
    temps = list(store.temp_files())
    return {
        "blobs": {ext: {"files": n, "bytes": size} for ext, (n, size) in sorted(by_ext.items())},
        "total_bytes": sum(size for _, size in by_ext.values()),
        "temp_files": len(temps),
        **counts(stores),
    }


def collect_prefixed(
    store: BlobStore, stores: Stores, locks: FileLocks | PostgresLocks | str | Path, prefix: str, *,
    max_age_s: float, budget_bytes: int,
    now: float | None = None,
) -> int:
    """Remove the audio of articles whose id starts with ``prefix`` once older than ``max_age_s`` (since made or
    last played), then the least recently played until they take at most ``budget_bytes``. Returns how many."""
    now = time.time() if now is None else now
    mine = sorted((r for r in stores.articles.narrations() if r.article_id.startswith(prefix) and r.evicted_at is None),
                  key=lambda r: max(r.created_at, r.last_played_at or 0))
    total = sum(r.size_bytes for r in mine)
    removed = 0
    report = GcReport()
    for record in mine:
        if max(record.created_at, record.last_played_at or 0) > now - max_age_s and total <= budget_bytes:
            break
        with _locks(locks).try_key_lock(record.narration_key) as free:
            if not free:
                continue
            if not stores.articles.read_by_others(record.narration_key, prefix):  # the same audio, published
                _remove(store, record.narration_key, NARRATION_EXTS, report, prefix, dry_run=False)
                forget_narration(stores, record.narration_key)
            stores.articles.forget_article(record.article_id)
        total -= record.size_bytes
        removed += 1
    return removed
