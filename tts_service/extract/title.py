"""The headline: from the profile, the page's ``<h1>``, ``og:title`` or ``<title>`` without the site name.

Read before cleaning (cleaning removes ``<head>``). An ``<h1>`` that is a widget or logo title (Liferay's
``portlet-title``, a site logo) is not a headline.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html

from tts_service.extract.heuristics import clean_text, is_ui_string, key, screen_reader_label
from tts_service.extract.profiles import SiteProfile, compile_selector

_NOT_HEADLINE = re.compile(r"portlet-title|logo|brand|site-?name|site-?title|navbar|menu", re.IGNORECASE)
#: " - ", " | ", " :: " … between the headline and the site name; Chinese, Japanese and Korean titles join them
#: without spaces: "武汉的声音：有英勇的你！-新华网".
_CJK = "\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_TITLE_SEPARATORS = re.compile(rf"\s+(?:[-|–—:»]|::)\s+|(?<=[{_CJK}])\s*[-_|]\s*(?=[{_CJK}])")


def _visible_text(el: lxml.html.HtmlElement) -> str:
    """The text of an element without the CSS or script set inside it (CSS-in-JS pages put ``<style>`` in an
    ``<h1>``): ``<h1><style>.a{}</style>Tiêu đề</h1>`` → ``"Tiêu đề"``."""
    return clean_text("".join(_raw_text(el)))


def _raw_text(el: lxml.html.HtmlElement) -> list[str]:
    parts = [el.text or ""]
    for child in el:
        if child.tag == "br":
            parts.append(" ")  # two lines of a headline are two runs of words, not one
        elif (
            isinstance(child.tag, str)
            and child.tag not in _NOT_TEXT
            and not screen_reader_label(child.get("class") or "", child.text_content())
        ):  # "Headline:" for screen readers is no word of the headline
            parts.extend(_raw_text(child))
        parts.append(child.tail or "")
    return parts


_NOT_TEXT = frozenset({"style", "script", "noscript", "template"})


def _words(text: str) -> set[str]:
    return set(key(text).split())


def _meta(root: lxml.html.HtmlElement, *names: str) -> str:
    for name in names:
        for el in root.iter("meta"):
            if (el.get("property") or el.get("name") or "").lower() == name:
                value = clean_text(el.get("content") or "")
                if value:
                    return value
    return ""


#: A site name set in angle or lenticular brackets after the headline: "欲張りなイヌ　＜福娘童話集＞",
#: "タイトル【公式】". (《》 marks a work's title and « » a quote: those belong to the headline.)
_BRACKETED_SITE = re.compile(r"^(?P<head>.*\S)\s*(?:＜[^＜＞]{2,60}＞|〈[^〈〉]{2,60}〉|【[^【】]{2,60}】)\s*$")


def strip_site_name(title: str, site_name: str = "") -> str:
    """``strip_site_name("Phòng Thanh tra - Sở Thông Tin Và Truyền Thông")`` → ``"Phòng Thanh tra"``.

    The site name is the part equal to ``og:site_name`` if known, else the shorter end part of the title, or
    a bracketed end part: ``"欲張りなイヌ　＜福娘童話集＞"`` → ``"欲張りなイヌ"``. When the site is named and no part
    is its name, the title is whole: ``strip_site_name("Trong phòng sinh: – Thật khó tin", "Tin Nhanh")`` → unchanged.
    """
    bracketed = _BRACKETED_SITE.match(title)
    if bracketed:
        title = bracketed.group("head")
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site_name:
        kept = [p for p in parts if key(p) != key(site_name)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
        site = key(site_name)
        if site and not any(site in key(p) or key(p) in site for p in parts if key(p)):
            return title  # the site is named and no part is its name: the dash is the headline's own
    first, last = parts[0], parts[-1]
    if len(last) < len(first) or len(parts) > 2:
        return " - ".join(parts[:-1])
    return " - ".join(parts[1:])


def page_title_candidates(root: lxml.html.HtmlElement, profile: SiteProfile | None) -> tuple[str, str]:
    """(headline from the body, headline from metadata) — either may be empty.

    The body headline comes from a profile ``title`` selector or the best ``<h1>``; the metadata one from
    ``og:title``/``twitter:title`` or ``<title>`` without the site name.
    """
    if profile is not None:
        for css in profile.title:
            for el in compile_selector(css)(root):
                text = clean_text(el.text_content())
                if text:
                    return text, ""
    site = _meta(root, "og:site_name", "application-name")
    meta_title = _meta(root, "og:title", "twitter:title")
    el = root.find(".//title")
    page_title = clean_text(el.text_content()) if el is not None else ""
    if not meta_title or _cut_at_quote(meta_title, page_title):
        meta_title = page_title
    site_names = {key(site)} if site else set()
    if meta_title:
        full = meta_title
        meta_title = _headline_part(root, full) or strip_site_name(full, site)
        stripped = {key(p) for p in _TITLE_SEPARATORS.split(full)} - {key(meta_title), ""}
        site_names |= {k for k in stripped if k not in key(meta_title)}
    best, best_score, best_el = "", -1.0, None
    meta_words = _words(meta_title)
    whole_title = full if meta_title else ""  # before the site name was taken off
    for h1 in root.iter("h1"):
        if _NOT_HEADLINE.search(f"{h1.get('class') or ''} {h1.get('id') or ''}"):
            continue
        if _is_logo(h1):
            continue
        if _in_banner(h1) and not (
            _same_words(_visible_text(h1), meta_title)
            or _same_words(_visible_text(h1), whole_title)
            or _names_the_page(_visible_text(h1), meta_title, site_names)
        ):
            continue  # a portal's name in its banner; a forum prints the thread title in its header bar
        text = _visible_text(h1)
        if not text or len(text) > 300 or is_ui_string(text) or key(text) in site_names:
            continue  # portals print their own name in an <h1> in the banner
        words = _words(text)
        score = len(words & meta_words) / max(1, len(words)) if meta_words else 0.0
        if score > best_score:
            best, best_score, best_el = text, score, h1
    if best_el is not None and _is_trail_ending_with(best_el, meta_title):
        return meta_title, meta_title
    tail = best[len(meta_title) :]
    if meta_title and _SITE_AFTER.match(tail) and best.startswith(meta_title) and not _section_heading(root, tail):
        best = meta_title  # "Tiêu đề | Cổng thông tin": the <h1> repeats the page's <title> with the site's name
    if best_el is not None:
        best = _without_byline_line(best_el, _without_kicker(best_el, best, meta_title), meta_title)
    if meta_title and best_score <= _H1_AGREES:
        # no <h1> (or only a section name or the portal's name in one, at most half of its words in the title)
        # while the page prints its title elsewhere
        best = _title_heading(root, meta_title) or best
    if not best and key(meta_title) in _GENERIC_TITLES:
        best = _named_headline(root)
    return best, meta_title


def _cut_at_quote(meta_title: str, page_title: str) -> bool:
    """An ``og:title`` the publisher cut at the first quote mark it left unescaped in the attribute:
    ``content="Senador califica a Biden de "incapacitado""`` reads "Senador califica a Biden de", which the
    ``<title>`` goes on from with the quote. ``_cut_at_quote("A de", 'A de "x"')`` → True."""
    return page_title.startswith(meta_title) and page_title[len(meta_title) :].lstrip()[:1] == '"'


#: The site's name after the headline: " | Umweltamt", " - Báo X" (short, after a separator).
_SITE_AFTER = re.compile(r"^\s+(?:[-|–—»]|::)\s+\S.{0,40}$")


def _section_heading(root: lxml.html.HtmlElement, tail: str) -> bool:
    """The part after the headline's dash (`` – das erwarten wir``) is printed as a heading of the article
    (``<h2>Das erwarten wir</h2>``): a part of the headline that a section takes up again, not the site's name.
    A part after a bar (`` | Umweltamt``), or a heading in the page's banner, menu or footer, names the site."""
    wanted = key(tail)
    if not wanted or tail.strip()[:1] not in _DASHES:
        return False
    return any(
        key(el.text_content()) == wanted and not any(_CHROME.search(f"{a.tag} {_names(a)}") for a in el.iterancestors())
        for el in root.iter("h2", "h3", "h4", "h5", "h6")
    )


