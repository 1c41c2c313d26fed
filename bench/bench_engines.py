"""Engines: how many Google requests we send, and how much memory a long article takes.

    PYTHONPATH=. .venv/bin/python bench/bench_engines.py

1. gTTS requests for the reference article (through the fake Google endpoint on 127.0.0.1, the service's own
   path: plan → gtts engine → frame join) ÷ the chunks gTTS's default tokenizer makes of the same spoken text
   (``gTTS._tokenize``: its pre-processors, its tokenizer cases, 100 characters). Goal ≤ 0.75.
2. Peak RSS of a worker process synthesising a 20 000-character article with espeak (segments streamed into
   the encoder) next to the same process that imports and warms up everything but synthesises nothing.
   Goal ≤ 300 MB. Each is a fresh subprocess; ``resource.getrusage(RUSAGE_SELF).ru_maxrss``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def reference_html(app) -> str:  # type: ignore[no-untyped-def]
    from flask import render_template

    from tts_service.web.public import DEMO_ID, DEMO_URL, demo_article

    with app.test_request_context("/"):
        return render_template("demo.html", article=demo_article(), article_id=DEMO_ID, page_url=DEMO_URL)


def gtts_requests() -> None:
    from gtts import gTTS

    from tests.fakes.google import FakeGoogle
    from tts_service import create_app
    from tts_service.extract import extract_article
    from tts_service.text import normalize

    with tempfile.TemporaryDirectory() as tmp, FakeGoogle() as fake:
        app = create_app({"data_dir": Path(tmp), "engine": ("gtts",), "gtts_url": fake.url, "gtts_rps": 50.0})
        article = extract_article(reference_html(app))
        narrator = app.extensions["narrator"]
        asset, _ = narrator.narrate(article, "bench")
        ours = fake.count
        spoken = "\n".join(normalize(block.text) for block in article.readable_blocks)
        default = len(gTTS(spoken, lang="vi", lang_check=False)._tokenize(spoken))
        per_block = sum(
            len(gTTS(t, lang="vi", lang_check=False)._tokenize(t))
            for t in (normalize(b.text) for b in article.readable_blocks)
        )
    print(f"reference article: {len(spoken)} spoken characters, {asset.duration_s:.1f} s of audio")
    print(f"gTTS requests, ours (service path, fake endpoint): {ours}")
    print(f"gTTS default tokenizer on the same spoken text:    {default}  (per block: {per_block})")
    print(f"ratio ours / gTTS default: {ours / default:.2f}  (goal ≤ 0.75)")


_CHILD = r"""
import os, resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {root!r})
from tts_service import create_app
from tts_service.pipeline import article_from_text

def current_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

paragraphs = {paragraphs!r}
body, n = [], 0
while sum(len(p) for p in body) < 20000:
    body.append(f"Đoạn số {{n + 1}}. " + paragraphs[n % len(paragraphs)])
    n += 1
article = article_from_text("Bài dài để đo bộ nhớ", "\n\n".join(body))
with tempfile.TemporaryDirectory() as tmp:
    narrator = create_app({{"data_dir": Path(tmp)}}).extensions["narrator"]
    narrator.engine.synthesize("Khởi động.")
    chars = sum(len(b.text) for b in article.readable_blocks)
    before = (peak_mb(), current_mb())
    t0 = time.perf_counter()
    if {synthesise!r}:
        asset, _ = narrator.narrate(article, "long")
        extra = f"{{asset.duration_s:.0f}} s of audio, {{Path(asset.mp3_path).stat().st_size / 1e6:.1f}} MB MP3"
    else:
        extra = "no synthesis"
    seconds = time.perf_counter() - t0
    after = (peak_mb(), current_mb())
print(f"{{after[0]:.1f}} {{before[0]:.1f}} {{before[1]:.1f}} {{after[1]:.1f}} {{chars}} {{seconds:.1f}} {{extra}}")
"""


def peak_memory() -> None:
    from tts_service import create_app
    from tts_service.extract import extract_article

    with tempfile.TemporaryDirectory() as tmp:
        article = extract_article(reference_html(create_app({"data_dir": Path(tmp)})))
    paragraphs = [b.text for b in article.blocks if len(b.text) > 80]
    results = {}
    for synthesise in (False, True):
        code = _CHILD.format(root=str(ROOT), paragraphs=paragraphs, synthesise=synthesise)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=1200)
        peak, peak_before, rss_before, rss_after, chars, seconds, *extra = out.stdout.split()
        results[synthesise] = float(peak)
        label = "synthesising" if synthesise else "baseline, same script without synthesis"
        print(f"peak RSS ({label}): {float(peak):.1f} MB  [peak before the article {peak_before} MB;"
              f" RSS before {rss_before} MB, after {rss_after} MB; {chars} characters, {seconds} s,"
              f" {' '.join(extra)}]")
    print(f"peak RSS while synthesising a 20 000-character article: {results[True]:.1f} MB"
          f" (baseline process {results[False]:.1f} MB, difference {results[True] - results[False]:+.1f} MB;"
          f" goal ≤ 300 MB)")


def main() -> None:
    gtts_requests()
    peak_memory()


if __name__ == "__main__":
    main()
