"""Deleting a published article — the CMS API's ``DELETE /api/v1/articles/<id>`` and the admin console's
"Xoá bài" do the same (decision 0044): the article is forgotten and its audio files go at once.

    removed = unpublish(narrator, "bai-1")   # → 1: one narration's MP3, marks and captions removed; None: no article

Only the narrations no other article reads lose their files (two articles with the same text share one audio);
one being made right now keeps its files until garbage collection. The cached segments stay for garbage
collection too: they hold sentences, which other articles may share. Its quality reports and listening counts
go with it.
"""

from __future__ import annotations

from audio_cache.index import forget_narration
from tts_service.pipeline import Narrator


def unpublish(narrator: Narrator, article_id: str) -> int | None:
    """Forget ``article_id`` and remove the files of every narration only it read; returns how many narrations'
    files were removed, or None when there was no such article."""
    keys = narrator.publishing.unpublish(article_id)
    if keys is None:
        return None
    removed = []
    for key in keys:
        with narrator.locks.try_key_lock(key) as free:  # the cluster's lock on the scale-out stack
            if not free:
                continue
            for ext in ("mp3", "json", "vtt"):
                narrator.store.delete(key, ext)
            forget_narration(narrator.stores, key)
            removed.append(key)
    narrator.quality.forget(removed)
    narrator.listening.store.forget(article_id)
    return len(removed)
