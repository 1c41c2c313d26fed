"""The ``site_settings`` table: each site's choices from the admin console (``tts_service.sites`` reads and
writes it). It is part of the index, so on the scale-out stack every host — web nodes and workers — reads the
same engine chain, voice and bitrate for a site, and so computes the same narration key.
"""

from __future__ import annotations

from typing import Any

from audio_cache.db import create_tables

SCHEMA = """
CREATE TABLE IF NOT EXISTS site_settings (
    host       TEXT PRIMARY KEY,
    engines    TEXT NOT NULL DEFAULT '',
    voice      TEXT,
    bitrate    INTEGER,
    download   INTEGER NOT NULL DEFAULT 1,
    updated_at REAL NOT NULL,
    updated_by TEXT
)
"""
#: Columns for reading pages (``tts_service.pages``); NULL: the service's setting.
MIGRATIONS = [
    ("site_settings", "read_pages", "INTEGER"),  # 1: its pages may be fetched; 0: never; NULL: TTS_ALLOWED_HOSTS
    ("site_settings", "article_pattern", "TEXT"),  # regular expression over path?query; NULL: the default rules
    ("site_settings", "recheck_s", "INTEGER"),
    ("site_settings", "daily_chars", "INTEGER"),
    ("site_settings", "fetch_per_minute", "INTEGER"),
    ("site_settings", "fetch_concurrency", "INTEGER"),
]


def create_schema(db: Any) -> None:
    create_tables(db, SCHEMA, MIGRATIONS)
