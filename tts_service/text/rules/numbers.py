"""Plain numbers: thousands dots, decimal commas, leading zeros, codes' digits."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import tables
from ..numbers import read_decimal, read_digits, read_fraction_digits, read_int, read_number, roman_to_int
from .common import DIGIT_FIRST, SCALE, UPPER, alternation, in_sentence, mentions, preceded_by, spell

#: "1.234.567,5"; and, read the same way, English grouping "1,000,000" / "1,234.5" (commas that group
#: thousands twice, or before a decimal point: a Vietnamese decimal comma never does either).
#: After a number, letters typed against it end it ("2,37triệu lượt", "2,5D", "415.000NDT") unless a digit follows them:
#: then the whole is a code ("1.5A2").
_END = r"(?![.,]\d|\d|_|[^\W\d_]+(?:[.,]?\d|_))"
#: A lone 0 before the dot groups no thousands: "0.125%" is a point ("không chấm một trăm hai mươi lăm").
_THOUSANDS_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w.])(?<!\d,)(?:(?!0\.)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?"
    + r"|(\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\.\d))(?:\.(\d+))?)"
    + _END
)
_DECIMAL_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d+),(\d+)" + _END)
#: "2,653 lượt xem": one comma before three digits and a noun counted whole is English grouping, not a decimal.
_WHOLE_COUNT_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.WHOLE_COUNT_NOUNS))})(?![^\W\d_])")
#: "144,500 đồng", "144,000 đến 144,500 đồng": money carries no three-digit decimal, so the comma groups thousands.
_CURRENCY_AHEAD_RE = re.compile(
    rf"(?:[ \t]+(?:đến|tới)[ \t]+\d{{1,3}},\d{{3}})?[ \t]*(?:{alternation(list(tables.CURRENCY_WORDS))})(?![^\W\d_])"
)
#: A comma that can only be a decimal mark: one or two digits after it, before a unit, money or a percent.
_DECIMAL_COMMA_RE = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,.])(?=[ \t]*(?:[^\W\d_]|%))")
#: After "4,100" a scale word, a degree or a percent keeps the decimal ("1,500 tỷ", "15,100 độ vĩ Bắc").
_DECIMAL_AHEAD_RE = re.compile(rf"[ \t]*(?:{SCALE}|độ|vĩ|kinh|phần|%|°)(?![^\W\d_])", re.IGNORECASE)
#: A dotted number; a dot after it before capitals and digits joins a code's next part ("2.002711.H38").
_DOTTED_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d+)((?:\.\d+)+)(?:(\.)(?=[A-ZĐ]{1,4}\d)|" + _END + ")")
#: A count grouped by dots glued after a word in small letters, as scraped text runs them ("khách quốc tế24.567
#: lượt"): a space before it, so the dots group thousands ("PM2.5", "v1.2" keep their point: no group of three).
_GLUED_GROUPED_RE = re.compile(DIGIT_FIRST + rf"(?<=[^\W\d_{UPPER}]{{2}})(?=\d{{1,3}}(?:\.\d{{3}})+(?![\w.]|,\d))")
_SMALL = rf"[^\W\d_{UPPER}]"
#: The glued count's first group and dot, found dot first (a fast scan).
_GLUED_GROUPED_HINT_RE = re.compile(rf"\.(?:(?<={_SMALL}\d\.)|(?<={_SMALL}\d\d\.)|(?<={_SMALL}\d\d\d\.))\d{{3}}")
_INTEGER_RE = re.compile(DIGIT_FIRST + r"(?<!\d)\d+(?!\d)")
#: A dotted number glued to a code's letters ("PM2.5", "v1.2"): a point, never a thousands dot.
_CODE_POINT_RE = re.compile(DIGIT_FIRST + r"(?<=[^\W\d_])(\d+)\.(\d{1,2})(?![\w]|[.,]\d)")
#: After a number with one dot and one or two digits, a scale word or a counted word makes the dot a decimal point
#: ("3.5 tỷ", "vượt 1.3 lần", "1.5 giờ"); a version stays dotted ("phiên bản 2.5").
_SCALE_AHEAD_RE = re.compile(
    rf"[ \t]?(?:{SCALE}|phần trăm|{alternation(list(tables.RANGE_COUNTER_WORDS))})(?![\w])"
    rf"|[ \t]+(?:đến|tới)[ \t]+\d+[.,]\d{{1,2}}[ \t]?{SCALE}(?![\w])"  # "36.24 đến 36.46 triệu": a range's first end
)

#: Thousands grouped by spaces, as French-style and SI typing writes them ("500 000", "1 200 000", "12 500"; a
#: non-breaking or thin space is a plain one by now): the first group has no leading zero and follows no digit,
#: sign or code, and every later group has three digits; a list of counts ("2020 100 hộ", "14:55 92 0") has not.
_SPACED_THOUSANDS_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,:/+*-])(?<!\d[ \t])([1-9]\d{0,2})((?:[ \t]\d{3})+)(?![\w]|[.:/-]\d|[ \t]\d)"
)
_SPACED_THOUSANDS_HINT_RE = re.compile(r"\d[ \t]\d\d\d(?!\d)")
#: A number (maybe closing a code, "CB240") then, after a space, an amount grouped by dots: two numbers side by side
#: ("OM 380 7.950 đồng", "năm 2020 1.200 hộ"), kept apart by a pause so the two are not heard as one.
_SIDE_BY_SIDE_RE = re.compile(DIGIT_FIRST + r"(?<![\d.,:/+*-])(\d{1,4})[ \t](?=\d{1,3}(?:\.\d{3})+(?![\w.,]|[.,]\d))")
#: its dot of thousands first, then a look back at the number and the space before (a fast scan)
_SIDE_BY_SIDE_HINT_RE = re.compile(r"\.(?=\d{3})(?:(?<=\d[ \t]\d\.)|(?<=\d[ \t]\d\d\.)|(?<=\d[ \t]\d\d\d\.))")
_SPACED_THOUSANDS_NOT_AFTER = frozenset(tables.SPACED_THOUSANDS_NOT_AFTER)


#: "Ảnh hưởng của đại dịch (P.1)": a "P." and a number alone in brackets after a title is its part ("phần"); a
#: ward is written in an address, beside its district or street ("P.1, Q.3").
_BRACKETED_PART_RE = re.compile(r"(?<=[^\W\d_][ \t])\(P\.[ \t]?(\d{1,2})\)")
_LETTER_DOT_NUMBER_RE = re.compile(
    rf"({alternation(list(tables.LETTER_DOT_NUMBERS))})\.(?=\d{{1,2}}(?![\d\w/-]|[.,:]\d)|(?<=U\.)1\d\d(?![\d\w/-]|[.,:]\d))"
)  # an age in the hundreds too: "cụ bà U.100"


#: A page cited as "tr" ("tập 12, tr 120", "tr.45-46", "xem tr 12"): opening a line, after a comma, a semicolon, a
#: bracket or "xem", never after an amount ("15 tr" is "mười lăm triệu").
_PAGE_RE = re.compile(
    r"(?:(?<![^\n])|(?<=[,;(])|(?<=[,;(][ \t])|(?<=[xX]em[ \t]))[tT]r(?:\.[ \t]?|[ \t])(?=\d{1,4}(?![\d\w]|[.,]\d))"
)
_PAGE_HINT_RE = re.compile(r"[tT]r[. \t]\d|[tT]r\. \d")  # no Vietnamese word ends in "tr"


#: A room: a small "p." glued to three or four digits ("nằm tại p.418"), or a capital one before a word of a building
#: ("P.204 tầng 2"); a road sign's "P.131" has no floor after it.
_ROOM_RE = re.compile(
    r"\.(?<=(?<![\w.])[pP]\.)[ \t]?(\d{3,4})"
    r"(?:(?<=p\.\d{3})|(?<=p\.\d{4})|(?<=p\. \d{3})|(?<=p\. \d{4})"
    rf"|(?=[ \t,]+(?:{alternation(list(tables.ROOM_AFTER_WORDS))})(?!\w)))"
    r"(?![\w]|[.,]\d)"
)


#: A road sign's code: its group's letter, a dot, three digits and maybe a letter ("P.131b", "R.302", "W.201a").
#: Found by its dot (a literal the engine skips to), the group's letter checked behind it.
_SIGN_CODE_RE = re.compile(r"\.(?<=(?<![\w.])[PRWIS]\.)(\d{3})([a-zđ]?)(?![\w]|[.,]\d)")


#: A code of capitals and numbers in three or more dotted parts: a virus lineage ("B.1.1.523", "KP.3.1.1"), a plant
#: variety ("BĐL.ĐH.12.18"); its letters are spelled, its numbers read (one of three digits or more, a label, digit
#: by digit: "523" is "năm hai ba"), every dot is "chấm".
#: A small letter opens one only before three dotted numbers ("b.1.1.7"), never as a list's marker ("a.1.2)").
_DOTTED_CODE_RE = re.compile(
    rf"(?<![\w.])([{UPPER}]{{1,4}}(?:\.(?:\d{{1,4}}|[{UPPER}]{{1,4}})){{2,}}|[a-zđ](?:\.\d{{1,4}}){{3,}}(?!\)))"
    r"(?![\w]|[.,]\w)"
)
_DOTTED_CODE_HINT_RE = re.compile(r"\.[^\W_]{1,4}\.[^\W_]")


#: The year a project's code ends in ("HVDT.01.2022"): read as a year, not digit by digit.
_CODE_YEAR_RE = re.compile(r"(?:19[5-9]|20\d)\d")


def _dotted_code(m: re.Match[str]) -> str:
    parts = m[1].split(".")
    if not any(p.isdigit() for p in parts):
        return m.group()  # "H.T.N.C": initials
    if re.fullmatch(r"[IVX]{1,4}", parts[0]) and all(p.isdigit() for p in parts[1:]) and roman_to_int(parts[0]):
        if m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            # "theo mục II.3.2": a Roman heading's section, its number and its parts
            return " chấm ".join((read_int(roman_to_int(parts[0])), *(read_number(p) for p in parts[1:])))
        return m.group()  # "II.2.3. Nội dung" opening a line: the list markers read it
    year = parts.pop() if len(parts[0]) > 1 and _CODE_YEAR_RE.fullmatch(parts[-1]) else None
    spoken = (
        read_digits(p)
        if p.isdigit() and ((p.startswith("0") and len(p) > 1) or len(p) > 2)
        else read_number(p)
        if p.isdigit()
        else spell(p)
        for p in parts
    )
    return " chấm ".join((*spoken, read_number(year)) if year else spoken)


def letter_dot_numbers(text: str) -> str:
    """A capital glued by a dot to a short number: an age group or an address unit, not a stop; a road sign's code;
    a code of capitals and numbers in three or more dotted parts; a page cited as "tr".

    >>> letter_dot_numbers("Đội U.23 thắng; căn hộ Q.7, số 5 P.5; mục A.1; Q.1.2")
    'Đội U23 thắng; căn hộ quận 7, số 5 phường 5; mục A.1; quy chấm một chấm hai'
    >>> letter_dot_numbers("biến thể b.1.1.7 lây; mục a.1.2.1) Nội dung; điểm b.1.2 khoản")
    'biến thể bê chấm một chấm một chấm bảy lây; mục a.1.2.1) Nội dung; điểm b.1.2 khoản'
    >>> letter_dot_numbers("biến thể B.1.1.523, KP.3.1.1; giống BĐL.ĐH.12.18; bà H.T.N.C")
    'biến thể bê chấm một chấm một chấm năm hai ba, ca pê chấm ba chấm một chấm một; giống bê đê lờ chấm \
đê hát chấm mười hai chấm mười tám; bà H.T.N.C'
    >>> letter_dot_numbers("mã số HVDT.01.2022; nhãn KP.01.3456")
    'mã số hát vê đê tê chấm không một chấm hai nghìn không trăm hai mươi hai; nhãn ca pê chấm không một chấm \
ba bốn năm sáu'
    >>> letter_dot_numbers("(Biển P.131b và P.131c), biển R.302; P.5")
    '(Biển pê 131 bê và pê 131 xê), biển rờ 302; phường 5'
    >>> letter_dot_numbers("nằm tại p.418 tầng 4; họp ở P.204, tầng 2; biển P.204 cấm; xem p.12")
    'nằm tại phòng 418 tầng 4; họp ở phòng 204, tầng 2; biển pê 204 cấm; xem p.12'
    >>> letter_dot_numbers("nằm tại p. 418; Tòa nhà A, P. 418 tầng 4; biển P. 131 cấm")
    'nằm tại phòng 418; Tòa nhà A, phòng 418 tầng 4; biển P. 131 cấm'
    >>> letter_dot_numbers("Ảnh hưởng của đại dịch (P.1); Cuộc đời ông (P. 2); số 5 (P.1, Q.3)")
    'Ảnh hưởng của đại dịch (phần 1); Cuộc đời ông (phần 2); số 5 (phường 1, quận 3)'
    >>> letter_dot_numbers("(Toàn tập, tập 12, tr 120); Sđd, tr.45-46; xem tr 12")
    '(Toàn tập, tập 12, trang 120); Sđd, trang 45-46; xem trang 12'
    """
    if _PAGE_HINT_RE.search(text):
        text = _PAGE_RE.sub("trang ", text)
    if "." not in text:
        return text
    if "(P." in text:
        text = _BRACKETED_PART_RE.sub(r"(phần \1)", text)
    if _DOTTED_CODE_HINT_RE.search(text):
        text = _DOTTED_CODE_RE.sub(_dotted_code, text)
    if "p." in text or "P." in text:
        text = _letter_before_dot(text, _ROOM_RE, lambda m: f"phòng {m[1]}")
    text = _sign_codes(text)
    return _LETTER_DOT_NUMBER_RE.sub(_letter_dot_number, text)


def _letter_before_dot(text: str, pattern: re.Pattern[str], spoken: Callable[[re.Match[str]], str]) -> str:
    """Each match of a pattern found by its dot, said with the letter before the dot replaced."""
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last : m.start() - 1] + spoken(m))
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _sign_codes(text: str) -> str:
    out: list[str] = []
    last = 0
    for m in _SIGN_CODE_RE.finditer(text):
        letter = text[m.start() - 1]
        out.append(text[last : m.start() - 1] + f"{spell(letter)} {m[1]}" + (f" {spell(m[2])}" if m[2] else ""))
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _letter_dot_number(m: re.Match[str]) -> str:
    if m.start() and (m.string[m.start() - 1].isalnum() or m.string[m.start() - 1] in "._"):
        return m.group()  # "TP.5", "A.Q.7": part of a longer code
    spoken = tables.LETTER_DOT_NUMBERS[m.group(1)]
    return spoken if spoken == m.group(1) else spoken + " "


#: "Hôm nay1,062", "Tổng lượt truy cập1,923,268": a page's visit counter, its English-grouped count glued to a word
#: of its label and closing the line.
_GLUED_COUNTER_RE = re.compile(DIGIT_FIRST + r"(?<=[^\W\d_]{2}[a-zà-ỹđ])(\d{1,3}(?:,\d{3})+)(?=[ \t]*(?:\n|$))")


def glued_counters(text: str) -> str:
    """A count glued to the end of its label at the end of a line is a counter grouped the English way.

    >>> glued_counters("Hôm nay1,062\\nTổng lượt truy cập1,923,268\\nTrực tuyến 1,5\\nCO2,100\\nmã A1,234")
    'Hôm nay 1.062\\nTổng lượt truy cập 1.923.268\\nTrực tuyến 1,5\\nCO2,100\\nmã A1,234'
    """
    if "," not in text or not _DIGIT_COMMA_DIGIT_RE.search(text):
        return text
    return _GLUED_COUNTER_RE.sub(lambda m: " " + m[1].replace(",", "."), text)


_GLUED_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_GLUED_FRACTION_RE = re.compile(r"(?<=\d)[ \t]?[½¼¾]")
_HYPHEN_UNIT_HINT_RE = re.compile(r"/\d{1,2}-[^\W\d_]")
#: A fraction joined to its unit by a hyphen ("3/4-inch", "1/2-inch") is a part of that unit, never a date.
_HYPHEN_UNIT_FRACTION_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})-(?="
    + alternation([k for k in tables.UNITS if k.isalpha() and len(k) > 1])
    + r"(?![\w-]))"
)


def glued_fractions(text: str) -> str:
    """A fraction sign glued to a whole number is its decimal part ("1½ giờ" is one and a half hours).

    A fraction sign alone ("½ ngày") is read later as a word ("nửa ngày").

    >>> glued_fractions("Chạy 1½ giờ, 2¾ km, uống 1 ½ muỗng; tiến hành ½ ngày; thêm 3/4-inch, ngày 5/4-ngày")
    'Chạy 1,5 giờ, 2,75 km, uống 1,5 muỗng; tiến hành ½ ngày; thêm 3/4 inch, ngày 5/4-ngày'
    """
    if "/" in text and _HYPHEN_UNIT_HINT_RE.search(text):
        text = _HYPHEN_UNIT_FRACTION_RE.sub(lambda m: f"{m[1]}/{m[2]} " if int(m[1]) < int(m[2]) else m.group(), text)
    if not any(c in text for c in _GLUED_FRACTIONS):
        return text
    return _GLUED_FRACTION_RE.sub(lambda m: "," + _GLUED_FRACTIONS[m.group().strip()], text)


#: A USSD code dialled on a phone: "*101#", "*123*1#" is "sao một không một thăng", its digits one by one.
_USSD_RE = re.compile(r"(?<![\w*])\*(\d{1,4}(?:\*\d{1,12})*)#(?![\w#])")
_HASH_NUMBER_RE = re.compile(r"(?<![\w&#/])#[ \t]?(?=\d{1,4}(?![\d\w]|[.,]\d))")
#: A fuel's sulphur grade with a decimal point ("điêzen 0.05S", "madút 3.5S"): a decimal, as "0,05S" is.
_SULPHUR_GRADE_RE = re.compile(r"(?<![\w.,])(\d)\.(\d{1,3})(?=S(?!\w))")
#: A score out of five or ten with a decimal point ("chấm 8.6/10", "Imdb 8.5/10"): a decimal, as "8,6/10" is.
_RATING_POINT_RE = re.compile(r"(?<![\w.,/])(\d{1,2})\.(\d)(?=[ \t]?/[ \t]?(?:10|5)(?!\d|[.,]\d))")
#: Shapes the patterns need, found by their dot or comma first (a fast scan): a rating's point and slash, a digit on
#: both sides of a dot or of a comma.
_RATING_HINT_RE = re.compile(r"\.\d[ \t]?/")
_DIGIT_DOT_DIGIT_RE = re.compile(r"\.(?<=\d\.)\d")
_DIGIT_COMMA_DIGIT_RE = re.compile(r",(?<=\d,)\d")


def hash_numbers(text: str) -> str:
    """A number after "#" is a place in a list or a chart ("xuất sắc #1" → "số 1"); the point of a fuel grade or of a
    rating out of ten is a decimal comma.

    >>> hash_numbers("Sơn Tùng xuất sắc #1, Jack về # 6; thẻ #MeToo; điêzen 0.05S, madút 3.5S")
    'Sơn Tùng xuất sắc số 1, Jack về số 6; thẻ #MeToo; điêzen 0,05S, madút 3,5S'
    >>> hash_numbers("khán giả chấm 8.6/10, Imdb 8.5 /10; 3.5/5 sao; ngày 8.6/2024")
    'khán giả chấm 8,6/10, Imdb 8,5 /10; 3,5/5 sao; ngày 8.6/2024'
    >>> hash_numbers("bấm *123# để xem, *101*2#")
    'bấm sao một hai ba thăng để xem, sao một không một sao hai thăng'
    """
    if "#" in text:
        if "*" in text:
            text = _USSD_RE.sub(lambda m: f"sao {' sao '.join(map(read_digits, m[1].split('*')))} thăng", text)
        text = _HASH_NUMBER_RE.sub("số ", text)
    if "/" in text and "." in text and _RATING_HINT_RE.search(text):
        text = _RATING_POINT_RE.sub(r"\1,\2", text)
    return _SULPHUR_GRADE_RE.sub(r"\1,\2", text) if "S" in text else text


#: Two numbers with a dot and one or two digits at both ends of a range ("0.0 – 15.4", an index's band): decimals.
_DOT_RANGE_AHEAD_RE = re.compile(r"[ \t]+(?:đến|tới)[ \t]+(\d+)\.(\d{1,2})(?![\d.]|,\d)")
_DOT_RANGE_BEHIND_RE = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})[ \t]+(?:đến|tới)[ \t]+$")


def _decimal_range_end(m: re.Match[str], fraction: str) -> bool:
    """One end of a range of two dotted numbers, one of which no day and month can be ("0.0 đến 15.4"; "từ 9.2 đến
    20.2" may be two dates)."""
    other = _DOT_RANGE_AHEAD_RE.match(m.string, m.end()) or _DOT_RANGE_BEHIND_RE.search(
        m.string, max(0, m.start() - 20), m.start()
    )
    if other is None:
        return False
    return not all(1 <= int(d) <= 31 and 1 <= int(mo) <= 12 for d, mo in ((m.group(1), fraction), other.groups()))


_RATIO_WORDS = frozenset(tables.RATIO_WORDS)
_SCORE_WORDS = frozenset(tables.SCORE_CONTEXT_WORDS)
_COLON_RATIO_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,:])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d)?)[ \t]?:[ \t]?(\d{1,3}(?:\.\d{3})+|\d+)(?![\w:]|[.,]\d)"
)


