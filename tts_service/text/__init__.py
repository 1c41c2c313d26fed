"""Vietnamese text for speech: ``normalize`` (what to say) and ``segment`` (how to cut it).

Contract (used by evaluation):
    normalize(text: str) -> str                      pure, offline, never raises
    article_definitions(blocks) -> dict[str, str]    abbreviations an article defines, for
        normalize(block, defined=...) of its other blocks
    segment(spoken_text: str, max_chars=100) -> list[str]   every chunk ≤ max_chars NFC code points, cut at
        punctuation first, then at phrase boundaries, never inside a Vietnamese word; a bound of 200 or more
        (espeak, piper, edge) gives one chunk per sentence, a tighter one (gTTS) packs sentences per request
    segment_with_boundaries(spoken_text, max_chars) -> list[tuple[str, str]]
        the same chunks, each with the boundary that ends it: "sentence" | "clause" | "word" (mid-sentence)
    VERSION: str  — part of every audio key; bump it when the spoken output changes.

Modules: ``numbers`` (the number reader), ``tables`` (the reading data of ``data/*.tsv``), ``rules`` (the named
pipeline), ``lexicon`` (admin pronunciation overrides), ``report`` (what could not be read), ``segment`` (with
``data/segment/phrase_boundaries.tsv``; the word segmenter is loaded only when a sentence must be cut inside).
"""

from __future__ import annotations

from .lexicon import Lexicon, LexiconEntry
from .normalizer import VERSION, article_definitions, block_definitions, normalize, voice_key_version
from .report import UnknownToken, report_unknown
from .segment import PAUSES_MS, segment, segment_with_boundaries

__all__ = [
    "PAUSES_MS",
    "VERSION",
    "Lexicon",
    "LexiconEntry",
    "UnknownToken",
    "article_definitions",
    "block_definitions",
    "normalize",
    "report_unknown",
    "segment",
    "segment_with_boundaries",
    "voice_key_version",
]
