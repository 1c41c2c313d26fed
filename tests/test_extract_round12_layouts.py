"""Layouts met on the twelfth round of unseen pages (``tests/data/extract/pages_round12``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a photo story whose
text sits in the box under each photo, a box its engine names the photo's "comment".
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article

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
