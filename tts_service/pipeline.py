"""Article → Narration → AudioAsset: the only place that strings the stages together.

    narrator = Narrator(settings)
    asset, synthesized = narrator.narrate(article, article_id="abc")

A narration's key hashes everything that changes its sound, so the same article twice is one synthesis and
an edited paragraph is a new key. Finished segments are cached as blobs, so an edit re-synthesises only the
segments that changed. Concurrent requests for one key synthesise once (a file lock per key).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import sqlite3
import threading
import wave
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from audio_cache import BlobStore, CorruptBlob, Index, StoreFull
from audio_cache.db import PostgresDatabase, StoreUnavailable
from audio_cache.hosts import url_host
from audio_cache.index import open_stores, schema_problem
from audio_cache.listening import ListeningLog, ListeningStore
from audio_cache.plays import PlayLog
from audio_cache.publishing import Publishing
from audio_cache.quality import QualityStore
from audio_cache.shared_locks import FileLocks, PostgresLocks
from tts_service import metrics
from tts_service import text as vtext
from tts_service.audio import Chapter, FirstPass, Measurement, Piece, TagInfo, assemble_mp3, iter_frames
from tts_service.config import Settings
from tts_service.engines import Engine, EngineAudio, engine_from_settings, voice_name
from tts_service.errors import BadInput, EmptyArticle, EngineError, ServiceError, StorageFull, TooLarge
from tts_service.models import Article, AudioAsset, Block, Mark, Narration, Segment
from tts_service.pronunciations import PronunciationStore
from tts_service.sites import SiteStore
from tts_service.text.lexicon import Lexicon
from tts_service.text.segment import warm_up as warm_up_word_segmenter

PIPELINE_VERSION = "5"  # 2: trimmed engine silence, loudness normalisation, ID3 tags; 3: limiter looks at local maxima;
# 4: MP3 chunks lose their own silence frame by frame; 5: the limiter looks at every gap that could peak

log = logging.getLogger(__name__)

#: Silence after each boundary, longest for headings (the text stage owns the table).
PAUSES_MS: dict[str, int] = vtext.PAUSES_MS


class _SpokenBlocks:
    """The spoken chunks of recently planned blocks, so a request for an article already read costs look-ups.

    A CMS re-posts unchanged articles, and fifty readers of a new article post it at once (each computes the
    key before it can wait for the one synthesis): normalizing and segmenting 2,500 characters takes ~8 ms,
    a look-up here microseconds. The entry is keyed by everything the text stage reads — the block's text,
    the chunk limit, the site, and the text version (normalizer version plus the lexicon version for that
    site, as in the audio key) — so an edit of the lexicon or of the text is a different entry.
    """

    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[tuple, list[tuple[str, str]]] = OrderedDict()
        self._definitions: OrderedDict[tuple, dict[str, str]] = OrderedDict()
        self._lock = threading.Lock()

    def definitions(self, text: str, version: str, site: str | None, lexicon: Lexicon | None) -> dict[str, str]:
        """The abbreviations the block defines in brackets (``vtext.block_definitions``), looked up when seen.

        ``definitions("Trạm Thủy văn Xuân (TTVX) của huyện.", vtext.VERSION, None, None)``
        → ``{"TTVX": "Trạm Thủy văn Xuân"}``
        """
        if "(" not in text:
            return {}
        key = (text, version, site)
        with self._lock:
            found = self._definitions.get(key)
            if found is not None:
                self._definitions.move_to_end(key)
                return found
        found = vtext.block_definitions(text, lexicon, site)
        with self._lock:
            self._definitions[key] = found
            if len(self._definitions) > self.capacity:
                self._definitions.popitem(last=False)
        return found

    def get(self, text: str, max_chars: int, version: str, site: str | None,
            lexicon: Lexicon | None, room: int | None = None,
            defined: dict[str, str] | None = None) -> list[tuple[str, str]]:
        """The block's spoken chunks; ``_TooMuchSpeech`` before segmenting when it speaks more than ``room``.

        ``defined``: abbreviations the rest of the article defines; those the block uses are part of the key.
        """
        defined = {k: v for k, v in (defined or {}).items() if k in text}
        key = (text, max_chars, version, site, tuple(sorted(defined.items())))
        with self._lock:
            chunks = self._entries.get(key)
            if chunks is not None:
                self._entries.move_to_end(key)
                return chunks
        if room is not None and len(text) > _SAMPLE_CHARS * 4:
            # A long block is sampled first: "1/" * 50000 is refused in milliseconds, not after seconds of
            # normalizing what will be refused anyway. Only a clear overflow (twice the room) is refused here.
            cut = text.rfind(" ", 0, _SAMPLE_CHARS)
            sample = text[: cut if cut > 0 else _SAMPLE_CHARS]
            sample_spoken = vtext.normalize(sample, lexicon=lexicon, site=site, defined=defined)
            estimate = len(sample_spoken) * len(text) // len(sample)
            if estimate > 2 * room:
                raise _TooMuchSpeech(estimate)
        spoken = vtext.normalize(text, lexicon=lexicon, site=site, defined=defined)
        if room is not None and len(spoken) > room:
            raise _TooMuchSpeech(len(spoken))
        chunks = [(c, b) for c, b in vtext.segment_with_boundaries(spoken, max_chars) if c.strip()]
        with self._lock:
            self._entries[key] = chunks
            if len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        return chunks


class _TooMuchSpeech(Exception):
    """A block alone would overflow the article's spoken budget (``args[0]``: its spoken characters, or an
    estimate from a sample of it when that alone is twice the budget)."""


#: How much of a long block is normalized to estimate what all of it would speak.
_SAMPLE_CHARS = 4000


_SPOKEN = _SpokenBlocks()


def chunk_bound(settings: Settings, engine: Engine) -> int:
    """Longest chunk sent to ``engine``: its own bound, capped by ``TTS_MAX_CHARS`` when that is set."""
    return min(settings.max_chars or engine.max_chars, engine.max_chars)


def plan_narration(
    article: Article, settings: Settings, engine: Engine, lexicon: Lexicon | None = None, site: str | None = None,
    voice: str | None = None, *, fallbacks: Sequence[Engine] = (),
) -> Narration:
    """Normalize and segment every readable block (with the admin lexicon for ``site``, and the abbreviations the
    article defines in any block); compute the key, which includes the engine and ``voice`` (default:
    ``TTS_VOICE``, else the engine's own).

    Chunks fit every engine of the chain (``engine`` and its ``fallbacks``), so a fallback can read them too.

    ``plan_narration(Article("Tiêu đề", [Block("paragraph", "Có 3 người.")]), …).segments`` →
    ``[Segment(0, "Tiêu đề", "Tiêu đề", 900), Segment(1, "Có 3 người.", "Có ba người.", 700)]``
    """
    blocks = article.readable_blocks
    total_chars = sum(len(b.text) for b in blocks)
    if total_chars > settings.max_article_chars:
        raise TooLarge(
            f"Bài viết dài {total_chars} ký tự, vượt giới hạn {settings.max_article_chars} ký tự."
        )
    max_chars = min(chunk_bound(settings, e) for e in (engine, *fallbacks))
    text_version = vtext.voice_key_version(lexicon, site)
    defined = vtext.article_definitions(  # "Trạm Thủy văn Xuân (TTVX)" in one block, "TTVX" in another
        (b.text for b in blocks), block=lambda text: _SPOKEN.definitions(text, text_version, site, lexicon)
    )
    segments: list[Segment] = []
    spoken = 0
    for index, block in enumerate(blocks):
        try:
            chunks = _SPOKEN.get(block.text, max_chars, text_version, site, lexicon,
                                 room=settings.max_spoken_chars - spoken, defined=defined)
        except _TooMuchSpeech as exc:  # refused before the block is even segmented
            check_spoken_size(total_chars, spoken + exc.args[0], settings)
            raise
        spoken += sum(len(chunk) for chunk, _ in chunks)
        for n, (chunk, boundary) in enumerate(chunks):
            last = n == len(chunks) - 1
            pause_kind = ("heading" if block.kind == "heading" else "paragraph") if last else boundary
            segments.append(Segment(index, block.text, chunk, PAUSES_MS.get(pause_kind, PAUSES_MS["sentence"])))
    if not segments:
        raise EmptyArticle("Bài viết không có nội dung nào để đọc.")
    check_spoken_size(total_chars, sum(len(s.spoken_text) for s in segments), settings)
    voice = voice or settings.voice or engine.default_voice
    identity = {
        "pipeline": PIPELINE_VERSION,
        "text": text_version,
        "engine": engine.name,
        "voice": voice,
        "rate": settings.rate,
        "bitrate": settings.mp3_bitrate,
        "segments": [[s.block_index, s.spoken_text, s.pause_after_ms] for s in segments],
        "blocks": [[b.kind, b.text] for b in blocks],
    }
    key = hashlib.sha256(json.dumps(identity, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return Narration(key, segments, blocks, engine.name, voice, settings.rate, settings.mp3_bitrate)


#: Below this many spoken characters the ratio is not checked: a date stamp alone reads 5 × its length.
SPOKEN_RATIO_FLOOR = 2000
SPOKEN_CHARS_PER_SECOND = 14.0  # espeak's Vietnamese voice, pauses included (measured on the reference article)


def check_spoken_size(written: int, spoken: int, settings: Settings) -> None:
    """Refuse, before any synthesis, an article that would read for hours: more than ``TTS_MAX_SPOKEN_CHARS``
    spoken characters (413), or more than ``TTS_MAX_SPOKEN_RATIO`` spoken characters per written one (422).

    ``check_spoken_size(100_000, 450_000, settings)`` (``"1/" * 50000``) → TooLarge (≈ 8.9 hours).
    """
    hours = spoken / SPOKEN_CHARS_PER_SECOND / 3600
    if spoken > settings.max_spoken_chars:
        raise TooLarge(
            f"Bài viết thành {spoken} ký tự lời đọc (khoảng {hours:.1f} giờ âm thanh), vượt giới hạn"
            f" {settings.max_spoken_chars} ký tự; hãy chia bài.", code="spoken_too_long")
    if spoken > SPOKEN_RATIO_FLOOR and spoken > settings.max_spoken_ratio * max(written, 1):
        raise ServiceError(
            f"{written} ký tự của bài thành {spoken} ký tự lời đọc (gấp {spoken / max(written, 1):.1f} lần, giới"
            f" hạn {settings.max_spoken_ratio:g} lần): nội dung gần như toàn số hoặc ký hiệu, không đọc.",
            code="too_much_expansion", status=422)


def marks_document(narration: Narration, duration_s: float, marks: list[Mark]) -> dict:
    """The timings the player follows: per block (paragraph) and per segment, in seconds."""
    blocks = []
    for index, block in enumerate(narration.blocks):
        own = [m for m in marks if m.block_index == index]
        if own:
            blocks.append(
                {"index": index, "kind": block.kind, "text": block.text, "start": own[0].start_s, "end": own[-1].end_s}
            )
    segments = [
        {"index": m.segment_index, "block": m.block_index, "start": m.start_s, "end": m.end_s,
         "text": narration.segments[m.segment_index].spoken_text}
        for m in marks
    ]
    return {"key": narration.key, "duration": round(duration_s, 3), "blocks": blocks, "segments": segments}


def marks_to_vtt(document: dict) -> str:
    """WebVTT captions, one cue per segment: ``00:00:00.050 --> 00:00:01.412``."""

    def stamp(seconds: float) -> str:
        ms = round(seconds * 1000)
        return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    lines = ["WEBVTT", ""]
    for seg in document["segments"]:
        lines += [f"s{seg['index']}", f"{stamp(seg['start'])} --> {stamp(seg['end'])}", seg["text"], ""]
    return "\n".join(lines)


class Narrator:
    """Turns articles into stored audio with the configured engine chain."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # One small store per concern (audio_cache.index): SQLite in the data dir, or PostgreSQL shared by every host.
        # On PostgreSQL a deploy upgrades the schema (`flask tts db upgrade`); until then every request is a 503.
        self.schema_problem: str | None = None
        # Single-flight: one synthesis per key on this host (flock), or in the whole cluster (PostgreSQL).
        self.locks = PostgresLocks(settings.database_url) if settings.database_url else FileLocks(settings.lock_dir)
        if settings.database_url:
            self.stores = open_stores(PostgresDatabase(settings.database_url), check=False)
            with contextlib.suppress(StoreUnavailable):  # down at start: requests answer 503 until it is back
                self.schema_problem = schema_problem(self.stores.db)
        else:
            self.stores = open_stores(settings.db_path)
        self.index = Index(self.stores)  # the old all-in-one face, for callers not yet moved to the stores
        if settings.s3_url:  # the bucket is shared; this host's audio dir caches it, with its own checksums
            from audio_cache.checksums import ChecksumStore
            from audio_cache.checksums import create_schema as checksums_schema
            from audio_cache.db import SQLiteDatabase
            from audio_cache.objects import ObjectBlobStore

            cache = SQLiteDatabase(settings.data_dir / "cache.sqlite3")
            with cache.transaction() as db:
                checksums_schema(db)
            self.store: BlobStore = ObjectBlobStore(settings.audio_dir, ChecksumStore(cache), url=settings.s3_url)
        else:
            self.store = BlobStore(settings.audio_dir, checksums=self.stores.checksums)
        self.plays = PlayLog(self.stores.plays)  # last-played times for eviction, written in batches
        self.pronunciations = PronunciationStore(settings.lexicon_path)
        self.publishing = Publishing(self.stores.db)  # what a CMS lists, turns off and deletes
        self.quality = QualityStore(self.stores.db)  # each narration's quality report (tts_service.quality)
        self.listening = ListeningLog(ListeningStore(self.stores.db))  # plays per article and day (TTS_ANALYTICS)
        self.sites = SiteStore(self.stores.db, settings.data_dir / "profiles")  # the admins' per-site settings
        names = dict.fromkeys([*settings.engine, *(n for _site, chain in settings.site_engines for n in chain)])
        self._by_name = {name: engine_from_settings(name, settings) for name in names}
        self.engines = [self._by_name[name] for name in settings.engine]
        self.segments_synthesized = 0  # observable: tests and metrics count real engine calls
        self._decoding = threading.local()  # the decoded segments of the synthesis this thread runs
        warm_up_word_segmenter(min(chunk_bound(settings, engine) for engine in self._by_name.values()))
        self._count_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        return self.engines[0]

    def chain_for(self, url: str | None) -> list[Engine]:
        """The engines that may read an article at ``url``, preferred first: the site's chain set in the admin
        console, else ``TTS_SITE_ENGINES``, else ``TTS_ENGINE``."""
        site = self.sites.for_url(url)
        names = site.engines if site and site.engines else self.settings.engines_for(url)
        for name in names:
            if name not in self._by_name:
                self._by_name[name] = engine_from_settings(name, self.settings)
        return [self._by_name[name] for name in names]

    def extract(self, html: str | bytes, url: str | None = None, content_type: str | None = None) -> Article:
        """``extract_article`` with the site profiles in force: the admins' uploaded ones, then the shipped."""
        from tts_service.extract import extract_article

        return extract_article(html, url=url, content_type=content_type, profiles=self.sites.profiles())

    def voices_for(self, url: str | None) -> list[dict[str, str]]:
        """The voices a listener may pick for a page at ``url``: every voice of its engine chain, the default
        first, as ``{"id": "<engine>:<voice>", "name": …}`` — ``espeak`` alone gives ``espeak:vi`` (the
        default), ``espeak:vi-VN-x-central`` and ``espeak:vi-VN-x-south``."""
        chain = self.chain_for(url)
        first = chain[0]
        site = self.sites.for_url(url)
        wanted = site.voice if site and site.voice else self.settings.voice
        default = (first.name, wanted if wanted in first.voices else first.default_voice)
        ids = dict.fromkeys([default, *((e.name, v) for e in chain for v in e.voices)])
        return [{"id": f"{e}:{v}", "name": voice_name(e, v)} for e, v in ids]

    def plan(self, article: Article, voice: str | None = None) -> Narration:
        """The narration of ``article``; ``voice`` is an id from :meth:`voices_for` (its own key, its own audio)."""
        lexicon = self.pronunciations.current()
        site = self.pronunciations.site_for(article.url, lexicon)
        chain = self.chain_for(article.url)
        own = self.sites.for_url(article.url)
        settings = replace(self.settings, mp3_bitrate=own.bitrate) if own and own.bitrate else self.settings
        if voice is None:
            site_voice = own.voice if own and own.voice in chain[0].voices else None
            return plan_narration(article, settings, chain[0], lexicon, site, voice=site_voice, fallbacks=chain[1:])
        name, _, wanted = voice.partition(":")
        engine = next((e for e in chain if e.name == name and wanted in e.voices), None)
        if engine is None:
            offered = ", ".join(v["id"] for v in self.voices_for(article.url))
            raise BadInput(f"Không có giọng {voice[:80]!r} cho bài này; có: {offered}.", code="unknown_voice")
        return plan_narration(article, settings, engine, lexicon, site, voice=wanted,
                              fallbacks=[e for e in chain if e is not engine])

    def asset(self, key: str) -> AudioAsset | None:
        """The stored asset for ``key``, or None when it was never (fully) made."""
        if not (self.store.exists(key, "mp3") and self.store.exists(key, "json")):
            return None
        doc = json.loads(self.store.read_bytes(key, "json"))
        marks = [Mark(s["start"], s["end"], s["block"], s["index"]) for s in doc["segments"]]
        return AudioAsset(key, str(self.store.path(key, "mp3")), doc["duration"], marks)

    def narrate(
        self,
        article: Article,
        article_id: str,
        *,
        narration: Narration | None = None,
        pin: bool = False,
        observer: SynthesisObserver | None = None,
        want: bool = True,
        site: str | None = None,
    ) -> tuple[AudioAsset, bool]:
        """Stored audio for ``article``; ``synthesized`` is False when it came from the cache.

        The article is first marked as wanting this narration (so an older, slower synthesis cannot replace
        it), then the audio is found or made once (single-flight), then it becomes the article's current audio.
        ``site``: the site of the API key asking — an article of another site raises ``NotOwner`` before
        anything is made; None is the operator (admin commands, bootstrap keys, the service itself).
        """
        narration = narration or self.plan(article)
        owner = site or url_host(article.url) or None
        if want:  # a job does not: its request recorded the want, and a newer edit may have replaced it since
            with storage_errors():
                self.stores.articles.want(article_id, narration.key, url=article.url, title=article.title,
                                          source=json.dumps(article_payload(article), ensure_ascii=False),
                                          site=owner, acting_for=site)
        asset, synthesized = self.make_asset(narration, observer, source_url=article.url)
        self._record_quality(asset.key, narration, article, article_id)
        mp3_size = self.store.size(asset.key, "mp3")
        with storage_errors():
            self.stores.articles.record_ready(
                article_id, url=article.url, title=article.title, narration_key=asset.key,
                duration_s=asset.duration_s, size_bytes=mp3_size, pinned=pin, wanted_key=narration.key, site=owner,
            )
            if pin:
                self.stores.articles.pin_article(article_id)
        return asset, synthesized

    def _record_quality(self, key: str, narration: Narration, article: Article, article_id: str) -> None:
        """Store the narration's quality report once per key (never for selections and previews); bookkeeping
        never fails a narration."""
        if article_id.startswith(("selection:", "preview:")) or self.quality.has(key):
            return
        from tts_service.quality import report_for

        lexicon = self.pronunciations.current()
        rows = report_for(narration, lexicon, self.pronunciations.site_for(article.url, lexicon))
        try:
            with storage_errors():
                self.quality.put(key, [row.as_tuple() for row in rows])
        except (ServiceError, sqlite3.Error) as exc:
            log.warning("quality report of %s not stored: %s", key, exc)

    def make_asset(
        self, narration: Narration, observer: SynthesisObserver | None = None, *, source_url: str | None = None
    ) -> tuple[AudioAsset, bool]:
        """The asset for ``narration``, synthesised at most once across threads and processes."""
        asset = self.cached_asset(narration.key)
        if asset is not None:
            metrics.NARRATIONS.labels("cache_hit").inc()
            return asset, False
        with storage_errors(), self.locks.key_lock(narration.key), self._decoded_once():
            asset = self.cached_asset(narration.key)  # another worker may have finished while we waited
            if asset is not None:
                metrics.NARRATIONS.labels("cache_hit").inc()
                return asset, False
            try:
                made = self._synthesize(narration, source_url, observer)
            except CorruptBlob:  # a damaged cached segment was removed: synthesise it again, once
                made = self._synthesize(narration, source_url, observer)
            metrics.NARRATIONS.labels("synthesized").inc()
            return made, True

    def cached_asset(self, key: str) -> AudioAsset | None:
        """Like :meth:`asset`, treating a damaged (and now removed) marks file as absent."""
        try:
            return self.asset(key)
        except (CorruptBlob, ValueError, KeyError):
            return None

    def _synthesize(
        self, narration: Narration, source_url: str | None = None, observer: SynthesisObserver | None = None
    ) -> AudioAsset:
        """The whole article with the first engine of the chain that can read all of it.

        One voice per article: a listener should not hear Google's voice switch to espeak's mid-sentence.
        A fallback's audio is stored under a key derived from the narration key and that engine, so once
        the preferred engine works again (its circuit closes) the next request makes the preferred audio;
        chunks it already delivered are in the segment cache and are not fetched again.
        """
        errors: list[str] = []
        chain = self.chain_for(source_url)
        if chain[0].name != narration.engine:  # planned for another chain (no URL given here)
            chain = [self._by_name[narration.engine], *(e for e in chain if e.name != narration.engine)]
        for position, engine in enumerate(chain):
            voice = narration.voice if narration.voice in engine.voices else engine.default_voice
            key = narration.key if position == 0 else fallback_key(narration.key, engine.name, voice)
            if position:
                existing = self.asset(key)
                if existing is not None:
                    return existing
            # PCM engines: the first loudness pass runs on each segment as it arrives, while the engine
            # reads the next ones, instead of after the last one.
            first = FirstPass() if engine.output_format == "pcm_s16le" and self.settings.loudness_lufs else None
            try:
                refs = self._segment_refs(narration, engine, voice, observer, first)
            except EngineError as exc:
                log.warning("engine %s could not read narration %s: %s", engine.name, narration.key, exc.message)
                metrics.ENGINE_ERRORS.labels(engine.name, exc.code).inc()
                metrics.record_circuit(engine)
                errors.append(f"{engine.name}: {exc.message}")
                continue
            metrics.record_circuit(engine)
            return self._assemble(narration, key, refs, source_url, first.result() if first else None, observer)
        raise EngineError("Không engine nào đọc được bài này — " + "; ".join(errors))

    def _assemble(
        self, narration: Narration, key: str, refs: list[tuple[str, str]], source_url: str | None,
        measured: Measurement | None = None, observer: SynthesisObserver | None = None,
    ) -> AudioAsset:
        # The MP3 is written (atomically) before its marks: a key "exists" only once both are complete. Files a
        # crash left of an incomplete asset go first (we hold the key's lock): a blob is never replaced in place.
        for ext in ("mp3", "json", "vtt"):
            self.store.delete(key, ext)
        title = narration.blocks[0].text if narration.blocks and narration.blocks[0].kind == "heading" else ""
        tags = TagInfo(
            title=title, url=source_url,
            chapters=[Chapter(index, block.text) for index, block in enumerate(narration.blocks)],
        )
        where = dict(zip((s.spoken_text for s in narration.segments), refs, strict=True))

        def pieces() -> Iterator[Piece]:  # each pass over the article looks for a cancel now and then
            for n, piece in enumerate(self._pieces(narration, where.__getitem__)):
                if observer is not None and n % 50 == 49:
                    observer.check_cancel()
                yield piece

        with self.store.writer(key, "mp3") as out:
            duration, marks = assemble_mp3(
                pieces, out, bitrate_kbps=narration.bitrate or self.settings.mp3_bitrate,
                loudness_lufs=self.settings.loudness_lufs, true_peak_dbtp=self.settings.true_peak_dbtp, tags=tags,
                measured=measured,
            )
            if observer is not None:
                observer.check_cancel()  # the last moment: a cancel now still publishes nothing
        document = marks_document(narration, duration, marks)
        document["key"] = key
        self.store.put(key, "json", json.dumps(document, ensure_ascii=False).encode())
        self.store.put(key, "vtt", marks_to_vtt(document).encode())
        return AudioAsset(key, str(self.store.path(key, "mp3")), duration, marks)

    def _segment_refs(
        self, narration: Narration, engine: Engine, voice: str, observer: SynthesisObserver | None = None,
        first: FirstPass | None = None,
    ) -> list[tuple[str, str]]:
        """Make sure every segment's audio is in the segment cache; return where each one is.

        ``observer`` and ``first`` see each segment's audio, in article order, as soon as it is there.

        Engines that allow it (online ones) get several segments at once; the first failure cancels the
        segments not yet started, and the ones that did arrive stay cached for the next attempt.
        """
        texts = [segment.spoken_text for segment in narration.segments]
        if any(len(text) > engine.max_chars for text in texts):
            raise EngineError(f"có đoạn dài hơn {engine.max_chars} ký tự mà {engine.name} nhận.")
        unique = list(dict.fromkeys(texts))  # a repeated sentence is one request
        # Two workers even for a one-at-a-time engine: one stores (fsync) while the other synthesises.
        workers = max(2, getattr(engine, "concurrency", 1))
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"tts-{engine.name}")
        try:
            results = zip(unique, pool.map(lambda text: self._segment_audio(engine, text, voice), unique), strict=True)
            where: dict[str, tuple[str, str]] = {}

            def ref_for(text: str) -> tuple[str, str]:
                while text not in where:  # results arrive in order, as each segment finishes
                    done_text, ref = next(results)
                    where[done_text] = ref
                return where[text]

            if observer is None and first is None:
                refs = [ref_for(text) for text in texts]
            else:  # progress, per-block previews, cancel and loudness, segment by segment as they arrive
                def arriving() -> Iterator[Piece]:
                    for index, segment in enumerate(narration.segments):
                        seg_key, ext = ref_for(segment.spoken_text)
                        audio = self._segment_audio_of(seg_key, ext)
                        yield Piece(audio, segment.pause_after_ms, segment.block_index, index)

                def again(start: int, stop: int) -> Iterator[Piece]:  # segments that arrived, from the cache
                    return self._pieces(narration, where.__getitem__, start, stop)

                pieces = arriving() if observer is None else observer.wrap(narration, arriving(), again)
                for piece in pieces:
                    if first is not None:
                        first.add(piece)
                refs = [where[text] for text in texts]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return refs

    def _pieces(self, narration: Narration, ref_for: Callable[[str], tuple[str, str]], start: int = 0,
                stop: int | None = None) -> Iterator[Piece]:
        """Segments ``start:stop`` streamed from the cache, one at a time (the article is never held whole);
        ``ref_for(spoken_text)`` says where each one's audio is."""
        for index in range(start, len(narration.segments) if stop is None else stop):
            segment = narration.segments[index]
            seg_key, ext = ref_for(segment.spoken_text)
            audio = self._segment_audio_of(seg_key, ext)
            yield Piece(audio, segment.pause_after_ms, segment.block_index, index)

    @contextlib.contextmanager
    def _decoded_once(self) -> Iterator[None]:
        """During one synthesis (this thread), each segment is read and decoded once while they fit in
        :data:`DECODED_BUDGET` bytes: the previews, the loudness pass and the encoding all read them."""
        self._decoding.memo = _DecodedSegments(DECODED_BUDGET)
        try:
            yield
        finally:
            self._decoding.memo = None

    def _segment_audio_of(self, seg_key: str, ext: str) -> EngineAudio:
        """One cached segment's audio (decoded), through this synthesis's memo when there is one."""
        memo = getattr(self._decoding, "memo", None)
        if memo is None:
            return _read_segment(self.store.read_bytes(seg_key, ext), ext)
        return memo.get((seg_key, ext), lambda: _read_segment(self.store.read_bytes(seg_key, ext), ext))

    def segment_blob(self, engine: Engine, spoken: str, voice: str) -> tuple[str, str]:
        """Where one segment's audio is cached: (blob key, extension), whether or not it is there yet."""
        identity = json.dumps([engine.name, voice, self.settings.rate, spoken], ensure_ascii=False)
        ext = "flac" if engine.output_format == "pcm_s16le" else "segmp3"
        return hashlib.sha256(identity.encode()).hexdigest(), ext

    def _cached_segment(self, seg_key: str, ext: str) -> str | None:
        """The extension the segment is cached under: ``ext``, or ``wav`` for PCM kept before segments were
        FLAC (the same sound, twice the bytes; only ever on a host's own disk, never in a bucket); None when it
        is not cached."""
        if self.store.exists(seg_key, ext):
            return ext
        return "wav" if ext == "flac" and self.store.path(seg_key, "wav").is_file() else None

    def missing_segments(self, narration: Narration) -> int:
        """Engine requests a synthesis of ``narration`` would make now: its distinct segments not yet cached."""
        return len(self.missing_texts(narration))

    def missing_texts(self, narration: Narration) -> list[str]:
        """The distinct spoken texts of ``narration`` a synthesis would send to the engine now (not cached)."""
        engine = self._by_name[narration.engine]
        voice = narration.voice if narration.voice in engine.voices else engine.default_voice
        texts = dict.fromkeys(segment.spoken_text for segment in narration.segments)
        return [text for text in texts if self._cached_segment(*self.segment_blob(engine, text, voice)) is None]

    def _segment_audio(self, engine: Engine, spoken: str, voice: str) -> tuple[str, str]:
        """One segment in the cache (blob key, extension): reused when present, else synthesised and stored."""
        seg_key, ext = self.segment_blob(engine, spoken, voice)
        cached = self._cached_segment(seg_key, ext)
        if cached is not None:
            metrics.SEGMENTS.labels(engine.name, "cache_hit").inc()
            return seg_key, cached
        audio = engine.synthesize(spoken, voice, self.settings.rate)
        metrics.SEGMENTS.labels(engine.name, "synthesized").inc()
        with self._count_lock:
            self.segments_synthesized += 1
        self.store.put(seg_key, ext, _write_flac(audio) if ext == "flac" else audio.data)
        return seg_key, ext


