"""The page as a tree: parse, strip what is never read, and walk a sub-tree into blocks in reading order.

Everything here works on ``lxml.html`` trees. Cleaning happens once, before any main-content detection, so
the same rules (``data-tts-skip``, site-profile ``drop`` selectors, widgets, breadcrumbs, forum replies) apply to
full pages, to CMS fragments and to whatever the fallback extractor returns. Captions are not removed but
marked (``data-tts-caption``): main-content detection runs on a copy without them (``without_captions``), and
the reading rules decide later whether they are credits to skip or the story itself (a photo report, the steps
of a how-to).

The work is bounded before it starts: a page with too many elements or attributes, or nested too deep, is
refused with a clear error instead of keeping a worker busy for seconds.
"""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from tts_service.errors import BadInput, EmptyArticle, TooLarge
from tts_service.extract.heuristics import (
    clean_text,
    collapse,
    is_end_marker,
    is_page_footer_line,
    is_paywall_notice,
    is_photo_credit,
    key,
    new_window_notice,
    screen_reader_field,
    screen_reader_label,
)
from tts_service.extract.profiles import SiteProfile, compile_selector

#: libxml2 stops nesting at 255 levels; a page that deep is an attack or a broken generator, not an article.
MAX_DEPTH = 250
#: Elements in a page. 1 469 real pages (news, portals, forums, recipes) have at most ~10 000; a 300 × 300 table
#: or 200 000 paragraphs is not an article, and every later step (main-content detection above all) costs
#: time per element: the limit keeps the worst accepted page to a few seconds.
MAX_ELEMENTS = 25_000
#: Attributes in a page (real pages: at most ~10 000) and on one element (real pages: at most ~75). libxml2
#: checks an element's attributes against each other, so 50 000 on one tag take seconds to parse.
MAX_ATTRIBUTES = 150_000
MAX_ATTRIBUTES_PER_ELEMENT = 1_000
#: Marks a caption element kept in the tree (figcaption, a caption box, the line under a photo).
CAPTION_ATTR = "data-tts-caption"

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
#: Dropped once captions (recognised by their picture) are marked; the head once the title is read.
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
    r"banner|cta|promo|newsletter|subscribe|subscription|popup|modal|cookie|sr-?only|visually-?hidden|screen-?reader|"
    # who wrote a forum post, since when, how much: the header and footer of a post, not its text
    r"message-?user|message-?name|message-?attribution|message-?lastedit|lastedit|user-?info|userinfo|"
    r"user-?details|userdetails|user-?title|usertitle|postprofile|post-?profile|post-?meta|postmeta|"
    # a classic blog theme's closing paragraph of a post ("postmetadata"): "This entry was posted on … filed
    # under …", often with the writer's one-line biography and network links; "commentmetadata" is a comment's date
    r"post-?metadata|comment-?metadata|"
    r"signaturecontainer|reactions?-?bar|reactions?-?list|reaction-?summary|"
    # a post's attached files and a thread's counts (views, replies, participants, last post)
    r"attachments?|attachment-?list|attachlist|dinh-?kem|thread-?info|thread-?stats|threadinfo|threadstats|"
    # a recipe's nutrition table: figures, not text to listen to
    r"nutrition|nutrition-?facts|nutrition-?info|nutrition-?information|nutrition-?tables?|nutritional|nutritional-?values?|"
    # a poll set in the article: its question and choices are a form
    r"poll|polls|binh-?chon|binhchon|khao-?sat|survey|"
    # a petition set in the post: its form, its count of signatures and the list of who signed
    r"petition|petitions|signature-?count|signature-?list|signaturelist|"
    # the card of another story (a teaser with its photo, a line and links), even when set inside the body
    r"post-?card|story-?card|article-?card|news-?card|inline-?teaser|"
    # a blog tool's box for a product on a shop (its name, "posted with …", the sales rank, "see it at the shop")
    r"amazlet|amazlet-?box|kaerebalink|babylink|booklink|yomereba|affiliate-?box|amazon-?box|"
    # an advert's box ("ad_footer", "ad-slot") and the links to the previous and next posts ("prevnext")
    r"ad|ad-?slot|ad-?footer|ad-?header|prevnext|prev-?next|next-?prev|post-?navigation|"
    # a pointer to another story set inside the body: "Lire aussi …", "Read also …", "Lee también …"
    r"(?:lire|read|lee|leia|leggi)[-_]?(?:aussi|also|tambien|tambem|anche)|(?:see|also)[-_]?(?:also|read)|"
    # the box about the author (a photo, a bio, links to the author's page): who wrote it, not the story
    r"author-?(?:box|bio|blurb|dropdown|card|profile|details)|about-?(?:the-?)?author|byline-?bio|"
    # the notice that the publisher earns from the products it names, and the box asking for an e-mail address
    r"(?:editorial|affiliate|advertiser|advertising|sponsor|ftc)-?disclosures?|e?mail-?capture|e?mail-?signup|"
    # what stands in for an embedded video or post until the reader consents to load it
    r"consent|embed-?consent|o?embed-?placeholder|embed-?blocked|"
    # the box of an embedded frame (a video, a post from another site): a placeholder or nothing until it loads
    r"iframe-?embed|"
    # a box of quotes from happy clients or buyers (a slider of "testimonials"): praise, not the page's text
    r"testimonials?|testimonial-?(?:slider|slides?|carousel|inner|box)"
    r")(?:$|[\s_\-])",
    re.IGNORECASE,
)
#: A blog theme's "entry-meta" line over and under a post: "Veröffentlicht am … von …", "Dieser Eintrag wurde
#: veröffentlicht in … und verschlagwortet mit …", with the box about the writer. A line of a few words named so
#: is a closing signature ("- Nadja Lind") or a date, left to the reading rules.
_ENTRY_META_NAME = re.compile(r"(?:^|[\s_\-])entry-?meta(?:$|[\s_\-])", re.IGNORECASE)
_ENTRY_META_SIGNATURE_WORDS = 4
#: A class word negated ("no-share", "no_comments", "without-ads"): the box says it has no such widget, so it
#: is not one ("entry-content no-share" is the body). "no-print" (hidden when printed) still names interface.
#: A class naming the box's type size by an adjective before it ("small-fontsize", "large-font-size"): how the
#: text looks, not the buttons that change the text size. (The utility classes that put the size after,
#: "font-size-small", are left to judge as before: on the pages met they mark lists and footers.)
_TYPE_SIZE_NAME = re.compile(
    r"(?:^|(?<=\s))(?:x*-?small|smaller|medium|x*-?large|larger|big|bigger|huge|tiny)[-_](?:font|text)[-_]?size"
    r"(?=$|\s)",
    re.IGNORECASE,
)
_NEGATED_NAME = re.compile(r"(?:^|(?<=[\s_\-]))(?:no|without)[-_](?!print\b)[a-z]+(?:-[a-z]+)*", re.IGNORECASE)
#: A blog engine's classes on a post's box: the post's own terms ("tag-basic-income", "category-news",
#: "format-standard"), named by the tags and categories it is filed under, not a box of tags. Read only on a
#: box the engine marks as one post ("hentry", "type-post", "status-publish").
_POST_BOX_NAME = re.compile(r"(?:^|(?<=\s))(?:hentry|type-[a-z_]+|status-publish)(?=$|\s)", re.IGNORECASE)
_POST_TERM_NAME = re.compile(
    r"(?:^|(?<=\s))(?:tag|category|post_tag|product_tag|product_cat|hashtags?|format)-[^\s]+(?=$|\s)", re.IGNORECASE
)
#: The text box of one photo of a photo story, which its engine names the photo's "comment" (a BEM element of a
#: gallery or photo item: ``gallery-main-content__item__comment``, ``photo-item__comment``): the story's text, not
#: readers' comments (``comments__comment``, ``comment-body``).
_PHOTO_TEXT_NAME = re.compile(
    r"(?:^|(?<=\s))(?![^\s]*comments)[^\s]*(?:gallery|photo|foto|image|picture|slide|bild)[^\s]*__comment(?=$|\s)",
    re.IGNORECASE,
)
#: The credit of one photo, named as an element of its item (``gallery__item__owner``, ``photo-item__credit``,
#: ``image-credit``): who took or owns the picture, never the story. Short: a name and a link.
_PHOTO_CREDIT_NAME = re.compile(
    r"(?:^|(?<=\s))(?:[^\s]*(?:gallery|photo|foto|image|picture|slide|bild|item)[^\s]*__(?:owner|credits?|copyright)"
    r"|(?:photo|image|img|picture|foto|bild)-?credits?)(?=$|\s)",
    re.IGNORECASE,
)
_PHOTO_CREDIT_MAX_CHARS = 100
#: A shoot's credits run longer, but each is a short "Role by Name" sentence ("Styling by A. Grooming by B at C.").
_SHOOT_CREDIT = re.compile(r"[^.]{0,30}\bby\b[^.]{1,70}\.?")
_SHOOT_CREDITS_MAX_CHARS = 400


def _credits_text(text: str) -> bool:
    """The text of a photo credit box: one short credit, or a run of short "Role by Name" sentences.
    ``"Styling by Anna Lind. Hair by Tom Berg at Studio North. Casting by Jon Dahl."`` → ``True``."""
    if len(text) <= _PHOTO_CREDIT_MAX_CHARS:
        return True
    sentences = re.split(r"(?<=\.)\s+", text.strip())
    return len(text) <= _SHOOT_CREDITS_MAX_CHARS and all(_SHOOT_CREDIT.fullmatch(s) for s in sentences)


