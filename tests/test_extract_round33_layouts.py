"""Layouts that leaked in round 33 (``pages_round33``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a news story followed by boxes of
teaser headlines, each headline a link closed by a kicker word ("Ad Feature", "Hilarious"), the boxes carrying
numbered ids that read like a forum's post ids (``p-1005``); and a post closing on a heading over a list of
calls to action ("Join our … group to connect", "Learn more about …", "Take a look at …"), each with a link.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_STORY = [
    "A group of chefs and charities today urges the government to keep low quality food out of the country.",
    "In an open letter they warn that years of work on children's health could be undone by a single trade deal.",
    "Members of parliament will vote within the next fortnight on two amendments that would protect the rules.",
    "The government says the letter is misleading and that its standards are written into law already.",
    "Farmers' leaders met a minister last week to ask for a commission with real powers to check imports.",
]

_KICKERS = ["Ad Feature", "Hilarious", "Stunning", "Sweet", "Promoted", "Cheeky"]


def _teaser_box(n: int) -> str:
    items = "".join(
        f"<li><a href='/news/article-{n}{i}.html'><img src='/i/{n}{i}.jpg' alt=''>"
        f"<span class='pufftext'><strong>Television star number {n}{i} reveals how she spent the long weekend "
        f"with her family at the seaside</strong> {_KICKERS[i % len(_KICKERS)]}</span></a></li>"
        for i in range(12)
    )
    return f"<div class='puff cleared' id='p-{1000 + n}'><h3>DON'T MISS</h3><ul class='links'>{items}</ul></div>"


def test_teaser_boxes_after_a_story_whose_ids_read_like_post_ids_are_not_read_as_a_forum_thread() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><head><title>Chefs urge the government to keep low quality food out</title></head><body>"
        "<div id='content'><div class='article'><h1>Chefs urge the government to keep low quality food out</h1>"
        f"<div id='article-text' class='article-text'>{story}</div></div>"
        f"<div class='column'>{''.join(_teaser_box(n) for n in (5, 47, 76))}</div></div>"
        "</body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in _STORY)
    assert "Television star" not in text
    assert "Ad Feature" not in text and "DON'T MISS" not in text


_POST = [
    "Every week we pick one word that people in Japan were talking about online and explain how it is used.",
    "This week the word is kakunin, which means checking something again before you go ahead with it.",
    "You hear it at the bank, at the post office and at work, whenever someone wants to be sure of a detail.",
    "Try using it the next time a shop assistant asks you to confirm your order at the counter.",
]


def test_a_closing_list_of_calls_to_action_under_a_heading_is_not_read() -> None:
    post = "".join(f"<p>{p}</p>" for p in _POST)
    closing = (
        "<h2>For more on learning Japanese</h2><div><ul>"
        "<li>Learn Japanese with our original study materials on&nbsp;<a href='/lessons'>our study site</a></li>"
        "<li>Questions about studying Japanese in Japan? Take a look at the guide section on&nbsp;"
        "<a href='/guide/higher-education'>Higher Education and Studying Japanese</a></li>"
        "<li>Join our&nbsp;<a href='https://social.example/groups/study'>study group</a>&nbsp;to connect with "
        "fellow learners</li>"
        "<li>Learn more about the&nbsp;<a href='/placement'>Study Placement Program</a></li>"
        "</ul></div>"
    )
    html = (
        "<html><head><title>Word of the week: kakunin</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li></ul></nav>"
        f"<article class='post'><h1>Word of the week: kakunin</h1><div class='entry'>{post}{closing}</div></article>"
        "<footer><p>© The Study Blog. All rights reserved.</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in _POST)
    assert "Join our" not in text and "Learn more about" not in text and "Take a look at" not in text
    assert "For more on learning Japanese" not in text


def test_a_closing_list_of_the_authors_own_tips_under_a_heading_stays() -> None:
    post = "".join(f"<p>{p}</p>" for p in _POST)
    tips = (
        "<h2>Three tips for the counter</h2><ul>"
        "<li>Say the word slowly and wait for the assistant to repeat your order back to you.</li>"
        "<li>Point at the item on the screen while you say it, so nobody has to guess.</li>"
        "<li>Thank the assistant with a small bow when the order is right, as people do here.</li>"
        "</ul>"
    )
    html = (
        "<html><head><title>Word of the week: kakunin</title></head><body>"
        f"<article class='post'><h1>Word of the week: kakunin</h1><div class='entry'>{post}{tips}</div></article>"
        "</body></html>"
    )
    text = extract_article(html).text
    assert "Three tips for the counter" in text and "small bow" in text
