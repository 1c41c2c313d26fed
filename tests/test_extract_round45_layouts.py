"""Layouts that read poorly in rounds 44 and 45 (``pages_round44``, ``pages_round45``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a forum thread served to crawlers
inside ``<noscript>`` whose opening post is only its question, the thread's title asked again (refused as a page
with only a title, where the listener wants to hear the question); an endless page that appends the next
stories whole, each in a box of the same kind as the first with its own ``<h1>``, inside the post's text box
(every story read on as if the first went on); a German report whose first line is a run-in byline ("Von"
and the writer's name, no colon), read as the body's first line.
"""

from __future__ import annotations

import pytest

from tts_service.errors import EmptyArticle
from tts_service.extract import extract_article

_REPLIES = (
    "I would start with the slow news programmes of the public broadcaster, they speak clearly and repeat the "
    "main points of every story at the end of the programme.",
    "Graded readers helped me more than the news did, the vocabulary of the news is quite particular and it "
    "changes from week to week with whatever is in the headlines.",
)


def _crawler_thread(question: str) -> str:
    """A thread built by a script, its crawler view in ``<noscript>``: the title, then posts by their authors."""
    posts = [f"<div id='post_1' class='topic-body crawler-post'><div class='post'><p>{question}</p></div></div>"]
    posts += [
        f"<div id='post_{n}' itemprop='comment' class='topic-body crawler-post'>"
        f"<span class='creator'>reader{n}</span><div class='post'><p>{text}</p></div></div>"
        for n, text in enumerate(_REPLIES, start=2)
    ]
    return (
        f"<html><head><title>{question} - Language Forums</title></head><body>"
        "<section id='splash'><style>html{overflow:hidden}</style></section>"
        f"<noscript><header><a href='/'>Language Forums</a></header><div id='main-outlet'>"
        f"<div id='topic-title'><h1><a href='/t/1'>{question}</a></h1></div>"
        f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>{''.join(posts)}</div></div></noscript>"
        "<script>window.app = {}</script></body></html>"
    )


def test_a_thread_whose_opening_post_only_asks_its_title_reads_the_question_not_a_refusal() -> None:
    question = "Which daily news site is best for a beginner?"
    article = extract_article(_crawler_thread(question))
    assert article.title == question
    assert [b.text for b in article.blocks] == [question]


def test_a_page_with_only_a_headline_is_still_refused() -> None:
    with pytest.raises(EmptyArticle, match="tiêu đề"):
        extract_article("<html><head><title>Only a headline</title></head><body><h1>Only a headline</h1></body></html>")


_STORIES = {
    "Blessing of vehicles this Saturday": (
        "Drivers of every kind of vehicle are invited to the yearly blessing held tomorrow on the avenue by the "
        "friars of the parish, from six in the morning until nine at night.",
        "It is the twentieth time the blessing takes place, and the friars hand out a sticker and a small card "
        "with ten rules for driving with care to everybody who comes by.",
    ),
    "Three charged after a kidnapping in the north": (
        "The prosecutor charged the three young men who took a sixteen year old boy yesterday afternoon and "
        "asked his family for a ransom a few hours later.",
        "Two of them were arrested when they came to collect the money, and the police are still looking for "
        "the third, who fled on a motorbike towards the river.",
    ),
}


def _endless_page(title: str) -> str:
    """The stories as an endless page appends them: each a box of one kind with its rubric, ``<h1>`` and text."""
    boxes = "".join(
        f"<article id='article-{n}' class='entry-main'><header class='entry-heading'><a href='/s'>Nacionales</a>"
        f"<h1>{headline}</h1></header><div class='entry-body'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div>"
        f"<div class='tags'><a href='/t/a'>Tag one</a> <a href='/t/b'>Tag two</a></div></article>"
        for n, (headline, paragraphs) in enumerate(_STORIES.items())
    )
    return (
        f"<html><head><title>Daily | {title}</title></head><body><main><article class='post type-post'>"
        f"<section class='main-content entry-content'><div class='scrollblock'>{boxes}</div></section>"
        "</article></main><footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_an_endless_page_reads_only_its_first_story_not_the_ones_appended_after_it() -> None:
    title = next(iter(_STORIES))
    article = extract_article(_endless_page(title))
    assert article.title == title
    assert [b.text for b in article.blocks] == list(_STORIES[title])


_REPORT = (
    "Remembering those persecuted under the regime, the association laid a memorial stone in front of the house "
    "where the economist lived until she had to leave the country in the spring of that year.",
    "She had built up the city's welfare office and taught at its university, and after the war she came back "
    "several times to help found neighbourhood centres in the cities she had known.",
)


def test_a_run_in_byline_over_a_german_report_is_not_read_as_its_first_line() -> None:
    headline = "A memorial stone for an economist"
    html = (
        f"<html><head><title>{headline}</title></head><body><h2>{headline}</h2><div class='c_element'>"
        "<p class='bodytext'>Von Clara Lindgren</p>"
        f"{''.join(f'<p class=bodytext>{p}</p>' for p in _REPORT)}</div></body></html>"
    )
    article = extract_article(html)
    assert [b.text for b in article.blocks] == list(_REPORT)
