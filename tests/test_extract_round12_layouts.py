"""Layouts met on the twelfth round of unseen pages (``tests/data/extract/pages_round12``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a photo story whose
text sits in the box under each photo, a box its engine names the photo's "comment".
"""

from __future__ import annotations

import lxml.html
import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.article import _lead_element, _unglued, _without_trailing_link_list, page_index
from tts_service.extract.dom import RawBlock, clean_text, clean_tree, parse_html

PHOTO_TEXTS = [
    "Căn bếp của xưởng mộc Hòa Bình được cộng đồng lưu lại nhiều nhất năm nay, lần thứ ba liên tiếp đoạt giải.",
    "Phòng tắm lát đá xanh của nhóm kiến trúc sư trẻ ở Đà Lạt đứng thứ hai, nhờ ánh sáng tự nhiên tràn vào buổi sáng.",
    "Tủ quần áo có ngăn kéo kéo ra như một cửa hàng nhỏ làm nhiều người muốn học theo cho căn hộ chật của mình.",
    "Không chỉ thiết kế mà cả sự hài lòng của khách hàng cũng được trao giải, với những lời khen rất cụ thể.",
]
INTRO = "Mỗi năm cộng đồng chọn ra những công trình được yêu thích nhất. Dưới đây là một vài công trình đoạt giải."


def _photo_story(item: str, comment: str) -> str:
    items = "".join(
        f"<div class='{item}'><div class='{item}__body'><a href='/photo/{i}' title='Ảnh {i}'><div></div></a>"
        f"<a class='{item}__owner' href='/user/{i}'>Xưởng {i}</a>"
        f"<button class='btn'><span>Lưu vào sổ ý tưởng</span></button></div>"
        f"<div class='{item}__{comment}'>{text}</div></div>"
        for i, text in enumerate(PHOTO_TEXTS, 1)
    )
    return _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='story'><div class='story__description'>{INTRO}</div>"
        f"<div class='items'>{items}</div></div></main>",
    )


@pytest.mark.parametrize(
    ("item", "comment"),
    [("gallery-main-content__item", "comment"), ("photo-item", "comment"), ("slideshow__slide", "comment")],
)
def test_a_photo_story_whose_text_sits_in_each_photos_comment_box_is_read_without_the_owner_credits(
    item: str, comment: str
) -> None:
    assert extract_article(_photo_story(item, comment)).text.split("\n\n") == [TITLE, INTRO, *PHOTO_TEXTS]


def test_readers_comments_under_an_article_are_still_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    comments = "".join(
        f"<div class='comments__comment'><b>Bạn đọc {i}</b><p>{text}</p></div>" for i, text in enumerate(PHOTO_TEXTS)
    )
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article><div class='comments'>{comments}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_sapo_in_an_intro_box_that_also_holds_the_headline_is_read_once_without_the_headline() -> None:
    sapo = "Năm nay hội nghị bàn về công việc thiện nguyện ở nông thôn, và lại được tổ chức hoàn toàn trực tuyến."
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        "<header><h1 class='site-name'>Bộ Nông nghiệp</h1></header><main><div class='c-intro'>"
        f"<h1 class='c-intro__headline'>{TITLE}</h1><div class='c-intro__text'><p>{sapo}</p></div></div>"
        f"<div class='text'>{body}</div></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, sapo, *BODY]


@pytest.mark.parametrize(
    "label", ["Mehr Informationen finden Sie unter:", "More information:", "Thông tin chi tiết xem tại:"]
)
def test_a_closing_label_over_nothing_but_a_web_address_is_not_read(label: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<article><h1>{TITLE}</h1>{body}<p><strong>{label}</strong></p>"
        "<p><a href='https://www.hoinghi-nongthon.vn/'>www.hoinghi-nongthon.vn</a></p></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_closing_sentence_that_ends_in_a_colon_before_a_list_of_steps_is_read() -> None:
    steps = ["Rửa sạch rau và để ráo nước trong mười phút.", "Cắt nhỏ hành rồi phi thơm với một thìa dầu ăn."]
    body = "".join(f"<p>{p}</p>" for p in BODY)
    items = "".join(f"<li>{s}</li>" for s in steps)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<p>Cách làm:</p><ul>{items}</ul></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, "Cách làm:", *steps]


