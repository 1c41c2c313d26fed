"""Layouts met on the fourteenth round of unseen pages (``tests/data/extract/pages_round14``): what a listener hears.

Small synthetic pages modelled on the layouts that failed there, by kind — never on one site: a news story quoting
posts from a social network in the embed code the network hands out, a Japanese page whose UTF-8 bytes a caller
decoded by the Shift_JIS its header declared.
"""

from __future__ import annotations

import pytest

from tests.test_extract_round8_layouts import BODY, TITLE, _page
from tts_service.extract import extract_article
from tts_service.extract.decode import undo_misread_japanese


def _tweet(words: str) -> str:
    return (
        "<blockquote class='twitter-tweet' data-width='550' data-dnt='true'><p lang='vi' dir='ltr'>"
        f"{words} <a href='https://t.co/x'>pic.twitter.com/DS8DqPhU</a></p>"
        "&mdash; Người đưa tin (@nguoiduatin) <a href='https://twitter.com/x/status/1'>5 tháng 11, 2023</a>"
        "</blockquote>"
        "<script async src='https://platform.twitter.com/widgets.js' charset='utf-8'></script>"
    )


def _instagram(words: str) -> str:
    return (
        "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/x/' "
        f"data-instgrm-version='14'><div><a href='https://www.instagram.com/p/x/'><p>{words}</p></a>"
        "<p>Bài đăng do Người đưa tin (@nguoiduatin) chia sẻ</p></div></blockquote>"
    )


@pytest.mark.parametrize("embed", [_tweet, _instagram])
def test_a_post_embedded_from_a_social_network_is_not_read_between_the_paragraphs(embed) -> None:  # type: ignore[no-untyped-def]
    quoted = "Chiếc máy bay không người lái bay sát tàu sân bay và quay được những thước phim đáng kinh ngạc."
    story = f"<p>{BODY[0]}</p><p>{BODY[1]}</p>{embed(quoted)}<p>{BODY[2]}</p><p>{BODY[3]}</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='entry-content'>{story}</div></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_posts_the_writer_introduces_with_a_colon_are_read_as_part_of_the_story() -> None:
    first = "Thượng viện quyết định dành một phút mặc niệm tưởng nhớ những người đã khuất trong vụ việc."
    second = "Chủ tịch Thượng viện đề nghị tạm dừng mọi hoạt động lập pháp trong ngày để tưởng nhớ họ."
    story = (
        f"<p>{BODY[0]}</p><p>Xem các bài đăng:</p>{_tweet(first)}"
        f"<script>google_ad_slot = '49703';</script>{_tweet(second)}<p>{BODY[1]}</p>"
    )
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='entry-content'>{story}</div></article>")
    text = extract_article(html).text
    assert first in text and second in text


def test_a_quotation_the_writer_set_as_a_blockquote_is_still_read() -> None:
    quoted = "Chúng tôi sẽ tiếp tục theo dõi sát tình hình và thông báo cho người dân ngay khi có thay đổi."
    story = f"<p>{BODY[0]}</p><p>{BODY[1]}</p><blockquote><p>{quoted}</p></blockquote><p>{BODY[2]}</p><p>{BODY[3]}</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='entry-content'>{story}</div></article>")
    assert quoted in extract_article(html).text


JAPANESE = "機器には、証明書・パスワードの管理に関する脆弱性が存在します。情報を取得される可能性があります。"


def test_japanese_utf8_a_caller_decoded_as_shift_jis_is_read_back_as_japanese() -> None:
    misread = JAPANESE.encode("utf-8").decode("shift_jis", "replace")
    assert misread != JAPANESE
    back = undo_misread_japanese(f"<p>{misread}</p>" * 3)
    # a character whose bytes the misreading swallowed is lost, never spelt as a stray sign
    assert "\ufffd" not in back and "?" not in back
    kept = sum(1 for ch in JAPANESE if ch in back)
    assert kept >= 0.85 * len(JAPANESE), back


