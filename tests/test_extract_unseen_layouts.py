"""Layouts met on the second round of unseen pages (``tests/data/extract/pages_round2``): what a listener hears.

Small synthetic Vietnamese pages modelled on the layouts that failed there, by kind — never on one site:
forum posts laid out in nested tables, question-and-answer pages, a discussion whose opening post is shorter
than the page footer, recipe round-ups made of cards, headlines inside a breadcrumb ``<h1>``, sapos named by a
data attribute, edit notes and "click here" lines.
"""

from __future__ import annotations

import pytest

from tts_service.extract import extract_article

NAV = (
    "<div id='menu'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/f'>Diễn đàn</a></li>"
    "<li><a href='/hd'>Hướng dẫn</a></li></ul></div>"
)
FOOTER = (
    "<div id='footer'><p>© Công ty Cổ phần Truyền thông Số. All rights reserved. Mọi nhãn hiệu thuộc về chủ sở "
    "hữu của chúng tại Việt Nam và các nước khác.</p><p>Chính sách bảo mật | Điều khoản sử dụng | Liên hệ | "
    "Quảng cáo | Tuyển dụng | Hỗ trợ</p></div>"
)
QUESTION = [
    "Chào mọi người, máy tính của tôi tự khởi động lại mỗi khi chơi game được khoảng mười phút.",
    "Tôi đã thay nguồn mới và cập nhật driver nhưng vẫn bị. Có ai gặp trường hợp này chưa?",
]
REPLIES = [
    "Bạn thử kiểm tra nhiệt độ CPU xem, có thể keo tản nhiệt đã khô rồi đấy bạn ạ, lâu ngày là hay bị.",
    "Mình cũng bị y hệt, cuối cùng phải thay RAM mới hết, bạn thử chạy memtest xem sao nhé.",
    "Nếu vẫn không được thì mang ra tiệm nhờ kiểm tra bo mạch chủ, có khi tụ bị phù rồi.",
]
TITLE = "Máy tính tự khởi động lại khi chơi game"


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- forum threads and Q&A -------------------------------------------------------------------------------


def _table_post(n: int, author: str, subject: str, text: str) -> str:
    """One post the way older forum engines print it: its own nest of layout tables, the message in a
    ``div`` whose id is ``body`` and the post's number."""
    return (
        f"<table class='t_outer'><tr><td><table class='t_inner'><tr><td class='subjecttable'>{subject}</td></tr>"
        f"<tr><td><table class='fw'><tr><td class='author-content'><div class='author-name'>{author}</div>"
        f"<span class='post-op'>OP</span></td><td class='post-content'><div class='post_inner'>"
        f"<div id='body{n}'>{text}</div></div></td></tr></table></td></tr></table></td></tr></table>"
    )


