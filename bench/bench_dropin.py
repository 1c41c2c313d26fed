"""Drop-in reading: time to first audio for a page nobody pushed ÷ the same for a pushed article, same run.

    PYTHONPATH=. .venv/bin/python bench/bench_dropin.py [--rounds 3] [--chars 6000] [--workers 2]

The service runs as `make run` does (gunicorn, ``--workers`` processes × 4 threads, the AudioWorker class) with
``TTS_ALLOWED_HOSTS=127.0.0.1`` and private fetches allowed; a portal (Python's threaded http.server) serves
article pages on another port of 127.0.0.1. Each round, interleaved:

* pushed: ``POST /api/v1/articles`` with the article's title and text (longer than ``TTS_SYNC_MAX_CHARS``, so a
  job with per-paragraph parts) → poll the job → the first part's first bytes fetched;
* drop-in: ``GET /api/v1/lookup?url=<page>&read=1`` — fetch through the URL gate, extraction, queueing, first
  part — → (poll the job if no part came back yet) → the first part's first bytes fetched.

Both articles have the same size and shape and share no sentence with any other (nothing comes from the cache);
each job is finished before the next measurement starts. Goal: drop-in first audio ≤ 2 s on this machine; the
ratio says what the page fetch and extraction add to the pushed path.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import http.server
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cache import DIGITS, article_text, get_json, gunicorn, post


def portal_page(title: str, text: str) -> bytes:
    """A portal-like article page around the article (header, menu, related links, footer)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body><header><p>CỔNG THÔNG TIN ĐIỆN TỬ</p><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>
</header><main><article><h1>{html.escape(title)}</h1><div class="date">10/10/2021</div>{body}</article>
<aside><h2>Tin liên quan</h2><ul><li><a href="/tin-tuc/khac">Một tin khác của cổng thông tin</a></li></ul></aside>
</main><footer>Cơ quan chủ quản: Ủy ban nhân dân thành phố.</footer></body></html>""".encode()


@contextlib.contextmanager
def portal(pages: dict[str, bytes]) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def first_audio(base: str, doc: dict, t0: float) -> tuple[float, float]:
    """Follow a 202 to its first part (fetched) and then to the end of its job: (first audio, whole) seconds."""
    first = None
    while True:
        if first is None and doc.get("parts"):
            with urllib.request.urlopen(base + doc["parts"][0]["url"], timeout=30) as response:
                response.read(2048)  # the player has bytes to decode
            first = time.perf_counter() - t0
        if doc["status"] not in ("queued", "running", "pending"):
            break
        time.sleep(0.01)
        doc = get_json(base + doc["job_url"])
    assert doc["status"] == "done", doc
    whole = time.perf_counter() - t0
    return first or whole, whole


def pushed(base: str, title: str, text: str) -> tuple[float, float]:
    t0 = time.perf_counter()
    status, doc = post(base, {"title": title, "text": text})
    assert status == 202, (status, doc)
    return first_audio(base, doc, t0)


def dropin(base: str, url: str) -> tuple[float, float]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(f"{base}/api/v1/lookup?read=1&url={quote(url, safe='')}", timeout=60) as response:
        assert response.status == 202, response.status
        doc = json.loads(response.read())
    return first_audio(base, doc, t0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chars", type=int, default=6000, help="article size (above TTS_SYNC_MAX_CHARS: a job)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    pages: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp, portal(pages) as site, \
            gunicorn(Path(tmp) / "var", args.workers, args.threads, TTS_ALLOWED_HOSTS="127.0.0.1",
                     TTS_ALLOW_PRIVATE_FETCH="true", TTS_SELECTION_BURST="100") as base:
        rows = []
        for n in range(args.rounds):
            label = " ".join(DIGITS[int(d)] for d in str(n))
            title = f"Hội nghị tổng kết quý số {label} của thành phố"
            push_result = pushed(base, title, article_text(args.chars, f"đề án đẩy lên số {label}"))
            path = f"/tin-tuc/hoi-nghi-tong-ket-quy-cua-thanh-pho-so-{1000 + n}.html"
            pages[path] = portal_page(f"Hội nghị tổng kết quý của trang số {label}",
                                      article_text(args.chars, f"đề án trên trang số {label}"))
            drop_result = dropin(base, site + path)
            rows.append((push_result, drop_result))
            print(f"  round {n + 1}: pushed first audio {push_result[0]:.2f} s (whole {push_result[1]:.1f} s);"
                  f" drop-in first audio {drop_result[0]:.2f} s (whole {drop_result[1]:.1f} s);"
                  f" ratio {drop_result[0] / push_result[0]:.2f}")
        push_first = statistics.median(r[0][0] for r in rows)
        drop_first = statistics.median(r[1][0] for r in rows)
        print(f"time to first audio, {args.chars}-character article, median of {args.rounds} interleaved rounds:")
        print(f"  pushed (POST, job, first part):               {push_first:.2f} s")
        print(f"  drop-in (lookup read=1: fetch, extract, job): {drop_first:.2f} s  (goal ≤ 2 s)")
        print(f"  drop-in ÷ pushed: {drop_first / push_first:.2f}")


if __name__ == "__main__":
    main()
