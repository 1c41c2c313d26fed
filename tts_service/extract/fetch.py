"""Safe scraping of an allow-listed page: ``fetch_article(url, policy) -> FetchedPage``.

``fetch_article`` accepts only HTML; ``fetch_feed`` is the same fetch for the XML an admin's pre-generation
reads (sitemaps, RSS, Atom) — callers parse that with defusedxml. Both go through ``fetch_document(url, policy,
kind)``, so every check below applies to either:

The service fetches pages named by strangers (the public widget asks for "the page I am on"), so every
request is treated as a possible server-side request forgery:

* only ``http``/``https``, no credentials in the URL, the host must be on the policy's allow-list
  (exact host or ``*.example.vn``);
* the host is resolved once and **every** address is checked: loopback, private, link-local, shared,
  multicast, reserved and unspecified addresses are refused unless ``allow_private``; cloud metadata
  addresses are refused always;
* the connection goes to the address that was checked (the hostname is kept for ``Host``, SNI and the
  certificate check), so a DNS answer that changes between check and connect cannot redirect us;
* redirects are followed by hand, each hop checked again, at most ``max_redirects``;
* connect and read timeouts plus an overall deadline; the size limit is enforced while streaming;
* the answer must have one of the kind's media types (HTML/XHTML for an article).

Each refusal is a ``FetchRefused`` (policy), ``FetchFailed`` (the remote side) or ``TooLarge``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from tts_service.errors import FetchFailed, FetchRefused, TooLarge
from tts_service.extract.profiles import host_matches

#: Cloud instance-metadata endpoints: never fetched, whatever the policy says.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 16 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """What the fetcher may do. ``allowed_hosts`` holds exact hosts or ``*.example.vn`` wildcards."""

    allowed_hosts: tuple[str, ...]
    allow_private: bool = False
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    max_redirects: int = 5
    user_agent: str = "DocBaiViet/0.1 (read-aloud service for article pages)"
    #: PEM file of extra trusted CAs (some portals use a national CA missing from the default bundle)
    ca_bundle: str | None = None


@dataclass(frozen=True)
class DocumentKind:
    """What answer a fetch accepts: its media types (sent as ``Accept`` too), and what a refusal calls it."""

    name: str
    types: tuple[str, ...]

    @property
    def accept_header(self) -> str:
        """``"text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"`` — the first type preferred; ``*/*`` last, since
        some servers answer 406 to an Accept they cannot meet exactly (the type is checked on the answer)."""
        return ",".join([self.types[0], *(f"{t};q=0.9" for t in self.types[1:]), "*/*;q=0.1"])


#: An article page. The default everywhere: a stranger's URL must not make the service read anything else.
ARTICLE = DocumentKind("trang HTML", ("text/html", "application/xhtml+xml"))
#: A sitemap, sitemap index, RSS or Atom feed, for admin pre-generation only. The body is untrusted XML:
#: parse it with defusedxml (no DTDs, entities or external references), never with a plain XML parser.
FEED = DocumentKind(
    "sitemap hay bản tin RSS/Atom (XML)",
    ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml"),
)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: the URL asked for, the URL finally answered, status, content type and body bytes."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes


def check_url(url: str, policy: FetchPolicy) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL the policy allows, or ``FetchRefused`` saying why not.

    ``check_url("ftp://huecity.gov.vn/a", policy)`` → FetchRefused("… chỉ http/https …").
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"URL không hợp lệ: {url!r} ({exc}).") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused(f"Chỉ tải trang qua http/https, không qua {scheme or 'URL không có giao thức'}.")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused("URL không được chứa tên đăng nhập hay mật khẩu.")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise FetchRefused(f"URL không có tên máy chủ: {url!r}.")
    if not any(host_matches(host, allowed) for allowed in policy.allowed_hosts):
        raise FetchRefused(f"Trang {host} không nằm trong danh sách trang được phép đọc.")
    return scheme, host, port or (443 if scheme == "https" else 80)


