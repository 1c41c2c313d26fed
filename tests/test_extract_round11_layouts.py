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
