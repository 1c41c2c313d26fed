"""Layouts met on the tenth round of unseen pages (``tests/data/extract/pages_round10``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a body box whose
class says what it is without ("no-share").
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.article import (
    _before_rule_after_headline_box,
    _ingredients_before,
    _lead_element,
    page_index,
)
from tts_service.extract.dom import RawBlock, clean_tree, parse_html, walk_blocks


@pytest.mark.parametrize("name", ["entry-content no-share", "post-body no_comments", "content without-ads"])
def test_a_body_whose_class_says_it_has_no_share_buttons_is_read(name: str) -> None:
    related = "".join(f"<li><a href='/tin-{i}'>Tin khác số {i} về chuyện nhà cửa</a></li>" for i in range(12))
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='wrap'><h1>{TITLE}</h1><div class='share-bar'><a href='#'>Facebook</a></div>"
        f"<div class='{name}'><div class='inner'>{body}</div></div><aside><ul>{related}</ul></aside></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_box_hidden_from_print_is_still_not_read_when_it_names_a_widget() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE, f"<article><h1>{TITLE}</h1>{body}<div class='no-print share'><a href='#'>Chia sẻ</a></div></article>"
    )
    assert "Chia sẻ" not in extract_article(html).text


OPENING = [
    "Bản cập nhật 4.47.4 sửa lỗi hiển thị thông báo khi quái vật xuất hiện và tăng sức mạnh cho trùm sa mạc.",
    "Thời gian hồi sinh của trùm được rút từ ba mươi xuống hai mươi phút, kèm thông báo trước năm phút.",
    "Chúng tôi đã biết lỗi bàn phím trên một số máy Android 11 và đang thử bản sửa trên máy chủ thử nghiệm.",
]
REPLIES = [
    "Tiếc là bùa ánh sáng của trùm sa mạc đã bị bỏ, giờ đánh trùm lại chỉ còn là đập liên tục cho đến hết.",
    "Thông báo giờ đã chạy đúng, nhưng nên đặt giờ xuất hiện cố định để mọi người dễ hẹn nhau đi đánh trùm.",
    "Đội phát triển đã đọc góp ý của các bạn và giảm số lần hiện thông báo xuống còn hai lần cho mỗi trùm.",
]


def _post(number: int, author: str, text: str) -> str:
    """A forum post whose header holds a list item left without its list (its ``<ul>`` commented out): the
    HTML parser then never closes the header, and the post's message ends up inside it."""
    return (
        f"<article class='message message--post js-post' id='js-post-{number}'>"
        f"<div class='message-inner'><div class='message-cell message-cell--user'><h4 class='message-name'>"
        f"{author}</h4><div class='userTitle'>Thành viên</div></div><div class='message-cell message-cell--main'>"
        f"<header class='message-attribution'><a href='/t/1/post-{number}'>18/09/2020</a>"
        f"<div class='message-attribution-opposite'><!-- <ul class='actions'> --><li><a href='/t/1/post-{number}'>"
        f"#{number}</a></li></ul></header><div class='message-content'><article class='message-body'>"
        f"<div class='bbWrapper'>{text}</div></article></div>"
        f"<footer class='message-footer'><a href='#'>Thích</a> <a href='#'>Trả lời</a></footer>"
        "</div></div></article>"
    )


@pytest.mark.parametrize("replies", [0, 3])
def test_a_post_whose_header_the_parser_leaves_open_over_its_message_reads_the_message(replies: int) -> None:
    posts = _post(1, "quantri", "<br>".join(OPENING)) + "".join(
        _post(n, f"nguoichoi{n}", reply) for n, reply in list(enumerate(REPLIES, 2))[:replies]
    )
    html = _page(
        "Bản cập nhật 4.47.4",
        "<div class='p-body'><ul class='p-breadcrumbs'><li><a href='/'>Diễn đàn</a></li><li><a href='/f/1'>Tin tức"
        f"</a></li></ul><h1 class='p-title-value'>Bản cập nhật 4.47.4</h1><div class='block-body'>{posts}</div>"
        "<div class='p-footer'>Forum software by XenForo® © 2010-2019 XenForo Ltd.</div></div>",
    )
    text = extract_article(html).text
    assert all(p in text for p in OPENING)
    assert not any(r in text for r in REPLIES)
    assert "XenForo" not in text