#: A label naming the article's category or section ("category-name", "category-group-name", "cat-name"):
#: metadata, not read when it is as short as a category name.
_CATEGORY_LABEL_NAME = re.compile(
    r"(?:^|(?<=\s))(?:[a-z]+-)?(?:category|cat)-(?:group-)?(?:name|label)(?=$|\s)", re.IGNORECASE
)
_CATEGORY_LABEL_MAX_CHARS = 40
#: A class that says how a box is laid out on paper ("print-full", "print-links", "visible-print", "d-print-block"):
#: the box is printed, so it is content, not a print button. "no-print" and "d-print-none" (hidden on paper) are not.
_PRINT_LAYOUT = re.compile(
    r"(?:^|(?<=\s))(?:print[-_](?:full|only|block|visible|show|width|links)|visible[-_]print|d[-_]print[-_](?!none)[a-z]+)"
    r"(?=$|\s)",
    re.IGNORECASE,
)
#: ARIA roles of boxes that open over the page on demand (a network menu, a cookie or share dialog).
_POPUP_ROLES = frozenset({"dialog", "alertdialog", "tooltip"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
#: ``<script .../>``: HTML ignores the slash, so what follows up to ``</script>`` is script, not text.
_SELF_CLOSED_RAW = re.compile(r"<(script|style)(\b[^<>]{0,500}?)\s*/>", re.IGNORECASE)
#: ``</html>`` closed before ``<body>`` opens (a theme's head template ends with it): a browser reads on into the
#: body; the parser stops at it and drops the whole body.
_BODY_OPEN = re.compile(r"<body\b", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</html\s*>", re.IGNORECASE)
_HOME_LINK_KEYS = frozenset({"trang chủ", "home", "trang chính"})


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse text into an ``<html>`` tree, refusing empty input, absurd nesting and absurd size clearly.

    Too many elements or attributes is ``TooLarge`` (413, code ``html_too_complex``); nesting deeper than
    ``MAX_DEPTH`` is ``BadInput``. The checks stop at the first element over a limit, so a hostile page costs
    about as much as the limit, not as much as the page.
    """
    if not text.strip():
        raise EmptyArticle("Nội dung rỗng: không có HTML để đọc (empty input).")
    text = _XML_DECLARATION.sub("", text, count=1)  # XHTML: the bytes were decoded already
    _refuse_crowded_tags(text)
    text = _SELF_CLOSED_RAW.sub(r"<\1\2>", text)  # a browser reads <script/> as an opening tag
    text = _reopen_body(text)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyArticle(f"Không tìm thấy nội dung HTML để đọc ({exc}).") from exc
    depth = elements = attributes = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        elements += 1
        attributes += len(el.attrib)
        if depth > MAX_DEPTH:
            raise BadInput(
                f"HTML lồng nhau quá sâu (trên {MAX_DEPTH} cấp); đây không phải một bài viết hợp lệ "
                f"(HTML nested deeper than {MAX_DEPTH} levels)."
            )
        if elements > MAX_ELEMENTS or attributes > MAX_ATTRIBUTES:
            what = f"{MAX_ELEMENTS} phần tử" if elements > MAX_ELEMENTS else f"{MAX_ATTRIBUTES} thuộc tính"
            raise _too_complex(f"trang có hơn {what} HTML")
    return root


def _reopen_body(text: str) -> str:
    """The page with every ``</html>`` that comes before ``<body>`` opens taken out, so that the body a browser
    shows is parsed: ``<head>…</head></html><body><p>Text</p></body></html>`` → ``<head>…</head><body>…``."""
    body = _body_opening(text)
    if body is None or _HTML_CLOSE.search(text, 0, body.start()) is None:
        return text
    return _HTML_CLOSE.sub("", text[: body.start()]) + text[body.start() :]


def _body_opening(text: str) -> re.Match[str] | None:
    """The first ``<body`` outside HTML comments (a theme's note in the head may name the tag):
    ``<head><!-- prints <body> --></head><body>`` → the second one. Each comment is skipped once, so a page of
    many comments is read through once."""
    start = 0
    while (found := _BODY_OPEN.search(text, start)) is not None:
        opened = text.rfind("<!--", start, found.start())
        closed = text.find("-->", opened + 4) if opened >= 0 else -1
        if opened < 0 or 0 <= closed < found.start():
            return found
        if closed < 0:
            return None  # an unclosed comment runs to the end: no body opens after it
        start = closed + 3
    return None


#: An opening tag longer than this is looked at closely (real tags are short; a long one may hold thousands
#: of attributes, or one long JSON value, which is fine).
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{4000,}>")
_ATTRIBUTE = re.compile(r"""\s[^\s"'<>/=]+\s*=""")


def _refuse_crowded_tags(text: str) -> None:
    """Refuse, before parsing, a page whose tags are far too many or carry thousands of attributes."""
    if text.count("<") > 4 * MAX_ELEMENTS:
        raise _too_complex(f"trang có hơn {MAX_ELEMENTS} phần tử HTML")
    for m in _LONG_TAG.finditer(text):
        if len(_ATTRIBUTE.findall(m.group(0))) > MAX_ATTRIBUTES_PER_ELEMENT:
            raise _too_complex(f"một thẻ có hơn {MAX_ATTRIBUTES_PER_ELEMENT} thuộc tính")


def _too_complex(what: str) -> TooLarge:
    return TooLarge(
        f"HTML quá phức tạp để đọc: {what}; đây không phải một bài viết (HTML too complex: {what}).",
        code="html_too_complex",
    )


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


#: Inline elements that may hold only a link's "Opens a new window" note.
_INLINE_NOTICE_TAGS = frozenset({"span", "i", "em", "small", "b"})
#: Whole class or id names of a layout's side column (``<td class="sidebar">``, ``<div id="sidebar-right">``); a
#: page's "has-sidebar" or "no-sidebar" names its layout, not a box.
_SIDEBAR_NAMES = frozenset(
    {"sidebar", "side-bar", "sidebar-left", "sidebar-right", "left-sidebar", "right-sidebar", "secondary-sidebar"}
)
#: Utility classes that hide an element (Bootstrap, Tailwind, common CSS): whole class names only ("hidden-xs"
#: hides on phones only and is not one); "text-hide" and "hide-text" hide an element's words (an image stands in).
#: id/class of a cookie-consent dialog: ``consent-sdk``, ``cookie-consent``, ``cmp-banner``, ``gdpr-notice``.
_CONSENT_BOX = re.compile(r"(?:^|[\s_\-])(?:consent|cookie-?(?:banner|notice|bar|dialog)|gdpr)(?:$|[\s_\-])", re.I)


def _consent_dialog(el: lxml.html.HtmlElement) -> bool:
    """A box named for cookie consent is the dialog, not a page wrapper (``<body class="consent-given">``):
    no headline inside, and either the page's headline outside it or under half of the page's text — a
    preference centre of forty purposes is longer than a thread of one short post, and still not the thread."""
    if el.tag in ("html", "body", "main", "article") or el.find(".//h1") is not None:
        return False
    body = next((a for a in el.iterancestors("body")), None)
    if body is None:
        return False
    return body.find(".//h1") is not None or 2 * len(el.text_content()) < len(body.text_content())


#: The class of a dialog box that a script opens over the page: ``modal``, ``modal-dialog``, ``c-modal``.
_DIALOG_CLASS = re.compile(r"(?:^|\s)(?:[a-z]+-)?modal(?:$|\s)", re.I)


#: What a control that closes a pop-up says, brackets and crosses aside ("Schließen [X]", "Close ×"); a tab
#: panel's "Back" (to the list of tabs on a phone) is not one.
_CLOSE_WORDS = frozenset(
    {"x", "close", "close x", "schließen", "schliessen", "schließen x", "schliessen x", "đóng", "cerrar", "fermer",
     "chiudi", "fechar", "sluiten", "stäng", "zamknij"}
)  # fmt: skip
#: The class of a control that closes the box it opens: ``close``, ``close-button``, ``btn-close``.
_CLOSE_CONTROL = re.compile(r"(?:^|[\s_\-])close(?:$|[\s_\-])", re.IGNORECASE)


def _popup_closed_first(el: lxml.html.HtmlElement) -> bool:
    """A box that opens with its own close control and then a heading is a pop-up shown on a click (shipping
    terms behind a "Versand" link), not the page: ``<div><div class="close">Schließen [X]</div><h3>Versand…`` →
    True. A box that holds the headline is never one."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < 2 or not _CLOSE_CONTROL.search(kids[0].get("class") or "") or el.find(".//h1") is not None:
        return False
    said = re.sub(r"[\W_]+", " ", clean_text(kids[0].text_content())).strip().casefold()
    return (said in _CLOSE_WORDS or "×" in kids[0].text_content()) and kids[1].tag in ("h2", "h3", "h4", "h5")


def _closed_modal(el: lxml.html.HtmlElement) -> bool:
    """A hidden box that declares itself a modal dialog (``role="dialog" aria-modal="true"``) opens over the page
    only on a click, however much it says, even a copy of the story to paste elsewhere: ``<div role="dialog"
    aria-modal="true" style="display:none"><h2>Republish this article</h2><p>…</p><h1>…</h1>…</div>`` → True."""
    return (el.get("role") or "").lower() in ("dialog", "alertdialog") and (
        el.get("aria-modal") or ""
    ).lower() == "true"


def _closed_dialog(el: lxml.html.HtmlElement) -> bool:
    """A box of class "modal" with its own close button (``data-dismiss``, ``class="close"``) is a dialog that
    opens on a click — "Author, Article and Disclosure Information" over a journal's abstract —, not the page:
    its words are not read however long they are, unless it holds the headline."""
    if _popup_closed_first(el):
        return True
    if not _DIALOG_CLASS.search(el.get("class") or "") or el.find(".//h1") is not None:
        return False
    return any(
        b.get("data-dismiss") is not None or b.get("data-bs-dismiss") is not None or "close" in _classes(b).split()
        for b in el.iter("button", "a", "span")
    )


#: The class of a form's message about a field filled in wrong: ``form-field-error``, ``invalid-feedback``.
_FORM_MESSAGE_CLASS = re.compile(r"(?:^|[\s_\-])(?:errors?|invalid|validation)(?:$|[\s_\-])", re.IGNORECASE)
#: Longer than this, an alert inside a form is text of the page (a whole page may sit in one ``<form>``).
_FORM_MESSAGE_CHARS = 300


def _form_message(el: lxml.html.HtmlElement) -> bool:
    """A form's message for a field left empty or filled in wrong, which the page shows only once the form is
    sent: ``<form><p class="form-field-error" role="alert">Bitte wähle deine Anzeigename.</p></form>`` → True."""
    if (el.get("role") or "").lower() != "alert" and not _FORM_MESSAGE_CLASS.search(el.get("class") or ""):
        return False
    if len(el.text_content()) > _FORM_MESSAGE_CHARS:
        return False
    return any(a.tag == "form" for a in el.iterancestors())


def _alternative_tab_panels(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The panels of a switcher between versions of the same text — a guide's "Python | Node.js | PHP" tabs,
    set over each of its steps with the same labels —: every panel but the one shown is another version of
    it, read only if the listener could pick that tab. A shop's "Description | Reviews" tabs, set once, are
    parts of the page and not in this set."""
    groups: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for panel in root.xpath('//*[@role="tabpanel"]'):
        parent = panel.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(panel)
    ids = {el.get("id"): el for el in root.xpath('//*[@role="tab"][@id]')}
    labelled: dict[tuple[str, ...], list[list[lxml.html.HtmlElement]]] = {}
    for panels in groups.values():
        tabs = [ids.get(p.get("aria-labelledby") or "") for p in panels]
        if len(panels) < 2 or any(t is None for t in tabs):
            continue
        labels = tuple(clean_text(t.text_content()) for t in tabs if t is not None)
        labelled.setdefault(labels, []).append(panels)
    found: set[lxml.html.HtmlElement] = set()
    for sets in labelled.values():
        if len(sets) < 2:
            continue
        for panels in sets:
            found.update(p for p in panels if p.get("hidden") is not None or _HIDDEN_STYLE.search(p.get("style") or ""))
    return found


_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "hide", "invisible", "is-hidden", "text-hide", "hide-text"})


#: schema.org properties whose value is the text of the page itself: an article's body, a recipe's steps.
_BODY_PROPS = ("articleBody", "recipeInstructions", "reviewBody")


def _holds_marked_body(el: lxml.html.HtmlElement) -> bool:
    """``el`` is or holds text the page marks as its body for machines (``itemprop="recipeInstructions"``): a
    recipe's steps in a tab the reader opens with a click are still the recipe."""
    for prop in _BODY_PROPS:
        for body in el.xpath(f"descendant-or-self::*[@itemprop='{prop}']"):
            if len(clean_text(body.text_content())) >= 80:
                return True
    return False


#: Class words of a paragraph's first letter set large ("initial-letter", "dropcap", "drop-cap", "lettrine").
_DROP_CAP = re.compile(r"(?:^|[\s_\-])(?:initial|drop-?cap|drop_cap|first-?letter|lettrine|versal)", re.IGNORECASE)


def _indents_a_table(quote: lxml.html.HtmlElement) -> bool:
    """``<blockquote><table>…</table></blockquote>``, nothing else in the quote: the quote only indents the table.
    (Engines read a quote as one paragraph and would run the table's cells together or drop them.)"""
    children = [c for c in quote if isinstance(c.tag, str)]
    outside = (quote.text or "") + "".join(c.tail or "" for c in children)
    return (
        bool(children)
        and all(c.tag in ("table", "p", "br") for c in children)
        and not outside.strip()
        and any(c.tag == "table" for c in children)
        and not any(clean_text(c.text_content()) for c in children if c.tag == "p")
    )


def _join_drop_caps(root: lxml.html.HtmlElement) -> None:
    """Close the gap after a paragraph's first letter set apart as a drop cap: ``<span class="dropcap">N</span>
    a endlich`` → "Na endlich", the space between the two elements in the source being no space on the page."""
    for el in list(root.iter("span", "b", "strong", "em", "i", "div", "p")):
        letter = el.text_content().strip()
        if len(letter) != 1 or not letter.isalpha() or not _DROP_CAP.search(el.get("class") or ""):
            continue
        outer = el
        while (parent := outer.getparent()) is not None and parent.text_content().strip() == letter:
            outer = parent
        if el.text:
            el.text = el.text.strip()
        if outer.tail and outer.tail.strip():
            outer.tail = outer.tail.lstrip()
        elif (after := outer.getnext()) is not None and not (outer.tail or "").strip():
            outer.tail = None
            while after is not None and not (after.text or "").strip() and len(after):
                after = after[0]
            if after is not None and after.text:
                after.text = after.text.lstrip()


#: A framework's own hide class, its short prefix before it ("ipsHide", "uHidden"); not "printHide" or
#: "hidePhone", which hide only in print or on one screen size.
_PREFIXED_HIDE = re.compile(r"[a-z]{1,3}(?:Hide|Hidden)")


def _hidden_class(el: lxml.html.HtmlElement) -> bool:
    """``class="ipsDrawer ipsHide"`` → ``True`` (a menu no one sees); ``class="printHide"`` → ``False``."""
    cls = el.get("class")
    if not cls:
        return False
    names = cls.split()
    return not _HIDDEN_CLASSES.isdisjoint(names) or any(_PREFIXED_HIDE.fullmatch(n) for n in names)


#: Elements that carry an anchor made from their words: headings and short inline or list elements.
_SLUG_TAGS = HEADING_TAGS | {"p", "li", "a", "span", "strong", "b", "dt"}


def _slug_of_own_text(el: lxml.html.HtmlElement) -> bool:
    """The id is an anchor made from the element's own words (``id="h-4-select-times-for-social-media"`` on the
    heading "4. Select times for social media"): its words say nothing about what the element is."""
    ident = el.get("id") or ""
    words = [w for w in re.split(r"[-_]+", ident.lower()) if w]
    if len(words) < 3 or el.tag not in _SLUG_TAGS:
        return False
    text = set(_unaccented(key(el.text_content())).split())
    return sum(w in text for w in words) >= 0.6 * len(words)


def _unaccented(text: str) -> str:
    """``"mạng xã hội"`` → ``"mang xa hoi"``: how a slug spells Vietnamese words."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def drop(el: lxml.html.HtmlElement) -> None:
    """Remove an element and its content, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


#: The class of a forum post's sign-off box: ``signature``, ``sig_text``, ``post-signature``, ``usersig``.
_SIGNATURE_CLASS = re.compile(r"(?:^|[\s_\-])(?:signature|sig|usersig)(?:$|[\s_\-])", re.I)


def _repeated_signatures(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The signature box that every post of a thread carries (a quote, the games one plays) is the poster's
    sign-off, not the post: a box of the same "signature" class found twice or more is not read. One closing
    signature of an article (``<p class="signature">Nguyễn Văn A</p>``) is found once, and stays."""
    boxes: dict[str, list[lxml.html.HtmlElement]] = {}
    for el in root.iter("div", "span", "p", "section"):
        names = el.get("class") or ""
        if _SIGNATURE_CLASS.search(names):
            boxes.setdefault(" ".join(names.split()), []).append(el)
    return [el for same in boxes.values() if len(same) >= 2 for el in same]


def _unwrap_cell_paragraphs(root: lxml.html.HtmlElement) -> None:
    """A table cell whose words sit in one paragraph is still a cell: its row is read as one line, its rank kept.
    ``<td><p>1.</p></td><td><p>Leverkusen</p></td>`` → ``<td>1.</td><td>Leverkusen</td>`` ("1. Leverkusen")."""
    for cell in list(root.iter("td", "th")):
        children = [c for c in cell if isinstance(c.tag, str)]
        alone = len(children) == 1 and not (cell.text or "").strip() and not (children[0].tail or "").strip()
        if alone and children[0].tag == "p":
            try:
                children[0].drop_tag()
            except ValueError:
                continue  # a control character the parser let through cannot be moved by lxml: the cell stays


#: What a heading's link to itself shows: a hash, a pilcrow, a section sign, a link symbol.
_PERMALINK_MARKS = frozenset({"#", "¶", "§", "🔗", "#️⃣"})


def _drop_heading_permalinks(root: lxml.html.HtmlElement) -> None:
    """The link a heading carries to its own place on the page is a symbol to copy, not a word to read:
    ``<h2 id="pricing">Pricing<a href="#pricing">#</a></h2>`` → ``<h2 id="pricing">Pricing</h2>``."""
    for a in list(root.iter("a")):
        if (
            (a.get("href") or "").startswith("#")
            and clean_text(a.text_content()) in _PERMALINK_MARKS
            and any(h.tag in HEADING_TAGS for h in list(a.iterancestors())[:3])
        ):
            drop(a)


def drop_ruby_readings(root: lxml.html.HtmlElement) -> None:
    """The reading a page prints over a kanji word (``<ruby>法律<rt>ほうりつ</rt></ruby>``) spells the word out
    for learners: the word is read once, not followed by its reading. A reading the page also gives in
    fallback parentheses (``<rp>（</rp><rt>…</rt><rp>）</rp>``) is a gloss its text prints, and stays.

    ``<h1><ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>`` → ``<h1><ruby>法律</ruby>ができる</h1>``
    """
    for ruby in list(root.iter("ruby")):
        if ruby.find(".//rp") is None:
            etree.strip_elements(ruby, "rt", with_tail=False)


#: A numbered citation mark: ``[3]``, ``[23-24]``, ``[1, 4]``.
_CITATION_MARK = re.compile(r"\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]")


#: class of the box a footnote's text pops up in when the mark is hovered (``footnote_tooltip``).
_TOOLTIP_CLASS = re.compile(r"(?:^|[\s_\-])tooltip(?:$|[\s_\-])", re.IGNORECASE)


def _drop_citation_marks(root: lxml.html.HtmlElement) -> None:
    """A reference entry marks its sources with numbered superscripts; a listener hears the sentence without them,
    and without the footnote a mark pops up on hover inside the sentence (the notes are read where listed).

    ``<p>…songs<sup class="reference"><a href="#cite_note-3">[3]</a></sup>.</p>`` → ``<p>…songs.</p>``
    """
    for tip in list(root.iter("span")):
        if _TOOLTIP_CLASS.search(tip.get("class") or "") and next(tip.iterancestors("p"), None) is not None:
            tip.drop_tree()
    for sup in list(root.iter("sup")):
        if _CITATION_MARK.fullmatch(clean_text(sup.text_content())):
            sup.drop_tree()


@dataclass
class Cleaned:
    """What cleaning learnt about the page: the opening post when the page is a forum thread."""

    opening_post: lxml.html.HtmlElement | None = None


def clean_tree(root: lxml.html.HtmlElement, profile: SiteProfile | None) -> Cleaned:
    """Remove everything that is never read, in place, and mark the captions (``data-tts-caption``)."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    _unwrap_crawler_noscript(root)
    _drop_account_forms(root)
    _drop_form_labels(root)
    _unwrap_misnested_buttons(root)
    _drop_player_labels(root)
    _drop_held_embeds(root)
    described = _page_description(root)
    for dialog in [el for el in root.iter("div", "section", "aside") if _closed_dialog(el)]:
        if dialog.getparent() is not None:  # before its close button goes with the other buttons
            drop(dialog)  # a dialog that opens on a click (author notes, a form): not on the page as it is read
    signatures = _repeated_signatures(root)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    _drop_citation_marks(root)
    _drop_heading_permalinks(root)
    _unwrap_cell_paragraphs(root)
    _lift_articles_out_of_side_boxes(root)
    _drop_deferred_embeds(root)
    _drop_embedded_posts(root)
    _join_drop_caps(root)
    for quote in root.iter("blockquote"):
        if _indents_a_table(quote):
            quote.tag = "div"  # old pages indent a table with <blockquote>: a table, not a quotation
    for quote in root.iter("q"):  # an inline quotation, part of its sentence (an engine would make it a block)
        quote.tag = "span"
    alternatives = _alternative_tab_panels(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        skip = el.get("data-tts-skip")
        if skip is not None and skip.strip().lower() != "false":
            drop(el)
        elif el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "") or _hidden_class(el):
            if el in alternatives or (not _holds_article(el) and not _holds_marked_body(el)):  # a body a tab shows
                drop(el)
            elif _closed_modal(el):
                drop(el)  # a hidden modal dialog (republishing terms, a form): long, but never on the page as read
        elif el.get("aria-hidden") == "true" and len(el.text_content()) < 200:
            drop(el)
        elif (el.get("role") or "").lower() in _POPUP_ROLES and not _holds_article(el):
            drop(el)  # a menu or dialog that opens over the page: its words are interface
        elif el.get("popover") is not None:
            drop(el)  # HTML's popover: drawn only when a click opens it (an install guide, a menu)
        elif _form_message(el):
            drop(el)  # "the password must be eight characters long": shown only when the form is sent wrong
        elif _CONSENT_BOX.search(f"{el.get('id') or ''} {el.get('class') or ''}") and _consent_dialog(el):
            drop(el)  # the cookie-consent dialog: its long paragraph must not pass for an article beside a thread
    if profile is not None:
        for css in profile.drop:
            for el in compile_selector(css)(root):
                drop(el)
    cleaned = Cleaned(opening_post=_drop_thread_replies(root, described))
    for el in signatures:  # once the thread is known by its posts, each with its signature
        if el.getparent() is not None:
            drop(el)
    _drop_comments_notice(root)
    page_text = len(root.text_content())
    opening_described = cleaned.opening_post is not None and _describes(described, cleaned.opening_post)
    for el in list(root.iter("figure", "figcaption", "table")):
        if el.getparent() is None:
            continue
        if el.tag == "table" and not _is_caption_table(el):
            continue
        if el.tag == "figure" and len(el.text_content()) > 600:
            continue  # a figure that wraps real content (a quote, a long table) is not a caption
        if el.tag == "figure" and _quotation_of_its_own(el, root):
            continue  # a quotation set in a figure of its own, with no picture to caption: read where it stands
        if _headed_slide(el):
            continue
        el.set(CAPTION_ATTR, "")
    print_view = _print_view(root, page_text)
    print_parts = _printed_parts(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        if el.tag in _INLINE_NOTICE_TAGS and new_window_notice(el.text_content()):
            drop(el)  # "saidOpens a new window that …": a link's icon text
            continue
        names = _classes(el)
        if "-" in el.tag:  # a custom element names its component: <pp-tag>, <pp-inline-teaser>
            names = f"{names} {el.tag}"
        if print_view or (el.get("class") or "") in print_parts:
            names = _PRINT_NAME.sub(" ", names)  # print-title, print-body: the article, not a print button
        names = _PHOTO_TEXT_NAME.sub(" ", _PRINT_LAYOUT.sub(" ", _NEGATED_NAME.sub(" ", names)))
        names = _TYPE_SIZE_NAME.sub(" ", names)
        if _POST_BOX_NAME.search(names):
            names = _POST_TERM_NAME.sub(" ", names)  # "hentry tag-petition": the post's tags, not a tag box
        if not names.strip():
            continue
        if _PHOTO_CREDIT_NAME.search(names) and _credits_text(clean_text(el.text_content())):
            drop(el)
            continue
        if _CATEGORY_LABEL_NAME.search(names) and len(clean_text(el.text_content())) <= _CATEGORY_LABEL_MAX_CHARS:
            drop(el)  # "<span class=category-name>Data leaks</span>" under the lead: the section, not the story
            continue
        if _SIDEBAR_NAMES & set(names.lower().split()) and not _holds_article(el):
            drop(el)  # the side column of the layout: its link boxes, badges and ads
            continue
        if (
            _ENTRY_META_NAME.search(names)
            and len(el.text_content().split()) > _ENTRY_META_SIGNATURE_WORDS
            and not _holds_article(el)
        ):
            drop(el)  # "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit …": the post's filing
            continue
        caption = bool(_CAPTION_WORDS.search(names))
        if not caption and not _WIDGET_WORDS.search(names) and not _COMMENTS_BOX.search(names):
            continue
        if el.get("id") and _slug_of_own_text(el):  # judge it by its class alone
            names = el.get("class") or ""
            caption = bool(_CAPTION_WORDS.search(names))
            if not caption and not _WIDGET_WORDS.search(names):
                continue
        if screen_reader_label(el.get("class") or "", el.text_content()):
            drop(el)  # "Headline:" before the headline, for screen readers only
            continue
        field = el.getparent()
        if (
            field is not None
            and field.tag in _LABELLED_FIELD_TAGS
            and screen_reader_field(el.get("class") or "", el.text_content(), field.text_content())
        ):
            drop(field)  # "<li><span class=sr-only>Thread starter</span> tomas</li>": who started it, not the post
            continue
        if _in_running_text(el) or (caption and _headed_slide(el)):
            continue
        if _holds_article(el) and not (_COMMENTS_BOX.search(names) and _headline_outside(el, root)):
            continue  # readers' comments longer than the article, under its headline, are still comments
        if _carries_post(el, cleaned.opening_post, page_text, opening_described):
            continue
        if el.tag in HEADING_TAGS and is_end_marker(clean_text(el.text_content())):
            continue  # "Kommentare", "Tin liên quan": kept, so that reading stops there
        if caption:
            el.set(CAPTION_ATTR, "")
            continue
        swallowed = _swallowed_body(el)
        if swallowed is not None:  # the parser left the widget open over the text: the text is kept
            el.addprevious(swallowed)
            swallowed.tail = None
        drop(el)
    _drop_link_card_tables(root)
    _drop_statistics_tables(root)
    _drop_promo_boxes(root, cleaned.opening_post)
    _drop_kicker_teaser_lists(root)
    _drop_headline_carousels(root)
    _drop_slideshows_inside_story(root)
    _mark_photo_lines(root)
    _drop_breadcrumbs(root)
    etree.strip_elements(root, *LATE_DROP_TAGS, with_tail=False)
    if cleaned.opening_post is not None and not _attached(cleaned.opening_post, root):
        cleaned.opening_post = None
    return cleaned


_BUTTON_CLASS = re.compile(r"(?:^|[\s_\-])(btn|button|cta)(?:$|[\s_\-])|btn", re.IGNORECASE)
#: A promotion box is small: a picture, a heading, a line or two and its button.
_PROMO_MAX_CHARS = 800


#: Cards side by side that make a list inside the article (a recipe round-up) rather than an advertisement.
_CARD_LIST = 3


def is_button_row(el: lxml.html.HtmlElement | None) -> bool:
    """``el`` holds links and every one is drawn as a button (``<a class="btn">Website</a><a class="btn">Call</a>``
    → True): a row of actions, never a headline naming another story. ``<h3><a>Other story</a></h3>`` → False."""
    links = list(el.iter("a")) if el is not None else []
    return bool(links) and all(_BUTTON_CLASS.search(a.get("class") or "") for a in links)


def _drop_promo_boxes(root: lxml.html.HtmlElement, opening_post: lxml.html.HtmlElement | None = None) -> None:
    """A shop or product teaser — picture, heading, a few lines and a button link ("Mehr Informationen",
    "Mua ngay") — set beside or after the article is an advertisement, not part of it.

    Three such cards or more side by side with the article's text before and after them are the article's
    own list (the recipes of a round-up, each with its "Xem công thức" button): they are read, without their
    buttons. A box that holds a forum thread's opening post is the thread (its replies are gone, so it is small
    now), never a promotion."""
    boxes: list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]] = []
    holders: dict[Any, Any] = {}  # each <article>/<main> judged: its text's length, whether it is the story
    for a in list(root.iter("a")):
        parent = a.getparent()
        if parent is None or not (
            _BUTTON_CLASS.search(a.get("class") or "")
            or (parent.tag == "div" and _BUTTON_CLASS.search(parent.get("class") or ""))
        ):
            continue  # <a class="button">, or <div class="btn"><a>…</a></div>
        if not 1 <= len(clean_text(a.text_content()).split()) <= 4:
            continue
        for box in list(a.iterancestors())[:5]:
            if box.tag in ("body", "html", "article", "main") or box.find(".//h1") is not None:
                break
            if opening_post is not None and any(a is box for a in [opening_post, *opening_post.iterancestors()]):
                break
            size = len(clean_text(box.text_content()))
            if size > _APPEAL_MAX_CHARS:
                break
            pictured = box.find(".//img") is not None and size <= _PROMO_MAX_CHARS
            if pictured and _whole_story(box, size, holders):
                break  # one page of a slideshow: its heading, picture, text and "Next" button are the story
            if pictured and any(box.find(f".//{h}") is not None for h in ("h2", "h3", "h4")):
                boxes.append((box, a))
                break
            if _appeal(box, a):
                boxes.append((box, a))
                break
    # keyed by the elements themselves: the id of a proxy lxml frees at once may be reused by the next one
    by_parent: dict[lxml.html.HtmlElement | None, list[lxml.html.HtmlElement]] = {}
    for box, _button in boxes:
        outer = _unwrapped(box)
        by_parent.setdefault(outer.getparent(), []).append(outer)
    listed = [
        box
        for run in by_parent.values()
        if len(run) >= _CARD_LIST and _between_running_text(run[0], run[-1], run)
        for box in run
    ]
    for box, button in boxes:
        if any(_unwrapped(box) is b for b in listed):
            drop(button)
        elif box.getparent() is not None:
            drop(box)


#: A box holding this share of its article's text or more is the article's text, not a box set beside it.
_WHOLE_STORY_SHARE = 0.75


def _whole_story(box: lxml.html.HtmlElement, size: int, holders: dict[Any, Any]) -> bool:
    """The box is the page's one article under its headline: it holds nearly all the text of the only
    ``<article>`` (or ``<main>``) on its level, and the page's headline comes before it — one page of a slideshow
    (a heading, a picture, two paragraphs, its "Next" button), not a promotion beside the story.
    ``<h1>…</h1><article><div><h2>…</h2><img><p>…</p><a class="btn">Next</a></div></article>`` → True."""
    holder = next(box.iterancestors("article", "main"), None)
    if holder is None:
        return False
    if holder not in holders:  # judged once per holder, the page's order once: many buttons stay linear
        alone = (
            next(holder.itersiblings(holder.tag), None) is None
            and next(holder.itersiblings(holder.tag, preceding=True), None) is None
        )  # not one card of a grid of <article>s
        holders[holder] = (len(clean_text(holder.text_content())), alone and _headline_before(holder, holders))
    chars, headlined = holders[holder]
    return headlined and size >= _WHOLE_STORY_SHARE * chars


def _headline_before(el: lxml.html.HtmlElement, memo: dict[Any, Any]) -> bool:
    """The page's first ``<h1>`` comes before ``el`` or inside it (the page's order is counted once, in ``memo``)."""
    if "order" not in memo:
        root = el.getroottree().getroot()
        memo["order"] = {x: i for i, x in enumerate(root.iter())}
        memo["h1"] = next(root.iter("h1"), None)
    h1 = memo["h1"]
    if h1 is None:
        return False
    order = memo["order"]
    return order[h1] < order[el] or any(a is el for a in h1.iterancestors())


#: A kicker before a teaser's linked headline is short: "„Über manches irritiert“:", "Neue Allianz?".
_KICKER_WORDS = 6
#: A heading over a list of teasers ("Exklusive Politik-Hintergründe – für Sie recherchiert") is short.
_TEASER_HEADING_WORDS = 10


#: A carousel shows at least this many headline slides.
_CAROUSEL_SLIDES = 3
#: A slide is a headline and a kicker or a line: this many characters at most, and no paragraph.
_SLIDE_MAX_CHARS = 160


def _drop_headline_carousels(root: lxml.html.HtmlElement) -> None:
    """Slides of other stories, each its own box holding an ``<h1>`` and at most a short line and no paragraph
    (``<div class="tNews n0"><div>Startschuss!</div><h1>Gewinnt ein Headset!</h1></div>`` × 5), are a carousel
    over the page, not its article: a page has one headline. Sections that go on in paragraphs are kept."""
    for parent in list(root.iter()):
        if not isinstance(parent.tag, str) or parent.getparent() is None:
            continue
        slides = [
            c
            for c in parent
            if isinstance(c.tag, str)
            and c.tag == "div"
            and len(c.findall(".//h1")) == 1
            and c.find(".//p") is None
            and len(clean_text(c.text_content())) <= _SLIDE_MAX_CHARS
        ]
        if len(slides) >= _CAROUSEL_SLIDES:
            for slide in slides:
                drop(slide)


#: A box the page names as a slideshow: ``type-gallery``, ``full-gallery``, ``bildergalerie``, ``slideshow``.
_SLIDESHOW_CLASS = re.compile(r"(?:^|[\s_\-])(?:[a-z]*gall?er(?:y|ie)|slideshow|diashow)(?:$|[\s_\-])", re.I)
#: A slideshow of its own holds at least this many slides that each carry a line of text.
_SLIDESHOW_SLIDES = 8
#: A slide's text, or a paragraph of the story around the slideshow: this many characters at least.
_SLIDE_TEXT_CHARS = 60


def _story_paragraph(el: lxml.html.HtmlElement) -> bool:
    return any(len(clean_text(p.text_content())) >= _SLIDE_TEXT_CHARS for p in el.iter("p"))


def _story_around(box: lxml.html.HtmlElement, levels: int = 3) -> bool:
    """The story's paragraphs stand both before and after ``box``, outside it, within ``levels`` boxes up."""
    el = box
    for _ in range(levels):
        parent = el.getparent()
        if parent is None:
            return False
        before = any(isinstance(s.tag, str) and _story_paragraph(s) for s in el.itersiblings(preceding=True))
        after = any(isinstance(s.tag, str) and _story_paragraph(s) for s in el.itersiblings())
        if before and after:
            return True
        if before or after:
            return False  # the box closes or opens the story at this level: a gallery article, not an aside
        el = parent
    return False


def _drop_slideshows_inside_story(root: lxml.html.HtmlElement) -> None:
    """A slideshow with a title of its own and many slides set between a story's paragraphs, the story going on
    after it (``<h2 class="gallery-title">Business news in pictures</h2><ul><li><h3>…</h3><p>…</p></li>`` × 50),
    shows other news: it is not read, the story around it is. A gallery that is the article — its slides the
    page's text, nothing of the story after it — is kept."""
    for box in list(root.iter()):
        if not isinstance(box.tag, str) or not _SLIDESHOW_CLASS.search(box.get("class") or ""):
            continue
        if not _attached(box, root):
            continue
        slides = [
            s
            for s in box.iter("li", "figure")
            if len(clean_text(s.text_content())) >= _SLIDE_TEXT_CHARS and s.find(".//li") is None
        ]
        own_title = any(not _within_slides(h, slides) for h in box.iter("h2", "h3", "h4"))
        if len(slides) >= _SLIDESHOW_SLIDES and own_title and _story_around(box):
            drop(box)


def _within_slides(el: lxml.html.HtmlElement, slides: list[lxml.html.HtmlElement]) -> bool:
    ancestors = set(el.iterancestors())
    return any(s in ancestors for s in slides)


def _kicker_teaser(li: lxml.html.HtmlElement) -> bool:
    """``<li><strong>Neue Allianz?</strong> <a href="…">Europäer reagieren auf Trumps Drohung</a></li>``: a bold
    kicker, then a link that is all the rest of the item."""
    kids = [c for c in li if isinstance(c.tag, str)]
    if len(kids) != 2 or kids[0].tag not in ("strong", "b") or kids[1].tag != "a" or not kids[1].get("href"):
        return False
    if clean_text(li.text or "") or clean_text(kids[0].tail or "") or clean_text(kids[1].tail or ""):
        return False
    kicker, headline = clean_text(kids[0].text_content()), clean_text(kids[1].text_content())
    return 1 <= len(kicker.split()) <= _KICKER_WORDS and len(headline.split()) >= 3


def _drop_kicker_teaser_lists(root: lxml.html.HtmlElement) -> None:
    """A list whose every item is a bold kicker and a linked headline is a box of other stories set inside the
    body ("Weitere Nachrichten"), not the article; the short heading right over it goes with it. A list whose
    items go on after their link ("<b>Nơi nộp:</b> <a>bộ phận một cửa</a> của ủy ban …") is the article's."""
    for ul in list(root.iter("ul", "ol")):
        if ul.getparent() is None:
            continue
        items = [li for li in ul if isinstance(li.tag, str)]
        if len(items) < 2 or any(li.tag != "li" or not _kicker_teaser(li) for li in items):
            continue
        heading = ul.getprevious()
        if (
            heading is not None
            and heading.tag in ("h2", "h3", "h4")
            and not clean_text(heading.tail or "")
            and len(clean_text(heading.text_content()).split()) <= _TEASER_HEADING_WORDS
        ):
            drop(heading)
        drop(ul)


#: An appeal without a picture (subscribe, donate) may run to a longer paragraph than a shop's card.
_APPEAL_MAX_CHARS = 1000
#: An appeal's heading is a short line: "2 Wochen kostenlos testen", "Links lesen, Rechts bekämpfen".
_APPEAL_HEADING_WORDS = 8
#: An appeal is its heading, at most this many paragraphs, and its button.
_APPEAL_PARAGRAPHS = 3
_HEADLINE_CLASS = re.compile(r"(?:^|[\s_\-])(?:headline|title|heading)(?:$|[\s_\-])", re.IGNORECASE)


def _appeal(box: lxml.html.HtmlElement, button: lxml.html.HtmlElement) -> bool:
    """``box`` is an appeal set after an article — a short heading (``<h3>``, a bold ``<p>``, a ``<p>`` classed as a
    headline), a paragraph or two, and a button at its end ("Jetzt bestellen", "Jetzt unterstützen"): a request
    to subscribe or give, not the article. Nothing of the box may follow the button."""
    first = next((c for c in box.iterdescendants() if isinstance(c.tag, str) and clean_text(c.text_content())), None)
    if first is None or first is button or button in first.iterdescendants():
        return False
    head = clean_text(first.text_content())
    if not 1 <= len(head.split()) <= _APPEAL_HEADING_WORDS:
        return False
    headed = (
        first.tag in ("h2", "h3", "h4")
        or (first.tag == "p" and _HEADLINE_CLASS.search(first.get("class") or "") is not None)
        or (first.tag == "p" and _bold_line(first))
    )
    if not headed:
        return False
    paragraphs = [p for p in box.iter("p") if p is not first and clean_text(p.text_content())]
    if not 1 <= len(paragraphs) <= _APPEAL_PARAGRAPHS:
        return False
    text = clean_text(box.text_content())
    return text.endswith(clean_text(button.text_content())) and _article_before(box)


#: The article an appeal follows has at least this many characters of paragraphs before it.
_TEXT_BEFORE_APPEAL = 400


def _article_before(box: lxml.html.HtmlElement) -> bool:
    """Paragraphs of running text come before ``box`` in the page: it follows an article (a notice whose only
    text is in the box, over its "Tải về" button, is the article itself)."""
    before = 0
    for p in box.getroottree().getroot().iter("p"):
        if p is box or box in p.iterancestors():
            break
        if not any(a is box for a in p.iterancestors()):
            before += len(clean_text(p.text_content()))
            if before >= _TEXT_BEFORE_APPEAL:
                return True
    return False


def _bold_line(p: lxml.html.HtmlElement) -> bool:
    """The line is set in bold: by a class ("font-weight-bold", "bold") or one <b>/<strong> holding all of it."""
    if re.search(r"bold", p.get("class") or "", re.IGNORECASE):
        return True
    strong = [c for c in p if isinstance(c.tag, str) and c.tag in ("b", "strong")]
    return len(strong) == 1 and clean_text(strong[0].text_content()) == clean_text(p.text_content())


def _unwrapped(box: lxml.html.HtmlElement, levels: int = 4) -> lxml.html.HtmlElement:
    """``box`` with the wrappers a page builder sets around each card (a wrapper whose other children are
    empty, an overlay or a spacer, or a badge of a few words over the card, or the card's picture beside its
    text), so that cards stacked one per wrapper are seen side by side.

    ``<div class="row"><div class="wrap"><div class="overlay"></div><div class="card">…`` → the ``wrap``;
    ``<div class="wrap"><span>Best overall</span><div class="card">…`` → the ``wrap`` too;
    ``<div class="card"><div><img></div><div class="text">…`` from the ``text`` → the ``card``.
    """
    for _ in range(levels):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            break
        others = [el for el in parent if el is not box and isinstance(el.tag, str)]
        if not all(_badge(el) for el in others) or sum(_picture(el) for el in others) > 1:
            break
        box = parent
    return box


#: A badge over a card names its place in the round-up in a few words: "Best overall", "Editor's choice".
_BADGE_WORDS = 4


def _picture(el: lxml.html.HtmlElement) -> bool:
    """``el`` is or holds a picture: ``<div><img src="a.jpg"></div>`` → ``True``."""
    return el.tag in ("img", "picture") or el.find(".//img") is not None


def _badge(el: lxml.html.HtmlElement) -> bool:
    """``el`` is empty or a badge of a few words and no paragraph or heading: ``<span>Best overall</span>`` →
    ``True``; ``<p>Tall column lamp</p>`` → ``False``; ``<div class="overlay"></div>`` → ``True``."""
    text = el.text_content().strip()
    if not text:
        return True
    if (
        el.tag not in ("span", "div")
        or next(el.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "li"), None) is not None
    ):
        return False
    return len(text.split()) <= _BADGE_WORDS


