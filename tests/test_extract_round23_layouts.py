"""Layouts met on the twenty-third round of unseen pages (``tests/data/extract/pages_round23``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a closing appeal to
like, share and follow the magazine on a row of networks, a journal's abstract page that says the rest is a preview
of subscription content over its reference list, a body box whose class names a summary ("text-with-summary")
holding headings, paragraphs and a list, and a table of providers whose rows an engine took only in part.
"""

from __future__ import annotations

import lxml.html

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article
from tts_service.extract.article import _fill_gaps, page_index
from tts_service.extract.dom import walk_blocks


def _page(title: str, article: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>{article}"
        f"</article></main>{FOOTER}</body></html>"
    )


ABSTRACT = [
    "The purpose of the review is to summarise the drugs used in daily practice that cause severe skin reactions.",
    "The most commonly reported drugs are allopurinol and sulfasalazine, which pose a very high risk of the "
    "syndrome, followed by a long list of less common causes that clinicians should keep in mind.",
    "The syndrome is a serious reaction with a potentially fatal outcome and needs to be considered in any patient "
    "who presents with a rash, fever and eosinophilia after starting one of these medicines.",
]
REFERENCES = [
    "Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. J Clin Investig. 1988;82(6):1826.",
    "Bocquet H, Bagot M. Drug-induced pseudolymphoma and drug hypersensitivity syndrome. Semin Cutan Med. 1996;15.",
    "Kardaun SH, Sidoroff A. Variability in the clinical pattern of cutaneous side-effects. Br J Dermatol. 2007;156.",
]


def test_an_abstract_page_ends_where_it_says_the_rest_is_a_preview_of_subscription_content() -> None:
    parts = ["Purpose of the Review", "Recent Findings", "Summary"]
    abstract = "".join(f"<h3>{h}</h3><p>{p}</p>" for h, p in zip(parts, ABSTRACT, strict=True))
    body = (
        f"<section class='abstract'><h2>Abstract</h2>{abstract}</section>"
        "<div class='preview'><p>This is a preview of subscription content, log in to check access.</p></div>"
        "<section class='references'><h2>References</h2><ol>"
        + "".join(f"<li><p>{r}</p></li>" for r in REFERENCES)
        + "</ol></section>"
    )
    text = extract_article(_page("Severe drug reactions and the rheumatologist", body)).text
    assert ABSTRACT[0] in text and ABSTRACT[-1] in text
    assert "preview of subscription" not in text
    assert "Shear NH" not in text and "Kardaun" not in text


ALERT = [
    "Since 2015, 289 electrical accidents have occurred at the nation's mines, fifteen of them fatal; an average "
    "of three miners every two years. Proper lock-out procedures protect miners from unplanned releases of energy.",
]
PRACTICES = [
    "Do not begin any electrical work until the circuit has been fully de-energized and locked out.",
    "Maintain a thorough understanding of the hazards associated with electricity before touching a component.",
    "Always wear properly rated and well-maintained personal protective equipment against arc flash hazards.",
]


def test_a_body_box_whose_class_names_a_summary_is_read_once_not_first_as_a_lead_then_again() -> None:
    title = "Electrical Safety"
    items = "".join(f"<li>{x}</li>" for x in PRACTICES)
    body = (
        "<div class='field field--name-body field--type-text-with-summary'><h2>Safety Alert</h2>"
        f"<h3>ELECTRICAL SAFETY</h3><p>{ALERT[0]}</p><p><strong>Best Practices</strong></p><ul>{items}</ul></div>"
    )
    text = extract_article(_page(title, body)).text
    assert text.count("Since 2015") == 1
    assert text.count(PRACTICES[-1]) == 1
    assert "Safety Alert" in text.split("\n\n")[1]


GIFTS = [
    "Holzspielzeug ist robust, riecht gut und hält oft mehrere Kindergenerationen lang, wenn man es gut pflegt.",
    "Für Babys eignen sich Greiflinge aus unbehandeltem Ahorn, die das Kind sicher in die kleinen Hände nehmen kann.",
    "Ab dem zweiten Geburtstag werden Steckspiele spannend, weil die Kinder dann Formen und Farben zuordnen können.",
    "Im Kindergartenalter sind einfache Memory-Spiele beliebt, die das Gedächtnis schulen und allen Spaß machen.",
]


TITLE = "Holzspielzeug: zehn Ideen für Babys und Kleinkinder"
APPEAL = (
    f'Na, hat dir "{TITLE}" gefallen, weitergeholfen, dich zum Lachen oder Weinen gebracht? Dann hinterlasse uns '
    "doch ein Like oder teile den Artikel mit anderen netten Leuten. Wir freuen uns sehr über dein Feedback – und "
    "noch mehr, wenn du uns auf <a href='https://pinterest.de/x'>Pinterest</a>, "
    "<a href='https://facebook.com/x'>Facebook</a>, <a href='https://instagram.com/x'>Instagram</a>, "
    "<a href='https://flipboard.com/x'>Flipboard</a> und <a href='https://news.google.com/x'>Google News</a> folgst."
)


def test_a_closing_appeal_to_like_share_and_follow_on_a_row_of_networks_is_not_read() -> None:
    title = TITLE
    body = "".join(f"<p>{line}</p>" for line in GIFTS) + f"<p class='special-content-description'>{APPEAL}</p>"
    text = extract_article(_page(title, body)).text
    assert GIFTS[0] in text and GIFTS[-1] in text
    assert "Feedback" not in text and "Flipboard" not in text


