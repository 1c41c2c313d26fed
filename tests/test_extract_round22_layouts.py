"""Layouts met on the twenty-second round of unseen pages (``tests/data/extract/pages_round22``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a real page whose
markup carries a few stray NUL bytes (padding a CMS left after an image tag) is read, while binary data, full of
them, is still refused with a clear message.
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.errors import BadInput
from tts_service.extract import extract_article

STORY = [
    "La Alcaldía anunció este lunes que el nuevo puente sobre el río quedará habilitado antes de fin de mes.",
    "Los trabajos comenzaron hace dos años y sufrieron retrasos por las lluvias y la falta de materiales.",
    "Según el secretario de obras, el tránsito pesado podrá circular desde la primera semana de diciembre.",
    "Los vecinos de la zona sur esperan que la obra reduzca a la mitad el tiempo de viaje hasta el centro.",
]


def _page(banner_padding: str) -> str:
    title = "El nuevo puente estará listo a fin de mes"
    body = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}"
        f"<div class='takeover'><a href='/promo'><img src='/banner.gif' alt='' />{banner_padding}</a></div>"
        f"<main><article><h1>{title}</h1><div class='body'>{body}</div></article></main>{FOOTER}</body></html>"
    )


@pytest.mark.parametrize("as_bytes", [True, False], ids=["fetched-bytes", "text"])
def test_a_page_with_a_few_stray_nul_bytes_in_its_markup_is_read_not_refused_as_binary(as_bytes: bool) -> None:
    html = _page("\x00" * 3 + "\n" + "\x00" * 3)
    text = extract_article(html.encode("utf-8") if as_bytes else html).text
    assert STORY[0] in text and STORY[-1] in text
    assert "\x00" not in text


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"%PDF-1.4\n" + b"\x00\x01\x02\x03" * 400, b"\x00\x00binary"],
    ids=["short-png", "pdf-like", "nul-led"],
)
def test_binary_data_full_of_nul_bytes_is_still_refused_with_a_clear_message(data: bytes) -> None:
    with pytest.raises(BadInput, match="binary"):
        extract_article(data)


INTERVIEW = [
    "Frage: Herr Berger, wie viele Arbeitsplätze wird die Digitalisierung in den nächsten zwanzig Jahren kosten, "
    "und welche Berufe trifft es dabei zuerst, die Büros in den Verwaltungen oder eher die Werkhallen der Industrie?",
    "Berger: Zuerst trifft es die Büros, denn dort lassen sich Routinen am leichtesten in Programme fassen. Wer heute "
    "Rechnungen prüft, Anträge sortiert oder Termine plant, wird in zehn Jahren etwas anderes tun müssen als heute.",
    "Frage: Das klingt nach einer großen Aufgabe für die Politik. Sehen Sie irgendeine Partei, die sich dieser "
    "Aufgabe wirklich stellt, oder wird das Thema in den Wahlkämpfen weiter mit Schlagworten behandelt als bisher?",
    "Berger: Ich sehe bisher keine Partei, die sich ernsthaft damit beschäftigt. Man redet über Renten und Steuern, "
    "als ginge die Arbeitswelt von morgen so weiter wie die von gestern, und das wird sich bald bitter rächen.",
    "Frage: Was müsste denn konkret geschehen, damit die Menschen, deren Arbeit wegfällt, nicht einfach "
    "zurückgelassen werden, sondern in der neuen Arbeitswelt einen Platz finden, der ihnen auch etwas bedeutet?",
    "Berger: Wir brauchen ein anderes Verständnis von Arbeit. Arbeiten werden die Menschen auch in Zukunft, aber "
    "vielleicht nicht mehr für Geld, nicht mehr für eine Firma und nicht mehr in einem festen Angestelltenverhältnis.",
    "Frage: Ein Grundeinkommen für alle also, das ohne Bedingungen gezahlt wird? Viele Ökonomen halten das für "
    "unbezahlbar und fürchten, dass am Ende niemand mehr die Arbeit tut, die eine Gesellschaft eben auch braucht.",
    "Berger: Diese Furcht hält keiner Prüfung stand. Die meisten Menschen wollen etwas tun, das Sinn hat, und die "
    "Frage der Bezahlbarkeit ist eine Frage der Steuern, die wir auf Finanzgeschäfte und auf Maschinen erheben.",
    "Frage: Und die Schulen? Bereiten sie die Kinder von heute auf eine Arbeitswelt vor, in der ein großer Teil der "
    "Tätigkeiten, die wir kennen, von Maschinen erledigt wird, oder lernen sie dort noch für die Welt von gestern?",
    "Berger: Sie lernen für die Welt von gestern. Wir bringen Kindern bei, Wissen abzurufen, das jede Maschine "
    "schneller findet, statt ihre Neugier zu stärken, ihre Kreativität und die Fähigkeit, mit anderen zu arbeiten.",
]


def test_an_interview_set_after_a_side_box_of_links_headed_more_on_this_topic_is_read_to_its_end() -> None:
    title = "Wir verteilen die Liegestühle auf einem sinkenden Schiff neu"
    teaser = (
        "Die Digitalisierung werde Millionen Arbeitsplätze kosten, sagte der Soziologe Jan Berger im Gespräch. "
        "Eine Herausforderung, der sich die Gesellschaft noch nicht einmal ansatzweise gestellt habe."
    )
    links = "".join(
        f"<p><a href='/beitrag-{n}.html'>{kicker}</a> {line}</p>"
        for n, (kicker, line) in enumerate(
            [
                ("Grundeinkommen", "Geld vom Staat für alle? Pro und Contra"),
                ("Experiment in Finnland", "Grundeinkommen im Test"),
                ("Tag der Arbeit", '"Digitalisierung im Selbstlauf ist nicht die Antwort"'),
                ("Öffentliche Sicherheit", "Unterschätzte Gefahren der Digitalisierung"),
                ("Managerin im Gespräch", "Die Angst vor der Digitalisierung nehmen"),
            ]
        )
    )
    body = "".join(f"<p>{line}</p>" for line in INTERVIEW)
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<div id='content'><article class='articledetail'>"
        f"<div class='articlehead'><div class='text'><h1>{title}</h1><p class='subtitle'>{teaser}</p>"
        "<p class='author'>Jan Berger im Gespräch mit Karin Vogt</p><dl class='image'><dt><img src='/berger.jpg' "
        "alt=''></dt><dd>Der Soziologe Jan Berger bei einer Tagung in Köln. (picture alliance / Anna Roth)</dd></dl>"
        "</div></div><div class='articleside'><div class='articlebox'><div class='text'><h6>Mehr zum Thema</h6>"
        f"{links}</div></div></div>"
        f"<div class='articlemain'><div class='text'>{body}</div></div></article></div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert teaser in text
    assert INTERVIEW[0] in text and INTERVIEW[-1] in text
    assert "Mehr zum Thema" not in text and "Pro und Contra" not in text and "Grundeinkommen im Test" not in text


def test_a_thread_whose_page_carries_menus_hidden_by_a_prefixed_hide_class_reads_its_opening_post() -> None:
    title = "Payment issues: how to change the payment method of an order"
    first = [
        "Hi, I have a few orders where the customer did not pay by card or by an online wallet at checkout.",
        "Probably their bank refused the payment, and they now want to pay the same orders by bank transfer.",
        "I need to change those orders to bank transfer, but I cannot delete or modify the original payment.",
        "Is there any workaround? Whatever I change in the order, the original payment method is set again.",
    ]
    reply = "Have you tried creating a new order for the same customer and cancelling the old one afterwards?"
    menu = "".join(f"<li><a href='/forum/{n}'>Forum section number {n} with its topics</a></li>" for n in range(60))
    posts = "".join(
        f"<article id='elComment_{n}' class='cPost ipsComment'><aside><h3>poster{n}</h3><span>Members</span></aside>"
        f"<div class='ipsComment_content'><div class='ipsType_richText'>{text}</div></div></article>"
        for n, text in ((3538177, "".join(f"<p>{p}</p>" for p in first)), (3544162, f"<p>{reply}</p>"))
    )
    sign_in = (
        "<div class='cTopicPostArea'><h2>Create an account or sign in to comment</h2>"
        "<p>You need to be a member in order to leave a comment.</p><h2>Create an account</h2><p>Sign up for a new "
        "account in our community. It's easy!</p><a href='/register'>Register a new account</a><h2>Sign in</h2>"
        "<p>Already have an account? Sign in here.</p><a href='/login'>Sign In Now</a></div>"
    )
    html = (
        f"<html><head><title>{title} - Forum</title><meta name='description' content='{first[0][:150]}'></head>"
        f"<body>{NAV}<div class='ipsDrawer ipsHide'><ul>{menu}</ul>"
        f"</div><main><h1>{title}</h1><p>By poster3538177, October 29, 2025 in General topics</p>"
        f"<div class='cTopic' id='comments'><form>{posts}</form>{sign_in}</div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert all(p in text for p in first)
    assert reply not in text and "Forum section number" not in text


@pytest.mark.parametrize(
    "line", ["11.12.2019 - Amelie Loevenich", "03/04/2021 – Jean Dupont", "7.1.2020 — Anna Maria Schmidt"]
)
def test_a_line_of_the_date_and_the_authors_name_joined_by_a_dash_is_not_read(line: str) -> None:
    title = "Programmieren lernen mit Papier und Stift"
    story = [
        "Unsere neuen Arbeitsblätter zeigen, wie Kinder ohne Computer die Grundideen des Programmierens entdecken.",
        "Sie eignen sich für die dritte und vierte Klasse und können kostenlos heruntergeladen werden.",
    ]
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>"
        f"<div class='meta'>{line}</div>{''.join(f'<p>{p}</p>' for p in story)}</article></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in story)
    assert line.split()[-1] not in text


@pytest.mark.parametrize("line", ["1989 – Der Fall der Mauer", "12.05.2020 - Neue Regeln für Schulen ab Montag"])
def test_a_heading_that_only_starts_with_a_year_or_date_is_still_read(line: str) -> None:
    from tts_service.extract.heuristics import is_date_line

    assert not is_date_line(line)


def test_the_rows_of_a_headed_table_whose_first_cell_links_a_name_are_read_not_taken_for_teasers() -> None:
    title = "Water-Making Spell"
    intro = [
        "The Water-Making Spell is a charm that conjures clean, drinkable water from the end of the caster's wand.",
        "It is taught in the sixth year and is often used to put out fires or to fill a glass in a hurry.",
    ]
    rows = [
        ("Fleur Delacour", "24 November, 1994", "She used it without a word to put out the flames of a dragon."),
        ("Seamus Finnigan", "1996", "He used it in class, but he was not paying attention and splashed the room."),
        ("Harry Potter", "30 June, 1997", "He used it to fill a goblet, but the water vanished before he could drink."),
        ("Rubeus Hagrid", "30 June, 1997", "He used it to put out the fire on his hut after an attacker had lit it."),
    ]
    body = "".join(
        f"<tr><td><a href='/wiki/{name.replace(' ', '_')}'>{name}</a></td><td><a href='/wiki/{date}'>{date}</a></td>"
        f"<td>{note}</td></tr>"
        for name, date, note in rows
    )
    html = (
        f"<html><head><title>{title} | Wiki</title></head><body>{NAV}<main><h1>{title}</h1><div class='content'>"
        f"{''.join(f'<p>{p}</p>' for p in intro)}<h2>Known uses</h2><table class='wikitable'><tbody>"
        f"<tr><th>Caster(s)</th><th>Dates</th><th>Notes</th></tr>{body}</tbody></table>"
        f"<p>{intro[0].replace('charm', 'spell')}</p></div></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(note in text for _name, _date, note in rows)
    assert all(name in text for name, _date, _note in rows)
    assert "24 November, 1994" in text and "30 June, 1997" in text
