"""Layouts that read poorly in round 42 (``pages_round42``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a page whose theme closes the
``<html>`` element right after the head and opens ``<body>`` after it (a browser still shows the body; the
parser dropped it, and the listener heard only the headline or nothing).
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
