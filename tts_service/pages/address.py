"""A page's address as the article's identity: normalised, checked for an article's shape, and its canonical form.

Three small pure functions, no I/O:

* :func:`page_identity` — one spelling per page: fragment, tracking parameters (``utm_*``, ``fbclid`` …) and
  default ports dropped, scheme and host lower-cased, the remaining query parameters sorted. Parameters that
  name the article on ASP.NET/DotNetNuke and PHP portals (``?ItemID=``, ``?tabid=``, ``?id=``, ``?p=``) are
  kept as they are: dropping an unknown parameter could make two articles one, while keeping it costs at most
  one fetch, after which the page's own canonical link joins the two spellings.
* :func:`not_an_article` — why an address is not an article page (home page, category list, search, tag,
  feed, pagination, static file), or None. A site may give its own pattern instead.
* :func:`canonical_address` — ``<link rel=canonical>``, else ``og:url``, of a fetched page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html

#: Query parameters that only say where a reader came from; never part of an article's identity.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "ttclid", "mc_cid",
    "mc_eid", "_ga", "_gl", "zarsrc", "zalo_source", "ref_src", "ref_url", "cmpid", "_hsenc", "_hsmi", "spm",
    "share", "amp",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
#: Parameters that name one article on the portals this service reads (ASP.NET/DotNetNuke, PHP CMSs, Joomla).
ARTICLE_PARAMS = frozenset({
    "itemid", "id", "newsid", "news_id", "idnews", "articleid", "article_id", "postid", "post_id", "p", "page_id",
    "nid", "docid", "doc_id", "contentid", "content_id", "cid", "tinid", "baivietid", "bai_id",
})
#: Parameters of search and list pages.
LIST_PARAMS = frozenset({"q", "s", "search", "keyword", "keywords", "tukhoa", "tu_khoa", "query", "page", "trang"})
#: Path segments of pages that are not one article.
LIST_SEGMENTS = frozenset({
    "tag", "tags", "tu-khoa", "tukhoa", "search", "tim-kiem", "timkiem", "category", "categories", "chuyen-muc",
    "chuyenmuc", "danh-muc", "danhmuc", "feed", "feeds", "rss", "sitemap", "sitemap.xml", "login", "dang-nhap",
    "dangnhap", "logout", "register", "dang-ky", "wp-admin", "wp-login.php", "wp-json", "admin", "api", "author",
    "tac-gia", "cart", "gio-hang", "page", "trang", "static", "assets", "uploads", "images",
})
#: Last segments that are a site's front door.
HOME_NAMES = frozenset({"", "index", "index.html", "index.htm", "index.php", "default.aspx", "default.asp",
                        "home", "trang-chu", "trangchu", "portal"})
STATIC_EXTENSIONS = frozenset({
    "css", "js", "mjs", "json", "xml", "rss", "atom", "txt", "csv", "pdf", "doc", "docx", "xls", "xlsx", "ppt",
    "pptx", "odt", "zip", "rar", "7z", "gz", "tgz", "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico",
    "bmp", "tif", "tiff", "mp3", "mp4", "m4a", "wav", "ogg", "webm", "avi", "mov", "woff", "woff2", "ttf", "eot",
    "map", "apk", "exe", "swf",
})
PAGE_EXTENSIONS = ("html", "htm", "shtml", "aspx", "asp", "php", "jsp", "cfm")
_DIGITS = re.compile(r"\d{3,}")
_YEAR_OR_MONTH = re.compile(r"^(?:19|20)\d\d$|^\d{1,2}$")
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
MAX_URL_CHARS = 2000
SLUG_WORDS = 6


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def page_identity(url: str) -> str:
    """The one spelling of a page's address; ``ValueError`` for what is not an absolute http(s) URL.

    >>> page_identity("HTTPS://Hue.gov.vn:443/tin-tuc/bai-a.html?utm_source=zalo&b=2&a=1#binh-luan")
    'https://hue.gov.vn/tin-tuc/bai-a.html?a=1&b=2'
    >>> page_identity("http://sxd.hue.gov.vn/Default.aspx?tabid=70&ItemID=3321&fbclid=IwAR0")
    'http://sxd.hue.gov.vn/Default.aspx?ItemID=3321&tabid=70'
    """
    if len(url) > MAX_URL_CHARS:
        raise ValueError(f"địa chỉ dài quá {MAX_URL_CHARS} ký tự")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("cần một địa chỉ http(s) đầy đủ")
    host = parts.hostname.rstrip(".").lower()
    port = parts.port  # ValueError for a bad port
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != (443 if scheme == "https" else 80):
        netloc += f":{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    path = _PERCENT.sub(lambda m: m.group(0).upper(), path)
    query = sorted(((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)),
                   key=lambda kv: (kv[0].lower(), kv[0], kv[1]))
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


def not_an_article(url: str, pattern: re.Pattern[str] | None = None) -> str | None:
    """Why ``url`` is not an article page, or None when it looks like one. With the site's ``pattern`` (searched
    in ``path?query``), that alone decides.

    The default rules: an article's address names it — a slug of six words or more (a category's name is
    shorter: ``tin-tuc-su-kien``), a number of three digits or more (not a year), or an article parameter
    (``?ItemID=…``) — and is none of: the home page, a static file, a search or list page (``/tag/``,
    ``/tim-kiem``, ``?page=2``), a feed.

    >>> not_an_article("https://hue.gov.vn/tin-tuc/hoi-nghi-truc-bao-quy-iii.html") is None
    True
    >>> not_an_article("https://hue.gov.vn/Default.aspx?tabid=70&ItemID=3321") is None
    True
    >>> not_an_article("https://hue.gov.vn/")
    'trang chủ'
    >>> not_an_article("https://hue.gov.vn/tag/kinh-te-xa-hoi-hue")
    'trang danh sách, tìm kiếm hay chuyên mục'
    """
    parts = urlsplit(url)
    if pattern is not None:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return None if pattern.search(target) else "không khớp mẫu địa chỉ bài viết của trang"
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1].lower() if segments else ""
    stem, dot, extension = last.rpartition(".")
    if dot and extension in STATIC_EXTENSIONS:
        return "tệp tĩnh, không phải trang bài viết"
    if not dot or extension not in PAGE_EXTENSIONS:
        stem = last
    query = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    if any(s.lower() in LIST_SEGMENTS for s in segments) or any(k in LIST_PARAMS for k in query):
        return "trang danh sách, tìm kiếm hay chuyên mục"
    if any(query.get(k) for k in ARTICLE_PARAMS):
        return None
    if last in HOME_NAMES or stem in HOME_NAMES:
        return "trang chủ"
    words = [w for w in re.split(r"[-_+]+", stem) if w]
    if len(words) >= SLUG_WORDS or (_DIGITS.search(stem) and not _YEAR_OR_MONTH.match(stem)):
        return None
    return "địa chỉ không mang tên hay số của một bài viết"


def canonical_address(html: bytes | str, base_url: str) -> str | None:
    """The page's own address for itself — ``<link rel="canonical">``, else ``<meta property="og:url">`` — made
    absolute against ``base_url``; None when it has none (or none over http(s)).

    >>> canonical_address('<link rel="canonical" href="/tin/bai-a">', "https://hue.gov.vn/tin/bai-a?x=1")
    'https://hue.gov.vn/tin/bai-a'
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    candidates = [
        *root.xpath("//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '),"
                    " ' canonical ')]/@href"),
        *root.xpath("//meta[@property='og:url']/@content"),
    ]
    for raw in candidates:
        address = urljoin(base_url, str(raw).strip())
        if urlsplit(address).scheme in ("http", "https") and len(address) <= MAX_URL_CHARS:
            return address
    return None
