"""Layouts that read poorly in round 42 (``pages_round42``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a page whose theme closes the ``<html>``
element right after the head and opens ``<body>`` after it (a browser still shows the body; the parser dropped it,
and the listener heard only the headline or nothing); one page of a slideshow (a heading, a picture, two paragraphs
and a "Next" button) that is the page's whole article, once dropped as a promotion box; a section whose class sets a
small type size ("small-fontsize"), once dropped as the text-size buttons; a "Follow me on Instagram … or Facebook"
line set between stars inside the body.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_STORY = (
    "A streaming service that stands for lying on the couch now adds a fitness series to its programme, made "
    "together with a sports brand and released at the end of the month.",
    "There will be more than thirty hours of workouts, something for every level and every goal, and the episodes "
    "come in two parts, the second one later next year.",
)


def test_a_body_opened_after_the_html_element_was_closed_is_still_read() -> None:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fitness on the couch</title>'
        '<link rel="stylesheet" href="/style.css"></head>\n</html>\n\n'
        '<body class="single"><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<main><div class="post"><h1>Fitness on the couch</h1><div class="post__text">'
        + "".join(f"<p>{p}</p>" for p in _STORY)
        + "</div></div></main><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )
    text = extract_article(page).text
    for p in _STORY:
        assert p in text, text
    assert "Imprint" not in text


_SLIDE = (
    "She could not take her eyes off the woman at the corner. Was she trying to fool everyone all along? So many "
    "thoughts were racing through her head while the car slowed down beside the kerb.",
    "When the beggar got into that car, she knew that something was wrong, and she decided to follow it and find "
    "out the truth for herself.",
)


def test_a_slideshow_page_whose_only_slide_has_a_next_button_is_read_not_dropped_as_a_promotion() -> None:
    page = (
        "<html><head><title>A car stops for a beggar</title></head><body><nav><a href='/'>Home</a></nav>"
        '<main><header><h1>A car stops for a beggar</h1><div class="meta"><span>By Cara</span></div></header>'
        '<article class="content"><div class="slide-page">'
        f'<div class="slide-top"><h2>A mysterious woman</h2><p>{_SLIDE[0]}</p></div>'
        '<figure><img src="/slide1.jpg" alt=""></figure>'
        f'<div class="slide-bottom"><p>{_SLIDE[1]}</p></div>'
        '<div class="btns-container"><div class="btns button-next"><a class="button-caption" href="#">Next</a></div>'
        "</div></div></article></main>"
        '<aside><div class="promo"><img src="/ad.jpg"><h3>Chocolate box</h3><p>Sweet gifts.</p>'
        '<a class="btn" href="/shop">Buy now</a></div></aside></body></html>'
    )
    text = extract_article(page).text
    assert "A mysterious woman" in text, text
    for p in _SLIDE:
        assert p in text, text
    assert "Buy now" not in text and "Sweet gifts" not in text


_GUIDE = (
    "The interest you pay depends first on the amount you borrow: twice the loan costs twice the interest when "
    "everything else stays the same, and a longer term lowers the rate but raises the total.",
    "Banks look above all at how likely you are to pay back, so the better your credit score, the lower the rate "
    "they offer you, while a poor score may cost you a good deal more.",
    "A loan tied to a purpose, such as buying a car, is cheaper: the bank can sell the car when the payments stop, "
    "so it takes less risk and asks for less interest.",
)


def test_a_section_styled_with_a_small_font_size_class_is_read_not_dropped_as_the_text_size_buttons() -> None:
    page = (
        "<html><head><title>How high is the interest on a loan?</title></head><body>"
        '<div class="font-size"><a href="#">A-</a> <a href="#">A+</a></div>'
        "<h1>How high is the interest on a loan?</h1>"
        f'<div class="module text-module"><h2>Working out the cost</h2><p>{_GUIDE[0]}</p></div>'
        f'<div class="module image-text-module green small-fontsize"><h3>What sets the rate?</h3><p>{_GUIDE[1]}</p>'
        "</div>"
        f'<div class="module text-module"><h2>Loans tied to a purpose</h2><p>{_GUIDE[2]}</p></div>'
        "</body></html>"
    )
    text = extract_article(page).text
    for p in _GUIDE:
        assert p in text, text
    assert "What sets the rate?" in text
    assert "A+" not in text


_HOTELS = (
    "Over the past two decades, luxurious hotels and resorts have been popping up in all corners of the world, and "
    "choosing between them has become harder for anyone who travels often.",
    "Park hotels are the most luxurious brand of their group, which now runs more than ten brands, each made for "
    "the way its guests like to live and travel.",
)


def test_a_follow_me_line_set_between_stars_inside_the_body_is_not_read() -> None:
    from tts_service.extract.heuristics import is_social_contact

    line = "*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***"
    page = (
        "<html><head><title>The best hotel brands</title></head><body><article><h1>The best hotel brands</h1>"
        f'<div class="entry-content"><p>{_HOTELS[0]}</p><p><strong>{line}</strong></p><h2>10. Park hotels</h2>'
        f"<p>{_HOTELS[1]}</p></div></article></body></html>"
    )
    text = extract_article(page).text
    for p in _HOTELS:
        assert p in text, text
    assert "Follow me" not in text, text
    assert is_social_contact("→ Follow us on Facebook and Instagram ←")
    assert not is_social_contact("*** Facebook was fined five billion for breaking its users' privacy ***")
