"""Layouts met on the fifteenth round of unseen pages (``tests/data/extract/pages_round15``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a Spanish story
closing on an appeal to follow the paper's channels written without its accent, a headline quoting a word whose
``og:title`` the publisher cut at the first unescaped quote mark.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

ES_TITLE = 'Senador califica al presidente de "incapacitado"'
ES_BODY = [
    "El senador republicano arremetió este domingo contra el presidente en una entrevista televisiva de una hora.",
    "Según el legislador, el mandatario no está en condiciones de ejercer el cargo durante otros cuatro años.",
    "La Casa Blanca respondió que las declaraciones forman parte de la campaña para las elecciones de noviembre.",
]


def _es_page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{NAV}{body}{FOOTER}</body></html>"


def test_an_appeal_to_follow_the_papers_channels_written_without_its_accent_is_not_read() -> None:
    appeal = "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras noticias"
    story = "".join(f"<p>{p}</p>" for p in ES_BODY) + f"<p>{appeal}</p>"
    html = _es_page(f"<title>{ES_TITLE}</title>", f"<article><h1>{ES_TITLE}</h1>{story}</article>")
    assert extract_article(html).text.split("\n\n") == [ES_TITLE, *ES_BODY]


def test_a_headline_whose_og_title_is_cut_at_an_unescaped_quote_is_read_whole() -> None:
    # the page's head prints content="… de "incapacitado"": the attribute ends at the second quote mark
    head = f'<title>{ES_TITLE}</title><meta property="og:title" content="{ES_TITLE}" />'
    story = "".join(f"<p>{p}</p>" for p in ES_BODY)
    html = _es_page(head, f"<div class='nota'><h2 class='title'><a href='#'>{ES_TITLE}</a></h2>{story}</div>")
    assert extract_article(html).text.split("\n\n")[0] == ES_TITLE
