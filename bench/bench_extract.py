"""Extraction speed: our ``extract_article`` against plain ``trafilatura.extract``, same pages, same run.

    .venv/bin/python bench/bench_extract.py [--pages DIR] [--repeat N]

Prints the median time per page of each, and the ratio. The target is a median of at most 50 ms per page.
Pages default to ../shared/eval/extract/pages (real pages beside the repository).
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


def _shared_dir() -> Path:
    """``shared/`` sits beside the repository (``../shared``); from a git worktree it may be one level up."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval" / "extract").is_dir():
            return base / "shared"
    return ROOT.parent / "shared"


DEFAULT_PAGES = _shared_dir() / "eval" / "extract" / "pages"
TARGET_MEDIAN_S = 0.050


def per_page_medians(fn: Callable[[bytes], object], pages: list[bytes], repeat: int) -> list[float]:
    """For each page, the median of ``repeat`` timed calls (after one warm-up call)."""
    out = []
    for raw in pages:
        fn(raw)
        times = []
        for _ in range(repeat):
            gc.collect()
            t0 = time.perf_counter()
            fn(raw)
            times.append(time.perf_counter() - t0)
        out.append(statistics.median(times))
    return out


def ours(raw: bytes) -> object:
    return extract_article(raw)


def baseline(raw: bytes) -> object:
    return trafilatura.extract(raw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    files = sorted(a.pages.glob("*.html"))
    if not files:
        print(f"no *.html pages in {a.pages}", file=sys.stderr)
        return 2
    pages = [f.read_bytes() for f in files]
    # interleave the two so a busy machine slows both alike
    base = per_page_medians(baseline, pages, a.repeat)
    mine = per_page_medians(ours, pages, a.repeat)
    base2 = per_page_medians(baseline, pages, a.repeat)
    base = [min(x, y) for x, y in zip(base, base2, strict=True)]
    m_ours, m_base = statistics.median(mine), statistics.median(base)
    print(f"pages: {len(pages)} from {a.pages}  (median of {a.repeat} runs per page)")
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
