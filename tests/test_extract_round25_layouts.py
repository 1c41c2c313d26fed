"""Layouts met on the twenty-fifth round of unseen pages (``tests/data/extract/pages_round25``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a blog post
listing dates whose events repeat the same place, fee and booking lines under a site banner with a motto.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article


def _page(title: str, article: str, after: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>{article}"
        f"</article></main>{FOOTER}{after}</body></html>"
    )


def _event(day: str, place: str, topic: str, fee: str, booking: str) -> str:
    return (
        f"<p><strong>Date: {day}, 7 pm</strong></p><ul><li><strong>Place: {place}</strong></li>"
        f"<li><strong>{topic}</strong></li><li><strong>Admission: {fee} per person</strong></li>"
        f"<li><strong>Tickets: {booking}</strong></li></ul><p>&nbsp;</p>"
    )


def test_a_calendar_post_whose_events_repeat_their_place_and_fee_is_read_not_the_site_motto() -> None:
    tour = ("Market square, Old Town", "Rum tour with the town's sailors", "44.90", "tourist office or by phone")
    dinner = ("Corn Exchange, 146 Mill Street", "Irish whiskey dinner with three courses", "65.00", "at the door")
    events = (
        "<h2>February</h2>"
        + _event(
            "21 February",
            "The Rose Bar, 10 High Street",
            "Highland malts with a three-course menu",
            "69.00",
            "by e-mail or phone",
        )
        + _event("28 February", *tour)
        + _event("29 February", *dinner)
        + "<h2>March</h2>"
        + _event("27 March", *tour)
        + _event("28 March", *dinner)
    )
    title = "Tasting dates January to May in town and the next city"
    html = (
        f"<html><head><title>{title}</title></head><body><div id='top'><h1><a href='/'>tastings.example</a></h1>"
        "<p>One must always be at least one whisky ahead of life, as a famous actor once said.</p></div>"
        f"<div id='content'><div class='post'><h2><a href='/p/1'>{title}</a></h2><div class='entry'>"
        "<p>Once again this year there will be dates for whisky, rum and gin tastings. The first dates are fixed, "
        f"more will follow in the coming days and weeks.</p>{events}<p>More dates soon…</p></div></div></div>"
        f"{NAV}{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert "Once again this year there will be dates" in text
    assert text.count("Place: Market square, Old Town") == 2 and text.count("Admission: 65.00 per person") == 2
    assert "More dates soon" in text
    assert "one whisky ahead of life" not in text


def test_a_video_page_is_read_without_the_error_messages_its_login_form_shows_only_when_sent() -> None:
    errors = "".join(
        f"<p class='form-field-error error-item' role='alert'><span class='error-msg'>{m}</span></p>"
        for m in (
            "There is no account for this e-mail address or the password you gave is wrong.",
            "Please choose a display name.",
            "This e-mail address seems not to be right: it must hold an @ and an existing domain.",
            "The password must be at least eight characters long and hold at least one digit.",
            "Sadly the registration did not work. Please check what you entered.",
        )
    )
    form = (
        "<section class='login-area'><h2>My account: sign up</h2><form action='#' method='post'>"
        f"<div class='clearfix'>{errors}<input name='email'><input type='password' name='password'></div>"
        "</form></section>"
    )
    summary = (
        "New York is the centre of the pandemic in the country. Sport too has come to a standstill. The sympathy in "
        "the top leagues is great. How the seasons go on is unclear."
    )
    title = "Sport in times of the pandemic"
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<div class='video'><div class='player'></div>"
        f"<div class='item-caption'><h1>{title}</h1><p class='item-description'>{summary}</p></div></div>{FOOTER}"
        f"<div class='b-dialog'><article class='login-panel'>{form}</article>"
        f"<article class='registration-panel'>{form}</article></div></body></html>"
    )
    text = extract_article(html).text
    assert summary in text
    assert "password" not in text.lower() and "display name" not in text and "registration" not in text


LANGUAGES = ("Python", "Node.js", "PHP", "Java")
HIDDEN = " style='display:none'"


def _language_tabs(n: int, steps: dict[str, str]) -> str:
    """A documentation page's language switcher: a tab per language, the first selected, the others' panels
    hidden until their tab is clicked; the same switcher is set over each step of the guide."""
    tabs = "".join(
        f"<span role='tab' id='t{n}-{lang}' aria-selected='{'true' if i == 0 else 'false'}'>{lang}</span>"
        for i, lang in enumerate(LANGUAGES)
    )
    panels = "".join(
        f"<div role='tabpanel' aria-labelledby='t{n}-{lang}'{'' if i == 0 else HIDDEN}>{steps[lang]}</div>"
        for i, lang in enumerate(LANGUAGES)
    )
    return f"<div class='tabs'><div role='tablist'>{tabs}</div><div class='panels'>{panels}</div></div>"


def _step(lang: str, what: str) -> str:
    """One step of the guide in one language; each step's paragraphs are its own (they name what it does)."""
    return (
        f"<p>Create and open a new file for {lang} anywhere on your computer and paste the following code into it, "
        f"then {what}.</p><pre><code>// {lang}: {what}\nclient.messages.create(body, to, from)\n"
        "print(message.sid)\nconst client = twilio(accountSid, authToken);</code></pre>"
        f"<p>Save the file and run it from the command line with the {lang} tool you installed before.</p>"
        f"<p>In a few seconds the message arrives on the phone; if not, check the number you gave for {lang}.</p>"
        f"<p>Each request is logged in the console, where you can see what {lang} sent and what came back.</p>"
        f"<p>The account identifier and the secret token are read from the environment, so that the {lang} file "
        "never holds them: set both variables in the shell before you run the program, and keep them out of any "
        "repository you share with others, because whoever holds them can send messages on your account.</p>"
        f"<p>A trial account can only send to numbers it has verified. To try the {lang} program on a phone of a "
        "friend, verify that number first in the console, or upgrade the account; the message then carries a "
        "short note saying it was sent from a trial account, which goes away once you upgrade.</p>"
        f"<p>When the {lang} program fails, the error it prints names the cause: a number not in the right format, "
        "a missing permission for the destination country, or a sender that cannot send text messages. Each cause "
        "has its own code, and the reference lists what to do about each one of them. Most are fixed in a minute, "
        "and the console shows the same code beside the request that failed.</p>"
    ).replace("</p>", f" That is how you {what}.</p>")


