"""What a listener hears from a page: title, lead, body, headings, lists, signature — nothing else."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tts_service.errors import BadInput, EmptyArticle, ServiceError, TooLarge
from tts_service.extract import extract_article, load_profiles
from tts_service.models import Block

DATA = Path(__file__).parent / "data" / "extract"
HUE_PAGE = DATA / "huecity-hoi-nghi-truc-bao-quy-iii.html"
HUE_EXPECTED = (DATA / "huecity-hoi-nghi-truc-bao-quy-iii.expected.txt").read_text(encoding="utf-8").strip()
HUE_URL = "https://huecity.gov.vn/tin-tuc/hoi-nghi-truc-bao-quy-iii"

NAV = (
    "<header><nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/gt'>Giới thiệu</a></li>"
    "<li><a href='/tt'>Tin tức</a></li><li><a href='/lh'>Liên hệ</a></li></ul></nav></header>"
)
FOOTER = "<footer><p>Bản quyền thuộc UBND thành phố Huế. Địa chỉ: 24 Tố Hữu, Huế.</p></footer>"
SENTENCES = [
    "Chiều 08/10/2021, Thành ủy Huế tổ chức hội nghị trực báo quý III với Mặt trận và các đoàn thể.",
    "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chín tháng đầu năm và phương hướng quý IV.",
    "Các đơn vị đã chung tay cùng thành phố đẩy lùi dịch bệnh và xây dựng nếp sống văn minh đô thị.",
    "Đồng chí Bí thư Thành ủy đề nghị tăng kinh phí hoạt động thường xuyên cho các đoàn thể chính trị.",
]


def page(article: str, *, head: str = "<title>Tin tức - Cổng TTĐT Huế</title>") -> str:
    """A full page: navigation, the article, a related-news box and a footer around it."""
    related = (
        "<div class='box'><h3>Tin liên quan</h3><ul><li>"
        "<a href='/1'>Hội nghị Ban Chấp hành lần thứ 7</a></li>"
        "<li><a href='/2'>Triển khai kế hoạch phòng chống dịch</a></li></ul></div>"
    )
    return (
        f"<!DOCTYPE html><html><head>{head}</head>"
        f"<body>{NAV}<main>{article}{related}</main>{FOOTER}</body></html>"
    )


def body_html(n: int = 4) -> str:
    return "".join(f"<p>{s}</p>" for s in SENTENCES[:n])


# --- the reference portal ------------------------------------------------------------------------------


def test_a_huecity_article_reads_title_five_paragraphs_and_the_signature() -> None:
    article = extract_article(HUE_PAGE.read_bytes(), url=HUE_URL)
    assert article.text == HUE_EXPECTED
    assert [b.kind for b in article.blocks] == ["paragraph"] * 5 + ["signature"]
    assert article.blocks[-1] == Block("signature", "Văn phòng Thành ủy Huế")


def test_the_huecity_page_reads_the_same_without_its_site_profile() -> None:
    """The general rules carry the page; the shipped profile only helps."""
    assert extract_article(HUE_PAGE.read_bytes(), profiles=()).text == HUE_EXPECTED


def shared_dir() -> Path | None:
    """``shared/`` beside the repository (``../shared``), or one level further up from a git worktree."""
    repo = Path(__file__).resolve().parents[1]
    return next(
        (d / "shared" for d in (repo.parent, repo.parent.parent) if (d / "shared" / "eval").is_dir()), None
    )


def cp1258(text: str) -> bytes:
    """Encode Vietnamese as windows-1258 does: base letter (with â/ê/ô/ă/ơ/ư) plus a combining tone mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def test_the_huecity_page_matches_the_shared_fixture_when_it_is_there() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared (the project's shared fixtures) is not beside the repository")
    fixture = shared / "fixtures"
    lines = [x.strip() for x in (fixture / "huecity-hoi-nghi-truc-bao-quy-iii.txt").read_text().splitlines()]
    wanted = [lines[0], *[x for x in lines[4:] if x]]
    assert HUE_EXPECTED.split("\n\n") == wanted


@pytest.mark.parametrize("layout", ["dantri", "tuoitre", "baochinhphu"])
def test_common_vietnamese_news_layouts_read_sapo_body_and_byline_only(layout: str) -> None:
    """Hand-made pages in the markup style of large Vietnamese news sites (not copies of their articles):
    sapo beside the body, byline after it, in-body related box, photo captions, tags, comments, sidebar."""
    html = (DATA / f"news-layout-{layout}.html").read_text(encoding="utf-8")
    expected = (DATA / f"news-layout-{layout}.expected.txt").read_text(encoding="utf-8").strip()
    art = extract_article(html)
    assert art.text == expected
    assert art.blocks[0].kind == "lead" and art.blocks[-1].kind == "signature"
    for junk in ("Ảnh", "Đọc thêm", "Từ khóa", "Bình luận", "Tin liên quan", "Đọc nhiều", "Bản quyền", "GMT"):
        assert junk not in art.text


@pytest.mark.parametrize(
    "ui",
    ["Xem cỡ chữ", "Đọc bài viết", "In bài", "Chia sẻ", "10/10/2021", "2:52:28 CH", "Các tin khác", "Ảnh:"],
)
def test_widgets_dates_captions_and_related_news_are_never_read(ui: str) -> None:
    text = extract_article(HUE_PAGE.read_bytes(), url=HUE_URL).text
    assert ui not in text


# --- what is never read ---------------------------------------------------------------------------------


def test_the_font_size_and_read_aloud_widgets_are_never_read_even_without_class_names() -> None:
    article = (
        "<article><h1>Hội nghị trực báo quý III</h1><div>10/10/2021 2:52:28 CH</div>"
        "<div>Xem cỡ chữ: <a>A-</a> <a>A</a> <a>A+</a></div><div>Đọc bài viết: <a>▶</a></div>"
        f"{body_html()}<p>Lượt xem: 1.234</p></article>"
    )
    art = extract_article(page(article))
    assert art.text.split("\n\n") == ["Hội nghị trực báo quý III", *SENTENCES]


def test_a_toolbar_with_date_font_size_and_voice_choice_on_one_line_is_never_read() -> None:
    toolbar = "<div>10/10/2021 2:52:28 CH | Xem cỡ chữ: A- A A+ | Đọc bài viết: Giọng nữ miền Bắc</div>"
    old = "<h4>Các tin đã đưa</h4><ul><li><a href='/c'>Huế tổ chức lễ hội đường phố</a></li></ul>"
    art = extract_article(f"<h1>Tiêu đề</h1>{toolbar}{body_html(2)}{old}")
    assert art.text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_image_captions_are_not_read() -> None:
    article = (
        f"<article><h1>Tiêu đề bài</h1>{body_html(2)}"
        "<figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị. Ảnh: Minh Hoàng</figcaption></figure>"
        "<table class='image'><tr><td><img src='b.jpg'></td></tr><tr><td>Đại biểu dự hội nghị</td>"
        "</tr></table>"
        f"<p><em>Đồng chí Bí thư phát biểu. (Ảnh: T.H)</em></p>{body_html(4)[len(body_html(2)) :]}</article>"
    )
    text = extract_article(page(article)).text
    assert "Ảnh" not in text and "Đại biểu dự hội nghị" not in text
    assert text.split("\n\n") == ["Tiêu đề bài", *SENTENCES]


def test_a_photo_story_reads_its_captions_when_there_is_no_body() -> None:
    frag = (
        "<h1>Huế rực rỡ sắc hoa ngày Tết</h1>"
        "<figure><img src='1.jpg'>"
        "<figcaption>Đường hoa Nguyễn Đình Chiểu đông vui du khách.</figcaption></figure>"
        "<figure><img src='2.jpg'><figcaption>Chợ hoa bên bờ sông Hương. Ảnh: Minh Hoàng</figcaption>"
        "</figure>"
    )
    art = extract_article(frag)
    assert art.text.split("\n\n") == [
        "Huế rực rỡ sắc hoa ngày Tết",
        "Đường hoa Nguyễn Đình Chiểu đông vui du khách.",
        "Chợ hoa bên bờ sông Hương.",
    ]


def test_navigation_breadcrumbs_related_news_and_footer_are_not_read() -> None:
    article = (
        "<div class='crumbs'><a href='/'>Trang chủ</a> » <a href='/tt'>Tin tức</a></div>"
        f"<article><h1>Tiêu đề bài viết</h1>{body_html()}</article>"
    )
    text = extract_article(page(article)).text
    for junk in ("Trang chủ", "Giới thiệu", "Tin liên quan", "Ban Chấp hành", "Bản quyền", "Tố Hữu"):
        assert junk not in text


def test_a_related_box_in_the_middle_of_a_cms_body_is_skipped_and_the_article_goes_on() -> None:
    box = (
        "<p><strong>Tin liên quan</strong></p><ul><li><a href='/a'>Huế ra quân Chủ nhật xanh</a></li>"
        "<li><a href='/b'>Hội nghị Ban Chấp hành lần thứ 7</a></li></ul>"
    )
    frag = f"<h1>Tiêu đề</h1>{body_html(2)}{box}<p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p>"
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES]


