"""Layouts met on the fifteenth round of unseen pages (``tests/data/extract/pages_round15``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a Spanish story
closing on an appeal to follow the paper's channels written without its accent, a headline quoting a word whose
``og:title`` the publisher cut at the first unescaped quote mark.
"""

from __future__ import annotations

from tests.test_extract_round8_layouts import FOOTER, NAV
from tts_service.extract import extract_article

ES_TITLE = 'Senador califica al presidente de "incapacitado"'
ES_BODY = [
    "El senador republicano arremetió este domingo contra el presidente en una entrevista televisiva de una hora.",
    "Según el legislador, el mandatario no está en condiciones de ejercer el cargo durante otros cuatro años.",
    "La Casa Blanca respondió que las declaraciones forman parte de la campaña para las elecciones de noviembre.",
]


def _es_page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{NAV}{body}{FOOTER}</body></html>"


def test_an_appeal_to_follow_the_papers_channels_written_without_its_accent_is_not_read() -> None:
    appeal = "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras noticias"
    story = "".join(f"<p>{p}</p>" for p in ES_BODY) + f"<p>{appeal}</p>"
    html = _es_page(f"<title>{ES_TITLE}</title>", f"<article><h1>{ES_TITLE}</h1>{story}</article>")
    assert extract_article(html).text.split("\n\n") == [ES_TITLE, *ES_BODY]


def test_a_headline_whose_og_title_is_cut_at_an_unescaped_quote_is_read_whole() -> None:
    # the page's head prints content="… de "incapacitado"": the attribute ends at the second quote mark
    head = f'<title>{ES_TITLE}</title><meta property="og:title" content="{ES_TITLE}" />'
    story = "".join(f"<p>{p}</p>" for p in ES_BODY)
    html = _es_page(head, f"<div class='nota'><h2 class='title'><a href='#'>{ES_TITLE}</a></h2>{story}</div>")
    assert extract_article(html).text.split("\n\n")[0] == ES_TITLE


DE_TITLE = "So geht der Sazerac: ein Klassiker aus New Orleans"
DE_BODY = [
    "Der Sazerac ist ein verdammt feiner Drink, und er braucht zwingend die Bitters aus New Orleans.",
    "Ein Glas mit Eis füllen und beiseite stellen, im zweiten Glas den Zucker mit den Bitters tränken.",
    "Vom ersten Glas das Eis entsorgen und das Glas innen mit etwas Absinthe benetzen, dann eingiessen.",
    "Der Legende zufolge war es ein Apotheker, der den Drink um 1830 in seiner Apotheke erfand.",
]


def test_a_story_over_its_empty_comment_box_numbered_as_a_discussion_is_read_not_the_login_prompt() -> None:
    # the comment widget's id names the discussion by its number, as a forum names its opening post
    comments = (
        "<div id='discussion_453207266' class='widget talkback'><div class='num_comments'>0</div>"
        "<div class='commentInfo'>Um mit zu diskutieren oder Bilder zu posten, musst du eingeloggt sein.</div>"
        "<form method='post'><textarea name='comment' placeholder='Schicke uns deinen Input'></textarea>"
        "<input type='submit' value='Abschicken'></form></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in DE_BODY)
    html = f"<html><head><title>{DE_TITLE}</title></head><body>{NAV}<div class='story'><h2>{DE_TITLE}</h2>"
    html += f"{story}<div class='insert'>{comments}</div></div>{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [DE_TITLE, *DE_BODY]


def test_a_two_word_headline_in_the_page_header_is_the_title_not_the_first_section_heading() -> None:
    # a static blog prints the post title in <header class="page-header">, and its sections in <h1>s too
    body = (
        "<header class='page-header'><h1>Directory jumpers</h1></header>"
        f"<p>{DE_BODY[0]}</p><h1 id='what-i-use'>What I use now</h1><p>{DE_BODY[1]}</p>"
        f"<h1 id='others'>Other tools</h1><p>{DE_BODY[2]}</p>"
    )
    html = f"<html><head><title>Directory jumpers - myblog</title></head><body>{NAV}<div id='content'>{body}</div>"
    html += f"{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n")[0] == "Directory jumpers"


FR_TITLE = "Turpitude et architecture"
FR_BODY = [
    "Deux vies évoluant dans deux mondes bien distincts vont pourtant se rapprocher par la magie de la plume.",
    "Le roman raconte la petite histoire des bas quartiers et la grande histoire de l’urbanisation de la ville.",
    "En France, l’écrivain vient de recevoir un prix de littérature, le troisième de sa longue carrière.",
]


def test_a_read_also_box_the_page_names_by_its_class_is_not_read_inside_the_story() -> None:
    read_also = (
        "<q class='lire_aussi'><div class='logo'><a href='/58769'><img src='a.jpg'></a></div>Lire aussi Martine "
        "Dupont <span class='et'>&amp;</span> Paul Martin, « <a href='/58769'>En Corée, la politique du soleil</a> »"
        ", <i>Le Monde</i>, juin 2018.</q>"
    )
    story = read_also + "".join(f"<p>{p}</p>" for p in FR_BODY)
    html = f"<html><head><title>{FR_TITLE}</title></head><body>{NAV}<div class='article'><h1>{FR_TITLE}</h1>"
    html += f"<div class='texte'>{story}</div></div>{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [FR_TITLE, *FR_BODY]