def _between_running_text(
    first: lxml.html.HtmlElement, last: lxml.html.HtmlElement, run: list[lxml.html.HtmlElement] = ()
) -> bool:
    """Running text (a sentence of a dozen words) comes before ``first`` and after ``last`` in the same
    article box: the cards sit in the middle of the article, not in a grid after it. Cards that each tell
    their item in running text of their own may also close the article (a round-up whose last recipe ends
    it)."""
    told = bool(run) and all(_runs(box) for box in run)
    for _ in range(3):
        before = [el for el in first.itersiblings(preceding=True) if _runs(el)]
        after = [el for el in last.itersiblings() if _runs(el)]
        if before and (after or told):
            return True
        if before or first.getparent() is None or first.getparent().tag in ("body", "html"):
            return False
        first = last = first.getparent()
    return False


def _runs(el: lxml.html.HtmlElement) -> bool:
    """``el`` is or holds a paragraph of running text."""
    if not isinstance(el.tag, str):
        return False
    for p in el.iter("p"):
        text = clean_text(p.text_content())
        if len(text.split()) >= 12 and text.endswith((".", "!", "?", "…")):
            return True
    return False


#: A box named for readers' comments, in the languages of the pages read (``id="comentarios_lectores"``); a
#: name that only ends in the word is a category's (``class="category-estallido-comentarios"``).
_COMMENTS_BOX = re.compile(
    r"(?:^|\s)(?:comments|binh-?luan|binhluan|comentarios|comentários|commentaires|kommentare|commenti|"
    r"komentarze)(?:$|[\s_\-])",
    re.IGNORECASE,
)


