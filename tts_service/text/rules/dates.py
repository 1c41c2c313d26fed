"""Dates: which slash, dash or dot between numbers is a day and month, a month and year, a fraction or a count."""

from __future__ import annotations

import re
from itertools import pairwise

from .. import tables
from ..numbers import ordinal, read_int, read_number
from .clocks import read_clock
from .common import (
    DASH_DATE_WORDS,
    DIGIT_FIRST,
    DOC_WORDS,
    UPPER,
    alternation,
    dash_dated,
    in_sentence,
    last_char_before,
    mentions,
    preceded_by,
    prev_words,
    valid_day_month,
)
from .ranges import EDITION_WORDS, SCORE_WORD_COMPOUNDS, after_a_match
from .units import UNIT_KEYS

#: One scan for every dashed date: ISO "2021-10-09", "08-10-2021", and a day-month "30-4" / "15 - 5" (its
#: reading depends on the words around it, see dash_dates).
_DASH_DATE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,:-])(?:(\d{4})-(\d{2})-(\d{2})(?![\w/-]|[.,]\d)"
    + r"|(\d{1,2})(?:-(\d{1,2})-(\d{4})(?![\w/-]|[.,]\d)"
    + r"|[ \t]?[-–][ \t]?(\d{1,2})(?![\w/-]|[.,:]\d|[ \t]?/|[ \t]?-(?![ \t]+[^\W\d_]))"
    + r"|[ \t]?[-–][ \t]?((?:19|20)\d{2})(?:[ \t]*[/–-][ \t]*(\d{1,2})-((?:19|20)\d{2}))?(?![\w/-]|[.,]\d)))"
)
#: A digit, a dash and a digit (a space may stand on either side of the dash), found dash first: a fast scan.
_DIGIT_DASH_DIGIT_RE = re.compile(r"[-–](?:(?<=\d[-–])|(?<=\d[ \t][-–]))[ \t]?\d")


#: A date written month first, as English-language software stamps it ("6/29/2024"): only when the second
#: number cannot be a month and the first can, so "5/6/2024" keeps its Vietnamese day-first reading.
_MONTH_FIRST_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\w/]|[.,]\d)")
#: A full date glued to the word before it ("Xuân Lộc10/08/2025"); not to a code in capitals ("QĐ10/08/2025").
_GLUED_BEFORE_RE = re.compile(rf"(?<=[^\W\d_{UPPER}])(?=\d{{1,2}}/\d{{1,2}}/(?:19|20)\d{{2}}(?![\w/]|[.,]\d))")
#: A clock glued to the word before it ("lúc10:30"), and a word of time glued to its number ("tháng3/2024").
_GLUED_CLOCK_BEFORE_RE = re.compile(rf"(?<=[^\W\d_{UPPER}])(?=\d{{1,2}}:\d{{2}}(?!\d))")
_ANY_DIGIT_RE = re.compile(r"[0-9]")
_GLUED_TIME_WORD_RE = re.compile(r"(?i)(?<![^\W\d_])(tháng|quý|ngày|năm|lúc|mùng|mồng|sáng|trưa|chiều|tối|đêm)(?=\d)")
#: A digit glued after a letter, found digit first (a fast scan): no word of time is glued to a number without one.
_LETTER_DIGIT_RE = re.compile(r"\d(?<=[^\W\d_]\d)")
#: A digit glued after a letter that is no capital, as every glued date or clock has one.
_SMALL_LETTER_DIGIT_RE = re.compile(rf"\d(?<=[^\W\d_{UPPER}]\d)")
#: What a short weekday, a year-first date and a month-first date hold, found by a fast scan before the full pattern.
_SHORT_WEEKDAY_HINT_RE = re.compile(r"T[2-7]|CN")
_YEAR_FIRST_HINT_RE = re.compile(r"(?:19|20)\d\d[./]\d")
_DAY_OVER_12_HINT_RE = re.compile(r"/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d")
#: three scans, each faster alone than their alternation: a space before the mark, a space after it, a dash between
#: digits ("17 -05", "17. 05", "17–05")
_SPACED_DASH_YEAR_HINTS = (
    re.compile(r"\d[ \t]+[-–.]"),
    re.compile(r"[-–.][ \t]+\d"),
    re.compile(r"[–—](?<=\d[–—])\d"),
)
#: A clock written with a capital H ("lúc 7H30", "0H00"), as schedules and police news print it.
_CAPITAL_H_CLOCK_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/:])([01]?\d|2[0-4])H([0-5]\d)(?![\w])")
#: A whole hour with a capital H ("lúc 17H ngày 5/8", "Toàn cảnh 17H:", "XEM NHANH 12H 26.8"), found by its H;
#: not a class or a room named so ("lớp 12H"), nor a model's letter ("T-90H", "25H2").
_BARE_CAPITAL_H_RE = re.compile(r"(?<![\w.,/:-])([01]?\d|2[0-4])H(?![\w-]|[.,]\d)")
_BARE_CAPITAL_H_HINT_RE = re.compile(r"H(?<=\dH)(?![\w-])")
_UNIT_NAME_WORDS = frozenset(("lớp", "chi đoàn", "phòng", "tổ", "khu", "dãy", "nhà", "căn", "tầng", "khối", "đội"))
#: A day and month or a month and year with a space on one side of the slash, after its word ("Ngày 13 /5",
#: "Tháng 10/ 2016", "từ tháng 8 /2013").
_LOPSIDED_SLASH_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,])(\d{1,2})(?:[ \t]+/[ \t]*|/[ \t]+)(\d{1,2}|(?:19|20)\d{2})(?![\w/]|[.,]\d)"
)
#: A clock glued to the capitalised word after it, as headline lists run them together ("00:14Lại xảy ra").
_GLUED_AFTER_RE = re.compile(DIGIT_FIRST + rf"(?<![\w:.,/])(\d{{1,2}}:\d{{2}})(?=[{UPPER}][^\W\d_{UPPER}])")
#: A full date glued to the capitalised word or code after it, as portal lists run them together
#: ("29-03-2024Lượt xem", "10/02/2025TN&MT"); and am or pm glued to the next headline ("7:50:17 AMSau khi").
_GLUED_DATE_AFTER_RE = re.compile(
    DIGIT_FIRST + rf"(?<![\w/.,:-])(\d{{1,2}}([/.-])\d{{1,2}}\2(?:19|20)\d{{2}})(?=[{UPPER}])"
)
_GLUED_DATE_AFTER_HINT_RE = re.compile(rf"(?:19|20)\d\d[{UPPER}]")
_GLUED_AM_PM_RE = re.compile(rf"(?<=\d[ \t])([AP]M)(?=[{UPPER}][^\W\d_{UPPER}])")
#: A clock with am or pm written with a dot or without minutes ("8.00am", "5pm", "8.30 AM") takes the usual
#: colon ("8:00am"); "am" alone after a number with a space is a Vietnamese word ("2 am nhỏ"), so small letters
#: must be glued.
_AM_PM_CLOCK_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,:/])(\d{1,2})(?:\.(\d{2}))?(?=(?:am|pm|[ \t]?(?:AM|PM))(?![\w]))")
#: A date written year first with dots or slashes, as page stamps print it: "2025.05.06", "2023/09/15".
_YEAR_FIRST_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,:-])((?:19|20)\d{2})(?:\.(\d{2})\.(\d{2})|/(\d{1,2})/(\d{1,2}))(?![\w/]|[.,:-]\d)"
)
#: Day, month and year with spaces around a slash ("ngày  18/ 07 /2019"), as typed in a document's citation.
_SPACED_SLASH_DATE_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,])(\d{1,2})([ \t]*)/([ \t]*)(\d{1,2})([ \t]*)/([ \t]*)((?:19|20)\d{2})(?![\w/]|[.,]\d)"
)
#: A weekday's short form right before a stamp's full date: "T2, 14/10/2024", "CN 13/10/2024".
_SHORT_WEEKDAY_RE = re.compile(
    r"(?<![\w/])(?:T([2-7])|(CN))(?=,?[ \t]+(?:ngày[ \t]+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d))"
)
#: Day, month and year set apart by dashes or dots with stray spaces ("ngày 17 - 05 - 2024", "ngày 21- 12 -2017",
#: "ngày 21 . 12 . 2017"); the same mark twice.
_SPACED_DASH_DATE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d{1,2})(?=[ \t–—]|[-–.][ \t]|[-–.]\d{1,2}[ \t]|[-–.]\d{1,2}[-–.][ \t])"  # a space or –
    + r"([ \t]*)([-–—.])([ \t]*)(\d{1,2})([ \t]*)\3([ \t]*)((?:19|20)\d{2})(?![\w/-]|[.,]\d)"
)

#: A day and month with one mark, then the year after a space: "22.10 2024", "ngày 5/3 2024", "22-10 2024" (read as
#: "22.10.2024" after a word of date or set apart, as a dateline is).
_SPACED_YEAR_DATE_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})([./-])(\d{1,2})[ \t]+((?:19|20)\d{2})(?![\w/.-]|,\d)"
)
_SPACED_YEAR_DATE_HINT_RE = re.compile(r"[./-]\d{1,2}[ \t]+(?:19|20)\d\d")


_SET_APART_AHEAD_RE = re.compile(r"[ \t]*(?:[,;.)\n]|$)")
#: A span of two full dates, each written with one mark that may be spaced, joined by a dash: "(02 – 08 – 1955 –
#: 02 – 08 – 2020)", "02-08-1955 - 02-08-2020", "02 / 08 / 1955 – 02 / 08 / 2020".
_DATE_SPAN_PIECE = r"(\d{1,2})[ \t]*([-–—./])[ \t]*(\d{1,2})[ \t]*\MARK[ \t]*((?:19|20)\d{2})"
_SPACED_DATE_SPAN_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])"
    + _DATE_SPAN_PIECE.replace("MARK", "2")
    + r"[ \t]*[-–—][ \t]*"
    + _DATE_SPAN_PIECE.replace("MARK", "6")
    + r"(?![\w/-]|[.,]\d)"
)
#: its second date after a dash, found by a fast scan before the full pattern
_SPACED_DATE_SPAN_HINT_RE = re.compile(r"[-–—][ \t]*\d{1,2}[ \t]*[-–—./][ \t]*\d{1,2}[ \t]*[-–—./][ \t]*(?:19|20)\d\d")


#: A month written short before its year: "T6/2024", "T12/2023" (tháng; a weekday's T has no year after a slash).
#: Bent forms: "T6-2024", "T6 / 2024", "t6/2024".
_SHORT_MONTH_YEAR_RE = re.compile(
    r"(?<![\w/.-])[Tt](1[0-2]|0?[1-9])(?:[ \t]*/[ \t]*|-)((?:19|20)\d{2})(?![\w/-]|[.,]\d)"
)
_SHORT_MONTH_HINT_RE = re.compile(r"[Tt]\d")  # a fast scan before the pattern
#: A day and month joined by a hyphen before a slashed year, after a word of date or a holiday: "ngày 13-7/2024",
#: "Quốc khánh 2-9/1945" (after "tháng", "3-7/2024" is a span of months).
_HYPHEN_DAY_SLASH_YEAR_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})-(\d{1,2})/((?:19|20)\d{2})(?![\w/-]|[.,]\d)"
)
_HYPHEN_DAY_SLASH_YEAR_HINT_RE = re.compile(r"-(?<=\d-)\d{1,2}/(?:19|20)\d\d")
_HOLIDAYS = frozenset(tables.HOLIDAY_DATE_WORDS)
#: Two months of two years written with dots and joined by a dash, "1.2007-11.2009", "(3.2019 – 10.2021)": the
#: slashed span "1/2007-11/2009" (four digits after a dot are no decimal a writer groups).
_DOTTED_MONTH_SPAN_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,-])(1[0-2]|0?[1-9])\.((?:19|20)\d{2})([ \t]*[-–—][ \t]*)"
    r"(1[0-2]|0?[1-9])\.((?:19|20)\d{2})(?![\w/-]|[.,]\d)"
)
_DOTTED_MONTH_SPAN_HINT_RE = re.compile(r"\.(?:19|20)\d\d[ \t]*[-–—]")


