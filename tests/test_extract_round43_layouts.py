"""Layouts that read poorly in round 43 (``pages_round43``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a short blog post whose side column
lists the blog's other posts as cards, each classed like a post of a forum thread (WordPress's ``post-123``), once
taken for a thread whose first "post" (a card's headline) was read instead of the article.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_SHORT_NEWS = (
    "Rumours about the carmaker come up again and again, and the latest says it plans a second plant in the east "
    "of the country to meet the demand of the coming years.",
    "A spokeswoman has now denied that a site was chosen, though she did not deny the plan itself, which some "
    "papers take as a confirmation that the plant will come.",
    "Weeks ago the chief executive had said the same about another country: the place was not decided, but a "
    "fourth plant would certainly be built.",
)


def _side_card(n: int) -> str:
    """A card as a theme's template prints it, indented line by line."""
    card = (
        f'<li class="post-{900 + n} custom-posts-item custom-posts-small clearfix">'
        f'<figure class="custom-posts-thumb"><a href="/?p={900 + n}" title="Test drive {n}">'
        f'<img src="/thumb{n}.jpg" alt=""></a></figure><div class="custom-posts-header">'
        f'<p class="custom-posts-small-title"><a href="/?p={900 + n}">Test drive: estate car {n} in best shape'
        "</a></p>"
        f'<div class="meta"><span class="meta-date">{n}. October 2021</span>'
        f'<span class="meta-comments"><a href="/?p={900 + n}#comments">0</a></span></div></div></li>'
    )
    return card.replace("><", ">\n\t\t\t\t\t\t<")


def test_a_short_post_beside_a_side_column_of_post_cards_is_read_not_the_first_card() -> None:
    page = (
        "<html><head><title>A second plant?</title></head><body class='single single-post'>"
        "<header><h2>autoblog</h2><nav><ul><li><a href='/imprint'>Imprint</a></li></ul></nav></header>"
        '<div class="wrapper"><div id="main-content" class="content" role="main">'
        '<article id="post-1228" class="post-1228 post type-post status-publish hentry">'
        '<header class="entry-header"><h1 class="entry-title">A second plant?</h1>'
        '<p class="entry-meta"><span class="date"><a href="/?m=2021">5 November 2021</a></span> '
        '<span class="author"><a href="/?author=1">admin</a></span></p></header>'
        '<div class="entry-content"><figure><img src="/plant.jpg" alt=""></figure>'
        + "".join(f"<p>{p}</p>" for p in _SHORT_NEWS)
        + '</div></article><nav class="post-nav"><a href="/?p=1226" rel="prev"><span>Back</span>'
        "<p>The biggest event</p></a></nav></div>"
        '<aside class="theme-widget-col theme-sidebar"><div class="widget"><h4>Driven ourselves:</h4>'
        '<ul class="custom-posts-widget">'
        + "".join(_side_card(n) for n in range(1, 11))
        + "</ul></div></aside></div></body></html>"
    )
    text = extract_article(page).text
    for p in _SHORT_NEWS:
        assert p in text, text
    assert "Test drive" not in text, text