def test_readers_comments_after_the_article_are_never_read() -> None:
    comments = "<h3>Bình luận (2)</h3><p>Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích.</p>"
    assert extract_article(f"<h1>Tiêu đề</h1>{body_html(2)}{comments}").text.split("\n\n") == [
        "Tiêu đề",
        *SENTENCES[:2],
    ]


def test_share_and_print_links_under_the_article_are_not_read() -> None:
    frag = f"<h1>Tiêu đề</h1>{body_html(2)}<div>In bài | Gửi email | Chia sẻ: Facebook Zalo</div>"
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_read_more_links_keywords_and_view_counts_inside_the_article_are_not_read() -> None:
    frag = (
        f"<h1>Tiêu đề</h1><p>Ngày đăng: 10/10/2021 | Lượt xem: 1234</p><p>{SENTENCES[0]}</p>"
        "<p><strong>Xem thêm:</strong> <a href='/x'>Huế ra quân phòng chống dịch trong mùa mưa bão</a></p>"
        f"<p>{SENTENCES[1]}</p><p>(Ảnh minh họa)</p><div>Từ khóa: Huế, hội nghị, Mặt trận Tổ quốc</div>"
    )
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_click_here_calls_to_action_are_not_read() -> None:
    frag = f"<h1>Tiêu đề</h1>{body_html(2)}<p><a href='/dk'>Bấm vào đây để đăng ký nhận bản tin</a></p>"
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_a_sentence_that_starts_like_a_label_is_still_read() -> None:
    sentence = "Xem thêm các hoạt động của Đoàn tại địa phương, năm 2021 đã được tổng kết."
    assert extract_article(f"<p>{sentence}</p>").blocks == [Block("paragraph", sentence)]


