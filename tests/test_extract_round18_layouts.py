"""Layouts met on the eighteenth round of unseen pages (``tests/data/extract/pages_round18``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a song's lyrics set
line by line in one paragraph, its chorus printed again each time it is sung.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

VERSE_1 = [
    "I walked along the river when the morning light was new",
    "And every step I took that day was leading me to you",
]
CHORUS = ["Chorus:", "You are the only one I want", "The one I want, the one I want", "You are the only one I need"]
VERSE_2 = [
    "The city lights were fading and the road was long and grey",
    "But I could hear you singing and I knew I'd find my way",
]


def test_a_chorus_printed_again_in_the_lyrics_is_sung_again_each_time() -> None:
    lines = [*VERSE_1, *CHORUS, *VERSE_2, *CHORUS, *CHORUS[1:]]
    lyrics = "<br />\n".join(lines)
    title = "“Only You” Lyrics : The River Band"
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<div class='post'><h1>{title}</h1>"
        f"<div class='body'><p>{lyrics}</p></div></div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert " ".join(text.split()) == " ".join([title, *lines])


SCHEDULE = [
    ("8:10 AM", "Leaves her house and goes outside to read a book near the old stone bridge."),
    ("12:30 PM", "Returns to the house to wash the dishes and tidy the kitchen."),
    ("4:00 PM", "Leaves the house again to sit on a bench outside the inn with a friend."),
    ("6:40 PM", "Returns to her house for the evening."),
]


def test_the_times_of_a_schedule_table_are_read_with_what_happens_at_them() -> None:
    photo = "<p><a href='/File:place.jpg' class='image'><img src='/place.jpg' alt='place'></a></p>"
    rows = "".join(f"<tr><td>{t}\n</td><td>{what}\n{photo}</td></tr>" for t, what in SCHEDULE)
    intro = "On weekdays she keeps to the same routine, which changes only when it rains or on festival days."
    html = (
        f"<html><head><title>Penny</title></head><body>{NAV}<div id='content'><h1>Penny</h1><p>{intro}</p>"
        f"<h2>Schedule</h2><table class='wikitable'><tr><th>Time</th><th>Location</th></tr>{rows}</table>"
        f"</div>{FOOTER}</body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    expected = " ".join(["Penny", intro, "Schedule", "Time Location", *(f"{t} {what}" for t, what in SCHEDULE)])
    assert text == expected


def test_a_line_two_schedule_tables_share_is_read_in_each() -> None:
    days = {
        "Monday": SCHEDULE,
        "Tuesday": [("9:00 AM", "Leaves the house and walks to the library by the river."), SCHEDULE[-1]],
    }
    tables = "".join(
        f"<p><b>{day}</b></p><table class='wikitable'><tr><th>Time</th><th>Location</th></tr>"
        + "".join(f"<tr><td>{t}</td><td>{what}</td></tr>" for t, what in rows)
        + "</table>"
        for day, rows in days.items()
    )
    intro = "On weekdays she keeps to the same routine, which changes only when it rains or on festival days."
    html = (
        f"<html><head><title>Penny</title></head><body>{NAV}<div id='content'><h1>Penny</h1><p>{intro}</p>"
        f"{tables}</div>{FOOTER}</body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    lines = [f"{day} Time Location " + " ".join(f"{t} {what}" for t, what in rows) for day, rows in days.items()]
    assert text == " ".join(["Penny", intro, *lines])


def test_a_table_printed_twice_for_two_screens_is_read_once() -> None:
    table = (
        "<table><tr><th>Time</th><th>Location</th></tr>"
        + "".join(f"<tr><td>{t}</td><td>{what}</td></tr>" for t, what in SCHEDULE)
        + "</table>"
    )
    intro = "On weekdays she keeps to the same routine, which changes only when it rains or on festival days."
    html = (
        f"<html><head><title>Penny</title></head><body>{NAV}<div id='content'><h1>Penny</h1><p>{intro}</p>"
        f"<div class='mobile'>{table}</div><div class='desktop'>{table}</div></div>{FOOTER}</body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    assert text == " ".join(["Penny", intro, "Time Location", *(f"{t} {what}" for t, what in SCHEDULE)])


def test_a_season_table_holding_a_schedule_whose_cells_end_in_empty_paragraphs_is_read() -> None:
    rows = "".join(
        f"<tr><td>{t}\n</td><td>{what}\n<p><a href='/File:x.jpg' class='image'></a>\n</p></td></tr>"
        for t, what in SCHEDULE
    )
    intro = "On weekdays she keeps to the same routine, which changes only when it rains or on festival days."
    html = (
        f"<html><body><div id='content'><h1>Penny</h1><p>{intro}</p><table class='mw-collapsible'>"
        "<tr><th><span><a href='/Spring'></a>&#160;<a href='/Spring'>Spring</a></span></th></tr>"
        "<tr><td><p><b>Monday</b></p><table class='wikitable'><tr><th>Time</th><th>Location</th></tr>"
        f"{rows}</table></td></tr></table></div></body></html>"
    )
    text = " ".join(extract_article(html).text.split())
    assert " ".join(f"{t} {what}" for t, what in SCHEDULE) in text
