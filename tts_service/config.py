"""One Settings object, read from ``TTS_*`` environment variables and validated at start-up.

A wrong value stops the service with a message that names the variable and what it accepts:
``TTS_PORT=abc`` → ``ConfigError: TTS_PORT must be a whole number 1–65535, got 'abc'``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from audio_cache.auth import hash_api_key


class ConfigError(ValueError):
    """A configuration value is wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Defaults are the embedded default: offline espeak, files under ./var, SQLite."""

    port: int = 8000
    data_dir: Path = Path("var")
    api_key_hashes: frozenset[str] = frozenset()
    engine: tuple[str, ...] = ("espeak",)
    voice: str | None = None
    rate: int | None = None
    mp3_bitrate: int = 48
    max_chars: int | None = None  # a cap on every engine's own chunk bound; None: each engine's own
    max_request_bytes: int = 5 * 1024 * 1024
    max_article_chars: int = 200_000
    max_spoken_chars: int = 300_000  # spoken characters an article may become (≈ 6 h of audio at 14 chars/s)
    max_spoken_ratio: float = 3.0  # spoken ÷ written characters past 2 000 (news text reads at ≈ 1.45)
    allowed_hosts: tuple[str, ...] = ()
    allow_private_fetch: bool = False
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32), repr=False)
    demo: bool = True
    # Engines and assembly (issue #5)
    loudness_lufs: float = -16.0
    true_peak_dbtp: float = -1.0
    gtts_tld: str = "com"
    gtts_url: str | None = None
    gtts_timeout: float = 10.0
    gtts_retries: int = 4
    gtts_backoff: float = 0.5
    gtts_rps: float = 2.0
    gtts_concurrency: int = 2
    gtts_breaker_429s: int = 3
    gtts_breaker_cooldown: float = 300.0
    gtts_breaker_failures: int = 10
    edge_timeout: float = 20.0
    piper_model: Path | None = None
    #: Per-site engine chains, e.g. ``TTS_SITE_ENGINES="huecity.gov.vn=gtts,espeak;dev.local=espeak"``;
    #: a site not listed (or a pushed article without URL) uses ``TTS_ENGINE``.
    site_engines: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The admin's pronunciation lexicon (JSON); default ``<data_dir>/lexicon.json``.
    lexicon_file: Path | None = None
    # "Đọc đoạn đã chọn" (issue #7): not a free TTS for the internet — short passages, few per client.
    #: Longest selection read, in characters after NFC and whitespace collapse; 2 000 at most (the issue's cap).
    selection_max_chars: int = 2000
    #: Per client IP and process: a burst of ``selection_burst`` requests, refilled at ``selection_per_minute``.
    selection_burst: int = 5
    selection_per_minute: float = 10.0
    #: Selection audio is kept at most this long and this big (oldest played first), then removed.
    selection_ttl_s: int = 86_400
    selection_budget_mb: int = 200
    #: Where request limits are counted: default a SQLite file in the data dir (every process of this host);
    #: ``redis://host:6379/0`` when several hosts serve one site.
    rate_limit_storage: str | None = None
    #: Scale-out: the index in PostgreSQL shared by every host (``postgresql://user:pass@host/db``); default
    #: SQLite in the data dir. ``flask tts db upgrade`` brings its schema up to date before a deploy starts.
    database_url: str | None = field(default=None, repr=False)
    #: Scale-out: audio and segments in an S3-compatible bucket (``https://KEY:SECRET@host/bucket[/prefix]``);
    #: the data dir is then this host's cache of it. Default: files in the data dir only.
    s3_url: str | None = field(default=None, repr=False)
    #: Whether web processes run jobs too (the embedded default); false on the web nodes of a scale-out
    #: deployment, whose `flask tts worker` processes (any number, on any host) run them.
    job_runner: bool = True
    #: Proxies in front whose X-Forwarded-For is believed (nginx in front: 1); 0: the peer's address is the client.
    trusted_proxies: int = 0
    #: Reading the page the widget is on (tts_service.pages), for every allowed site unless its site settings say
    #: otherwise: check a known page again after this long; new narration characters a day; fetches a minute, at once.
    page_recheck_s: int = 3600
    page_daily_chars: int = 1_000_000
    page_fetch_per_minute: int = 30
    page_fetch_concurrency: int = 2

    def engines_for(self, url: str | None) -> tuple[str, ...]:
        """The engine chain for an article at ``url``: its host's own chain, else ``engine``."""
        if url:
            from urllib.parse import urlsplit

            host = (urlsplit(url).hostname or "").lower()
            for site, chain in self.site_engines:
                if host == site or host.endswith("." + site):
                    return chain
        return self.engine
    # --- audio cache, jobs and serving (issue #6) ---
    sync_max_chars: int = 5000  # longer uncached articles get 202 + job URL unless ?wait=N is given
    max_wait_s: int = 60  # cap on ?wait=N
    job_workers: int = 1  # job threads per process (espeak runs one synthesis at a time per process anyway)
    job_max_attempts: int = 3  # a job whose worker died this many times (killed, out of memory) fails
    webhook_url: str | None = None  # default "audio ready" webhook (per-key webhooks: `tts create-key --webhook`)
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_max_attempts: int = 8
    webhook_backoff_s: float = 5.0  # first retry delay; doubles each attempt
    webhook_timeout_s: float = 10.0
    webhook_allow_private: bool = False  # deliver webhooks to loopback/private addresses (a CMS on the same LAN)
    public_url: str | None = None  # e.g. https://doc.example.vn — makes webhook audio URLs absolute
    cache_budget_mb: int = 0  # 0 = unlimited; otherwise LRU eviction of unpinned audio above this size
    history_grace_s: int = 86_400  # superseded narrations stay servable this long after an edit
    accel_redirect: str | None = None  # e.g. /_dbv_audio/ — nginx serves the file (docs/nginx.md)
    # --- the CMS contract and operations (issue #14) ---
    api_per_minute: int = 120  # requests per API key per minute (a key's own limit: `create-key --per-minute`)
    api_daily_chars: int = 2_000_000  # characters per API key per day that need a synthesis; 0 = no quota
    draft_ttl_s: int = 86_400  # a draft preview's audio is removed this long after it was made or last played
    analytics: bool = False  # count plays, % listened and failures per article and day (no cookies, no IPs)
    log_format: str = "json"  # json (one object per line, with the request id) or text
    job_drain_s: float = 20.0  # on shutdown, running jobs get this long to finish, then go back to the queue

    @property
    def db_path(self) -> Path:
        return self.data_dir / "index.sqlite3"

    @property
    def lexicon_path(self) -> Path:
        return self.lexicon_file or self.data_dir / "lexicon.json"

    @property
    def audio_dir(self) -> Path:
        return self.data_dir / "audio"

    @property
    def limits_path(self) -> Path:
        return self.data_dir / "limits.sqlite3"

    @property
    def lock_dir(self) -> Path:
        return self.data_dir / "locks"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ``TTS_*`` variables; unknown ``TTS_`` names are refused so typos do not pass silently."""
        env = os.environ if env is None else env
        # read by the test suite (.ci/run sets them)
        test_switches = {"TTS_REQUIRE_BROWSER", "TTS_REQUIRE_NGINX", "TTS_REQUIRE_SCALEOUT"}
        known = {f"TTS_{name.upper()}" for name in _PARSERS} | {"TTS_API_KEYS"} | test_switches
        unknown = sorted(k for k in env if k.startswith("TTS_") and k not in known)
        if unknown:
            raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for name, parse in _PARSERS.items():
            raw = env.get(f"TTS_{name.upper()}")
            if raw is not None and raw.strip() != "":
                values[name] = parse(f"TTS_{name.upper()}", raw.strip())
        if env.get("TTS_API_KEYS", "").strip():
            values["api_key_hashes"] = _parse_api_keys(env["TTS_API_KEYS"])
        return cls(**values).validated()

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with some fields replaced (used by tests and ``create_app(config)``)."""
        names = {f.name for f in fields(self)}
        bad = sorted(set(overrides) - names - {"api_keys"})
        if bad:
            raise ConfigError(f"unknown setting(s) {', '.join(bad)}")
        values = dict(overrides)
        if "api_keys" in values:
            values["api_key_hashes"] = frozenset(hash_api_key(k) for k in values.pop("api_keys"))
        if "data_dir" in values:
            values["data_dir"] = Path(values["data_dir"])
        return replace(self, **values).validated()

    def validated(self) -> Settings:
        from tts_service.engines import ENGINES

        if not 1 <= self.port <= 65535:
            raise ConfigError(f"TTS_PORT must be 1–65535, got {self.port}")
        unknown = [name for name in self.engine if name not in ENGINES]
        if not self.engine or unknown:
            raise ConfigError(
                f"TTS_ENGINE must list engines from {', '.join(sorted(ENGINES))} (e.g. 'espeak' or 'gtts,espeak'),"
                f" got {','.join(self.engine) or 'nothing'}"
            )
        if self.max_chars is not None and not 20 <= self.max_chars <= 1000:
            raise ConfigError(f"TTS_MAX_CHARS must be 20–1000, got {self.max_chars}")
        if self.mp3_bitrate not in (32, 40, 48, 56, 64, 80, 96, 112, 128):
            raise ConfigError(
                f"TTS_MP3_BITRATE must be one of 32, 40, 48, 56, 64, 80, 96, 112, 128; got {self.mp3_bitrate}"
            )
        if self.webhook_url and not (self.webhook_secret and len(self.webhook_secret) >= 16):
            raise ConfigError("TTS_WEBHOOK_URL needs TTS_WEBHOOK_SECRET (at least 16 characters) to sign deliveries")
        for name in ("webhook_url", "public_url"):
            value = getattr(self, name)
            if value and not value.startswith(("http://", "https://")):
                raise ConfigError(f"TTS_{name.upper()} must start with http:// or https://, got {value!r}")
        if self.accel_redirect and not (self.accel_redirect.startswith("/") and self.accel_redirect.endswith("/")):
            raise ConfigError(f"TTS_ACCEL_REDIRECT must look like /_dbv_audio/ (slashes both ends), "
                              f"got {self.accel_redirect!r}")
        if self.cache_budget_mb < 0 or self.sync_max_chars < 0 or self.max_wait_s < 0 or self.job_workers < 1:
            raise ConfigError("TTS_CACHE_BUDGET_MB, TTS_SYNC_MAX_CHARS and TTS_MAX_WAIT_S must be ≥ 0 "
                              "and TTS_JOB_WORKERS ≥ 1")
        if self.max_spoken_chars < 1000 or self.max_spoken_ratio < 1 or not 1 <= self.job_max_attempts <= 100:
            raise ConfigError("TTS_MAX_SPOKEN_CHARS must be ≥ 1000, TTS_MAX_SPOKEN_RATIO ≥ 1 and "
                              "TTS_JOB_MAX_ATTEMPTS 1–100")
        if not 0 <= self.api_per_minute <= 100_000 or self.api_daily_chars < 0 or self.draft_ttl_s < 60:
            raise ConfigError("TTS_API_PER_MINUTE must be 0–100000 (0: no limit), TTS_API_DAILY_CHARS ≥ 0 "
                              "(0: no quota) and TTS_DRAFT_TTL_S ≥ 60")
        if self.log_format not in ("json", "text") or not 0 <= self.job_drain_s <= 600:
            raise ConfigError(f"TTS_LOG_FORMAT must be json or text (got {self.log_format!r}) and "
                              f"TTS_JOB_DRAIN_S 0–600 seconds (got {self.job_drain_s})")
        if self.rate is not None and not 80 <= self.rate <= 450:
            raise ConfigError(f"TTS_RATE must be 80–450 words per minute, got {self.rate}")
        self._validate_engines()
        if not 20 <= self.selection_max_chars <= 2000:
            raise ConfigError(f"TTS_SELECTION_MAX_CHARS must be 20–2000 characters, got {self.selection_max_chars}")
        if not 1 <= self.selection_burst <= 100:
            raise ConfigError(f"TTS_SELECTION_BURST must be 1–100 requests, got {self.selection_burst}")
        if not 0 < self.selection_per_minute <= 600:
            raise ConfigError(
                f"TTS_SELECTION_PER_MINUTE must be more than 0 and at most 600 requests a minute,"
                f" got {self.selection_per_minute}"
            )
        if not 0 <= self.trusted_proxies <= 5 or self.selection_ttl_s < 60 or self.selection_budget_mb < 1:
            raise ConfigError("TTS_TRUSTED_PROXIES must be 0–5, TTS_SELECTION_TTL_S ≥ 60 and "
                              "TTS_SELECTION_BUDGET_MB ≥ 1")
        if self.database_url and not self.database_url.startswith(("postgresql://", "postgres://")):
            raise ConfigError("TTS_DATABASE_URL must be a postgresql:// URL")
        if self.s3_url:
            from audio_cache.objects import parse_s3_url

            try:
                parse_s3_url(self.s3_url)
            except ValueError as exc:
                raise ConfigError(str(exc)) from None
        if self.rate_limit_storage and not self.rate_limit_storage.startswith(("redis", "memcached", "dbv+sqlite")):
            raise ConfigError(f"TTS_RATE_LIMIT_STORAGE must be a redis://, memcached:// or dbv+sqlite:/// URI, "
                              f"got {self.rate_limit_storage!r}")
        if (not 60 <= self.page_recheck_s <= 31_536_000 or self.page_daily_chars < 0
                or not 1 <= self.page_fetch_per_minute <= 600 or not 1 <= self.page_fetch_concurrency <= 16):
            raise ConfigError("TTS_PAGE_RECHECK_S must be 60–31536000, TTS_PAGE_DAILY_CHARS ≥ 0, "
                              "TTS_PAGE_FETCH_PER_MINUTE 1–600 and TTS_PAGE_FETCH_CONCURRENCY 1–16")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            probe = self.data_dir / ".write-probe"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise ConfigError(
                f"TTS_DATA_DIR {str(self.data_dir)!r} is not a writable directory: {exc.strerror}"
            ) from exc
        if self.lexicon_path.exists():
            from tts_service.pronunciations import LexiconFileError, PronunciationStore

            try:
                PronunciationStore(self.lexicon_path).current()
            except LexiconFileError as exc:
                raise ConfigError(f"TTS_LEXICON_FILE: {exc}") from None
        elif self.lexicon_file is not None and not self.lexicon_file.parent.is_dir():
            raise ConfigError(f"TTS_LEXICON_FILE {str(self.lexicon_file)!r}: its folder does not exist")
        return self


    def _validate_engines(self) -> None:
        from tts_service.engines import ENGINES

        for site, chain in self.site_engines:
            unknown = [name for name in chain if name not in ENGINES]
            if not site or not chain or unknown:
                raise ConfigError(
                    f"TTS_SITE_ENGINES entries must look like 'host=gtts,espeak' with engines from"
                    f" {', '.join(sorted(ENGINES))}; got {site!r}={','.join(chain)}"
                )
        if not -30 <= self.loudness_lufs <= -5:
            raise ConfigError(f"TTS_LOUDNESS_LUFS must be -30 to -5 (LUFS), got {self.loudness_lufs}")
        if not -6 <= self.true_peak_dbtp <= 0:
            raise ConfigError(f"TTS_TRUE_PEAK_DBTP must be -6 to 0 (dBTP), got {self.true_peak_dbtp}")
        if not 0.1 <= self.gtts_timeout <= 120 or not 0.1 <= self.edge_timeout <= 120:
            raise ConfigError("TTS_GTTS_TIMEOUT and TTS_EDGE_TIMEOUT must be 0.1–120 seconds")
        if not 0 <= self.gtts_retries <= 10:
            raise ConfigError(f"TTS_GTTS_RETRIES must be 0–10, got {self.gtts_retries}")
        if not 0 <= self.gtts_backoff <= 60:
            raise ConfigError(f"TTS_GTTS_BACKOFF must be 0–60 seconds (first retry delay), got {self.gtts_backoff}")
        if not 0 < self.gtts_rps <= 50:
            raise ConfigError(f"TTS_GTTS_RPS must be more than 0 and at most 50 requests/s, got {self.gtts_rps}")
        if not 1 <= self.gtts_concurrency <= 16:
            raise ConfigError(f"TTS_GTTS_CONCURRENCY must be 1–16, got {self.gtts_concurrency}")
        if not 1 <= self.gtts_breaker_429s <= 100:
            raise ConfigError(f"TTS_GTTS_BREAKER_429S must be 1–100, got {self.gtts_breaker_429s}")
        if not 1 <= self.gtts_breaker_failures <= 1000:
            raise ConfigError(f"TTS_GTTS_BREAKER_FAILURES must be 1–1000, got {self.gtts_breaker_failures}")
        if not 1 <= self.gtts_breaker_cooldown <= 86400:
            raise ConfigError(f"TTS_GTTS_BREAKER_COOLDOWN must be 1–86400 seconds, got {self.gtts_breaker_cooldown}")
        if self.gtts_url is not None and not self.gtts_url.startswith(("http://", "https://")):
            raise ConfigError(f"TTS_GTTS_URL must be an http(s) URL, got {self.gtts_url!r}")
        uses_piper = any("piper" in chain for chain in (self.engine, *(c for _s, c in self.site_engines)))
        if uses_piper and (self.piper_model is None or not Path(self.piper_model).is_file()):
            raise ConfigError(
                "TTS_ENGINE lists piper: set TTS_PIPER_MODEL to a voice .onnx file (its .onnx.json beside it),"
                f" got {str(self.piper_model) if self.piper_model else 'nothing'}"
            )