def _headline_outside(el: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """The page's ``<h1>`` stands outside ``el`` and none inside: what ``el`` holds is not the article itself."""
    return el.find(".//h1") is None and any(not any(a is el for a in h1.iterancestors()) for h1 in root.iter("h1"))


#: A box named for a comment (``id="comment-123_wrap"``): in a thread whose engine calls posts comments, a
#: post's message.
_COMMENT_NAME = re.compile(r"(?:^|[\s_\-])comments?(?:$|[\s_\-])", re.IGNORECASE)


#: A table of link cards has at least this many rows, each at most this long.
_CARD_ROWS = 3
_CARD_ROW_MAX_CHARS = 120


def _drop_link_card_tables(root: lxml.html.HtmlElement) -> None:
    """A table whose rows are cards of other pages — a short name over a link, every row (but a heading row)
    linked, links at least 40% of its words, no row a sentence — is a box of links, not the article, even where
    the engine keeps the names. ``<tr><td><b>366日への旅</b><br><a href="/366/">毎日の記念日</a></td></tr>`` × 5
    → removed; a table of step sentences with a link in each stays."""
    for table in list(root.iter("table")):
        if table.getparent() is None or table.find(".//table") is not None:
            continue
        rows = [tr for tr in table.iter("tr") if clean_text(tr.text_content())]
        if len(rows) < _CARD_ROWS:
            continue
        texts = [clean_text(tr.text_content()) for tr in rows]
        if any(len(t) > _CARD_ROW_MAX_CHARS or t.endswith((".", "!", "?", "…", "。")) for t in texts):
            continue
        linked_rows = sum(1 for tr in rows if tr.find(".//a") is not None)
        links = sum(len(clean_text(a.text_content())) for a in table.iter("a"))
        if linked_rows >= len(rows) - 1 and links >= 0.4 * sum(len(t) for t in texts):
            drop(table)


#: A table of statistics has at least this many rows, and at least this share of its cells are figures.
_STATISTICS_ROWS = 8
_STATISTICS_FIGURE_SHARE = 0.75
_FIGURE = re.compile(r"[+\-–−]?\d[\d.,\s ]*%?")


def _drop_statistics_tables(root: lxml.html.HtmlElement) -> None:
    """A long table whose cells are mostly bare figures (cases per region, quotes, standings) is data to look
    at, not text to hear: read cell by cell it is a string of numbers. ``<tr><td>Pune</td><td>660</td><td>41</td>
    </tr>`` × 30 → removed; a table of three rows, or one whose cells are words, stays."""
    for table in list(root.iter("table")):
        if table.getparent() is None or table.find(".//table") is not None or table.find(".//h1") is not None:
            continue
        rows = [tr for tr in table.iter("tr") if clean_text(tr.text_content())]
        if len(rows) < _STATISTICS_ROWS:
            continue
        cells = [clean_text(td.text_content()) for td in table.iter("td")]
        cells = [c for c in cells if c]
        figures = sum(1 for c in cells if _FIGURE.fullmatch(c))
        if cells and figures >= _STATISTICS_FIGURE_SHARE * len(cells):
            drop(table)


#: The label and credit around a media player are at most this long ("♪音声配信(html5)", "Nghe bài viết").
_PLAYER_LABEL_MAX_CHARS = 80
#: How far up from the player its box is looked for.
_PLAYER_BOX_LEVELS = 4


def _drop_player_labels(root: lxml.html.HtmlElement) -> None:
    """The small box around an ``<audio>`` or ``<video>`` player — its label and the reader's credit — is the
    player's interface, not the article: the nearest box above the player that holds text goes with it when
    that text is short. ``<table><tr><td>♪音声配信</td></tr><tr><td><audio …></td></tr></table>`` → removed."""
    for player in list(root.iter("audio", "video")):
        box = player.getparent()
        for _ in range(_PLAYER_BOX_LEVELS):
            if box is None or box.tag in ("body", "html", "article", "main"):
                break
            text = clean_text(box.text_content())
            if text:
                if len(text) <= _PLAYER_LABEL_MAX_CHARS and box.find(".//h1") is None and box.getparent() is not None:
                    drop(box)
                break
            box = box.getparent()


#: class/id of a comments box a script fills (``fb-comments``, ``disqus_thread``, ``comments``).
_COMMENTS_WIDGET = re.compile(r"(?:^|[\s_\-])(?:comments?|disqus)(?:$|[\s_\-])", re.IGNORECASE)
#: The notice over a comments box (rules, a disclaimer) is at most this long.
_NOTICE_MAX_CHARS = 400


def _drop_comments_notice(root: lxml.html.HtmlElement) -> None:
    """The box of short lines set just before a comments box that a script fills (empty in the page): the
    comment rules and the disclaimer over the readers' comments, not the article. A paragraph right before it
    (the body's last) stays: only a box of its own goes.
    ``<div><p>Chúng tôi hoan nghênh mọi ý kiến …</p></div><div class="fb-comments"></div>`` → the box is removed."""
    for widget in list(root.iter("div", "section", "aside")):
        if widget.getparent() is None or not _COMMENTS_WIDGET.search(_classes(widget)):
            continue
        if clean_text(widget.text_content()):
            continue
        prev = widget.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not clean_text(prev.text_content())):
            prev = prev.getprevious()
        if prev is None or prev.tag not in ("div", "section", "aside"):
            continue
        text = clean_text(prev.text_content())
        if len(text) > _NOTICE_MAX_CHARS or prev.find(".//img") is not None or prev.find(".//h1") is not None:
            continue
        drop(prev)


