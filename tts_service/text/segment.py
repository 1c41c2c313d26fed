"""Cut spoken text into engine requests: ≤ ``max_chars``, at punctuation first, then at phrase boundaries,
never inside a Vietnamese word, a number or a name.

An engine's bound decides the shape.  A tight bound (under :data:`PACK_BELOW` characters: gTTS's 100 per
request) packs neighbouring sentences into one request while they fit, and a longer sentence is cut where it
must.  A generous bound (espeak, piper, edge) gives one chunk per sentence, cut at clauses only when a sentence
is longer than the bound.

Inside a sentence, every place between two syllables is scored, and a small dynamic programme picks the
cheapest set of chunks: each chunk costs a request, each cut costs what a listener hears there — ``; :`` a
little, a comma more, a phrase boundary (before "và", "của", "nhằm" … — :file:`data/segment/phrase_boundaries.tsv`)
more, a plain word boundary more, after a word that leans on the next ("các", "đã", "của") more still; a cut
inside a word (per the word segmenter), a number, a name after its title or an expanded abbreviation is
forbidden — and uneven or tiny chunks cost extra.  Words come from underthesea's CRF word segmenter, loaded
on the first sentence that needs it (once per process), never by ``normalize``.

>>> segment("Một. Hai.")
['Một. Hai.']
>>> segment("Một. Hai.", 500)
['Một.', 'Hai.']
>>> segment("Hội nghị đã nghe báo cáo, thảo luận và thống nhất cao; đồng thời giao nhiệm vụ cụ thể.", 60)
['Hội nghị đã nghe báo cáo, thảo luận và thống nhất cao;', 'đồng thời giao nhiệm vụ cụ thể.']
>>> segment("Các đơn vị tiếp tục thực hiện nhiệm vụ chuyển đổi số và khẳng định được vai trò của mình.", 60)
['Các đơn vị tiếp tục thực hiện nhiệm vụ chuyển đổi số', 'và khẳng định được vai trò của mình.']
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from . import tables

log = logging.getLogger(__name__)

#: Silence after each kind of boundary, in milliseconds (heading > paragraph > sentence > clause > word).
#: A chunk that ends inside a clause ("word") continues the sentence: no pause at all.
PAUSES_MS: dict[str, int] = {"heading": 900, "paragraph": 700, "sentence": 450, "clause": 250, "word": 0}

#: Bounds under this many characters are per-request limits of an online engine (gTTS: 100): neighbouring
#: sentences share a request.  From here up the engine reads whole sentences, one chunk each.
PACK_BELOW = 200

_SENTENCE_END = ".!?…"
_CLAUSE_STRONG = ";:"

#: Words of a spoken number: a cut between two of them splits the number.
NUMBER_WORDS = frozenset(
    (
        "không",
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "mươi",
        "mốt",
        "lăm",
        "tư",
        "trăm",
        "nghìn",
        "ngàn",
        "triệu",
        "tỷ",
        "linh",
        "lẻ",
        "phẩy",
        "chấm",
        "nhất",
        "nhì",
    )
)
#: Words that introduce a number ("ngày | tám"); cutting right after them strands the number.
NUMBER_LEADS = frozenset(
    (
        "ngày",
        "tháng",
        "năm",
        "giờ",
        "phút",
        "giây",
        "số",
        "quý",
        "khóa",
        "khoá",
        "thứ",
        "lần",
        "hạng",
        "trên",
        "âm",
        "cộng",
        "điều",
        "khoản",
        "chương",
        "mục",
        "phần",
    )
)
#: Words that complete a number ("tám | phần trăm").
NUMBER_TAILS = frozenset(
    (
        "phần",
        "giờ",
        "phút",
        "giây",
        "tháng",
        "năm",
        "đồng",
        "tỷ",
        "triệu",
        "nghìn",
        "mét",
        "ki",
        "mi",
        "héc",
        "độ",
    )
)

# Dotted abbreviations a sentence does not end on, should the text still contain them.
_NO_END_BEFORE = re.compile(
    r"(?:\b(?:TP|Tp|tp|PGS|GS|TS|ThS|Ths|BS|KS|TSKH|CN|Th\.S|Đ\.c|v\.v|St|Mr|Mrs|Dr|P|Q|H|TX|TT)|\b[A-ZĐ])\.$"
)

#: What a listener hears at a cut; "lean" costs more than a request: rather one more chunk than one ending on
#: "các", "đã", "của" or parting a verb from its object.
_COST = {"sentence": 0, "strong": 6, "comma": 12, "phrase": 24, "word": 60, "lean": 250, "forbidden": 100_000}
_CHUNK_COST = 100  # one more request
_SHORT_CHARS = 20
#: Longer "sentences" (no real one is: the longest of the dev sets has 703 characters) are cut without the word
#: segmenter, which takes ~10–50 µs a character: a hostile 200 000-character run stays fast.
WORDS_MAX_CHARS = 3000
_SHORT_COST = 80
_BALANCE_COST = 40  # times the squared share of unused room

#: The segmenter's own data, beside the normalizer's (``tables.rows`` reads both).
SEGMENT_DATA = tables.DATA / "segment"
#: Kinds of :data:`BOUNDARY_WORDS` before which a phrase starts, and those after which no chunk ends.
PHRASE_STARTS = frozenset(("conjunction", "preposition", "linker"))
LEANS_FORWARD = frozenset(("conjunction", "preposition", "determiner", "auxiliary", "classifier", "title"))
#: … and before which a noun phrase starts: a cut there usually parts a verb from its object.
NOUN_PHRASE_STARTS = frozenset(("determiner", "classifier"))


def _load_boundary_words(folder: Path = SEGMENT_DATA) -> dict[tuple[str, ...], str]:
    """``{("đồng", "thời"): "linker", ("và",): "conjunction", …}`` from ``phrase_boundaries.tsv``."""
    words: dict[tuple[str, ...], str] = {}
    for phrase, kind in tables.rows("phrase_boundaries", 2, folder):
        key = tuple(phrase.lower().split())
        if kind not in PHRASE_STARTS | LEANS_FORWARD or key in words:
            raise tables.DataError(f"phrase_boundaries.tsv: {phrase!r} {kind!r}: an unknown kind or a second row")
        words[key] = kind
    return words


BOUNDARY_WORDS = _load_boundary_words()
_LONGEST = max(map(len, BOUNDARY_WORDS))


def _expansions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Expansions from the tables, as word runs keyed by their first word, longest first.

    A cut never falls inside a whole run ("Ủy ban nhân | dân"), but two of its words side by side elsewhere are
    free: "số | và" may be cut in "chuyển đổi số và …" although "dân tộc thiểu số và miền núi" holds the pair.
    """
    runs: dict[str, set[tuple[str, ...]]] = {}
    for value in (*tables.ABBREVIATIONS.values(), *tables.TITLES.values(), *tables.UNITS.values()):
        words = tuple(value.lower().replace(",", " ").split())
        if len(words) > 1:
            runs.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in runs.items()}


