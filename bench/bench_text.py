"""Benchmark the text stage: normalize speed and segmentation quality, each beside a baseline of the same run.

    .venv/bin/python bench/bench_text.py [--shared ../shared] [--max-chars 100]

* normalize: seconds per 1000 sentences (dev sentences and the reference article's sentences, cycled to 1000),
  against the seed normalizer this project started from (NFC + digits one by one), measured in this run.
* segment: on the normalized dev sentences and the normalized reference article — request count, chunks over
  the limit, cuts inside a spoken number, share of chunks under 20 characters — against gTTS's own default
  tokenizer (its pre-processors and tokenizer cases, 100-character minimizing, as ``gTTS._tokenize`` does).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gtts.tokenizer import Tokenizer, pre_processors, tokenizer_cases  # noqa: E402
from gtts.utils import _clean_tokens, _minimize  # noqa: E402

from tts_service.text import normalize, segment  # noqa: E402
from tts_service.text.segment import NUMBER_WORDS  # noqa: E402

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


def load_inputs(shared: Path) -> tuple[list[str], str]:
    rows = (shared / "eval/normalize/dev.tsv").read_text(encoding="utf-8").splitlines()[1:]
    sentences = [r.split("\t")[2] for r in rows if r.strip()]
    article = (shared / "fixtures/huecity-hoi-nghi-truc-bao-quy-iii.txt").read_text(encoding="utf-8")
    return sentences, article


def cut_inside_number(chunks: list[str]) -> int:
    """Cuts whose last word before and first word after are both number words ("hai | nghìn")."""
    bad = 0
    for left, right in pairwise(chunks):
        a = left.split()[-1].strip(".,;:!?…").lower() if left.split() else ""
        b = right.split()[0].strip(".,;:!?…").lower() if right.split() else ""
        if a in NUMBER_WORDS and b in NUMBER_WORDS and left.rstrip()[-1:] not in ".,;:!?…":
            bad += 1
    return bad


def seg_stats(name: str, texts: list[str], cut, max_chars: int) -> dict[str, float]:
    chunks_per_text = [cut(t) for t in texts]
    chunks = [c for cs in chunks_per_text for c in cs]
    return {
        "name": name,
        "requests": len(chunks),
        "over": sum(len(c) > max_chars for c in chunks),
        "inside_number": sum(cut_inside_number(cs) for cs in chunks_per_text),
        "short_pct": 100 * sum(len(c) < 20 for c in chunks) / max(1, len(chunks)),
        "mean_len": sum(map(len, chunks)) / max(1, len(chunks)),
    }


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
    sentences, article = load_inputs(shared)

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
    spoken = [normalize(s) for s in sentences] + [normalize(article)]
    mc = a.max_chars
    rows = [
        seg_stats("gTTS default tokenizer (baseline)", spoken, lambda t: gtts_tokenize(t, mc), mc),
        seg_stats("tts_service.text.segment", spoken, lambda t: segment(t, mc), mc),
    ]
    base = rows[0]["requests"]
    print(f"\n## segmentation (dev sentences + reference article, normalized; max_chars={mc})")
    print(
        "| segmenter | requests | ratio | chunks > max | cuts in numbers | chunks < 20 chars % | mean chars |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['name']} | {r['requests']} | {r['requests'] / base:.2f} | {r['over']} "
            f"| {r['inside_number']} | {r['short_pct']:.1f} | {r['mean_len']:.0f} |"
        )
    seg_time = timed(lambda t: segment(t, mc), spoken)
    gtts_time = timed(lambda t: gtts_tokenize(t, mc), spoken)
    print(
        f"segment time {seg_time * 1000:.1f} ms vs gTTS tokenizer {gtts_time * 1000:.1f} ms "
        f"(ratio {seg_time / gtts_time:.1f})"
    )
    ours_row = rows[1]
    ok = (
        ours_row["over"] == 0
        and ours_row["inside_number"] == 0
        and ours_row["short_pct"] <= 2
        and ours_row["requests"] <= 0.75 * base
        and ours <= 2
        and max(big, long_number) <= 2
    )
    print(
        "targets (0 over, 0 inside numbers, ≤ 2 % short, ≤ 0.75× gTTS requests, ≤ 2 s, huge ≤ 2 s): "
        + ("MET" if ok else "NOT MET")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