#: A ratio of three or more parts ("tỉ lệ 2:2:1") is its numbers one after another, no pause at each colon; so are
#: the single capitals it is a ratio of ("N:P:K"). Numbers only after a ratio word (a clock "2:30:15" is no ratio).
_COLON_CHAIN_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,:])\d{1,3}(?:,\d)?(?:[ \t]?:[ \t]?\d{1,3}(?:,\d)?){2,}(?![\w:]|[.,]\d)"
)
_LETTER_CHAIN_RE = re.compile(rf"(?<![\w:])[{UPPER}](?::[{UPPER}]){{2,}}(?![\w:])")


def ratios(text: str) -> str:
    """A ratio written with a colon is "trên", before the clock rule can take "1:10" for ten past one.

    After "tỷ lệ" any pair is a ratio; elsewhere a pair no clock can show is one ("màn hình 21:9", "tỷ lệ 16:9 và
    21:9"); after a score word it is a score, two numbers ("tỷ số 3:1" → "3 1").

    >>> ratios("Bản đồ tỷ lệ 1:500; tỉ lệ 1:10; lúc 1:10; màn hình 21:9; tỷ số 3:1, 60:40; lúc 20:30; ISO 9001:2015")
    'Bản đồ tỷ lệ 1 trên 500; tỉ lệ 1 trên 10; lúc 1:10; màn hình 21 trên 9; tỷ số 3 1, 60 40; lúc 20:30; ISO 9001:2015'
    >>> ratios("màn hình 19,5:9, tương phản 1.000.000:1; bản đồ tỷ lệ 1:2.000, 1:4.000.000.")
    'màn hình 19,5 trên 9, tương phản 1.000.000 trên 1; bản đồ tỷ lệ 1 trên 2.000, 1 trên 4.000.000.'
    >>> ratios("tỷ lệ trung bình bao gồm 1:25.000, 1:50.000 và 1:100.000; lúc 1:25")
    'tỷ lệ trung bình bao gồm 1 trên 25.000, 1 trên 50.000 và 1 trên 100.000; lúc 1:25'
    >>> ratios("Khối 10: 347 hs, khối 11 : 214 hs")
    'Khối 10: 347 hs, khối 11 : 214 hs'
    >>> ratios("Bón theo tỉ lệ 2:2:1 (cho N:P:K); lúc 2:30:15; Hỏi:Đáp")
    'Bón theo tỉ lệ 2 2 1 (cho N P K); lúc 2:30:15; Hỏi:Đáp'
    """
    if ":" not in text:
        return text
    text = _COLON_CHAIN_RE.sub(
        lambda m: (
            " ".join(re.split(r"[ \t]?:[ \t]?", m.group()))
            if preceded_by(m.string, m.start(), _RATIO_WORDS, 3)
            else m.group()
        ),
        text,
    )
    text = _LETTER_CHAIN_RE.sub(lambda m: m.group().replace(":", " "), text)

    def ratio(m: re.Match[str]) -> str:
        left, right = m[1], m[2]
        if m.start() and m.string[m.start() - 1] == "/" and re.search(r":[ \t]", m.group()):
            return m.group()  # "tỷ lệ 1/500: 720.452.000 đồng": a scale, then its cost after the colon
        if preceded_by(m.string, m.start(), _RATIO_WORDS, 3):
            return f"{left} trên {right}"
        if " " in m.group() or "\t" in m.group():
            return m.group()  # "Khối 10: 347 hs": a label and its count
        if "," in left or "." in left or "." in right:
            return f"{left} trên {right}"  # "19,5:9", "1.000.000:1", "1:25.000": no clock has a decimal or thousands
        if len(left) > 3 or len(right) > 3 or (len(right) == 2 and int(left) <= 24 and int(right) <= 59):
            return m.group()  # "ISO 9001:2015": a standard and its year; "lúc 20:30": a clock
        if mentions(m.string, m.start(), _SCORE_WORDS, 3):
            return f"{left} {right}"  # "tỷ số 3:1", "thắng 2:0"
        return f"{left} trên {right}"  # no clock shows 21:9 or 60:40

    return _COLON_RATIO_RE.sub(ratio, text)