def test_a_paragraph_that_starts_with_a_widget_word_is_still_read() -> None:
    frag = "<h2>Chia sẻ kinh nghiệm</h2><p>Chia sẻ kinh nghiệm làm kinh tế giỏi của hội viên nông dân.</p>"
    art = extract_article(frag)
    assert art.title == "Chia sẻ kinh nghiệm"
    assert art.blocks == [Block("paragraph", "Chia sẻ kinh nghiệm làm kinh tế giỏi của hội viên nông dân.")]


def test_duplicated_paragraphs_and_a_repeated_title_are_read_once() -> None:
    frag = f"<h1>Tiêu đề</h1><p>Tiêu đề</p>{body_html(2)}<p>{SENTENCES[1]}</p>"
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


# --- what is always read --------------------------------------------------------------------------------


def test_a_one_paragraph_cms_fragment_is_read() -> None:
    art = extract_article("<p>Sáng nay, thành phố Huế tổ chức lễ ra quân.</p>")
    assert art.blocks == [Block("paragraph", "Sáng nay, thành phố Huế tổ chức lễ ra quân.")]


@pytest.mark.parametrize(
    "markup",
    [
        "<article><h1>Lễ ra quân</h1>{p}</article>",
        "<div class='content'><h1>Lễ ra quân</h1><div class='date'>10/10/2021</div>{p}</div>",
        "<h1>Lễ ra quân</h1>{p}",
    ],
)
def test_a_one_paragraph_article_on_a_full_page_is_read_without_the_page_around_it(markup: str) -> None:
    one = "Sáng nay, thành phố Huế tổ chức lễ ra quân hưởng ứng phong trào Chủ nhật xanh."
    art = extract_article(page(markup.format(p=f"<p>{one}</p>")))
    assert art.text == f"Lễ ra quân\n\n{one}"


