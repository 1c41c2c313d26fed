"""HTML → Article: the title and the readable blocks, in reading order, nothing else.

Flow: decode (charset, NFC) → parse (size and depth guards) → read the headline candidates → clean
(``data-tts-skip``, profile ``drop`` selectors, widgets, breadcrumbs, forum replies; captions are marked) →
choose the article sub-tree:

1. elements marked ``data-tts-only`` (the publisher said exactly what to read);
2. the site profile's ``container`` selector;
3. a CMS fragment is read whole — no main-content detection that could drop a one-paragraph article;
4. a full page goes to trafilatura; when it finds too little, or glues the page together (its last-resort
   baseline), the container the markup names (``articleBody``, ``<article>``, ``<main>``) or readability-lxml
   (all of them see the page without its captions); paragraphs the engine skipped between the blocks it kept
   (old layouts write the body in ``<div>``s) are given back, and so are the sapo printed above the body and
   the byline below it;

→ Vietnamese rules on the blocks (interface strings, date lines, counters, calls to action, related links and
lists, duplicates, headline, lead/sapo, closing signature; captions are read only when they carry the story:
a photo report, the steps of a how-to) → ``Article``.

Raises ``BadInput`` (binary, legacy TCVN3/VNI text, absurd nesting), ``TooLarge`` (over 5 MiB, or too many
elements or attributes) and ``EmptyArticle`` (nothing readable).
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import replace
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from tts_service.errors import EmptyArticle
from tts_service.extract.decode import prepare_text, refuse_legacy_font, undo_c1_controls
from tts_service.extract.dom import (
    CAPTION_ATTR,
    HEADING_TAGS,
    RawBlock,
    clean_tree,
    drop,
    drop_ruby_readings,
    is_button_row,
    is_fragment,
    parse_html,
    walk_blocks,
    without_captions,
)
from tts_service.extract.heuristics import (
    clean_text,
    has_widget_phrase,
    is_affiliate_note,
    is_author_note,
    is_breadcrumb,
    is_call_to_action,
    is_caption,
    is_comment_prompt,
    is_comments_marker,
    is_copyright_line,
    is_counter,
    is_date_line,
    is_edit_note,
    is_end_marker,
    is_paywall_notice,
    is_photo_credit,
    is_press_contact_label,
    is_publication_note,
    is_reference_heading,
    is_related_link,
    is_reprint_note,
    is_shortcode,
    is_social_contact,
    is_subscription_appeal,
    is_support_appeal,
    is_tip_appeal,
    is_ui_string,
    key,
    looks_like_byline,
    looks_like_heading,
    looks_like_run_in_byline,
    looks_like_signature,
    strip_photo_credit,
    strip_related_tail,
)
from tts_service.extract.main_content import container_blocks, main_content
from tts_service.extract.profiles import SiteProfile, compile_selector, profile_for, shipped_profiles
from tts_service.extract.title import page_title_candidates, site_name_heading
from tts_service.models import Article, Block

_LEAD_CLASS = re.compile(
    r"sapo|tomtat|tom-tat|chapeau|perex|sumario|bajada|entradilla|copete|"
    r"(?:^|[\s_\-])(chapo|lead|lede|description|desc|summary|excerpt|intro|"
    r"standfirst|teaser|mota|abstract|subtitle|sub-title|dek|leadtext|introtext|teasertext)(?:$|[\s_\-])",
    re.IGNORECASE,
)
#: Captions are read when they carry the story: at least this many of them holding as much text as the body
#: (a picture report), a run of ``_PHOTO_SEQUENCE`` inside the text (the steps of a how-to under their
#: photos), or any captions when the body is shorter than ``_PHOTO_STORY_MAX_BODY`` characters and the
#: captions twice as long.
_STORY_CAPTIONS = 3
#: Paragraphs given back before the first block the engine kept, looking this many page blocks back.
_LEAD_PARAGRAPHS = 2
_LEAD_LOOKBACK = 6
_STORY_CAPTION_SHARE = 1.0
_PHOTO_STORY_MAX_BODY = 120
_PHOTO_SEQUENCE = 4
_SEQUENCE_CAPTION_SHARE = 0.3
#: A caption opening with a numbered figure label: "Abbildung 2:", "Abb. 3", "Figure 1.", "Fig. 4 –", "Hình 5:",
#: "Figura 2", "図3". A page that numbers its figures is a report whose text cites them; its captions are not
#: the story.
_FIGURE_LABEL = re.compile(
    r"^\s*(?:abbildung|abb\.|figure|fig\.|figura|hình|grafik|図|图|그림)\s*\d+[a-z]?\s*[:.\-–—]",
    re.IGNORECASE,
)


def extract_article(
    html: str | bytes,
    url: str | None = None,
    content_type: str | None = None,
    *,
    profiles: Iterable[SiteProfile] | None = None,
) -> Article:
    """Read an article page or CMS fragment into an ``Article``.

    ``extract_article("<h1>Tiêu đề</h1><p>Một đoạn.</p>").text == "Tiêu đề\\n\\nMột đoạn."``
    """
    grids = _CARD_GRIDS.set({})  # what this page's grids of cards are, judged once each
    try:
        return _extract(html, url, content_type, profiles)
    finally:
        _CARD_GRIDS.reset(grids)


def _extract(
    html: str | bytes, url: str | None, content_type: str | None, profiles: Iterable[SiteProfile] | None
) -> Article:
    text = prepare_text(html, content_type)
    root = parse_html(text)
    drop_ruby_readings(root)
    lang = _page_language(root)
    profile = profile_for(url, shipped_profiles() if profiles is None else profiles)
    body_title, meta_title = page_title_candidates(root, profile)
    fragment = is_fragment(text, root)
    _keep_own_address(root)
    cleaned = clean_tree(root, profile)
    body = root.find("body")
    if body is None:
        body = root
    _drop_author_biographies(body)
    _drop_appended_stories(body, (body_title, meta_title))

    lead_el = _lead_element(body, profile)
    only = _outermost(el for el in body.iter() if isinstance(el.tag, str) and el.get("data-tts-only") is not None)
    containers = _profile_containers(body, profile) if not only else []
    first_el: lxml.html.HtmlElement | None = None  # where the body starts, when a sapo may sit before it
    if only:
        raw = walk_blocks(only)  # the publisher said exactly what to read: nothing is added
    elif containers:
        raw = walk_blocks(containers)
        first_el = containers[0]
    elif fragment:
        raw = walk_blocks([body])  # everything in a fragment is read already
    else:
        page = walk_blocks([body])
        raw, _engine = main_content(without_captions(root), url)
        side = _side_column_with_article(body, raw, page)
        if side is not None:
            side.tag = "div"  # the page's only article sits in its side column: read it as the article's box
            page = walk_blocks([body])
        if raw and (not _found_in_page(raw, page) or _repeats_itself(raw)):
            # the engine re-flowed the page (its last-resort baseline): read the marked-up container instead
            raw = container_blocks(root) or raw
        where = page_index(page)
        raw = _in_page_order(_unglued(raw, page, where), where)
        raw = _continued_in_siblings(_past_embeds(raw, page, where), page, where)
        raw = _rest_of_the_items(raw, page, where)
        raw = _ingredients_before(raw, page, where)
        raw = _without_teasers(_fill_gaps(raw, page, where), page, where, cleaned.opening_post)
        raw = _without_pointers_inside_body(_without_boxes_inside_body(raw, page, where), page, where)
        raw = _without_dated_headlines(_without_pull_quotes(raw, page, where), page, where)
        raw = _without_ruled_promotions(raw, page, where)
        raw = _before_skipped_end_heading(_before_related_links(raw, page, where), page, where)
        raw = _before_rule_after_headline_box(raw, page, where)
        raw = _before_trailing_teasers(_without_article_cards(raw, page, where), page, where)
        if cleaned.opening_post is not None:  # a forum thread: its first post, not the banner around it
            raw = _inside(raw, page, where, cleaned.opening_post) or walk_blocks([cleaned.opening_post])
        raw, first_el = _recover_edges(raw, page, (body_title, meta_title))
        raw = _code_as_in_page(raw, page, where)

    lead_text = _lead_text(lead_el) if lead_el is not None else ""
    add_lead = lead_el is not None and first_el is not None and _comes_before(lead_el, first_el, body)
    whole_page = not (only or containers or fragment)
    title, blocks = _assemble(raw, body_title, meta_title, lead_text, add_lead, whole_page)
    if not blocks and whole_page:  # every block was judged away: the marked-up container, else the whole page
        fallback = container_blocks(root) or walk_blocks([body])
        title, blocks = _assemble(fallback, body_title, meta_title, "", False, whole_page)
    if not blocks and not only:  # cleaning took every text away (a body misnested into a button): read it raw
        title, blocks = _assemble(_uncleaned_blocks(text), body_title, meta_title, "", False, whole_page)
    if not blocks and not title:
        raise EmptyArticle("Không tìm thấy nội dung bài viết để đọc (no readable article text found).")
    if not blocks:
        raise EmptyArticle(f"Trang chỉ có tiêu đề «{title}», không có nội dung bài viết để đọc.")
    refuse_legacy_font(" ".join([title, *(b.text for b in blocks)]))
    blocks = [replace(b, text=undo_c1_controls(b.text)) for b in blocks]  # windows-1252 quotes a caller misread
    return Article(title=undo_c1_controls(title), blocks=blocks, url=url, lang=lang)


#: What the last resort still leaves out: never text a listener could hear.
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "head", "title", "select", "option", "textarea")


def _uncleaned_blocks(text: str) -> list[RawBlock]:
    """The page's blocks with only code and form values left out: the last resort before refusing a page
    that has text.

    ``_uncleaned_blocks("<button><p>Một đoạn.</p></button>")[0].text == "Một đoạn."``
    """
    root = parse_html(text)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_NEVER_TEXT, with_tail=False)
    body = root.find("body")
    return walk_blocks([body if body is not None else root])


def _page_language(root: lxml.html.HtmlElement) -> str:
    """``<html lang="en-US">`` → ``"en"``; Vietnamese unless the page says otherwise."""
    tag = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    primary = tag.split("-", 1)[0].split("_", 1)[0]
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else "vi"


def _outermost(elements: Iterable[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Drop elements nested inside another element of the list, keeping document order."""
    chosen: list[lxml.html.HtmlElement] = []
    seen: set[lxml.html.HtmlElement] = set()
    for el in elements:
        if not any(a in seen for a in el.iterancestors()):
            chosen.append(el)
        seen.add(el)
    return chosen


def _profile_containers(body: lxml.html.HtmlElement, profile: SiteProfile | None) -> list[lxml.html.HtmlElement]:
    """The article container named by the profile: the first selector that matches text wins, and of its
    matches the one with the most text (portals reuse one class for the footer's web content too)."""
    if profile is None:
        return []
    for css in profile.container:
        found = [(len(el.text_content().strip()), el) for el in _outermost(compile_selector(css)(body))]
        found = [f for f in found if f[0] > 0]
        if found:
            return [max(found, key=lambda f: f[0])[1]]
    return []


def _lead_element(body: lxml.html.HtmlElement, profile: SiteProfile | None) -> lxml.html.HtmlElement | None:
    """The sapo: a profile ``lead`` selector, or the first element whose class (or id, or component name)
    says lead/sapo/description and that sits after the headline (related-article teasers further down carry
    the same classes)."""
    if profile is not None:
        for css in profile.lead:
            for el in compile_selector(css)(body):
                if len(clean_text(el.text_content())) >= 20:
                    return el
    h1 = body.find(".//h1")
    after_h1 = h1 is None
    in_h1 = set(h1.iterdescendants()) if h1 is not None else set()
    site_name = h1 is not None and site_name_heading(h1)
    for el in body.iter():
        if el is h1:
            after_h1 = True
            continue
        if not after_h1 or not isinstance(el.tag, str) or el.tag in ("a", "ul", "ol", "li", "img") or el in in_h1:
            continue  # a subtitle set inside the headline ("headline__sub-title") is the headline, not the sapo
        if site_name and _near(h1, el, _TAGLINE_LEVELS):
            continue  # the blog's tagline under its name, not the post's sapo
        if el.get(CAPTION_ATTR) is not None:
            continue  # a photo's or video's description ("video-desc"): a caption, not the sapo
        if not _LEAD_CLASS.search(_names(el)) and not _highlights_list(el):
            continue
        if el.find(".//h1") is not None:
            continue  # an intro box holding the headline too ("c-intro" over "c-intro__text"): the sapo is inside
        text = clean_text(el.text_content())
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if len(text) > 1500 or _paragraphs_in(el) >= _LEAD_MAX_PARAGRAPHS or _sectioned(el):
            return None  # a container named "description" ("text-with-summary"): the body itself, not a sapo
        if len(text) >= 30 and links < 0.5 * len(text):
            return el
    return _standfirst_heading(h1)


#: A link to the writer: ``rel="author"`` or an address of the author's page (``/author/maya-lind/``).
_AUTHOR_HREF = re.compile(r"/(?:authors?|autor(?:en)?|auteurs?|tac-gia)/", re.IGNORECASE)
#: How far up from a sapo-named box the byline it would describe may sit (the header box holding both).
_BYLINE_LEVELS = 3


#: How far above a story's ``<h1>`` the box an endless page repeats for each story is looked for.
_APPENDED_STORY_LEVELS = 4
#: A story box holds at least this much text besides its headline, of at least this many words.
_STORY_TEXT = 200
_HEADLINE_WORDS = 3


def _drop_appended_stories(body: lxml.html.HtmlElement, titles: tuple[str, str]) -> None:
    """An endless page appends the next stories whole, each in a box of the kind the first sits in, with its own
    ``<h1>`` and text: only the page's story is read, the one whose headline is the page's title, else the first.
    ``<div><article class="entry"><h1>A</h1>…</article><article class="entry"><h1>B</h1>…</article></div>``
    → the second ``article`` is dropped."""
    heads = list(body.iter("h1"))
    if len(heads) < 2:
        return
    title_keys = [k for k in (key(t) for t in titles if t) if k]
    done: set[lxml.html.HtmlElement] = set()  # the elements, kept alive: a freed proxy's id may come back
    for h1 in heads:
        for box in list(h1.iterancestors())[:_APPENDED_STORY_LEVELS]:
            parent = box.getparent()
            if parent is None or box.tag in ("body", "html") or parent in done:
                break
            kind = (box.tag, box.get("class"))
            if not (kind[1] or "").strip() and box.tag != "article":
                continue
            stories = [s for s in parent if isinstance(s.tag, str) and (s.tag, s.get("class")) == kind]
            if len(stories) < 2 or not all(_one_story(s) for s in stories):
                continue
            done.add(parent)
            own = next(
                (s for s in stories if any(k in key(next(s.iter("h1")).text_content()) for k in title_keys)),
                stories[0],
            )
            for s in stories:
                if s is not own:
                    drop(s)
            break


def _one_story(box: lxml.html.HtmlElement) -> bool:
    """The box holds one story: a single ``<h1>`` holding a headline (not an empty one a slide carries) and
    running text besides it."""
    heads = list(box.iter("h1"))
    if len(heads) != 1:
        return False
    headline = clean_text(heads[0].text_content())
    besides = len(clean_text(box.text_content())) - len(headline)
    return len(headline.split()) >= _HEADLINE_WORDS and besides >= _STORY_TEXT


def _drop_author_biographies(body: lxml.html.HtmlElement) -> None:
    """Leave out the writer's biography set beside the byline in a box named like a sapo (the header's
    "excerpt"): about the writer, not the story, and no engine can tell it from a lead by its words alone."""
    bios = [
        el
        for el in body.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("a", "li", "img", "body")
        and _LEAD_CLASS.search(_names(el))
        and _paragraphs_in(el) < _LEAD_MAX_PARAGRAPHS
        and _author_biography(el)
    ]
    for el in bios:
        if el.getparent() is not None:
            box = _writer_box(el)
            drop(el if box is None else box)


def _author_biography(el: lxml.html.HtmlElement) -> bool:
    """A box named like a sapo beside the byline, opening with the writer's name, is the writer's biography:
    ``<a href="/author/maya-lind/">Maya Lind</a> … <div class="excerpt">Maya is an experienced journalist …``
    → True; a sapo there about the story ("A small script now opens …") → False. The byline's links are looked
    for first; the box's text is read only when there is one."""
    if any(True for _ in el.iter(*HEADING_TAGS)):
        return False  # a header box holding the headline, the sapo and the byline: the story's own header
    if _marked_as_writer(el):
        return True  # the writer's box says so, whatever name the text opens with ("Paddy" above "Patrick L., …")
    names = _byline_names_beside(el)
    if not names:
        return False
    words = clean_text(el.text_content()).split()
    return any(_opens_with_writer(words, name) for name in names)


