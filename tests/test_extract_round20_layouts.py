"""Layouts met on the twentieth round of unseen pages (``tests/data/extract/pages_round20``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: an embedded post
held back until the reader agrees to load it, its own markup kept in a hidden ``<textarea>`` beside the notice.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article
from tts_service.extract.heuristics import is_photo_credit

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


NEWS = [
    "The airline will join the global alliance at the end of March, three months later than it had planned.",
    "Members will be able to earn and spend miles on every partner of the alliance from the first day onwards.",
    "The carrier had delayed its entry because the pandemic slowed the work of linking its booking systems.",
]


def test_the_advertisers_notice_the_newsletter_thanks_and_the_writers_blurb_around_a_story_are_not_read() -> None:
    title = "Airline sets a new date to join the alliance"
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><section class='article-content'>"
        f"<h1>{title}</h1><div class='article-wrapper'><section class='editorial-disclosure'><p>This post contains "
        "references to products from one or more of our advertisers. We may receive compensation when you click "
        "on links to those products.</p></section><div class='article-body-content'>"
        f"<div class='the-content'>{''.join(f'<p>{p}</p>' for p in NEWS)}"
        "<p><em>Featured image by Jane Roe/The Travel Guide.</em></p></div>"
        "<section class='article-email-capture'><div class='hub--email-capture'><form><input type='email'>"
        "<button>Sign up</button></form><div class='show-success'><h3>Sign-up Successful!</h3>"
        "<p>Welcome to the travel guide, where we send the best deals to your inbox every single morning!</p>"
        "</div></div></section><div class='article-body-content--author-blurb'><a href='/author/er/'>Ed Russ</a> "
        "Is a senior aviation reporter at the guide. He joined the team in June after six years of covering "
        "airlines for a trade paper, and he lives in the capital with his family.</div></div></div>"
        f"</section></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    for sentence in NEWS:
        assert sentence in text
    assert "advertisers" not in text
    assert "Sign-up Successful" not in text
    assert "Welcome to the travel guide" not in text
    assert "senior aviation reporter" not in text
    assert "Featured image by" not in text


def test_a_line_saying_who_took_the_photo_is_not_read_but_a_sentence_about_a_photo_is() -> None:
    assert is_photo_credit("Featured image by Jane Roe/The Travel Guide.")
    assert is_photo_credit("Photo by John Doe")
    assert is_photo_credit("Cover photo courtesy of the city archive.")
    assert not is_photo_credit("Photo by photo, the exhibition shows how the harbour changed over a century.")
    assert not is_photo_credit("Image by image, she rebuilt the story of her grandmother's village.")


def test_a_quote_card_repeating_a_sentence_of_the_text_is_read_once() -> None:
    title = "Weapons that choose their own targets must be banned"
    quote = "Letting machines decide on life and death without control is an attack on human dignity."
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>"
        f"<div class='field--name-body'><p>{PRESS[0]}</p><p>{PRESS[1]}</p></div>"
        "<div class='paragraph paragraph--type--citation-widget'><div class='field--name-field-body'>"
        f"<p>{quote}</p></div><div class='person-wrapper'><div class='field--name-field-person-firstname'>Mathias"
        "</div><div class='field--name-field-person-lastname'>John</div><div class='field--name-field-person-role'>"
        "Arms expert of the group</div></div></div>"
        f"<div class='paragraph--type--simple-text'><p>Mathias John, the group's arms expert, says: \"{quote}\"</p>"
        f"<p>{PRESS[2]}</p><p>{PRESS[3]}</p></div></article></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    for sentence in PRESS:
        assert sentence in text
    assert text.count("Letting machines decide") == 1
    assert 'says: "Letting machines decide' in text


def test_a_posts_score_poster_and_action_links_are_not_read_between_its_title_and_its_text() -> None:
    title = "Ask the board: what are your predictions for next year?"
    question = (
        "Looking at a busy twelve months of economics, politics and technology, I would love to hear what others "
        "think next year has in store for us all."
    )
    stamp = (
        "<span class='score'>89 points</span> by <a href='user?id=someone'>someone</a> <span class='age'>"
        "<a href='item?id=42'>on Dec 26, 2023</a></span> | <a href='hide?id=42'>hide</a> | "
        "<a href='https://search.example/?q=x' class='past'>past</a> | <a href='fave?id=42'>favorite</a> | "
        "<a href='item?id=42'>137&nbsp;comments</a>"
    )
    html = (
        f"<html><head><title>{title} | The Board</title></head><body><center><table id='main'>"
        "<tr><td><a href='news'>The Board</a> | <a href='new'>new</a> | <a href='ask'>ask</a></td></tr>"
        "<tr><td><table class='fatitem'><tr class='athing submission'><td class='title'>"
        f"<span class='titleline'><a href='item?id=42'>{title}</a></span></td></tr>"
        f"<tr><td class='subtext'><span class='subline'>{stamp}</span></td></tr>"
        f"<tr><td><div class='toptext'>{question}</div></td></tr></table>"
        "</td></tr></table></center></body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert question in text
    assert "89 points" not in text
    assert "favorite" not in text


def test_a_thread_whose_posts_are_named_comments_is_read_when_the_page_describes_its_first_post() -> None:
    title = "New case: what are these two clips for?"
    first = (
        "Not sure if this is the right place for this question, but does anyone know what these two clips are for? "
        "The manual says nothing about them, yet they both look very intentional."
    )
    reply = "Those hold the cable cover in place, you clip the cover on after routing the cables behind the tray."
    side = "".join(
        f"<li><a href='/topic/{n}'>Another topic about fans and lighting number {n}</a> by someone, 3 replies</li>"
        for n in range(6)
    )
    posts = "".join(
        f"<article id='elComment_{n}' class='cPost ipsComment'><aside><h3>poster{n}</h3><span>Members</span></aside>"
        f"<div class='ipsComment_content'><div class='ipsType_richText'><p>{text}</p></div></div></article>"
        for n, text in ((1065461, first), (1065462, reply))
    )
    html = (
        f"<html><head><title>{title} - Forum</title><meta name='description' content='{first[:150]}'></head>"
        f"<body>{NAV}<main><h1>{title}</h1><p>By poster1, March 19 in Build Hardware</p>"
        f"<div class='cTopic' id='comments'><form>{posts}</form></div><ul class='recent'>{side}</ul></main>"
        f"{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert text.startswith(title)
    assert first in text


def test_the_readers_opinions_under_a_german_story_are_not_read() -> None:
    title = "Bischöfe rufen zum Gebet für den Frieden auf"
    story = [
        "Die Bischofskonferenz hat alle Gemeinden eingeladen, am kommenden Sonntag für den Frieden zu beten.",
        "In den Gottesdiensten sollen Fürbitten für die Opfer des Krieges und für die Flüchtlinge gesprochen werden.",
        "Der Vorsitzende erinnerte daran, dass Frieden mit dem Gespräch der Nachbarn miteinander beginne.",
    ]
    policy = [
        "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.",
        "Die Kommentare werden von Moderatoren stichprobenartig gelesen und freigeschaltet, wenn sie passen.",
    ]
    html = (
        f"<html><head><title>{title}</title></head><body>{NAV}<table><tr><td><h1>{title}</h1>"
        f"{''.join(f'<p>{p}</p>' for p in story)}<br><br><h2>Lesermeinungen</h2><table></table>"
        f"{''.join(f'<p>{p}</p>' for p in policy)}</td></tr></table>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    for sentence in story:
        assert sentence in text
    assert "Lesermeinungen" not in text
    assert "Moderatoren" not in text


def test_an_appeal_to_donate_because_the_reader_liked_the_article_is_not_read() -> None:
    from tts_service.extract.heuristics import is_support_appeal

    assert is_support_appeal(
        "Ihnen hat der Artikel gefallen? Bitte helfen Sie dem Portal und spenden Sie jetzt via Überweisung!"
    )
    assert is_support_appeal("Enjoyed this article? You can donate today to keep the site free for everyone.")
    assert not is_support_appeal(
        "Der Artikel hat gefallen, sagte der Pfarrer, der zum Spenden für Flüchtlinge aufrief."
    )


MAP_STORY = [
    "Nach einer Wahl werden in den Nachrichten meist nur die Gewinner und die Ergebnisse der großen Parteien gezeigt.",
    "Weil es zu viele sind und viele nur in wenigen Ländern antreten, haben wir uns auf die größten beschränkt.",
]


def test_the_authors_box_closing_an_article_under_a_german_heading_is_not_read() -> None:
    title = "Anzahl zugelassener Parteien"
    for heading in ("Autor:innen", "Autorinnen", "Autoren", "Über die Autorin"):
        html = (
            f"<html><head><title>{title}</title></head><body>{NAV}<main id='main'><article>"
            f"<div class='pt-xl'><div class='container-sm'><h1>{title}</h1><section class='content content-article'>"
            f"{''.join(f'<p>{p}</p>' for p in MAP_STORY)}</section></div></div>"
            f"<div class='pb-xl'><div class='container-lg'><h2 class='subheading-2 text-divider'><span>{heading}</span>"
            "</h2><div class='columns'><div class='span-6'><div class='columns'><div class='span-narrow text-center'>"
            "<div class='author-image'><img src='/tim.png'></div><div><a class='btn btn-text stretched-link' "
            "href='/autoren/tim'>Tim Ehlers</a></div></div><div class='span-auto'><div class='content'><p>Geboren "
            "1983, ist seit 2015 Redakteur und vor allem als Layouter, Grafiker und Lektor tätig. Er hat Germanistik "
            "und Kunstgeschichte studiert.</p><p>Sein wissenschaftliches Hauptinteresse liegt im Bereich der "
            "Sprachwissenschaft.</p></div></div></div></div></div></div></div></article>"
            "<div class='bg-gray'><h2><span>Neueste Artikel</span></h2><div class='auto-grid'>"
            "<div class='grid-item'><a href='/a'>Wahlbeteiligung nach Ländern</a></div></div></div>"
            f"</main>{FOOTER}</body></html>"
        )
        text = extract_article(html).text
        for sentence in MAP_STORY:
            assert sentence in text
        assert heading not in text
        assert "Hauptinteresse" not in text
