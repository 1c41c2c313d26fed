"""``normalize``: the whole pipeline behind one pure function that never raises."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping

from .lexicon import Lexicon
from .numbers import DIGITS
from .rules import RULES, Rule, punctuation, unicode_and_spaces
from .rules.definitions import ARTICLE_DEFINITIONS, defined_abbreviations, definitions

log = logging.getLogger(__name__)

#: Part of every audio key: bump when the spoken output of any input changes.
VERSION = "1.35"


def normalize(
    text: str,
    lexicon: Lexicon | None = None,
    site: str | None = None,
    rules: tuple[Rule, ...] = RULES,
    *,
    defined: Mapping[str, str] | None = None,
) -> str:
    """Spoken form of ``text``: ``normalize("Có 03 người") == "Có ba người"``.

    ``lexicon`` overrides apply right after Unicode clean-up, before any rule, so an admin's entry wins over
    the built-in tables (its replacement is then read like any text: digits in it are spoken as numbers).
    ``defined`` holds abbreviations the rest of the article defines (:func:`article_definitions`):
    ``normalize("TTVX đo mưa", defined={"TTVX": "Trạm Thủy văn Xuân"}) == "Trạm Thủy văn Xuân đo mưa"``.
    Pure, thread-safe, offline; never raises on any ``str``.
    """
    text = str(text)
    token = ARTICLE_DEFINITIONS.set(defined or {})
    try:
        return _apply(text, rules, lexicon, site)
    except Exception:  # the contract: never raise; a logged, degraded reading beats no audio
        log.exception("normalize failed; falling back to a plain reading")
        return _plain_reading(text)
    finally:
        ARTICLE_DEFINITIONS.reset(token)


def _apply(text: str, rules: tuple[Rule, ...], lexicon: Lexicon | None, site: str | None) -> str:
    """``rules`` in order, the admin ``lexicon`` right after the first (Unicode clean-up); may raise."""
    for i, rule in enumerate(rules):
        text = rule(text)
        if i == 0 and lexicon is not None:
            text = unicode_and_spaces(lexicon.apply(text, site))
    return text


#: The rules that run before an abbreviation's definition is looked for (so it is looked for in the same text).
_BEFORE_DEFINITIONS = RULES[: RULES.index(defined_abbreviations)]


def article_definitions(
    texts: Iterable[str],
    lexicon: Lexicon | None = None,
    site: str | None = None,
    *,
    block: Callable[[str], Mapping[str, str]] | None = None,
) -> dict[str, str]:
    """The abbreviations an article's blocks define in brackets, the first definition of each, for reading the
    other blocks (``normalize(block, defined=...)``). ``block`` reads one block's (default
    :func:`block_definitions`; the service passes its cached look-up).

    >>> article_definitions(["Trạm Thủy văn Xuân (TTVX) của huyện.", "Năm nay TTVX đo mưa."])
    {'TTVX': 'Trạm Thủy văn Xuân'}
    """
    found: dict[str, str] = {}
    for text in texts:
        read = block(text) if block is not None else block_definitions(text, lexicon, site)
        for key, words in read.items():
            found.setdefault(key, words)
    return found


def block_definitions(text: str, lexicon: Lexicon | None = None, site: str | None = None) -> dict[str, str]:
    """The abbreviations one block defines in brackets (what :func:`article_definitions` gathers per block).

    >>> block_definitions("Trạm Thủy văn Xuân (TTVX) của huyện.")
    {'TTVX': 'Trạm Thủy văn Xuân'}
    >>> block_definitions("Năm nay TTVX đo mưa.")
    {}
    """
    if "(" not in text:
        return {}
    try:
        return definitions(_apply(text, _BEFORE_DEFINITIONS, lexicon, site))
    except Exception:  # as normalize: a block that cannot be read for definitions defines nothing
        log.exception("block_definitions failed on a block; skipped")
        return {}


def _plain_reading(text: str) -> str:
    text = re.sub(r"\d", lambda m: f" {DIGITS[int(m.group())]} ", unicode_and_spaces(text))
    return punctuation(re.sub(r"\d", " ", text))


def voice_key_version(lexicon: Lexicon | None = None, site: str | None = None) -> str:
    """What to put in an audio key for the text stage: normalizer version plus the lexicon that applies.

    >>> voice_key_version()
    '1.35'
    >>> voice_key_version(Lexicon([{"pattern": "HTX", "replacement": "hợp tác xã"}]), site="huecity")
    '1.35+lex.a7d36f871ae5f78c'
    """
    if lexicon is None or not lexicon.entries_for(site):
        return VERSION
    return f"{VERSION}+lex.{lexicon.version_for(site)}"
