"""Units, currencies and percent after a number (and after a slash)."""

from __future__ import annotations

import functools
import re

from .. import tables
from .common import (
    DIGIT_FIRST,
    SCALE,
    UPPER,
    WORD_RE,
    alternation,
    is_pronounceable,
    led_by,
    mentions,
    preceded_by,
    spell,
    valid_day_month,
)

UNIT_KEYS = [k for k in tables.UNITS if k not in {"h", "ph", "s"}]
_NUMBER = r"\d+(?:[.,]\d+)*"
_UNITS_RE = re.compile(
    DIGIT_FIRST
    + rf"(?:(?<![\w.,])|(?<=\d[x×]))({_NUMBER})([ \t]?|-(?=[^\W\d_]{{2}}))({SCALE}[ \t]+)?({alternation(UNIT_KEYS)})"
    + r"(?:(?<=\dm)(\d{1,2}))?(?![\w²³])"  # a height "1m70", "1m5" is one metre seventy, one metre five
    # "612 TB/SNV": capitals before a slash and an issuer's capitals are a document's kind (thông báo), no unit
    + rf"(?!(?<=\d[ \t][A-Z]{{2}})/[{UPPER}]{{2}})"
)
#: "4K@120Hz", "1080p@60fps": an "@" between a picture size and a rate is "at", said as a pause, not "a còng"
#: (an address "ban4@120.vn" has no rate after it).
_AT_RATE_RE = re.compile(r"(?<=[\dKkp])@(?=\d{1,3}(?:[.,]\d+)?[ \t]?(?:[Hh]z|fps|FPS)(?!\w|\.\w))")


def at_rates(text: str) -> str:
    """The "@" of a video mode is a pause between its size and its rate.

    >>> at_rates("Quay 4K@120Hz, 1080p@60fps; email ban4@120.vn")
    'Quay 4K, 120Hz, 1080p, 60fps; email ban4@120.vn'
    """
    if "@" not in text:
        return text
    return _AT_RATE_RE.sub(", ", text)


_HEIGHT_WORDS = frozenset(tables.HEIGHT_CONTEXT_WORDS)
_FORM_NUMBER_WORDS = frozenset(tables.FORM_NUMBER_WORDS)
_LETTER_GRADE_WORDS = frozenset(tables.LETTER_GRADE_WORDS)
_RUNWAY_WORDS = frozenset(("đường băng", "đường cất hạ cánh"))
#: After a slash "s", "h" and "ph" are units too ("m³/s", "vòng/ph"); before one they are not.
#: Not the capitals that also name sizes and grades ("áo S/M/L"), only ever units right after a number.
#: Nor "TB", a notice's code after a slash ("03/TB-SNN").
PER_UNIT_KEYS = alternation([k for k in tables.UNITS if k[0].isalpha() and k not in {"K", "M", "L", "TB", "V"}])
#: A unit's reading after a slash ("m3/ngđ": ngày đêm), where it differs from the one after an amount (nghìn đồng).
_PER_UNITS = {**tables.UNITS, **tables.PER_UNIT_READINGS}
#: A word of the units table written with a slash and no number before it ("đủ đ/k": điều kiện, "các đ/c"), read
#: whole before the slash's unit ("/k": nghìn) is taken alone.
_SLASH_WORD_RE = re.compile(
    rf"(?<![\w/])(?:{alternation([k for k in tables.UNITS if '/' in k and k[0] in 'đĐ' and len(k) == 3])})(?![\w/])"
)
#: A space typed after the slash is allowed between a unit and a unit in small letters ("m3/ ngđ", "đồng/ kg"), not
#: after a number ("Nghị quyết số 11/ CP": a decree's code).
_SLASH_UNIT_RE = re.compile(rf"/(?<=[^\s/]/)(?:[ \t](?<=[^\W\d_]/[ \t])(?=[a-zđµ]))?({PER_UNIT_KEYS})(?![\w²³])")
_PREFIX_CURRENCY_RE = re.compile(
    led_by(list(tables.PREFIX_CURRENCY))
    + rf"(?<![\w.,])({alternation(list(tables.PREFIX_CURRENCY))})[ \t]?(\d++(?:[.,]\d++)*+)((?:[ \t]+{SCALE})?+)"
    + r"(?:(m|bn|b|k)(?![\w.,]\w))?"  # "£137m", "$1.5bn": the English scale letter glued to the amount
    + r"(?![ \t]*(?:đồng|VNĐ|VND|đ)(?!\w))"  # "USD 1 = 23.000 đồng": a rate, not a price in dollars
)
#: Hours after a slash are a rate's period, not a clock time: "100-200mm/24h" is "trên hai mươi tư giờ".
_PER_HOURS_RE = re.compile(DIGIT_FIRST + r"(?<=/)(\d{1,3})h(?![\w/])")
#: Hours before a slash and a per-unit are a length of hours, not a clock time: "24h/ngày" is "hai mươi tư giờ trên
#: ngày", "40h/tuần", "24h/24h" (a name glued to it, "Vet24h/…", is no number).
_HOURS_PER_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/])(\d{1,3}(?:,\d)?)[ \t]?h(?=[ \t]?/[ \t]?(?:\d|[^\W\d_]))")
#: A unit without its number after a word that asks for or names one (unit_lead_words.tsv): "vài triệu đồng mỗi
#: m2" is "mỗi mét vuông", "bao nhiêu kw?" "bao nhiêu ki lô oát", "(ký hiệu là kW)" "ký hiệu là ki lô oát".  Not the
#: symbols that are also a count or a letter ("ký hiệu là K", "bao nhiêu CV").
_LED_UNIT_KEYS = [k for k in UNIT_KEYS if k not in {"K", "M", "k", "TB", "CV", "HP", "CP", "cp", "hs", "gv", "sv"}]
_UNIT_LEADS = [w for lead in tables.UNIT_LEAD_WORDS for w in (lead, lead[0].upper() + lead[1:])]
_LED_UNIT = rf"(?:{alternation(_LED_UNIT_KEYS)})(?![\w²³])"
_LIST_GLUE = r"(?:,[ \t]*|[ \t]+(?:hoặc|và)[ \t]+)"
#: Units listed after the first ("Đơn vị là W, kW hoặc MW", "Đơn vị tính: m2, ha"): each said by its name.
_LISTED_UNIT_RE = re.compile(rf"({_LIST_GLUE})({_LED_UNIT})")
_LED_UNIT_RE = re.compile(
    rf"{led_by(_UNIT_LEADS)}(?<![\w])((?:{alternation(_UNIT_LEADS)}):?[ \t]+)({_LED_UNIT})"
    rf"((?:{_LIST_GLUE}{_LED_UNIT})*)"
)
#: The lead words' own letters that any of them holds, in either case: a fast scan before the pattern.
_UNIT_LEAD_HINTS = ("ỗi ", "nhiêu ", "ấy ", "hiệu ", "vị ", "bằng ", "vị:", "tính:", "hiệu:")
_GROUPED_AMOUNT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
#: A generation by its decade ("ca sĩ 8x", "thế hệ 9X"), left by the multiplier rule: the x is said, "ích".
_GENERATION_RE = re.compile(r"(?<![\w.,])([5-9]|0)[xX](?![\w]|[.,]\d)")
_GENERATION_HINT_RE = re.compile(r"[05-9][xX]")  # a fast scan before the pattern
#: An area or a volume without its number, as a column's heading or a rate's unit writes it: "Mật độ (m2/con)",
#: "(km2)", "khối lượng m3/ngày" (before a slash or a pause; "chip M2" has a capital).
_BARE_POWER_UNIT_RE = re.compile(
    r"(?<![\w.,/-])((?:k|c|d|m)?m[23²³])(?:[ \t]*(/)[ \t]*"
    rf"(?=[^\W\d_])(?:({PER_UNIT_KEYS}|L)(?=/[^\W\d_]))?|(?=[ \t]*(?:[),;:]|$)))",  # "m²/L/lớp": a chain of units
    re.MULTILINE,
)
_BARE_POWER_UNIT_HINT_RE = re.compile(r"m[23²³](?!\w)")
#: A range's first end written with a dot, its second with a comma ("34.10– 34.70 triệu đồng" once the second is
#: read as a decimal before its scale): the dot is a decimal point too.
_DOT_BESIDE_COMMA_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,])(\d{1,3})\.(\d{1,2})(?=[ \t]+(?:đến|tới)[ \t]+\d{1,3},\d{1,2}(?![\d.,]))"
)


