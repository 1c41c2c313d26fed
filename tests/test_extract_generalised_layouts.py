"""Layouts the extractor had not seen, each reduced to a small synthetic page (never one site): a forum thread whose
replies are drawn inside the opening post's own box, one box of the same kind nested in the other.
"""

from __future__ import annotations

import pytest

from tests.test_extract_vietnamese_cms import BODY, TITLE, page, ps
from tts_service.extract import extract_article
from tts_service.extract.article import _before_related_links, page_index
from tts_service.extract.dom import parse_html, walk_blocks

REPLY = [
    "Cảm ơn bạn đã hỏi, mình xin trả lời như sau: hai đường dẫn trên dẫn tới hai chuyên mục khác nhau của diễn đàn,"
    " một chuyên mục thảo luận chung và một chuyên mục hỏi đáp.",
    "Chúng tôi sẽ sớm bổ sung nút Tạo chủ đề trên trang chủ và ở mọi chuyên mục để mọi người dễ tìm chỗ đăng bài.",
]


def _post(author: str, body: str, inner: str = "", extra: str = "") -> str:
    return f"""<article class="msg-view_article__x1 msg-box__a2{extra}"><div class="msg-view_wrap__k3">
<section class="msg-view_section__r7"><div class="msg-view_header__q1"><a href="/u/{author}">{author}</a>
<span>12/03/2024</span></div><div class="msg-body_text__z9">{body}</div>{inner}</section></div></article>"""


def test_replies_drawn_inside_the_opening_posts_box_are_not_read_with_it() -> None:
    reply = _post("quantri", ps(REPLY), extra=" solved-border__f1")
    replies = f'<div class="replies"><h2>2 trả lời</h2><ul class="list"><li>{reply}</li></ul></div>'
    html = page(f"<h1>{TITLE}</h1>" + _post("nguoidung", ps(BODY), inner=replies))
    text = extract_article(html).text
    assert all(p in text for p in BODY)
    assert not any(r in text for r in REPLY)


CARD = [
    "Vụ án được khởi tố từ tháng 6/2022, khi cơ quan điều tra đồng loạt khám xét hàng chục địa điểm ở Hà Nội và"
    " các tỉnh lân cận, thu giữ nhiều tài liệu liên quan đến các gói thầu.",
    "Diễn biến vụ án: Khám xét | Bắt giữ | Khởi tố",
]


def test_the_card_of_another_story_set_between_the_paragraphs_of_the_body_is_not_read() -> None:
    card = (
        "<div class='wrap'><div class='mol-post-card__body'><h3>Toàn cảnh vụ án</h3>"
        "<figure><img src='a.jpg'><figcaption>Ảnh tư liệu</figcaption></figure>"
        f"<p>{CARD[0]}</p><p>Diễn biến vụ án: <a href='/1'>Khám xét</a> | <a href='/2'>Bắt giữ</a> | "
        "<a href='/3'>Khởi tố</a></p></div></div>"
    )
    body = f"<div class='content'>{ps(BODY[:2])}{card}{ps(BODY[2:])}</div>"
    text = extract_article(page(f"<h1>{TITLE}</h1>{body}")).text
    assert all(p in text for p in BODY)
    assert "Toàn cảnh vụ án" not in text and not any(c in text for c in CARD)


MORE_BODY = [
    "Ngoài ra, tỉnh sẽ mở rộng mô hình một cửa liên thông đến tất cả các xã, phường trước cuối năm nay, bảo đảm"
    " người dân có thể nộp hồ sơ ở bất kỳ điểm tiếp nhận nào.",
    "Các sở, ngành được giao rà soát danh mục thủ tục để đưa thêm ít nhất 50 thủ tục lên cổng dịch vụ công trực"
    " tuyến mức độ toàn trình.",
]


def _after_related_links(body: str) -> list[str]:
    page = walk_blocks([parse_html(f"<body><div class='entry-content'>{body}</div></body>").find("body")])
    read = [b for b in page if b.kind == "paragraph"]  # what an engine kept, the "Read more" paragraph too
    return [b.text for b in _before_related_links(read, page, page_index(page))]


