"""Layouts met on the fourth round of unseen pages (``tests/data/extract/pages_round4``): what a listener hears.

Small synthetic Vietnamese pages modelled on the layouts that failed there, by kind — never on one site: a
gallery article whose slides are figures with their own headings, a recipe round-up built of cards that a page
builder stacks one per wrapper, an author's box and a disclaimer closing a health article, a forum thread
whose opening post schema.org names a ``DiscussionForumPosting`` and whose class names it a comment entry, threads
whose engines name every post a comment or number them ``pid``, and a Polish recipe closed by its recommendations.
"""

from __future__ import annotations

from tests.test_extract_unseen_layouts import FOOTER, NAV, paragraphs
from tts_service.extract import extract_article


def test_a_gallery_whose_slides_are_headed_figures_is_read_slide_by_slide() -> None:
    intro = "Hóa trang Halloween không cần tốn kém, đây là những bộ trang phục tự làm ở nhà trong vài phút."
    slides = [
        (f"{i}. Nhân vật số {i}", f"Chỉ cần một chiếc áo màu số {i} và chiếc mũ cũ là bạn đã có bộ trang phục thứ {i}.")
        for i in range(1, 16)
    ]
    figures = "".join(
        f"<figure class='flat-slide' id='photo-{i}'><div class='slide-header'><h2 class='title'>"
        f"<a href='/g/{i}'>{head}</a></h2></div><div class='image-container'><img src='/{i}.jpg' alt=''></div>"
        f"<figcaption class='flat-slide-caption'><p>{text}</p></figcaption></figure>"
        for i, (head, text) in enumerate(slides, 1)
    )
    html = (
        f"<html><head><title>Trang phục tự làm</title></head><body>{NAV}<article><h1>Trang phục tự làm</h1>"
        f"<p>{intro}</p>{figures}</article>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert intro in text
    assert all(t in paragraphs(text) for _h, t in slides)


def test_a_round_up_of_recipe_cards_stacked_one_per_wrapper_reads_every_recipe_without_its_button() -> None:
    intro = "Nếu bạn nhớ hương vị nước Ý, đây là những món ăn truyền thống dễ nấu ngay trong căn bếp nhà mình."
    recipes = [
        f"Món số {i} là một đĩa mì đậm đà với thịt xông khói, trứng và phô mai, nấu xong chỉ trong hai mươi phút."
        for i in range(1, 7)
    ]
    cards = "".join(
        f"<div class='builder-wrapper'><div class='builder-box'><div class='builder-overlay'></div>"
        f"<div class='builder-content'><h2><a href='/recipe/{i}'>{i}. Món mì số {i}</a></h2><p>{text}</p>"
        f"<div class='image'><a href='/recipe/{i}'><img src='/{i}.jpg' alt='Mì'></a></div>"
        f"<div class='btn-wrapper'><a class='btn btn-text' href='/recipe/{i}'>XEM CÔNG THỨC</a></div>"
        f"</div></div></div>"
        for i, text in enumerate(recipes, 1)
    )
    html = (
        f"<html><head><title>Món Ý</title></head><body>{NAV}<div class='builder-root'>"
        f"<div class='builder-wrapper'><h1>Những món Ý truyền thống</h1><p>{intro}</p></div>{cards}</div>"
        f"{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert intro in text
    assert all(r in paragraphs(text) for r in recipes)
    assert "XEM CÔNG THỨC" not in text


def test_the_author_box_and_disclaimer_after_a_health_article_and_its_reviewer_line_are_not_read() -> None:
    body = [
        "Tập thể dục đều đặn giúp cải thiện các triệu chứng trầm cảm nhẹ và lo âu, theo một tổng quan mới.",
        "Các nhà nghiên cứu đã phân tích gần một nghìn thử nghiệm với hơn một trăm nghìn người tham gia.",
    ]
    html = (
        f"<html><head><title>Vận động giúp tinh thần tốt hơn</title></head><body>{NAV}<article>"
        "<h1>Vận động giúp tinh thần tốt hơn</h1>"
        "<ul><li><span>Reviewed by </span><a href='/a/golen'>Toni Golen, MD</a>, Editor in Chief</li></ul>"
        f"<p>{body[0]}</p><p>{body[1]}</p>"
        "<h3>About the Author</h3><p>Maureen Salamon là biên tập viên điều hành của bản tin sức khỏe phụ nữ.</p>"
        "<h3>Disclaimer:</h3><p>Không nội dung nào trên trang này thay thế được lời khuyên trực tiếp của bác sĩ.</p>"
        f"</article>{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Vận động giúp tinh thần tốt hơn", *body]


def test_a_thread_whose_opening_post_is_marked_a_forum_posting_reads_that_post_not_the_replies() -> None:
    post = [
        "Chào cả nhà, mình định chuyển bể cá vàng cũ sang nuôi cá đĩa, bể dài một mét hai có lọc tràn.",
        "Máy bơm chạy bốn nghìn lít một giờ, mình sợ nước chảy mạnh quá làm cá bị căng thẳng, mọi người góp ý giúp.",
    ]
    replies = [
        "Bơm như vậy là hơi mạnh với cá đĩa, bạn nên chỉnh van giảm lưu lượng xuống một nửa.",
        "Nhiệt độ hai mươi tám đến ba mươi độ là ổn, nhớ thay nước thường xuyên nhé bạn.",
    ]
    item = "b-post js-post js-comment-entry__parent b-post--text"
    opener = (
        f"<li class='{item} b-post--first js-conversation-starter' itemscope "
        f"itemtype='https://schema.org/DiscussionForumPosting' itemprop='mainEntity'>"
        f"<div class='b-post__content'><div class='js-post__content-text'>{'<br><br>'.join(post)}</div></div></li>"
    )
    answers = "".join(
        f"<li class='{item} js-conversation-reply' itemscope itemtype='https://schema.org/Comment'>"
        f"<div class='js-post__content-text'>{r}</div></li>"
        for r in replies
    )
    html = (
        f"<html><head><title>Hỏi về bể cá đĩa</title></head><body>{NAV}<h1>Hỏi về bể cá đĩa</h1>"
        "<div class='notice'><p>Nếu đây là lần đầu bạn ghé thăm, hãy đọc mục Hỏi đáp bằng cách bấm vào liên kết "
        f"ở trên.</p></div><ul class='conversation-list'>{opener}{answers}</ul>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in post)
    assert not any(r in text for r in replies)


def _comment_thread(posts: list[str]) -> str:
    return "<div id='comments' class='cTopic'>" + "".join(
        f"<a id='comment-{i}'></a><article id='elComment_{i}' class='cPost ipsComment'>"
        f"<aside class='author'>Thành viên {i}</aside><div id='comment-{i}_wrap' class='ipsComment_content'>"
        f"<p>{text}</p></div></article>"
        for i, text in enumerate(posts, 100)
    ) + "</div>"


POSTS = [
    "Mình đang định mua một chiếc chảo gang, không rành nấu nướng lắm, các bác có kinh nghiệm gợi ý giúp hãng nào tốt?",
    *[
        f"Trả lời số {i}: mình dùng chảo gang của hãng số {i} đã nhiều năm, rửa xong lau khô rồi tráng chút dầu là "
        "bền, không cần mua loại đắt tiền, quan trọng là giữ cho chảo luôn khô ráo sau mỗi lần dùng."
        for i in range(1, 8)
    ],
]


def test_a_thread_whose_posts_are_all_named_comments_reads_its_first_post_only() -> None:
    html = (
        f"<html><head><title>Chảo gang</title></head><body>{NAV}<h1>Chảo gang</h1>{_comment_thread(POSTS)}"
        f"{FOOTER}</body></html>"
    )
    assert paragraphs(extract_article(html).text) == ["Chảo gang", POSTS[0]]


def test_comments_under_an_article_are_still_not_read_when_they_are_longer_than_it() -> None:
    body = [
        "Chảo gang giữ nhiệt tốt hơn chảo chống dính, nhưng cần được lau khô và tráng dầu sau mỗi lần dùng để khỏi gỉ.",
        "Người mới dùng nên chọn chảo cỡ vừa, tay cầm chắc, và làm nóng chảo từ từ trên lửa nhỏ trước khi nấu món ăn.",
    ]
    html = (
        f"<html><head><title>Chảo gang</title></head><body>{NAV}<article><h1>Chảo gang</h1>"
        f"<p>{body[0]}</p><p>{body[1]}</p></article>{_comment_thread(POSTS)}{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(p in text for p in body)
    assert not any(p in text for p in POSTS)


def test_a_thread_whose_posts_are_numbered_pid_reads_its_first_post_only() -> None:
    posts = "".join(
        f"<div class='frm pst' id='pid{i}'><div class='hcl'><span class='htt'>By</span> <a href='/u/{i}'>user{i}</a>"
        f"<span class='htt'>Date</span> 10.11.15 11:2{i} UTC</div><div class='ccl'>{text}</div></div>"
        for i, text in enumerate(POSTS[:4], 1)
    )
    html = (
        f"<html><head><title>Chảo gang</title></head><body>{NAV}<div class='frm pgb'><span class='htt'>Chủ đề"
        f"</span> <a href='/b'>Bếp</a> / Chảo gang</div>{posts}{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert POSTS[0] in paragraphs(text)
    assert not any(p in text for p in POSTS[1:4])


def test_a_polish_recipe_stops_at_its_recommended_recipes_heading() -> None:
    steps = [
        "Z mąki, wody, soli i jajka zrób klasyczne ciasto na pierogi i odstaw je do lodówki na dwadzieścia minut.",
        "Dynię pokrój w drobną kostkę, podsmaż z cebulą i czosnkiem, a potem wymieszaj farsz widelcem z serem.",
    ]
    blurb = (
        "Pierogi to klasyczne danie nie tylko kuchni polskiej, podobne potrawy zjeść można także w innych regionach "
        "świata, a ciekawy farsz wystarczy, by przygotować je w nieco odmienionej wersji na każdy jesienny obiad."
    )
    html = (
        f"<html><head><title>Pierogi z dynią</title></head><body>{NAV}<main><h1>Pierogi z dynią</h1>"
        f"<h2>Krok 1</h2><p>{steps[0]}</p><h2>Krok 2</h2><p>{steps[1]}</p><h2>Polecane przepisy</h2>"
        f"<p>{blurb}</p></main>{FOOTER}</body></html>"
    )
    text = extract_article(html).text
    assert all(s in text for s in steps)
    assert blurb not in text
