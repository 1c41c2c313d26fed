"""What the listener's player gets: one clean MP3, even loudness, and timings that match what it hears.

Everything is checked against the audio as a real decoder (ffmpeg, through tts_service.media) plays it.
"""

from __future__ import annotations

import io
import itertools
import json
import struct
from pathlib import Path

import lameenc
import numpy as np
import pytest
from mutagen.id3 import ID3

from tests.fakes.google import FakeGoogle, google_like_mp3
from tts_service import create_app
from tts_service.audio import (
    Chapter,
    LoudnessMeter,
    Mp3FormatError,
    Piece,
    TagInfo,
    assemble_mp3,
    clean_mp3,
    decode_mp3_bytes,
    encode_pcm,
    iter_frames,
    limit,
    mp3_duration,
    silence_mp3,
    skip_id3,
    true_peaks,
)
from tts_service.engines.base import EngineAudio
from tts_service.engines.resilience import reset_shared_controls
from tts_service.errors import EngineError
from tts_service.extract import extract_article
from tts_service.media import decode_mp3


def _decoded(path: str) -> tuple[np.ndarray, int]:
    pcm, rate = decode_mp3(path)
    return np.frombuffer(pcm, dtype="<i2"), rate


def _speech_runs(samples: np.ndarray, rate: int, min_gap_s: float) -> list[tuple[float, float]]:
    """Stretches of sound separated by at least ``min_gap_s`` of near-silence (10 ms windows, −50 dBFS)."""
    win = rate // 100
    n = len(samples) // win
    loud = np.abs(samples[: n * win].reshape(n, win)).max(axis=1) > 100
    runs: list[list[int]] = []
    quiet = 10**9
    for i, on in enumerate(loud):
        if on:
            if runs and quiet * win < min_gap_s * rate:
                runs[-1][1] = i
            else:
                runs.append([i, i])
            quiet = 0
        else:
            quiet += 1
    out = []
    for start, end in runs:  # refine to the sample
        seg = samples[start * win : (end + 1) * win]
        idx = np.nonzero(np.abs(seg) > 100)[0]
        out.append(((start * win + idx[0]) / rate, (start * win + idx[-1] + 1) / rate))
    return out


def _true_peak_db(samples: np.ndarray) -> float:
    x = samples / 32768.0
    candidates = np.nonzero(np.abs(x) > 0.3)[0]
    peak = true_peaks(x, candidates).max() if len(candidates) else np.abs(x).max()
    return 20 * np.log10(peak)


@pytest.fixture(autouse=True)
def _fresh_endpoint_state():
    """Each test's fake endpoint starts with a closed circuit, even on a port an earlier test used."""
    reset_shared_controls()
    yield
    reset_shared_controls()


@pytest.fixture(params=["espeak", "gtts"])
def narrated(request, tmp_path, seed_html):
    """The reference article narrated by espeak (PCM path) and by faked Google (MP3 frame path)."""
    article = extract_article(seed_html, url="https://huecity.gov.vn/tin/1")
    if request.param == "espeak":
        narrator = create_app({"data_dir": tmp_path / "var"}).extensions["narrator"]
        asset, _ = narrator.narrate(article, "seed")
        yield request.param, narrator, asset
        return
    with FakeGoogle() as fake:
        app = create_app({"data_dir": tmp_path / "var", "engine": ("gtts",), "gtts_url": fake.url,
                          "gtts_rps": 50.0})
        narrator = app.extensions["narrator"]
        asset, _ = narrator.narrate(article, "seed")
        yield request.param, narrator, asset


def test_paragraph_timings_match_the_decoded_audio_within_30_ms(narrated):
    engine, narrator, asset = narrated
    samples, rate = _decoded(asset.mp3_path)
    doc = json.loads(narrator.store.read_bytes(asset.key, "json"))
    # Paragraph and heading pauses are 700–900 ms; sentence pauses 400 ms. Gaps ≥ 550 ms split paragraphs.
    runs = _speech_runs(samples, rate, 0.55)
    blocks = doc["blocks"]
    assert len(runs) == len(blocks), (engine, len(runs), len(blocks))
    for block, (heard_start, heard_end) in zip(blocks, runs, strict=True):
        assert abs(block["start"] - heard_start) <= 0.030, (engine, block["index"], block["start"], heard_start)
        assert abs(block["end"] - heard_end) <= 0.030, (engine, block["index"], block["end"], heard_end)
    vtt = narrator.store.read_bytes(asset.key, "vtt").decode()
    assert vtt.count(" --> ") == len(doc["segments"])
    first = doc["segments"][0]
    ms = round(first["start"] * 1000)
    assert f"00:00:{ms // 1000:02d}.{ms % 1000:03d} --> " in vtt