def test_the_article_language_comes_from_the_page_and_defaults_to_vietnamese() -> None:
    assert extract_article(f"<h1>T</h1>{body_html(1)}").lang == "vi"
    html = f"<html lang='en-US'><body><h1>Title</h1><p>{'An English sentence here. ' * 5}</p></body></html>"
    assert extract_article(html).lang == "en"


def test_a_fragment_with_a_headline_reads_it_as_the_title() -> None:
    art = extract_article(f"<h1>Lễ ra quân</h1>{body_html(1)}")
    assert art.title == "Lễ ra quân"
    assert art.text == f"Lễ ra quân\n\n{SENTENCES[0]}"


def test_a_short_article_on_a_small_full_page_is_read() -> None:
    html = f"<html><head><title>Tin ngắn</title></head><body><h1>Tin ngắn</h1>{body_html(1)}</body></html>"
    assert extract_article(html).text == f"Tin ngắn\n\n{SENTENCES[0]}"


def test_in_body_headings_list_items_and_quotes_keep_their_kind() -> None:
    frag = (
        f"<h1>Nhiệm vụ năm 2022</h1>{body_html(1)}<h2>Nhiệm vụ trọng tâm</h2>"
        "<ul><li>Phòng chống dịch bệnh hiệu quả.</li><li>Phát triển kinh tế - xã hội.</li></ul>"
        "<blockquote><p>Dân là gốc.</p></blockquote><p>Văn phòng Thành ủy Huế</p>"
    )
    blocks = extract_article(frag).blocks
    assert blocks == [
        Block("paragraph", SENTENCES[0]),
        Block("heading", "Nhiệm vụ trọng tâm"),
        Block("list_item", "Phòng chống dịch bệnh hiệu quả."),
        Block("list_item", "Phát triển kinh tế - xã hội."),
        Block("quote", "Dân là gốc."),
        Block("signature", "Văn phòng Thành ủy Huế"),
    ]


def test_a_short_bold_line_in_a_cms_fragment_is_a_heading_and_a_bold_byline_a_signature() -> None:
    frag = (
        f"<h1>Nhiệm vụ năm 2022</h1>{body_html(1)}<p><strong>1. Về phát triển kinh tế</strong></p>"
        f"<p><b>Điều 2.</b> {SENTENCES[1]}</p>"
        "<p style='text-align:right'><strong>Văn phòng Thành ủy</strong></p>"
    )
    assert extract_article(frag).blocks == [
        Block("paragraph", SENTENCES[0]),
        Block("heading", "1. Về phát triển kinh tế"),
        Block("paragraph", f"Điều 2. {SENTENCES[1]}"),
        Block("signature", "Văn phòng Thành ủy"),
    ]


def test_a_heading_written_in_capitals_in_a_paragraph_is_a_heading() -> None:
    frag = f"<p style='text-align:center'><strong>CHỨC NĂNG, NHIỆM VỤ</strong></p>{body_html(2)}"
    art = extract_article(frag)
    assert art.title == "CHỨC NĂNG, NHIỆM VỤ"
    frag = f"<h1>Giới thiệu</h1>{body_html(1)}<p>ĐIỀU 2. NHIỆM VỤ</p>{body_html(2)[len(body_html(1)) :]}"
    assert Block("heading", "ĐIỀU 2. NHIỆM VỤ") in extract_article(frag).blocks


def test_the_lead_outside_the_article_body_is_read_first() -> None:
    """News sites print the sapo beside the body container; the listener must still hear it."""
    lead = "Thành ủy Huế đánh giá cao nỗ lực của Mặt trận và các đoàn thể trong chín tháng qua."
    article = (
        "<div class='detail'><h1 class='title-detail'>Hội nghị trực báo</h1>"
        f"<p class='description'>{lead}</p>"
        f"<article class='fck_detail'>{body_html()}<p style='text-align:right'><strong>Anh Minh</strong></p>"
        "</article></div>"
    )
    blocks = extract_article(page(article)).blocks
    assert blocks[0] == Block("lead", lead)
    assert blocks[-1] == Block("signature", "Anh Minh")
    assert [b.text for b in blocks[1:-1]] == SENTENCES


