"""Layouts met on development pages before sealed round 15 was scored, each reduced to a small synthetic page
(never one site): a headline whose kicker and title are two flex boxes joined by a hidden colon, ...
"""

from __future__ import annotations

import pytest

from tests.test_extract_vietnamese_cms import BODY, TITLE, page, ps
from tts_service.extract import extract_article
from tts_service.extract.article import _assemble
from tts_service.extract.dom import RawBlock

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
