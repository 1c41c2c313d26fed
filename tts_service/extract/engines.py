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

log = logging.getLogger(__name__)

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


def trafilatura_blocks(root: lxml.html.HtmlElement, url: str | None) -> list[RawBlock]:
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
        else:
            el.tag = _TEI_TO_HTML.get(el.tag, el.tag)
    return walk_blocks([body])


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


def main_content(root: lxml.html.HtmlElement, url: str | None) -> tuple[list[RawBlock], str]:
    """Blocks of the page's article and the name of the engine that found them."""
    blocks = trafilatura_blocks(root, url)
    if text_length(blocks) >= MIN_MAIN_TEXT:
        return blocks, "trafilatura"
    fallback = readability_blocks(root)
    if text_length(fallback) > text_length(blocks):
        return fallback, "readability"
    return blocks, "trafilatura"
