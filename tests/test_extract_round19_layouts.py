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


OPENING = [
    "I run a small agency and want to try paid adverts for a product I found on an affiliate network this month.",
    "Could it be as simple as taking their landing page, buying a cheap domain and running adverts on it?",
    "What budget would a beginner need before the numbers say anything, and where would I run into a snag?",
]
REPLIES = [
    "It can work, but the affiliate pages are seen by thousands of others, so expect the adverts to cost more.",
    "Start with a list of emails first: a squeeze page in front of the offer pays back for years afterwards.",
    "Keep your day job and test with fifty a week; most beginners stop before they learn what converts.",
]


def test_a_thread_names_its_opening_post_and_its_replies_are_not_read() -> None:
    title = "Will this simple method work for a beginner?"
    card = (
        "<div class='px-4 pt-3 mt-1 border rounded-xl'>"
        "<div class='flex gap-2'><b>{who}</b> · 1 week ago</div>{body}</div>"
    )
    replies = "".join(
        card.format(who=f"member{n}", body=f"<div class='post-body leading-6 prose'><p>{r}</p></div>")
        for n, r in enumerate(REPLIES * 3)
    )
    opening = card.format(
        who="someone", body="<div id='main-post'>" + "".join(f"<p>{s}</p>" for s in OPENING) + "</div>"
    )
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><div class='max-w-2xl mx-auto'>"
        f"<h1>{title}</h1>{opening}{replies}</div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    for sentence in OPENING:
        assert sentence in text
    for sentence in REPLIES:
        assert sentence not in text


def test_a_thread_title_printed_as_a_link_in_its_title_cell_is_read_first() -> None:
    title = "Ask the board: what are your predictions for next year?"
    question = (
        "Looking at a busy twelve months of economics, politics and technology, I would love to hear what others "
        "think next year has in store for us all."
    )
    comments = "".join(f"<tr class='comtree'><td><span class='commtext'>{r}</span></td></tr>" for r in REPLIES * 2)
    html = (
        f"<html><head><title>{title} | The Board</title></head><body><center><table id='main'>"
        "<tr><td><a href='news'>The Board</a> | <a href='new'>new</a> | <a href='ask'>ask</a></td></tr>"
        "<tr><td><table class='fatitem'><tr class='athing submission'><td class='title'>"
        f"<span class='titleline'><a href='item?id=42'>{title}</a></span></td></tr>"
        "<tr><td class='subtext'>89 points by someone on Dec 26 | 137 comments</td></tr>"
        f"<tr><td><div class='toptext'>{question}</div></td></tr></table>"
        f"<table class='comment-tree'>{comments}</table></td></tr></table></center></body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert question in text


SECTIONS = [
    (
        "/electrical/standards",
        "Standards",
        "Electrical work is addressed in specific standards for general industry and shipyards.",
    ),
    (
        "/electrical/construction",
        "Construction",
        "Rules for building sites cover wiring, temporary power and the hazards met there.",
    ),
    (
        "/etools/incidents",
        "Hazard Recognition",
        "Many workers are unaware of the hazards found in their own workplace every day.",
    ),
    (
        "/electrical/training",
        "Training",
        "Free courses teach employers and workers how to spot and control electrical hazards.",
    ),
]


def test_a_topic_page_reads_the_grid_of_cards_of_its_own_sections() -> None:
    title = "Electrical Safety"
    intro = (
        "Working with electricity can be dangerous. Engineers, electricians and other professionals work with "
        "electricity directly, and office workers may also be exposed to electrical hazards."
    )
    cards = "".join(
        f"<div class='col-md-6'><div class='panel panel-default'><div class='panel-body'>"
        f"<h5 class='topic'><a href='{slug}'>{head}</a></h5><p>{line}</p></div></div></div>"
        for slug, head, line in SECTIONS
    )
    menu = "".join(f"<li><a href='/topic{n}'>Safety topic number {n}</a></li>" for n in range(30))
    html = (
        f"<html><head><title>{title} | Safety Administration</title>"
        "<link rel='canonical' href='https://www.example.gov/electrical'></head>"
        f"<body>{NAV}<div class='row'><aside class='col-sm-3'><ul class='menu'>{menu}</ul></aside>"
        f"<article class='topic-page'><h1>{title}</h1><div class='field--name-body'><h2>Overview</h2>"
        f"<p>{intro}</p><div class='row'>{cards}</div></div></article></div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert intro in text
    for _slug, head, line in SECTIONS:
        assert head in text
        assert line in text


CONSENT = (
    "When you visit any website, it may store or retrieve information on your browser, mostly in the form of "
    "cookies. This information might be about you, your preferences or your device and is mostly used to make "
    "the site work as you expect it to."
)


def test_a_cookie_consent_dialog_does_not_hide_the_first_post_of_a_thread() -> None:
    title = "New PC case: what are these two holes for?"
    question = (
        "Does anyone know what these two holes in the case are for? The manual says nothing about them, but they "
        "look very intentional: one is right below the power supply and one is on the bottom panel inside."
    )
    posts = [question, *REPLIES]
    feed = "".join(
        f"<article id='elComment_{n}' class='cPost ipsBox'><aside class='author'>member{n}</aside>"
        f"<div class='cPost_contentWrap'><div class='richText'><p>{p}</p></div></div></article>"
        for n, p in enumerate(posts)
    )
    html = (
        f"<html><head><title>{title} - Boards</title></head><body>{NAV}<main><h1>{title}</h1>"
        f"<div id='comments' class='cTopic'><div id='elPostFeed'><form>{feed}</form></div></div></main>{FOOTER}"
        "<div id='consent-sdk'><div id='pc-sdk' class='otPcCenter ot-fade-in'><h2>Privacy Preference Center</h2>"
        f"<div id='pc-desc'><p>{CONSENT}</p></div></div></div></body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert question in text
    assert "store or retrieve information" not in text
