"""Layouts that leaked in round 34 (``pages_round34``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a story whose header box holds the
author's photo, the byline, the date and the author's short biography in a box named like a sapo
("with-excerpt"), read out as the story's lead.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_STORY = [
    "Every morning I open the same set of programs before I can start any real work at my desk.",
    "So I wrote one small script that opens them in the right order and waits before opening the mail.",
    "The script opens the calendar first, then the notes, then a single browser window with my work profile.",
    "After ten minutes it opens the mail and the chat program, once I have decided what to work on today.",
    "It took an afternoon to write, and it has saved me a quarter of an hour on every working day since.",
]

_BIO = (
    "Maya is an experienced journalist who has been covering computers for the past six years. When she is not "
    "writing, you will probably find her at the cinema or scrolling through Twitter from her sofa."
)


def _page(header_text: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>I automated my whole morning with one script</title></head><body>"
        "<article><header><h1>I automated my whole morning with one script</h1></header>"
        "<div class='header-comp'><div class='header-data'>"
        "<div class='author-img'><a href='/author/maya-lind/'><img src='/a/maya.jpg' alt=''></a></div>"
        "<div class='meta'><div class='w-author'><span>By </span>"
        "<a class='article-author' href='/author/maya-lind/'>Maya Lind</a></div>"
        "<div class='article-date'><time datetime='2025-12-20'>Published 6 hours ago</time></div></div>"
        f"<div class='with-excerpt'>{header_text}</div></div></div>"
        f"<div class='content-block'>{story}</div></article></body></html>"
    )


def test_the_authors_biography_next_to_the_byline_is_not_read_as_the_lead() -> None:
    text = extract_article(_page(_BIO)).text
    assert all(p in text for p in _STORY)
    assert "experienced journalist" not in text and "Twitter" not in text


def test_a_sapo_next_to_the_byline_is_still_read_as_the_lead() -> None:
    sapo = "A small script now opens my programs in the right order, and my mornings have become calmer for it."
    text = extract_article(_page(sapo)).text
    assert text.index(sapo) < text.index(_STORY[0])


def test_a_header_box_opening_with_the_byline_keeps_its_headline_and_sapo() -> None:
    sapo = "A small script now opens my programs in the right order, and my mornings have become calmer for it."
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><head><title>I automated my whole morning with one script</title></head><body><article>"
        "<div class='article-lede-background'><a href='/author/maya-lind/'>Maya Lind</a>"
        "<h1>I automated my whole morning with one script</h1>"
        f"<div class='dek'>{sapo}</div></div><div class='body'>{story}</div></article></body></html>"
    )
    text = extract_article(html).text
    assert text.startswith("I automated my whole morning with one script")
    assert text.index(sapo) < text.index(_STORY[0])