@pytest.mark.parametrize("box", ["author-dropdown", "author-box", "byline-bio", "about-author"])
def test_the_authors_bio_in_a_box_under_the_headline_is_not_read_as_the_sapo(box: str) -> None:
    bio = (
        "Trần Minh Anh hiện viết cho tòa soạn về công nghệ. Cô tốt nghiệp ngành báo chí ở Hà Nội và từng làm"
        " biên tập viên cho một tạp chí giải trí trong bốn năm trước khi chuyển sang mảng khởi nghiệp."
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='post'><h1 class='headline'>{TITLE}</h1><div class='meta'><a class='name' href='#'>Trần Minh"
        f" Anh</a><div class='time'>ngày 13 tháng 8</div></div><div class='{box}'><div class='links'><a href='/a/'>"
        f"Trang tác giả</a></div><div class='description'><p>{bio}</p></div></div>"
        f"<div class='body-copy'>{body}</div></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "name", ["ContentHeaderDek-bIqFFZ dHmGIY", "ArticleStandfirst-kXyZq1 abc", "HeroSummary-a1B2c3"]
)
def test_a_dek_whose_class_is_a_styled_component_name_is_found_as_the_sapo(name: str) -> None:
    dek = (
        "Bờ Tây là phòng thí nghiệm của hệ thống giám sát, và từ khi chiến sự nổ ra"
        " cư dân bị giam trong nhà nhiều ngày."
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<header class='ContentHeaderWrapper-aB1cD'><h1 class='ContentHeaderHed-xY12z'>{TITLE}</h1>"
        f"<div class='{name}'>{dek}</div><div class='BylineWrapper-q1w2e'><a href='/a/'>Nguyễn Văn An</a></div>"
        f"</header><div class='BodyWrapper-zz9'><div class='body__inner-container'>{body}</div></div>",
    )
    root = parse_html(html)
    clean_tree(root, None)
    lead = _lead_element(root.find("body"), None)
    assert lead is not None and clean_text(lead.text_content()) == dek


@pytest.mark.parametrize(
    "prompt",
    [
        "Verraten Sie gerne in den Kommentaren: Was bedeutet dieser Preis für Sie?",
        "Miten torjut kaamosoireita? Voit keskustella aiheesta kello 23:een asti.",
        "How do you keep your plants alive in winter? Let us know in the comments below.",
        "Còn bạn, bạn dọn nhà theo cách nào? Hãy chia sẻ trong phần bình luận bên dưới.",
    ],
)
def test_a_closing_invitation_to_discuss_in_the_comments_is_not_read(prompt: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<p><i>{prompt}</i></p></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_story_paragraph_about_readers_comments_is_still_read() -> None:
    told = (
        "Trong phần bình luận bên dưới bài viết trước, hàng trăm bạn đọc đã kể lại cách họ giữ nhà gọn gàng,"
        " và nhiều người nói rằng việc dọn mỗi ngày một ít giúp họ bớt căng thẳng hơn hẳn so với trước đây."
    )
    body = "".join(f"<p>{p}</p>" for p in [*BODY, told])
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, told]