def test_frame_count_duration_equals_what_ffmpeg_decodes_and_there_is_no_xing(narrated):
    engine, _narrator, asset = narrated
    data = Path(asset.mp3_path).read_bytes()
    samples, rate = _decoded(asset.mp3_path)
    assert len(samples) / rate == mp3_duration(data) == pytest.approx(asset.duration_s, abs=0.0005)
    frames = list(iter_frames(data))
    assert len({f.format for f in frames}) == 1, "constant bitrate, one format"
    assert frames[0].offset == skip_id3(data) > 0 and sum(f.length for f in frames) == len(data) - frames[0].offset
    for marker in (b"Xing", b"Info", b"VBRI"):
        assert marker not in data[frames[0].offset : frames[0].offset + 64], engine


def test_the_mp3_carries_title_source_language_and_one_chapter_per_paragraph(narrated):
    _engine, narrator, asset = narrated
    tags = ID3(asset.mp3_path)
    doc = json.loads(narrator.store.read_bytes(asset.key, "json"))
    assert str(tags["TIT2"]).startswith("Hội nghị trực báo quý III")
    assert tags["WOAS"].url == "https://huecity.gov.vn/tin/1"
    assert str(tags["TLAN"]) == "vie"
    chapters = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert len(chapters) == len(doc["blocks"]) == 7
    assert [c.start_time for c in chapters[1:]] == [round(b["start"] * 1000) for b in doc["blocks"][1:]]
    assert chapters[-1].end_time == round(doc["duration"] * 1000)
    toc = tags.getall("CTOC")[0]
    assert list(toc.child_element_ids) == [c.element_id for c in chapters]


def test_espeak_is_brought_to_about_minus_16_lufs_and_google_frames_are_left_untouched(narrated):
    engine, narrator, asset = narrated
    if engine == "gtts":  # no gain without re-encoding (decision 0004-two-pass-loudness): frames are verbatim
        data = Path(asset.mp3_path).read_bytes()
        chunks = [p for p in Path(narrator.store.root).rglob("*.segmp3")]
        assert chunks
        for chunk in chunks:  # every frame that carries speech is in the file as Google sent it
            raw = chunk.read_bytes()
            frames = list(iter_frames(raw))
            pcm, _rate = decode_mp3_bytes(raw)
            loud = np.nonzero(np.abs(pcm) > 100)[0] // frames[0].samples
            first, last = frames[int(loud[0])], frames[int(loud[-1])]
            assert raw[first.offset : last.offset + last.length] in data, chunk
        return
    samples, rate = _decoded(asset.mp3_path)
    meter = LoudnessMeter(rate)
    meter.add(samples / 32768.0)
    assert meter.integrated_lufs() == pytest.approx(-16.0, abs=1.0)
    assert _true_peak_db(samples) <= -1.0, "the ceiling holds after MP3 encoding, not just before"
    assert np.count_nonzero(np.abs(samples) >= 32767) == 0, "no clipped samples"


#: A voiced pulse as espeak makes it: a positive peak, two negative samples, a positive peak. Its loudest
#: point lies between the two negative samples, neither of which is the loudest of its neighbours.
VALLEY_PULSE = np.array([-0.268, 0.304, 0.608, -0.547, -0.505, 0.675, 0.261])