#: A letter, then a dash, right before a zero-led number: a code ("XTC-03", "Type-095", "HC1-02" once its "1" is said).
_CODE_DASH_BEFORE_RE = re.compile(r"[^\W\d_][-–—]$")


def _read_plain(digits: str) -> str:
    if len(digits) >= 4 and digits.startswith("0"):
        return read_digits(digits)
    return read_number(digits)


def numbers(text: str) -> str:
    """Numbers: "." groups thousands, "," is the decimal mark, leading zeros are silent.

    A dot before one or two digits and a scale word is a decimal point ("3.5 tỷ"), and commas that group
    thousands twice are English grouping ("1,000,000").

    >>> numbers("Ký hiệu thủ tục: 2.002711.H38")
    'Ký hiệu thủ tục: hai chấm không không hai bảy một một chấm H ba mươi tám'
    >>> numbers("khoảng 2,37triệu lượt, 1.500tỷ đồng")
    'khoảng hai phẩy ba mươi bảy triệu lượt, một nghìn năm trăm tỷ đồng'
    >>> numbers("khách quốc tế24.567 lượt; bản v1.2")
    'khách quốc tế hai mươi tư nghìn năm trăm sáu mươi bảy lượt; bản v một chấm hai'
    >>> numbers("vượt 1.3 lần, sau 1.5 giờ, phiên bản 2.5, đạt 8.5 điểm")
    'vượt một phẩy ba lần, sau một phẩy năm giờ, phiên bản hai chấm năm, đạt tám phẩy năm điểm'
    >>> numbers("mức 36.24 đến 36.46 triệu đồng")
    'mức ba mươi sáu phẩy hai mươi tư đến ba mươi sáu phẩy bốn mươi sáu triệu đồng'
    >>> numbers("chỉ số 0.0 đến 15.4 tốt; phiên bản 2.5; từ 9.2 đến 20.2")
    'chỉ số không phẩy không đến mười lăm phẩy bốn tốt; phiên bản hai chấm năm; từ chín chấm hai đến hai mươi chấm hai'
    >>> numbers("2,653 lượt xem, 2,5 lượt, 0,125 người")
    'hai nghìn sáu trăm năm mươi ba lượt xem, hai phẩy năm lượt, không phẩy một trăm hai mươi lăm người'
    >>> print(numbers("144,000 đến 144,500 đồng; pin 4,100 mi li am pe giờ; 1,250 tỷ đồng; 1,500 tỷ; 2,750 kg"))
    một trăm bốn mươi tư nghìn đến một trăm bốn mươi tư nghìn năm trăm đồng; pin bốn nghìn một trăm mi li am pe
    giờ; một phẩy hai trăm năm mươi tỷ đồng; một phẩy năm trăm tỷ; hai phẩy bảy trăm năm mươi kg
    >>> print(numbers("1.234.567 người, 65,3 điểm, 03 tháng, 105 hồ sơ, phiên bản 2.5, 0234, 3.5 tỷ, "
    ...               "1,000,000 USD, PM2.5, khối A00"))
    một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy người, sáu mươi lăm phẩy ba điểm, ba
    tháng, một trăm linh năm hồ sơ, phiên bản hai chấm năm, không hai ba bốn, ba phẩy năm tỷ, một triệu
    USD, PM hai chấm năm, khối A không không
    """

    def thousands(m: re.Match[str]) -> str:
        vietnamese, decimal, english, english_decimal = m.groups()
        if vietnamese:
            integer, fraction = vietnamese.replace(".", ""), decimal
        else:
            integer, fraction = english.replace(",", ""), english_decimal
        return _padded(m, read_decimal(integer, fraction) if fraction else read_number(integer))

    def dotted(m: re.Match[str]) -> str:
        parts = m.group(2)[1:].split(".")
        if (
            len(parts) == 1
            and len(parts[0]) <= 2
            and (_SCALE_AHEAD_RE.match(m.string, m.end()) or _decimal_range_end(m, parts[0]))
        ):  # "3.5 tỷ": a decimal point before a scale word; "0.0 đến 15.4": both ends of a range
            return _padded(m, read_decimal(m.group(1), parts[0]))
        code_part = " chấm " if m.group(3) else ""
        spoken = " chấm ".join([read_number(m.group(1))] + [read_fraction_digits(p) for p in parts]) + code_part
        return _padded(m, spoken) if not code_part else spoken

    def integer(m: re.Match[str]) -> str:
        digits, s = m.group(), m.string
        if len(digits) >= 2 and digits[0] == "0" and m.start() > 0 and s[m.start() - 1].isalpha():
            return _padded(m, read_digits(digits))  # a code's zeros are read: "khối A00", "D01"
        if len(digits) >= 2 and digits[0] == "0" and _CODE_DASH_BEFORE_RE.search(s, max(0, m.start() - 3), m.start()):
            return _padded(m, read_digits(digits))  # "XTC-03", "BĐX-03", "Type-095": a code's number keeps its zeros
        if len(digits) == 3 and digits.startswith("00") and digits != "000":
            return _padded(m, read_digits(digits))  # "điệp viên 007", "Zeekr 001": a name's number, zeros said
        return _padded(m, _read_plain(digits))

    if "." in text and _GLUED_GROUPED_HINT_RE.search(text):
        text = _GLUED_GROUPED_RE.sub(" ", text)
    text = _THOUSANDS_RE.sub(thousands, text)

    def decimal(m: re.Match[str]) -> str:
        integer, fraction = m.groups()
        if len(fraction) == 3 and len(integer) <= 3 and integer[0] != "0" and _english_grouping(m, fraction):
            return _padded(m, read_number(integer + fraction))
        return _padded(m, read_decimal(integer, fraction))

    if _DIGIT_COMMA_DIGIT_RE.search(text):
        text = _DECIMAL_RE.sub(decimal, text)
    if _DIGIT_DOT_DIGIT_RE.search(text):
        text = _DOTTED_RE.sub(dotted, text)
        text = _CODE_POINT_RE.sub(
            lambda m: _padded(m, f"{read_number(m.group(1))} chấm {read_fraction_digits(m.group(2))}"), text
        )
    return _INTEGER_RE.sub(integer, text)