#: A box around the opening post the page describes, holding the post for at least this share of its text, is
#: the post's box (the thread's box, its replies gone), whatever it is named.
_MOSTLY_POST = 0.5


def _carries_post(
    el: lxml.html.HtmlElement, post: lxml.html.HtmlElement | None, page_text: int, described: bool = False
) -> bool:
    """``el`` is a forum thread's opening post, the box of posts around it (holding a good part of the page's text)
    or the post's message (most of its text), whatever its class or id says (``id="comments"``,
    ``class="js-comment-entry"``): the thread's engine names every post a comment. A small box of replies
    around a post is still comments (the article is elsewhere)."""
    if post is None:
        return False
    if el is post:
        return True
    if any(a is el for a in post.iterancestors()):  # the box of posts, or one holding little but the post
        around = len(el.text_content())
        mostly_post = described and len(post.text_content()) >= _MOSTLY_POST * around
        return around >= _THREAD_SHARE * page_text or mostly_post
    if not any(a is post for a in el.iterancestors()):
        return False
    share = len(el.text_content()) / max(1, len(post.text_content()))
    # the post's attachments, its poster's box: not its message, unless named a comment or holding most of it
    return share >= 0.3 if _COMMENT_NAME.search(_classes(el)) else share >= 0.6


def _headed_slide(el: lxml.html.HtmlElement) -> bool:
    """A figure with a heading of its own, or the caption inside one: a slide of a gallery article ("12. Scar
    From The Lion King" over a photo and the paragraphs that tell it), whose text is the article, not a
    line under a photo."""
    figure = el if el.tag == "figure" else next((a for a in el.iterancestors("figure")), None)
    if figure is None:
        return False
    return any(clean_text(h.text_content()) for h in figure.iter(*HEADING_TAGS))


def _in_running_text(el: lxml.html.HtmlElement) -> bool:
    """An inline element inside a sentence (a keyword link ``<a class="tags-link">Balkon</a>``): its words
    are part of the sentence, whatever its class says — also when it is wrapped in another inline element
    that the sentence goes on around (``an <a href=…><code class="std-keyword">async def</code></a> function``).
    """
    while el.tag not in BLOCK_TAGS:
        if (el.tail or "").strip():
            return True
        prev = el.getprevious()
        parent = el.getparent()
        before = prev.tail if prev is not None else (parent.text if parent is not None else "")
        if (before or "").strip():
            return True
        if parent is None or not isinstance(parent.tag, str) or len(parent) != 1:
            return False
        el = parent  # the element is all its wrapper holds: the wrapper's place in the sentence is its own
    return False


def without_captions(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the cleaned tree without the marked captions, for main-content detection (the tree itself
    when it has none: the engines copy what they change)."""
    if not root.xpath(f"boolean(//*[@{CAPTION_ATTR}])"):
        return root
    tree = copy.deepcopy(root)
    for el in list(tree.iter()):
        if isinstance(el.tag, str) and el.get(CAPTION_ATTR) is not None and el.getparent() is not None:
            el.drop_tree()
    return tree


def _unwrap_crawler_noscript(root: lxml.html.HtmlElement) -> None:
    """Pages built by a script serve their text to crawlers inside ``<noscript>`` (forum engines do): when a
    ``<noscript>`` holds most of the page's readable text (scripts' data aside), it is the page, and it is read."""
    body = root.find("body")
    if body is None:
        return
    boxes = [el for el in body.iter("noscript") if len(el.text_content()) >= 200]
    if not boxes:
        return
    inside = sum(len(el.text_content()) for el in boxes)
    # the engine's own data (a script's JSON, styles) is never read, so it does not count as the page's text
    unread = sum(len(el.text_content()) for el in body.iter("script", "style", "template"))
    if inside >= 2 * (len(body.text_content()) - inside - unread):
        for el in boxes:
            el.tag = "div"


#: ``id`` of one post in a thread, digits removed: ``post_1``, ``p7732260``, ``js-post-123``, ``post_message_9``,
#: ``body0`` (the message of a post in table-laid forums), ``elComment_7`` (Invision), ``pid1426420`` (mwForum).
_POST_ID = re.compile(
    r"^(?:js-?|el)?(?:post|p|pid|msg|message|comment|reply|answer|entry|edit|body)(?:-?_?(?:message|content|body))?[-_]?$",
    re.IGNORECASE,
)
#: A thread's posts hold at least this share of the page's text (before replies are removed).
_THREAD_SHARE = 0.3
_POST_HOLDERS = frozenset({"div", "article", "li", "table", "section", "tr", "tbody"})


#: The page's own description is compared with a post by its first this many characters.
_DESCRIPTION_PREFIX = 60


def _page_description(root: lxml.html.HtmlElement) -> str:
    """The page's description of itself (``<meta name="description">``, else ``og:description``), for telling
    a thread's opening post: ``<meta name="description" content="Not sure if …">`` → ``"not sure if …"``."""
    for name in ("description", "og:description"):
        for meta in root.iter("meta"):
            if (meta.get("name") or meta.get("property") or "").lower() == name:
                text = clean_text(meta.get("content") or "").lower()
                if text:
                    return text
    return ""


def _describes(described: str, post: lxml.html.HtmlElement) -> bool:
    """The page's description is the opening of the post: the page is that post's thread."""
    prefix = described[:_DESCRIPTION_PREFIX].rstrip(" .…")
    return len(prefix) >= _DESCRIPTION_PREFIX // 2 and prefix in clean_text(post.text_content()).lower()


def _link_box(el: lxml.html.HtmlElement) -> bool:
    """A box of links (teaser headlines, each a link), not a post, whatever its ``id`` says: nearly all its words
    sit inside links, and there are several of them. ``<div id="p-1005"><h3>Don't miss</h3><ul><li><a>Star
    reveals … Stunning</a></li>…</ul></div>`` → True; a post quoting one link inside its sentences → False."""
    links = [a for a in el.iter("a")]
    if len(links) < _LINK_BOX_LINKS:
        return False
    linked = sum(len(a.text_content().split()) for a in links)
    return linked >= _LINK_BOX_SHARE * len(el.text_content().split())


#: A box of links holds at least this many, and this share of its words is inside them.
_LINK_BOX_LINKS = 3
_LINK_BOX_SHARE = 0.8


def _drop_thread_replies(root: lxml.html.HtmlElement, described: str = "") -> lxml.html.HtmlElement | None:
    """A forum thread or a comment list: posts repeated side by side. The first post is the article (with the
    thread title); the others are replies, which are comments, and are removed. Returns the opening post of
    a forum thread (posts named ``post``/``message``, not a list of comments), or None.

    Posts are found by markup every forum engine writes: an ``id`` made of a post word and a number
    (``post_123``, ``p123``, ``js-post-123``) or schema.org ``Comment``; they count as a thread only when at
    least two of them sit side by side (same parent or same grandparent), and the opening post is the article
    only when the thread holds a good part of the page's text (``_THREAD_SHARE``). Posts named comments are a
    thread when they are the page's text, or when the page's description (``described``) opens the first one.
    """
    body = root.find("body")
    if body is None:
        return None
    _unwrap_contents_boxes(body)
    _drop_nested_replies(body)
    question = _drop_answers(body)
    page_text = len(body.text_content())
    groups: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
    first_post: dict[str, lxml.html.HtmlElement] = {}  # the first box of each id pattern, whatever its tag
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in _POST_HOLDERS:
            continue
        signatures = _post_signatures(el)
        if signatures and _in_side_box(el):
            continue  # the side column's cards of the blog's other posts (``li.post-123``), never read: no thread
        for signature in signatures:
            groups.setdefault((el.tag, signature), []).append(el)
            if signature.startswith("id:") and signature not in first_post and el.text_content().strip():
                first_post[signature] = el
    # every group's threads are found before any reply is removed: the posts of one thread are often named
    # twice (the post's box and its message inside), and removing one group's replies cuts the others apart
    threads = [
        (signature, thread)
        for (_tag, signature), members in groups.items()
        for thread in _side_by_side([m for m in members if len(m.text_content().strip()) >= 2 and not _link_box(m)])
    ]
    opening_posts: list[tuple[int, lxml.html.HtmlElement]] = []
    described_posts: list[tuple[int, lxml.html.HtmlElement]] = []
    for signature, thread in threads:
        opening = thread[0]
        apart = _drawn_apart(first_post.get(signature), opening)
        follows = apart or _follows_a_post(opening, signature)
        if apart:  # every other post of the pattern is a reply, those nested alone under another reply too
            thread = [m for (_t, sig), ms in groups.items() if sig == signature for m in ms]
            thread = [m for m in thread if not _related(m, first_post[signature])]
        size = sum(len(m.text_content()) for m in thread)
        if signature.startswith("class:") and size < _THREAD_SHARE * page_text:
            continue  # a few cards classed like posts: not a thread
        if not follows and ("comment" not in signature or _whole_page_thread(body, thread, signature, size, page_text)):
            opening_posts.append((size, opening))
        elif not follows and signature.startswith("id:") and _describes(described, opening):
            described_posts.append((size, opening))  # taken only when nothing else names the opening post
        for reply in thread if follows else thread[1:]:  # schema.org may mark only the replies
            if reply.getparent() is not None and not any(a is opening for a in reply.iterancestors()):
                drop(reply)
    if question is not None and _attached(question, root):
        return question
    alive = [(size, el) for size, el in opening_posts if _attached(el, root) and size >= _THREAD_SHARE * page_text]
    if not alive:
        for found in (_marked_posting(body), _named_opening_post(body), _numbered_topic(body)):
            if found is not None:
                return found
        described_posts = [(size, el) for size, el in described_posts if _attached(el, root)]
        alive = [(size, el) for size, el in described_posts if size >= _THREAD_SHARE * page_text]
        if not alive:
            return _flagged_opening_post(body)
    post = max(alive, key=lambda item: item[0])[1]
    if any(sig.startswith("class:keyed-") for sig in _post_signatures(post)):
        drop(next(c for c in post if isinstance(c.tag, str)))  # the header the key names: poster, date
    # the message inside the post (without the poster's box), when a group of posts names it too
    whole = len(post.text_content())
    for _size, inner in sorted(alive, key=lambda item: item[0]):
        if any(a is post for a in inner.iterancestors()) and len(inner.text_content()) >= 0.5 * whole:
            return inner
    return post


def _in_side_box(el: lxml.html.HtmlElement) -> bool:
    """``el`` sits in a navigation or side box (``<aside>``, ``<nav>``), which the walk never reads: the cards
    listing a blog's other posts there are no thread, however much text they hold beside a short post.
    ``<aside><ul><li class="post-12">…`` → True."""
    return any(a.tag in SKIP_IN_WALK for a in el.iterancestors())


def _drawn_apart(first: lxml.html.HtmlElement | None, opening: lxml.html.HtmlElement) -> bool:
    """The thread's opening post is drawn in a box of its own above the list of replies: the first post of
    the same ``id`` pattern in the page (``js-post-1``, perhaps another tag), a post of some length, is not
    the list's first one nor a box around it, so the whole list is replies.
    ``<div id=js-post-1>question…</div><div><article id=js-post-2>…</article>…</div>`` → True for the list."""
    if first is None or first is opening or any(a is first for a in opening.iterancestors()):
        return False
    return len(first.text_content()) >= _NESTING_POST_CHARS