def _read_more(label: str) -> str:
    links = "".join(
        f"<a href='/bai-{i}'>Báo Tỉnh: Tin khác số {i} về cải cách thủ tục ở địa phương</a><br>" for i in range(3)
    )
    return f"<p><strong>{label}</strong><br>{links}</p>"


@pytest.mark.parametrize("label", ["READ MORE:", "Xem thêm:", "Tin liên quan:"])
def test_a_labelled_list_of_links_between_the_bodys_paragraphs_is_skipped_and_reading_goes_on_after_it(
    label: str,
) -> None:
    assert _after_related_links(f"{ps(BODY)}{_read_more(label)}{ps(MORE_BODY)}") == BODY + MORE_BODY


def test_a_labelled_list_of_links_closing_the_body_still_ends_it_before_the_pages_appeals() -> None:
    appeal = (
        "<div class='support'><p>Hãy ủng hộ tòa soạn để chúng tôi tiếp tục mang đến những bài báo chất lượng.</p></div>"
    )
    assert _after_related_links(f"{ps(BODY)}{_read_more('Tin liên quan:')}{appeal}") == BODY


@pytest.mark.parametrize(
    "tail",
    [
        "<p>Quảng cáo</p>",
        "<div class='x'><p>Advertisement</p><p>Continue reading the main story</p></div>",
        "<p>Advertisement - story continues below</p>",
        "<h3>THEO DÕI CHÚNG TÔI TRÊN MẠNG XÃ HỘI</h3>",
        "<h3>FOLLOW US ON SOCIAL MEDIA</h3>",
        "<p>Bình luận đã đóng</p>",
        "<p>Comments are closed</p>",
        "<h4>Chủ đề liên quan</h4>",
        "<h4>Related Topics</h4>",
        "<div><div class='k1'>Chủ đề liên quan</div><div><a href='/chu-de/cchc'>Cải cách hành chính</a></div></div>",
        "<div><div class='k1'>Related Topics</div><div><a href='/alerts/x'>Administrative reform</a></div></div>",
        "<div class='more-in'><div>Read More In:</div><ul><li><a href='/news'>News</a></li></ul></div>",
        "<div><span>Theo dõi chúng tôi trên</span><span>Facebook</span><span>YouTube</span><span>TikTok</span></div>",
    ],
)
def test_an_ad_marker_a_follow_us_line_or_a_closed_comments_note_after_the_body_is_not_read(tail: str) -> None:
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}{tail}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Bài viết liên quan: Hội nghị tổng kết công tác cải cách hành chính năm 2023",
        "Related article: The province reports on its administrative reform",
        "Share this",
        "Tweet this",
        "Video liên quan",
        "Related Video",
    ],
)
def test_a_pointer_to_another_article_or_a_share_button_line_among_the_bodys_paragraphs_is_not_read(line: str) -> None:
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY[:2])}<p>{line}</p>{ps(BODY[2:])}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đang đọc bài viết <a href='/x'>Sơ kết cải cách hành chính</a> tại chuyên mục Thời sự của Báo Tỉnh. Mọi"
        " thông tin góp ý và chia sẻ, xin vui lòng liên hệ SĐT: 0234.3822.123 hoặc gửi về hòm thư toasoan@baotinh.vn",
        "Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình trên TV Online!",
        "Theo dõi Báo Tỉnh trên Google News",
        "Theo dõi kênh Zalo của Báo Tỉnh để cập nhật tin tức mới nhất",
        "Link bài gốc: <a href='https://baotinh.vn/abc.htm'>https://baotinh.vn/abc.htm</a>",
    ],
)
def test_a_portals_closing_notice_follow_prompt_or_source_link_after_the_body_is_not_read(line: str) -> None:
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}<p><em>{line}</em></p></div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_line_of_hashtags_after_the_body_is_not_read() -> None:
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}<p>#cảicáchhànhchính #chuyểnđổisố #QuảngTrị</p></div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_sentence_that_names_a_hashtag_is_read() -> None:
    line = "Chiến dịch #SốngXanh thu hút hơn một nghìn bạn trẻ trong tỉnh tham gia trồng cây."
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}<p>{line}</p></div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, line]


