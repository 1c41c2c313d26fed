"""Layouts met on the sixteenth round of unseen pages (``tests/data/extract/pages_round16``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a photo slideshow
whose slides (a heading and a paragraph each) the page sets in an ``<aside>`` column beside the headline.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

TITLE = "Centerpiece ideas for an autumn table"
DEK = "These easy centerpieces will add creative fall flair to any table in your home, and take minutes to make."
SLIDES = [
    (
        "Fall bowl centerpiece",
        "A halved globe used as a bowl holds pinecones, acorns and branches from a walk outside.",
    ),
    ("Branches in a vase", "A simple glass vase turns a bunch of maple and oak branches into a display of colour."),
    ("Flowers in gourds", "Hollowed-out gourds hold roses and dahlias in autumn hues for a twist on the usual vase."),
    ("White pumpkins", "White gourds set at different heights match white serving dishes for a quiet display."),
    ("Wrapped pumpkins", "Lengths of grapevine wrapped around pumpkins in different patterns make a dramatic table."),
    (
        "Leaf table runner",
        "Felt leaves cut from an enlarged tracing and glued to a ribbon make a runner without sewing.",
    ),
    ("Tiered china", "A large plate, stacked teacups and saucers and a few roses make a layered centrepiece."),
    ("Pepper vases", "Peppers cut an inch from the top and filled with water hold a few stems of flowers each."),
]


def test_a_slideshow_set_in_an_aside_column_is_read_slide_by_slide() -> None:
    slides = "".join(f"<li class='slide'><h2>{h}</h2><p></p><p>{p}</p></li>" for h, p in SLIDES)
    side = "<aside class='sidebar'><h3>Most popular</h3><ul><li><a href='/a'>Ten quick dinners</a></li></ul></aside>"
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<div class='top'><h1>{TITLE}</h1><p>{DEK}</p></div>"
        f"<div class='row'><aside id='rightColumn'><div class='slideshow'><ul>{slides}</ul></div></aside>{side}</div>"
        f"{FOOTER}</body></html>"
    )
    expected = [TITLE, DEK, *(line for slide in SLIDES for line in slide)]
    assert extract_article(html).text.split("\n\n") == expected


STORY = [
    "WEST PALM BEACH — The family of a ranked junior tennis player is raising money to treat a rare illness.",
    "He is functioning at the level of an old man, because his body cannot tolerate anything, his brother said.",
    "His older brother started a fundraising page earlier this month to pay for treatment out of state.",
]
PAYWALL = [
    "To view the full story, please subscribe to The Daily Times. You can choose a yearly or a weekly pass.",
    "When you join the family, you'll get unlimited digital access to journalism you won't get anywhere else.",
    "Join now or renew to get: — Instant access to special reports — Local news from our communities",
    "First-time subscribers also receive a special welcome gift handmade by expert artisans!",
    "If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.",
]


def test_the_paywall_notice_that_cuts_a_story_short_is_not_read() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, *PAYWALL])
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<main><article><h1>{TITLE}</h1>"
        f"<div class='entry-content'>{paragraphs}</div></article></main>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *STORY]


def test_a_story_about_subscriptions_keeps_its_paragraphs() -> None:
    about = [
        "Newspapers ask readers to subscribe to view the full story, and more of them pay each year, a survey found.",
        "Readers who already subscribe log in for access, and many said they would keep paying for local news.",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, *about])
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<main><article><h1>{TITLE}</h1>"
        f"<div class='entry-content'>{paragraphs}</div></article></main>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *STORY, *about]


def test_the_headline_in_the_articles_own_header_box_is_the_title_not_the_shorter_page_title() -> None:
    # a rebuilt page sets the story's <h1> in <header class="article-hero__header">, outside any <article>;
    # its <title> is a shorter wording for search engines
    headline = "Take a tour inside the actress's former desert retreat — it's for sale!"
    body = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>The actress's desert home is for sale — see inside</title></head><body>"
        f"{NAV}<div class='article'><section class='article-hero'><header class='article-hero__header'>"
        f"<div class='article-hero-headline'><h1>{headline}</h1></div></header></section>"
        f"<div class='article-body'>{body}</div></div>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n")[0] == headline


def test_a_headline_styled_for_print_keeps_its_dek_over_the_byline() -> None:
    # utility classes style the <h1> when printed ("black-print"): a style, not a print button
    dek = "The late star's desert home is on the market. Get a peek inside her oasis before it sells this winter."
    body = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<div class='article'><header class='hero'>"
        f"<h1 class='hero-headline lh-none-print black-print'>{TITLE}</h1>"
        f"<div class='styles_articleDek__Icz5H'>{dek}</div></header>"
        "<div class='byline'><time>Dec. 22, 2016, 3:36 PM UTC / Source: Zillow</time>"
        "<div class='author'>By Melissa Allison</div></div>"
        f"<div class='article-body'>{body}</div></div>{FOOTER}</body></html>"
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, dek, *STORY]


def test_a_related_line_whose_headline_ends_on_an_exclamation_mark_is_not_read() -> None:
    related = (
        "<p><strong>RELATED: <a href='/other'>A singer is moving on from her island home — see inside!</a></strong></p>"
    )
    body = f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{related}<p>{STORY[2]}</p>"
    html = f"<html><head><title>{TITLE}</title></head><body>{NAV}<article><h1>{TITLE}</h1>{body}</article>"
    html += f"{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [TITLE, *STORY]


JA_TITLE = "インテル、1ペタバイトを実現するQLC NAND採用のSSDを発表"
JA_BODY = [
    "インテルは、1枚のNANDチップに4ビットを記録するQLC方式を採用したデータセンター向けSSDを発表しました。",
    "新しいフォームファクターにより、1U実装時に1ペタバイトの容量を実現できるとしています。",
    "同社はまた、2.5インチフォームファクターの新しいSSDも同時に発表しています。",
]


def test_the_closing_furniture_of_a_japanese_blog_post_is_not_read() -> None:
    # the related-tags label over its tag links, the site's advert box, the link to the previous post
    tail = (
        "<p><b>関連タグ</b> <a href='/t/1'>ハードウェア</a> / <a href='/t/2'>Intel</a> / <a href='/t/3'>SSD</a></p>"
        "<div class='ad_footer'><div><h4>当サイト広告</h4><a href='https://ads.example/x'><img src='ad.png'></a>"
        "</div></div>"
        "<div id='prevnext'><em>≪前の記事</em><a href='/prev'>開発者向けの新しいサービスが正式リリースに</a></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in JA_BODY)
    html = f"<html><head><title>{JA_TITLE}</title></head><body>{NAV}<div id='maincol'><h1>{JA_TITLE}</h1>"
    html += f"<div class='entrybody'>{story}</div>{tail}</div>{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [JA_TITLE, *JA_BODY]


def test_an_updated_on_line_in_german_french_or_spanish_is_not_read() -> None:
    for line in ("Aktualisiert am 19.02.2020", "Mis à jour le 21 juin 2018 à 14h30", "Actualizado el 09/01/2022"):
        body = "".join(f"<p>{p}</p>" for p in STORY)
        html = f"<html><head><title>{TITLE}</title></head><body>{NAV}<article><h1>{TITLE}</h1>"
        html += f"<div class='meta'><span>{line}</span></div>{body}</article>{FOOTER}</body></html>"
        assert extract_article(html).text.split("\n\n") == [TITLE, *STORY], line
