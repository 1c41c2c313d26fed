"""One Settings object, read from ``TTS_*`` environment variables and validated at start-up.

Each setting is declared once, as a field of :class:`Settings`: its type (the annotation), default, bounds and
meaning together (:func:`setting`). The parser, the bounds check, the list of known names and the README's
configuration table (``python -m tts_service settings``) all come from that one declaration.

A wrong value stops the service with a message that names the variable and what it accepts:
``TTS_PORT=abc`` → ``ConfigError: TTS_PORT must be a whole number, got 'abc'``;
``TTS_JOB_WORKERS=100000`` → ``ConfigError: TTS_JOB_WORKERS must be 1–16 threads, got 100000``.
Which engines and voices exist is the engines' business: :func:`tts_service.load_settings` checks those where
the parts are put together.
"""

from __future__ import annotations

import errno
import logging
import math
import os
import re
import secrets
import tempfile
import typing
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from audio_cache.auth import hash_api_key

log = logging.getLogger(__name__)


class ConfigError(ValueError):
    """A configuration value is wrong; the message says which and how to fix it."""


#: Read by the test suite and CI (`.ci/run`), not by the service: accepted so the check does not refuse them.
TEST_SWITCHES = frozenset({"TTS_REQUIRE_BROWSER", "TTS_REQUIRE_NGINX", "TTS_REQUIRE_SCREENREADER",
                           "TTS_REQUIRE_SCALEOUT"})

Parser = Callable[[str, str], Any]


def setting(default: Any = None, doc: str = "", *, ge: float | None = None, gt: float | None = None,
            le: float | None = None, unit: str = "", choices: tuple[Any, ...] = (), url: bool = False,
            pattern: str | None = None, parse: Parser | None = None, env: str | None = None,
            shown: str | None = None, factory: Callable[[], Any] | None = None, secret: bool = False) -> Any:
    """A :class:`Settings` field with everything about it in one place.

    ``port: int = setting(8000, "port", ge=1, le=65535)`` — read from ``TTS_PORT`` (``env`` names another
    variable), parsed by its type unless ``parse`` is given, refused outside ``ge``/``gt``…``le`` or
    ``choices``, or when it is not an http(s) URL (``url``) or does not match ``pattern``. ``shown`` is the
    default as the README prints it when the value itself would mislead (a random or derived default).
    """
    meta = {"doc": doc, "ge": ge, "gt": gt, "le": le, "unit": unit, "choices": choices, "url": url,
            "pattern": re.compile(pattern) if pattern else None, "parse": parse, "env": env, "shown": shown}
    if factory is not None:
        return field(default_factory=factory, metadata=meta, repr=not secret)
    return field(default=default, metadata=meta, repr=not secret)


# --- parsers: (variable name, raw text) → value; each raises ConfigError naming the variable --------------


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
    if not math.isfinite(value):
        raise ConfigError(f"{name} must be a finite number, got {raw!r}")
    return value


