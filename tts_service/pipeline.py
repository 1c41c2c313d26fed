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
import sqlite3
import threading
import wave
from collections.abc import Callable, Iterator

from audio_cache import BlobStore, CorruptBlob, Index, StoreFull, key_lock
from tts_service import text as vtext
from tts_service.audio import Piece, assemble_mp3
from tts_service.config import Settings
from tts_service.engines import Engine, EngineAudio, get_engine
from tts_service.errors import EmptyArticle, EngineError, ServiceError, StorageFull, TooLarge
from tts_service.models import Article, AudioAsset, Block, Mark, Narration, Segment

PIPELINE_VERSION = "1"

#: Silence after each boundary, longest for headings (issue #4 may provide ``text.PAUSES_MS``).
PAUSES_MS: dict[str, int] = getattr(
    vtext, "PAUSES_MS", {"heading": 900, "paragraph": 700, "sentence": 400, "clause": 200, "word": 60}
)


def plan_narration(article: Article, settings: Settings, engine: Engine) -> Narration:
    """Normalize and segment every readable block; compute the narration key.

    ``plan_narration(Article("Tiêu đề", [Block("paragraph", "Có 3 người.")]), …).segments`` →
    ``[Segment(0, "Tiêu đề", "Tiêu đề", 900), Segment(1, "Có 3 người.", "Có ba người.", 700)]``
    """
    blocks = article.readable_blocks
    total_chars = sum(len(b.text) for b in blocks)
    if total_chars > settings.max_article_chars:
        raise TooLarge(
            f"Bài viết dài {total_chars} ký tự, vượt giới hạn {settings.max_article_chars} ký tự."
        )
    max_chars = min(settings.max_chars, engine.max_chars)
    segments: list[Segment] = []
    for index, block in enumerate(blocks):
        spoken = vtext.normalize(block.text)
        chunks = [(c, b) for c, b in vtext.segment_with_boundaries(spoken, max_chars) if c.strip()]
        for n, (chunk, boundary) in enumerate(chunks):
            last = n == len(chunks) - 1
            pause_kind = ("heading" if block.kind == "heading" else "paragraph") if last else boundary
            segments.append(Segment(index, block.text, chunk, PAUSES_MS.get(pause_kind, PAUSES_MS["sentence"])))
    if not segments:
        raise EmptyArticle("Bài viết không có nội dung nào để đọc.")
    voice = settings.voice or engine.default_voice
    identity = {
        "pipeline": PIPELINE_VERSION,
        "text": vtext.VERSION,
        "engine": engine.name,
        "voice": voice,
        "rate": settings.rate,
        "bitrate": settings.mp3_bitrate,
        "segments": [[s.block_index, s.spoken_text, s.pause_after_ms] for s in segments],
        "blocks": [[b.kind, b.text] for b in blocks],
    }
    key = hashlib.sha256(json.dumps(identity, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return Narration(key, segments, blocks, engine.name, voice, settings.rate)


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
        self.index = Index(settings.db_path)
        self.store = BlobStore(settings.audio_dir, checksums=self.index)
        self.engines = [get_engine(name) for name in settings.engine]
        self.segments_synthesized = 0  # observable: tests and metrics count real engine calls
        self._count_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        return self.engines[0]

    def plan(self, article: Article) -> Narration:
        return plan_narration(article, self.settings, self.engine)

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
    ) -> tuple[AudioAsset, bool]:
        """Stored audio for ``article``; ``synthesized`` is False when it came from the cache.

        The article is first marked as wanting this narration (so an older, slower synthesis cannot replace
        it), then the audio is found or made once (single-flight), then it becomes the article's current audio.
        """
        narration = narration or self.plan(article)
        if want:  # a job does not: its request recorded the want, and a newer edit may have replaced it since
            with storage_errors():
                self.index.want(article_id, narration.key, url=article.url, title=article.title,
                                source=json.dumps(article_payload(article), ensure_ascii=False))
        asset, synthesized = self.make_asset(narration, observer)
        mp3_size = self.store.path(asset.key, "mp3").stat().st_size
        with storage_errors():
            self.index.record_ready(
                article_id, url=article.url, title=article.title, narration_key=asset.key,
                duration_s=asset.duration_s, size_bytes=mp3_size, pinned=pin,
            )
            if pin:
                self.index.pin_article(article_id)
        return asset, synthesized

    def make_asset(
        self, narration: Narration, observer: SynthesisObserver | None = None
    ) -> tuple[AudioAsset, bool]:
        """The asset for ``narration``, synthesised at most once across threads and processes."""
        asset = self.cached_asset(narration.key)
        if asset is not None:
            return asset, False
        with storage_errors(), key_lock(self.settings.lock_dir, narration.key):
            asset = self.cached_asset(narration.key)  # another worker may have finished while we waited
            if asset is not None:
                return asset, False
            try:
                return self._synthesize(narration, observer), True
            except CorruptBlob:  # a damaged cached segment was removed: synthesise it again, once
                return self._synthesize(narration, observer), True

    def cached_asset(self, key: str) -> AudioAsset | None:
        """Like :meth:`asset`, treating a damaged (and now removed) marks file as absent."""
        try:
            return self.asset(key)
        except (CorruptBlob, ValueError, KeyError):
            return None

    def _synthesize(self, narration: Narration, observer: SynthesisObserver | None = None) -> AudioAsset:
        # The MP3 is written (atomically) before its marks: a key "exists" only once both are complete.
        pieces = self._pieces(narration)
        if observer is not None:
            pieces = observer.wrap(narration, pieces)
        with self.store.writer(narration.key, "mp3") as out:
            duration, marks = assemble_mp3(
                pieces, out, bitrate_kbps=self.settings.mp3_bitrate
            )
        document = marks_document(narration, duration, marks)
        self.store.put(narration.key, "json", json.dumps(document, ensure_ascii=False).encode())
        self.store.put(narration.key, "vtt", marks_to_vtt(document).encode())
        return AudioAsset(narration.key, str(self.store.path(narration.key, "mp3")), duration, marks)

    def _pieces(self, narration: Narration) -> Iterator[Piece]:
        for index, segment in enumerate(narration.segments):
            audio = self._segment_audio(segment.spoken_text, narration.voice)
            yield Piece(audio, segment.pause_after_ms, segment.block_index, index)

    def _segment_audio(self, spoken: str, voice: str) -> EngineAudio:
        """One segment's PCM, from the segment cache or the first engine of the chain that succeeds."""
        errors = []
        for engine in self.engines:
            seg_voice = voice if voice in engine.voices else engine.default_voice
            identity = json.dumps([engine.name, seg_voice, self.settings.rate, spoken], ensure_ascii=False)
            seg_key = hashlib.sha256(identity.encode()).hexdigest()
            if self.store.exists(seg_key, "wav"):
                return _read_wav(self.store.read_bytes(seg_key, "wav"))
            try:
                audio = engine.synthesize(spoken, seg_voice, self.settings.rate)
            except EngineError as exc:
                errors.append(f"{engine.name}: {exc.message}")
                continue
            with self._count_lock:
                self.segments_synthesized += 1
            self.store.put(seg_key, "wav", _write_wav(audio))
            return audio
        raise EngineError("Không engine nào đọc được đoạn này — " + "; ".join(errors))



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


class SynthesisObserver:
    """Watches a synthesis piece by piece: reports progress, publishes each finished block as its own small
    MP3 (so a player can start before the whole article exists) and stops when a cancel is requested.

    ``on_update(done, total, parts) -> bool`` is called after every segment; returning True cancels.
    Each part is ``{"block": i, "key": k, "duration": s}``.
    """

    def __init__(self, store: BlobStore, bitrate_kbps: int,
                 on_update: Callable[[int, int, list[dict]], bool], *, parts: bool = True) -> None:
        self.store = store
        self.bitrate_kbps = bitrate_kbps
        self.on_update = on_update
        self.make_parts = parts
        self.parts: list[dict] = []

    def wrap(self, narration: Narration, pieces: Iterator[Piece]) -> Iterator[Piece]:
        total = len(narration.segments)
        done = 0
        block: list[Piece] = []
        if self.on_update(0, total, self.parts):
            raise JobCancelled("Công việc đã bị hủy.")
        for piece in pieces:
            if block and piece.block_index != block[0].block_index:
                self._publish(narration.key, block)
                block = []
            block.append(piece)
            done += 1
            if done < total and self.on_update(done, total, self.parts):
                raise JobCancelled("Công việc đã bị hủy.")
            yield piece
        if block:
            self._publish(narration.key, block)
        self.on_update(done, total, self.parts)

    def _publish(self, narration_key: str, block: list[Piece]) -> None:
        if not self.make_parts:
            return
        key = part_key(narration_key, block[0].block_index)
        buffer = io.BytesIO()
        duration, _ = assemble_mp3(block, buffer, bitrate_kbps=self.bitrate_kbps)
        if not self.store.exists(key, "mp3"):
            self.store.put(key, "mp3", buffer.getvalue())
        self.parts.append({"block": block[0].block_index, "key": key, "duration": round(duration, 3)})


def _write_wav(audio: EngineAudio) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(audio.channels)
        w.setsampwidth(2)
        w.setframerate(audio.sample_rate)
        w.writeframes(audio.data)
    return buf.getvalue()


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


__all__ = [
    "JobCancelled", "Narrator", "SynthesisObserver", "article_from_text", "marks_document", "marks_to_vtt",
    "part_key", "plan_narration", "storage_errors",
]
