"""Layouts that used to break extraction: what a listener hears from each.

Small synthetic pages modelled on real ones (the real pages are in ``tests/data/extract/pages`` and the shared
dev set): photo stories, captions without caption markup, 2012-era table portals, forum threads, recipes and
how-tos, and pages too big to read.
"""

from __future__ import annotations

import pytest

from tts_service.errors import TooLarge
from tts_service.extract import extract_article

NAV = (
    "<div id='menu'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/xh'>Xã hội</a></li>"
    "<li><a href='/kt'>Kinh tế</a></li><li><a href='/gd'>Giáo dục</a></li></ul></div>"
)
SIDEBAR = (
    "<div class='col-right'><div class='box'><a href='/t1'>Giá vàng hôm nay tăng mạnh</a>"
    "<p>Giá vàng trong nước sáng nay tăng thêm 200 nghìn đồng mỗi lượng so với hôm qua.</p></div>"
    "<div class='box'><a href='/t2'>Thời tiết Hà Nội chuyển lạnh</a>"
    "<p>Không khí lạnh tràn về khiến nhiệt độ ở Hà Nội giảm sâu vào cuối tuần này.</p></div></div>"
)
FOOTER = "<div id='footer'><p>Bản quyền thuộc Báo điện tử. Giấy phép số 123/GP-BTTTT.</p></div>"
BODY = [
    "Sáng nay, hàng nghìn người dân đã đổ về trung tâm thành phố để tham dự lễ hội mùa xuân năm nay.",
    "Ban tổ chức cho biết lễ hội năm nay có nhiều hoạt động mới dành cho trẻ em và người cao tuổi.",
    "Các gian hàng ẩm thực truyền thống thu hút đông đảo du khách trong và ngoài nước ghé thăm.",
    "Lễ hội sẽ kéo dài đến hết ngày chủ nhật với chương trình nghệ thuật đặc sắc vào mỗi buổi tối.",
]


def page(article: str, title: str = "Lễ hội mùa xuân") -> str:
    """A 2012-era portal: menu, article cell, sidebar teasers and footer in a layout table."""
    return (
        f"<html><head><title>{title} - Báo điện tử</title></head><body>{NAV}"
        f"<table width='100%'><tr><td class='col-left'>{article}</td><td>{SIDEBAR}</td></tr></table>"
        f"{FOOTER}</body></html>"
    )


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- photo stories and captions ------------------------------------------------------------------------


def test_a_photo_story_reads_the_line_under_each_photo_in_place_and_drops_the_credit() -> None:
    captions = [
        "Người dân xếp hàng từ sáng sớm để vào khu vực lễ hội.",
        "Các em nhỏ hào hứng tham gia trò chơi dân gian.",
        "Gian hàng bánh chưng thu hút nhiều du khách nước ngoài.",
        "Buổi tối, sân khấu chính rực rỡ ánh đèn.",
    ]
    photos = "".join(
        f"<p style='text-align:center'><img src='{i}.jpg' alt='Lễ hội'></p>"
        f"<p style='text-align:center;font-style:italic'>{c}</p>"
        for i, c in enumerate(captions)
    )
    article = (
        "<h1>Lễ hội mùa xuân qua ống kính</h1><p class='sapo'>Những khoảnh khắc đáng nhớ trong ngày khai mạc.</p>"
        f"<div class='content'>{photos}<p style='text-align:right'>Ảnh: Minh Hoàng</p></div>"
    )
    text = extract_article(page(article)).text
    assert paragraphs(text) == [
        "Lễ hội mùa xuân qua ống kính",
        "Những khoảnh khắc đáng nhớ trong ngày khai mạc.",
        *captions,
    ]



