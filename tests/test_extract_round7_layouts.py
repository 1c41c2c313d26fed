"""Layouts met on the seventh round of unseen pages (``tests/data/extract/pages_round7``): what a listener hears.

Small synthetic Vietnamese pages modelled on the layouts that failed there, by kind — never on one site: a
recipe whose ingredients are a checklist of ticking boxes, a story printed as one paragraph of ``<br><br>``
lines in a box whose class names tags, a Vanilla discussion whose opening post is named ``Discussion_N``, a
bbPress topic whose posts carry WordPress's ``post-N`` class under a header that holds the ``id``, and a page
whose every block is judged away, which still reads rather than failing.
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_layouts import FOOTER, NAV, paragraphs
from tts_service.extract import extract_article


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{body}{FOOTER}</body></html>"


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _reads_the_opening_post_only(html: str) -> str:
    text = extract_article(html).text
    assert all(p in paragraphs(text) for p in OPENING)
    assert not any(a in text for a in ANSWERS)
    return text


INGREDIENTS = ["2 chén bột gạo nếp", "1 chén đường cát trắng", "200 ml nước cốt dừa", "1 thìa cà phê muối"]
STEPS = [
    "Trộn đều bột gạo nếp với nước cốt dừa rồi nhồi cho đến khi bột mịn và không còn dính tay.",
    "Nặn bột thành từng viên nhỏ, ấn dẹt rồi cho vào nồi nước sôi luộc đến khi viên bánh nổi lên.",
    "Vớt bánh ra thả vào nước lạnh, sau đó chan nước đường và rắc thêm chút muối mè lên trên.",
]


def test_a_recipe_whose_ingredients_are_a_checklist_reads_every_ingredient() -> None:
    items = "".join(
        f"<li class='item'><input type='checkbox' id='ing-{i}'><label for='ing-{i}'><span>{text}</span></label></li>"
        for i, text in enumerate(INGREDIENTS)
    )
    steps = "".join(f"<li><div class='num'>{i}.</div><div>{s}</div></li>" for i, s in enumerate(STEPS, 1))
    html = _page(
        "Bánh trôi nước",
        f"<main><h1>Bánh trôi nước</h1>"
        f"<h2>Nguyên liệu</h2><ul class='ingredient-list'>{items}</ul><h2>Cách làm</h2><ol>{steps}</ol></main>"
        f"<div id='comments'><form><p><input type='checkbox' id='save'><label for='save'>Lưu tên của tôi cho lần "
        f"bình luận kế tiếp</label></p><p><label for='c'>Bình luận</label><textarea id='c'></textarea></p>"
        f"</form></div>",
    )
    text = extract_article(html).text
    assert all(i in paragraphs(text) for i in INGREDIENTS)
    assert all(s in text for s in STEPS)
    assert "Lưu tên" not in text


LINES = [
    "Cuộc đua giành ngôi vua phá lưới giải vô địch quốc gia đang bước vào giai đoạn quyết định của mùa giải.",
    "TIỀN ĐẠO SỐ MỘT GHI BÀN LIÊN TIẾP",
    "Chân sút người Brazil đã ghi bảy bàn trong sáu trận gần nhất và vươn lên dẫn đầu danh sách ghi bàn.",
    "Anh cũng cân bằng kỷ lục ghi bàn của một cầu thủ ngoại trong lịch sử câu lạc bộ sau hai mùa giải.",
    "ĐỐI THỦ IM TIẾNG HAI TUẦN",
    "Tiền đạo đội khách không ghi được bàn nào trong hai vòng đấu gần đây và phải ngồi dự bị ở trận derby.",
    "Dù vậy, anh vẫn có hai mươi bàn sau ba mươi ba trận và chỉ kém người dẫn đầu đúng một bàn thắng.",
    "Ba vòng đấu còn lại sẽ quyết định ai là người nhận danh hiệu vua phá lưới của mùa giải năm nay.",
    "CẦU THỦ NỘI GHI NHIỀU BÀN NHẤT",
    *(
        f"Ở vị trí thứ {n}, một tiền vệ trong nước đã ghi {20 - n} bàn, thành tích tốt nhất trong sự nghiệp của anh "
        f"từ khi lên chơi ở giải đấu cao nhất, dù phần lớn thời gian anh chỉ vào sân từ băng ghế dự bị."
        for n in range(2, 8)
    ),
]


def test_a_story_printed_as_br_lines_in_a_box_whose_class_names_tags_is_read_in_full() -> None:
    body = "<br><br>".join(f"<strong>{line}</strong>" if line.isupper() else line for line in LINES)
    html = _page(
        "Cuộc đua vua phá lưới",
        f"<div class='detail'>"
        f"<h1>Cuộc đua vua phá lưới</h1><div class='content-news-tag-selector'><p>{body}</p></div>"
        f"<div class='tags'><a href='/t/1'>Bóng đá</a><a href='/t/2'>Vua phá lưới</a></div></div>",
    )
    text = extract_article(html).text
    assert all(line in paragraphs(text) for line in LINES)
    assert "Vua phá lưới\n" not in text and not text.endswith("Vua phá lưới")


OPENING = [
    "Mình mới tập chơi bàn phím cơ và muốn tự lắp một chiếc đầu tiên, nhưng chưa biết nên bắt đầu từ đâu.",
    "Ngân sách khoảng ba triệu đồng, mình thích bố cục gọn và switch có khấu, các bạn tư vấn giúp nhé.",
]
ANSWERS = [
    "Bạn nên chọn mạch hot-swap để dễ thay switch, lắp sai cũng không phải hàn lại rất tiện cho người mới.",
    "Mình khuyên mua bộ kit có sẵn vỏ và mạch, sau đó mua switch và keycap riêng tùy theo sở thích của bạn.",
]


def test_a_discussion_whose_opening_post_is_named_by_its_number_reads_that_post_not_its_comments() -> None:
    comments = "".join(
        f"<li class='Item ItemComment' id='Comment_{440 + i}'><div class='Comment'><div class='Item-Header'>"
        f"<a class='Username' href='/u/{i}'>thanhvien{i}</a></div><div class='Item-Body'><div class='Message "
        f"userContent'><p>{a}</p></div></div></div></li>"
        for i, a in enumerate(ANSWERS)
    )
    html = _page(
        "Tự lắp bàn phím cơ",
        f"<div class='MessageList Discussion'>"
        f"<div class='PageTitle'><h1>Tự lắp bàn phím cơ</h1></div><div id='Discussion_2058' class='Item "
        f"ItemDiscussion'><div class='Discussion'><div class='Item-Header DiscussionHeader'><a class='Username' "
        f"href='/u/9'>nguoimoi</a></div><div class='Item-BodyWrap'><div class='Item-Body'><div class='Message "
        f"userContent'>{_ps(OPENING)}</div></div></div></div></div></div>"
        f"<div class='CommentsWrap'><h2 class='CommentHeading'>Bình luận</h2><ul class='MessageList DataList "
        f"Comments'>{comments}</ul></div>",
    )
    _reads_the_opening_post_only(html)


def test_a_topic_whose_posts_carry_a_numbered_post_class_under_an_id_header_reads_its_first_post_only() -> None:
    posts = [(2156, OPENING), *((2300 + i, [a, *ANSWERS]) for i, a in enumerate(ANSWERS * 2))]
    items = "".join(
        f"<div id='post-{n}' class='bbp-reply-header'><div class='bbp-meta'><span class='bbp-reply-post-date'>"
        f"17/02/2013 lúc 20:55</span><a href='#post-{n}' class='bbp-reply-permalink'>#{n}</a></div></div>"
        f"<div class='{'odd' if k % 2 == 0 else 'even'} bbp-reply-position-{k + 1} post-{n} "
        f"{'topic' if k == 0 else 'reply'} hentry'><div class='bbp-reply-author'><a href='/u/{k}'>"
        f"thanhvien{k}</a></div><div class='bbp-reply-content'>{_ps(text)}</div></div>"
        for k, (n, text) in enumerate(posts)
    )
    html = _page(
        "Tự lắp bàn phím cơ",
        f"<div id='bbpress-forums'>"
        f"<h1>Tự lắp bàn phím cơ</h1><ul class='forums bbp-replies'><li class='bbp-header'><div>Tác giả</div>"
        f"<div>Bài viết</div></li><li class='bbp-body'>{items}</li></ul></div>",
    )
    _reads_the_opening_post_only(html)


def test_a_recipe_beside_article_cards_is_read_from_its_main_box_not_from_a_card() -> None:
    cards = "".join(
        f"<article class='card'><a href='/r/{i}'><img src='/{i}.jpg' alt=''><h3>Bánh quy số {i}</h3></a></article>"
        for i in range(1, 7)
    )
    steps = "".join(f"<li><div class='num'>{i}.</div><div>{s}</div></li>" for i, s in enumerate(STEPS, 1))
    html = _page(
        "Bánh trôi nước",
        f"<main><h1>Bánh trôi nước</h1><h2>Cách làm</h2><ol>{steps}</ol><h2>Gợi ý cho bạn</h2>{cards}</main>",
    )
    text = extract_article(html).text
    assert all(s in paragraphs(text) for s in STEPS)


def test_a_page_whose_every_block_is_judged_away_still_reads_its_text(monkeypatch) -> None:
    from tts_service.extract import article

    monkeypatch.setattr(article, "_without_teasers", lambda raw, *_args: [])
    html = _page(
        "Bánh trôi nước",
        f"<article><h1>Bánh trôi nước</h1>{_ps(STEPS)}</article>",
    )
    text = extract_article(html).text
    assert all(s in paragraphs(text) for s in STEPS)


def test_a_thread_whose_posts_are_named_by_class_reads_its_first_post_without_its_toolbar_or_date() -> None:
    posts = [OPENING, *([a, *ANSWERS] for a in ANSWERS * 3)]
    items = "".join(
        f"<div class='contentBackground{k % 2 + 1} postItem'><div class='lcontent'><div class='name'><a href='/u/{k}'>"
        f"thanhvien{k}</a></div><div class='posts'>Bài viết: {100 + k}</div></div><div class='rcontent'>"
        f"<span class='postdate'><span title='28/08/2006'>posted {19 - k} years ago</span></span><ul><li><span>"
        f"<div class='p1'><span class='cap'>Số bánh muốn gửi: </span><input type='text' name='slices'></div>"
        f"<div class='p2'><span class='cap'>Lời cảm ơn (không bắt buộc): </span><input type='text' name='note'></div>"
        f"</span></li></ul><div class='postText'>{'<br><br>'.join(text)}</div></div></div>"
        for k, text in enumerate(posts)
    )
    html = _page(
        "Tự lắp bàn phím cơ",
        f"<div class='topicSubject'>"
        f"<h1>Tự lắp bàn phím cơ</h1></div><div class='section topicBodyAndFooter'>{items}</div>",
    )
    text = _reads_the_opening_post_only(html)
    assert "posted" not in text and "Số bánh" not in text and "Lời cảm ơn" not in text


def test_a_howto_whose_steps_are_boxes_named_for_printing_reads_them_but_not_the_print_button() -> None:
    steps = "".join(
        f"<div class='tip-print-step'><p>{s}</p><img src='/{i}.jpg' alt=''></div>" for i, s in enumerate(STEPS)
    )
    html = _page(
        "Mẹo nấu bánh trôi",
        f"<div class='content'>"
        f"<h1>Mẹo nấu bánh trôi</h1><div class='print-button'><a href='#'>In bài này</a></div>{steps}</div>",
    )
    text = extract_article(html).text
    assert all(s in paragraphs(text) for s in STEPS)
    assert "In bài này" not in text


CAUSES = [
    "Dạy chữ cho trẻ em và người lớn",
    "Giúp các gia đình thiếu lương thực",
    "Tặng áo ấm cho học sinh vùng cao",
    "Cứu trợ vùng bị thiên tai",
    "Thăm người già neo đơn tại nhà",
]


def test_a_list_of_linked_items_that_a_body_sentence_introduces_with_a_colon_is_read() -> None:
    body = [
        "Nhiều tổ chức phi lợi nhuận trong thành phố nhận tình nguyện viên dài hạn hoặc chỉ trong một buổi.",
        "Có hàng chục mục đích để bạn góp sức, hãy bấm vào mỗi mục dưới đây để tới nơi đang cần người:",
    ]
    after = [
        "Trước khi đăng ký, bạn nên hỏi kỹ về thời gian, địa điểm và những việc mình sẽ được giao làm.",
        "Nhiều nơi còn tổ chức buổi gặp mặt làm quen để tình nguyện viên mới hiểu rõ công việc hơn.",
    ]
    items = "".join(f"<li><a href='https://vi-du-{i}.org/' rel='nofollow'>{c}</a></li>" for i, c in enumerate(CAUSES))
    html = _page(
        "Làm tình nguyện ở đâu",
        f"<article><h1>Làm tình nguyện ở đâu"
        f"</h1>{_ps(body)}<ul>{items}</ul>{_ps(after)}"
        f"<h3>Liên kết:</h3><ul><li><a href='/a'>Tin tình nguyện khác trong tuần</a></li><li><a href='/b'>Các "
        f"chương trình hè của thành phố</a></li></ul></article>",
    )
    text = extract_article(html).text
    assert all(c in paragraphs(text) for c in CAUSES)
    assert all(p in paragraphs(text) for p in body + after)
    assert "Tin tình nguyện khác" not in text


def test_an_ingredient_whose_amount_and_name_sit_on_separate_source_lines_is_read_as_one_item() -> None:
    rows = [("1", "gói", "bột bánh flan"), ("450", "g", "bơ mềm"), ("2", "th.", "đường vani")]
    items = "".join(
        f"<li>\n  <span class='quantity'>\n    <span class='amount'>{n}</span>\n    <span>{unit}&nbsp;</span>\n"
        f"  </span>\n  <span class='ingredient'>{name}&nbsp;</span>\n</li>\n"
        for n, unit, name in rows
    )
    html = _page(
        "Bánh flan",
        f"<article><h1>Bánh flan</h1><h2>Nguyên liệu</h2>"
        f"<ul class='ingredients'>{items}</ul><h2>Cách làm</h2>{_ps(STEPS)}</article>",
    )
    text = extract_article(html).text
    assert all(f"{n} {unit} {name}" in paragraphs(text) for n, unit, name in rows)


def test_a_kicker_set_inside_the_headline_is_not_read_when_the_page_title_is_the_rest() -> None:
    html = (
        "<html><head><title>Quốc hội - Tin tức - Tưởng niệm các nạn nhân chiến tranh</title>"
        "<meta property='og:title' content='Tưởng niệm các nạn nhân chiến tranh'></head><body>"
        f"{NAV}<article><h1><em>Ngày tưởng niệm </em>Tưởng niệm các nạn nhân chiến tranh</h1>"
        f"{_ps(STEPS)}</article>{FOOTER}</body></html>"
    )
    article = extract_article(html)
    assert article.title == "Tưởng niệm các nạn nhân chiến tranh"
    assert "Ngày tưởng niệm" not in article.text


def test_a_headline_with_an_emphasised_word_inside_is_read_whole() -> None:
    html = (
        "<html><head><title>Ba món ngon xứ Huế</title></head><body>"
        f"{NAV}<article><h1><em>Ba</em> món ngon xứ Huế</h1>{_ps(STEPS)}</article>"
        f"{FOOTER}</body></html>"
    )
    assert extract_article(html).title == "Ba món ngon xứ Huế"


@pytest.mark.parametrize(
    "heading", ["Recomendamos para você", "Veja também", "Leia também", "Leggi anche", "Ilgili Haberler", "Læs også"]
)
def test_a_heading_over_recommendations_in_more_languages_ends_the_article(heading: str) -> None:
    html = _page(
        "Bánh trôi nước",
        f"<main><h1>Bánh trôi nước</h1>"
        f"{_ps(STEPS)}<h2>{heading}</h2><h3><a href='/r/1'>Bánh quy bơ giòn tan</a>"
        f"</h3><h3><a href='/r/2'>Bánh chuối nướng</a></h3></main>",
    )
    text = extract_article(html).text
    assert all(s in paragraphs(text) for s in STEPS)
    assert heading not in text and "Bánh chuối" not in text


@pytest.mark.parametrize("fact", ["Prep 15 min", "Total 1 hr 50 min", "Servings 12", "Thời gian nấu: 30 phút"])
def test_a_recipes_times_and_yield_are_not_read(fact: str) -> None:
    from tts_service.extract.heuristics import is_counter

    assert is_counter(fact)
    assert not is_counter("Bake 42 to 48 minutes")


def test_a_pull_quote_repeating_a_sentence_of_the_body_is_not_read_twice() -> None:
    quote = "Nặn bột thành từng viên nhỏ, ấn dẹt rồi cho vào nồi nước sôi luộc"
    html = _page(
        "Bánh trôi nước",
        f"<article><h1>Bánh trôi nước</h1>"
        f"<p>{STEPS[0]}</p><p>{STEPS[1]}</p><blockquote><p>{quote}</p></blockquote><p>{STEPS[2]}</p>"
        f"<blockquote><p>Bà tôi vẫn nói: bánh trôi phải nặn bằng cả tấm lòng của người làm bánh.</p></blockquote>"
        f"</article>",
    )
    text = extract_article(html).text
    assert text.count(quote) == 1
    assert "Bà tôi vẫn nói: bánh trôi phải nặn bằng cả tấm lòng của người làm bánh." in paragraphs(text)


def test_the_credit_of_a_photo_inside_the_intro_box_is_not_read_with_the_intro() -> None:
    intro = "Bảy mươi bảy năm sau ngày giải phóng trại tập trung, cả nước tưởng niệm hàng triệu nạn nhân chiến tranh."
    html = _page(
        "Tưởng niệm",
        f"<article><h1>Tưởng niệm</h1><div class='intro'>"
        f"<span class='picture'><img src='/a.jpg' alt=''><p class='annotation'><em class='copyright'>© Văn phòng "
        f"Chính phủ | Nguyễn Văn An</em></p></span><p>{intro}</p></div>{_ps(STEPS)}"
        f"</article>",
    )
    text = extract_article(html).text
    assert intro in paragraphs(text)
    assert "Nguyễn Văn An" not in text


def test_a_quote_set_apart_with_its_speakers_name_is_still_read() -> None:
    quote = "Nặn bột thành từng viên nhỏ, ấn dẹt rồi cho vào nồi nước sôi luộc"
    html = (
        f"<html><head><title>Bánh trôi nước</title></head><body>{NAV}<article><h1>Bánh trôi nước</h1>"
        f"<p>{STEPS[0]}</p><p>{STEPS[1]}</p><div class='quote'><blockquote>{quote}</blockquote><div "
        f"class='quote-attribution'>Nghệ nhân Trần Văn Bình</div></div><p>{STEPS[2]}</p></article>{FOOTER}"
        "</body></html>"
    )
    assert quote in paragraphs(extract_article(html).text)
