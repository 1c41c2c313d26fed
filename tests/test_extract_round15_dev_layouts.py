"""Layouts met on development pages before sealed round 15 was scored, each reduced to a small synthetic page
(never one site): a headline whose kicker and title are two flex boxes joined by a hidden colon, ...
"""

from __future__ import annotations

import pytest

from tests.test_extract_vietnamese_cms import BODY, TITLE, page, ps
from tts_service.extract import extract_article
from tts_service.extract.article import _assemble, _lead_element
from tts_service.extract.dom import RawBlock, clean_tree, parse_html
from tts_service.extract.heuristics import is_call_to_action
from tts_service.extract.title import page_title_candidates

KICKER, HEAD = "Dự thảo luật đất đai", "Một chút tiến bộ"


def test_a_headline_whose_kicker_sits_in_its_own_box_is_read_once() -> None:
    h1 = (
        f"<h1><span class='is-flex topline'>{KICKER}</span><span class='is-hidden'>: </span>"
        f"<span class='is-flex head'>{HEAD}</span></h1>"
    )
    html = page(f"<div class='article'>{h1}<div class='content'>{ps(BODY)}</div></div>", title=f"{KICKER}: {HEAD}")
    lines = extract_article(html).text.split("\n\n")
    assert lines[1:] == BODY
    assert lines[0].replace(":", "").replace(" ", "") == f"{KICKER}{HEAD}".replace(" ", "")


def test_a_headline_glued_where_its_hidden_colon_was_dropped_is_not_read_again_under_the_title() -> None:
    raw = [RawBlock("heading", f"{KICKER}{HEAD}"), *(RawBlock("paragraph", p) for p in BODY)]
    title, blocks = _assemble(raw, f"{KICKER}: {HEAD}", f"{KICKER}: {HEAD}", "", False, False)
    assert title == f"{KICKER}: {HEAD}"
    assert [b.text for b in blocks] == BODY


@pytest.mark.parametrize(
    "cap",
    [
        "<span class='initial-letter-outer'><span class='initial-letter'>S</span></span> <span>",
        "<span class='dropcap'>S</span>\n<span>",
        "<b class='drop-cap'>S</b> ",
    ],
)
def test_a_paragraphs_first_letter_set_apart_as_a_drop_cap_is_read_with_its_word(cap: str) -> None:
    first = BODY[0]
    closing = "</span>" if cap.endswith("<span>") else ""
    body = f"<p>{cap}{first[1:]}{closing}</p>{ps(BODY[1:])}"
    lines = extract_article(page(f"<h1>{TITLE}</h1><div class='content'>{body}</div>")).text.split("\n\n")
    assert lines == [TITLE, *BODY]


def test_a_capital_letter_of_its_own_that_is_not_styled_as_a_drop_cap_keeps_its_space() -> None:
    body = f"<p><b>A</b> {BODY[0]}</p>{ps(BODY[1:])}"
    lines = extract_article(page(f"<h1>{TITLE}</h1><div class='content'>{body}</div>")).text.split("\n\n")
    assert lines == [TITLE, f"A {BODY[0]}", *BODY[1:]]


OPERATORS = {
    "Xe buýt Phương Nam": [
        "Có được mang xe đạp lên xe không? Chỉ xe đạp gấp, để trong khoang hành lý dưới gầm xe.",
        "Có được mang vật nuôi không? Không, trừ chó dẫn đường cho người khiếm thị đi cùng chủ.",
    ],
    "Xe khách Miền Tây": [
        "Có được mang xe đạp lên xe không? Không, xe của chúng tôi không có chỗ để xe đạp.",
        "Xe có nhà vệ sinh không? Có, trên các chuyến đi dài hơn một giờ đồng hồ.",
        "Có được mang vật nuôi không? Không.",
    ],
    "Xe buýt Cao Nguyên": [
        "Có được mang xe đẩy trẻ em không? Có, nhưng phải gấp lại khi lên xe nếu có thể.",
        "Có được mang hành lý cồng kềnh không? Có, xe có khoang hành lý rộng dưới gầm.",
    ],
}


