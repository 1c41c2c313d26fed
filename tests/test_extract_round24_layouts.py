"""Layouts met on the twenty-fourth round of unseen pages (``tests/data/extract/pages_round24``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a message board
thread of one short post under a cookie-consent centre longer than the thread, a journal article's abstract page
with its reference list and a dialog of author notes that opens on a click, documentation headings that end in
their "#" permalink, and a Spanish news story's "Notas relacionadas" list.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article


def _page(title: str, article: str, after: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>{article}"
        f"</article></main>{FOOTER}{after}</body></html>"
    )


PURPOSES = [
    "Cookies, device or similar online identifiers together with other information can be stored or read on your "
    "device to recognise it each time it connects to an app or to a website, for one or several purposes.",
    "Advertising presented to you on this service can be based on limited data, such as the website or app you "
    "are using, your non-precise location, your device type or which content you are interacting with.",
    "Information about your activity on this service can be stored and combined with other information about you "
    "or similar users; this is then used to build or improve a profile about you and your possible interests.",
    "Information regarding which content is presented to you and how you interact with it can be used to "
    "determine whether the content reached its intended audience and matched your interests.",
    "These cookies are necessary for the website to function and cannot be switched off in our systems; they are "
    "usually only set in response to actions made by you which amount to a request for services.",
]


def _consent_centre() -> str:
    """A consent manager's banner and preference centre: headings, switches and a paragraph per purpose."""
    purposes = "".join(
        f"<section class='cat-grp'><h4>Purpose {n}</h4><label><input type='checkbox'> Allow</label><p>{p}</p></section>"
        for n, p in enumerate(PURPOSES * 3)
    )
    return (
        "<div id='vendor-consent-sdk'><div id='vendor-banner'><h2>About Your Privacy</h2><p>We process your data "
        "to deliver content or advertisements and measure the delivery of such content to extract insights about "
        "our website.</p><button>Accept All</button></div><div id='vendor-pc'><h2>About Your Privacy</h2>"
        f"<h3>Manage Consent Preferences</h3>{purposes}</div></div>"
    )


def test_a_one_line_forum_post_is_read_without_the_cookie_consent_centre_longer_than_the_thread() -> None:
    post = "No stream link this time. The recording will just go up on their channel in exactly one hour from now."
    thread = f"<table class='board message'><tr><td class='msg'><div class='msg_body'>{post}</div></td></tr></table>"
    html = (
        f"<html><head><title>Partner Showcase discussion</title></head><body>{NAV}<div id='content'>"
        f"<h1>Partner Showcase discussion thread</h1>{thread}</div>{FOOTER}{_consent_centre()}</body></html>"
    )
    text = extract_article(html).text
    assert post in text
    assert "Manage Consent Preferences" not in text
    assert "device to recognise it" not in text and "About Your Privacy" not in text


ABSTRACT = [
    "Observational studies using traditional research designs suggest that influenza vaccination reduces "
    "hospitalizations and mortality among elderly persons.",
    "A regression discontinuity design was applied to the sharp change in vaccination rate at age 65 years that "
    "resulted from an age-based vaccination policy.",
    "Turning 65 was associated with a statistically and clinically significant increase in the rate of seasonal "
    "influenza vaccination, but no change in hospitalizations or deaths could be seen.",
]
CITATIONS = [
    "1. Peasah SK, Breese J, et al. Influenza cost and cost-effectiveness studies globally. Vaccine. 2013;31:5339-48. "
    "[PMID: 24055351] Crossref Medline Google Scholar",
    "2. Longini IM Jr and Halloran ME. Strategy for distribution of influenza vaccine. Am J Epidemiol. "
    "2005;161:303-6. [PMID: 15692073] Crossref Medline Google Scholar",
    "3. Basta NE, Chao DL, et al. Strategies for pandemic and seasonal influenza vaccination of schoolchildren. "
    "Am J Epidemiol. 2009;170:679-86. Crossref Medline Google Scholar",
    "4. Medlock J and Galvani AP. Optimizing influenza vaccine distribution. Science. 2009;325:1705-8. Crossref",
]
NOTES = [
    "Disclaimer: The content is solely the responsibility of the authors and does not necessarily represent the "
    "official views of the institutes that funded the study.",
    "Acknowledgment: The authors thank the seminar participants at four universities for their comments.",
    "Grant Support: By an award from the National Institute on Aging and by a project of the Institute of Food.",
    "Corresponding Author: Michael Anderson, PhD, 714 University Hall, Berkeley, CA 94720.",
    "Author Contributions: Conception and design, analysis and interpretation of the data: all three authors.",
    "Editors' Disclosures: The editor in chief reports that her spouse has stock options with a diagnostics firm; "
    "the executive editor reports that he has no financial relationships or interests to disclose.",
    "Reproducible Research Statement: Study protocol: not available. Statistical code: available from the "
    "authors. Data set: available for purchase from the research centre and the national statistics office.",
    "Current Author Addresses: Dr. Anderson: 714 University Hall, Berkeley, CA 94720. Dr. Dobkin: 441 "
    "Engineering 2, Santa Cruz, CA 95064. Dr. Gorry: 228 Sirrine Hall, Clemson, SC 29634.",
    "This article was published at Annals.org on 1 September 2020 and is part of the journal's collection on "
    "vaccines, in which editors gather the studies of vaccination policy published over the last ten years.",
]


