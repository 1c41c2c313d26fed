"""Layouts met on the nineteenth round of unseen pages (``tests/data/extract/pages_round19``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: forum threads whose
first post is served to crawlers inside ``<noscript>`` beside the engine's own data in a script.
"""

from __future__ import annotations

import json

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

FIRST_POST = [
    "I joined this week and wanted to share a few ideas about how discussion software could work differently.",
    "Most engines still copy the bulletin boards of the nineties, one long list of replies under a title.",
    "What if a thread could change its shape, becoming a question, a poll or a shared document as it grows?",
    "A question wants its best answer on top, while a debate wants both sides laid out next to each other.",
    "A shared document wants one text that everyone edits, with the talk about it kept on the side.",
    "Announcements want a single voice and no replies at all, and a poll wants its count shown before the talk.",
    "A support thread wants to be closed when it is solved, with the answer lifted to the top for the next reader.",
    "I would love to hear whether anyone has tried one of these shapes and how the members took to it.",
]


def test_a_thread_served_inside_noscript_is_read_even_when_the_engine_ships_its_data_in_a_script() -> None:
    title = "Types of threads: a discussion engine?"
    payload = json.dumps({"data": [{"type": "posts", "attributes": {"contentHtml": "x " * 4000}}]})
    posts = "".join(f"<p>{p}</p>" for p in FIRST_POST)
    html = (
        f"<html><head><title>{title}</title></head><body><div id='app'>{NAV}<main>"
        "<div id='content'></div><div id='loading' style='display: none'>Loading...</div>"
        "<noscript><div class='Alert'>This site is best viewed with JavaScript enabled.</div></noscript>"
        "<div id='load-error' style='display: none'>Something went wrong while loading the full site.</div>"
        f"<noscript id='crawler-content'><div class='container'><h1>{title}</h1><div><article>"
        f"<div class='PostUser'><h3>someone</h3></div><div class='Post-body'>{posts}</div></article>"
        "</div></div></noscript></main></div>"
        f"<script>app.boot({payload});</script>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    for sentence in FIRST_POST:
        assert sentence in text
    assert "Something went wrong" not in text