def date_shapes(text: str) -> str:
    """Dates and clocks in unusual shapes become the usual ones, so the date and clock rules read them.

    >>> print(date_shapes("Cập nhật: 7/23/2025 9:05:10 AM; 5/6/2024; số 7/23/2025"))
    Cập nhật: 23/7/2025 9:05:10 AM; 5/6/2024; số 7/23/2025
    >>> print(date_shapes("Hội An12/05/2024; QĐ12/05/2024; lúc 07:30Mưa; 07:30 PM; lúc10:30, tháng3/2024, Quý2/2024"))
    Hội An 12/05/2024; QĐ12/05/2024; lúc 07:30 Mưa; 07:30 PM; lúc 10:30, tháng 3/2024, Quý 2/2024
    >>> print(date_shapes("ngày  18/ 07 /2019, ngày 5 /3/2024; tỷ lệ 40 / 50 /2019"))
    ngày  18/07/2019, ngày 5/3/2024; tỷ lệ 40 / 50 /2019
    >>> print(date_shapes("Cập nhật ngày 21 - 11 - 2023; tỷ số 3 - 2 - 2020; 10:30am"))
    Cập nhật ngày 21-11-2023; tỷ số 3 - 2 - 2020; 10:30am
    >>> print(date_shapes("doanh thu T6-2024, t6 / 2024; mẫu T6-2024X"))
    doanh thu tháng 6/2024, tháng 6/2024; mẫu T6-2024X
    >>> print(date_shapes("vào ngày 13-7/2024; Quốc khánh 2-9/1945; từ tháng 3-7/2024; mã 13-7/2024"))
    vào ngày 13/7/2024; Quốc khánh 2/9/1945; từ tháng 3-7/2024; mã 13-7/2024
    >>> print(date_shapes("doanh thu T6/2024, T12/2023; tổ T6/5"))
    doanh thu tháng 6/2024, tháng 12/2023; tổ T6/5
    >>> print(date_shapes("ngày 21- 12 -2017; ngày 21 . 12 . 2017; ngày 21–12–2017; ngày 21-12-2017"))
    ngày 21-12-2017; ngày 21/12/2017; ngày 21-12-2017; ngày 21-12-2017
    >>> print(date_shapes("(02 – 08 – 1955 – 02 – 08 – 2020); tỷ số 3 - 2 - 2020 - 1 - 2 - 2021"))
    (02/08/1955 - 02/08/2020); tỷ số 3 - 2 - 2020 - 1 - 2 - 2021
    >>> print(date_shapes("lúc 17H ngày 5/8; Toàn cảnh 17H: Cả làng; lớp 12H; T-90H; 25H2"))
    lúc 17h ngày 5/8; Toàn cảnh 17h: Cả làng; lớp 12H; T-90H; 25H2
    >>> print(date_shapes("Văn Điệp Sáng7/6; lúc 7H30, 0H00; Ngày 13 /5; Tháng 10/ 2016; từ tháng 8 /2013; tỷ lệ 3 /4"))
    Văn Điệp Sáng 7/6; lúc 7h30, 0h00; Ngày 13/5; Tháng 10/2016; từ tháng 8/2013; tỷ lệ 3 /4
    >>> print(date_shapes("Thời gian: 8.00am-11.30am; mở cửa 8am - 5 PM; 2 am nhỏ; giá 2.50 USD"))
    Thời gian: 8:00am-11:30am; mở cửa 8:00am - 5:00 PM; 2 am nhỏ; giá 2.50 USD
    >>> print(date_shapes("T2, 14/10/2024 - 08:30; CN 13.10.2024; gửi vào T6, 2018-01-12 07:50; nhóm T2, 5 người"))
    Thứ 2, 14/10/2024 - 08:30; Chủ nhật 13.10.2024; gửi vào Thứ 6, 2018-01-12 07:50; nhóm T2, 5 người
    >>> print(date_shapes("29-03-2024Lượt xem; 10/02/2025TN&MT; 7:50:17 AMSau khi; số 10/02/2025a"))
    29-03-2024 Lượt xem; 10/02/2025 TN&MT; 7:50:17 AM Sau khi; số 10/02/2025a
    >>> print(date_shapes("2025.05.06 Thích 0; đăng 2023/9/15 10:00; Công văn số 2023/09/15; phiên bản 2020.13.01"))
    06/05/2025 Thích 0; đăng 15/9/2023 10:00; Công văn số 2023/09/15; phiên bản 2020.13.01
    >>> print(date_shapes("từ tháng 1.2007-11.2009, 10 bị can; (3.2019 – 10.2021); 13.2019-1.2020"))
    từ tháng 1/2007-11/2009, 10 bị can; (3/2019 – 10/2021); 13.2019-1.2020
    >>> print(date_shapes("22.10 2024; ngày 5/3 2024 tại; Thứ Ba, 22-10 2024; tăng 2.5 2024 so với"))
    22.10.2024; ngày 5/3/2024 tại; Thứ Ba, 22-10-2024; tăng 2.5 2024 so với
    """
    if not _ANY_DIGIT_RE.search(text):
        return text  # every shape here holds a digit
    if _LETTER_DIGIT_RE.search(text):
        text = _GLUED_TIME_WORD_RE.sub(r"\1 ", text)
    if ("T" in text or "CN" in text) and _SHORT_WEEKDAY_HINT_RE.search(text):
        text = _SHORT_WEEKDAY_RE.sub(lambda m: f"Thứ {m[1]}" if m[1] else "Chủ nhật", text)
    if "/" in text or "." in text:

        def year_first(m: re.Match[str]) -> str:
            year, dot_month, dot_day, month, day = m.groups()
            month, day = month or dot_month, day or dot_day
            if not valid_day_month(day, month) or preceded_by(m.string, m.start(), DOC_WORDS, 2):
                return m.group()
            return f"{day}/{month}/{year}"

        if _YEAR_FIRST_HINT_RE.search(text):
            text = _YEAR_FIRST_RE.sub(year_first, text)
    if "." in text and _DOTTED_MONTH_SPAN_HINT_RE.search(text):
        text = _DOTTED_MONTH_SPAN_RE.sub(r"\1/\2\3\4/\5", text)
    if ("/" in text or "-" in text) and _SHORT_MONTH_HINT_RE.search(text):
        text = _SHORT_MONTH_YEAR_RE.sub(r"tháng \1/\2", text)
    if "-" in text and _HYPHEN_DAY_SLASH_YEAR_HINT_RE.search(text):

        def hyphen_day(m: re.Match[str]) -> str:
            s, pos = m.string, m.start()
            dated = dash_dated(s, pos) or preceded_by(s, pos, _HOLIDAYS, 5)
            if not valid_day_month(m[1], m[2]) or not dated or preceded_by(s, pos, ("tháng",), 1):
                return m.group()
            return f"{m[1]}/{m[2]}/{m[3]}"

        text = _HYPHEN_DAY_SLASH_YEAR_RE.sub(hyphen_day, text)
    if any(f"H{d}" in text for d in "012345"):
        text = _CAPITAL_H_CLOCK_RE.sub(r"\1h\2", text)
    if "H" in text and _BARE_CAPITAL_H_HINT_RE.search(text):
        text = _BARE_CAPITAL_H_RE.sub(
            lambda m: m[1] + "h" if not preceded_by(m.string, m.start(), _UNIT_NAME_WORDS, 2) else m.group(), text
        )
    if "/" in text:
        if _SMALL_LETTER_DIGIT_RE.search(text):
            text = _GLUED_BEFORE_RE.sub(" ", text)

        def lopsided(m: re.Match[str]) -> str:
            first, second = m.groups()
            words = prev_words(m.string, m.start(), 1)
            if len(second) == 4:
                ok = words == ["tháng"] and 1 <= int(first) <= 12
            else:
                ok = valid_day_month(first, second) and dash_dated(m.string, m.start())
            return f"{first}/{second}" if ok else m.group()

        if " /" in text or "/ " in text or "\t/" in text or "/\t" in text:
            text = _LOPSIDED_SLASH_RE.sub(lopsided, text)

        def spaced_slashes(m: re.Match[str]) -> str:
            day, month, year = m.group(1, 4, 7)
            if not "".join(m.group(2, 3, 5, 6)) or not valid_day_month(day, month):
                return m.group()
            return f"{day}/{month}/{year}"

        if " /" in text or "/ " in text or "\t/" in text or "/\t" in text:  # else each match is left as it is
            text = _SPACED_SLASH_DATE_RE.sub(spaced_slashes, text)

        def month_first(m: re.Match[str]) -> str:
            month, day, year = m.groups()
            if int(day) <= 12 or not valid_day_month(day, month) or preceded_by(m.string, m.start(), DOC_WORDS, 2):
                return m.group()
            return f"{day}/{month}/{year}"

        if _DAY_OVER_12_HINT_RE.search(text):  # else each match is left as it is
            text = _MONTH_FIRST_RE.sub(month_first, text)
    if _GLUED_DATE_AFTER_HINT_RE.search(text):
        text = _GLUED_DATE_AFTER_RE.sub(r"\1 ", text)
    if "AM" in text or "PM" in text:
        text = _GLUED_AM_PM_RE.sub(r"\1 ", text)
    if "am" in text or "pm" in text or "AM" in text or "PM" in text:
        text = _AM_PM_CLOCK_RE.sub(lambda m: f"{m[1]}:{m[2] or '00'}" if int(m[1]) <= 12 else m.group(), text)
    if ":" in text:
        if _SMALL_LETTER_DIGIT_RE.search(text):
            text = _GLUED_CLOCK_BEFORE_RE.sub(" ", text)
        text = _GLUED_AFTER_RE.sub(r"\1 ", text)
    if "-" in text or "–" in text or "—" in text:

        def date_span(m: re.Match[str]) -> str:
            d1, m1, y1, d2, m2, y2 = m.group(1, 3, 4, 5, 7, 8)
            if not (valid_day_month(d1, m1) and valid_day_month(d2, m2)) or int(y1) > int(y2):
                return m.group()
            set_apart = last_char_before(m.string, m.start()) in ("", "\n", ",", "(") and bool(
                _SET_APART_AHEAD_RE.match(m.string, m.end())
            )
            if not (set_apart or dash_dated(m.string, m.start())):
                return m.group()
            return f"{d1}/{m1}/{y1} - {d2}/{m2}/{y2}"

        if _SPACED_DATE_SPAN_HINT_RE.search(text):
            text = _SPACED_DATE_SPAN_RE.sub(date_span, text)
    if "-" in text or "–" in text or "." in text:

        def spaced(m: re.Match[str]) -> str:
            day, mark, month, year = m.group(1, 3, 5, 8)
            if not ("".join(m.group(2, 4, 6, 7)) or mark in "–—") or not valid_day_month(day, month):
                return m.group()
            # after a word of date, or set apart: "(21 – 12 – 2017)", a dateline's "Hà Nội, 21 - 12 - 2017"
            set_apart = last_char_before(m.string, m.start()) in ("", "\n", ",", "(") and bool(
                _SET_APART_AHEAD_RE.match(m.string, m.end())
            )
            if not (
                set_apart
                or dash_dated(m.string, m.start())
                or _names_a_victory(m.string, m.start(), day, month, full=True)  # "chiến thắng 30 - 4 - 1975"
            ):
                return m.group()
            return f"{day}/{month}/{year}" if mark == "." else f"{day}-{month}-{year}"

        if any(h.search(text) for h in _SPACED_DASH_YEAR_HINTS):
            text = _SPACED_DASH_DATE_RE.sub(spaced, text)
    if _SPACED_YEAR_DATE_HINT_RE.search(text):

        def spaced_year(m: re.Match[str]) -> str:
            day, mark, month, year = m.groups()
            set_apart = last_char_before(m.string, m.start()) in ("", "\n", ",", "(") and bool(
                _SET_APART_AHEAD_RE.match(m.string, m.end())
            )
            dated = set_apart or dash_dated(m.string, m.start())
            return f"{day}{mark}{month}{mark}{year}" if dated and valid_day_month(day, month) else m.group()

        text = _SPACED_YEAR_DATE_RE.sub(spaced_year, text)
    return text


_DASH_MONTH_YEAR_WORDS = frozenset(tables.DASH_MONTH_YEAR_CONTEXT_WORDS)
_MONTH_YEAR_BOUND_WORDS = frozenset(tables.MONTH_YEAR_BOUND_WORDS)
_ROUND_WORDS = frozenset(tables.ROUND_WORDS)
_NATIONAL_DAYS = frozenset(tuple(int(n) for n in day.split("-")) for day in tables.NATIONAL_DAYS)
_FALLING_DATE_WORDS = frozenset(tables.FALLING_DATE_WORDS)
#: "đồng" as money, not opening a word of its own ("đồng thời", "đồng loạt", "đồng chí").
_DONG_AS_MONEY = rf"[ \t]*đồng(?![^\W\d_]|[ \t]+(?:{alternation(list(tables.DONG_COMPOUND_WORDS))})(?![^\W\d_]))"
_COUNTER_AHEAD_RE = re.compile(
    rf"[ \t]*(?:{'|'.join(map(re.escape, tables.RANGE_COUNTER_WORDS))})(?![^\W\d_])"
    rf"(?<!đồng)|{_DONG_AS_MONEY}|[ \t]*%"
)  # "30-6 đồng loạt", "1-7 đồng thời": "đồng" opens a word there, no money
#: A counted noun or a unit after a rising pair ("2-3 buổi", "3-4 giấy phép", "2-3 ha"); "năm" unless a year's word
#: follows ("hồi 4-4 năm ngoái").
_SPAN_COUNT_AHEAD_RE = re.compile(
    r"[ \t]+(?:năm(?![ \t]*(?:nay|ngoái|trước|kia|\d))|"
    + alternation(
        [
            *tables.ROUGH_COUNT_NOUNS,
            *tables.WHOLE_COUNT_NOUNS,
            *tables.ROUGH_COUNT_TIME_NOUNS,
            *(w for w in tables.SPAN_COUNT_NOUNS if w != "năm"),
            *tables.SCALE_WORDS,
            *UNIT_KEYS,
        ]
    )
    + r")(?![^\W_])(?<!đồng)"
)
_CAPITAL_FROM_BEFORE_RE = re.compile(r"(?<!\w)Từ[ \t]+$")
_COMMA_AHEAD_RE = re.compile(r"[ \t]*,(?![ \t]*\d)")
#: A third number after the pair, itself no day-month nor year: "NPK 18 – 10 – 10" (not "30-4 - 1-5", "30-4-1975").
_THIRD_NUMBER_AHEAD_RE = re.compile(r"[ \t]*[-–—][ \t]*\d{1,3}(?![\d]|[-–/.,]\d|[ \t]*[-–][ \t]*\d)")
#: A code in capitals right before the numbers ("NPK 18 – 10 – 10", "DAP 18-46-0").
_FORMULA_BEHIND_RE = re.compile(rf"(?<![\w])[{UPPER}]{{2,5}}[ \t]+$")
#: "rạng sáng 20-9 giờ Việt Nam", "sáng nay 3-5 giờ địa phương": the hour's zone, no hours counted after a span.
_TIME_ZONE_AHEAD_RE = re.compile(r"[ \t]*\(?giờ[ \t]+(?:địa phương|Việt Nam|Hà Nội|GMT|quốc tế|Mỹ|Bắc Kinh)(?!\w)")
_TIME_WORDS = "|".join(map(re.escape, sorted(tables.TIME_OF_DAY_WORDS, key=len, reverse=True)))
#: Between two dates of a list or a span: "30-4 và 1-5", "từ 2-3 đến sáng 5-3".
#: Words that say "ngày" for the dates listed after them: "các ngày lễ 30/4 và 1/5", "mùng 2/9 và 3/9".
_DAY_SAYING_WORDS = frozenset(("ngày", "mùng", "mồng", "ngày lễ", "dịp lễ", "nghỉ lễ"))
_DAY_LIST_GLUE_RE = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*", re.IGNORECASE)
_DATE_LIST_GLUE_RE = re.compile(rf"[ \t]*(?:,|và|hoặc|đến|tới)(?:[ \t]+(?:{_TIME_WORDS}))*[ \t]*", re.IGNORECASE)
#: After "từ d-m": "đến" and a second day-month make the first a date too ("từ 2-3 đến sáng 5-3", "đến hết 20-7").
_SPAN_END_RE = re.compile(
    r"(?:[ \t]*,[ \t]*(?:tức|nhằm)[^,;.\n]{1,40},)?"  # "từ 9-2 (tức 22 tháng Chạp) đến 22-2": an aside first
    rf"[ \t]+(?:đến|tới)(?:[ \t]+hết)?(?:[ \t]+(?:{_TIME_WORDS}))*(?:[ \t]+ngày)?"
    r"[ \t]+(\d{1,2})[-/.](\d{1,2})(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
_YEARS_AHEAD_RE = re.compile(r"[ \t]*năm(?![ \t]+\d)")
#: Bare days listed after "ngày" or a part of the day just before a dashed day-month share its month ("các ngày 8,
#: 9 và 10-10", "Chiều 3 và 4-5", "từ ngày 8 đến 12-10", "các ngày từ 4 đến 7-11", "trong 2 ngày (15 và 16-8)");
#: searched in a bounded window before the match.
_DAY_LIST_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{_TIME_WORDS})(?:[ \t]+(?:là|từ))?(?:[ \t]*[(:,][ \t]*|[ \t]+)"
    r"\d{1,2}(?:[ \t]*(?:,|và)[ \t]*\d{1,2})*"
    r"[ \t]*(?:,|và|hoặc|đến|tới)[ \t]*$",
    re.IGNORECASE,
)
#: The name of a day kept in the calendar, just before its date: "Ngày Quốc khánh 2/9", "Ngày Giải phóng miền Nam
#: 30-4", "ngày Nhà giáo Việt Nam 20-11", "Ngày Thương binh - Liệt sĩ 27-7" ("Ngày" or "ngày", a capitalised word,
#: then a few words, maybe joined by a dash, and no other pause).
_OCCASION_BEFORE_RE = re.compile(
    rf"(?<!\w)[Nn]gày[ \t]+[{UPPER}][^\W\d_]*(?:(?:[ \t]*[-–][ \t]*|[ \t]+)[^\W\d_]+){{0,6}}[ \t]+$"
)