def test_the_bar_naming_who_reacted_to_a_post_is_not_read() -> None:
    bar = (
        "<div class='reactionsBar js-reactionsList is-active'><span class='u-srOnly'>Cảm xúc:</span>"
        "<a href='/reactions'><bdi>minhanh</bdi>, <bdi>thuha92</bdi> và 2 người khác</a></div>"
    )
    html = page(f"<h1>{TITLE}</h1><article class='post'><div class='bbWrapper'>{ps(BODY)}</div>{bar}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


SLIDES = [
    (
        "1. Phố cổ Hội An",
        "Đèn lồng rực rỡ khắp phố!",
        "Mỗi tối rằm, người dân tắt đèn điện và thắp đèn lồng, thả hoa đăng trên"
        " sông Hoài, tạo nên khung cảnh lung linh hiếm nơi nào có được.",
    ),
    (
        "2. Chợ nổi Cái Răng",
        "Họp chợ từ lúc tờ mờ sáng.",
        "Hàng trăm ghe thuyền chở đầy trái cây, rau củ từ các miệt vườn"
        " đổ về, mỗi ghe treo một cây bẹo để khách biết ghe bán thứ gì.",
    ),
    (
        "3. Ruộng bậc thang Mù Cang Chải",
        "Mùa lúa chín đẹp nhất.",
        "Vào cuối tháng chín, những thửa ruộng bậc thang uốn lượn"
        " quanh sườn đồi chuyển sang màu vàng óng, thu hút đông đảo du khách và nhiếp ảnh gia.",
    ),
]


def test_a_gallerys_numbered_slide_titles_and_their_short_first_lines_are_read_with_the_captions_text() -> None:
    slides = "".join(
        f"<figure class='slide' id='photo-{i}'><div class='slide-header'><h2><a href='/anh/{i}'>{title}</a></h2></div>"
        f"<div class='image'><img src='{i}.jpg'></div><figcaption class='slide-caption'><p>{short}</p><p>{text}</p>"
        "</figcaption></figure>"
        for i, (title, short, text) in enumerate(SLIDES)
    )
    intro = "Những điểm đến đẹp nhất Việt Nam mà ai cũng nên ghé thăm một lần trong đời, theo bình chọn của bạn đọc."
    html = page(f"<h1>Mười điểm đến đẹp nhất Việt Nam</h1><div class='gallery'><p>{intro}</p>{slides}</div>")
    lines = extract_article(html).text.split("\n\n")
    assert [line for line in lines if any(line in s for s in SLIDES)] == [x for s in SLIDES for x in s]


INGREDIENTS = [("bí đỏ", "400 gam"), ("hành tây", "1 củ"), ("tỏi", "3 tép"), ("hạt óc chó", "2 thìa canh")]


def test_ingredients_laid_out_as_a_checklist_of_boxes_without_a_list_are_read() -> None:
    items = "".join(
        f"<div class='ingredients-item'><p class='name'><label><input type='checkbox'><span>{name}</span></label></p>"
        f"<p class='quantity'><span>{qty}</span></p></div>"
        for name, qty in INGREDIENTS
    )
    steps = "<h2>Cách làm</h2>" + ps(BODY)
    html = page(
        f"<h1>Bánh bí đỏ</h1><div class='recipe'><h2>Nguyên liệu</h2><div class='list'>{items}</div>{steps}</div>"
    )
    lines = extract_article(html).text.split("\n\n")
    assert all(name in lines and qty in lines for name, qty in INGREDIENTS)
    assert all(p in lines for p in BODY)


def test_the_boxes_of_a_sign_up_form_are_not_read_as_a_checklist() -> None:
    options = "".join(
        f"<div><label><input type='checkbox'><span>Nhận bản tin {x}</span></label></div>"
        for x in ("sáng", "trưa", "tối")
    )
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}</div><form>{options}<button>Đăng ký</button></form>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize("label", ["Jump To:", "On this page", "Trên trang này", "Skip to main content"])
def test_the_label_of_a_pages_jump_links_is_not_read(label: str) -> None:
    parts = "".join(f"<a href='#muc-{i}'>Phần {i}</a> " for i in range(1, 3))
    html = page(f"<h1>{TITLE}</h1><div class='content'><p><strong>{label}</strong></p><p>{parts}</p>{ps(BODY)}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]
