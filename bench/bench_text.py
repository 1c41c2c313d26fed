"""Benchmark the text stage: normalize speed and segmentation quality, each beside a baseline of the same run.

    .venv/bin/python bench/bench_text.py [--shared ../shared] [--max-chars 100]
    .venv/bin/pip install pyvi==0.1.1   # optional second word segmenter for the judge (~230 MB with scikit-learn)

* normalize: seconds per 1000 sentences (dev sentences and the reference article's sentences, cycled to 1000),
  against the seed normalizer this project started from (NFC + digits one by one), measured in this run.
* segment, at gTTS's bound: on the normalized reference article, dev sentences and extract dev pages' gold
  texts (Vietnamese) — requests, chunks over the limit, cuts inside a spoken number, cuts inside a word as
  judged by underthesea (on the whole block, not the sentence the segmenter saw), by pyvi and by both at once,
  share of cuts at punctuation or before a phrase word, share of chunks under 20 characters cut from a longer
  block — against gTTS's own default tokenizer (its pre-processors and tokenizer cases, 100-character
  minimizing, as ``gTTS._tokenize`` does), block by block as the pipeline sends them.
* segment, at espeak's bound: chunks per sentence (sentences counted by end punctuation), ≈ 1.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import unicodedata
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gtts.tokenizer import Tokenizer, pre_processors, tokenizer_cases  # noqa: E402
from gtts.utils import _clean_tokens, _minimize  # noqa: E402

from tts_service.engines.espeak import EspeakEngine  # noqa: E402
from tts_service.text import normalize, segment, segment_with_boundaries  # noqa: E402
from tts_service.text.segment import (  # noqa: E402
    BOUNDARY_WORDS,
    NUMBER_WORDS,
    PHRASE_STARTS,
    align_word_starts,
    word_starts,
)

ESPEAK_BOUND = EspeakEngine.max_chars

_GTTS_PRE = [
    pre_processors.tone_marks,
    pre_processors.end_of_line,
    pre_processors.abbreviations,
    pre_processors.word_sub,
]
_GTTS_TOKENIZER = Tokenizer(
    [
        tokenizer_cases.tone_marks,
        tokenizer_cases.period_comma,
        tokenizer_cases.colon,
        tokenizer_cases.other_punctuation,
    ]
).run


def gtts_tokenize(text: str, max_chars: int = 100) -> list[str]:
    """What ``gTTS(text)._tokenize`` sends, one item per request (copied logic, gtts 2.5)."""
    text = text.strip()
    for pp in _GTTS_PRE:
        text = pp(text)
    if len(text) <= max_chars:
        return _clean_tokens([text])
    tokens = _clean_tokens(_GTTS_TOKENIZER(text))
    out: list[str] = []
    for t in tokens:
        out += _minimize(t, " ", max_chars)
    return [t for t in out if t]


_SEED_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def seed_normalize(text: str) -> str:
    """The normalizer this project started from (baseline for speed)."""
    text = unicodedata.normalize("NFC", str(text)).replace("\xa0", " ")
    text = re.sub(r"\d", lambda m: " " + _SEED_DIGITS[int(m.group())] + " ", text)
    return re.sub(r"\s+", " ", text).strip()


def load_inputs(shared: Path) -> tuple[list[str], str, list[str]]:
    rows = (shared / "eval/normalize/dev.tsv").read_text(encoding="utf-8").splitlines()[1:]
    sentences = [r.split("\t")[2] for r in rows if r.strip()]
    article = (shared / "fixtures/huecity-hoi-nghi-truc-bao-quy-iii.txt").read_text(encoding="utf-8")
    pages = [p.read_text(encoding="utf-8") for p in sorted((shared / "eval/extract/pages").glob("vi_*.txt"))]
    return sentences, article, pages


def blocks_of(text: str) -> list[str]:
    """Paragraphs as the pipeline reads them: one block per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def judges() -> dict[str, object]:
    """Word segmenters that judge the cuts: underthesea (the one segment uses) and pyvi when installed."""
    from underthesea import word_tokenize

    found: dict[str, object] = {
        "underthesea": lambda t: [(tok, n == 0) for w in word_tokenize(t) for n, tok in enumerate(w.split())]
    }
    try:
        from pyvi import ViTokenizer
    except ImportError:
        print("(pyvi not installed: `.venv/bin/pip install pyvi==0.1.1` adds the second judge)")
    else:
        found["pyvi"] = lambda t: [
            (tok, n == 0) for w in ViTokenizer.tokenize(t).split() for n, tok in enumerate(w.split("_"))
        ]
    return found


def judge_cuts(block: str, chunks: list[str], judge) -> tuple[set[int], int]:
    """(where cuts fall inside a word, as syllable indices; cuts the judge could not place) for one block."""
    starts = align_word_starts(block, judge(block))
    if starts is None:
        return set(), len(chunks) - 1
    inside, syllable = set(), 0
    for chunk in chunks[:-1]:
        syllable += len(chunk.split())
        if syllable < len(starts) and not starts[syllable] and chunk.rstrip()[-1:] not in ".,;:!?…":
            inside.add(syllable)
    return inside, 0


