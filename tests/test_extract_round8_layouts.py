"""Layouts met on the eighth round of unseen pages (``tests/data/extract/pages_round8``): what a listener hears.

Small synthetic Vietnamese pages modelled on the layouts that failed there, by kind — never on one site: a page
whose misnested header menu makes the HTML parser put the whole article inside the menu's ``<button>``, and a
page stored as UTF-8 that still declares a legacy Chinese charset and carries a few broken bytes, and a photo
story whose engine stops reading at an embedded post halfway.
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_layouts import FOOTER, NAV, paragraphs
from tts_service.extract import extract_article
from tts_service.extract.decode import decode_html


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{body}{FOOTER}</body></html>"


TITLE = "Năm quy tắc dọn nhà của người sống tối giản"
BODY = [
    "Người sống tối giản bắt đầu bằng câu hỏi vì sao mình muốn ít đồ hơn, rồi để giá trị của mình dẫn đường.",
    "Món đồ nào cả năm không dùng đến thì hãy tự hỏi vì sao, để lần sau không mua thêm thứ giống như vậy.",
    "Mỗi tuần dọn một ngăn kéo nhỏ dễ giữ hơn một ngày dọn cả căn nhà rồi để mọi thứ bừa bộn trở lại.",
    "Đừng giữ lại món đồ nào chỉ vì nghĩ rằng biết đâu một ngày nào đó sẽ cần, vì ngày ấy hiếm khi đến.",
]


def test_an_article_the_parser_put_inside_the_header_menu_button_is_read() -> None:
    # a <div> left open inside the menu <button>: libxml2 nests everything after it, article included,
    # inside the button; a button holding the headline and the paragraphs is a misnesting, not a button
    article = f"<main><article><h1>{TITLE}</h1>{''.join(f'<p>{p}</p>' for p in BODY)}</article></main>"
    html = (
        f"<html><head><title>{TITLE}</title></head><body><header><div class='menu-top'>"
        f"<button class='menu-button' aria-label='Mở menu'><div class='menu-icon'>Menu</div>{NAV}"
        f"{article}{FOOTER}</button></div></header></body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text)[0] == TITLE
    assert all(p in paragraphs(text) for p in BODY)
    assert "Menu" not in paragraphs(text)


def test_a_utf8_page_that_declares_a_legacy_charset_and_has_a_few_broken_bytes_reads_as_utf8() -> None:
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
        "<h1>航天合作</h1><p>各国年轻一代航天人才进一步加强交流与合作，共同探索太空。</p>"
    ).encode() + "<p>（记者宋晨、田中全、胡".encode() + b"\xe8\xaf\xa1\xef\xbc</p></body></html>"
    text = decode_html(page)
    assert "各国年轻一代航天人才进一步加强交流与合作" in text and "（记者宋晨、田中全、胡" in text
    assert text.count("\ufffd") <= 2


def test_a_page_really_in_a_legacy_chinese_charset_is_still_read_in_it() -> None:
    page = "<html><head><meta charset='gb2312'></head><body><p>各国年轻一代航天人才进一步加强交流与合作。</p>"
    assert "各国年轻一代航天人才进一步加强交流与合作" in decode_html(page.encode("gb2312"))


def test_a_short_article_misnested_into_a_button_is_still_read_rather_than_refused() -> None:
    # too short to look like an article on its own: cleaning drops the button with it, and the last resort
    # reads the page again rather than telling the listener there is nothing to read
    html = (
        "<html><head><title>Thông báo</title></head><body><header><button class='menu-button'><div>"
        f"<h2>Thông báo nghỉ lễ</h2><p>{BODY[0]}</p><p>{BODY[1]}</p></button></header></body></html>"
    )
    text = extract_article(html).text
    assert BODY[0] in text and BODY[1] in text


STORY = [
    "Vài tháng trước, một họa sĩ trẻ mười bảy tuổi đã vẽ nữ ca sĩ thành một nàng tiên cá trong bức tranh màu nước.",
    "Bức tranh gần đây được chia sẻ lại trên mạng và nữ ca sĩ đã để lại một bình luận không mấy vui vẻ bên dưới.",
    "Cô viết rằng bức tranh rất đẹp nhưng thân hình trong tranh không phải là thân hình thật của cô ấy.",
    "Bình luận ấy khiến họa sĩ buồn lòng, và anh đăng lại bức tranh kèm lời giải thích rằng đó không phải hình mẫu.",
    "Sau đó một người dùng khác sửa lại bức tranh cho thân hình nhân vật đầy đặn hơn và hình ảnh lan truyền khắp nơi.",
    "Nhiều người nhanh chóng lên tiếng bênh vực nữ ca sĩ, nói rằng cô luôn cổ vũ mọi người yêu quý cơ thể mình.",
    "Dù sao đi nữa, nữ ca sĩ vẫn sẽ tiếp tục tỏa sáng, dù là trong hình dạng con người hay một nàng tiên cá.",
]


def _item(line: str, media: str) -> str:
    title = f"<h2 class='item-title'><span>{line}</span></h2>"
    return f"<div class='item-wrapper'><div class='item'>{title}{media}</div></div>"


def test_a_photo_story_goes_on_past_an_embedded_post_to_its_last_line() -> None:
    picture = "<figure><img src='/a.jpg' alt=''><span class='attribution'>mxh_tranh / Instagram</span></figure>"
    post = (
        "<figure><blockquote class='instagram-container'><a href='https://instagram.com/p/x/'>instagram.com</a>"
        "</blockquote></figure>"
    )
    tweet = (
        "<blockquote class='twitter-tweet'><p><a href='https://t.co/x'>@nguoidung</a></p>"
        "<p><a href='https://twitter.com/x'>Thứ Sáu 30/9/2016</a></p></blockquote>"
    )
    items = [
        _item(STORY[0], picture),
        _item(STORY[1], picture),
        "<div class='item-wrapper'><div class='item'><p>" + STORY[2] + "</p><p>" + STORY[2].replace("Cô", "Nữ ca sĩ")
        + "</p></div></div>",
        _item(STORY[3], post),
        _item(STORY[4], tweet),
        _item(STORY[5], picture),
        _item(STORY[6], ""),
    ]
    html = _page(
        "Bức tranh nàng tiên cá gây tranh cãi",
        f"<main><h1>Bức tranh nàng tiên cá gây tranh cãi</h1><div class='byline'><a href='/u'>Nguyễn An</a></div>"
        f"<div class='buzz'>{''.join(items)}</div></main>",
    )
    text = extract_article(html).text
    assert all(line in text for line in STORY)
    assert "instagram.com" not in text and "@nguoidung" not in text


def test_a_chinese_page_title_joined_to_the_site_name_without_spaces_names_the_article_alone() -> None:
    headline = "武汉的声音：有英勇的你，才有英雄的城！"
    line = "这是一段正文，讲述了医护人员在疫情中坚守岗位、救治病人的故事。"
    body = "".join(f"<p>{i}、{headline}{line}</p>" for i in range(6))
    html = (
        f"<html><head><title>\n{headline}-新华网\n</title></head><body>{NAV}<div class='h-title'>{headline}</div>"
        f"<div id='detail'>{body}</div>{FOOTER}</body></html>"
    )
    assert extract_article(html).title == headline


def test_a_kicker_inside_the_headline_ending_in_a_hidden_colon_is_not_read_as_the_title() -> None:
    # a CSS-in-JS page: <style> elements inside the <h1>, the department's kicker in a span with a colon hidden
    # for sighted readers, then the headline
    headline = "Tiêm chủng và tiêm nhắc lại vẫn được tổ chức khắp nơi đến cuối tháng Hai"
    h1 = (
        "<h1 class='css-3003lo'><style>.css-a{font-size:16px;display:block;}</style><span class='css-a'>Thông cáo"
        " báo chí của Sở Y tế <style>.css-b{clip:rect(0 0 0 0);height:1px;position:absolute;}</style>"
        f"<span class='css-b'>:</span></span>{headline}</h1>"
    )
    html = (
        "<html><head><title>Thông cáo báo chí</title><meta property='og:title' content='Thông cáo báo chí'>"
        f"</head><body>{NAV}<main>{h1}{''.join(f'<p>{p}</p>' for p in BODY)}</main>{FOOTER}</body></html>"
    )
    article = extract_article(html)
    assert article.title == headline
    assert "css" not in article.text and "Sở Y tế" not in article.text


def test_a_coloured_lead_in_ending_in_a_plain_colon_stays_part_of_the_headline() -> None:
    h1 = "<h1><span style='color:#f55'>Công an bắt hai nghi phạm:</span>Phá vụ trộm vàng trong hai ngày</h1>"
    html = f"<html><head><title>x</title></head><body>{NAV}<main>{h1}{''.join(f'<p>{p}</p>' for p in BODY)}</main>"
    html += f"{FOOTER}</body></html>"
    assert extract_article(html).title == "Công an bắt hai nghi phạm:Phá vụ trộm vàng trong hai ngày"


NEWS_JA = (
    "【ロンドン＝共同】１０日に行われたサッカー欧州チャンピオンズリーグの準々決勝第１戦で、バルセロナはアウェーで"
    "マンチェスター・ユナイテッドに１―０で勝ち、４強入りに前進した。両カードの第２戦は１６日に行われる。"
)


@pytest.mark.parametrize(
    ("ago", "notice"),
    [("1 時間前", "無断転載禁止"), ("3小时前", "版权所有 未经授权禁止转载"), ("2시간 전", "무단전재 및 재배포 금지")],
)
def test_a_time_ago_a_no_reprint_notice_and_the_section_link_under_a_short_story_are_not_read(
    ago: str, notice: str
) -> None:
    # a one-paragraph story: the header's "an hour ago" and "no reproduction" notice sit right before it and
    # the link to its section right after it, where a lead or a signature would be
    html = (
        f"<html><head><title>バルセロナ先勝</title></head><body>{NAV}<main><article><div class='article-header'>"
        f"<h1>バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦</h1><div class='header-item'><div class='date'>"
        f"<time datetime='2019-04-11T22:22'>{ago}</time></div><div class='attention'>{notice}</div></div></div>"
        f"<div class='main-contents'><p class='par1'>{NEWS_JA}</p></div>"
        f"<div class='category-title-link'><a href='https://news.example.jp/sports'>スポーツ</a></div>"
        f"</article></main>{FOOTER}</body></html>"
    )
    assert [b.text for b in extract_article(html).blocks] == [NEWS_JA]


def test_the_link_to_the_story_s_section_after_its_last_paragraph_is_not_read_as_a_signature() -> None:
    html = _page(
        "Năm quy tắc dọn nhà",
        f"<main><article><h1>{TITLE}</h1><div class='main-contents'>{''.join(f'<p>{p}</p>' for p in BODY)}</div>"
        "<div class='category-title-link'><a href='https://tin.example.vn/doi-song'>Đời sống</a></div>"
        "</article></main>",
    )
    assert [b.text for b in extract_article(html).blocks] == BODY


def test_a_chinese_photo_caption_set_as_a_paragraph_and_ending_in_its_credit_is_not_read() -> None:
    story = [f"第{i}段：武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问，生活依然要继续。" for i in range(6)]
    caption = "2月17日，康复病人、来自汉口医院的护士蔡桃英在献血浆时拍照留念。新华社记者 才扬 摄"
    body = "".join(f"<p>{p}</p>" for p in story[:3]) + "<p align='center'><img src='a.jpg'></p>"
    body += f"<p><font color='navy'>{caption}</font></p>" + "".join(f"<p>{p}</p>" for p in story[3:])
    html = _page("武汉的声音", f"<div class='h-title'>武汉的声音</div><div id='detail'>{body}</div>")
    text = extract_article(html).text
    assert all(p in text for p in story) and "才扬" not in text


def test_a_body_field_whose_class_says_text_with_summary_is_not_read_again_as_a_lead() -> None:
    # Drupal names its body field "field-type-text-with-summary": the body, not a sapo over it
    body = "".join(f"<p>{p}</p>" for p in [*BODY, *STORY[:2]])
    html = _page(
        TITLE,
        f"<article class='node'><h1>{TITLE}</h1><div class='content'><div class='field field-name-body "
        f"field-type-text-with-summary'><div class='field-items'>{body}</div></div></div></article>",
    )
    text = extract_article(html).text
    assert all(text.count(p) == 1 for p in [*BODY, *STORY[:2]])


@pytest.mark.parametrize("label", ["เรื่องที่เกี่ยวข้อง", "Tin liên quan"])
def test_a_related_label_with_its_links_in_the_last_paragraph_ends_the_story(label: str) -> None:
    related = (
        f"<p><strong>{label}</strong><br><a href='/journal/2018/12/80211'>Tin đồn về người tị nạn mất tích mười "
        "hai ngày</a><br><a href='/journal/2018/12/80328'>Cảnh sát truy tìm manh mối vụ án bên sông</a></p>"
    )
    donate = (
        "<p>Chuyển khoản ủng hộ tòa soạn qua ví điện tử, mọi khoản đóng góp dù nhỏ đều giúp chúng tôi đứng vững</p>"
        "<p>Theo dõi chúng tôi trên mạng xã hội để cập nhật tin tức mới nhất mỗi ngày cùng hàng nghìn bạn đọc</p>"
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = _page(TITLE, f"<article><h1>{TITLE}</h1><div class='field-items'>{body}{related}{donate}</div></article>")
    assert [b.text for b in extract_article(html).blocks] == BODY


def test_a_standfirst_under_the_headline_with_a_coloured_kicker_and_no_full_stop_is_read() -> None:
    standfirst = (
        "<h2><font class='red'>CĂNG THẲNG TRÊN BIỂN:</font> Manila cáo buộc lực lượng dân quân biển va chạm với "
        "một tàu tuần tra dân sự khiến con tàu bị hư hại nhẹ ở phần mạn trái</h2>"
    )
    html = _page(
        TITLE,
        f"<div class='archives'><h1>{TITLE}</h1>{standfirst}<ul class='as'><li><div class='name'>AFP, MANILA</div>"
        f"</li></ul>{''.join(f'<p>{p}</p>' for p in [*BODY, *STORY])}</div>",
    )
    text = extract_article(html).text
    assert paragraphs(text)[1].startswith("CĂNG THẲNG TRÊN BIỂN: Manila cáo buộc")


def test_a_typed_bullet_link_between_paragraphs_naming_the_measures_the_text_points_to_is_read() -> None:
    # "■ <a>Measures for long holidays</a>" between two paragraphs of a notice: the author's own list of the
    # pages the text announces, with a bullet typed before the link, not a teaser
    measures = ["■Biện pháp an toàn thông tin trong kỳ nghỉ dài", "■Biện pháp an toàn thông tin hằng ngày"]
    paras = [*BODY, *STORY]
    body = (
        "".join(f"<p>{p}</p>" for p in paras[:4])
        + f"<p><strong>■<a href='/security/vacation.html'>{measures[0][1:]}</a></strong></p>"
        + "".join(f"<p>{p}</p>" for p in paras[4:6])
        + f"<p><strong>■<a href='/security/everyday.html'>{measures[1][1:]}</a></strong></p>"
        + "".join(f"<p>{p}</p>" for p in paras[6:])
    )
    html = _page(TITLE, f"<div id='main'><h1>{TITLE}</h1><div class='text'>{body}</div></div>")
    assert all(m in paragraphs(extract_article(html).text) for m in measures)


SLIDES = [
    "Đoàn khách leo lên sườn núi phía bắc từ sáng sớm khi tuyết còn cứng",
    "Một nhóm khác chọn con dốc phía tây có nắng chiếu suốt buổi chiều",
    "Những đường trượt đầu tiên in trên lớp tuyết mới rơi đêm qua",
    "Trạm đo ở độ cao hai nghìn mét ghi lại lớp tuyết mỏng nhất trong nhiều năm",
    "Nhân viên trạm kiểm tra lớp băng cứng nằm sâu dưới mặt tuyết",
]


def test_a_report_that_numbers_its_figures_is_read_without_its_photo_captions() -> None:
    # a weekly report: a slideshow of photos under the lead, then text citing "(Hình 1)" with a figure
    # "Hình 1: …" after it; the numbered labels make it a report whose text carries it, not a picture story
    slides = "".join(f"<figure><img src='s{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(SLIDES))
    figures = "".join(
        f"<p>{p} (Hình {i + 1}).</p><figure><img src='f{i}.jpg'><figcaption>Hình {i + 1}: {SLIDES[i]}.</figcaption>"
        "</figure>"
        for i, p in enumerate(BODY[1:])
    )
    html = _page(TITLE, f"<main><article><h1>{TITLE}</h1><p>{BODY[0]}</p>{slides}{figures}</article></main>")
    text = extract_article(html).text
    for p in BODY:
        assert p.rstrip(".") in text
    for caption in SLIDES:
        assert caption not in text
