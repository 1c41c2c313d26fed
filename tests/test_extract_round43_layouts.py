"""Layouts that read poorly in round 43 (``pages_round43``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a short blog post whose side column
lists the blog's other posts as cards, each classed like a post of a forum thread (WordPress's ``post-123``), once
taken for a thread whose first "post" (a card's headline) was read instead of the article; a sponsored list of
local businesses, each a linked name, a rank line, "Website" and "Call" buttons and a paragraph about it, whose
paragraphs were dropped as teasers of other stories (the buttons read as a linked headline); the writer's box at
the end of a post, marked schema.org ``Person``/``itemprop="author"``, whose biography opens with a fuller name
than the byline's nickname, and a tabbed one holding the writer's recent posts (both read as the post's end); an
endless page that appends the next story in a box of the same kind as the first (its headline and text read on
as if the first story went on).
"""

from __future__ import annotations

from tts_service.extract import extract_article

_SHORT_NEWS = (
    "Rumours about the carmaker come up again and again, and the latest says it plans a second plant in the east "
    "of the country to meet the demand of the coming years.",
    "A spokeswoman has now denied that a site was chosen, though she did not deny the plan itself, which some "
    "papers take as a confirmation that the plant will come.",
    "Weeks ago the chief executive had said the same about another country: the place was not decided, but a "
    "fourth plant would certainly be built.",
)


def _side_card(n: int) -> str:
    """A card as a theme's template prints it, indented line by line."""
    card = (
        f'<li class="post-{900 + n} custom-posts-item custom-posts-small clearfix">'
        f'<figure class="custom-posts-thumb"><a href="/?p={900 + n}" title="Test drive {n}">'
        f'<img src="/thumb{n}.jpg" alt=""></a></figure><div class="custom-posts-header">'
        f'<p class="custom-posts-small-title"><a href="/?p={900 + n}">Test drive: estate car {n} in best shape'
        "</a></p>"
        f'<div class="meta"><span class="meta-date">{n}. October 2021</span>'
        f'<span class="meta-comments"><a href="/?p={900 + n}#comments">0</a></span></div></div></li>'
    )
    return card.replace("><", ">\n\t\t\t\t\t\t<")


def test_a_short_post_beside_a_side_column_of_post_cards_is_read_not_the_first_card() -> None:
    page = (
        "<html><head><title>A second plant?</title></head><body class='single single-post'>"
        "<header><h2>autoblog</h2><nav><ul><li><a href='/imprint'>Imprint</a></li></ul></nav></header>"
        '<div class="wrapper"><div id="main-content" class="content" role="main">'
        '<article id="post-1228" class="post-1228 post type-post status-publish hentry">'
        '<header class="entry-header"><h1 class="entry-title">A second plant?</h1>'
        '<p class="entry-meta"><span class="date"><a href="/?m=2021">5 November 2021</a></span> '
        '<span class="author"><a href="/?author=1">admin</a></span></p></header>'
        '<div class="entry-content"><figure><img src="/plant.jpg" alt=""></figure>'
        + "".join(f"<p>{p}</p>" for p in _SHORT_NEWS)
        + '</div></article><nav class="post-nav"><a href="/?p=1226" rel="prev"><span>Back</span>'
        "<p>The biggest event</p></a></nav></div>"
        '<aside class="theme-widget-col theme-sidebar"><div class="widget"><h4>Driven ourselves:</h4>'
        '<ul class="custom-posts-widget">'
        + "".join(_side_card(n) for n in range(1, 11))
        + "</ul></div></aside></div></body></html>"
    )
    text = extract_article(page).text
    for p in _SHORT_NEWS:
        assert p in text, text
    assert "Test drive" not in text, text