def _after_occasion(text: str, pos: int) -> bool:
    start = max(0, pos - 60)
    return "gày" in text[start:pos] and bool(_OCCASION_BEFORE_RE.search(text, start, pos))


#: An anniversary named in the clause before a bracketed day-month: "Ngày Dân số thế giới (11-7)", "kỷ niệm 30 năm
#: thành lập Hội (10-7)" (the bracket is a comma here).
_NAMED_DAY_BEFORE_RE = re.compile(r"(?<!\w)(?:Ngày|NGÀY|kỷ niệm|Kỷ niệm|ngày truyền thống|ngày thành lập)(?!\w)")


def _dates_an_occasion(text: str, start: int, end: int) -> bool:
    """A day-month set apart by brackets after an occasion's name is its date: "Ngày Dân số thế giới (11-7)"."""
    if not _stands_alone(text, start, end):
        return False
    clause = re.split(r"[;:.!?\n]", text[max(0, start - 90) : start])[-1]
    return bool(_NAMED_DAY_BEFORE_RE.search(clause))


#: The month a span of months starts on, before the month-year that ends it: "từ tháng 1 đến 10-2022".
_MONTH_SPAN_BEFORE_RE = re.compile(r"(?<!\w)tháng[ \t]+\d{1,2}[ \t]+(?:đến|tới)[ \t]+$", re.IGNORECASE)


def _opens_span(text: str, start: int, end: int) -> bool:
    """ "từ 2-3 đến sáng 5-3": a day-month after "từ" whose span ends on another day-month is a date."""
    if prev_words(text, start, 1) != ["từ"] or not (span := _SPAN_END_RE.match(text, end)):
        return False
    after = span.end()
    return valid_day_month(*span.groups()) and not (
        _COUNTER_AHEAD_RE.match(text, after) or _YEARS_AHEAD_RE.match(text, after)
    )


_VICTORY_DAYS = frozenset(tuple(int(n) for n in day.split("-")) for day in tables.VICTORY_DAYS)
_VICTORY_MATCH_WORDS = frozenset(tables.VICTORY_MATCH_WORDS)
_VICTORY_SPORT_WORDS = tables.VICTORY_SPORT_WORDS
#: "chiến thắng", maybe the place or "lịch sử" that names it, right before a day-month: "Chiến thắng Điện Biên Phủ 7-5".
_VICTORY_EPITHETS = alternation(list(tables.VICTORY_EPITHETS)).replace("\\ ", "[ \t]+")
_VICTORY_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])[Cc]hiến[ \t]+thắng(?P<name>(?:[ \t]+(?:lịch[ \t]+sử|[{UPPER}][^\W\d_]*)){{0,4}})"
    rf"(?P<epithet>[ \t]+(?:{_VICTORY_EPITHETS}))?[ \t]*$"
)
#: A word of commemoration right before "chiến thắng", maybe across "50 năm": "Kỷ niệm 50 năm chiến thắng 30-4".
_VICTORY_LEAD_RE = re.compile(
    r"(?<![^\W\d_])(?P<lead>"
    + "|".join(re.escape(w) for w in sorted(tables.VICTORY_LEAD_WORDS, key=len, reverse=True))
    + r")(?:[ \t]+\d+[ \t]+năm)?[ \t]+$",
    re.IGNORECASE,
)
#: Leads that also greet a match just won ("mừng chiến thắng 3-1 của đội tuyển"): only a marked day follows them
#: on a pitch.
_WEAK_VICTORY_LEADS = frozenset(("mừng", "ngày"))
#: A team right before "chiến thắng" ("Sinner chiến thắng 7-5", "Công an Hà Nội chiến thắng 3-2"): a match won.
_TEAM_BEFORE_RE = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W_]*[ \t]+$")
#: "năm 1975", "năm nay" after the pair, then maybe a cue of a score ("năm 2008 trước Thái Lan").
_VICTORY_YEAR_AHEAD_RE = re.compile(r"[ \t]+năm[ \t]+(?:(?:19|20)\d\d(?!\d)|nay|ấy|đó)")
_VICTORY_CUE_AHEAD_RE = re.compile(
    r"[ \t]*(?:,[ \t]*\d{1,2}[ \t]*[-–][ \t]*\d{1,2}(?![\d/.-])|(?P<cue>"
    + "|".join(re.escape(w) for w in sorted(tables.VICTORY_SCORE_CUES, key=len, reverse=True))
    + r")(?![^\W\d_]))",
    re.IGNORECASE,
)


def _names_a_victory(text: str, start: int, day: str, month: str, end: int = -1, *, full: bool = False) -> bool:
    """ "Kỷ niệm chiến thắng 30-4", "Chiến thắng Điện Biên Phủ 7-5": a victory marked on its day, not a match won.

    A day needs strong evidence: a word of commemoration right before "chiến thắng", the battle's name between, a
    day the nation marks opening a sentence, or a full date (``full``); never a score's cue after it ("7-5, 6-4",
    "trước Alcaraz", "ở loạt sút", "của đội tuyển") nor a team or a match word before it.

    >>> _names_a_victory("Lễ chiến thắng 30-4", 15, "30", "4"), _names_a_victory("mừng chiến thắng 9-5", 17, "9", "5")
    (True, True)
    >>> _names_a_victory("giành chiến thắng 7-5", 18, "7", "5"), _names_a_victory("Chiến thắng 2-1 giúp", 12, "2", "1")
    (False, False)
    >>> _names_a_victory("Sinner chiến thắng 7-5, 6-4", 19, "7", "5", 22)
    False
    >>> _names_a_victory("vào chiến thắng quan trọng 30-4", 27, "30", "4")
    True
    """
    if "hắng" not in text[max(0, start - 60) : start]:
        return False
    victory = _VICTORY_BEFORE_RE.search(text, max(0, start - 60), start)
    if not victory or preceded_by(text, victory.start(), _VICTORY_MATCH_WORDS, 2):
        return False
    if full:
        return True  # "chiến thắng 30 - 4 - 1975": no score has a year
    marked = (int(day), int(month)) in _VICTORY_DAYS
    lead = _VICTORY_LEAD_RE.search(text, max(0, victory.start() - 40), victory.start())
    if end >= 0:
        ahead = _VICTORY_YEAR_AHEAD_RE.match(text, end)
        cue = _VICTORY_CUE_AHEAD_RE.match(text, ahead.end() if ahead else end)
        if cue:
            word = (cue["cue"] or "").lower()
            # "Kỷ niệm chiến thắng 30-4, 1-5 và 2-9" lists days; "Lễ chiến thắng 30-4 của dân tộc" owns one
            listed = not word and lead is not None and lead["lead"].lower() not in _WEAK_VICTORY_LEADS
            owned = word == "của" and lead is not None and marked
            if not (listed or owned):
                return False
    on_a_pitch = in_sentence(text, victory.start(), start, _VICTORY_SPORT_WORDS)
    if lead:
        return marked or not on_a_pitch or lead["lead"].lower() not in _WEAK_VICTORY_LEADS
    if on_a_pitch or _TEAM_BEFORE_RE.search(text, max(0, victory.start() - 30), victory.start()):
        return False
    if victory["name"].strip() and not victory["name"].strip().startswith("lịch"):
        return True  # "Chiến thắng Điện Biên Phủ 7-5", "Chiến thắng Đồng Xoài 10-6 năm 1965"
    if victory["epithet"]:
        return marked  # "chiến thắng quan trọng 30-4": a day the nation marks, praised
    before = last_char_before(text, victory.start())
    # a sentence's or a bracket's start ("(Chiến thắng 30-4)" has its brackets made commas by now)
    opens = before in ("", "\n", "(", ".", "!", "?", ":", '"', "“") or (before == "," and text[victory.start()] == "C")
    return marked and opens  # "Chiến thắng 30-4 đã mở ra", "(Chiến thắng 30-4)"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A month and year set apart by brackets (already commas here): "Tạp chí số 412 (5-2023)"."""
    return last_char_before(text, start) == "," and bool(re.match(r"[ \t]*(?:[,;.)]|$)", text[end:]))


_SCORE_LEAD_WORDS = frozenset(tables.SCORE_LEAD_WORDS)
#: "thua Barca đến 4-1", "thắng tới 5-1": a result verb, then the team it beat or lost to (up to three words with
#: capitals), then "đến"/"tới" stressing the score. Not a verb inside another word: "chiến thắng", "thắng thầu",
#: "thua lỗ" ("mừng chiến thắng kéo dài đến 30-4" is a date).
_SCORE_MARGIN_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])(?<!(?i:chiến)[ \t])(?i:{alternation(list(tables.SCORE_MARGIN_VERBS))})"
    rf"(?![ \t]+(?i:{'|'.join(w.split()[1] for w in SCORE_WORD_COMPOUNDS)})(?!\w))"
    rf"(?:[ \t]+[{UPPER}\d][^\W_]*){{0,3}}[ \t]+(?:đến|tới)[ \t]*$"
)
_BOUND_BEFORE_WORDS = ("đến", "tới")
#: A month and a year glued by a dash right after a plain lower-case word ("dự kiến khởi công 7-2025", "hoàn thành
#: 12-2024") are that month, as news writes it; not after a numbered part ("số 4-2018", "khóa 10-2023") or a name
#: or code in capitals, and not with a space around the dash ("khóa 10 - 2023").
_NUMBERED_PART_WORDS = frozenset((*tables.NUMBERED_PART_WORDS, *EDITION_WORDS))  # "lần thứ 6-2017" too
_PLAIN_WORD_BEFORE_RE = re.compile(r"(?<![\w.,/-])([^\W\d_]+)[ \t]+$")


_NO_EDITION = frozenset(tables.EDITION_NOT_AFTER)


def _glued_month_year(text: str, start: int, end: int) -> bool:
    if " " in text[start:end] or "\t" in text[start:end] or "-" not in text[start:end]:
        return False
    word = _PLAIN_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    numbered = word is not None and word[1] in _NUMBERED_PART_WORDS and not preceded_by(text, start, _NO_EDITION, 2)
    return bool(word and word[1].islower() and not numbered)  # "Vụ mùa 10-2025": a crop's month, no season ten


#: A day-month after a section's title opening a line, before its colon: a daily series' date ("Tin tức thế giới
#: 8-8:", "Chứng khoán 12-3:"), never a range or a score.  A dot is left alone: "Chương 1.2:", "Phiên bản 2.1:".
_TITLE_DATE_RE = re.compile(
    rf"^([ \t]*[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,4}}[ \t]+)(\d{{1,2}})[-–](\d{{1,2}})(?=:)", re.MULTILINE
)
#: Title words after which "N-M:" is a result, not a date ("Kết quả 2-1:", "Tỷ số 3-1:").
_RESULT_TITLE_RE = re.compile(r"(?:kết quả|tỷ số|tỉ số|hiệp \d|thắng|thua|hòa|hạ)[ \t]*$", re.IGNORECASE)


def _title_dates(text: str) -> str:
    """A section title's day-month before its colon is a date, written with a slash for the date rules.

    >>> _title_dates("Tin tức thế giới 8-11: Thổ Nhĩ Kỳ; Kết quả 2-1: thắng")
    'Tin tức thế giới 8/11: Thổ Nhĩ Kỳ; Kết quả 2-1: thắng'
    """

    def title(m: re.Match[str]) -> str:
        if not valid_day_month(m[2], m[3]) or _RESULT_TITLE_RE.search(m[1]):
            return m.group()
        return f"{m[1]}{m[2]}/{m[3]}"

    return _TITLE_DATE_RE.sub(title, text)