_EXPANSIONS = _expansions()


def _inside_expansions(bare: list[str]) -> frozenset[int]:
    """Gaps (gap ``k`` follows word ``k``) inside a whole expansion found in ``bare``.

    >>> sorted(_inside_expansions("họp ủy ban nhân dân tỉnh".split()))
    [1, 2, 3]
    """
    inside: set[int] = set()
    for i, word in enumerate(bare):
        for run in _EXPANSIONS.get(word, ()):
            if tuple(bare[i : i + len(run)]) == run:
                inside.update(range(i, i + len(run) - 1))
                break
    return frozenset(inside)


def _comma_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs around a comma that an expansion itself contains ("Lao động, | Thương binh và Xã hội"):
    that comma is part of a name, not a clause boundary, so no chunk ends there."""
    pairs: set[tuple[str, str]] = set()
    for value in (*tables.ABBREVIATIONS.values(), *tables.TITLES.values()):
        for left, right in pairwise(value.lower().split(", ")):
            pairs.add((left.split()[-1], right.split()[0]))
    return frozenset(pairs)


_COMMA_PAIRS = _comma_pairs()


# --- Vietnamese words ---------------------------------------------------------------------------------

_segmenter_lock = threading.Lock()
_word_tokenize: Callable[[str], list[str]] | None = None
_segmenter_missing = False


def _segmenter() -> Callable[[str], list[str]] | None:
    """underthesea's ``word_tokenize``, imported and its model loaded on first use, once per process."""
    global _word_tokenize, _segmenter_missing
    if _word_tokenize is None and not _segmenter_missing:
        with _segmenter_lock:
            if _word_tokenize is None and not _segmenter_missing:
                try:
                    from underthesea import word_tokenize

                    word_tokenize("khởi động")  # loads the CRF model now, under the lock
                    _word_tokenize = word_tokenize
                except Exception as exc:  # a broken install must not stop reading: syllables still work
                    log.warning("word segmenter unavailable (%s): long sentences are cut between syllables", exc)
                    _segmenter_missing = True
    return _word_tokenize


