"""Cut spoken text into engine requests: few, balanced, ≤ ``max_chars``, never inside a number.

Blocks (blank lines) are never joined.  Inside a block the cut points are scored, and a small dynamic
programme picks the cheapest set of chunks: each chunk costs a request, each cut costs what a listener
hears there (a sentence end costs nothing, ``; :`` a little, a comma more, a cut before a conjunction more,
a cut between two plain words most, a cut inside a number or an expanded abbreviation is forbidden), and
uneven or tiny chunks cost extra.  So neighbouring sentences merge while they fit, and a long sentence is
split at its best pauses into chunks of similar length.

>>> segment("Một. Hai.")
['Một. Hai.']
>>> segment("Hội nghị đã nghe báo cáo, thảo luận và thống nhất cao; đồng thời giao nhiệm vụ cụ thể.", 60)
['Hội nghị đã nghe báo cáo, thảo luận và thống nhất cao;', 'đồng thời giao nhiệm vụ cụ thể.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from . import tables

#: Silence after each kind of boundary, in milliseconds (heading > paragraph > sentence > clause > word).
PAUSES_MS: dict[str, int] = {"heading": 900, "paragraph": 700, "sentence": 450, "clause": 250, "word": 60}

_SENTENCE_END = ".!?…"
_CLAUSE_STRONG = ";:"
#: A cut before one of these words falls where a speaker could breathe.
CONJUNCTIONS = frozenset(
    (
        "và",
        "nhưng",
        "hoặc",
        "hay",
        "để",
        "mà",
        "nên",
        "thì",
        "của",
        "với",
        "cho",
        "tại",
        "trong",
        "theo",
        "khi",
        "nhằm",
        "do",
        "vì",
        "bởi",
        "từ",
        "đồng",
        "thời",
        "song",
        "cùng",
        "qua",
        "sau",
        "trước",
        "đến",
        "tuy",
        "dù",
        "nếu",
        "là",
    )
)
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


def _cut_costs() -> dict[str, int]:
    return {"sentence": 0, "strong": 6, "comma": 12, "conjunction": 24, "word": 60, "forbidden": 100_000}


_COST = _cut_costs()
_CHUNK_COST = 100  # one more request
_SHORT_CHARS = 20
_SHORT_COST = 80
_BALANCE_COST = 40  # times the squared share of unused room


def _no_cut_pairs() -> frozenset[tuple[str, str]]:
    """Adjacent word pairs inside an expansion from the tables ("nhân | dân" in "Ủy ban nhân dân")."""
    pairs: set[tuple[str, str]] = set()
    for value in (*tables.ABBREVIATIONS.values(), *tables.TITLES.values(), *tables.UNITS.values()):
        words = value.lower().replace(",", " ").split()
        pairs.update(pairwise(words))
    return frozenset(pairs)


_NO_CUT_PAIRS = _no_cut_pairs()


def _comma_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs around a comma that an expansion itself contains ("Lao động, | Thương binh và Xã hội"):
    that comma is part of a name, not a clause boundary, so no chunk ends there."""
    pairs: set[tuple[str, str]] = set()
    for value in (*tables.ABBREVIATIONS.values(), *tables.TITLES.values()):
        for left, right in pairwise(value.lower().split(", ")):
            pairs.add((left.split()[-1], right.split()[0]))
    return frozenset(pairs)


_COMMA_PAIRS = _comma_pairs()


@dataclass(frozen=True)
class _Gap:
    """A place between two words where a chunk may end."""

    end: int  # index in the block where the left chunk ends (exclusive, before the space)
    start: int  # index where the next chunk starts
    kind: str  # sentence | strong | comma | conjunction | word | forbidden


def _bare(word: str) -> str:
    return word.strip(".,;:!?…").lower()


def _classify(left_word: str, right_word: str) -> str:
    last = left_word[-1:]
    if last in _SENTENCE_END and not _NO_END_BEFORE.search(left_word):
        return "sentence"
    a, b = _bare(left_word), _bare(right_word)
    if last in _CLAUSE_STRONG:
        return "strong"
    if last == ",":
        return "forbidden" if (a, b) in _COMMA_PAIRS else "comma"
    if (a in NUMBER_WORDS and b in NUMBER_WORDS) or (a in NUMBER_LEADS and b in NUMBER_WORDS):
        return "forbidden"
    if (a in NUMBER_WORDS and b in NUMBER_TAILS) or (a, b) in _NO_CUT_PAIRS:
        return "forbidden"
    if b in CONJUNCTIONS:
        return "conjunction"
    return "word"


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


def _boundary_of(chunk: str) -> str:
    last = chunk[-1:]
    if last in _SENTENCE_END and not _NO_END_BEFORE.search(chunk.rsplit(" ", 1)[-1]):
        return "sentence"
    if last in _CLAUSE_STRONG + ",":
        return "clause"
    return "word"


def _segment_block(block: str, max_chars: int) -> list[tuple[str, str]]:
    if len(block) <= max_chars:
        return [(block, "sentence")]
    spans = _words(block, max_chars)
    n = len(spans)
    # gap i lies after word i (0 ≤ i < n-1); the block end is gap n-1 with cost 0.
    kinds = [
        _classify(block[spans[i][0] : spans[i][1]], block[spans[i + 1][0] : spans[i + 1][1]])
        if spans[i][1] != spans[i + 1][0]
        else "forbidden"  # a word we had to break: prefer any real gap
        for i in range(n - 1)
    ] + ["sentence"]
    inf = float("inf")
    best = [inf] * (n + 1)  # best[j]: cost of chunks covering words [0, j)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        end = spans[j - 1][1]
        cut = _COST[kinds[j - 1]] if j < n else 0
        i = j - 1
        while i >= 0:
            length = end - spans[i][0]
            if length > max_chars:
                break
            if best[i] < inf:
                room = (max_chars - length) / max_chars
                cost = best[i] + _CHUNK_COST + cut + _BALANCE_COST * room * room
                if length < _SHORT_CHARS:
                    cost += _SHORT_COST
                if cost < best[j]:
                    best[j], back[j] = cost, i
            i -= 1
    chunks: list[tuple[str, str]] = []
    j = n
    while j > 0:
        i = back[j]
        text = block[spans[i][0] : spans[j - 1][1]]
        chunks.append((text, _boundary_of(text) if j < n else "sentence"))
        j = i
    chunks.reverse()
    return chunks


def segment_with_boundaries(spoken_text: str, max_chars: int = 100) -> list[tuple[str, str]]:
    """Chunks ≤ ``max_chars`` NFC code points, each with the boundary that ends it: sentence, clause or word.

    A block (text between blank lines) always ends on "sentence"; the pipeline adds the paragraph or heading
    pause on top.  A single line break inside a block ends a sentence.
    """
    max_chars = max(1, int(max_chars))
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
        out.extend(_segment_block(joined, max_chars))
    return out


def segment(spoken_text: str, max_chars: int = 100) -> list[str]:
    """The chunks of :func:`segment_with_boundaries`: ``segment("Một. Hai.") == ["Một. Hai."]``."""
    return [chunk for chunk, _ in segment_with_boundaries(spoken_text, max_chars)]
