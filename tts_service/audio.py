"""Assembly: engine audio for each segment → one MP3 with pauses and real timings.

PCM engines: samples are joined with silence for each pause, scaled by one gain, and encoded once (lameenc,
CBR mono). Timings come from the sample counts that were encoded, shifted by the encoder's start delay, so
they match what a decoder plays. MP3 frame parsing here is also how tests and the server measure duration.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import lameenc
import numpy as np

from tts_service.engines.base import EngineAudio
from tts_service.errors import EngineError
from tts_service.models import Mark

# LAME's 576-sample encoder delay plus the 529-sample decoder delay: a decoder without gapless metadata
# (we write no Xing/LAME tag, to keep CBR files byte-exact and seekable) plays this much silence first.
ENCODER_DELAY_SAMPLES = 576 + 529


@dataclass(frozen=True)
class Piece:
    """One segment's audio and where it belongs."""

    audio: EngineAudio
    pause_after_ms: int
    block_index: int
    segment_index: int


def _gain(pcm: bytes, gain_db: float) -> bytes:
    """Scale 16-bit samples by ``gain_db`` with clipping: ``_gain(b"\\x00\\x40", -6.02)`` ≈ half the value."""
    if not pcm or gain_db == 0:
        return pcm
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    samples *= 10 ** (gain_db / 20)
    return np.clip(samples, -32768, 32767).astype("<i2").tobytes()


def assemble_mp3(
    pieces: Iterable[Piece],
    out: BinaryIO,
    *,
    bitrate_kbps: int = 48,
    gain_db: float = -1.5,
) -> tuple[float, list[Mark]]:
    """Encode ``pieces`` into ``out`` as one CBR mono MP3; return its duration and per-segment marks.

    Audio is streamed piece by piece into the encoder, never held whole.
    """
    encoder: lameenc.Encoder | None = None
    rate = 0
    samples_done = 0
    marks: list[Mark] = []
    for piece in pieces:
        audio = piece.audio
        if audio.format != "pcm_s16le" or audio.channels != 1:
            raise EngineError(f"Không ghép được âm thanh định dạng {audio.format}/{audio.channels} kênh.")
        if encoder is None:
            rate = audio.sample_rate
            encoder = lameenc.Encoder()
            encoder.set_bit_rate(bitrate_kbps)
            encoder.set_in_sample_rate(rate)
            encoder.set_channels(1)
            encoder.set_quality(2)
        elif audio.sample_rate != rate:
            raise EngineError(f"Tần số lấy mẫu khác nhau giữa các đoạn ({audio.sample_rate} ≠ {rate}).")
        n = len(audio.data) // 2
        start = samples_done
        out.write(encoder.encode(_gain(audio.data[: n * 2], gain_db)))
        samples_done += n
        marks.append(
            Mark(
                start_s=round((start + ENCODER_DELAY_SAMPLES) / rate, 3),
                end_s=round((samples_done + ENCODER_DELAY_SAMPLES) / rate, 3),
                block_index=piece.block_index,
                segment_index=piece.segment_index,
            )
        )
        pause = rate * piece.pause_after_ms // 1000
        if pause:
            out.write(encoder.encode(b"\0\0" * pause))
            samples_done += pause
    if encoder is None:
        raise EngineError("Không có đoạn âm thanh nào để ghép.")
    out.write(encoder.flush())
    duration = mp3_duration_from_samples(samples_done + ENCODER_DELAY_SAMPLES, rate)
    return duration, marks


def mp3_duration_from_samples(samples: int, rate: int) -> float:
    """Duration of the whole frames an encoder writes for ``samples``: ``(22050, 22050)`` → 1.019…"""
    frame = 576 if rate < 32000 else 1152
    return math.ceil(samples / frame) * frame / rate


# --- MP3 frame headers ---------------------------------------------------------------------------------

_BITRATES = {
    (1, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],  # MPEG-1 Layer III
    (2, 3): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],  # MPEG-2/2.5 Layer III
}
_RATES = {1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000]}


@dataclass(frozen=True)
class FrameInfo:
    offset: int
    length: int
    bitrate_kbps: int
    sample_rate: int
    samples: int
    version: int


def skip_id3(data: bytes) -> int:
    """Offset of the first byte after an ID3v2 tag (0 when there is none)."""
    if data[:3] == b"ID3" and len(data) >= 10:
        size = 0
        for byte in data[6:10]:
            size = (size << 7) | (byte & 0x7F)
        return 10 + size + (10 if data[5] & 0x10 else 0)
    return 0


def iter_frames(data: bytes) -> Iterator[FrameInfo]:
    """Walk Layer III frame headers; stop at the first byte that is not a frame (or an ID3v1 tag)."""
    pos = skip_id3(data)
    while pos + 4 <= len(data):
        (header,) = struct.unpack(">I", data[pos : pos + 4])
        if header >> 21 != 0x7FF:
            return
        version_bits = (header >> 19) & 3
        layer_bits = (header >> 17) & 3
        bitrate_index = (header >> 12) & 0xF
        rate_index = (header >> 10) & 3
        padding = (header >> 9) & 1
        if version_bits == 1 or layer_bits != 1 or bitrate_index in (0, 15) or rate_index == 3:
            return
        version = {3: 1, 2: 2, 0: 25}[version_bits]
        bitrate = _BITRATES[(1 if version == 1 else 2, 3)][bitrate_index]
        rate = _RATES[version][rate_index]
        samples = 1152 if version == 1 else 576
        length = (samples // 8 * bitrate * 1000) // rate + padding
        yield FrameInfo(pos, length, bitrate, rate, samples, version)
        pos += length


def mp3_duration(data: bytes) -> float:
    """Duration in seconds by counting frames (exact for our CBR files; no Xing header needed)."""
    total = 0
    rate = 0
    for frame in iter_frames(data):
        total += frame.samples
        rate = frame.sample_rate
    return total / rate if rate else 0.0