#: Lengths multiplied without their numbers, as a size's heading writes them: "Kích thước (mm x mm)", "(cm x cm x
#: cm)" are "mi li mét nhân mi li mét"; letters ("D x R x C") are no units.
_LENGTH_KEYS = alternation([k for k, v in tables.UNITS.items() if k.isascii() and k.islower() and v.endswith("mét")])
_BARE_LENGTHS_TIMES_RE = re.compile(rf"(?<![\w.,/])({_LENGTH_KEYS})((?:[ \t]+[x×][ \t]+(?:{_LENGTH_KEYS}))+)(?![\w²³])")


def _bare_lengths_times(m: re.Match[str]) -> str:
    keys = [m[1], *re.findall(r"[^\sx×]+", m[2])]
    return " nhân ".join(tables.UNITS[k] for k in keys)


#: A unit after a number said in words ("đồng một kg", "hàng trăm m3", "nửa kg"): found by the unit, the word before
#: it checked in Python.
#: Only the symbols the text holds, each led by its own letters, so the engine skips to them ("ha" starts "hai").
@functools.cache
def _word_counted_unit_re(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{led_by(list(keys))}(?<=[ \t])({alternation(list(keys))})(?![\w²³])")


_UNIT_NUMBER_WORDS = frozenset(tables.UNIT_NUMBER_WORDS)
#: The currency said twice, in words and in code: "5,28 triệu tỷ đồng VND" is read once.
_CURRENCY_TWICE_RE = re.compile(r"(?<=đồng)[ \t]+(?:VND|VNĐ)(?![\w])")
#: A minus sign before a temperature, a percent, points or an amount of money ("-2,5%", "-329,9 tỷ đồng", "-12 điểm",
#: "(-3.000đ)", "-500 VNĐ"); not after a number, where the dash is a range the earlier rules did not take.
_MINUS_UNIT = rf"[ \t]?(?:°|độ|%|(?:{SCALE}|điểm|đồng|đ|VNĐ|VND|USD|SD)(?![^\W\d_]))"
#: A minus before a number and its unit, or before the first end of a span whose second end carries the unit ("từ
#: -246 đến 121 độ C").
_MINUS_RE = re.compile(
    r"(?=[-−–])(?<![\w.,])(?<!\d[ \t])[-−–]"
    + rf"(?=\d[\d.,]*(?:{_MINUS_UNIT}|[ \t]+(?:đến|tới)[ \t]+[-−–]?\d[\d.,]*{_MINUS_UNIT}))"
)
#: A minus glued to a bare number after a word of score ("điểm -4", "tổng -3", "Hiệu số -3") or alone in brackets
#: ("là (-4)", which brackets have made "là, -4,"): a negative score; a dash after a number and a space stays a
#: span ("2025 -2030").
_SCORE_MINUS_RE = re.compile(r"(?<![\w.,])(?<!\d[ \t])[-−–](?=\d{1,3}(?![\d/:]|[.,]\d|[ \t]?[-−–]\d))")
_SCORE_MINUS_WORDS = frozenset(tables.SCORE_MINUS_WORDS)
#: A minus right after a comparison sign is a negative number: "< -2SD", "≥ - 2", "= -5".
_MINUS_AFTER_SIGN_RE = re.compile(r"(?<=[<>≤≥=])([ \t]*)[-−–][ \t]?(?=\d)")
_COMPASS_LETTERS = {"N": "độ vĩ Bắc", "S": "độ vĩ Nam", "E": "độ kinh Đông", "W": "độ kinh Tây"}
#: The Vietnamese letters of a position's minutes: "22°33′B" (Bắc), "106°20′Đ" (Đông), "T" (Tây).
_MINUTE_COMPASS_LETTERS = {**_COMPASS_LETTERS, "B": "độ vĩ Bắc", "Đ": "độ kinh Đông", "T": "độ kinh Tây"}
#: A position in degrees and minutes (and seconds): "9°53′", "105°51'", "16°27′36″".
_DEGREES_MINUTES_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w.,])(\d{1,3})(?:[ \t]?°|[ \t]độ)[ \t]?(\d{1,2})[ \t]?[′'’]"
    + r"(?:[ \t]?(\d{1,2}(?:[.,]\d+)?)[ \t]?(?:″|''|\"|”))?"
    + r"(?:[ \t]?([NSEWBĐT])(?!\w))?"  # a compass letter: "10°45'N", "22°33′B" are "vĩ Bắc"
)
#: A number with one dot before one or two digits and a unit: the dot is a decimal point ("561.5 ha", "3.75 km").
_POINT_DECIMAL_RE = re.compile(r"\d+\.\d{1,2}")
#: Grouped thousands ending in a dot before one or two digits and a unit ("5.325.87 ha"): the last dot was typed for
#: the decimal comma, so "năm nghìn ba trăm hai mươi lăm phẩy tám mươi bảy", not three numbers between "chấm"s.
_GROUPED_POINT_DECIMAL_RE = re.compile(r"(\d{1,3}(?:\.\d{3})+)\.(\d{1,2})")


#: A degree sign lost in copying turns "22°C" into "220C": after "nhiệt độ" (within a clause), a number of two or
#: three digits ending in 0 glued to a capital C is a temperature whose last 0 was the ring ("lớp 12C" stays a class).
_LOST_DEGREE_RE = re.compile(r"(?<![\w.,])(\d{1,2})0C(?!\w)")
_TEMPERATURE_BEFORE_RE = re.compile(r"(?i)nhiệt[ \t]+độ[^.;\n]{0,40}$")


def lost_degree_signs(text: str) -> str:
    """ "nhiệt độ từ 18 - 250C" is "18 - 25°C": the ring of a degree sign lost as a 0 before C.

    >>> lost_degree_signs("nhiệt độ từ 18 - 250C, lớp 12C; nhiệt độ 300C"), lost_degree_signs("lớp 120C")
    ('nhiệt độ từ 18 - 25°C, lớp 12C; nhiệt độ 30°C', 'lớp 120C')
    """
    if "0C" not in text or "độ" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 60) : m.start()]
        return f"{m[1]}°C" if _TEMPERATURE_BEFORE_RE.search(before) else m.group()

    return _LOST_DEGREE_RE.sub(one, text)


def degrees_minutes(text: str) -> str:
    """A position in degrees and minutes, read before quotes are taken out (a minute is often typed as "'").

    >>> degrees_minutes("vĩ độ 9°53′ Bắc, kinh độ 105°51' Đông, 16°27′36″; 35°C; 10°45'N")
    'vĩ độ 9 độ 53 phút Bắc, kinh độ 105 độ 51 phút Đông, 16 độ 27 phút 36 giây; 35°C; 10 độ 45 phút vĩ Bắc'
    >>> degrees_minutes("tọa độ 08 độ 00’N – 115 độ 19’E; 22°33′B; tăng 2 độ C")
    'tọa độ 08 độ 00 phút vĩ Bắc – 115 độ 19 phút kinh Đông; 22 độ 33 phút vĩ Bắc; tăng 2 độ C'
    """
    if "°" not in text and " độ " not in text:
        return text

    def position(m: re.Match[str]) -> str:
        spoken = f"{m[1]} độ {m[2]} phút" + (f" {m[3]} giây" if m[3] else "")
        if m[4]:
            return f"{spoken} {_MINUTE_COMPASS_LETTERS[m[4]].removeprefix('độ ')}"
        return spoken + " " if m.string[m.end() : m.end() + 1].isalnum() else spoken  # "10°45'N"

    return _DEGREES_MINUTES_RE.sub(position, text)


_COMPASS = r"(?:vĩ|kinh)[ \t]+(?:độ[ \t]+)?(?:bắc|nam|đông|tây)(?!\w)"
#: A latitude or longitude in decimal degrees: "14.916 Vĩ Bắc", "108.220 độ kinh Đông", "vĩ độ 21.03"; the second of
#: a pair may follow the first's compass word with a bare comma ("độ vĩ Bắc,108.055 độ kinh Đông").
_COORDINATE_RE = re.compile(
    r"(?i)(?:(?<=vĩ độ )|(?<=kinh độ )|(?<=vĩ độ: )|(?<=kinh độ: )"
    r"|(?<![\w.])(?<!\d,)(?=\d+\.\d+[ \t]*(?:°|độ)?[ \t]*" + _COMPASS + r"))(\d{1,3})\.(\d{1,6})(?!\d|[.,]\d)"
)


