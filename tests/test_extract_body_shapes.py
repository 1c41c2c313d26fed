"""How far the body goes: pages whose article is split, boxed or laid out so that an extractor may stop early
or read on into what is not the article.

Small synthetic Vietnamese portal and news pages, one per layout kind (never one site): a body split over
sibling boxes of one class under headings of their own, and the boxes after it that must not be read.
"""

from __future__ import annotations

from tests.test_extract_vietnamese_cms import BODY, SAPO, TITLE, page, ps
from tts_service.extract import extract_article

SECOND_PART = [
    "Về nhiệm vụ quý II, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tập trung rà soát quy trình nội bộ,"
    " cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính.",
    "Các huyện, thị xã, thành phố hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"
    " trước ngày 30/6 theo đúng lộ trình đã đề ra.",
]
RELATED = [
    "Hội nghị giao ban công tác tuyên giáo quý I đánh giá cao kết quả triển khai các nhiệm vụ trọng tâm.",
    "Tỉnh công bố kết quả chấm điểm chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và huyện.",
]


def _read(html: str) -> list[str]:
    article = extract_article(html)
    return [b.text for b in article.blocks]


def test_a_body_split_over_sibling_boxes_under_headings_of_their_own_is_read_to_its_last_box() -> None:
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div>
<div class="text">{ps(BODY)}</div>
<h3>Nhiệm vụ trọng tâm quý II</h3>
<div class="text">{ps(SECOND_PART)}</div>
<h3>Thông tin liên hệ</h3>
<div class="text"><p>Điện thoại: 0234.3822.123</p><p>Văn phòng UBND tỉnh</p></div>
<div class="othernews"><h3>Tin cùng chuyên mục</h3>{ps(RELATED)}</div>""")
    blocks = _read(html)
    assert [b for b in blocks if b in BODY + SECOND_PART] == BODY + SECOND_PART
    assert "Nhiệm vụ trọng tâm quý II" in blocks
    assert not any("0234" in b or "liên hệ" in b for b in blocks)  # a contact box of the same class is no text
    assert not any(b in RELATED for b in blocks)


def test_sibling_boxes_of_the_body_class_after_an_end_heading_are_not_read() -> None:
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div>
<div class="text">{ps(BODY)}</div>
<h3>Tin liên quan</h3>
<div class="text">{ps(RELATED)}</div>""")
    blocks = _read(html)
    assert [b for b in blocks if b in BODY] == BODY
    assert not any(b in RELATED for b in blocks)


def test_a_body_split_by_a_photo_between_two_boxes_of_text_is_read_on_past_the_photo() -> None:
    figure = '<figure class="image"><img src="a.jpg"><figcaption>Quang cảnh hội nghị sơ kết</figcaption></figure>'
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div>
<div class="content">{ps(BODY)}</div>{figure}<div class="content">{ps(SECOND_PART)}</div>
<div class="tags">Từ khóa: <a href="/t">cải cách hành chính</a></div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY, *SECOND_PART]


def test_a_box_of_teasers_that_shares_the_body_class_is_not_read_as_its_next_part() -> None:
    teasers = "".join(
        f'<h3><a href="/x{i}">Tin khác số {i} về hoạt động của tỉnh trong tuần</a></h3><p>{t}</p>'
        for i, t in enumerate(RELATED)
    )
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div>
<div class="content">{ps(BODY)}</div><div class="content">{teasers}</div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY]


def test_a_list_of_other_news_under_a_box_title_the_engine_skipped_is_not_read_after_the_body() -> None:
    others = "".join(
        f'<li><a href="/x{i}">Tin khác số {i} về hoạt động của tỉnh trong tuần qua</a> <span>(12/03/2024)</span></li>'
        for i in range(5)
    )
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="content">{ps(BODY)}
<p style="text-align:right"><b>Minh Anh</b></p>
<div class="title-box">Tin cùng chuyên mục</div><ul>{others}</ul></div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY, "Minh Anh"]


