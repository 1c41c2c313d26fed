"""How the reference article is phrased when read: where a chunk ends mid-sentence the listener hears the
sentence go on — no pause, only a breath — while sentences and clauses keep their pauses; local engines read
whole sentences; no chunk ends inside a Vietnamese word.  Checked on the decoded MP3 of a real espeak-ng
rendering and of faked Google (real MP3 frames)."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise

import numpy as np
import pytest

from tests.fakes.google import FakeGoogle
from tts_service import create_app
from tts_service.engines.resilience import reset_shared_controls
from tts_service.extract import extract_article
from tts_service.media import decode_mp3
from tts_service.text import segment_with_boundaries

segment_module = sys.modules["tts_service.text.segment"]

#: Longest silence (ms) heard where a chunk ends mid-sentence: a breath, not a pause.
BREATH_MS = 60


def _silence_around(samples: np.ndarray, rate: int, at_s: float) -> float:
    """Milliseconds of near-silence (−50 dBFS, 5 ms windows) in the quiet stretch that contains ``at_s``."""
    win = rate // 200
    n = len(samples) // win
    quiet = np.abs(samples[: n * win].reshape(n, win)).max(axis=1) <= 100
    i = min(n - 1, int(at_s * rate) // win)
    if not quiet[i]:
        return 0.0
    lo = hi = i
    while lo > 0 and quiet[lo - 1]:
        lo -= 1
    while hi < n - 1 and quiet[hi + 1]:
        hi += 1
    return (hi - lo + 1) * win / rate * 1000


def _gaps(narrator, asset) -> dict[str, list[float]]:
    """Heard silence at each boundary between two segments of one block, by what ends the first one."""
    pcm, rate = decode_mp3(asset.mp3_path)
    samples = np.frombuffer(pcm, dtype="<i2")
    texts = [s["text"] for s in json.loads(narrator.store.read_bytes(asset.key, "json"))["segments"]]
    gaps: dict[str, list[float]] = {"word": [], "clause": [], "sentence": []}
    for left, right in pairwise(asset.marks):
        if right.block_index != left.block_index:
            continue
        last = texts[left.segment_index].rstrip()[-1]
        kind = "sentence" if last in ".!?…" else "clause" if last in ",;:" else "word"
        gaps[kind].append(_silence_around(samples, rate, (left.end_s + right.start_s) / 2))
    return gaps


@pytest.fixture(autouse=True)
def _fresh_endpoint_state():
    reset_shared_controls()
    yield
    reset_shared_controls()


def test_a_chunk_cut_mid_sentence_runs_on_into_the_next_with_only_a_breath(tmp_path, seed_html):
    """espeak capped at gTTS's 100 characters, so long sentences must be cut inside."""
    article = extract_article(seed_html, url="https://huecity.gov.vn/tin/1")
    narrator = create_app({"data_dir": tmp_path / "var", "max_chars": 100}).extensions["narrator"]
    asset, _ = narrator.narrate(article, "seed")
    gaps = _gaps(narrator, asset)
    assert len(gaps["word"]) >= 5, gaps  # the article has long sentences: several mid-sentence cuts
    assert max(gaps["word"]) <= BREATH_MS, gaps["word"]
    assert min(gaps["sentence"]) >= 400, gaps["sentence"]
    assert min(gaps["clause"]) >= 200, gaps["clause"]


def test_google_chunks_cut_mid_sentence_lose_their_trailing_silence(tmp_path, seed_html):
    """MP3 frames are never re-encoded, so a breath here is at most a few 24 ms frames of Google's own silence."""
    article = extract_article(seed_html, url="https://huecity.gov.vn/tin/1")
    with FakeGoogle() as fake:
        app = create_app({"data_dir": tmp_path / "var", "engine": ("gtts",), "gtts_url": fake.url,
                          "gtts_rps": 50.0})
        narrator = app.extensions["narrator"]
        asset, _ = narrator.narrate(article, "seed")
    gaps = _gaps(narrator, asset)
    assert gaps["word"], gaps
    # LAME's own delay (46 ms) and the bit reservoir keep up to ~100 ms of a chunk's leading silence
    assert max(gaps["word"]) <= 3 * BREATH_MS, gaps["word"]
    assert min(gaps["sentence"]) >= 400, gaps["sentence"]


