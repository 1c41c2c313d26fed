"""Assembly: engine audio for each segment → one tagged MP3 with pauses, even loudness and real timings.

Two paths, one result (CBR mono MPEG Layer III, no Xing/VBR header, ID3v2.3 tag with chapters):

- **PCM engines** (espeak, piper): :func:`assemble_mp3` makes two passes over the segments (the pipeline
  re-reads them from its segment cache, so neither pass holds the article). Pass 1 measures integrated
  loudness (ITU-R BS.1770 K-weighting, gated 400 ms blocks); pass 2 trims each segment's own leading and
  trailing silence, applies one gain towards ``loudness_lufs``, limits true peaks to ``true_peak_dbtp``, adds
  the pause for each boundary as silence, and encodes once with lameenc.
- **MP3 engines** (gtts, edge): frames are joined as they came (ID3/Xing stripped by :func:`clean_mp3`),
  with pauses as silent frames of the same format. Nothing is re-encoded; files that are VBR, tagged or of
  another format are refused rather than byte-joined.

Timings come from sample counts: for PCM, the samples encoded plus the codec's fixed delay; for MP3 chunks,
the speech found in each chunk's own decoded samples. Frame parsing here is also how tests and the server
measure duration (``mp3_duration``), and it skips the ID3 tag.
"""

from __future__ import annotations

import io
import itertools
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import lameenc
import numpy as np

from tts_service.audio.id3 import TagInfo, render_id3
from tts_service.audio.loudness import MAX_GAIN_DB, LoudnessMeter, limit, loudness_gain_db
from tts_service.audio.mp3 import (
    FrameCounter,
    FrameInfo,
    decode_mp3_bytes,
    iter_frames,
    main_data_begin,
    silent_frame,
)
from tts_service.engines.base import EngineAudio
from tts_service.errors import EngineError
from tts_service.models import Mark

# LAME's 576-sample encoder delay plus the 529-sample decoder delay: a decoder without gapless metadata
# (we write no Xing/LAME tag, to keep CBR files byte-exact and seekable) plays this much silence first.
ENCODER_DELAY_SAMPLES = 576 + 529
DECODER_DELAY_SAMPLES = 529

#: A segment's own silence below this level (about −50 dBFS) is trimmed; pauses are ours, not the engine's.
SILENCE_THRESHOLD = 100
#: Kept around trimmed speech so soft onsets and releases are not cut.
TRIM_MARGIN_S = 0.010
#: Headroom under the true-peak ceiling for what MP3 encoding adds to peaks (LAME at 48 kbps: up to ~0.9 dB seen).
CODEC_HEADROOM_DB = 1.5
#: About this much speech, in segments evenly spread, estimates what the limiter takes off the loudness
#: (whatever the segments' length: a sentence per segment or a 100-character request).
LIMITER_SAMPLE_S = 40.0


@dataclass(frozen=True)
class Piece:
    """One segment's audio and where it belongs."""

    audio: EngineAudio
    pause_after_ms: int
    block_index: int
    segment_index: int


PieceSource = Callable[[], Iterable[Piece]]


def speech_span(samples: np.ndarray, rate: int, threshold: int = SILENCE_THRESHOLD) -> tuple[int, int]:
    """[start, end) of the audible part, with a small margin: the engine's own silence is not our pause."""
    loud = np.nonzero(np.abs(samples) > threshold)[0]
    if not len(loud):
        return 0, 0
    margin = int(rate * TRIM_MARGIN_S)
    return max(0, int(loud[0]) - margin), min(len(samples), int(loud[-1]) + 1 + margin)