def _related(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> bool:
    """``a`` is ``b``, holds it or sits in it."""
    return a is b or any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


#: Text an article must hold besides the articles nested in it before those count as its replies.
_NESTING_POST_CHARS = 200


def _drop_nested_replies(body: lxml.html.HtmlElement) -> None:
    """Replies a thread draws inside the opening post's own box: an ``<article>`` nested in an ``<article>``
    whose first class it shares is a reply to it (HTML's own meaning of nested articles), removed when the
    outer one has text of its own besides them.

    ``<article class="msg a1"><p>Question …</p><ul><li><article class="msg solved"><p>Answer …</p>``
    → the answer is removed, the question stays. A page builder's layout class, which it also puts on the
    ``<div>`` boxes inside (``<article class="el e-3"><div class="el e-4">…<article class="el e-7">``), names
    no post: its nested ``<article>`` is the body, and stays.
    """
    for outer in list(body.iter("article")):
        first = (outer.get("class") or "").split()[:1]
        if not first or outer.getparent() is None:
            continue
        nested = [a for a in outer.iterdescendants("article") if (a.get("class") or "").split()[:1] == first]
        if not nested or _layout_class(outer, first[0]):
            continue
        own = len(outer.text_content()) - sum(len(a.text_content()) for a in _outermost_of(nested))
        if own < _NESTING_POST_CHARS:
            continue
        for reply in _outermost_of(nested):
            if reply.getparent() is not None:
                drop(reply)


def _layout_class(outer: lxml.html.HtmlElement, name: str) -> bool:
    """``name`` is a page builder's class for any box, not a post's: a box of another tag among the first
    ``_LAYOUT_BOXES`` inside ``outer`` carries it too (a builder draws its boxes from the top, and a long thread is
    not walked once per post). ``<article class="el a"><div class="el b">…`` → True; ``<article class="msg"><p>…``
    → False."""
    boxes = itertools.islice(outer.iterdescendants(*_LAYOUT_BOX_TAGS), _LAYOUT_BOXES)
    return any(name in (el.get("class") or "").split() for el in boxes)


#: Boxes a page builder draws with the same class as its ``<article>`` boxes; how many of them are looked at.
_LAYOUT_BOX_TAGS = ("div", "section")
_LAYOUT_BOXES = 200


def _outermost_of(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Those of ``elements`` not inside another of them."""
    ids = {id(e) for e in elements}
    return [e for e in elements if not any(id(a) in ids for a in e.iterancestors())]


_ANSWER_PROPS = frozenset({"suggestedanswer", "acceptedanswer"})


#: A paragraph this long outside a list of comments is an article they comment on.
_ARTICLE_PARAGRAPH_WORDS = 25


def _whole_page_thread(
    body: lxml.html.HtmlElement, thread: list[lxml.html.HtmlElement], signature: str, size: int, page_text: int
) -> bool:
    """Posts named comments (``id="elComment_123"``) that are the page's text: they hold most of it and no
    paragraph of running text stands outside them — a forum thread, whose first "comment" opens it, not the
    comments under an article. Posts schema.org marks ``Comment`` are replies, whatever their share."""
    if not signature.startswith("id:") or size < 0.5 * page_text:
        return False
    members = set(thread)
    for p in body.iter("p"):
        if any(a in members for a in p.iterancestors()):
            continue
        text = clean_text(p.text_content())
        long = len(text.split()) >= _ARTICLE_PARAGRAPH_WORDS and text.endswith((".", "!", "?", "…"))
        if long and not is_page_footer_line(text):  # the page's copyright line is no article
            return False
    return True


#: ``id`` of the opening post of a thread whose replies are named apart: ``Discussion_205826`` (Vanilla),
#: ``topic-42``, ``thread_7``.
_TOPIC_ID = re.compile(r"^(?:discussion|topic|thread)[-_]?\d+$", re.IGNORECASE)


def _numbered_topic(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The thread's opening post when its ``id`` names the topic by its number and no other element's does
    (``<div id="Discussion_205826" class="ItemDiscussion">`` above a list of ``Comment_N`` replies)."""
    found = [el for el in body.iter() if isinstance(el.tag, str) and _TOPIC_ID.match(el.get("id") or "")]
    if len(found) != 1 or not found[0].text_content().strip() or _comment_box_under_story(body, found[0]):
        return None
    return found[0]


def _comment_box_under_story(body: lxml.html.HtmlElement, topic: lxml.html.HtmlElement) -> bool:
    """The numbered "discussion" is the box to comment a story in (it holds the field to write in), and the
    page's paragraphs outside it carry more text than it: the story is the article, not the box's login prompt.
    (The field itself may be gone by then; the form that held it stays.)"""
    if topic.find(".//form") is None and topic.find(".//textarea") is None:
        return False
    outside = sum(len(p.text_content()) for p in body.iter("p") if not any(a is topic for a in p.iterancestors()))
    return outside > len(topic.text_content().strip())


def _marked_posting(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The thread's opening post as schema.org names it (``itemtype=".../DiscussionForumPosting"``) when its
    replies are marked ``Comment`` and no ``id`` names the posts (vBulletin 5); None when there is none or
    more than one."""
    postings = [el for el in body.xpath(".//*[@itemtype]") if _schema_type(el) == "discussionforumposting"]
    return postings[0] if len(postings) == 1 else None


#: ``id`` a thread gives its opening post: ``main-post``, ``original-post``, ``first_post``, ``topic-post``.
_OPENING_POST_ID = re.compile(
    r"^(?:main|first|original|opening|initial|starting|topic|thread)[-_]?post$", re.IGNORECASE
)


#: A data attribute by which a forum engine flags its opening post: ``data-first-post``, ``data-ips-first-post``.
_OPENING_POST_FLAG = re.compile(r"^data-(?:[a-z]+-)?(?:first|original|opening)-?post$", re.IGNORECASE)


def _named_opening_post(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The thread's opening post when its ``id`` says so and one element only bears it
    (``<div id="main-post">Question …</div><section id="comments">…replies…</section>`` → the ``main-post``)."""
    found = [el for el in body.iter() if isinstance(el.tag, str) and _OPENING_POST_ID.match(el.get("id") or "")]
    if len(found) != 1 or not found[0].text_content().strip():
        return None
    return found[0]


def _flagged_opening_post(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The thread's opening post when a data attribute flags it and one box only (with the message inside it,
    flagged too) bears the flag: ``<article data-first-post>Question …</article><article>reply</article>`` →
    the first ``article``."""
    found = [
        el for el in body.iter() if isinstance(el.tag, str) and any(_OPENING_POST_FLAG.match(k) for k in el.attrib)
    ]
    found = _outermost_of(found)
    if len(found) != 1 or not found[0].text_content().strip():
        return None
    return found[0]


def _schema_type(el: lxml.html.HtmlElement) -> str:
    """``itemtype="https://schema.org/Answer"`` → ``"answer"``."""
    return (el.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def _drop_answers(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """A question-and-answer page (schema.org ``Question`` with its ``Answer``s): the question is the opening
    post and the answers are its replies, removed. Returns the question, or None on other pages."""
    typed = body.xpath(".//*[@itemtype]")
    question = next((el for el in typed if _schema_type(el) == "question"), None)
    if question is None:
        return None
    answers = [
        el
        for el in body.xpath(".//*[@itemtype or @itemprop]")
        if _schema_type(el) == "answer" or (el.get("itemprop") or "").lower() in _ANSWER_PROPS
    ]
    if not answers:
        return None
    for el in answers:
        if el.getparent() is not None:
            drop(el)
    return question


def _attached(el: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    return any(a is root for a in el.iterancestors())


def _follows_a_post(el: lxml.html.HtmlElement, signature: str = "") -> bool:
    """Another post comes before this one in the same list: this one is a reply already. Posts named by a class
    follow only a post of that class (bbPress prints each post's header, which holds the ``id``, before it)."""
    return any(
        isinstance(sib.tag, str)
        and (signature in _post_signatures(sib) if signature.startswith("class:") else _post_signatures(sib))
        and sib.text_content().strip()
        for sib in el.itersiblings(preceding=True)
    )


def _post_signatures(el: lxml.html.HtmlElement) -> list[str]:
    """``id:post_#`` for ``id="post_123"``; ``schema:comment`` for a schema.org Comment. Classes are not enough:
    a grid of related-article cards is ``article.post`` too."""
    out = []
    ident = el.get("id") or ""
    if re.search(r"\d", ident) and _POST_ID.match(re.sub(r"\d+", "", ident)):
        out.append("id:" + re.sub(r"\d+", "#", ident).lower())
    names = (el.get("class") or "").split()
    if any(_WP_POST_CLASS.match(name) for name in names):
        out.append("class:post-#")  # WordPress's post_class(), which bbPress gives each post of a topic
    out.extend(f"class:{name.lower()}" for name in names if _POST_ITEM_CLASS.match(name))
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if names and first is not None and _RECORD_KEY.match(first.get("id") or ""):
        out.append(f"class:keyed-{names[0].lower()}")  # a post whose header is named by the record's key
    itemtype = el.get("itemtype") or ""
    if itemtype.endswith("/Comment") or el.get("itemprop") == "comment":
        out.append("schema:comment")
    return out


_WP_POST_CLASS = re.compile(r"^post-\d+$")
#: A record's generated key, as a script framework names each post it draws (its classes being hashes):
#: a ULID ``01KB5XS8BFGPR5KXABFMBEEYXT`` or a UUID ``3f2b9c1e-7a4d-4e8b-9c1f-2d3e4f5a6b7c``.
_RECORD_KEY = re.compile(
    r"^(?:[0-7][0-9A-HJKMNP-TV-Z]{25}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)
#: ``style="display: contents"``: the box draws nothing of its own; its children are its parent's.
_CONTENTS_STYLE = re.compile(r"^\s*display\s*:\s*contents\s*;?\s*$", re.IGNORECASE)


def _unwrap_contents_boxes(body: lxml.html.HtmlElement) -> None:
    """A ``<div style="display:contents">`` around each reply of a thread draws no box (CSS): its children are
    laid out as its parent's, so they are made its parent's, and posts side by side are found side by side.
    ``<div><div style="display:contents"><p>a</p></div></div>`` → ``<div><p>a</p></div>``."""
    for el in [e for e in body.iter("div") if _CONTENTS_STYLE.match(e.get("style") or "") and not e.get("id")]:
        if el.getparent() is not None:
            el.drop_tag()


#: Class of each post's box in a thread: ``postItem``, ``forum-post``, ``post-row`` (not a bare ``post``, which
#: names a blog's teaser cards too). Posts named by class only make a thread holding ``_THREAD_SHARE`` of the page.
_POST_ITEM_CLASS = re.compile(r"^(?:forum-?post|post-?(?:item|row|box|container|wrapper|bit))$", re.IGNORECASE)


#: How far up posts laid out in their own nests of tables may meet (each post: table, row, cell, table …).
_NESTED_POST_LEVELS = 12


def _side_by_side(members: list[lxml.html.HtmlElement]) -> list[list[lxml.html.HtmlElement]]:
    """Members grouped by parent (or, when no parent has two, by grandparent), two or more per group.

    Older forum engines print each post in its own nest of layout tables: members that meet higher up count
    as one thread only when each sits in the same nest (same tags and classes all the way up), as the posts
    of one thread do and an article beside a sidebar card does not.
    """
    for up in range(1, _NESTED_POST_LEVELS + 1):
        # keyed by the holder itself, not its id: lxml frees a proxy nobody holds, and the next may get its id
        by_holder: dict[tuple[lxml.html.HtmlElement, tuple[str, ...]], list[lxml.html.HtmlElement]] = {}
        for m in members:
            holder, shape = m, []
            for _ in range(up):
                holder = holder.getparent() if holder is not None else None
                if holder is not None:
                    shape.append(f"{holder.tag}.{holder.get('class') or ''}")
            if holder is not None:
                nest = tuple(shape[:-1]) if up > 2 else ()
                by_holder.setdefault((holder, nest), []).append(m)
        threads = [g for g in by_holder.values() if len(g) >= 2]
        if threads:
            return threads
    return []


#: Items of a post header or byline that hold one labelled field.
_LABELLED_FIELD_TAGS = frozenset({"li", "dd", "dt", "span", "div", "p"})


def _labelled_rows(table: lxml.html.HtmlElement) -> bool:
    """Most rows (three at least) are a label ending in a colon and its value: ``<tr><td>■ 日時：</td><td>3月6日
    </td></tr>``."""
    rows = [tr.findall("td") for tr in table.iter("tr")]
    rows = [cells for cells in rows if len(cells) >= 2 and clean_text(cells[1].text_content())]
    labelled = sum(1 for cells in rows if clean_text(cells[0].text_content()).endswith((":", "：")))
    return labelled >= 3 and labelled * 2 > len(rows)


def _quotation_of_its_own(figure: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """A figure holding a ``<blockquote>`` and no picture, whose words the page prints nowhere else: a quotation the
    text announces ("… mit folgenden Texttafeln:"), read where it stands. A pull quote repeats a sentence of the
    body and stays marked with the captions."""
    quote = figure.find(".//blockquote")
    if quote is None or figure.find(".//img") is not None:
        return False
    said = key(" ".join(p.text_content() for p in quote.iter("p")) or quote.text_content()).split()
    opening = " ".join(said[:_QUOTE_OPENING_WORDS])  # a pull quote drops commas and skips sentences
    return bool(said) and key(root.text_content()).count(opening) <= 1


#: A pull quote opens with this many words of the body's sentence it repeats.
_QUOTE_OPENING_WORDS = 6


def _is_caption_table(table: lxml.html.HtmlElement) -> bool:
    """A small table of pictures and the short lines under them, as older CMSs write captions.

    One or two cells (picture, caption), or a grid whose cells are each a picture or a short line.
    """
    if table.find(".//img") is None and not _WIDGET_WORDS.search(_classes(table)):
        return False
    if any(len(tr.findall("th")) >= 2 for tr in table.iter("tr")):
        return False  # column headings ("Time", "Location"): a table of data that a photo illustrates
    cells = table.findall(".//td")
    text = clean_text(table.text_content())
    if len(cells) <= 3:
        return len(text) < 400
    if table.find(".//table") is not None or len(text) >= 600:
        return False
    if _labelled_rows(table):
        return False  # a table of labelled details ("Place: …") with an icon in it (a map link): text, not captions
    return all(cell.find(".//img") is not None or len(clean_text(cell.text_content()).split()) <= 30 for cell in cells)


#: class/id words of a caption box: English, Vietnamese (chú thích ảnh), German (Bildunterschrift), a picture's legend,
#: a video's description (video-desc).
_CAPTION_WORDS = re.compile(
    r"caption|(?:^|[\s_\-])(chu[-_]?thich(?:[-_]?anh)?|ghi[-_]?chu[-_]?anh|(?:bild)?unterschrift|"
    r"legende?|wp-caption-text|photo-?desc|image-?desc|img-?desc|video-?desc|(?:img|image|photo|foto)-?footer|"
    r"pie-?(?:de-?)?foto)(?:$|[\s_\-])",
    re.IGNORECASE,
)
_CENTERED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_SMALL_FONT = re.compile(r"font-size\s*:\s*(?:[0-9](?:\.\d+)?pt|1[0-2](?:\.\d+)?px|x+-small|smaller)", re.IGNORECASE)
#: A line under a photo is short: longer text next to a picture is a paragraph that the picture illustrates.
_PHOTO_LINE_MAX_WORDS = 60
_PHOTO_LINE_MAX_CHARS = 400


def _mark_photo_lines(root: lxml.html.HtmlElement) -> None:
    """Mark the line printed under (or in the same paragraph as) a picture as a caption.

    Old CMSs and Word-pasted bodies (``MsoNormal``) have no caption markup: the caption is a short centred,
    italic or small-type line — a ``<p>``, a ``<div>``, an ``<h2>`` or a table cell — right after a block that
    holds only the picture, or after the picture inside the same ``<p>``. A line that repeats the picture's
    ``alt`` text is a caption whatever its style. Step text beside a photo is plain body text and stays.
    """
    for img in list(root.iter("img")):
        if _in_caption(img):
            continue
        host = _block_of(img)
        if host is None:
            continue
        alts = {key(img.get(a) or "") for a in ("alt", "title")} - {""}
        if _text_before(host, img).strip():
            continue  # the picture sits inside running text
        if clean_text(host.text_content()):
            if _reads_as_caption(host, alts):
                host.set(CAPTION_ATTR, "")
            continue
        line = _line_after(host)
        if (
            line is not None
            and _heads_text(line)
            and not _styled_as_caption(line, len(clean_text(line.text_content())))
        ):
            continue  # a slide's heading over the text that tells it, though it repeats the picture's alt
        if line is not None and (_reads_as_caption(line, alts) or _credited_line(line)):
            line.set(CAPTION_ATTR, "")


def _heads_text(line: lxml.html.HtmlElement) -> bool:
    """A heading whose next block is a paragraph of running text (eight words or more, ending like a sentence):
    it titles that text, unless it is styled as a caption (centred, italic, small).
    ``<img alt="Schnelle Reaktion"><h2>Schnelle Reaktion</h2><div><p>Wer bei Gefahr …</p>`` → a gallery slide's
    heading, read; over a photo credit alone it is still the caption."""
    if line.tag not in HEADING_TAGS:
        return False
    nxt = line.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or not clean_text(nxt.text_content())):
        nxt = nxt.getnext()
    if nxt is None or nxt.find(".//img") is not None or nxt.tag in HEADING_TAGS:
        return False
    text = clean_text(nxt.text_content())
    return len(text.split()) >= 8 and text.endswith((".", "!", "?", "…", "。")) and not is_photo_credit(text)


#: A line under a picture and over its credit is its caption up to this long (a wire photo's caption is long).
_CREDITED_LINE_MAX_CHARS = 600


def _credited_line(line: lxml.html.HtmlElement) -> bool:
    """A heading under a picture and followed by the picture's credit alone (``<p>Photo: AFP</p>``, ``<p>Ảnh:
    TTXVN</p>``) is the caption, whatever its length. (A plain line there may be one step of a photo story whose
    credit closes it: those are judged by their style, ``_reads_as_caption``.)"""
    text = clean_text(line.text_content())
    if line.tag not in HEADING_TAGS or not text or len(text) > _CREDITED_LINE_MAX_CHARS or is_photo_credit(text):
        return False
    parent = line.getparent()
    under_pictures = [
        el
        for el in (parent if parent is not None else [])
        if el.tag == line.tag
        and (prev := el.getprevious()) is not None
        and prev.find(".//img") is not None
        and not clean_text(prev.text_content())
    ]
    if len(under_pictures) > 1:
        return False  # a photo story told in headings under its pictures: the story rules judge those
    nxt = line.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag == "br") and not (nxt.tail or "").strip():
        nxt = nxt.getnext()
    if nxt is None or not isinstance(nxt.tag, str):
        return False
    credit = clean_text(nxt.text_content())
    return bool(credit) and is_photo_credit(credit)


def _in_caption(el: lxml.html.HtmlElement) -> bool:
    return any(a.get(CAPTION_ATTR) is not None for a in el.iterancestors())


def _block_of(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return None
        if anc.tag in BLOCK_TAGS:
            return anc
    return None


def _text_before(host: lxml.html.HtmlElement, target: lxml.html.HtmlElement) -> str:
    """The text of ``host`` that comes before ``target`` in document order."""
    parts: list[str] = []
    for event, el in etree.iterwalk(host, events=("start", "end")):
        if event == "start":
            if el is target:
                break
            parts.append(el.text or "")
        elif el is not host:
            parts.append(el.tail or "")
    return "".join(parts)


def _line_after(host: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first block with text after a picture-only block: its next sibling (climbing out of wrappers that
    hold nothing else), or, in a table, the cell below it."""
    node = host
    for _ in range(3):
        sib = node.getnext()
        while sib is not None and not clean_text(sib.text_content()) and sib.find(".//img") is None:
            sib = sib.getnext()  # <br>, empty paragraphs
        if sib is not None:
            return sib if isinstance(sib.tag, str) and sib.find(".//img") is None else None
        if node.tag == "td":
            row = node.getparent()
            below = row.getnext() if row is not None else None
            if below is not None and below.tag == "tr":
                cells = below.findall("td")
                index = row.findall("td").index(node) if node in row.findall("td") else -1
                return cells[index] if 0 <= index < len(cells) else None
            return None
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or clean_text(parent.text_content()):
            return None
        node = parent
    return None


def _reads_as_caption(el: lxml.html.HtmlElement, alts: set[str]) -> bool:
    """Short, and styled like a caption (centred, italic, small type) unlike the text around it, or repeating
    the picture's alt text. On a page where every paragraph is centred, centring says nothing."""
    text = clean_text(el.text_content())
    if not text or len(text) > _PHOTO_LINE_MAX_CHARS or len(text.split()) > _PHOTO_LINE_MAX_WORDS:
        return False
    if key(text) in alts:
        return True
    if not _styled_as_caption(el, len(text)):
        return False
    body = _nearby_text_block(el)
    return body is None or not _styled_as_caption(body, len(clean_text(body.text_content())))


def _nearby_text_block(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The closest sibling block of running text (eight words or more, no picture) around ``el``, or around
    its parent when its own siblings are only pictures."""
    node: lxml.html.HtmlElement | None = el
    for _ in range(2):
        if node is None or node.tag in ("body", "html"):
            return None
        siblings = [*node.itersiblings(), *node.itersiblings(preceding=True)]
        siblings.sort(key=lambda s: abs(_index(s) - _index(node)))
        for sib in siblings[:40]:
            if not isinstance(sib.tag, str) or sib.find(".//img") is not None:
                continue
            if len(clean_text(sib.text_content()).split()) >= 8:
                return sib
        node = node.getparent()
    return None


def _index(el: lxml.html.HtmlElement) -> int:
    parent = el.getparent()
    return parent.index(el) if parent is not None else 0


def _styled_as_caption(el: lxml.html.HtmlElement, length: int) -> bool:
    """Centred, or most of its text in italics or small type (on the element or on what wraps its text)."""
    if (el.get("align") or "").lower() == "center" or _CENTERED.search(el.get("style") or ""):
        return True
    if _ITALIC.search(el.get("style") or "") or _SMALL_FONT.search(el.get("style") or ""):
        return True
    styled = 0
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        style = child.get("style") or ""
        if child.tag in ("i", "em", "small") or _ITALIC.search(style) or _SMALL_FONT.search(style):
            styled += len(clean_text(child.text_content()))
            if styled >= 0.8 * length:
                return True
    return False


_PRINT_NAME = re.compile(r"(?:^|[\s_\-])print(?:$|[\s_\-])", re.IGNORECASE)


#: A form row with at most this many words around its field is a label and its field ("Họ và tên: [ ]").
_FORM_ROW_WORDS = 8


#: A sign-up form's box may hold this much text besides the form (its headings, the terms note under it,
#: "Already registered? Log in"); a paragraph outside the fields' labels longer than the other is the page's text.
_ACCOUNT_FORM_NOTES_CHARS = 400
_FORM_PARAGRAPH_CHARS = 100


def _drop_account_forms(root: lxml.html.HtmlElement) -> None:
    """A form that asks for a password (sign up, log in) and holds no paragraph of its own outside its fields'
    labels, with the box around it that holds only its headings and notes: a registration wall set after a story
    ("Sie möchten gerne weiterlesen? Registrieren Sie sich jetzt kostenlos:" + the form + "Sie sind bereits
    registriert?"), never the article. A page wrapped whole in one form keeps its text: its paragraphs are
    outside any label. A box that says the rest is for members stays: that notice ends the article."""
    for form in list(root.iter("form")):
        if form.getparent() is None or not any((f.get("type") or "").lower() == "password" for f in form.iter("input")):
            continue
        if any(
            len(clean_text(p.text_content())) > _FORM_PARAGRAPH_CHARS and next(p.iterancestors("label"), None) is None
            for p in form.iter("p")
        ):
            continue
        box, own = form, len(clean_text(form.text_content()))
        for anc in form.iterancestors():
            if anc.tag in ("body", "html") or len(clean_text(anc.text_content())) - own > _ACCOUNT_FORM_NOTES_CHARS:
                break
            box = anc
        if any(is_paywall_notice(clean_text(el.text_content())) for el in box.iter(*HEADING_TAGS, "p")):
            continue  # "Pour lire la suite, créez votre compte": the notice ends the article where it stands
        drop(box)


def _drop_form_labels(root: lxml.html.HtmlElement) -> None:
    """The labels of a form's fields, which stay behind when the fields go: ``<label>`` elements that name a
    field, and short table rows or paragraphs that hold one (a comment form's "Họ và tên:", "Nội dung:")."""
    ticked = _checklist_boxes(root)
    ids = {box.get("id") for box in ticked if box.get("id")}
    for label in list(root.iter("label")):
        if label.getparent() is None or not (label.get("for") or label.find(".//input") is not None):
            continue
        if not (label.get("for") in ids or any(f in ticked for f in label.iter("input"))):
            drop(label)
    for field in list(root.iter("input", "textarea", "select")):
        if field.getparent() is None or (field.get("type") or "").lower() == "hidden" or field in ticked:
            continue
        row = next((a for a in field.iterancestors("tr", "p", "li", "dd", "div")), None)
        if row is not None and row.getparent() is not None and len(row.text_content().split()) <= _FORM_ROW_WORDS:
            drop(row)


#: A list with at least this many items ticked by their own box is a checklist (a recipe's ingredients).
_CHECKLIST_ITEMS = 3
#: How far above its checkbox an item of a checklist may start (``div.item > p > label > input``).
_CHECKLIST_LEVELS = 4


def _checklist_boxes(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """Every checkbox that ticks an item of a checklist: at least ``_CHECKLIST_ITEMS`` sibling items (list items
    or boxes) each holding one checkbox, outside any form, whose labels are the list's text, not a form's:
    ``<li><input type="checkbox" id="i1"><label for="i1">2 chén bột</label>`` or
    ``<div class="item"><p><label><input type="checkbox"><span>bí đỏ</span></label></p><p>400 gam</p></div>``."""
    ticked: set[lxml.html.HtmlElement] = set()
    seen: set[lxml.html.HtmlElement] = set()  # the elements themselves: an id() outlives a freed proxy
    for box in root.iter("input"):
        if (box.get("type") or "").lower() != "checkbox" or box in ticked:
            continue
        if any(a.tag == "form" for a in box.iterancestors()):
            continue
        for item in list(box.iterancestors())[:_CHECKLIST_LEVELS]:
            parent = item.getparent()
            if parent is None or parent in seen:
                break
            seen.add(parent)
            items = [c for c in parent if isinstance(c.tag, str)]
            boxes = [_checkboxes(c) for c in items]
            singles = [b[0] for b in boxes if len(b) == 1]
            if len(singles) >= _CHECKLIST_ITEMS and len(singles) >= 0.6 * len(items):
                ticked.update(singles)
                break
    return ticked


def _checkboxes(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [i for i in el.iter("input") if (i.get("type") or "").lower() == "checkbox"]


#: A part of an article's printable layout holds a sentence of at least this many words.
_PRINTED_PART_WORDS = 12


def _printed_parts(root: lxml.html.HtmlElement) -> set[str]:
    """Classes naming print that two or more boxes of running text share (``<div class="tip-print-step">`` for
    each step of a how-to): the parts of an article laid out for printing, not a print button."""
    texts: dict[str, int] = {}
    for el in root.iter("div", "section", "article", "li", "td"):
        cls = el.get("class") or ""
        if not _PRINT_NAME.search(cls):
            continue
        if any(
            len(t.split()) >= _PRINTED_PART_WORDS and t.rstrip().endswith((".", "!", "?", "…"))
            for t in (clean_text(p.text_content()) for p in (el, *el.iter("p")))
        ):
            texts[cls] = texts.get(cls, 0) + 1
    return {cls for cls, count in texts.items() if count >= 2}


def _print_view(root: lxml.html.HtmlElement, page_text: int) -> bool:
    """The page is an article's print view: a box named for printing holds most of its text
    (``<div class="print-body">`` under ``<div class="print-title">``), so "print" names the article's
    parts there, not a print button."""
    for el in root.iter("div", "td", "table", "article", "section", "main"):
        if not _PRINT_NAME.search(_classes(el)):
            continue
        if len(el.text_content()) >= 0.5 * page_text and len(el.findall(".//p")) + len(el.findall(".//br")) >= 2:
            return True
    return False


def _unwrap_misnested_buttons(root: lxml.html.HtmlElement) -> None:
    """A ``<button>`` that holds the headline or the body is markup the parser misnested (a ``<div>`` left
    open inside a menu button swallows the rest of the page): its tag goes, its content stays to be judged.

    ``<button><div>Menu</div><main><h1>T</h1>…</main></button>`` → ``<div>Menu</div><main>…</main>``
    """
    for button in list(root.iter("button")):
        if button.getparent() is not None and _holds_article(button):
            button.drop_tag()


#: class/id of the box holding a post's or an article's own text: ``message-body``, ``post-content``,
#: ``entry-content``, ``article-body``, ``story-text`` (whole words; not a teaser's ``entry-summary``).
_BODY_NAME = re.compile(
    r"(?:^|[\s_\-])(?:message|post|article|entry|story|news)[-_]?(?:body|content|text)(?:$|\s)", re.IGNORECASE
)
#: A body box swallowed by a widget holds at least this much text and this share of the widget's.
_SWALLOWED_CHARS = 200
_SWALLOWED_SHARE = 0.6


def _swallowed_body(widget: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The one post or article body inside a widget's box, holding most of its text: an element the HTML
    parser never closed (a post's header whose ``<ul>`` was commented out, leaving a bare ``<li>``) swallows
    the message after it. ``<header class="message-attribution"><li>#1</li><div class="message-content">…``
    → the ``message-content`` box; None for a widget that holds no such body, or several (a list of cards)."""
    found = _outermost_of(
        [
            el
            for el in widget.iterdescendants()
            if isinstance(el.tag, str) and (_BODY_NAME.search(_classes(el)) or el.get("itemprop") in _BODY_PROPS)
        ]
    )
    if len(found) != 1:
        return None
    text = len(found[0].text_content().strip())
    if text < _SWALLOWED_CHARS or text < _SWALLOWED_SHARE * len(widget.text_content().strip()):
        return None
    return found[0]


#: A story box inside a sidebar or menu that holds this share of the page's paragraph text, in at least this many
#: paragraphs, is the article the parser put there, not a box of the sidebar.
_LIFTED_SHARE = 0.5
_LIFTED_PARAGRAPHS = 3


def _paragraph_chars(el: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in el.iter("p"))


def _story_box(el: lxml.html.HtmlElement) -> bool:
    """``<article>``, ``<main>``, ``role="main"``, or a box named or marked as the article's text."""
    return (
        el.tag in ("article", "main")
        or (el.get("role") or "").lower() == "main"
        or bool(_BODY_NAME.search(_classes(el)))
        or el.get("itemprop") in _BODY_PROPS
    )


def _lift_articles_out_of_side_boxes(root: lxml.html.HtmlElement) -> None:
    """Move an article the HTML parser put inside a sidebar or menu (a ``<div>`` left open before ``</aside>``
    nests the story column that follows in the side box) out, just before that box: the side box stays unread,
    the story is read. ``<aside><div class="box">Most read</aside><article><p>…`` parses as
    ``<aside>…<article>…</article></aside>`` → ``<article>…</article><aside>…</aside>``. The story box must hold
    most of the page's paragraph text, so a sidebar's own teaser cards stay where they are."""
    page = _paragraph_chars(root)
    for side in list(root.iter("aside", "nav")):
        if side.getparent() is None or page == 0:
            continue
        boxes = _outermost_of([el for el in side.iterdescendants() if isinstance(el.tag, str) and _story_box(el)])
        for box in boxes:
            if len(box.findall(".//p")) < _LIFTED_PARAGRAPHS or _paragraph_chars(box) < _LIFTED_SHARE * page:
                continue
            prev, parent = box.getprevious(), box.getparent()
            if box.tail:  # the text after the box stays where it was
                if prev is not None:
                    prev.tail = (prev.tail or "") + box.tail
                else:
                    parent.text = (parent.text or "") + box.tail
                box.tail = None
            side.addprevious(box)


#: An attribute that holds an embed's own markup, kept there until the reader consents to load it.
_DEFERRED_EMBED = re.compile(r"<\s*iframe\b", re.IGNORECASE)
_DEFERRED_EMBED_MAX_CHARS = 1500


#: Where a consent module keeps an embed's markup as text until the reader agrees: a hidden ``<textarea>`` or a
#: template script. The markup names an ``<iframe>`` or the class of a social network's embedded post.
_HELD_EMBED_MARKUP = re.compile(
    r"<\s*iframe\b|class\s*=\s*[\"'][^\"']*(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|"
    r"bluesky-embed|fb-post|threads-post|mastodon-embed)",
    re.IGNORECASE,
)
_TEMPLATE_SCRIPT = re.compile(r"text/(?:template|html|x-template)", re.IGNORECASE)


def _drop_held_embeds(root: lxml.html.HtmlElement) -> None:
    """Drop the box that stands in for an embedded post while its markup waits as text in a hidden
    ``<textarea>`` (or a template script) beside a notice ("Allow Twitter", "we do not connect without your
    consent", "manage privacy settings"): the notice is interface, the post was never shown. ``<div><textarea
    hidden><blockquote class="twitter-tweet">…</textarea><h2>Allow Twitter</h2><p>We respect …</p></div>`` →
    nothing; the writer's line introducing the post stays."""
    for holder in list(root.iter("textarea", "script")):
        if holder.tag == "script" and not _TEMPLATE_SCRIPT.search(holder.get("type") or ""):
            continue
        box = holder.getparent()
        if box is None or box.tag in ("html", "body", "head") or not _HELD_EMBED_MARKUP.search(holder.text or ""):
            continue
        holder.drop_tree()
        short = len(box.text_content()) <= _DEFERRED_EMBED_MAX_CHARS
        if box.getparent() is not None and short and not _holds_article(box):
            drop(box)


def _drop_deferred_embeds(root: lxml.html.HtmlElement) -> None:
    """Drop the box that stands in for an embedded video or post until the reader consents ("two clicks"): it
    keeps the embed's ``<iframe>`` markup in an attribute and shows a notice instead (recommended content,
    personal data sent to a third party, a switch to allow it). ``<div data-embed-content="<iframe …>"><h3>
    Recommended editorial content</h3><p>I agree that …</p></div>`` → nothing."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        if not any(_DEFERRED_EMBED.search(v) for v in el.attrib.values()):
            continue
        if len(el.text_content()) <= _DEFERRED_EMBED_MAX_CHARS and not _holds_article(el):
            drop(el)


#: The classes a social network's embed code gives the quoted post it stands in for until its script loads (and
#: WordPress's card of another post of the site, a teaser: ``blockquote.wp-embedded-content``).
_EMBEDDED_POST = re.compile(
    r"(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|fb-xfbml-parse-ignore|"
    r"threads-post|mastodon-embed|wp-embedded-content)(?:\s|$)",
    re.IGNORECASE,
)


def _is_embedded_post(el: lxml.html.HtmlElement) -> bool:
    return el.tag in ("blockquote", "div") and bool(_EMBEDDED_POST.search(el.get("class") or ""))


#: A label that presents embedded posts as the story's own text is this short ("See the tweets:", "Trump's
#: tweet:"); a longer line ending in a colon is the writer's sentence pointing to a post ("Goldstein tweeted he
#: was honored to offer the benediction:"), which is read while the post it points to is not.
_POST_LABEL_WORDS = 4


def _introduced_post(post: lxml.html.HtmlElement) -> bool:
    """Whether the writer's text just before an embedded post (or before the box wrapping it) is a short label
    ending in a colon ("See the tweets:"), or the post follows another one so introduced: then the posts are what
    the story says. After a sentence ("Here's a short clip of her walking in:") the post is not read."""
    el: lxml.html.HtmlElement | None = post
    for _ in range(2):  # the post itself, then the box the embed code was pasted in
        if el is None:
            return False
        prev = el.getprevious()
        while prev is not None and (
            not isinstance(prev.tag, str)
            or prev.tag in ("script", "style", "noscript", "ins", "iframe", "br")
            or not clean_text(prev.text_content())
        ):
            prev = prev.getprevious()
        if prev is not None:
            if _is_embedded_post(prev):
                return prev.get("data-tts-introduced") is not None
            intro = clean_text(prev.text_content())
            return intro.endswith((":", "：")) and len(intro.split()) <= _POST_LABEL_WORDS
        el = el.getparent()
    return False


def _drop_embedded_posts(root: lxml.html.HtmlElement) -> None:
    """Drop a post quoted from a social network in the embed code the network hands out: the story reads on
    around it, and the post (its author's handle, a pic link, its date) is not the writer's text — unless the
    writer introduces it with a colon. ``<blockquote class="twitter-tweet"><p>Wow! …</p>— A. (@a) 5 November
    2023</blockquote>`` → nothing; after ``<p>See tweets:</p>`` it is read."""
    for el in list(root.iter("blockquote", "div")):
        if el.getparent() is None or not _is_embedded_post(el):
            continue
        if _introduced_post(el):
            el.set("data-tts-introduced", "")
        elif len(el.text_content()) <= _DEFERRED_EMBED_MAX_CHARS and not _holds_article(el):
            drop(el)


def _holds_article(el: lxml.html.HtmlElement) -> bool:
    """Guard for class-name rules: never drop a container that holds the headline or a lot of text, nor the
    headline itself when print is all its class names say (``<h1 class="black-print">`` is styled for print,
    not a print button; ``<h1 class="portlet-title">`` is a widget's heading)."""
    if el.tag == "h1" and not _WIDGET_WORDS.search(_PRINT_NAME.sub(" ", _classes(el))):
        return True
    if el.find(".//h1") is not None:
        return True
    # one <p> of lines parted by <br><br> holds as many paragraphs as it has breaks
    breaks = sum(
        1
        for br in el.iter("br")
        if (br.getnext() is not None and br.getnext().tag == "br") and not (br.tail or "").strip()
    )
    paragraphs = len(el.findall(".//p")) + breaks
    return paragraphs >= 4 and len(el.text_content()) > 1500


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
    linked: bool = False  # all of it inside links: a related link or a menu item, not prose
    caption: bool = False  # inside a caption (figcaption, the line under a photo)


def walk_blocks(elements: Iterable[lxml.html.HtmlElement]) -> list[RawBlock]:
    """Turn sub-trees into blocks in document order: headings, list items, quotes, paragraphs.

    ``<h2>A</h2><p>B<br>C.</p><ul><li>D</li></ul>`` → heading "A", paragraph "B C.", list_item "D".
    A ``<br>`` after a full stop, or two in a row, starts a new paragraph (old portals write paragraphs
    with line breaks). A caption (``data-tts-caption``) is always a block of its own, flagged ``caption``.
    """
    out: list[RawBlock] = []
    for el in elements:
        _Walker(out).walk(el, "paragraph", _in_caption(el) or el.get(CAPTION_ATTR) is not None)
    return out


#: A cell of a row read as one line holds at most this many words, a row at most this many cells.
_SHORT_CELL_WORDS = 6
_ROW_MAX_CELLS = 6


#: The first cell of a two-cell row that labels the second however long it is: a time, a date, a step number.
_LABEL_CELL_WORDS = 2


def _has_text(el: lxml.html.HtmlElement) -> bool:
    """Whether an element holds words (a paragraph holding only a picture does not)."""
    return bool(clean_text("".join(el.itertext())))


def _short_cells_row(tr: lxml.html.HtmlElement) -> bool:
    """A table row of two to six short cells of text, one at least not a link: a quantity and its ingredient
    (maybe linked to a glossary), a label and its values, heard as one line; also a short label (a time, a
    date) and the sentence it labels. A paragraph holding only a picture does not part the row.
    ``<tr><td>125 g</td><td>Mehl</td></tr>`` → "125 g Mehl"; a row of links only stays a row of links;
    ``<tr><td>8:10 AM</td><td>Leaves her house and reads by the bridge.</td></tr>`` → one line."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if not 2 <= len(cells) <= _ROW_MAX_CELLS or any(isinstance(c.tag, str) and c.tag not in ("td", "th") for c in tr):
        return False
    plain = False
    label_and_sentence = len(cells) == 2 and len("".join(cells[0].itertext()).split()) <= _LABEL_CELL_WORDS
    for i, cell in enumerate(cells):
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS and _has_text(d) for d in cell.iterdescendants()):
            return False
        text = "".join(cell.itertext())
        if len(text.split()) > _SHORT_CELL_WORDS and not (label_and_sentence and i == 1):
            return False
        linked = "".join(t for a in cell.iter("a") for t in a.itertext())
        plain = plain or len(text.strip()) > len(linked.strip())
    return plain


#: A table of records has at least this many rows, each of the same number of cells, within these bounds; a cell
#: of it holds at most this many words.
_RECORD_ROWS = 5
_RECORD_CELLS = (3, 10)
_RECORD_CELL_WORDS = 150


def _record_table(table: lxml.html.HtmlElement) -> bool:
    """A table of records: ``_RECORD_ROWS`` rows or more with the same number of plain cells each (no table, no
    paragraph or box of text inside a cell), a catalogue's number, owner, description, technique, size and year:
    each row is one item, heard as one line however long its description. A layout table (boxes in its cells)
    and a table whose rows differ are not."""
    if table.find(".//table") is not None:
        return False
    rows = [tr for tr in table.iter("tr") if _has_text(tr)]
    if len(rows) < _RECORD_ROWS:
        return False
    widths = set()
    for tr in rows:
        cells = [c for c in tr if isinstance(c.tag, str)]
        if any(c.tag not in ("td", "th") for c in cells):
            return False
        widths.add(len(cells))
        for cell in cells:
            if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS and _has_text(d) for d in cell.iterdescendants()):
                return False
            if len("".join(cell.itertext()).split()) > _RECORD_CELL_WORDS:
                return False
    low, high = _RECORD_CELLS
    return len(widths) == 1 and low <= widths.pop() <= high


#: Marks set between links in a row of them ("ひらがな ←→ English", "Home | News"): not words of the line.
_LINK_SEPARATORS = frozenset("←→↔⇄|¦·•/\\–—")


def _letters(text: str) -> int:
    """How many characters of ``text`` count as its words, separators between links and spaces left out:
    ``_letters("　←→　")`` → 0, ``_letters("#1: ")`` → 3."""
    return sum(1 for c in text if not c.isspace() and c not in _LINK_SEPARATORS)


class _Walker:
    def __init__(self, out: list[RawBlock]) -> None:
        self.out = out
        self.parts: list[tuple[str, bool, bool]] = []  # (text, in a link, in bold)
        self.owner: lxml.html.HtmlElement | None = None
        self.kind = "paragraph"
        self.caption = False
        self.bold_depth = 0
        self.link_depth = 0
        self.pre_depth = 0
        self.row_depth = 0  # inside a row of short cells read as one line
        self.record_tables: dict[lxml.html.HtmlElement, bool] = {}  # each table judged once (a page has many rows)

    def _record_row(self, tr: lxml.html.HtmlElement) -> bool:
        """A row of a table of records (``_record_table``), judged once per table."""
        table = next(tr.iterancestors("table"), None)
        if table is None:
            return False
        if table not in self.record_tables:
            self.record_tables[table] = _record_table(table)
        return self.record_tables[table]

    def flush(self) -> None:
        if not self.parts:
            return
        parts, self.parts = self.parts, []
        if len(parts) == 1 and "\n" not in parts[0][0]:  # the common case: one text run, one line
            text, linked, bold = parts[0]
            text = collapse(text)
            if text:
                self.out.append(RawBlock(self.kind, text, self.owner, bold, linked, self.caption))
            return
        line: list[tuple[str, bool, bool]] = []
        lines: list[list[tuple[str, bool, bool]]] = [line]
        for text, linked, bold in parts:
            pieces = text.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    line = []
                    lines.append(line)
                line.append((piece, linked, bold))
        current: list[list[tuple[str, bool, bool]]] = []
        for segs in lines:
            if not collapse("".join(t for t, _, _ in segs)):
                if current:
                    self._emit(current)
                    current = []
                continue
            current.append(segs)
            if collapse("".join(t for t, _, _ in segs)).endswith(_SENTENCE_END):
                self._emit(current)
                current = []
        if current:
            self._emit(current)

    def _emit(self, lines: list[list[tuple[str, bool, bool]]]) -> None:
        text = " ".join(collapse("".join(t for t, _, _ in segs)) for segs in lines)
        text = collapse(text)
        if not text:
            return
        plain = linked = chars = 0
        for segs in lines:
            for t, in_link, in_bold in segs:
                plain += 0 if in_bold else len(t.strip())
                n = _letters(t)  # the separators between links ("←→", "|", "·") are not words of their own
                linked += n if in_link else 0
                chars += n
        self.out.append(
            RawBlock(self.kind, text, self.owner, plain == 0, chars > 0 and linked >= 0.9 * chars, self.caption)
        )

    def _add(self, text: str) -> None:
        if (self.kind == "list_item" or self.row_depth) and not self.pre_depth:
            # a list item's line breaks in the source are spaces ("1 Pck." and "Vanillepuddingpulver" printed
            # in two boxes of one item, or in two cells of a row read as one line); <br> still breaks its lines
            text = text.replace("\r", " ").replace("\n", " ")
        self.parts.append((text, self.link_depth > 0, self.bold_depth > 0))

    def walk(self, el: lxml.html.HtmlElement, kind: str, caption: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_IN_WALK:
            return
        if tag == "br":
            self.parts.append(("\n", self.link_depth > 0, self.bold_depth > 0))
            return
        starts_caption = bool(tag) and not caption and el.get(CAPTION_ATTR) is not None
        caption = caption or starts_caption
        if self.row_depth and tag in ("td", "th"):
            self._add(" ")  # a cell of a row read as one line: "125 g" "Mehl" → "125 g Mehl"
        is_block = (tag in BLOCK_TAGS and not (self.row_depth and tag in ("td", "th"))) or starts_caption
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
            saved = (self.owner, self.kind, self.caption)
            self.owner, self.kind, self.caption = el, kind, caption
        bold = tag in ("b", "strong")
        link = tag == "a"
        pre = tag == "pre"
        self.bold_depth += bold
        self.link_depth += link
        self.pre_depth += pre
        row = tag == "tr" and (_short_cells_row(el) or self._record_row(el))
        self.row_depth += row
        if el.text:
            self._add(el.text)
        for child in el:
            self.walk(child, kind, caption)
            if child.tail:
                self._add(child.tail)
        self.bold_depth -= bold
        self.link_depth -= link
        self.pre_depth -= pre
        self.row_depth -= row
        if is_block:
            self.flush()
            self.owner, self.kind, self.caption = saved
