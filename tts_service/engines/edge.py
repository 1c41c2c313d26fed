"""Microsoft Edge's neural Vietnamese voices through the edge-tts package (online, optional).

``edge_tts.Communicate(...).stream()`` speaks over a websocket and yields MP3 bytes in pieces (split anywhere,
even mid-frame) plus boundary events; the format is fixed: ``audio-24khz-48kbitrate-mono-mp3`` (MPEG-2
Layer III, 24 kHz mono, 48 kbps CBR). This module joins the pieces, checks they are whole clean frames, and
wraps each chunk in the same throttle, retry/backoff and circuit breaker as gtts (429s open the circuit).

Rate: the engine's rate is words per minute like espeak's; 165 wpm is edge's "+0%".
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Callable

from tts_service.engines.base import EngineAudio
from tts_service.engines.resilience import Controls, backoff_delay, shared_controls
from tts_service.errors import EngineError

NORMAL_WPM = 165
VOICES = ("vi-VN-HoaiMyNeural", "vi-VN-NamMinhNeural")
_SPEAKABLE = re.compile(r"\w")


def rate_percent(wpm: int | None) -> str:
    """edge-tts's relative rate: ``rate_percent(198) == "+20%"``, ``rate_percent(None) == "+0%"``."""
    if wpm is None:
        return "+0%"
    percent = max(-50, min(100, round((wpm / NORMAL_WPM - 1) * 100)))
    return f"{percent:+d}%"


class EdgeEngine:
    """``EdgeEngine().synthesize("Xin chào")`` → MP3 frames (24 kHz mono 48 kbps) from a neural voice."""

    name = "edge"
    max_chars = 400
    voices = VOICES
    default_voice = VOICES[0]
    output_format = "mp3"

    def __init__(
        self,
        *,
        timeout_s: float = 20.0,
        retries: int = 3,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 8.0,
        rate_per_s: float = 2.0,
        concurrency: int = 2,
        breaker_threshold: int = 3,
        breaker_cooldown_s: float = 300.0,
        controls: Controls | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.timeout_s = timeout_s
        self.retries = max(0, retries)
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.concurrency = max(1, concurrency)
        self.controls = controls or shared_controls(
            ("edge",), rate_per_s=rate_per_s, concurrency=concurrency,
            breaker_threshold=breaker_threshold, breaker_cooldown_s=breaker_cooldown_s, service="Edge TTS",
        )
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not crypto

    def synthesize(self, text: str, voice: str | None = None, rate: int | None = None) -> EngineAudio:
        from tts_service.audio import Mp3FormatError, clean_mp3, silence_mp3

        voice = voice or self.default_voice
        if voice not in self.voices:
            raise EngineError(f"edge không có giọng {voice!r}; chọn một trong {', '.join(self.voices)}.")
        if not _SPEAKABLE.search(text):
            return EngineAudio("mp3", silence_mp3(0.1, bitrate_kbps=48), 24000)
        last = ""
        for attempt in range(self.retries + 1):
            self.controls.breaker.before_call()
            throttled = False
            try:
                with self.controls.concurrency:
                    self.controls.throttle.acquire()
                    self.controls.count_request()
                    data = asyncio.run(self._fetch(text, voice, rate_percent(rate)))
                frames, info = clean_mp3(data)
            except Mp3FormatError as exc:
                last = f"edge trả về dữ liệu không phải MP3 dùng được: {exc}"
            except Exception as exc:  # edge-tts raises aiohttp, asyncio and its own errors
                last, throttled = _explain(exc)
            else:
                self.controls.breaker.record_success()
                return EngineAudio("mp3", frames, info.sample_rate, info.channels)
            if throttled:
                self.controls.breaker.record_throttled()
            else:
                self.controls.breaker.record_other_failure()
            if attempt < self.retries:
                self._sleep(backoff_delay(attempt, base_s=self.backoff_base_s, max_s=self.backoff_max_s,
                                          rng=self._rng))
        raise EngineError(f"edge: {last} (sau {self.retries + 1} lần thử).")

    async def _fetch(self, text: str, voice: str, rate: str) -> bytes:
        import edge_tts

        communicate = edge_tts.Communicate(
            text, voice, rate=rate, connect_timeout=round(min(self.timeout_s, 10)) or 1,
            receive_timeout=round(self.timeout_s) or 1,
        )
        pieces: list[bytes] = []

        async def collect() -> None:
            async for chunk in communicate.stream():
                if chunk.get("type") == "audio" and chunk.get("data"):
                    pieces.append(chunk["data"])

        await asyncio.wait_for(collect(), timeout=self.timeout_s)
        if not pieces:
            raise EngineError("edge trả lời nhưng không có âm thanh")
        return b"".join(pieces)


def _explain(exc: Exception) -> tuple[str, bool]:
    """(what happened, was it a 429)."""
    status = getattr(exc, "status", None)
    if status == 429:
        return "HTTP 429 (Microsoft giới hạn số yêu cầu)", True
    if isinstance(status, int):
        return f"HTTP {status} từ dịch vụ Edge TTS", False
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return "dịch vụ Edge TTS không trả lời kịp (hết thời gian chờ)", False
    if isinstance(exc, EngineError):
        return exc.message, False
    return f"{type(exc).__name__}: {exc}", False


__all__ = ["VOICES", "EdgeEngine", "rate_percent"]
