"""Hosts and sites: which site a URL belongs to. A leaf module: the stores, the URL gate and the API use it."""

from __future__ import annotations

from urllib.parse import urlsplit


def url_host(url: str | None) -> str:
    """``url_host("https://A.gov.vn:8443/x")`` → ``"a.gov.vn"``; ``""`` when there is none."""
    try:
        return (urlsplit(url or "").hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def site_covers(site: str, host: str | None) -> bool:
    """Whether ``host`` is ``site`` or one of its sub-domains: ``site_covers("a.vn", "x.a.vn")`` → True,
    ``site_covers("a.vn", "ba.vn")`` → False."""
    return bool(host) and (host == site or host.endswith("." + site))  # type: ignore[union-attr]
