"""Layouts met on the eleventh round of unseen pages (``tests/data/extract/pages_round11``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a recipe's steps in
a box whose class says how it is laid out on paper ("print-full").
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, FOOTER, NAV, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.article import _recover_edges
from tts_service.extract.dom import clean_tree, parse_html, walk_blocks
from tts_service.extract.heuristics import is_shortcode, looks_like_signature


@pytest.mark.parametrize(
    "name", ["col-sm-6 print-full", "col print-only", "box visible-print", "d-print-block", "recipe-area print-links"]
)
def test_steps_in_a_box_whose_class_lays_it_out_for_print_are_read(name: str) -> None:
    body = "".join(f"<div class='step'><div class='count'>{i} / 4</div>{p}</div>" for i, p in enumerate(BODY, 1))
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><a class='print' href='#'>In bài</a>"
        f"<section><div class='row'><div class='{name}'><div class='area'>{body}</div></div></div></section></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


APPEALS = [
    "If you give this truffle recipe a try, I’d love a comment and a rating below. Also, don’t forget to tag me in"
    " re-creations on Instagram or Facebook with @cookname and #cookname – I love seeing them!",
    "Tried this recipe? Share an image on Facebook / Instagram / Pinterest. Please mention @cookname or tag #cookname!",
]


@pytest.mark.parametrize("appeal", APPEALS)
def test_an_appeal_to_tag_the_cook_on_a_social_network_is_not_read(appeal: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<p>{appeal}</p></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_story_sentence_that_names_a_handle_is_still_read() -> None:
    told = (
        "Bộ trưởng viết trên Twitter @botruong rằng chính phủ sẽ giảm thuế cho các hộ kinh doanh nhỏ từ tháng sau,"
        " sau nhiều tháng bàn bạc với các hiệp hội."
    )
    body = "".join(f"<p>{p}</p>" for p in [*BODY, told])
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, told]


@pytest.mark.parametrize(
    "notice",
    [
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "This article is for subscribers only. Subscribe to continue reading.",
        "Bài viết dành cho thành viên. Đăng ký để đọc tiếp toàn bộ nội dung.",
    ],
)
def test_a_paywall_notice_under_a_teaser_ends_the_reading(notice: str) -> None:
    teaser = BODY[:2]
    body = "".join(f"<p>{p}</p>" for p in teaser)
    html = _page(
        TITLE,
        f"<article><h1>{TITLE}</h1><div class='text'>{body}</div><div class='regist'><p>{notice}</p>"
        "<div><p>Chọn gói miễn phí hoặc trả phí</p><a href='#'>Đăng ký ngay</a></div></div></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *teaser]


def test_a_byline_on_its_own_line_inside_the_headline_is_not_part_of_the_title() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        f"<html><head><title>{TITLE} (ảnh Reuters) : Báo Kinh tế</title></head><body>"
        f"<h1><span>{TITLE}</span><span></span><br/><span>Biên tập viên Nguyễn Văn An</span></h1>{body}</body></html>"
    )
    article = extract_article(html)
    assert article.title == TITLE
    assert article.text.split("\n\n") == [TITLE, *BODY]


def test_a_headline_of_two_lines_both_in_the_page_title_stays_whole() -> None:
    second = "Người trong cuộc kể lại"
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = f"<html><head><title>{TITLE} {second}</title></head><body><h1>{TITLE}<br/>{second}</h1>{body}</body></html>"
    assert extract_article(html).title == f"{TITLE} {second}"


ZH_TITLE = "新电脑已可利用记忆自学"
ZH_BODY = [
    "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。",
    "研究人员表示，这款模型可以接受家谱和地铁网络地图这样的信息，还可以回答与这些数据之间的关系有关的复杂问题。",
    "这种技术建立在神经网络的概念之上，神经网络可以模拟人类思想活动的方式，很适合与机器学习配套使用。",
]


def _zh_page(after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ZH_BODY)
    return _page(ZH_TITLE, f"<div class='main'><h1>{ZH_TITLE}</h1><div id='content'>{body}{after}</div></div>")


@pytest.mark.parametrize("heading", ["精彩视频推荐", "相关阅读", "猜你喜欢"])
def test_a_chinese_recommended_box_heading_ends_the_reading(heading: str) -> None:
    html = _zh_page(f"<p><strong>{heading}</strong></p><p><a href='/v/1'>谷歌让你还可以用手势控制电脑</a></p>")
    assert extract_article(html).text.split("\n\n") == [ZH_TITLE, *ZH_BODY]


def test_a_bracketed_no_reproduction_notice_is_not_read() -> None:
    notice = "【美国某网站作品的中文相关权益归本公司独家所有。未经授权，不得转载、摘编等。】"
    html = _zh_page(f"<p><strong>{notice}</strong></p>")
    assert extract_article(html).text.split("\n\n") == [ZH_TITLE, *ZH_BODY]


def test_a_heading_whose_class_hides_its_words_is_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><h2 class='hide-text'>Chia sẻ tin này</h2>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(("show", "close"), [("Bild anzeigen", "Bild schließen"), ("Show image", "Close image")])
def test_the_labels_of_a_steps_picture_toggle_are_not_read(show: str, close: str) -> None:
    steps = "".join(
        f"<div class='step'>{p}<div class='toggle' role='button'><span>{show}</span><span>{close}</span></div></div>"
        for p in BODY
    )
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><section>{steps}</section></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


LEAD = (
    "Der Entwurf der Kommission würde verhindern, dass die Taxonomie ein wirksames Werkzeug für die Finanzmärkte ist,"
    " so das Amt in seiner Stellungnahme."
)
DE_BODY = [
    "Die Kommission schlägt vor, Atomkraft in die Taxonomie aufzunehmen. Im Wesentlichen müssen die Anlagen dafür"
    " bis zum Jahr 2045 genehmigt werden und einen Plan für die Entsorgung der Abfälle vorlegen.",
    "Die Kommission schlägt auch vor, mit Erdgas betriebene Kraftwerke in die Taxonomie aufzunehmen, wenn sie bis"
    " 2030 genehmigt werden und bis 2035 auf erneuerbare oder kohlenstoffarme Gase umstellen.",
    "Wenn die Kommission an ihrem Entwurf festhält, sollten Parlament und Rat ihn ablehnen, damit die Taxonomie"
    " ihren Zweck erfüllt und Anlegern verlässlich zeigt, was nachhaltig ist.",
]


def test_the_lead_under_a_visible_headline_standing_in_for_a_hidden_h1_is_read() -> None:
    title = "Atomkraft und Erdgas sind nicht nachhaltig"
    body = "".join(f"<h3>Teil {i}</h3><p>{p}</p>" for i, p in enumerate(DE_BODY, 1))
    html = (
        f"<html><head><title>{title} | Amt</title><meta property='og:title' content='{title}'></head><body>{NAV}"
        f"<h1 class='visuallyhidden'>{title} | Amt</h1><main><article><div class='article-content'>"
        f"<h2 class='title aka-h1'>{title}</h2><div class='content-box'><figure><img src='a.jpg'>"
        f"<figcaption>Fahnen vor dem Gebäude der Kommission.</figcaption></figure><strong><p>{LEAD}</p></strong></div>"
        "<div class='row'><div class='span9'><div class='article-meta'>25.01.2022</div>"
        f"<div class='article-content'>{body}</div></div></div></div></article></main>{FOOTER}</body></html>"
    )
    article = extract_article(html)
    assert article.title == title
    assert article.text.split("\n\n")[:2] == [title, LEAD]


def test_the_lead_is_given_back_when_the_engine_starts_the_body_at_its_first_subheading() -> None:
    title = "Atomkraft und Erdgas sind nicht nachhaltig"
    body = "".join(f"<h3>Teil {i}</h3><p>{p}</p>" for i, p in enumerate(DE_BODY, 1))
    root = parse_html(
        f"<html><body><article><div class='article-content'><h2 class='title'>{title}</h2><div class='content-box'>"
        f"<figure><img src='a.jpg'><figcaption>Fahnen vor dem Gebäude.</figcaption></figure><strong><p>{LEAD}</p>"
        "</strong></div><div class='row'><div class='span9'><div class='article-meta'>25.01.2022</div>"
        f"<div class='article-content'>{body}</div></div></div></div></article></body></html>"
    )
    clean_tree(root, None)
    page = walk_blocks([root.find("body")])
    first = next(i for i, b in enumerate(page) if b.text == "Teil 1")
    raw, _ = _recover_edges(page[first:], page, (title, title))
    assert [b.text for b in raw[:2]] == [LEAD, "Teil 1"]


def test_a_field_repeated_in_two_records_of_a_list_is_read_each_time() -> None:
    records = [
        ("Nhiệm vụ thứ nhất", "Giết mười con sói ở bìa rừng phía bắc làng và mang da về."),
        ("Nhiệm vụ thứ hai", "Mang mười tấm da sói về cho người thợ may ở chợ làng để nhận thưởng."),
    ]
    lists = "".join(
        f"<blockquote><li>Tên: <strong>{name}</strong></li><li>Cấp: <strong>80</strong></li>"
        f"<li>Người giao: <strong>Trưởng làng</strong></li><li>Mô tả: {text}</li></blockquote>"
        for name, text in records
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}{lists}</article>")
    lines = extract_article(html).text.split("\n\n")
    assert lines.count("Cấp: 80") == 2 and lines.count("Người giao: Trưởng làng") == 2


@pytest.mark.parametrize("code", ["[ad#ad-2]", "[adsense]", "[/caption]"])
def test_a_cms_shortcode_left_unexpanded_on_its_own_line_is_not_read(code: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><p>{code}</p>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize("line", ["[1]", "[Update]", "[Video]", '[printaddress name="Shop" city="Huế"]'])
def test_a_bracketed_word_or_note_number_is_not_taken_for_a_shortcode(line: str) -> None:
    assert not is_shortcode(line)


def test_a_chinese_headline_in_a_box_named_tit_is_the_title_without_the_channel_and_site() -> None:
    body = "".join(f"<p>{p}</p>" for p in ZH_BODY)
    html = (
        f"<html><head><title>{ZH_TITLE}_教育频道_中国某网</title></head><body>{NAV}"
        f"<div class='main'><div class='l_tit'>{ZH_TITLE}</div><div class='info'>2016-03-08 来源：某报</div>"
        f"<div id='content'>{body}</div></div>{FOOTER}</body></html>"
    )
    assert extract_article(html).title == ZH_TITLE


APP_FORM = [
    "Send yourself a link to download the app.",
    "Please wait...",
    "This feature is temporarily unavailable. Please try again later.",
    "Now check your email account on your mobile phone to download your new app.",
]


def test_the_messages_of_a_form_that_sends_an_app_link_are_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    form = "".join(f"<div class='pane'><p>{line}</p></div>" for line in APP_FORM)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<div class='app'>{form}</div></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_story_about_an_app_that_tells_readers_to_try_again_later_is_read() -> None:
    told = (
        "Người dùng được khuyên tải ứng dụng mới từ cửa hàng; nếu máy báo lỗi, hãy thử lại sau vài phút, công ty"
        " cho biết trong thông cáo gửi báo chí chiều qua."
    )
    body = "".join(f"<p>{p}</p>" for p in [*BODY, told])
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, told]


def test_a_reprints_original_title_note_is_not_read_and_its_author_credit_is() -> None:
    after = "<p>原标题：他晚于别人登上月球 却是第一个在月球上喝酒的人</p><p><strong>作者︱春春</strong></p>"
    html = _zh_page(after)
    assert extract_article(html).text.split("\n\n") == [ZH_TITLE, *ZH_BODY, "作者︱春春"]


@pytest.mark.parametrize("line", ["作者︱春春", "作者｜王小明", "文 | 李华"])
def test_a_cjk_credit_parted_by_a_bar_reads_as_a_signature(line: str) -> None:
    assert looks_like_signature(line)