def dash_dates(text: str) -> str:
    """Dates written with dashes become slashed dates, so the range rule never reads them as "đến".

    A day-month without a year is a date only right after a word of time ("Chiều 30-4", "Đại lễ 30-4 và
    1-5"), and not before a counted noun ("mỗi ngày 2-3 lần" stays a range). A month and a year of this
    century or the last ("tháng 3-2024", news style) is a month of that year only right after "tháng"/"quý".

    >>> print(dash_dates("ngày 08-10-2021 và 2021-10-09; Chiều 30-4, Đại lễ 30-4 và 1-5; ngày 15 - 5; "
    ...                  "ngày 2-3 lần; từ 5-7 ngày; từ ngày 25 - 30/6; tháng 3-2024; từ 5-2024 người; "
    ...                  "từ tháng 1 đến 10-2022; tháng 10- 2017"))
    ngày 08/10/2021 và 09/10/2021; Chiều 30/4, Đại lễ 30/4 và 1/5; ngày 15/5; ngày 2-3 lần; từ 5-7 ngày;
    từ ngày 25 - 30/6; tháng 3/2024; từ 5-2024 người; từ tháng 1 đến 10/2022; tháng 10/2017
    >>> print(dash_dates("đến 10-2019, tỉnh; đến hết 6-2023 đạt; từ 5-2020 đến nay; từ 5-2000 m"))
    đến 10/2019, tỉnh; đến hết 6/2023 đạt; từ 5/2020 đến nay; từ 5-2000 m
    >>> print(dash_dates("các ngày 8, 9 và 10-10; từ ngày 8 đến 12-10; trong 8 và 9-10 ngày; các ngày từ 4 đến 7-11"))
    các ngày 8, 9 và 10/10; từ ngày 8 đến 12/10; trong 8 và 9-10 ngày; các ngày từ 4 đến 7/11
    >>> print(dash_dates("Sáng nay 5-8; từ 2-3 đến sáng 5-3; từ 2-3 đến 5-6 người; Tạp chí số 412, 5-2023, đăng"))
    Sáng nay 5/8; từ 2/3 đến sáng 5/3; từ 2-3 đến 5-6 người; Tạp chí số 412, 5/2023, đăng
    >>> print(dash_dates("Quảng trường 2-4; Ngày Giải phóng miền Nam 30-4; ngày là 28 và 29-3; "
    ...                  "quan hệ (10-1973/10-2023)"))
    Quảng trường 2/4; Ngày Giải phóng miền Nam 30/4; ngày là 28 và 29/3; quan hệ (10/1973 - 10/2023)
    >>> print(dash_dates("tính đến 30-6; vào 19-5 hằng năm; trước 2-3 tuần; Ngày Thương binh - Liệt sĩ 27-7"))
    tính đến 30/6; vào 19/5 hằng năm; trước 2-3 tuần; Ngày Thương binh - Liệt sĩ 27/7
    >>> print(dash_dates("các ngày kỷ niệm: Ngày Dân số thế giới, 11-7,; 30 năm thành lập Hội, 10-7,; tỷ số, 2-1,"))
    các ngày kỷ niệm: Ngày Dân số thế giới, 11/7,; 30 năm thành lập Hội, 10/7,; tỷ số, 2-1,
    >>> print(dash_dates("Chiều 28-8, trao Huy hiệu đợt 2-9; đợt 19-5; tiêm đợt 1-2; tiêm đợt 1-3"))
    Chiều 28/8, trao Huy hiệu đợt 2/9; đợt 19/5; tiêm đợt 1-2; tiêm đợt 1/3
    >>> print(dash_dates("Trao Huy hiệu đợt 2-9; đợt 19-5; đợt 2-5"))  # 2-9 is the national day
    Trao Huy hiệu đợt 2/9; đợt 19/5; đợt 2-5
    >>> print(dash_dates("Đại lễ 30-4 năm nay; kỷ niệm 19-5; thắng 25-10 ở set 1; số 12-4"))
    Đại lễ 30/4 năm nay; kỷ niệm 19/5; thắng 25-10 ở set 1; số 12-4
    >>> print(dash_dates("khai mạc thế vận hội PyeongChang, 9-2, ông Pence; đội thắng, 2-1, trước"))
    khai mạc thế vận hội PyeongChang, 9/2, ông Pence; đội thắng, 2-1, trước
    >>> print(dash_dates("rạng sáng 20-9 giờ Việt Nam; sáng nay 3-5 giờ địa phương; sáng nay 3-5 giờ"))
    rạng sáng 20/9 giờ Việt Nam; sáng nay 3/5 giờ địa phương; sáng nay 3-5 giờ
    >>> print(dash_dates("Ngày 29 – 12, tại nhà; đến ngày 15 – 5 do; Chiều 30–4; từ 5 – 7 ngày"))
    Ngày 29/12, tại nhà; đến ngày 15/5 do; Chiều 30/4; từ 5 – 7 ngày
    """
    if "-" not in text and "–" not in text:
        return text
    if ":" in text:
        text = _title_dates(text)
    last_date_end = -1  # end of the previous day-month read as a date: "30-4 và 1-5" lists two dates
    rounds_waiting = False  # "đợt 2-9" left for a second pass: a date if the text dates another day with a dash

    def date(m: re.Match[str], second_pass: bool = False) -> str:
        nonlocal last_date_end, rounds_waiting
        iso_y, iso_mo, iso_d, d, mo, y, dash_mo, month_y, mo2, y2 = m.groups()
        if iso_y:
            return f"{iso_d}/{iso_mo}/{iso_y}" if valid_day_month(iso_d, iso_mo) else m.group()
        if y:
            return f"{d}/{mo}/{y}" if valid_day_month(d, mo) else m.group()
        s, pos = m.string, m.start()
        if mo2:  # two months of two years: "(10-1973/10-2023)", "5-1954 - 5-2024" — a span of months
            if 1 <= int(d) <= 12 and 1 <= int(mo2) <= 12 and month_y <= y2:
                return f"{d}/{month_y} - {mo2}/{y2}"
            return m.group()
        if month_y:
            if 1 <= int(d) <= 12 and (
                preceded_by(s, pos, _DASH_MONTH_YEAR_WORDS, 1)
                or _stands_alone(s, pos, m.end())
                or (_glued_month_year(s, pos, m.end()) and not _AMOUNT_AHEAD_RE.match(s, m.end()))
                or _MONTH_SPAN_BEFORE_RE.search(s, max(0, pos - 30), pos)
                # "đến 10-2019", "từ 5-2020 đến nay": a bound on a month, unless an amount follows ("từ 5-2000 m")
                or (preceded_by(s, pos, _MONTH_YEAR_BOUND_WORDS, 2) and not _AMOUNT_AHEAD_RE.match(s, m.end()))
            ):
                return f"{d}/{month_y}"
            return m.group()
        if not valid_day_month(d, dash_mo) or (
            _COUNTER_AHEAD_RE.match(s, m.end()) and not _TIME_ZONE_AHEAD_RE.match(s, m.end())
        ):
            return m.group()
        if int(d) < int(dash_mo) and _SPAN_COUNT_AHEAD_RE.match(s, m.end()):
            return (
                m.group()
            )  # "cuối tuần 2-3 buổi tập", "thu hồi 2-3 ha", "chậm nhất 3-5 năm sau": a rising span counted
        if _FORMULA_BEHIND_RE.search(s, max(0, pos - 12), pos) and _THIRD_NUMBER_AHEAD_RE.match(s, m.end()):
            return m.group()  # "NPK 18 – 10 – 10": a product's code, then three numbers, is its formula, no day
        if _names_a_victory(s, pos, d, dash_mo, m.end()):
            last_date_end = m.end()
            return f"{d}/{dash_mo}"  # "Kỷ niệm chiến thắng 30-4", "Chiến thắng Điện Biên Phủ 7-5": the day marked
        if preceded_by(s, pos, _SCORE_LEAD_WORDS, 3) or _SCORE_MARGIN_BEFORE_RE.search(s, max(0, pos - 50), pos):
            return m.group()  # "vươn lên dẫn trước 2-1", "thua Barca đến 4-1": a score, whatever "trước" says of dates
        if preceded_by(s, pos, _ROUND_WORDS, 2):
            if (
                int(d) > int(dash_mo)
                or (int(d), int(dash_mo)) in _NATIONAL_DAYS  # "Huy hiệu Đảng đợt 2-9"
                or (second_pass and int(dash_mo) != int(d) + 1)  # "đợt 1-2": two rounds
            ):
                return f"{d}/{dash_mo}"
            rounds_waiting = True
            return m.group()
        if second_pass:
            return m.group()
        listed = last_date_end >= 0 and _DATE_LIST_GLUE_RE.fullmatch(s, last_date_end, pos)
        listed = listed or _DAY_LIST_BEFORE_RE.search(s, max(0, pos - 40), pos)
        if not (
            listed
            or dash_dated(s, pos)
            or _opens_span(s, pos, m.end())
            or _after_occasion(s, pos)
            or _dates_an_occasion(s, pos, m.end())
            or preceded_by(s, pos, _HOLIDAYS, 4)  # "Ngày quốc tế lao động 1-5" in small letters
            # "Từ 10-7, Sendo Farm sẽ ngừng …": a capitalised bound closed by a comma is the day things change from
            # ("tăng từ 5-7, rồi giảm" stays a span)
            or (_CAPITAL_FROM_BEFORE_RE.search(s, max(0, pos - 4), pos) and _COMMA_AHEAD_RE.match(s, m.end()))
            or (int(d) > int(dash_mo) and preceded_by(s, pos, _FALLING_DATE_WORDS, 1))
            # a range never falls, and a day past 12 is no month: "Lễ 30-4", "kỷ niệm 19-5" (not a match's result)
            # after "đến"/"tới" a match's word counts only with its verb close before ("thua Barca đến 4-1", above)
            or (
                int(d) > 12
                and int(d) > int(dash_mo)
                and (preceded_by(s, pos, _BOUND_BEFORE_WORDS, 1) or not after_a_match(s, pos))
            )
            # set apart in brackets after an event, falling: "thế vận hội PyeongChang (9-2)" (not "thắng (2-1)")
            or (int(d) > int(dash_mo) and _stands_alone(s, pos, m.end()) and not after_a_match(s, pos))
        ):
            return m.group()
        last_date_end = m.end()
        return f"{d}/{dash_mo}"

    if not _DIGIT_DASH_DIGIT_RE.search(text):
        return text
    text = _DASH_DATE_RE.sub(date, text)
    if rounds_waiting and last_date_end >= 0:
        text = _DASH_DATE_RE.sub(lambda m: date(m, True), text)
    return text


#: Days glued by commas before the date they share: "16,17/10/2023", "ngày 5,6-8" (no decimal is written so).
_GLUED_DAYS_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,:-])((?:0?[1-9]|[12]\d|3[01])(?:,(?:0?[1-9]|[12]\d|3[01]))*),"
    + r"(?=(0?[1-9]|[12]\d|3[01])(?:[ \t]+(?:và|,)[ \t]+(?:0?[1-9]|[12]\d|3[01]))?"
    + r"([/.-])(?:0?[1-9]|1[0-2])(\3(?:19|20)\d{2})?(?![\w/]|[.,]\d))"
)
#: Two dates glued by a comma: "30/4,1/5".
_GLUED_DATES_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,:-])(\d{1,2})/(\d{1,2}),(?=(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d))")
#: Days or months glued by commas after their word and before the next one: "ngày 15,16 tháng 8", "tháng 9,10 năm
#: 2023" ("mỗi ngày 2,5 lít" is a decimal: no "tháng" follows).
_GLUED_NAMED_RE = re.compile(
    r"(?<!\w)(ngày|Ngày|mùng|Mùng|mồng|tháng|Tháng)([ \t]+)(\d{1,2}(?:,\d{1,2})+)(?=[ \t]+(tháng|năm)(?!\w))"
)
_DAY_NAMING_WORDS = frozenset(("ngày", "mùng", "mồng"))
#: A comma between two digits, as each of the three patterns above needs (found by the comma first: a fast scan).
_DIGIT_COMMA_DIGIT_RE = re.compile(r",(?<=\d,)\d")


def glued_day_lists(text: str) -> str:
    """Days (or months) listed with a bare comma get a space after each comma, so each is read as a day, not as a
    decimal ("mười sáu phẩy mười bảy"): before the month they share after "ngày" or before a full date, two
    glued dates, and days or months between their word and the next.

    >>> glued_day_lists("Trong các ngày 16,17/10/2023; 5,6/8/2024; mùng 1,2-9; tăng 1,5/2; ngày 16,17 và 18/10")
    'Trong các ngày 16, 17/10/2023; 5, 6/8/2024; mùng 1, 2-9; tăng 1,5/2; ngày 16, 17 và 18/10'
    >>> glued_day_lists("Dịp 30/4,1/5; ngày 15,16 tháng 8; tháng 9,10 năm 2023; mỗi ngày 2,5 lít")
    'Dịp 30/4, 1/5; ngày 15, 16 tháng 8; tháng 9, 10 năm 2023; mỗi ngày 2,5 lít'
    >>> glued_day_lists("Mưa lớn 18,19/9; điểm 7,8/10; đạt 12,5/20")
    'Mưa lớn ngày 18, 19/9; điểm 7,8/10; đạt 12,5/20'
    """
    if "," not in text or not _DIGIT_COMMA_DIGIT_RE.search(text):
        return text

    def days(m: re.Match[str]) -> str:
        listed = [int(d) for d in (*m.group(1).split(","), m.group(2))]
        # "mưa 18,19/9": days that follow one another from the tenth on are no decimal ("điểm 7,8/10" is)
        consecutive = listed[0] >= 10 and all(b == a + 1 for a, b in pairwise(listed))
        named = preceded_by(m.string, m.start(), _DAY_NAMING_WORDS, 1)
        if not (m.group(4) or consecutive or named):
            return m.group()
        return ("" if named or m.group(4) else "ngày ") + m.group(1).replace(",", ", ") + ", "

    def dates(m: re.Match[str]) -> str:
        day, month, day2, month2 = m.groups()
        return f"{day}/{month}, " if valid_day_month(day, month) and valid_day_month(day2, month2) else m.group()

    def named(m: re.Match[str]) -> str:
        word, space, items, after = m.groups()
        limit = 31 if word.lower() != "tháng" else 12
        if (word.lower() == "tháng") != (after == "năm") or not all(1 <= int(v) <= limit for v in items.split(",")):
            return m.group()
        return f"{word}{space}{items.replace(',', ', ')}"

    text = _GLUED_DAYS_RE.sub(days, text)
    text = _GLUED_DATES_RE.sub(dates, text)
    return _GLUED_NAMED_RE.sub(named, text)


#: "nhóm lớp 6,7", "khối 6,7, 8", "tuần 7,8": a grade, week or episode word and small numbers glued by commas.
_COMMA_LIST_RE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(list(tables.COMMA_LIST_WORDS))})[ \t]+"
    r"((?:[1-9]\d?,[ \t]?)+[1-9]\d?)(?!\w|[.,]\d)",
    re.IGNORECASE,
)
_COMMA_LIST_LIMITS = {"lớp": 12, "khối": 12, "cấp": 17}
#: "số 3,4" lists only after as many things counted ("02 bến container số 3,4"): "hệ số 1,2" is a decimal.
_LIST_COUNT_BEFORE_RE = re.compile(r"(?<![\w.,])(\d{1,2})(?:[ \t]+[^\W\d_]+){1,4}[ \t]+$")
#: A unit as a page spells it out ("khối 1,2 tấn", "tuần 2,3 lít"): the numbers before it are an amount.
_SPOKEN_UNIT_AHEAD_RE = re.compile(
    rf"[ \t]*(?:{alternation(sorted({v for v in tables.UNITS.values() if v} | set(tables.WHOLE_UNITS)))})"
    rf"(?![^\W_])(?<!đồng)|(?i:{_DONG_AS_MONEY})",
    re.IGNORECASE,
)
_COMMA_LIST_HINT_RE = re.compile(r",(?<=\d,)[ \t]?[1-9]")
#: "khối lớp 3,5 và lớp 7": another item after "và" or "hoặc" makes a list of numbers that do not count up.
_MORE_LISTED_AHEAD_RE = re.compile(
    rf"[ \t]+(?:và|hoặc)[ \t]+(?:(?i:{alternation(list(tables.COMMA_LIST_WORDS))})[ \t]+)?[1-9]\d?(?!\w|[.,]\d)"
)


def glued_grade_lists(text: str) -> str:
    """Grades, weeks or episodes listed with a bare comma get a space after each comma, so each is read as a
    number of the list ("sáu, bảy"), not as a decimal ("sáu phẩy bảy"): the numbers count up ("6,7", "khoản 1,3")
    and no unit or counted noun follows them.

    >>> glued_grade_lists("nhóm lớp 6,7 và nhóm lớp 8,9; học sinh khối 6,7, 8; đợt tuần 7,8; Tập 3,4")
    'nhóm lớp 6, 7 và nhóm lớp 8, 9; học sinh khối 6, 7, 8; đợt tuần 7, 8; Tập 3, 4'
    >>> glued_grade_lists("mỗi tuần 1,5 lần; điểm lớp 6,5; khối 1,2 tấn; lớp 12,13; khoản 1,3 Điều 5")
    'mỗi tuần 1,5 lần; điểm lớp 6,5; khối 1,2 tấn; lớp 12,13; khoản 1, 3 Điều 5'
    >>> glued_grade_lists("khối lớp 3,5 và lớp 7; các lớp 9,2 hoặc 4; lớp 14,5 và lớp 6")
    'khối lớp 3, 5 và lớp 7; các lớp 9, 2 hoặc 4; lớp 14,5 và lớp 6'
    >>> glued_grade_lists("02 bến container số 3,4 thuộc; hệ số 1,2; 3 bến số 3,4; đường ống cấp 1,2")
    '02 bến container số 3, 4 thuộc; hệ số 1,2; 3 bến số 3,4; đường ống cấp 1, 2'
    """
    if "," not in text or not _COMMA_LIST_HINT_RE.search(text):
        return text

    def listed(m: re.Match[str]) -> str:
        items = [int(v) for v in m.group(1).replace(" ", "").replace("\t", "").split(",")]
        word = m.group().split(None, 1)[0].lower()
        counting_up = all(b > a for a, b in pairwise(items))  # "khoản 1,3 Điều 5": clauses 1 and 3
        if not (counting_up or _MORE_LISTED_AHEAD_RE.match(text, m.end())):
            return m.group()
        if max(items) > _COMMA_LIST_LIMITS.get(word, 99):
            return m.group()
        if word == "số":
            count = _LIST_COUNT_BEFORE_RE.search(text, max(0, m.start() - 50), m.start())
            if count is None or int(count[1]) != len(items):
                return m.group()
        if _AMOUNT_AHEAD_RE.match(text, m.end()) or _SPOKEN_UNIT_AHEAD_RE.match(text, m.end()):
            return m.group()
        start = m.start(1) - m.start()
        return m.group()[:start] + re.sub(r",[ \t]?", ", ", m.group(1))

    return _COMMA_LIST_RE.sub(listed, text)