def warm_up(max_chars: int) -> threading.Thread | None:
    """Load the word segmenter in the background when a bound this tight will need it (gTTS: every long sentence
    is cut inside), so the first article does not wait ~0.7 s for it; None when nothing needs loading."""
    if max_chars >= PACK_BELOW or _word_tokenize is not None or _segmenter_missing:
        return None
    thread = threading.Thread(target=_segmenter, name="tts-word-segmenter", daemon=True)
    thread.start()
    return thread


def _letters(token: str) -> int:
    return sum(ch.isalnum() for ch in token)


@lru_cache(maxsize=8192)
def word_starts(sentence: str) -> tuple[bool, ...] | None:
    """For each space-separated syllable of ``sentence``: does a Vietnamese word start there?

    None when the segmenter is not installed or its tokens do not line up with the syllables.

    >>> word_starts("Các mạnh thường quân thực hiện nhiệm vụ.")
    (True, True, False, False, True, False, True, False)
    """
    tokenize = _segmenter()
    if tokenize is None:
        return None
    with _segmenter_lock:  # the model object is shared; calls take ~1 ms
        words = tokenize(sentence)
    return align_word_starts(sentence, [(t, n == 0) for word in words for n, t in enumerate(word.split())])


def align_word_starts(sentence: str, tokens: list[tuple[str, bool]]) -> tuple[bool, ...] | None:
    """A segmenter's ``(token, starts a word)`` list laid on the space-separated syllables of ``sentence``.

    Tokens are matched by their count of letters and digits (a segmenter may split off punctuation or respell
    a tone mark); None when they do not line up.

    >>> align_word_starts("Hội nghị, họp.", [("Hội", True), ("nghị", False), (",", True), ("họp", True)])
    (True, False, True)
    """
    theirs = [(_letters(t), starts) for t, starts in tokens if _letters(t)]
    out: list[bool] = []
    k = 0
    for syllable in sentence.split():
        need = _letters(unicodedata.normalize("NFC", syllable))
        if not need:  # a dash or a lone mark: not part of a word
            out.append(True)
            continue
        if k >= len(theirs):
            return None
        got, starts = theirs[k]
        k += 1
        while got < need and k < len(theirs):
            got += theirs[k][0]
            k += 1
        if got != need:
            return None
        out.append(starts)
    return tuple(out) if k == len(theirs) else None


def _phrase_at(bare: list[str], i: int, forward: bool) -> str | None:
    """Kind of the longest boundary phrase starting at word ``i`` (``forward``) or ending at it."""
    for size in range(min(_LONGEST, len(bare)), 0, -1):
        key = tuple(bare[i : i + size]) if forward else tuple(bare[max(0, i - size + 1) : i + 1])
        if len(key) == size and key in BOUNDARY_WORDS:
            return BOUNDARY_WORDS[key]
    return None


# --- cutting -----------------------------------------------------------------------------------------------


def _bare(word: str) -> str:
    return word.strip(".,;:!?…").lower()