@pytest.mark.parametrize("label", ["Lue aiheesta lisää:", "Read more:", "Đọc thêm:"])
def test_a_read_more_label_left_closing_the_text_without_its_links_is_not_read(label: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<p><strong>{label}</strong></p></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_column_of_other_stories_as_short_article_cards_before_the_body_is_not_read() -> None:
    cards = "".join(
        f"<li><article class='content-article'><div class='text'><h3>{head}</h3><p>{kicker}</p></div>"
        f"<picture><img src='{i}.jpg' alt='{head}'></picture><a class='links' href='/tin/{i}'></a></article></li>"
        for i, (head, kicker) in enumerate(
            [
                ("Một lãnh đạo công đoàn nói gì nếu cháu mình theo phe đối lập", "Tranh cãi"),
                ("Những tiếng kêu câm lặng của trẻ em di cư", "Góc nhìn"),
                ("Triều Tiên lại phóng tên lửa ra biển", "Leo thang nguy hiểm"),
                ("Lập thêm chức vụ mới trong văn phòng chính phủ", "Người phát ngôn mới"),
            ]
        )
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='cols'><aside-col><div class='col-right'><label>Tin mới</label>"
        f"<ul class='content-1'>{cards}</ul></div></aside-col><div class='body-nota'>{body}</div></div></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_an_article_a_cms_splits_into_article_boxes_of_one_class_keeps_its_short_headed_sections() -> None:
    long_part = " ".join(BODY)
    parts = [
        ("Tuần này", BODY[0]),
        ("Thời tiết", BODY[1]),
        ("Tuyết và tình hình lở tuyết", ""),
        ("", long_part),
        ("Bề mặt tuyết", BODY[2]),
    ]
    boxes = "".join(
        f"<article class='contentElement cType_text'>{f'<h3>{h}</h3>' if h else ''}{f'<p>{p}</p>' if p else ''}"
        "</article>"
        for h, p in parts
    )
    html = _page(TITLE, f"<main><h1>{TITLE}</h1>{boxes}</main>")
    expected = [TITLE, *(x for h, p in parts for x in (h, p) if x)]
    assert extract_article(html).text.split("\n\n") == expected


def test_a_code_block_of_an_interactive_session_with_prompts_and_numbers_is_read() -> None:
    intro = "Một ví dụ nhỏ cho thấy Python dùng lại các số nguyên nhỏ, và điều gì xảy ra khi ta sửa một số như vậy."
    after = "Tùy phiên bản Python, giá trị của số có thể nằm ở vị trí thứ tư hoặc thứ sáu trong bộ nhớ."
    html = _page(
        TITLE,
        f"<div class='entry'><h2>{TITLE}</h2><p>{intro}</p>"
        "<pre class='code'>&gt; 29\n100\n\n&gt; 29*100\n10000\n\n&gt; 25+4\n100</pre>"
        f"<p>{after}</p></div>",
    )
    text = extract_article(html).text
    assert all(line in text for line in ("29", "29*100 10000", "25+4 100")), text
    assert text.startswith(f"{TITLE}\n\n{intro}") and text.endswith(after)


@pytest.mark.parametrize("home", ["https://blog.example.com/", "/", "https://blog.example.com"])
def test_a_blogs_tagline_under_its_linked_site_name_is_not_read_as_the_posts_sapo(home: str) -> None:
    tagline = "Nơi tôi ghi lại những mẹo nhỏ và giới thiệu tính năng mới mỗi khi làm xong chúng."
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<header><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{home}'>Sổ tay của tôi"
        f"</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{tagline}</span></p></div></div>"
        f"</header><div class='main'><div class='post'><h3 class='post-title'>{TITLE}</h3>"
        f"<div class='post-body'>{body}</div></div></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize("heading", ["4 Tài liệu tham khảo", "2.1 References", "5. Literatur"])
def test_a_numbered_references_section_closing_a_post_stays_with_its_linked_items(heading: str) -> None:
    refs = ["Hai mươi năm nhìn lại, nhìn về phía trước.", "Bàn làm việc bằng âm thanh."]
    blocks = [
        *(RawBlock("paragraph", p) for p in BODY),
        RawBlock("heading", heading, element=lxml.html.fromstring(f"<h2>{heading}</h2>")),
        *(RawBlock("list_item", r, linked=True) for r in refs),
    ]
    assert _without_trailing_link_list(blocks) == blocks


def test_an_unnumbered_more_information_list_of_links_closing_the_text_is_still_dropped() -> None:
    blocks = [
        *(RawBlock("paragraph", p) for p in BODY),
        RawBlock("heading", "Thông tin thêm", element=lxml.html.fromstring("<h2>Thông tin thêm</h2>")),
        *(RawBlock("list_item", r, linked=True) for r in ["Trang bộ", "Cổng dịch vụ công", "Hỏi đáp"]),
    ]
    assert _without_trailing_link_list(blocks) == blocks[: len(BODY)]


def test_a_recipes_description_marked_only_by_its_itemprop_is_found_as_the_sapo() -> None:
    sapo = "Bánh nướng xốp mềm nhân kem vani, phủ lớp hạnh nhân giòn như bánh ong đốt."
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='recipe-rating'>(Tuyệt vời)</div><div class='g007-meta'>"
        f"<div class='m065-text' itemprop='description'><p>{sapo}</p></div></div>"
        "<div class='ingredients'><h2>Nguyên liệu</h2><ul><li>250 g bột mì</li><li>50 g đường</li></ul></div></main>",
    )
    root = parse_html(html)
    clean_tree(root, None)
    lead = _lead_element(root.find("body"), None)
    assert lead is not None and clean_text(lead.text_content()) == sapo


@pytest.mark.parametrize("name", ["m033-nutritiontable js-m033-nutritiontable", "recipe-nutrition-table"])
def test_a_recipes_nutrition_table_named_as_one_word_is_not_read(name: str) -> None:
    steps = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='steps'>{steps}</div><div class='{name}'><div>Pro Portion / Stück</div>"
        "<table><tr><th>Energie</th><td>1331kJ 318kcal</td></tr><tr><th>Fett</th><td>20.32g</td></tr>"
        "<tr><th>Eiweiß</th><td>5.71g</td></tr></table></div></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "note",
    [
        "Hinweis: Diesen Beitrag habe ich 2017 erstmals veröffentlicht und zuletzt 2020 aktualisiert.",
        "Note: This post was originally published in 2017 and updated in 2020.",
        "Bài viết được đăng lần đầu năm 2017 và cập nhật năm 2020.",
    ],
)
def test_a_note_on_when_the_post_was_first_published_is_not_read(note: str) -> None:
    first, rest = ("".join(f"<p>{p}</p>" for p in part) for part in (BODY[:2], BODY[2:]))
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{first}<p><em>{note}</em></p>{rest}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_sentence_about_when_a_book_was_first_published_is_read() -> None:
    told = "Cuốn tiểu thuyết được xuất bản lần đầu năm 1951 và đến nay đã bán được 65 triệu bản trên khắp thế giới."
    body = "".join(f"<p>{p}</p>" for p in [*BODY, told])
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, told]