INGREDIENT_ROWS = [("125 g", "Mehl"), ("65 g", "Zucker"), ("1", "Ei"), ("500 ml", "Milch"), ("2 Pck.", "Puddingpulver")]
RECIPE_STEPS = [
    "Als erstes den Pudding kochen und zum Abkühlen zur Seite stellen, dabei Folie auf die Oberfläche legen.",
    "Für den Boden die Zutaten zusammenkneten und den Teig in die gefettete Springform drücken, mit Rand.",
    "Den Schmand mit dem abgekühlten Pudding verrühren, auf dem Boden verteilen und eine Stunde backen.",
]


NEWLINE = "\n        "


def _recipe_page() -> str:
    rows = "".join(
        # laid out over source lines, as templates print them: "125", "g" and "Mehl" each on a line of its own
        f"<tr>\n  <td class='td-left'><span>\n    {q.replace(' ', NEWLINE)}\n  </span></td>\n"
        f"  <td><span>{n} </span>\n  </td>\n</tr>"
        for q, n in INGREDIENT_ROWS
    )
    steps = "".join(f"<p>{s}</p>" for s in RECIPE_STEPS)
    teasers = "".join(f"<li><a href='/r/{i}'>Der beste Käsekuchen der Welt Nummer {i}</a></li>" for i in range(8))
    html = _page(
        "Mandarinen-Schmand-Kuchen",
        "<main class='container'><article class='box recipe-header'><h1>Mandarinen-Schmand-Kuchen</h1>"
        "<div class='gallery'><img src='a.jpg'><span>1/19</span></div></article>"
        "<div class='ad box'></div>"
        "<article class='box recipe-ingredients'><h2>Zutaten</h2><span>für</span><form><input type='number' "
        "value='1'><button>Portionen</button></form><table class='ingredients'><thead><tr><th colspan='2'><h3>"
        f"Für den Teig:</h3></th></tr></thead><tbody>{rows}</tbody></table></article>"
        "<div class='ad box'></div>"
        f"<article class='box'><h2>Zubereitung</h2><small>Arbeitszeit ca. 30 Minuten</small>{steps}</article>"
        f"<aside class='box'><h2>Weitere Rezepte</h2><ul>{teasers}</ul></aside></main>",
    )
    return html


def test_a_recipes_ingredients_in_a_table_of_quantity_and_name_cells_are_read_a_line_each() -> None:
    text = extract_article(_recipe_page()).text
    assert all(s in text for s in RECIPE_STEPS)
    assert all(f"{q} {n}" in text.split("\n\n") for q, n in INGREDIENT_ROWS)
    assert text.index("Mehl") < text.index(RECIPE_STEPS[0])
    assert "Käsekuchen" not in text


def test_a_recipes_ingredients_in_their_own_box_before_the_steps_box_are_given_back_before_the_steps() -> None:
    page = walk_blocks([parse_html(_recipe_page()).find("body")])
    steps = [b for b in page if b.text in RECIPE_STEPS]  # what an engine that kept only the steps' box returns
    given = [b.text for b in _ingredients_before(steps, page, page_index(page))]
    rows = [f"{q} {n}" for q, n in INGREDIENT_ROWS]
    assert given[0] == "Zutaten" and given[-len(RECIPE_STEPS) :] == RECIPE_STEPS
    assert [t for t in given if t in rows] == rows


def test_a_box_of_other_recipes_before_the_steps_is_not_given_back() -> None:
    html = _recipe_page().replace("recipe-ingredients", "recipe-more")
    page = walk_blocks([parse_html(html).find("body")])
    steps = [b for b in page if b.text in RECIPE_STEPS]
    assert [b.text for b in _ingredients_before(steps, page, page_index(page))] == RECIPE_STEPS


ABOUT = (
    "Das Jugendwerk koordiniert, fördert und gestaltet die Jugendarbeit im ganzen Land. Unser Ziel ist es, junge"
    " Menschen zu begleiten und sie bei ihrem Engagement für Jugendarbeit und Gesellschaft zu unterstützen."
)


def _news_item(between: str) -> list[RawBlock]:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='col main'><div class='ce' id='c1'><div class='news-item'><div class='date'>05.02.2020</div>"
        f"<h1>{TITLE}</h1><div class='text'>{body}</div></div></div>{between}<p>{ABOUT}</p></div>"
        "<div class='col side'><h4>Ich bin dabei!</h4><p>Benjamin, Lehrer</p></div>",
    )
    return walk_blocks([parse_html(html).find("body")])


def test_the_publishers_about_box_past_a_rule_after_the_box_of_the_headline_and_its_body_is_not_read() -> None:
    page = _news_item("<div class='ce' id='c2'><hr></div>")
    kept = [b for b in page if b.text in (*BODY, ABOUT)]  # what an engine that read on past the rule returns
    assert [b.text for b in _before_rule_after_headline_box(kept, page, page_index(page))] == BODY


