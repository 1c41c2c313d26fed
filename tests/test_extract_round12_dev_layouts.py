"""Layouts met on development pages of publishers never seen before (fundus test pages, read for classes only):
what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: an article the HTML
parser put inside a sidebar left open.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article

LONG_BODY = [p + " " + p for p in BODY] + [BODY[0]]


def test_an_article_the_parser_put_inside_a_sidebar_left_open_is_read() -> None:
    # the sidebar's last box is never closed, so the parser nests the story column in the <aside>
    side = (
        "<aside class='col secondary'><div class='inner'><div class='follow'>Theo dõi chúng tôi</div>"
        "<ul class='menu'><li><a href='/a'>Thời sự</a></li><li><a href='/b'>Thế giới</a></li></ul>"
        "<div class='box'><h3>Đọc nhiều</h3><ul><li><a href='/c'>Giá vàng hôm nay tăng mạnh</a></li></ul>"
        "</aside>"
    )
    story = "<section class='content'><article>" + "".join(f"<p>{p}</p>" for p in LONG_BODY) + "</article></section>"
    cards = "".join(f"<article><a href='/{i}'>Tin nổi bật số {i} trong ngày</a></article>" for i in range(3))
    main = f"<div class='main'><h1>{TITLE}</h1><div class='row'>{side}{story}</div></div>"
    html = _page(TITLE, f"<div class='top'>{cards}</div>{main}")
    text = extract_article(html).text
    assert text.split("\n\n") == [TITLE, *LONG_BODY]
