"""The one small interface every speech engine implements.

An engine turns a chunk of *spoken* Vietnamese (already normalized, ≤ ``max_chars``) into audio.
PCM engines return signed 16-bit little-endian mono samples; MP3 engines return MP3 frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

AudioFormat = Literal["pcm_s16le", "mp3"]


@dataclass(frozen=True)
class EngineAudio:
    """Audio for one chunk, as the engine produced it."""

    format: AudioFormat
    data: bytes
    sample_rate: int
    channels: int = 1

    @property
    def duration_s(self) -> float:
        """Exact for PCM (``len(data) / 2 / rate``); MP3 callers decode instead."""
        if self.format != "pcm_s16le":
            raise ValueError("duration of compressed audio needs decoding")
        return len(self.data) / (2 * self.channels * self.sample_rate)


@runtime_checkable
class Engine(Protocol):
    """What the pipeline needs from a speech engine."""

    name: str
    max_chars: int
    voices: tuple[str, ...]
    default_voice: str
    output_format: AudioFormat
    #: How many ``synthesize`` calls may usefully run at once (1 for engines with global state).
    concurrency: int

    def synthesize(self, text: str, voice: str | None = None, rate: int | None = None) -> EngineAudio:
        """Speak ``text`` (≤ ``max_chars``) with ``voice`` at ``rate`` (words per minute, engine-specific)."""
        ...
