"""Admins pre-generate a whole site: progress, resumable after a kill, unchanged skipped, hostile XML refused."""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import open_index, service_env
from tests.test_cache_support import http_server, running_app, temp_files, wait_for
from tts_service.pregenerate import SourceError, parse_feed

ROOT = Path(__file__).resolve().parent.parent
DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


class Site:
    """A small news site on 127.0.0.1: /sitemap.xml lists /tin/<n>.html; every hit is counted."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.hits: Counter = Counter()
        self.lock = threading.Lock()
        self.edits: dict[int, str] = {}
        self.base = ""

    def page(self, n: int) -> bytes:
        words = " ".join(DIGITS[int(d)] for d in str(n))
        body = self.edits.get(n, f"Bản tin {words} của thành phố.")
        return (f"<html><head><title>Tin {words}</title></head><body><h1>Tin {words}</h1><p>{body}</p>"
                "</body></html>").encode()

    def sitemap(self) -> bytes:
        urls = "".join(f"<url><loc>{self.base}/tin/{n}.html</loc></url>" for n in range(self.pages))
        return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()

    def handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with site.lock:
                    site.hits[self.path] += 1
                if self.path == "/sitemap.xml":
                    data, kind = site.sitemap(), "application/xml"
                elif self.path.startswith("/tin/") and self.path.endswith(".html"):
                    data, kind = site.page(int(self.path[5:-5])), "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    yield Site(200)


def _serve(site: Site):
    return http_server(site.handler())


FETCH = {"allowed_hosts": ("127.0.0.1",), "allow_private_fetch": True}


def test_a_200_page_sitemap_pregenerates_with_progress_and_survives_kill_9_and_a_rerun(site, data_dir):
    with _serve(site) as base:
        site.base = base
        env = service_env()
        env.update(TTS_DATA_DIR=str(data_dir), TTS_ALLOWED_HOSTS="127.0.0.1", TTS_ALLOW_PRIVATE_FETCH="true",
                   PYTHONPATH=str(ROOT))
        flask = Path(sys.executable).parent / "flask"
        first = subprocess.Popen([str(flask), "--app", "tts_service", "tts", "pregenerate", f"{base}/sitemap.xml",
                                  "--rate", "0"], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            def done_items() -> list:
                if not (data_dir / "index.sqlite3").exists() and not os.environ.get("TTS_DATABASE_URL"):
                    return []
                items = open_index(data_dir).pregen_items(f"{base}/sitemap.xml", 1)
                return [i for i in items if i.status != "pending"]
            wait_for(lambda: len(done_items()) >= 40, timeout=60)
            os.kill(first.pid, signal.SIGKILL)
        finally:
            first.kill()
            first.wait(10)
        finished_before = {i.url for i in done_items()}
        assert 40 <= len(finished_before) < 200, "killed mid-run"
        hits_before = Counter(site.hits)

        with running_app(data_dir, **FETCH) as app:
            result = app.test_cli_runner().invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--rate", "0"])
            assert result.exit_code == 0, result.output
            out = result.output
            assert f"resuming: {len(finished_before)} of 200 already done" in out
            assert "200/200" in out and "ETA" in out and "failures 0" in out
            made = int(next(line.split()[1] for line in out.splitlines() if line.startswith("made ")))
            unchanged_line = [line for line in out.splitlines() if line.startswith("unchanged ")]
            unchanged = int(unchanged_line[0].split()[1]) if unchanged_line else 0
            assert made + unchanged == 200 - len(finished_before) and unchanged <= 1  # at most the one in flight
            assert any(line.startswith("done earlier") and line.split()[2] == str(len(finished_before))
                       for line in out.splitlines())
            for url in finished_before:  # finished articles were not fetched again
                path = url[len(base):]
                assert site.hits[path] == hits_before[path] == 1, path

            index = app.extensions["narrator"].index
            counts = index.counts()
            assert counts["articles"] == {"ready": 200} and counts["narrations"]["pinned"] == 200
            assert app.test_cli_runner().invoke(args=["tts", "gc", "--temp-age", "0"]).exit_code == 0
            assert temp_files(data_dir) == []


def test_a_second_pass_skips_unchanged_articles_and_remakes_an_edited_one(data_dir):
    site = Site(5)
    with _serve(site) as base, running_app(data_dir, **FETCH) as app:
        site.base = base
        runner = app.test_cli_runner()
        first = runner.invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--rate", "0"])
        assert first.exit_code == 0 and "made" in first.output
        site.edits[3] = "Bản tin đã được sửa lại."
        second = runner.invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--rate", "0"])
        lines = {line.split()[0]: line.split() for line in second.output.splitlines() if line.strip()}
        assert lines["made"][1] == "1" and lines["unchanged"][1] == "4", second.output
        status = app.test_client().get("/api/v1/lookup", query_string={"url": f"{base}/tin/3.html"}).json
        marks = app.test_client().get(status["marks_url"]).json
        assert any("sửa lại" in b["text"] for b in marks["blocks"])


def test_dry_run_estimates_without_writing_anything(data_dir):
    site = Site(4)
    with _serve(site) as base, running_app(data_dir, **FETCH) as app:
        site.base = base
        started = time.monotonic()
        result = app.test_cli_runner().invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--dry-run",
                                                    "--rate", "10"])
        assert result.exit_code == 0, result.output
        assert time.monotonic() - started >= 0.3, "4 pages at 10 fetches/s take at least 0.3 s (throttled)"
        assert "would make" in result.output and "audio minutes" in result.output
        assert "nothing written" in result.output
        narrator = app.extensions["narrator"]
        assert narrator.index.counts()["articles"] == {}
        assert not any((data_dir / "audio").rglob("*.mp3"))
        requests = int(result.output.split("estimate: ", 1)[1].split()[0])
        assert requests == sum(len({s.spoken_text for s in narrator.plan(_article(site, n)).segments})
                               for n in range(4))

        made = app.test_cli_runner().invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--rate", "0"])
        assert made.exit_code == 0 and narrator.segments_synthesized == requests  # the estimate was exact
        again = app.test_cli_runner().invoke(args=["tts", "pregenerate", f"{base}/sitemap.xml", "--dry-run",
                                                   "--rate", "0"])
        assert "estimate: 0 engine requests" in again.output and "would make" not in again.output


def _article(site: Site, n: int):
    from tts_service.extract import extract_article

    return extract_article(site.page(n), url=f"{site.base}/tin/{n}.html")


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset><url><loc>&lol3;</loc></url></urlset>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>&xxe;</loc></url></urlset>"""


