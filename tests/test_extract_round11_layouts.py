"""Layouts met on the eleventh round of unseen pages (``tests/data/extract/pages_round11``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a recipe's steps in
a box whose class says how it is laid out on paper ("print-full").
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article


@pytest.mark.parametrize("name", ["col-sm-6 print-full", "col print-only", "box visible-print", "d-print-block"])
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