def _punctuation_kind(left_word: str, right_word: str) -> str | None:
    last = left_word[-1:]
    if last in _SENTENCE_END and not _NO_END_BEFORE.search(left_word):
        return "sentence"
    if last in _CLAUSE_STRONG:
        return "strong"
    if last == ",":
        return "forbidden" if (_bare(left_word), _bare(right_word)) in _COMMA_PAIRS else "comma"
    return None


def _word_kind(
    words: list[str], bare: list[str], i: int, starts: tuple[bool, ...] | None, inside: frozenset[int]
) -> str:
    """What a cut between words ``i`` and ``i + 1`` (no punctuation there) would break; ``inside`` holds the
    gaps within whole expansions (:func:`_inside_expansions`)."""
    a, b = bare[i], bare[i + 1]
    if starts is not None and not starts[i + 1]:
        return "forbidden"  # inside a word: "nhiệm | vụ"
    if (a in NUMBER_WORDS and b in NUMBER_WORDS) or (a in NUMBER_LEADS and b in NUMBER_WORDS):
        return "forbidden"
    if (a in NUMBER_WORDS and b in NUMBER_TAILS) or i in inside:
        return "forbidden"
    before = _phrase_at(bare, i, forward=False)
    capital_next = words[i + 1][:1].isupper()
    if before == "title" and capital_next:
        return "forbidden"  # "đồng chí | Phan Thiên Định"
    if before in LEANS_FORWARD or (words[i][:1].isupper() and capital_next):
        return "lean"  # "các | đại biểu", "đã | thực hiện", inside a name
    after = _phrase_at(bare, i + 1, forward=True)
    if after in NOUN_PHRASE_STARTS:
        return "lean"  # a noun phrase starts: most often the object of the verb before it ("rà soát | các dự án")
    if after in PHRASE_STARTS:
        return "phrase"
    return "word"


@dataclass(frozen=True)
class _Unit:
    """Words of a stretch of text and the kind of each gap (gap ``k`` follows word ``k``; the last is its end)."""

    text: str
    spans: list[tuple[int, int]]
    kinds: list[str]


def _words(block: str, max_chars: int) -> list[tuple[int, int]]:
    """Word spans; a word longer than ``max_chars`` is cut into pieces so every chunk can fit."""
    spans = []
    for m in re.finditer(r"\S+", block):
        start, end = m.span()
        while end - start > max_chars:
            spans.append((start, start + max_chars))
            start += max_chars
        spans.append((start, end))
    return spans


def _units(block: str, max_chars: int, pack: bool) -> list[_Unit]:
    """The block as one unit (``pack``) or one unit per sentence, every gap scored.

    Only a sentence longer than ``max_chars`` may be cut between words; a shorter one is cut at its
    punctuation at most, so the word segmenter runs only where a cut must fall inside a sentence.
    """
    spans = _words(block, max_chars)
    words = [block[s:e] for s, e in spans]
    bare = [_bare(w) for w in words]
    n = len(spans)
    kinds: list[str] = []
    for i in range(n - 1):
        if spans[i][1] == spans[i + 1][0]:
            kinds.append("forbidden")  # a word we had to break: prefer any real gap
        else:
            kinds.append(_punctuation_kind(words[i], words[i + 1]) or "")
    kinds.append("sentence")
    # sentences: runs of words up to a sentence end
    first = 0
    long_sentences: set[int] = set()  # index of the first word of each sentence longer than max_chars
    for last in range(n):
        if kinds[last] != "sentence":
            continue
        if spans[last][1] - spans[first][0] > max_chars:
            long_sentences.add(first)
            sentence = block[spans[first][0] : spans[last][1]]
            starts = word_starts(sentence) if " " in sentence and len(sentence) <= WORDS_MAX_CHARS else None
            if starts is not None and len(starts) != last - first + 1:
                starts = None  # a word broken to fit: the syllables no longer line up
            sentence_words, sentence_bare = words[first : last + 1], bare[first : last + 1]
            inside = _inside_expansions(sentence_bare)
            for i in range(first, last):
                if not kinds[i]:
                    kinds[i] = _word_kind(sentence_words, sentence_bare, i - first, starts, inside)
        first = last + 1
    kinds = [kind or "forbidden" for kind in kinds]  # a sentence that fits is never cut between words
    # Units: each sentence; packing, a run of sentences that ends before the next long one (a chunk never ends
    # mid-sentence after starting a new sentence, but a long sentence's last words may share a chunk with the
    # short sentences after it, and a list label such as "Một." stays with its item).
    units, first = [], 0
    for last in range(n):
        if kinds[last] != "sentence":
            continue
        label = spans[last][1] - spans[first][0] < _SHORT_CHARS
        if not pack or last + 1 == n or (last + 1 in long_sentences and not label):
            units.append(_Unit(block, spans[first : last + 1], kinds[first : last + 1]))
            first = last + 1
    return units