def _int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def _float(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(f"{name} must be a finite number, got {raw!r}")
    return value


def _site_engines(name: str, raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``"a.vn=gtts,espeak; b.vn=espeak"`` → ``(("a.vn", ("gtts", "espeak")), ("b.vn", ("espeak",)))``."""
    pairs = []
    for entry in raw.split(";"):
        if not entry.strip():
            continue
        site, sep, chain = entry.partition("=")
        if not sep:
            raise ConfigError(f"{name} entries must look like 'host=gtts,espeak', got {entry.strip()!r}")
        pairs.append((site.strip().lower(), _list(name, chain)))
    return tuple(pairs)


def _bool(name: str, raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _list(_name: str, raw: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


def _parse_api_keys(raw: str) -> frozenset[str]:
    keys = [k.strip() for k in raw.split(",") if k.strip()]
    short = [k for k in keys if len(k) < 16]
    if short:
        raise ConfigError("TTS_API_KEYS entries must be at least 16 characters (use `make key` to make one)")
    return frozenset(hash_api_key(k) for k in keys)


_PARSERS: dict[str, Any] = {
    "port": _int,
    "data_dir": lambda _n, raw: Path(raw),
    "engine": _list,
    "voice": lambda _n, raw: raw,
    "rate": _int,
    "mp3_bitrate": _int,
    "max_chars": _int,
    "max_request_bytes": _int,
    "max_article_chars": _int,
    "max_spoken_chars": _int,
    "max_spoken_ratio": _float,
    "allowed_hosts": _list,
    "allow_private_fetch": _bool,
    "secret_key": lambda _n, raw: raw,
    "demo": _bool,
    "loudness_lufs": _float,
    "true_peak_dbtp": _float,
    "gtts_tld": lambda _n, raw: raw,
    "gtts_url": lambda _n, raw: raw,
    "gtts_timeout": _float,
    "gtts_retries": _int,
    "gtts_backoff": _float,
    "gtts_rps": _float,
    "gtts_concurrency": _int,
    "gtts_breaker_429s": _int,
    "gtts_breaker_cooldown": _float,
    "gtts_breaker_failures": _int,
    "edge_timeout": _float,
    "piper_model": lambda _n, raw: Path(raw),
    "lexicon_file": lambda _n, raw: Path(raw),
    "site_engines": _site_engines,
    "selection_max_chars": _int,
    "selection_burst": _int,
    "selection_per_minute": _float,
    "selection_ttl_s": _int,
    "selection_budget_mb": _int,
    "rate_limit_storage": lambda _n, raw: raw,
    "database_url": lambda _n, raw: raw,
    "s3_url": lambda _n, raw: raw,
    "job_runner": _bool,
    "trusted_proxies": _int,
    "page_recheck_s": _int,
    "page_daily_chars": _int,
    "page_fetch_per_minute": _int,
    "page_fetch_concurrency": _int,
    "sync_max_chars": _int,
    "max_wait_s": _int,
    "job_workers": _int,
    "job_max_attempts": _int,
    "webhook_url": lambda _n, raw: raw,
    "webhook_secret": lambda _n, raw: raw,
    "webhook_max_attempts": _int,
    "webhook_backoff_s": _float,
    "webhook_timeout_s": _float,
    "webhook_allow_private": _bool,
    "public_url": lambda _n, raw: raw.rstrip("/"),
    "cache_budget_mb": _int,
    "history_grace_s": _int,
    "accel_redirect": lambda _n, raw: raw,
    "api_per_minute": _int,
    "api_daily_chars": _int,
    "draft_ttl_s": _int,
    "analytics": _bool,
    "log_format": lambda _n, raw: raw.lower(),
    "job_drain_s": _float,
}