def test_a_thread_whose_posts_each_sit_in_their_own_layout_tables_reads_only_the_first_post() -> None:
    posts = _table_post(0, "minhtuan", TITLE, "".join(f"<p>{s}</p>" for s in QUESTION)) + "".join(
        _table_post(i + 1, f"user{i}", f"Re: {TITLE}", r) for i, r in enumerate(REPLIES)
    )
    html = (
        f"<html><head><title>{TITLE} - Diễn đàn Tin học</title></head><body>{NAV}"
        f"<div class='body_col'>{posts}</div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text) == [TITLE, *QUESTION]


def test_a_breadcrumb_h1_ending_with_the_thread_title_gives_the_thread_title() -> None:
    crumbs = (
        f"<h1><a href='/'>Diễn đàn Tin học</a> <a href='/f'>Trang chủ</a> <a href='/f/2'>Phần cứng</a> {TITLE}</h1>"
    )
    body = "".join(f"<p>{s}</p>" for s in QUESTION)
    html = f"<html><head><title>{TITLE} - Diễn đàn Tin học</title></head><body>{NAV}{crumbs}{body}</body></html>"
    assert extract_article(html).title == TITLE


def test_a_question_and_answer_page_reads_the_question_not_the_answers_nor_the_network_popup() -> None:
    answers = "".join(
        f"<div id='answer-{i}' class='answer' itemprop='suggestedAnswer' itemscope "
        f"itemtype='https://schema.org/Answer'><div class='votes'>{i}</div><div class='s-prose' itemprop='text'>"
        f"<p>{r}</p></div></div>"
        for i, r in enumerate(REPLIES, start=11)
    )
    html = (
        f"<html><head><title>{TITLE} - Hỏi đáp Tin học</title></head><body>"
        "<div class='topbar-dialog' role='dialog'><h4>Mạng Hỏi đáp</h4><p>Mạng Hỏi đáp gồm 183 cộng đồng hỏi đáp, "
        "trong đó có cộng đồng lập trình viên lớn nhất và đáng tin cậy nhất để học hỏi và chia sẻ kiến thức.</p>"
        "</div><div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        f"<h1 itemprop='name'>{TITLE}</h1><div id='question' class='question'><div class='s-prose' "
        f"itemprop='text'>{''.join(f'<p>{s}</p>' for s in QUESTION)}</div></div>"
        f"<div id='answers'><h2>3 câu trả lời</h2>{answers}</div></div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text) == [TITLE, *QUESTION]


def test_a_discussion_whose_opening_post_is_shorter_than_the_footer_reads_the_post_not_the_footer() -> None:
    comments = "".join(
        f"<div class='commentthread_comment' id='comment_{i}'><div class='author'>user{i}</div>"
        f"<div class='commentthread_comment_text'>{r}</div></div>"
        for i, r in enumerate(REPLIES, start=501)
    )
    html = (
        f"<html><head><title>{TITLE} :: Thảo luận chung</title></head><body>{NAV}<div role='main'>"
        "<div class='forum_op'><div class='forum_op_author'><a href='/u/1'>minhtuan</a></div>"
        "<span class='date'>8 Th10, 2025 @ 1:56pm</span>"
        f"<div class='topic'>{TITLE}</div><div class='content'>Máy mình cứ chơi game mười phút là tự khởi động "
        "lại, ai biết chỉ giúp với<br><br>Sửa thêm: mình dùng Windows 11.</div>"
        "<div class='forum_audit'>Last edited by <a href='/u/1'>minhtuan</a>; <span>8 Th10, 2025 @ 2:24pm</span>"
        f"</div></div><div class='commentthread_area'>{comments}</div></div>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == [
        TITLE,
        "Máy mình cứ chơi game mười phút là tự khởi động lại, ai biết chỉ giúp với",
        "Sửa thêm: mình dùng Windows 11.",
    ]


def test_a_post_edit_note_and_an_upvote_button_are_not_read() -> None:
    body = "".join(f"<p>{s}</p>" for s in QUESTION)
    html = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='post'>{body}"
        "<div>Last edited by minhtuan; 12-28-05 at 10:28 PM.</div><div>Sửa lần cuối bởi minhtuan; 28/12/2005 "
        "lúc 22:28.</div><a class='vote'>Upvote</a></div></body></html>"
    )
    assert paragraphs(extract_article(html).text) == [TITLE, *QUESTION]


# --- recipes and round-ups -------------------------------------------------------------------------------

ROUNDUP = [
    ("Gà nướng chanh sả", "Gà nướng chanh sả thơm lừng, làm nhanh mà ai trong nhà cũng thích ăn."),
    ("Cá hồi sốt mật ong", "Những miếng cá hồi vừa ăn, sốt mật ong cay nhẹ, hợp cho bữa trưa bận rộn."),
    ("Đậu Hà Lan chiên giòn", "Món ăn vặt giòn rụm, ít dầu mỡ mà vẫn đậm đà hương vị."),
    ("Măng tây nướng phô mai", "Chưa đến mười phút là có ngay một đĩa măng tây nướng thơm ngon."),
]


def _card(n: int, name: str, summary: str) -> str:
    return (
        f"<div class='recipe-card'><div class='image'><div class='counter'>{n}</div>"
        f"<a href='/r{n}'><img src='r{n}.jpg'></a></div><div class='summary'><h3>{name}</h3>"
        f"<div class='recipe-summary'>{summary}</div><a class='recipe-link-button' href='/r{n}'>Xem công thức</a>"
        "</div></div>"
    )


def test_a_recipe_round_up_reads_each_card_between_its_introduction_and_its_closing_words() -> None:
    intro = "Nồi chiên không dầu giúp bữa ăn nhanh gọn và ít dầu mỡ hơn, rất hợp với những ngày bận rộn."
    outro = "Những món ăn trên đều dễ làm tại nhà, bạn hãy thử và chia sẻ cảm nhận cho mình biết nhé."
    cards = "".join(_card(i, name, summary) for i, (name, summary) in enumerate(ROUNDUP, start=1))
    related = "".join(
        f"<div class='post-card'><img src='x{i}.jpg'><h3><a href='/x{i}'>Bài khác số {i}</a></h3>"
        f"<a class='btn' href='/x{i}'>Đọc tiếp</a></div>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Món ngon với nồi chiên không dầu</title></head><body>"
        f"{NAV}<article><h1>Món ngon với nồi chiên không dầu</h1><div class='entry-content'><p>{intro}</p>"
        f"<h2>Món ngon dễ làm</h2><div class='roundup'>{cards}</div><h2>Lời kết</h2><p>{outro}</p></div>"
        f"</article><div class='after-entry'><h2>Có thể bạn thích</h2>{related}</div>{FOOTER}</body></html>"
    )
    expected = [
        "Món ngon với nồi chiên không dầu",
        intro,
        "Món ngon dễ làm",
        *[line for card in ROUNDUP for line in card],
        "Lời kết",
        outro,
    ]
    assert paragraphs(extract_article(html).text) == expected


# --- headline, sapo, prompts -----------------------------------------------------------------------------


def test_a_first_line_that_exclaims_is_not_taken_for_the_headline_when_the_page_names_it() -> None:
    post = (
        "<div id='p5550' class='post'><div class='postbody'><div class='content'>Bạn Hải đã mở một chủ đề về máy "
        "phục chế. Ý HAY QUÁ!!<br><br>Chúng ta cũng cần một chủ đề cho các sản phẩm gỗ làm xong bằng máy, mời mọi "
        "người đăng ảnh sản phẩm của mình vào đây để cùng xem và học hỏi.</div></div></div>"
        f"<div id='p5551' class='post'><div class='postbody'><div class='content'>{REPLIES[0]}</div></div></div>"
    )
    html = (
        "<html><head><title>Khoe sản phẩm gỗ đã hoàn thành - Diễn đàn Thợ mộc</title></head><body>"
        "<div class='headerbar'><h1>Diễn đàn Thợ mộc</h1></div>"
        f"<h2 class='topic-title'><a href='/t/5'>Khoe sản phẩm gỗ đã hoàn thành</a></h2>{post}{FOOTER}"
        "</body></html>"
    )
    assert extract_article(html).title == "Khoe sản phẩm gỗ đã hoàn thành"


@pytest.mark.parametrize(
    "named", ["style='--grid-area:standfirst'", "data-component='standfirst'"], ids=["grid-area", "data-attribute"]
)
def test_a_sapo_named_only_by_its_grid_area_or_a_data_attribute_is_read_after_the_headline(named: str) -> None:
    sapo = "Năm cuốn sách khoa học viễn tưởng hay nhất năm nay, từ biến đổi khí hậu đến trí tuệ nhân tạo."
    body = [
        "Cuốn thứ nhất kể về một thành phố nổi trên biển sau khi mực nước dâng cao hàng chục mét.",
        "Cuốn thứ hai theo chân một cô gái sống cùng những cánh tay robot nhặt được ở bãi phế liệu.",
    ]
    html = (
        "<html><head><title>Năm cuốn sách viễn tưởng hay nhất năm | Báo Sách</title></head><body>"
        f"{NAV}<main><article><div class='grid'><div data-gu-name='headline'><div class='c1'><h1>Năm cuốn sách "
        f"viễn tưởng hay nhất năm</h1></div></div><div {named} class='c2'><div class='c3'>"
        f"<p>{sapo}</p></div></div><aside data-gu-name='meta'><div><a href='/a'>Lan Anh</a></div><div>Thứ sáu "
        "5/12/2025 09:00</div></aside><div data-gu-name='media'><figure><img src='a.jpg'><figcaption>Minh hoạ: "
        "Ngọc Mai</figcaption></figure></div><div data-gu-name='body' class='c4'><div class='c5'><div "
        f"class='article-body c6'>{''.join(f'<p>{s}</p>' for s in body)}</div></div></div></div></article></main>"
        f"{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Năm cuốn sách viễn tưởng hay nhất năm", sapo, *body]


def test_a_line_that_ends_by_sending_the_reader_elsewhere_is_not_read() -> None:
    body = [
        "Trong bài hướng dẫn này, tôi sẽ trình bày từng bước chỉnh sửa một bức ảnh phong cảnh chụp ngược sáng.",
        "Bạn sẽ học cách ghép nhiều ảnh phơi sáng khác nhau để giữ lại chi tiết ở cả vùng sáng và vùng tối.",
    ]
    html = (
        "<html><head><title>Chỉnh ảnh phong cảnh từ đầu đến cuối</title></head><body>"
        f"<h1>Chỉnh ảnh phong cảnh từ đầu đến cuối</h1><div class='entry-content'>"
        f"{''.join(f'<p>{s}</p>' for s in body)}<p>Để xem thêm các khóa học chỉnh ảnh khác. "
        "<a href='/khoa-hoc'>Bấm vào đây.</a></p><p>To see more photography tutorials and courses. "
        "<a href='/courses'>Click here.</a></p></div></body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Chỉnh ảnh phong cảnh từ đầu đến cuối", *body]


def test_the_page_footer_is_known_for_what_it_is_so_that_it_is_never_taken_for_the_article() -> None:
    from tts_service.extract.heuristics import is_page_footer_line

    assert is_page_footer_line("© Công ty Cổ phần Truyền thông Số. All rights reserved. Mọi nhãn hiệu có chủ.")
    assert is_page_footer_line("Chính sách bảo mật | Điều khoản sử dụng | Liên hệ | Quảng cáo")
    assert not is_page_footer_line(QUESTION[0])
    assert not is_page_footer_line("Giá cả | chất lượng là hai yếu tố người mua quan tâm nhất khi chọn máy.")


@pytest.mark.parametrize("heading", ["Lời kết", "Kết luận"])
def test_a_conclusion_heading_is_read_though_its_words_occur_inside_interface_labels(heading: str) -> None:
    from tts_service.extract.heuristics import is_ui_string

    assert not is_ui_string(heading)  # not "trả lời" + "liên kết", "liên kết" + "bình luận"


@pytest.mark.parametrize(
    "widget",
    ["In bài | Xem phản hồi | Gửi phản hồi", "Lưu bài viết", "Xem bình luận", "Đầu trang", "Sao chép link",
     "Chia sẻ Facebook Zalo", "Trả lời Trích dẫn", "Lượt đọc: 45"],
)  # fmt: skip
def test_widget_label_runs_are_still_known_for_interface(widget: str) -> None:
    from tts_service.extract.heuristics import is_ui_string

    assert is_ui_string(widget)


def test_a_numbered_project_heading_linking_to_its_pattern_is_read_above_its_text() -> None:
    projects = [
        ("Túi vải tote", ["Túi tote là dự án đầu tiên rất hợp với người mới học may vì khó mà làm hỏng được.",
                          "Bạn sẽ học cách đo, cắt, gấp mép và may đường thẳng thật đều tay."]),
        ("Áo choàng poncho", ["Áo choàng poncho dạy bạn tầm quan trọng của việc đo đạc cho thật chính xác.",
                              "Dáng áo rộng nên dù có sai một chút vẫn mặc đẹp và thoải mái."]),
        ("Quần ống rộng", ["Quần ống rộng là kiểu quần dễ may nhất, lại có túi để bạn tập may túi lần đầu.",
                           "Khi đã quen tay, bạn có thể đổi chất vải để có những chiếc quần khác hẳn nhau."]),
    ]  # fmt: skip
    blocks = "".join(
        f"<div class='ebd-block'><h3>#{n}: <a href='/mau-{n}'>{name}</a><br></h3></div>"
        f"<div class='ebd-block' style='text-align: center;'><div class='eb-image'><a><img src='{n}.jpg'></a></div>"
        f"</div><div class='ebd-block'>{''.join(f'<p>{s}</p>' for s in text)}</div>"
        for n, (name, text) in enumerate(projects, start=1)
    )
    intro = "Bạn muốn học may nhưng chưa biết bắt đầu từ đâu? Đây là ba dự án giúp bạn luyện kỹ năng cơ bản."
    html = (
        "<html><head><title>Ba dự án may cho người mới bắt đầu</title></head><body>"
        f"{NAV}<h1>Ba dự án may cho người mới bắt đầu</h1><div class='eb-entry-article'>"
        f"<div class='ebd-block'><p>{intro}</p></div>{blocks}</div>{FOOTER}</body></html>"
    )
    expected = ["Ba dự án may cho người mới bắt đầu", intro]
    for n, (name, text) in enumerate(projects, start=1):
        expected += [f"#{n}: {name}", *text]
    assert paragraphs(extract_article(html).text) == expected


def test_a_category_label_line_is_not_read() -> None:
    body = "".join(f"<p>{s}</p>" for s in QUESTION)
    html = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='entry-content'>{body}"
        "<p>Category: Hướng dẫn phần cứng</p><p>Chuyên mục: Hỏi đáp</p></div></body></html>"
    )
    assert paragraphs(extract_article(html).text) == [TITLE, *QUESTION]