_DASHES = ("-", "–", "—")
_CHROME = re.compile(r"(?:^|[\s_\-])(?:footer|header|nav|aside|banner|menu)(?:$|[\s_\-])", re.IGNORECASE)


def _names(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _without_kicker(h1: lxml.html.HtmlElement, text: str, meta_title: str) -> str:
    """The headline without a kicker set inside its ``<h1>`` in an element of its own, when the page title is
    the rest or the kicker ends in a colon set in an element of its own (``_colon_apart``):
    ``<h1><em>Gedenktag </em>Erinnerung an die Opfer</h1>`` under the title "Erinnerung an die Opfer" →
    ``"Erinnerung an die Opfer"``;
    ``<h1><span>Medienmitteilung der Direktion <span class="sr-only">:</span></span>Impfen bis Ende Februar</h1>``
    → ``"Impfen bis Ende Februar"``."""
    first = next((c for c in h1 if not isinstance(c.tag, str) or c.tag not in _NOT_TEXT), None)
    if first is None or (h1.text or "").strip() or not isinstance(first.tag, str):
        return text
    prefix = _prefix_label(first)
    if prefix is not None:
        label = _visible_text(prefix)
        rest = clean_text(text[len(label) :]) if label and text.startswith(label) else ""
        if len(rest.split()) >= 3:
            return rest
    kicker = _visible_text(first)
    rest = clean_text(text[len(kicker) :]) if text.startswith(kicker) else ""
    if not kicker or not rest:
        return text
    if (meta_title and key(rest) == key(meta_title)) or (_colon_apart(first) and len(rest.split()) >= 3):
        return rest
    return text


#: A last line of the headline this short (in characters) may be its writer's name and role.
_BYLINE_LINE_CHARS = 40


def _without_byline_line(h1: lxml.html.HtmlElement, text: str, meta_title: str) -> str:
    """The headline without a short last line set after a ``<br>`` that the page title does not hold, when the
    page title holds the rest: the writer's name and role printed inside the ``<h1>``.
    ``<h1><span>Tiêu đề</span><br><span>Biên tập viên Nguyễn Văn An</span></h1>`` under the title
    "Tiêu đề (ảnh Reuters)" → ``"Tiêu đề"``; a second line the title also holds stays."""
    breaks = [i for i, c in enumerate(h1) if c.tag == "br"]
    if not breaks or not meta_title:
        return text
    tail = "".join(
        [h1[breaks[-1]].tail or "", *(t for c in h1[breaks[-1] + 1 :] for t in (*_raw_text(c), c.tail or ""))]
    )
    tail = clean_text(tail)
    if not tail or len(tail) > _BYLINE_LINE_CHARS or not text.endswith(tail):
        return text
    head = clean_text(text[: -len(tail)])
    title = key(meta_title)
    if head and key(head) in title and key(tail) not in title:
        return head
    return text


#: class word of a thread's prefix badge printed before its title (``<span class="label label--blue">``).
_PREFIX_LABEL = re.compile(r"(?:^|[\s_\-])(?:label|prefix|badge)(?:$|[\s_\-])", re.IGNORECASE)


def _prefix_label(first: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The badge opening a headline, maybe inside its first element (the link round a forum thread's title):
    ``<h1><a><span class="label">Patch Notes</span>Patchnotes 4.47.4 …</a></h1>`` → the ``<span>``."""
    node = first
    for _ in range(3):
        if _PREFIX_LABEL.search(node.get("class") or ""):
            return node
        if (node.text or "").strip():
            return None
        child = next((c for c in node if isinstance(c.tag, str) and c.tag not in _NOT_TEXT), None)
        if child is None:
            return None
        node = child
    return None


def _colon_apart(kicker: lxml.html.HtmlElement) -> bool:
    """The kicker ends in a colon of its own element, there for screen readers: sighted readers see the kicker on
    a line of its own. A coloured lead-in ending in a plain colon (``<span>Police caught 2:</span>…``) is part
    of the headline."""
    last = next((c for c in reversed(kicker) if isinstance(c.tag, str) and c.tag not in _NOT_TEXT), None)
    return last is not None and _visible_text(last) == ":" and not (last.tail or "").strip()


#: Share of an ``<h1>``'s words found in the page title for the two to name the same article.
_H1_AGREES = 0.5
#: Page titles that name the kind of page, not the article: the headline is then read from the body.
_GENERIC_TITLES = frozenset(
    key(t)
    for t in (
        "chi tiết tin", "chi tiết tin tức", "chi tiết bài viết", "chi tiết", "tin tức", "tin chi tiết",
        "xem tin", "nội dung tin", "tin tức sự kiện", "bài viết", "in bài viết", "bản in", "trang in",
    )
)  # fmt: skip
_HEADLINE_NAME = re.compile(r"(?:^|[\s_\-])(title|tit|tieude|tieu-de|headline|news-?title)(?:$|[\s_\-])", re.IGNORECASE)


def _named_headline(root: lxml.html.HtmlElement) -> str:
    """The first short line in the body whose class calls it the title (``<div class="tieude">``), outside the
    banner and links, for a page whose ``<title>`` only says "Chi tiết tin tức"."""
    body = root.find("body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag == "a" or el.find(".//a") is not None:
            continue
        if not _HEADLINE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}") or _in_banner(el):
            continue
        text = clean_text(el.text_content())
        if 3 <= len(text.split()) <= 40 and not is_ui_string(text):
            return text
    return ""


def _headline_part(root: lxml.html.HtmlElement, full: str) -> str:
    """The part of a ``<title>`` that a heading of the page prints: the headline, however long the site name
    beside it (``"Ba món ngon xứ Huế - Cổng thông tin điện tử tỉnh"`` over ``<h1>Ba món ngon xứ Huế</h1>``)."""
    parts = {key(p): p.strip() for p in _TITLE_SEPARATORS.split(full) if key(p)}
    if len(parts) < 2:
        return ""
    if any(key(_visible_text(h1)) == key(full) and not _in_banner(h1) for h1 in root.iter("h1")):
        return ""  # the <h1> prints the whole title: a part printed by a heading below is a section's heading
    named = set()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag not in ("h1", "h2") and not (
            el.tag in ("div", "p")
            and _HEADLINE_NAME.search(names)
            and "crumb" not in names.lower()
            and not any(a.tag in ("a", "nav") for a in el.iterancestors())
        ):
            continue  # a heading, or a box whose class calls it the title ("l_tit" on a page with no <h1>)
        if _in_banner(el) or _is_logo(el) or _NOT_HEADLINE.search(names):
            continue
        part = parts.get(key(el.text_content()))
        if part and (
            len(part.split()) >= 3 or (" " not in part.strip() and len(part.strip()) >= 8 and _CJK_CHAR.search(part))
        ):
            named.add(part)  # three words, or a line of eight characters in a script written without spaces (one
            # long word in a script with spaces, "Neuigkeiten" in an <h1> over the story, is a section's name)
    return named.pop() if len(named) == 1 else ""  # both parts printed: the usual rule decides


def _title_heading(root: lxml.html.HtmlElement, meta_title: str) -> str:
    """A page without a headline ``<h1>`` (a forum prints its own name there) that prints its title in an
    ``<h2>`` or ``<h3>`` (a thread's title), or alone in some other element outside the banner and links: that
    is the headline."""
    wanted = key(meta_title)
    if len(wanted.split()) < 3:
        return ""
    for el in root.iter("h2", "h3"):
        text = clean_text(el.text_content())
        if key(text) == wanted and not _in_banner(el):
            return text
    body = root.find("body")
    for el in body.iter() if body is not None else ():
        # the title printed on its own in the body (a forum's table head: ``<td><strong>Title</strong></td>``)
        named = isinstance(el.tag, str) and el.tag not in ("a", "option") and el.text and key(el.text) == wanted
        if (named or _titled_link(el, wanted)) and not _in_banner(el):
            return clean_text(el.text)
    return ""


def _titled_link(el: lxml.html.HtmlElement, wanted: str) -> bool:
    """A link printing the page's title inside a box its class calls the title: a thread's title set as a link
    to the thread (``<td class="title"><span><a href="item?id=42">Ask: …</a></span></td>``), not a menu's link."""
    if el.tag != "a" or not el.text or key(el.text) != wanted:
        return False
    boxes = [el, *list(el.iterancestors())[:2]]
    return any(_HEADLINE_NAME.search(f"{b.get('class') or ''} {b.get('id') or ''}") for b in boxes)


def _is_trail_ending_with(h1: lxml.html.HtmlElement, meta_title: str) -> bool:
    """The ``<h1>`` is a breadcrumb trail (links to sections) ending with the page's title: the page is named by
    its last crumb. ``<h1><a>Diễn đàn</a> <a>Phần cứng</a> Máy tính tự khởi động lại</h1>``."""
    crumb, trail = key(meta_title), key(h1.text_content())
    if len(crumb.split()) < 3 or trail == crumb or not trail.endswith(" " + crumb):
        return False
    links = [key(a.text_content()) for a in h1.iter("a")]
    before = trail[: -len(crumb)].split()
    return len([k for k in links if k and k not in crumb]) >= 2 and all(
        any(w in k.split() for k in links) for w in before
    )


def _names_the_page(text: str, meta_title: str, site_names: set[str]) -> bool:
    """A short headline in the page's header that is the page title, word for word, and not the site's name:
    ``<header class="page-header"><h1>Directory jumpers</h1>`` under "Directory jumpers - myblog"."""
    return bool(meta_title) and key(text) == key(meta_title) and key(meta_title) not in site_names


def _same_words(text: str, meta_title: str) -> bool:
    """Most of the words of ``text`` are the page title's: ``<h1>`` and ``<title>`` name the same thing."""
    words, meta = _words(text), _words(meta_title)
    return bool(words) and len(words) >= 3 and len(words & meta) >= 0.8 * len(words)


_BANNER = re.compile(r"(?:^|[\s_\-])(header|banner|masthead|top-?bar|logo|brand)(?:$|[\s_\-])", re.IGNORECASE)


#: class words of the header box of the story itself, not of the page: "article-hero__header", "entry-header".
_OWN_HEADER = re.compile(r"(?:^|[\s_\-])(?:article|entry|post|story)(?:$|[\s_\-])", re.IGNORECASE)


def _in_banner(h1: lxml.html.HtmlElement) -> bool:
    """The ``<h1>`` sits in the page banner (``<header>`` or a header/banner box), not in an article."""
    for anc in h1.iterancestors():
        if anc.tag in ("article", "main"):
            return False
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if anc.tag == "header" or _BANNER.search(names):
            if _OWN_HEADER.search(names):
                return False  # the story's own header box ("article-hero__header", "entry-header")
            return not any(a.tag in ("article", "main") for a in anc.iterancestors())
    return False


def _is_logo(h1: lxml.html.HtmlElement) -> bool:
    """An ``<h1>`` wrapping only a link to the home page (``/``, ``http://example.org/``) or an image: the site logo."""
    links = h1.findall(".//a")
    return bool(links) and all(_home_link(a.get("href") or "") for a in links)


#: A web archive's copy of an address: ``/web/20140226054445/http://example.org/`` (the page as it was then).
_ARCHIVED_COPY = re.compile(r"^/web/\d{4,14}[a-z_]*/(?P<original>[a-z]+:/?/?.*)$", re.IGNORECASE)


def archived_original(href: str) -> str:
    """The address a web archive's copy stands for, else ``href`` itself:
    ``archived_original("https://web.archive.org/web/2014/http://example.org/")`` → ``"http://example.org/"``."""
    parts = urlsplit(href.strip())
    copy = _ARCHIVED_COPY.match(parts.path + (f"?{parts.query}" if parts.query else ""))
    return copy.group("original") if copy else href


def _home_link(href: str) -> bool:
    """``_home_link("http://archlinux.org/") is True``; ``_home_link("/tin-tuc/bai-1.html") is False``.
    A web archive's copy of a front page is a home link too."""
    parts = urlsplit(archived_original(href))
    return not parts.query and parts.path.rstrip("/") in ("", "/index.html", "/index.php", "index.html")


def site_name_heading(h1: lxml.html.HtmlElement) -> bool:
    """An ``<h1>`` that is only a link to the site's front page: the site's name (a blog's header), not a
    headline. ``<h1><a href="https://blog.example.com/">My notes</a></h1>`` → True."""
    links = h1.findall(".//a")
    if len(links) != 1 or clean_text(links[0].text_content()) != clean_text(h1.text_content()):
        return False
    href = urlsplit(archived_original(links[0].get("href") or ""))
    return href.path in ("", "/") and not href.query and not href.fragment and bool(links[0].get("href"))
