"""Layouts that read poorly in rounds 40 and 41 (``pages_round40``, ``pages_round41``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a round-up whose items are product
cards side by side (a badge over each card, then its picture, name, price, a paragraph about it and a shop button)
— each card was dropped as a promotion, the listener heard only the badges; a classic blog theme's "entry-meta"
lines in German (the date line, the closing "Dieser Eintrag wurde veröffentlicht in …" and the writer's box); a
heading broken into lines the engine skipped, of which only the last line (a sentence) came back; a closing
paragraph opening with "About the author:" (the writer's biography and networks); a newsletter's story boxes told
from the boxes of the same class a theme sets after a post (a sign-up, an appeal).
"""

from __future__ import annotations

import lxml.html

from tts_service.extract import extract_article
from tts_service.extract.article import _fill_gaps, _recover_edges, _repeated_box, page_index
from tts_service.extract.dom import walk_blocks

_LAMPS = [
    ("Tall column lamp", "It glows evenly from top to bottom, answers to every voice assistant and dims at night."),
    ("Round table lamp", "A soft half sphere that wakes you slowly in the morning and turns warm again at dusk."),
    ("Small bedside lamp", "It is small and quick to answer, and a child can change its colour with one tap."),
    ("Floor lamp with remote", "Millions of colours, full dimming and a remote for the days your phone is away."),
]


def _card(name: str, text: str, badge: str) -> str:
    return (
        f'<div class="grid-item"><div class="card-wrap"><span class="badge">{badge}</span>'
        '<div class="card-main"><div class="card-image"><img src="/lamp.jpg" alt=""></div>'
        f'<div class="card-detail"><h2>{name}</h2><p class="price">$49.99</p>'
        f'<div class="card-text"><p>{text}</p></div>'
        '<div class="card-buttons"><a class="card-btn" href="/go">Buy on the shop</a></div></div></div></div></div>'
    )


def _card_round_up() -> str:
    cards = "".join(
        _card(n, t, b)
        for (n, t), b in zip(_LAMPS, ["Best overall", "Best premium", "Best budget", "Best remote"], strict=True)
    )
    return f"""<html><head><title>The Best Smart Lamps | Gadget Blog</title></head><body>
<nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav>
<article><h1>The Best Smart Lamps</h1><div class="entry-content">
<p>Phones now sit at the centre of how we live: they open doors, start cars and run the lights of the house.</p>
<p>Controlling a lamp by voice is no longer unusual, so if you are looking to buy one, here are some good choices.</p>
<div class="grid"><div class="grid-row">{cards}</div></div>
<h2>Light the garden too</h2>
<p>Outdoor lights matter just as much, because they set the tone before anyone even walks through your door.</p>
</div></article>
<footer><p>© Gadget Blog</p></footer></body></html>"""


def test_a_round_up_of_product_cards_each_under_a_badge_is_read_card_by_card_without_its_buttons() -> None:
    text = extract_article(_card_round_up()).text
    spots = [text.find(line) for name, about in _LAMPS for line in (name, about)]
    assert -1 not in spots, text
    assert spots == sorted(spots)
    assert text.find("Outdoor lights matter") > spots[-1]
    assert "Buy on the shop" not in text


def _classic_theme_post() -> str:
    return """<html><head><title>Episode 12 Live from the Camp | A Podcast</title></head><body>
<header><h3>Hauptmenü</h3><ul><li><a href="/">Startseite</a></li><li><a href="/abo">Abonnieren</a></li></ul></header>
<div id="main"><div id="content" role="main">
<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Folge 12 live vom Camp</h1>
<div class="entry-meta"><span class="sep">Veröffentlicht am </span><a href="/2019/12/17/folge-12/"><time>17. Dezember
2019</time></a><span class="by-author"> von <a class="url fn n" href="/author/ada/" rel="author">Ada Beispiel</a></span>
</div></header>
<div class="entry-content"><p>Auch auf dem Camp in Berlin haben wir live gepodcastet, mit zwei Gästen, die über ihre
Eindrücke vom Camp und von den Gesprächen in den Pausen erzählen.</p>
<p>Download: <a href="/folge-12.mp3">mp3</a></p></div>
<footer class="entry-meta">Dieser Eintrag wurde veröffentlicht in <a href="/category/podcast/">Podcast</a> und
verschlagwortet mit <a href="/tag/berlin/">berlin</a> von <a href="/author/ada/">Ada Beispiel</a>.
<a href="/2019/12/17/folge-12/" rel="bookmark">Permanentlink</a>.
<div id="author-info"><div id="author-avatar"><img src="/ada.png" alt=""></div><div id="author-description">
<h2>Über Ada Beispiel</h2>Leiterin einer kleinen Akademie, von der Ausbildung Ingenieurin. Ich brenne für lernende
Organisationen und lebenslanges Lernen.<div id="author-link"><a href="/author/ada/">Zeige alle Beiträge von Ada
Beispiel</a></div></div></div></footer></article>
<div id="comments"><h3>Kommentar verfassen</h3></div></div></div></body></html>"""


