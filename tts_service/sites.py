"""Per-site settings an admin sets in the console: engine chain, voice, MP3 bitrate, whether listeners may
download, and the site's own extraction profile (uploaded JSON, kept under ``<data_dir>/profiles``); and for
reading pages the widget is embedded in (``tts_service.pages``): whether the site's pages may be fetched, which
addresses are articles, how often a page is checked again, and the site's fetch and character limits.

    sites = SiteStore(settings.db_path, settings.data_dir / "profiles")
    sites.save(SiteSettings("huecity.gov.vn", engines=("gtts", "espeak"), bitrate=64, download=False))
    sites.for_url("https://www.huecity.gov.vn/bai-1")   # → those settings (a site covers its sub-domains)
    sites.profiles()                                   # uploaded profiles first, then the shipped ones

Settings live in the index (on the scale-out stack, its shared database), so every worker process on every host
reads the same; each process re-reads them at most every :data:`REFRESH_S` seconds (a change reaches every
worker within that time). Uploaded profiles are files on the host that received them. A site not listed uses the
service's own settings (``TTS_ENGINE``, ``TTS_SITE_ENGINES``, ``TTS_VOICE``, ``TTS_MP3_BITRATE``, and for pages
``TTS_ALLOWED_HOSTS``, ``TTS_PAGE_RECHECK_S``, ``TTS_PAGE_DAILY_CHARS``, ``TTS_PAGE_FETCH_PER_MINUTE``,
``TTS_PAGE_FETCH_CONCURRENCY``).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from audio_cache.db import PostgresDatabase, SQLiteDatabase
from audio_cache.site_settings import create_schema
from tts_service.errors import BadInput
from tts_service.extract.profiles import SiteProfile, host_matches, load_profiles, profile_from_dict

REFRESH_S = 2.0
_PAGE_FIELDS = ("read_pages", "article_pattern", "recheck_s", "daily_chars", "fetch_per_minute", "fetch_concurrency")


@dataclass(frozen=True)
class SiteSettings:
    """One site's choices; empty ones fall back to the service's settings."""

    host: str
    engines: tuple[str, ...] = ()
    voice: str | None = None
    bitrate: int | None = None
    download: bool = True
    updated_at: float = 0.0
    updated_by: str | None = None
    read_pages: bool | None = None
    article_pattern: str | None = None
    recheck_s: int | None = None
    daily_chars: int | None = None
    fetch_per_minute: int | None = None
    fetch_concurrency: int | None = None

    def __post_init__(self) -> None:
        check_page_settings(self)

    def covers(self, host: str) -> bool:
        """``SiteSettings("hue.gov.vn").covers("www.hue.gov.vn")`` → True."""
        return host == self.host or host.endswith("." + self.host)


def _column(value: object) -> object:
    """A value as the INTEGER columns take it on either database: ``True`` → ``1``."""
    return int(value) if isinstance(value, bool) else value


class SiteStore:
    """Site settings in the index (a SQLite file, or the stores' shared database) and uploaded profiles in
    ``profiles_dir``."""

    def __init__(self, db: str | Path | SQLiteDatabase | PostgresDatabase, profiles_dir: str | Path) -> None:
        self.db = db if isinstance(db, SQLiteDatabase | PostgresDatabase) else SQLiteDatabase(db)
        self.profiles_dir = Path(profiles_dir)
        if self.db.dialect == "sqlite":  # a shared database gets its tables from `flask tts db upgrade`
            with self.db.transaction() as c:
                create_schema(c)
        self._lock = threading.Lock()
        self._snapshot: tuple[float, list[SiteSettings]] = (0.0, [])
        self._profiles: tuple[tuple, tuple[SiteProfile, ...]] | None = None

    # --- settings ---------------------------------------------------------------------------------------

    def all(self) -> list[SiteSettings]:
        with self.db.connect() as db:
            rows = db.execute("SELECT * FROM site_settings ORDER BY host").fetchall()
        return [SiteSettings(r["host"], tuple(e for e in r["engines"].split(",") if e), r["voice"], r["bitrate"],
                             bool(r["download"]), r["updated_at"], r["updated_by"],
                             None if r["read_pages"] is None else bool(r["read_pages"]),
                             *(r[name] for name in _PAGE_FIELDS[1:])) for r in rows]

    def get(self, host: str) -> SiteSettings | None:
        return next((s for s in self.all() if s.host == host), None)

    def for_url(self, url: str | None) -> SiteSettings | None:
        """The settings of the most specific site covering ``url``'s host (cached for :data:`REFRESH_S`)."""
        try:
            host = (urlsplit(url).hostname or "").rstrip(".").lower() if url else ""
        except ValueError:
            return None
        return self.for_host(host)

    def for_article(self, url: str | None, site: str | None) -> SiteSettings | None:
        """The settings an article follows: those of its address's host, else of the site it belongs to (the
        site of the key that pushed an article without an address)."""
        return self.for_url(url) or self.for_host(site)

    def downloads_allowed(self, readers: list[tuple[str | None, str | None]]) -> bool:
        """Whether listeners may save audio read by these articles (``(url, site)`` each): not when every one of
        them belongs to a site whose admin turned downloads off. Audio of no known article may be saved."""
        return not readers or any((s := self.for_article(url, site)) is None or s.download for url, site in readers)

    def for_host(self, host: str | None) -> SiteSettings | None:
        """The settings of the most specific site covering ``host``: ``for_host("www.hue.gov.vn")`` → the
        settings of ``hue.gov.vn`` when there is no ``www.hue.gov.vn`` of its own (cached for :data:`REFRESH_S`)."""
        if not host:
            return None
        with self._lock:
            taken, sites = self._snapshot
            if time.monotonic() - taken > REFRESH_S:
                sites = self.all()
                self._snapshot = (time.monotonic(), sites)
        matches = [s for s in sites if s.covers(host)]
        return max(matches, key=lambda s: len(s.host)) if matches else None

    def save(self, site: SiteSettings, by: str | None = None) -> None:
        """Store every setting of ``site`` (a new site is added; a value of None is the service's setting)."""
        columns = ("engines", "voice", "bitrate", "download", *_PAGE_FIELDS, "updated_at", "updated_by")
        values = (",".join(site.engines), site.voice, site.bitrate, int(site.download),
                  *(_column(getattr(site, n)) for n in _PAGE_FIELDS), time.time(), by)
        with self.db.connect() as db:
            db.execute(f"INSERT INTO site_settings (host, {', '.join(columns)})"  # noqa: S608 - fixed names
                       f" VALUES (?, {', '.join('?' for _ in columns)}) ON CONFLICT(host) DO UPDATE SET "
                       + ", ".join(f"{c} = excluded.{c}" for c in columns), (site.host, *values))
        self.forget_cache()

    def delete(self, host: str) -> None:
        with self.db.connect() as db:
            db.execute("DELETE FROM site_settings WHERE host = ?", (host,))
        self.remove_profile(host)
        self.forget_cache()

    def forget_cache(self) -> None:
        with self._lock:
            self._snapshot = (0.0, [])
            self._profiles = None

    # --- extraction profiles ------------------------------------------------------------------------------

    def profile_path(self, host: str) -> Path:
        return self.profiles_dir / f"{host}.json"

    def save_profile(self, host: str, data: bytes) -> SiteProfile:
        """Validate an uploaded profile (JSON object, known keys, CSS selectors that compile, hosts that cover
        ``host``) and keep it; ``BadInput`` says what is wrong and nothing is written."""
        try:
            document = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise BadInput(f"Hồ sơ không phải JSON hợp lệ: {exc}.") from None
        if isinstance(document, list):
            raise BadInput("Mỗi trang một hồ sơ: tải lên một đối tượng JSON, không phải danh sách.")
        profile = profile_from_dict(document, f"hồ sơ của {host}")
        if not any(host_matches(host, pattern) or host_matches(pattern.removeprefix("*."), f"*.{host}")
                   for pattern in profile.hosts):
            raise BadInput(f"Hồ sơ áp dụng cho {', '.join(profile.hosts)}, không cho {host}: sửa mục 'hosts'.")
        self.profiles_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.profiles_dir, prefix=".profile-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=1)
            os.replace(tmp, self.profile_path(host))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.forget_cache()
        return profile

    def remove_profile(self, host: str) -> bool:
        try:
            self.profile_path(host).unlink()
        except FileNotFoundError:
            return False
        self.forget_cache()
        return True

    def has_profile(self, host: str) -> bool:
        return self.profile_path(host).is_file()

    def profiles(self) -> tuple[SiteProfile, ...]:
        """Uploaded profiles (they win over shipped ones for the same host), then the shipped ones; re-read
        when a file in the folder changes."""
        files = sorted(self.profiles_dir.glob("*.json")) if self.profiles_dir.is_dir() else []
        stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
        with self._lock:
            if self._profiles is not None and self._profiles[0] == stamp:
                return self._profiles[1]
        loaded = load_profiles(files) if files else load_profiles()
        with self._lock:
            self._profiles = (stamp, loaded)
        return loaded


#: The bounds of each page-reading number (inclusive), as the console's form and the CLI check them.
PAGE_LIMITS = {"recheck_s": (60, 365 * 86400), "daily_chars": (0, 10**9), "fetch_per_minute": (1, 600),
               "fetch_concurrency": (1, 16)}
ARTICLE_PATTERN_MAX = 500


def check_page_settings(site: SiteSettings) -> None:
    """A clear ``BadInput`` for a value the page reader cannot use: ``recheck_s`` 60 s–1 year, ``daily_chars``
    0–10⁹ (0: no new narrations), ``fetch_per_minute`` 1–600, ``fetch_concurrency`` 1–16, and an article
    pattern that is a valid regular expression of at most 500 characters."""
    for name, (low, high) in PAGE_LIMITS.items():
        value = getattr(site, name)
        if value is not None and not low <= value <= high:
            raise BadInput(f"{name} của {site.host} phải trong khoảng {low}–{high}, không phải {value}.")
    if site.article_pattern is not None:
        if len(site.article_pattern) > ARTICLE_PATTERN_MAX:
            raise BadInput(f"Mẫu địa chỉ bài viết dài quá {ARTICLE_PATTERN_MAX} ký tự.")
        try:
            re.compile(site.article_pattern)
        except re.error as exc:
            raise BadInput(f"Mẫu địa chỉ bài viết không hợp lệ: {exc}.") from None
