"""Safe scraping of an allow-listed page: ``fetch_article(url, policy) -> FetchedPage``.

``fetch_article`` accepts only HTML; ``fetch_feed`` is the same fetch for the XML an admin's pre-generation
reads (sitemaps, RSS, Atom) — callers parse that with defusedxml. Both go through ``fetch_document(url, policy,
kind)``, which connects through the service's one URL gate (:mod:`tts_service.urlgate`: scheme and host
allow-lists, every resolved address checked, the connection pinned to it, redirects re-checked, size and time
limits) and then requires one of the kind's media types (HTML/XHTML for an article).

Each refusal is a ``FetchRefused`` (policy), ``FetchFailed`` (the remote side) or ``TooLarge``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tts_service.errors import FetchFailed
from tts_service.urlgate import (  # noqa: F401 - FetchPolicy and the checks are this module's public names too
    METADATA_ADDRESSES,
    address_refusal,
    check_url,
    open_url,
    resolve_checked,
)
from tts_service.urlgate import UrlPolicy as FetchPolicy


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
    """A fetched page: the URL asked for, the URL finally answered, status, content type and body bytes, and the
    validators a conditional GET sends back (``ETag``, ``Last-Modified``). Status 304: not modified, no body."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


def fetch_article(url: str, policy: FetchPolicy) -> FetchedPage:
    """Fetch an allow-listed HTML page under the policy, or raise FetchRefused/FetchFailed/TooLarge."""
    return fetch_document(url, policy, ARTICLE)


def fetch_feed(url: str, policy: FetchPolicy) -> FetchedPage:
    """Fetch an allow-listed sitemap or RSS/Atom feed (XML) under the policy; an HTML page is refused."""
    return fetch_document(url, policy, FEED)


def fetch_document(
    url: str,
    policy: FetchPolicy,
    kind: DocumentKind = ARTICLE,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchedPage:
    """Fetch ``url`` under the policy, accepting only ``kind``'s media types, or raise FetchRefused,
    FetchFailed (also for a wrong type: ``"Không phải trang HTML (Content-Type: application/xml)."``; code
    ``page_gone`` for 404 and 410) or TooLarge.

    With the validators of an earlier answer (``etag``, ``last_modified``) the GET is conditional: a 304 comes
    back as a ``FetchedPage`` with status 304 and no body."""
    headers = {"Accept": kind.accept_header, "Accept-Language": "vi,en;q=0.5"}
    conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
    headers.update({name: value for name, value in conditional.items() if value})
    with open_url(url, policy, headers=headers) as answer:
        validators = {
            "etag": answer.response.headers.get("ETag"),
            "last_modified": answer.response.headers.get("Last-Modified"),
        }
        if answer.status == 304 and (etag or last_modified):
            return FetchedPage(url, answer.final_url, 304, "", b"", **validators)
        if answer.status in (404, 410):
            raise FetchFailed(
                f"Máy chủ trả lời HTTP {answer.status} cho {answer.final_url}: trang không còn.", code="page_gone"
            )
        if not 200 <= answer.status < 300:
            raise FetchFailed(f"Máy chủ trả lời HTTP {answer.status} cho {answer.final_url}.")
        content_type = answer.response.headers.get("Content-Type", "")
        if content_type.split(";", 1)[0].strip().lower() not in kind.types:
            raise FetchFailed(f"Không phải {kind.name} (Content-Type: {content_type or 'không có'}).")
        return FetchedPage(url, answer.final_url, answer.status, content_type, answer.read(), **validators)