def fallback_key(narration_key: str, engine: str, voice: str) -> str:
    """Where a fallback engine's audio for a narration is stored (a content key of its own)."""
    return hashlib.sha256(json.dumps([narration_key, engine, voice]).encode()).hexdigest()


#: Decoded segments one synthesis keeps (≈ 6 minutes of espeak's 22 kHz speech); past it, older ones are read again.
DECODED_BUDGET = 16 * 1024 * 1024


class _DecodedSegments:
    """Decoded segment audio by (key, extension), least recently used first out past ``budget`` bytes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self._entries: OrderedDict[tuple[str, str], EngineAudio] = OrderedDict()

    def get(self, ref: tuple[str, str], load: Callable[[], EngineAudio]) -> EngineAudio:
        audio = self._entries.get(ref)
        if audio is not None:
            self._entries.move_to_end(ref)
            return audio
        audio = load()
        self._entries[ref] = audio
        self.size += len(audio.data)
        while self.size > self.budget and len(self._entries) > 1:
            _, dropped = self._entries.popitem(last=False)
            self.size -= len(dropped.data)
        return audio


def _read_segment(data: bytes, ext: str) -> EngineAudio:
    if ext == "flac":
        return _read_flac(data)
    if ext == "wav":
        return _read_wav(data)
    info = next(iter_frames(data))
    return EngineAudio("mp3", data, info.sample_rate, info.channels)


class JobCancelled(ServiceError):
    """An admin or the CMS cancelled the job; nothing was stored."""

    status = 409
    code = "cancelled"


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """A full disk (blob write or index write) becomes one clear 507; what was stored before stays intact."""
    try:
        yield
    except StoreFull as exc:
        raise StorageFull(
            "Máy chủ hết dung lượng lưu trữ; bản đọc chưa được tạo. Âm thanh đã có vẫn phát bình thường."
        ) from exc
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():
            raise StorageFull("Máy chủ hết dung lượng lưu trữ cho chỉ mục; vui lòng thử lại sau.") from exc
        raise


def article_payload(article: Article, *, pin: bool = False) -> dict:
    """The article as JSON-able data, so a job (or a re-make after eviction) can narrate it again later."""
    return {"title": article.title, "url": article.url, "lang": article.lang, "pin": pin,
            "blocks": [[b.kind, b.text] for b in article.blocks]}


def article_from_payload(payload: dict) -> Article:
    return Article(title=payload["title"], blocks=[Block(kind, text) for kind, text in payload["blocks"]],
                   url=payload.get("url"), lang=payload.get("lang", "vi"))


def part_key(narration_key: str, block_index: int) -> str:
    """The blob key of one block's preview MP3 (content-derived, so it can be served as immutable)."""
    return hashlib.sha256(f"part:{narration_key}:{block_index}".encode()).hexdigest()


