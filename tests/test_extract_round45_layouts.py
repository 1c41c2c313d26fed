"""Layouts that read poorly in rounds 44 and 45 (``pages_round44``, ``pages_round45``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a forum thread served to crawlers
inside ``<noscript>`` whose opening post is only its question, the thread's title asked again (refused as a page
with only a title, where the listener wants to hear the question).
"""

from __future__ import annotations

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
    import pytest

    from tts_service.errors import EmptyArticle

    with pytest.raises(EmptyArticle, match="tiêu đề"):
        extract_article("<html><head><title>Only a headline</title></head><body><h1>Only a headline</h1></body></html>")