def test_the_open_panel_of_an_accordion_is_read_though_a_later_panel_repeats_the_start_of_an_answer() -> None:
    panels = "".join(
        f"<div class='head{' expanded' if i == 0 else ''}'><h3>{name}</h3></div>"
        f"<div class='acc-c{' expanded-content' if i == 0 else ''}'><div class='padding'>"
        + "".join(f"<p><strong>{q.split('? ')[0]}?</strong> {q.split('? ')[1]}</p>" for q in answers)
        + "</div></div>"
        for i, (name, answers) in enumerate(OPERATORS.items())
    )
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}<div class='accordion'>{panels}</div></div>")
    lines = extract_article(html).text.split("\n\n")
    assert all(a in lines for answers in OPERATORS.values() for a in answers)
    assert all(p in lines for p in BODY)


def test_the_same_short_answer_under_each_sections_heading_is_read_in_each_section() -> None:
    sections = {
        "Xe buýt Phương Nam": ["Có được mang xe đạp lên xe không? Không.", "Xe có nhà vệ sinh không? Không."],
        "Xe khách Miền Tây": ["Có được mang xe đạp lên xe không? Chỉ xe đạp gấp.", "Xe có nhà vệ sinh không? Không."],
    }
    body = "".join(f"<h3>{name}</h3>" + ps(lines) for name, lines in sections.items())
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}{body}</div>")
    lines = extract_article(html).text.split("\n\n")
    assert lines == [TITLE, *BODY, *(x for name, answers in sections.items() for x in (name, *answers))]


def test_a_body_printed_twice_is_still_read_once() -> None:
    body = f"<h3>Xe buýt Phương Nam</h3><p>Xe có nhà vệ sinh không? Không.</p>{ps(BODY)}"
    html = page(f"<h1>{TITLE}</h1><div class='content'>{body}</div><div class='content-print'>{body}</div>")
    lines = extract_article(html).text.split("\n\n")
    assert lines.count("Xe có nhà vệ sinh không? Không.") == 1


RELEASES = [
    ("Phiên bản", "Ngày phát hành"),
    ("4.2.3", "tháng 4/2014"),
    ("4.2.4", "tháng 5/2014"),
    ("4.3", "tháng 7/2014"),
]


def test_a_data_table_set_in_a_quote_between_two_paragraphs_of_the_body_is_read_row_by_row() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in RELEASES)
    intro = "Lịch sử phát hành của dự án lại kể một câu chuyện khác hẳn trong cùng khoảng thời gian đó:"
    body = f"{ps(BODY[:2])}<p>{intro}</p><blockquote><table class='OddEven'>{rows}</table></blockquote>{ps(BODY[2:])}"
    html = page(f"<h1>{TITLE}</h1><div class='content'>{body}</div>")
    lines = extract_article(html).text.split("\n\n")
    assert lines == [TITLE, *BODY[:2], intro, *(f"{a} {b}" for a, b in RELEASES), *BODY[2:]]


@pytest.mark.parametrize(
    "pointer",
    ["WATCH | Người dân phản ứng trước quyết định bổ nhiệm:", "XEM VIDEO: Toàn cảnh hội nghị", "LISTEN | Bản tin sáng"],
)
def test_the_line_that_points_to_a_video_player_in_the_body_is_not_read(pointer: str) -> None:
    assert is_call_to_action(pointer)


@pytest.mark.parametrize(
    "line",
    [
        "Watch: the council will vote on the plan next week, and residents may speak before the vote.",
        "VIDEO là định dạng được dùng nhiều nhất trên mạng xã hội năm nay.",
    ],
)
def test_a_sentence_that_starts_with_the_word_watch_or_video_is_read(line: str) -> None:
    assert not is_call_to_action(line)
    body = f"{ps(BODY[:2])}<p>{line}</p>{ps(BODY[2:])}"
    lines = extract_article(page(f"<h1>{TITLE}</h1><div class='content'>{body}</div>")).text.split("\n\n")
    assert lines == [TITLE, *BODY[:2], line, *BODY[2:]]


