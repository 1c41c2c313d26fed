"""Layouts met on development pages of publishers never seen before (fundus test pages, read for classes only):
what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: an article the HTML
parser put inside a sidebar left open.
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.article import _lead_element
from tts_service.extract.dom import parse_html
from tts_service.extract.heuristics import is_caption, is_ui_string, looks_like_signature, strip_photo_credit

LONG_BODY = [p + " " + p for p in BODY] + [BODY[0]]


def test_an_article_the_parser_put_inside_a_sidebar_left_open_is_read() -> None:
    # the sidebar's last box is never closed, so the parser nests the story column in the <aside>
    side = (
        "<aside class='col secondary'><div class='inner'><div class='follow'>Theo dõi chúng tôi</div>"
        "<ul class='menu'><li><a href='/a'>Thời sự</a></li><li><a href='/b'>Thế giới</a></li></ul>"
        "<div class='box'><h3>Đọc nhiều</h3><ul><li><a href='/c'>Giá vàng hôm nay tăng mạnh</a></li></ul>"
        "</aside>"
    )
    story = "<section class='content'><article>" + "".join(f"<p>{p}</p>" for p in LONG_BODY) + "</article></section>"
    cards = "".join(f"<article><a href='/{i}'>Tin nổi bật số {i} trong ngày</a></article>" for i in range(3))
    main = f"<div class='main'><h1>{TITLE}</h1><div class='row'>{side}{story}</div></div>"
    html = _page(TITLE, f"<div class='top'>{cards}</div>{main}")
    text = extract_article(html).text
    assert text.split("\n\n") == [TITLE, *LONG_BODY]


MORE = [
    "Cuối tuần, hãy dành mười lăm phút cho chiếc tủ quần áo và chỉ giữ lại những món bạn đã mặc trong mùa này.",
    "Giấy tờ cũ nên được chụp lại rồi cất vào một thư mục trên máy, bản giấy chỉ giữ những gì luật buộc phải giữ.",
    "Quà tặng không dùng đến có thể đem tặng lại người cần, vì tấm lòng của người tặng không nằm ở món đồ.",
    "Sau một tháng, hãy nhìn lại căn nhà và ghi ra những thói quen giúp nó gọn gàng lâu hơn bạn tưởng.",
]


def _section(paragraphs: list[str], inner: str = "") -> str:
    text = "".join(f"<p class='para'>{p}</p>" for p in paragraphs[:2]) + inner
    text += "".join(f"<p class='para'>{p}</p>" for p in paragraphs[2:])
    return f"<div class='row'><div class='col'><div class='wrap'><div class='text'>{text}</div></div></div></div>"


def test_a_body_split_over_repeated_sections_with_a_card_between_its_paragraphs_is_read_to_its_end() -> None:
    # the body comes in sections of the same kind, an advertising row between them, and the second section
    # holds the card of another story (a label, a linked headline, its description) between two paragraphs
    card = (
        "<div class='block'><div>Đọc thêm</div><div><a href='/muc'>Đời sống</a></div>"
        "<a class='title' href='/bai-khac'>Vì sao người trẻ chuộng lối sống tối giản?</a>"
        "<p class='lead'>Ít đồ hơn, ít lo hơn: lối sống này đang thu hút nhiều người trẻ ở các thành phố lớn.</p></div>"
    )
    sections = _section(BODY) + "<div class='row'><div class='ad'></div></div>" + _section(MORE, card)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='sections'>{sections}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, *MORE]


def test_a_read_more_box_emptied_by_cleaning_between_wrapped_paragraphs_does_not_end_the_story() -> None:
    # every paragraph sits in a wrapper of its own; the "read more" box's cards are a related widget, so cleaning
    # leaves its heading alone in its box, between two paragraphs of the story
    wrap = "".join(f"<div class='para-x1'><div><div><p>{p}</p></div></div></div>" for p in BODY)
    more = "".join(f"<div class='para-x1'><div><div><p>{p}</p></div></div></div>" for p in MORE)
    box = (
        "<div class='box-k2'><div><h3>Đọc thêm</h3></div><div class='related'>"
        "<a href='/a'><p>Vì sao người trẻ chuộng lối sống tối giản?</p></a></div></div>"
    )
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='story-q7'>{wrap}{box}{more}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, *MORE]


SLIDES = [
    "Residents wade through a flooded street after heavy rain, Monday, Sept. 2, 2024, in Hue. (AP Photo/Jane Doe)",
    "A volunteer hands out bottled water near the river, Monday, Sept. 2, 2024. (AP Photo/John Roe, File)",
    "Rescue workers carry an elderly woman to a boat in the old quarter. (Reuters Photo/Minh Tran)",
    "Cars lie half submerged in a parking lot on the outskirts of the city. (AP Photo)",
]


def test_a_gallery_whose_slide_lines_end_with_a_wire_photo_credit_is_not_read() -> None:
    # no <figure>, no caption class: each slide is a picture and a line that ends with "(AP Photo/…)"
    slides = "".join(
        f"<div class='slide'><img src='{i}.jpg'><button>Full screen</button></div>"
        f"<div class='slide-info'><span>{i + 1} of 4</span><span><p>{s}</p></span></div>"
        for i, s in enumerate(SLIDES)
    )
    text = "".join(f"<p>{p}</p>" for p in BODY + MORE)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='gallery'>{slides}</div>{text}</main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, *MORE]


@pytest.mark.parametrize("caption", SLIDES)
def test_a_line_ending_with_a_wire_photo_credit_is_a_caption(caption: str) -> None:
    assert is_caption(caption)
    assert "Photo" not in strip_photo_credit(caption)


def test_a_sentence_that_mentions_a_photo_in_brackets_is_not_a_caption() -> None:
    assert not is_caption("He later posted the picture online (a photo he says he took himself) and deleted it.")


CONSENT = [
    "Nội dung đề xuất của ban biên tập",
    "Ở đây có một nội dung bên ngoài bổ sung cho bài viết. Bạn có thể bật hoặc tắt nó bằng một cú nhấp chuột.",
    "Tôi đồng ý cho hiển thị nội dung bên ngoài. Dữ liệu cá nhân có thể được gửi tới nền tảng của bên thứ ba.",
]
_CONSENT_TEXT = (
    f"<h3>{CONSENT[0]}</h3><p>{CONSENT[1]}</p><label><input type='checkbox'> Cho phép</label><p>{CONSENT[2]}</p>"
)


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='embed-wrapper embed-wrapper--blocked js-embed-consent'><div>{_CONSENT_TEXT}</div></div>",
        f"<div class='c-oembed-placeholder'><div class='c-oembed-placeholder__title'>{_CONSENT_TEXT}</div></div>",
        "<div class='box m-b-05' data-embed-content='&lt;iframe src=&quot;https://video.example/embed/1&quot;&gt;"
        f"&lt;/iframe&gt;'><div class='info-box'>{_CONSENT_TEXT}</div></div>",
    ],
    ids=["consent class", "embed placeholder class", "embed kept in an attribute"],
)
def test_the_consent_placeholder_standing_in_for_an_embedded_video_is_not_read(box: str) -> None:
    html = _page(
        TITLE,
        f"<main><h1>{TITLE}</h1><div class='text'>{''.join(f'<p>{p}</p>' for p in BODY)}{box}"
        f"{''.join(f'<p>{p}</p>' for p in MORE)}</div></main>",
    )
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, *MORE]


@pytest.mark.parametrize(
    "label",
    ["Anzeige", "Werbung", "Annons", "Publicidad", "Publicité", "Werbung überspringen", "Skip ad", "Link copied",
     "Fehler gefunden? Jetzt melden.", "Report an error"],
)  # fmt: skip
def test_an_advertisement_label_or_a_report_an_error_link_between_paragraphs_is_not_read(label: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in BODY[:2]) + f"<div>{label}</div>" + "".join(f"<p>{p}</p>" for p in BODY[2:])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


@pytest.mark.parametrize(
    "notice",
    [
        "Il vous reste 62% de cet article à lire. La suite est réservée aux abonnés.",
        "Este contenido es exclusivo para suscriptores.",
        "Questo articolo è riservato agli abbonati.",
    ],
)
def test_the_paywall_notice_under_the_free_part_ends_the_story(notice: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in BODY) + f"<p>{notice}</p><p>{MORE[0]}</p>"
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


APPEALS = [
    ["For the latest news and stories from across the globe, sign up for our newsletters."],
    [
        "Folgst du schon unserem Kanal auf Whatsapp?",
        "Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal und du bekommst regelmässig"
        " Updates direkt auf dein Handy.",
    ],
    ["Follow us on Google News and add us as a preferred source to get our expert news and reviews in your feeds."],
    ["Theo dõi kênh Zalo của chúng tôi để nhận bản tin mới nhất mỗi sáng.", "Minh Anh"],
    ["Kennen Sie schon unseren Newsletter?", "Jeden Morgen die wichtigsten Nachrichten des Tages – jetzt abonnieren."],
]


@pytest.mark.parametrize("appeal", APPEALS)
def test_an_appeal_to_follow_the_publishers_channel_or_newsletter_after_the_story_is_not_read(
    appeal: list[str],
) -> None:
    text = "".join(f"<p>{p}</p>" for p in BODY + appeal)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    signature = [line for line in appeal if looks_like_signature(line)]
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, *signature]


def test_a_last_paragraph_that_reports_on_a_channel_or_newsletter_is_read() -> None:
    last = "WhatsApp will let businesses subscribe customers to channels and newsletters from next month."
    text = "".join(f"<p>{p}</p>" for p in [*BODY, last])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, last]


def _titled_page(head: str, h1: str, body: str) -> str:
    return f"<html><head>{head}</head><body><main><h1>{h1}</h1>{body}</main></body></html>"


def test_a_headline_whose_second_part_follows_a_dash_is_read_whole_when_the_site_is_named_otherwise() -> None:
    full = "Bất ngờ trong phòng sinh: – Thật khó tin"
    head = f"<title>Nhân vật | {full}</title><meta property='og:site_name' content='Tin Nhanh'>"
    head += f"<meta property='og:title' content='{full}'>"
    html = _titled_page(head, full, "".join(f"<p>{p}</p>" for p in BODY))
    assert extract_article(html).title == full


def test_a_headline_whose_last_part_is_also_a_section_heading_of_the_body_is_read_whole() -> None:
    full = "Năm quy tắc dọn nhà: ngày mai bắt đầu – điều chúng ta chờ đợi"
    head = f"<title>{full}</title><meta property='og:title' content='{full}'>"
    body = "".join(f"<p>{p}</p>" for p in BODY[:2]) + "<h2>Điều chúng ta chờ đợi</h2>"
    body += "".join(f"<p>{p}</p>" for p in BODY[2:])
    assert extract_article(_titled_page(head, full, body)).title == full


@pytest.mark.parametrize(
    "label", ["Les også", "Läs också", "Lesen Sie auch", "Auch interessant", "Lire aussi", "Lee también", "Leggi anche",
              "Read next", "Also read"],
)  # fmt: skip
def test_a_pointer_to_another_story_between_paragraphs_is_not_read_and_the_story_goes_on(label: str) -> None:
    pointer = (
        f"<p><strong>{label}:</strong> <a href='/khac'>Ca sĩ kể chuyện bỏ nghề để chăm con – Tôi không hối tiếc</a></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in BODY[:2]) + pointer + "".join(f"<p>{p}</p>" for p in BODY[2:])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


LEAD = (
    "Năm quy tắc giản dị giúp căn nhà gọn gàng quanh năm. Người sống tối giản chia sẻ cách họ bắt đầu từ con số không."
)


def test_the_sapo_is_read_when_the_headline_holds_a_subtitle_named_like_a_sapo() -> None:
    h1 = (
        "<h1><span class='headline__kicker'>Năm quy tắc dọn nhà:</span> <span class='headline__sub-title'>"
        "người sống tối giản chia sẻ bí quyết của mình</span></h1>"
    )
    figure = "<figure><img src='a.jpg'><figcaption>Một góc nhà gọn gàng.</figcaption></figure>"
    body = "".join(f"<p>{p}</p>" for p in BODY)
    lead = f"<p class='article__teaser-text'>{LEAD}</p><div class='article__reading-time'>3 phút đọc</div>"
    html = _page(TITLE, f"<main><article>{h1}{figure}{lead}{body}</article></main>")
    assert extract_article(html).text.split("\n\n")[1:] == [LEAD, *BODY]


@pytest.mark.parametrize(
    "label", ["3 phút đọc", "Thời gian đọc: 4 phút", "3 Min Lesezeit", "Lesezeit: 5 Minuten", "5 min read",
              "Reading time: 6 minutes", "4 min de lecture"],
)  # fmt: skip
def test_how_long_the_article_takes_to_read_is_not_read(label: str) -> None:
    assert is_ui_string(label)


@pytest.mark.parametrize("text", ["3 phút", "Trận đấu kéo dài 90 phút đọc sách cùng con.", "5 min"])
def test_a_duration_alone_or_in_a_sentence_is_not_a_reading_time_label(text: str) -> None:
    assert not is_ui_string(text)


def test_a_subtitle_inside_the_headline_is_not_taken_for_the_sapo() -> None:
    h1 = (
        "<h1><span class='headline__kicker'>Năm quy tắc dọn nhà:</span> <span class='headline__sub-title'>"
        "người sống tối giản chia sẻ bí quyết của mình</span></h1>"
    )
    root = parse_html(f"<html><body><article>{h1}<p class='article__teaser-text'>{LEAD}</p><p>{BODY[0]}</p></article>")
    lead = _lead_element(root.find("body"), None)
    assert lead is not None and lead.text_content() == LEAD


SUPPORT = [
    "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende oder werden Sie Mitglied.",
    "If you value our journalism, please consider supporting us with a donation today.",
    "Nếu bạn thấy bài viết hữu ích, hãy ủng hộ tòa soạn để chúng tôi tiếp tục làm báo độc lập.",
]


@pytest.mark.parametrize("appeal", SUPPORT)
def test_an_appeal_to_support_the_publisher_after_the_story_is_not_read(appeal: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in [*BODY, appeal])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_last_paragraph_asking_readers_to_donate_to_others_is_read() -> None:
    last = "The charity asked readers to donate blankets and food to support the families who lost their homes."
    text = "".join(f"<p>{p}</p>" for p in [*BODY, last])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, last]


@pytest.mark.parametrize(
    "description",
    [
        "Sau trận mưa lớn, nhiều tuyến phố ở trung tâm thành phố ngập sâu. 21.04.2024 | 3:18 min",
        "Nach dem Angriff wurden auf dem Gipfel schärfere Sanktionen beschlossen. 18.04.2024 | 0:21 min",
    ],
)
def test_the_description_of_a_video_set_in_the_body_with_its_date_and_running_time_is_not_read(
    description: str,
) -> None:
    video = f"<div class='v1x'><figure><img src='v.jpg'></figure><span class='s2'>{description}</span></div>"
    text = "".join(f"<p>{p}</p>" for p in BODY[:2]) + video + "".join(f"<p>{p}</p>" for p in BODY[2:])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]
    assert is_caption(description)


AFFILIATE = [
    "If you buy something using links in our stories, we may earn a commission. This helps support our journalism.",
    "Die mit einem Symbol gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten"
    " wir eine Provision – ohne Mehrkosten für Sie!",
    "Bài viết có chứa liên kết tiếp thị: khi bạn mua hàng qua các liên kết này, chúng tôi có thể nhận hoa hồng.",
]


@pytest.mark.parametrize("note", AFFILIATE)
def test_a_note_that_links_earn_the_publisher_a_commission_is_not_read(note: str) -> None:
    text = f"<p><em>{note}</em></p>" + "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_paragraph_reporting_on_commissions_paid_for_links_is_read() -> None:
    last = "The retailer said it would cut the commission it pays to bloggers for every sale made through their links."
    text = "".join(f"<p>{p}</p>" for p in [*BODY, last])
    html = _page(TITLE, f"<main><h1>{TITLE}</h1><div class='text'>{text}</div></main>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY, last]