#: A pair of decimal degrees after "tọa độ": "tọa độ 21.028, 105.854".
_COORDINATE_PAIR_RE = re.compile(
    r"(?i)(?<=tọa độ)(:?[ \t]+)(\d{1,3})\.(\d{1,6})([ \t]*[,;][ \t]*)(\d{1,3})\.(\d{1,6})(?!\d|[.,]\d)"
)
#: Decimal degrees with a compass letter: "14.916°N", "108,2°E".
_COMPASS_LETTER_RE = re.compile(r"(?<![\w.,])(\d{1,3})(?:[.,](\d{1,6}))?[ \t]?°[ \t]?([NSEW])(?![\w'′])")


#: "Nước mắm có độ đạm 30–40°N": after these words an "N" of degrees is the sauce's protein, "độ đạm".
_PROTEIN_WORDS = frozenset(tables.PROTEIN_DEGREE_WORDS)


def _compass_letter(m: re.Match[str]) -> str:
    whole, decimals, letter = m.groups()
    protein = letter == "N" and mentions(m.string, m.start(), _PROTEIN_WORDS, 8)
    return f"{whole}{',' + decimals if decimals else ''} {'độ đạm' if protein else _COMPASS_LETTERS[letter]}"


#: A screen's size in inches written with a mark after its number: "10”", "11.6″", "6.1\"" (not arc seconds "30′30″").
_INCH_MARK_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,′'°])(\d{1,3}(?:[.,]\d)?)[ \t]?([”″\"])(?![\w\d])")
_INCH_MARK_HINT_RE = re.compile(r"\d[ \t]?[”″\"]")  # a digit before the mark: a fast scan
_SCREEN_SIZE_WORDS = frozenset(tables.SCREEN_SIZE_WORDS)
#: "cự ly 21K", "qua mốc 8K, 15K": a running race's distance, said "ca".
_RACE_DISTANCE_WORDS = frozenset(tables.RACE_DISTANCE_WORDS)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?\n]")


def _in_a_race(text: str, pos: int) -> bool:
    """A race word among the six words before ``pos`` in its clause: "qua mốc 8K, 15K" (not "cự ly 5K; giá 15K")."""
    start = max(0, pos - 60)
    clause = _CLAUSE_BREAK_RE.split(text[start:pos])[-1]
    return mentions(clause, len(clause), _RACE_DISTANCE_WORDS, 6)


_GOLD_WORDS = frozenset(tables.GOLD_PURITY_WORDS)
_KARATS = frozenset({"9", "10", "14", "18", "22", "24"})


def _karats(text: str, pos: int, number: str) -> bool:
    """A karat count (9, 10, 14, 18, 22, 24) within three words after a word of gold: "vàng 24K", not 24 thousand."""
    return number in _KARATS and mentions(text, pos, _GOLD_WORDS, 3)


#: A screen's resolution between two whole ones, before a capital K: "1,5K", "2.5K".
_RESOLUTION_RE = re.compile(r"\d[.,]5")


def inch_marks(text: str) -> str:
    """An inch mark after a number is "inch"; a curly or straight quote closing an open quotation stays a quote.

    >>> inch_marks('kích thước 10”, 11.6”, 12.3” hay 21”; 13.3” ~ 17.3”; TV 55″; màn hình 6.1" OLED')
    'kích thước 10 inch, 11.6 inch, 12.3 inch hay 21 inch; 13.3 inch ~ 17.3 inch; TV 55 inch; màn hình 6.1 inch OLED'
    >>> inch_marks('“Hội xuân Quý Mão 2023” diễn ra; "Năm 2020" là; 21°02′30″ Bắc; cao 5" nữa')
    '“Hội xuân Quý Mão 2023” diễn ra; "Năm 2020" là; 21°02′30″ Bắc; cao 5" nữa'
    """
    if not _INCH_MARK_HINT_RE.search(text):
        return text

    def inch(m: re.Match[str]) -> str:
        mark = m[2]
        before = m.string[: m.start()]
        if mark == "”" and before.rfind("“") > before.rfind("”"):
            return m.group()  # closes “…2023”
        if mark == '"' and (before.count('"') % 2 or not mentions(m.string, m.start(), _SCREEN_SIZE_WORDS, 6)):
            return m.group()
        return f"{m[1]} inch"

    return _INCH_MARK_RE.sub(inch, text)


#: A pipe's nominal diameter: "DN100PVC", "DN 150", "D110", "Ø90" (the material's letters glued after stay).
#: A bare "D" or "Φ" needs two digits ("D3" in "vitamin D3" is no pipe), as its one-digit sizes are never read.
_PIPE_SIZE_RE = re.compile(
    r"(?<![\w.,/-])(DN|(?:D|[Φφ])(?=[ \t]?\d\d)|[Øø])[ \t]?(\d{1,4})(?=[A-Z]{2,}|[^\w.,]|[.,](?!\d)|$)"
)
_PIPE_SIZE_HINT_RE = re.compile(r"(?:DN|[Øø])[ \t]?\d|(?:D|[Φφ])[ \t]?\d\d")  # the letters or sign, then digits
_PIPE_WORDS = frozenset(tables.PIPE_WORDS)
_PIPE_LETTERS = {"DN": "đê en", "D": "đê"}


def pipe_sizes(text: str) -> str:
    """A pipe's size: "DN" is "đê en" (not "doanh nghiệp"), "Ø" is "phi"; a spaced "DN 150" or a bare "D110"
    is one only after a word of pipes.

    >>> pipe_sizes("các DN 100 triệu; D1; tuyến ống DN100PVC đường; lắp ống DN 150 và D110 HDPE; ống nhựa Ø90")
    'các DN 100 triệu; D1; tuyến ống đê en 100 PVC đường; lắp ống đê en 150 và đê 110 HDPE; ống nhựa phi 90'
    >>> pipe_sizes("van DN8 và DN10; thép Ø6; nhóm DN2 mới; ống D5")
    'van đê en 8 và đê en 10; thép phi 6; nhóm DN2 mới; ống D5'
    """
    if not _PIPE_SIZE_HINT_RE.search(text):
        return text

    def size(m: re.Match[str]) -> str:
        letters, number = m.groups()
        glued = m.group()[len(letters)].isdigit()
        if (
            len(number) == 1
            and letters not in "Øø"
            and not (letters == "DN" and mentions(m.string, m.start(), _PIPE_WORDS, 6))
        ):
            return m.group()  # one digit is a size only as "Ø6", or "DN8" after a word of pipes
        if letters in _PIPE_LETTERS and not (
            (letters == "DN" and glued) or mentions(m.string, m.start(), _PIPE_WORDS, 6)
        ):
            return m.group()
        spoken = f"{_PIPE_LETTERS.get(letters, 'phi')} {number}"
        return spoken + (" " if m.string[m.end() : m.end() + 1].isalpha() else "")

    return _PIPE_SIZE_RE.sub(size, text)


def coordinates(text: str) -> str:
    """A latitude or longitude in decimal degrees takes a decimal dot, not a thousands dot.

    >>> coordinates("tại 15.120 Vĩ Bắc-107.455 Kinh Đông; 9.5 độ vĩ Nam; vĩ độ 20.75; 1.500 người; dân số 2.500")
    'tại 15,120 Vĩ Bắc-107,455 Kinh Đông; 9,5 độ vĩ Nam; vĩ độ 20,75; 1.500 người; dân số 2.500'
    >>> coordinates("(15.259 độ vĩ Bắc,108.055 độ kinh Đông); giá 1,5.500 vĩ bắc")
    '(15,259 độ vĩ Bắc, 108,055 độ kinh Đông); giá 1,5.500 vĩ bắc'
    >>> coordinates("tọa độ 21.028, 105.854; tâm ở 14.9°N, 108.2°E; 35°C; tọa độ 1.500 hộ")
    'tọa độ 21,028, 105,854; tâm ở 14,9 độ vĩ Bắc, 108,2 độ kinh Đông; 35°C; tọa độ 1.500 hộ'
    >>> coordinates("Nước mắm có độ đạm từ 30–40°N"), coordinates("Tâm bão ở vĩ độ 20°N")
    ('Nước mắm có độ đạm từ 30–40 độ đạm', 'Tâm bão ở vĩ độ 20 độ vĩ Bắc')
    """
    if "°" in text:
        text = _COMPASS_LETTER_RE.sub(_compass_letter, text)
    if "." not in text:
        return text
    lowered = text.lower()
    if "tọa độ" in lowered:
        text = _COORDINATE_PAIR_RE.sub(r"\1\2,\3\4\5,\6", text)
    if "vĩ" not in lowered and "kinh" not in lowered:
        return text
    return _COORDINATE_RE.sub(_decimal_degrees, text)


