"""A site's narrated articles as a podcast: ``GET /feeds/<site>/podcast.xml`` — RSS 2.0 with an enclosure (the
MP3) and iTunes tags per article, the latest first.

Only what listeners may hear anyway is listed: articles of the site (and its sub-domains) whose audio is ready,
not turned off, never drafts or selections. Audio URLs are absolute (``TTS_PUBLIC_URL``, else the address the
feed was asked at), as podcast players require.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime

from flask import Blueprint, Response, request, url_for

from audio_cache.articles import ArticleRecord
from tts_service.errors import NotFound
from tts_service.web import narrator, settings
from tts_service.web.openapi import media, operation

bp = Blueprint("feeds", __name__)

ITEMS = 50
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("atom", ATOM)


def duration_text(seconds: float) -> str:
    """``itunes:duration`` as H:MM:SS: ``duration_text(3725.4)`` → ``"1:02:05"``."""
    total = round(seconds)
    return f"{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"


def podcast(site: str, records: list[ArticleRecord], sizes: dict[str, int], base: str, feed_url: str) -> bytes:
    """The RSS document for ``records`` (ready articles of ``site``, latest first)."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    for tag, text in (("title", f"Đọc bài viết — {site}"), ("link", f"https://{site}/"),
                      ("description", f"Bài viết của {site}, đọc thành tiếng."), ("language", "vi"),
                      ("generator", "Đọc bài viết")):
        ET.SubElement(channel, tag).text = text
    ET.SubElement(channel, f"{{{ATOM}}}link", {"href": feed_url, "rel": "self", "type": "application/rss+xml"})
    ET.SubElement(channel, f"{{{ITUNES}}}author").text = site
    ET.SubElement(channel, f"{{{ITUNES}}}explicit").text = "false"
    ET.SubElement(channel, f"{{{ITUNES}}}category", {"text": "News"})
    if records:
        ET.SubElement(channel, "lastBuildDate").text = _rfc822(records[0].updated_at)
    for record in records:
        key = record.narration_key or ""
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = record.title or record.article_id
        if record.url:
            ET.SubElement(item, "link").text = record.url
        ET.SubElement(item, "guid", {"isPermaLink": "false"}).text = f"{record.article_id}#{key[:16]}"
        ET.SubElement(item, "pubDate").text = _rfc822(record.updated_at)
        ET.SubElement(item, "enclosure", {"url": f"{base}/audio/{key}.mp3", "length": str(sizes.get(key, 0)),
                                          "type": "audio/mpeg"})
        ET.SubElement(item, f"{{{ITUNES}}}duration").text = duration_text(record.duration_s or 0.0)
        ET.SubElement(item, f"{{{ITUNES}}}explicit").text = "false"
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def _rfc822(epoch: float) -> str:
    return format_datetime(datetime.fromtimestamp(epoch, UTC))


@bp.get("/feeds/<site>/podcast.xml")
@operation("A site's narrated articles as a podcast (RSS 2.0, iTunes tags)", tags=("feeds",),
           path={"site": {"type": "string", "pattern": r"^[a-z0-9.-]{1,253}$", "description": "the site's host"}},
           responses={200: media("application/rss+xml")}, errors=(404,),
           description="The latest 50 ready articles of the site (and its sub-domains), each with its MP3 as the "
                       "enclosure. 404 for a site with no article.")
def podcast_feed(site: str) -> Response:
    site = site.lower()
    if not _HOST.match(site):
        raise NotFound("Không có trang này.")
    n = narrator()
    page = n.publishing.list(site=site, status="ready", disabled=False, limit=ITEMS)
    if not page.records and not n.publishing.list(site=site, limit=1).records:
        raise NotFound(f"Trang {site} chưa có bài viết nào được đọc.")
    sizes = {r.narration_key: r.size_bytes or 0 for r in page.records if r.narration_key}
    base = settings().public_url or request.url_root.rstrip("/")
    feed_url = base + url_for("feeds.podcast_feed", site=site)
    body = podcast(site, [r for r in page.records if r.narration_key], sizes, base, feed_url)
    response = Response(body, mimetype="application/rss+xml")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
