"""A pronunciation fix reaches published audio: which articles a lexicon edit changes, and reading them again.

    result = edit_lexicon(narrator, runner, lambda store: store.add(entry), [entry])
    result.affected      # ids of the published articles whose spoken text changes
    result.queued        # how many were queued to be read again (0 with renarrate=False)

An article is affected when one of its blocks is *spoken* differently with the lexicon after the edit than
before (normalized with each, for the article's site under each) — not merely when its audio key changes:
the key hashes the lexicon version of the whole site, so every article of the site has a new key after any
edit, while only the affected ones sound different. Re-reading goes through the job queue: only segments
whose spoken text changed reach the engine (the others come from the segment cache), and each finished job
sends the "article.ready" webhook (with ``"reason": "lexicon"``) to the key that pushed the article, or the
service-wide one. Drafts, selections and previews are never read again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from audio_cache.articles import ArticleRecord
from tts_service import text as vtext
from tts_service.models import Article
from tts_service.pipeline import Narrator, article_from_payload
from tts_service.pronunciations import PronunciationStore
from tts_service.text.lexicon import Lexicon, LexiconEntry

log = logging.getLogger(__name__)

REASON = "lexicon"


@dataclass(frozen=True)
class Republished:
    lexicon: Lexicon
    affected: list[str]
    queued: int


def stored_articles(narrator: Narrator, entries: Iterable[LexiconEntry]) -> list[ArticleRecord]:
    """Published articles with their text stored that ``entries`` could touch: for plain-word entries, those
    whose stored text contains one of the words (case-sensitive, as the entries match); every one for a regex."""
    words: list[str] = []
    for entry in entries:
        if entry.is_regex or any(c in entry.pattern for c in '"\\') or not entry.pattern.isprintable():
            words = []  # a regex (or a word JSON escapes) can be anywhere: read every article
            break
        words.append(entry.pattern)
    return narrator.publishing.with_source(words)


def spoken_differently(article: Article, store: PronunciationStore, before: Lexicon, after: Lexicon) -> bool:
    """Whether some block of ``article`` reads differently with ``after`` than with ``before`` (each with the
    site it gives the article). Blocks the edit's patterns leave alone are not normalized at all."""
    site_before, site_after = store.site_for(article.url, before), store.site_for(article.url, after)
    for block in article.readable_blocks:
        if before.apply(block.text, site_before) == after.apply(block.text, site_after):
            continue
        if (vtext.normalize(block.text, lexicon=before, site=site_before)
                != vtext.normalize(block.text, lexicon=after, site=site_after)):
            return True
    return False


def affected_articles(narrator: Narrator, before: Lexicon, after: Lexicon,
                      entries: Iterable[LexiconEntry]) -> list[ArticleRecord]:
    """Published articles whose spoken text differs between ``before`` and ``after``, newest change first."""
    store = narrator.pronunciations
    return [record for record in stored_articles(narrator, entries)
            if spoken_differently(article_from_payload(json.loads(record.source or "{}")), store, before, after)]


def renarrate(narrator: Narrator, submit: Callable[..., object], records: Iterable[ArticleRecord]) -> int:
    """Queue each article to be read with today's lexicon (``submit`` is ``JobRunner.submit``); returns how
    many were queued. Pinned articles stay pinned; the webhook goes to the key that pushed each one."""
    queued = 0
    for record in records:
        article = article_from_payload(json.loads(record.source or "{}"))
        submit(article, record.article_id, narrator.plan(article), api_key_hash=record.api_key_hash,
               pin=record.pinned, reason=REASON)
        queued += 1
    return queued


def edit_lexicon(narrator: Narrator, submit: Callable[..., object], change: Callable[[PronunciationStore], object],
                 entries: Iterable[LexiconEntry], *, read_again: bool = True) -> Republished:
    """Apply ``change`` to the lexicon file (``lambda store: store.add(entry)``), then find the published
    articles ``entries`` (added or removed) make read differently, and — unless ``read_again`` is False — queue
    them to be read again."""
    store = narrator.pronunciations
    entries = list(entries)
    before = store.current()
    change(store)
    after = store.current()
    affected = affected_articles(narrator, before, after, entries)
    queued = renarrate(narrator, submit, affected) if read_again else 0
    log.info("lexicon edit (%d entr%s): %d published article(s) read differently, %d queued",
             len(entries), "y" if len(entries) == 1 else "ies", len(affected), queued)
    return Republished(after, [r.article_id for r in affected], queued)