def _abstract_page() -> str:
    parts = ["Background:", "Design:", "Results:"]
    abstract = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in zip(parts, ABSTRACT, strict=True))
    notes = "".join(f"<p>{n}</p>" for n in NOTES + NOTES[1:3])
    dialog = (
        "<div id='notes-modal' class='modal notes-modal'><div class='modal__dialog'><div class='modal__header'>"
        "<button type='button' data-dismiss='modal' class='close'>×</button><h4>Author, Article and Disclosure "
        f"Information</h4></div><div class='modal__body'>{notes}</div></div></div>"
    )
    references = "".join(f"<li class='references__item'><span>{c}</span></li>" for c in CITATIONS)
    body = (
        "<h2 class='subtitle'>An Observational Study With a Regression Discontinuity Design</h2>"
        f"<div class='article__body'><div class='abstract'>{abstract}</div>{dialog}"
        f"<div class='article__references'><h2>References</h2><ul class='rlist'>{references}</ul></div></div>"
    )
    return _page("The Effect of Influenza Vaccination for the Elderly", body)


def test_an_abstract_page_is_read_without_its_reference_list() -> None:
    text = extract_article(_abstract_page()).text
    assert ABSTRACT[0] in text and ABSTRACT[-1] in text
    assert "Peasah" not in text and "Medlock" not in text and "Google Scholar" not in text
    assert "References" not in text


def test_the_author_notes_of_a_dialog_that_opens_on_a_click_are_not_read() -> None:
    text = extract_article(_abstract_page()).text
    assert ABSTRACT[-1] in text
    assert "Disclaimer:" not in text and "Corresponding Author" not in text and "Grant Support" not in text


def test_documentation_headings_are_read_without_their_permalink_hash() -> None:
    paragraphs = [
        "Authentication is the process of verifying that a user is who they claim to be, usually with a password.",
        "Authorization is the process of verifying what a user is allowed to access once they have signed in.",
        "The platform offers several ways to sign users in, from passwords and magic links to social providers.",
    ]
    heads = ["About authentication", "The ecosystem", "Providers"]
    body = "".join(
        f"<h2 id='s{n}'>{h}<a href='#s{n}' class='ml-2 opacity-0'>#</a></h2><p>{p}</p>"
        for n, (h, p) in enumerate(zip(heads, paragraphs, strict=True))
    )
    text = extract_article(_page("Auth", body)).text
    assert paragraphs[0] in text and paragraphs[-1] in text
    for h in heads:
        assert f"{h}\n" in text and f"{h}#" not in text