def _cut(unit: _Unit, max_chars: int) -> list[tuple[str, str]]:
    """The cheapest chunks of ``unit``, each with the boundary that ends it.

    ``best[j]`` is the cost of cutting words ``[0, j)`` into chunks; each ``j`` looks back at every start that
    keeps the chunk within ``max_chars`` (vectorised: a 200 000-character sentence stays well under a second).
    """
    import numpy as np  # only here: ``normalize`` never pays for it

    spans, kinds = unit.spans, unit.kinds
    n = len(spans)
    if spans[-1][1] - spans[0][0] <= max_chars and "sentence" not in kinds[:-1]:
        return [(unit.text[spans[0][0] : spans[-1][1]], "sentence")]
    starts = np.array([start for start, _ in spans], dtype=np.int64)
    cut_costs = [float(_COST[kind]) for kind in kinds[:-1]] + [0.0]
    best = np.full(n + 1, np.inf)
    best[0] = 0.0
    back = [0] * (n + 1)
    lo = 0
    for j in range(1, n + 1):
        end = spans[j - 1][1]
        while end - spans[lo][0] > max_chars:
            lo += 1
        length = end - starts[lo:j]
        room = (max_chars - length) / max_chars
        cost = best[lo:j] + (_CHUNK_COST + cut_costs[j - 1]) + _BALANCE_COST * room * room
        cost += _SHORT_COST * (length < _SHORT_CHARS)
        k = len(cost) - 1 - int(np.argmin(cost[::-1]))  # on a tie the later start, as a backwards scan finds
        best[j], back[j] = cost[k], lo + k
    chunks: list[tuple[str, str]] = []
    j = n
    while j > 0:
        i = back[j]
        kind = kinds[j - 1] if j < n else "sentence"
        boundary = "sentence" if kind == "sentence" else "clause" if kind in ("strong", "comma") else "word"
        chunks.append((unit.text[spans[i][0] : spans[j - 1][1]], boundary))
        j = i
    chunks.reverse()
    return chunks


def segment_with_boundaries(
    spoken_text: str, max_chars: int = 100, *, pack: bool | None = None
) -> list[tuple[str, str]]:
    """Chunks ≤ ``max_chars`` NFC code points, each with the boundary that ends it: sentence, clause or word.

    ``pack``: may neighbouring sentences share a chunk? By default only under :data:`PACK_BELOW` characters.
    A block (text between blank lines) always ends on "sentence"; the pipeline adds the paragraph or heading
    pause on top.  A single line break inside a block ends a sentence.
    """
    max_chars = max(1, int(max_chars))
    if pack is None:
        pack = max_chars < PACK_BELOW
    text = unicodedata.normalize("NFC", str(spoken_text))
    out: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        joined = " ".join(
            line if line[-1] in _SENTENCE_END + _CLAUSE_STRONG + "," else line + "." for line in lines
        )
        if len(lines) == 1:
            joined = lines[0]
        for unit in _units(joined, max_chars, pack):
            out.extend(_cut(unit, max_chars))
    return out


def segment(spoken_text: str, max_chars: int = 100, *, pack: bool | None = None) -> list[str]:
    """The chunks of :func:`segment_with_boundaries`: ``segment("Một. Hai.") == ["Một. Hai."]``."""
    return [chunk for chunk, _ in segment_with_boundaries(spoken_text, max_chars, pack=pack)]