def cut_places(chunks: list[str]) -> tuple[int, int]:
    """(cuts, cuts at punctuation or before a phrase word such as "và", "của", "nhằm")."""
    good = 0
    for left, right in pairwise(chunks):
        first = tuple(right.lower().strip(".,;:!?…").split()[:3])
        phrase = any(BOUNDARY_WORDS.get(first[:n]) in PHRASE_STARTS for n in range(1, len(first) + 1))
        good += left.rstrip()[-1:] in ".,;:!?…" or phrase
    return max(0, len(chunks) - 1), good


def cut_inside_number(chunks: list[str]) -> int:
    """Cuts whose last word before and first word after are both number words ("hai | nghìn")."""
    bad = 0
    for left, right in pairwise(chunks):
        a = left.split()[-1].strip(".,;:!?…").lower() if left.split() else ""
        b = right.split()[0].strip(".,;:!?…").lower() if right.split() else ""
        if a in NUMBER_WORDS and b in NUMBER_WORDS and left.rstrip()[-1:] not in ".,;:!?…":
            bad += 1
    return bad


def seg_stats(name: str, blocks: list[str], cut, max_chars: int, judged: dict[str, object]) -> dict:
    chunks_per_block = [cut(t) for t in blocks]
    chunks = [c for cs in chunks_per_block for c in cs]
    cuts = places = 0
    for cs in chunks_per_block:
        n, good = cut_places(cs)
        cuts, places = cuts + n, places + good
    row = {
        "name": name,
        "requests": len(chunks),
        "over": sum(len(c) > max_chars for c in chunks),
        "inside_number": sum(cut_inside_number(cs) for cs in chunks_per_block),
        # a block shorter than 20 characters (a heading, a list item) is one short chunk whatever we do
        "short_pct": 100 * sum(len(c) < 20 < len(b) for b, cs in zip(blocks, chunks_per_block, strict=True)
                               for c in cs) / max(1, len(chunks)),
        "mean_len": sum(map(len, chunks)) / max(1, len(chunks)),
        "cuts": cuts,
        "good_pct": 100 * places / max(1, cuts),
    }
    every = 0
    for judge_name in judged:
        row[judge_name] = (0, 0)
    for block, cs in zip(blocks, chunks_per_block, strict=True):
        verdicts = [judge_cuts(block, cs, judge) for judge in judged.values()]
        for judge_name, (inside, unplaced) in zip(judged, verdicts, strict=True):
            row[judge_name] = (row[judge_name][0] + len(inside), row[judge_name][1] + unplaced)
        every += len(set.intersection(*(inside for inside, _ in verdicts)))
    row["every judge"] = (every, 0)
    return row


def sentences_in(block: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?…])\s+", block) if s.strip()])


#: The 1 MB test input: a portal sentence with a date, titles, abbreviations, money and a leading zero, repeated.
HUGE_SENTENCE = (
    "Chiều 08/10/2021, đồng chí Phan Thiên Định - UVTV Tỉnh ủy, Bí thư Thành ủy chủ trì Hội nghị "
    "Mặt trận và các đoàn thể chính trị - xã hội; UBND TP. Huế chi 1.500 tỷ đồng cho 03 dự án KT-XH, "
)