def test_a_guide_with_a_language_switcher_is_read_in_the_selected_language_only() -> None:
    guide = (
        "<p>In this quickstart you build your first application that sends and receives text messages.</p>"
        "<h2>Send a message</h2>"
        + _language_tabs(1, {lang: _step(lang, "send an outbound message") for lang in LANGUAGES})
        + "<h2>Receive a message</h2>"
        + _language_tabs(2, {lang: _step(lang, "reply to an incoming message") for lang in LANGUAGES})
        + "<p>You have sent and received your first messages. Next, read about delivery status callbacks.</p>"
    )
    text = extract_article(_page("Messaging quickstart", guide)).text
    assert "Create and open a new file for Python" in text and "reply to an incoming message" in text
    assert "You have sent and received your first messages" in text
    assert "Node.js" not in text and "for PHP" not in text and "Java tool" not in text


def test_a_shop_page_is_read_without_its_enable_javascript_notice_and_its_shipping_popup() -> None:
    region = (
        "The region lies in the north of the country on the middle course of the river. It is about 120 by 40 "
        "kilometres in size, and its name comes from one of the river's tributaries that crosses the valley."
    )
    popup = (
        "<div id='shipinfo'><div class='close' data-what='shipinfo'>Close [X]</div><h3>Shipping and delivery</h3>"
        "<p>Our deliveries come to you by parcel service. Unless agreed otherwise, delivery is free of charge from an "
        "order value of 60 euros; below that we charge a flat fee for shipping within the country.</p>"
        "<p>For larger orders we keep the right to hire a freight forwarder.</p></div>"
    )
    notice = (
        "<div id='noscript'>Dieser Shop setzt voraus, dass Sie JavaScript aktiviert haben. Bitte aktivieren Sie "
        "JavaScript und laden Sie die Seite erneut.</div>"
    )
    html = _page("The wine region and its rules", f"<p>{region}</p>", after=notice + popup)
    text = extract_article(html).text
    assert region in text
    assert "JavaScript" not in text
    assert "Shipping and delivery" not in text and "Close [X]" not in text and "freight forwarder" not in text


def test_a_forum_thread_under_a_product_is_read_without_the_write_your_own_review_prompt() -> None:
    post = (
        "I have had mine for three months now and the screen is the best I have used on a tablet, though the "
        "keyboard case adds a lot of weight for carrying it around all day."
    )
    html = _page(
        "Owners thread for the 11 inch tablet",
        f"<div class='product-box'><p>Read the tablet review. Powered by laptop hardware, is it the best tablet there "
        "is?</p><p><a href='/reviews/new'>Write your own review</a> for the 11 inch tablet</p></div>"
        f"<p>{post}</p><p>{post.replace('three months', 'a year')}</p>",
    )
    text = extract_article(html).text
    assert post in text and "Read the tablet review" in text
    assert "Write your own review" not in text


def test_a_calendar_post_reads_its_month_headings_and_each_events_labelled_date() -> None:
    def event(when: str, place: str) -> str:
        return (
            f"<p><span><strong>Termin: {when}</strong></span></p><ul><li><strong>Ort: {place}</strong></li>"
            "<li><strong>Thema: Whiskys aus aller Welt mit Buffet</strong></li><li><strong>Eintritt: 58,00 €/Person"
            "</strong></li></ul>"
        )

    body = (
        "<p>Auch im nächsten Jahr gibt es wieder Termine für Verkostungen. Die ersten Termine stehen bereits fest, "
        "weitere kommen in den nächsten Wochen dazu.</p>"
        f"<h2>Februar 2020</h2>{event('21.02.2020, 19 Uhr', 'Gaststätte am Markt, Marktplatz 3')}"
        f"<h2>März 2020</h2>{event('06.03.2020, 19 Uhr', 'Gaststätte Felsenblick, Zum Saaleblick 11')}"
        "<p>Weitere Termine folgen in Kürze…</p>"
    )
    text = extract_article(_page("Termine der Verkostungen Januar bis Mai", body)).text
    assert "Februar 2020" in text and "März 2020" in text
    assert "Termin: 21.02.2020, 19 Uhr" in text and "Termin: 06.03.2020, 19 Uhr" in text
    assert "Ort: Gaststätte Felsenblick, Zum Saaleblick 11" in text


def test_a_story_still_leaves_out_its_publication_date_line() -> None:
    story = "<p class='date'>Veröffentlicht: 21.02.2020, 19 Uhr</p>" + "".join(
        f"<p>Absatz {n}: Der Stadtrat hat am Abend über den neuen Haushalt beraten und ihn knapp beschlossen.</p>"
        for n in range(1, 4)
    )
    text = extract_article(_page("Der Haushalt ist beschlossen", story)).text
    assert "Absatz 3" in text and "Veröffentlicht" not in text