def test_a_tag_and_an_inline_teaser_set_as_custom_elements_are_not_read() -> None:
    first, rest = ("".join(f"<p class='text'>{p}</p>" for p in part) for part in (BODY[:2], BODY[2:]))
    teaser = (
        "<pp-inline-teaser><pp-inline-image><pp-image alt='Hai bong bóng thoại'></pp-image></pp-inline-image>"
        "<pp-link href='/faq'><h3>Hỏi đáp về an toàn lao động</h3></pp-link>"
        "<p>Tìm câu trả lời cho các câu hỏi thường gặp về an toàn lao động tại nơi làm việc.</p>"
        "<pp-text>Tin ngắn</pp-text></pp-inline-teaser>"
    )
    html = _page(
        TITLE,
        f"<article class='container'><div><pp-tag><div>An toàn lao động</div></pp-tag></div><h1>{TITLE}</h1>"
        f"<div class='body-text'>{first}{teaser}{rest}</div></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_recipes_nutritional_values_tab_and_its_label_are_not_read() -> None:
    why = "Yến mạch giàu chất xơ và canxi, giúp no lâu và dễ tiêu, nhất là khi ăn cùng táo tươi cắt nhỏ."
    steps = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='steps'>{steps}</div><div class='tabs-header'>"
        "<div class='tab-header why-healthy'><h2>Tốt cho sức khỏe vì</h2></div>"
        "<div class='tab-header nutritional-values'><h2>Giá trị dinh dưỡng</h2></div></div>"
        f"<div class='tabs-body'><div class='tab-body why-healthy'><p>{why}</p></div>"
        "<div class='tab-body nutritional-values'><div class='headline'>1 phần chứa<br><span>(tỷ lệ nhu cầu mỗi ngày)"
        "</span></div><table><tr><td>Năng lượng</td><td>434 kcal</td><td>21%</td></tr></table></div></div></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, "Tốt cho sức khỏe vì", why]


def test_a_block_the_engine_ran_two_words_together_in_is_put_back_as_the_pages_block() -> None:
    page = [RawBlock("paragraph", p) for p in BODY] + [
        RawBlock(
            "list_item", "Speak line moved to after next-line — add an after advice that called function speak-line."
        )
    ]
    glued = RawBlock(
        "list_item", "Speak line moved to after next-line — add an after advice that called functionspeak-line."
    )
    assert _unglued([*page[:2], glued], page, page_index(page)) == [*page[:2], page[-1]]
