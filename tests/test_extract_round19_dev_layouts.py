"""Layouts met on development pages before round 19 (the low pages of rounds 14, 17 and 18, and the
tiptopjaw benchmark's pages numbered 2000 and above): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

INTRO = "On weekdays she keeps to the same routine, which changes only when it rains or on festival days."
LIFE = [
    "She lives with her mother in a small house at the east end of the village, just west of the river.",
    "She teaches the two children of the village at the library three mornings a week, and walks them home.",
    "When it rains she stays indoors or visits the museum to look at the selection of books there.",
]
ROWS = [
    ("8:10 AM", "Leaves her house and goes outside to read a book near the old stone bridge."),
    ("12:30 PM", "Returns to the house to wash the dishes and tidy the kitchen."),
    ("4:00 PM", "Leaves the house again to sit on a bench outside the inn with a friend."),
    ("6:40 PM", "Returns to her house for the evening."),
]
PHOTO = "<p><a href='/File:place.jpg' class='image'><img src='/place.jpg' alt='place.jpg' width='200'></a></p>"


def test_a_table_with_column_headings_is_read_even_when_a_photo_sits_in_one_of_its_rows() -> None:
    rows = "".join(
        f"<tr><td>{t}\n</td><td>{what}\n{PHOTO if i == 0 else ''}</td></tr>" for i, (t, what) in enumerate(ROWS)
    )
    life = "".join(f"<p>{line}</p>" for line in LIFE)
    html = (
        f"<html><head><title>Penny</title></head><body>{NAV}<div id='content'><h1>Penny</h1>{life}"
        f"<h2>Schedule</h2><p>{INTRO}</p>"
        f"<table class='wikitable'><tr><th>Time</th><th>Location</th></tr>{rows}</table>"
        f"</div>{FOOTER}</body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    expected = " ".join(["Penny", *LIFE, "Schedule", INTRO, "Time Location", *(f"{t} {what}" for t, what in ROWS)])
    assert text == expected


def test_a_small_table_of_photos_and_their_captions_is_still_not_read() -> None:
    body = "The bridge was rebuilt in stone after the flood of the spring, and it reopened to walkers last week."
    grid = (
        "<table><tr><td><img src='/a.jpg'></td><td><img src='/b.jpg'></td></tr>"
        "<tr><td>The old bridge in winter</td><td>The new bridge at dawn</td></tr></table>"
    )
    html = (
        f"<html><head><title>The bridge</title></head><body>{NAV}<div id='content'><h1>The bridge</h1>"
        f"<p>{body}</p>{grid}<p>{INTRO}</p></div>{FOOTER}</body></html>"
    )
    assert " ".join(extract_article(html).text.split()) == " ".join(["The bridge", body, INTRO])


THREAD_POST = [
    "Hello,",
    "I teach at a language school and I am making an English course for the staff of car rental companies.",
    "Which name sounds better for the course? Thank you",
]


def test_a_thread_starters_name_labelled_for_screen_readers_only_is_not_read_before_the_post() -> None:
    header = (
        "<div class='p-description'><ul class='listInline'>"
        "<li><i class='fa fa-user' aria-hidden='true'></i> <span class='u-srOnly'>Thread starter</span> "
        "<span class='username'>tomas.novak@example.com</span></li>"
        "<li><span class='u-srOnly'>Start date</span> <a href='/t/1'><time datetime='2010-02-20'>Feb 20, 2010</time>"
        "</a></li><li>Views : <span>7,909</span></li></ul></div>"
    )
    post = "<br><br>".join(THREAD_POST)
    title = "Car rental or car rent?"
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<h1>{title}</h1>{header}"
        f"<article class='message'><div class='bbWrapper'>{post}</div></article></body></html>"
    )
    assert " ".join(extract_article(html).text.split()) == " ".join([title, *THREAD_POST])


def test_a_list_item_that_only_hides_a_word_for_screen_readers_is_still_read() -> None:
    steps = [
        "Cut the onions into thin rings and fry them slowly in butter until they are soft and golden.",
        "Pour in the stock and the wine, then let the soup simmer for forty minutes with the lid on.",
    ]
    items = "".join(f"<li><span class='sr-only'>Step</span> {s}</li>" for s in steps)
    title = "Onion soup"
    intro = "This soup needs only a few things from the cupboard and an hour on a low heat."
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<article><h1>{title}</h1><p>{intro}</p>"
        f"<ol>{items}</ol></article>{FOOTER}</body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    assert text.startswith(f"{title} {intro}")
    assert text.index(steps[0]) < text.index(steps[1])


def test_the_category_names_printed_under_the_lead_are_not_read() -> None:
    title = "A lecturer lost a USB stick with student records on a train"
    lead = "The university said on 4 March that a lecturer had lost a USB stick holding student records."
    body = "The stick was not locked with a password. The university has told the students and the police."
    header = (
        f"<header><h1 class='head'>{title}</h1><p class='summary'>{lead}</p>"
        "<div class='group'><span class='category-group-name'>Incidents</span>"
        "<span class='category-name'>Data leaks</span></div>"
        "<time datetime='2019-03-05T08:15'>5 March 2019 08:15</time></header>"
    )
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main>{header}"
        f"<div class='content'><p>{body}</p></div></main>{FOOTER}</body></html>"
    )
    assert " ".join(extract_article(html).text.split()) == " ".join([title, lead, body])


def test_a_short_paragraph_inside_an_article_whose_class_names_its_category_is_still_read() -> None:
    title = "Winter soup"
    paras = [
        "This soup needs only a few things from the cupboard and an hour on a low heat.",
        "Serve it hot.",
        "It keeps for three days in the fridge and freezes well for a month.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<article class='category-recipes'>"
        f"<h1>{title}</h1>{body}</article>{FOOTER}</body></html>"
    )
    assert " ".join(extract_article(html).text.split()) == " ".join([title, *paras])
