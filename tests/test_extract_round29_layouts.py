"""Layouts still failing after the twenty-eighth round, met before round 29 (``pages_round27``/``pages_round28``):
what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a forum thread whose opening post is
drawn in a box of its own above the list of replies (the replies' boxes a different tag, in another container).
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article


def _card(n: int, body: str) -> str:
    return (
        f"<div class='card' id='js-post-{1000 + n}'><div class='user'>Rider{n}</div>"
        f"<article class='message-body'>{body}</article><footer class='actions'>Like Reply</footer></div>"
    )


def test_a_thread_whose_opening_post_stands_apart_from_the_list_of_replies_reads_only_the_opening_post() -> None:
    opening = (
        "<p>I am looking to get into trail riding and have been reading about which bike to buy first.</p>"
        "<p>I do not want to waste money on something cheap that breaks, so which entry level frame is decent?</p>"
    )
    reply = (
        "<p>Reply number {n}: a good frame and a decent air fork cost more than you think, but you keep the bike "
        "for years and save money in the end, so look at last year's models in the shops near you.</p>"
    )
    replies = "".join(
        f"<article class='js-post nested' id='js-post-{2000 + n}'>{_card(n, reply.format(n=n))}</article>"
        for n in range(1, 6)
    )
    nested = (  # a reply to a reply, alone in its box under the reply it answers
        f"<article class='js-post nested' id='js-post-2009'>{_card(9, reply.format(n=9))}"
        f"<div class='children'><article class='js-post nested' id='js-post-2010'>{_card(10, reply.format(n=10))}"
        "</article></div></article>"
    )
    replies += nested
    html = (
        f"<html><head><title>Which bike first?</title></head><body>{NAV}<main><h1>Which bike first?</h1>"
        f"<div class='thread-body'>{_card(0, opening)}</div>"
        f"<div class='block'><div class='block-body'>{replies}</div></div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert "which entry level frame is decent?" in text
    assert "Reply number" not in text


def test_a_popover_the_page_opens_on_a_click_is_not_read_and_a_marked_short_first_post_is() -> None:
    popover = (
        "<div popover id='install-help'><div class='card'><p>A full-screen app on your home screen with push "
        "notifications, badges and more.</p><ol><li>Tap the Share icon in your browser.</li><li>Scroll the menu and "
        "tap Add to Home Screen.</li><li>Tap Add in the top-right corner.</li></ol></div></div>"
    )
    opening = "<p>Hi, I would like to know the plans for future products and releases. Thank you!</p>"
    reply = (
        "<blockquote>Hi, I would like to know the plans</blockquote><p>Reply {n}: we do not share plans here, but "
        "the changes to the released products are posted in the announcements every month.</p>"
    )
    posts = f"<form><article id='elComment_71' class='entry' data-forum-first-post><div>{opening}</div></article>"
    posts += "</form>"
    posts += "".join(
        f"<form><article id='elComment_7{n}' class='entry'><div>{reply.format(n=n)}</div></article></form>"
        for n in range(2, 4)
    )
    html = (
        f"<html><head><title>Plans</title></head><body>{popover}{NAV}<main><h1>Plans discussion</h1>"
        f"<div id='feed'>{posts}</div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert "plans for future products and releases. Thank you!" in text
    assert "home screen" not in text
    assert "Reply 2" not in text


def test_a_keyword_in_code_linked_to_its_reference_is_read_inside_its_sentence() -> None:
    para = "<p>Documentation pages explain each part of the language in running text, with examples below.</p>"
    item = (
        "<li><p>a <em>coroutine function</em>: an <a class='reference internal' href='../ref.html#async-def'>"
        "<code class='xref std std-keyword literal'><span class='pre'>async</span> <span class='pre'>def</span>"
        "</code></a> function;</p></li><li><p>a <em>coroutine object</em>: what calling one returns.</p></li>"
    )
    html = (
        f"<html><head><title>Coroutines</title></head><body>{NAV}<main><h1>Coroutines</h1>{para}<ul>{item}</ul>"
        f"{para}</main>{FOOTER}</body></html>"
    )
    assert "an async def function;" in extract_article(html).text