def _decimal_degrees(m: re.Match[str]) -> str:
    """ "108.055" → "108,055", spaced from a comma glued before it ("Bắc,108.055")."""
    return f"{' ' if m.string[m.start() - 1 : m.start()] == ',' else ''}{m[1]},{m[2]}"


#: "38 0C": a zero typed for the degree sign (a superscript "o" the page lost) before C or F.
_ZERO_DEGREE_RE = re.compile(r"[ \t]0(?<=\d[ \t]0)(?=[CF](?!\w))")


#: "100.000m 2", "1.500 m 3 /ngày": a square or cubic metre whose superscript the page lost to a space.
_LOST_SUPERSCRIPT_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d[ \t]))((?:k|c|d|m)?m)[ \t]([23])(?!\w|[.,]\d|[ \t]*[-–/]?[ \t]*\d"
    + rf"|[ \t]+(?:{alternation([*tables.RANGE_COUNTER_WORDS, 'bên', 'chiều', 'cái', 'chiếc'])})(?!\w))"
)
#: A lost superscript's shape, found by its "m" first (a fast scan).
_LOST_SUPERSCRIPT_HINT_RE = re.compile(r"m[ \t][23]")
#: "5,2 mmol/L", "mg/L": a capital L after a small unit's slash is litres ("size S/M/L" is not).
_PER_LITRE_RE = re.compile(r"(?:(?<=[a-zµμ])|(?<=ế))/L(?![\w²³])")  # "40 IU/L": "đơn vị quốc tế trên lít"
_LAB_UNIT_ALONE_HINT_RE = re.compile(r"/(?:dL|dl|L|l|mL|ml)(?![\w²³])")  # the volume after the slash: a fast scan
#: A laboratory unit named alone before its volume: "bằng đơn vị mg/dL hoặc mmol/L" ("mi li gam trên đề xi lít").
_LAB_UNIT_ALONE_RE = re.compile(
    rf"(?<![\w/.,])({alternation(list(tables.LAB_UNITS))})(?=/(?:dL|dl|L|l|mL|ml)(?![\w²³]))"
)
#: A unit's symbol in brackets (commas by now) right after its name: "70.000 mét vuông (m2)" says the unit once.
_NAMED_UNITS = {k: v for k, v in tables.UNITS.items() if len(k) > 1 and any(c.islower() for c in k) and k != v}
_SYMBOL_AFTER_NAME_RE = re.compile(
    rf"(?<![^\W\d_])({alternation(sorted(set(_NAMED_UNITS.values())))})[ \t]*,[ \t]*({alternation(list(_NAMED_UNITS))})"
    r"(?=[ \t]*,)"
)
#: The symbol between commas that every name-then-symbol holds, found comma first (a fast scan).
_SYMBOL_IN_COMMAS_RE = re.compile(rf",[ \t]*(?:{alternation(list(_NAMED_UNITS))})(?=[ \t]*,)")
_COUNTED_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.WHOLE_COUNT_NOUNS))})(?![^\W\d_])")
_TIMES_RE = re.compile(r"(?<=\d)[ \t]?[x×][ \t]?(?=\d)")
#: A number with an x glued after it and nothing after the x is a multiplier: "zoom 5X", "tăng 3x", "tốc độ 1.5x".
_MULTIPLIER_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d+(?:[.,]\d+)?)[xX×](?![\w]|[.,]\d)")
#: A small x or a times sign before a number is "nhân": "x2 điểm thưởng", "tốc độ x1.5" (a capital X before a digit
#: names a model: "BMW X5").
_TIMES_BEFORE_RE = re.compile(r"(?<![\w.,])[x×](\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)")
_MULTIPLIER_SPAN_RE = re.compile(r"(?<=\d) lần[ \t]?[-–][ \t]?(?=\d+(?:[.,]\d+)? lần)")
#: A shutter speed: "1/8000s" is one eight-thousandth of a second ("1 phần 8000 giây").
_SHUTTER_RE = re.compile(r"(?<![\w/.,])1/(\d{1,5})s(?!\w)")
#: An aperture's f-number: "f/1.8", "f/2,8" is "ép một phẩy tám", never "f trên một chấm tám"; a zoom's span of
#: them, "f/1.4-4.0", is "ép một phẩy bốn đến bốn phẩy không".
_APERTURE_RE = re.compile(
    r"(?<![\w/])[fF]/(\d{1,2})(?:[.,](\d))?(?:[ \t]?[-–][ \t]?(\d{1,2})(?:[.,](\d))?)?(?![\w/-]|[.,]\d)"
)


def _aperture(m: re.Match[str]) -> str:
    """ "f/1.8" → "ép 1,8"; "f/1.4-4.0" → "ép 1,4 đến 4,0".

    >>> _APERTURE_RE.sub(_aperture, "f/1.8, f/2,8; f/1.4-4.0; f/2.8-4; f/16")
    'ép 1,8, ép 2,8; ép 1,4 đến 4,0; ép 2,8 đến 4; ép 16'
    """
    spoken = f"ép {m[1]}" + (f",{m[2]}" if m[2] else "")
    return spoken + (f" đến {m[3]}" + (f",{m[4]}" if m[4] else "") if m[3] else "")


#: A processor's model: a number of four or five digits with up to three capitals glued after it ("7840HS").
_MODEL_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d{4,5})([A-Z]{1,3})(?![\w.,]\d|\w)")
_PROCESSOR_WORDS = frozenset(tables.PROCESSOR_WORDS)
_MULTIPLIER_WORDS = frozenset(tables.MULTIPLIER_WORDS)
#: A pack of packs: "Hộp 5 Vỉ x 10 Viên", "3 thùng x 24 lon" (a spaced x between two counted nouns).
_COUNT_TIMES_RE = re.compile(r"(?<![\w.,])(\d[\d.,]*[ \t]+[^\W\d_]+)[ \t]+[x×][ \t]+(?=\d[\d.,]*[ \t]+[^\W\d_])")
#: An x or a times sign with a digit right before it or after it past spaces, as every pattern of the multiplying
#: block needs: found by the x first (a fast scan).
_X_BY_DIGIT_RE = re.compile(r"[xX×](?:(?<=\d[xX×])|(?=[ \t]*\d))")
_UNIT_TIMES_RE = re.compile(rf"(\d[ \t]?(?:{alternation(UNIT_KEYS)}))[ \t]*[x×][ \t]*(?=\d)")

#: A small x or a times sign standing alone between a term and a number is "nhân", as a formula writes it: "[Điểm thi]
#: x 3", "(môn 1 + môn 2) x 3/4", "2,34 triệu đồng x 6" (a capital X names a model: "BMW X 5"; after a digit, a size
#: is read later: "(10 x 30 x 60)cm").
_SPACED_TIMES_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[\])%]))[ \t]+[x×][ \t]+(?:(\d+)/(\d+)(?![\w/]|[.,]\d)|(?=\d))")
_SPACED_TIMES_HINT_RE = re.compile(r"[x×][ \t]+\d")

_CLOCK_SPEED_AHEAD_RE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?[ \t]?[GM]Hz(?!\w)")


def _multiplier(m: re.Match[str]) -> str:
    """ "tăng 3x" is "3 lần"; after a foreign name in capitals the X is the model's ("Nexus 5X")."""
    if len(m[1]) == 3 and m[1][:2] in ("19", "20"):
        return m.group()  # "199x": a decade, no multiplier
    if _CLOCK_SPEED_AHEAD_RE.match(m.string, m.end()):
        return f"{m[1]} nhân"  # "1x 3.2 GHz": a processor's cores, counted ("một nhân")
    if m[1] in ("6", "7", "8", "9", "10") and not mentions(m.string, m.start(), _MULTIPLIER_WORDS, 4):
        return m.group()  # "thế hệ 8x", "các bạn 9X", "10X": a generation, no multiplier
    before = WORD_RE.findall(m.string[max(0, m.start() - 30) : m.start()])
    if before and before[-1][:1].isupper() and not is_pronounceable(before[-1]):
        return m.group()
    return f"{m[1].replace('.', ',')} lần"


#: Millions and hundreds of thousands in shorthand: "1tr5" is "một triệu năm" (1,5 million), "2tr3" "hai triệu ba".
_MILLIONS_SHORTHAND_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d{1,3})tr(\d{1,3})(?!\w|[.,]\d)")
#: Minutes in forum shorthand after a word of duration: "khoảng 20p", "tầm 15p" ("1080p" is a video's lines).
_INFORMAL_MINUTES_RE = re.compile(
    r"(?i:(?<![^\W\d_])(khoảng|tầm|chừng|mất|chờ|đợi|gần|hơn))([ \t]+)(\d{1,3})p(?![\w.])"
)
#: A hotel's class: "Tiêu chuẩn: 4*", "khách sạn 5*" (never a product: "5*3" is followed by its second factor).
_HOTEL_STARS_RE = re.compile(r"(?<![\w.,*])([1-5])\*(?![\w*(]|[ \t]*[\d(])")


