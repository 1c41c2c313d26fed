"""Layouts met on the twenty-third round of unseen pages (``tests/data/extract/pages_round23``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a closing appeal to
like, share and follow the magazine on a row of networks, a journal's abstract page that says the rest is a preview
of subscription content over its reference list, a body box whose class names a summary ("text-with-summary")
holding headings, paragraphs and a list, and a table of providers whose rows an engine took only in part.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article


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