def test_a_teaser_sapo_in_the_sidebar_is_not_read_as_the_lead() -> None:
    teaser = (
        "<div class='box'><ul><li><a href='/t'>Tin khác</a>"
        "<p class='sapo'>Mô tả ngắn của một tin khác trong ngày.</p></li></ul></div>"
    )
    art = extract_article(page(f"<article><h1>Tiêu đề bài viết</h1>{body_html()}</article>{teaser}"))
    assert art.text.split("\n\n") == ["Tiêu đề bài viết", *SENTENCES]


def test_publisher_marked_parts_get_no_lead_added_from_elsewhere() -> None:
    html = page(
        "<h1>Tiêu đề</h1><p class='sapo'>Tóm tắt bài viết nằm ngoài vùng được đánh dấu để đọc.</p>"
        f"<div data-tts-only>{body_html(2)}</div>"
    )
    assert extract_article(html).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_the_title_falls_back_to_og_title_then_to_the_page_title_without_the_site_name() -> None:
    head = (
        "<title>Lễ hội Huế 2022 | Cổng TTĐT Huế</title><meta property='og:site_name' content='Cổng TTĐT Huế'>"
    )
    html = page(f"<article>{body_html()}</article>", head=head)
    assert extract_article(html).title == "Lễ hội Huế 2022"
    head += "<meta property='og:title' content='Festival Huế 2022 khai mạc'>"
    assert (
        extract_article(page(f"<article>{body_html()}</article>", head=head)).title
        == "Festival Huế 2022 khai mạc"
    )


def test_an_old_table_portal_without_h1_reads_its_headline_cell_as_the_title() -> None:
    html = (
        "<html><head><title>Cổng thông tin điện tử tỉnh</title></head><body><form id='form1'>"
        f"<table><tr><td>{NAV}</td></tr><tr><td><table>"
        "<tr><td class='tieude'>Huế đẩy mạnh phục hồi kinh tế</td></tr>"
        "<tr><td>Ngày đăng: 08/10/2021 | Lượt xem: 1.234</td></tr>"
        f"<tr><td>{SENTENCES[0]}<br><br>{SENTENCES[1]}<br><br>{SENTENCES[2]}<br><br>{SENTENCES[3]}</td></tr>"
        f"</table></td></tr></table>{FOOTER}</form></body></html>"
    )
    art = extract_article(html)
    assert art.text.split("\n\n") == ["Huế đẩy mạnh phục hồi kinh tế", *SENTENCES]


def test_the_portal_name_in_the_banner_h1_is_not_taken_for_the_headline() -> None:
    html = (
        "<html><head><title>Huế đẩy mạnh phục hồi kinh tế - Cổng TTĐT Thành phố Huế</title></head><body>"
        "<div id='banner'><h1>CỔNG TTĐT THÀNH PHỐ HUẾ</h1></div>"
        f"{NAV}<div class='detail'><h2 class='title'>Huế đẩy mạnh phục hồi kinh tế</h2>{body_html()}</div>"
        f"{FOOTER}</body></html>"
    )
    art = extract_article(html)
    assert art.title == "Huế đẩy mạnh phục hồi kinh tế"
    assert "CỔNG" not in art.text


def test_a_sentence_that_links_to_the_home_page_is_still_read() -> None:
    frag = f"<h1>Tiêu đề</h1>{body_html(1)}<p>Chi tiết xem tại <a href='/'>Trang chủ</a> của Sở Nội vụ.</p>"
    assert extract_article(frag).blocks[-1].text == "Chi tiết xem tại Trang chủ của Sở Nội vụ."


def test_a_breadcrumb_trail_without_a_home_link_is_not_read() -> None:
    frag = f"<div>Tin tức » Sự kiện » Hoạt động</div><h1>Tiêu đề</h1>{body_html(2)}"
    assert extract_article(frag).text.split("\n\n") == ["Tiêu đề", *SENTENCES[:2]]


def test_a_widget_heading_is_not_taken_for_the_headline() -> None:
    html = page(
        "<h1 class='portlet-title'><span>giới thiệu</span></h1>"
        "<div class='journal-content-article'>"
        f"<p style='text-align:center'>CƠ CẤU TỔ CHỨC</p>{body_html()}</div>"
    )
    art = extract_article(html)
    assert art.title == "CƠ CẤU TỔ CHỨC"
    assert "giới thiệu" not in art.text


