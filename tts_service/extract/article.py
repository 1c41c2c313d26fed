"""HTML → Article: the title and the readable blocks, in reading order, nothing else.

Flow: decode (charset, NFC) → parse (depth guard) → read the headline candidates → clean (``data-tts-skip``,
profile ``drop`` selectors, widgets, captions, breadcrumbs) → choose the article sub-tree:

1. elements marked ``data-tts-only`` (the publisher said exactly what to read);
2. the site profile's ``container`` selector;
3. a CMS fragment is read whole — no main-content detection that could drop a one-paragraph article;
4. a full page goes to trafilatura; when it finds too little, or glues the page together (its last-resort
   baseline), the container the markup names (``articleBody``, ``<article>``, ``<main>``) or readability-lxml;
   the sapo printed above the body and the byline below it are then recovered from the page;

→ Vietnamese rules on the blocks (interface strings, date lines, captions, related-article lists, duplicates,
headline, lead/sapo, closing signature) → ``Article``.

Raises ``BadInput`` (binary, legacy TCVN3/VNI text, absurd nesting), ``TooLarge`` (over 5 MiB) and
``EmptyArticle`` (nothing readable).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from tts_service.errors import EmptyArticle
from tts_service.extract.decode import prepare_text, refuse_legacy_font
from tts_service.extract.dom import RawBlock, clean_tree, is_fragment, parse_html, walk_blocks
from tts_service.extract.heuristics import (
    clean_text,
    has_widget_phrase,
    is_breadcrumb,
    is_caption,
    is_comments_marker,
    is_date_line,
    is_end_marker,
    is_social_contact,
    is_ui_string,
    key,
    looks_like_heading,
    looks_like_signature,
    strip_photo_credit,
)
from tts_service.extract.main_content import container_blocks, main_content
from tts_service.extract.profiles import SiteProfile, compile_selector, profile_for, shipped_profiles
from tts_service.extract.title import page_title_candidates
from tts_service.models import Article, Block

_LEAD_CLASS = re.compile(
    r"sapo|tomtat|tom-tat|chapeau|(?:^|[\s_\-])(lead|lede|description|desc|summary|excerpt|intro|"
    r"standfirst|teaser|mota|abstract|subtitle|sub-title|dek)(?:$|[\s_\-])",
    re.IGNORECASE,
)
#: Less body text than this, and captions at least twice as long: the captions are the story (a photo
#: report), so they are read.
_PHOTO_STORY_MAX_BODY = 120


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
    text = prepare_text(html, content_type)
    root = parse_html(text)
    lang = _page_language(root)
    profile = profile_for(url, shipped_profiles() if profiles is None else profiles)
    body_title, meta_title = page_title_candidates(root, profile)
    fragment = is_fragment(text, root)
    cleaned = clean_tree(root, profile)
    body = root.find("body")
    if body is None:
        body = root

    lead_el = _lead_element(body, profile)
    only = _outermost(
        el for el in body.iter() if isinstance(el.tag, str) and el.get("data-tts-only") is not None
    )
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
        raw, _engine = main_content(root, url)
        if raw and not _found_in_page(raw, page):
            # the engine re-flowed the page (its last-resort baseline): read the marked-up container instead
            raw = container_blocks(root) or raw
        raw, first_el = _recover_edges(raw, page, (body_title, meta_title))

    lead_text = clean_text(lead_el.text_content()) if lead_el is not None else ""
    add_lead = lead_el is not None and first_el is not None and _comes_before(lead_el, first_el, body)
    whole_page = not (only or containers or fragment)
    title, blocks = _assemble(raw, body_title, meta_title, lead_text, add_lead, cleaned.captions, whole_page)
    if not blocks and not title:
        raise EmptyArticle("Không tìm thấy nội dung bài viết để đọc (no readable article text found).")
    if not blocks:
        raise EmptyArticle(f"Trang chỉ có tiêu đề «{title}», không có nội dung bài viết để đọc.")
    refuse_legacy_font(" ".join([title, *(b.text for b in blocks)]))
    return Article(title=title, blocks=blocks, url=url, lang=lang)


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


def _profile_containers(
    body: lxml.html.HtmlElement, profile: SiteProfile | None
) -> list[lxml.html.HtmlElement]:
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
    """The sapo: a profile ``lead`` selector, or the first element whose class says lead/sapo/description
    and that sits after the headline (related-article teasers further down carry the same classes)."""
    if profile is not None:
        for css in profile.lead:
            for el in compile_selector(css)(body):
                if len(clean_text(el.text_content())) >= 20:
                    return el
    h1 = body.find(".//h1")
    after_h1 = h1 is None
    for el in body.iter():
        if el is h1:
            after_h1 = True
            continue
        if not after_h1 or not isinstance(el.tag, str) or el.tag in ("a", "ul", "ol", "li", "img"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _LEAD_CLASS.search(names):
            continue
        text = clean_text(el.text_content())
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if 30 <= len(text) <= 1500 and links < 0.5 * len(text):
            return el
        if len(text) > 1500:
            return None  # a container named "description": the body itself, not a sapo
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


def _recover_edges(
    raw: list[RawBlock], page: list[RawBlock], titles: tuple[str, ...] = ()
) -> tuple[list[RawBlock], lxml.html.HtmlElement | None]:
    """Give back the lead and the closing signature that main-content detection tends to cut.

    The page is walked into blocks and the extracted ones are found in it. A full paragraph right before the
    first extracted block, in the same container, is the lead (a listener must never miss the sapo); a byline
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
        for prev in reversed(page[max(0, first - 3) : first]):
            if is_ui_string(prev.text) or is_date_line(prev.text) or is_caption(prev.text):
                continue
            if _reads_as_paragraph(prev.text) and _near(page[first].element, prev.element):
                raw = [*raw[:start], RawBlock("lead", prev.text, prev.element), *raw[start:]]
                first_el = prev.element
            break
    last = _find(texts, raw[-1].text, last=True)
    if last is None:
        return raw, first_el
    anchor = page[last].element
    for nxt in page[last + 1 : last + 4]:
        if is_ui_string(nxt.text) or is_date_line(nxt.text):
            continue
        if looks_like_signature(nxt.text) and _near(anchor, nxt.element):
            return [*raw, RawBlock("signature", nxt.text, nxt.element)], first_el
        break
    return raw, first_el


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


