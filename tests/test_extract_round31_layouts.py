"""Layouts read wrongly in round 31 and the rounds scored with it (``pages_round29``–``pages_round31``): what a
listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a press release whose boxes of links
under the body open with the same short labels ("News", "Firmen") as the page's menu above it; a homepage's
welcome over a slider of client testimonials; places a sentence introduces with a colon, each a link over a line
of directions; a calendar of concerts set as paragraphs, some dates linking to their tickets.
"""

from __future__ import annotations

import lxml.html

from tts_service.extract import extract_article
from tts_service.extract.article import _in_page_order, page_index
from tts_service.extract.dom import walk_blocks

_MENU_ITEMS = [
    "Produkte",
    "Marktübersicht Waagen",
    "Marktübersicht Pumpen",
    "Webinare",
    "White Papers",
    "Autoren",
    "Lexikon",
    "Videos",
    "Stellenangebote",
    "Themenwelt Analytik",
    "Themenwelt Labor",
    "Messen",
]


def _press_release_page() -> str:
    menu = (
        "<div class='menu'><ul><li><a href='/news'>News</a></li><li><a href='/newsletter'>Newsletter</a></li>"
        "<li><a href='/firmen'>Firmen</a></li>"
        + "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(_MENU_ITEMS))
        + "</ul></div>"
    )
    body = "".join(
        f"<p>Absatz {n}: Das Start-up aus Zürich misst mit einem einzigen Gerät zehn Gase in der Luft, die bisher "
        f"jedes für sich mit einer eigenen Methode bestimmt werden mussten, und gewinnt damit neue Kunden.</p>"
        for n in range(1, 7)
    )
    boxes = (
        "<div class='more-about'><p>Mehr über die Forschungsanstalt</p><ul class='list'><li><a href='/n'>News</a>"
        "</li><li><a href='/n1'>Neue Batterie aus Papier unter den besten Erfindungen des Jahres</a></li>"
        "<li>Das Magazin publiziert jedes Jahr eine Liste der wichtigsten Erfindungen, dieses Jahr mit einer "
        "Batterie, die mit Wasser startet.</li></ul></div>"
        "<div class='more-about'><p>Mehr über das Start-up</p><ul class='list'><li><a href='/n'>News</a></li>"
        "<li><a href='/n3'>Neun Gase auf einen Streich gemessen</a></li><li><a href='/f'>Firmen</a></li>"
        "<li><a href='/f1'>Das Start-up AG</a></li><li>Das Start-up wurde gegründet, um eine neue Methode zur "
        "Messung von Gasen in der Luft auf den Markt zu bringen.</li></ul></div>"
    )
    return (
        f"<html><head><title>Start-up misst zehn Gase mit einem Gerät</title></head><body>{menu}<main>"
        f"<h1>Start-up misst zehn Gase mit einem Gerät</h1><div class='news-text'>{body}</div>{boxes}</main>"
        "<footer><p>© Verlag. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def test_a_press_release_whose_link_boxes_repeat_the_menu_labels_is_read_in_full() -> None:
    text = extract_article(_press_release_page()).text
    assert "Absatz 1: Das Start-up" in text
    assert "Absatz 6: Das Start-up" in text


def test_a_menu_label_the_boxes_under_the_body_repeat_is_not_read_ahead_of_the_body() -> None:
    """The engine hands back a teaser of a box below the body first, then the body, then the boxes, whose first
    items are the menu's own labels: each label stays by its box, and the body stays in one piece."""
    html = _press_release_page().replace(
        "<li>Das Magazin", "<li><a href='/n2'>Gekühlte Teilchen im Doppelpack</a></li><li>Das Magazin"
    )
    root = lxml.html.document_fromstring(html)
    page = walk_blocks([root.find("body")])
    where = page_index(page)
    texts = [b.text for b in page]
    box = texts.index("Mehr über die Forschungsanstalt")
    body = [b for b in page if b.text.startswith(("Start-up misst", "Absatz"))]
    tail = page[box + 1 :]
    engine = [tail[3], *body, *[b for b in tail if b is not tail[3]]]  # a teaser first, as an engine may
    ordered = [b.text for b in _in_page_order(engine, where)]
    assert ordered.index("News") > ordered.index(body[-1].text)
    assert ordered.index("Firmen") > ordered.index("Mehr über das Start-up")


def test_a_homepage_welcome_is_read_without_the_slider_of_client_testimonials_under_it() -> None:
    slides = "".join(
        f"<li class='testimonial-slide'><div class='testimonial-inner'><p><blockquote><p>„Danke Nummer {n}, die "
        f"Beratung war schnell und gründlich, wir kommen gern wieder!“</p><small>E-Mail eines Mandanten, Mai "
        f"20{10 + n}</small></blockquote></p></div></li>"
        for n in range(12)
    )
    html = (
        "<html><head><title>Kanzlei für IT-Recht</title></head><body><div class='menu'><ul><li><a href='/'>"
        "Willkommen</a></li><li><a href='/k'>Kontakt</a></li></ul></div><div class='row'><div class='jumbotron'>"
        "<h1>Willkommen!</h1><p class='lead'>Ich bin Rechtsanwältin für IT-Recht und berate Start-ups und "
        "mittelständische Unternehmen bei Verträgen, im Datenschutz und vor Gericht. Ich freue mich, Sie "
        "kennenzulernen!</p></div></div><div class='testimonial-slider flexslider'><h3>Stimmen zufriedener "
        f"Mandanten</h3><ul class='slides'>{slides}</ul></div><footer><p>© Kanzlei. Impressum | Datenschutz</p>"
        "</footer></body></html>"
    )
    text = extract_article(html).text
    assert "Ich freue mich, Sie kennenzulernen!" in text
    assert "Danke Nummer" not in text
    assert "Stimmen zufriedener Mandanten" not in text


def test_places_a_sentence_introduces_with_a_colon_are_read_though_each_is_a_link_over_a_line() -> None:
    places = "".join(
        f"<p><a href='https://example.org/{n}'>{name}</a><br />\n{where}</p>"
        for n, (name, where) in enumerate(
            [
                ("Das Tropenhaus", "Vom Bahnhof mit der Tram bis Haltestelle Vogelpark"),
                ("Der Wutraum", "3 Minuten vom Bahnhof Ostkreuz"),
                ("Der Windkanal", "2 Minuten vom Bahnhof Alexanderplatz"),
            ]
        )
    )
    html = (
        "<html><head><title>Drei verrückte Orte</title></head><body><div class='menu'><ul><li><a href='/'>Start"
        "</a></li><li><a href='/v'>Videos</a></li></ul></div><article class='post'><h1>Drei verrückte Orte</h1>"
        "<div class='entry-content'><p>In der Stadt lebe ich nun schon seit neun Jahren und habe jede Menge "
        "Verrücktes erlebt. Heute zeige ich euch im Video oben drei der verrücktesten Sachen. Viel Spaß!</p>"
        "<p>Und hier findet ihr die im Video genannten Orte mit dem Weg dorthin:<br />\n"
        f"<a href='https://example.org/t'>Das Tropenhaus</a><br />\nVom Bahnhof mit der Tram bis Haltestelle Vogelpark"
        f"</p>{places[places.index('</p>') + 4 :]}</div></article><footer><p>© Blog. Impressum</p></footer>"
        "</body></html>"
    )
    text = extract_article(html).text
    assert "Vom Bahnhof mit der Tram bis Haltestelle Vogelpark" in text
    assert "3 Minuten vom Bahnhof Ostkreuz" in text
    assert "2 Minuten vom Bahnhof Alexanderplatz" in text
    assert "Der Wutraum" in text


def test_a_calendar_of_concerts_keeps_the_dates_that_link_to_their_tickets() -> None:
    rows = [
        ("02.11.2022", "Die Blechbläser", "Stadthalle", False),
        ("02.11.2022", "Nordlicht", "Grelle Halle", True),
        ("03.11.2022", "Grandbrüder", "Flex", False),
        ("04.11.2022", "Sam Sänger", "Flex", False),
        ("04.11.2022", "Jens Freund", "Chelsea", True),
        ("05.11.2022", "Muffins", "Flex", True),
        ("05.11.2022", "Taucher", "WUK", False),
        ("06.11.2022", "Deine Nachbarn", "Gasometer", True),
        ("07.11.2022", "Sprachnation", "Fluc", False),
    ]
    calendar = "".join(
        f"<p><a href='https://tickets.example.org/{n}'>{d} - {who} - {at}</a></p>"
        if linked
        else f"<p>{d} - {who} - {at}</p>"
        for n, (d, who, at, linked) in enumerate(rows)
    )
    intro = "".join(
        f"<p>Band Nummer {n} spielt diesen Monat in der Stadt: ein Abend mit lauten Gitarren, neuen Liedern und "
        "einem Publikum, das jedes Wort mitsingt.</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>Konzerte im November</title></head><body><div class='menu'><ul><li><a href='/'>Start"
        "</a></li><li><a href='/k'>Kultur</a></li></ul></div><article><h1>Konzerte im November</h1>"
        f"<div class='entry'>{intro}<h2>Konzert-Kalender</h2>{calendar}</div></article>"
        "<footer><p>© Stadtmagazin. Impressum</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert "03.11.2022 - Grandbrüder - Flex" in text
    assert "04.11.2022 - Jens Freund - Chelsea" in text
    assert "06.11.2022 - Deine Nachbarn - Gasometer" in text
