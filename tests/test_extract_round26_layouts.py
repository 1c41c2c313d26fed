"""Layouts met on the twenty-sixth round of unseen pages (``tests/data/extract/pages_round26``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a news story with
a slideshow of other news set between its paragraphs; a coloured box asking readers to support the magazine, and
the photo credit, closing a story; a quotation set in a figure of its own with no picture.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV
from tts_service.extract import extract_article


def _page(title: str, article: str, after: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{NAV}<main><article><h1>{title}</h1>{article}"
        f"</article></main>{FOOTER}{after}</body></html>"
    )


def _slide(n: int) -> str:
    return (
        f"<li><h3>Market story number {n}</h3><p>Shares of the company number {n} fell sharply on Monday after its "
        f"results disappointed investors, who had hoped for a better quarter and a bigger dividend this year.</p>"
        "<p class='credits'>GETTY IMAGES</p></li>"
    )


def test_a_slideshow_of_other_news_set_inside_a_story_is_not_read_but_the_story_around_it_is() -> None:
    slides = "".join(_slide(n) for n in range(1, 13))
    gallery = (
        "<div class='widget type-gallery'><div class='gallery-preview'><h2 class='gallery-title'>Business news in "
        "pictures</h2><ul><li><a href='#'>50</a> <span>show all</span></li></ul></div><div class='full-gallery'>"
        "<a href='#' class='close' title='Close gallery'></a><h2 class='gallery-title'>Business news in pictures</h2>"
        f"<ul class='legends'>{slides}</ul></div></div>"
    )
    tips = "".join(
        f"<h3>{n}. A tip about hotel rooms number {n}</h3><p>The owner said guests should always check item {n} "
        "of the room when they arrive, because housekeepers do not always have the time to do it well.</p>"
        for n in range(1, 6)
    )
    after = (
        "<h3>6. Mini bars almost always lose money</h3><p>Despite the prices in the minibar, owners still struggle "
        "to make a profit from those snacks, one of them said.</p><h3>7. Check the hand towels</h3><p>The "
        "last tip is about the towels, which are not always changed between two stays, the owners said.</p>"
    )
    html = _page(
        "The seven secrets hotel owners keep",
        "<p>Most people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets.</p>"
        f"<p>Here are some of the secrets the receptionist will never tell you.</p>{tips}{gallery}{after}",
    )
    text = extract_article(html).text
    assert "Here are some of the secrets" in text and "5. A tip about hotel rooms number 5" in text
    assert "6. Mini bars almost always lose money" in text and "not always changed between two stays" in text
    assert "Market story number" not in text and "Business news in pictures" not in text
    assert "GETTY IMAGES" not in text


def test_a_coloured_box_asking_readers_to_support_the_magazine_and_the_photo_credit_closing_a_story_are_not_read() -> (
    None
):
    appeal = (
        "<p class='has-background' style='background-color:#efc139'><strong>Gefällt dir unser Bergmagazin? Beim Start "
        "haben wir entschieden, keine Bezahlschranke einzuführen. Das wird auch so bleiben.</strong><br><br><strong>"
        "Um unabhängiger von Werbung zu sein und dir noch bessere Inhalte zu liefern, brauchen wir deine "
        "Unterstützung.<br><br>Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag. Wie? Das "
        "erfährst du <a href='/community'>hier</a>.</strong></p><div class='wp-block-buttons'><div "
        "class='wp-block-button'><a class='wp-block-button__link' href='/community'>Mehr erfahren</a></div></div>"
        "<p>+++<br>Credits: Titelbild <a href='https://photo.example'>Studio Nord</a></p>"
    )
    html = _page(
        "Erste Begehung einer Route im Frankenjura",
        "<p>Die Kletterin hat am Wochenende eine der schwersten Routen der Region zum ersten Mal begangen, nach "
        "drei Jahren Arbeit an den einzelnen Zügen.</p><p>Sie sagte danach, der Fels sei an diesem Tag trocken und "
        f"kühl gewesen, die Bedingungen fast perfekt.</p>{appeal}",
    )
    text = extract_article(html).text
    assert "die Bedingungen fast perfekt" in text
    assert "Bergmagazin" not in text and "deine Unterstützung" not in text and "unterstütze unser Magazin" not in text
    assert "Titelbild" not in text and "Studio Nord" not in text


def test_a_quotation_set_in_a_figure_without_a_picture_is_read_as_the_text_announces_it() -> None:
    html = _page(
        "Climber hints at a new sponsor",
        "<p>The climber has published a short video on his channel that hints at a change of sponsor.</p>"
        "<p>In the video, many short sequences follow one another, with the following text panels.</p>"
        "<figure class='wp-block-pullquote'><blockquote><p><em>All journeys are stories that connect the past "
        "with our plans, like rivers to the threads of our lives. March 3, 2022.</em></p><cite>Video</cite>"
        "</blockquote></figure><p>What the date means is not clear yet, but the company has announced news for that "
        "day as well.</p><figure class='wp-block-pullquote'><blockquote><p>What the date means is not clear yet.</p>"
        "<cite>The climber</cite></blockquote></figure><p>The climber did not answer our questions.</p>",
    )
    text = extract_article(html).text
    assert "All journeys are stories that connect the past with our plans" in text
    assert text.count("What the date means is not clear yet") == 1  # a pull quote of the text is not read twice
