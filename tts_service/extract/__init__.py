"""HTML → Article: the title and the readable blocks, in reading order, nothing else.

Contract (used by evaluation)::

    extract_article(html: str | bytes, url=None, content_type=None, *, profiles=None) -> Article

Modules: ``decode`` (bytes → NFC text), ``dom`` (parse, clean, walk into blocks), ``title`` (the headline),
``main_content`` (trafilatura / readability on full pages), ``heuristics`` (Vietnamese text rules on blocks),
``profiles`` (per-site hints as data), ``article`` (the flow that puts them together), ``fetch`` (the URL gate).
"""

from tts_service.extract.article import extract_article
from tts_service.extract.decode import MAX_INPUT_BYTES
from tts_service.extract.profiles import SiteProfile, load_profiles

__all__ = ["MAX_INPUT_BYTES", "SiteProfile", "extract_article", "load_profiles"]
