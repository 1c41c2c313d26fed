"""Segmentation (first version, replaced below)."""

from __future__ import annotations

import re


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
