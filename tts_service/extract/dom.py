"""The page as a tree: parse, strip what is never read, and walk a sub-tree into blocks in reading order.

Everything here works on ``lxml.html`` trees. Cleaning happens once, before any main-content detection, so
the same rules (``data-tts-skip``, site-profile ``drop`` selectors, widgets, captions, breadcrumbs) apply to
full pages, to CMS fragments and to whatever the fallback extractor returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from tts_service.errors import BadInput, EmptyArticle
from tts_service.extract.heuristics import clean_text, collapse, key
from tts_service.extract.profiles import SiteProfile, compile_selector

#: libxml2 stops nesting at 255 levels; a page that deep is an attack or a broken generator, not an article.
MAX_DEPTH = 250

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_ITEM_TAGS = frozenset({"li", "dt", "dd"})
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "pre",
        "figure",
        "figcaption",
        "hr",
        "address",
        "center",
        "form",
        "fieldset",
        "details",
        "summary",
        "nav",
        "body",
        "html",
        "menu",
        "legend",
        *HEADING_TAGS,
        *LIST_ITEM_TAGS,
    }
)
#: Navigation and side boxes: never part of the article, even inside its container.
SKIP_IN_WALK = frozenset({"nav", "aside"})
#: Never read, wherever they are.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "audio",
    "video",
    "source",
    "track",
    "map",
    "link",
    "meta",
    "math",
    "dialog",
)
#: Dropped once captions (recognised by their picture) are gone; the head once the title is read.
LATE_DROP_TAGS = ("img", "picture", "head", "title")
#: class/id words of widgets that sit inside article containers: font size, read-aloud, print, share,
#: breadcrumbs, tags, ratings, related lists, comments, captions. Matched on whole words of class/id.
_WIDGET_WORDS = re.compile(
    r"(?:^|[\s_\-])("
    r"breadcrumbs?|share|sharing|social|print|font-?size|text-?size|fontsize|textsize|cochu|co-chu|"
    r"tts|text-to-speech|doc-?bai|docbai|audio-?player|toolbar|tools|utility|utilities|rating|ratings|"
    r"tags?|tag-?list|keywords?|related|lien-?quan|lienquan|tin-?khac|tinkhac|other-?news|othernews|"
    r"comments?|binh-?luan|binhluan|caption|captions|figcaption|image-?caption|portlet-title|"
    r"bookmarks?|sharebox|share-?box|social-?bookmarks|discussion|advert|advertisement|ads|quang-?cao|"
    r"banner|cta|promo|newsletter|subscribe|subscription|popup|modal|cookie|sr-only|visually-?hidden|screen-?reader"
    r")(?:$|[\s_\-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_HOME_LINK_KEYS = frozenset({"trang chủ", "home", "trang chính"})


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse text into an ``<html>`` tree, refusing empty input and absurd nesting with a clear error."""
    if not text.strip():
        raise EmptyArticle("Nội dung rỗng: không có HTML để đọc (empty input).")
    text = _XML_DECLARATION.sub("", text, count=1)  # XHTML: the bytes were decoded already
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyArticle(f"Không tìm thấy nội dung HTML để đọc ({exc}).") from exc
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            raise BadInput(
                f"HTML lồng nhau quá sâu (trên {MAX_DEPTH} cấp); đây không phải một bài viết hợp lệ "
                f"(HTML nested deeper than {MAX_DEPTH} levels)."
            )
    return root


def is_fragment(text: str, root: lxml.html.HtmlElement) -> bool:
    """A CMS fragment (the article sub-tree only) rather than a full page.

    True when the source has no ``<html>``/``<body>`` tag, or when the page is so small (few blocks, no
    navigation) that there is nothing to separate the article from.
    """
    head = text[:4096].lower()
    if "<body" not in head and "<html" not in head and "<body" not in text.lower():
        return True
    body = root.find("body")
    if body is None:
        return True
    blocks = sum(1 for el in body.iter() if isinstance(el.tag, str) and el.tag in BLOCK_TAGS)
    has_chrome = body.find(".//nav") is not None or body.find(".//footer") is not None
    return blocks <= 12 and not has_chrome


