"""Layouts that leaked or read poorly in round 35 (``pages_round35``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a classic blog theme's post that
closes with the post's metadata paragraph (``postmetadata``: the writer's one-line biography with links to the
writer's networks, then "This entry was posted on … and is filed under …"), read out as the post's last lines.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_POST = [
    "Fifteen years ago I carried a small organiser in my pocket that kept my calendar and my notes offline.",
    "It synchronised with my desktop once a day through a cradle, and it never once asked me for a network.",
    "Today my telephone is a thousand times faster, yet most of its programs stop working in a tunnel.",
    "We have put the power of a desktop computer into the palm of a hand. Are we really using it well?",
]


def _classic_blog_post(footer_class: str) -> str:
    post = "".join(f"<p>{p}</p>" for p in _POST)
    return (
        "<html><head><title>Offline first, fifteen years ago</title></head><body><div id='content'>"
        "<div class='post' id='post-1921'><h2>Offline first, fifteen years ago</h2>"
        f"<div class='entry'>{post}"
        f"<p class='{footer_class}'><small style='display: block'><strong>Tom Berger</strong> (aka tberger) is the"
        " founder of a small analytics company, which helps newspapers understand their readers. You can follow"
        " him on <a href='https://twitter.example/tberger'>Twitter</a> or <a href='/in/tberger'>LinkedIn</a>."
        "</small><small>This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under"
        " <a href='/category/personal' rel='category tag'>Personal</a>. You can follow any responses to this"
        " entry through the <a href='/feed'>RSS 2.0</a> feed.</small></p>"
        "</div></div><h3 id='comments'>One response</h3></div></body></html>"
    )


def test_the_posts_metadata_paragraph_with_the_writers_bio_is_not_read() -> None:
    text = extract_article(_classic_blog_post("postmetadata alt")).text
    assert all(p in text for p in _POST)
    assert text.rstrip().endswith(_POST[-1])
    assert "Twitter" not in text and "This entry was posted" not in text and "Tom Berger" not in text


def test_a_paragraph_named_for_the_post_is_still_read() -> None:
    text = extract_article(_classic_blog_post("post-lead")).text
    assert all(p in text for p in _POST)
