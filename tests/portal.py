"""A portal for the drop-in reading tests: a real HTTP server on a loopback address that serves article pages
(editable while it runs) with ETag and Last-Modified, answers conditional GETs with 304, and logs every answer
so a test can count what the service fetched."""

from __future__ import annotations

import hashlib
import html
import http.server
import threading
from email.utils import formatdate
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "static"


def article_page(title: str, paragraphs: list[str], *, canonical: str | None = None, widget: str = "") -> str:
    """A portal-like article page: header and menu, breadcrumb, the article (title, date, tools, body), related
    links and a footer — what the extractor has to see past. ``widget``: markup put beside "Đọc bài viết:"."""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Cổng TTĐT</title>{link}</head><body>
<header><p>CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ</p>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav></header>
<main><nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a></nav>
<article class="news-detail"><h1 class="news-title">{html.escape(title)}</h1>
<div class="news-date">10/10/2021 2:52:28 CH</div>
<div class="news-tools"><span>Đọc bài viết:</span>{widget}</div>
<div class="news-content">{body}</div></article>
<aside><h2>Tin liên quan</h2><ul><li><a href="/tin-tuc/khac-1">Hội nghị Ban Chấp hành Đảng bộ lần thứ năm</a></li>
</ul></aside></main><footer><p>Cơ quan chủ quản: Ủy ban nhân dân thành phố.</p></footer></body></html>"""


class Portal:
    """``Portal("127.0.0.2")`` serves ``portal.pages[path] = html`` at ``portal.url(path)``; ``portal.log`` is
    every (path, status) it answered. ``validators=False``: no ETag/Last-Modified (a server that never says 304).
    ``hold``: set to a ``threading.Event`` to keep answers waiting until it is set."""

    def __init__(self, host: str = "127.0.0.1", *, validators: bool = True) -> None:
        self.host = host
        self.validators = validators
        self.pages: dict[str, str | tuple[bytes, str]] = {}
        self.gone: dict[str, int] = {}  # path → 404 or 410
        self.log: list[tuple[str, int]] = []
        self.hold: threading.Event | None = None
        self.arrived = threading.Semaphore(0)  # released as each request comes in (before ``hold``)
        self._versions: dict[str, tuple[str, str]] = {}  # path → (digest, Last-Modified)
        portal = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                portal._answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Portal:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def serve_static(self, *names: str) -> None:
        """Serve files of the project's ``static/`` folder (the demo page's stylesheet and script)."""
        types = {"css": "text/css", "js": "text/javascript"}
        for name in names:
            self.pages[f"/static/{name}"] = ((STATIC / name).read_bytes(), types[name.rsplit(".", 1)[1]])

    def count(self, path: str | None = None, status: int | None = None) -> int:
        """Answers given (for ``path``, with ``status``)."""
        return sum(1 for p, s in list(self.log) if (path is None or p == path) and (status is None or s == status))

    def _answer(self, request: http.server.BaseHTTPRequestHandler) -> None:
        self.arrived.release()
        if self.hold is not None:
            self.hold.wait(10)
        asked = path = request.path  # logged as asked
        if path not in self.pages and path.split("?")[0] in self.pages:  # a query the portal does not use
            path = path.split("?")[0]
        if path in self.gone or path not in self.pages:
            status = self.gone.get(path, 404)
            self._send(request, asked, status, b"<h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</h1>", "text/html")
            return
        page = self.pages[path]
        body, ctype = (page.encode(), "text/html; charset=utf-8") if isinstance(page, str) else page
        digest = hashlib.sha256(body).hexdigest()[:16]
        if self._versions.get(path, ("",))[0] != digest:
            self._versions[path] = (digest, formatdate(usegmt=True))
        etag, modified = f'"{digest}"', self._versions[path][1]
        headers = {"ETag": etag, "Last-Modified": modified} if self.validators else {}
        if self.validators and (request.headers.get("If-None-Match") == etag
                                or (request.headers.get("If-Modified-Since") == modified
                                and "If-None-Match" not in request.headers)):
            self._send(request, asked, 304, b"", None, headers)
            return
        self._send(request, asked, 200, body, ctype, headers)

    def _send(self, request: http.server.BaseHTTPRequestHandler, path: str, status: int, body: bytes,
              ctype: str | None, headers: dict[str, str] | None = None) -> None:
        self.log.append((path, status))
        request.send_response(status)
        if ctype:
            request.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        if status != 304:
            request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        if status != 304:
            request.wfile.write(body)
