"""Scraping an allow-listed page is safe: a real HTTP server on 127.0.0.1 plays the publisher.

Refusals of private and metadata addresses are proven without any traffic: the fetcher refuses before it
connects, so no test ever sends a packet anywhere but 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.test_cache_support import http_server
from tts_service.errors import FetchFailed, FetchRefused, TooLarge
from tts_service.extract import extract_article
from tts_service.extract.fetch import FetchPolicy, fetch_article, fetch_feed

DATA = Path(__file__).parent / "data" / "extract"
TLS_CERT = DATA / "test-tls-cert.pem"
ARTICLE = (
    "<html><head><meta charset='utf-8'><title>Tin Huế</title></head><body>"
    "<h1>Hội nghị trực báo quý III</h1><p>Chiều 08/10/2021, hội nghị đã diễn ra tại Thành ủy Huế.</p>"
    "</body></html>"
).encode()


HTML = "text/html; charset=utf-8"
SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>http://127.0.0.1/article</loc></url></urlset>"
)


class _Publisher(BaseHTTPRequestHandler):
    """Routes: /article, /redirect/<n>, /loop/<n>, /away, /big, /big-chunked, /slow, /trickle, /json, and the
    XML an admin's pre-generation reads: /sitemap.xml, /rss, /to-sitemap, /big-sitemap.xml."""

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str = HTML, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE)
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, b"", Location="/article" if n == 0 else f"/redirect/{n - 1}")
        elif path.startswith("/loop/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, b"", Location=f"/loop/{n + 1}")
        elif path == "/away":
            self._send(302, b"", Location="http://evil.example.com/steal")
        elif path == "/to-metadata":
            self._send(302, b"", Location="http://169.254.169.254/latest/meta-data/")
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * 4096 + b"</p>")
        elif path in ("/big-chunked", "/big-sitemap.xml"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if path == "/big-chunked" else "application/xml")
            self.end_headers()  # no Content-Length: the size is only known while streaming
            with contextlib.suppress(ConnectionError):  # the fetcher hangs up at its limit, as it should
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"y" * 1024 + b"</p>")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, ARTICLE)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/json":
            self._send(200, b'{"a": 1}', ctype="application/json")
        elif path == "/sitemap.xml":
            self._send(200, SITEMAP, ctype="application/xml")
        elif path == "/rss":
            self._send(200, b"<rss><channel></channel></rss>", ctype="application/rss+xml; charset=utf-8")
        elif path == "/to-sitemap":
            self._send(301, b"", Location="/sitemap.xml")
        elif path == "/missing":
            self._send(404, b"not found")
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with http_server(_Publisher) as base:
        yield base


LOCAL = FetchPolicy(allowed_hosts=("127.0.0.1",), allow_private=True, connect_timeout=2, read_timeout=2)


def test_an_allow_listed_page_is_fetched_and_read(server: str) -> None:
    page = fetch_article(server + "/article", LOCAL)
    assert page.status == 200
    assert page.content_type.startswith("text/html")
    article = extract_article(page.body, url=page.final_url, content_type=page.content_type)
    assert article.title == "Hội nghị trực báo quý III"
    assert "Thành ủy Huế" in article.text