def test_a_photo_story_whose_captions_are_a_few_words_each_still_reads_them() -> None:
    """The headline is not body: a sapo and seven short captions are a picture report."""
    captions = ["Bình minh trên cảng cá", "Thuyền về bến", "Phân loại cá", "Chợ cá nhộn nhịp", "Trẻ em phụ giúp",
                "Du khách chụp ảnh", "Hoàng hôn buông xuống"]  # fmt: skip
    sapo = "Ngày đầu năm mới, ngư dân làng chài ven biển háo hức ra khơi đánh bắt mẻ cá đầu tiên."
    photos = "".join(f"<figure><img src='p.jpg'><figcaption>{c}</figcaption></figure>" for c in captions)
    title = "Làng chài rộn ràng trong ngày ra khơi đầu năm mới"
    article = f"<h1>{title}</h1><div class='sapo'>{sapo}</div><div class='content'>{photos}</div>"
    assert paragraphs(extract_article(page(article, title)).text) == [title, sapo, *captions]

def test_captions_sharing_a_word_paragraph_with_their_picture_are_not_read_in_a_news_article() -> None:
    body = "".join(f"<p class='MsoNormal' style='text-align:justify'><span>{s}</span></p>" for s in BODY[:2])
    photo = (
        "<p class='MsoNormal' align='center' style='text-align:center'><span><img src='a.jpg'></span><br>"
        "<i><span>Du khách tham quan gian hàng ẩm thực</span></i></p>"
    )
    rest = "".join(f"<p class='MsoNormal' style='text-align:justify'><span>{s}</span></p>" for s in BODY[2:])
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div class='detail'>{body}{photo}{rest}</div>")).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", *BODY]


@pytest.mark.parametrize(
    "caption",
    [
        "<h2 style='text-align:center'>Quang cảnh lễ khai mạc</h2>",
        "<div align='center'><span style='font-size:10pt'>Quang cảnh lễ khai mạc</span></div>",
        "<p>Quang cảnh lễ khai mạc lễ hội mùa xuân</p>",  # repeats the picture's alt text
    ],
    ids=["h2", "small-centred-div", "alt-text"],
)
def test_a_caption_written_as_a_heading_or_a_plain_block_under_its_photo_is_not_read(caption: str) -> None:
    body = "".join(f"<p>{s}</p>" for s in BODY[:2])
    photo = "<div align='center'><img src='a.jpg' alt='Quang cảnh lễ khai mạc lễ hội mùa xuân'></div>"
    rest = "".join(f"<p>{s}</p>" for s in BODY[2:])
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div>{body}{photo}{caption}{rest}</div>")).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", *BODY]



@pytest.mark.parametrize("name", ["img_chu_thich_0407", "chu_thich_anh", "ghi-chu-anh"])
def test_a_caption_named_chu_thich_in_any_spelling_is_not_read_in_a_news_article(name: str) -> None:
    caption = "Từ 5 giờ sáng, hàng trăm ngư dân đã tập trung tại cảng cá để chuẩn bị cho chuyến ra khơi đầu năm."
    body = "".join(f"<p>{s}</p>" for s in BODY[:2])
    photo = f"<p align='center'><img src='a.jpg' class='news-image'></p><p class='{name}'>{caption}</p>"
    rest = "".join(f"<p>{s}</p>" for s in BODY[2:])
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div class='text-content'>{body}{photo}{rest}</div>")).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", *BODY]

def test_captions_in_table_cells_under_the_photos_are_not_read() -> None:
    grid = (
        "<table><tr><td><img src='a.jpg'></td><td><img src='b.jpg'></td></tr>"
        "<tr><td>Đoàn múa lân biểu diễn</td><td>Khán giả theo dõi chương trình</td></tr></table>"
    )
    body = "".join(f"<p>{s}</p>" for s in BODY[:2]) + grid + "".join(f"<p>{s}</p>" for s in BODY[2:])
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div>{body}</div>")).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", *BODY]


def test_centred_paragraphs_on_a_page_where_everything_is_centred_are_read_even_after_a_photo() -> None:
    quotes = ["“Buổi diễn rất hay, chúng tôi sẽ quay lại vào năm sau cùng cả gia đình.”",
              "“Nghệ sĩ tài năng và nhiệt tình, con tôi rất thích tiết mục múa rối nước.”"]  # fmt: skip
    center = "style='text-align:center'"
    body = (
        f"<p {center}>{BODY[0]}</p><blockquote><p {center}><img src='a.jpg'></p><p {center}>{quotes[0]}</p>"
        f"<p {center}><img src='b.jpg'></p><p {center}>{quotes[1]}</p></blockquote><p {center}>{BODY[1]}</p>"
    )
    text = extract_article(page(f"<h1>Khán giả nói gì</h1><div>{body}</div>")).text
    assert paragraphs(text) == ["Khán giả nói gì", BODY[0], *quotes, BODY[1]]