@pytest.mark.parametrize("level", [1.0, 1.2])
def test_a_loud_syllable_whose_peak_falls_between_two_quieter_samples_stays_under_the_ceiling(level):
    period = np.zeros(110)  # ~200 Hz pulses at 22 050 Hz, two seconds of them
    period[: len(VALLEY_PULSE)] = VALLEY_PULSE * level
    speech = np.tile(period, 400)
    pcm = np.rint(np.clip(speech, -1, 1) * 32767).astype("<i2").tobytes()
    ceiling = 10 ** ((-1.0 - 1.5) / 20)  # what encode_pcm limits to before MP3 encoding
    limited = limit(np.frombuffer(pcm, dtype="<i2") / 32768.0, ceiling, 22050)
    assert true_peaks(limited, np.arange(len(limited))).max() <= ceiling * 1.01, "every gap is looked at"
    out = io.BytesIO()
    encode_pcm(
        [Piece(EngineAudio("pcm_s16le", pcm, 22050), 400, 0, 0)], out, bitrate_kbps=48, gain_db=0.0, true_peak_dbtp=-1.0
    )
    samples, _rate = decode_mp3_bytes(out.getvalue())
    assert _true_peak_db(samples) <= -1.0, "the listener's player gets no peak over the ceiling"


def test_the_limiter_leaves_every_sample_away_from_a_dip_untouched_and_dips_only_where_a_peak_is_over():
    """Bursts of loud noise between quiet speech: the quiet parts come out bit for bit, the bursts under the
    ceiling, and each gap's true peak is the same whether a gap is shared by two loud samples or not."""
    rng = np.random.default_rng(7)
    quiet = rng.normal(0, 0.05, 22050).astype(np.float32)
    loud = np.clip(rng.normal(0, 0.5, 2205), -1, 1).astype(np.float32)
    speech = np.concatenate([quiet, loud, quiet, loud[::-1], quiet])
    ceiling = 10 ** (-2.5 / 20)
    limited = limit(speech, ceiling, 22050)
    assert limited.dtype == speech.dtype
    assert np.array_equal(limited[:21000], speech[:21000]), "speech far from a burst is not touched"
    assert np.array_equal(limited[-21000:], speech[-21000:])
    assert true_peaks(limited, np.arange(len(limited))).max() <= ceiling * 1.01
    one_by_one = np.array([true_peaks(speech, np.array([i]))[0] for i in range(22050, 22050 + 300)])
    assert np.allclose(true_peaks(speech, np.arange(22050, 22050 + 300)), one_by_one, rtol=0, atol=1e-6)


def test_the_loudness_meter_reads_reference_tones_like_bs1770():
    rate = 48000
    t = np.arange(rate * 5) / rate
    tone = 0.1 * np.sin(2 * np.pi * 1000 * t)
    meter = LoudnessMeter(rate)
    for chunk in np.array_split(tone, 7):  # fed in odd pieces, as segments are
        meter.add(chunk)
    assert meter.integrated_lufs() == pytest.approx(-23.0, abs=0.1)
    quiet = LoudnessMeter(22050)
    quiet.add_silence(22050 * 3)
    assert quiet.integrated_lufs() == float("-inf")
    low = LoudnessMeter(22050)
    low.add(0.1 * np.sin(2 * np.pi * 40 * np.arange(22050 * 3) / 22050))
    assert low.integrated_lufs() < -24, "low frequencies are weighted down"


def test_silent_frames_decode_to_exact_digital_silence_of_the_right_length():
    data = silence_mp3(1.0)
    frames = list(iter_frames(data))
    samples, rate = decode_mp3_bytes(data)
    assert rate == 24000 and len(samples) == len(frames) * 576 >= 24000
    assert not samples.any()


def test_only_clean_cbr_frames_are_accepted_for_joining():
    speech = google_like_mp3("Xin chào.")
    frames, info = clean_mp3(speech)
    assert frames == speech and info.format == (2, 24000, 32, 1)

    buf = io.BytesIO()
    from mutagen.id3 import TIT2

    tag = ID3()
    tag.add(TIT2(encoding=3, text="x"))
    tag.save(buf, v2_version=3)
    assert clean_mp3(buf.getvalue() + speech + b"TAG" + b"\0" * 125)[0] == speech, "ID3v2 and ID3v1 stripped"

    xing = bytearray(speech[: list(iter_frames(speech))[1].offset])
    xing[4 + 9 : 4 + 13] = b"Xing"
    assert clean_mp3(bytes(xing) + speech)[0] == speech, "a Xing/Info frame is dropped"

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(24000)
    encoder.set_out_sample_rate(24000)
    encoder.set_channels(1)
    other = encoder.encode(np.zeros(24000, dtype="<i2").tobytes()) + encoder.flush()
    with pytest.raises(Mp3FormatError, match="VBR"):
        clean_mp3(speech + other)
    with pytest.raises(Mp3FormatError):
        clean_mp3(speech[:-10])
    with pytest.raises(Mp3FormatError):
        clean_mp3(b"<html>rate limited</html>")


