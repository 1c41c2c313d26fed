"""Layouts met on the ninth round of unseen pages (``tests/data/extract/pages_round9``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: readers'
comments in a box named for them in the page's own language, longer than the article.
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.article import _before_skipped_end_heading, _recover_edges, page_index
from tts_service.extract.dom import parse_html, walk_blocks

COMMENT = "Bài viết rất hay, tôi đã thử dọn từng ngăn kéo mỗi tuần và thấy nhà cửa gọn gàng hơn hẳn, cảm ơn tác giả."


def _article() -> str:
    return f"<h1>{TITLE}</h1><div class='cuerpo'>{''.join(f'<p>{p}</p>' for p in BODY)}</div>"


@pytest.mark.parametrize("box", ["comentarios", "comentarios_lectores", "commentaires", "kommentare", "komentarze"])
def test_readers_comments_in_a_box_named_in_the_pages_language_are_not_read(box: str) -> None:
    comments = (
        f"<div id='{box}'><ul><li><span>Todos</span></li><li><span>Tu red</span></li></ul>"
        f"<h3><span>15 »</span> <span>Comentarios</span> <span>¿Quieres comentar?</span></h3>"
        f"<ol>{''.join(f'<li><strong>lector{i}</strong><p>{COMMENT}</p></li>' for i in range(16))}</ol></div>"
    )
    text = extract_article(_page(TITLE, f"<div class='noticia'>{_article()}{comments}</div>")).text
    assert text.split("\n\n") == [TITLE, *BODY]


def test_an_article_box_whose_category_class_ends_in_comments_is_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<h1>{TITLE}</h1><section class='post category-estallido-comentarios'>{body}</section>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


STEPS = [
    "Rửa sạch gà, để ráo rồi ướp với muối, tiêu và một chút dầu ăn trong khoảng ba mươi phút cho thấm.",
    "Nướng gà trong lò đã làm nóng ở hai trăm độ chừng bốn mươi lăm phút, đến khi da vàng đều và chín tới.",
    "Xới cơm ra đĩa lớn, chặt gà thành miếng vừa ăn rồi xếp lên trên, rắc hành phi và mời cả nhà dùng nóng.",
]


def test_a_recipes_steps_in_a_tab_hidden_until_clicked_are_read_and_its_other_tabs_are_not() -> None:
    tabs = (
        "<ul class='tabs'><li><a href='#tabs-1'>Nguyên liệu</a></li><li><a href='#tabs-2'>Cách làm</a></li></ul>"
        "<div id='tabs-1' class='content'><ul><li itemprop='recipeIngredient'>1 con gà ta chừng một cân hai</li>"
        "<li itemprop='recipeIngredient'>2 bát gạo tẻ ngâm nước một giờ</li></ul></div>"
        "<div id='tabs-2' class='content' style='display:none;'><div itemprop='recipeInstructions'>"
        f"{''.join(f'<div class=step><span>{i}</span><div>{s}</div></div>' for i, s in enumerate(STEPS, 1))}"
        "</div></div>"
        "<div id='tabs-3' class='content' style='display:none;'><p>Bạn có muốn gửi nhận xét về món ăn này "
        "cho chúng tôi không? Hãy đăng nhập để viết nhận xét.</p></div>"
    )
    text = extract_article(_page("Gà nướng cơm", f"<main><h1>Gà nướng cơm</h1>{tabs}</main>")).text
    assert all(s in text for s in STEPS)
    assert "nhận xét" not in text


@pytest.mark.parametrize("heading", ["Best Replies", "Replies", "Top replies"])
def test_a_thread_reads_its_opening_post_and_stops_at_the_heading_over_its_replies(heading: str) -> None:
    replies = "".join(f"<div class='reply'><p>{COMMENT} ({i})</p></div>" for i in range(3))
    post = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1>{post}<h2>{heading}</h2>{replies}</main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_sidebar_note_an_engine_reads_past_a_long_list_of_other_articles_is_not_read() -> None:
    # the engine kept the story, skipped the "Related" heading with a dozen other headlines, and read on into a
    # sidebar's note: the step that follows the engine puts the end at the heading
    others = "".join(f"<li><a href='/bai-{i}'>Tin khác số {i} về thời tiết miền Trung</a></li>" for i in range(12))
    note = [
        "Tự do ngôn luận là giá trị cốt lõi của chúng tôi. Nếu thư bạn gửi chưa được đăng, hãy viết lại cho ban "
        "biên tập để được xem xét.",
        "Mọi góp ý xin gửi về hộp thư của tòa soạn, chúng tôi luôn lắng nghe ý kiến của bạn đọc gần xa.",
    ]
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        f"<body><main><h1>{TITLE}</h1>{body}<h5>Related</h5><ul>{others}</ul></main>"
        f"<div class='side'><h3>Thư của tòa soạn</h3>{''.join(f'<p>{p}</p>' for p in note)}</div></body>"
    )
    page = walk_blocks([parse_html(html).find("body")])
    read = [b for b in page if b.kind == "paragraph"]  # the story's paragraphs and the note's
    kept = _before_skipped_end_heading(read, page, page_index(page))
    assert [b.text for b in kept] == BODY


SPANISH = [
    "La Guardia Civil ha detenido en un hotel de Macon, a 70 kilómetros de Lyon, a la jefa del aparato militar.",
    "En la operación, que contaba con la colaboración de un equipo de élite de la policía gala, también cayó Iturbe.",
    "Nacida en Pamplona, su carrera se inicia a los 16 años; Argüelles apareció en la documentación «incautada» d’ETA.",
]


@pytest.mark.parametrize("wrong", ["latin-1", "cp1252", "iso-8859-15"])
def test_a_page_whose_utf8_the_caller_decoded_as_a_single_byte_charset_is_read_with_its_accents(wrong: str) -> None:
    # the page declared a single-byte charset in front of UTF-8 bytes and the CMS decoded it as declared
    html = f"<html><body><h1>Cae en Francia la jefa</h1>{''.join(f'<p>{p}</p>' for p in SPANISH)}</body></html>"
    misread = html.encode("utf-8").decode(wrong, "replace")
    assert "kilÃ³metros" in misread
    assert extract_article(misread).text.split("\n\n")[1:] == SPANISH


def test_text_with_real_accents_and_one_quoted_misreading_is_left_as_it_is() -> None:
    text = "L’encodage « Ã© » au lieu de « é » est une erreur fréquente, déjà décrite à côté de l’été dernier."
    assert extract_article(f"<h1>Erreur d’encodage</h1><p>{text}</p>").text.split("\n\n")[1] == text


def test_a_standfirst_beside_the_headline_in_a_header_far_from_the_body_box_is_read_first() -> None:
    lead = "Người sống tối giản kể lại năm thói quen giúp căn nhà luôn gọn gàng, dù bận rộn đến đâu đi nữa."
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<main><header class='content-header'><nav><a href='/'>Trang chủ</a></nav><h1>{TITLE}</h1><p>{lead}</p>"
        f"</header><section class='row'><article class='content'><div class='copy'><h2>Năm quy tắc</h2>{body}"
        "</div></article></section></main>",
    )
    assert extract_article(html).text.split("\n\n")[:3] == [TITLE, lead, "Năm quy tắc"]


def test_a_standfirst_under_the_headline_is_given_back_even_past_a_box_of_links_before_the_body() -> None:
    # the engine kept the body only; the standfirst sits beside the <h1>, eight linked headlines above the body
    lead = "Một người quản lý siêu thị giấu tên chia sẻ bí quyết để hóa đơn đi chợ mỗi tháng nhẹ đi đáng kể."
    links = "".join(f"<li><a href='/bai-{i}'>Mẹo tiết kiệm số {i} cho gia đình</a></li>" for i in range(8))
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        f"<body><div class='article'><div class='articlehead'><h1>{TITLE}</h1><p class='abstract'>{lead}</p></div>"
        f"<div class='side'><ul>{links}</ul></div><div class='text'>{body}</div></div></body>"
    )
    page = walk_blocks([parse_html(html).find("body")])
    read = [b for b in page if b.kind == "paragraph" and b.text in BODY]
    given, _first = _recover_edges(read, page, (TITLE,))
    assert [b.text for b in given] == [lead, *BODY]


@pytest.mark.parametrize(
    "after",
    [
        "<p><a href='/podcast/tap-12.mp3'>Right Click Here To Download</a></p>",
        "<div class='follow'><span>カテゴリーをフォローする</span></div>",
        "<h2>おすすめ情報</h2><p>東京の桜の開花は平年より五日早く、来週には満開を迎える見込みだと気象庁は発表した。</p>",
        "<p>（编辑：严玉洁 王辉）</p>",
        "<p>责任编辑：王辉</p>",
    ],
)
def test_download_links_follow_buttons_recommended_boxes_and_editor_credits_are_not_read(after: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1>{body}{after}</main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize("name", ["img-footer side_rigth", "pie-de-foto", "photo-footer"])
def test_a_photo_line_in_a_box_named_the_pictures_footer_is_not_read_as_the_story(name: str) -> None:
    photo = f"<img src='/anh.jpg' alt=''><h5 class='{name}'><span>Đoàn đại biểu quốc tế tại quảng trường</span></h5>"
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1>{photo}{body}</main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]
