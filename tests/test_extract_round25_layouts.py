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
