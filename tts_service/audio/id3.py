"""The ID3v2.3 tag of an article MP3: title, source page, language and one chapter per block."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from tts_service.errors import EngineError
from tts_service.models import Mark


@dataclass(frozen=True)
class Chapter:
    """One chapter in the ID3 tag: a block of the article (title, paragraph …)."""

    block_index: int
    title: str


@dataclass(frozen=True)
class TagInfo:
    """What the ID3v2 tag says: title, source page, language and one chapter per block."""

    title: str = ""
    url: str | None = None
    language: str = "vie"
    chapters: Sequence[Chapter] = field(default_factory=tuple)


def render_id3(tags: TagInfo, marks: Sequence[Mark], duration_s: float, size: int | None = None) -> bytes:
    """An ID3v2.3 tag (``size`` bytes with padding when given): TIT2, WOAS, TLAN, TSSE, CHAP per block, CTOC.

    Chapter *i* runs from its block's first mark to the next block's first mark (the last to the end), so a
    podcast app's chapter list covers the whole file. Without marks (to size the tag) times are zero.
    """
    from mutagen.id3 import CHAP, CTOC, ID3, TIT2, TLAN, TSSE, WOAS, CTOCFlags

    starts: dict[int, float] = {}
    for mark in marks:
        starts.setdefault(mark.block_index, mark.start_s)
    tag = ID3()
    if tags.title:
        tag.add(TIT2(encoding=3, text=tags.title))
    if tags.url:
        tag.add(WOAS(url=tags.url))
    tag.add(TLAN(encoding=3, text=tags.language))
    tag.add(TSSE(encoding=3, text="Đọc bài viết"))
    ids = []
    chapters = list(tags.chapters)
    for n, chapter in enumerate(chapters):
        element = f"chp{chapter.block_index}"
        ids.append(element)
        begin = starts.get(chapter.block_index, 0.0) if n else 0.0
        later = [starts[c.block_index] for c in chapters[n + 1 :] if c.block_index in starts]
        end = later[0] if later else duration_s
        title = chapter.title if len(chapter.title) <= 80 else chapter.title[:79] + "…"
        tag.add(CHAP(element_id=element, start_time=round(begin * 1000), end_time=round(max(begin, end) * 1000),
                     sub_frames=[TIT2(encoding=3, text=title)]))
    if ids:
        tag.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                     sub_frames=[TIT2(encoding=3, text=tags.title or "Mục lục")]))
    buf = io.BytesIO()
    tag.save(buf, v2_version=3, v1=0, padding=lambda info: 0)
    data = buf.getvalue()
    if size is not None:
        if len(data) > size:
            raise EngineError("Thẻ ID3 lớn hơn chỗ đã dành cho nó.")
        buf = io.BytesIO()
        tag.save(buf, v2_version=3, v1=0, padding=lambda info: size - len(data))
        data = buf.getvalue()
        assert len(data) == size, (len(data), size)
    return data