def _pcm(audio: EngineAudio) -> np.ndarray:
    if audio.format != "pcm_s16le" or audio.channels != 1:
        raise EngineError(f"Không ghép được âm thanh định dạng {audio.format}/{audio.channels} kênh như PCM.")
    return np.frombuffer(audio.data[: len(audio.data) // 2 * 2], dtype="<i2")


# --- PCM path ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    rate: int
    lufs: float
    peak: float  # sample peak of the trimmed speech, linear (1.0 = full scale)
    count: int  # segments measured
    speech_s: float = 0.0  # seconds of trimmed speech in them


@dataclass(frozen=True)
class _Prepared:
    piece: Piece
    rate: int
    speech: np.ndarray  # float, trimmed, gained and (when asked) limited


def _prepare(piece: Piece, scale: float, ceiling: float | None) -> _Prepared:
    samples = _pcm(piece.audio)
    rate = piece.audio.sample_rate
    start, end = speech_span(samples, rate)
    speech = samples[start:end].astype(np.float32) * np.float32(scale)
    if ceiling is not None:
        speech = limit(speech, ceiling, rate)
    return _Prepared(piece, rate, speech)


def _prepared(pieces: Iterable[Piece], *, gain_db: float, ceiling: float | None) -> Iterator[_Prepared]:
    """Segments trimmed, gained and limited one step ahead in a worker thread, in order.

    The caller's own work (encoding: lameenc releases the GIL; loudness FFTs) overlaps with the next
    segment's preparation on a second core; at most two segments are in memory at a time.
    """
    scale = 10 ** (gain_db / 20) / 32768.0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tts-prepare") as pool:
        ahead: deque[Future[_Prepared]] = deque()
        for piece in pieces:
            ahead.append(pool.submit(_prepare, piece, scale, ceiling))
            if len(ahead) > 1:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


class FirstPass:
    """Loudness and sample peak of an article fed segment by segment, in order (what :func:`measure` does).

    The pipeline feeds it while the engine is still reading later segments, so the first pass costs no
    time after synthesis: ``fp = FirstPass(); fp.add(piece) …; assemble_mp3(…, measured=fp.result())``.
    """

    def __init__(self) -> None:
        self._meter: LoudnessMeter | None = None
        self._peak = 0.0
        self._count = 0
        self._samples = 0

    def add(self, piece: Piece) -> None:
        self.add_prepared(_prepare(piece, 1 / 32768.0, None))

    def add_prepared(self, item: _Prepared) -> None:
        self._count += 1
        self._samples += len(item.speech)
        if self._meter is None:
            self._meter = LoudnessMeter(item.rate)
        elif item.rate != self._meter.rate:
            raise EngineError(f"Tần số lấy mẫu khác nhau giữa các đoạn ({item.rate} ≠ {self._meter.rate}).")
        if len(item.speech):
            self._peak = max(self._peak, float(np.abs(item.speech).max()))
        self._meter.add(item.speech)
        self._meter.add_silence(item.rate * item.piece.pause_after_ms // 1000)

    def result(self) -> Measurement:
        if self._meter is None:
            raise EngineError("Không có đoạn âm thanh nào để ghép.")
        return Measurement(self._meter.rate, self._meter.integrated_lufs(), self._peak, self._count,
                           self._samples / self._meter.rate)


def measure(pieces: Iterable[Piece], *, gain_db: float = 0.0, ceiling: float | None = None) -> Measurement:
    """Integrated loudness of the article as it will sound (trimmed speech and our pauses).

    With ``gain_db`` and ``ceiling`` it measures the gained and limited result instead (see assemble_mp3).
    """
    first = FirstPass()
    for item in _prepared(pieces, gain_db=gain_db, ceiling=ceiling):
        first.add_prepared(item)
    return first.result()


def encode_pcm(
    pieces: Iterable[Piece], out: BinaryIO, *, bitrate_kbps: int, gain_db: float, true_peak_dbtp: float
) -> tuple[float, list[Mark]]:
    """Pass 2: trim, gain, limit, pause and encode once; marks are the encoded sample positions."""
    encoder: lameenc.Encoder | None = None
    rate = 0
    samples_done = 0
    marks: list[Mark] = []
    ceiling = 10 ** ((true_peak_dbtp - CODEC_HEADROOM_DB) / 20)
    written = FrameCounter(out)
    for item in _prepared(pieces, gain_db=gain_db, ceiling=ceiling):
        piece, speech = item.piece, item.speech
        if encoder is None:
            rate = item.rate
            encoder = lameenc.Encoder()
            encoder.set_bit_rate(bitrate_kbps)
            encoder.set_in_sample_rate(rate)
            encoder.set_out_sample_rate(rate)
            encoder.set_channels(1)
            encoder.set_quality(2)
        elif item.rate != rate:
            raise EngineError(f"Tần số lấy mẫu khác nhau giữa các đoạn ({item.rate} ≠ {rate}).")
        written.write(encoder.encode(np.clip(np.rint(speech * 32768.0), -32768, 32767).astype("<i2").tobytes()))
        marks.append(
            Mark(
                start_s=round((samples_done + ENCODER_DELAY_SAMPLES) / rate, 3),
                end_s=round((samples_done + len(speech) + ENCODER_DELAY_SAMPLES) / rate, 3),
                block_index=piece.block_index,
                segment_index=piece.segment_index,
            )
        )
        samples_done += len(speech)
        pause = rate * piece.pause_after_ms // 1000
        if pause:
            written.write(encoder.encode(b"\0\0" * pause))
            samples_done += pause
    if encoder is None:
        raise EngineError("Không có đoạn âm thanh nào để ghép.")
    written.write(encoder.flush())
    # The duration is the frames LAME actually wrote (its flush may add one more frame than the samples
    # strictly need), so it equals what a decoder plays and what mp3_duration counts.
    return written.close(), marks


def speech_frames(data: bytes, frames: Sequence[FrameInfo], start: int, end: int) -> tuple[int, int]:
    """[first, last) frames that carry the decoded speech ``[start, end)`` of a chunk: its silence is dropped.

    MP3 granules overlap, so one frame is kept on each side (a granule needs its neighbour to decode), and
    the stream starts only at a frame whose audio data does not lie in an earlier frame (bit reservoir).
    The engine's own silence is cut whole frames at a time, never re-encoded: a chunk that continues the
    sentence is followed by a breath (≤ 2 frames, 48 ms at 24 kHz), not by the engine's sentence-final gap.
    """
    if not end:
        return 0, len(frames)
    size = frames[0].samples
    last = min(len(frames), -(-end // size) + 1)
    first = max(0, start // size - 1)
    while first and main_data_begin(data, frames[first]):
        first -= 1
    return first, last


def join_mp3(pieces: Iterable[Piece], out: BinaryIO) -> tuple[float, list[Mark]]:
    """Join clean MP3 chunks frame by frame with silent frames for pauses; marks from decoded speech.

    Every chunk must have the first chunk's format (MPEG version, sample rate, bitrate, channels): a
    decoder plays a CBR stream of identical frames seamlessly, anything else would not be one file.
    """
    template: FrameInfo | None = None
    silence = b""
    frames_done = 0
    marks: list[Mark] = []
    for piece in pieces:
        audio = piece.audio
        if audio.format != "mp3":
            raise EngineError(f"Không ghép được âm thanh định dạng {audio.format} như MP3.")
        frames = list(iter_frames(audio.data))
        if not frames or frames[-1].offset + frames[-1].length != len(audio.data):
            raise EngineError("Đoạn MP3 không gồm toàn khung MP3 nguyên vẹn (còn thẻ ID3/Xing hoặc bị cắt).")
        if template is None:
            template = frames[0]
            silence = silent_frame(template)
        for frame in frames:
            if frame.format != template.format:
                raise EngineError(
                    f"Các đoạn MP3 khác định dạng ({frame.describe()} ≠ {template.describe()}); không ghép byte."
                )
        pcm, _rate = decode_mp3_bytes(audio.data)
        start, end = speech_span(pcm, template.sample_rate)
        first, last = speech_frames(audio.data, frames, start, end)
        offset = (frames_done - first) * template.samples
        marks.append(
            Mark(
                start_s=round((offset + start) / template.sample_rate, 3),
                end_s=round((offset + end) / template.sample_rate, 3),
                block_index=piece.block_index,
                segment_index=piece.segment_index,
            )
        )
        out.write(audio.data[frames[first].offset : frames[last - 1].offset + frames[last - 1].length])
        frames_done += last - first
        # The chunk's own trailing silence (what is left of it) counts towards the pause.
        tail = last * template.samples - end if end else 0
        wanted = template.sample_rate * piece.pause_after_ms // 1000 - tail
        count = max(0, round(wanted / template.samples))
        out.write(silence * count)
        frames_done += count
    if template is None:
        raise EngineError("Không có đoạn âm thanh nào để ghép.")
    return frames_done * template.samples / template.sample_rate, marks


# --- both paths --------------------------------------------------------------------------------------


def assemble_mp3(
    pieces: PieceSource | Sequence[Piece],
    out: BinaryIO,
    *,
    bitrate_kbps: int = 48,
    loudness_lufs: float | None = -16.0,
    true_peak_dbtp: float = -1.0,
    tags: TagInfo | None = None,
    measured: Measurement | None = None,
) -> tuple[float, list[Mark]]:
    """Write one MP3 for ``pieces`` into ``out`` (seekable); return its duration and per-segment marks.

    ``measured``: the first loudness pass, when the caller made it already (:class:`FirstPass`).

    ``pieces`` is a list or a function that yields them afresh: the PCM path reads them twice (measure,
    then encode), so the pipeline streams them from its segment cache instead of holding the article.
    The ID3 tag's room is reserved first and filled in at the end, when the chapter times are known.
    """
    source: PieceSource = pieces if callable(pieces) else (lambda: pieces)
    first = next(iter(source()), None)
    if first is None:
        raise EngineError("Không có đoạn âm thanh nào để ghép.")
    reserved = 0
    if tags is not None:
        reserved = len(render_id3(tags, [], 0.0)) + 256
        out.write(b"\0" * reserved)
    if first.audio.format == "mp3":
        duration, marks = join_mp3(source(), out)
    else:
        gain_db = 0.0
        if loudness_lufs is not None:
            first_pass = measured or measure(source())
            gain_db = loudness_gain_db(first_pass.lufs, loudness_lufs)
            ceiling = 10 ** ((true_peak_dbtp - CODEC_HEADROOM_DB) / 20)
            if first_pass.peak * 10 ** (gain_db / 20) * math.sqrt(2) > ceiling:
                # The limiter takes some loudness off a peaky engine (espeak clips as it is), and the more
                # gain, the more it takes (about 0.4 dB per dB for espeak). Solve gain − loss(gain) =
                # target − loudness by the secant method, measuring the loss on an even sample of segments
                # holding about LIMITER_SAMPLE_S of speech rather than limiting the whole article at every step.
                share = min(1.0, LIMITER_SAMPLE_S / first_pass.speech_s) if first_pass.speech_s else 1.0
                stride = max(1, math.ceil(first_pass.count / max(1, round(first_pass.count * share))))
                # the sample is read once (≈ LIMITER_SAMPLE_S of speech held) for every step below
                sample = list(itertools.islice(source(), 0, None, stride))
                plain = measure(sample).lufs

                def shortfall(gain: float) -> float:  # predicted loudness minus the target, in LU
                    limited = measure(sample, gain_db=gain, ceiling=ceiling)
                    return first_pass.lufs + gain - (plain + gain - limited.lufs) - loudness_lufs

                def clamp(gain: float) -> float:
                    return max(-MAX_GAIN_DB, min(MAX_GAIN_DB, gain))

                g0, f0 = gain_db, shortfall(gain_db)
                g1 = clamp(g0 - f0)
                for _ in range(4):
                    f1 = shortfall(g1)
                    if abs(f1) < 0.05 or f1 == f0:
                        break
                    g0, f0, g1 = g1, f1, clamp(g1 - f1 * (g1 - g0) / (f1 - f0))
                gain_db = g1
        duration, marks = encode_pcm(
            source(), out, bitrate_kbps=bitrate_kbps, gain_db=gain_db, true_peak_dbtp=true_peak_dbtp
        )
    if tags is not None:
        out.seek(0)
        out.write(render_id3(tags, marks, duration, size=reserved))
        out.seek(0, io.SEEK_END)
    return duration, marks