def test_a_classic_theme_posts_date_line_closing_metadata_and_writer_box_are_not_read() -> None:
    text = extract_article(_classic_theme_post()).text
    assert "Auch auf dem Camp in Berlin haben wir live gepodcastet" in text
    assert "Veröffentlicht am" not in text, text
    assert "Dieser Eintrag" not in text and "Permanentlink" not in text, text
    assert "Ada Beispiel" not in text and "Ich brenne" not in text, text


def test_a_heading_broken_into_lines_that_the_engine_skipped_comes_back_whole_not_only_its_last_line() -> None:
    root = lxml.html.fromstring(
        "<div><p>The maker extends its range of energy products with devices that suit the local market well.</p>"
        "<h2><strong>Managing energy efficiently</strong><br>\n<br>\nIn a world where energy must be watched and"
        " managed"
        "<br>\nthe maker presents its revised range of meters for<br>\nsingle and three phase systems.</h2>\n"
        "<h2>Thanks to the expansion modules of the same series the meters connect to the common systems of the"
        " trade and of the buildings they watch<br>\nUSB, RS232, RS485 and Ethernet.</h2>"
        "<p><strong>FULL RANGE</strong><br>From single phase wiring up to three phase wiring over transformers.</p>"
        "<p>The meters can be ordered now from every distributor in the country, with delivery within two weeks.</p>"
        "</div>"
    )
    page = walk_blocks([root])
    kept = [b for b in page if b.kind != "heading"]  # the engine skipped the heading, every line of it
    read = [b.text for b in _fill_gaps(kept, page, page_index(page))]
    assert read == [b.text for b in page]


def test_a_closing_paragraph_opening_with_about_the_author_is_not_read_nor_its_network_names() -> None:
    paragraphs = [
        "The black sand beach lies an hour from the capital, and in winter the light stays low for most of the day.",
        "Bring a tripod, because the long exposures that smooth the waves need a steady camera and a little patience.",
        "Come back at dusk, when the sea stacks turn dark against the sky and the crowds have gone back to the buses.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<html><head><title>How to photograph the black beach | Photo Tours</title></head><body>
<article><h1>How to photograph the black beach</h1>{body}
<p><strong>About the author:</strong> Ada Lind is a freelance photographer and videographer based in the north. You
can find more of her work on her website or by following her on Facebook and Twitter.</p></article>
<footer><p>© Photo Tours</p></footer></body></html>"""
    text = extract_article(html).text
    assert all(p in text for p in paragraphs)
    assert "About the author" not in text and "Facebook" not in text, text


def test_boxes_of_the_posts_own_class_after_it_holding_no_text_box_of_its_kind_are_no_later_stories() -> None:
    post = lxml.html.fromstring(
        '<div><div class="group"><div class="entry-content"><p>The review.</p></div></div>'
        '<div class="group"><p>Subscribe to the newsletter.</p></div><div class="group"><p>Donate.</p></div></div>'
    )
    newsletter = lxml.html.fromstring(
        '<div><div class="story"><h3>1. One</h3><div class="text"><p>First.</p></div></div>'
        '<div class="story"><h3>2. Two</h3><div class="text"><p>Second.</p></div></div></div>'
    )
    kept = post.find(".//div[@class='entry-content']")
    assert _repeated_box(kept) is kept  # the sign-up and the appeal after it are no stories of the post
    story = newsletter.find(".//div[@class='text']")
    assert _repeated_box(story) is story.getparent()  # each story box holds a text box of the kept one's kind


def test_the_first_paragraph_before_an_offer_box_set_inside_the_body_comes_back_when_the_engine_skipped_it() -> None:
    root = lxml.html.fromstring(
        "<div><h1>Cup final: where to watch</h1>"
        '<div class="body"><section><img src="/a.jpg"><p class="caption">The stadium the evening before.</p></section>'
        "<span>S</span>uddenly the small club was top of the table: with a five to one win the team shot to the top, "
        "while the other side drew again for the third time in a row."
        '<div class="offer"><span>Sports pass for 9.99 instead of 29.99</span>'
        "<span>1 month of both leagues</span></div>"
        "<h3>Where to watch the final on TV</h3>"
        "The match is shown live and only on a pay channel, which needs a subscription to watch it at home."
        "</div></div>"
    )
    page = walk_blocks([root])
    first = next(i for i, b in enumerate(page) if b.text.startswith("Where to watch"))
    raw, _start = _recover_edges(page[first:], page, ("Cup final: where to watch",))
    assert raw[0].text.startswith("Suddenly the small club was top of the table"), [b.text for b in raw]
    assert "Sports pass" not in " ".join(b.text for b in raw)