def test_a_one_word_section_name_in_an_h1_over_the_story_is_not_the_title() -> None:
    story = "Những sự kiện gần đây của câu lạc bộ"
    main = f"<div id='content'><h1><span>Pressemitteilungen</span></h1><h2>{story}</h2>{ps(BODY)}</div>"
    html = page(main).replace(
        f"<title>{TITLE} - Cổng thông tin điện tử tỉnh</title>",
        f"<title>Câu lạc bộ trò chơi Hà Nội - Pressemitteilungen &nbsp;&raquo;&nbsp; {story}</title>",
    )
    assert page_title_candidates(parse_html(html), None)[0] == story
    article = extract_article(html)
    assert article.title == story
    assert article.text.split("\n\n")[-len(BODY) :] == BODY


def test_a_lead_the_markup_calls_perex_is_read_before_the_body() -> None:
    lead = (
        "Sức khỏe và bình an, ai mà chẳng mong điều đó? Hãy xem các con số nói gì về khả năng người dân có được cả hai."
    )
    figure = "<figure><img src='a.jpg'><figcaption>Ảnh minh họa</figcaption></figure>"
    head = f"<h1>{TITLE}</h1>{figure}<div class='c_kC'><time>11:00</time></div>"
    main = f"{head}<div class='c_mi'><p data-dot='ogm-article-perex' class='e_bF c_jY'>{lead}</p></div>"
    main += f"<div class='c_mi'><div class='x_body'>{ps(BODY)}</div></div>"
    lead_el = _lead_element(parse_html(page(main)).find("body"), None)
    assert lead_el is not None and lead_el.text_content() == lead
    lines = extract_article(page(main)).text.split("\n\n")
    assert lines == [TITLE, lead, *BODY]


APPEAL = [
    "Hai tuần đọc miễn phí",
    "Những ngày này, báo chí độc lập cần sự ủng hộ của bạn đọc hơn bao giờ hết. Chúng tôi đưa tin về những điều"
    " người khác bỏ qua, và chỉ có thể làm điều đó nhờ những người đọc như bạn.",
    "Hãy đọc thử báo in trong hai tuần: báo sẽ được gửi miễn phí đến tận nhà, và tự dừng khi hết hạn.",
]


@pytest.mark.parametrize(
    "heading",
    ["<p class='mt-3 font-weight-bold'>{}</p>", "<p class='column headline typo-head'>{}</p>", "<h3>{}</h3>"],
)
def test_a_subscription_appeal_after_the_article_ending_in_a_button_is_not_read(heading: str) -> None:
    button = "<div class='text-center'><div class='btn btn-primary'><a href='/abo'>Đặt ngay</a></div></div>"
    box = f"{heading.format(APPEAL[0])}{ps(APPEAL[1:])}{button}"
    appeal = f"<div class='row'><div class='col-md-8 bg-light'>{box}</div></div>"
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}</div>{appeal}")
    root = parse_html(html)
    clean_tree(root, None)
    assert not any(line in root.text_content() for line in APPEAL)
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_short_notice_with_a_download_button_is_still_read() -> None:
    notice = "Sở Tài chính thông báo danh sách các đơn vị được cấp kinh phí đợt 2 năm 2024, chi tiết xem tệp đính kèm."
    body = f"<div class='content'><h3>Thông báo</h3><p>{notice}</p><a class='btn' href='/a.pdf'>Tải về</a></div>"
    root = parse_html(page(f"<h1>{TITLE}</h1>{body}"))
    clean_tree(root, None)
    assert notice in root.text_content()
    lines = extract_article(page(f"<h1>{TITLE}</h1>{body}")).text.split("\n\n")
    assert notice in lines