def test_a_gallery_opening_a_long_article_is_not_read() -> None:
    slides = "".join(
        f"<figure><img src='{i}.jpg'><figcaption>Du khách chụp ảnh ở cổng lễ hội số {i} vào sáng nay. "
        "Ảnh: AP</figcaption></figure>"
        for i in range(1, 6)
    )
    body = "".join(f"<p>{s}</p>" for s in BODY * 2)
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div class='gallery'>{slides}</div><div>{body}</div>")).text
    assert "Du khách chụp ảnh" not in text and paragraphs(text)[1] == BODY[0]


# --- 2012-era table portals ------------------------------------------------------------------------------


def test_an_aspnet_article_reads_its_div_paragraphs_and_a_sapo_without_the_link_nested_in_it() -> None:
    article = (
        "<div class='breadcrumb'><a href='/xh'>Xã hội</a></div><h1 class='fon31'>Lễ hội mùa xuân</h1>"
        "<h2 class='fon33'>(PV) - Lễ hội mùa xuân năm nay khai mạc với nhiều hoạt động hấp dẫn cho mọi lứa tuổi."
        "<br><a href='/old'>&gt;&gt; Xem tiếp: Lễ hội năm ngoái thu hút hai vạn du khách</a></h2>"
        f"<div class='fon34'><DIV align=left>{BODY[0]}</DIV><P>{BODY[1]}</P><DIV>{BODY[2]}</DIV>"
        f"<DIV><P>{BODY[3]}</P><P align=right><B>Minh Anh</B></P></DIV></div>"
        "<div class='tool'>In bài | Xem phản hồi | Gửi phản hồi</div>"
        "<div>(6816 bình chọn, 9/10 điểm)</div><p>Chia sẻ bài viết của bạn về lễ hội <a href='/c'>tại đây</a>.</p>"
        "<h3>Tin cùng mục Xã hội</h3><p><a href='/a'>Hà Nội cấm xe máy trên phố đi bộ</a></p>"
    )
    art = extract_article(page(article))
    assert paragraphs(art.text) == [
        "Lễ hội mùa xuân",
        "(PV) - Lễ hội mùa xuân năm nay khai mạc với nhiều hoạt động hấp dẫn cho mọi lứa tuổi.",
        *BODY,
        "Minh Anh",
    ]
    assert art.blocks[0].kind == "lead" and art.blocks[-1].kind == "signature"


def test_a_related_news_box_in_the_middle_of_the_body_is_skipped_and_the_article_goes_on() -> None:
    sapo = "Ngày đầu năm mới, ngư dân làng chài ven biển háo hức ra khơi đánh bắt mẻ cá đầu tiên."
    body = "".join(f"<p>{s}</p>" for s in BODY[:2])
    box = (
        "<div class='box-tinlienquan'><h3>Tin liên quan</h3><ul><li><a href='/a'>Bão số 1 đổ bộ</a></li>"
        "<li><a href='/b'>Giá cá tăng</a></li></ul></div>"
    )
    rest = "".join(f"<p>{s}</p>" for s in BODY[2:]) + "<p style='text-align:right'><strong>Hồng Nhung</strong></p>"
    comments = "<div><h3>Bình luận (12)</h3><p>Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích.</p></div>"
    content = f"<div class='content'>{body}{box}{rest}</div>"
    article = f"<h1>Lễ hội mùa xuân</h1><h2 class='sapo'>{sapo}</h2>{content}{comments}"
    text = extract_article(page(article)).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", sapo, *BODY, "Hồng Nhung"]