def hotel_stars(text: str) -> str:
    """A hotel's class in stars, before brackets and operators are read.

    >>> hotel_stars("Tiêu chuẩn: 4*. Khách sạn 5* gần biển; 5*3 = 15; cột 3*(cột 4 + cột 5)")
    'Tiêu chuẩn: 4 sao. Khách sạn 5 sao gần biển; 5*3 = 15; cột 3*(cột 4 + cột 5)'
    """
    return _HOTEL_STARS_RE.sub(r"\1 sao", text) if "*" in text else text


#: Letters glued after a number that are no unit of the table: seconds or a decade ("1s", "những năm 80s"), an English
#: ordinal ("phút thứ 65th"), a letter o for the degree sign ("26 o C", "45o") and "%o" for per mille.
_NUMBER_SUFFIX_RE = re.compile(
    DIGIT_FIRST
    # "Smith-9th Street": an English ordinal after a hyphen (but "GPT-4o" is a model's name)
    + r"(?:(?<![\w.,-])|(?<=[^\W\d_]-)(?=\d+(?:st|nd|rd|th)(?!\w)))(?:(\d{1,2})m(?=\d{1,2}[.,]\d{1,3}s(?!\w)))?"
    r"(\d+(?:[.,]\d+)?)"  # "GPT-4o" is a model's name
    r"(?:(s|st|nd|rd|th)|[ \t]?o(?:[ \t]?([CF]))?|(%o))(?!\w)"
)
_DECADE_WORDS = ("năm", "những năm", "thập niên", "thập kỷ")
#: A month named before an English ordinal ("Tháng Mười 17th", "tháng 3 5th"): a localised blog date.
_MONTH_BEFORE_RE = re.compile(
    r"(?<!\w)(?i:tháng)[ \t]+(?i:\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:[ \t]+(?:một|hai))?|giêng|chạp)"
    r"[ \t]+$"
)
_SECONDS_LEAD_WORDS = frozenset(tables.SECONDS_LEAD_WORDS)
#: A name before the number makes it a model's ("iPhone 6s", "Galaxy S 5s"): a word with a capital inside it, or a
#: capitalised word after a lower-case one (a sentence's first word, "Trong 5s", is no name).
_CAPITALISED_WORD_BEFORE_RE = re.compile(
    r"(?:[^\W\d_]+[A-Z]|(?<=[a-zà-ỹ][ \t])[A-Z]|(?<=[a-zà-ỹ][ \t])[A-Z][^\W\d_]*[A-Z])[^\W\d_]*[ \t]+$"
)


#: A lone small "s" spaced after a number is seconds ("chỉ trong 1 – 3 s", "phản hồi 5 s"): glued, it may be a
#: model's letter or a decade ("iPhone 6s", "80s") and needs a word that asks for a time; spaced, only a name before
#: the number makes it a letter ("iPhone 6 s").
_SPACED_SECONDS_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \t]s(?![\w'’&-])")


def _spaced_seconds(m: re.Match[str]) -> str:
    if _CAPITALISED_WORD_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start()):
        return m.group()
    return f"{m[1]} giây"


def spaced_seconds(text: str) -> str:
    """A small "s" spaced after a number is seconds, before a range reads its dash.

    >>> spaced_seconds("chỉ trong 1 – 3 s; phản hồi 5 s; mẫu Xperia 5 s; 3 s/lần")
    'chỉ trong 1 – 3 giây; phản hồi 5 giây; mẫu Xperia 5 s; 3 giây/lần'
    """
    return _SPACED_SECONDS_RE.sub(_spaced_seconds, text) if " s" in text else text


#: "Intel 5th Generation", "Core 12th Gen": the generation's rank, said "thế hệ thứ năm".
_GENERATION_ORDINAL_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,-])(\d{1,2})(?:st|nd|rd|th)[ \t]+(?:Gen|GEN|gen)(?:eration|ERATION)?(?!\w)"
)
#: The ranks a number does not say itself after "thứ" ("thứ nhất", "thứ tư").
_SAID_RANKS = {"1": "nhất", "4": "tư"}


def _rank(number: str) -> str:
    return f"thứ {_SAID_RANKS.get(number, number)}"


def _english_ordinal(number: str) -> str:
    n = int(number)
    return "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _number_suffix(m: re.Match[str]) -> str:
    minutes, number, letters, scale, per_mille = m.groups()
    if per_mille:
        return f"{number}‰"
    if minutes:
        return f"{minutes} phút {number.replace('.', ',')} giây"  # "1m20,718s": a lap of one minute and 20,718 s
    if letters == "s" and ("," in number or number.startswith("0.")):
        return f"{number} giây"  # "0,01s", "9,58s": a fraction of a second is no model's name, whatever precedes it
    after_name = _CAPITALISED_WORD_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start())
    if letters == "s":
        if preceded_by(m.string, m.start(), _DECADE_WORDS, 2):
            return number  # "những năm 80s" is the eighties
        if after_name or not preceded_by(m.string, m.start(), _SECONDS_LEAD_WORDS, 2):
            return m.group()  # "iPhone 6s" is a model
        return f"{number} giây"
    if letters:
        if "," in number or "." in number or letters != _english_ordinal(number):
            return m.group()
        if _MONTH_BEFORE_RE.search(m.string, max(0, m.start() - 20), m.start()):
            return f"ngày {number}"  # "Tháng Mười 17th, 2023": a blog's date, its day after the month
        return number if preceded_by(m.string, m.start(), ("thứ",), 1) else _rank(number)
    if after_name or "," in number:
        return m.group()
    if scale is None and ("." in number or int(number) > 360):
        return m.group()  # "Top 10o"?: only a plain angle takes a bare letter o; "1.400oC", "37.5oC" are temperatures
    return f"{number}°{scale or ''}"


#: Seconds after minutes written with a decimal point ("1 phút 30.424 giây"): a lap's time, never thousands.
_LAP_SECONDS_RE = re.compile(r"(?<=phút )(\d{1,2})\.(\d{1,3})(?=[ \t]?giây(?!\w))")
#: A level out of a full level, both with a decimal point ("cao trình 62.12/70.00m"): decimals, no version's dots
#: (two days and months, "12.10/13.10", are left to the date rules, and three digits after a dot are thousands).
_DOT_DECIMAL_PAIR_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,/])(\d{1,4})\.(\d{1,2})/(\d{1,4})\.(\d{1,2})(?![\d/]|[.,]\d)"
)
#: An acidity with a decimal point ("pH 5.5", "pH: 6.8", "pH=7.2") is a decimal, "năm phẩy năm", no version's dot.
_PH_DECIMAL_RE = re.compile(r"(?<![\w])(pH[ \t]*[:=]?[ \t]*\d{1,2})\.(\d{1,2})(?![\d]|[.,]\d)")
#: The acidity itself is spelled by its letters, "pê hát".
_PH_RE = re.compile(r"(?<![\w])pH(?![\w])")


#: The currency said after the amount as well ("$20,000 đô la", "$5 triệu USD"): it is said once, there.
_DOLLARS_AHEAD_RE = re.compile(r"[ \t]*(?:đô la|đô|USD)(?!\w)")


_SCALE_LETTERS = {"m": " triệu", "bn": " tỷ", "b": " tỷ", "k": " nghìn"}
#: What each pattern of :func:`units` below needs, found by a fast scan before it runs: a number glued to "tr" and
#: digits, to a "p", to the letters of a suffix, a minus before a digit, a currency before a number, a model's capital.
_MILLIONS_HINT_RE = re.compile(r"tr(?<=\dtr)\d")
_MINUTES_HINT_RE = re.compile(r"p(?<=\dp)")
_SUFFIX_HINT_RE = re.compile(r"\d(?:s|nd|rd|th|[ \t]?o|%o)")
_MINUS_HINT_RE = re.compile(r"[-−–]\d")
_PREFIX_CURRENCY_HINT_RE = re.compile(rf"(?:{alternation(list(tables.PREFIX_CURRENCY))})[ \t]?\d")
_MODEL_HINT_RE = re.compile(r"\d[A-Z]")


def _dot_decimal_pair(m: re.Match[str]) -> str:
    if valid_day_month(m[1], m[2]) and valid_day_month(m[3], m[4]):
        return m.group()
    return f"{m[1]},{m[2]}/{m[3]},{m[4]}"