def test_japanese_read_correctly_is_left_as_it_is() -> None:
    text = f"<p>{JAPANESE}</p>" * 3
    assert undo_misread_japanese(text) == text


def test_quotation_marks_of_a_latin_1_page_written_in_windows_1252_are_read() -> None:
    # the bytes 0x84 and 0x93 are „ and “ in windows-1252, the code page browsers read a Latin-1 label as;
    # a caller that believed the label hands over the C1 control characters U+0084 and U+0093
    body = "".join(f"<p>{line}</p>" for line in BODY[1:])
    html = _page(TITLE, f"<h1>{TITLE}</h1><p>Album \x84Brave New Woman\x93 erscheint am 4. Februar.</p>{body}")
    assert "Album „Brave New Woman“ erscheint am 4. Februar." in extract_article(html).text


def _statistics_table(rows: int) -> str:
    head = "<tr><th>Tỉnh</th><th>Ca nhiễm</th><th>Đang điều trị</th><th>Khỏi</th><th>Tử vong</th></tr>"
    body = "".join(
        f"<tr><td>Tỉnh số {i}</td><td>{1200 - i * 31:,}</td><td>{600 - i * 13}</td><td>{500 - i * 11}</td>"
        f"<td>{i * 2}</td></tr>"
        for i in range(rows)
    )
    return f"<h3>Số liệu theo tỉnh</h3><table class='tbl'>{head}{body}</table>"


def test_a_statistics_table_after_the_story_is_not_read_out_cell_by_cell() -> None:
    story = "".join(f"<p>{line}</p>" for line in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='story'>{story}{_statistics_table(30)}</div></article>")
    assert extract_article(html).text.split("\n\n")[:5] == [TITLE, *BODY]
    assert "1,200" not in extract_article(html).text


def test_a_small_table_of_figures_inside_the_story_is_still_read() -> None:
    story = "".join(f"<p>{line}</p>" for line in BODY[:2]) + _statistics_table(3) + f"<p>{BODY[2]}</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='story'>{story}</div></article>")
    assert "Tỉnh số 1" in extract_article(html).text


@pytest.mark.parametrize(
    "label", ["CONTINUA DEPOIS DA PUBLICIDADE", "Publicidade", "La suite après la publicité", "Weiter nach der Anzeige"]
)
def test_an_advertisements_label_between_paragraphs_is_not_read_in_portuguese_french_or_german(label: str) -> None:
    story = (
        f"<p>{BODY[0]}</p><p>{BODY[1]}</p><div class='slot'><span class='label'>{label}</span>"
        f"<div id='gpt-1'></div></div><p>{BODY[2]}</p><p>{BODY[3]}</p>"
    )
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='story'>{story}</div></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_table_of_names_with_their_counts_that_the_writer_set_in_the_story_is_still_read() -> None:
    rows = "".join(
        f"<tr><td>Lập trình viên số {i}</td><td>{60 - i}</td><td>{16.6 - i:.1f}%</td></tr>" for i in range(12)
    )
    story = "".join(f"<p>{line}</p>" for line in BODY[:2]) + f"<table>{rows}</table><p>{BODY[2]}</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='story'>{story}</div></article>")
    assert "Lập trình viên số 3" in extract_article(html).text


def test_an_events_table_of_labelled_details_with_a_map_icon_is_read_as_text_not_as_captions() -> None:
    details = [
        ("■ 日　時：", "2019年3月6日（水）13：00－16：40（受付開始12：45より）"),
        ("■ 場　所：", "アプローズタワー13階貸会議室（大阪府大阪市北区茶屋町19-19）<img src='/i/map.gif' alt='map'>"),
        ("■ 主　催：", "日本ネットワークセキュリティ協会 西日本支部"),
        ("■ 定　員：", "100名"),
        ("■ 参加費：", "無料・事前登録制"),
        ("■ 参加対象：", "情報セキュリティで経営を向上させたい経営者、責任者"),
    ]
    rows = "".join(f"<tr><td nowrap>{label}</td><td>{value}</td></tr>" for label, value in details)
    story = "".join(f"<p>{line}</p>" for line in BODY) + f"<table class='outline'>{rows}</table>"
    html = _page(TITLE, f"<div id='main'><h2>{TITLE}</h2>{story}</div>")
    text = extract_article(html).text
    assert "無料・事前登録制" in text and "100名" in text