def _english_grouping(m: re.Match[str], fraction: str) -> bool:
    """ "2,653 lượt xem", "144,500 đồng", "4,100 mi li am pe giờ": one comma before three digits groups thousands
    before a noun counted whole, before money, or when the three digits end in "00" (a decimal drops its zeros)."""
    s, end = m.string, m.end()
    if _CURRENCY_AHEAD_RE.match(s, end) and _DECIMAL_COMMA_RE.search(s, max(0, m.start() - 200), end + 200):
        return False  # "75,585 USD/thùng (giảm 5,86 USD/thùng)": the text writes its decimals with a comma
    if _WHOLE_COUNT_AHEAD_RE.match(s, end) or _CURRENCY_AHEAD_RE.match(s, end):
        return True
    return fraction.endswith("00") and not _DECIMAL_AHEAD_RE.match(s, end)


def _padded(m: re.Match[str], words: str) -> str:
    """``words`` in place of the match, spaced where it would touch a letter ("lớp10A" → "lớp mười A")."""
    s = m.string
    before = " " if m.start() > 0 and s[m.start() - 1].isalnum() else ""
    after = " " if m.end() < len(s) and s[m.end()].isalnum() else ""
    return f"{before}{words}{after}"


#: An aircraft's model after its maker ("Boeing 737", "Airbus A321"): a name, its digits said one by one ("bảy ba
#: bảy"); a variant after a hyphen ("787-9", "737-800") is read after it as a number.
_AIRCRAFT_RE = re.compile(
    rf"(?<!\w)({alternation(list(tables.MODEL_MAKER_WORDS))})([ \t]+[A-Z]?)(\d{{3}})(?![\w]|[.,]\d)"
)
#: A flight's code after its word: "chuyến bay VN123", "máy bay MH370", "số hiệu VJ 286" (an airline's two letters,
#: then two to four digits; "máy bay A321" is a model).
#: Flights listed after one word count as flights too: "các chuyến bay VN216, VJ286 và QH1521".
_FLIGHT_CODE = r"[A-Z]{2}[ \t]?\d{2,4}(?![\w]|[.,]\d)"
_FLIGHT_RE = re.compile(
    rf"(?i:(?<!\w)({alternation(list(tables.FLIGHT_LEAD_WORDS))}))([ \t]+)"
    rf"({_FLIGHT_CODE}(?:(?:,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+){_FLIGHT_CODE})*)"
)
_ONE_FLIGHT_RE = re.compile(r"([A-Z]{2})[ \t]?(\d{2,4})")
#: A Boeing's model without its maker: "lệnh cấm bay 737 MAX", "máy bay 737-800", "A321 và 787-9" (a variant after
#: a hyphen only where the sentence speaks of flying; "từ 707-800 người" is a span).
#: An Airbus's model likewise, with its variant or "neo" glued ("14 chiếc A350-900", "A321neo"): never 350 and 900 run
#: together into one number.
_BARE_BOEING_RE = re.compile(
    r"((?<![\w.,/-])7[0-8]7|(?<=(?<![\w.,/-])A)3[0-8]\d)"
    r"(?=[ \t]+(?:MAX|Dreamliner)(?!\w)|-(?:\d{1,3}|1000)(?![\w/-]|[.,]\d)|(?<=A3\d\d)neo(?!\w))"
)
_BARE_BOEING_HINT_RE = re.compile(r"7[0-8]7(?:[ \t]+[MD]|-\d)|A3\d\d(?:-\d|neo)")
#: "bay", "hiệu" or "chuyến" in any case, found from its last letter (a fast scan); "ı", "İ" are an "i" without case.
_FLIGHT_HINT_RE = re.compile(r"[yYuUnN](?:(?<=[bB][aA][yY])|(?<=[hH][iIİı][ệỆ][uU])|(?<=[cC][hH][uU][yY][ếẾ][nN]))")