def _score_minus(m: re.Match[str]) -> str:
    # brackets have become commas by now: "là (-4)." is "là, -4,."
    bracketed = m.string[max(0, m.start() - 2) : m.start()] == ", " and re.match(r"\d+,", m.string[m.end() :])
    return "âm " if bracketed or preceded_by(m.string, m.start(), _SCORE_MINUS_WORDS, 3) else m.group()


def _prefix_currency(m: re.Match[str]) -> str:
    amount = m.group(2)
    if m.group(1) in ("VND", "VNĐ") and not (_GROUPED_AMOUNT_RE.fullmatch(amount) or m.group(3)):
        return m.group()  # "tiền VND 1 tháng": the deposit's term, no amount of đồng
    if _POINT_DECIMAL_RE.fullmatch(amount):
        amount = amount.replace(".", ",")  # "$99.99", "$1.5bn": a decimal point, no grouping of thousands
    if m.group(4):
        amount += _SCALE_LETTERS[m[4]]
    if m.group(1) == "$" and _DOLLARS_AHEAD_RE.match(m.string, m.end()):
        return f"{amount}{m.group(3)}"
    glued = " " if m.string[m.end() : m.end() + 1].isalpha() else ""  # "$0Là": the word after keeps its own
    return f"{amount}{m.group(3)} {tables.PREFIX_CURRENCY[m.group(1)]}{glued}"


#: A unit capitalised or in capitals after a number ("80 Km", "5 KG", "20 Ha", "50 M2"), not a milestone's "Km 15";
#: or after a slash that follows a small letter ("60 tạ/Ha", "5 tấn/HA").
_CASED_UNIT_RE = re.compile(
    rf"(?:(\d[ \t]?)|(?<=[^\W\d_]/))({alternation(list(tables.UNITS_ANY_CASE))})(?![\w²³]|[ \t]?\d|[.,]\w)"
)
_CASED_UNIT_FIRSTS = "".join(sorted({k[0] for k in tables.UNITS_ANY_CASE}))
#: the unit's first capital, then a look back for the digit or slash before it (a fast scan)
_CASED_UNIT_HINT_RE = re.compile(
    rf"[{_CASED_UNIT_FIRSTS}](?:(?<=[\d/][{_CASED_UNIT_FIRSTS}])|(?<=[\d/][ \t][{_CASED_UNIT_FIRSTS}]))"
)


def _cased_unit(m: re.Match[str]) -> str:
    if m[1] is None and not m.string[m.start() - 2].islower():
        return m.group()  # "QĐ/HA": a code's part, not a unit after a unit
    if m[2] == "Đ" and (m[1] is None or not m.string[max(0, m.start() - 2) : m.start() + 1].isdigit()):
        return m.group()  # "150.000Đ" is a price; "2N1Đ" is a night (đêm), "7 Đ/C" seven comrades
    return (m[1] or "") + m[2].lower()


def cased_units(text: str) -> str:
    """A unit written capitalised or in capitals after a number is the same unit, in the case the unit rules know.

    >>> cased_units("bờ biển dài 80 Km, nặng 5 KG, 20 Ha lúa, 50 M2 sàn, dài 15Km; tại Km 15+500; 5 M; 3 MB")
    'bờ biển dài 80 km, nặng 5 kg, 20 ha lúa, 50 m2 sàn, dài 15km; tại Km 15+500; 5 M; 3 MB'
    >>> cased_units("giá 25.000 Đ/kg, 150.000Đ; 60 Tạ/Ha, 5 tấn/HA, 60 KM/H; số 12/QĐ/HA; gồm 7 Đ/C; tour 2N1Đ")
    'giá 25.000 đ/kg, 150.000đ; 60 Tạ/ha, 5 tấn/ha, 60 km/h; số 12/QĐ/HA; gồm 7 Đ/C; tour 2N1Đ'
    """
    if not _CASED_UNIT_HINT_RE.search(text):
        return text
    return _CASED_UNIT_RE.sub(_cased_unit, text)


_STEEL_GRADES = frozenset(tables.STEEL_GRADES)


def _lettered_grade(text: str, pos: int, number: str) -> bool:
    """ "thép không gỉ 316L", "đường băng 25L": the L names a steel grade or a runway's side, not litres; a tank's
    round volume stays litres ("bồn inox 500L").

    >>> _lettered_grade("Inox 316L", 5, "316"), _lettered_grade("bồn inox 500L", 9, "500")
    (True, False)
    >>> _lettered_grade("đường băng 25L", 11, "25"), _lettered_grade("chai 5L", 5, "5")
    (True, False)
    """
    if not mentions(text, pos, _LETTER_GRADE_WORDS, 3):
        return False
    if len(number) == 3:
        return number in _STEEL_GRADES  # AISI grades 304, 316, 904 (drums hold 220, bins 240 litres)
    return len(number) <= 2 and int(number) <= 36 and mentions(text, pos, _RUNWAY_WORDS, 3)


