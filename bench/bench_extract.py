"""Extraction speed: our ``extract_article`` against plain ``trafilatura.extract``, same pages, same run.

    .venv/bin/python bench/bench_extract.py [--pages DIR] [--repeat N]

For each page both extractors run in turns (ours, baseline, ours, …) so a busy machine slows both alike;
each page's time is the best of ``--repeat`` runs (as ``timeit`` advises: the spread above it is other
processes, not the code). Prints the median over pages of each, the ratio, and whether our median meets the
target of at most 50 ms per page. Pages default to ../shared/eval/extract/pages beside the repository.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from tts_service.extract import extract_article  # noqa: E402

TARGET_MEDIAN_S = 0.050


def _shared_dir() -> Path:
    """``shared/`` sits beside the repository (``../shared``); from a git worktree it may be one level up."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval" / "extract").is_dir():
            return base / "shared"
    return ROOT.parent / "shared"


DEFAULT_PAGES = _shared_dir() / "eval" / "extract" / "pages"


def ours(raw: bytes) -> object:
    return extract_article(raw)


def baseline(raw: bytes) -> object:
    return trafilatura.extract(raw)


def _timed(fn: Callable[[bytes], object], raw: bytes) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn(raw)
    return time.perf_counter() - t0


def best_times(pages: list[bytes], repeat: int) -> tuple[list[float], list[float]]:
    """Per page, the best of ``repeat`` timed calls of ours and of the baseline, taken in turns."""
    mine, base = [], []
    for raw in pages:
        ours(raw), baseline(raw)  # warm-up: imports, caches
        m, b = [], []
        for _ in range(repeat):
            m.append(_timed(ours, raw))
            b.append(_timed(baseline, raw))
        mine.append(min(m))
        base.append(min(b))
    return mine, base


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args(argv)
    files = sorted(a.pages.glob("*.html"))
    if not files:
        print(f"no *.html pages in {a.pages}", file=sys.stderr)
        return 2
    pages = [f.read_bytes() for f in files]
    mine, base = best_times(pages, a.repeat)
    m_ours, m_base = statistics.median(mine), statistics.median(base)
    print(f"pages: {len(pages)} from {a.pages}  (best of {a.repeat} runs per page, taken in turns)")
    print(f"{'extractor':<32} {'median ms':>10} {'p90 ms':>8} {'max ms':>8}")
    for name, ts in (("extract_article (ours)", mine), ("trafilatura.extract (baseline)", base)):
        q = statistics.quantiles(ts, n=10)[-1] if len(ts) > 1 else ts[0]
        print(f"{name:<32} {statistics.median(ts) * 1e3:>10.1f} {q * 1e3:>8.1f} {max(ts) * 1e3:>8.1f}")
    print(f"ratio ours/baseline (median): {m_ours / m_base:.2f}x")
    ok = m_ours <= TARGET_MEDIAN_S
    print(f"target median <= {TARGET_MEDIAN_S * 1e3:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