TEASER_LIST = [
    ("Bất ngờ:", "Giá vàng lập đỉnh mới trong phiên sáng nay"),
    ("Phỏng vấn:", "Bộ trưởng nói về kế hoạch cải cách"),
    ("Cảnh báo", "Nắng nóng kéo dài ở miền Trung"),
]


def test_a_list_of_kicker_and_linked_headline_teasers_inside_the_body_is_not_read() -> None:
    items = "".join(f"<li><strong>{k} </strong><a href='/t{i}'>{h}</a></li>" for i, (k, h) in enumerate(TEASER_LIST))
    teasers = f"<h3>Tin nổi bật – chọn lọc cho bạn</h3><ul>{items}</ul>"
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY[:2])}{teasers}{ps(BODY[2:])}</div>")
    root = parse_html(html)
    clean_tree(root, None)
    assert not any(h in root.text_content() for _, h in TEASER_LIST)
    assert "Tin nổi bật" not in root.text_content()
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_list_of_terms_each_with_a_link_after_its_bold_label_and_more_words_is_read() -> None:
    items = [
        ("Hồ sơ:", "mẫu đơn", " và bản sao căn cước công dân có chứng thực"),
        ("Nơi nộp:", "bộ phận một cửa", " của ủy ban nhân dân cấp xã nơi cư trú"),
    ]
    ul = "".join(f"<li><strong>{k} </strong><a href='/x'>{a}</a>{rest}</li>" for k, a, rest in items)
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY[:2])}<ul>{ul}</ul>{ps(BODY[2:])}</div>")
    root = parse_html(html)
    clean_tree(root, None)
    assert all(rest.strip() in root.text_content() for _, _, rest in items)


CLOSING_POINTERS = [
    "Got a story? Get in touch with our news team by emailing us at news@example.co.uk. Or you can submit your"
    " videos and pictures here.",
    "For more stories like this, check our news page.",
    "Follow Example News on Twitter and Facebook for the latest news updates. Sign up for our daily push alerts here.",
    "MORE : The daily cartoon by our artist",
    "READ MORE: Council approves new bus lanes",
]


def test_the_tip_line_and_pointers_that_close_a_tabloid_story_are_not_read() -> None:
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}{ps(CLOSING_POINTERS)}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_paragraph_that_reports_on_a_story_tip_is_read() -> None:
    line = "Got a story about the flood, the mayor said, residents should tell the council so it can plan repairs."
    html = page(f"<h1>{TITLE}</h1><div class='content'>{ps(BODY)}<p>{line}</p></div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, line]


CAROUSEL = [
    ("Khởi động mùa giải mới", "Giành ngay một bộ tai nghe!"),
    ("Cuộc gặp với hai nhà thiết kế", "Phóng viên của chúng tôi kể lại"),
    ("Hội chợ trò chơi năm nay", "Ở giữa dòng người chứ không chỉ đứng xem!"),
]


def test_a_carousel_of_headline_teasers_each_in_its_own_h1_is_not_read() -> None:
    slides = "<hr>".join(
        f"<div class='tNews n{i}'><div class='subheadline'>{sub}</div><h1 class='headline'>{head}</h1></div>"
        for i, (sub, head) in enumerate(CAROUSEL)
    )
    story = f"<div id='content'><h2>{TITLE}</h2><div class='content'>{ps(BODY)}</div></div>"
    root = parse_html(page(f"<div id='topNews'>{slides}</div>{story}"))
    clean_tree(root, None)
    text = root.text_content()
    assert not any(sub in text or head in text for sub, head in CAROUSEL)
    assert all(p in text for p in BODY)


def test_the_sections_of_a_page_each_under_its_h1_are_kept() -> None:
    sections = "".join(
        f"<div class='sec'><h1>{head}</h1><p>{p}</p></div>" for (_, head), p in zip(CAROUSEL, BODY[:3], strict=True)
    )
    root = parse_html(page(sections))
    clean_tree(root, None)
    assert all(head in root.text_content() for _, head in CAROUSEL)