def units(text: str) -> str:
    """Units, currencies and percent after a number, and after a slash ("đồng/m2").

    >>> print(units("35,5 km, 26 m, 45 m2, 15.000đ, 1,2 tỷ USD, 65,3%, 50 MW, 75 triệu kWh, 60 km/h, "
    ...       "-5°C, $20, USD 100, cao 1m70, tăng trưởng -2,5%; ròng -329,9 tỷ đồng, -12 điểm; 2006 -2010; +/-5 điểm"))
    35,5 ki lô mét, 26 mét, 45 mét vuông, 15.000 đồng, 1,2 tỷ đô la Mỹ, 65,3 phần trăm, 50 mê ga oát, 75
    triệu ki lô oát giờ, 60 ki lô mét trên giờ, âm 5 độ xê, 20 đô la, 100 đô la Mỹ, cao 1 mét 70, tăng
    trưởng âm 2,5 phần trăm; ròng âm 329,9 tỷ đồng, âm 12 điểm; 2006 -2010; ±5 điểm
    >>> units("chiều cao/tuổi < -2SD, ≥ - 2SD, từ -2SD đến +2SD")
    'chiều cao/tuổi < âm 2SD, ≥ âm 2SD, từ âm 2SD đến +2SD'
    >>> units("£137m ($173m), $1.5bn, 3,5 triệu £, 250 £")
    '137 triệu bảng Anh (173 triệu đô la), 1,5 tỷ đô la, 3,5 triệu bảng Anh, 250 bảng Anh'
    >>> units("ở mức 34.10 đến 34.70 triệu đồng; từ 15.10 đến 20.10")
    'ở mức 34,10 đến 34,70 triệu đồng; từ 15.10 đến 20.10'
    >>> units("Intel 5th Generation, Core 12th Gen; lần 1st, hạng 4th, bản 2nd")
    'Intel thế hệ thứ 5, Core thế hệ thứ 12; lần thứ nhất, hạng thứ tư, bản thứ 2'
    >>> units("giá $99.99, €4.5, $1.500")
    'giá 99,99 đô la, 4,5 ơ rô, 1.500 đô la'
    >>> units("độ pH 5.5, pH: 6.8; nhiệt độ 37°c")
    'độ pê hát 5,5, pê hát: 6,8; nhiệt độ 37 độ xê'
    >>> units("sau Leclerc 0,01s; pole 1m20,718s; điểm -4, tổng -3, vòng đấu -2; nhiệm kỳ 2025 -2030")
    'sau Leclerc 0,01 giây; pole 1 phút 20,718 giây; điểm âm 4, tổng âm 3, vòng đấu âm 2; nhiệm kỳ 2025 -2030'
    >>> units("thời gian 1 phút 30.424 giây; mất 3.600 giây; cao trình 62.12/70.00m; ngày 12.10/13.10")
    'thời gian 1 phút 30,424 giây; mất 3.600 giây; cao trình 62,12/70,00 mét; ngày 12.10/13.10'
    >>> units("khoảng 20p là tới, video 1080p")
    'khoảng 20 phút là tới, video 1080p'
    >>> print(units("khoảng 2,37triệu USD, mưa 100mm/24h; triệu đồng mỗi m2; 5 tỷ đồng VND; 4.000mAh"))
    khoảng 2,37 triệu đô la Mỹ, mưa 100 mi li mét/24 giờ; triệu đồng mỗi mét vuông; 5 tỷ đồng; 4.000 mi li
    am pe giờ
    >>> print(units("vé 45K/vé, 3K lượt thích, 1,2M người, 200K; màn hình 4K, 8K HDR; 3M Việt Nam; MiG-29K"))
    vé 45 nghìn/vé, 3 nghìn lượt thích, 1,2 triệu người, 200 nghìn; màn hình 4K, 8K HDR; 3M Việt Nam; MiG-29K
    >>> print(units("màn hình LTPS 1,5K; màn hình 2.5K 120Hz; giá 1,5K/ly"))
    màn hình LTPS 1,5 ca; màn hình 2,5 ca 120 héc; giá 1,5 nghìn/ly
    >>> print(units("qua mốc 8K, 15K, 21K; cự ly 42K; giá 15K; đạt 20K lượt xem"))
    qua mốc 8 ca, 15 ca, 21 ca; cự ly 42 ca; giá 15 nghìn; đạt 20 nghìn lượt xem
    >>> units("sản phẩm 220V - 5W, nguồn 220 V; Top 3 V-League")
    'sản phẩm 220 vôn - 5 oát, nguồn 220 vôn; Top 3 V-League'
    >>> units("mức phạt VND 25.000.000 đối với; VND 2 triệu; tiền VND 1 tháng; nam ca sĩ 8x, thế hệ 9X; Nexus 5X")
    'mức phạt 25.000.000 đồng đối với; 2 triệu đồng; tiền VND 1 tháng; nam ca sĩ 8 ích, thế hệ 9 ích; Nexus 5X'
    >>> units("theo Phụ lục số 09-MP: Biên bản; camera 12-MP")
    'theo Phụ lục số 09-MP: Biên bản; camera 12 mê ga pixel'
    >>> units("theo mẫu số 2đ ban hành; giá 20.000đ")
    'theo mẫu số 2 đê ban hành; giá 20.000 đồng'
    >>> print(units("đường huyết 5,2 mmol/L, 7,8 mmol/l; áo S/M/L"))
    đường huyết 5,2 mi li mol trên lít, 7,8 mi li mol trên lít; áo S/M/L
    >>> print(units("bằng đơn vị mg/dL hoặc mmol/L; men gan 40 IU/L, 80 µmol/L"))
    bằng đơn vị mi li gam trên đề xi lít hoặc mi li mol trên lít; men gan 40 đơn vị quốc tế trên lít, 80 mi crô
    mol trên lít
    >>> print(units("70.000 mét vuông, m2, trở lên; 12,5 mét khối, m3, đến; 3 mét, km, và"))
    70.000 mét vuông, trở lên; 12,5 mét khối, đến; 3 mét, km, và
    >>> print(units("Mật độ, m2/con; Diện tích, km2, dân số; khối lượng m3/ngày; chip M2; A-m2"))
    Mật độ, mét vuông trên con; Diện tích, ki lô mét vuông, dân số; khối lượng mét khối trên ngày; chip M2; A-m2
    >>> print(units("159 mm x 73 mm; 3m x 4m; Kích thước, mm x mm; D x R"))
    159 mi li mét nhân 73 mi li mét; 3 mét nhân 4 mét; Kích thước, mi li mét nhân mi li mét; D x R
    >>> print(units("zoom quang học 5X, tăng 3x, tốc độ 1.5x; khẩu độ f/1.8, f/2,8, f/4"))
    zoom quang học 5 lần, tăng 3 lần, tốc độ 1,5 lần; khẩu độ ép 1,8, ép 2,8, ép 4
    >>> units("x2 điểm thưởng, tốc độ x1.5, zoom x10; BMW X5")
    'nhân 2 điểm thưởng, tốc độ nhân 1,5, zoom nhân 10; BMW X5'
    >>> units("điện thoại Nexus 5X; Tăng 3x; thập niên 199x; thế hệ 8x, 9X; zoom quang học 8x")
    'điện thoại Nexus 5X; Tăng 3 lần; thập niên 199x; thế hệ 8 ích, 9 ích; zoom quang học 8 lần'
    >>> units("màn trập 1/8000s, 1/2s")
    'màn trập 1 phần 8000 giây, 1 phần 2 giây'
    >>> print(units("thu phóng 2x-10x; bản 1TB, ổ 2 TB; Thông báo số 714-TB/TU, 03/TB-SNN"))
    thu phóng 2 lần đến 10 lần; bản 1 tê ra bai, ổ 2 tê ra bai; Thông báo số 714-TB/TU, 03/TB-SNN
    >>> print(units("Core i9 13900K; lương 1500K; 50 US cent, 5 US$"))
    Core i9 13900 ca; lương 1500 nghìn; 50 xen Mỹ, 5 đô la Mỹ
    >>> print(units("chip i7-13700H, Ryzen 7 7840HS, i5-1235U; phòng 2024HS"))
    chip i7-13700 hát, Ryzen 7 7840 hát ét, i5-1235 u; phòng 2024HS
    >>> print(units("màn hình 6.7-inch, 5,5-inch; 2-ha"))
    màn hình 6,7 inch, 5,5 inch; 2 héc ta
    >>> units("sữa ấm 37 – 38 0C; nước sôi 100 0C; 2 0")
    'sữa ấm 37 – 38 độ xê; nước sôi 100 độ xê; 2 0'
    >>> print(units("quy mô 100.000m 2 sàn; 500-600m 2, với; rộng 5m 2 bên; 3m 3; 1.500 m 3 /ngày"))
    quy mô 100.000 mét vuông sàn; 500-600 mét vuông, với; rộng 5 mét 2 bên; 3 mét khối; 1.500 mét khối /ngày
    >>> print(units("trẻ em dưới 1m2, cao 1m5, giá 20 triệu đồng/1m2, mỗi 1m2"))
    trẻ em dưới 1 mét 2, cao 1 mét 5, giá 20 triệu đồng/1 mét vuông, mỗi 1 mét vuông
    >>> units("rừng 5.325.87 ha, 1.200.5 m")
    'rừng 5.325,87 héc ta, 1.200,5 mét'
    >>> print(units("quy mô 561.5 ha, 1.500 ha; vé 50k/người, 5k/ly; màn hình 4k; phòng 3x4m, 1.440 x 2.560 pixel"))
    quy mô 561,5 héc ta, 1.500 héc ta; vé 50 nghìn/người, 5 nghìn/ly; màn hình 4k; phòng 3 nhân 4 mét, 1.440
    nhân 2.560 pixel
    """
    if "/" in text:
        text = _PER_HOURS_RE.sub(r"\1 giờ", text)
        text = _HOURS_PER_RE.sub(r"\1 giờ", text) if "h/" in text or "h /" in text else text
    if "/" in text and "." in text:
        text = _DOT_DECIMAL_PAIR_RE.sub(_dot_decimal_pair, text)
    if "phút" in text and "giây" in text:
        text = _LAP_SECONDS_RE.sub(r"\1,\2", text)
    if "pH" in text:
        text = _PH_RE.sub("pê hát", _PH_DECIMAL_RE.sub(r"\1,\2", text))
    if "tr" in text and _MILLIONS_HINT_RE.search(text):
        text = _MILLIONS_SHORTHAND_RE.sub(r"\1 triệu \2", text)
    if "p" in text and _MINUTES_HINT_RE.search(text):
        text = _INFORMAL_MINUTES_RE.sub(r"\1\2\3 phút", text)
    if "m " in text and _LOST_SUPERSCRIPT_HINT_RE.search(text):
        text = _LOST_SUPERSCRIPT_RE.sub(r"\1\2", text)
    text = _ZERO_DEGREE_RE.sub(" °", text) if " 0" in text else text
    if _SUFFIX_HINT_RE.search(text):
        if "en" in text or "EN" in text:
            text = _GENERATION_ORDINAL_RE.sub(lambda m: f"thế hệ {_rank(m[1])}", text)
        text = _NUMBER_SUFFIX_RE.sub(_number_suffix, text)
    if "+/-" in text:
        text = text.replace("+/-", "±")
    if _MINUS_HINT_RE.search(text):
        text = _MINUS_RE.sub("âm ", text)
        text = _SCORE_MINUS_RE.sub(_score_minus, text)
    if "<" in text or ">" in text or "≤" in text or "≥" in text or "=" in text:
        text = _MINUS_AFTER_SIGN_RE.sub(r"\1âm ", text)
    if _PREFIX_CURRENCY_HINT_RE.search(text):
        text = _PREFIX_CURRENCY_RE.sub(_prefix_currency, text)

    def unit(m: re.Match[str]) -> str:
        number, space, scale, key, centimetres = m.groups()
        counted = m.string.startswith("/", m.end()) or _COUNTED_AHEAD_RE.match(m.string, m.end())
        if key == "TB" and space not in ("", " "):
            return m.group()  # "714-TB/TU": a notice's code; "1TB", "2 TB" are terabytes
        if key in ("K", "M") and m.start() and m.string[m.start() - 1] in "-–":
            return m.group()  # "MiG-29K": a model's letter
        if key == "V" and m.string.startswith("-", m.end()):
            return m.group()  # "Top 3 V-League": a name, not volts
        if key == "L" and not space and not counted and _lettered_grade(m.string, m.start(), number):
            return f"{number} {spell(key)}"  # "thép không gỉ 316L", "đường băng 25L": a grade's or runway's letter
        if key == "K" and len(number) >= 4 and mentions(m.string, m.start(), _PROCESSOR_WORDS, 3):
            return m.group()  # "Core i9 13900K": a processor's letter, left to the model rule below
        if key == "K" and not counted and not space and _in_a_race(m.string, m.start()):
            return f"{number} ca"  # "cự ly 21K": a race of 21 kilometres, said by its letter
        if key in ("k", "K") and not counted and not space and _karats(m.string, m.start(), number):
            return f"{number} ca"  # "vàng 24K", "vàng trắng 18k": a gold's karats, said by the letter
        if (key in ("k", "K") and len(number) < 2 and not counted) or (key == "M" and not counted):
            return m.group()  # "màn hình 4k" is a resolution; "5k/ly", "50k", "3K lượt thích" are thousands
        resolution = key == "K" and not counted and not space and _RESOLUTION_RE.fullmatch(number)
        if resolution and mentions(m.string, m.start(), _SCREEN_SIZE_WORDS, 6):
            return f"{number.replace('.', ',')} ca"  # "màn hình 1,5K": a resolution between 1K and 2K
        if space == "-" and key.isupper() and preceded_by(m.string, m.start(), _FORM_NUMBER_WORDS, 3):
            return m.group()  # "Phụ lục số 09-MP": a form's code (mỹ phẩm), no megapixels
        if key == "đ" and not space and preceded_by(m.string, m.start(), _FORM_NUMBER_WORDS, 3):
            return f"{number} đê"  # "mẫu số 2đ": the form's letter
        if _POINT_DECIMAL_RE.fullmatch(number):
            number = number.replace(".", ",")
        elif grouped := _GROUPED_POINT_DECIMAL_RE.fullmatch(number):
            number = f"{grouped[1]},{grouped[2]}"
        if key in ("m2", "m3") and number == "1" and not space and mentions(m.string, m.start(), _HEIGHT_WORDS, 4):
            key, centimetres = "m", key[1]  # "trẻ em dưới 1m2": a height, one metre twenty
        return f"{number} {scale or ''}{tables.UNITS[key]}" + (f" {centimetres}" if centimetres else "")

    if "/" in text:
        text = _APERTURE_RE.sub(_aperture, text)
        text = _SHUTTER_RE.sub(r"1 phần \1 giây", text)
    if "x" in text or "X" in text or "×" in text:
        if _X_BY_DIGIT_RE.search(text):
            text = _MULTIPLIER_RE.sub(_multiplier, text)
        if " lần" in text:
            text = _MULTIPLIER_SPAN_RE.sub(" lần đến ", text)  # "thu phóng 2x-10x"
        if _X_BY_DIGIT_RE.search(text):
            text = _TIMES_BEFORE_RE.sub(lambda m: f"nhân {m[1].replace('.', ',')}", text)
            text = _TIMES_RE.sub(" nhân ", text)  # "phòng 3x4m", "1.440 x 2.560 pixel": a size is "nhân"
            text = _UNIT_TIMES_RE.sub(r"\1 nhân ", text)  # "158,2 mm x 72,6 mm"
        if " x " in text or " × " in text:
            text = _COUNT_TIMES_RE.sub(r"\1 nhân ", text)  # "Hộp 5 Vỉ x 10 Viên"
    text = _UNITS_RE.sub(unit, text)
    if "đến" in text or "tới" in text:
        text = _DOT_BESIDE_COMMA_RE.sub(r"\1,\2", text)  # "34.10 đến 34,70 triệu": one decimal mark, two keys
    if _MODEL_HINT_RE.search(text):
        text = _MODEL_RE.sub(
            lambda m: f"{m[1]} {spell(m[2])}" if mentions(m.string, m.start(), _PROCESSOR_WORDS, 3) else m.group(), text
        )
    if "," in text and _SYMBOL_IN_COMMAS_RE.search(text):
        text = _SYMBOL_AFTER_NAME_RE.sub(lambda m: m[1] if _NAMED_UNITS[m[2]] == m[1] else m.group(), text)
    if " x " in text or " × " in text:
        text = _BARE_LENGTHS_TIMES_RE.sub(_bare_lengths_times, text)  # "Kích thước (mm x mm)"
    if any(hint in text for hint in _UNIT_LEAD_HINTS):
        text = _LED_UNIT_RE.sub(
            lambda m: m[1] + tables.UNITS[m[2]] + _LISTED_UNIT_RE.sub(lambda u: u[1] + tables.UNITS[u[2]], m[3]), text
        )
    if _BARE_POWER_UNIT_HINT_RE.search(text):
        text = _BARE_POWER_UNIT_RE.sub(
            lambda m: tables.UNITS.get(m[1], m[1]) + (" trên " if m[2] else "") + (_PER_UNITS[m[3]] if m[3] else ""),
            text,
        )
    text = units_after_number_words(text)  # "hàng trăm m3", before "m3" is split into a letter and a number
    if "VND" in text or "VNĐ" in text:
        text = _CURRENCY_TWICE_RE.sub("", text)
    if "/" in text and _LAB_UNIT_ALONE_HINT_RE.search(text):
        text = _LAB_UNIT_ALONE_RE.sub(lambda m: tables.UNITS[m[1]], text)
    if "/L" in text:
        text = _PER_LITRE_RE.sub(" trên lít", text)
    if ("x" in text or "X" in text) and _GENERATION_HINT_RE.search(text):
        text = _GENERATION_RE.sub(_generation, text)
    if "đ/" in text or "Đ/" in text:
        text = _SLASH_WORD_RE.sub(lambda m: tables.UNITS[m.group()], text)  # "đủ đ/k": điều kiện
    return _SLASH_UNIT_RE.sub(lambda m: " trên " + _PER_UNITS[m.group(1)], text)