def test_a_body_that_goes_on_after_the_headlines_box_without_a_rule_is_read_to_its_end() -> None:
    page = _news_item("<div class='ce' id='c2'></div>")
    kept = [b for b in page if b.text in (*BODY, ABOUT)]
    assert [b.text for b in _before_rule_after_headline_box(kept, page, page_index(page))] == [*BODY, ABOUT]


def test_a_rule_inside_the_body_does_not_end_it() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<hr><p>{ABOUT}</p></article>")
    page = walk_blocks([parse_html(html).find("body")])
    kept = [b for b in page if b.text in (*BODY, ABOUT)]
    assert [b.text for b in _before_rule_after_headline_box(kept, page, page_index(page))] == [*BODY, ABOUT]


SLIDES = [
    (
        "Warum haben wir Angst?",
        "Angst ist, wirft man einen Blick auf unsere Evolution, ein uraltes Phänomen der Lebewesen.",
    ),
    ("Schnelle Reaktion", "Wer bei Gefahr schnell reagiert und flieht, hat bessere Chancen, den Tag zu überleben."),
    (
        "Was passiert im Körper?",
        "Sobald wir etwas Bedrohliches wahrnehmen, setzt der Körper eine ganze Kette von Reaktionen in Gang.",
    ),
]


def test_a_gallerys_slide_headings_that_repeat_the_pictures_alt_text_are_read_over_their_text() -> None:
    slides = "".join(
        f"<div class='img-container'><img src='{i}.jpg' alt='{h}'></div>"
        f"<div class='label-tag'><span>{i}/28 Fotos</span><span>© Shutterstock</span></div>"
        f"<h2 class='subheadline'>{h}</h2><div><p>{t}</p></div><div class='spacer'></div>"
        for i, (h, t) in enumerate(SLIDES, 2)
    )
    intro = "Die Angst ist ein unausweichlicher Bestandteil der menschlichen Erfahrung, und doch suchen manche sie."
    html = _page(TITLE, f"<div class='news-main-text'><h1>{TITLE}</h1><p>{intro}</p>{slides}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, intro, *(x for slide in SLIDES for x in slide)]


def test_a_heading_under_a_picture_that_repeats_its_alt_text_over_a_credit_is_still_its_caption() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<article><h1>{TITLE}</h1>{body}<div><img src='a.jpg' alt='Căn phòng sau khi dọn'></div>"
        "<h4>Căn phòng sau khi dọn</h4><p>Ảnh: Minh Anh</p></article>",
    )
    assert "Căn phòng" not in extract_article(html).text


LEAD = "Der Konzern muss sich von Teilen seiner US-Aktivitäten trennen, damit die Behörden die Fusion genehmigen."