#: An airline's code and a flight's number with no word of flights right before it: "là VJ286", "QH442 và QH1370".
_AIRLINE_FLIGHT_RE = re.compile(
    rf"(?<![\w.-])({alternation(list(tables.AIRLINE_CODES))})(?!(?:19|20)\d\d(?!\d))(\d{{3,4}})(?![\w]|[.,]\d)"
)
_FLIGHT_CONTEXT = tuple(tables.FLIGHT_CONTEXT_WORDS)
_AIRLINE_HINT_RE = re.compile(rf"(?:{alternation(list(tables.AIRLINE_CODES))})\d\d\d")  # letters first: fast


def _airline_flight(m: re.Match[str]) -> str:
    """ "là VJ286" in a sentence about flights is a flight, "vê gi hai tám sáu"; elsewhere the code stays.

    >>> _AIRLINE_FLIGHT_RE.sub(_airline_flight, "Chuyến cuối là VJ286, QH1370. Hạng QH1521 mới")
    'Chuyến cuối là vê gi hai tám sáu, quy hát một ba bảy không. Hạng QH1521 mới'
    """
    if not in_sentence(m.string, m.start(), m.end(), _FLIGHT_CONTEXT):
        return m.group()
    return f"{spell(m[1])} {read_digits(m[2])}"


