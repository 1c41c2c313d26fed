"""One gate for every URL the service connects to: pages, sitemaps and feeds, redirects, webhooks.

``open_url(url, policy)`` → an :class:`Opened` response, or ``FetchRefused`` (policy), ``FetchFailed`` (the
remote side) or ``TooLarge``. Whatever the URL came from — an admin's URL list, a sitemap or feed entry, a
redirect, a webhook an operator configured, the page a reader is on — it passes these checks, in order:

* only ``http``/``https``, no credentials in the URL, the host on the policy's allow-list (exact host or
  ``*.example.vn``);
* the host is resolved once and **every** address is checked: loopback, private, link-local, site-local,
  shared, multicast, reserved and unspecified addresses — also inside IPv4-mapped, 6to4 and Teredo IPv6
  addresses — are refused unless ``allow_private``; cloud metadata addresses are refused always;
* the connection goes to the address that was checked (the hostname is kept for ``Host``, SNI and the
  certificate check), so a DNS answer that changes between check and connect cannot redirect us;
* redirects (GET only) are followed by hand, each hop checked again, at most ``max_redirects``;
* connect and read timeouts plus an overall deadline; the size limit is enforced while streaming.

It lives outside ``extract/`` because webhooks use it too and must not load the extraction stack; the fetcher
for pages and feeds (``tts_service.extract.fetch``) adds only what a document needs (its media types).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from audio_cache.hosts import url_host
from tts_service.errors import FetchFailed, FetchRefused, TooLarge

if TYPE_CHECKING:
    from tts_service.config import Settings

#: Cloud instance-metadata endpoints: never fetched, whatever the policy says.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
SCHEMES = ("http", "https")
_CHUNK = 16 * 1024

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class UrlPolicy:
    """What a connection may do. ``allowed_hosts`` holds exact hosts or ``*.example.vn`` wildcards."""

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


def host_matches(host: str, pattern: str) -> bool:
    """Exact host, or ``*.example.vn`` for the domain and any sub-domain; case-insensitive.

    ``host_matches("sxd.huecity.gov.vn", "*.huecity.gov.vn")`` → True; ``("evilhuecity.gov.vn", …)`` → False.
    """
    host = host.lower().rstrip(".")
    pattern = pattern.lower().rstrip(".")
    if pattern.startswith("*."):
        base = pattern[2:]
        return host == base or host.endswith("." + base)
    return host == pattern


def check_url(url: str, policy: UrlPolicy) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL the policy allows, or ``FetchRefused`` saying why not.

    ``check_url("file:///etc/passwd", policy)`` → FetchRefused("Chỉ tải trang qua http/https, không qua file.").
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"URL không hợp lệ: {url!r} ({exc}).") from exc
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchRefused(f"Chỉ tải trang qua http/https, không qua {scheme or 'URL không có giao thức'}.")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused("URL không được chứa tên đăng nhập hay mật khẩu.")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise FetchRefused(f"URL không có tên máy chủ: {url!r}.")
    if not any(host_matches(host, allowed) for allowed in policy.allowed_hosts):
        raise FetchRefused(f"Trang {host} không nằm trong danh sách trang được phép đọc.")
    return scheme, host, port or (443 if scheme == "https" else 80)


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, 6to4, Teredo client), if any."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def address_refusal(ip: IPAddress, allow_private: bool) -> str | None:
    """Why an address may not be connected to, or None.

    ``address_refusal(ip_address("10.0.0.1"), False)`` → ``"private"``;
    ``address_refusal(ip_address("2002:a00:1::"), False)`` (6to4 around 10.0.0.1) → ``"private"``.
    """
    inner = _embedded_ipv4(ip)
    if inner is not None:
        return address_refusal(inner, allow_private)
    if ip in METADATA_ADDRESSES:
        return "cloud metadata"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if allow_private:
        return "reserved" if ip.is_reserved and not ip.is_loopback else None
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    for name in ("loopback", "link_local", "private", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:
        return "non-public"
    return None


def resolve_checked(host: str, port: int, policy: UrlPolicy) -> str:
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


@dataclass
class Opened:
    """An answer that passed the gate: the URL asked for, the URL that answered, the streaming response.
    Read the body with :meth:`read` (size and deadline enforced); close it (or use ``with``)."""

    url: str
    final_url: str
    response: requests.Response
    policy: UrlPolicy
    deadline: float
    _session: requests.Session = field(repr=False)

    @property
    def status(self) -> int:
        return self.response.status_code

    def read(self) -> bytes:
        """The body, at most ``policy.max_bytes`` (``TooLarge`` past it), before the overall deadline."""
        declared = self.response.headers.get("Content-Length", "")
        limit = self.policy.max_bytes
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge(f"Trang quá lớn ({int(declared)} byte); giới hạn là {limit} byte.")
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                # read1 returns what has arrived, so a server that trickles bytes still meets the deadline
                chunk = self.response.raw.read1(_CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"Trang vượt quá giới hạn {limit} byte khi đang tải.")
                chunks.append(chunk)
                _remaining(self.deadline)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchFailed(f"Đứt kết nối hoặc quá thời gian khi tải ({exc.__class__.__name__}).") from exc
        return b"".join(chunks)

    def close(self) -> None:
        self.response.close()
        self._session.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _one_request(url: str, policy: UrlPolicy, deadline: float, session: requests.Session, method: str,
                 headers: dict[str, str], data: bytes | None) -> requests.Response:
    scheme, host, port = check_url(url, policy)
    ip = resolve_checked(host, port, policy)
    default_port = 443 if scheme == "https" else 80
    session.mount(f"{scheme}://", _PinnedAdapter(ip, host))
    host_header = f"[{host}]" if ":" in host else host  # an IPv6 literal
    sent = {"Host": host_header if port == default_port else f"{host_header}:{port}",
            "User-Agent": policy.user_agent, **headers}
    left = _remaining(deadline)
    try:
        return session.request(
            method, url, headers=sent, data=data, allow_redirects=False, stream=True,
            verify=policy.ca_bundle or True,
            timeout=(min(policy.connect_timeout, left), min(policy.read_timeout, left)),
        )
    except requests.Timeout as exc:
        raise FetchFailed(f"Máy chủ {host} không trả lời kịp ({exc.__class__.__name__}).") from exc
    except requests.RequestException as exc:
        raise FetchFailed(f"Không tải được {url}: {exc.__class__.__name__}.") from exc


def open_url(url: str, policy: UrlPolicy, *, method: str = "GET", headers: dict[str, str] | None = None,
             data: bytes | None = None) -> Opened:
    """Connect to ``url`` through the gate and return the answer unread (see the module docstring).

    A GET follows redirects, each hop checked again; any other method gets the redirect answer itself (a
    webhook is never re-sent somewhere else)."""
    deadline = time.monotonic() + policy.total_timeout
    current = url
    for _hop in range(policy.max_redirects + 1):
        session = requests.Session()
        session.trust_env = False  # no proxies or .netrc from the environment
        try:
            resp = _one_request(current, policy, deadline, session, method, headers or {}, data)
        except BaseException:
            session.close()
            raise
        if method != "GET" or resp.status_code not in REDIRECT_STATUSES:
            return Opened(url, current, resp, policy, deadline, session)
        location = resp.headers.get("Location")
        resp.close()
        session.close()
        if not location:
            raise FetchFailed(f"Chuyển hướng {resp.status_code} không có địa chỉ đích.")
        current = urljoin(current, location)
    raise FetchRefused(f"Quá nhiều lần chuyển hướng (tối đa {policy.max_redirects}).")


def fetch_policy(settings: Settings) -> UrlPolicy:
    """Pages, sitemaps and feeds: the hosts of ``TTS_ALLOWED_HOSTS``, private addresses only with
    ``TTS_ALLOW_PRIVATE_FETCH``."""
    return UrlPolicy(allowed_hosts=settings.allowed_hosts, allow_private=settings.allow_private_fetch)


def webhook_policy(url: str, settings: Settings) -> UrlPolicy:
    """A webhook the operator configured (``TTS_WEBHOOK_URL`` or ``create-key --webhook``): its own host is
    its allow-list; private addresses only with ``TTS_WEBHOOK_ALLOW_PRIVATE``; no redirects; the answer's body
    is not needed, so at most 64 KiB of it is read."""
    timeout = settings.webhook_timeout_s
    return UrlPolicy(allowed_hosts=(url_host(url),), allow_private=settings.webhook_allow_private,
                     max_bytes=64 * 1024, connect_timeout=timeout, read_timeout=timeout, total_timeout=timeout,
                     max_redirects=0, user_agent="doc-bai-viet-webhook/1")