@pytest.mark.parametrize("name", ["c-leadtext u-font-semibold", "article-introtext", "teasertext"])
def test_a_standfirst_whose_class_runs_lead_and_text_together_is_read(name: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<article class='o-article'><h1>{TITLE}</h1><div class='c-metadata'><time>23. März 2017</time></div>"
        f"<p class='{name}'>{LEAD}</p><div class='c-socialshare'><a href='#'>Facebook</a></div>"
        f"<div class='o-article__body'>{body}</div></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, LEAD, *BODY]
    lead = _lead_element(parse_html(html).find("body"), None)
    assert lead is not None and lead.text_content() == LEAD


POLICY = [
    "Chúng tôi hoan nghênh mọi ý kiến đóng góp; mời bạn đọc quy định bình luận trước khi gửi.",
    "Ý kiến dưới đây là của bạn đọc, không phải của tòa soạn.",
]


@pytest.mark.parametrize("widget", ["<div class='fb-comments' data-href='x'> </div>", "<div id='disqus_thread'></div>"])
def test_the_notice_over_a_comments_box_a_script_fills_is_not_read(widget: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    notice = "".join(f"<p style='font-size:12px'>{p}</p>" for p in POLICY)
    html = _page(
        TITLE,
        f"<div class='story'><h1>{TITLE}</h1><div class='story-text'>{body}<div class='divline'> </div>"
        f"<div style='padding:10px 0'>{notice}</div>{widget}</div></div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_the_last_paragraph_right_before_a_comments_box_a_script_fills_is_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<article><h1>{TITLE}</h1>{body}<p>Chúc các bạn thành công.</p><div id='disqus_thread'></div></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, "Chúc các bạn thành công."]


def test_a_long_picture_legend_in_a_box_named_legend_is_not_read() -> None:
    legend = (
        "Der Aktionsplan beinhaltet auch die lichten Wälder, welche durch eine spezifische Bewirtschaftung"
        " entstanden sind, etwa Kastanienselven mit ihren knorrigen, grosskronigen Bäumen."
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='content'><h1>{TITLE}</h1><div class='images'><div class='imageBox'>"
        f"<a href='a.jpg'><img src='a.jpg'></a><div class='legend'><div class='content'>{legend}<br>Foto © Peter"
        f"</div></div></div></div>{body}</div>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


STORY = (
    "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。"
    "イヌはそれを見て、思いました。あいつの肉の方が、大きそうだ。"
)


@pytest.mark.parametrize("site", ["＜福娘童話集　きょうのイソップ童話＞", "【福娘童話集】", "〈福娘童話集〉"])
def test_a_site_name_in_angle_brackets_after_a_headline_is_not_read_with_it(site: str) -> None:
    html = (
        f"<html><head><title>欲張りなイヌ　{site}</title></head><body><table><tr><td><p>{STORY}</p>"
        "<p>おしまい</p></td></tr></table></body></html>"
    )
    assert extract_article(html).title == "欲張りなイヌ"


@pytest.mark.parametrize("title", ["影评：《流浪地球》", "Le président promet « une réforme juste »"])
def test_a_work_or_a_quote_in_brackets_at_the_end_of_a_headline_stays_in_it(title: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><p>{STORY}</p></body></html>"
    assert extract_article(html).title == title


@pytest.mark.parametrize(
    "player",
    [
        "<table><tr><td>♪音声配信(html5)</td></tr><tr><td><audio src='a.mp3' controls></audio></td></tr>"
        "<tr><td><a href='/blog'>朗読ブログより</a></td></tr></table>",
        "<div class='player'><p>Nghe bài viết</p><audio src='a.mp3' controls></audio></div>",
    ],
)
def test_the_label_of_an_audio_player_set_in_the_article_is_not_read(player: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<div class='main'><h1>{TITLE}</h1>{player}{body}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


CARDS = [
    ("366日への旅", "毎日の記念日・誕生花"),
    ("福娘童話集", "世界と日本の童話と昔話"),
    ("世界60秒巡り", "国旗国歌や世界遺産"),
]


def test_a_table_of_link_cards_after_the_story_is_not_read() -> None:
    cards = "".join(
        f"<tr><td><font size='-1'><b>{name}</b><br><br><a href='/{i}/'>{what}</a></font></td></tr>"
        for i, (name, what) in enumerate(CARDS)
    )
    html = (
        f"<html><head><title>欲張りなイヌ</title></head><body><table><tr><td><p align='center'>欲張りなイヌ</p>"
        f"<p>{STORY}</p><p align='center'>おしまい</p><table><tr><td><b>福娘のサイト</b></td></tr>{cards}</table>"
        "</td></tr></table></body></html>"
    )
    assert extract_article(html).text.split("\n\n") == ["欲張りなイヌ", STORY, "おしまい"]


def test_a_table_of_short_rows_with_a_link_in_each_sentence_is_read() -> None:
    rows = "".join(
        f"<tr><td>Bước {i}: mở <a href='/h/{i}'>trang hướng dẫn</a> và làm theo.</td></tr>" for i in range(1, 5)
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1>{body}<table>{rows}</table></article>")
    assert "Bước 4: mở trang hướng dẫn và làm theo." in extract_article(html).text


def test_the_description_under_a_video_at_the_top_of_a_story_is_not_read() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<article class='asset story'><section><div class='story-priority-asset video-asset'>"
        "<object class='player'><param name='a' value='b'></object><p class='video-desc'>Làm sao dọn nhà thật "
        f"nhanh? Phóng viên tìm hiểu tại hội chợ.</p></div></section><h1>{TITLE}</h1><div>{body}</div></article>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


HIGHLIGHTS = [
    "Hãng âm thanh ra mắt cặp nhẫn để chơi nhạc số",
    "Công ty nổi tiếng với micro cắm vào điện thoại",
    "Cặp nhẫn sẽ được bán vào mùa xuân với giá 29,99 đô la",
]


def test_a_storys_highlights_box_under_the_headline_is_read_as_its_summary() -> None:
    items = "".join(f"<li class='hlt-item'>{h}</li>" for h in HIGHLIGHTS)
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(
        TITLE,
        f"<div class='story'><h1>{TITLE}</h1><div class='byline'>Jefferson Graham, USA TODAY</div>"
        f"<div class='story-body' itemprop='articleBody'><div class='metadata'><aside class='comp story-highlights'>"
        f"<h3 class='hlts'>Story Highlights</h3><ul class='hlt'>{items}</ul></aside></div>{body}</div></div>",
    )
    text = extract_article(html).text
    assert all(h in text for h in HIGHLIGHTS) and text.index(HIGHLIGHTS[-1]) < text.index(BODY[0])
    assert "Story Highlights" not in text


def test_a_quotation_marked_inline_with_q_stays_inside_its_paragraph() -> None:
    quoted = "„<q>Der Rechtsstaat muss dieser Entwicklung entschlossen begegnen</q>“ sagt der Präsident des Amtes."
    said = "„Der Rechtsstaat muss dieser Entwicklung entschlossen begegnen“ sagt der Präsident des Amtes."
    body = "".join(f"<p>{p}</p>" for p in BODY[:2]) + f"<p>{quoted}</p>" + "".join(f"<p>{p}</p>" for p in BODY[2:])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{body}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY[:2], said, *BODY[2:]]


def test_a_table_of_figures_is_read_a_row_a_line() -> None:
    rows = [("Hauptprodukt", "2020", "2021", "Änderung"), ("Rohbenzin", "10,72 Mio. t", "12,40 Mio. t", "15,7 %")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{body}<table>{table}</table></div></main>")
    assert extract_article(html).text.split("\n\n")[-2:] == [" ".join(row) for row in rows]


def test_an_ingredient_linked_to_a_glossary_is_read_with_its_quantity_and_a_row_of_links_is_not_joined() -> None:
    rows = (
        "<tr><td>1</td><td><a href='/glossar/ei'>Ei(er)</a></td></tr><tr><td>1 TL</td><td>Backpulver</td></tr>"
        "<tr><td><a href='/a'>Impressum</a></td><td><a href='/b'>Datenschutz</a></td></tr>"
    )
    blocks = [b.text for b in walk_blocks([parse_html(f"<table>{rows}</table>").find("body")])]
    assert blocks == ["1 Ei(er)", "1 TL Backpulver", "Impressum", "Datenschutz"]


@pytest.mark.parametrize("wrap", ["{}", "<a href='/threads/3976/'>{}</a>"])
def test_a_threads_prefix_badge_in_the_header_bar_is_not_read_with_its_title(wrap: str) -> None:
    title = "Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build"
    h1 = wrap.format(f"<span class='label label--blue'>Patch Notes</span><span>&nbsp;</span>{title}")
    html = (
        f"<html><head><title>Patch Notes - {title} | Beispiel Forums</title>"
        f"<meta property='og:title' content='Patch Notes - {title}'></head><body><div class='p-body-header'>"
        f"<div class='p-title'><h1 class='p-title-value'>{h1}</h1></div></div><div class='p-body-main'>"
        f"{''.join(f'<p>{p}</p>' for p in OPENING)}</div></body></html>"
    )
    assert extract_article(html).title == title


def test_a_heading_whose_text_is_hidden_for_an_image_or_screen_readers_is_not_taken_for_the_headline() -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><head><title>Neubau Werkstattgebäude - Neubau WSL</title></head><body><nav><a href='/'>Start</a>"
        "</nav><div class='main'><hr class='hidden'><h2 class='text-hide'>Hauptinhalt</h2><article class='ce'>"
        f"<h2>Projektwettbewerb Neubau Werkstattgebäude</h2>{body}</article></div></body></html>"
    )
    article = extract_article(html)
    assert article.title != "Hauptinhalt" and "Hauptinhalt" not in article.text
    root = parse_html(html)
    clean_tree(root, None)
    assert "Hauptinhalt" not in root.text_content()  # Bootstrap's text-hide: the words are not on screen


def test_a_line_of_links_joined_by_arrows_is_a_line_of_links() -> None:
    line = "<p><a href='/j'>ひらがな</a>　←→　<a href='/je'>日本語・英語</a>　←→　<a href='/e'>English</a></p>"
    assert [b.linked for b in walk_blocks([parse_html(line).find("body")])] == [True]


def test_a_numbered_heading_whose_name_is_a_link_is_not_a_line_of_links() -> None:
    line = "<h3>#1: <a href='/tote'>Tyvek Tote Bag</a></h3>"
    assert [b.linked for b in walk_blocks([parse_html(line).find("body")])] == [False]
