"""Main-content detection on full pages, delegated to maintained extractors.

trafilatura finds the article in a page; readability-lxml is the fallback when trafilatura returns nothing
or too little. Both run on the already-cleaned tree, and both hand back blocks through the same walker, so
the Vietnamese rules after them see one shape.
"""

from __future__ import annotations

import copy
import logging

import lxml.html
import trafilatura
from lxml import etree

from tts_service.extract.dom import RawBlock, walk_blocks
from tts_service.extract.heuristics import is_page_footer_line
from tts_service.extract.title import site_name_heading

log = logging.getLogger(__name__)

#: False: trafilatura also runs its own readability/jusText comparison; slower (≈ 2× bare) but steadier on
#: layouts it has not seen. Measured on the shared pages: same F1 either way, median 24 ms vs 14 ms.
TRAFILATURA_FAST = False
#: Pages with more elements than this get trafilatura's fast mode: the comparison costs most on big pages
#: (a 24 000-element page: 5.6 s → 2.8 s on a busy 2-core machine), and real articles are far smaller
#: (the largest dev page has 2 800 elements).
FAST_ABOVE_ELEMENTS = 6_000
#: Below this many characters of body text, trafilatura's answer is "too little" and readability is asked.
MIN_MAIN_TEXT = 200

#: trafilatura's XML vocabulary → the HTML tags the block walker knows.
_TEI_TO_HTML = {
    "head": "h2",
    "list": "ul",
    "item": "li",
    "quote": "blockquote",
    "row": "tr",
    "cell": "td",
    "lb": "br",
    "hi": "span",
    "ref": "span",
    "code": "pre",
    "del": "span",
    "doc": "div",
    "main": "div",
}


def trafilatura_blocks(root: lxml.html.HtmlElement, url: str | None, fast: bool = TRAFILATURA_FAST) -> list[RawBlock]:
    """The main content as trafilatura sees it, as blocks (headings, list items, quotes kept apart)."""
    try:
        doc = trafilatura.bare_extraction(
            copy.deepcopy(root),
            url=url,
            output_format="xml",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=False,
            deduplicate=False,
            fast=fast,
        )
    except Exception:  # a third-party failure must fall back, not crash the request
        log.exception("trafilatura failed; falling back to readability")
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "graphic":
            el.tag = "span"
            el.text = None
        elif el.tag == "code" and _inline(el):
            el.tag = "span"  # `--network host` inside a sentence, not a code block
        else:
            el.tag = _TEI_TO_HTML.get(el.tag, el.tag)
    return walk_blocks([body])


def _inline(el: etree._Element) -> bool:
    """Text sits right before or after the element inside its parent."""
    parent = el.getparent()
    if (el.tail or "").strip():
        return True
    if parent is None:
        return False
    prev = el.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    return bool(before.strip())


def readability_blocks(root: lxml.html.HtmlElement) -> list[RawBlock]:
    """The main content as readability-lxml sees it (Mozilla Readability's scoring), as blocks."""
    from readability import Document

    try:
        html = lxml.html.tostring(root, encoding="unicode")
        summary = Document(html).summary(html_partial=True)
        tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (etree.ParserError, ValueError, TypeError) as exc:
        log.info("readability found nothing: %s", exc)
        return []
    except Exception:
        log.exception("readability failed")
        return []
    return walk_blocks([tree])


def text_length(blocks: list[RawBlock]) -> int:
    return sum(len(b.text) for b in blocks)


#: Where a short article sits when the page says so: schema.org body, <article>, <main>.
_ARTICLE_CONTAINERS = ('.//*[@itemprop="articleBody"]', ".//article", ".//main", './/*[@role="main"]')


def container_blocks(root: lxml.html.HtmlElement) -> list[RawBlock]:
    """A short article read from the container the markup names, or from around its ``<h1>``.

    Scoring engines need a certain amount of text to find an article; a one-paragraph notice on a full
    page is still an article, and the listener must hear it.
    """
    body = root.find("body")
    if body is None:
        return []
    h1 = next((h for h in body.iter("h1") if not site_name_heading(h)), None)  # a blog's name is no headline
    for path in _ARTICLE_CONTAINERS:
        found = [el for el in body.iterfind(path) if el.text_content().strip()]
        if h1 is not None and len(found) >= 2 and not any(el in h1.iterancestors() for el in found):
            continue  # several <article> cards beside the headline: teasers, not the article
        if found:
            return walk_blocks([max(found, key=lambda el: len(el.text_content()))])
    if h1 is None:
        return []
    for anc in h1.iterancestors():
        if anc.tag == "body":
            break
        if any(len(p.text_content().strip()) >= 40 for p in anc.iter("p")):
            return walk_blocks([anc])
    return []


def main_content(root: lxml.html.HtmlElement, url: str | None) -> tuple[list[RawBlock], str]:
    """Blocks of the page's article and the name of the engine that found them.

    trafilatura first; when it finds too little (or only the page footer), the container the markup names
    (a short article is still an article), then readability-lxml. A very big page (``FAST_ABOVE_ELEMENTS``)
    gets trafilatura's fast mode and no readability pass, so the work stays a few seconds at most.
    """
    big = root.xpath("count(//*)") > FAST_ABOVE_ELEMENTS
    blocks = trafilatura_blocks(root, url, fast=TRAFILATURA_FAST or big)
    if all(is_page_footer_line(b.text) for b in blocks):
        blocks = []  # the page's copyright and legal links: the engine found no article
    if text_length(blocks) >= MIN_MAIN_TEXT:
        return blocks, "trafilatura"
    guess = container_blocks(root)
    if guess and text_length(guess) >= text_length(blocks):
        return guess, "container"
    if big:
        return blocks, "trafilatura"  # readability on a page this big costs seconds for what it adds
    fallback = readability_blocks(root)
    if text_length(fallback) > text_length(blocks):
        return fallback, "readability"
    return blocks, "trafilatura"
