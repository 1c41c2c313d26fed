"""Google's voice, when Google misbehaves: every article still comes out whole, and nothing half-made is kept.

The one fake here is the remote endpoint (tests/fakes/google.py on 127.0.0.1), and it answers with
real MP3 speech in Google's format, in Google's batchexecute envelope, parsed by the real gtts package.
"""

from __future__ import annotations

import contextlib
import random
import threading
from pathlib import Path

import pytest

from tests.fakes.google import FakeGoogle
from tts_service import create_app
from tts_service.audio import iter_frames, mp3_duration, skip_id3
from tts_service.engines.base import EngineAudio
from tts_service.engines.gtts import GttsEngine
from tts_service.engines.resilience import (
    CircuitBreaker,
    CircuitOpen,
    Controls,
    Throttle,
    backoff_delay,
    reset_shared_controls,
)
from tts_service.errors import EngineError
from tts_service.media import decode_mp3
from tts_service.pipeline import article_from_text

PARAGRAPHS = [
    "Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị trực báo tình hình kinh tế xã hội quý ba.",
    "Các đại biểu thống nhất đánh giá kết quả đạt được, đồng thời chỉ ra những hạn chế cần khắc phục sớm.",
    "Lãnh đạo thành phố đề nghị các sở, ban, ngành tiếp tục bám sát cơ sở và giải quyết kịp thời kiến nghị.",
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += seconds


@pytest.fixture(autouse=True)
def _fresh_endpoint_state():
    """Each test's fake endpoint starts with a closed circuit, even on a port an earlier test used."""
    reset_shared_controls()
    yield
    reset_shared_controls()


@pytest.fixture
def fake():
    with FakeGoogle(slow_s=1.0) as server:
        yield server


def _engine(fake: FakeGoogle, clock: FakeClock | None = None, **options: object) -> GttsEngine:
    clock = clock or FakeClock()
    controls = Controls(Throttle(0), CircuitBreaker(3, 60.0, clock=clock), threading.BoundedSemaphore(2))
    values: dict[str, object] = {"endpoint": fake.url, "timeout_s": 0.6, "controls": controls,
                                 "sleep": clock.sleep, "rng": random.Random(5)}
    values.update(options)
    return GttsEngine(**values)  # type: ignore[arg-type]


def _gtts_app(tmp_path: Path, fake: FakeGoogle, chain: tuple[str, ...] = ("gtts", "espeak"), **extra: object):
    config: dict[str, object] = {
        "data_dir": tmp_path / "var", "engine": chain, "gtts_url": fake.url, "gtts_timeout": 3.0,
        "gtts_backoff": 0.01, "gtts_rps": 50.0, "gtts_retries": 4,
    }
    config.update(extra)
    return create_app(config)


def _articles(count: int):
    return [
        article_from_text(f"Tin số {n + 1}: hội nghị thành phố", "\n\n".join(f"{p} Lần {n + 1}." for p in PARAGRAPHS),
                          url=f"https://huecity.gov.vn/tin/{n}")
        for n in range(count)
    ]


def _stored(narrator) -> list[Path]:
    return sorted(p for p in Path(narrator.store.root).rglob("*") if p.is_file())


def _assert_only_complete_assets(narrator) -> int:
    """Every article MP3 has its marks and captions, decodes whole, and no temp file is left anywhere."""
    files = _stored(narrator)
    assert not [p for p in files if p.name.startswith(".tmp-")], "a temp file was left behind"
    mp3s = [p for p in files if p.suffix == ".mp3"]
    for mp3 in mp3s:
        assert mp3.with_suffix(".json").exists() and mp3.with_suffix(".vtt").exists(), mp3
        data = mp3.read_bytes()
        frames = list(iter_frames(data))
        assert frames and sum(f.length for f in frames) == len(data) - skip_id3(data), "only whole frames"
    assert len([p for p in files if p.suffix == ".json"]) == len(mp3s)
    return len(mp3s)


# --- the engine on its own ----------------------------------------------------------------------------


def test_a_chunk_comes_back_as_google_format_mp3_frames_from_one_gtts_request(fake):
    audio = _engine(fake).synthesize("Xin chào các bạn, hôm nay trời đẹp.")
    assert audio.format == "mp3" and audio.sample_rate == 24000 and audio.channels == 1
    frames = list(iter_frames(audio.data))
    assert {f.format for f in frames} == {(2, 24000, 32, 1)}
    assert sum(f.length for f in frames) == len(audio.data), "no ID3, no Xing, nothing but frames"
    assert fake.requests == [("Xin chào các bạn, hôm nay trời đẹp.", "ok")], "exactly one request, text untouched"


def test_a_429_is_retried_with_growing_jittered_delays_and_explained_when_it_persists(fake):
    clock = FakeClock()
    engine = _engine(fake, clock, controls=Controls(Throttle(0), CircuitBreaker(99, 60, clock=clock),
                                                     threading.BoundedSemaphore(1)))
    fake.default = "429"
    with pytest.raises(EngineError) as error:
        engine.synthesize("Một câu ngắn.")
    message = error.value.message
    assert "429" in message and "giới hạn" in message and "5 lần" in message and "Unknown" not in message
    assert fake.count == 5
    assert len(clock.slept) == 4 and clock.slept == sorted(clock.slept), "backoff grows"
    for attempt, delay in enumerate(clock.slept):
        ceiling = min(8.0, 0.5 * 2**attempt)
        assert ceiling / 2 <= delay <= ceiling


def test_retry_after_is_honoured_up_to_the_backoff_cap(fake):
    clock = FakeClock()
    fake.script = ["429+3", "429+600"]
    _engine(fake, clock).synthesize("Một câu.")
    assert clock.slept[0] == 3.0 and clock.slept[1] == 8.0, "Google's wait, but never more than the cap"
    assert fake.count == 3


@pytest.mark.parametrize("failure", ["500", "502", "503", "timeout", "empty", "garbage"])
def test_transient_failures_are_retried_until_the_audio_arrives(fake, failure):
    fake.script = [failure, failure]
    audio = _engine(fake).synthesize("Thời tiết hôm nay đẹp.")
    assert [mode for _, mode in fake.requests] == [failure, failure, "ok"]
    assert mp3_duration(audio.data) > 0.5


def test_errors_say_what_happened(fake):
    for failure, words in (("503", "HTTP 503"), ("timeout", "hết thời gian"), ("empty", "không có âm thanh")):
        fake.default = failure
        with pytest.raises(EngineError) as error:
            _engine(fake, retries=0).synthesize("Một câu.")
        assert words in error.value.message, (failure, error.value.message)


def test_a_refusal_is_not_retried(fake):
    fake.default = "403"
    with pytest.raises(EngineError, match="403"):
        _engine(fake).synthesize("Một câu.")
    assert fake.count == 1


def test_the_circuit_opens_after_repeated_429s_then_probes_and_recovers(fake):
    clock = FakeClock()
    engine = _engine(fake, clock, retries=0)
    fake.default = "429"
    for _ in range(3):
        with pytest.raises(EngineError, match="429"):
            engine.synthesize("Một câu.")
    assert engine.controls.breaker.state == "open" and fake.count == 3
    with pytest.raises(CircuitOpen):
        engine.synthesize("Một câu.")
    assert fake.count == 3, "an open circuit sends nothing"

    clock.now += 61  # cool-down over: one probe; it is throttled again → open for twice as long
    with pytest.raises(EngineError, match="429"):
        engine.synthesize("Một câu.")
    assert fake.count == 4 and engine.controls.breaker.state == "open"
    clock.now += 61
    assert engine.controls.breaker.state == "open", "the second cool-down is longer"
    clock.now += 60
    fake.default = "ok"
    engine.synthesize("Một câu.")
    assert engine.controls.breaker.state == "closed" and fake.count == 5
    engine.synthesize("Câu khác.")
    assert fake.count == 6


def test_a_service_that_is_down_opens_the_circuit_too_but_scattered_failures_do_not(fake):
    clock = FakeClock()
    engine = _engine(fake, clock, retries=0)
    fake.chooser = lambda n, _text: "ok" if n % 3 == 2 else "503"  # two failures, one success, …
    for n in range(30):
        with contextlib.suppress(EngineError):
            engine.synthesize(f"Câu {n}.")
    assert engine.controls.breaker.state == "closed"
    fake.chooser = None
    fake.default = "503"
    for n in range(10):
        with pytest.raises(EngineError, match="503"):
            engine.synthesize(f"Câu khác {n}.")
    with pytest.raises(CircuitOpen, match="lỗi liên tục"):
        engine.synthesize("Thêm một câu.")
    assert fake.count == 40


def test_the_throttle_spaces_requests_and_the_backoff_stays_in_bounds():
    clock = FakeClock()
    throttle = Throttle(4.0, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(5):
        throttle.acquire()
    assert clock.now - start == pytest.approx(1.0), "5 requests at 4/s take one second"
    rng = random.Random(1)
    delays = [backoff_delay(n, base_s=0.5, max_s=8.0, rng=rng) for n in range(10)]
    assert all(d <= 8.0 for d in delays) and delays[-1] >= 4.0


def test_concurrent_requests_never_exceed_the_bound(fake):
    engine = _engine(fake)
    active, peak, lock = [0], [0], threading.Lock()
    original = fake.audio_for

    def slow_audio(text: str) -> bytes:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        try:
            import time

            time.sleep(0.2)
            return original(text)
        finally:
            with lock:
                active[0] -= 1

    fake.audio_for = slow_audio  # type: ignore[method-assign]
    threads = [threading.Thread(target=engine.synthesize, args=(f"Câu số {n}.",)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fake.count == 8 and peak[0] == 2


# --- whole articles through the pipeline ----------------------------------------------------------------


@pytest.mark.slow
def test_a_mixed_failure_run_completes_every_article_with_nothing_partial_stored(tmp_path, fake):
    rng = random.Random(20261127)
    failures = ["429", "500", "503", "timeout"]
    fake.chooser = lambda _n, _text: rng.choice(failures) if rng.random() < 0.30 else "ok"
    app = _gtts_app(tmp_path, fake, gtts_timeout=0.4)  # the fake's "timeout" answers after 1 s
    narrator = app.extensions["narrator"]
    articles = _articles(6)
    results = [narrator.narrate(article, f"a{n}") for n, article in enumerate(articles)]

    failed = sum(1 for _, mode in fake.requests if mode != "ok")
    assert failed >= 0.2 * fake.count, "the run really did fail about 30 % of the calls"
    assert len({asset.key for asset, _ in results}) == 6
    for asset, _ in results:
        assert Path(asset.mp3_path).exists()
        pcm, rate = decode_mp3(asset.mp3_path)
        assert len(pcm) / 2 / rate == pytest.approx(asset.duration_s, abs=1e-9)
        assert {m.block_index for m in asset.marks} == {0, 1, 2, 3}
    assert _assert_only_complete_assets(narrator) == 6
    for n in range(6):
        assert narrator.index.get_article(f"a{n}").status == "ready"


def test_failure_mid_article_stores_no_audio_and_the_retry_fetches_only_the_missing_chunks(tmp_path, fake):
    app = _gtts_app(tmp_path, fake, chain=("gtts",), gtts_retries=1)
    narrator = app.extensions["narrator"]
    article = _articles(1)[0]
    texts = {s.spoken_text for s in narrator.plan(article).segments}
    total = len(texts)  # repeats are one request
    assert total >= 5
    for text in texts:  # ready before the run: a slow first answer on a busy machine is not the point here
        fake.audio_for(text)
    fake.chooser = lambda n, _text: "ok" if n < 3 else "503"
    with pytest.raises(EngineError, match="503"):
        narrator.narrate(article, "a")
    assert _assert_only_complete_assets(narrator) == 0, "no article audio, marks or captions"
    cached_chunks = [p for p in _stored(narrator) if p.suffix == ".segmp3"]
    assert 3 <= len(cached_chunks) < total

    before = fake.count
    fake.chooser = None
    asset, synthesized = narrator.narrate(article, "a")
    assert synthesized and fake.count - before == total - len(cached_chunks), "finished chunks are not re-fetched"
    assert _assert_only_complete_assets(narrator) == 1
    data = Path(asset.mp3_path).read_bytes()
    assert {f.format for f in iter_frames(data)} == {(2, 24000, 32, 1)}, "Google's frames, joined, not re-encoded"


def test_an_open_circuit_falls_back_to_espeak_and_google_is_used_again_after_recovery(tmp_path, fake):
    app = _gtts_app(tmp_path, fake)
    narrator = app.extensions["narrator"]
    clock = FakeClock()
    gtts = narrator.engines[0]
    gtts.controls = Controls(Throttle(0), CircuitBreaker(3, 60.0, clock=clock), threading.BoundedSemaphore(2))
    article, other = _articles(2)
    fake.default = "429"

    asset, _ = narrator.narrate(article, "a")
    plan = narrator.plan(article)
    assert asset.key != plan.key, "the fallback is stored under its own key"
    sent = fake.count
    assert gtts.controls.breaker.state == "open" and 3 <= sent <= 4, "a request already in flight may still go"
    data = Path(asset.mp3_path).read_bytes()
    assert {f.sample_rate for f in iter_frames(data)} == {22050}, "espeak read it"

    narrator.narrate(other, "b")
    assert fake.count == sent, "while the circuit is open Google is not called"
    again, _ = narrator.narrate(article, "a")
    assert again.key == asset.key and fake.count == sent

    clock.now += 61
    fake.default = "ok"
    recovered, _ = narrator.narrate(article, "a")
    assert recovered.key == plan.key and gtts.controls.breaker.state == "closed"
    assert {f.sample_rate for f in iter_frames(Path(recovered.mp3_path).read_bytes())} == {24000}
    assert narrator.index.get_article("a").narration_key == plan.key


def test_punctuation_only_chunks_become_silence_without_a_request(fake):
    audio = _engine(fake).synthesize("…")
    assert isinstance(audio, EngineAudio) and audio.format == "mp3" and fake.count == 0
    assert {f.format for f in iter_frames(audio.data)} == {(2, 24000, 32, 1)}