@pytest.mark.parametrize("xml", [BOMB, EXTERNAL], ids=["entity-expansion", "external-entity"])
def test_hostile_xml_is_refused(xml, tmp_path, data_dir):
    with pytest.raises(SourceError, match="hostile XML"):
        parse_feed(xml)
    source = tmp_path / "sitemap.xml"
    source.write_bytes(xml)

    class Hostile(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(xml)))
            self.end_headers()
            self.wfile.write(xml)

        def log_message(self, *args: object) -> None:
            pass

    with http_server(Hostile) as base, running_app(data_dir, **FETCH) as app:
        for where in (str(source), f"{base}/sitemap.xml"):  # a file, and a sitemap the fetcher accepted as XML
            result = app.test_cli_runner().invoke(args=["tts", "pregenerate", where])
            assert result.exit_code != 0 and "hostile XML" in result.output and "root:" not in result.output


def test_feeds_and_url_lists_are_read():
    rss = b"<rss><channel><item><link>https://a.vn/1</link></item><item><link>https://a.vn/2</link></item></channel></rss>"
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="https://a.vn/x"/>'
            b'<link href="https://a.vn/3"/></entry></feed>')
    index = b"<sitemapindex><sitemap><loc>https://a.vn/s1.xml</loc></sitemap></sitemapindex>"
    assert parse_feed(rss) == ("rss", ["https://a.vn/1", "https://a.vn/2"])
    assert parse_feed(atom) == ("feed", ["https://a.vn/3"])
    assert parse_feed(index) == ("sitemapindex", ["https://a.vn/s1.xml"])
    with pytest.raises(SourceError, match="unknown XML"):
        parse_feed(b"<html></html>")


def test_a_folder_of_html_and_a_url_list_outside_the_allow_list(tmp_path, data_dir):
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(2):
        (folder / f"bai-{n}.html").write_text(f"<h1>Bài {DIGITS[n]}</h1><p>Nội dung bài {DIGITS[n]}.</p>")
    urls = tmp_path / "urls.txt"
    urls.write_text("# one per line\nhttp://192.168.1.1/admin\nhttp://127.0.0.1:9/tin\n")
    with running_app(data_dir, allowed_hosts=("127.0.0.1",)) as app:
        runner = app.test_cli_runner()
        result = runner.invoke(args=["tts", "pregenerate", str(folder), "--rate", "0"])
        assert result.exit_code == 0 and "2/2" in result.output
        assert app.test_client().get("/api/v1/lookup?id=file:bai-1.html").json["status"] == "ready"
        refused = runner.invoke(args=["tts", "pregenerate", str(urls), "--rate", "0"])
        assert refused.exit_code == 1
        assert "192.168.1.1 không nằm trong danh sách" in refused.output  # not allow-listed
        assert "127.0.0.1 (loopback)" in refused.output  # allow-listed, but private fetches are off


