"""Layouts that leaked or read poorly in round 35 (``pages_round35``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a classic blog theme's post that
closes with the post's metadata paragraph (``postmetadata``: the writer's one-line biography with links to the
writer's networks, then "This entry was posted on … and is filed under …"), read out as the post's last lines.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_POST = [
    "Fifteen years ago I carried a small organiser in my pocket that kept my calendar and my notes offline.",
    "It synchronised with my desktop once a day through a cradle, and it never once asked me for a network.",
    "Today my telephone is a thousand times faster, yet most of its programs stop working in a tunnel.",
    "We have put the power of a desktop computer into the palm of a hand. Are we really using it well?",
]


def _classic_blog_post(footer_class: str) -> str:
    post = "".join(f"<p>{p}</p>" for p in _POST)
    return (
        "<html><head><title>Offline first, fifteen years ago</title></head><body><div id='content'>"
        "<div class='post' id='post-1921'><h2>Offline first, fifteen years ago</h2>"
        f"<div class='entry'>{post}"
        f"<p class='{footer_class}'><small style='display: block'><strong>Tom Berger</strong> (aka tberger) is the"
        " founder of a small analytics company, which helps newspapers understand their readers. You can follow"
        " him on <a href='https://twitter.example/tberger'>Twitter</a> or <a href='/in/tberger'>LinkedIn</a>."
        "</small><small>This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under"
        " <a href='/category/personal' rel='category tag'>Personal</a>. You can follow any responses to this"
        " entry through the <a href='/feed'>RSS 2.0</a> feed.</small></p>"
        "</div></div><h3 id='comments'>One response</h3></div></body></html>"
    )


def test_the_posts_metadata_paragraph_with_the_writers_bio_is_not_read() -> None:
    text = extract_article(_classic_blog_post("postmetadata alt")).text
    assert all(p in text for p in _POST)
    assert text.rstrip().endswith(_POST[-1])
    assert "Twitter" not in text and "This entry was posted" not in text and "Tom Berger" not in text


def test_a_paragraph_named_for_the_post_is_still_read() -> None:
    text = extract_article(_classic_blog_post("post-lead")).text
    assert all(p in text for p in _POST)


# A tech news site's report whose paragraphs are text runs split by line breaks, closed by a bold "Siehe auch:"
# label over a list of links to other reports; after the article's box come the topic link, the forum box, a deal
# of the day with a long product name and the site's appeal for support, all read out as the story's end.
_REPORT = [
    "Die Raumfahrtbehörde startet am kommenden Mittwoch einen eigenen Streaming-Dienst für ihre Videos.",
    "Der Dienst bietet Live-Berichte von Starts und Videos über vergangene und künftige Missionen an.",
    "Er kann über die App der Behörde und über die meisten großen Plattformen ohne Gebühren genutzt werden.",
]


def _tech_report(label: str) -> str:
    text = "<br><br>".join(_REPORT)
    links = "".join(
        f"<li><a class='newslink' href='/news,{n}.html'>Weitere Meldung Nummer {n}</a></li>" for n in (1, 2, 3)
    )
    return (
        "<html><head><title>Behörde startet eigenen Streaming-Dienst</title></head><body><div id='content'>"
        "<h1>Behörde startet eigenen Streaming-Dienst</h1><div class='article_text'>"
        f"{text}<br><br><b>{label}</b><br><div class='link_list'><ul>{links}</ul></div></div>"
        "<div class='more_links'><b>Thema:</b> <a href='/special/raumfahrt/'>Raumfahrt</a></div>"
        "<div class='box'><h3>Beiträge aus dem Forum</h3></div>"
        "<div class='deal'><h3>Jetzt als Blitzangebot</h3><p>Ab 08:10 Uhr Kabellose Kopfhörer Over Ear mit sechs"
        " Klangmodi, vierzig Stunden Wiedergabezeit und eingebautem Mikrofon, faltbar und leicht, ideal für"
        " Reisen und Zuhause, Originalpreis 30,99 €, Angebotspreis 24,99 €</p></div>"
        "<div class='support'><h3>Unterstützen Sie uns</h3><p>Sie wollen online einkaufen?</p><p>Dann nutzen Sie"
        " bitte einen der folgenden Links, um uns zu unterstützen:</p><p>Vielen Dank!</p></div>"
        "</div></body></html>"
    )


def test_a_see_also_label_over_links_ends_the_report() -> None:
    for label in ("Siehe auch:", "See also:"):
        text = extract_article(_tech_report(label)).text
        assert all(p in text for p in _REPORT)
        assert text.rstrip().endswith(_REPORT[-1]), text


# A magazine feature with a video embedded in a figure that, until the reader consents, shows only a placeholder
# ("Content" / "This content can also be viewed on the site it originates from."), followed by the video's credit
# line in capitals ("VIDEO COURTESY OF …"): both were read out between two paragraphs.
_FEATURE = [
    "The typeface was redrawn from scratch, forty thousand characters in all, for screens large and small.",
    "Its designers say that looking at it again felt like seeing an old friend in the morning light.",
]


def _feature_with_embed(credit: str) -> str:
    return (
        "<html><head><title>An old typeface made new</title></head><body><article><h1>An old typeface made new</h1>"
        f"<div class='body__inner-container'><p>{_FEATURE[0]}</p>"
        "<figure data-testid='IframeEmbed' class='IframeEmbedWrapper-sc-fgihoU YElFc iframe-embed'>"
        "<div class='IframeEmbedContainer-hMsJhd iCnJeH'><div class='MessageBannerWrapper-fxHHQZ juwias'>"
        "<div class='MessageBannerContent-gbOyDT'><h4 class='BannerTitle-gQXSfz dxOYDA'>Content</h4>"
        "<p>This content can also be viewed on the site it <a href='https://video.example/325917208'>originates</a>"
        f" from.</p></div></div></div></figure><p>{credit}</p><p>{_FEATURE[1]}</p></div></article></body></html>"
    )


def test_an_embed_placeholder_and_the_videos_credit_are_not_read() -> None:
    for credit in ("VIDEO COURTESY OF MONOTYPE", "Video by Jane Roe"):
        text = extract_article(_feature_with_embed(credit)).text
        assert all(p in text for p in _FEATURE)
        assert "originates" not in text and "Content" not in text and credit not in text, text
