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
import struct
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import BinaryIO

import lameenc
import numpy as np

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
#: How many segments (evenly spread) estimate what the limiter takes off the loudness.
LIMITER_SAMPLE = 8
#: Never more gain or attenuation than this (a near-silent engine is not blown up into noise).
MAX_GAIN_DB = 20.0


@dataclass(frozen=True)
class Piece:
    """One segment's audio and where it belongs."""

    audio: EngineAudio
    pause_after_ms: int
    block_index: int
    segment_index: int


@dataclass(frozen=True)
class Chapter:
    """One chapter in the ID3 tag: a block of the article (title, paragraph …)."""

    block_index: int
    title: str


@dataclass(frozen=True)
class TagInfo:
    """What the ID3v2 tag says: title, source page, language and one chapter per block."""

    title: str = ""
    url: str | None = None
    language: str = "vie"
    chapters: Sequence[Chapter] = field(default_factory=tuple)


PieceSource = Callable[[], Iterable[Piece]]


# --- loudness (ITU-R BS.1770-4) ---------------------------------------------------------------------------


def _biquad_power(b: tuple[float, float, float], a: tuple[float, float, float], w: np.ndarray) -> np.ndarray:
    z1, z2 = np.exp(-1j * w), np.exp(-2j * w)
    h = (b[0] + b[1] * z1 + b[2] * z2) / (a[0] + a[1] * z1 + a[2] * z2)
    return np.abs(h) ** 2


def k_weighting_power(rate: int, n: int) -> np.ndarray:
    """|H(f)|² of the K-weighting filter (shelf + RLB high-pass) at the ``rfft`` bins of ``n`` samples.

    The two biquads are designed for ``rate`` from the standard's analogue parameters (as pyloudnorm does),
    so 22 050 Hz and 24 000 Hz engines are weighted correctly, not with the 48 kHz coefficients.
    """
    w = 2 * np.pi * np.fft.rfftfreq(n, 1 / rate) / rate
    # high shelf: +4 dB above ~1.5 kHz (the head's effect)
    gain_db, q, fc = 4.0, 1 / math.sqrt(2), 1500.0
    big_a = 10 ** (gain_db / 40)
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    sq = 2 * math.sqrt(big_a) * alpha
    shelf_b = (
        big_a * ((big_a + 1) + (big_a - 1) * cos + sq),
        -2 * big_a * ((big_a - 1) + (big_a + 1) * cos),
        big_a * ((big_a + 1) + (big_a - 1) * cos - sq),
    )
    shelf_a = ((big_a + 1) - (big_a - 1) * cos + sq, 2 * ((big_a - 1) - (big_a + 1) * cos),
               (big_a + 1) - (big_a - 1) * cos - sq)
    # high pass at 38 Hz (the "revised low-frequency B" curve)
    q, fc = 0.5, 38.0
    w0 = 2 * math.pi * fc / rate
    alpha = math.sin(w0) / (2 * q)
    cos = math.cos(w0)
    hp_b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
    hp_a = (1 + alpha, -2 * cos, 1 - alpha)
    return _biquad_power(shelf_b, shelf_a, w) * _biquad_power(hp_b, hp_a, w)


