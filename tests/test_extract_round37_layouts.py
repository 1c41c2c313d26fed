"""Layouts that read poorly in round 37 (``pages_round37``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a blog's own numbered round-up set as
an ordered list (``<ol>``), each item a picture, the item's name linked to a shop and a long paragraph about it —
the engine took the items for teasers of other stories and the listener heard the introduction only.
"""

from __future__ import annotations

from tts_service.extract import extract_article
from tts_service.extract.heuristics import is_photo_credit

_INTRO = [
    "Every spring readers ask me which tools they really need to start a vegetable garden from scratch.",
    "I have gardened for thirty years, and most of what I own sits unused in the shed, so here is the short list.",
    "These are the tools I reach for every single week, from the first seeds in March to the last harvest.",
]
_ITEMS = [
    (
        "A Stainless Steel Hand Trowel",
        "This is the first tool you should buy. A good trowel digs planting holes, lifts seedlings and mixes compost"
        " into a bed without bending. Look for a blade forged in one piece with the shank, because a riveted blade"
        " snaps the first time it meets a stone. Mine is twenty years old and has never needed more than a wipe.",
    ),
    (
        "A Pair of Bypass Pruners",
        "Bypass pruners cut like scissors, so they leave a clean wound that heals fast on tomatoes and roses alike."
        " Anvil pruners crush the stem instead. Pick a pair that fits your hand when it is closed, keep the blade"
        " oiled, and sharpen it twice a season with a small stone; it will outlast every other tool you own.",
    ),
    (
        "A Long-Handled Digging Fork",
        "A fork loosens heavy soil far better than a spade, and it does not slice the earthworms in half. Drive it"
        " in, rock it back and forth, and the bed opens up without turning the layers over. Choose square tines"
        " rather than flat ones, since they bend less in clay, and a handle long enough that you stand up straight.",
    ),
    (
        "A Watering Can with a Fine Rose",
        "Seedlings flatten under a hose, so a can with a fine rose is what keeps them alive in their first weeks."
        " Ten litres is as much as most people can carry comfortably, and a long spout reaches the back of a bed"
        " without stepping on it. Plastic cans are light, but a galvanised one will still be watering in forty years.",
    ),
]


def _round_up() -> str:
    items = "".join(
        f"<li><div><img src='/t{n}.jpg' alt='{name}'></div>"
        f"<p style='text-align: center;'><br><a href='https://shop.example/p/{n}' target='_blank'>"
        f"<strong>{name}</strong></a></p><p>{about}</p><hr></li>"
        for n, (name, about) in enumerate(_ITEMS)
    )
    intro = "".join(f"<p>{p}</p>" for p in _INTRO)
    return (
        "<html><head><title>Four Garden Tools Worth Buying</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/blog'>Blog</a> <a href='/shop'>Shop</a></nav></header>"
        "<main><article><h1>Four Garden Tools Worth Buying</h1><div class='rte'>"
        f"{intro}<h3>The Four Tools Are:</h3><hr><ol>{items}</ol>"
        "<p>With these four in the shed you can grow anything a small garden holds, and nothing else is needed.</p>"
        "</div></article></main><footer><p>© The Garden Blog</p></footer></body></html>"
    )


def test_a_numbered_round_up_of_linked_names_over_long_paragraphs_is_read_whole() -> None:
    text = extract_article(_round_up()).text
    for name, about in _ITEMS:
        assert name in text, text
        assert about in text, text
    assert text.index(_ITEMS[0][1]) < text.index(_ITEMS[-1][1]) < text.index("With these four in the shed")


_SHOOT_LEAD = "This autumn the colour to wear is rust, cut into coats and knits that work at the office and outdoors."
_SHOOT_SLIDE = "Coat by Jil Sander. Sweater by Acne Studios."
_SHOOT_CREDITS = (
    "Styling by Anna Lind. Hair by Tom Berg at Studio North using Kerastase. Make-up by Eva Holm."
    " Casting by Jon Dahl at The Casting Room."
)


def test_a_shoots_credits_box_under_a_fashion_slideshow_is_not_read() -> None:
    html = (
        f"<html><head><title>Rust Season: Wardrobe</title><meta name='description' content='{_SHOOT_LEAD}'></head>"
        "<body><div class='slideshow'><div class='item'><div class='img'><img src='/1.jpg' alt=''></div>"
        "<div class='item-inner'><div class='headers'><h1>Rust Season</h1></div>"
        "<div class='item-text'><div class='body'>"
        f"<p><i>{_SHOOT_SLIDE}</i></p></div></div></div></div></div>"
        "<div class='list-supporting'><div class='footer'></div>"
        f"<div class='photo-credits'>{_SHOOT_CREDITS} </div></div><footer><p>© The Magazine</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert _SHOOT_SLIDE in text, text
    assert "Styling by" not in text and "Casting by" not in text, text


def test_a_byline_crediting_the_photographs_in_the_plural_is_a_photo_credit() -> None:
    assert is_photo_credit("Photographs by Robert Roe")
    assert is_photo_credit("Photos by Jane Doe")
    assert not is_photo_credit("Photos by the river were the best part of the trip, she said.")
