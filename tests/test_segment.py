"""How the spoken text is cut into engine requests, as a listener hears it: sentences end where they end (not
after "TP." or "PGS.TS."), a number or an expanded name is never split between two requests, every request fits
the engine, and the pauses grow from a clause to a sentence, a paragraph and a heading.  Plus the admin's
report of what the normalizer could only guess at."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from tts_service.config import Settings
from tts_service.engines.espeak import EspeakEngine
from tts_service.models import Article, Block
from tts_service.pipeline import plan_narration
from tts_service.text import PAUSES_MS, Lexicon, normalize, report_unknown, segment, segment_with_boundaries
from tts_service.text.segment import NUMBER_WORDS

# A paragraph of the register: long dates, money, an expanded ministry, titles, a list with semicolons.
PARAGRAPH = (
    "Chiều 08/10/2021, PGS.TS. Nguyễn Văn Hùng, Giám đốc Sở LĐ-TB&XH TP. Huế cho biết toàn thành phố đã chi "
    "1.234.567.890 đồng hỗ trợ 11.024 lao động bị ảnh hưởng bởi dịch Covid-19, tăng 15,5% so với năm 2020; "
    "UBMTTQVN thành phố và HĐND các phường phối hợp giám sát, bảo đảm KT-XH và QP-AN ổn định. Từ ngày "
    "25/12/2021 đến ngày 31/01/2022, các đơn vị tiếp tục rà soát, bổ sung danh sách theo Nghị định "
    "15/2020/NĐ-CP và Quyết định số 1234/QĐ-UBND."
)
SPOKEN = normalize(PARAGRAPH)
#: Names the normalizer expands: a request boundary inside one breaks the name in two.
EXPANDED_NAMES = (
    "Phó giáo sư, tiến sĩ",
    "Lao động, Thương binh và Xã hội",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Hội đồng nhân dân",
    "kinh tế, xã hội",
    "quốc phòng, an ninh",
)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text).split()


def _cuts(chunks: list[str]) -> list[tuple[str, str]]:
    """The last word before and the first word after each cut, lower-cased, punctuation kept on the left."""
    return [(a.split()[-1].lower(), b.split()[0].lower()) for a, b in pairwise(chunks)]


def test_a_title_or_city_abbreviation_does_not_end_the_sentence():
    text = "Đoàn công tác của TP. Huế do PGS.TS. Nguyễn Văn Hùng dẫn đầu đã làm việc. Hội nghị kết thúc lúc chiều."
    for max_chars in (30, 45, 60, 80, 120):
        pieces = segment_with_boundaries(text, max_chars)
        ends = [chunk.split()[-1] for chunk, kind in pieces if kind == "sentence"]
        assert ends in (["việc.", "chiều."], ["chiều."]), (max_chars, pieces)  # never a sentence pause after TP.
        if max_chars >= 60:  # room to keep "TP. Huế" and "PGS.TS. Nguyễn Văn Hùng" whole
            assert not any(chunk.endswith(("TP.", "PGS.TS.")) for chunk, _ in pieces), (max_chars, pieces)
    # and what the normalizer hands the segmenter has no such dot left to misread
    assert normalize(text).startswith("Đoàn công tác của thành phố Huế do Phó giáo sư, tiến sĩ Nguyễn Văn Hùng")


def test_a_long_paragraph_fits_every_request_and_loses_no_word():
    for max_chars in (40, 60, 100, 150, 400):
        chunks = segment(SPOKEN, max_chars)
        assert all(len(c) <= max_chars for c in chunks), max_chars
        assert _words(" ".join(chunks)) == _words(SPOKEN)


@pytest.mark.parametrize("max_chars", [100, 150, 250])
def test_no_request_ends_inside_a_spoken_number(max_chars):
    """Every number of the paragraph fits the limit (the longest, 1.234.567.890 đồng, is 85 characters)."""
    chunks = segment(SPOKEN, max_chars)
    assert len(chunks) > 2
    for left, right in _cuts(chunks):
        assert not (left in NUMBER_WORDS and right in NUMBER_WORDS), (left, right, chunks)


@pytest.mark.parametrize("max_chars", [60, 80, 100, 150])
def test_no_request_ends_inside_an_expanded_name(max_chars):
    chunks = segment(SPOKEN, max_chars)
    for name in EXPANDED_NAMES:
        assert name in SPOKEN, name
        assert any(name in chunk for chunk in chunks), (name, chunks)


def test_neighbouring_short_sentences_share_one_request():
    assert segment("Hội nghị khai mạc. Các đại biểu thảo luận. Hội nghị bế mạc.") == [
        "Hội nghị khai mạc. Các đại biểu thảo luận. Hội nghị bế mạc."
    ]


def test_a_long_sentence_is_cut_at_its_pauses_first():
    spoken = normalize(
        "Thành phố tập trung chỉ đạo các đơn vị đẩy nhanh tiến độ giải ngân vốn đầu tư công; đồng thời tăng "
        "cường kiểm tra, giám sát việc thực hiện các dự án trọng điểm trên địa bàn."
    )
    assert segment(spoken, 100)[0].endswith("vốn đầu tư công;")


def test_pauses_grow_from_clause_to_sentence_to_paragraph_to_heading():
    assert PAUSES_MS["heading"] > PAUSES_MS["paragraph"] > PAUSES_MS["sentence"] > PAUSES_MS["clause"] > 0
    article = Article(
        "Hội nghị trực báo quý III",
        [
            Block("paragraph", "Chiều 08/10/2021, Thành ủy Huế tổ chức Hội nghị trực báo Mặt trận và các "
                  "đoàn thể. Hội nghị có sự tham dự của lãnh đạo UBMTTQVN và các đoàn thể chính trị - xã hội "
                  "thành phố; các đơn vị báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2021."),
            Block("paragraph", "Hội nghị kết thúc lúc 11h30."),
        ],
    )
    narration = plan_narration(article, Settings(max_chars=100), EspeakEngine())
    pauses = [(s.block_index, s.spoken_text.rstrip()[-1], s.pause_after_ms) for s in narration.segments]
    last_of_block = {}
    for block_index, _, pause in pauses:
        last_of_block[block_index] = pause
    assert last_of_block == {0: PAUSES_MS["heading"], 1: PAUSES_MS["paragraph"], 2: PAUSES_MS["paragraph"]}
    inside = [(mark, pause) for block_index, mark, pause in pauses[1:-2] if block_index == 1]
    assert inside, pauses  # the long paragraph is more than one request
    for mark, pause in inside:
        expected = PAUSES_MS["sentence"] if mark in ".!?…" else PAUSES_MS["clause"] if mark in ",;:" else None
        assert pause == (expected or PAUSES_MS["word"]), (mark, pause)


def test_a_line_break_inside_a_block_ends_a_sentence():
    assert segment_with_boundaries("Tin, ảnh: Minh Hiền\nTrung tâm Truyền thông", 25) == [
        ("Tin, ảnh: Minh Hiền.", "sentence"),
        ("Trung tâm Truyền thông.", "sentence"),
    ]


# ------------------------------------------------------------------------------------------------------------
# the admin's report of what was read without confidence
# ------------------------------------------------------------------------------------------------------------
def test_an_unknown_capital_abbreviation_is_reported_where_it_stands():
    text = "Sở XYZW phối hợp với UBND tỉnh và Sở LĐ-TB&XH."
    found = report_unknown(text)
    assert [(u.token, u.kind) for u in found] == [("XYZW", "abbreviation")]
    assert text[found[0].start : found[0].end] == "XYZW"
    assert "XYZW" in found[0].context


def test_abbreviations_the_tables_know_are_not_reported():
    text = "Đồng chí Lê Văn Bình - TUV, Chủ tịch UBND; CCCD, BHXH, THPT, PGS.TS., quý IV, khóa XV, Đại hội XIII."
    assert report_unknown(text) == []


def test_a_heading_in_capitals_is_not_reported_letter_by_letter():
    """Capital Vietnamese words ("CHỨC NĂNG") are words: the report must not cut them at their accents."""
    assert report_unknown("CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG BÁO CHÍ - XUẤT BẢN - TRUYỀN THÔNG") == []


def test_leftover_symbols_are_reported_and_never_spoken():
    text = "Bản quyền © 2024 Cổng thông tin ™ Huế ✓"
    symbols = [u.token for u in report_unknown(text) if u.kind == "symbol"]
    assert symbols == ["©", "™", "✓"]
    spoken = normalize(text)
    assert not set(spoken) & {"©", "™", "✓"}
    assert not any(c.isdigit() for c in spoken)


def test_a_lexicon_entry_takes_its_token_off_the_report():
    text = "Ứng dụng của tỉnh và hệ thống XYZW."
    assert [u.token for u in report_unknown(text)] == ["XYZW"]
    lexicon = Lexicon([{"pattern": "XYZW", "replacement": "ích i dét vê kép"}])
    assert report_unknown(text, lexicon) == []