@pytest.mark.parametrize(
    "notice",
    [
        "You must be logged in to post a comment.",
        "Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?",
        "Vous devez être connecté pour publier un commentaire.",
    ],
)
def test_the_notice_that_only_members_may_comment_is_not_read(notice: str) -> None:
    story = "".join(f"<p>{line}</p>" for line in BODY) + f"<div class='box'><p>{notice}</p></div>"
    html = _page(TITLE, f"<div id='main'><h1>{TITLE}</h1>{story}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_how_to_sentence_about_logging_in_is_still_read() -> None:
    step = "You must be logged in to the router's admin page before you change the wireless password."
    story = "".join(f"<p>{line}</p>" for line in BODY[:2]) + f"<p>{step}</p>" + f"<p>{BODY[2]}</p>"
    html = _page(TITLE, f"<div id='main'><h1>{TITLE}</h1>{story}</div>")
    assert step in extract_article(html).text


def test_appeals_to_subscribe_follow_and_support_closing_a_portuguese_story_are_not_read() -> None:
    appeals = [
        "Assine o Jornal, apoie por Pix, inscreva-se no nosso canal e assista:",
        "Informação é poder. Saiba mais. Siga-nos no Telegram.",
        "A você que chegou até aqui, agradecemos por valorizar nosso conteúdo. O Jornal se financia com a ajuda dos "
        "leitores. Você pode apoiar o nosso jornalismo de diversas formas.",
    ]
    story = "".join(f"<p>{line}</p>" for line in BODY) + "".join(f"<p>{line}</p>" for line in appeals)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='texto'>{story}</div></article>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_portuguese_story_about_a_union_supporting_its_members_keeps_its_last_paragraph() -> None:
    last = "O sindicato disse que vai apoiar os trabalhadores demitidos e abrir um canal de atendimento na cidade."
    story = "".join(f"<p>{line}</p>" for line in BODY) + f"<p>{last}</p>"
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='texto'>{story}</div></article>")
    assert extract_article(html).text.split("\n\n")[-1] == last


@pytest.mark.parametrize(
    "credit",
    [
        "Bến cảng lúc hoàng hôn. Taken by Terence Ong in September 2006, Wikimedia Commons Seiten URL",
        "Sân bay, 2010 - Urheber: von P. Rungta (Uploaded by Perumalism) "
        "[CC-BY-2.0 (http://creativecommons.org/licenses/by/2.0)], via Wikimedia Commons",
    ],
)
def test_a_photos_line_crediting_a_freely_licensed_picture_is_not_read(credit: str) -> None:
    story = f"<p>{BODY[0]}</p><p>{BODY[1]}</p><p>{credit}</p><p>{BODY[2]}</p><p>{BODY[3]}</p>"
    html = _page(TITLE, f"<div id='main'><h1>{TITLE}</h1>{story}</div>")
    assert extract_article(html).text.split("\n\n") == [TITLE, *BODY]


def test_a_sentence_about_wikimedia_commons_is_still_read() -> None:
    line = "Bảo tàng đã tặng hơn ba nghìn bức ảnh cũ cho kho lưu trữ Wikimedia Commons trong năm nay."
    story = "".join(f"<p>{x}</p>" for x in BODY[:2]) + f"<p>{line}</p>" + f"<p>{BODY[2]}</p>"
    html = _page(TITLE, f"<div id='main'><h1>{TITLE}</h1>{story}</div>")
    assert line in extract_article(html).text