#: The whole MP3 is assembled after the last segment in about this share of the time the segments took
#: (loudness, limiter, encoding; espeak's synthesis is the fastest case). Parts cover the wait with room to spare.
ASSEMBLY_SHARE = 0.6
#: Seconds of spare audio parts keep ahead of the whole MP3's expected arrival.
PARTS_LEAD_S = 3.0


class SynthesisObserver:
    """Watches a synthesis piece by piece: reports progress, publishes finished blocks as small MP3s of their
    own (so a player can start before the whole article exists) and stops when a cancel is requested — after
    every segment, while the article is assembled, and just before it is published.

    A part costs an encoding of its own, so only the parts a player needs are made: the first block always
    (first audio), then the next ones in order while the audio already published would run out before the
    whole MP3 is expected (see :meth:`parts_wanted`). An engine as fast as espeak gets one or two parts for a
    long article; a slow online voice gets a part per block for as long as it stays slower than a listener.

    ``on_update(done, total, parts) -> bool`` is called after every segment; returning True cancels.
    Each part is ``{"block": i, "key": k, "duration": s}``.
    """

    def __init__(self, store: BlobStore, bitrate_kbps: int,
                 on_update: Callable[[int, int, list[dict]], bool], *, parts: bool = True,
                 clock: Callable[[], float] | None = None) -> None:
        import time

        self.store = store
        self.bitrate_kbps = bitrate_kbps
        self.on_update = on_update
        self.make_parts = parts
        self.clock = clock or time.monotonic
        self.parts: list[dict] = []
        self.done = self.total = 0
        self._started = self._first_part_at = 0.0

    def check_cancel(self) -> None:
        """Report progress; raise :class:`JobCancelled` when a cancel was requested."""
        if self.on_update(self.done, self.total, self.parts):
            raise JobCancelled("Công việc đã bị hủy.")

    def parts_wanted(self) -> bool:
        """Whether a listener who started with the first part would run out of parts before the whole MP3.

        The whole is expected after the remaining segments (at the pace so far) and the assembly
        (:data:`ASSEMBLY_SHARE` of the synthesis); the parts last from the first one's arrival for their
        total duration. No part yet: wanted (first audio).
        """
        if not self.parts:
            return True
        now = self.clock()
        elapsed = now - self._started
        remaining = elapsed / max(self.done, 1) * (self.total - self.done)
        whole_at = now + remaining + ASSEMBLY_SHARE * (elapsed + remaining) + PARTS_LEAD_S
        heard_until = self._first_part_at + sum(part["duration"] for part in self.parts)
        return heard_until < whole_at

    def wrap(self, narration: Narration, pieces: Iterator[Piece],
             again: Callable[[int, int], Iterator[Piece]]) -> Iterator[Piece]:
        """Pass ``pieces`` through. When a block's last segment has passed and parts are wanted, that block's
        part — with any earlier blocks' parts not made yet, so parts stay contiguous — is encoded from
        ``again(start, stop)``, those segments read afresh (from the segment cache): a paragraph's audio is
        never held here, however long the paragraph."""
        self.total = len(narration.segments)
        self.done = 0
        self._started = self.clock()
        block: tuple[int, int] | None = None  # (block index, its first segment)
        waiting: list[tuple[int, int, int]] = []  # finished blocks without a part: (block, first, stop)
        self.check_cancel()
        for piece in pieces:
            if block is not None and piece.block_index != block[0]:
                waiting.append((block[0], block[1], piece.segment_index))
                block = None
                if self.parts_wanted():
                    self._publish_all(narration.key, waiting, again)
            if block is None:
                block = (piece.block_index, piece.segment_index)
            self.done += 1
            self.check_cancel()
            yield piece
        if block is not None and self.parts_wanted():
            waiting.append((block[0], block[1], self.total))
            self._publish_all(narration.key, waiting, again)
        self.check_cancel()

    def _publish_all(self, narration_key: str, waiting: list[tuple[int, int, int]],
                     again: Callable[[int, int], Iterator[Piece]]) -> None:
        for block_index, start, stop in waiting:
            self._publish(narration_key, block_index, lambda a=start, b=stop: again(a, b))
        waiting.clear()

    def _publish(self, narration_key: str, block_index: int, pieces: Callable[[], Iterator[Piece]]) -> None:
        if not self.make_parts:
            return
        key = part_key(narration_key, block_index)
        with self.store.writer(key, "mp3") as out:  # kept as it is when it exists (a resumed job)
            duration, _ = assemble_mp3(pieces, out, bitrate_kbps=self.bitrate_kbps)
        if not self.parts:
            self._first_part_at = self.clock()
        self.parts.append({"block": block_index, "key": key, "duration": round(duration, 3)})