def timed(fn, items: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--max-chars", type=int, default=100)
    a = ap.parse_args(argv)
    shared = a.shared if (a.shared / "eval").exists() else Path("/work/shared")
    sentences, article, pages = load_inputs(shared)

    # -- normalize speed --------------------------------------------------------------------------------
    article_sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", article) if s.strip()]
    pool = sentences + article_sentences
    corpus = [pool[i % len(pool)] for i in range(1000)]
    ours = timed(normalize, corpus)
    seed = timed(seed_normalize, corpus)
    print("## normalize speed (1000 sentences, best of 3)")
    print("| normalizer | s per 1000 sentences | ratio to seed |")
    print("|---|---:|---:|")
    print(f"| seed (NFC + digit by digit), baseline | {seed:.3f} | 1.00 |")
    print(f"| tts_service.text.normalize | {ours:.3f} | {ours / seed:.1f} |")
    print(f"budget ≤ 2 s per 1000 sentences: {'OK' if ours <= 2 else 'OVER'}")

    # -- huge inputs (issue #4: a 1 MB sentence or a 100 000-digit number within 2 s) ------------------------
    huge = (HUGE_SENTENCE * (1_000_000 // len(HUGE_SENTENCE) + 1))[:1_000_000]
    digits = "Mã số " + "7" * 100_000 + "."
    normalize("²")  # the first call builds a lazy table
    big = timed(normalize, [huge], repeat=3)
    long_number = timed(normalize, [digits], repeat=3)
    base_big = timed(seed_normalize, [huge], repeat=3)
    print("\n## huge inputs (best of 3)")
    print("| input | tts_service.text.normalize s | seed normalizer s | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| 1 MB sentence | {big:.2f} | {base_big:.2f} | {big / base_big:.1f} |")
    print(f"| 100 000-digit number | {long_number:.2f} | — | — |")
    print(f"budget ≤ 2 s each: {'OK' if max(big, long_number) <= 2 else 'OVER'}")

    # -- segmentation -----------------------------------------------------------------------------------
    mc = a.max_chars
    judged = judges()
    sets = {
        "reference article": [normalize(b) for b in blocks_of(article)],
        "normalize dev sentences": [normalize(t) for t in sentences],
        "extract dev pages (vi gold)": [normalize(b) for p in pages for b in blocks_of(p)],
    }
    sets = {k: [b for b in v if b.strip()] for k, v in sets.items()}
    everything = [b for v in sets.values() for b in v]
    rows = []
    print(f"\n## segmentation at gTTS's bound (max_chars={mc}), normalized text, one row pair per input set")
    head = "| input | segmenter | requests | ratio | > max | in numbers | cuts | at punct./phrase % |"
    columns = [*judged, "every judge"]
    head += "".join(f" inside a word ({j}) |" for j in columns) + " < 20 chars % |"
    print(head)
    print("|---|---|" + "---:|" * (7 + len(columns)))
    for set_name, blocks in [*sets.items(), ("all", everything)]:
        pair = [
            seg_stats("gTTS default tokenizer (baseline)", blocks, lambda t: gtts_tokenize(t, mc), mc, judged),
            seg_stats("tts_service.text.segment", blocks, lambda t: segment(t, mc), mc, judged),
        ]
        for r in pair:
            judged_cells = "".join(
                f" {r[j][0]}{f' ({r[j][1]} unplaced)' if r[j][1] else ''} |" for j in columns
            )
            print(
                f"| {set_name} | {r['name']} | {r['requests']} | {r['requests'] / pair[0]['requests']:.2f} "
                f"| {r['over']} | {r['inside_number']} | {r['cuts']} | {r['good_pct']:.0f} |{judged_cells} "
                f"{r['short_pct']:.1f} |"
            )
        rows = pair
    base = rows[0]["requests"]
    def cold_segment(text: str) -> list[str]:  # each block as if never seen: no cached word boundaries
        word_starts.cache_clear()
        return segment(text, mc)

    seg_time = timed(cold_segment, everything)
    gtts_time = timed(lambda t: gtts_tokenize(t, mc), everything)
    article_time = timed(cold_segment, sets["reference article"])
    print(
        f"segment time (word boundaries not cached), all {len(everything)} blocks: {seg_time * 1000:.1f} ms vs "
        f"gTTS tokenizer {gtts_time * 1000:.1f} ms (ratio {seg_time / gtts_time:.1f}); the reference article "
        f"alone {article_time * 1000:.1f} ms"
    )
    load = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter(); from underthesea import word_tokenize; "
         "i = time.perf_counter(); word_tokenize('khởi động'); e = time.perf_counter(); "
         "print(f'{i - t:.2f} s import, {e - i:.2f} s model load')"],
        capture_output=True, text=True, check=True,
    )
    print(f"word segmenter, once per process on first use: {load.stdout.strip()}")
    run_on = normalize(HUGE_SENTENCE.replace(",", "").replace(";", "").replace(" - ", " ") * 2000)[:200_000]
    hostile = {bound: timed(lambda t, b=bound: segment(t, b), [run_on], repeat=1) for bound in (mc, ESPEAK_BOUND)}
    print(
        f"a 200 000-character run without punctuation (the article limit): segment {hostile[mc]:.2f} s at {mc}, "
        f"{hostile[ESPEAK_BOUND]:.2f} s at {ESPEAK_BOUND}; gTTS tokenizer "
        f"{timed(lambda t: gtts_tokenize(t, mc), [run_on], repeat=1):.2f} s"
    )

    print("\n## segmentation at espeak's bound: chunks per sentence")
    print("| input | sentences | chunks | chunks per sentence | chunks cut inside a sentence |")
    print("|---|---:|---:|---:|---:|")
    espeak_ratio = 0.0
    for set_name, blocks in [*sets.items(), ("all", everything)]:
        n_sent = sum(sentences_in(b) for b in blocks)
        pieces = [segment_with_boundaries(b, ESPEAK_BOUND) for b in blocks]
        n_chunks = sum(map(len, pieces))
        mid = sum(kind != "sentence" for p in pieces for _, kind in p)
        espeak_ratio = n_chunks / n_sent
        print(f"| {set_name} | {n_sent} | {n_chunks} | {espeak_ratio:.2f} | {mid} |")
    ours_row = rows[1]
    ok = (
        ours_row["over"] == 0
        and ours_row["inside_number"] == 0
        and ours_row["underthesea"][0] == 0
        and ours_row["every judge"][0] == 0
        and 0.9 <= espeak_ratio <= 1.1
        and ours_row["short_pct"] <= 2
        and ours_row["requests"] <= 0.75 * base
        and ours <= 2
        and max(big, long_number) <= 2
    )
    print(
        "targets (0 over, 0 inside numbers, 0 inside words by underthesea and by every judge at once, "
        "espeak 0.9–1.1 chunks/sentence, ≤ 2 % short, "
        "≤ 0.75× gTTS requests, ≤ 2 s, huge ≤ 2 s): "
        + ("MET" if ok else "NOT MET")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