def address_refusal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, allow_private: bool) -> str | None:
    """Why an address may not be fetched, or None. ``address_refusal(ip_address("10.0.0.1"), False)``
    → ``"private"``."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "cloud metadata"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if allow_private:
        return "reserved" if ip.is_reserved else None
    for name in ("loopback", "link_local", "private", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:
        return "non-public"
    return None


def resolve_checked(host: str, port: int, policy: FetchPolicy) -> str:
    """Resolve the host and check every address; the first one is the one we connect to."""
    pool = ThreadPoolExecutor(max_workers=1)  # getaddrinfo has no timeout of its own
    try:
        lookup = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        infos = lookup.result(timeout=policy.connect_timeout)
    except FutureTimeout as exc:
        raise FetchFailed(f"Phân giải tên miền {host} quá thời gian.") from exc
    except (OSError, UnicodeError) as exc:
        raise FetchFailed(f"Không phân giải được tên miền {host}: {exc}.") from exc
    finally:
        pool.shutdown(wait=False)
    addresses = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        why = address_refusal(ip, policy.allow_private)
        if why:
            raise FetchRefused(f"{host} trỏ tới địa chỉ {ip} ({why}); không được phép tải.")
        addresses.append(str(ip))
    if not addresses:
        raise FetchFailed(f"Tên miền {host} không có địa chỉ nào.")
    return addresses[0]


class _PinnedAdapter(HTTPAdapter):
    """Connects to one checked IP address while keeping the hostname for SNI and certificate checks."""

    def __init__(self, ip: str, hostname: str) -> None:
        self._ip = ip
        self._hostname = hostname
        super().__init__(max_retries=0, pool_connections=1, pool_maxsize=1)

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: dict[str, str] | None = None,
        cert: str | tuple[str, str] | None = None,
    ) -> urllib3.connectionpool.HTTPConnectionPool:
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        if host_params["scheme"] == "https":
            pool_kwargs["server_hostname"] = self._hostname
            pool_kwargs["assert_hostname"] = self._hostname
        host_params["host"] = self._ip
        return self.poolmanager.connection_from_host(**host_params, pool_kwargs=pool_kwargs)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchFailed("Quá thời gian tải trang (overall deadline exceeded).")
    return left


def _one_request(
    url: str, policy: FetchPolicy, deadline: float, session: requests.Session, kind: DocumentKind
) -> requests.Response:
    scheme, host, port = check_url(url, policy)
    ip = resolve_checked(host, port, policy)
    default_port = 443 if scheme == "https" else 80
    session.mount(f"{scheme}://", _PinnedAdapter(ip, host))
    host_header = f"[{host}]" if ":" in host else host  # an IPv6 literal
    headers = {
        "Host": host_header if port == default_port else f"{host_header}:{port}",
        "User-Agent": policy.user_agent,
        "Accept": kind.accept_header,
        "Accept-Language": "vi,en;q=0.5",
    }
    left = _remaining(deadline)
    try:
        return session.get(
            url,
            headers=headers,
            allow_redirects=False,
            stream=True,
            verify=policy.ca_bundle or True,
            timeout=(min(policy.connect_timeout, left), min(policy.read_timeout, left)),
        )
    except requests.Timeout as exc:
        raise FetchFailed(f"Máy chủ {host} không trả lời kịp ({exc.__class__.__name__}).") from exc
    except requests.RequestException as exc:
        raise FetchFailed(f"Không tải được {url}: {exc.__class__.__name__}.") from exc


def _read_body(resp: requests.Response, policy: FetchPolicy, deadline: float) -> bytes:
    declared = resp.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise TooLarge(f"Trang quá lớn ({int(declared)} byte); giới hạn là {policy.max_bytes} byte.")
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            # read1 returns what has arrived, so a server that trickles bytes still meets the deadline
            chunk = resp.raw.read1(_CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > policy.max_bytes:
                raise TooLarge(f"Trang vượt quá giới hạn {policy.max_bytes} byte khi đang tải.")
            chunks.append(chunk)
            _remaining(deadline)
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchFailed(f"Đứt kết nối hoặc quá thời gian khi tải ({exc.__class__.__name__}).") from exc
    return b"".join(chunks)


def fetch_article(url: str, policy: FetchPolicy) -> FetchedPage:
    """Fetch an allow-listed HTML page under the policy, or raise FetchRefused/FetchFailed/TooLarge."""
    return fetch_document(url, policy, ARTICLE)


def fetch_feed(url: str, policy: FetchPolicy) -> FetchedPage:
    """Fetch an allow-listed sitemap or RSS/Atom feed (XML) under the policy; an HTML page is refused."""
    return fetch_document(url, policy, FEED)


def fetch_document(url: str, policy: FetchPolicy, kind: DocumentKind = ARTICLE) -> FetchedPage:
    """Fetch ``url`` under the policy, accepting only ``kind``'s media types, or raise FetchRefused,
    FetchFailed (also for a wrong type: ``"Không phải trang HTML (Content-Type: application/xml)."``) or
    TooLarge."""
    deadline = time.monotonic() + policy.total_timeout
    current = url
    for _hop in range(policy.max_redirects + 1):
        session = requests.Session()
        session.trust_env = False  # no proxies or .netrc from the environment
        try:
            resp = _one_request(current, policy, deadline, session, kind)
        except BaseException:
            session.close()
            raise
        try:
            if resp.status_code in REDIRECT_STATUSES:
                location = resp.headers.get("Location")
                if not location:
                    raise FetchFailed(f"Chuyển hướng {resp.status_code} không có địa chỉ đích.")
                current = urljoin(current, location)
                continue
            if not 200 <= resp.status_code < 300:
                raise FetchFailed(f"Máy chủ trả lời HTTP {resp.status_code} cho {current}.")
            content_type = resp.headers.get("Content-Type", "")
            if content_type.split(";", 1)[0].strip().lower() not in kind.types:
                raise FetchFailed(f"Không phải {kind.name} (Content-Type: {content_type or 'không có'}).")
            body = _read_body(resp, policy, deadline)
            return FetchedPage(url, current, resp.status_code, content_type, body)
        finally:
            resp.close()
            session.close()
    raise FetchRefused(f"Quá nhiều lần chuyển hướng (tối đa {policy.max_redirects}).")
