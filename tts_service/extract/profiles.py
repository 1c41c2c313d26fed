"""Site profiles: per-host hints for the extractor, kept as data (JSON), never as code.

A profile names the hosts it covers and, optionally, CSS selectors for the article ``container``, the
``title`` and the ``lead`` (sapo), and ``drop`` selectors for widgets the general rules miss. Admins add
profiles by dropping ``*.json`` files into a directory and passing it to ``load_profiles(extra_dir)``.

One file holds one profile object or a list of them::

    {"name": "Cổng TTĐT Huế", "hosts": ["huecity.gov.vn", "*.huecity.gov.vn"],
     "container": [".journal-content-article"], "drop": [".font-size"]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from lxml.cssselect import CSSSelector
from lxml.etree import XPathError

from tts_service.errors import BadInput
from tts_service.urlgate import host_matches

SHIPPED_DIR = Path(__file__).with_name("profiles")
_KEYS = {"name", "hosts", "container", "title", "lead", "drop", "note"}


@dataclass(frozen=True)
class SiteProfile:
    """Extraction hints for one site; every selector list is optional."""

    name: str
    hosts: tuple[str, ...]
    container: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()

    def matches(self, host: str) -> bool:
        """``SiteProfile("x", ("*.hue.gov.vn",)).matches("sxd.hue.gov.vn") is True``, bare domain too."""
        return any(host_matches(host, pattern) for pattern in self.hosts)


@lru_cache(maxsize=512)
def compile_selector(css: str) -> CSSSelector:
    """A CSS selector compiled once; a bad selector in a profile is a clear error, not a crash."""
    try:
        return CSSSelector(css)
    except (XPathError, Exception) as exc:  # cssselect raises its own SelectorError subclasses
        raise BadInput(f"Bộ chọn CSS không hợp lệ trong hồ sơ trang: {css!r} ({exc}).") from exc


def _tuple(value: object, key: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise BadInput(f"{source}: '{key}' phải là chuỗi hoặc danh sách chuỗi.")
    return tuple(v.strip() for v in value)


def profile_from_dict(data: dict, source: str = "profile") -> SiteProfile:
    """Validate one profile object; unknown keys and bad selectors are reported with the file name."""
    if not isinstance(data, dict):
        raise BadInput(f"{source}: hồ sơ trang phải là một đối tượng JSON.")
    unknown = set(data) - _KEYS
    if unknown:
        raise BadInput(f"{source}: khóa không biết {sorted(unknown)}; dùng {sorted(_KEYS)}.")
    hosts = _tuple(data.get("hosts"), "hosts", source)
    if not hosts:
        raise BadInput(f"{source}: thiếu 'hosts' (tên miền mà hồ sơ áp dụng).")
    profile = SiteProfile(
        name=str(data.get("name") or hosts[0]),
        hosts=hosts,
        container=_tuple(data.get("container"), "container", source),
        title=_tuple(data.get("title"), "title", source),
        lead=_tuple(data.get("lead"), "lead", source),
        drop=_tuple(data.get("drop"), "drop", source),
    )
    for css in (*profile.container, *profile.title, *profile.lead, *profile.drop):
        compile_selector(css)
    return profile


def _read_file(path: Path) -> list[SiteProfile]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(f"Không đọc được hồ sơ trang {path}: {exc}.") from exc
    items = data if isinstance(data, list) else [data]
    return [profile_from_dict(item, str(path)) for item in items]


def _read_source(source: Path) -> list[SiteProfile]:
    if source.is_dir():
        return [p for f in sorted(source.glob("*.json")) for p in _read_file(f)]
    if source.is_file():
        return _read_file(source)
    raise BadInput(f"Không tìm thấy hồ sơ trang: {source}.")


@lru_cache(maxsize=1)
def shipped_profiles() -> tuple[SiteProfile, ...]:
    """The profiles that ship with the project (``tts_service/extract/profiles/*.json``)."""
    return tuple(_read_source(SHIPPED_DIR))


def load_profiles(extra: str | Path | Iterable[str | Path] | None = None) -> tuple[SiteProfile, ...]:
    """Shipped profiles plus those in ``extra`` (a directory of ``*.json``, one file, or several).

    An admin's profile for a host comes first, so it wins over a shipped one for the same host.
    """
    sources: list[Path] = []
    if isinstance(extra, str | Path):
        sources = [Path(extra)]
    elif extra is not None:
        sources = [Path(e) for e in extra]
    added = [p for s in sources for p in _read_source(s)]
    return (*added, *shipped_profiles())


def profile_for(url: str | None, profiles: Iterable[SiteProfile]) -> SiteProfile | None:
    """The first profile whose hosts cover the URL's host, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    if not host:
        return None
    return next((p for p in profiles if p.matches(host)), None)