@pytest.mark.parametrize("pointer", ["&gt;&gt; Xem tiếp: ", "» Đọc thêm: ", "Xem thêm: ", "&gt;&gt; "])
def test_a_related_link_at_the_end_of_an_unnamed_sapo_is_not_read(pointer: str) -> None:
    sapo = "Lễ hội mùa xuân năm nay khai mạc với nhiều hoạt động hấp dẫn cho mọi lứa tuổi."
    article = (
        f"<h1>Lễ hội mùa xuân</h1><div class='content'><p><strong>{sapo} "
        f"<a href='/old'>{pointer}Lễ hội năm ngoái thu hút hai vạn du khách</a></strong></p>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</div>"
    )
    assert paragraphs(extract_article(page(article)).text) == ["Lễ hội mùa xuân", sapo, *BODY]



def test_a_notice_whose_details_are_an_attached_file_reads_its_sentence_not_the_file_line() -> None:
    sentence = "Sở Giáo dục và Đào tạo thông báo kết quả xét tuyển viên chức năm 2023, chi tiết xem tại tệp đính kèm."
    article = (
        f"<h2 class='title'>Thông báo kết quả xét tuyển</h2><div class='content'><p>{sentence}</p>"
        "<p>File đính kèm: <a href='/kq.pdf'>KQ_xettuyen.pdf</a></p><p><a href='/kq.pdf'>Tải về</a></p></div>"
    )
    text = extract_article(page(article, "Thông báo kết quả xét tuyển")).text
    assert paragraphs(text) == ["Thông báo kết quả xét tuyển", sentence]


@pytest.mark.parametrize("name", ["box-poll", "binhchon", "khao-sat"])
def test_a_poll_inside_the_body_is_not_read(name: str) -> None:
    poll = (
        f"<div class='{name}'><p><b>Bạn có tham gia lễ hội năm nay?</b></p><p><input type='radio'>Có</p>"
        "<p><input type='radio'>Không</p><a href='#'>Bình chọn</a></div>"
    )
    body = f"<p>{BODY[0]}</p>{poll}" + "".join(f"<p>{s}</p>" for s in BODY[1:])
    text = extract_article(page(f"<h1>Lễ hội mùa xuân</h1><div class='content'>{body}</div>")).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", *BODY]


@pytest.mark.parametrize("signature", ["<div class='author'>Hồng Nhung</div>", "<p class='author'>Hồng Nhung</p>"])
def test_the_signature_closing_the_body_is_read_when_sidebar_headlines_follow_it(signature: str) -> None:
    sapo = "Ngày đầu năm mới, ngư dân làng chài ven biển háo hức ra khơi đánh bắt mẻ cá đầu tiên."
    body = "".join(f"<p>{s}</p>" for s in BODY)
    article = f"<h1>Lễ hội mùa xuân</h1><h2 class='sapo'>{sapo}</h2><div class='detail-cmain'>{body}{signature}</div>"
    text = extract_article(page(article)).text
    assert paragraphs(text) == ["Lễ hội mùa xuân", sapo, *BODY, "Hồng Nhung"]

def test_a_keyword_link_inside_a_sentence_keeps_its_words() -> None:
    sentence = "Bạn có thể đặt thùng ủ phân trên <a class='tags-link' href='/ban-cong'>ban công</a> hoặc trong bếp."
    text = extract_article(page(f"<h1>Ủ phân tại nhà</h1><div><p>{BODY[0]}</p><p>{sentence}</p></div>")).text
    assert "trên ban công hoặc trong bếp" in text


def test_script_written_as_a_self_closed_tag_is_never_read() -> None:
    html = page(f"<h1>Lễ hội</h1><script type='text/javascript'/>var x = load('widget');</script><p>{BODY[0]}</p>")
    assert "load(" not in extract_article(html).text


# --- forum threads ---------------------------------------------------------------------------------------


def _post(n: int, author: str, text: str) -> str:
    return (
        f"<div id='edit{n}'><table id='post{n}' class='tborder'><tr><td class='thead'>Hôm qua, 10:0{n}</td></tr>"
        f"<tr><td class='alt2'><div>{author}</div><div class='smallfont'>Thành viên</div>"
        f"<div>Tham gia: 03/2016</div><div>Bài viết: 1{n}</div></td>"
        f"<td class='alt1'><div id='post_message_{n}'>{text}</div></td></tr></table></div>"
    )


