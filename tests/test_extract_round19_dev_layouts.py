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
