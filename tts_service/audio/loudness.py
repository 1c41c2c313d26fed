"""Loudness (ITU-R BS.1770-4 integrated, K-weighted, gated) and a true-peak limiter, over float samples.

``LoudnessMeter(rate).add(samples); meter.integrated_lufs()`` → LUFS; ``limit(samples, ceiling, rate)`` keeps
4× oversampled peaks under ``ceiling`` with short smooth gain dips.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

#: Never more gain or attenuation than this (a near-silent engine is not blown up into noise).
MAX_GAIN_DB = 20.0


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
#: How far above its loudest neighbouring sample a 4× oversampled peak can rise (a pulse like espeak's
#: +0.61, −0.55, −0.51, +0.68 rises 3.6 dB over its nearest sample; 4.1 dB leaves room).
INTERSAMPLE_RATIO = 1.6
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
    """True (4× oversampled) peak magnitude around each candidate index, looking at both neighbouring gaps.

    Each gap is interpolated once, however many candidates share it (loud speech has runs of them).
    """
    peaks = np.abs(samples[candidates]).astype(np.float64)
    gaps = np.unique(np.concatenate((candidates - 1, candidates)))  # gap g lies between samples g and g + 1
    zeros = np.zeros(_TP_TAPS, samples.dtype)
    windows = sliding_window_view(np.concatenate((zeros, samples, zeros)), 2 * _TP_TAPS)[gaps + 1]
    inter = np.abs(windows @ _TP_MATRIX.T).max(axis=1)
    before = inter[np.searchsorted(gaps, candidates - 1)]
    after = inter[np.searchsorted(gaps, candidates)]
    return np.maximum(peaks, np.maximum(before, after))


def limit(samples: np.ndarray, ceiling: float, rate: int) -> np.ndarray:
    """Keep true peaks at or under ``ceiling`` (linear) with short, smooth gain dips instead of clipping.

    The gain each over-the-ceiling sample needs is taken per 1.5 ms block, spread to the two blocks on each
    side (a running minimum: ~3 ms of look-ahead and release) and interpolated linearly between block
    centres, so the gain at a peak is at most what it needs and the dip has no edges. Samples are float in
    [-1, 1]; nothing is computed where no true peak could reach the ceiling.
    """
    # Look only where a true peak could reach the ceiling (INTERSAMPLE_RATIO times a sample), at every such
    # sample and both gaps beside it (true_peaks). Local maxima of |s| are not enough: between +0.61, −0.55,
    # −0.51, +0.68 the negative lobe peaks between the two negative samples, and after a step the ringing
    # peaks between samples that still fall; neither kind of gap lies beside a local maximum.
    high = np.abs(samples) * INTERSAMPLE_RATIO > ceiling
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
    # A block's samples lie between the centres of its neighbours: only blocks next to a dip change.
    dip = spread < 1
    near = dip | np.concatenate(([False], dip[:-1])) | np.concatenate((dip[1:], [False]))
    index = (np.nonzero(near)[0][:, None] * block + np.arange(block)[None, :]).ravel()
    index = index[index < len(samples)]
    out = samples.copy()
    out[index] = samples[index] * np.interp(index, centres, spread).astype(samples.dtype, copy=False)
    return out


def loudness_gain_db(lufs: float, target_lufs: float, max_gain_db: float | None = None) -> float:
    """Gain that brings ``lufs`` to ``target_lufs``; silence gets none: ``loudness_gain_db(-10, -16) == -6``."""
    if not math.isfinite(lufs):
        return 0.0
    cap = MAX_GAIN_DB if max_gain_db is None else max_gain_db
    return max(-cap, min(cap, target_lufs - lufs))