def _classes(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def drop(el: lxml.html.HtmlElement) -> None:
    """Remove an element and its content, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


@dataclass
class Cleaned:
    """What cleaning removed that a later rule may still want (photo-story captions)."""

    captions: list[str] = field(default_factory=list)


def clean_tree(root: lxml.html.HtmlElement, profile: SiteProfile | None) -> Cleaned:
    """Remove everything that is never read, in place. Returns the captions it removed."""
    out = Cleaned()
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        skip = el.get("data-tts-skip")
        if skip is not None and skip.strip().lower() != "false":
            drop(el)
        elif el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
            if not _holds_article(el):  # some sites hide the body until a script shows it
                drop(el)
        elif el.get("aria-hidden") == "true" and len(el.text_content()) < 200:
            drop(el)
    if profile is not None:
        for css in profile.drop:
            for el in compile_selector(css)(root):
                drop(el)
    for el in list(root.iter("figure", "figcaption", "table")):
        if el.getparent() is None:
            continue
        if el.tag == "table" and not _is_caption_table(el):
            continue
        text = clean_text(el.text_content())
        if el.tag == "figure" and len(text) > 600:
            continue  # a figure that wraps real content (a quote, a long table) is not a caption
        if text:
            out.captions.append(text)
        drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        names = _classes(el)
        if names and (_WIDGET_WORDS.search(names) or "caption" in names.lower()) and not _holds_article(el):
            if "caption" in names.lower():
                text = clean_text(el.text_content())
                if text:
                    out.captions.append(text)
            drop(el)
    _drop_breadcrumbs(root)
    etree.strip_elements(root, *LATE_DROP_TAGS, with_tail=False)
    return out


def _is_caption_table(table: lxml.html.HtmlElement) -> bool:
    """A one- or two-cell table holding a picture and a short text (the caption), as older CMSs write them."""
    if table.find(".//img") is None and not _WIDGET_WORDS.search(_classes(table)):
        return False
    return len(table.findall(".//td")) <= 3 and len(clean_text(table.text_content())) < 400


def _holds_article(el: lxml.html.HtmlElement) -> bool:
    """Guard for class-name rules: never drop a container that holds the headline or a lot of text."""
    if el.find(".//h1") is not None:
        return True
    return len(el.findall(".//p")) >= 4 and len(el.text_content()) > 1500


def _drop_breadcrumbs(root: lxml.html.HtmlElement) -> None:
    """A short box of links that starts with a "Trang chủ" (home) link is a breadcrumb or a menu.

    Links, separators and the current page's name; a sentence that mentions the home page is not one.
    """
    for a in list(root.iter("a")):
        if a.getparent() is None or key(a.text_content()) not in _HOME_LINK_KEYS:
            continue
        box = a
        for anc in a.iterancestors():
            if anc.tag in ("body", "html", "article", "main"):
                break
            text = clean_text(anc.text_content())
            if len(text) > 160 or text.endswith((".", "!", "?")) or _words_outside_links(anc) > 8:
                break  # "xem tại <a>Trang chủ</a> của Sở.": part of a sentence, not a trail
            box = anc
        if box is a and clean_text(a.getparent().text_content()).endswith((".", "!", "?")):
            continue
        drop(box)


def _words_outside_links(el: lxml.html.HtmlElement) -> int:
    linked = sum(len(key(x.text_content()).split()) for x in el.iter("a"))
    return len(key(el.text_content()).split()) - linked


# --- walking a sub-tree into blocks ---------------------------------------------------------------

_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")


@dataclass
class RawBlock:
    """A block of text found in the tree, with the element it came from (for later rules)."""

    kind: str
    text: str
    element: lxml.html.HtmlElement | None = None
    bold: bool = False  # all of it in <b>/<strong>: a sub-heading when it is short


def walk_blocks(elements: Iterable[lxml.html.HtmlElement]) -> list[RawBlock]:
    """Turn sub-trees into blocks in document order: headings, list items, quotes, paragraphs.

    ``<h2>A</h2><p>B<br>C.</p><ul><li>D</li></ul>`` → heading "A", paragraph "B C.", list_item "D".
    A ``<br>`` after a full stop, or two in a row, starts a new paragraph (old portals write paragraphs
    with line breaks).
    """
    out: list[RawBlock] = []
    for el in elements:
        _Walker(out).walk(el, "paragraph")
    return out


class _Walker:
    def __init__(self, out: list[RawBlock]) -> None:
        self.out = out
        self.parts: list[str] = []
        self.owner: lxml.html.HtmlElement | None = None
        self.kind = "paragraph"
        self.bold_depth = 0
        self.plain_chars = 0  # non-space characters outside <b>/<strong> in the current buffer

    def flush(self) -> None:
        if not self.parts:
            return
        lines = "".join(self.parts).split("\n")
        self.parts = []
        self.bold = self.plain_chars == 0
        self.plain_chars = 0
        current: list[str] = []
        for line in lines:
            line = collapse(line)
            if not line:
                if current:
                    self._emit(" ".join(current))
                    current = []
                continue
            current.append(line)
            if line.endswith(_SENTENCE_END):
                self._emit(" ".join(current))
                current = []
        if current:
            self._emit(" ".join(current))

    def _emit(self, text: str) -> None:
        if text:
            self.out.append(RawBlock(self.kind, text, self.owner, self.bold))

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if not self.bold_depth:
            self.plain_chars += len(text.strip())

    def walk(self, el: lxml.html.HtmlElement, kind: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_IN_WALK:
            return
        is_block = tag in BLOCK_TAGS
        if tag == "br":
            self.parts.append("\n")
            return
        if is_block:
            self.flush()
            if tag in HEADING_TAGS:
                kind = "heading"
            elif tag in LIST_ITEM_TAGS:
                kind = "list_item" if kind != "quote" else kind
            elif tag == "blockquote":
                kind = "quote"
            elif kind == "heading":
                kind = "paragraph"
            saved = (self.owner, self.kind)
            self.owner, self.kind = el, kind
        bold = tag in ("b", "strong")
        self.bold_depth += bold
        if el.text:
            self._add(el.text)
        for child in el:
            self.walk(child, kind)
            if child.tail:
                self._add(child.tail)
        self.bold_depth -= bold
        if is_block:
            self.flush()
            self.owner, self.kind = saved