def _bool(name: str, raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _list(_name: str, raw: str) -> tuple[str, ...]:
    """``" gTTS, espeak ,"`` → ``("gtts", "espeak")``."""
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


def _site_engines(name: str, raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``"a.vn=gtts,espeak; b.vn=espeak"`` → ``(("a.vn", ("gtts", "espeak")), ("b.vn", ("espeak",)))``."""
    pairs = []
    for entry in raw.split(";"):
        if not entry.strip():
            continue
        site, sep, chain = entry.partition("=")
        if not sep or not site.strip() or not _list(name, chain):
            raise ConfigError(f"{name} entries must look like 'host=gtts,espeak', got {entry.strip()!r}")
        pairs.append((site.strip().lower(), _list(name, chain)))
    return tuple(pairs)


def _api_keys(name: str, raw: str) -> frozenset[str]:
    keys = [k.strip() for k in raw.split(",") if k.strip()]
    if any(len(k) < 16 for k in keys):
        raise ConfigError(f"{name} entries must be at least 16 characters (use `make key` to make one)")
    return frozenset(hash_api_key(k) for k in keys)


def _s3_url(name: str, raw: str) -> str:
    """``https://KEY:SECRET@host[:port]/bucket[/prefix]``, refused naming the variable when it is not one."""
    from audio_cache.objects import parse_s3_url

    try:
        parse_s3_url(raw)
    except ValueError:
        raise ConfigError(f"{name} must look like https://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix]") from None
    return raw


_BY_TYPE: dict[Any, Parser] = {
    int: _int, float: _float, bool: _bool, str: lambda _n, raw: raw, Path: lambda _n, raw: Path(raw),
    tuple[str, ...]: _list,
}


def _check_writable(folder: Path) -> None:
    """Refuse a TTS_DATA_DIR the service cannot write; a full disk is only logged (the store answers 507 for new
    audio and still serves what it has, so a worker restarted on a full disk must come up).

    Each check writes its own probe: gunicorn restarts all workers at once after a crash, and a shared probe
    one worker removes under another made that one refuse to start ("No such file or directory").
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".write-probe-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT) and folder.is_dir():
            log.warning("TTS_DATA_DIR %s is full (%s): cached audio is served, new audio is refused (507)",
                        folder, exc.strerror)
            return
        raise ConfigError(f"TTS_DATA_DIR {str(folder)!r} is not a writable directory: {exc.strerror}") from exc


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Defaults are the embedded default: offline espeak, files under ./var, SQLite."""

    # --- the service ---------------------------------------------------------------------------------------
    port: int = setting(8000, "port `make run` (127.0.0.1) and the Docker image listen on", ge=1, le=65535)
    workers: int = setting(2, "gunicorn worker processes (`make run`, Docker)", ge=1, le=64)
    data_dir: Path = setting(Path("var"), "index (SQLite) and audio files", shown="`./var`")
    api_key_hashes: frozenset[str] = setting(
        frozenset(), "comma-separated bootstrap keys for the CMS API (≥ 16 characters each; `make key` prints "
        "one); stored hashed", parse=_api_keys, env="TTS_API_KEYS", shown="—")
    secret_key: str = setting(doc="signs sessions; at least 32 characters", factory=lambda: secrets.token_hex(32),
                              pattern=r"[\x21-\x7e]{32,}", shown="random at each start", secret=True)
    demo: bool = setting(True, "serve the demo pages at `/` and `/demo/…` (they synthesise on GET: off in "
                               "production; the Docker image sets false)")
    public_url: str | None = setting(None, "e.g. https://doc.example.vn — makes webhook audio URLs absolute",
                                     url=True, parse=lambda _n, raw: raw.rstrip("/"))
    client_timeout_s: float = setting(15.0, "a request's head must arrive within this (its body gets one more "
                                             "second per 32 KiB); slower clients get 408", ge=1, le=300,
                                      unit="seconds")
    accel_redirect: str | None = setting(None, "let nginx send the audio files, e.g. `/_dbv_audio/` "
                                               "(docs/nginx.md)", pattern=r"/([\w.-]+/)+")
    # --- what is accepted ----------------------------------------------------------------------------------
    max_request_bytes: int = setting(5 * 1024 * 1024, "largest request body", ge=1024, le=100 * 1024 * 1024,
                                     unit="bytes")
    max_article_chars: int = setting(200_000, "longest article (characters of text)", ge=100, le=2_000_000,
                                     unit="characters")
    max_spoken_chars: int = setting(300_000, "an article that reads longer is refused before any synthesis (413; "
                                             "≈ 6 h of audio)", ge=1000, le=10_000_000, unit="characters")
    max_spoken_ratio: float = setting(3.0, "… or that expands more per written character past 2 000 (422: "
                                           "`\"1/\" * 5000`; news text reads at ≈ 1.45)", ge=1, le=100)
    allowed_hosts: tuple[str, ...] = setting(
        (), "sites whose pages may be fetched, may embed the widget (CORS) and may frame the iframe player: "
            "`huecity.gov.vn` (that host), `*.huecity.gov.vn` (it and its sub-domains)")
    allow_private_fetch: bool = setting(False, "let the fetcher reach private and loopback addresses")
    # --- engines and sound ---------------------------------------------------------------------------------
    engine: tuple[str, ...] = setting(("espeak",), "engine chain, first that succeeds wins (e.g. `gtts,espeak`)")
    site_engines: tuple[tuple[str, tuple[str, ...]], ...] = setting(
        (), "per-site engine chains, e.g. `huecity.gov.vn=gtts,espeak; dev.local=espeak` (others use "
            "TTS_ENGINE)", parse=_site_engines)
    voice: str | None = setting(None, "voice of the engine (espeak: `vi`, `vi-VN-x-central`, `vi-VN-x-south`)",
                                shown="engine default")
    rate: int | None = setting(None, "speaking rate", ge=80, le=450, unit="words per minute",
                               shown="engine default")
    mp3_bitrate: int = setting(48, "CBR kbps of the MP3 files", choices=(32, 40, 48, 56, 64, 80, 96, 112, 128))
    max_chars: int | None = setting(None, "a cap on the longest chunk sent to any engine; each engine has its own "
                                          "bound (gTTS 100, espeak 600, piper and edge 400); under 200 "
                                          "neighbouring sentences share a request, above each sentence is read "
                                          "whole", ge=20, le=1000,
                                    unit="characters", shown="each engine's own")
    loudness_lufs: float = setting(-16.0, "loudness target", ge=-30, le=-5, unit="LUFS")
    true_peak_dbtp: float = setting(-1.0, "true-peak ceiling", ge=-6, le=0, unit="dBTP")
    lexicon_file: Path | None = setting(None, "the admins' pronunciation overrides (JSON)",
                                        shown="`$TTS_DATA_DIR/lexicon.json`")
    gtts_tld: str = setting("com", "Google Translate domain gTTS uses (`com`, `com.vn`)",
                            pattern=r"[a-z]{2,6}(\.[a-z]{2,6})?")
    gtts_url: str | None = setting(None, "gTTS endpoint (tests point it at a local fake)", url=True)
    gtts_timeout: float = setting(10.0, "timeout of one gTTS request", ge=0.1, le=120, unit="seconds")
    gtts_retries: int = setting(4, "retries of a failed gTTS request", ge=0, le=10)
    gtts_backoff: float = setting(0.5, "first gTTS retry delay (doubles, with jitter)", ge=0, le=60, unit="seconds")
    gtts_rps: float = setting(2.0, "gTTS requests per second at most", gt=0, le=50, unit="requests/s")
    gtts_concurrency: int = setting(2, "gTTS requests at once", ge=1, le=16)
    gtts_breaker_429s: int = setting(3, "429s in a row that open gTTS's circuit breaker", ge=1, le=100)
    gtts_breaker_failures: int = setting(10, "failures in a row that open gTTS's circuit breaker", ge=1, le=1000)
    gtts_breaker_cooldown: float = setting(300.0, "how long an open breaker skips gTTS", ge=1, le=86_400,
                                           unit="seconds")
    edge_timeout: float = setting(20.0, "timeout of one edge request", ge=0.1, le=120, unit="seconds")
    piper_model: Path | None = setting(None, "piper voice `.onnx` file (its `.onnx.json` beside it)")
    # --- "Đọc đoạn đã chọn" --------------------------------------------------------------------------------
    selection_max_chars: int = setting(2000, "longest passage \"Đọc đoạn đã chọn\" reads", ge=20, le=2000,
                                       unit="characters")
    selection_burst: int = setting(5, "selections (and lookups that re-queue evicted audio) per client address "
                                      "at once, counted for all worker processes together", ge=1, le=100,
                                   unit="requests")
    selection_per_minute: float = setting(10.0, "… then per minute on average", gt=0, le=600,
                                          unit="requests a minute")
    selection_ttl_s: int = setting(86_400, "selection audio is kept at most this long", ge=60, le=365 * 86_400,
                                   unit="seconds")
    selection_budget_mb: int = setting(200, "… and at most this much (oldest played first are removed)", ge=1,
                                       le=1_000_000, unit="MB")
    rate_limit_storage: str | None = setting(
        None, "where request limits are counted: a SQLite file in the data dir (every process of this host) "
              "unless given, e.g. `redis://host:6379/0` when several hosts serve one site",
        pattern=r"(rediss?(\+[a-z]+)?|memcached|dbv\+sqlite)://.*", shown="`$TTS_DATA_DIR/limits.sqlite3`")
    trusted_proxies: int = setting(0, "proxies in front whose X-Forwarded-For is believed (nginx in front: 1; 0: "
                                      "the peer's address is the client)", ge=0, le=5)
    # --- scale-out (docs/scale-out.md) ---------------------------------------------------------------------
    database_url: str | None = setting(
        None, "the index in PostgreSQL shared by every host (`postgresql://user:pass@host/db`); `flask tts db "
              "upgrade` brings its schema up to date before a deploy starts", pattern=r"postgres(ql)?://.+",
        shown="SQLite in the data dir", secret=True)
    s3_url: str | None = setting(
        None, "audio and segments in an S3-compatible bucket (`https://KEY:SECRET@host/bucket[/prefix]`); the data "
              "dir is then this host's cache of it", parse=_s3_url, shown="files in the data dir", secret=True)
    job_runner: bool = setting(True, "web processes run jobs too; false on the web nodes of a scale-out "
                                     "deployment, whose `flask tts worker` processes run them")
    # --- reading the page the widget is on (tts_service.pages), for every allowed site unless its settings say
    page_recheck_s: int = setting(3600, "pages read from the page itself are checked again after this long",
                                  ge=60, le=31_536_000, unit="seconds")
    page_daily_chars: int = setting(1_000_000, "new narration characters a site may have made a day from its "
                                               "pages", ge=0, le=1_000_000_000, unit="characters")
    page_fetch_per_minute: int = setting(30, "page fetches per site a minute (every worker together)", ge=1, le=600)
    page_fetch_concurrency: int = setting(2, "page fetches per site at once", ge=1, le=16)
    # --- audio cache, jobs and webhooks --------------------------------------------------------------------
    sync_max_chars: int = setting(5000, "longer uncached articles get `202` + a job URL (`?wait=N` waits)",
                                  ge=0, le=2_000_000, unit="characters")
    max_wait_s: int = setting(60, "cap on `?wait=N`", ge=0, le=3600, unit="seconds")
    job_workers: int = setting(1, "job threads per process", ge=1, le=16, unit="threads")
    job_max_attempts: int = setting(3, "a job whose worker died this many times (killed, out of memory) fails",
                                    ge=1, le=100)
    cache_budget_mb: int = setting(0, "evict least recently played, never pre-generated, audio above this size "
                                      "(0: no budget)", ge=0, le=100_000_000, unit="MB")
    history_grace_s: int = setting(86_400, "superseded audio stays servable this long after an edit", ge=0,
                                   le=90 * 86_400, unit="seconds")
    webhook_url: str | None = setting(None, "\"audio ready\" webhook (docs/api.md)", url=True)
    webhook_secret: str | None = setting(None, "signs webhook deliveries (HMAC-SHA256); at least 16 characters",
                                         pattern=r".{16,}", secret=True)
    webhook_max_attempts: int = setting(8, "deliveries tried before giving up", ge=1, le=20)
    webhook_backoff_s: float = setting(5.0, "first webhook retry delay (doubles each attempt)", ge=0.1, le=3600,
                                       unit="seconds")
    webhook_timeout_s: float = setting(10.0, "timeout of one webhook delivery", ge=0.5, le=120, unit="seconds")
    webhook_allow_private: bool = setting(False, "deliver webhooks to loopback and private addresses (a CMS on "
                                                 "the same LAN)")
    # --- the CMS contract and operations ----------------------------------------------------------------------
    api_per_minute: int = setting(120, "requests per API key a minute (a key's own: `create-key --per-minute`; "
                                       "0: no limit)", ge=0, le=100_000)
    api_daily_chars: int = setting(2_000_000, "characters per API key a day that need a synthesis (0: no quota)",
                                   ge=0, le=1_000_000_000, unit="characters")
    draft_ttl_s: int = setting(86_400, "a draft preview's audio is removed this long after it was made or last "
                                       "played", ge=60, le=365 * 86_400, unit="seconds")
    analytics: bool = setting(False, "count plays, share heard and failures per article and day (no cookies, "
                                     "nothing of the listener)")
    log_format: str = setting("json", "log lines as JSON objects with the request id, or `text`",
                              choices=("json", "text"), parse=lambda _n, raw: raw.lower())
    job_drain_s: float = setting(20.0, "on shutdown, running jobs get this long to finish, then go back to the "
                                       "queue", ge=0, le=600, unit="seconds")

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

    def engines_for(self, url: str | None) -> tuple[str, ...]:
        """The engine chain for an article at ``url``: its host's own chain, else ``engine``."""
        if url:
            from urllib.parse import urlsplit

            host = (urlsplit(url).hostname or "").lower()
            for site, chain in self.site_engines:
                if host == site or host.endswith("." + site):
                    return chain
        return self.engine

    @property
    def engine_chains(self) -> tuple[tuple[str, ...], ...]:
        """Every configured chain: ``TTS_ENGINE`` first, then each site's."""
        return (self.engine, *(chain for _site, chain in self.site_engines))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ``TTS_*`` variables; unknown ``TTS_`` names are refused so typos do not pass silently."""
        env = os.environ if env is None else env
        declared = {env_name(f): f for f in fields(cls)}
        unknown = sorted(k for k in env if k.startswith("TTS_") and k not in declared and k not in TEST_SWITCHES)
        if unknown:
            raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(declared))}")
        values: dict[str, Any] = {}
        for name, f in declared.items():
            raw = env.get(name)
            if raw is not None and raw.strip() != "":
                values[f.name] = _parser(f)(name, raw.strip())
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
        for path_field in ("data_dir", "lexicon_file", "piper_model"):
            if values.get(path_field) is not None:
                values[path_field] = Path(values[path_field])
        return replace(self, **values).validated()

    def validated(self) -> Settings:
        """Every field within its declared bounds, then the rules that tie fields together."""
        for f in fields(self):
            _check_bounds(f, getattr(self, f.name))
        if not self.engine:
            raise ConfigError("TTS_ENGINE must name at least one engine (e.g. 'espeak' or 'gtts,espeak')")
        if self.webhook_url and not self.webhook_secret:
            raise ConfigError("TTS_WEBHOOK_URL needs TTS_WEBHOOK_SECRET (at least 16 characters) to sign deliveries")
        _check_writable(self.data_dir)
        if self.lexicon_path.exists():
            from tts_service.pronunciations import LexiconFileError, PronunciationStore

            try:
                PronunciationStore(self.lexicon_path).current()
            except LexiconFileError as exc:
                raise ConfigError(f"TTS_LEXICON_FILE: {exc}") from None
        elif self.lexicon_file is not None and not self.lexicon_file.parent.is_dir():
            raise ConfigError(f"TTS_LEXICON_FILE {str(self.lexicon_file)!r}: its folder does not exist")
        return self


def env_name(f: Field) -> str:
    """The variable a field is read from: ``port`` → ``TTS_PORT``."""
    return f.metadata.get("env") or f"TTS_{f.name.upper()}"


@cache
def _hints() -> dict[str, Any]:
    return typing.get_type_hints(Settings)


def _parser(f: Field) -> Parser:
    if f.metadata.get("parse"):
        return f.metadata["parse"]
    hint = _hints()[f.name]
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if typing.get_origin(hint) is typing.Union or type(hint).__name__ == "UnionType" else hint
    return _BY_TYPE[base]


def _number(value: float) -> str:
    """A bound as the messages print it.

    >>> _number(5.0), _number(0.1), _number(2_000_000), _number(-30)
    ('5', '0.1', '2000000', '-30')
    """
    return str(int(value)) if value == int(value) else f"{value:g}"


def bounds_text(f: Field) -> str:
    """What a field accepts, in words: ``"1–65535"``, ``"more than 0 and at most 50 requests/s"``."""
    m = f.metadata
    unit = f" {m['unit']}" if m.get("unit") else ""
    if m.get("choices"):
        return "one of " + ", ".join(str(c) for c in m["choices"])
    if m.get("gt") is not None:
        return f"more than {_number(m['gt'])}" + (f" and at most {_number(m['le'])}" if m.get("le") is not None
                                                   else "") + unit
    if m.get("ge") is not None and m.get("le") is not None:
        dash = " to " if m["ge"] < 0 or m["le"] < 0 else "–"
        return f"{_number(m['ge'])}{dash}{_number(m['le'])}{unit}"
    if m.get("ge") is not None:
        return f"at least {_number(m['ge'])}{unit}"
    if m.get("url"):
        return "an http(s) URL"
    return ""


def _check_bounds(f: Field, value: Any) -> None:
    if value is None:
        return
    m, name = f.metadata, env_name(f)
    if m.get("choices") and value not in m["choices"]:
        raise ConfigError(f"{name} must be {bounds_text(f)}; got {value}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        low_ok = (m.get("ge") is None or value >= m["ge"]) and (m.get("gt") is None or value > m["gt"])
        if not low_ok or (m.get("le") is not None and value > m["le"]):
            raise ConfigError(f"{name} must be {bounds_text(f)}, got {_number(value)}")
    if m.get("url") and not re.fullmatch(r"https?://[^\s/?#]+[^\s]*", value):
        raise ConfigError(f"{name} must be an http(s) URL, got {value!r}")
    if m.get("pattern") is not None and not m["pattern"].fullmatch(value):
        shown = "(hidden)" if not f.repr else repr(value)
        raise ConfigError(f"{name} is not valid ({f.metadata['doc']}), got {shown}")


def markdown_table() -> str:
    """The README's configuration table, made from the declarations (a test keeps README equal to it)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for f in fields(Settings):
        m = f.metadata
        if m.get("shown") is not None:
            default = m["shown"]
        else:
            value = f.default if f.default is not MISSING else None
            if value in (None, (), frozenset()):
                default = "—"
            elif isinstance(value, tuple):
                default = f"`{','.join(value)}`"
            elif isinstance(value, bool):
                default = f"`{str(value).lower()}`"
            elif isinstance(value, float):
                default = f"`{_number(value)}`"
            else:
                default = f"`{value}`"
        accepts = bounds_text(f)
        meaning = m["doc"] + (f" ({accepts})" if accepts and not m.get("url") else "")
        rows.append(f"| `{env_name(f)}` | {default} | {meaning} |")
    return "\n".join(rows)
