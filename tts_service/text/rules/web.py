"""Addresses on the web: URLs and e-mail addresses, read part by part."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import read_digits
from .common import spaced

_DOMAINS = "|".join(map(re.escape, tables.WEB_DOMAINS))
_EMAIL_RE = re.compile(r"(?<![\w.@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A host without a scheme may be typed in capitals ("VOV.VN") and may follow a slash in a credit
#: ("TTXVN/VietnamPlus.vn"); a slash inside an address was taken with the address before it.
_URL_RE = re.compile(
    r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"“”()]+|"
    rf"(?<![\w@.-])(?<!:/)(?:[a-zA-Z0-9-]+\.)+(?i:{_DOMAINS})(?i:\.vn)?(?:/[^\s<>\"“”()]*)?(?![\w])"
)


_TLD_RE = re.compile(rf"\.(?:{_DOMAINS})\b", re.IGNORECASE)


def _read_web_part(part: str) -> str:
    return " ".join(read_digits(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", part) if p)


def _read_host_and_path(address: str) -> str:
    address = re.sub(r"^(?:(?:https?|ftp)://)?(?:www\.)?", "", address, flags=re.IGNORECASE).rstrip("/.,;:")
    host, _, path = address.partition("/")
    words = [" chấm ".join(_read_web_part(p) for p in host.split(".") if p)]
    for seg in re.split(r"[/?#=&]+", path):
        pieces = [_read_web_part(p) for p in re.split(r"[._~+%-]+", seg) if p]
        if pieces:
            words.append(" ".join(pieces))
    return " xẹt ".join(w for w in words if w)


def _trailing_punctuation(raw: str) -> str:
    return raw[len(raw.rstrip(".,;:!?")) :]


def urls_and_emails(text: str) -> str:
    """Addresses are read part by part; the scheme and "www." are not spoken.

    >>> urls_and_emails("Gửi về vanphong@huecity.gov.vn hoặc xem https://www.huecity.gov.vn.")
    'Gửi về vanphong a còng huecity chấm gov chấm vn hoặc xem huecity chấm gov chấm vn.'
    >>> urls_and_emails("Theo VOV.VN; Nguồn: TTXVN/VietnamPlus.vn")
    'Theo vov chấm vn; Nguồn: TTXVN/vietnamplus chấm vn'
    """
    if "@" in text:
        text = _EMAIL_RE.sub(
            lambda m: spaced(
                " a còng ".join(_read_host_and_path(p) for p in m.group().split("@", 1))
            ).strip(),
            text,
        )
    if "://" in text or "www." in text or _TLD_RE.search(text):
        text = _URL_RE.sub(lambda m: _read_host_and_path(m.group()) + _trailing_punctuation(m.group()), text)
    return text

