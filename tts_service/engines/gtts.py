"""Google Translate's voice through the gtts package: one request per chunk, politely and robustly.

What is added around ``gtts.gTTS`` (which itself has no retry, no throttle and reports a 429 as
"Probable cause: Unknown"):

- an explicit ``(connect, read)`` timeout on every request;
- a process-wide throttle (requests per second) and a bound on concurrent requests;
- retries with exponential backoff and jitter on 429, 5xx, timeouts, connection errors and empty audio,
  honouring ``Retry-After``;
- a circuit breaker that stops calling after repeated 429s (the pipeline then falls back to the next engine
  of the chain) and probes again after a cool-down;
- validation of what comes back: whole MPEG Layer III frames, constant bitrate, no ID3/Xing left in;
- errors that say what happened: ``"gtts: HTTP 429 (bị Google giới hạn) sau 5 lần thử"``.

The per-chunk cache lives in the pipeline (segment blobs): a chunk that arrived is never fetched again.
``endpoint`` replaces Google's URL (a mirror, or the fake server the tests run on 127.0.0.1).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

import requests
from gtts import gTTS, gTTSError

from tts_service.engines.base import EngineAudio
from tts_service.engines.resilience import CircuitOpen, Controls, backoff_delay, shared_controls
from tts_service.errors import EngineError

#: gTTS reads at two speeds only; a configured rate at or below this many words per minute means "slow".
SLOW_RATE_WPM = 120

_SPEAKABLE = re.compile(r"\w")


class GttsFailure(EngineError):
    """One request failed; ``retryable`` says whether another try may succeed."""

    def __init__(self, message: str, *, retryable: bool, throttled: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.throttled = throttled
        self.retry_after = retry_after


def _retry_after(response: requests.Response | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class GttsEngine:
    """``GttsEngine().synthesize("Xin chào")`` → MP3 frames (Google: MPEG-2 Layer III, 24 kHz mono 32 kbps)."""

    name = "gtts"
    max_chars = 100  # gTTS.GOOGLE_TTS_MAX_CHARS: the endpoint's own limit
    voices = ("vi",)
    default_voice = "vi"
    output_format = "mp3"

    def __init__(
        self,
        *,
        voice: str | None = None,
        rate: int | None = None,
        tld: str = "com",
        endpoint: str | None = None,
        timeout_s: float = 10.0,
        connect_timeout_s: float = 3.05,
        retries: int = 4,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 8.0,
        rate_per_s: float = 2.0,
        concurrency: int = 2,
        breaker_threshold: int = 3,
        breaker_cooldown_s: float = 300.0,
        breaker_failures: int = 10,
        controls: Controls | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.voice = voice if voice in self.voices else self.default_voice
        self.rate = rate
        self.tld = tld
        self.endpoint = endpoint
        self.timeout = (min(connect_timeout_s, timeout_s), timeout_s)
        self.retries = max(0, retries)
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.concurrency = max(1, concurrency)
        self.controls = controls or shared_controls(
            ("gtts", tld, endpoint), rate_per_s=rate_per_s, concurrency=concurrency,
            breaker_threshold=breaker_threshold, breaker_cooldown_s=breaker_cooldown_s,
            breaker_failures=breaker_failures,
        )
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not crypto

    # -- the interface -------------------------------------------------------------------------------

    def synthesize(self, text: str, voice: str | None = None, rate: int | None = None) -> EngineAudio:
        """One chunk (≤ 100 characters) → its MP3 frames, retried and throttled; raises :class:`EngineError`."""
        from tts_service.audio import silence_mp3

        if len(text) > self.max_chars:
            raise EngineError(f"gtts: đoạn dài {len(text)} ký tự, vượt giới hạn {self.max_chars} của Google.")
        if not _SPEAKABLE.search(text):
            return EngineAudio("mp3", silence_mp3(0.1), 24000)  # only punctuation: Google would refuse it
        rate = rate if rate is not None else self.rate
        slow = rate is not None and rate <= SLOW_RATE_WPM
        last: GttsFailure | None = None
        for attempt in range(self.retries + 1):
            self.controls.breaker.before_call()  # raises CircuitOpen: the caller falls back
            try:
                audio = self._request_once(text, slow)
            except GttsFailure as exc:
                last = exc
                if exc.throttled:
                    self.controls.breaker.record_throttled()
                else:
                    self.controls.breaker.record_other_failure()
                if not exc.retryable or attempt == self.retries:
                    break
                delay = backoff_delay(attempt, base_s=self.backoff_base_s, max_s=self.backoff_max_s, rng=self._rng)
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, self.backoff_max_s))
                self._sleep(delay)
                continue
            except Exception:
                self.controls.breaker.record_other_failure()  # never leave a probe hanging
                raise
            self.controls.breaker.record_success()
            return audio
        assert last is not None
        tries = attempt + 1
        raise EngineError(f"gtts: {last.message} (sau {tries} lần thử).", code="engine_unavailable")

    # -- one request ----------------------------------------------------------------------------------

    def _request_once(self, text: str, slow: bool) -> EngineAudio:
        from tts_service.audio import Mp3FormatError, clean_mp3

        tts = _Request(
            text, tld=self.tld, lang="vi", slow=slow, lang_check=False, pre_processor_funcs=[],
            tokenizer_func=lambda t: [t], timeout=self.timeout,
        )
        tts.endpoint = self.endpoint
        with self.controls.concurrency:
            self.controls.throttle.acquire()
            self.controls.count_request()
            try:
                data = b"".join(tts.stream())
            except gTTSError as exc:
                raise _explain(exc) from exc
            except AssertionError as exc:  # gTTS asserts on text it considers empty
                raise GttsFailure(f"gTTS từ chối đoạn văn bản ({exc}).", retryable=False) from exc
        if not data:
            raise GttsFailure("Google trả lời HTTP 200 nhưng không có âm thanh", retryable=True)
        try:
            frames, info = clean_mp3(data)
        except Mp3FormatError as exc:
            raise GttsFailure(f"Google trả về dữ liệu không phải MP3 dùng được: {exc}", retryable=True) from exc
        return EngineAudio("mp3", frames, info.sample_rate, info.channels)


def _explain(exc: Exception) -> GttsFailure:
    """Turn gTTS's error (which calls a 429 "Unknown") into one that says what happened."""
    response: requests.Response | None = getattr(exc, "rsp", None)
    if response is None:
        cause = exc.__context__
        if isinstance(cause, requests.Timeout):
            return GttsFailure("Google không trả lời kịp (hết thời gian chờ)", retryable=True)
        if isinstance(cause, requests.ConnectionError):
            return GttsFailure("không kết nối được tới Google TTS", retryable=True)
        return GttsFailure(f"lỗi khi gọi Google TTS: {cause or exc}", retryable=True)
    status = response.status_code
    if status == 429:
        return GttsFailure(
            "HTTP 429 (Google giới hạn số yêu cầu)", retryable=True, throttled=True, retry_after=_retry_after(response)
        )
    if status >= 500:
        return GttsFailure(f"HTTP {status} (lỗi phía Google)", retryable=True, retry_after=_retry_after(response))
    if status == 200:
        return GttsFailure("Google trả lời HTTP 200 nhưng không có âm thanh", retryable=True)
    return GttsFailure(f"HTTP {status} từ Google TTS (yêu cầu bị từ chối)", retryable=False)


class _Request(gTTS):
    """gTTS with its URL replaceable (for a mirror or a local fake); everything else is gTTS's own."""

    endpoint: str | None = None

    def _prepare_requests(self):  # type: ignore[no-untyped-def]
        prepared = super()._prepare_requests()
        if self.endpoint:
            for request in prepared:
                request.prepare_url(self.endpoint, None)
        return prepared


__all__ = ["CircuitOpen", "GttsEngine", "GttsFailure"]
