"""Cold synthesis of the reference article: service path ÷ (raw engine + one encode), same run, same text.

    PYTHONPATH=. .venv/bin/python bench/bench_synthesis.py [--repeat 3]

Service path: extract the demo page → normalize → segment → engine per segment → assemble (pauses, gain,
encode) → atomic store writes → index. Baseline: the same spoken segments through the raw engine, joined
and encoded once with lameenc, in memory. The ratio is what our plumbing costs on top of the engine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lameenc

from tts_service import create_app
from tts_service.extract import extract_article


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"data_dir": Path(tmp) / "warm"})
        with app.test_request_context("/"):
            from flask import render_template

            from tts_service.web.public import DEMO_ID, DEMO_URL, demo_article

            html = render_template("demo.html", article=demo_article(), article_id=DEMO_ID, page_url=DEMO_URL)
        narrator = app.extensions["narrator"]
        plan = narrator.plan(extract_article(html))
        engine = narrator.engine
        engine.synthesize("Khởi động.")  # load the library once, outside both timings

        service_times, raw_times = [], []
        for run in range(args.repeat):
            cold = create_app({"data_dir": Path(tmp) / f"cold-{run}"}).extensions["narrator"]
            t0 = time.perf_counter()
            asset, synthesized = cold.narrate(extract_article(html), f"bench-{run}")
            service_times.append(time.perf_counter() - t0)
            assert synthesized

            t0 = time.perf_counter()
            encoder = lameenc.Encoder()
            encoder.set_bit_rate(app.config["TTS_SETTINGS"].mp3_bitrate)
            encoder.set_channels(1)
            encoder.set_quality(2)
            chunks = []
            for i, segment in enumerate(plan.segments):
                audio = engine.synthesize(segment.spoken_text, plan.voice, None)
                if i == 0:
                    encoder.set_in_sample_rate(audio.sample_rate)
                chunks.append(encoder.encode(audio.data))
            chunks.append(encoder.flush())
            raw_times.append(time.perf_counter() - t0)

    service, raw = statistics.median(service_times), statistics.median(raw_times)
    print(f"reference article: {len(plan.segments)} segments, {asset.duration_s:.1f} s of audio")
    print(f"service cold synthesis (median of {args.repeat}): {service:.3f} s")
    print(f"raw engine + one encode  (median of {args.repeat}): {raw:.3f} s")
    print(f"ratio service / baseline: {service / raw:.2f}  (goal ≤ 1.2)")


if __name__ == "__main__":
    main()