def test_the_authors_line_closing_a_guide_is_read_and_its_review_date_is_not() -> None:
    body = "".join(f"<p>{s}</p>" for s in QUESTION)
    items = "".join(f"<li>{x}</li>" for x in ("Cây con: 16-18 giờ mỗi ngày", "Cây cảnh lá: 12-14 giờ"))
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<article><h1>{TITLE}</h1>"
        f"<div class='body'>{body}<ul>{items}</ul></div><section class='author-block'><div class='field-authors'>"
        "<p>Tác giả: Nguyễn Văn An và Trần Thị Bình, cán bộ khuyến nông tỉnh</p></div></section>"
        f"<p>Reviewed in 2024</p><p>Cập nhật năm 2024</p></article>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == [
        TITLE,
        *QUESTION,
        "Cây con: 16-18 giờ mỗi ngày",
        "Cây cảnh lá: 12-14 giờ",
        "Tác giả: Nguyễn Văn An và Trần Thị Bình, cán bộ khuyến nông tỉnh",
    ]


@pytest.mark.parametrize("line", ["Log in to be able to post", "Ghim lên đầu diễn đàn"], ids=["log-in", "pinned"])
def test_a_short_interface_line_in_its_own_wrapper_above_the_text_is_not_taken_for_a_heading(line: str) -> None:
    blocks = "".join(
        f"<div class='ebd-block'><div class='bar'><span class='login-message'>{line}</span>"
        f"</div></div><div class='ebd-block'><p>{s}</p></div>"
        for s in QUESTION
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<h1>{TITLE}</h1><div class='entry'>{blocks}</div>"
        f"{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == [TITLE, *QUESTION]


def test_a_threads_view_and_reply_counts_and_its_attachment_list_are_not_read() -> None:
    info = (
        "<div class='MessageCard__thread-info'><span class='icon-with-text'>1.9K <span>lượt xem</span></span>"
        "<span class='icon-with-text'>6 <span>trả lời</span></span><span class='icon-with-text'>6 <span>người "
        "tham gia</span></span><span class='icon-with-text'>bài cuối của <a href='/u/2'>hoanganh</a> "
        "<time>19/02/2024</time></span></div>"
    )
    attachments = (
        "<section class='message-attachments'><h4>Tệp đính kèm</h4><ul class='attachmentList'>"
        + "".join(
            f"<li class='attachment'><a href='/a/{i}'>anh-{i}.jpg</a><div class='attachment-details'>"
            f"<span>1.{i} MB</span><span>Lượt xem: 4{i}</span></div></li>"
            for i in range(3)
        )
        + "</ul></section>"
    )
    html = (
        f"<html><head><title>{TITLE} | Diễn đàn</title></head><body>{NAV}<div class='MessageCard'>"
        f"<h1 class='MessageCard__thread-title'>{TITLE}</h1>{info}<article id='js-post-1' class='message'>"
        f"<div class='bbWrapper'>{'<br>'.join(QUESTION)}</div>{attachments}</article>"
        f"<article id='js-post-2' class='message'><div class='bbWrapper'>{REPLIES[0]}</div></article></div>"
        f"{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert paragraphs(text)[0] == TITLE
    for noise in ("lượt xem", "trả lời", "tham gia", "hoanganh", "đính kèm", "anh-1.jpg", "MB"):
        assert noise not in text.casefold() and noise not in text, noise
    assert all(s in text for s in QUESTION)


def test_teaser_cards_whose_headlines_are_links_in_the_middle_of_a_news_article_are_not_read() -> None:
    body = [
        "Sáng nay, hàng nghìn người dân đã đổ về trung tâm thành phố để tham dự lễ hội mùa xuân năm nay.",
        "Ban tổ chức cho biết lễ hội năm nay có nhiều hoạt động mới dành cho trẻ em và người cao tuổi.",
    ]
    cards = "".join(
        f"<div class='card'><img src='t{i}.jpg'><h3><a href='/t{i}'>Tin khác số {i} về lễ hội năm ngoái</a></h3>"
        f"<p>Tóm tắt của bài số {i}.</p><a class='btn' href='/t{i}'>Đọc tiếp</a></div>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Lễ hội mùa xuân</title></head><body>"
        f"{NAV}<article><h1>Lễ hội mùa xuân</h1><div class='content'><p>{body[0]}</p><div class='cards'>{cards}</div>"
        f"<p>{body[1]}</p></div></article>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Lễ hội mùa xuân", *body]


def test_two_post_boxes_in_unrelated_places_are_never_taken_for_one_thread() -> None:
    """Posts are grouped by the element that holds them, never by a freed proxy's id (which lxml hands on to
    the next element): before, a forum page sometimes lost its opening post, depending on memory layout."""
    import lxml.html

    from tts_service.extract.dom import _side_by_side

    root = lxml.html.fromstring(
        "<html><body><div><section><div class='post'>a</div></section></div>"
        "<aside><div class='post'>b</div></aside></body></html>"
    )
    assert _side_by_side(root.xpath("//div[@class='post']")) == []


# --- round 5 layouts: Simple Machines, MyBB and FluxBB threads, a sapo over the top photo -------------------


def _smf_post(n: int, text: str) -> str:
    """A post the way Simple Machines prints it: poster box, linked subject and date, then the message."""
    return (
        f"<div class='windowbg' id='msg{n}'><div class='post_wrapper'><div class='poster'><h4>hoanganh</h4>"
        "<ul><li>Thành viên</li><li>Bài viết: 3,760</li><li>Logged</li></ul></div><div class='postarea'>"
        f"<div class='keyinfo'><h5><a href='/t/{n}'>{TITLE}</a></h5><div>04/06/2024, 11:23</div></div>"
        f"<div class='post'><div class='inner' id='msg_{n}'>{text}</div></div></div></div></div>"
    )


def test_a_thread_whose_opening_post_is_short_and_sits_by_buttons_and_pictures_is_read() -> None:
    """Removing the replies leaves the thread's box small: with its "Trả lời" button, avatar and headings it
    looked like a promotion card and was dropped, and the message under the linked subject like a teaser."""
    posts = _smf_post(1, QUESTION[0]) + "".join(_smf_post(i + 2, r) for i, r in enumerate(REPLIES))
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<div id='main_content_section'>"
        f"<div id='display_head'><h2 class='display_title'><span id='top_subject'>{TITLE}</span></h2></div>"
        "<img src='avatar.png'><h3>Chủ đề thảo luận</h3><a class='button' href='/reply'>Trả lời</a>"
        f"<form id='quickModForm'><div id='forumposts'>{posts}</div></form></div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert QUESTION[0] in text
    assert not any(r in text for r in REPLIES)
    assert "Logged" not in text and "3,760" not in text


def test_a_thread_titled_only_in_its_table_head_keeps_that_title_and_drops_the_date_and_edit_note() -> None:
    first = "Mình đã đọc mấy chủ đề cũ nhưng đều lỗi thời rồi, xin lỗi nếu đăng nhầm chỗ nhé!"
    body = "Hiện mình đang chạy một diễn đàn và tính chuyển sang phần mềm khác. Các bạn cho mình xin ý kiến với."
    post = (
        "<div class='post' id='post_1'><div class='post_author'><strong>StarredSkies</strong><span>Offline</span>"
        "</div><div class='post_head'>2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by "
        f"StarredSkies. Edited 1 time in total.)</div><div class='post_body' id='pid_1'>{first}<br><br>{body}</div>"
        "<div class='post_controls'><a href='/search'>Find</a></div></div>"
    )
    reply = f"<div class='post' id='post_2'><div class='post_body' id='pid_2'>{REPLIES[0]}</div></div>"
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div id='header'><h1 class='header__title'>"
        f"<a href='https://diendan.example.vn/'>Diễn đàn</a></h1></div>{NAV}<table class='tborder'>"
        f"<tr><td class='thead'><div><strong>{TITLE}</strong></div></td></tr><tr><td id='posts'>{post}{reply}"
        f"</td></tr></table>{FOOTER}</body></html>"
    )
    art = extract_article(html)
    assert art.title == TITLE
    assert paragraphs(art.text)[1:] == [first, body]


def test_a_logo_heading_linking_to_the_sites_full_address_is_not_the_title() -> None:
    html = (
        f"<html><head><title>{TITLE} / Phần cứng / Diễn đàn</title></head><body><div id='sitenavbarlogo'><h1>"
        f"<a href='http://diendan.example.vn/'>Máy tính</a></h1></div>{NAV}<div id='p1' class='post'>"
        f"<h3>{TITLE}</h3><div class='postmsg'><p>{QUESTION[0]}</p><p>{QUESTION[1]}</p></div></div>"
        f"<div id='p2' class='post'><h3>Re: {TITLE}</h3><div class='postmsg'><p>{REPLIES[0]}</p></div></div>"
        f"{FOOTER}</body></html>"
    )
    assert extract_article(html).title == TITLE


def test_a_sapo_printed_over_the_top_photo_is_read_first_and_the_photo_caption_is_not() -> None:
    sapo = "Cuối năm là lúc trồng cây xanh quanh nhà để có thêm bóng mát và trang trí ngày Tết, theo chuyên gia."
    body = [
        "Những ngày cuối năm trời hanh khô, thích hợp để cải tạo đất và chuẩn bị chỗ trồng cây mới trong vườn.",
        "Nguyệt quế là loại cây bụi thường xanh có lá thơm, vừa dùng nấu ăn vừa cắm hoa trang trí rất đẹp.",
    ]
    html = (
        "<html><head><title>Ba loại cây xanh cho khu vườn</title></head><body>"
        f"{NAV}<article><div class='headline'><figure class='imgF'><img src='a.jpg'><span>Ba loại cây xanh cho khu"
        f" vườn</span><h1>Ba loại cây xanh cho khu vườn</h1><div class='teaser'>{sapo}</div><p>Cây thường xuân"
        " trong vườn nhà</p></figure></div><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "<h3>More in this section</h3><p>Hướng dẫn trồng rau sạch tại nhà cho người mới bắt đầu làm vườn.</p>"
        f"</div></article>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Ba loại cây xanh cho khu vườn", sapo, *body]


@pytest.mark.parametrize(
    "label",
    [
        "Logged",
        "Offline",
        "Find",
        "Open Menu Close Menu",
        "Stay Connected",
        "Phone:",
        "ThíchTrả lời",
        "DownloadDownload",
        "Continue reading below",
        "Audio Version",
        "In this article:",
        "Mục lục",
        "Code: Select all",
        "First post",
    ],
)
def test_post_status_words_menu_buttons_and_footer_contact_labels_are_interface(label: str) -> None:
    """Also when the buttons' labels are printed with no space between them."""
    from tts_service.extract.heuristics import is_ui_string

    assert is_ui_string(label)


@pytest.mark.parametrize("text", ["iPhone ra mắt", "McDonald", "TP.HCM", "Chia sẻ kinh nghiệm", "Mục lục văn bản"])
def test_words_with_a_capital_inside_are_not_taken_for_glued_labels(text: str) -> None:
    from tts_service.extract.heuristics import is_ui_string

    assert not is_ui_string(text)


def test_an_unnamed_sentence_set_as_the_sub_heading_under_the_headline_is_read_as_the_sapo() -> None:
    sapo = "Hướng dẫn chọn máy ảnh phù hợp cho người mới bắt đầu học chụp ảnh."
    body = [
        "Khi chọn chiếc máy ảnh đầu tiên, rất khó biết nên bắt đầu từ đâu vì các lựa chọn quá khác nhau.",
        "Bài viết này điểm qua các loại máy ảnh chính để bạn hiểu điểm mạnh và điểm yếu của từng loại.",
        "Máy ảnh nhỏ gọn từng phổ biến nhất, nhưng nay điện thoại thông minh đã thay thế phần lớn vai trò đó.",
    ]
    html = (
        "<html><head><title>Các loại máy ảnh cho người mới</title></head><body>"
        f"{NAV}<main><div class='c-header'><h1>Các loại máy ảnh cho người mới</h1><h2>{sapo}</h2>"
        "<a href='/tac-gia/ann'>Thu Hà</a><time>30/01/2025 23:07</time><figure><img src='a.jpg'><figcaption>"
        "Một chiếc máy ảnh không gương lật</figcaption></figure></div><div class='layout'><div class='sidebar-left'>"
        "</div><div class='post-content'><div class='editable-content'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + f"</div></div></div></main>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Các loại máy ảnh cho người mới", sapo, *body]


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing you accept our Privacy Policy.",
        "Article link copied to clipboard",
        "Đăng ký nhận bản tin để không bỏ lỡ tin mới mỗi ngày",
    ],
)
def test_a_newsletter_sign_up_line_or_a_share_notice_is_interface(line: str) -> None:
    from tts_service.extract.heuristics import has_widget_phrase

    assert has_widget_phrase(line)