def test_a_story_naming_three_networks_in_its_last_paragraph_is_read_to_its_end() -> None:
    title = "Plattformen löschen Tausende gefälschte Konten"
    last = (
        "Facebook, Instagram und Pinterest teilten am Montag mit, sie hätten in den vergangenen Wochen mehr als "
        "zehntausend gefälschte Konten gelöscht, die gemeinsam Falschmeldungen über die Wahl verbreitet hätten."
    )
    body = "".join(f"<p>{line}</p>" for line in GIFTS) + f"<p>{last}</p>"
    assert last in extract_article(_page(title, body)).text


def test_a_heading_over_an_empty_quiz_box_and_the_closing_appeal_is_not_read() -> None:
    body = (
        "".join(f"<p>{line}</p>" for line in GIFTS)
        + "<h2>Welcher Eltern-Typ bist du?</h2>"
        + "<div class='oembed-quiz'><div data-role='quiz' data-id='d1f1'></div></div>"
        + f"<p class='special-content-description'>{APPEAL}</p>"
    )
    text = extract_article(_page(TITLE, body)).text
    assert text.endswith(GIFTS[-1])


PROVIDERS = [
    ("Workforce Solutions of the Valley", "Referrals and services to employers and job seekers"),
    ("Capital Skills Alliance", "Opportunities to earn an associate degree in healthcare or information technology"),
    ("River City Trades", "Opportunities to earn certifications in plumbing, electrical, HVAC and manufacturing"),
    ("Hill Country Goodwill", "Support for individuals with barriers to career advancement, such as a lack of housing"),
    ("Todos Learning Center", "Support for immigrants as they learn English and obtain employment in the region"),
    ("Family Alliance", "Integrated employment, education and mental health support for young people in the city"),
]


def test_every_row_of_a_table_of_providers_is_read_with_its_name_and_services() -> None:
    intro = (
        "The department manages multiyear contracts with local nonprofit organizations that provide free or "
        "low-cost workforce training to residents pursuing self-sustaining employment. Currently the city funds "
        "the training providers listed below; visit a provider's website to learn more about its services."
    )
    rows = "".join(
        f"<tr><td>{name}&nbsp;</td><td>{services}</td>"
        f"<td><a href='https://{name.split()[0].lower()}.example.org/'>https://{name.split()[0].lower()}.example.org/"
        "</a>&nbsp;</td></tr>"
        for name, services in PROVIDERS
    )
    table = (
        "<h3>Job Training Resources</h3><table><tbody><tr><td><strong>Training Provider</strong></td>"
        f"<td><strong>Services</strong></td><td><strong>Website</strong></td></tr>{rows}</tbody></table>"
    )
    body = f"<div class='field--name-body'><h3>About the Program</h3><p>{intro}</p>{table}</div>"
    text = extract_article(_page("Workforce Development", body)).text
    for name, services in PROVIDERS:
        assert name in text and services in text


def test_the_cells_an_engine_skipped_in_a_table_whose_other_cells_it_kept_are_read() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{services}</td><td><a href='https://{n}.example.org/'>https://{n}.example.org/</a>"
        "</td></tr>"
        for n, (name, services) in enumerate(PROVIDERS[:4])  # four rows: read cell by cell, not as a table of records
    )
    root = lxml.html.fromstring(f"<div><p>Providers the city funds this year:</p><table>{rows}</table></div>")
    page = walk_blocks([root])
    # the engine kept the first row, a few of the services and the addresses, not the providers' names
    kept = [b for i, b in enumerate(page) if i <= 3 or i % 3 == 0 or (i % 3 == 2 and i % 2 == 0)]
    read = [b.text for b in _fill_gaps(kept, page, page_index(page))]
    assert read == [b.text for b in page]


NOTICIA = [
    "La Policía anunció este martes una coordinación con Carabineros para investigar otros casos de robo de autos.",
    "Según el comandante, al menos veinte vehículos robados en el país vecino habrían cruzado la frontera este año.",
    "La investigación de un medio chileno reveló que uno de ellos llegó a manos de un alto oficial de la frontera.",
    "El ministro de Gobierno pidió a la población denunciar cualquier venta sospechosa de autos sin documentos.",
]


def test_a_spanish_pointer_to_another_story_between_paragraphs_is_not_read() -> None:
    pointer = (
        "<p><strong>También puede leer:</strong>&nbsp;<a href='/seguridad/otra-nota'>Tras el escándalo, el jefe de "
        "bancada sugiere cambiar al comandante</a></p>"
    )
    body = "".join(f"<p>{line}</p>" for line in NOTICIA[:2]) + pointer + "".join(f"<p>{x}</p>" for x in NOTICIA[2:])
    text = extract_article(_page("Anuncian coordinación con Carabineros por autos robados", body)).text
    assert NOTICIA[0] in text and NOTICIA[-1] in text
    assert "puede leer" not in text and "jefe de bancada" not in text


INTRO = [
    "Problems with your teeth or gums can raise your risk of several diseases and other health conditions over time.",
    "The campaign offers a variety of free materials to help you and your family take good care of your oral health.",
]
TOPICS = [
    "Maintaining good oral health affects your well-being and your quality of life at every age, the agency says.",
    "Having good oral health early in life sets a child up for good oral health as they grow into an adult.",
]


def test_an_intro_box_of_two_paragraphs_is_read_once_not_glued_as_a_sapo_and_then_again() -> None:
    body = (
        "<div class='usa-intro'>"
        + "".join(f"<p>{x}</p>" for x in INTRO)
        + "</div><h2>Oral health topics</h2>"
        + "".join(f"<p>{x}</p>" for x in TOPICS)
    )
    text = extract_article(_page("How to take care of your oral health", body)).text
    assert text.split("\n\n")[1:3] == INTRO
    assert text.count(INTRO[0]) == 1 and text.count(INTRO[1]) == 1
