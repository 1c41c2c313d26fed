"""Layouts met on the eighth round of unseen pages (``tests/data/extract/pages_round8``): what a listener hears.

Small synthetic Vietnamese pages modelled on the layouts that failed there, by kind — never on one site: a page
whose misnested header menu makes the HTML parser put the whole article inside the menu's ``<button>``, and a
page stored as UTF-8 that still declares a legacy Chinese charset and carries a few broken bytes.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV, paragraphs
from tts_service.extract import extract_article
from tts_service.extract.decode import decode_html

TITLE = "Năm quy tắc dọn nhà của người sống tối giản"
BODY = [
    "Người sống tối giản bắt đầu bằng câu hỏi vì sao mình muốn ít đồ hơn, rồi để giá trị của mình dẫn đường.",
    "Món đồ nào cả năm không dùng đến thì hãy tự hỏi vì sao, để lần sau không mua thêm thứ giống như vậy.",
    "Mỗi tuần dọn một ngăn kéo nhỏ dễ giữ hơn một ngày dọn cả căn nhà rồi để mọi thứ bừa bộn trở lại.",
    "Đừng giữ lại món đồ nào chỉ vì nghĩ rằng biết đâu một ngày nào đó sẽ cần, vì ngày ấy hiếm khi đến.",
]


def test_an_article_the_parser_put_inside_the_header_menu_button_is_read() -> None:
    # a <div> left open inside the menu <button>: libxml2 nests everything after it, article included,
    # inside the button; a button holding the headline and the paragraphs is a misnesting, not a button
    article = f"<main><article><h1>{TITLE}</h1>{''.join(f'<p>{p}</p>' for p in BODY)}</article></main>"
    html = (
        f"<html><head><title>{TITLE}</title></head><body><header><div class='menu-top'>"
        f"<button class='menu-button' aria-label='Mở menu'><div class='menu-icon'>Menu</div>{NAV}"
        f"{article}{FOOTER}</button></div></header></body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text)[0] == TITLE
    assert all(p in paragraphs(text) for p in BODY)
    assert "Menu" not in paragraphs(text)


def test_a_utf8_page_that_declares_a_legacy_charset_and_has_a_few_broken_bytes_reads_as_utf8() -> None:
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
        "<h1>航天合作</h1><p>各国年轻一代航天人才进一步加强交流与合作，共同探索太空。</p>"
    ).encode() + "<p>（记者宋晨、田中全、胡".encode() + b"\xe8\xaf\xa1\xef\xbc</p></body></html>"
    text = decode_html(page)
    assert "各国年轻一代航天人才进一步加强交流与合作" in text and "（记者宋晨、田中全、胡" in text
    assert text.count("\ufffd") <= 2


def test_a_page_really_in_a_legacy_chinese_charset_is_still_read_in_it() -> None:
    page = "<html><head><meta charset='gb2312'></head><body><p>各国年轻一代航天人才进一步加强交流与合作。</p>"
    assert "各国年轻一代航天人才进一步加强交流与合作" in decode_html(page.encode("gb2312"))


def test_a_short_article_misnested_into_a_button_is_still_read_rather_than_refused() -> None:
    # too short to look like an article on its own: cleaning drops the button with it, and the last resort
    # reads the page again rather than telling the listener there is nothing to read
    html = (
        "<html><head><title>Thông báo</title></head><body><header><button class='menu-button'><div>"
        f"<h2>Thông báo nghỉ lễ</h2><p>{BODY[0]}</p><p>{BODY[1]}</p></button></header></body></html>"
    )
    text = extract_article(html).text
    assert BODY[0] in text and BODY[1] in text