#: Two small numbers glued by a bare comma before a noun counted one by one ("có 2,3 con", "5,7 người"; group 3) or
#: before a time ("nghỉ 2,3 ngày", "1,2 lần"; group 4).
_ROUGH_COUNT_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w.,])([1-8]),([2-9])(?=[ \t]+(?:("
    + alternation(list(tables.ROUGH_COUNT_NOUNS))
    + r")|("
    + alternation(list(tables.ROUGH_COUNT_TIME_NOUNS))
    + r"))(?![^\W\d_]|[ \t]*/))"
)
_ROUGH_COUNT_NOT_AFTER = frozenset(tables.ROUGH_COUNT_NOT_AFTER)
_MEASURE_AFTER_CAY_RE = re.compile(r"[ \t]+cây[ \t]+(?:số|vàng)(?!\w)")


def rough_counts(text: str) -> str:
    """Two small numbers counting up glued by a bare comma before a noun counted one by one are a rough count, read
    as two numbers ("hai, ba con": two or three), never a decimal ("hai phẩy ba con"); before a time, which comes in
    halves, only two neighbours that are no half are. A growth in times, an average or a rate keeps its decimal.

    >>> rough_counts("thường có 2,3 con; có 5,7 người; đi chợ 1,2 lần; nghỉ 2,3 ngày; tăng 2,3 lần; 3,4 người/km2")
    'thường có 2, 3 con; có 5, 7 người; đi chợ 1, 2 lần; nghỉ 2, 3 ngày; tăng 2,3 lần; 3,4 người/km2'
    >>> rough_counts("bình quân 2,3 người một hộ; 2,3 triệu người; có 2,1 con; đạt 1,3 lần; 4,5 tháng tuổi")
    'bình quân 2,3 người một hộ; 2,3 triệu người; có 2,1 con; đạt 1,3 lần; 4,5 tháng tuổi'
    """
    if "," not in text or not _COMMA_LIST_HINT_RE.search(text):
        return text

    def rough(m: re.Match[str]) -> str:
        first, second = int(m[1]), int(m[2])
        # ",5" is a half ("1,5 bát cơm") unless the pair are neighbours ("4,5 người"); "cây số", "cây vàng" are measures
        half = second == 5 and first != 4
        counted = (second > first and not half) if m[3] else second == first + 1 and second != 5
        if counted and m[3] == "cây" and _MEASURE_AFTER_CAY_RE.match(m.string, m.end()):
            return m.group()
        if not counted or mentions(m.string, m.start(), _ROUGH_COUNT_NOT_AFTER, 3):
            return m.group()
        return f"{m[1]}, {m[2]}"

    return _ROUGH_COUNT_RE.sub(rough, text)


_DOT_DATE_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,:-])(\d{1,2})\.(?:(\d{1,2})|((?:19|20)\d{2}))(?![\w/]|[.,]\d)")
#: Slashed shorthands kept among the units that are words, not measures ("đ/c" đồng chí, "đ/k" điều kiện): no "trên";
#: "tháng 10/1954 đ/c …" is a month, not 1954 đồng.
_SLASHED_WORDS = alternation([k for k, spoken in tables.UNITS.items() if "/" in k and "trên" not in spoken.split()])
#: A counted noun, a unit or a scale word after "3.5" makes it a decimal, never a date ("ngày 2.5 lít").
_AMOUNT_AHEAD_RE = re.compile(
    rf"[ \t]*(?!(?:{_SLASHED_WORDS})(?![^\W_]))"
    rf"(?:{alternation([*tables.RANGE_COUNTER_WORDS, *tables.SCALE_WORDS, *UNIT_KEYS])})(?![^\W_])(?<!đồng)"
    rf"|{_DONG_AS_MONEY}|[ \t]*%"
)  # "khối 4,5 đồng thời …": no money


_DOT_DATE_SPAN_WORDS = frozenset(tables.DATE_CONTEXT_WORDS)
#: A day.month that closes its sentence ("… Quốc phòng toàn dân 22.12."): a date once the text dates a day so
#: (a day past 12, so a version's "4.1" stays).
_SENTENCE_END_AHEAD_RE = re.compile(rf"\.?[ \t]*(?:\n|$)|\.[ \t]+[{UPPER}]")
_DOT_FULL_DATE_AHEAD_RE = re.compile(r"[ \t]?[-–][ \t]?\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)")
#: A span of days before the month they share, written with a dot: "từ ngày 7-17.7", "Từ ngày 9-11.2".
_DOT_DAY_SPAN_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,:-])(\d{1,2})([ \t]?[-–][ \t]?)(\d{1,2})\.(\d{1,2})(?![\w/]|[.,]\d)"
)
_DAY_PERIOD_AHEAD_RE = re.compile(r"[ \t]*(?:sáng|trưa|chiều|tối|đêm|giờ)(?!\w)", re.IGNORECASE)
#: "lúc 07.30 phút": the text says the minutes' word itself, so the clock does not say it twice.
_MINUTES_AHEAD_RE = re.compile(r"[ \t]*phút(?!\w)")


#: "nhân ngày vì nạn nhân chất độc da cam 10.8.", "hưởng ứng ngày môi trường thế giới 5.6,": a day.month closing
#: the name of a day that is celebrated, in the same clause, is that day's date.
_CELEBRATED_DAY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:nhân|kỷ niệm|chào mừng|hưởng ứng|mừng)[ \t]+ngày(?:[ \t]+[^\W\d_]+){1,9}[ \t]+$", re.IGNORECASE
)
_EVENT_DATE_WORDS = frozenset(tables.EVENT_DATE_WORDS)
_HOLIDAY_WORDS = frozenset(tables.HOLIDAY_DATE_WORDS)
_BOUND_WORDS = frozenset(("từ", "kể từ", "trước", "sau"))
#: Words before a day.month that ends its clause and so is a date: the bounds, and "vào" ("Trước đó, vào 6.2, …").
_CLAUSE_DATE_WORDS = frozenset((*_BOUND_WORDS, "vào"))
_VALUE_BEFORE_VAO = tables.VALUE_BEFORE_VAO_WORDS
_VALUE_VERBS_BEFORE_VAO = frozenset(w.removeprefix("vào:") for w in _VALUE_BEFORE_VAO if w.startswith("vào:"))
_MARK_NOUNS = frozenset(w for w in _VALUE_BEFORE_VAO if not w.startswith("vào:"))
_VAO_BEFORE_RE = re.compile(r"(?<!\w)vào[ \t]+$", re.IGNORECASE)


def _values_after_vao(text: str, pos: int) -> bool:
    """ "Điểm chuẩn rơi vào 6.5": after "rơi vào", "dao động vào", or "vào" in a clause about a mark, the number is
    a value (not "Trước đó, vào 6.2": a date)."""
    vao = _VAO_BEFORE_RE.search(text, max(0, pos - 8), pos)
    if not vao:
        return False
    if preceded_by(text, vao.start(), _VALUE_VERBS_BEFORE_VAO, 2):
        return True
    clause = re.split(r"[,;:.!?()\n]", text[max(0, vao.start() - 60) : vao.start()])[-1].lower()
    return mentions(clause, len(clause), _MARK_NOUNS, 8)


#: What may follow a date that bounds a period and ends its clause: a stop, a comma, a line's end, "tới đây"; or
#: "với" and what the period comes with ("khai thác từ 7.12 với tần suất …"; an amount goes on "lên", "xuống").
#: Also "tới" closing the clause ("từ 15.3 tới, …") and a full date bounding the span ("từ 27.6 đến hết 30.12.2026").
_CLAUSE_END_AHEAD_RE = re.compile(
    r"[ \t]*(?:[,;.!?)\n]|$|tới đây|trở đi|năm nay|với(?!\w)|tới(?=[ \t]*(?:[,;.!?)\n]|$))"
    r"|(?:đến|tới)(?:[ \t]+hết)?[ \t]+(?:ngày[ \t]+)?\d{1,2}([./])\d{1,2}\1(?:19|20)\d{2}(?!\d))"
)
#: "phát hành - 14.11", "Ngày phát hành: 14.11": a date set apart by a dash or a colon after the day it names.
_APPOSITION_BEFORE_RE = re.compile(r"[ \t]*[-–:][ \t]*$")


def _dates_an_event(text: str, start: int, end: int, day: str) -> bool:
    """A dotted day.month whose day cannot be a month, right after an event's verb ("khởi chiếu 14.11"), set apart
    after the day it names ("ngày phát hành - 14.11"), or opening a span of such dates ("từ 14.11 đến 20.11")."""
    if int(day) <= 12:
        return False
    if preceded_by(text, start, _EVENT_DATE_WORDS, 2) or _opens_span(text, start, end):
        return True
    apart = _APPOSITION_BEFORE_RE.search(text, max(0, start - 6), start)
    if not apart:
        return False
    words = prev_words(text, apart.start(), 5)
    return "ngày" in words or mentions(text, apart.start(), _EVENT_DATE_WORDS, 5)


#: Two clock times written with dots and a dash: "7.30-11.30 sáng", "Thời gian: 13.30 - 17.00".
_DOT_CLOCK_SPAN_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w/.,:-])(\d{1,2})\.(\d{2})[ \t]*[-–][ \t]*(\d{1,2})\.(\d{2})(?![\w/]|[.,]\d)"
)
#: What the dotted spans and dates need, found by a fast scan first: minutes then a dash, a dash then a day.month,
#: a digit, a dot and a day, a month or a year.
_DOT_CLOCK_SPAN_HINT_RE = re.compile(r"\.(?<=\d\.)\d\d[ \t]*[-–]")
_DOT_DAY_SPAN_HINT_RE = re.compile(r"[-–][ \t]?\d{1,2}\.\d")
_DOT_DATE_HINT_RE = re.compile(r"\.(?<=\d\.)(?:\d{1,2}(?!\w)|(?:19|20)\d\d)")
_CLOCK_LEAD_WORDS = frozenset(tables.CLOCK_LEAD_WORDS)


def _dot_clock_span(m: re.Match[str]) -> str:
    """ "7.30-11.30 sáng": a later clock time after an earlier one, after a word of clocks or before a part of the
    day, is a span of time ("bảy giờ ba mươi phút đến mười một giờ ba mươi phút"); else the numbers stay."""
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if not (h1 <= 24 and h2 <= 24 and m1 <= 59 and m2 <= 59 and (h1, m1) < (h2, m2)):
        return m.group()
    s = m.string
    if not (_DAY_PERIOD_AHEAD_RE.match(s, m.end()) or preceded_by(s, m.start(), _CLOCK_LEAD_WORDS, 2)):
        return m.group()
    return f"{read_clock(m[1], m[2])} đến {read_clock(m[3], m[4])}"


def _dot_clock(text: str, start: int, end: int) -> bool:
    """ "lúc 09.00 sáng", "vào lúc 14.30": hours and minutes written with a dot, after "lúc" or before a part of
    the day."""
    return (
        preceded_by(text, start, ("lúc",), 1)
        or bool(_DAY_PERIOD_AHEAD_RE.match(text, end))
        or bool(_MINUTES_AHEAD_RE.match(text, end))  # "từ 7.30 phút": the minutes' word names the clock
    )


_LUNAR_AHEAD_RE = re.compile(r"[ \t]*(?:âm lịch|ÂL|dương lịch|DL)(?!\w)")


def _alone_or_labelled(text: str, start: int, end: int) -> bool:
    """A month.year alone on its line ("\\n10.2013\\n") or right after a label ("Ngày ban hành: 03.2021")."""
    return last_char_before(text, start) in ("", "\n", ":") and bool(re.match(r"[ \t]*(?:[,;.)\n]|$)", text[end:]))


