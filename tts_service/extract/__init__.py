"""HTML → Article: the title and the readable blocks, nothing else.

Contract (used by evaluation):
    extract_article(html: str | bytes, url=None, content_type=None) -> Article
Raises ``BadInput`` for input that is not HTML text and ``EmptyArticle`` when no article text is found.

This first version is thin (title from <h1>/<title>, paragraphs from <p>); issue #3 deepens it.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from tts_service.errors import BadInput, EmptyArticle
from tts_service.models import Article, Block, nfc

_UI_STRINGS = ("xem cỡ chữ", "đọc bài viết", "in bài", "chia sẻ")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", nfc(text.replace("\xa0", " "))).strip()


def extract_article(html: str | bytes, url: str | None = None, content_type: str | None = None) -> Article:
    """``extract_article("<h1>T</h1><p>Một.</p>").text == "T\\n\\nMột."``"""
    if isinstance(html, bytes):
        try:
            html = html.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput("Nội dung không phải văn bản HTML UTF-8.") from exc
    if "\x00" in html:
        raise BadInput("Nội dung chứa dữ liệu nhị phân, không phải HTML.")
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "figure", "figcaption", "aside"]):
        tag.decompose()
    h1 = soup.find("h1")
    title = _clean(h1.get_text(" ")) if h1 else ""
    if not title and soup.title:
        title = _clean(soup.title.get_text(" "))
    blocks = []
    for p in soup.find_all("p"):
        text = _clean(p.get_text(" "))
        if text and not any(text.lower().startswith(ui) for ui in _UI_STRINGS):
            blocks.append(Block("paragraph", text))
    if not blocks:
        raise EmptyArticle("Không tìm thấy nội dung bài viết để đọc.")
    return Article(title=title, blocks=blocks, url=url)
