"""Calendars other than the Gregorian: lunar dates named by stem and branch, Buddhist years, "thg" for "tháng"."""

from __future__ import annotations

import re

from .. import tables
from .common import DIGIT_FIRST, alternation, valid_day_month

_STEMS = alternation([k for k, v in tables.YEAR_STEMS_BRANCHES.items() if v == "can"])
_BRANCHES = alternation([k for k, v in tables.YEAR_STEMS_BRANCHES.items() if v == "chi"])
_STEM_AFTER_DASH_RE = re.compile(rf"[-–—/.][ \t]*(?:{_STEMS})[ \t]")
#: "mùng 8-4-Quý Mão", "(16-4-Giáp Thìn)", "nhằm ngày 26/12/Mậu Tuất", "15.8.Ất Tỵ": a lunar day and month, then
#: the year's name.
_LUNAR_DATE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d{1,2})[ \t]*[-–—/.][ \t]*(\d{1,2})[ \t]*[-–—/.][ \t]*"
    + rf"(?=(?:{_STEMS})[ \t]+(?:{_BRANCHES})(?!\w))"
)


_THG_RE = re.compile(r"(?<!\w)(?:thg|Thg|THG)\.?(?=[ \t]*\d)")


def month_abbreviations(text: str) -> str:
    """ "thg", as blog archives shorten "tháng" before a month's number ("12 thg 4, 2022"), is "tháng".

    >>> month_abbreviations("12 thg 4, 2022; Thg 10 2023; thgian")
    '12 tháng 4, 2022; tháng 10 2023; thgian'
    """
    return _THG_RE.sub("tháng", text) if "hg" in text or "HG" in text else text


def lunar_dates(text: str) -> str:
    """A lunar date names its year by stem and branch: "8-4-Quý Mão" is the 8th of the 4th month of Quý Mão.

    >>> lunar_dates("mùng 8-4-Quý Mão (26-5-2023); Sáng 23-5 (16-4-Giáp Thìn); 8-4-Quý giá")
    'mùng 8/4 năm Quý Mão (26-5-2023); Sáng 23-5 (16/4 năm Giáp Thìn); 8-4-Quý giá'
    >>> lunar_dates("nhằm ngày 26/12/Mậu Tuất; 15 / 8 / Giáp Thìn; 8–4–Quý Mão; 15.8.Ất Tỵ; tỷ lệ 8/4/Quý giá")
    'nhằm ngày 26/12 năm Mậu Tuất; 15/8 năm Giáp Thìn; 8/4 năm Quý Mão; 15/8 năm Ất Tỵ; tỷ lệ 8/4/Quý giá'
    """
    if not _STEM_AFTER_DASH_RE.search(text):
        return text
    return _LUNAR_DATE_RE.sub(
        lambda m: f"{m[1]}/{m[2]} năm " if valid_day_month(m[1], m[2]) else m.group(), text
    )



#: A Buddhist-calendar year ("PL.2562", "PL 2568"), then maybe its common-era year ("-DL 2018", " – DL.2024").
_BUDDHIST_YEAR_RE = re.compile(
    r"(?<![\w.])PL[. \t]?[ \t]*(2[5-6]\d{2})(?:[ \t]*[-–/,][ \t]*DL[. \t]?[ \t]*((?:19|20)\d{2}))?(?![\w/]|[.,]\d)"
)


def buddhist_years(text: str) -> str:
    """PL before a year of the Buddhist calendar is Phật lịch, and DL after it dương lịch; PL elsewhere is untouched.

    >>> buddhist_years("Lễ Phật Đản PL.2562-DL 2018; Vu Lan PL 2568; theo PL 01/2020")
    'Lễ Phật Đản Phật lịch 2562, dương lịch 2018; Vu Lan Phật lịch 2568; theo PL 01/2020'
    """
    if "PL" not in text:
        return text
    return _BUDDHIST_YEAR_RE.sub(lambda m: f"Phật lịch {m[1]}" + (f", dương lịch {m[2]}" if m[2] else ""), text)