_NOT_HEADLINE_END = (".", ":", ";", ",", "…", ")")


def _short_line(text: str) -> bool:
    """Short and not a sentence: ``"1. Về phát triển kinh tế"``, ``"Điều 2. Nhiệm vụ:"``."""
    return len(text.split()) <= 20 and not text.rstrip().endswith((".", ",", ";", "…"))


def _reads_as_paragraph(text: str) -> bool:
    """Running text: a dozen words or more that end like a sentence."""
    return len(text.split()) >= 12 and text.rstrip().endswith((".", "!", "?", "…", '"', "”", ")"))


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
    captions: list[str],
    whole_page: bool,
) -> tuple[str, list[Block]]:
    """Apply the reading rules to raw blocks and choose the title.

    ``whole_page``: the blocks come from main-content detection on a page, where a "Tin liên quan" heading
    ends the article; in a CMS body it is a box in the middle, skipped until the text goes on.
    """
    kept: list[RawBlock] = []
    dropped_captions: list[str] = []
    skipping = False
    for rb in raw:
        text = clean_text(rb.text)
        if not text:
            continue
        if skipping:
            if rb.kind == "list_item" or not _reads_as_paragraph(text):
                continue  # the titles of the related box
            skipping = False  # the article goes on after a box in the middle of the body
        if is_end_marker(text) and kept:
            if whole_page or is_comments_marker(text):
                break  # "Tin liên quan", "Bình luận" on a page: the rest is other articles or comments
            skipping = True
            continue
        if is_ui_string(text) or is_date_line(text) or is_breadcrumb(text):
            continue
        if is_social_contact(text) or has_widget_phrase(text):
            continue
        if is_caption(text):
            dropped_captions.append(text)
            continue
        kind = rb.kind
        if kind == "paragraph" and (looks_like_heading(text) or (rb.bold and _short_line(text))):
            kind = "heading"
        kept.append(RawBlock(kind, text, rb.element))

    title = body_title
    if not title and kept and len(kept) > 1 and _reads_as_headline(kept[0]):
        title = kept.pop(0).text
    title = title or meta_title
    all_captions = [strip_photo_credit(clean_text(c)) for c in [*captions, *dropped_captions]]
    body_chars = sum(len(b.text) for b in kept)
    if body_chars < _PHOTO_STORY_MAX_BODY and sum(map(len, all_captions)) > 2 * body_chars:
        kept += [RawBlock("paragraph", c) for c in all_captions if c]
    lead_key = key(lead_text) if lead_text else ""
    if add_lead and lead_key and not any(key(b.text) == lead_key for b in kept):
        kept.insert(0, RawBlock("lead", lead_text))
    seen = {key(title)} if title else set()
    blocks: list[Block] = []
    for rb in kept:
        k = key(rb.text)
        if not k or k in seen:
            continue
        seen.add(k)
        kind = "lead" if lead_key and k == lead_key else rb.kind
        blocks.append(Block(kind, rb.text))
    last = blocks[-1] if len(blocks) > 1 else None
    if last is not None and last.kind != "list_item" and looks_like_signature(last.text):
        blocks[-1] = Block("signature", last.text)
    return title, blocks