def test_the_standfirst_a_french_page_classes_chapo_is_read_as_the_lead_before_the_story() -> None:
    # "chapô" is the French name of the standfirst; the page signs it "par …, date" before the story
    chapo = "L’un des écrivains les plus célèbres du pays est un homme heureux, et son dernier roman vient de paraître."
    head = (
        f"<div class='cartouche'><h1>{FR_TITLE}</h1><div class='chapo'><p>{chapo}</p></div>"
        "<div class='dates_auteurs'>par <span class='auteurs'>Didier Martin</span>, 21 juin 2018</div></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in FR_BODY)
    html = f"<html><head><title>{FR_TITLE}</title></head><body>{NAV}<div id='contenu'><div class='principal'>"
    html += f"{head}<div class='texte'>{story}</div></div></div>{FOOTER}</body></html>"
    article = extract_article(html)
    assert article.text.split("\n\n") == [FR_TITLE, chapo, *FR_BODY]
    assert article.blocks[0].kind == "lead"


JA_TITLE = "消費税の軽減税率、低所得層ほど恩恵が少ないことが判明"
JA_BODY = [
    "政府の試算によると、軽減税率による負担軽減額は所得の高い世帯ほど大きくなることが分かりました。",
    "消費増税の景気対策なのに低所得層ほど恩恵を受けられないとすれば、本末転倒と言うしかなさそうです。",
    "専門家は、給付付き税額控除など別の仕組みを組み合わせるべきだと指摘しています。",
]


def test_a_shop_box_for_a_book_set_after_the_story_is_not_read() -> None:
    # a blog tool's box for a product on a shop: its name, "posted with …", the author, the sales rank, the link
    box = (
        "<div class='amazlet-box'><div class='amazlet-image'><a href='https://shop.example/x'><img src='b.jpg'></a>"
        "</div><div class='amazlet-info'><div class='amazlet-name'><a href='https://shop.example/x'>「10%消費税」が日本"
        "経済を破壊する</a><div class='amazlet-powered-date'>posted with <a href='https://tool.example/'>amazlet</a>"
        " at 19.03.02</div></div><div class='amazlet-detail'>藤井聡 <br>晶文社 <br>売り上げランキング: 6,808<br></div>"
        "<div class='amazlet-link'><a href='https://shop.example/x'>ショップで詳細を見る</a></div></div></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in JA_BODY) + box
    html = f"<html><head><title>{JA_TITLE}</title></head><body>{NAV}<article><h1>{JA_TITLE}</h1>"
    html += f"<div class='entry-content'>{story}</div></article>{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [JA_TITLE, *JA_BODY]


EN_TITLE = "Before and after: the details make a difference in a reader's kitchen"
EN_BODY = [
    "The owners took the kitchen down to the studs and started again with a plan for every corner of it.",
    "New cabinets run to the ceiling now, and the old window was moved to sit above the deep new sink.",
    "Open shelves by the range hold the plates they use every day, and the rest hides behind the doors.",
]


def test_a_closing_image_credits_line_in_brackets_is_not_read() -> None:
    story = "".join(f"<p>{p}</p>" for p in EN_BODY) + "<p>(Image credits: Kaycee - The Big Reveal)</p>"
    html = f"<html><head><title>{EN_TITLE}</title></head><body>{NAV}<article><h1>{EN_TITLE}</h1>"
    html += f"<div class='post-body'>{story}</div></article>{FOOTER}</body></html>"
    assert extract_article(html).text.split("\n\n") == [EN_TITLE, *EN_BODY]


def test_the_app_signature_closing_a_post_is_not_read() -> None:
    # what a forum's or a board's phone app appends to every post its users write with it
    for signature in ("Eingetragen mit der DealBoard App für Android.", "Sent from my iPhone using Tapatalk"):
        story = "".join(f"<p>{p}</p>" for p in DE_BODY) + f"<p>{signature}</p>"
        html = f"<html><head><title>{DE_TITLE}</title></head><body>{NAV}<article><h1>{DE_TITLE}</h1>"
        html += f"<div class='post-body'>{story}</div></article>{FOOTER}</body></html>"
        assert extract_article(html).text.split("\n\n") == [DE_TITLE, *DE_BODY]


def test_the_summary_a_spanish_page_names_sumario_is_read_as_the_lead() -> None:
    summary = '"Seamos honestos. El presidente no está bien. No es apto para el cargo", indicó el senador'
    head = (
        "<div class='header'><h1></h1></div><div class='nota'>"
        f"<h2 class='title'><a href='#' id='titulo'>{ES_TITLE}</a></h2><p class='sum' id='sumario'>{summary}</p>"
        "<div class='social-share'><ul><li><a href='#'>Compartir</a></li></ul></div>"
        "<div class='byline'>Por AFP | 09/01/2022 | 14:32</div>"
    )
    story = "".join(f"<p>{p}</p>" for p in ES_BODY)
    html = _es_page(f"<title>{ES_TITLE}</title>", f"{head}<div class='cuerpo'>{story}</div></div>")
    article = extract_article(html)
    assert article.text.split("\n\n") == [ES_TITLE, summary, *ES_BODY]
    assert article.blocks[0].kind == "lead"
