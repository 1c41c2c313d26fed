"""Layouts that read poorly in round 36 (``pages_round36``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a trade magazine's story that ends in
a registration wall ("Want to read on? Register for free:"), a sign-up form with its e-mail and password fields,
the newsletter consent, the terms note under the form and "Already registered? Log in", read out after the story.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_STORY = [
    "Ein Chemiekonzern gründet eine eigene Forschungsgruppe für Biotechnologie an seinem größten Standort.",
    "Die Gruppe soll Verfahren entwickeln, mit denen sich Vorprodukte für Kunststoffe aus Pflanzen herstellen lassen.",
    "Ein erstes Vorprodukt für Lacke und Klebstoffe wird bereits in größerem Maßstab aus Zucker gewonnen.",
    "„Die Biotechnologie hat enormes Potenzial, um Kunststoffe umweltverträglicher herzustellen“, sagt der Vorstand.",
]
_CONSENT = (
    "Ich bin einverstanden, per E-Mail über Zeitschriften, Online-Angebote, Produkte, Veranstaltungen und Downloads"
    " informiert zu werden. Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen."
)


def _page(form: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Konzern startet Forschungsgruppe für Biotechnologie</title></head><body><div id='main'>"
        "<article><h1>Konzern startet Forschungsgruppe für Biotechnologie</h1>"
        f"<div class='row text block'><div class='col-12'>{story}</div></div>"
        f"<div id='wall-container' class='row'><div class='col-12'><div id='wrapper'>{form}</div></div></div>"
        "</article></div><footer><p>© Verlag. Impressum</p></footer></body></html>"
    )


def _registration_wall(field_type: str) -> str:
    return (
        "<div id='overlay-form'><h2>Sie möchten gerne weiterlesen?</h2><h3>Registrieren Sie sich jetzt kostenlos:</h3>"
        "<div class='mod_registration block'><form action='/' method='post'><fieldset>"
        "<label for='e'>E-Mail-Adresse</label><input id='e' name='email' type='email'>"
        "<div class='infoText'>Bleiben Sie stets zu allen wichtigen Themen und Trends informiert.</div></fieldset>"
        f"<fieldset><label for='p'>Passwort</label><input id='p' name='password' type='{field_type}'>"
        "<div class='pwHint'>Das Passwort muss mindestens acht Zeichen lang sein.</div></fieldset>"
        f"<fieldset><label><input type='checkbox' name='newsletter'><p>{_CONSENT}</p></label></fieldset>"
        "<input type='submit' value='Registrieren'></form></div>"
        "<p id='form-lower'>Mit der Registrierung akzeptiere ich die Nutzungsbedingungen. Die Datenschutzerklärung"
        " habe ich zur Kenntnis genommen.</p></div>"
        "<div class='permanent'><p>Sie sind bereits registriert?</p><a href='/login'>Hier anmelden</a></div>"
    )


def test_a_registration_wall_after_the_story_is_not_read() -> None:
    text = extract_article(_page(_registration_wall("password"))).text
    assert all(p in text for p in _STORY)
    assert text.rstrip().endswith(_STORY[-1]), text


def test_a_page_wrapped_whole_in_a_form_with_a_log_in_box_keeps_its_story() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><head><title>Konzern startet Forschungsgruppe</title></head><body><form id='aspnetForm' method='post'>"
        "<div class='login'><label for='u'>Benutzer</label><input id='u'><label for='p'>Passwort</label>"
        "<input id='p' type='password'><input type='submit' value='Anmelden'></div>"
        f"<div class='content'><h1>Konzern startet Forschungsgruppe</h1>{story}</div></form></body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in _STORY)


# A press service's release printed as one box of lines parted by line breaks: headline, sub-title, paragraphs,
# the company's profile, then the release's closing matter (the photo download line and its caption, place and
# date, "For questions, please contact:", "Pressekontakt:" with names, telephone and e-mail), all read out.
_RELEASE = [
    "Jetzt haben ein Forschungsinstitut und ein Hersteller von Windenergieanlagen einen Prüfstand gebaut.",
    "Auf dem Prüfstand wird der elektrische Triebstrang einer Anlage an einem Netzsimulator getestet, und"
    " alle anderen Teile der Anlage werden in Echtzeit simuliert.",
    "Die Gruppe hat über 41 GW Windenergieleistung in über 40 Märkten installiert und beschäftigt derzeit"
    " über 9.000 Mitarbeiter.",
]
_CLOSING = [
    "Hamburg, den 02. Dezember 2022",
    "Achtung Redaktionen - Für Fragen stehen Ihnen gerne zur Verfügung:",
    "Pressekontakt:",
    "Beispiel SE",
    "Felix Muster",
    "Tel: +49 (0)40-30030-1000",
    "E-Mail: presse@beispiel.example",
]


def _press_release() -> str:
    lines = "<br><br>".join([*_RELEASE[:2], "Die Gruppe im Profil", _RELEASE[2], *_CLOSING])
    return (
        "<html><head><title>Institut und Hersteller bauen Prüfstand für Windenergieanlagen</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/presse'>Presse</a></nav><div id='main'><h2>Pressemitteilung</h2>"
        "<div class='newsdiv'>"
        "<h1>Institut und Hersteller bauen Prüfstand für Windenergieanlagen</h1>"
        f"<h3>- Gemeinsam entwickelter Versuchsstand spart Messaufwand</h3>{lines}</div></div>"
        "<footer><p>© Pressedienst. Impressum</p></footer></body></html>"
    )


def test_a_press_releases_contacts_after_its_text_are_not_read() -> None:
    text = extract_article(_press_release()).text
    assert all(p in text for p in _RELEASE)
    assert "Felix Muster" not in text and "presse@" not in text and "Pressekontakt" not in text, text
    assert "Für Fragen stehen Ihnen" not in text