def _generation(m: re.Match[str]) -> str:
    """ "ca sĩ 8x" is "tám ích"; after a name the number and its X are a model ("Nexus 5X"), left to be spelled."""
    before = WORD_RE.findall(m.string[max(0, m.start() - 40) : m.start()])[-1:]
    return m.group() if before and before[0][:1].isupper() else f"{m[1]} ích"


def units_after_number_words(text: str) -> str:
    """A unit symbol after a number said in words, or read out by an earlier rule ("A1km"), is a unit too.

    :func:`units` calls it before "m3" is split into a letter and a number; it runs again after the numbers are read,
    so a second reading of the spoken text changes nothing.

    >>> print(units_after_number_words("giá đồng một kg, đồng một m2; hàng trăm m3, hàng chục km, nửa kg, hai ha; giỏi"
    ...                                " ha; A một km"))
    giá đồng một ki lô gam, đồng một mét vuông; hàng trăm mét khối, hàng chục ki lô mét, nửa ki lô gam, hai héc ta;
    giỏi ha; A một ki lô mét
    """
    present = tuple(
        u
        for u in tables.NUMBER_WORD_UNITS
        if (f" {u}" in text if u != "ha" else any(f" ha{c}" in text for c in " ,.;") or text.endswith(" ha"))
    )
    if not present:
        return text
    return _word_counted_unit_re(present).sub(
        lambda m: tables.UNITS[m[1]] if preceded_by(m.string, m.start(), _UNIT_NUMBER_WORDS, 2) else m.group(), text
    )


def spaced_times(text: str) -> str:
    """A spaced small x between a term and a number, before brackets turn into pauses, is "nhân".

    A fraction after it is a factor, never a date: "(môn 1 + môn 2) x 3/4" is "nhân 3 trên 4".

    >>> spaced_times("[Điểm quy đổi] x 70% + [Điểm thi] x 3; 2,34 triệu đồng x 6; BMW X 5; (môn 1) x 3/4")
    '[Điểm quy đổi] nhân 70% + [Điểm thi] nhân 3; 2,34 triệu đồng nhân 6; BMW X 5; (môn 1) nhân 3 trên 4'
    """
    if ("x" not in text and "×" not in text) or not _SPACED_TIMES_HINT_RE.search(text):
        return text
    return _SPACED_TIMES_RE.sub(lambda m: f" nhân {m[1]} trên {m[2]}" if m[1] else " nhân ", text)