QUESTION = (
    "Chào mọi người, máy tính của tôi tự khởi động lại mỗi khi chơi game được khoảng mười phút.<br>"
    "Tôi đã thay nguồn mới và cập nhật driver nhưng vẫn bị. Có ai gặp trường hợp này chưa?"
)
REPLIES = [
    "Bạn thử kiểm tra nhiệt độ CPU xem, có thể keo tản nhiệt đã khô rồi đấy bạn ạ.",
    "Mình cũng bị y hệt, cuối cùng phải thay RAM mới hết, bạn thử chạy memtest xem sao.",
]


def test_a_forum_thread_reads_its_title_and_first_post_not_the_replies_or_poster_details() -> None:
    posts = _post(1, "minhtuan", QUESTION) + "".join(
        _post(i + 2, f"user{i}", r) for i, r in enumerate(REPLIES)
    )
    html = (
        "<html><head><title>Máy tính tự khởi động lại khi chơi game - Diễn đàn Tin học</title></head><body>"
        "<table><tr><td><p><b>Chào mừng bạn đến với Diễn đàn Tin học, nơi chia sẻ kiến thức máy tính.</b></p>"
        f"</td></tr></table>{NAV}<div id='posts'>{posts}</div>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == [
        "Máy tính tự khởi động lại khi chơi game",
        "Chào mọi người, máy tính của tôi tự khởi động lại mỗi khi chơi game được khoảng mười phút.",
        "Tôi đã thay nguồn mới và cập nhật driver nhưng vẫn bị. Có ai gặp trường hợp này chưa?",
    ]


