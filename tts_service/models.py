"""Plain data shared by every stage: Article → Narration → AudioAsset.

Frozen dataclasses, no behaviour beyond derived views, no Flask.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "lead", "paragraph", "list_item", "quote", "signature"]
BLOCK_KINDS: tuple[str, ...] = ("heading", "lead", "paragraph", "list_item", "quote", "signature")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    r"""A lone surrogate is not a character (it cannot be stored or encoded as UTF-8): it becomes U+FFFD.

    Text without one is returned as it is.

    >>> without_surrogates("a\ud800b") == "a\ufffdb", without_surrogates("Huế")
    (True, 'Huế')
    """
    return text if text.isascii() else _LONE_SURROGATE.sub("\ufffd", text)


def nfc(text: str) -> str:
    """Vietnamese text is NFC everywhere: ``nfc("Hoa\u0300") == "Hoà"`` (and a lone surrogate is U+FFFD)."""
    return unicodedata.normalize("NFC", without_surrogates(text))


@dataclass(frozen=True)
class Block:
    """One readable unit of an article, in reading order."""

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}; expected one of {BLOCK_KINDS}")
        object.__setattr__(self, "text", without_surrogates(self.text))


@dataclass(frozen=True)
class Article:
    """Title and body blocks of one article, NFC and whitespace-collapsed."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    url: str | None = None
    lang: str = "vi"

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", without_surrogates(self.title))
        if self.url is not None:
            object.__setattr__(self, "url", without_surrogates(self.url))

    @property
    def text(self) -> str:
        """Title and blocks joined by a blank line (the evaluation contract)."""
        parts = [self.title, *(b.text for b in self.blocks)]
        return "\n\n".join(p for p in parts if p)

    @property
    def readable_blocks(self) -> list[Block]:
        """The title as a heading block followed by the body: what is spoken, in order."""
        head = [Block("heading", self.title)] if self.title else []
        return head + list(self.blocks)


@dataclass(frozen=True)
class Segment:
    """One engine request: what the listener hears for part of a block.

    ``block_index`` counts in ``Article.readable_blocks`` (0 is the title).
    """

    block_index: int
    display_text: str
    spoken_text: str
    pause_after_ms: int


@dataclass(frozen=True)
class Mark:
    """Where one segment sits in the assembled audio, from decoded sample counts."""

    start_s: float
    end_s: float
    block_index: int
    segment_index: int


@dataclass(frozen=True)
class AudioAsset:
    """A finished narration: its content key, file and real timings."""

    key: str
    mp3_path: str
    duration_s: float
    marks: list[Mark]


@dataclass(frozen=True)
class Narration:
    """What will be heard, segment by segment, and the key that names its sound.

    ``key`` hashes everything that changes the audio (spoken texts, pauses, engine, voice, rate, bitrate,
    normalizer and lexicon version) and the displayed blocks the timings refer to.
    """

    key: str
    segments: list[Segment]
    blocks: list[Block]
    engine: str
    voice: str
    rate: int | None
    bitrate: int | None = None  # kbps of the article MP3 (the site's, else TTS_MP3_BITRATE)

    def spoken_by_block(self) -> list[str]:
        """What is heard of each block, its segments joined: a block "UBND họp." → ``["ủy ban nhân dân họp."]``
        (the CMS API's ``?spoken=true`` and the console's "what the reader will hear")."""
        spoken: list[list[str]] = [[] for _ in self.blocks]
        for segment in self.segments:
            spoken[segment.block_index].append(segment.spoken_text)
        return [" ".join(parts) for parts in spoken]