# --- publisher markup and site profiles -----------------------------------------------------------------


def test_data_tts_skip_is_never_read() -> None:
    ad = "<div data-tts-skip>Nội dung quảng cáo của nhà tài trợ chương trình.</div>"
    frag = f"<h1>Tiêu đề</h1>{body_html(2)}{ad}"
    assert "quảng cáo" not in extract_article(frag).text
    html = page(
        f"<article><h1>Tiêu đề</h1>{body_html()}<p data-tts-skip='true'>Ghi chú biên tập nội bộ.</p>"
        "</article>"
    )
    assert "Ghi chú" not in extract_article(html).text


def test_hidden_menus_are_not_read_but_a_body_hidden_until_a_script_shows_it_is() -> None:
    hidden_menu = "<div style='display:none'><a href='/'>Đăng nhập</a> Tài khoản</div>"
    body = f"<div class='content' style='display: none'><h1>Tiêu đề</h1>{body_html()}</div>"
    art = extract_article(page(hidden_menu + body))
    assert art.text.split("\n\n") == ["Tiêu đề", *SENTENCES]


def test_data_tts_only_reads_exactly_the_marked_parts() -> None:
    html = page(
        f"<article><h1>Tiêu đề bài</h1><div data-tts-only>{body_html(2)}</div>"
        f"<div>{SENTENCES[2]}</div><div data-tts-only><p>{SENTENCES[3]}</p></div></article>"
    )
    art = extract_article(html)
    assert art.text.split("\n\n") == ["Tiêu đề bài", SENTENCES[0], SENTENCES[1], SENTENCES[3]]