def test_a_see_also_pointer_among_the_body_paragraphs_does_not_cut_the_story_short() -> None:
    pointer = (
        '<p><strong>Xem thêm:</strong></p><p><a href="/x">Tỉnh công bố chỉ số hài lòng năm 2023</a></p>'
        '<p><a href="/y">Hà Nội đẩy mạnh dịch vụ công trực tuyến</a></p>'
    )
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="content">{ps(BODY)}{pointer}
{ps(SECOND_PART)}<p style="text-align:right"><b>Minh Anh</b></p></div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY, *SECOND_PART, "Minh Anh"]


def test_a_related_label_among_the_body_paragraphs_over_teasers_still_ends_the_story() -> None:
    teasers = "".join(
        f'<p><a href="/x{i}">Tin khác số {i} về hoạt động của tỉnh</a></p><p>{t}</p>' for i, t in enumerate(RELATED)
    )
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="content">{ps(BODY)}
<p style="text-align:right"><b>Minh Anh</b></p><p><strong>Tin liên quan</strong></p>{teasers}</div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY, "Minh Anh"]


def test_rows_of_other_news_each_a_link_and_its_date_are_not_read_after_an_old_portal_body() -> None:
    rows = "".join(
        f'<tr><td><a href="/x{i}">Tin khác số {i} về hoạt động của tỉnh trong tuần qua</a> (1{i}/03/2024)</td></tr>'
        for i in range(6)
    )
    html = f"""<html><head><title>{TITLE}</title></head><body><form><table width="1000"><tr>
<td width="750"><table width="100%"><tr><td><span class="title">{TITLE}</span></td></tr>
<tr><td><span id="lblSapo"><b>{SAPO}</b></span></td></tr><tr><td><span id="lblContent">{"<br><br>".join(BODY)}
<br><br><div align="right"><b>Minh Anh</b></div></span></td></tr>
<tr><td class="othernews"><b>Các tin khác:</b></td></tr>{rows}</table></td>
<td width="250"><table>{rows}</table></td></tr></table></form></body></html>"""
    blocks = _read(html)
    assert blocks == [SAPO, *BODY, "Minh Anh"]


def test_a_body_sentence_that_links_a_document_and_ends_on_its_date_is_read() -> None:
    sentence = 'Chi tiết xem tại <a href="/vb">Quyết định số 123/QĐ-UBND</a> ban hành ngày 12/03/2024'
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="content">{ps(BODY)}<p>{sentence}</p>
</div>""")
    blocks = _read(html)
    assert blocks[-1] == "Chi tiết xem tại Quyết định số 123/QĐ-UBND ban hành ngày 12/03/2024"


def test_section_headings_in_headers_of_their_own_beside_the_boxes_of_their_text_are_read() -> None:
    def element(heading: str, tag: str, paragraphs: list[str]) -> str:
        return (
            f'<article class="contentElement"><header class="contentHeader"><{tag}>{heading}</{tag}></header>'
            f'<div class="ce-textpic"><div class="ce-bodytext">{ps(paragraphs)}</div></div></article>'
        )

    html = page(
        f"<h1>{TITLE}</h1>{element('Kết quả quý I', 'h3', BODY[:2])}"
        f"{element('Tồn tại, hạn chế', 'h3', [])}{element('Thủ tục còn chậm', 'h4', BODY[2:])}"
        f"{element('Nhiệm vụ quý II', 'h3', SECOND_PART)}"
    )
    blocks = _read(html)
    assert blocks == [
        "Kết quả quý I", *BODY[:2], "Tồn tại, hạn chế", "Thủ tục còn chậm", *BODY[2:], "Nhiệm vụ quý II", *SECOND_PART,
    ]


def test_a_plain_line_between_a_picture_and_its_credit_is_a_caption_and_not_read() -> None:
    caption = (
        "Phó Chủ tịch UBND tỉnh, thứ hai từ trái sang, cùng lãnh đạo các sở, ngành kiểm tra bộ phận một cửa của"
        " huyện trong buổi làm việc sáng 12/3"
    )
    html = page(f"""<h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="content">{ps(BODY[:2])}
<div class="photo"><img src="a.jpg"></div><h2>{caption}</h2><p>Ảnh: TTXVN</p>{ps(BODY[2:])}</div>""")
    blocks = _read(html)
    assert blocks == [SAPO, *BODY]