def _xml_server(documents: dict[str, bytes]):
    """A site on 127.0.0.1 serving each path's XML document, and /tin/<n>.html articles."""
    site = Site(3)

    class Handler(site.handler()):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:
            if self.path in documents:
                data = documents[self.path].replace(b"BASE", site.base.encode())
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            else:
                super().do_GET()

    return site, http_server(Handler)


LOCAL_FILES = ("file:/etc/passwd", "file:///etc/passwd", "FILE:/etc/hostname", "file://localhost/etc/passwd")


@pytest.mark.parametrize("kind", ["sitemap", "rss", "atom", "sitemap index", "url list"])
def test_a_file_entry_in_a_sitemap_or_feed_is_refused_and_nothing_is_stored(kind, tmp_path, data_dir):
    """A sitemap on an allowed host that lists <loc>file:/etc/passwd</loc>: the entry is refused by the URL
    gate, nothing is read from local disk, stored, pinned or published; the good entry is still made."""
    refs = [*LOCAL_FILES, "gopher://127.0.0.1/x", "http://evil.example.com/tin/1.html", "BASE/tin/0.html"]
    if kind == "sitemap":
        doc = b"<urlset>" + b"".join(f"<url><loc>{r}</loc></url>".encode() for r in refs) + b"</urlset>"
    elif kind == "rss":
        items = b"".join(f"<item><link>{r}</link></item>".encode() for r in refs)
        doc = b"<rss><channel>" + items + b"</channel></rss>"
    elif kind == "atom":
        doc = (b'<feed xmlns="http://www.w3.org/2005/Atom">'
               + b"".join(f'<entry><link href="{r}"/></entry>'.encode() for r in refs) + b"</feed>")
    elif kind == "sitemap index":  # the nested sitemap itself is a local file: refused, the other one is read
        doc = (b"<sitemapindex><sitemap><loc>file:/etc/passwd</loc></sitemap>"
               b"<sitemap><loc>BASE/inner.xml</loc></sitemap></sitemapindex>")
    else:
        doc = b""
    inner = b"<urlset>" + b"".join(f"<url><loc>{r}</loc></url>".encode() for r in refs) + b"</urlset>"
    site, server = _xml_server({"/source.xml": doc, "/inner.xml": inner})
    with server as base, running_app(data_dir, **FETCH) as app:
        site.base = base
        source = f"{base}/source.xml"
        if kind == "url list":
            source = str(tmp_path / "urls.txt")
            Path(source).write_text("\n".join(r.replace("BASE", base) for r in refs) + "\n")
        result = app.test_cli_runner().invoke(args=["tts", "pregenerate", source, "--rate", "0"])
        assert result.exit_code == 1, result.output
        assert "refused: file:/etc/passwd" in result.output and "http/https" in result.output
        assert "refused: http://evil.example.com/tin/1.html" in result.output
        index = app.extensions["narrator"].index
        assert index.counts()["articles"] == {"ready": 1}  # only BASE/tin/0.html
        assert index.get_article(f"{base}/tin/0.html").pinned
        marks = [p.read_text() for p in (data_dir / "audio").rglob("*.json")]
        assert marks and not any("root" in m or "localhost" in m for m in marks)
        with open_index(data_dir).stores.db.connect() as db:
            rows = db.execute("SELECT url FROM pregen_items").fetchall()
        assert [r[0] for r in rows] == [f"{base}/tin/0.html"]


def test_a_file_entry_cannot_reach_into_a_folder_source_either(tmp_path, data_dir):
    """Saved pages are read from the folder an admin named, and only from there."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bai.html").write_text("<h1>Bài lưu</h1><p>Nội dung đã lưu.</p>")
    (tmp_path / "secret.html").write_text("<h1>Bí mật</h1><p>Không được đọc.</p>")
    (folder / "link.html").symlink_to(tmp_path / "secret.html")
    with running_app(data_dir, **FETCH) as app:
        result = app.test_cli_runner().invoke(args=["tts", "pregenerate", str(folder), "--rate", "0"])
        index = app.extensions["narrator"].index
        assert index.get_article("file:bai.html").status == "ready"
        assert index.get_article("file:link.html") is None and "refused: file:link.html" in result.output
