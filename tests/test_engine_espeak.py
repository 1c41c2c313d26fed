"""espeak-ng, the offline default: safe from many threads, rate-aware, and never on the network."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from tts_service.engines import get_engine
from tts_service.errors import EngineError

TEXTS = ["Xin chào các bạn.", "Hôm nay trời đẹp.", "Thành phố Huế tổ chức hội nghị.", "Một hai ba bốn năm."]


def test_many_threads_each_get_their_own_texts_audio():
    # espeak is not bit-exact from one call to the next (a few samples differ), so compare lengths: audio
    # mixed up between threads (one global callback) would have another text's length or a sum of two.
    engine = get_engine("espeak")
    alone = [len(engine.synthesize(t).data) for t in TEXTS]
    assert len(set(alone)) == len(alone)
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: len(engine.synthesize(t).data), TEXTS * 4))
    for got, expected in zip(together, alone * 4, strict=True):
        nearest = min(alone, key=lambda length: abs(length - got))
        assert nearest == expected and abs(got - expected) <= 0.05 * expected


def test_rate_changes_speaking_speed_and_voices_are_checked():
    engine = get_engine("espeak")
    slow = engine.synthesize(TEXTS[2], rate=100)
    fast = engine.synthesize(TEXTS[2], rate=300)
    assert slow.duration_s > 1.8 * fast.duration_s
    south = engine.synthesize(TEXTS[0], "vi-VN-x-south")
    assert south.data != engine.synthesize(TEXTS[0], "vi").data
    with pytest.raises(EngineError, match="giọng"):
        engine.synthesize(TEXTS[0], "en")


def test_it_never_touches_the_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("espeak tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    audio = get_engine("espeak").synthesize(TEXTS[1])
    assert audio.sample_rate == 22050 and np.frombuffer(audio.data, dtype="<i2").any()
