"""An abbreviation an article defines once is read so in every paragraph, not only in the one that defines it.

The service normalizes an article block by block; a reader of "Trạm Thủy văn Xuân (TTVX)" in the first paragraph
hears "TTVX" three paragraphs later as the station's name, not as four letters.
"""

from __future__ import annotations

from tts_service.config import Settings
from tts_service.engines.espeak import EspeakEngine
from tts_service.models import Article, Block
from tts_service.pipeline import plan_narration
from tts_service.text import article_definitions, normalize

DEFINING = "Trạm Thủy văn Xuân (TTVX) của huyện vừa tổng kết năm 2024."
LATER = "Năm nay TTVX đã đo 500 trận mưa."


def _spoken(article: Article) -> dict[int, str]:
    narration = plan_narration(article, Settings(max_chars=200), EspeakEngine())
    by_block: dict[int, str] = {}
    for segment in narration.segments:
        by_block[segment.block_index] = (by_block.get(segment.block_index, "") + " " + segment.spoken_text).strip()
    return by_block


def test_an_abbreviation_defined_in_one_paragraph_is_read_as_its_name_in_a_later_one():
    spoken = _spoken(Article("Tổng kết", [Block("paragraph", DEFINING), Block("paragraph", LATER)]))
    assert spoken[2].startswith("Năm nay Trạm Thủy văn Xuân đã đo")
    assert "tê tê vê ích" not in spoken[2]


def test_a_headline_using_the_abbreviation_before_the_body_defines_it_is_read_as_the_name_too():
    spoken = _spoken(Article("TTVX tổng kết năm 2024", [Block("paragraph", DEFINING)]))
    assert spoken[0].startswith("Trạm Thủy văn Xuân")


def test_the_defining_paragraph_says_the_name_once_and_not_the_letters():
    spoken = _spoken(Article("Tổng kết", [Block("paragraph", DEFINING), Block("paragraph", LATER)]))
    assert spoken[1].startswith("Trạm Thủy văn Xuân của huyện")


def test_without_a_definition_in_the_article_the_letters_are_read_as_before():
    alone = _spoken(Article("Tổng kết", [Block("paragraph", LATER)]))
    assert alone[1] == normalize(LATER)
    assert "tê tê vê ích" in alone[1]


def test_the_same_paragraph_reads_by_its_own_article_not_by_one_read_before_it():
    with_definition = _spoken(Article("Tổng kết", [Block("paragraph", DEFINING), Block("paragraph", LATER)]))
    without = _spoken(Article("Tổng kết", [Block("paragraph", LATER)]))
    assert with_definition[2] != without[1]


def test_a_paragraph_that_defines_the_letters_otherwise_keeps_its_own_reading():
    other = "Câu lạc bộ Tổ Thơ Vườn Xuân (TTVX) cũng tham gia; TTVX có 40 hội viên."
    spoken = _spoken(Article("Tổng kết", [Block("paragraph", DEFINING), Block("paragraph", other)]))
    assert "Tổ Thơ Vườn Xuân cũng tham gia; Tổ Thơ Vườn Xuân có bốn mươi hội viên" in spoken[2]


def test_article_definitions_collects_each_abbreviation_once_in_reading_order():
    assert article_definitions([DEFINING, "Ban Chỉ đạo phòng chống thiên tai (BCĐPCTT); Tổ Thơ Vườn Xuân (TTVX)"]) == {
        "TTVX": "Trạm Thủy văn Xuân",
        "BCĐPCTT": "Ban Chỉ đạo phòng chống thiên tai",
    }
    assert article_definitions(["Không có chữ viết tắt nào.", ""]) == {}


def test_normalize_reads_definitions_given_by_the_caller_and_stays_pure_without_them():
    assert normalize(LATER, defined={"TTVX": "Trạm Thủy văn Xuân"}).startswith("Năm nay Trạm Thủy văn Xuân")
    assert normalize(LATER).startswith("Năm nay tê tê vê ích")


def test_an_article_read_again_does_not_run_the_text_rules_again_to_find_its_definitions(monkeypatch):
    """A CMS re-posts unchanged articles; the block cache makes the second plan cost look-ups only, and finding
    the article's definitions must not undo that by re-reading every bracketed block."""
    import tts_service.text.normalizer as normalizer

    calls: list[str] = []
    real = normalizer.definitions

    def counting(text: str) -> dict[str, str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(normalizer, "definitions", counting)
    article = Article("Tổng kết", [Block("paragraph", "Đội Kiểm tra Liên ngành Vùng (ĐKTLNV) họp ngày 3/5."),
                                   Block("paragraph", "Sau đó ĐKTLNV đi kiểm tra 12 cơ sở.")])
    first = _spoken(article)
    assert calls, "the first plan reads the bracketed block for its definitions"
    calls.clear()
    assert _spoken(article) == first
    assert calls == []
