"""Layouts met on the tenth round of unseen pages (``tests/data/extract/pages_round10``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a body box whose
class says what it is without ("no-share").
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article


@pytest.mark.parametrize("name", ["entry-content no-share", "post-body no_comments", "content without-ads"])
def test_a_body_whose_class_says_it_has_no_share_buttons_is_read(name: str) -> None:
    related = "".join(f"<li><a href='/tin-{i}'>Tin khác số {i} về chuyện nhà cửa</a></li>" for i in range(12))
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='wrap'><h1>{TITLE}</h1><div class='share-bar'><a href='#'>Facebook</a></div>"
        f"<div class='{name}'><div class='inner'>{body}</div></div><aside><ul>{related}</ul></aside></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_box_hidden_from_print_is_still_not_read_when_it_names_a_widget() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE, f"<article><h1>{TITLE}</h1>{body}<div class='no-print share'><a href='#'>Chia sẻ</a></div></article>"
    )
    assert "Chia sẻ" not in extract_article(html).text