def test_a_spanish_story_stops_at_its_related_notes() -> None:
    paragraphs = [
        "El presidente reiteró ayer que el país no pagará ni un cinco a los delincuentes que atacaron los sistemas.",
        "Los ministerios afectados trabajan desde el lunes para restablecer los servicios que dan a la población.",
        "La policía informó que la investigación sigue abierta y que colabora con agencias de otros países.",
    ]
    related = [
        ("Jueves 21 abril, 2022", "Sin embargo, la ministra señaló ayer en conferencia de prensa que no pagarán."),
        ("Lunes 18 abril, 2022", "A pesar de que el ataque trascendió hasta hoy, se habría realizado desde ayer."),
    ]
    notes = "".join(
        f"<div class='nota'><span>{d}</span><p><a href='/n{i}'>{t}</a></p></div>" for i, (d, t) in enumerate(related)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<h3>NOTAS RELACIONADAS</h3>{notes}"
    text = extract_article(_page("Gobierno no pagará a los delincuentes", body)).text
    assert paragraphs[0] in text and paragraphs[-1] in text
    assert "NOTAS RELACIONADAS" not in text and "conferencia de prensa" not in text and "abril, 2022" not in text


def test_a_forum_post_is_read_without_the_signature_quote_every_poster_carries() -> None:
    posts = [
        (
            "No stream link this time. The recording will just go up on their channel in exactly one hour from now.",
            '"Pillars of modern warfare have no place in Valentia."<br>~ Sir Mycen on the modern fanbase',
        ),
        (
            "Thanks for the heads up, I will watch it after work tonight with the whole family.",
            "Woof.<br>Now playing: two games",
        ),
        (
            "Hoping for a new racing game this time, the last one came out a long time ago.",
            "Signature line of the third poster",
        ),
    ]
    rows = "".join(
        f"<tr><td class='msg'><div class='msg_infobox'><span class='user'>user{n}</span></div>"
        f"<div class='msg_body'>{p}<div class='signature'><div class='sig_text'>{s}</div></div></div></td></tr>"
        for n, (p, s) in enumerate(posts)
    )
    html = (
        f"<html><head><title>Showcase thread</title></head><body>{NAV}<div id='content'>"
        f"<h1>Partner Showcase discussion thread</h1><table class='board message'>{rows}</table></div>{FOOTER}"
        "</body></html>"
    )
    text = extract_article(html).text
    assert posts[0][0] in text
    assert "Valentia" not in text and "Sir Mycen" not in text


def test_a_wiki_page_goes_on_after_its_references_to_the_next_section() -> None:
    paragraphs = [
        "Penny lives in a trailer by the river with her mother and teaches the town's children in the museum.",
        "The dialogue choices in her later heart events have the strongest effect on friendship in the game.",
    ]
    history = ["1.0: Introduced.", "1.1: Added a reading garden behind the farmhouse if married."]
    body = (
        "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<h2>References</h2><ol><li>↑ https://forum.example.org/comments/4b8s7v</li>"
        "<li>↑ Interview with the developer, 2016</li></ol>"
        "<h2>History</h2><ul>" + "".join(f"<li>{h}</li>" for h in history) + "</ul>"
    )
    text = extract_article(_page("Penny", body)).text
    assert paragraphs[-1] in text and history[0] in text and history[-1] in text
    assert "forum.example.org" not in text and "Interview with the developer" not in text


def test_a_table_whose_cells_wrap_their_words_in_paragraphs_is_read_row_by_row() -> None:
    def cell(tag: str, words: str) -> str:
        return f"<{tag}><p>{words}</p></{tag}>"

    rows = [
        ("1.", "Leverkusen (28 Pkt)", "Leverkusen (28 Pkt)"),
        ("2.", "Bayern (26 Pkt)", "Bayern (26 Pkt)"),
        ("3.", "Stuttgart (21 Pkt)", "Frankfurt (21 Pkt)"),
        ("4.", "BVB (21 Pkt)", "Stuttgart (21 Pkt)"),
    ]
    table = (
        "<table><thead><tr>"
        + "".join(cell("th", h) for h in ("Rang", "DFL-Tabelle", "Wahre Tabelle"))
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(cell("td", x) for x in r) + "</tr>" for r in rows)
        + "</tbody></table>"
    )
    paragraphs = [
        "Die Tabelle sähe ohne die Fehlentscheidungen der Schiedsrichter in dieser Saison ganz anders aus.",
        "Wir haben alle strittigen Szenen der ersten neun Spieltage noch einmal genau angesehen und bewertet.",
        "Am meisten profitiert hätte Eintracht Frankfurt, die auf Rang vier vorrücken würde.",
    ]
    body = f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>{table}<p>{paragraphs[2]}</p>"
    lines = extract_article(_page("Die wahre Tabelle", body)).text.split("\n")
    for r in rows:
        assert " ".join(r) in lines


def test_a_references_heading_over_one_address_of_the_authors_own_is_still_read() -> None:
    paragraphs = [
        "Those projects can be used to track files inside a project, but do not offer the same in the shell.",
        "I have looked at a few of them over the years and kept coming back to the plain locate command.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + "<h2>references</h2><p>https://wiki.example.org/LocateFiles</p>"
    text = extract_article(_page("Finding files", body)).text
    assert paragraphs[-1] in text and "https://wiki.example.org/LocateFiles" in text
