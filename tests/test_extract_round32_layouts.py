"""Layouts read wrongly in round 32 (``pages_round32``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a blog post whose box carries the
blog engine's classes for the post's tags and categories ("tag-basic-income", "category-news"), its
headline above the box and its paragraphs set as <div>s.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_PARAGRAPHS = [
    "The petition for a basic income is open at the ministry until the end of November, and anyone may sign it.",
    "Automation reaches every part of working life, from the factory floor to the law office and the bank.",
    "New jobs appear as well, but far fewer than the ones machines take over in the same years, so the gap grows.",
    "A basic income would secure what everyone needs and leave people free to train for the work that comes next.",
]


def _tagged_post_page() -> str:
    body = "".join(f"<div class='block'><div><span>{text}</span></div></div>" for text in _PARAGRAPHS)
    return (
        "<html><head><title>Sign the petition for a basic income</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li></ul></nav>"
        "<div id='content'><header><h1>Sign the petition for a basic income!</h1></header>"
        "<section id='post-57' class='post-57 post type-post status-publish format-standard "
        "hentry category-blog category-news tag-basic-income tag-petition tag-party'>"
        f"<article class='article'><div>{body}</div></article>"
        "<div class='tags'><a href='/tag/basic-income'>basic income</a> <a href='/tag/petition'>petition</a></div>"
        "</section></div>"
        "<footer><p>Party office, Main Street 1</p></footer></body></html>"
    )


def test_a_blog_post_whose_box_names_its_tags_in_classes_is_read_in_full() -> None:
    text = extract_article(_tagged_post_page()).text
    for paragraph in _PARAGRAPHS:
        assert paragraph in text


def test_the_list_of_tags_under_a_tagged_post_is_still_not_read() -> None:
    text = extract_article(_tagged_post_page()).text
    assert "basic income petition" not in text
    assert "Party office" not in text
