"""MP3 frames: parse Layer III headers, strip tags and Xing frames, make silent frames, count durations.

``mp3_duration(data)`` counts frames (exact for CBR, skips the ID3 tag); ``clean_mp3`` refuses anything that
cannot be byte-joined (VBR, mixed formats, truncated frames); ``silent_frame`` decodes to zeros everywhere.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

from tts_service.errors import EngineError

_BITRATES = {
    (1, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],  # MPEG-1 Layer III
    (2, 3): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],  # MPEG-2/2.5 Layer III
}
_RATES = {1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 25: [11025, 12000, 8000]}
_VERSION_BITS = {1: 3, 2: 2, 25: 0}


class Mp3FormatError(ValueError):
    """Bytes that are not a clean stream of Layer III frames."""


@dataclass(frozen=True)
class FrameInfo:
    offset: int
    length: int
    bitrate_kbps: int
    sample_rate: int
    samples: int
    version: int
    channels: int = 1
    header: int = 0

    @property
    def format(self) -> tuple[int, int, int, int]:
        return (self.version, self.sample_rate, self.bitrate_kbps, self.channels)

    def describe(self) -> str:
        name = {1: "MPEG-1", 2: "MPEG-2", 25: "MPEG-2.5"}[self.version]
        return f"{name} {self.sample_rate} Hz {self.bitrate_kbps} kbps {self.channels} kênh"


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
        channels = 1 if (header >> 6) & 3 == 3 else 2
        yield FrameInfo(pos, length, bitrate, rate, samples, version, channels, header)
        pos += length


def _side_info_size(frame: FrameInfo) -> int:
    if frame.version == 1:
        return 17 if frame.channels == 1 else 32
    return 9 if frame.channels == 1 else 17


def main_data_begin(data: bytes, frame: FrameInfo) -> int:
    """How many bytes before this frame its audio data starts (the bit reservoir); 0 when it stands alone.

    A stream may start at a frame only where this is 0: otherwise its audio lives in the frames cut off.
    """
    at = frame.offset + 4 + (0 if (frame.header >> 16) & 1 else 2)
    if frame.version == 1:  # 9 bits in MPEG-1, 8 in MPEG-2/2.5
        return (data[at] << 1) | (data[at + 1] >> 7)
    return data[at]


def is_info_frame(data: bytes, frame: FrameInfo) -> bool:
    """A Xing/Info (LAME) or VBRI header frame: metadata, no audio, and wrong for a joined file."""
    at = frame.offset + 4 + (0 if (frame.header >> 16) & 1 else 2) + _side_info_size(frame)
    return data[at : at + 4] in (b"Xing", b"Info") or data[frame.offset + 36 : frame.offset + 40] == b"VBRI"


def clean_mp3(data: bytes) -> tuple[bytes, FrameInfo]:
    """Only the audio frames of an MP3 file: no ID3v2/ID3v1/APE tag, no Xing/Info/VBRI frame.

    Refuses VBR (frames of different bitrates), mixed formats, truncated frames and anything not MPEG
    Layer III, because such chunks cannot be byte-joined into one CBR stream.
    """
    frames = list(iter_frames(data))
    if not frames:
        raise Mp3FormatError("không có khung MP3 Layer III nào")
    if is_info_frame(data, frames[0]):
        frames = frames[1:]
        if not frames:
            raise Mp3FormatError("chỉ có khung Xing/Info, không có âm thanh")
    last = frames[-1]
    end = last.offset + last.length
    if end > len(data):
        raise Mp3FormatError("khung MP3 cuối bị cắt cụt")
    rest = data[end:]
    if rest and not (rest.startswith((b"TAG", b"APETAGEX", b"ID3")) or not rest.strip(b"\0")):
        raise Mp3FormatError(f"{len(rest)} byte lạ sau khung MP3 cuối")
    formats = {f.format for f in frames}
    if len(formats) != 1:
        raise Mp3FormatError("nhiều định dạng hoặc bitrate thay đổi (VBR) — không ghép byte được")
    first = frames[0]
    return data[first.offset : end], first


def silent_frame(like: FrameInfo) -> bytes:
    """One frame of digital silence in ``like``'s format: zero side info (no main data), no CRC, no padding.

    All granules have ``part2_3_length = 0`` and ``global_gain = 0``, so every decoder outputs zeros, and
    ``main_data_begin = 0`` keeps the next chunk's bit reservoir untouched.
    """
    header = (like.header | (1 << 16)) & ~(1 << 9)  # protection bit set = no CRC; no padding
    length = (like.samples // 8 * like.bitrate_kbps * 1000) // like.sample_rate
    return struct.pack(">I", header) + b"\0" * (length - 4)


def frame_header(*, version: int = 2, sample_rate: int = 24000, bitrate_kbps: int = 32, channels: int = 1) -> int:
    """A Layer III header word: ``frame_header()`` is Google TTS's MPEG-2 24 kHz 32 kbps mono."""
    table = _BITRATES[(1 if version == 1 else 2, 3)]
    return (
        (0x7FF << 21) | (_VERSION_BITS[version] << 19) | (1 << 17) | (1 << 16)
        | (table.index(bitrate_kbps) << 12) | (_RATES[version].index(sample_rate) << 10)
        | ((3 if channels == 1 else 0) << 6)
    )


def silence_mp3(seconds: float, *, sample_rate: int = 24000, bitrate_kbps: int = 32) -> bytes:
    """Silent MPEG-2 mono frames lasting at least ``seconds``."""
    header = frame_header(sample_rate=sample_rate, bitrate_kbps=bitrate_kbps)
    like = FrameInfo(0, 0, bitrate_kbps, sample_rate, 576, 2, 1, header)
    return silent_frame(like) * max(1, math.ceil(seconds * sample_rate / 576))


def mp3_duration(data: bytes) -> float:
    """Duration in seconds by counting frames (exact for our CBR files; no Xing header needed)."""
    total = 0
    rate = 0
    for frame in iter_frames(data):
        total += frame.samples
        rate = frame.sample_rate
    return total / rate if rate else 0.0


class FrameCounter:
    """Writes MP3 bytes through to ``out`` and counts the whole frames in them (they may arrive split)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.samples = 0
        self.rate = 0
        self._rest = b""

    def write(self, data: bytes) -> None:
        self.out.write(data)
        buf = self._rest + data
        end = 0
        for frame in iter_frames(buf):
            if frame.offset + frame.length > len(buf):
                break
            self.samples += frame.samples
            self.rate = frame.sample_rate
            end = frame.offset + frame.length
        self._rest = buf[end:]

    def close(self) -> float:
        """Duration in seconds of what was written; refuses anything that was not whole frames."""
        if self._rest:
            raise EngineError(f"Bộ mã hoá MP3 để lại {len(self._rest)} byte không phải khung MP3 nguyên.")
        return self.samples / self.rate if self.rate else 0.0


def decode_mp3_bytes(data: bytes) -> tuple[np.ndarray, int]:
    """Decode MP3 bytes with the wheel-shipped ffmpeg: (16-bit mono samples, sample rate)."""
    from tts_service.media import decode_mp3_bytes as decode

    info = next(iter_frames(data), None)
    if info is None:
        raise Mp3FormatError("không có khung MP3 nào")
    try:
        pcm = decode(data, info.sample_rate)
    except RuntimeError as exc:
        raise Mp3FormatError(str(exc)) from exc
    return np.frombuffer(pcm, dtype="<i2"), info.sample_rate