_BAKERIES = (
    (
        "Corner Crumb",
        "Corner Crumb bakes its sourdough overnight in a stone oven and sells out most mornings before "
        "nine, so the regulars come early. Beside the bread there are seasonal tarts, a rye loaf with caraway, and "
        "a small counter where the baker explains how each dough is fed and folded. Orders for weddings are taken "
        "two weeks ahead, and the shop delivers within the valley on weekdays.",
    ),
    (
        "Oven and Ash",
        "Oven and Ash is a family business in its third generation, known for pretzels and a dark "
        "country loaf that keeps for a week. The staff bake with flour from a mill up the river, and the café at "
        "the back serves soup at noon. Its classes on Saturday teach beginners how to shape a baguette, and the "
        "children's table lets the youngest decorate their own buns.",
    ),
    (
        "Rise Street",
        "Rise Street opened five years ago in an old garage and has grown into the busiest bakery of "
        "the north side. Its croissants are laminated by hand, its cakes are made to order, and it was praised by "
        "several guides for a cardamom bun that draws a queue on Sundays. The owners also run a stall at the "
        "farmers' market and donate the day's leftovers to a shelter.",
    ),
    (
        "The Flour Room",
        "The Flour Room focuses on gluten-free baking without giving up on taste, with a separate "
        "kitchen so that nothing is mixed. Guests praise the lemon cake and the seeded loaf, and the team answers "
        "questions about ingredients patiently. Catering for offices is offered across town, and a loyalty card "
        "gives every tenth coffee for free.",
    ),
)


def _listed_bakery(n: int, name: str, text: str) -> str:
    site = f"https://{name.lower().replace(' ', '')}.example/?utm_source=guide&utm_medium=list"
    return (
        f'<div id="featured-{n}"><div style="border-top:1px solid #ddd"><div class="row">'
        f'<div class="col-lg-2"><a href="{site}" rel="sponsored"><img src="/logo{n}.png"></a></div>'
        f'<div class="col-lg-6"><p><span style="font-weight:700"><a href="{site}" rel="sponsored">{name}</a></span>'
        f'<br><span style="color:grey">#{n} of 12 Best Bakeries in Townville</span><br>'
        '<span style="background-color:#fc0">☆☆☆☆☆</span></p></div>'
        f'<div class="col-lg-4"><a class="btn btn-warning" href="{site}">Website</a>'
        f'<a class="btn btn-danger" href="tel:+15550100{n}">Call</a></div></div></div>'
        f'<div style="border-bottom:1px solid #ddd"><p style="font-size:.8em">{text}</p></div></div>'
    )


def test_a_sponsored_list_of_businesses_each_with_website_and_call_buttons_is_read_item_by_item() -> None:
    intro = (
        "Finding a good loaf in Townville can be an adventure, and the choice grows every year. We put together "
        "a guide to the best bakeries in town, from old family shops to new places in converted garages."
    )
    page = (
        "<html><head><title>12 Best Bakeries in Townville</title></head><body>"
        '<nav><ul><li><a href="/news">News</a></li><li><a href="/food">Food</a></li></ul></nav>'
        '<main><article class="post-full post page"><header><h1>12 Best Bakeries in Townville</h1></header>'
        '<section class="post-full-content"><div class="post-content">'
        f'<p><a href="#featured-1">JUMP TO THE LIST</a> {intro}</p>'
        + "".join(_listed_bakery(n, name, text) for n, (name, text) in enumerate(_BAKERIES, 1))
        + "<h3>Why this list is free to read</h3><p>The list above includes businesses that we believe give "
        "superior service; some of them pay a listing fee, which does not buy a place in it.</p>"
        "</div></section></article></main><footer><a href='/about'>About</a></footer></body></html>"
    )
    text = extract_article(page).text
    assert intro in text, text
    for _name, description in _BAKERIES:
        assert description in text, text
    assert "Website" not in text, text


_VLOG = (
    "I am as happy as a child. After I complained in my last video about how slowly the photo editor ran on my "
    "new computer, three readers wrote to me with a very helpful tip.",
    "The fix took five minutes: a setting in the graphics preferences, switched off, and the sliders now move "
    "as smoothly as they did on the old machine. Thank you to everyone who wrote in!",
)
_BIO = (
    "Patricia Lund, photographer from a port city and founder of this blog.",
    "I like every kind of photography, but most of my pictures have a person in them.",
)


def test_the_writers_box_marked_as_the_author_person_at_the_end_of_the_post_is_not_read() -> None:
    page = (
        "<html><head><title>The editor runs fast again</title></head><body><div class='content'>"
        "<h1 class='blogpost_title'>The editor runs fast again</h1><div class='meta'><span>Pat</span> · "
        "<span>April 19, 2019</span></div><article class='contentarea'>"
        + f"<p>{' '.join(_VLOG)}</p>"
        + '<p><div class="video-container"><iframe src="https://video.example/embed/x1"></iframe></div></p>'
        '<div class="pbx-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">'
        '<div class="pbx-gravatar"><img src="/avatar.jpg" alt=""></div>'
        '<div class="pbx-name"><a href="/author/pat/" class="vcard author" rel="author" itemprop="url">'
        '<span class="fn" itemprop="name">Pat</span></a></div>'
        f'<div class="pbx-desc"><div itemprop="description"><p>{_BIO[0]}<br>{_BIO[1]}<br>'
        'Follow me on <a href="https://photos.example/pat">the photo app</a>, where my newest pictures are.</p>'
        "</div></div></div></article></div></body></html>"
    )
    text = extract_article(page).text
    assert " ".join(_VLOG) in text, text
    for line in _BIO:
        assert line not in text, text


