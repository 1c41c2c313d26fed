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
