"""Layouts met on the thirteenth round of unseen pages (``tests/data/extract/pages_round13``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: an old blog's post of
one paragraph under a headline that links to itself, a post's filed-under line in German.
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.dom import clean_text, clean_tree, parse_html
from tts_service.extract.heuristics import is_ui_string, screen_reader_label

#: One long paragraph: the whole of a short blog post.
ONE_PARAGRAPH = " ".join(BODY) + " " + " ".join(reversed(BODY))


def _sidebar() -> str:
    cats = "".join(f"<li class='cat-item'><a href='/c/{i}'>Chuyên mục số {i}</a> ({i + 3})</li>" for i in range(20))
    links = "".join(f"<li><a href='/l/{i}'>Trang bạn bè số {i}</a></li>" for i in range(12))
    return (
        "<div id='menulinks'><ul><li class='widget'><h2 class='widgettitle'>Chuyên mục</h2>"
        f"<ul>{cats}</ul></li><li class='widget'><h2 class='widgettitle'>Liên kết</h2><ul>{links}</ul></li></ul></div>"
    )


def test_a_blog_post_of_one_paragraph_under_a_headline_linking_to_itself_is_read_not_the_sidebar() -> None:
    post = (
        f"<div id='inhalte'><div class='post' id='post-7'><h2><a class='postHeading' href='/2013/08/07/bai' "
        f"rel='bookmark' title='Permanent Link to {TITLE}'>{TITLE}</a></h2>"
        f"<div class='entry'><p>{ONE_PARAGRAPH}</p></div>"
        "<p class='postmetadata'>Von R. R. am <a href='/2013/08/07/'>07.08.2013</a></p></div></div>"
    )
    html = _page(TITLE, f"<div id='seite'>{_sidebar()}{post}</div>")
    assert extract_article(html).text.split("\n\n")[:2] == [TITLE, ONE_PARAGRAPH]


def test_teaser_descriptions_under_linked_headlines_are_still_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/t/{i}'>Một bài khác số {i} về chuyện nhà cửa</a></h3>"
        f"<p>Lời giới thiệu ngắn của bài khác số {i}, kể về một góc nhà gọn gàng.</p></div>"
        for i in range(4)
    )
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}</article><aside>{teasers}</aside>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    ("filed", "closed"),
    [("Abgelegt unter", "Kommentare deaktiviert"), ("Filed under", "Comments closed"), ("Posted in", "")],
)
def test_a_posts_filed_under_line_with_its_tags_is_not_read(filed: str, closed: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    cats = ", ".join(
        f"<a href='/category/{c}/' rel='category tag'>{c.title()}</a>" for c in ("lesenswert", "literatur")
    )
    tags = ", ".join(f"<a href='/tag/{t}/' rel='tag'>{t}</a>" for t in ("Animated Typography", "iPad"))
    meta = f"<p class='info'>{filed}: {cats}<strong> |</strong> Tags: {tags} <span>{closed}</span></p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='entry'>{body}</div>{meta}</article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


ARCHIVED = "https://web.archive.org/web/20140226054445/http://www.example.org"


def test_a_blogs_name_linking_to_its_archived_front_page_is_not_read_as_the_headline() -> None:
    post = (
        f"<div class='post'><h2><a href='{ARCHIVED}/2013/08/07/bai/' rel='bookmark'>{TITLE}</a></h2>"
        f"<div class='entry'>{''.join(f'<p>{p}</p>' for p in BODY)}</div></div>"
    )
    html = (
        f"<html><head><title>Nhà Gọn Gàng  » Blog Archiv   » {TITLE}</title></head><body>"
        f"<div id='kopf'><h1><a href='{ARCHIVED}/'>Nhà Gọn Gàng</a></h1></div>{_sidebar()}{post}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Abgelegt unter: Lesenswert, Literatur, Medienwandel | Tags: Animated Typography, iPad Kommentare deaktiviert",
        "Veröffentlicht in: Allgemein, Technik",
        "Kategorie: Allgemein",
        "Schlagwörter: Kino, Schweiz",
        "Classé dans : Actualités, Culture",
        "Archiviato in: Notizie, Ambiente",
    ],
)
def test_a_filed_under_line_in_another_language_reads_as_page_furniture(line: str) -> None:
    assert is_ui_string(line)


LONGER_BODY = [*BODY, *(f"{p[:-1]}, như lời người viết nhắc lại ở cuối bài." for p in BODY)]


def _teasers_with_linked_headlines(n: int) -> str:
    return "".join(
        f"<div class='story-block'><h4 class='heading'><strong class='kicker'>Góc nhìn</strong> "
        f"<a href='/opinion/bai-khac-{i}/story-{i}'>Một bài bình luận khác số {i}</a></h4>"
        f"<p>TÁC GIẢ {i}</p><p class='standfirst'>Lời giới thiệu ngắn của bài bình luận số {i}, "
        "kể một chuyện khác hẳn bài đang đọc.</p></div>"
        for i in range(n)
    )


def _teasers_with_read_more(n: int) -> str:
    return "".join(
        f"<div class='news-item'><h3>Tin khác số {i} của cơ quan</h3><p>Tóm tắt tin khác số {i}: một quy định "
        f"mới về thời hạn nộp hồ sơ được nhắc lại cho bà con.</p><div><a href='/news/{i}_tin_khac'>Đọc tiếp...</a>"
        "</div></div>"
        for i in range(n)
    )


@pytest.mark.parametrize("teasers", [_teasers_with_linked_headlines(5), _teasers_with_read_more(5)])
def test_a_run_of_teasers_after_the_article_under_a_section_label_is_not_read(teasers: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in LONGER_BODY)
    html = _page(
        TITLE,
        f"<div class='content'><h1>{TITLE}</h1>{body}"
        f"<div class='group'><h2 class='heading'>Các bài bình luận khác</h2>{teasers}</div></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *LONGER_BODY]


def test_a_list_article_whose_items_link_to_what_they_name_keeps_its_items() -> None:
    items = "".join(
        f"<h3><a href='https://shop.example/app-{i}'>Ứng dụng số {i}</a></h3><p>{p}</p>" for i, p in enumerate(BODY)
    )
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><p>{BODY[0]}</p>{items}</article>")
    assert extract_article(html).text.split("\n\n")[-len(BODY) :] == BODY


def test_a_screen_reader_label_in_the_headline_is_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    h1 = f"<h1 class='document-title'><div><span class='visuallyhidden'>Headline:</span>\n {TITLE}\n</div></h1>"
    html = _page(TITLE, f"<div class='main'>{h1}<div class='column-text'>{body}</div></div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    ("names", "text", "label"),
    [
        ("visuallyhidden", "Headline:", True),
        ("sr-only", "Posted by:", True),
        ("sr-only", ":", False),  # the colon between a kicker and its headline
        ("sr-only", "(opens in a new tab)", False),
        ("headline", "Headline:", False),
    ],
)
def test_only_a_screen_reader_label_ending_in_a_colon_is_left_unread(names: str, text: str, label: bool) -> None:
    assert screen_reader_label(names, text) is label


def test_a_sidebar_cell_of_a_layout_table_with_its_link_boxes_is_not_read() -> None:
    lines = "<br />".join(f"+ {p}" for p in BODY)
    links = "<br />".join(f"<a href='https://example.org/{i}'>Trang liên kết số {i}</a>" for i in range(8))
    html = (
        f"<html><head><title>{TITLE} - Tin cập nhật</title><meta property='og:title' content='{TITLE}' /></head>"
        "<body><table><tr><td><table><tr><td><h1>Tin cập nhật</h1></td></tr></table>"
        f"<div id='posts'><div class='post text'><h3><a href='/post/96439224994/bai'>{TITLE}</a></h3>"
        f"<p>{lines}</p></div></div></td>"
        f"<td class='sidebar' width='180px'><h2>Liên kết chính thức:</h2>{links}<br />"
        f"<h2>Cộng đồng:</h2>{links}</td></tr></table></body></html>"
    )
    text = extract_article(html).text
    assert "Trang liên kết" not in text and "Cộng đồng" not in text and BODY[-1] in text


def test_a_blogs_name_in_the_h1_sharing_a_word_with_the_title_yields_to_the_post_heading_printing_the_title() -> None:
    html = (
        f"<html><head><title>{TITLE} - Nhà Blog</title><meta property='og:title' content='{TITLE}' /></head>"
        f"<body><h1>Nhà Blog</h1><div class='post text'><h3><a href='/post/1/bai'>{TITLE}</a></h3>"
        f"{''.join(f'<p>{p}</p>' for p in BODY)}</div></body></html>"
    )
    assert extract_article(html).title == TITLE


@pytest.mark.parametrize("line", ["NewerOlder", "Newer Older", "Older posts", "Newer entries"])
def test_a_blogs_newer_and_older_links_read_as_page_furniture(line: str) -> None:
    assert is_ui_string(line)


@pytest.mark.parametrize("notice", ["Opens a new window", "(opens in a new tab)", "Opens in new window"])
def test_a_links_opens_a_new_window_notice_is_not_read_inside_the_sentence(notice: str) -> None:
    said = (
        f"<a href='https://example.org/press' title='{notice}'>nói<span class='external-link-icon'>{notice} </span></a>"
    )
    first = f"<p>Công ty {said} rằng sản phẩm mới ra đời vì khách hàng ngày càng dùng video nhiều hơn.</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{first}{''.join(f'<p>{p}</p>' for p in BODY)}</article>")
    assert extract_article(html).text.split("\n\n")[1] == (
        "Công ty nói rằng sản phẩm mới ra đời vì khách hàng ngày càng dùng video nhiều hơn."
    )


@pytest.mark.parametrize("notice", ["Opens a new window", "(opens in a new tab)", "Opens in new window"])
def test_cleaning_takes_a_links_new_window_notice_out_of_the_sentence(notice: str) -> None:
    icon = f"<span class='external-link-icon'>{notice} </span>"
    said = f"<a href='https://example.org/press' title='{notice}'>said{icon}</a>"
    root = parse_html(f"<html><body><article><p>The company {said} that the lineup is new.</p></article></body></html>")
    clean_tree(root, None)
    assert clean_text(root.text_content()) == "The company said that the lineup is new."


@pytest.mark.parametrize(
    "line", ["Learn More: Video Marketing 101: 4 Basics Marketers Can’t Miss", "Learn more: Seven Tips"]
)
def test_a_learn_more_pointer_to_another_story_reads_as_page_furniture(line: str) -> None:
    assert is_ui_string(line)


def test_a_petition_form_with_its_signature_count_and_signers_is_not_read() -> None:
    signers = "".join(
        f"<tr><td class='dk-speakup-signaturelist-count'>{1199 - i}</td><td>Người ký {i}</td><td>Feb 16, 2013</td></tr>"
        for i in range(5)
    )
    petition = (
        "<div class='dk-speakup-petition-wrap' id='dk-speakup-petition-10'><h3>Trưng cầu: ngân hàng vì mọi người</h3>"
        "<form class='dk-speakup-petition'><label>Tên</label><input type='text'/>"
        "<div class='dk-speakup-message'><p>Chúng tôi đề nghị cải tổ ngân hàng để phục vụ con người.</p></div>"
        "<a class='dk-speakup-submit'><span>Ký tên</span></a></form>"
        "<div class='dk-speakup-signature-count'><span>1,199</span> signatures</div></div>"
        "<h3 class='dk-speakup-signaturelist_header'>Chữ ký mới nhất</h3>"
        f"<table class='dk-speakup-signaturelist'>{signers}</table>"
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<ul><li>Một yêu cầu cuối cùng!{petition}</li></ul></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, "Một yêu cầu cuối cùng!"]