def _bare_model(m: re.Match[str]) -> str:
    """A Boeing's number where the sentence speaks of flying or a name follows; an Airbus's always ("A350-900")."""
    s = m.string
    if s[m.start() - 1 : m.start()] == "A":
        return f" {read_digits(m[1])}{' ' if s[m.end() : m.end() + 1].isalpha() else ''}"
    if s.startswith((" ", "\t"), m.end()) or in_sentence(s, m.start(), m.end(), _FLIGHT_CONTEXT):
        return read_digits(m[1])
    return m.group()


def aircraft_numbers(text: str) -> str:
    """An aircraft's model and a flight's number are names: their digits are said one by one, an airline's letters
    spelled ("QH" of a flight is no "Quốc hội").

    >>> print(aircraft_numbers("chiếc Boeing 737 MAX 8, Airbus A321; Boeing 787-9; máy bay MH370, chuyến bay VN 123"))
    chiếc Boeing bảy ba bảy MAX 8, Airbus A ba hai một; Boeing bảy tám bảy-9; máy bay mờ hát ba bảy không, chuyến
    bay vê nờ một hai ba
    >>> print(aircraft_numbers("các chuyến bay VN216, VJ286 và QH1521; tàu bay QH 202; chuyến VJ286; Luật QH15"))
    các chuyến bay vê nờ hai một sáu, vê gi hai tám sáu và quy hát một năm hai một; tàu bay quy hát hai không hai;
    chuyến vê gi hai tám sáu; Luật QH15
    >>> print(aircraft_numbers("lệnh cấm bay 737 MAX; máy bay 737-800 của hãng. Có 707-800 người"))
    lệnh cấm bay bảy ba bảy MAX; máy bay bảy ba bảy-800 của hãng. Có 707-800 người
    >>> print(aircraft_numbers("14 chiếc A350-900 và A321neo; phòng A350"))
    14 chiếc A ba năm không-900 và A ba hai một neo; phòng A350
    """
    if any(w in text for w in tables.MODEL_MAKER_WORDS):
        text = _AIRCRAFT_RE.sub(lambda m: f"{m[1]}{m[2]}{' ' if m[2].strip() else ''}{read_digits(m[3])}", text)
    if _BARE_BOEING_HINT_RE.search(text):
        text = _BARE_BOEING_RE.sub(_bare_model, text)
    if _FLIGHT_HINT_RE.search(text):
        text = _FLIGHT_RE.sub(
            lambda m: m[1] + m[2] + _ONE_FLIGHT_RE.sub(lambda f: f"{spell(f[1])} {read_digits(f[2])}", m[3]), text
        )
    if _AIRLINE_HINT_RE.search(text):
        text = _AIRLINE_FLIGHT_RE.sub(_airline_flight, text)
    return text


