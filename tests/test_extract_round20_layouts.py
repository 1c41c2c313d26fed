"""Layouts met on the twentieth round of unseen pages (``tests/data/extract/pages_round20``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: an embedded post
held back until the reader agrees to load it, its own markup kept in a hidden ``<textarea>`` beside the notice.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

PRESS = [
    "Human rights groups have launched a camera filter to campaign for a ban on weapons that pick their own targets.",
    "Several states are moving towards drones and other systems that choose and attack targets without a human.",
    "The filter shows how such systems could scan a crowd, and it is available on two social networks from today.",
    "Talks on a new treaty resume next month, and sixty-six states have already asked for a binding framework.",
]


def _held_embed(tweet: str) -> str:
    """The box a consent module puts where a post is embedded: the post's markup waits in a hidden textarea."""
    return (
        "<div class='third-party-services--placeholder' data-placeholder-type='embedded_code'>"
        "<textarea class='third-party-services--original-content' hidden>"
        "<form action='/user/0/services'><label>Twitter</label></form>"
        f'<blockquote class="twitter-tweet"><p>{tweet}</p></blockquote></textarea>'
        "<h2>Allow Twitter</h2><div class='content-wrapper'><div class='message'>We respect your privacy and so do not "
        "connect to Twitter without your consent. Here you can manage your settings for the social media channels."
        "</div><a href='/user/0/services' class='button'>Manage privacy settings</a></div></div>"
    )


def test_an_embedded_post_waiting_for_consent_is_not_read_as_its_notice_but_its_introduction_is() -> None:
    title = "Weapons that choose their own targets must be banned"
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>"
        f"<div class='field--name-body'><p>{PRESS[0]}</p><p>{PRESS[1]}</p></div>"
        "<div class='paragraph--type--embed-code'><div class='field--name-field-body'>"
        "<p><strong>A tweet by our secretary general about the filter:</strong></p></div>"
        f"<div class='field--name-field-embedded-code'>{_held_embed('A machine must not decide on life.')}</div></div>"
        f"<div class='paragraph--type--simple-text'><p>{PRESS[2]}</p></div>"
        "<div class='paragraph--type--embed-code'><div class='field--name-field-body'>"
        "<p><strong>Our own tweet from the day parliament debated these weapons:</strong></p></div>"
        f"<div class='field--name-field-embedded-code'>{_held_embed('Today parliament debates the ban.')}</div></div>"
        f"<div class='paragraph--type--simple-text'><p>{PRESS[3]}</p></div>"
        f"</article></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    for sentence in PRESS:
        assert sentence in text
    assert "A tweet by our secretary general about the filter:" in text
    assert "Our own tweet from the day parliament debated these weapons:" in text
    assert "Allow Twitter" not in text
    assert "We respect your privacy" not in text
    assert "Manage privacy settings" not in text
