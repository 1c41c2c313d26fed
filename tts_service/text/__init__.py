"""Vietnamese text for speech: ``normalize`` (what to say) and ``segment`` (how to cut it).

Contract (used by evaluation):
    normalize(text: str) -> str                      pure, offline, never raises
    segment(spoken_text: str, max_chars=100) -> list[str]   every chunk ≤ max_chars NFC code points
    segment_with_boundaries(spoken_text, max_chars) -> list[tuple[str, str]]
        the same chunks, each with the boundary that ends it: "sentence" | "clause" | "word"
    VERSION: str  — part of every audio key; bump it when the spoken output changes.

This first version is thin (NFC, whitespace, digits read one by one); issue #4 deepens it.
"""

from __future__ import annotations

import re
import unicodedata

VERSION = "0.1"

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def normalize(text: str) -> str:
    """Spoken form of ``text``: ``normalize("Có  3 người") == "Có ba người"``."""
    text = unicodedata.normalize("NFC", str(text)).replace("\xa0", " ")
    text = re.sub(r"\d", lambda m: " " + _DIGITS[int(m.group())] + " ", text)
    return re.sub(r"\s+", " ", text).strip()


def segment_with_boundaries(spoken_text: str, max_chars: int = 100) -> list[tuple[str, str]]:
    """Chunks ≤ ``max_chars`` with the boundary that ends each: sentence, clause or word."""
    out: list[tuple[str, str]] = []
    for sentence in re.split(r"(?<=[.!?…])\s+", spoken_text.strip()):
        words, current = sentence.split(), ""
        for word in words:
            while len(word) > max_chars:
                if current:
                    out.append((current, "word"))
                    current = ""
                out.append((word[:max_chars], "word"))
                word = word[max_chars:]
            candidate = f"{current} {word}".strip()
            if len(candidate) <= max_chars:
                current = candidate
            else:
                out.append((current, "word"))
                current = word
        if current:
            out.append((current, "sentence"))
    return out


def segment(spoken_text: str, max_chars: int = 100) -> list[str]:
    """``segment("Một. Hai.", 100) == ["Một.", "Hai."]``"""
    return [chunk for chunk, _ in segment_with_boundaries(spoken_text, max_chars)]
