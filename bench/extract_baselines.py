"""Other extractors, alone, behind the shared scorer's contract ``function(html: str) -> str``.

    PYTHONPATH=.:../shared/eval/extract .venv/bin/python ../shared/eval/extract/score.py \\
        bench.extract_baselines:trafilatura_alone bench.extract_baselines:readability_alone \\
        --pages tests/data/extract/pages --per-page

Each reads the headline and the text its library finds, with the library's own defaults except that
trafilatura is told to leave comments out (the gold never has them): the numbers say what the library
alone would give a listener, to compare with ``project_adapter:extract``.
"""

from __future__ import annotations

import lxml.html


def trafilatura_alone(html: str) -> str:
    """``trafilatura.bare_extraction``: its title, then its main text (comments excluded)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if doc is None:
        return ""
    title = getattr(doc, "title", None) or ""
    text = getattr(doc, "text", None) or ""
    return "\n\n".join(t for t in (title, text) if t)


def readability_alone(html: str) -> str:
    """readability-lxml: ``Document.short_title()``, then the text of ``summary()`` block by block."""
    from readability import Document

    document = Document(html)
    summary = lxml.html.fromstring(document.summary(html_partial=True))
    for el in summary.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in summary.text_content().split("\n"))
    return "\n\n".join([document.short_title(), *(line for line in lines if line)])


_BLOCKS = frozenset(
    ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote", "div", "br", "tr", "ul", "ol",
     "dl", "dt", "dd", "section", "article", "figure", "figcaption")
)  # fmt: skip