def test_espeak_reads_the_reference_article_one_whole_sentence_per_chunk(tmp_path, seed_html):
    article = extract_article(seed_html, url="https://huecity.gov.vn/tin/1")
    narrator = create_app({"data_dir": tmp_path / "var"}).extensions["narrator"]
    segments = narrator.plan(article).segments
    for s in segments:
        assert s.spoken_text.rstrip()[-1] in ".!?…;:," or s.pause_after_ms >= 700, s  # ends a sentence or block
    sentences = sum(
        len([x for x in segment_with_boundaries(s.spoken_text, 10_000, pack=False)]) for s in segments
    )
    assert sentences == len(segments)  # no chunk holds two sentences


@pytest.mark.parametrize("bound", [60, 100, 150])
def test_no_chunk_ends_inside_a_vietnamese_word(bound):
    """The words the issue heard cut in two stay whole, whatever the bound."""
    spoken = (
        "Hội nghị đánh giá các đơn vị đã thực hiện nhiệm vụ được giao và khẳng định được vai trò của các mạnh "
        "thường quân trong việc triển khai kế hoạch hoạt động hàng năm của Mặt trận và các đoàn thể."
    )
    chunks = [c for c, _ in segment_with_boundaries(spoken, bound)]
    assert all(len(c) <= bound for c in chunks)
    for word in ("nhiệm vụ", "vai trò", "mạnh thường quân", "kế hoạch", "hoạt động", "Mặt trận", "đoàn thể"):
        assert any(word in c for c in chunks), (word, chunks)
    starts = segment_module.word_starts(spoken)
    assert starts is not None
    syllable = 0
    for chunk in chunks[:-1]:
        syllable += len(chunk.split())
        assert starts[syllable], (chunk, chunks)


def test_a_cut_prefers_a_phrase_start_and_never_parts_a_title_from_its_name():
    spoken = (
        "Ủy ban nhân dân thành phố yêu cầu các sở ngành khẩn trương rà soát danh mục dự án nhằm bảo đảm tiến độ "
        "giải ngân vốn đầu tư công trong năm nay."
    )
    assert [c.split()[0] for c, _ in segment_with_boundaries(spoken, 100)][1:] == ["nhằm"]
    spoken = (
        "Thành phố giao Sở Kế hoạch và Đầu tư chủ trì phối hợp các sở ngành liên quan rà soát toàn bộ danh mục "
        "dự án theo kế hoạch đã đề ra và báo cáo kết quả cho đồng chí Nguyễn Văn Phương trước ngày mười lăm."
    )
    chunks = [c for c, _ in segment_with_boundaries(spoken, 100)]
    assert any("đồng chí Nguyễn Văn Phương" in c for c in chunks), chunks
    assert not any(c.endswith(("rà soát", "phối hợp", "các", "của")) for c in chunks), chunks


def test_the_service_starts_and_normalizes_without_loading_the_word_segmenter(tmp_path):
    code = (
        "import sys; from tts_service import create_app; from tts_service.text import normalize, segment; "
        f"create_app({{'data_dir': {str(tmp_path)!r}}}); "
        "normalize('Chiều 08/10/2021, UBND TP. Huế họp.'); segment('Một câu ngắn.', 100); "
        "print('underthesea' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_boundary_table_refuses_a_malformed_row(tmp_path):
    table = tmp_path / "phrase_boundaries.tsv"
    table.write_text("# note\nvà\tconjunction\nvà\tpreposition\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"phrase_boundaries\.tsv: 'và' 'preposition'"):
        segment_module._load_boundary_words(tmp_path)
    (tmp_path / "spaces").mkdir()
    (tmp_path / "spaces" / "phrase_boundaries.tsv").write_text("# note\nvà conjunction\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"phrase_boundaries\.tsv:2"):
        segment_module._load_boundary_words(tmp_path / "spaces")


def test_the_segmenter_examples_in_its_docstrings_hold():
    import doctest

    result = doctest.testmod(segment_module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 6 and result.failed == 0


def test_a_long_run_without_punctuation_still_fits_every_request_and_loses_no_word():
    """Hostile input: no sentence end for 20 000 characters (the word segmenter is skipped past 3 000)."""
    run_on = ("các đơn vị thực hiện nhiệm vụ chuyển đổi số và khẳng định vai trò của mình " * 300)[:20_000]
    for bound in (100, 600):
        chunks = [c for c, _ in segment_with_boundaries(run_on, bound)]
        assert all(len(c) <= bound for c in chunks)
        assert " ".join(chunks).split() == run_on.split()