def _write_flac(audio: EngineAudio) -> bytes:
    """A PCM segment as FLAC: lossless, about half a WAV's bytes for espeak's speech (bench/bench_scaleout.py)."""
    import numpy as np
    import soundfile

    samples = np.frombuffer(audio.data, dtype="<i2").reshape(-1, audio.channels)
    buf = io.BytesIO()
    soundfile.write(buf, samples, audio.sample_rate, format="FLAC", subtype="PCM_16")
    return buf.getvalue()


def _read_flac(data: bytes) -> EngineAudio:
    import soundfile

    samples, rate = soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)
    return EngineAudio("pcm_s16le", samples.astype("<i2").tobytes(), rate, samples.shape[1])


def _read_wav(data: bytes) -> EngineAudio:
    with wave.open(io.BytesIO(data), "rb") as w:
        return EngineAudio("pcm_s16le", w.readframes(w.getnframes()), w.getframerate(), w.getnchannels())


def article_from_text(title: str, body: str, url: str | None = None) -> Article:
    """A CMS that sends plain text: paragraphs are separated by blank lines."""
    from tts_service.models import nfc

    def clean(s: str) -> str:
        return " ".join(nfc(s).replace("\xa0", " ").split())

    blocks = [Block("paragraph", clean(p)) for p in nfc(body).split("\n\n") if clean(p)]
    if not clean(title) and not blocks:
        raise EmptyArticle("Bài viết không có tiêu đề và nội dung.")
    return Article(title=clean(title), blocks=blocks, url=url)


__all__ = ["Narrator", "article_from_text", "chunk_bound", "marks_document", "marks_to_vtt", "plan_narration"]