def dot_dates(text: str) -> str:
    """The register's day.month right after a word of time is a date ("Sáng 3.11", "chiều ngày 7.9"); once a
    text dates a day so, a day.month after "từ", "đến", "trước", "sau" … is a date too.

    >>> print(dot_dates("Sáng 3.11, chiều ngày 7.9 và 8.9; tăng 3.11 lần; mỗi ngày 2.5 lít; phiên bản 4.1"))
    Sáng 3/11, chiều ngày 7/9 và 8/9; tăng 3.11 lần; mỗi ngày 2.5 lít; phiên bản 4.1
    >>> print(dot_dates("trong tháng 5.2015; ngành kiểm tra Đảng, 16.10,"))
    trong tháng 5/2015; ngành kiểm tra Đảng, 16/10,
    >>> print(dot_dates("Hà Nội\\n10.2013\\nBan hành: 3.2021; tăng 3.2021 lần"))
    Hà Nội
    10/2013
    Ban hành: 3/2021; tăng 3.2021 lần
    >>> print(dot_dates("Bộ tối nay 20.10 cho bay từ 21.10; tăng từ 2.5 lên 3.1"))
    Bộ tối nay 20/10 cho bay từ 21/10; tăng từ 2/5 lên 3.1
    >>> dot_dates("Chiều qua (21.12), kỷ niệm ngày hội Quốc phòng toàn dân 22.12.")
    'Chiều qua (21/12), kỷ niệm ngày hội Quốc phòng toàn dân 22/12.'
    >>> dot_dates("nhân ngày vì nạn nhân chất độc da cam 10.8.; nhân ngày làm việc tăng 2.5 lần")
    'nhân ngày vì nạn nhân chất độc da cam 10/8.; nhân ngày làm việc tăng 2.5 lần'
    >>> dot_dates("tăng từ 2.5 lên 3.1")
    'tăng từ 2.5 lên 3.1'
    >>> dot_dates("ngừng hoạt động từ 1.10. Từ 1.6 tới đây; Quốc khánh 2.9, Quốc tế Phụ nữ 8.3; từ 2.5 lít")
    'ngừng hoạt động từ 1/10. Từ 1/6 tới đây; Quốc khánh 2/9, Quốc tế Phụ nữ 8/3; từ 2.5 lít'
    >>> dot_dates("Trước đó, vào 6.2, ông phát biểu; rót vào 6.2 tỷ")
    'Trước đó, vào 6/2, ông phát biểu; rót vào 6.2 tỷ'
    >>> dot_dates("Kiểm tra từ 31.10-3.11.2016; tăng 3.5-4.5 lần")
    'Kiểm tra từ 31/10-3.11.2016; tăng 3.5-4.5 lần'
    >>> dot_dates("từ ngày 8 đến 17.7; trong 2 ngày 13 và 14.6; tăng từ 8 đến 17.5 lần")
    'từ ngày 8 đến 17/7; trong 2 ngày 13 và 14/6; tăng từ 8 đến 17.5 lần'
    >>> dot_dates("từ ngày 7-17.7; Từ ngày 9-11.2; vào 2 ngày 26-27.5; tăng 7-17.7 lần; giá 1-2.5 triệu")
    'từ ngày 7-17/7; Từ ngày 9-11/2; vào 2 ngày 26-27/5; tăng 7-17.7 lần; giá 1-2.5 triệu'
    >>> dot_dates("diễn ra từ 12-14.9, quy tụ; cuối tuần (16-17.8) mang; từ 1-2.5 triệu; đạt 12-14.9 điểm")
    'diễn ra từ 12-14/9, quy tụ; cuối tuần (16-17/8) mang; từ 1-2.5 triệu; đạt 12-14.9 điểm'

    Hours and minutes written with a dot after "lúc" or before a part of the day are a clock time:

    >>> dot_dates("khai mạc lúc 09.00 sáng; lúc 14.30; giá 10.50 đồng")
    'khai mạc lúc chín giờ sáng; lúc mười bốn giờ ba mươi phút; giá 10.50 đồng'
    >>> dot_dates("lúc 07.30 phút; từ 7.30 phút")
    'lúc bảy giờ ba mươi phút; từ bảy giờ ba mươi phút'
    >>> dot_dates("Thời gian 7.30-11.30 sáng; khung giờ 13.30 - 17.00; tăng 1.25-2.50 lần")
    'Thời gian bảy giờ ba mươi phút đến mười một giờ ba mươi phút sáng; khung giờ mười ba giờ ba mươi phút đến mười \
bảy giờ; tăng 1.25-2.50 lần'
    """
    if "." not in text:
        return text
    last_date_end = -1
    dots_date = False  # a day.month read as a date so far
    waiting: list[int] = []  # day.months after "từ", "đến" … left for a second pass

    def date(m: re.Match[str], second_pass: bool = False) -> str:
        nonlocal last_date_end, dots_date
        day, month, year = m.groups()
        s, pos = m.string, m.start()
        if year:  # "tháng 5.2015", "Nghị quyết số 30/NQ-CP (3.2023)"
            if 1 <= int(day) <= 12 and (
                preceded_by(s, pos, _DASH_MONTH_YEAR_WORDS, 1)
                or _stands_alone(s, pos, m.end())
                or _alone_or_labelled(s, pos, m.end())
            ):
                return f"{day}/{year}"
            return m.group()
        if _dot_clock(s, pos, m.end()):
            if int(day) <= 24 and len(month) == 2 and int(month) <= 59:
                clock = read_clock(day, month)
                return clock.removesuffix(" phút") if _MINUTES_AHEAD_RE.match(s, m.end()) else clock
            if not _TIME_ZONE_AHEAD_RE.match(s, m.end()):  # "sáng 27.8 giờ Việt Nam": no clock, a date
                return m.group()
        # "2.5 giờ" is an amount; "sáng 27.8 giờ Việt Nam" a date and the clock it is told by
        if not valid_day_month(day, month) or (
            _AMOUNT_AHEAD_RE.match(s, m.end()) and not _TIME_ZONE_AHEAD_RE.match(s, m.end())
        ):
            return m.group()
        listed = last_date_end >= 0 and _DATE_LIST_GLUE_RE.fullmatch(s, last_date_end, pos)
        listed = listed or _DOT_FULL_DATE_AHEAD_RE.match(s, m.end())  # "từ 31.10-3.11.2016": a span of dates
        lunar = _LUNAR_AHEAD_RE.match(s, m.end())  # "tức 15.4 âm lịch", "tức 8.7 dương lịch"
        # "từ ngày 8 đến 17.7", "2 ngày 13 và 14.6": the last day of a span or a list already led by "ngày"
        listed = listed or _SPAN_START_RE.search(s, max(0, pos - 30), pos) or _days_listed_before(s, pos)
        listed = listed or _dates_an_event(s, pos, m.end(), day)
        listed = listed or preceded_by(s, pos, _HOLIDAY_WORDS, 5)  # "Quốc khánh 2.9", "Quốc tế Phụ nữ 8.3"
        listed = listed or _names_a_victory(s, pos, day, month, m.end())  # "mừng chiến thắng 30.4"
        listed = listed or (
            bool(_CLAUSE_END_AHEAD_RE.match(s, m.end()))
            and bool(_CELEBRATED_DAY_BEFORE_RE.search(s, max(0, pos - 70), pos))
        )
        listed = listed or preceded_by(s, pos, _ROUND_WORDS, 1)  # "Huy hiệu Đảng đợt 7.11": a round named by its day
        # "ngừng hoạt động từ 1.10", "Từ 1.6 tới đây": a day.month after "từ", "trước", "sau" that ends its clause
        listed = listed or (
            preceded_by(s, pos, _CLAUSE_DATE_WORDS, 2)
            and bool(_CLAUSE_END_AHEAD_RE.match(s, m.end()))
            and not _values_after_vao(s, pos)
        )
        if listed or lunar or dash_dated(s, pos) or _stands_alone(s, pos, m.end()) or second_pass:
            last_date_end, dots_date = m.end(), True
            return f"{day}/{month}"
        if preceded_by(s, pos, _DOT_DATE_SPAN_WORDS, 1) or (int(day) > 12 and _SENTENCE_END_AHEAD_RE.match(s, m.end())):
            waiting.append(pos)
        return m.group()

    def day_span(m: re.Match[str]) -> str:
        first, dash, last, month = m.groups()
        if not (valid_day_month(last, month) and int(first) < int(last)) or _AMOUNT_AHEAD_RE.match(m.string, m.end()):
            return m.group()
        s, pos = m.string, m.start()
        # "từ 12-14.9", "(16-17.8)": after "từ" or set apart in brackets, the span of days shares the month
        set_apart = last_char_before(s, pos) in ("(", ",") and _SET_APART_END_RE.match(s, m.end())
        if not (dash_dated(s, pos) or preceded_by(s, pos, _BOUND_WORDS, 2) or set_apart):
            return m.group()
        return f"{first}{dash}{last}/{month}"

    if "-" in text or "–" in text:
        if _DOT_CLOCK_SPAN_HINT_RE.search(text):
            text = _DOT_CLOCK_SPAN_RE.sub(_dot_clock_span, text)
        if _DOT_DAY_SPAN_HINT_RE.search(text):
            text = _DOT_DAY_SPAN_RE.sub(day_span, text)
    if _DOT_DATE_HINT_RE.search(text):
        text = _DOT_DATE_RE.sub(date, text)
    # A text that dates one day with a dot dates them all so: "tối nay 20.10 … từ 21.10" (a decimal is "21,10").
    if dots_date and waiting:
        starts = set(waiting)
        text = _DOT_DATE_RE.sub(lambda m: date(m, True) if m.start() in starts else m.group(), text)
    return text


#: "mùng 2/9"; "đường 3/2" is a street's name; "đợt 2/9" a round held on that day
_NO_NGAY_BEFORE = frozenset((*tables.NGAY_NOT_ADDED_AFTER, *tables.ROUND_WORDS))
_MONTHS_NEEDING_WORD = {4: "tư"}


def _read_month(month: str) -> str:
    value = int(month)
    return _MONTHS_NEEDING_WORD.get(value, read_int(value))


#: The end of a span of days or dates already led by "ngày" ("từ ngày 8 đến 10/1") or of two full dates
#: ("5/9/1962 - 5/9/2017"): the second date takes no "ngày" of its own.
_SPAN_START_RE = re.compile(
    r"(?:(?<!\w)(?:ngày|mùng|mồng)[ \t]+\d{1,2}|\d{1,2}/\d{1,2}/\d{4})[ \t]+(?:đến|tới)[ \t]+$", re.IGNORECASE
)
_SPAN_END_AHEAD_RE = re.compile(r"[ \t]+(?:đến|tới)[ \t]+\d{1,2}/\d{1,2}/\d{4}")
#: "từ 18-20/9" (a range already: "18 đến 20/9"): the second end of a span of bare days shares the month.
_BARE_DAY_SPAN_RE = re.compile(r"(?<![\w/.,])(?:[1-9]|[12]\d|3[01])[ \t]+(?:đến|tới)[ \t]+$")


#: Bare days listed after "ngày" before this one share its "ngày": "các ngày 8, 9 và 10/10", "2 ngày 2 và 3/3".
_DAYS_LISTED_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{_TIME_WORDS})(?:[ \t]+(?:là|từ))?(?:[ \t]*[(:,][ \t]*|[ \t]+)"
    r"\d{1,2}(?:[ \t]*(?:,|và)[ \t]*\d{1,2})*"
    r"[ \t]*(?:,|và|hoặc)[ \t]*$",
    re.IGNORECASE,
)
#: "các ngày từ 21/2 đến 24/2": the text said "ngày" for both ends of the span ("những ngày từ 5/3 - 7/3").
_DAYS_SPAN_LEAD = r"(?<!\w)(?:các|những)[ \t]+ngày[ \t]+từ[ \t]+"
_DAYS_SPAN_START_RE = re.compile(_DAYS_SPAN_LEAD + "$", re.IGNORECASE)
_DAYS_SPAN_END_RE = re.compile(
    _DAYS_SPAN_LEAD + r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:[^\W\d_]+[ \t]+){1,6}tháng[ \t]+[^\W\d_]+)"
    r"[ \t]*(?:đến|tới)[ \t]+$",
    re.IGNORECASE,
)
_DAY_WORD_NEAR_RE = re.compile(_TIME_WORDS, re.IGNORECASE)  # "hôm 24 và 25.1", "Sáng 21 và 22/11"
_SET_APART_END_RE = re.compile(r"[ \t]*(?:[,;.)]|$)")
_TIME_OR_DAY_WORDS = frozenset((*tables.DATE_CONTEXT_WORDS, "hôm", "ngày", "mai", "thứ"))


def _days_listed_before(text: str, pos: int) -> bool:
    start = max(0, pos - 40)
    return bool(_DAY_WORD_NEAR_RE.search(text, start, pos) and _DAYS_LISTED_BEFORE_RE.search(text, start, pos))


def _names_its_date(text: str, pos: int, end: int) -> bool:
    """A date set apart in brackets after a name is that name's date: "khai giảng năm học mới (05/9)" reads
    "năm tháng chín"; after a word of time ("Sáng nay (24/3)", "Thứ Hai (20/11)") it is the day of the news."""
    if end < 0 or last_char_before(text, pos) != "," or not _SET_APART_END_RE.match(text, end):
        return False
    comma = text.rindex(",", 0, pos)
    before = prev_words(text, comma, 1)
    return last_char_before(text, comma).isalpha() and bool(before) and before[-1] not in _TIME_OR_DAY_WORDS


#: A label that names the day before a colon: "Ngày phát hành: 14/11", "Ngày khởi công: 2/9" (it says "ngày").
_DAY_LABEL_BEFORE_RE = re.compile(r"(?<!\w)(?:[Nn]gày|NGÀY)(?:[ \t]+[^\W\d_]+){1,4}[ \t]*:[ \t]*$")
#: The day's name right after its date and a dash or colon: "dịp 20/11 – Ngày nhà giáo Việt Nam" (it says "ngày").
_NAMED_DAY_AHEAD_RE = re.compile(r"[ \t]*[-–—:][ \t]*(?:Ngày|NGÀY)[ \t]+(?:[^\W\d_]+[ \t]+){1,5}[^\W\d_]")
#: A named day right before its date: "ngày quốc tế phụ nữ 08/03" (it says "ngày" already).
_NAMED_DAY_RIGHT_BEFORE_RE = re.compile(r"(?<!\w)(?:[Nn]gày|NGÀY)(?:[ \t]+[^\W\d_]+){2,5}[ \t]+$")


def _day_words(text: str, pos: int, day: str, end: int = -1, bracketed: bool = False) -> str:
    """ "ngày" and the day, or the day alone where the text has said "ngày" for it already or names the day."""
    # the second end of a span or list of days ("từ ngày 8 đến 10/1", "18 đến 20/9", "các ngày 8, 9 và 10/10")
    joined = text[max(0, pos - 12) : pos].rstrip(" \t").endswith(("đến", "tới", ",", "và", "hoặc"))
    bare = (
        preceded_by(text, pos, _NO_NGAY_BEFORE, 3)
        or (
            joined
            and bool(
                _SPAN_START_RE.search(text, max(0, pos - 30), pos)
                or _BARE_DAY_SPAN_RE.search(text, max(0, pos - 12), pos)
                or _days_listed_before(text, pos)
            )
        )
        or (end >= 0 and _SPAN_END_AHEAD_RE.match(text, end) and last_char_before(text, pos) in (",", ""))
        or _after_occasion(text, pos)
        or bool(_DAYS_SPAN_START_RE.search(text, max(0, pos - 20), pos))
        or (joined and bool(_DAYS_SPAN_END_RE.search(text, max(0, pos - 80), pos)))
        or (last_char_before(text, pos) == ":" and _DAY_LABEL_BEFORE_RE.search(text, max(0, pos - 50), pos))
        or (bracketed and _names_its_date(text, pos, end))
        or bool(_NAMED_DAY_RIGHT_BEFORE_RE.search(text, max(0, pos - 50), pos))
        or (end >= 0 and bool(_NAMED_DAY_AHEAD_RE.match(text, end)))
    )
    return f"{'' if bare else 'ngày '}{read_number(day)}"


_FULL_DATE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d{1,2})([/.])(\d{1,2})\2(?: (?=\d{4}))?"  # "7/11/ 2021": a space before the year
    + r"(\d{4}|(?<=\d\d[/.]\d\d[/.])\d{2})(?![\w/]|[.,]\d)"
)


def dates_full(text: str) -> str:
    """Day/month/year: "ngày" is added unless the text already says it.

    >>> print(dates_full("Chiều 08/10/2021 và ngày 16.7.2021"))
    Chiều ngày tám tháng mười năm hai nghìn không trăm hai mươi mốt và ngày mười sáu tháng bảy năm hai
    nghìn không trăm hai mươi mốt

    A date followed by the name of its day says "ngày" there ("5/6/2024 – Ngày Môi trường thế giới"):

    >>> print(dates_full("Chiều 5/6/2024 – Ngày Môi trường thế giới"))
    Chiều năm tháng sáu năm hai nghìn không trăm hai mươi tư – Ngày Môi trường thế giới

    A year of two digits is read as written, when day and month have two digits too ("10/01/17"):

    >>> print(dates_full("VTV1, 19h, 10/01/17; số 10/01/17; 1/2/17"))
    VTV1, 19h, ngày mười tháng một năm mười bảy; số 10/01/17; 1/2/17

    So is a year of three digits that ends a span from a full date (a typo: "02/9/1945 - 02/9/222"):

    >>> print(dates_full("(02/9/1945 đến 02/9/222); tỷ lệ 1/2/222"))
    (ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm đến hai tháng chín năm hai trăm hai mươi hai); tỷ
    lệ 1/2/222
    """

    def date(m: re.Match[str]) -> str:
        day, _, month, year = m.groups()
        if not valid_day_month(day, month) or (len(year) == 2 and preceded_by(m.string, m.start(), DOC_WORDS, 2)):
            return m.group()
        spoken = f"{_day_words(m.string, m.start(), day, m.end())} tháng {_read_month(month)} năm {read_number(year)}"
        # a clock time right after the date gets a pause, so two numbers do not run together
        return spoken + "," if _TIME_AHEAD_RE.match(m.string, m.end()) else spoken

    if "/" in text and _SHORT_YEAR_HINT_RE.search(text):
        text = _SPAN_END_SHORT_YEAR_RE.sub(
            lambda m: (
                f"{read_number(m[1])} tháng {_read_month(m[2])} năm {read_number(m[3])}"
                if valid_day_month(m[1], m[2])
                else m.group()
            ),
            text,
        )
    return _FULL_DATE_RE.sub(date, text)