def _writer_box(bio: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The whole box about the writer around a biography the markup names the writer's (None when it names
    none): the outermost ``itemprop="author"`` / ``Person`` box, with its name and job line, and the boxes
    around it as long as they add only links and short lines — the tabs ("Author", "Recent Posts") and the
    writer's latest posts — never a heading or a paragraph of the story.
    ``<div class=box><ul><li><a>Author</a></li></ul><section itemprop=author>…bio…</section></div>`` → the div."""
    marked = [a for a in itertools.chain([bio], bio.iterancestors()) if _names_writer(a)]
    if not marked:
        return None
    box = marked[-1]
    while (up := box.getparent()) is not None and up.tag not in ("body", "html", "article", "main"):
        if any(True for _ in up.iter(*HEADING_TAGS)) or not _adds_only_links(up, box):
            break
        box = up
    return box


def _adds_only_links(up: lxml.html.HtmlElement, box: lxml.html.HtmlElement) -> bool:
    """Besides ``box``, ``up`` holds links and a few words around them, no running text: at least half its other
    words are inside links, and no line of its own is ``_ARTICLE_LINE_WORDS`` words long.
    ``<div><a>Author</a> <a>Recent posts</a><section>box</section></div>`` → True."""
    inside = set(box.iter())  # the elements themselves: lxml makes a new proxy, with a reusable id, when one is freed
    words = linked = 0
    for el in up.iter():
        if el in inside or not isinstance(el.tag, str):
            continue
        for piece in (el.text, *(c.tail for c in el)):
            n = len((piece or "").split())
            if n >= _ARTICLE_LINE_WORDS:
                return False
            words += n
        if el.tag == "a":
            linked += len(el.text_content().split())
    return linked * 2 >= words


#: A line of this many words in a box is running text, not a link's label or a date.
_ARTICLE_LINE_WORDS = 20


def _names_writer(el: lxml.html.HtmlElement) -> bool:
    return el.get("itemprop") == "author" or (el.get("itemtype") or "").rstrip("/").endswith("/Person")


def _marked_as_writer(el: lxml.html.HtmlElement) -> bool:
    """``el`` sits in a box the markup names the writer: schema.org's ``itemprop="author"`` or a ``Person``
    (``<div itemprop="author" itemtype="https://schema.org/Person">…<div itemprop="description">Photographer
    …</div></div>`` → True for the description). A story's own text is never inside its author."""
    return any(_names_writer(a) for a in itertools.chain([el], el.iterancestors()))


def _byline_names_beside(el: lxml.html.HtmlElement) -> list[list[str]]:
    """The writers' names (four words at most) linked as authors near ``el`` but not inside it, nearest first:
    ``<div><a rel="author">Maya Lind</a><div class="excerpt">…</div></div>`` → ``[["Maya", "Lind"]]``."""
    names: list[list[str]] = []
    inner, box = el, el.getparent()
    for _ in range(_BYLINE_LEVELS):
        if box is None:
            break
        # each level adds only what lies beside the level below it: no link is looked at twice
        beside = [box] if box.tag == "a" else []
        beside += [a for child in box if child is not inner and isinstance(child.tag, str) for a in child.iter("a")]
        for a in beside:
            if a.get("rel") != "author" and not _AUTHOR_HREF.search(a.get("href") or ""):
                continue  # the byline is beside the box, not in it
            name = clean_text(a.text_content()).split()
            if name and len(name) <= 4:
                names.append(name)
        inner, box = box, box.getparent()
    return names


def _opens_with_writer(words: list[str], name: list[str]) -> bool:
    """The box opens with the writer: the whole byline name, or its first name and then a small word (few
    surnames: a shared first word alone names someone else). ``Maya is …`` by Maya Lind → True;
    ``Nguyễn Văn B, kỹ sư …`` by Nguyễn Thị Lan → False."""
    if [w.strip(",.;:") for w in words[: len(name)]] == name:
        return True
    return words[:1] == name[:1] and len(words) > 1 and words[1][:1].islower()


#: A story's highlights: a box so named holding a bulleted summary ("Story Highlights" over its points).
_HIGHLIGHTS_CLASS = re.compile(r"(?:^|[\s_\-])(?:highlights|key-?points|takeaways)(?:$|[\s_\-])", re.IGNORECASE)


#: How near the site's name its tagline sits (both in the header's box).
_TAGLINE_LEVELS = 4


def _highlights_list(el: lxml.html.HtmlElement) -> bool:
    """A box named for the story's highlights that holds a list of two or more points; a single line so named
    set in the body is a pull quote."""
    return bool(_HIGHLIGHTS_CLASS.search(_names(el))) and len(el.findall(".//li")) >= 2


#: A box named lead or summary holding this many paragraphs is the body, not a sapo.
_LEAD_MAX_PARAGRAPHS = 3


def _paragraphs_in(el: lxml.html.HtmlElement) -> int:
    return sum(1 for p in el.iter("p") if p.text_content().strip())


def _sectioned(el: lxml.html.HtmlElement) -> bool:
    """A box holding a sub-heading, a paragraph and a list is a body, however it is named: ``<div
    class="text-with-summary"><h2>Safety Alert</h2><p>…</p><ul><li>…</li></ul></div>`` → True; a sapo is a
    paragraph or two (a highlights box is a list alone)."""

    def holds(*tags: str) -> bool:
        return any(e.text_content().strip() for e in el.iter(*tags))

    return holds("h2", "h3", "h4", "h5", "h6") and holds("p") and holds("li")


def _standfirst_heading(h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """A sentence set as the sub-heading right under the headline, with no class to name it: the standfirst.

    ``<h1>Beginner's guide</h1><h2>Learn how to choose the right camera with our guide to camera types.</h2>``
    — the first text after the ``<h1>`` is an ``<h2>``/``<h3>`` of eight words or more ending like a sentence,
    or of ``_STANDFIRST_WORDS`` or more.
    """
    if h1 is None:
        return None
    for el in _after(h1):
        if not isinstance(el.tag, str):
            continue
        text = clean_text(el.text_content())
        if el.tag in ("h2", "h3") and text:  # also when it opens with a kicker in an element of its own
            words = len(text.split())
            sentence = words >= 8 and text.endswith((".", "!", "?", "…"))
            return el if sentence or words >= _STANDFIRST_WORDS else None
        if not (el.text or "").strip():
            continue
        return None
    return None


#: An ``<h2>`` under the headline this long is a standfirst even without a full stop (newspapers print it so).
_STANDFIRST_WORDS = 16


def _after(el: lxml.html.HtmlElement, limit: int = 40) -> Iterable[lxml.html.HtmlElement]:
    """Up to ``limit`` elements that follow ``el`` in document order (not inside it)."""
    count = 0
    for nxt in el.itersiblings():
        for d in nxt.iter():
            yield d
            count += 1
            if count >= limit:
                return
    parent = el.getparent()
    if parent is not None and count < limit:
        yield from _after(parent, limit - count)


_GRID_AREA = re.compile(r"grid-area\s*:\s*([\w-]{1,40})", re.IGNORECASE)


#: A styled component's class: its name in capitalised words, a dash and a hash (``ContentHeaderDek-bIqFFZ``).
_STYLED_COMPONENT = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]+(?:[A-Z][a-z]+)+)-[A-Za-z0-9]{4,}(?=$|\s)")
_STYLED_WORD = re.compile(r"(?<=[a-z])([A-Z])")


def _names(el: lxml.html.HtmlElement) -> str:
    """What the markup calls an element: its class, id, the short values of its ``data-*`` and ``itemprop``
    attributes (component names: ``data-component="article-lead"``, ``itemprop="description"``), the words of a
    styled component's name (``ContentHeaderDek-bIqFFZ`` → ``content-header-dek``) and the grid area its style
    puts it in (``style="--grid-area:standfirst"``)."""
    names = [el.get("class") or "", el.get("id") or ""]
    names += [_STYLED_WORD.sub(r"-\1", m).lower() for m in _STYLED_COMPONENT.findall(names[0])]
    if len(el.attrib) > len([n for n in names if n]):  # other attributes: maybe data-* or a style
        names += [v for k, v in el.attrib.items() if (k.startswith("data-") or k == "itemprop") and len(v) <= 40]
        style = el.get("style") or ""
        if "grid-area" in style:
            names += _GRID_AREA.findall(style)
    return " ".join(names)


def _lead_text(lead: lxml.html.HtmlElement) -> str:
    """The sapo's own words, without the related link some CMSs nest inside it (``<br><a>>> Xem tiếp…</a>``).
    A sapo printed over the top photo (inside its ``<figure>``) is still the sapo, not a caption."""
    if lead.find(".//aside") is not None or lead.tag == "aside":
        lead = copy.deepcopy(lead)  # a highlights box set as an <aside>: its points are the sapo's words
        for el in lead.iter("aside"):
            el.tag = "div"
    walked = walk_blocks([lead])
    # captions only because a figure holds the sapo (nothing inside it is a caption of its own)
    inherited = all(el.get(CAPTION_ATTR) is None for el in lead.iter() if isinstance(el.tag, str))
    blocks = [b for b in walked if not b.caption] or (walked if inherited else [])
    blocks = [b for b in blocks if not (is_copyright_line(b.text) or is_photo_credit(b.text))]  # a photo's credit
    if _highlights_list(lead):
        blocks = [b for b in blocks if b.kind != "heading"]  # the box's label ("Story Highlights"), not a point
    own = [b.text for b in blocks if not b.linked] or [b.text for b in blocks]
    return strip_related_tail(clean_text(" ".join(own)))  # "… năm trước. >> <a>Another headline</a>"


def _locate(raw: list[RawBlock], where: PageIndex) -> list[int | None]:
    """Where each engine block is in the page walk (by its words), in reading order where possible."""
    keys, index = where
    found: list[int | None] = []
    last = -1
    for b in raw:
        k = key(b.text)
        spots = index.get(k)
        if spots is None and len(k) >= 15:  # the engine split a block (at inline code) or glued two: find it
            spots = next(([i] for i, whole in enumerate(keys) if k in whole or (len(whole) >= 15 and whole in k)), [])
            index[k] = spots
        if not spots:
            found.append(None)
            continue
        after = bisect.bisect_right(spots, last)
        spot = spots[after] if after < len(spots) else spots[0]
        found.append(spot)
        last = max(last, spot)
    return found


PageIndex = tuple[list[str], dict[str, list[int]]]


#: At most this many page blocks are looked for in one block an engine glued together.
_GLUED_BLOCKS = 6


def _unglued(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The engine's blocks with each one it glued together from consecutive page blocks (the headline and the
    sapo run into one line) put back as those blocks: ``"Tiêu đề Sapo."`` → ``"Tiêu đề"``, ``"Sapo."``; a block
    in which the engine ran two words together is the page's own (``"called functionname"`` → ``"called function
    name"``)."""
    keys, index = where
    by_first: dict[str, list[int]] = {}
    unspaced: dict[str, int] = {}
    out: list[RawBlock] = []
    for b in raw:
        k = key(b.text)
        if len(k) < 15 or k in index:
            out.append(b)
            continue
        if not unspaced:
            unspaced = {pk.replace(" ", ""): i for i, pk in reversed(list(enumerate(keys)))}
        same = unspaced.get(k.replace(" ", ""))
        if same is not None:  # the engine ran two words together at an inline element ("functionemacspeak-…")
            out.append(page[same])
            continue
        if not by_first:
            for i, pk in enumerate(keys):
                by_first.setdefault(pk.split(" ", 1)[0], []).append(i)
        starts = (i for i in by_first.get(k.split(" ", 1)[0], ()) if k.startswith(keys[i] + " "))
        run = next((r for i in starts if (r := _run(keys, i, k))), None)
        out += [page[i] for i in run] if run else [b]
    return out


def _run(keys: list[str], start: int, whole: str) -> list[int] | None:
    """Page blocks from ``start`` whose keys, joined, make ``whole`` (empty keys passed over)."""
    joined, run = "", []
    for i in range(start, min(len(keys), start + 2 * _GLUED_BLOCKS)):
        if not keys[i]:
            continue
        joined = f"{joined} {keys[i]}".strip()
        run.append(i)
        if joined == whole:
            return run if len(run) > 1 else None
        if not whole.startswith(joined + " ") or len(run) >= _GLUED_BLOCKS:
            return None
    return None


