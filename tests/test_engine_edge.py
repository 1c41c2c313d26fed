"""Edge's neural voices: pieces of a websocket stream become one clean chunk of frames, or a clear error.

edge-tts talks to a fixed ``wss://speech.platform.bing.com`` URL with a signed token over TLS, so a local
websocket server cannot stand in without patching the library's constants and TLS context. The fake is
therefore at the library boundary: ``edge_tts.Communicate`` is replaced by one whose ``stream()`` yields what
the real one yields — real MP3 bytes in Edge's format (24 kHz mono 48 kbps), cut at arbitrary places, with
boundary events in between — or raises what the real one raises.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from tests.fakes.google import google_like_mp3
from tts_service import create_app
from tts_service.audio import iter_frames
from tts_service.engines.edge import EdgeEngine, rate_percent
from tts_service.engines.resilience import CircuitBreaker, Controls, Throttle
from tts_service.errors import EngineError
from tts_service.pipeline import article_from_text

edge_tts = pytest.importorskip("edge_tts")


class FakeCommunicate:
    calls: ClassVar[list[tuple[str, str, str]]] = []
    failures: ClassVar[list[Exception]] = []

    def __init__(self, text: str, voice: str, rate: str = "+0%", **_kwargs: object) -> None:
        self.text, self.voice, self.rate = text, voice, rate
        FakeCommunicate.calls.append((text, voice, rate))

    async def stream(self):
        if FakeCommunicate.failures:
            raise FakeCommunicate.failures.pop(0)
        data = google_like_mp3(self.text, bitrate_kbps=48)
        cut = random.Random(len(self.text))
        pos = 0
        yield {"type": "SentenceBoundary", "offset": 0, "duration": 0, "text": self.text}
        while pos < len(data):
            step = cut.randint(100, 4000)
            yield {"type": "audio", "data": data[pos : pos + step]}
            pos += step


@pytest.fixture
def fake_edge(monkeypatch):
    FakeCommunicate.calls = []
    FakeCommunicate.failures = []
    monkeypatch.setattr(edge_tts, "Communicate", FakeCommunicate)
    return FakeCommunicate


def _engine(**options: object) -> EdgeEngine:
    controls = Controls(Throttle(0), CircuitBreaker(3, 60), threading.BoundedSemaphore(2))
    return EdgeEngine(controls=controls, sleep=lambda _s: None, **options)  # type: ignore[arg-type]


def test_stream_pieces_are_joined_into_whole_frames_of_edges_format(fake_edge):
    audio = _engine().synthesize("Xin chào các bạn.", "vi-VN-NamMinhNeural", 198)
    frames = list(iter_frames(audio.data))
    assert {f.format for f in frames} == {(2, 24000, 48, 1)}
    assert sum(f.length for f in frames) == len(audio.data)
    assert fake_edge.calls == [("Xin chào các bạn.", "vi-VN-NamMinhNeural", "+20%")]


def test_failures_are_retried_and_a_429_is_named(fake_edge):
    from aiohttp import ClientResponseError

    fake_edge.failures = [edge_tts.exceptions.WebSocketError("closed"), TimeoutError()]
    assert _engine().synthesize("Một câu.").format == "mp3"
    assert len(fake_edge.calls) == 3
    fake_edge.failures = [ClientResponseError(None, (), status=429)] * 4  # type: ignore[arg-type]
    with pytest.raises(EngineError, match="429"):
        _engine().synthesize("Một câu.")


def test_rates_and_voices():
    assert rate_percent(None) == "+0%" and rate_percent(83) == "-50%" and rate_percent(165) == "+0%"
    with pytest.raises(EngineError, match="giọng"):
        _engine().synthesize("Một câu.", "vi")


def test_an_article_read_by_edge_is_one_clean_mp3(fake_edge, tmp_path):
    app = create_app({"data_dir": tmp_path / "var", "engine": ("edge", "espeak")})
    narrator = app.extensions["narrator"]
    asset, _ = narrator.narrate(article_from_text("Tin mới", "Đoạn một có nội dung.\n\nĐoạn hai cũng vậy."), "e")
    data = Path(asset.mp3_path).read_bytes()
    assert {f.format for f in iter_frames(data)} == {(2, 24000, 48, 1)}
    assert [m.block_index for m in asset.marks] == [0, 1, 2]