#: A span's second date whose year lost a digit, after the first date's year and "đến" or a dash.
_SPAN_END_SHORT_YEAR_RE = re.compile(
    r"(?:(?<=\d{4} đến )|(?<=\d{4} - )|(?<=\d{4} – )|(?<=\d{4}-)|(?<=\d{4}–))"
    r"(\d{1,2})/(\d{1,2})/(\d{3})(?![\w/]|[.,]\d)"
)
_SHORT_YEAR_HINT_RE = re.compile(r"/\d{3}(?![\d/])")


_TIME_AHEAD_RE = re.compile(r"[ \t]+\d{1,2}(?::\d{2}|[hg]\d{0,2}(?!\w)| giờ)")


_QUARTER_RE = re.compile(
    r"(?=Q)(?<![\w/.-])Q([1-4])(?:[ \t]*[/.-][ \t]*|[ \t]+(?:năm[ \t]+)?)((?:19|20)\d{2})(?![\w/]|[.,]\d)"
)


def quarters(text: str) -> str:
    """A quarter written with its year, business style: "Q1/2024" is "quý một năm 2024" (a lone "Q1" is left).

    >>> quarters("Doanh thu Q1/2024, Q3-2023 và Q4 2023; tại Q1")
    'Doanh thu quý một năm 2024, quý ba năm 2023 và quý bốn năm 2023; tại Q1'
    """
    if "Q" not in text:
        return text
    return _QUARTER_RE.sub(lambda m: f"quý {read_number(m.group(1))} năm {m.group(2)}", text)


_MONTH_FOUR_RE = re.compile(r"(?=[tT])(?<!\w)(tháng|Tháng|THÁNG)([ \t]+)0?4(?![\w/]|[.,-]\d)")
_EVERY_WORDS = frozenset(tables.EVERY_WORDS)


def month_four(text: str) -> str:
    """April is "tháng tư", whatever the case of "tháng" ("Tháng 4 năm nay"); "mỗi tháng 4 lần" is a count.

    >>> month_four("Tháng 4 năm nay, trong tháng 04, mỗi tháng 4 lần, tháng 4 triệu đồng")
    'Tháng tư năm nay, trong tháng tư, mỗi tháng 4 lần, tháng 4 triệu đồng'
    """

    def four(m: re.Match[str]) -> str:
        s = m.string
        words = prev_words(s, m.start(), 1)
        if _AMOUNT_AHEAD_RE.match(s, m.end()) or (words and words[0] in _EVERY_WORDS):
            return m.group()
        return f"{m.group(1)}{m.group(2)}tư"

    return _MONTH_FOUR_RE.sub(four, text) if "4" in text else text


_MONTH_YEAR_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})/(\d{4})(?![\w/]|[.,]\d)")
#: A digit on both sides of a slash, as a month and year or a day and month has (found slash first: a fast scan).
_DIGIT_SLASH_DIGIT_RE = re.compile(r"/(?<=\d/)\d")
_CLASS_WORDS = frozenset(tables.CLASS_WORDS)


_RATIO_WORDS = frozenset(tables.RATIO_WORDS)
#: Words of a ratio itself, after which any "a/yyyy" is one; after a plan's words only "1/2000" is a scale.
_SCALE_WORDS = frozenset(("tỷ lệ", "tỉ lệ", "tỷ lệ bản đồ"))
#: Words before "n/yyyy" that count periods of the year other than months.
_PERIOD_WORDS = frozenset(tables.PERIOD_WORDS)


#: Months listed before the year they share: "trong 3 tháng 6,7,8/2020", "tháng 3, 4 và 5/2024".
_MONTH_LIST_YEAR_RE = re.compile(
    r"(?=[tT])(?<!\w)((?:tháng|Tháng|THÁNG)[ \t]+\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+))"
    r"(\d{1,2})/((?:19|20)\d{2})(?![\w/]|[.,]\d)"
)


def _month_list_year(m: re.Match[str]) -> str:
    listed, last, year = m.groups()
    if not all(1 <= int(n) <= 12 for n in (*re.findall(r"\d+", listed), last)):
        return m.group()
    listed = re.sub(r"\d+", lambda n: _read_month(n.group()), listed)
    return f"{listed}{_read_month(last)} năm {read_number(year)}"


#: "7 tháng/2017": the first seven months of 2017, trade statistics' style ("bảy tháng năm 2017").
_MONTHS_OF_YEAR_RE = re.compile(r"(?<![\w/])(\d{1,2}[ \t]+tháng)[ \t]*/[ \t]*(?=(?:19|20)\d{2}(?![\w/]|[.,]\d))")


#: A form's date with its day (and maybe its month) left blank to fill in: "ngày /10/2016", "ngày …/10/2016",
#: "ngày  /  /2016" — the blanks are a pause, the month and the year are read.
_BLANK_DAY_RE = re.compile(
    r"(?<![^\W\d_])([Nn]gày)[ \t]*(?:…|\.{2,}|_+)?[ \t]*/[ \t]*(?:(\d{1,2})|(?:…|\.{2,}|_+)?)[ \t]*/[ \t]*"
    r"((?:19|20)\d{2})(?![\w/]|[.,]\d)"
)


def _blank_day(m: re.Match[str]) -> str:
    """ "ngày /10/2016" → "ngày … tháng mười năm hai nghìn không trăm mười sáu".

    >>> _BLANK_DAY_RE.sub(_blank_day, "Quyết định ngày /10/2016; ký ngày  /  /2016; ngày 5/10/2016")
    'Quyết định ngày … tháng mười năm hai nghìn không trăm mười sáu; ký ngày … năm hai nghìn không trăm mười sáu; \
ngày 5/10/2016'
    """
    word, month, year = m.groups()
    if month and not 1 <= int(month) <= 12:
        return m.group()
    return f"{word} … {f'tháng {_read_month(month)} ' if month else ''}năm {read_number(year)}"


def month_year(text: str) -> str:
    """Month/year: "tháng" is added unless the text already says it; after a document word it is a number.

    >>> month_year("tuần giao dịch thứ 27/2025; tuần thứ 1/2024")
    'tuần giao dịch thứ hai mươi bảy năm hai nghìn không trăm hai mươi lăm; tuần thứ nhất năm hai nghìn không trăm \
hai mươi tư'
    >>> month_year("xuất khẩu 7 tháng/2017 tăng")
    'xuất khẩu 7 tháng năm 2017 tăng'
    >>> month_year("xác suất 1/5000 lần; 1/2000 người; tháng 1/2024")
    'xác suất 1/5000 lần; 1/2000 người; tháng một năm hai nghìn không trăm hai mươi tư'
    >>> print(month_year("tỷ lệ 1/2000; trong 3 tháng 6,7,8/2020; tháng 3, 4 và 5/2024"))
    tỷ lệ 1/2000; trong 3 tháng sáu,bảy,tám năm hai nghìn không trăm hai mươi; tháng ba, tư và năm năm hai
    nghìn không trăm hai mươi tư
    >>> print(month_year("Từ tháng 7 đến 9/2021; Luật số 15/2020 và 01/2022; quý 1/2024; số Xuân (1+2/2022)"))
    Từ tháng 7 đến tháng chín năm hai nghìn không trăm hai mươi mốt; Luật số 15/2020 và tháng một năm
    hai nghìn không trăm hai mươi hai; quý một năm hai nghìn không trăm hai mươi tư; số Xuân (1+hai năm hai nghìn
    không trăm hai mươi hai)
    """

    def month(m: re.Match[str]) -> str:
        mo, year = m.groups()
        if m.start() >= 2 and m.string[m.start() - 1] == "+" and m.string[m.start() - 2].isdigit():
            return f"{read_number(mo)} năm {read_number(year)}"  # a double issue: "số 1+2/2022", "số 11+12/2023"
        words = prev_words(m.string, m.start(), 1)
        opens_aside = last_char_before(m.string, m.start()) in ("(", ",")  # "nhiệm kỳ (3/2019 – 10/2021)": months
        if words and words[-1] in _PERIOD_WORDS and not opens_aside:  # "quý 1/2024", "tuần 43/2022": a period
            return f"{read_number(mo)} năm {read_number(year)}"
        if words == ["thứ"] and int(mo) and any(w in _PERIOD_WORDS for w in prev_words(m.string, m.start(), 4)[:-1]):
            return f"{ordinal(int(mo))} năm {read_number(year)}"  # "tuần giao dịch thứ 27/2025": the year's 27th
        if not 1 <= int(mo) <= 12 or not 1500 <= int(year) <= 2100 or _AMOUNT_AHEAD_RE.match(m.string, m.end()):
            return m.group()  # "xác suất 1/5000 lần": no month of a year
        if preceded_by(m.string, m.start(), DOC_WORDS, 2) and last_char_before(m.string, m.start()) != ",":
            return m.group()  # "Luật số 15/2020"; but "Tạp chí số 412 (5/2023)" gives the month
        if preceded_by(m.string, m.start(), _RATIO_WORDS, 3) and (
            mo == "1" or preceded_by(m.string, m.start(), _SCALE_WORDS, 3)
        ):
            return m.group()  # "tỷ lệ 1/2000", "quy hoạch phân khu 1/2000": a map's scale ("quy hoạch 5/2020": a month)
        lead = "" if words and words[-1] == "tháng" else "tháng "
        return f"{lead}{_read_month(mo)} năm {read_number(year)}"

    if "/20" in text or "/19" in text:
        text = _BLANK_DAY_RE.sub(_blank_day, text)
    if ("/19" in text or "/20" in text) and ("," in text or "và" in text):
        text = _MONTH_LIST_YEAR_RE.sub(_month_list_year, text)
    if "tháng/" in text or "tháng /" in text:
        text = _MONTHS_OF_YEAR_RE.sub(r"\1 năm ", text)
    return _MONTH_YEAR_RE.sub(month, text) if _DIGIT_SLASH_DIGIT_RE.search(text) else text


_DAY_MONTH_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_DATE_WORDS = frozenset(tables.DATE_CONTEXT_WORDS)
_QUANTITY_WORDS = frozenset(tables.QUANTITY_CONTEXT_WORDS)
_QUANTITY_NOT_WORDS = frozenset(tables.QUANTITY_NOT_WORDS)  # "vòng loại 5/9" is a date
_DATE_BEFORE_COUNT_WORDS = frozenset(tables.DATE_BEFORE_COUNT_WORDS)  # "Trước 1/9 dự án": a date
_GRADE_WORDS = frozenset(tables.GRADE_WORDS)
_AS_MANY_AS = frozenset(("có đến", "có tới", "lên đến", "lên tới"))
_ADDRESS_WORDS = frozenset(tables.ADDRESS_CONTEXT_WORDS)
_RANK_WORDS = frozenset(tables.RANK_CONTEXT_WORDS)
_FRACTION_WORDS = frozenset(tables.FRACTION_CONTEXT_WORDS)
_APPROX_WORDS = frozenset(tables.APPROX_FRACTION_WORDS)
_SHARE_WORDS = tuple(tables.SHARE_WORDS)
#: Words after which "a/b" is a date whatever follows ("Ngày 6/9 xã …", "Sáng 6/9 người dân …").
_DAY_WORDS = frozenset((*tables.TIME_OF_DAY_WORDS, *tables.NGAY_NOT_ADDED_AFTER, "từ", "đến", "tới"))
#: A rating out of five or ten followed by its count of votes, as a page's star widget prints it: "4/5 - (12 đánh
#: giá)", "3/5 (14 bình chọn)" (the brackets are commas by now).
_RATING_AHEAD_RE = re.compile(
    r"(?:[ \t]*[-–,])*[ \t]*\d[\d.,]*[ \t]+(?:lượt[ \t]+)?(?:đánh giá|bình chọn|votes?|reviews?)(?![^\W\d_])",
    re.IGNORECASE,
)
_OUT_OF_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.OUT_OF_NOUNS))})(?![^\W\d_])", re.IGNORECASE)
#: Units counted out of a total ("3/4 chi bộ", "2/3 xã"), not the people a share is taken of ("1/3 học sinh").
_OUT_OF_UNIT_AHEAD_RE = re.compile(
    rf"[ \t]+(?:{alternation(list(tables.words('out_of_nouns')))})(?![^\W\d_])", re.IGNORECASE
)
_FRACTION_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.FRACTION_NOUNS))})(?![^\W\d_])", re.IGNORECASE)
#: "1/2 -2/3 lượng đạm": the first share of a range whose second share is a share of the noun after it.
_FRACTION_RANGE_AHEAD_RE = re.compile(
    rf"[ \t]+(?:đến|tới)[ \t]+[1-9]/[1-9][0-9]?[ \t]+(?:{alternation(list(tables.FRACTION_NOUNS))})(?![^\W\d_])",
    re.IGNORECASE,
)


#: "được tính bằng 1/2 năm": a share of a year, "năm" with no year's number or name after it.
_YEAR_SHARE_AHEAD_RE = re.compile(
    r"[ \t]+năm(?![^\W\d_])(?![ \t]*(?:\d|nay|ngoái|qua|trước|sau|tới|kế|đó|này|ấy|học|mới|[" + UPPER + r"]))"
)
#: The word after a small fraction: a share's noun ("bằng 1/3 giá", "2/3 ứng viên"), unless it follows dates.
_SHARE_NOUN_AHEAD_RE = re.compile(r"[ \t]+([^\W\d_]+)")
_AFTER_DATE_WORDS = frozenset(tables.AFTER_DATE_WORDS)
#: A date, then a comma, right before a count: "ngày 28-7, 10/10 đơn vị" (the day's word belongs to the date).
_DATE_BEFORE_COMMA_RE = re.compile(r"\d[/.-]\d{1,2}(?:[/.-]\d{2,4})?,[ \t]*$")


#: A day and month written just before, then a comma: "Ngày 30/4, 1/5 đội tuyển" lists two days.
_SLASH_DATE_BEFORE_COMMA_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2}),[ \t]*$")
_DAYS_BEFORE_MONTH = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _day_of_year(day: str, month: str) -> int:
    return _DAYS_BEFORE_MONTH[int(month) - 1] + int(day)


def _next_listed_day(s: str, pos: int, day: str, month: str) -> bool:
    """ "Ngày 30/4, 1/5 đội tuyển …": a day and month a day to a week after the one written just before it (a comma
    between) is the next day of a list, whatever noun follows; "ngày 28-7, 10/10 đơn vị" stays a count.

    >>> _next_listed_day("Ngày 30/4, 1/5 đội", 11, "1", "5"), _next_listed_day("Ngày 28/7, 10/10 xã", 11, "10", "10")
    (True, False)
    """
    before = _SLASH_DATE_BEFORE_COMMA_RE.search(s, max(0, pos - 12), pos)
    if before is None or not valid_day_month(*before.groups()) or not valid_day_month(day, month):
        return False
    return 1 <= (_day_of_year(day, month) - _day_of_year(*before.groups())) % 366 <= 7


