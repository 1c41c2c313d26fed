"""Does a chunk cut mid-sentence end like a sentence? Pitch at the end of each such chunk, espeak-ng, measured.

    PYTHONPATH=. .venv/bin/python bench/bench_continuation.py

The reference article is cut at gTTS's bound (100 characters); for every chunk that ends mid-sentence, espeak
reads it four ways: as sent (no punctuation), with a full stop (the sentence-final baseline), with a comma
(espeak's usual continuation), and inside the whole sentence (the chunk and the next one read as one text,
measured up to where the next word starts, found with espeak's word events). A plain autocorrelation F0 tracker
(30 ms windows, 5 ms hop, 70–300 Hz) gives the median F0 and the slope over the last 200 ms of voiced speech.
Ratios: as sent ÷ sentence-final, as sent ÷ inside the sentence.
"""

from __future__ import annotations

import ctypes
import statistics
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tts_service.audio import speech_span  # noqa: E402
from tts_service.engines import espeak  # noqa: E402
from tts_service.text import normalize, segment_with_boundaries  # noqa: E402

_EVENT_WORD = 1
_EVENT_END = 0


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint), ("text_position", ctypes.c_int),
                ("length", ctypes.c_int), ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_int64)]


class WordTimedEspeak:
    """espeak-ng's library with a callback that also keeps the sample where each word starts."""

    def __init__(self) -> None:
        self.lib = espeak._get_library()
        self.word_samples: list[int] = []
        self._callback = espeak._CALLBACK(self._collect)
        self.lib.lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: ctypes.Array, numsamples: int, events: int) -> int:
        if numsamples > 0 and wav:
            self.lib._chunks.append(ctypes.string_at(wav, numsamples * 2))
        event = ctypes.cast(events, ctypes.POINTER(_Event))
        i = 0
        while event[i].type != _EVENT_END:
            if event[i].type == _EVENT_WORD:
                self.word_samples.append(event[i].sample)
            i += 1
        return 0

    def say(self, text: str) -> tuple[np.ndarray, list[int]]:
        self.word_samples = []
        pcm = self.lib.synthesize(text, "vi", espeak.EspeakEngine.default_rate)
        return np.frombuffer(pcm, dtype="<i2").astype(np.float64), list(self.word_samples)


def f0_track(x: np.ndarray, rate: int, lo: float = 70, hi: float = 300) -> np.ndarray:
    """F0 per 5 ms hop (NaN where unvoiced): the shortest autocorrelation lag within 85 % of the best peak."""
    n, hop = int(0.03 * rate), int(0.005 * rate)
    a, b = int(rate / hi), int(rate / lo)
    out = []
    for s in range(0, len(x) - n, hop):
        frame = x[s : s + n] - x[s : s + n].mean()
        if np.sqrt((frame * frame).mean()) < 300:
            out.append(np.nan)
            continue
        ac = np.correlate(frame, frame, "full")[n - 1 :]
        ac /= ac[0]
        lags = ac[a:b]
        best = float(lags.max())
        peaks = [i for i in range(1, len(lags) - 1) if lags[i - 1] <= lags[i] >= lags[i + 1] and lags[i] > 0.85 * best]
        k = a + (peaks[0] if peaks else int(lags.argmax()))
        out.append(rate / k if ac[k] > 0.5 else np.nan)
    return np.array(out)


def tail_pitch(x: np.ndarray, rate: int, end: int | None = None) -> tuple[float, float]:
    """(median F0 in Hz, slope in Hz/s) over the last 200 ms of speech before ``end``."""
    start, stop = speech_span(x.astype(np.int16), rate)
    stop = min(stop, end) if end else stop
    f0 = f0_track(x[max(start, stop - rate // 5) : stop], rate)
    t = np.arange(len(f0)) * 0.005
    voiced = ~np.isnan(f0)
    if voiced.sum() < 4:
        return float("nan"), float("nan")
    return float(np.median(f0[voiced])), float(np.polyfit(t[voiced], f0[voiced], 1)[0])


def main() -> None:
    text = (ROOT / "tts_service/data/demo/huecity-hoi-nghi-truc-bao-quy-iii.txt").read_text(encoding="utf-8")
    blocks = [normalize(line) for line in text.splitlines()[4:] if line.strip()]
    pairs = []
    for block in blocks:
        pieces = segment_with_boundaries(block, 100)
        pairs += [(a, b) for (a, kind), (b, _) in pairwise(pieces) if kind == "word"]
    engine = WordTimedEspeak()
    rate = engine.lib.sample_rate
    rows = []
    print(f"{len(pairs)} mid-sentence cuts in the reference article at 100 characters (espeak-ng, voice vi)")
    print("| chunk end | as sent Hz (slope) | '.' Hz (slope) | ',' Hz (slope) | inside Hz (slope) |")
    print("|---|---:|---:|---:|---:|")
    for head, rest in pairs:
        sent = tail_pitch(engine.say(head)[0], rate)
        final = tail_pitch(engine.say(head + ".")[0], rate)
        comma = tail_pitch(engine.say(head + ",")[0], rate)
        whole, words = engine.say(head + " " + rest)
        n = len(head.split())
        inside = tail_pitch(whole, rate, end=words[n] if len(words) > n else None)
        rows.append((sent, final, comma, inside))
        cells = " | ".join(f"{hz:.0f} ({slope:+.0f})" for hz, slope in (sent, final, comma, inside))
        print(f"| …{head[-28:]} | {cells} |")
    med = [statistics.median(r[i][0] for r in rows if r[i][0] == r[i][0]) for i in range(4)]
    slope = [statistics.median(r[i][1] for r in rows if r[i][1] == r[i][1]) for i in range(4)]
    print(f"median F0, last 200 ms: as sent {med[0]:.1f} Hz, sentence-final {med[1]:.1f}, comma {med[2]:.1f}, "
          f"inside the sentence {med[3]:.1f}; slopes {slope[0]:+.0f}, {slope[1]:+.0f}, {slope[2]:+.0f}, "
          f"{slope[3]:+.0f} Hz/s")
    ratio_final = statistics.median(r[0][0] / r[1][0] for r in rows if r[0][0] == r[0][0] and r[1][0] == r[1][0])
    ratio_inside = statistics.median(r[0][0] / r[3][0] for r in rows if r[0][0] == r[0][0] and r[3][0] == r[3][0])
    print(f"ratio as sent / sentence-final: {ratio_final:.3f}; as sent / inside the sentence: {ratio_inside:.3f}")


if __name__ == "__main__":
    main()