def _in_page_order(raw: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The engine's blocks in the order the page prints them.

    An engine can hand a teaser ``<article>`` of a "Tin cùng chuyên mục" box back ahead of the body it sits
    under; every later step reads the page in order. A block the page does not hold as such stays right after
    the block before it. ``[b, a]`` where the page has ``a`` then ``b`` → ``[a, b]``.
    """
    _, index = where
    used: set[int] = set()
    spots: list[int | None] = []
    last = prev = -1
    for b in raw:
        free = [i for i in index.get(key(b.text), ()) if i not in used]
        spot = next((i for i in free if i > last), _nearest(free, prev))
        if spot is not None:
            used.add(spot)
            last, prev = max(last, spot), spot
        spots.append(spot)
    located = [s for s in spots if s is not None]
    if located == sorted(located):
        return raw
    order: list[tuple[int, int, RawBlock]] = []
    last = -1
    for n, (b, spot) in enumerate(zip(raw, spots, strict=True)):
        last = spot if spot is not None else last
        order.append((last, n, b))
    return [b for _, _, b in sorted(order, key=lambda t: (t[0], t[1]))]


def _nearest(spots: list[int], near: int) -> int | None:
    """The spot closest to ``near``: a short label the page prints several times ("News" in the menu and again
    over a box of links) is the one beside the block the engine read before it, not the menu's.
    ``_nearest([1, 101], 115) == 101``"""
    return min(spots, key=lambda i: (abs(i - near), i)) if spots else None


def page_index(page: list[RawBlock]) -> PageIndex:
    """The page's block keys and where each key occurs, computed once and passed to the steps that search."""
    keys = [key(b.text) for b in page]
    index: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        index.setdefault(k, []).append(i)
    return keys, index


def _inside(
    raw: list[RawBlock], page: list[RawBlock], where: PageIndex, container: lxml.html.HtmlElement
) -> list[RawBlock]:
    """The engine's blocks that sit inside ``container``."""
    return [
        b
        for b, spot in zip(raw, _locate(raw, where), strict=True)
        if spot is not None
        and page[spot].element is not None
        and (page[spot].element is container or any(a is container for a in page[spot].element.iterancestors()))
    ]


#: Paragraphs of running text after an embed that show the story goes on past it.
_TEXT_PAST_EMBED = 2


def _past_embeds(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Give back the running text after an embedded post or tweet where the engine stopped reading: the rest of
    the container that holds everything the engine kept, read while its blocks are running text or embeds (a
    quote, a link-only line, a caption), when an embed comes before the second of them and at least
    ``_TEXT_PAST_EMBED`` + 1 paragraphs go on. Stops at a line that is not running text or an end heading.

    A photo story whose next line sits under an embedded Instagram post is read to its end.
    """
    found = sorted({i for i in _locate(raw, where) if i is not None})
    if len(found) < 2:
        return raw
    lo, hi = found[0], found[-1]
    container = _common_ancestor(page[lo].element, page[hi].element)
    if container is None or container.tag in ("body", "html"):
        return raw
    rest: list[RawBlock] = []
    for b in page[hi + 1 :]:
        if b.element is None or container not in b.element.iterancestors():
            break
        if is_end_marker(clean_text(b.text)):
            break
        rest.append(b)
    given: list[RawBlock] = []
    embeds = 0
    for b in rest:
        if b.caption or b.kind == "quote" or (b.linked and not _reads_as_paragraph(b.text)):
            embeds += 1
            if b.caption:
                given.append(b)
        elif (
            not b.linked
            and b.kind in ("paragraph", "heading")
            and (_reads_as_paragraph(b.text) or b.text.rstrip().endswith(":"))
        ):
            given.append(b)
        else:
            break  # a line that is not running text: the story is over
        if not embeds and len(given) >= _LEAD_PARAGRAPHS:
            return raw  # the engine left out running text that no embed interrupts: it had its reasons
    if not embeds or sum(1 for b in given if not b.caption) < _TEXT_PAST_EMBED + 1:
        return raw
    return [*raw, *given]


#: Headings in a row between two parts of a body split over sibling boxes: a section and its first sub-section.
_HEADINGS_IN_A_ROW = 2


def _continued_in_siblings(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Give back the rest of a body the page splits over sibling boxes of one kind: the box that holds what
    the engine kept is followed, maybe under a heading of its own, by boxes of the same tag and class that
    hold running text (``<div class="text">…</div><h3>Case study</h3><div class="text">…</div>``), and the
    engine read only the first. Photos between the boxes are passed over (their captions stay flagged).
    Reading goes on box by box and stops at anything else: a box of another kind, an end heading ("Tin liên
    quan"), three headings in a row, a box of links, of teasers or of short lines (a contact box that shares the
    body's class), a box holding an ``<h1>`` (the next story an endless page appends in a box of the same kind)."""
    found = sorted({i for i in _locate(raw, where) if i is not None})
    if len(found) < 2:
        return raw
    box = _repeated_box(_section_unit(_common_ancestor(page[found[0]].element, page[found[-1]].element)))
    if box is None or box.tag in ("body", "html") or not (box.get("class") or "").strip():
        return raw
    kind = (box.tag, box.get("class"))
    j = found[-1] + 1  # page blocks after the kept ones, in order
    while j < len(page) and _within(page[j].element, box):
        j += 1
    given: list[RawBlock] = []
    pending: list[RawBlock] = []
    for sib in box.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        text = clean_text(sib.text_content())
        if not text:
            continue
        if sib.tag == "h1" or sib.find(".//h1") is not None:
            break  # another story's headline: the next article an endless page appends in a box of the same kind
        inside: list[int] = []
        teasers: list[int] = []
        while j < len(page) and _within(page[j].element, sib):
            inside.append(j)
            if _teaser_text(page, j) or (page[j].linked and page[j].kind == "heading"):
                teasers.append(j)
            j += 1
        card = _card_blocks(teasers, inside, sib, page)
        blocks = [page[k] for k in inside if k not in card]
        if teasers and (any(t not in card for t in teasers) or not any(_body_text(b) for b in blocks)):
            break  # a linked headline over its description: a box of other articles
        same = (sib.tag, sib.get("class")) == kind
        if not same and _media_module(sib, box):
            continue  # a photo or video module between two parts of the text: its credits panel is not read
        if sib.tag in HEADING_TAGS or (same and blocks and all(_section_heading(b) for b in blocks)):
            # a heading over the next part, alone or in a box of the body's kind with no text yet
            if sum(not b.caption for b in pending) >= _HEADINGS_IN_A_ROW or is_end_marker(text) or len(text) > 160:
                break
            pending += blocks
            continue
        if blocks and all(b.caption for b in blocks):
            pending += blocks  # a photo between two parts of the text, its caption flagged as such
            continue
        if not same and _table_box(blocks):
            pending += blocks  # a table between two parts of the text, in a box of its own
            continue
        if not same or not _continues_text(sib, blocks):
            break
        given += [*pending, *blocks]
        pending = []
    before = _earlier_parts(box, found[0], page)
    return [*before, *raw, *given] if given or before else raw


#: How far above the kept text the box a page repeats for each of its stories is looked for.
_STORY_LEVELS = 3


def _repeated_box(box: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The box the page repeats for each part of its text, when the kept text sits in an inner box of it with
    no box of its own kind after it: a newsletter's story box holding its numbered title, its illustration and
    an inner text box. ``<div class="story"><h3>1. …</h3><div class="text">…</div></div><div class="story">…``
    with the first inner text kept → the first ``div.story``; ``box`` itself when it has a sibling of its kind
    after it or no such box is found. Every box of that kind after it must hold a text box of the kept one's
    kind too: boxes of one class that hold no such text (a newsletter sign-up, an appeal for support, the
    writer's box, repeated by a theme after a post) are no later stories."""
    if box is None:
        return None
    inner = (box.tag, box.get("class"))
    for anc in [box, *list(box.iterancestors())[:_STORY_LEVELS]]:
        if anc.tag in ("body", "html"):
            break
        cls = anc.get("class")
        if not (cls and cls.strip()):
            continue
        after = [s for s in anc.itersiblings() if s.tag == anc.tag and s.get("class") == cls]
        if anc is box and after:
            return anc
        if after and all(_holds_box_of_kind(s, inner) for s in after):
            return anc
    return box


def _holds_box_of_kind(el: lxml.html.HtmlElement, kind: tuple[str, str | None]) -> bool:
    """``el`` holds a box of tag and class ``kind`` (a story box holding its own text box)."""
    return any(d.get("class") == kind[1] for d in el.iterdescendants(kind[0]))


def _earlier_parts(box: lxml.html.HtmlElement, first: int, page: list[RawBlock]) -> list[RawBlock]:
    """The parts of a split body before the box the engine kept (an engine that scores boxes one by one keeps
    the longest): the sibling boxes of the same tag and class that hold running text and no teaser, walked back
    from ``box``, with the tables set in boxes of their own between them and the page builder's photo and video
    modules passed over. Only a box with a table box or a media module between it and ``box`` counts: that is what
    shows the page split its text there; a box of the body's kind right before it (a newsletter box, a teaser) is
    not read. Walking stops at anything else (the page's header, a box of links)."""
    kind = (box.tag, box.get("class"))
    i = first - 1  # page blocks before the kept ones, backwards
    while i >= 0 and _within(page[i].element, box):
        i -= 1
    earlier: list[RawBlock] = []
    pending: list[RawBlock] = []
    split = False  # a table box or a media module crossed: the page split its text here
    for sib in box.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or not clean_text(sib.text_content()):
            continue
        inside: list[int] = []
        while i >= 0 and _within(page[i].element, sib):
            inside.append(i)
            i -= 1
        blocks = [page[k] for k in reversed(inside)]
        if (sib.tag, sib.get("class")) != kind:
            if _media_module(sib, box):
                split = True
                continue
            if not _table_box(blocks):
                break
            pending = [*blocks, *pending]
            split = True
            continue
        if any(_teaser_text(page, k) or (page[k].linked and page[k].kind == "heading") for k in inside):
            break
        if not _continues_text(sib, blocks) or not split:
            break
        earlier = [*blocks, *pending, *earlier]
        pending = []
    return earlier


#: A photo or video module holds at most this many words (its buttons, its credits panel).
_MEDIA_MODULE_WORDS = 30
_MEDIA_TAGS = ("figure", "img", "picture", "video", "audio")


def _media_module(sib: lxml.html.HtmlElement, box: lxml.html.HtmlElement) -> bool:
    """``sib`` is a page builder's photo or video module beside the text module ``box``: the same tag, the same
    first class with another modifier, a picture or a video in it and a few words at most (buttons, a credits
    panel). ``<div class="module module--image"><img …><div class="info"><p>Dress: …</p></div></div>`` beside
    ``<div class="module module--text">`` → True."""
    mine, theirs = (box.get("class") or "").split(), (sib.get("class") or "").split()
    if sib.tag != box.tag or not mine or not theirs or mine[0] != theirs[0] or mine == theirs:
        return False
    if next(sib.iter(*_MEDIA_TAGS), None) is None:
        return False
    return len(clean_text(sib.text_content()).split()) <= _MEDIA_MODULE_WORDS


def _table_box(blocks: list[RawBlock]) -> bool:
    """Blocks that are the rows of a table and at most a short label over it ("Tabelle anzeigen"): a box holding
    a table the text refers to, read in its place when the text goes on after it."""
    rows = [b for b in blocks if _table_row(b)]
    return bool(rows) and all(b in rows or _short_line(b.text) for b in blocks)


def _table_row(block: RawBlock) -> bool:
    """A block read from a table's row or cell."""
    el = block.element
    return el is not None and el.tag in ("tr", "td", "th") and next(el.iterancestors("table"), None) is not None


#: How far up from the last kept block the item of a repeated list is looked for; how many items of it the
#: engine must have kept before the rest of the list is given back.
_ITEM_LEVELS = 4
_ITEMS_KEPT = 2


def _rest_of_the_items(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Give back the last items of a body set as a list of boxes of one kind (a photo story: a box per photo
    with its text) when the engine kept the first items and stopped one or two short. The box holding the last
    kept block is an item: its siblings share its tag and class, and at least ``_ITEMS_KEPT`` of them hold kept
    blocks. The items after it are read while each holds running text and no teaser (a linked headline over
    its description); captions and credits inside an item stay out. ``<div class="item">Text 1</div>… <div
    class="item">Text 4</div>`` with texts 1–3 kept → text 4 is read too."""
    found = sorted({i for i in _locate(raw, where) if i is not None})
    if len(found) < _ITEMS_KEPT:
        return raw
    last = page[found[-1]].element
    item = None
    for anc in [last, *list(last.iterancestors())[:_ITEM_LEVELS]] if last is not None else []:
        parent = anc.getparent()
        if parent is None or anc.tag in ("body", "html") or not (anc.get("class") or "").strip():
            continue
        kin = [c for c in parent if c.tag == anc.tag and c.get("class") == anc.get("class")]
        held = [c for c in kin if any(_within(page[k].element, c) for k in found)]
        if len(kin) >= 3 and len(held) >= _ITEMS_KEPT:
            item = anc
            break
    if item is None:
        return raw
    j = found[-1] + 1
    while j < len(page) and _within(page[j].element, item):
        j += 1
    given: list[RawBlock] = []
    for sib in item.itersiblings():
        if not isinstance(sib.tag, str) or (sib.tag, sib.get("class")) != (item.tag, item.get("class")):
            break
        inside: list[int] = []
        while j < len(page) and _within(page[j].element, sib):
            inside.append(j)
            j += 1
        if any(_teaser_text(page, k) for k in inside):
            break
        blocks = [page[k] for k in inside if _prose(page[k])]
        if not blocks or not _continues_text(sib, blocks):
            break
        given += blocks
    return [*raw, *given] if given else raw


#: How far up a body's box is climbed to the section it fills alone (``row > col > wrap > text``).
_SECTION_LEVELS = 5


def _section_unit(box: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The outermost box that holds nothing with text but ``box``: the unit a page repeats when it splits its
    body into sections (``<div class="row"><div class="col"><div class="text">…``, an advertising row, the
    same again). ``box`` itself when its parent holds other text."""
    unit = box
    for _ in range(_SECTION_LEVELS):
        parent = unit.getparent() if unit is not None else None
        if parent is None or parent.tag in ("body", "html"):
            break
        if sum(1 for c in parent if isinstance(c.tag, str) and clean_text(c.text_content())) != 1:
            break
        unit = parent
    return unit


def _card_blocks(teasers: list[int], inside: list[int], sib: lxml.html.HtmlElement, page: list[RawBlock]) -> set[int]:
    """The blocks of the cards of other stories set between the paragraphs of a section: around each linked
    headline (``teasers``), the largest box inside ``sib`` holding no running text but teasers' and more than the
    headline — its label ("Read more"), its section link, its headline and description. A headline alone in its
    box (a list of teasers: headline, description, headline …) is in no card."""
    card: set[int] = set()
    for t in teasers:
        head = t - 1 if not page[t].linked and t > 0 and page[t - 1].linked else t
        top = None
        el = page[head].element
        for anc in [el, *el.iterancestors()] if el is not None else []:
            if anc is sib:
                break
            held = [k for k in inside if _within(page[k].element, anc)]
            if any(_body_text(page[k]) and k not in teasers for k in held):
                break
            top = anc
        held = [k for k in inside if _within(page[k].element, top)] if top is not None else []
        if len(held) >= 2:  # a headline standing alone in its box is a teaser list's item, not a card
            card.update(held)
    return card


#: class/id word of a recipe's ingredients box, in the languages met: ``recipe-ingredients``, ``zutaten``.
_INGREDIENTS_NAME = re.compile(
    r"(?:^|[\s_\-])(?:ingredients?|zutaten|ingredientes|ingredienti|ingr[ée]dients|skladniki|składniki|"
    r"nguyen-?lieu|hozzavalok)(?:$|[\s_\-])",
    re.IGNORECASE,
)
#: How many boxes up from the steps the ingredients box is looked for (the steps may sit in a box of their own).
_INGREDIENTS_LEVELS = 3


def _ingredients_before(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """A recipe whose ingredients sit in a box of their own just before the box of its steps, which is all the
    engine kept: the ingredients are read first. Boxes without text between (advertisements) are passed over;
    anything else stops the search. ``<article class="recipe-ingredients"><h2>Zutaten</h2><table>…</table>
    </article><div class="ad"></div><article><h2>Zubereitung</h2><p>…</p></article>`` → Zutaten, 125 g Mehl …,
    Zubereitung, the steps."""
    found = sorted({i for i in _locate(raw, where) if i is not None})
    if not found:
        return raw
    box = _common_ancestor(page[found[0]].element, page[found[-1]].element)
    for _ in range(_INGREDIENTS_LEVELS):
        if box is None or box.tag in ("body", "html"):
            return raw
        for sib in box.itersiblings(preceding=True):
            if not isinstance(sib.tag, str) or not clean_text(sib.text_content()):
                continue
            if not _INGREDIENTS_NAME.search(f"{sib.get('class') or ''} {sib.get('id') or ''}"):
                break
            given = [b for b in page[: found[0]] if _within(b.element, sib) and not b.caption]
            return [*given, *raw] if given else raw
        box = box.getparent()
    return raw


def _before_rule_after_headline_box(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Stop at a horizontal rule past the box that holds the headline and most of the body: what the engine
    kept after it, outside that box, is the page's own text (the publisher's "about us"), not the article.
    ``<div class="news-item"><h1>…</h1><p>…</p></div><div><hr></div><p>Das Jugendwerk koordiniert …</p>``
    → the news item only."""
    found = _locate(raw, where)
    spots = [i for i in found if i is not None]
    if not spots:
        return raw
    h1s = [i for i in range(min(spots) + 1) if page[i].kind == "heading" and _tag(page[i].element) == "h1"]
    if not h1s or page[h1s[-1]].element is None:
        return raw
    total = sum(len(b.text) for b in raw)
    box = None
    for anc in page[h1s[-1]].element.iterancestors():
        if anc.tag in ("body", "html"):
            return raw
        inside = sum(
            len(b.text) for b, i in zip(raw, found, strict=True) if i is not None and _within(page[i].element, anc)
        )
        if inside >= 0.5 * total:
            box = anc
            break
    if box is None:
        return raw
    last_inside = max(k for k, i in enumerate(found) if i is not None and _within(page[i].element, box))
    after = [k for k in range(last_inside + 1, len(raw)) if found[k] is not None]
    if not after:
        return raw
    first_out = page[found[after[0]]].element
    elements = list(box.getroottree().getroot().iter())  # held, so that no id is reused while looked up
    order = {id(el): n for n, el in enumerate(elements)}
    end = max(order.get(id(el), -1) for el in box.iter())
    start = order.get(id(first_out), -1)
    rules = [el for el in elements if el.tag == "hr" and end < order[id(el)] < start]
    return raw[: last_inside + 1] if rules else raw


#: A reference list cites two works or more; one address under "references" is the author's own pointer.
_CITATIONS = 2


def _citations_after(raw: list[RawBlock], at: int) -> bool:
    """Whether the heading at ``at`` stands over a list of citations: two blocks or more before the next heading."""
    n = 0
    for b in raw[at + 1 :]:
        if b.kind == "heading":
            break
        n += 1
    return n >= _CITATIONS


def _tag(el: lxml.html.HtmlElement | None) -> str:
    return el.tag if el is not None and isinstance(el.tag, str) else ""


def _continues_text(box: lxml.html.HtmlElement, blocks: list[RawBlock]) -> bool:
    """A box of the body's own text: mostly not links, with a paragraph of running text in it (in any script)."""
    text = len(clean_text(box.text_content()))
    links = sum(len(clean_text(a.text_content())) for a in box.iter("a"))
    if not text or links > 0.5 * text:
        return False
    return any(_prose(b) and (_reads_as_paragraph(b.text) or b.text.rstrip().endswith("。")) for b in blocks)


def _common_ancestor(a: lxml.html.HtmlElement | None, b: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The nearest element holding both."""
    if a is None or b is None:
        return None
    above_a = [a, *a.iterancestors()]
    return next((x for x in [b, *b.iterancestors()] if x in above_a), None)


#: A kept block that takes up this share of a skipped one's words is that block, printed again around a label.
_MOST_OF = 0.6


def _fill_gaps(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Give back what the engine skipped between two blocks it kept: old layouts write body paragraphs as
    ``<div>``s next to ``<p>``s and engines keep only one kind; captions in between come back flagged (the
    reading rules decide whether they are read).

    Only running text is given back — a paragraph of eight words or more that ends like a sentence, a list
    item or a heading right before kept text — never a line made of links nor a teaser's description.
    """
    found = _locate(raw, where)
    kept = sorted({i for i in found if i is not None})
    if not kept:
        return raw
    lo, hi = kept[0], kept[-1]
    taken = set(kept)
    # a kept block that is a whole block of the page is a piece of another only when it is most of it (a video's
    # title under "WATCH |"), not when another section's short answer starts a longer one ("Prams allowed? Yes")
    whole_blocks = set(where[0])
    kept_keys = {key(b.text) for b in raw}
    pieces = [k for k in kept_keys if len(k) >= 15 and k not in whole_blocks]
    copies = [k for k in kept_keys if len(k) >= 15 and k in whole_blocks]
    additions: dict[int, RawBlock] = {}
    tables = _tables_kept_in_part(page, kept)
    for i in range(lo + 1, hi):
        if i in taken:
            continue
        b = page[i]
        address = b.linked and bool(_WEB_ADDRESS.match(b.text.strip()))  # "www.example.org/plans" written out
        if _numbered_heading(i, page, taken):
            additions[i] = b  # "3. Sunday Sauce" linking to its recipe, over the text of a round-up
            continue
        if _introduced_list_item(i, page, taken):
            additions[i] = b  # "… (click any cause to be taken to it):" over a list of linked causes
            continue
        if b.linked and i + 1 in taken and _named_item(i + 1, page):
            # "1. <a>Book by Author</a>" over the paragraph about it, in an ordered list: the item's name
            additions[i] = RawBlock("heading", b.text, b.element)
            continue
        if b.linked and _TYPED_BULLET.match(b.text) and len(b.text) >= 6:
            # "■ <a>Measures for long holidays</a>": an item of the author's list of the pages the text names
            additions[i] = RawBlock("list_item", b.text, b.element, b.bold, b.linked, b.caption)
            continue
        if b.linked and b.kind == "heading" and b.element is not None and _section_card(b.element):
            additions[i] = b  # a topic page's card of one of its own sections: its heading, over its text
            continue
        if (b.linked and not address) or _teaser_text(page, i):
            continue
        whole = key(b.text)
        if (
            whole in kept_keys
            or any(piece in whole for piece in pieces)
            or any(c in whole and len(c) >= _MOST_OF * len(whole) for c in copies)
        ):
            continue  # the engine kept part of it (it split the block at inline code or a link)
        if b.caption or address:
            additions[i] = b
        elif _labels_next(i, page, taken):  # "Step 1", "What you need:" over the text it names
            additions[i] = RawBlock("heading", b.text, b.element)
        elif (
            (b.kind == "list_item" and len(b.text.split()) >= 2)
            or _table_of(b.element) in tables
            or _gives_back(b)
            or looks_like_byline(b.text)
            or _short_sentence_among(b, page[max(k for k in kept if k < i)])
            or _short_sentence_among(b, page[min(k for k in kept if k > i)])
        ):
            additions[i] = b
    last = page[hi].element
    for i in range(hi + 1, min(len(page), hi + 3)):  # short lines right after the last kept one, same box
        b = page[i]
        same_kind = b.element is not None and last is not None and b.element.tag == last.tag
        if b.linked or b.caption or not same_kind or not _short_sentence_among(b, page[hi]):
            break
        additions[i] = b
    additions.update(_captions_after(hi, page))
    additions.update(_rest_of_given_headings(additions, page, taken, lo, hi))
    if not additions:
        return raw
    out: list[RawBlock] = []
    pending = sorted(additions)
    for b, spot in zip(raw, found, strict=True):
        while spot is not None and pending and pending[0] < spot:
            out.append(additions[pending.pop(0)])
        out.append(b)
    out += [additions[i] for i in pending]
    return out


def _rest_of_given_headings(
    additions: dict[int, RawBlock], page: list[RawBlock], taken: set[int], lo: int, hi: int
) -> dict[int, RawBlock]:
    """The other lines of a heading broken into lines (``<br>``) whose line that ends like a sentence comes
    back: the engine skipped the whole heading, and only its last line reads as running text.
    ``<h2>Managing energy<br>In a world where …<br>single and three phase systems.</h2>`` with the last line
    given back → the first two lines too."""
    headings = {
        id(b.element): b.element
        for b in additions.values()
        if b.kind == "heading" and b.element is not None and b.element.tag in HEADING_TAGS
    }
    rest: dict[int, RawBlock] = {}
    for i in range(lo + 1, hi):
        b = page[i]
        if i in additions or i in taken or b.element is None or b.linked:
            continue
        if headings.get(id(b.element)) is b.element:
            rest[i] = b
    return rest


#: An engine that kept this many cells of a table took the table: the cells it skipped are given back.
_KEPT_CELLS = 2


def _table_of(el: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The table a cell block sits in (``None`` for any other block)."""
    if el is None or el.tag not in ("td", "th"):
        return None
    return next(el.iterancestors("table"), None)


def _tables_kept_in_part(page: list[RawBlock], kept: list[int]) -> set[lxml.html.HtmlElement]:
    """The tables of which the engine kept ``_KEPT_CELLS`` cells or more: a list of providers whose names it
    dropped but whose services and addresses it read is still the article's table, row by row."""
    counts: dict[lxml.html.HtmlElement, int] = {}
    for i in kept:
        table = _table_of(page[i].element)
        if table is not None:
            counts[table] = counts.get(table, 0) + 1
    return {t for t, n in counts.items() if n >= _KEPT_CELLS}


#: A sentence that introduces a list with a colon has at least this many words ("Links:" is a label).
_LIST_INTRO_WORDS = 8


#: A bullet typed before a line, outside any list markup: "■", "●", "◆", "▶", "・", "•".
_TYPED_BULLET = re.compile(r"^\s*[■□●○◆◇▶►▸・•※]\s*\S")


def _introduced_list_item(i: int, page: list[RawBlock], taken: set[int] | None = None) -> bool:
    """An item of a list that a kept sentence of the body introduces with a colon ("You can help causes like
    these (click any cause to be taken to it):"), even when every item is a link: the list is the sentence's
    end, not a box of related links."""
    b = page[i]
    if b.kind != "list_item" or len(b.text.split()) < 2:
        return False
    k = i - 1
    while k >= 0 and page[k].kind == "list_item":
        k -= 1
    if k < 0 or (taken is not None and k not in taken):
        return False
    intro = page[k].text.rstrip()
    return intro.endswith(":") and len(intro.split()) >= _LIST_INTRO_WORDS and page[k].kind == "paragraph"


#: At most this many short lines (a linked name, a line about it, …) stand between a sentence ending in a colon
#: and a line it introduces.
_INTRODUCED_LINES = 8


def _introduced_lines(i: int, page: list[RawBlock]) -> bool:
    """A line under a linked name, in a run of such short lines that a paragraph sentence of the body introduces
    with a colon: the places, shops or links the writer lists, set as lines of paragraphs, not teasers.
    ``"Here are the places from the video:" / "The Glasshouse" (linked) / "By tram to the bird park"`` → True
    for the last line."""
    if len(page[i].text) > _INTRODUCED_LINE_CHARS:
        return False  # a paragraph under the link: the description of a teaser, not a line of a list
    k = i - 1
    while k >= 0 and i - k <= _INTRODUCED_LINES and not page[k].text.rstrip().endswith(":"):
        if page[k].kind != "paragraph" or len(page[k].text) > _INTRODUCED_LINE_CHARS:
            return False
        k -= 1
    if k < 0 or i - k > _INTRODUCED_LINES:
        return False
    words = page[k].text.split()
    sentence = sum(w[0].islower() for w in words if w not in ("et", "al.", "al.:")) >= _INTRO_SMALL_WORDS
    return page[k].kind == "paragraph" and len(words) >= _LIST_INTRO_WORDS and sentence


def _linked_lines_after(at: int, raw: list[RawBlock]) -> int:
    """How many linked lines the run of short lines around ``at`` holds, from the sentence ending in a colon
    that opens it to the first longer paragraph: one link under "More on this here:" is a pointer, two or more
    make a list."""
    k = at
    while k > 0 and not raw[k - 1].text.rstrip().endswith(":"):
        k -= 1
    end = k
    while (
        end < len(raw)
        and raw[end].kind == "paragraph"
        and len(raw[end].text) <= _INTRODUCED_LINE_CHARS
        and not raw[end].text.rstrip().endswith(":")  # the next list's own sentence
    ):
        end += 1
    return sum(b.linked for b in raw[k:end])


#: A line of such a list is short: a name, or a line of directions or prices.
_INTRODUCED_LINE_CHARS = 80
#: The introducing sentence has at least this many words in small letters: a list of authors ("Junki Tanaka,
#: Zaihong Yang et al.:") over a linked title is a reference, not a sentence.
_INTRO_SMALL_WORDS = 3


#: The parts of a row of a calendar or a table set as lines: "05.11.2022 - Muff Potter - Flex".
_ROW_SEPARATOR = re.compile(r"\s[-–|]\s")


def _same_row_shape(a: str, b: str) -> bool:
    """Two lines are rows of one list set as paragraphs: each opens with a number of the same shape (a date, a
    time) and has as many parts split by " - " or " | ", two or more, and both are short.
    ``_same_row_shape("04.11.2022 - Sam Ryder - Flex", "05.11.2022 - Muff Potter - Flex") is True``"""
    heads = [t.split(maxsplit=1)[0] if t.split() else "" for t in (a, b)]
    if not all(any(c.isdigit() for c in h) for h in heads) or len(a) > 120 or len(b) > 120:
        return False
    if re.sub(r"\d", "0", heads[0]) != re.sub(r"\d", "0", heads[1]):
        return False
    parts = len(_ROW_SEPARATOR.split(a))
    return parts >= 3 and parts == len(_ROW_SEPARATOR.split(b))


def _without_teasers(
    raw: list[RawBlock], page: list[RawBlock], where: PageIndex, post: lxml.html.HtmlElement | None = None
) -> list[RawBlock]:
    """Drop the descriptions of teaser boxes (a linked headline and a line or two under it, alone in a small
    box) that an engine took in with a short article: sidebars of old portals are made of them. Blocks found
    whole in the page take the page's flags (an engine drops the links, so a headline link reads as text).
    A forum thread's opening ``post`` is no teaser, though its linked subject line sits right above its text.
    When every line of text would go, the engine found a short post (one paragraph under its own permalink),
    which is read."""
    out = []
    for b, spot in zip(raw, _locate(raw, where), strict=True):
        if spot is None:
            out.append(b)
        elif not _teaser_text(page, spot) or _within(page[spot].element, post):
            same = key(page[spot].text) == key(b.text)
            section = page[spot].element is not None and _section_card(page[spot].element)
            section = section or (spot + 1 < len(page) and _named_item(spot + 1, page))  # a round-up item's name
            out.append(replace(b, linked=True) if same and page[spot].linked and not section else b)
    if any(_prose(b) for b in raw) and not any(_prose(b) for b in out):
        return raw  # a short post under a headline linking to itself: its text, not a teaser of another story
    return out


#: An ``<article>`` card of another story holds a headline and a line or two; a page lists at least this many.
_ARTICLE_CARD_CHARS = 300
_ARTICLE_CARDS = 3


def _article_cards(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The ``<article>`` elements that are cards of other stories: at least ``_ARTICLE_CARDS`` of one class,
    each a headline (``h2``–``h4``) and little more, and none of that class longer. The page's own article is
    longer, and so is some part of an article a CMS splits into ``<article>`` boxes of one class."""
    groups: dict[str, list[lxml.html.HtmlElement]] = {}
    for art in root.iter("article"):
        if art.find(".//article") is None:
            groups.setdefault(art.get("class") or "", []).append(art)
    cards: set[lxml.html.HtmlElement] = set()
    for arts in groups.values():
        if any(len(clean_text(a.text_content())) > _ARTICLE_CARD_CHARS for a in arts):
            continue  # a CMS that sets each part of the article as an <article> of one class: sections, not cards
        headed = [a for a in arts if any(a.find(f".//{h}") is not None for h in ("h2", "h3", "h4"))]
        if len(headed) >= _ARTICLE_CARDS:
            cards.update(headed)
    return cards


def _within_any(el: lxml.html.HtmlElement | None, boxes: set[lxml.html.HtmlElement]) -> bool:
    return el is not None and any(a in boxes for a in [el, *el.iterancestors()])


def _without_article_cards(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Drop what the engine took from a column of other stories set as ``<article>`` cards (a headline and
    its kicker, the link laid over the card): ``<li><article class="card"><h3>Other story</h3><p>Kicker</p>
    </article></li>`` × 4 beside the body → none of it is read."""
    spots = _locate(raw, where)
    elements = [page[i].element for i in spots if i is not None and page[i].element is not None]
    if not elements:
        return raw
    cards = _article_cards(elements[0].getroottree().getroot())
    if not cards:
        return raw
    return [b for b, i in zip(raw, spots, strict=True) if i is None or not _within_any(page[i].element, cards)]


def _without_boxes_inside_body(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Drop a "Tin liên quan" box set in the middle of the body, heading and all, so that reading goes on
    after it: the paragraphs before and after the box are children of one container and the box is a
    sub-box of that container. A marker among the body's own paragraphs (no box of its own) ends the article
    unless the body's text goes on right after its links (``_without_pointers_inside_body``); a comments
    heading always ends it."""
    markers = {m for m, b in enumerate(raw) if len(b.text) <= 80 and _boxed_marker(clean_text(b.text))}
    if not markers:
        return raw
    found = _locate(raw, where)
    dropped: set[int] = set()
    for m in sorted(markers):
        spot = found[m]
        if spot is None or page[spot].element is None:
            continue
        before = next((found[i] for i in range(m - 1, -1, -1) if found[i] is not None and _body_text(raw[i])), None)
        after = next((found[i] for i in range(m + 1, len(raw)) if found[i] is not None and _body_text(raw[i])), None)
        if before is None or after is None or not before < spot < after:
            continue
        parent = page[before].element.getparent()
        if parent is None or page[after].element.getparent() is not parent:
            continue
        box = next((a for a in page[spot].element.iterancestors() if a.getparent() is parent), None)
        if box is None:
            continue
        for i, at in enumerate(found):
            el = page[at].element if at is not None else None
            if el is not None and (el is box or any(a is box for a in el.iterancestors())):
                dropped.add(i)
    return [b for i, b in enumerate(raw) if i not in dropped] if dropped else raw


#: Paragraphs of the body's own text, one after another, that show it goes on after a "Xem thêm" pointer.
_TEXT_PAST_POINTER = 2


def _without_pointers_inside_body(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Drop a "Xem thêm:" / "Tin liên quan" line set among the body's own paragraphs with the links under it,
    when the body goes on after them: ``_TEXT_PAST_POINTER`` paragraphs of running text in a row, in the same
    container as the text before the pointer, with the pointer's links between. The story is not cut at a
    pointer in its middle; a pointer followed by teasers (a headline link over each description), by links
    only or by comments, and a box heading (``<h3>``) over text, still end it."""
    spots = _locate(raw, where)
    dropped: set[int] = set()
    for m, b in enumerate(raw):
        text = clean_text(b.text)
        if m in dropped or len(text) > 80 or not _boxed_marker(text) or spots[m] is None:
            continue
        before = next((i for i in range(m - 1, -1, -1) if _body_text(raw[i]) and spots[i] is not None), None)
        if before is None:
            continue
        end = m + 1
        while end < len(raw) and not _body_text(raw[end]) and (raw[end].linked or raw[end].kind == "list_item"):
            end += 1
        after = raw[end : end + _TEXT_PAST_POINTER]
        if len(after) < _TEXT_PAST_POINTER or not all(_body_text(a) for a in after):
            continue
        parent = _unit_parent(page[spots[before]].element)
        if parent is None or any(
            spots[end + k] is None or _unit_parent(page[spots[end + k]].element) is not parent
            for k in range(_TEXT_PAST_POINTER)
        ):
            continue
        if any(spots[end + k + 1] != spots[end + k] + 1 for k in range(_TEXT_PAST_POINTER - 1)):
            continue  # something the engine left out between them (a teaser's headline link): not the body
        marker, pointed = page[spots[m]], page[spots[m] + 1 : spots[end]]
        if marker.element is None:
            continue
        emptied = not pointed and _emptied_box(marker.element, text, parent)
        if not emptied and (marker.element.tag in HEADING_TAGS or not any(p.linked for p in pointed)):
            continue  # a box's heading over text, or a label pointing at nothing: comments, other news
        dropped.update(range(m, end))
    return [b for i, b in enumerate(raw) if i not in dropped] if dropped else raw


def _unit_parent(el: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The box that holds a paragraph's own wrapper (``<div class="para"><div><p>`` → the story box), or its
    parent when it has no wrapper of its own."""
    unit = _section_unit(el) if el is not None else None
    return unit.getparent() if unit is not None else None


def _emptied_box(marker: lxml.html.HtmlElement, text: str, parent: lxml.html.HtmlElement) -> bool:
    """A "Read more" heading left alone in its box set among the story's paragraphs: cleaning took away the box's
    cards (a related widget), so it points at nothing any more and the story goes on after it."""
    unit = _section_unit(marker)
    return (
        unit is not None
        and unit is not marker
        and unit.getparent() is parent
        and clean_text(unit.text_content()) == text
    )


def _boxed_marker(text: str) -> bool:
    return is_end_marker(text) and not is_comments_marker(text)


def _prose(block: RawBlock) -> bool:
    """Text of the body in any script (Japanese and Chinese write no spaces): not a link, not a caption."""
    return not block.caption and not block.linked and len(block.text) >= 40


def _body_text(block: RawBlock) -> bool:
    return not block.caption and not block.linked and _reads_as_paragraph(block.text)


def _within(el: lxml.html.HtmlElement | None, box: lxml.html.HtmlElement | None) -> bool:
    """``el`` is ``box`` or sits inside it."""
    return el is not None and box is not None and (el is box or any(a is box for a in el.iterancestors()))


#: The number of an item in a list article: "3. Sunday Sauce", "12) Kim Possible".
_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s+\w")


def _numbered_heading(i: int, page: list[RawBlock], taken: set[int]) -> bool:
    """A numbered heading that links to its own page ("3. Sunday Sauce") right over text the article keeps:
    an item of a list article, not a teaser."""
    b = page[i]
    if b.kind != "heading" or not _NUMBERED_ITEM.match(b.text.strip()) or i + 1 >= len(page):
        return False
    after = page[i + 1]
    if i + 1 in taken or (not after.linked and not after.caption and _reads_as_paragraph(after.text)):
        return True
    # a gallery's slide: its title, a short first line, then the text kept ("2. Drake", "Giddy up!", "What …")
    if i + 2 >= len(page) or not _short_sentence_among(after, page[i + 2]):
        return False
    text = page[i + 2]
    return i + 2 in taken or (not text.linked and not text.caption and _reads_as_paragraph(text.text))


def _teaser_text(page: list[RawBlock], i: int) -> bool:
    """The description under a linked headline in a box that holds little else: a teaser for another
    article. A numbered headline ("3. Sunday Sauce") is an item of the article's own round-up instead."""
    prev = page[i - 1] if i > 0 else None
    if prev is None or not prev.linked:
        return False
    if is_button_row(prev.element) and len(page[i].text) >= _ORDERED_ITEM_TEXT:
        return False  # a paragraph under "Website · Call" buttons: a listed place's description, no teaser
    if _NUMBERED_ITEM.match(prev.text.strip()) or _introduced_list_item(i, page) or _introduced_lines(i, page):
        return False
    box = _under_linked_name(i, page)
    if box is None:
        return False
    if _BARE_DOMAIN.match(prev.text.strip()):
        return False  # "<a>copperkettle.com</a> / Tea lovers, …": a place's own web address, no headline of a story
    if _cell_of_headed_table(page[i].element):
        return False  # "Fleur Delacour | 24 November, 1994 | She conjured water …": a row of a table, its name linked
    if len(page[i].text) >= _ORDERED_ITEM_TEXT and _ordered_item(box):
        return False  # "1. <a>Book by Author</a> / a paragraph about it": the writer's own numbered round-up
    return not _section_card(prev.element, box)


#: A web address written as a bare domain, the way a listing links a place's site: ``copperkettle.com``.
_BARE_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,6}/?$")


def _under_linked_name(i: int, page: list[RawBlock]) -> lxml.html.HtmlElement | None:
    """The small box holding ``page[i]`` right under a linked line and little else (at most 120 characters
    more), or ``None``: ``<div><h3><a>Other story</a></h3><p>Its description</p></div>`` → the ``<div>``."""
    prev = page[i - 1] if i > 0 else None
    if prev is None or not prev.linked or prev.element is None or page[i].element is None:
        return None
    above = [prev.element, *list(prev.element.iterancestors())[:3]]
    box = next((a for a in [page[i].element, *list(page[i].element.iterancestors())[:3]] if a in above), None)
    if box is None or _text_longer_than(box, len(prev.text) + len(page[i].text) + 120):
        return None
    return box


def _text_longer_than(box: lxml.html.HtmlElement, limit: int) -> bool:
    """The cleaned text of ``box`` is longer than ``limit`` characters, read only as far as needed to tell: a
    whole article box around a line is given up after a few of its paragraphs, never cleaned whole for each
    line. ``<div><p>ab</p><p>cd</p></div>`` with ``limit=3`` → ``True``; with ``limit=4`` → ``False``."""
    read: list[str] = []
    size, checked = 0, 0
    for piece in box.itertext():
        read.append(piece)
        size += len(piece)
        if size > limit + 1 and size >= 2 * checked:
            checked = size
            if len(clean_text("".join(read))) > limit + 1:
                return True  # the text still unread can take at most one character off (a space, a joined accent)
    return len(clean_text("".join(read))) > limit


def _named_item(i: int, page: list[RawBlock]) -> bool:
    """``page[i]`` is the long paragraph of an ordered list's item right under the item's linked name, both
    alone in the ``<li>``: ``<ol><li><p><a>Trowel</a></p><p>(300 characters or more)</p></li>`` → ``True``."""
    if len(page[i].text) < _ORDERED_ITEM_TEXT or i == 0 or _NUMBERED_ITEM.match(page[i - 1].text.strip()):
        return False
    box = _under_linked_name(i, page)
    return box is not None and _ordered_item(box)


#: A teaser's description is a line or two; a paragraph this long in an item of an ordered list is the item's text.
_ORDERED_ITEM_TEXT = 300


def _ordered_item(box: lxml.html.HtmlElement) -> bool:
    """``box`` is an item of an ordered list (``<ol><li>``): the list numbers its items as a round-up's
    "1.", "2." headings do. ``<ol><li><p><a>Trowel</a></p><p>…</p></li></ol>`` → ``True`` for the ``<li>``."""
    parent = box.getparent()
    return box.tag == "li" and parent is not None and parent.tag == "ol"


def _cell_of_headed_table(el: lxml.html.HtmlElement) -> bool:
    """``el`` is (in) a cell of a table with a header row of two or more ``<th>`` (``<td role="head">`` as the
    engine copies them): a table of data the article sets out, never a layout table of teasers (layout tables
    name no columns).

    Only a row that closes with a note told in a sentence.

    ``<table><tr><th>Caster</th><th>Notes</th></tr><tr><td>…</td><td>She used it …</td></tr>`` → ``True``
    """
    cell = el if el.tag == "td" else next(el.iterancestors("td"), None)
    row = cell.getparent() if cell is not None else None
    table = next(cell.iterancestors("table"), None) if cell is not None else None
    if row is None or table is None or not _closes_with_a_note(row):
        return False  # a comparison grid of product names and links: no notes told row by row
    return any(len(tr.xpath("th | td[@role='head']")) >= 2 for tr in table.iter("tr"))


def _closes_with_a_note(row: lxml.html.HtmlElement) -> bool:
    """The row's last cell is a sentence: ``Fleur Delacour | 1994 | She conjured water … dragon.``"""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    return bool(cells) and _reads_as_paragraph(clean_text("".join(cells[-1].itertext())))


def _dated_cell_of_headed_table(rb: RawBlock) -> bool:
    """``"24 November, 1994"`` read from its own cell of a headed table: the row's date, not the article's."""
    return rb.element is not None and rb.element.tag == "td" and _cell_of_headed_table(rb.element)


def _section_card(headline: lxml.html.HtmlElement, box: lxml.html.HtmlElement | None = None) -> bool:
    """A card of the topic page's own sections: its headline links below the page, or it sits in a grid of
    such cards."""
    return _links_below_the_page(headline) or _among_section_cards(headline if box is None else box)


#: How far above a card's headline the grid holding the cards may sit (a row of two cards in each of three rows).
_CARD_LEVELS = 5


def _among_section_cards(box: lxml.html.HtmlElement) -> bool:
    """The card sits in a grid of cards (boxes of one tag and class side by side) most of whose headlines link
    to the page's own sections: one of the topic's parts, though its own link leads elsewhere. Each grid is
    judged once per page (``_card_grids``): a page of a thousand sibling paragraphs asks about every one."""
    if not box.getroottree().getroot().get(_OWN_ADDRESS):
        return False  # no own address: no headline links below the page
    grids = _CARD_GRIDS.get()
    for holder in [box, *list(box.iterancestors())[:_CARD_LEVELS]]:
        parent = holder.getparent()
        if parent is None:
            return False
        grid = (parent, holder.tag, holder.get("class"))
        verdict = grids.get(grid) if grids is not None else None
        if verdict is None:
            verdict = _judge_card_grid(*grid)
            if grids is not None:
                grids[grid] = verdict
        if verdict != "few":
            return verdict == "sections"
    return False


#: The grids of cards judged during one extraction: (parent, tag, class) → "few" (under three such boxes),
#: "sections" (most of their headlines link below the page) or "other".
_CARD_GRIDS: ContextVar[dict[tuple[lxml.html.HtmlElement, str, str | None], str] | None] = ContextVar(
    "card_grids", default=None
)


def _judge_card_grid(parent: lxml.html.HtmlElement, tag: str, cls: str | None) -> str:
    cards = [c for c in parent if c.tag == tag and c.get("class") == cls]
    if len(cards) < 3:
        return "few"
    heads = [c.find(".//a[@href]") for c in cards]
    below = sum(1 for h in heads if h is not None and _links_below_the_page(h))
    return "sections" if below * 2 > len(cards) else "other"


#: Attribute of ``<html>`` keeping the page's own address (its canonical link) once the ``<head>`` is cleaned away.
_OWN_ADDRESS = "data-tts-address"


def _keep_own_address(root: lxml.html.HtmlElement) -> None:
    """``<link rel="canonical" href="https://x.gov/electrical">`` → ``<html data-tts-address="https://x.gov/electrical">``."""
    head = root.find("head")
    for el in head.iter("link") if head is not None else ():
        if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").strip():
            root.set(_OWN_ADDRESS, el.get("href").strip())
            return


def _links_below_the_page(headline: lxml.html.HtmlElement) -> bool:
    """The headline links to a page under this page's own address: a topic page's card of one of its sections
    (``/electrical/standards`` on the page ``/electrical``), which is part of the topic, not another story.

    ``<link rel="canonical" href="https://x.gov/electrical">`` + ``<h5><a href="/electrical/construction">`` → True
    """
    link = headline if headline.tag == "a" else headline.find(".//a[@href]")
    own = headline.getroottree().getroot().get(_OWN_ADDRESS)
    if link is None or not own:
        return False
    base, target = urlsplit(own.strip()), urlsplit(link.get("href") or "")
    if target.netloc and target.netloc.lower() != base.netloc.lower():
        return False
    path = base.path.rstrip("/")
    return bool(path) and target.path.startswith(path + "/") and len(target.path) > len(path) + 1


def _captions_after(hi: int, page: list[RawBlock]) -> dict[int, RawBlock]:
    """The photos and their lines that follow the last kept block in the same article box: a photo story's
    body is its captions, which engines (they never see captions) stop before. Credits between them are
    passed over; the first line of other text ends the run."""
    box = _above(page[hi].element, 2)
    out: dict[int, RawBlock] = {}
    for i in range(hi + 1, len(page)):
        b = page[i]
        if b.element is None or box is None or not any(a is box for a in b.element.iterancestors()):
            break
        if b.caption:
            out[i] = b
        elif not is_caption(b.text):
            break
    return out


def _above(el: lxml.html.HtmlElement | None, levels: int) -> lxml.html.HtmlElement | None:
    for _ in range(levels):
        el = el.getparent() if el is not None else None
    return el


def _short_sentence_among(block: RawBlock, kept: RawBlock) -> bool:
    """A short sentence (four words or more) sitting in the same parent as a block the engine kept."""
    text = block.text.rstrip()
    if len(text.split()) < 4 or not text.endswith((".", "!", "?", "…", '"', "”")):
        return False
    a, b = block.element, kept.element
    return a is not None and b is not None and a.getparent() is b.getparent() and a.getparent() is not None


def _gives_back(block: RawBlock) -> bool:
    """Running text: eight words or more ending like a sentence."""
    text = block.text.rstrip()
    return len(text.split()) >= 8 and text.endswith((".", "!", "?", "…", '"', "”", ")", ":"))


def _labels_next(i: int, page: list[RawBlock], taken: set[int]) -> bool:
    """A heading, or a short line that is not a sentence, right above kept text in the same box (block editors
    wrap the heading and the text each in a block of their own: ``<div><h3>#2: <a>…</a></h3></div><div><p>``)."""
    b = page[i]
    words = len(b.text.split())
    if b.kind not in ("heading", "paragraph") or words > (15 if b.kind == "heading" else 8):
        return False
    if b.kind == "paragraph" and b.text.rstrip().endswith((".", "!", "?", "…", ";", ",")):
        return False
    for j in range(i + 1, min(len(page), i + 4)):
        if page[j].caption:
            continue
        if _section_heading(b) and _section_heading(page[j]) and _labels_next(j, page, taken):
            return _near(b.element, page[j].element, levels=4)  # a section's heading over its first sub-heading
        levels = 3 if b.kind == "heading" else 2  # a real heading may sit in a wrapper of its own; a line may not
        if _section_heading(b):
            levels = 4  # in a header of its own, beside the box of its text (TYPO3: header.contentHeader > h4)
        return (j in taken or _gives_back(page[j])) and _near(b.element, page[j].element, levels=levels)
    return False


def _section_heading(b: RawBlock) -> bool:
    """Marked up as a heading (``<h2>``–``<h6>``), not a link, not the heading of a box of other articles."""
    return (
        b.kind == "heading"
        and not b.linked
        and b.element is not None
        and b.element.tag in HEADING_TAGS
        and b.element.tag != "h1"
        and not is_end_marker(clean_text(b.text))
    )


def _repeats_itself(raw: list[RawBlock]) -> bool:
    """A fifth of the engine's text or more is blocks it already gave: its last-resort baseline, which glues
    the page's text together twice over, not a chosen article."""
    seen: set[str] = set()
    repeated = total = 0
    for b in raw:
        k = key(b.text)
        total += len(k)
        if k in seen:
            repeated += len(k)
        seen.add(k)
    return total > 0 and repeated >= 0.2 * total


def _side_column_with_article(
    body: lxml.html.HtmlElement, raw: list[RawBlock], page: list[RawBlock]
) -> lxml.html.HtmlElement | None:
    """The ``<aside>`` that holds the article the engine found, when the page's walk (which skips side boxes)
    does not: a photo slideshow set in the page's side column beside the headline. None on other pages.

    ``<h1>T</h1><aside><ul><li><h2>Slide</h2><p>Text …</p></li>…</ul></aside>`` → that ``<aside>``."""
    if not raw or _found_in_page(raw, page):
        return None
    for side in body.iter("aside"):
        if any(a.tag == "aside" for a in side.iterancestors()):
            continue
        inside = walk_blocks([child for child in side if isinstance(child.tag, str)])
        if _found_in_page(raw, inside):
            return side
    return None


def _found_in_page(raw: list[RawBlock], page: list[RawBlock]) -> bool:
    """Most of the engine's text is made of the page's own blocks (not paragraphs glued together)."""
    total = sum(len(b.text) for b in raw)
    texts = {b.text for b in page}
    found = sum(len(b.text) for b in raw if b.text in texts)
    if found >= 0.5 * total:
        return True
    keys = {key(t) for t in texts}  # the engine may have changed spacing or punctuation
    found = sum(len(b.text) for b in raw if b.text and key(b.text) in keys)
    return found >= 0.5 * total


def _boxed_inside(el: lxml.html.HtmlElement | None, first: lxml.html.HtmlElement | None) -> bool:
    """``el`` sits in a box of its own nested in the box that holds ``first`` (the first block the engine kept),
    not in that box's own text: ``<div class="body">…<div class="offer"><span>Pass for 9.99</span></div><h3>``
    → ``True`` for the ``<span>`` with the ``<h3>`` first; a line of the body box itself, or of the page's header
    outside it → ``False``."""
    if el is None or first is None or first.getparent() is None:
        return False
    body = first.getparent()
    if el is body or body.tag in ("body", "html"):
        return False
    return any(anc is body for anc in el.iterancestors()) and not any(d is first for d in el.iter())


def _recover_edges(
    raw: list[RawBlock], page: list[RawBlock], titles: tuple[str, ...] = ()
) -> tuple[list[RawBlock], lxml.html.HtmlElement | None]:
    """Give back the lead and the closing signature that main-content detection tends to cut.

    The page is walked into blocks and the extracted ones are found in it. Full paragraphs right before the
    first extracted block, in the same container (up to ``_LEAD_PARAGRAPHS``, over captions and links), are
    the lead and what follows it (a listener must never miss the sapo); a byline
    right after the last one, in the same container, is the signature. Also returns the page element where
    the body starts (None if the engine's text is not found in the page).
    """
    if not raw:
        return raw, None
    texts = [b.text for b in page]
    # the body starts at the first extracted block that is not the headline (the engine may keep the <h1>)
    skip = {key(t) for t in titles if t}
    start = next((i for i, b in enumerate(raw) if key(b.text) not in skip), 0)
    first = _find(texts, raw[start].text)
    first_el = page[first].element if first is not None else None
    if first is not None:
        given: list[RawBlock] = []
        heading_at, headline_box = _title_heading_box(page[:first], skip)
        headline_box = _header_unit(headline_box, heading_at, first, page)
        for at in range(first - 1, max(0, first - _LEAD_LOOKBACK) - 1, -1):
            prev = page[at]
            if prev.caption or prev.linked or is_ui_string(prev.text) or is_date_line(prev.text):
                continue
            if is_caption(prev.text) or key(prev.text) in skip:
                continue
            if not _reads_as_paragraph(prev.text):
                if _boxed_inside(prev.element, page[first].element):
                    continue  # an offer's short lines in a box of their own inside the body, over its first heading
                break
            if not (
                _near(page[first].element, prev.element)
                or _under_headline(prev.element)
                or (at > heading_at and _tag(prev.element) == "p" and _within(prev.element, headline_box))
            ):
                break
            given.insert(0, RawBlock("paragraph", prev.text, prev.element))
            if len(given) == _LEAD_PARAGRAPHS:
                break
        if not given:
            given = _standfirst_before(first, page, raw)
        if given:
            given[0] = RawBlock("lead", given[0].text, given[0].element)
            raw = [*raw[:start], *given, *raw[start:]]
            first_el = given[0].element
    # the body ends at the last block that is not a link: headlines the engine took from a sidebar after it are
    # dropped later, and the signature sits after the body, not after them
    end = next((i for i in range(len(raw) - 1, -1, -1) if not raw[i].linked and not raw[i].caption), len(raw) - 1)
    last = _find(texts, raw[end].text, last=True)
    if last is None:
        return raw, first_el
    anchor = page[last].element
    for nxt in page[last + 1 : last + 4]:
        if nxt.caption or is_ui_string(nxt.text) or is_date_line(nxt.text) or is_counter(nxt.text):
            continue
        if nxt.linked and (nxt.kind == "heading" or _NUMBERED_ITEM.match(nxt.text.strip())):
            break  # the first headline of a box of other articles ("1. Tin đọc nhiều …"), not who wrote this one
        if nxt.linked and _links_to_section(nxt.element):
            break  # the story's section ("Thể thao" → /the-thao), not who wrote it
        if nxt.kind == "heading" and nxt.element is not None and nxt.element.tag in HEADING_TAGS:
            break  # the heading of the next box ("Thông tin liên hệ"), not a name signing the article
        if (looks_like_signature(nxt.text) or looks_like_byline(nxt.text)) and _near(anchor, nxt.element):
            if key(nxt.text) in {key(b.text) for b in raw[end + 1 :]}:
                break  # the engine kept it already
            return [*raw[: end + 1], RawBlock("signature", nxt.text, nxt.element), *raw[end + 1 :]], first_el
        break
    return raw, first_el


#: class/id words of the box that names a story's section: "category-title-link", "chuyen-muc", "rubrik".
_SECTION_BOX = re.compile(
    r"categor|(?:^|[\s_\-])(section|channel|chuyen-?muc|chuyenmuc|rubri[ck]|ressort|kategorie)(?:$|[\s_\-])",
    re.IGNORECASE,
)


def _links_to_section(el: lxml.html.HtmlElement | None) -> bool:
    """The block is one link in a box whose class names the story's section
    (``<div class="category-title-link"><a href="/sports">Sports</a></div>``); an author's name links to a page
    of the same shape (``/ngoc-hien``), so only the box tells them apart."""
    if el is None or len([el] if el.tag == "a" else el.findall(".//a")) != 1:
        return False
    boxes = [el, *list(el.iterancestors())[:2]]
    return any(_SECTION_BOX.search(f"{b.get('class') or ''} {b.get('id') or ''}") for b in boxes)


def _comes_before(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """``a`` starts before ``b`` in document order (a sapo printed above the body, not a teaser below it)."""
    for el in root.iter():
        if el is b:
            return False
        if el is a:
            return True
    return False


def _find(texts: list[str], text: str, last: bool = False) -> int | None:
    """Index of the page block with this text (same words if the engine changed spacing or punctuation)."""
    order = range(len(texts) - 1, -1, -1) if last else range(len(texts))
    for i in order:
        if texts[i] == text:
            return i
    wanted = key(text)
    for i in order:
        if key(texts[i]) == wanted:
            return i
    return None


def _reads_as_headline(block: RawBlock) -> bool:
    """The first block of a page without ``<h1>``: a heading, or a short line that is not a sentence
    (old portals print the headline in a table cell: ``<td class="tieude">``)."""
    if block.kind == "heading":
        return True
    words = len(block.text.split())
    ends_like_sentence = block.text.rstrip().endswith(_NOT_HEADLINE_END)
    return block.kind == "paragraph" and 4 <= words <= 30 and not ends_like_sentence


#: A line that is a web address written out: ``http://…``, ``www.…``, ``example.com/path``.
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S*$", re.IGNORECASE)

_NOT_HEADLINE_END = (".", ":", ";", ",", "…", ")")


def _short_line(text: str) -> bool:
    """Short and not a sentence: ``"1. Về phát triển kinh tế"``, ``"Điều 2. Nhiệm vụ:"``."""
    return len(text.split()) <= 20 and not text.rstrip().endswith((".", ",", ";", "…"))


#: How many lines a box of links may have before the body goes on, and how much longer than all read before it
#: that body must be: the side box of a page that prints its headline and sapo above it.
_BOX_LINES = 15
_BODY_AFTER_BOX_WORDS = 300
_BODY_AFTER_BOX_TIMES = 4


def _body_goes_on_after_box(raw: list[RawBlock], at: int, kept: list[RawBlock]) -> bool:
    """The end marker at ``raw[at]`` heads a box of short links, and after that box comes one run of running
    text, at least 300 words and four times all read before it: the story's body, set after a side box that
    the page prints between its headline and its text. Teasers with their summaries are no such run: their
    linked headlines break it.

    ``[h1, sapo, "Mehr zum Thema", 5 links, 8 paragraphs of 45 words]``, ``at=2`` → ``True``
    """
    rest = raw[at + 1 :]
    start = next((i for i, b in enumerate(rest) if _body_text(b)), None)
    if start is None or start > _BOX_LINES or any(len(b.text.split()) > 20 for b in rest[:start]):
        return False
    words = 0
    for b in rest[start:]:
        if b.linked or b.caption or is_end_marker(clean_text(b.text)):
            break
        words += len(b.text.split())
    before = sum(len(b.text.split()) for b in kept if not b.caption)
    return words >= max(_BODY_AFTER_BOX_WORDS, _BODY_AFTER_BOX_TIMES * before)


def _without_ruled_promotions(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Leave out a promotion the page sets between two horizontal rules in the middle of the body, under a
    label that would end the story ("Related"): the label and its paragraph go, the body after the closing rule
    is read. ``[p1, "RELATED", "Planning a renovation? …", p2]`` with rules around the middle two → ``[p1, p2]``."""
    found = _locate(raw, where)
    boxes: set[lxml.html.HtmlElement] = set()
    for i in found:
        if i is not None and page[i].kind != "list_item":
            text = clean_text(page[i].text)
            if is_end_marker(text) and not is_comments_marker(text):
                boxes |= _ruled_box(page[i].element)
    if not boxes:
        return raw
    return [b for b, i in zip(raw, found, strict=True) if i is None or not _within_any(page[i].element, boxes)]


#: A box set between two rules holds at most this many blocks besides its label; this many levels above a label
#: are looked at for the box's first block.
_RULED_BOX_BLOCKS = 2
_RULED_LABEL_LEVELS = 2


def _ruled_box(label: lxml.html.HtmlElement | None) -> set[lxml.html.HtmlElement]:
    """The blocks of a small box drawn between two horizontal rules in the body, ``label`` opening it, when
    running text follows the closing rule: a promotion set in the middle of the text, not the end of it.
    ``<hr><p>RELATED</p><p>Planning a renovation? …</p><hr><p>Home prices …</p>`` → the two ``<p>``; no rule
    right before the label, or no closing rule within ``_RULED_BOX_BLOCKS`` blocks → empty. A box around the label
    counts only when the label opens it (a whole body drawn between rules holds its "Xem thêm:" line inside)."""
    opening = clean_text(label.text_content()) if label is not None else ""
    for first in [label, *list(label.iterancestors())[:_RULED_LABEL_LEVELS]] if label is not None else []:
        if first is not label and not clean_text(first.text_content()).startswith(opening):
            continue
        before = first.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is None or before.tag != "hr":
            continue
        box = [first]
        for sib in first.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag == "hr":
                after = next((x for x in sib.itersiblings() if isinstance(x.tag, str)), None)
                goes_on = after is not None and _reads_as_paragraph(clean_text(after.text_content()))
                return set(box) if goes_on else set()
            if len(box) > _RULED_BOX_BLOCKS:
                return set()
            box.append(sib)
        return set()
    return set()


def _reads_as_paragraph(text: str) -> bool:
    """Running text: a dozen words or more that end like a sentence, maybe inside quotation marks of any
    language (a German quotation closes with “, a French one with »)."""
    return len(text.split()) >= 12 and text.rstrip().endswith((".", "!", "?", "…", '"', "”", "“", "»", "«", ")"))


def _standfirst_before(first: int, page: list[RawBlock], raw: list[RawBlock]) -> list[RawBlock]:
    """The paragraph in the headline's own box, right after the ``<h1>``, when the body starts further down
    (past a box of links the engine left out): ``[standfirst]`` or ``[]``."""
    read = {key(b.text) for b in raw}
    for i in range(first - 1, -1, -1):
        b = page[i]
        if b.element is not None and b.element.tag == "h1":
            nxt = page[i + 1] if i + 1 < first else None
            if (
                nxt is not None
                and not nxt.linked
                and not nxt.caption
                and _under_headline(nxt.element)
                and _reads_as_paragraph(nxt.text)
                and key(nxt.text) not in read
            ):
                return [RawBlock("paragraph", nxt.text, nxt.element)]
            return []
    return []


def _title_heading_box(before: list[RawBlock], titles: set[str]) -> tuple[int, lxml.html.HtmlElement | None]:
    """Where the last heading before the body that repeats the page's title is, and its box (an ``<h2>`` standing
    in for an ``<h1>`` the page hides): a ``<p>`` in it (not its dateline), after the heading, is the lead however
    deep the body starts. ``(-1, None)`` when there is none."""
    for i in range(len(before) - 1, -1, -1):
        b = before[i]
        if b.kind == "heading" and key(b.text) in titles and b.element is not None:
            return i, b.element.getparent()
    return -1, None


def _header_unit(
    box: lxml.html.HtmlElement | None, heading_at: int, first: int, page: list[RawBlock]
) -> lxml.html.HtmlElement | None:
    """The page's header section around the headline's box: its outermost box that does not hold the body
    (``page[first]``), when between the headline and the body it holds no more paragraphs than a lead has
    (``<section><div class="hero"><h1/></div><div class="row"><time/><p>lead</p></div></section>``: the lead
    sits in another row than the headline). ``box`` itself when the box around it holds more (a product's
    column with the buyers' reviews)."""
    body = page[first].element
    if box is None or body is None:
        return box
    unit = box
    for anc in box.iterancestors():
        if anc.tag in ("body", "html") or _within(body, anc):
            break
        unit = anc
    between = page[heading_at + 1 : first]
    paragraphs = sum(1 for b in between if _within(b.element, unit) and _reads_as_paragraph(b.text))
    return unit if paragraphs <= _LEAD_PARAGRAPHS else box


def _under_headline(el: lxml.html.HtmlElement | None) -> bool:
    """``el`` follows the page's ``<h1>`` in the headline's own box (``<header><h1/><p/></header>``): the
    standfirst, however far away the box of the body is. An ``<h1>`` that only names the site (a blog's banner)
    is no headline: the motto under it is not the lead."""
    return el is not None and any(s.tag == "h1" and not site_name_heading(s) for s in el.itersiblings(preceding=True))


def _near(a: lxml.html.HtmlElement | None, b: lxml.html.HtmlElement | None, levels: int = 3) -> bool:
    """Both elements share an ancestor at most ``levels`` steps above each of them."""
    if a is None or b is None:
        return False
    above_a = [a, *list(a.iterancestors())[: levels - 1]]
    above_b = [b, *list(b.iterancestors())[: levels - 1]]
    return any(x in above_b for x in above_a)


def _assemble(
    raw: list[RawBlock],
    body_title: str,
    meta_title: str,
    lead_text: str,
    add_lead: bool,
    whole_page: bool,
) -> tuple[str, list[Block]]:
    """Apply the reading rules to raw blocks and choose the title.

    ``whole_page``: the blocks come from main-content detection on a page, where a "Tin liên quan" heading
    ends the article; in a CMS body it is a box in the middle, skipped until the text goes on. Captions stay
    in place, and are read only when they carry the story (``_captions_tell_the_story``).
    """
    kept: list[RawBlock] = []
    skipping = citing = False
    title_keys = {key(t) for t in (body_title, meta_title) if t}
    top_bylines = {id(b) for b in _top_bylines(raw)}  # raw holds them, so their ids stay theirs
    items = {  # "3. Sunday Sauce" linking to its recipe over the text about it: an item of a list article
        id(b)
        for b, after, then in zip(raw, raw[1:], [*raw[2:], None], strict=False)
        if b.kind == "heading"
        and _NUMBERED_ITEM.match(b.text.strip())
        and (_body_text(after) or (then is not None and _body_text(then) and _short_sentence_among(after, then)))
    }  # a gallery's slide may put a short first line between its title and its text ("Giddy up!")
    items |= {  # "■ <a>Measures for long holidays</a>" between two paragraphs: the author's list, not a teaser
        id(b)
        for before, b, after in zip(raw, raw[1:], raw[2:], strict=False)
        if b.linked and _TYPED_BULLET.match(b.text) and _prose(before) and _prose(after)
    }
    items |= {  # "<a>04.11.2022 - Jens Friebe - Chelsea</a>" among the same rows unlinked: a row of a calendar
        id(b)
        for before, b, after in zip([None, *raw], raw, [*raw[1:], None], strict=False)
        if b.linked and any(o is not None and not o.linked and _same_row_shape(o.text, b.text) for o in (before, after))
    }
    items |= {  # "<a>The Glasshouse</a>" over "By tram to the bird park", after "Here are the places we saw:"
        id(b)
        for at, (b, after) in enumerate(itertools.pairwise(raw))
        if b.linked and not after.linked and _introduced_lines(at + 1, raw) and _linked_lines_after(at, raw) >= 2
    }
    for at, rb in enumerate(raw):
        if id(rb) in top_bylines:
            continue
        text = strip_related_tail(clean_text(rb.text))
        if not text:
            continue
        if citing:
            if rb.kind != "heading":
                continue  # a citation of the reference list
            citing = False
        if rb.kind == "heading" and is_reference_heading(text) and _citations_after(raw, at):
            citing = True  # "References": the works cited, up to the next heading ("History")
            continue
        if skipping:
            if rb.kind == "list_item" or not _reads_as_paragraph(text):
                continue  # the titles of the related box
            skipping = False  # the article goes on after a box in the middle of the body
        if whole_page and is_paywall_notice(text) and any(not b.caption for b in kept):
            break  # "この記事は会員限定です": the rest is the sign-up box
        if is_end_marker(text) and any(not b.caption for b in kept):
            if whole_page and not is_comments_marker(text) and _body_goes_on_after_box(raw, at, kept):
                skipping = True  # "Mehr zum Thema" over a side box set between the headline and the body
                continue
            if whole_page and is_press_contact_label(text) and kept and kept[-1].text.rstrip().endswith(":"):
                kept.pop()  # "For questions, please contact:" over the contacts: it introduces what is not read
            if whole_page or is_comments_marker(text):
                break  # "Tin liên quan", "Bình luận" on a page: the rest is other articles or comments
            skipping = True
            continue
        if not _preformatted(rb) and (
            is_ui_string(text)
            or (
                is_date_line(text)
                and not _row_of_dated_table(rb)
                and not _dated_cell_of_headed_table(rb)
                and not _calendar_date(rb, text)
            )
            or is_breadcrumb(text)
            or is_counter(text)
        ):
            continue  # a code block is read as written: "> 29*100" is a prompt, not a breadcrumb
        if is_edit_note(text) or is_publication_note(text) or is_shortcode(text) or is_reprint_note(text):
            continue
        if is_affiliate_note(text):
            continue
        if is_social_contact(text) or has_widget_phrase(text) or is_call_to_action(text) or is_copyright_line(text):
            continue
        if is_author_note(text):
            continue  # "About the author: Ada Lind is …, follow her on Facebook": the writer, not the story
        if is_related_link(text, rb.linked):
            continue
        only_link = whole_page and rb.linked and rb.kind != "list_item" and len(text.split()) <= 20
        if only_link and rb.kind == "heading" and rb.element is not None and _section_card(rb.element):
            only_link = False  # the heading of a topic page's card of one of its own sections
        if only_link and rb.element is not None and _cell_of_headed_table(rb.element):
            only_link = False  # "Fleur Delacour" linked in the first cell of a row of the article's table
        if only_link and not rb.caption and not _WEB_ADDRESS.match(text) and id(rb) not in items:
            # a line that is only a link: a teaser's headline or "see also", not the article's text; an address the
            # author wrote out ("www.example.org/plans") is text
            continue
        if rb.caption or is_caption(text):
            if not is_photo_credit(text):
                kept.append(RawBlock("paragraph", strip_photo_credit(text), rb.element, caption=True))
            continue
        kind = rb.kind
        if kind == "paragraph" and (looks_like_heading(text) or (rb.bold and _short_line(text))):
            kind = "heading"
        elif kind == "heading" and _reads_as_paragraph(text):
            first = not any(not b.caption and key(b.text) not in title_keys for b in kept)
            kind = "lead" if first else "paragraph"  # a sapo set in an <h2>
        kept.append(RawBlock(kind, text, rb.element, linked=rb.linked))

    if whole_page:
        kept = _without_trailing_appeals(_without_closing_addresses(_without_trailing_link_list(kept)))
    if not _captions_tell_the_story([b for b in kept if b.caption or key(b.text) not in title_keys]):
        kept = [b for b in kept if not b.caption]
    title = body_title
    if not title and kept and len(kept) > 1 and _reads_as_headline(kept[0]):
        title = kept.pop(0).text
    title = title or meta_title
    lead_key = key(lead_text) if lead_text else ""
    run = _paragraphs_making(lead_key, kept) if add_lead and lead_key else None
    if run is not None:
        # a sapo box of two paragraphs the engine kept one by one: read them once, first
        kept = [*(replace(b, kind="lead") for b in kept[run[0] : run[1]]), *kept[: run[0]], *kept[run[1] :]]
        lead_key = ""
    elif add_lead and lead_key:
        # the sapo printed above the body comes first, also when the engine put it after the body
        kept = [RawBlock("lead", lead_text), *(b for b in kept if key(b.text) != lead_key)]
    seen = {key(title)} if title else set()
    came_from: dict[str, lxml.html.HtmlElement | None] = {}  # the element each text was first read from
    sections_of: dict[str, set[str]] = {}  # where each short answer was read: the key of the heading over it
    section = ""
    blocks: list[Block] = []
    for rb in kept:
        k = key(rb.text)
        if rb.kind == "heading":
            section = k
        kicked = (
            _kicker_and(k, key(title))
            or _colon_kicker_and(rb.text, title)
            or _and_byline(k, key(title))
            or _glued_headline(k, key(title))
        )
        field = rb.kind in ("list_item", "quote") and _RECORD_FIELD.match(rb.text) is not None and k != key(title)
        answer = _SHORT_ANSWER.match(rb.text) is not None and section not in sections_of.get(k, {section})
        again = rb.element is not None and (
            came_from.get(k) is rb.element  # a chorus sung again in its song
            or _row_of_another_table(rb.element, came_from.get(k))  # a schedule's line on another day
        )
        if not k or (k in seen and not field and not answer and not again):
            continue  # a block printed twice, the headline printed again
        if not blocks and rb.kind == "heading" and kicked:
            continue  # the headline, also with the kicker printed inside it
        seen.add(k)
        came_from.setdefault(k, rb.element)
        sections_of.setdefault(k, set()).add(section)
        kind = "lead" if lead_key and k == lead_key else rb.kind
        blocks.append(Block(kind, rb.text))
    if not blocks and title:  # a post that only asks its title again ("Best site for a beginner?"): it is read
        asked = next((b for b in kept if b.kind == "paragraph" and not b.caption and key(b.text) == key(title)), None)
        if asked is not None:
            blocks.append(Block("paragraph", asked.text))
    last = blocks[-1] if len(blocks) > 1 else None
    if last is not None and last.kind != "list_item" and looks_like_signature(last.text):
        blocks[-1] = Block("signature", last.text)
    return title, blocks


#: The label of an event's own date in a calendar post: "Termin: 21.02.2020, 19 Uhr", "When: 6 March, 7 pm".
_EVENT_DATE_LABEL = re.compile(
    r"^\s*(?:termin|veranstaltungstermin|wann|when|event date|date and time|fecha y hora|cuándo|quand|"
    r"thời gian tổ chức|ngày tổ chức)\s*:",
    re.IGNORECASE,
)
#: A heading of a month and its year only ("Februar 2020", "March 2021"): a calendar's section, not a dateline.
_MONTH_HEADING = re.compile(r"^\s*[^\W\d_]{3,}\s+(?:19|20)\d{2}\s*$")


def _calendar_date(rb: RawBlock, text: str) -> bool:
    """A date a calendar post is made of, read though it looks like the article's dateline: an event's labelled
    date ("Termin: 21.02.2020, 19 Uhr") or a month heading over its events (``<h2>Februar 2020</h2>``).
    "Veröffentlicht: 21.02.2020" stays the publication line it is."""
    if _EVENT_DATE_LABEL.match(text):
        return True
    return rb.element is not None and rb.element.tag in HEADING_TAGS and bool(_MONTH_HEADING.match(text))


def _paragraphs_making(lead_key: str, kept: list[RawBlock]) -> tuple[int, int] | None:
    """Where two or more kept blocks in a row make up the sapo word for word (a lead box of two ``<p>``s, read
    as one line): ``(start, end)``; else ``None``."""
    for start, b in enumerate(kept):
        k = key(b.text)
        if not k or not lead_key.startswith(k) or k == lead_key:
            continue
        joined = k
        for end in range(start + 1, len(kept)):
            joined = f"{joined} {key(kept[end].text)}"
            if joined == lead_key:
                return start, end + 1
            if not lead_key.startswith(joined):
                break
    return None


def _row_of_another_table(row: lxml.html.HtmlElement, first: lxml.html.HtmlElement | None) -> bool:
    """Whether ``row`` is a table row repeating one of another table that differs from its own: the header row
    and a shared line of a schedule set out day by day are read in each; a table printed twice (one copy per
    screen size) is read once."""
    if first is None or row.tag != "tr" or first.tag != "tr":
        return False
    table, other = next(row.iterancestors("table"), None), next(first.iterancestors("table"), None)
    if table is None or other is None or table is other:
        return False
    return key("".join(table.itertext())) != key("".join(other.itertext()))


#: A quote of at least this many words found inside a paragraph of the body is a pull quote repeating it.
_PULL_QUOTE_WORDS = 6


#: A table with at least this many rows that read as dates is a table of dated data (releases, a timetable).
_DATED_TABLE_ROWS = 3


def _row_of_dated_table(rb: RawBlock) -> bool:
    """``rb`` is a row of a table with a date in each of several rows (``4.2.3 | April 2014`` × 15, a release
    history): data of the body, where a lone date line is the article's date."""
    row = rb.element
    if row is None or row.tag != "tr":
        return False
    table = next(row.iterancestors("table"), None)
    if table is None:
        return False
    dated = sum(1 for tr in table.iter("tr") if is_date_line(clean_text(" ".join(tr.itertext()))))
    return dated >= _DATED_TABLE_ROWS


#: A field of a record in a list ("Level: 80", "NPC: Village Chief"): two records may share it, and it is read in
#: each, while a repeated paragraph is read once.
_RECORD_FIELD = re.compile(r"^\w[\w .\-]{0,24}:\s+\S")
#: A question and its short answer ("Will there be a toilet on the bus? No."): each section of a body (one per
#: company, one per product) may give the same answer under its own heading, and it is read in each.
_SHORT_ANSWER = re.compile(r"^[^?.!\n]{3,150}\?\s+\S.{0,40}$")


#: A trailing run of at least this many teasers (a headline, a line or two, a link on) is a list of other stories.
_TRAILING_TEASERS = 3
#: A teaser's lines are short; one with a read-more link under it may run a little longer.
_TEASER_LINE_CHARS = 400
_TEASER_LINE_CHARS_WITH_LINK = 800
#: A teaser holds its headline and at most this many lines (a byline, a date, a summary, a read-more link, a tag).
_TEASER_LINES = 4


def _links_away(el: lxml.html.HtmlElement | None, text: str) -> bool:
    """``el`` holds a link to another page whose words are at least half of ``text``: a linked headline."""
    if el is None:
        return False
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")) and 2 * len(clean_text(a.text_content())) >= len(text):
            return True
    return False


def _teaser_unit(head: int, end: int, raw: list[RawBlock], spots: list[int | None], page: list[RawBlock]) -> bool:
    """``raw[head]`` is a headline and ``raw[head + 1 : end]`` the few short lines of a teaser for another story:
    the headline links away, or a short linked line ("Mehr lesen...", "Read more") under it in the page does
    (the engine may have left that line out)."""
    lines, spot = raw[head + 1 : end], spots[head]
    if not lines or len(lines) > _TEASER_LINES or spot is None or _NUMBERED_ITEM.match(raw[head].text.strip()):
        return False
    linked_head = _links_away(page[spot].element, page[spot].text)
    after = next((s for s in spots[end:] if s is not None), len(page))  # the page's lines up to the next unit
    read_on = any(
        b.linked and len(b.text.split()) <= 3 and _links_away(b.element, "")
        for b in page[spot + 1 : min(after, spot + 2 + _TEASER_LINES)]
    )
    longest = _TEASER_LINE_CHARS_WITH_LINK if read_on else _TEASER_LINE_CHARS
    return (linked_head or read_on) and all(len(b.text) <= longest for b in lines)


def _short_label(text: str) -> bool:
    """A tag or kicker over a card: "Workshop", "Hydrogen Policy" (a few words, no sentence)."""
    return len(text.split()) <= 4 and len(text) <= 40 and not _reads_as_paragraph(text)


def _before_trailing_teasers(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Stop before a run of teasers that ends what the engine took: headlines linking to other stories (or with
    a "read more" link under them), each with a line or two, and the section labels between them ("Other Opinion
    Columns", "Veranstaltungen"). The article's text before the run must be longer than the teasers' lines."""
    spots = _locate(raw, where)
    heads = [i for i, b in enumerate(raw) if b.kind == "heading"]
    end, teasers, cut = len(raw), 0, None
    for h in reversed(heads):
        if h + 1 == end or (teasers and all(_short_label(b.text) for b in raw[h + 1 : end])):
            # a label over the run (with the next card's tag under it), or a card that is only a linked headline
            if teasers:
                cut = h
            end = h
            continue
        if not _teaser_unit(h, end, raw, spots, page):
            break
        teasers, cut, end = teasers + 1, h, h
    if cut is None or teasers < _TRAILING_TEASERS:
        return raw
    body = sum(len(b.text) for b in raw[:cut] if _prose(b))
    run = sum(len(b.text) for b in raw[cut:] if b.kind != "heading" and _prose(b))
    return raw[:cut] if body > run else raw


#: class/id words of the card a quote is set apart in (``quote-card``, ``pullquote``, ``citation-widget``, ``zitat``).
_QUOTE_BOX = re.compile(r"(?:^|[\s_\-])(?:pull-?quote|quote|quotation|citation|zitat|cita)(?:$|[\s_\-])", re.IGNORECASE)
#: How far up from a paragraph its quote card is looked for.
_QUOTE_BOX_DEPTH = 3


def _in_quote_box(el: lxml.html.HtmlElement | None) -> bool:
    """A paragraph inside a card named for a quote: ``<div class="paragraph--type--citation-widget"><div><p>…``."""
    if el is None:
        return False
    for depth, a in enumerate([el, *el.iterancestors()]):
        if depth > _QUOTE_BOX_DEPTH or a.tag in ("article", "main", "body"):
            return False
        if _QUOTE_BOX.search(f"{a.get('id') or ''} {a.get('class') or ''}"):
            return True
    return False


def _without_pull_quotes(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The body without its pull quotes: a quote of ``_PULL_QUOTE_WORDS`` or more found inside a paragraph of
    the body, set apart to catch the eye (a ``<blockquote>`` or a paragraph in a card named for a quote), is not
    read twice. A ``<blockquote>`` that names its speaker is kept."""
    spots = _locate(raw, where)
    kinds = [page[s].kind if s is not None else b.kind for b, s in zip(raw, spots, strict=True)]
    others = [key(b.text) for b, kind in zip(raw, kinds, strict=True) if kind != "quote"]
    out = []
    for b, spot, kind in zip(raw, spots, kinds, strict=True):
        k = key(b.text)
        el = page[spot].element if spot is not None else b.element
        set_apart = kind == "quote" or _in_quote_box(el)
        repeats = set_apart and len(k.split()) >= _PULL_QUOTE_WORDS and any(k in o and k != o for o in others)
        if repeats and not _attributed(el):
            continue
        out.append(b)
    return out


#: A date (and time) closing a line, bare or in brackets: "(12/03/2024)", "- 12/3", "[15:30 12/03/2024]".
_DATE_TAIL = re.compile(
    r"[\s\-–|]*[(\[]?\s*(?:\d{1,2}:\d{2}\s*)?(?:\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s*\d{1,2}:\d{2})?\s*[)\]]?\s*$"
)


def _without_dated_headlines(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """Drop the headlines of other news listed with their dates, a link and a date only:
    ``<a href="/x">Hội nghị giao ban quý I</a> (10/03/2024)`` — the lists of old portals whose label the
    cleaning took away with its box. A sentence of the body that links a document and ends on a date has words
    outside its link."""
    out = []
    for b, spot in zip(raw, _locate(raw, where), strict=True):
        el = page[spot].element if spot is not None else None
        if el is not None and key(b.text) == key(page[spot].text) and _dated_headline(page[spot].text, el):
            continue
        out.append(b)
    return out


def _dated_headline(text: str, el: lxml.html.HtmlElement) -> bool:
    """The line is one link followed by a date: ``"Tin khác về hội nghị (10/03/2024)"``."""
    m = _DATE_TAIL.search(text)
    if m is None or m.start() == 0:
        return False
    links = [a for a in el.iter("a") if clean_text(a.text_content())]
    return len(links) == 1 and key(links[0].text_content()) == key(text[: m.start()])


def _attributed(el: lxml.html.HtmlElement | None) -> bool:
    """The quote comes with its speaker's name (``<blockquote>…</blockquote><div class="attribution">Ken
    Doctor</div>``, or a ``<cite>`` inside it)."""
    if el is None:
        return False
    quote = next((a for a in [el, *el.iterancestors()] if a.tag == "blockquote"), None)
    if quote is None:
        return False
    if quote.find(".//cite") is not None:
        return True
    holder = quote.getparent()
    own = len(clean_text("".join(quote.itertext())))
    around = len(clean_text("".join(holder.itertext()))) if holder is not None else own
    return own + 3 < around < own + 200


#: A kicker printed inside the headline has at most this many words.
_KICKER_WORDS = 4


def _kicker_and(text_key: str, title_key: str) -> bool:
    """``text_key`` is the headline ``title_key`` after a short kicker: ``"ngày tưởng niệm tưởng niệm …"``."""
    return (
        bool(title_key)
        and text_key.endswith(" " + title_key)
        and (len(text_key.split()) - len(title_key.split()) <= _KICKER_WORDS)
    )


def _glued_headline(text_key: str, title_key: str) -> bool:
    """``text_key`` is the headline ``title_key`` with the hidden separator between its kicker and its title gone:
    ``"entwurf des gesetzesein bisschen fortschritt"`` for ``"entwurf des gesetzes ein bisschen fortschritt"``."""
    return bool(title_key) and text_key != title_key and text_key.replace(" ", "") == title_key.replace(" ", "")


def _and_byline(text_key: str, title_key: str) -> bool:
    """``text_key`` is the headline ``title_key`` with its writer's line printed inside it, the title having been
    read without it: ``"tiêu đề biên tập viên nguyễn văn an"`` under ``"tiêu đề"``."""
    return bool(title_key) and text_key.startswith(title_key + " ") and len(text_key) - len(title_key) <= _BYLINE_CHARS


#: A writer's line printed inside the headline is at most this many characters.
_BYLINE_CHARS = 40


def _before_related_links(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The story up to a paragraph that is a "Related" label with its links (``_labelled_links``): what follows
    is other articles and the page's appeals, not the story — unless the body reads on after it in the same box
    (``_RESUMED_PARAGRAPHS`` paragraphs beside it): then that paragraph alone is left out.

    ``[p1, p2, "READ MORE: <a>…</a><a>…</a>", p3, p4]`` (all in one box) → ``[p1, p2, p3, p4]``.
    """
    spots = _locate(raw, where)
    skipped: set[int] = set()
    for i, spot in enumerate(spots):
        if not i or spot is None or not _labelled_links(page[spot].element):
            continue
        box = page[spot].element.getparent()
        resumed = sum(
            1
            for j in range(i + 1, len(raw))
            if (at := spots[j]) is not None
            and page[at].kind == "paragraph"
            and _body_text(page[at])
            and page[at].element is not None
            and page[at].element.getparent() is box
        )
        if resumed < _RESUMED_PARAGRAPHS:
            return [b for j, b in enumerate(raw[:i]) if j not in skipped]
        skipped.add(i)
    return [b for j, b in enumerate(raw) if j not in skipped]


#: Paragraphs of the body after a list of links, in the box that holds it, that make it a list set mid-body.
_RESUMED_PARAGRAPHS = 2


#: Linked lines after an end heading that make a list of other articles, not a box inside the body.
_OTHER_HEADLINES = 10


def _before_skipped_end_heading(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The story up to an end heading ("Tin cùng chuyên mục", "Related") the engine left out while keeping the
    list under it: when every kept block after the heading is a list item, a link or a short line (the headlines
    of other articles, with their dates), they are not the story. Running text after it keeps everything (the
    engine may have dropped a box in the middle of the body and read on), unless the heading opens a long list of
    other articles' headlines: text past that is a sidebar's."""
    spots = _locate(raw, where)
    last = None
    for i, spot in enumerate(spots):
        if spot is None:
            continue
        if last is not None and spot > last + 1:
            skipped = page[last + 1 : spot]
            if any(not b.caption and len(b.text) <= 80 and is_end_marker(clean_text(b.text)) for b in skipped):
                rest = raw[i:]
                if not any(r.kind == "paragraph" and _body_text(r) for r in rest):
                    return raw[:i]
                if sum(b.linked for b in skipped) >= _OTHER_HEADLINES:
                    return raw[:i]  # past a long list of other articles: a sidebar's box, not the body read on
        last = spot
    return raw


def _labelled_links(el: lxml.html.HtmlElement | None) -> bool:
    """A paragraph that opens with a bold "Related" label and holds only links after it, two or more: a list of
    other articles set as the body's last paragraph ("Read more: <one link>" inside the body is not one):
    ``<p><strong>Tin liên quan</strong><br><a>…</a><br><a>…</a></p>``
    """
    if el is None or (el.text or "").strip():
        return False
    label = next((c for c in el if isinstance(c.tag, str)), None)
    links = el.findall(".//a")
    if label is None or label.tag not in ("strong", "b", "span", "em", "label") or len(links) < 2:
        return False
    if not is_end_marker(clean_text(label.text_content())):
        return False
    rest = len(key(el.text_content()).split()) - len(key(label.text_content()).split())
    return rest - sum(len(key(a.text_content()).split()) for a in links) <= 2


def _colon_kicker_and(text: str, title: str) -> bool:
    """``text`` is the headline ``title`` after a kicker of any length that ends in a colon:
    ``_colon_kicker_and("Medienmitteilung der Direktion : Impfen bis Ende Februar", "Impfen bis Ende Februar")``.
    """
    head = text.strip()
    if not title or not head.endswith(title) or head == title:
        return False
    return head[: -len(title)].rstrip().endswith(":")


#: Links in a list at the end of the page's text that make it a list of other pages ("More information").
_TRAILING_LINKS = 3


#: The number of a document's section before its heading: "4 References", "2.1 Methods", "5. Literatur".
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\w")


def _without_trailing_link_list(blocks: list[RawBlock]) -> list[RawBlock]:
    """The article without the labelled list of links closing it: a heading ("More information", "On this
    page") over short list items, most of them only a link — other pages, not text — or each a link or a call
    to action ("Join our group to connect with fellow learners", "Learn more about …"), or over nothing at all.
    A list that ends the article with sentences of its own (steps, tips) stays, and so does one without a
    heading over it."""

    def heading(b: RawBlock) -> bool:  # marked up as one, not a line in capitals ("HELP PLEASE" closing a post)
        return b.kind == "heading" and b.element is not None and b.element.tag in ("h2", "h3", "h4", "h5", "h6")

    def in_list(b: RawBlock) -> bool:
        short = len(b.text.split()) <= 8 and not b.text.rstrip().endswith((".", "!", "?", "…"))
        return heading(b) or (b.kind in ("list_item", "signature") and (b.linked or short or _call_to_action(b)))

    end = len(blocks)
    while end > 0 and in_list(blocks[end - 1]):
        end -= 1
    tail = blocks[end:]
    items = [b for b in tail if not heading(b)]
    if end == 0 or not tail or not heading(tail[0]) or _SECTION_NUMBER.match(tail[0].text):
        return blocks  # a numbered section ("4 References") is the document's own, its links its sources
    linked = sum(b.linked for b in items)
    pointing = sum(b.linked or _call_to_action(b) for b in items)  # every item a link or a call to action
    if not items or pointing == len(items) or (len(items) >= _TRAILING_LINKS and linked >= 0.5 * len(items)):
        return blocks[:end]  # also headings with nothing under them: the labels of boxes the engine left out
    return blocks


def _call_to_action(block: RawBlock) -> bool:
    """A list item that sends the reader elsewhere: "Join our study group to connect with fellow learners",
    "Learn more about the placement program", "Take a look at the guide" → True; a tip of the author's own
    ("Say the word slowly") or a paragraph that only ends on a pointer ("… check out our guide") → False. (The
    engine hands its blocks back without their links: the verb tells.)"""
    return (
        block.kind == "list_item"
        and len(block.text.split()) <= _CALL_TO_ACTION_WORDS
        and _CALL_TO_ACTION.search(block.text) is not None
    )


#: A call to action is a line or two: "Questions about …? Take a look at the section on …" (20 words).
_CALL_TO_ACTION_WORDS = 24
#: The verbs of a call to action that points away from the page.
_CALL_TO_ACTION = re.compile(
    r"\b(?:join (?:our|us)|follow us|learn more|find out more|read more|take a look at|check out|sign up"
    r"|subscribe to|learn \w+ with our|visit our)\b",
    re.IGNORECASE,
)


#: How many blocks at the end of a story are looked at for appeals to follow the publisher.
_TRAILING_APPEALS = 4


#: A web address standing alone on its line: ``www.example.de``, ``https://example.org/page``.
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: A label over the closing addresses is a few words ending in a colon ("Mehr Informationen finden Sie unter:").
_ADDRESS_LABEL_WORDS = 8
#: At most this many address lines under it.
_CLOSING_ADDRESSES = 3


def _code_as_in_page(raw: list[RawBlock], page: list[RawBlock], where: PageIndex) -> list[RawBlock]:
    """The engine's blocks found in a ``<pre>`` of the page take the page's element (an engine may hand a code
    block back as a quote), so that later rules know it for code."""
    out = []
    for b, i in zip(raw, _locate(raw, where), strict=True):
        found = page[i] if i is not None else None
        if found is not None and _preformatted(found) and not _preformatted(b):
            b = replace(b, element=found.element)
        out.append(b)
    return out


def _preformatted(block: RawBlock) -> bool:
    """A block of a ``<pre>`` (code, a console session): its lines are the author's, whatever they look like."""
    el = block.element
    return el is not None and any(a.tag == "pre" for a in [el, *el.iterancestors()])


def _pointer_label(text: str) -> bool:
    """A label of a few words ending in a colon: what closes a text only when the list it labels is gone."""
    label = text.strip()
    return label.endswith(":") and len(label.split()) <= _POINTER_LABEL_WORDS


#: A label over the links left out, closing the text, is at most this long ("Lue aiheesta lisää:").
_POINTER_LABEL_WORDS = 4


def _without_closing_addresses(blocks: list[RawBlock]) -> list[RawBlock]:
    """The article without the label closing it over nothing but web addresses or links: ``Mehr Informationen
    finden Sie unter:`` over ``www.example.de`` → both dropped (a pointer elsewhere, not text). A label over
    sentences (steps, a list of tips) stays."""
    end = len(blocks)
    while end > 0 and len(blocks) - end < _CLOSING_ADDRESSES:
        b = blocks[end - 1]
        if b.caption or not (b.linked or _BARE_ADDRESS.match(b.text.strip())):
            break
        end -= 1
    if blocks and end == len(blocks) and _pointer_label(blocks[-1].text):
        return blocks[:-1]  # "Lue aiheesta lisää:" over nothing: the links it labelled were left out
    if end == len(blocks) or end < 2:
        return blocks
    label = blocks[end - 1].text.strip()
    if label.endswith(":") and len(label.split()) <= _ADDRESS_LABEL_WORDS:
        return blocks[: end - 1]
    return blocks


def _without_trailing_appeals(blocks: list[RawBlock]) -> list[RawBlock]:
    """Drop the appeals to follow the publisher's channel or newsletter, or to support it, that close a story
    ("Sign up for our newsletter", "Folgst du uns auf Whatsapp?" over the line that tells what it sends and asks to
    subscribe, "If you value our journalism, please support us"),
    looking past the closing signature, which stays. Only the last few blocks, and reading stops at the first
    paragraph of the story: a story about a newsletter keeps its paragraphs."""
    dropped: set[int] = set()
    credits: set[int] = set()  # the photo credit closing the story ("Credits: Titelbild …"): not read either
    pending: int | None = None  # a line asking to subscribe, dropped when an appeal stands over it
    seen = 0
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i].text
        if blocks[i].caption:
            continue
        seen += 1
        if seen > _TRAILING_APPEALS:
            break
        if is_subscription_appeal(text) or is_support_appeal(text) or is_comment_prompt(text) or is_tip_appeal(text):
            dropped.add(i)
            if pending is not None:
                dropped.add(pending)
                pending = None
            continue
        if dropped and pending is None and _APPEAL_OPENING.match(text):
            dropped.add(i)  # "Gefällt dir unser Magazin? …" over the appeal it opens
            continue
        if not dropped and not credits and len(text.split()) <= _CREDIT_WORDS and _CLOSING_CREDIT.match(text):
            credits.add(i)
            continue
        if pending is not None:
            break
        if looks_like_signature(text):
            continue
        if not dropped and len(text.split()) <= _APPEAL_WORDS and _APPEAL_LINE.search(text):
            pending = i
            continue
        break
    dropped |= credits
    if not dropped:
        return blocks
    kept = [b for i, b in enumerate(blocks) if i not in dropped]
    if len(kept) > 1 and kept[-1].element is not None and kept[-1].element.tag in HEADING_TAGS:
        kept.pop()  # "Welcher Eltern-Typ bist du?" over an empty quiz box and the appeal: it heads nothing now
    return kept


#: The line under an appeal's question: what the channel sends, and the verb that asks to subscribe.
_APPEAL_LINE = re.compile(r"\b(?:abonnier\w*|abonne[rz]|subscribe|sign up|suscr[ií]b\w*|đăng ký)\b", re.IGNORECASE)
_APPEAL_WORDS = 45
#: The question that opens an appeal: the reader's liking of the publication ("Gefällt dir unser Magazin?").
_APPEAL_OPENING = re.compile(
    r"^\W*(?:gefällt|gefiel) (?:dir|ihnen|euch) (?:unser\w*|diese[rs]?)\b[^?]{0,40}\?"
    r"|^\W*(?:do you )?(?:like|enjoy|love|value)(?:ing)? (?:our|this)\b[^?]{0,40}\?",
    re.IGNORECASE,
)
#: The photo credit line closing a story: "Credits: Titelbild Studio Nord", "Photo credits: …", "Titelbild: …".
_CLOSING_CREDIT = re.compile(
    r"^\W*(?:(?:photo|image|bild|foto)\s?)?credits?\s*:"
    r"|^\W*(?:titelbild|titelfoto|beitragsbild|bildnachweis|cover (?:photo|image)|header image|featured image)\s*:",
    re.IGNORECASE,
)
_CREDIT_WORDS = 12


def _top_bylines(raw: list[RawBlock]) -> list[RawBlock]:
    """Bylines, labelled (``"By: Joshua Stewart"``, ``"Bài: Minh Anh"``) or run in (``"Von Claudia Berger"``),
    printed over the body — after at most the sapo, with the body's text still to come: metadata, unlike the
    same line closing the article."""
    running = [i for i, b in enumerate(raw) if not b.caption and _reads_as_paragraph(b.text)]
    return [
        b
        for i, b in enumerate(raw)
        if (looks_like_byline(b.text) or looks_like_run_in_byline(b.text))
        and bisect.bisect_left(running, i) <= 1
        and running
        and running[-1] > i
    ]


def _captions_tell_the_story(blocks: list[RawBlock]) -> bool:
    """The captions carry the article: a picture report or a how-to whose steps sit under the photos.

    Three captions or more holding at least as much text as the rest, a body of a line or two with
    captions twice as long, or a sequence of photos inside the body whose captions follow one another with
    no text between and hold a good share of the text (the steps of a how-to). A news article's photo
    captions are much shorter than its body, and a gallery opening the page is not its text. The headline is
    not counted as body (the caller leaves it out).
    """
    captions = [len(b.text) for b in blocks if b.caption]
    body = sum(len(b.text) for b in blocks if not b.caption)
    if not captions or any(b.caption and _FIGURE_LABEL.match(b.text) for b in blocks):
        return False  # "Abbildung 2: …", "Figure 3. …": a report that numbers its figures cites them in its text
    if len(captions) >= _STORY_CAPTIONS and sum(captions) >= _STORY_CAPTION_SHARE * body:
        return True
    if body < _PHOTO_STORY_MAX_BODY and sum(captions) > 2 * body:
        return True
    return sum(captions) >= _SEQUENCE_CAPTION_SHARE * body and _photo_sequence_inside_text(blocks)


def _photo_sequence_inside_text(blocks: list[RawBlock]) -> bool:
    """``_PHOTO_SEQUENCE`` captions of a few words each in a row, with running text before and after."""
    run: set[str] = set()
    text_before = False
    for i, b in enumerate(blocks):
        if b.caption and len(b.text.split()) >= 4:
            run.add(key(b.text))  # a slideshow prints each caption twice
            if len(run) >= _PHOTO_SEQUENCE and text_before:
                rest = blocks[i + 1 :]
                if any(not r.caption and _reads_as_paragraph(r.text) for r in rest):
                    return True
            continue
        if not b.caption:
            run = set()
            text_before = text_before or _reads_as_paragraph(b.text)
    return False