def _small_share(s: str, pos: int, end: int, day: str, month: str, before: str) -> bool:
    """ "giá chỉ bằng 1/3 giá nhập", "Trong đó, 1/3 học viên", "máu 3/4": a half, a third, two thirds or three
    quarters before the noun it counts, with no word of time before it, is a share, not January to April."""
    if not 0 < int(day) < int(month) <= 4 or before in (")", "-", "–", "/"):
        return False
    if day[0] == "0" or month[0] == "0" or _OUT_OF_UNIT_AHEAD_RE.match(s, end):
        return False  # "03/04 chi bộ", "3/4 chi bộ", "2/3 xã": so many units out of a total
    if any(preceded_by(s, pos, cues, n) for cues, n in ((_DATE_WORDS, 2), (_DAY_WORDS, 2), (DASH_DATE_WORDS, 3))):
        return False
    noun = _SHARE_NOUN_AHEAD_RE.match(s, end)
    return bool(noun) and noun.group(1)[0].islower() and noun.group(1) not in _AFTER_DATE_WORDS


_TENNIS = tuple(tables.TENNIS_WORDS)
_SET_SCORE_WORDS = (*tables.TENNIS_WORDS, *tables.SCORE_CONTEXT_WORDS)


def _volleyball_set(a: str, b: str) -> bool:
    """A volleyball set's points: one side 25 (15 in the fifth set) two or more ahead, or past it by two ("25/19",
    "13/25", "27/25"), and no day and month ("15/10" is a date)."""
    high, low = max(int(a), int(b)), min(int(a), int(b))
    shaped = (high in (15, 25) and low <= high - 2) or (high > 25 and high - low == 2)
    return shaped and not valid_day_month(a, b)


def _tennis_set(a: str, b: str) -> bool:
    """A set's games: one side 6 against 0–4, or 7 against 5 or 6 ("6/4", "7/5", "6/7")."""
    high, low = max(int(a), int(b)), min(int(a), int(b))
    return (high == 6 and low <= 4) or (high == 7 and low in (5, 6))


def day_month(text: str) -> str:
    """Day/month after a word of time; a fraction before "số"; "trên" in addresses, scores and class names.

    >>> print(day_month("Sáng 1/4, trong các ngày 25 và 26/9; 2/3 số hộ; 3/4 diện tích; đạt 9/12 chỉ tiêu; "
    ...       "kiệt 12/3 Lê Lợi; xếp thứ 4/63 tỉnh; vòng 1/8; khoảng 1/3 dân; thứ 9/9 huyện; với 6/9 đơn vị"))
    Sáng ngày một tháng tư, trong các ngày 25 và hai mươi sáu tháng chín; hai phần ba số hộ; ba
    phần tư diện tích; đạt chín trên mười hai chỉ tiêu; kiệt mười hai trên ba Lê Lợi; xếp thứ tư trên
    sáu mươi ba tỉnh; vòng một phần tám; khoảng một phần ba dân; thứ chín trên chín huyện; với sáu trên
    chín đơn vị
    >>> day_month("vào khoảng 21/2 hằng năm; đạt 15/20 điểm; khoảng 2/3 số hộ")
    'vào khoảng ngày hai mươi mốt tháng hai hằng năm; đạt mười lăm trên hai mươi điểm; khoảng hai phần ba số hộ'
    >>> day_month("các lớp 6/1, 6/2 và 7/3; ngày 5/9")
    'các lớp sáu trên một, sáu trên hai và bảy trên ba; ngày năm tháng chín'
    >>> day_month("các thương binh 2/4 và bệnh binh 1/3; sáng 2/4")
    'các thương binh hai phần tư và bệnh binh một phần ba; sáng ngày hai tháng tư'
    >>> day_month("Thị phần tăng ở châu Á, 1/3 ở Hàn Quốc và 1/2 ở Nhật; tỷ lệ nợ tăng từ 1/3")
    'Thị phần tăng ở châu Á, một phần ba ở Hàn Quốc và một phần hai ở Nhật; tỷ lệ nợ tăng từ ngày một tháng ba'
    >>> day_month("giá chỉ bằng 1/3 giá nhập; Trong đó, 1/3 học viên; 2/3 ứng viên; Sáng 1/3, tại xã; diễn ra 1/3 tại")
    'giá chỉ bằng một phần ba giá nhập; Trong đó, một phần ba học viên; hai phần ba ứng viên; Sáng ngày một tháng \
ba, tại xã; diễn ra ngày một tháng ba tại'
    >>> day_month("được tính bằng 1/2 năm; ngày 1/2 năm nay; Sáng 3/4 năm ngoái; dịp 1/5 năm Giáp Thìn")
    'được tính bằng một phần hai năm; ngày một tháng hai năm nay; Sáng ngày ba tháng tư năm ngoái; dịp ngày một tháng \
năm năm Giáp Thìn'
    >>> day_month("Tỷ lệ hộ nghèo giảm, 5/7 xã đạt chuẩn; tỷ lệ nợ tăng 1/3 tổng tài sản")
    'Tỷ lệ hộ nghèo giảm, năm trên bảy xã đạt chuẩn; tỷ lệ nợ tăng một phần ba tổng tài sản'
    >>> day_month("4/5 -, 12 đánh giá; 3/5 sao; ngày 4/5, 12 đánh giá")
    'bốn trên năm -, 12 đánh giá; ba trên năm sao; ngày bốn tháng năm, 12 đánh giá'
    """

    last_class_end = -1  # end of the previous class's name: "các lớp 6/1, 6/2 và 7/3" lists three
    said_day_end = -1  # end of a date the text led with "ngày": "các ngày lễ 30/4 và 1/5" says "ngày" once

    def dm(m: re.Match[str]) -> str:
        spoken = _dm(m)
        nonlocal said_day_end
        s, pos = m.string, m.start()
        if " tháng " not in spoken:
            return spoken
        if preceded_by(s, pos, _DAY_SAYING_WORDS, 2) or (
            said_day_end >= 0 and _DAY_LIST_GLUE_RE.fullmatch(s, said_day_end, pos)
        ):
            said_day_end = m.end()
            return spoken.removeprefix("ngày ")
        return spoken

    def _dm(m: re.Match[str]) -> str:
        nonlocal last_class_end
        day, month = m.groups()
        s, pos = m.string, m.start()
        if preceded_by(s, pos, _CLASS_WORDS, 2) or (
            last_class_end >= 0 and _DATE_LIST_GLUE_RE.fullmatch(s, last_class_end, pos)
        ):
            last_class_end = m.end()
            return f"{read_number(day)} trên {read_number(month)}"
        dated = preceded_by(s, pos, _DAY_WORDS, 2)
        if _tennis_set(day, month) and not dated and in_sentence(s, pos, m.end(), _TENNIS):
            return f"{read_number(day)} {read_number(month)}"  # "thắng 2-0 (6/4, 6/4)": two sets
        if (
            _volleyball_set(day, month)
            and not _OUT_OF_AHEAD_RE.match(s, m.end())
            and in_sentence(s, pos, m.end(), _SET_SCORE_WORDS)
        ):
            return f"{read_number(day)} {read_number(month)}"  # "thắng ván đấu mở màn (25/19)": a set's points
        before = last_char_before(s, pos)
        proper = 0 < int(day) < int(month) <= 10  # "khoảng 1/3" is a share; "đạt 9/12 chỉ tiêu" a count
        # "cho đến ngày 17/4 lượng cát": a day past its month after a word of time is a date, whatever follows
        past_its_month = int(day) > int(month) and valid_day_month(day, month) and dated
        if (
            (_FRACTION_AHEAD_RE.match(s, m.end()) and not past_its_month)
            or (proper and _FRACTION_RANGE_AHEAD_RE.match(s, m.end()))
            or preceded_by(s, pos, _FRACTION_WORDS, 2)
            or (proper and preceded_by(s, pos, _APPROX_WORDS, 2))
            # "Tỷ lệ hộ nghèo giảm, 5/7 xã đạt chuẩn": a rate in the sentence, but units counted out of a total
            or (
                proper
                and not preceded_by(s, pos, _DAY_WORDS, 2)
                and in_sentence(s, pos, m.end(), _SHARE_WORDS)
                and not _OUT_OF_AHEAD_RE.match(s, m.end())
            )
            or _small_share(s, pos, m.end(), day, month, before)
            or (
                proper
                and _YEAR_SHARE_AHEAD_RE.match(s, m.end())
                and not preceded_by(s, pos, _DATE_WORDS, 2)
                and before not in ("", "\n", "(", ",", ":", "-", "–")
            )
        ):
            return f"{read_number(day)} phần {_read_month(month)}"  # a quarter is "phần tư", as April is
        words = prev_words(s, pos, 1)
        # "thứ 9/9", "thứ 4/63": a rank out of a total (a weekday before a date takes a comma or "ngày")
        right_after_thu = s[max(0, pos - 5) : pos].rstrip(" \t").lower().endswith("thứ")
        if words == ["thứ"] and (
            (right_after_thu and int(day) <= int(month)) or int(month) > 12 or preceded_by(s, pos, _RANK_WORDS, 3)
        ):
            return f"{ordinal(int(day))} trên {read_number(month)}"
        # a count is at most its total: "khoảng 21/2" after a quantity word is still a day and month
        counted = int(day) <= int(month) or not valid_day_month(day, month)
        if (
            preceded_by(s, pos, _ADDRESS_WORDS)
            or (counted and preceded_by(s, pos, _QUANTITY_WORDS, 2) and not preceded_by(s, pos, _QUANTITY_NOT_WORDS, 2))
            or (int(day) <= int(month) <= 12 and preceded_by(s, pos, _GRADE_WORDS, 4))  # "học vấn: 10/10"
        ):
            return f"{read_number(day)} trên {read_number(month)}"
        rated = month in ("5", "10") and _RATING_AHEAD_RE.match(s, m.end())
        if rated and not preceded_by(s, pos, _DAY_WORDS, 2):
            return f"{read_number(day)} trên {read_number(month)}"  # "4/5 - (12 đánh giá)": a rating
        as_many_as = preceded_by(s, pos, _AS_MANY_AS, 2)  # "có đến 7/10 vị trí": as many as seven out of ten
        beyond_its_total = int(day) > int(month) and valid_day_month(day, month)  # "giải thưởng 26/3 tỉnh Nghệ An"
        if (
            _OUT_OF_AHEAD_RE.match(s, m.end())
            and (
                as_many_as
                or not preceded_by(s, pos, _DAY_WORDS, 2)
                # "Tính đến ngày 28-7, 10/10 đơn vị": the day's word was spent on the date before the comma
                or (int(day) <= int(month) and _DATE_BEFORE_COMMA_RE.search(s, max(0, pos - 14), pos) is not None)
            )
            and not beyond_its_total
            and not _next_listed_day(s, pos, day, month)
            and not (
                valid_day_month(day, month)
                and int(day) != int(month)  # "Sau 5/5 trận toàn thắng": all of them, a full tally
                and preceded_by(s, pos, _DATE_BEFORE_COUNT_WORDS, 2)
            )
        ):
            return f"{read_number(day)} trên {read_number(month)}"  # "với 6/9 đơn vị cấp huyện"
        noun = _SHARE_NOUN_AHEAD_RE.match(s, m.end())
        counted_noun = noun and noun.group(1)[0].islower() and noun.group(1) not in _AFTER_DATE_WORDS
        if as_many_as and int(day) <= int(month) and counted_noun:  # "Có tới 5/11 mặt hàng giảm giá"
            return f"{read_number(day)} trên {read_number(month)}"
        if valid_day_month(day, month) and (
            preceded_by(s, pos, _DATE_WORDS, 2) or before in ("", "\n", "(", ",", ":", "-", "–")
        ):
            return f"{_day_words(s, pos, day, m.end(), True)} tháng {_read_month(month)}"
        if valid_day_month(day, month) and not preceded_by(s, pos, DOC_WORDS, 2):
            return f"{_day_words(s, pos, day, m.end(), True)} tháng {_read_month(month)}"
        return f"{read_number(day)} trên {read_number(month)}"

    return _DAY_MONTH_RE.sub(dm, text) if _DIGIT_SLASH_DIGIT_RE.search(text) else text


#: A stamp of an organ glued to its full date by a hyphen or a dash: "(BVBNĐ-05/12/2017)", "(TTXVN–5.12.2017)".
#: The organ has two capitals or more; the date ends the stamp (no slash or word follows it).
_STAMPED_DATE_RE = re.compile(
    rf"(?<![\w/.-])([{UPPER}](?=[\w&]*[{UPPER}])[^\W\d_]*(?:&[^\W\d_]+)*)[ \t]?[-–][ \t]?"
    r"(\d{1,2})([/.])(\d{1,2})\3((?:19|20)\d{2})(?![\w/]|[.,]\d)"
)
_STAMPED_DATE_HINT_RE = re.compile(
    r"[-–](?:(?<=[^\W\d_][-–])|(?<=[^\W\d_][ \t][-–]))[ \t]?\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d"
)


def stamped_dates(text: str) -> str:
    """An organ's stamp and its date: the organ, a pause, then the date as a stamp says it (no "ngày").

    >>> print(stamped_dates("(BVBNĐ-05/12/2017) Qua khảo sát; (TTXVN–5.12.2017); số 15/QĐ-UBND"))
    (BVBNĐ, năm tháng mười hai năm hai nghìn không trăm mười bảy) Qua khảo sát; (TTXVN, năm tháng mười hai năm
    hai nghìn không trăm mười bảy); số 15/QĐ-UBND
    """

    def stamp(m: re.Match[str]) -> str:
        organ, day, _, month, year = m.groups()
        if not valid_day_month(day, month):
            return m.group()
        return f"{organ}, {read_number(day)} tháng {_read_month(month)} năm {read_number(year)}"

    return _STAMPED_DATE_RE.sub(stamp, text) if _STAMPED_DATE_HINT_RE.search(text) else text


#: A day of the week, long or short: "Thứ 2", "thứ Hai", "T2", "CN", "Chủ nhật".
_WEEKDAY = r"(?:[Tt]hứ[ \t]+(?:[2-7]|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|T[2-7]|CN|[Cc]hủ[ \t]+[Nn]hật)"
#: Two days of the week joined by a dash are a span of a week ("Thứ 2 - Thứ 6", "T2 – CN"), as opening hours list.
_WEEKDAY_SPAN_RE = re.compile(rf"(?<![\w/])({_WEEKDAY})[ \t]*[-–—][ \t]*({_WEEKDAY})(?![\w/]|[.,]\d)")
#: A dash before the second day's first letter ("- Thứ", "–CN", "-thứ"): a fast scan before the span's pattern.
_WEEKDAY_SPAN_HINT_RE = re.compile(r"[-–—][ \t]*[TtCc]")
_SHORT_DAYS = {"CN": "chủ nhật", **{f"T{n}": f"thứ {n}" for n in range(2, 8)}}


def weekday_spans(text: str) -> str:
    """Days of the week joined by a dash are read with "đến", a short day as its word.

    >>> weekday_spans("Thời gian: 8h00 - 17h00, Thứ 2 - Thứ 6; T2 – CN; thứ Hai-thứ Sáu; T2 - T6")
    'Thời gian: 8h00 - 17h00, Thứ 2 đến Thứ 6; thứ 2 đến chủ nhật; thứ Hai đến thứ Sáu; thứ 2 đến thứ 6'
    """
    if not _WEEKDAY_SPAN_HINT_RE.search(text):
        return text
    return _WEEKDAY_SPAN_RE.sub(lambda m: f"{_SHORT_DAYS.get(m[1], m[1])} đến {_SHORT_DAYS.get(m[2], m[2])}", text)