#: A form's number with its small letter ("Mẫu số 04b", "mẫu 1d", "Phụ lục 3a"): the letter said by its name.
_FORM_LETTER_RE = re.compile(r"(?<![\w.,/-])(\d{1,3})([a-hk-np-z])(?!\w|[.,]\d)")
_FORM_WORDS = frozenset(tables.FORM_NUMBER_WORDS)


def form_letters(text: str) -> str:
    """A small letter glued to a form's number is the form's letter, said by its name ("bốn bê"), never left bare.

    >>> form_letters("theo Mẫu số 04b tại Phụ lục; mẫu 1d Phụ lục 2; Phụ lục 3a; tăng 5k; dài 10m; mẫu số 2đ")
    'theo Mẫu số 04 bê tại Phụ lục; mẫu 1 dê Phụ lục 2; Phụ lục 3 a; tăng 5k; dài 10m; mẫu số 2đ'
    """

    def letter(m: re.Match[str]) -> str:
        if not preceded_by(m.string, m.start(), _FORM_WORDS, 3):
            return m.group()
        return f"{m[1]} {'dê' if m[2] == 'd' else spell(m[2])}"

    lowered = text.lower()
    return _FORM_LETTER_RE.sub(letter, text) if any(w in lowered for w in ("mẫu", "phụ lục", "biểu")) else text