def test_web_addresses_a_poster_lists_on_lines_of_their_own_are_read_but_linked_titles_are_not() -> None:
    links = ["www.absolutelyfreeplans.com/", "http://www.freeww.com/", "thuvien.example.vn/tai-lieu/do-go.htm"]
    message = (
        f"<p>{QUESTION[0]}</p>"
        + "".join(f"<div><a href='http://{u.removeprefix('http://')}'>{u}</a></div>" for u in links)
        + "<div><a href='/t/9'>Chủ đề cũ về bản vẽ đồ gỗ miễn phí</a></div>"
        + f"<p>{QUESTION[1]}</p>"
    )
    posts = _table_post(0, "minhtuan", TITLE, message) + _table_post(1, "user", f"Re: {TITLE}", REPLIES[0])
    html = (
        f"<html><head><title>{TITLE} - Diễn đàn Tin học</title></head><body>{NAV}"
        f"<div class='body_col'>{posts}</div>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(u in text for u in links)
    assert "Chủ đề cũ" not in text


def test_a_labelled_byline_over_the_body_is_not_read_but_the_same_line_closing_it_is() -> None:
    sapo = "Trường Đại học Bách khoa trở lại vị trí thứ ba trong bảng xếp hạng các chương trình kỹ thuật năm nay."
    body = [
        "Bảng xếp hạng mới đưa trường vào nhóm dẫn đầu các trường công lập, tăng một bậc so với năm ngoái.",
        "Đây là lần thứ hai trong ba năm các chương trình của trường được xếp ở vị trí cao như vậy.",
    ]
    top = (
        f"<h1>Bách khoa trở lại vị trí thứ ba</h1><p class='lead'>{sapo}</p><div class='content'>"
        "<p>Bài: Minh Anh (minhanh@example.vn)</p>" + "".join(f"<p>{p}</p>" for p in body) + "</div>"
    )
    assert "Minh Anh" not in extract_article(_news(top)).text
    end = (
        f"<h1>Bách khoa trở lại vị trí thứ ba</h1><p class='lead'>{sapo}</p><div class='content'>"
        + "".join(f"<p>{p}</p>" for p in body) + "<p>Bài: Minh Anh</p></div>"
    )
    assert paragraphs(extract_article(_news(end)).text)[-1] == "Bài: Minh Anh"


def _news(article: str) -> str:
    return f"<html><head><title>Tin tức</title></head><body>{NAV}<article>{article}</article>{FOOTER}</body></html>"


# --- round 6 layouts: hidden utility classes, headings whose anchor names a widget, a closing list of links ------


def test_a_notice_hidden_by_a_utility_class_is_not_read() -> None:
    body = [
        "Chào mọi người, tôi muốn hiển thị các tuyến bay đã lưu trên máy tính lên ứng dụng điện thoại.",
        "Tôi bay thường xuyên cùng một tuyến nên rất cần tính năng này, cảm ơn mọi người trước nhé.",
    ]
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<article><h1>{TITLE}</h1>"
        "<div class='alert hidden'><p>Chủ đề này đã bị xoá, chỉ những người quản lý chủ đề mới có thể xem được nó.</p>"
        f"</div><p>{body[0]}</p><div class='d-none'><p>Bạn cần có tài khoản thành viên mới gửi được câu trả lời.</p>"
        f"</div><p>{body[1]}</p><p class='hidden-xs'>Gửi lúc 10 giờ sáng nay từ điện thoại di động của tôi.</p>"
        f"</article>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert "xoá" not in text and "tài khoản" not in text
    assert all(p in text for p in body) and "điện thoại di động" in text


@pytest.mark.parametrize("slug", ["h-4-chon-gio-dung-mang-xa-hoi-social", "share-your-screen-time-wisely"])
def test_a_heading_whose_anchor_is_made_of_its_own_words_is_read_though_they_name_a_widget(slug: str) -> None:
    heading = "4. Chọn giờ dùng mạng xã hội social" if "social" in slug else "Share your screen time wisely"
    body = [
        "Hãy chủ động chọn thời điểm dùng điện thoại cho mạng xã hội và các hoạt động giải trí khác.",
        "Biết trước những khung giờ này giúp bạn tập trung hơn và dùng điện thoại hiệu quả hơn mỗi ngày.",
    ]
    html = (
        f"<html><head><title>Thói quen dùng điện thoại</title></head><body>{NAV}<article>"
        f"<h1>Thói quen dùng điện thoại</h1><p>{body[0]}</p><h2 id='{slug}'>{heading}</h2><p>{body[1]}</p>"
        f"</article>{FOOTER}</body></html>"
    )
    assert heading in paragraphs(extract_article(html).text)


def test_a_labelled_list_of_links_closing_the_page_is_not_read_but_a_closing_list_of_tips_is() -> None:
    tips = [
        "Uống nước lọc thay cho nước ngọt có đường.",
        "Thêm trái cây vào ngũ cốc hoặc sữa chua.",
        "Đọc kỹ nhãn dinh dưỡng trước khi mua.",
    ]
    intro = "Ăn uống lành mạnh bắt đầu từ những lựa chọn nhỏ mỗi ngày, sau đây là vài gợi ý dễ làm theo."
    links = "".join(f"<li><a href='/p{i}'>Trang hướng dẫn số {i}</a></li>" for i in range(5))
    html = (
        f"<html><head><title>Mẹo ăn uống lành mạnh</title></head><body>{NAV}<main><h1>Mẹo ăn uống lành mạnh</h1>"
        f"<p>{intro}</p><h2>Giảm đường</h2><ul>{''.join(f'<li>{t}</li>' for t in tips)}</ul>"
        f"<h2>Thông tin thêm</h2><h3>Chung</h3><ul>{links}</ul></main>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Mẹo ăn uống lành mạnh", intro, "Giảm đường", *tips]