class LoudnessMeter:
    """Integrated loudness of audio fed in pieces, in LUFS, with the standard's two gates.

    Mean squares are kept per 100 ms step (K-weighted in the frequency domain, by Parseval); 400 ms blocks
    overlap by 75 % as the standard asks. Memory: one float per 100 ms of audio.

    >>> meter = LoudnessMeter(48000); meter.add(0.1 * np.sin(2 * np.pi * 1000 * np.arange(48000) / 48000))
    >>> round(meter.integrated_lufs(), 1)   # a 1 kHz sine at −20 dBFS reads about −23 LUFS (−3 dB for RMS)
    -23.0
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.step = rate // 10
        weights = k_weighting_power(rate, self.step)
        weights[1:] *= 2  # one-sided spectrum: count the negative frequencies too
        if self.step % 2 == 0:
            weights[-1] /= 2
        self._weights = (weights / (self.step * self.step)).astype(np.float32)
        self._carry = np.zeros(0, dtype=np.float32)
        self._steps: list[float] = []

    def add(self, samples: np.ndarray) -> None:
        """Feed samples in [-1, 1] (any length; the rest of a 100 ms step waits for the next call)."""
        data = np.concatenate([self._carry, samples.astype(np.float32, copy=False)])
        whole = len(data) // self.step * self.step
        if whole:
            spectrum = np.fft.rfft(data[:whole].reshape(-1, self.step), axis=1)
            power = (spectrum.real**2 + spectrum.imag**2) @ self._weights
            self._steps.extend(power.astype(np.float64).tolist())
        self._carry = data[whole:]

    def add_silence(self, count: int) -> None:
        """Pauses: whole silent steps cost nothing to analyse (their power is zero)."""
        fill = min(count, (-len(self._carry)) % self.step) if len(self._carry) else 0
        if fill:
            self.add(np.zeros(fill, dtype=np.float32))
            count -= fill
        if len(self._carry):  # the pause is shorter than what the step still needs
            self.add(np.zeros(count, dtype=np.float32))
            return
        self._steps.extend([0.0] * (count // self.step))
        self._carry = np.zeros(count % self.step, dtype=np.float32)

    def integrated_lufs(self) -> float:
        """Gated integrated loudness; ``-inf`` for silence."""
        steps = np.asarray(self._steps)
        if len(steps) < 4:
            steps = np.concatenate([steps, np.zeros(4 - len(steps))])
        blocks = np.convolve(steps, np.ones(4) / 4, mode="valid")
        with np.errstate(divide="ignore"):
            loud = -0.691 + 10 * np.log10(blocks)
        gated = blocks[loud > -70]
        if not len(gated):
            return float("-inf")
        relative = -0.691 + 10 * np.log10(gated.mean()) - 10
        gated = blocks[(loud > -70) & (loud > relative)]
        return float(-0.691 + 10 * np.log10(gated.mean()))


_TP_PHASES = 4
_TP_TAPS = 12


def _interpolation_matrix() -> np.ndarray:
    """Windowed-sinc taps for the 3 in-between phases of 4× oversampling (the 0 phase is the sample)."""
    offsets = np.arange(-_TP_TAPS + 1, _TP_TAPS + 1)  # window of 2*TAPS samples around the gap
    rows = []
    for phase in range(1, _TP_PHASES):
        t = offsets - phase / _TP_PHASES
        taps = np.sinc(t) * np.kaiser(len(t), 8.0)
        rows.append(taps / taps.sum())
    return np.array(rows)


_TP_MATRIX = _interpolation_matrix()


def true_peaks(samples: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """True (4× oversampled) peak magnitude around each candidate index, looking at both neighbouring gaps."""
    peaks = np.abs(samples[candidates]).astype(np.float64)
    for shift in (-1, 0):  # the gap before the sample and the gap after it
        index = (candidates + shift - _TP_TAPS + 1)[:, None] + np.arange(2 * _TP_TAPS)[None, :]
        inside = (index >= 0) & (index < len(samples))
        windows = np.where(inside, samples[np.clip(index, 0, len(samples) - 1)], 0.0)
        inter = np.abs(windows @ _TP_MATRIX.T).max(axis=1)
        peaks = np.maximum(peaks, inter)
    return peaks


def limit(samples: np.ndarray, ceiling: float, rate: int) -> np.ndarray:
    """Keep true peaks at or under ``ceiling`` (linear) with short, smooth gain dips instead of clipping.

    The gain each over-the-ceiling sample needs is taken per 1.5 ms block, spread to the two blocks on each
    side (a running minimum: ~3 ms of look-ahead and release) and interpolated linearly between block
    centres, so the gain at a peak is at most what it needs and the dip has no edges. Samples are float in
    [-1, 1]; nothing is computed where no true peak could reach the ceiling.
    """
    # A true peak cannot exceed the sample peak by more than about 3 dB: look only where it could, and only at
    # local maxima of |s| — an inter-sample peak sits in a gap next to one, and true_peaks looks at both gaps.
    magnitude = np.abs(samples)
    high = magnitude * math.sqrt(2) > ceiling
    padded = np.concatenate(([0.0], magnitude, [0.0]))
    high &= (magnitude >= padded[:-2]) & (magnitude >= padded[2:])
    candidates = np.nonzero(high)[0]
    if not len(candidates):
        return samples
    peaks = true_peaks(samples, candidates)
    over = peaks > ceiling
    if not over.any():
        return samples
    block = max(2, rate * 3 // 2000)
    blocks = np.ones(len(samples) // block + 1)
    np.minimum.at(blocks, candidates[over] // block, ceiling / peaks[over])
    padded = np.pad(blocks, 2, mode="edge")
    spread = np.minimum.reduce([padded[k : k + len(blocks)] for k in range(5)])
    centres = np.arange(len(blocks)) * block + (block - 1) / 2
    gain = np.interp(np.arange(len(samples)), centres, spread).astype(samples.dtype, copy=False)
    return samples * gain


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

    def add(self, piece: Piece) -> None:
        self.add_prepared(_prepare(piece, 1 / 32768.0, None))

    def add_prepared(self, item: _Prepared) -> None:
        self._count += 1
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
        return Measurement(self._meter.rate, self._meter.integrated_lufs(), self._peak, self._count)


def measure(pieces: Iterable[Piece], *, gain_db: float = 0.0, ceiling: float | None = None) -> Measurement:
    """Integrated loudness of the article as it will sound (trimmed speech and our pauses).

    With ``gain_db`` and ``ceiling`` it measures the gained and limited result instead (see assemble_mp3).
    """
    first = FirstPass()
    for item in _prepared(pieces, gain_db=gain_db, ceiling=ceiling):
        first.add_prepared(item)
    return first.result()


def loudness_gain_db(lufs: float, target_lufs: float, max_gain_db: float | None = None) -> float:
    """Gain that brings ``lufs`` to ``target_lufs``; silence gets none: ``loudness_gain_db(-10, -16) == -6``."""
    if not math.isfinite(lufs):
        return 0.0
    cap = MAX_GAIN_DB if max_gain_db is None else max_gain_db
    return max(-cap, min(cap, target_lufs - lufs))


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


# --- MP3 path ------------------------------------------------------------------------------------------


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
        offset = frames_done * template.samples
        marks.append(
            Mark(
                start_s=round((offset + start) / template.sample_rate, 3),
                end_s=round((offset + end) / template.sample_rate, 3),
                block_index=piece.block_index,
                segment_index=piece.segment_index,
            )
        )
        out.write(audio.data)
        frames_done += len(frames)
        # The chunk's own trailing silence counts towards the pause: the gap between words is what we chose.
        tail = len(frames) * template.samples - end if end else 0
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
                # target − loudness by the secant method, measuring the loss on an even sample of at most
                # LIMITER_SAMPLE segments rather than limiting the whole article again at every step.
                stride = max(1, math.ceil(first_pass.count / LIMITER_SAMPLE))
                plain = measure(itertools.islice(source(), 0, None, stride)).lufs

                def shortfall(gain: float) -> float:  # predicted loudness minus the target, in LU
                    limited = measure(itertools.islice(source(), 0, None, stride), gain_db=gain, ceiling=ceiling)
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


def render_id3(tags: TagInfo, marks: Sequence[Mark], duration_s: float, size: int | None = None) -> bytes:
    """An ID3v2.3 tag (``size`` bytes with padding when given): TIT2, WOAS, TLAN, TSSE, CHAP per block, CTOC.

    Chapter *i* runs from its block's first mark to the next block's first mark (the last to the end), so a
    podcast app's chapter list covers the whole file. Without marks (to size the tag) times are zero.
    """
    from mutagen.id3 import CHAP, CTOC, ID3, TIT2, TLAN, TSSE, WOAS, CTOCFlags

    starts: dict[int, float] = {}
    for mark in marks:
        starts.setdefault(mark.block_index, mark.start_s)
    tag = ID3()
    if tags.title:
        tag.add(TIT2(encoding=3, text=tags.title))
    if tags.url:
        tag.add(WOAS(url=tags.url))
    tag.add(TLAN(encoding=3, text=tags.language))
    tag.add(TSSE(encoding=3, text="Đọc bài viết"))
    ids = []
    chapters = list(tags.chapters)
    for n, chapter in enumerate(chapters):
        element = f"chp{chapter.block_index}"
        ids.append(element)
        begin = starts.get(chapter.block_index, 0.0) if n else 0.0
        later = [starts[c.block_index] for c in chapters[n + 1 :] if c.block_index in starts]
        end = later[0] if later else duration_s
        title = chapter.title if len(chapter.title) <= 80 else chapter.title[:79] + "…"
        tag.add(CHAP(element_id=element, start_time=round(begin * 1000), end_time=round(max(begin, end) * 1000),
                     sub_frames=[TIT2(encoding=3, text=title)]))
    if ids:
        tag.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                     sub_frames=[TIT2(encoding=3, text=tags.title or "Mục lục")]))
    buf = io.BytesIO()
    tag.save(buf, v2_version=3, v1=0, padding=lambda info: 0)
    data = buf.getvalue()
    if size is not None:
        if len(data) > size:
            raise EngineError("Thẻ ID3 lớn hơn chỗ đã dành cho nó.")
        buf = io.BytesIO()
        tag.save(buf, v2_version=3, v1=0, padding=lambda info: size - len(data))
        data = buf.getvalue()
        assert len(data) == size, (len(data), size)
    return data


# --- MP3 frame headers ---------------------------------------------------------------------------------

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