#: A small letter glued before a number, a version or a model ("v4", "v1.2", "b2", "t90"): the letter said by its
#: name, never left bare for the voice ("p1", "q1" are a ward and a district; "h", "k" units; "x2" is "nhân").
_SMALL_LETTER_NUMBER_RE = re.compile(r"(?<![\w.,'’-])([abcdefijlnortuvwyz])(?=\d{1,4}(?:\.\d{1,2})?(?![\w]|[.,]\d))")


_SMALL_LETTER_NUMBER_HINT_RE = re.compile(r"[abcdefijlnortuvwyz]\d")


def small_letter_numbers(text: str) -> str:
    """ "v4" is "vê 4": a small letter before a number is spelled, so the voice has a word to say.

    >>> small_letter_numbers("mẫu M1A2 SEP v2 lên chuẩn v4, bản v1.2; Core i7; q1, p2; 5g; x2; abc12")
    'mẫu M1A2 SEP vê 2 lên chuẩn vê 4, bản vê 1.2; Core i 7; q1, p2; 5g; x2; abc12'
    """
    if not _SMALL_LETTER_NUMBER_HINT_RE.search(text):
        return text
    return _SMALL_LETTER_NUMBER_RE.sub(lambda m: spell(m[1]) + " ", text)


#: A boat's registration: province letters ("BĐ", "TH", "QNg"), four to six digits and "TS" (thủy sản) for a
#: fishing vessel, joined by spaces or hyphens: "BĐ 96966TS", "TH-93968 TS", "BĐ-99909-TS", "QN - 090323 TS";
#: without "TS" only after "tàu", "ghe", "biển số"… ("tàu QN 2040", "ghe sắt biển số AG-24382").
_VESSEL_RE = re.compile(
    r"(?<![\w.,/-])([A-ZĐ]{1,3}[a-z]?)[ \t]*[-–]?[ \t]*(\d{4,6})(?:[ \t]*[-–]?[ \t]*(TS))?"
    r"(?![\w/-]|[.,]\d|[ \t]*[-–]?[ \t]*\d)"
)
_VESSEL_WORDS = frozenset(tables.VESSEL_WORDS)


def vessel_numbers(text: str) -> str:
    """A boat's registration is spelled, its digits one by one, before the province letters become a word; it is one
    name, with no pause inside ("bê đê, chín chín …" was heard as a list).

    >>> print(vessel_numbers("tàu cá BĐ 96966TS, (số hiệu TH-93968 TS, 811CV); tàu QN 2040; Công văn số QĐ 2040"))
    tàu cá bê đê chín sáu chín sáu sáu tê ét, (số hiệu tê hát chín ba chín sáu tám tê ét, 811CV); tàu quy nờ hai
    không bốn không; Công văn số QĐ 2040
    >>> print(vessel_numbers("tàu QN - 090323 TS do; ghe sắt biển số AG-24382 chở cát; khi QNg 96798–TS"))
    tàu quy nờ không chín không ba hai ba tê ét do; ghe sắt biển số a gờ hai bốn ba tám hai chở cát; khi quy nờ gờ
    chín sáu bảy chín tám tê ét
    """
    if "TS" not in text and not any(w in text for w in _VESSEL_WORDS):
        return text

    def vessel(m: re.Match[str]) -> str:
        letters, digits, fishing = m.groups()
        if not fishing and not preceded_by(m.string, m.start(), _VESSEL_WORDS, 2):
            return m.group()
        spoken = f"{spell(letters)} {read_digits(digits)}"  # one registration, said without a pause inside
        return f"{spoken} tê ét" if fishing else spoken

    return _VESSEL_RE.sub(vessel, text)


#: An amount of money whose first thousands dot was left out ("1000.000 đồng", "12000.000đ"): money carries no
#: decimal of three digits, so the dots group thousands and the number is one.
_MISGROUPED_AMOUNT_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,])(\d{4,6})((?:\.\d{3}){1,3})(?=[ \t]?(?:đồng|đ|VNĐ|VND|vnđ|vnd)(?![^\W\d_]))"
)
_MISGROUPED_AMOUNT_HINT_RE = re.compile(r"\d{4}\.\d{3}")


def spaced_thousands(text: str) -> str:
    """Thousands grouped by spaces are one number: "500 000" is five hundred thousand, not 500 and 000.

    >>> spaced_thousands("hơn 500 000 phụ nữ; 1 200 000 người; đạt 1 250,5 tỷ; năm 2020 100 hộ; tháng 1 200 hộ")
    'hơn 500000 phụ nữ; 1200000 người; đạt 1250,5 tỷ; năm 2020 100 hộ; tháng 1 200 hộ'

    A number before an amount grouped by dots is another number: "OM 380 7.950 đồng" is "OM 380, 7.950 đồng".

    >>> spaced_thousands("OM 380 7.950 - 8.050 đồng/kg; Đài thơm 8 5.600 đồng; năm 2020 1.200 hộ; thép CB240 15.600")
    'OM 380, 7.950 - 8.050 đồng/kg; Đài thơm 8, 5.600 đồng; năm 2020, 1.200 hộ; thép CB240, 15.600'

    So is an amount whose first thousands dot was left out: "1000.000 đồng" is one million.

    >>> spaced_thousands("từ 300.000 đến 1000.000 đồng; 12000.000đ; dài 1000.500 mét")
    'từ 300.000 đến 1000000 đồng; 12000000đ; dài 1000.500 mét'
    """
    if _SIDE_BY_SIDE_HINT_RE.search(text):
        text = _SIDE_BY_SIDE_RE.sub(r"\1, ", text)
    if _MISGROUPED_AMOUNT_HINT_RE.search(text):
        text = _MISGROUPED_AMOUNT_RE.sub(lambda m: m[1] + m[2].replace(".", ""), text)
    if not _SPACED_THOUSANDS_HINT_RE.search(text):
        return text
    return _SPACED_THOUSANDS_RE.sub(
        lambda m: (
            m.group()
            if preceded_by(m.string, m.start(), _SPACED_THOUSANDS_NOT_AFTER, 1)
            else m[1] + m[2].replace(" ", "").replace("\t", "")
        ),
        text,
    )