def test_replies_marked_as_schema_org_comments_are_not_read() -> None:
    def message(n: int, text: str, reply: bool) -> str:
        schema = " itemscope itemtype='https://schema.org/Comment'" if reply else ""
        return (
            f"<article class='message' id='js-post-{n}'{schema}><div class='message-user'>"
            f"<h4 class='message-name'>user{n}</h4><h5 class='userTitle'>Thành viên mới</h5></div>"
            f"<div class='message-content'><div class='bbWrapper'>{text}</div></div></article>"
        )

    thread = message(1, QUESTION, False) + "".join(message(i + 2, r, True) for i, r in enumerate(REPLIES))
    html = (
        "<html><head><title>Máy tính tự khởi động lại khi chơi game | Diễn đàn</title></head><body>"
        f"{NAV}<div class='p-body-header'><h1>Máy tính tự khởi động lại khi chơi game</h1></div>"
        f"<div class='block-body'>{thread}</div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text)[0] == "Máy tính tự khởi động lại khi chơi game"
    assert "keo tản nhiệt" not in text and "memtest" not in text and "Thành viên mới" not in text
    assert "Có ai gặp trường hợp này chưa?" in text


def test_a_thread_served_to_crawlers_inside_noscript_is_read() -> None:
    posts = "".join(
        f"<div id='post_{i + 1}' class='crawler-post'><div class='post'><p>{t}</p></div></div>"
        for i, t in enumerate(["Hỏi về cách cấu hình DNS trong Docker khi hai container không gọi được nhau.",
                               *REPLIES])
    )  # fmt: skip
    html = (
        "<html><head><title>Cấu hình DNS trong Docker - Diễn đàn</title></head><body><div id='app'></div>"
        f"<noscript><h1>Cấu hình DNS trong Docker</h1><div id='main-outlet'>{posts}</div></noscript></body></html>"
    )
    assert paragraphs(extract_article(html).text) == [
        "Cấu hình DNS trong Docker",
        "Hỏi về cách cấu hình DNS trong Docker khi hai container không gọi được nhau.",
    ]


def test_related_article_cards_with_post_classes_do_not_make_a_page_a_thread() -> None:
    cards = "".join(
        f"<article class='post type-post'><h3><a href='/{i}'>Bài liên quan số {i}</a></h3></article>"
        for i in range(4)
    )
    body = "".join(f"<p>{s}</p>" for s in BODY)
    html = page(f"<article class='post'><h1>Lễ hội mùa xuân</h1>{body}</article><div class='grid'>{cards}</div>")
    assert paragraphs(extract_article(html).text) == ["Lễ hội mùa xuân", *BODY]


# --- recipes and how-tos ----------------------------------------------------------------------------------


def test_a_recipe_reads_its_ingredients_and_the_step_text_beside_each_photo() -> None:
    steps = [
        "Ngâm gạo nếp trong nước ấm khoảng bốn tiếng cho hạt gạo mềm.",
        "Đồ xôi trong chõ khoảng ba mươi phút rồi trộn đều với nước cốt dừa.",
        "Cho xôi ra đĩa, rắc thêm vừng rang và thưởng thức khi còn nóng.",
    ]
    photo_steps = "".join(f"<p><img src='s{i}.jpg'></p><p>{s}</p>" for i, s in enumerate(steps))
    article = (
        "<h1>Cách nấu xôi dừa</h1><p>Xôi dừa thơm béo là món ăn sáng quen thuộc của nhiều gia đình Việt.</p>"
        "<h2>Nguyên liệu</h2><ul><li>500 g gạo nếp</li><li>200 ml nước cốt dừa</li><li>Vừng rang</li></ul>"
        f"<h2>Cách làm</h2><div class='steps'>{photo_steps}</div>"
    )
    assert paragraphs(extract_article(page(article)).text) == [
        "Cách nấu xôi dừa",
        "Xôi dừa thơm béo là món ăn sáng quen thuộc của nhiều gia đình Việt.",
        "Nguyên liệu",
        "500 g gạo nếp",
        "200 ml nước cốt dừa",
        "Vừng rang",
        "Cách làm",
        *steps,
    ]


def test_a_how_to_whose_steps_are_the_photo_captions_reads_them_in_place() -> None:
    steps = [
        "Đo và đánh dấu các tấm gỗ theo bản vẽ.",
        "Cắt các tấm gỗ bằng cưa tay thật cẩn thận.",
        "Khoan lỗ và bắt vít để ghép các cạnh lại.",
        "Sơn phủ bên ngoài để thùng dùng được lâu.",
    ]
    figures = "".join(
        f"<figure><img src='{i}.jpg'><figcaption><p>{s}</p><span>Ảnh: Văn Nam</span></figcaption></figure>"
        for i, s in enumerate(steps)
    )
    intro = "Thùng ủ phân bằng gỗ giúp biến rác nhà bếp thành phân bón cho cây trong vườn nhà bạn."
    outro = "Sau khoảng hai tháng, phân trong thùng đã có thể dùng để bón cho rau và hoa trong vườn."
    article = f"<h1>Tự đóng thùng ủ phân</h1><div><p>{intro}</p>{figures}<p>{outro}</p></div>"
    assert paragraphs(extract_article(page(article)).text) == ["Tự đóng thùng ủ phân", intro, *steps, outro]


# --- work bounds -----------------------------------------------------------------------------------------


def test_a_tag_with_thousands_of_attributes_is_refused_before_it_is_parsed(monkeypatch) -> None:
    import lxml.html

    def no_parse(*_args, **_kwargs):
        raise AssertionError("the page must be refused before parsing")

    monkeypatch.setattr(lxml.html, "document_fromstring", no_parse)
    attributes = " ".join(f"a{i}='1'" for i in range(5_000))
    with pytest.raises(TooLarge) as err:
        extract_article(f"<html><body><p {attributes}>x</p></body></html>")
    assert err.value.code == "html_too_complex" and err.value.status == 413


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<p>x</p>" * 200_000 + "</body></html>",
        "<html><body><table>" + ("<tr>" + "<td>ô</td>" * 300 + "</tr>") * 300 + "</table></body></html>",
        "<html><body>" + "<span a='1' b='2' c='3' d='4' e='5' f='6' g='7'>x</span>" * 24_000 + "</body></html>",
    ],
    ids=["200k-paragraphs", "300x300-table", "170k-attributes"],
)
def test_a_page_with_too_many_elements_or_attributes_is_refused_before_it_is_cleaned(monkeypatch, html) -> None:
    import tts_service.extract.article as article

    def no_cleaning(*_args, **_kwargs):
        raise AssertionError("cleaning must not start on a page over the limits")

    monkeypatch.setattr(article, "clean_tree", no_cleaning)
    with pytest.raises(TooLarge, match="quá phức tạp") as err:
        extract_article(html)
    assert err.value.code == "html_too_complex"