@pytest.fixture(scope="module")
def tls_server() -> Iterator[str]:
    """The same publisher over HTTPS, with a test certificate for 127.0.0.1 (tests/data/extract)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS_CERT, DATA / "test-tls-key.pem")
    with http_server(_Publisher, tls=context) as base:
        yield base


def test_an_https_page_is_fetched_with_the_certificate_checked_against_the_hostname(tls_server: str) -> None:
    page = fetch_article(tls_server + "/article", replace(LOCAL, ca_bundle=str(TLS_CERT)))
    assert page.status == 200 and "Thành ủy Huế".encode() in page.body


def test_an_https_page_with_an_untrusted_certificate_is_not_fetched(tls_server: str) -> None:
    with pytest.raises(FetchFailed, match="SSLError"):
        fetch_article(tls_server + "/article", LOCAL)


def test_redirects_within_the_allowed_host_are_followed(server: str) -> None:
    page = fetch_article(server + "/redirect/3", LOCAL)
    assert page.final_url == server + "/article"
    assert page.url == server + "/redirect/3"


#: The same SSRF checks guard both kinds of fetch: an article page, and a sitemap/feed for pre-generation.
BOTH_KINDS = pytest.mark.parametrize("fetch", [fetch_article, fetch_feed], ids=["article", "feed"])


@BOTH_KINDS
def test_loopback_is_refused_unless_private_addresses_are_allowed(server: str, fetch) -> None:
    with pytest.raises(FetchRefused, match="loopback"):
        fetch(server + "/sitemap.xml", replace(LOCAL, allow_private=False))


def test_a_name_that_resolves_to_loopback_is_refused() -> None:
    policy = FetchPolicy(allowed_hosts=("localhost",))
    with pytest.raises(FetchRefused, match="loopback"):
        fetch_article("http://localhost:9/", policy)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("10.1.2.3", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "metadata"),
        ("224.0.0.1", "multicast"),
        ("[::1]", "loopback"),
        ("[fe80::1]", "link-local"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_private_link_local_metadata_and_multicast_addresses_are_refused(address: str, why: str) -> None:
    policy = FetchPolicy(allowed_hosts=(address.strip("[]"),))
    with pytest.raises(FetchRefused, match=why):
        fetch_article(f"http://{address}/latest/meta-data/", policy)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("[::ffff:127.0.0.1]", "loopback"),  # IPv4-mapped
        ("[::ffff:169.254.169.254]", "metadata"),
        ("[2002:a00:1::]", "private"),  # 6to4 around 10.0.0.1
        ("[2001:0:4136:e378:8000:63bf:f5ff:fffe]", "private"),  # Teredo around 10.0.0.1
        ("[fec0::1]", "site-local"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
    ],
)
def test_private_addresses_wrapped_in_ipv6_are_refused_too(address: str, why: str) -> None:
    policy = FetchPolicy(allowed_hosts=(address.strip("[]"),))
    with pytest.raises(FetchRefused, match=why):
        fetch_article(f"http://{address}/", policy)


def test_cloud_metadata_is_refused_even_when_private_addresses_are_allowed() -> None:
    policy = FetchPolicy(allowed_hosts=("169.254.169.254",), allow_private=True)
    with pytest.raises(FetchRefused, match="metadata"):
        fetch_article("http://169.254.169.254/latest/meta-data/", policy)


def test_a_host_not_on_the_allow_list_is_refused() -> None:
    with pytest.raises(FetchRefused, match="danh sách"):
        fetch_article("https://evil.example.com/", FetchPolicy(allowed_hosts=("huecity.gov.vn",)))


@BOTH_KINDS
def test_a_redirect_to_a_host_off_the_allow_list_is_refused(server: str, fetch) -> None:
    with pytest.raises(FetchRefused, match=r"evil\.example\.com"):
        fetch(server + "/away", LOCAL)


@BOTH_KINDS
def test_a_redirect_to_the_metadata_address_is_refused(server: str, fetch) -> None:
    policy = replace(LOCAL, allowed_hosts=("127.0.0.1", "169.254.169.254"))
    with pytest.raises(FetchRefused, match="metadata"):
        fetch(server + "/to-metadata", policy)


def test_too_many_redirects_are_refused(server: str) -> None:
    with pytest.raises(FetchRefused, match="chuyển hướng"):
        fetch_article(server + "/loop/0", replace(LOCAL, max_redirects=3))


def test_an_oversize_page_is_refused_from_its_declared_length(server: str) -> None:
    with pytest.raises(TooLarge):
        fetch_article(server + "/big", replace(LOCAL, max_bytes=1024))


def test_an_oversize_page_without_a_length_is_cut_off_while_streaming(server: str) -> None:
    with pytest.raises(TooLarge, match="khi đang tải"):
        fetch_article(server + "/big-chunked", replace(LOCAL, max_bytes=8 * 1024))


def test_a_server_that_does_not_answer_in_time_fails_quickly(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchFailed):
        fetch_article(server + "/slow", replace(LOCAL, read_timeout=0.5))
    assert time.monotonic() - started < 1.4


def test_a_server_that_trickles_bytes_is_stopped_by_the_overall_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="deadline"):
        fetch_article(server + "/trickle", replace(LOCAL, total_timeout=0.8))
    assert time.monotonic() - started < 2.0


def test_a_non_html_answer_is_refused(server: str) -> None:
    with pytest.raises(FetchFailed, match="HTML"):
        fetch_article(server + "/json", LOCAL)


def test_a_sitemap_is_fetched_as_a_feed_but_refused_as_an_article(server: str) -> None:
    with pytest.raises(FetchFailed, match=r"Không phải trang HTML \(Content-Type: application/xml\)"):
        fetch_article(server + "/sitemap.xml", LOCAL)
    page = fetch_feed(server + "/to-sitemap", LOCAL)  # redirects are followed (and checked) as for articles
    assert page.status == 200 and page.final_url == server + "/sitemap.xml" and page.body == SITEMAP
    assert page.content_type == "application/xml"
    assert fetch_feed(server + "/rss", LOCAL).content_type.startswith("application/rss+xml")


def test_a_feed_fetch_refuses_what_is_not_xml(server: str) -> None:
    for path in ("/article", "/json"):
        with pytest.raises(FetchFailed, match="Không phải sitemap"):
            fetch_feed(server + path, LOCAL)


def test_a_feed_keeps_the_size_limit(server: str) -> None:
    with pytest.raises(TooLarge, match="khi đang tải"):
        fetch_feed(server + "/big-sitemap.xml", replace(LOCAL, max_bytes=8 * 1024))


def test_an_http_error_is_reported(server: str) -> None:
    with pytest.raises(FetchFailed, match="404"):
        fetch_article(server + "/missing", LOCAL)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://127.0.0.1/article",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://user:pw@127.0.0.1/article",
    ],
)
def test_other_schemes_and_credentials_in_the_url_are_refused(url: str) -> None:
    with pytest.raises(FetchRefused):
        fetch_article(url, LOCAL)


def test_wildcard_hosts_cover_sub_domains_only_of_that_domain() -> None:
    from tts_service.extract.profiles import host_matches

    assert host_matches("sxd.huecity.gov.vn", "*.huecity.gov.vn")
    assert host_matches("huecity.gov.vn", "*.huecity.gov.vn")
    assert not host_matches("evilhuecity.gov.vn", "*.huecity.gov.vn")
    assert not host_matches("huecity.gov.vn.evil.com", "*.huecity.gov.vn")
