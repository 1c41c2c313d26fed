"""Layouts that read poorly in rounds 38 and 39 (``pages_round38``, ``pages_round39``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a page builder that draws its layout
boxes as ``<article>`` elements nested in one another, each carrying the builder's same first class (which it
also puts on its ``<div>`` and ``<section>`` boxes) — the boxes were taken for a forum post and its nested reply,
the post itself was removed as a reply, and the listener heard a grid of teasers instead.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_PARAGRAPHS = [
    "You know the stereotype about choosing between a small workshop and a large factory as a young carpenter.",
    "A workshop means more variety and closer teaching, while a factory means steady hours and a clear career path.",
    "Are these stereotypes accurate, and how should an apprentice decide which one suits the next five years?",
    "Start with your own temperament: some people thrive on a different job every week, others on doing one well.",
    "Then look at the money over ten years rather than one, because the first salary says little about the last.",
    "Finally, ask the people already working there what a bad week looks like, since every place has them.",
]


def _builder_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    teasers = "".join(
        f'<article class="builder-post card"><div class="builder-post__text"><h3><a href="/p{i}">Hiring news {i}'
        f'</a></h3><div class="builder-post__excerpt"><p>What candidates need to know about the market in week {i},'
        " from the recruiters who fill those places every month of the year.</p></div></div></article>"
        for i in range(1, 5)
    )
    return f"""<html><head><title>Workshop or Factory? | Joinery Careers</title></head><body>
<header class="builder-el builder-el-1"><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header>
<main class="builder-el builder-el-2"><div class="builder-inner">
<article class="builder-el builder-el-3 box flex">
<div class="builder-el builder-el-4 box flex">
<div class="builder-el builder-el-5 widget"><h1>Workshop or Factory?</h1></div>
<div class="builder-el builder-el-6 widget"><span>Posted by the editors</span>
<span>Filed under career advice, apprenticeships, workshops, factories, salaries, training and the future of the
trade, with notes from readers who wrote in over the winter about their own first jobs.</span></div>
<article class="builder-el builder-el-7 box flex">
<div class="builder-el builder-el-8 widget widget-post-content"><div class="builder-widget">{body}</div></div>
</article></div></article></div></main>
<section class="builder-el builder-el-9"><h2>Latest posts</h2><div class="builder-posts">{teasers}</div></section>
<footer class="builder-el builder-el-10"><p>© Joinery Careers</p></footer></body></html>"""


def test_a_page_builders_nested_article_boxes_are_read_not_dropped_as_a_reply() -> None:
    text = extract_article(_builder_page()).text
    for paragraph in _PARAGRAPHS:
        assert paragraph in text
    assert "Hiring news" not in text


_PLACES = [
    (
        "The Copper Kettle",
        "copperkettle.com",
        "Tea lovers, there is a new room in town. The Copper Kettle pours leaf teas from twelve gardens and bakes its"
        " scones every morning; book a table by the window and stay for the second pot, which comes free after four.",
    ),
    (
        "Harbour Noodle Bar",
        "harbournoodles.com",
        "The cooks behind a well-loved food truck have moved indoors at last. Their broth simmers for a full day, the"
        " noodles are pulled by hand at the counter, and the spicy sesame bowl is already the one everyone orders.",
    ),
    (
        "Olive and Thyme",
        "oliveandthyme.com",
        "A small family kitchen serving the dishes of a Greek island: grilled octopus, slow lamb with lemon potatoes"
        " and a honey pie that sells out by nine. The terrace opens in spring, and the wine list is short and cheap.",
    ),
]


def _places_page() -> str:
    items = "".join(
        f'<div class="embed embed--place"><header><h2>{name}</h2><ul class="inline-list"><li>Restaurant</li>'
        f'<li>Old Town</li><li><a href="https://{site}/">{site}</a></li></ul></header><div class="description">'
        f'<p>{text}</p></div><footer><ul class="inline-list"><li>12 Mill St</li><li><a href="https://maps.example/">'
        "Map</a></li></ul></footer></div>"
        for name, site, text in _PLACES
    )
    return f"""<html><head><title>New Places to Eat This Month</title></head><body>
<nav><a href="/">Home</a> <a href="/food">Food</a></nav>
<article><h1>New Places to Eat This Month</h1>
<p>Our town has no shortage of good kitchens, and new ones keep opening every few weeks in every part of it.</p>
<p>It is hard to keep up, so every month the editors pick the openings of the year worth a special trip.</p>
{items}</article>
<footer><p>© The Town Magazine</p></footer></body></html>"""


def test_a_round_up_of_places_reads_each_places_paragraph_under_its_linked_web_address() -> None:
    text = extract_article(_places_page()).text
    for _name, _site, paragraph in _PLACES:
        assert paragraph in text


def test_a_place_label_in_capitals_is_no_bare_web_address() -> None:
    """Only a web address written as one (small letters after the last dot) lifts a listing's link from teaser
    to name: ``copperkettle.com`` is one; a place label ``TP.HCM`` or ``St.Louis`` is not."""
    from tts_service.extract.article import _BARE_DOMAIN

    assert _BARE_DOMAIN.match("copperkettle.com")
    assert not _BARE_DOMAIN.match("TP.HCM")
    assert not _BARE_DOMAIN.match("St.Louis")


# A study's body with a promotion set between two horizontal rules in the middle of the text: a "Related" label
# over one paragraph selling something else. The label reads like the heading of a related-stories box, and the
# whole rest of the study was cut off after it.
_STUDY = [
    "Home prices are rising again, even as high mortgage rates continue to make buying a first home harder.",
    "During the pandemic, home values soared as buyers moved out of the big cities in search of more space.",
    "Sales have recovered slowly since then, though they remain below the levels seen before the pandemic began.",
    "The hottest markets this year are in the Northeast, where few homes are for sale and buyers bid above asking.",
    "Many markets in the South have cooled off, after years in which they led every ranking of fast-growing cities.",
]


def test_a_promotion_between_two_rules_in_the_body_does_not_end_the_story() -> None:
    promo = (
        "Are you planning a home renovation soon? A standard homeowners policy may not cover the work, so "
        "<a href='/renovation-insurance'>compare renovation insurance</a> before you start."
    )
    html = (
        "<html><head><title>The hottest housing markets</title></head><body><main><article>"
        "<h1>The hottest housing markets</h1><div class='entry-content'>"
        f"<p>{_STUDY[0]}</p><p>{_STUDY[1]}</p><hr class='separator'><p>RELATED</p><p>{promo}</p>"
        "<hr class='separator'>" + "".join(f"<p>{p}</p>" for p in _STUDY[2:]) + "</div></article></main>"
        "<footer><p>About us</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in _STUDY), text
    assert "RELATED" not in text and "renovation" not in text
