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