def test_chunks_of_different_formats_are_never_byte_joined():
    a = EngineAudio("mp3", google_like_mp3("Một."), 24000)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(24000)
    encoder.set_out_sample_rate(24000)
    encoder.set_channels(1)
    b = EngineAudio("mp3", encoder.encode(np.ones(24000, dtype="<i2").tobytes() * 100) + encoder.flush(), 24000)
    pieces = [Piece(a, 400, 0, 0), Piece(b, 400, 0, 1)]
    with pytest.raises(EngineError, match="khác định dạng"):
        assemble_mp3(pieces, io.BytesIO())


def test_pauses_follow_the_boundary_kind_not_the_engine(tmp_path):
    from tts_service.engines import get_engine

    engine = get_engine("espeak")
    pieces = [
        Piece(engine.synthesize("Tiêu đề bài."), 900, 0, 0),
        Piece(engine.synthesize("Câu thứ nhất."), 400, 1, 1),
        Piece(engine.synthesize("Câu thứ hai"), 200, 1, 2),
        Piece(engine.synthesize("vế sau."), 700, 1, 3),
    ]
    out = io.BytesIO()
    _duration, marks = assemble_mp3(pieces, out, tags=TagInfo("T", None, [Chapter(0, "T"), Chapter(1, "P")]))
    gaps = [round(b.start_s - a.end_s, 3) for a, b in itertools.pairwise(marks)]
    assert gaps == [0.9, 0.4, 0.2]
    path = tmp_path / "a.mp3"
    path.write_bytes(out.getvalue())
    samples, rate = _decoded(str(path))
    heard = _speech_runs(samples, rate, 0.15)
    assert len(heard) == 4
    for (start, end), mark in zip(heard, marks, strict=True):
        assert abs(start - mark.start_s) <= 0.03 and abs(end - mark.end_s) <= 0.03


def test_an_id3_tag_does_not_confuse_the_frame_parser():
    speech = google_like_mp3("Một hai ba.")
    tagged = b"ID3\x03\x00\x00" + struct.pack(">I", 0)[0:0] + bytes([0, 0, 0, 20]) + b"\0" * 20 + speech
    assert mp3_duration(tagged) == mp3_duration(speech) > 0


def test_the_reported_duration_is_the_frames_written_whatever_the_length():
    # LAME's flush sometimes writes one frame more than the samples need: the duration must count it.
    rng = np.random.default_rng(7)
    for n in range(25):
        samples = (rng.standard_normal(22050 + 397 * n) * 3000).astype("<i2")
        out = io.BytesIO()
        duration, marks = assemble_mp3([Piece(EngineAudio("pcm_s16le", samples.tobytes(), 22050), 300, 0, 0)], out)
        assert duration == mp3_duration(out.getvalue()), n
        assert marks[0].end_s <= duration


def test_loudness_measured_while_segments_arrive_gives_the_same_mp3_as_measuring_afterwards():
    from tts_service.audio import FirstPass, measure
    from tts_service.engines import get_engine

    engine = get_engine("espeak")
    pieces = [Piece(engine.synthesize(text), 450, i, i) for i, text in enumerate(("Câu một.", "Câu hai dài hơn."))]
    first = FirstPass()
    for piece in pieces:
        first.add(piece)
    assert first.result() == measure(pieces)
    streamed, afterwards = io.BytesIO(), io.BytesIO()
    assemble_mp3(pieces, streamed, measured=first.result())
    assemble_mp3(pieces, afterwards)
    assert streamed.getvalue() == afterwards.getvalue()
