"""A hostile page's extraction time, ours against trafilatura alone, as the page grows: the crafted input is many
colon-introduced link lists (a sentence ending in a colon over short lines, each a link or a line about it), the
shape that once made a path of the extractor quadratic (≈ 27 s at 95 kB).

    .venv/bin/python bench/extract_hostile.py [--sizes 10,20,40,95] [--repeat 1]

Prints, per size, the best of ``--repeat`` runs of each and the ratio ours / baseline; a linear path keeps the
ratio flat as the page grows, a quadratic one makes it grow with the size.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from tts_service.extract import extract_article  # noqa: E402


def colon_link_lists(kb: int) -> str:
    """About ``kb`` kilobytes of link lists, each introduced by a sentence ending in a colon: ``<p>Here are the
    places we saw on day 3 of the trip:</p><p><a>Place 3 0</a></p><p>By tram to stop 3-0</p>…``, all siblings
    in one article box of a page that names its own address."""
    parts = [
        "<html><head><title>Useful links for the season</title>"
        "<link rel='canonical' href='https://example.org/guide'></head>"
        "<body><article><h1>Useful links for the season</h1>"
    ]
    size, n = 0, 0
    while size < kb * 1000:
        part = f"<p>Here are the places we saw on day {n} of the trip:</p>" + "".join(
            f"<p><a href='/guide/{n}/{j}'>Place {n} {j}</a></p><p>By tram to stop {n}-{j}</p>" for j in range(3)
        )
        parts.append(part)
        size += len(part)
        n += 1
    parts.append("</article></body></html>")
    return "".join(parts)


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,20,40,95", help="page sizes in kB, comma-separated")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    print("| kB | ours s | trafilatura s | ratio |\n|---|---|---|---|")
    for kb in (int(s) for s in args.sizes.split(",")):
        html = colon_link_lists(kb)
        ours = _best(lambda html=html: extract_article(html), args.repeat)
        base = _best(lambda html=html: trafilatura.extract(html), args.repeat)
        print(f"| {len(html) / 1000:.0f} | {ours:.2f} | {base:.3f} | {ours / base:.0f} |", flush=True)


if __name__ == "__main__":
    main()