def test_an_admin_profile_picks_the_container_and_drops_a_site_widget(tmp_path: Path) -> None:
    (tmp_path / "example.json").write_text(
        json.dumps(
            {
                "name": "Sở Ví dụ",
                "hosts": ["*.vidu.gov.vn"],
                "container": [".noi-dung"],
                "drop": [".ghi-chu"],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    html = page(
        f"<div class='khac'>{body_html(4)}</div><h1>Bài của Sở</h1>"
        f"<div class='noi-dung'><p>{SENTENCES[0]}</p>"
        "<p class='ghi-chu'>Ghi chú nội bộ của biên tập viên.</p></div>"
    )
    profiles = load_profiles(tmp_path)
    art = extract_article(html, url="https://www.vidu.gov.vn/tin/1", profiles=profiles)
    assert art.text == f"Bài của Sở\n\n{SENTENCES[0]}"
    assert "Ghi chú" not in extract_article(html, url="https://www.vidu.gov.vn/tin/1", profiles=profiles).text


def test_a_profile_container_class_reused_by_the_footer_reads_only_the_article() -> None:
    html = (
        "<html><body><div class='journal-content-article'><p>Liên hệ: 24 Tố Hữu, Huế.</p></div>"
        f"<h1>Tiêu đề</h1><div class='journal-content-article'>{body_html()}</div></body></html>"
    )
    assert extract_article(html, url=HUE_URL).text.split("\n\n") == ["Tiêu đề", *SENTENCES]


def test_the_reference_portal_profile_ships_with_the_project() -> None:
    names = [p.name for p in load_profiles()]
    assert any("huecity.gov.vn" in n for n in names)
    assert any(p.matches("huecity.gov.vn") for p in load_profiles())


def test_a_broken_profile_is_reported_with_its_file_name(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hosts": ["a.vn"], "container": ["div[[["]}', encoding="utf-8")
    with pytest.raises(BadInput, match="CSS"):
        load_profiles(bad)
    bad.write_text('{"hosts": ["a.vn"], "contianer": [".x"]}', encoding="utf-8")
    with pytest.raises(BadInput, match=r"bad\.json"):
        load_profiles(tmp_path)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInput, match=r"bad\.json"):
        load_profiles(tmp_path)


# --- decoding -------------------------------------------------------------------------------------------


def test_the_http_charset_wins_over_the_meta_charset() -> None:
    html = cp1258(f"<meta charset='utf-8'><h1>Huế</h1><p>{SENTENCES[0]}</p>")
    art = extract_article(html, content_type="text/html; charset=windows-1258")
    assert art.title == "Huế" and art.blocks[0].text == SENTENCES[0]


def test_a_utf8_page_behind_a_server_that_says_iso_8859_1_is_read_correctly() -> None:
    html = f"<h1>Thành phố Huế</h1><p>{SENTENCES[0]}</p>".encode()
    art = extract_article(html, content_type="text/html; charset=ISO-8859-1")
    assert art.title == "Thành phố Huế" and art.blocks[0].text == SENTENCES[0]


def test_a_windows_1258_page_is_read_from_its_meta_charset() -> None:
    html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
    html += f"<body><h1>Thừa Thiên Huế</h1><p>{SENTENCES[0]}</p></body></html>"
    art = extract_article(cp1258(html))
    assert art.text == f"Thừa Thiên Huế\n\n{SENTENCES[0]}"
    assert unicodedata.is_normalized("NFC", art.text)


def test_a_page_that_lies_about_utf8_is_read_as_windows_1258() -> None:
    html = cp1258(f"<meta charset='utf-8'><h1>Đà Nẵng</h1><p>{SENTENCES[1]}</p>")
    assert extract_article(html).text == f"Đà Nẵng\n\n{SENTENCES[1]}"


def test_an_unknown_charset_label_falls_back_to_utf8() -> None:
    html = f"<h1>Huế</h1><p>{SENTENCES[0]}</p>".encode()
    assert extract_article(html, content_type="text/html; charset=x-bogus").title == "Huế"


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>T</title></head><body><h1>Tiêu đề</h1><p>{SENTENCES[0]}</p></body></html>"
    )
    assert extract_article(xhtml).text == f"Tiêu đề\n\n{SENTENCES[0]}"
    assert extract_article(xhtml.encode()).text == f"Tiêu đề\n\n{SENTENCES[0]}"


def test_decomposed_text_and_nbsp_come_out_nfc_with_plain_spaces() -> None:
    nfd = unicodedata.normalize("NFD", f"<h1>Thành&nbsp;phố Huế</h1><p>{SENTENCES[0]}\u00a0</p>")
    art = extract_article(nfd)
    assert art.title == "Thành phố Huế"
    assert unicodedata.is_normalized("NFC", art.text) and "\u00a0" not in art.text


@pytest.mark.parametrize(
    ("legacy", "name"),
    [
        ("Héi nghÞ trùc b¸o quý III MÆt trËn vµ c¸c ®oµn thÓ chÝnh trÞ - x· héi Thµnh phè", "TCVN3"),
        (
            "Hoäi nghò tröïc baùo quyù III Maët traän vaø caùc ñoaøn theå chính trò - xaõ hoäi Thaønh phoá",
            "VNI",
        ),
    ],
)
def test_text_typed_in_a_legacy_vietnamese_font_encoding_is_refused_clearly(legacy: str, name: str) -> None:
    with pytest.raises(BadInput, match=name) as err:
        extract_article(f"<h1>{legacy}</h1><p>{legacy}. {legacy}.</p>")
    assert err.value.code == "legacy_encoding"


def test_german_and_french_text_is_not_taken_for_a_legacy_encoding() -> None:
    frag = "<p>Über die Straße gehen Müller und Schäfer; où est la fête? Ça va très bien, déjà vu.</p>"
    assert extract_article(frag).blocks


LEGACY_SAMPLE = "Héi nghÞ trùc b¸o quý III MÆt trËn vµ c¸c ®oµn thÓ chÝnh trÞ - x· héi Thµnh phè"


@pytest.mark.parametrize(
    "latin",
    [
        # Spanish, Portuguese, French and German as they are typed
        "El niño y la niña de España pasaron el año con su señora en la montaña; mañana, otoño.",
        "Ele põe a mãe e o irmão no avião; as ações e as lições não são más, é o que se supõe.",
        "Où est Noël? Où va la naïve? Le maïs, l'égoïste, où, où, où; à côté de la forêt, ça.",
        "Über die Straße gehen Müller und Schäfer; Köln, München, Düsseldorf und Öl für Bäcker.",
        # a Spanish page whose UTF-8 bytes were decoded as Latin-1 by the caller (its charset declaration lied)
        "La Guardia Civil ha detenido en un hotel de Macon, a 70 kilÃ³metros de Lyon. Forma parte de la "
        "facciÃ³n mÃ¡s 'dura'. En la operaciÃ³n, que contaba con la colaboraciÃ³n de un equipo de Ã©lite "
        "de la policÃ­a gala, tambiÃ©n ha sido detenido. EspaÃ±a, aÃ±o, niÃ±o, seÃ±or.",
    ],
)
def test_spanish_portuguese_french_and_german_text_is_never_refused_as_a_legacy_font(latin: str) -> None:
    art = extract_article(f"<html><body><h1>{latin[:40]}</h1><p>{latin}</p><p>{latin}</p></body></html>")
    assert art.blocks


def test_a_legacy_font_page_sent_as_bytes_is_refused_clearly() -> None:
    page = f"<html><head><meta charset='windows-1252'></head><body><h1>{LEGACY_SAMPLE}</h1>"
    page += f"<p>{LEGACY_SAMPLE}. {LEGACY_SAMPLE}.</p></body></html>"
    with pytest.raises(BadInput, match="TCVN3") as err:
        extract_article(page.encode("cp1252"))
    assert err.value.code == "legacy_encoding"


def test_a_legacy_font_article_posted_to_the_api_gets_a_400_naming_the_encoding(client, auth, data_dir) -> None:
    page = f"<h1>{LEGACY_SAMPLE}</h1><p>{LEGACY_SAMPLE}. {LEGACY_SAMPLE}.</p>"
    response = client.post("/api/v1/articles", headers=auth, json={"html": page})
    assert response.status_code == 400 and response.is_json
    assert response.json["error"]["code"] == "legacy_encoding"
    assert "TCVN3" in response.json["error"]["message"] and "Traceback" not in response.json["error"]["message"]


# --- bad input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "empty", ["", "   \n ", b"", "<html><head><title>x</title></head></html>", "<div></div>"]
)
def test_empty_input_or_a_page_without_body_text_is_an_empty_article(empty: str | bytes) -> None:
    with pytest.raises(EmptyArticle):
        extract_article(empty)


def test_binary_bytes_are_refused_as_bad_input() -> None:
    with pytest.raises(BadInput, match="nhị phân"):
        extract_article(bytes(range(256)) * 40)
    with pytest.raises(BadInput):
        extract_article(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 1000)


def test_input_that_is_not_text_is_refused() -> None:
    with pytest.raises(BadInput):
        extract_article(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_ten_megabyte_page_is_too_large(as_bytes: bool) -> None:
    big = "<p>" + "Huế " * (10 * 1024 * 1024 // 4) + "</p>"
    started = time.monotonic()
    with pytest.raises(TooLarge):
        extract_article(big.encode() if as_bytes else big)
    assert time.monotonic() - started < 2


def test_ten_thousand_levels_of_nesting_are_refused_quickly() -> None:
    deep = "<html><body>" + "<div>" * 10_000 + "<p>Sâu.</p>" + "</div>" * 10_000 + "</body></html>"
    started = time.monotonic()
    with pytest.raises(BadInput, match="sâu"):
        extract_article(deep)
    assert time.monotonic() - started < 2


def test_a_page_with_only_a_title_says_so() -> None:
    with pytest.raises(EmptyArticle, match="tiêu đề"):
        extract_article("<h1>Chỉ có tiêu đề</h1>")


# --- never a crash ---------------------------------------------------------------------------------------

_TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<h1>",
    "</h1>",
    "<br>",
    "<li>",
    "<table><tr><td>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<html>",
    "<body>",
    "&nbsp;",
    "Huế ",
    "Ảnh: ",
    "Xem cỡ chữ",
    "<meta charset=x>",
]


def test_a_control_character_in_a_one_paragraph_table_cell_does_not_break_reading() -> None:
    for html in ("<table><tr><td>\x0c<p>a</p></td></tr></table>", "<td><p>\x08</p></td>"):
        try:
            extract_article(html)
        except ServiceError as err:
            assert err.message


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.lists(st.sampled_from(_TAGS) | st.text(max_size=8), max_size=40).map("".join),
    )
)
def test_any_input_gives_an_article_or_a_clear_service_error(data: str | bytes) -> None:
    try:
        article = extract_article(data)
    except ServiceError as err:
        assert err.message
    else:
        assert article.blocks and unicodedata.is_normalized("NFC", article.text)