def test_a_tabbed_author_box_with_the_writers_recent_posts_is_not_read() -> None:
    page = (
        "<html><head><title>Insurance for a retreat</title></head><body><main>"
        '<article id="post-88" class="post-88 post hentry"><header><h1>Insurance for a retreat</h1></header>'
        '<div class="entry-content">' + "".join(f"<p>{p}</p>" for p in _VLOG) + "<p>See you soon,</p><p>Pat</p>"
        '<div class="pbx_box pbx_box_down"><ul class="pbx_tabs"><li><a href="#about">Author</a></li>'
        '<li><a href="#posts">Recent Posts</a></li></ul><div class="pbx_tab_content">'
        '<section class="vcard author" itemscope itemprop="author" itemtype="http://schema.org/Person">'
        '<div class="pbx_text"><div class="fn name" itemprop="name"><a href="/">Pat Lund</a></div>'
        '<div class="pbx_job"><span class="title">Owner and founder</span> at <a href="/">the blog</a></div>'
        f'<div class="description note" itemprop="description">{_BIO[0]} {_BIO[1]}</div></div></section>'
        '<section class="pbx_posts_tab pbx_tab"><div class="pbx-name">Latest posts by Pat Lund '
        '(<a href="/author/pat/">see all</a>)</div><div class="note"><ul>'
        '<li><a href="/blog/long-flights/">Surviving a long flight with a calm mind</a><span> - December 8, 2025'
        '</span></li><li><a href="/blog/coast/">Five retreats on the coast for next summer</a><span> - November '
        "27, 2025</span></li></ul></div></section></div></div></div></article></main></body></html>"
    )
    text = extract_article(page).text
    for p in _VLOG:
        assert p in text, text
    for line in _BIO:
        assert line not in text, text
    assert "long flight" not in text, text


def test_a_body_opened_after_a_closed_html_element_is_read_though_a_head_comment_names_the_body_tag() -> None:
    story = (
        "The council met on Monday to decide where the new bridge will cross the river, and after a long debate "
        "it chose the northern site, close to the old ferry landing."
    )
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The new bridge</title>'
        "<!-- the theme prints <body class=...> in its header template --></head>\n</html>\n"
        '<body class="single"><nav><a href="/">Home</a></nav><main><h1>The new bridge</h1>'
        f"<p>{story}</p></main></body></html>"
    )
    assert story in extract_article(page).text


_NEXT_STORY = (
    "A bakery on the main square has won a national prize for its rye bread, the third prize in a row for the "
    "family that has run it since the war.",
    "The owners said they would spend the prize money on a second oven and two apprentices, who will start in "
    "the autumn after the summer rush.",
)


def test_the_next_story_an_endless_page_appends_in_a_box_of_the_same_kind_is_not_read() -> None:
    def story(headline: str, paragraphs: tuple[str, ...]) -> str:
        return (
            f'<article class="story-wrap"><div class="story-head"><h1 class="title">{headline}</h1>'
            '<div class="byline">By Kim Ross · 3 May</div></div><div class="story-text">'
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</div></article>"
        )

    first = (
        "The harbour authority has approved a plan to dredge the old basin this winter, so that larger ferries "
        "can berth there again from next spring on.",
        "Fishermen who use the basin will be moved to the east quay for four months, and the authority promised "
        "to pay for the extra fuel the longer trip costs them.",
    )
    page = (
        "<html><head><title>Dredging the old basin</title></head><body><nav><a href='/'>Home</a></nav><main>"
        + story("Dredging the old basin", first)
        + story("Rye bread wins again", _NEXT_STORY)
        + "</main></body></html>"
    )
    text = extract_article(page).text
    for p in first:
        assert p in text, text
    assert "Rye bread wins again" not in text, text
    for p in _NEXT_STORY:
        assert p not in text, text
