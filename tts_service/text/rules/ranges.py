"""Ranges and scores: a dash between two numbers is "đến", a match's score is read bare, two years are a span."""

from __future__ import annotations

import re

from .. import tables
from .common import (
    DASH_DATE_WORDS,
    DIGIT_FIRST,
    DOC_WORDS,
    SCALE,
    UPPER,
    alternation,
    mentions,
    preceded_by,
    prev_words,
    valid_day_month,
)
from .units import UNIT_KEYS

_YEAR_SPAN_RE = re.compile(DIGIT_FIRST + r"(?<![\w/.,-])((?:19|20)\d{2})/((?:19|20)?\d{2})(?![\w/]|[.,]\d)")


_GLUED_YEARS_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/-])((?:19|20)\d{2})((?:19|20)\d{2})(?![\w]|[.,/]\d)")
_GLUED_YEARS_HINT_RE = re.compile(r"(?:19|20)\d\d(?:19|20)")  # the same, without look-arounds: a fast scan
_YEAR_SPAN_WORDS = frozenset(tables.YEAR_SPAN_WORDS)
_SHORT_YEAR_SPAN_WORDS = frozenset(tables.SHORT_YEAR_SPAN_WORDS)


def _glued_years(m: re.Match[str]) -> str:
    first, second = m.groups()
    if 0 < int(second) - int(first) <= 10 and preceded_by(m.string, m.start(), _YEAR_SPAN_WORDS, 3):
        return f"{first}-{second}"  # "giai đoạn 20112020": a PDF's text lost the dash
    return m.group()


def year_spans(text: str) -> str:
    """Two consecutive years joined by a slash are one school, crop or sports year, read like "2024-2025"; a
    season written short keeps its slash, said "trên" ("mùa giải 2024/25").

    >>> print(year_spans("năm học 2024/2025, niên vụ 2023/2024; tỷ lệ 2020/2024; Công văn số 2023/2024"))
    năm học 2024-2025, niên vụ 2023-2024; tỷ lệ 2020/2024; Công văn số 2023/2024
    >>> print(year_spans("mùa giải 2024/25, 1999/00; số 2024/12; Công văn số 2023/24; vụ 2015/16"))
    mùa giải 2024 trên 25, 1999 trên 00; số 2024/12; Công văn số 2023/24; vụ 2015-2016
    >>> print(year_spans("giai đoạn 20112020, nhiệm kỳ 20202025; mã số 20112020"))
    giai đoạn 2011-2020, nhiệm kỳ 2020-2025; mã số 20112020
    """
    if _GLUED_YEARS_HINT_RE.search(text):
        text = _GLUED_YEARS_RE.sub(_glued_years, text)
    if "/" not in text:
        return text

    def span(m: re.Match[str]) -> str:
        first, second = m.groups()
        next_year = int(first) + 1 if len(second) == 4 else (int(first) + 1) % 100  # "mùa giải 2024/25"
        if int(second) != next_year or preceded_by(m.string, m.start(), DOC_WORDS, 2):
            return m.group()  # "Công văn số 2023/2024" is a number, not a span
        if len(second) == 2 and preceded_by(m.string, m.start(), _SHORT_YEAR_SPAN_WORDS, 3):
            return f"{first}-{int(first) + 1}"  # "vụ 2015/16": a crop year, two whole years
        return f"{first}-{second}" if len(second) == 4 else f"{first} trên {second}"

    return _YEAR_SPAN_RE.sub(span, text)


#: "tháng 6 - tháng 8/2024", "quý I - quý III": the second end of a span names its period again.
_PERIOD_AHEAD = r"(?:[Tt]háng|[Nn]gày|[Qq]uý|[Nn]ăm|[Tt]uần)[ \t]+(?:\d|[IVX]+(?!\w))"
#: The first number may carry its unit as the second does ("60km/h - 80km/h", "25°C-30°C"): still "đến".
#: A tilde between two numbers is a span ("3,3 ~ 3,8 GHz", "4 ℃ ~ 8 ℃"); before a lone number it stays "khoảng".
_TILDE_RANGE_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d℃)|(?<=\d ℃)|(?<=\d°C)|(?<=\d °C)|(?<=\d%)|(?<=\d inch))[ \t]*~[ \t]*(?=\d)"
)
#: So is a tilde between two amounts of one unit, written after each: "21,000 yên ~ 35,000 yên", "10cm~20cm".
_TILDE_UNIT_RANGE_RE = re.compile(
    r"(?<=\d)([ \t]?)([^\W\d_]{1,6}|[”″\"$€£¥])[ \t]*~[ \t]*(?=\d[\d.,]*\1\2(?![^\W\d_]))"
)
#: Two percents joined by a dash are a span whatever is glued before the first ("tăng15%-20%").
_PERCENT_SPAN_RE = re.compile(DIGIT_FIRST + r"(?<![.,])(\d+(?:,\d+)?%)[ \t]*[-–][ \t]*(?=\d+(?:,\d+)?%)")
#: A standard's part before its year: "TCVN 11041 - 1:2017" is part one of 11041, of 2017 — no span.
_STANDARD_PART_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,])(\d{2,6})[ \t]*[-–][ \t]*(\d{1,2}):(?=(?:19|20)\d{2}(?!\d))")
#: "(2015 – nay)", "Giai đoạn 2021-nay": a span from a year to the present.
_UNTIL_NOW_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/-])((?:19|20)\d{2})[ \t]*[-–][ \t]*(?=nay(?![^\W\d_]))")
#: Technical norms write a span with a division sign: "(2,2 ÷ 3,2) kW", "20 ÷ 25 độ C"; "6 ÷ 2 = 3" is arithmetic.
_DIVISION_RANGE_RE = re.compile(r"(?<=\d)[ \t]*÷[ \t]*(?=\d[\d.,]*+(?![ \t]*=))")
#: "500k-> 3tr", "5tr → 7tr": an arrow between two amounts is a range ("đến"); between clauses it is left to symbols.
_ARROW_RANGE_RE = re.compile(r"(?=[ \t>→-])(?:(?<=\d)|(?<=\d[kK])|(?<=\dtr))[ \t]*(?:-{1,2}>|→)[ \t]*(?=\d)")
#: The dash of a range and what follows it, found by the dash first (a fast scan).
_RANGE_DASH_RE = re.compile(
    r"[-–—][ \t]*" + rf"(?=\d|[$€£][ \t]?\d|(?:{alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?\d|{_PERIOD_AHEAD})"
)
#: Two spans joined by a slash, as blood pressure is written: "130-139/80-89" (no month after the slash).
_SPAN_OVER_SPAN_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w.,/-])(\d{2,3})[ \t]*[-–][ \t]*(\d{2,3})[ \t]*/[ \t]*(\d{2,3})[ \t]*[-–][ \t]*(\d{2,3})"
    r"(?![\w/]|[.,]\d)"
)


_SPAN_OVER_SPAN_HINT_RE = re.compile(r"\d[ \t]*/[ \t]*\d{2,3}[ \t]*[-–]")  # the slash between two spans: a fast scan


def _span_over_span(m: re.Match[str]) -> str:
    a, b, c, d = (int(g) for g in m.groups())
    if not (a < b and c < d and c > 12):
        return m.group()
    return f"{m[1]} đến {m[2]} trên {m[3]} đến {m[4]}"


#: The second number of a sum, then "=": "21 - 15 = 9".
_EQUALS_AHEAD_RE = re.compile(r"\d+(?:,\d+)?[ \t]*=(?!=)")
_RANGE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w.,/:-])(\d+(?:[.,/:]\d+)*(?:[hg]\d{0,2}|%|(?<=:\d\d)[ \t]?(?:am|pm|AM|PM)(?!\w)"  # "8:00 AM - 5:00 PM"
    + rf"|[ \t]?(?:{alternation(UNIT_KEYS)})(?![\w²³])(?:/[^\W\d_]+(?![\w/]))?"  # "684 đồng/lít - 858 đồng/kg"
    + rf"|[ \t]+{SCALE}(?:[ \t]+(?:{alternation(UNIT_KEYS)}))?(?![\w²³])"  # "70 triệu đồng - 75 triệu đồng"
    + r"(?:/[^\W\d_]+(?![\w/]))?"  # "37 triệu đồng/lượng-37,50 triệu đồng/lượng"
    + r")?)[ \t]*[-–—][ \t]*"
    + rf"(?=\d|[$€£][ \t]?\d|(?:{alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?\d|{_PERIOD_AHEAD})"
)
#: Two counts of one word joined by a dash are a span ("từ 8 giờ - 11 giờ 30", "5 người - 10 người", "5 năm - 10 năm");
#: the first may carry its minutes ("7 giờ 30 phút - 11 giờ"). Two lengths of time are one too, whatever their
#: words ("từ 8 tháng - 1 năm", "2 tuần - 1 tháng").
_TIME_LENGTHS = "giây|phút|giờ|ngày|tuần|tháng|quý|năm"
_SAME_WORD_SPAN_RE = re.compile(
    DIGIT_FIRST
    + rf"(?<![\w.,/-])(\d+(?:[.,]\d+)?[ \t]+((?:{_TIME_LENGTHS})(?!\w)()|{alternation([*tables.RANGE_COUNTER_WORDS])})"
    + r"(?:[ \t]+\d{1,2}(?:[ \t]+phút)?)?)[ \t]*[-–—][ \t]*"
    + rf"(?=\d+(?:[.,]\d+)?[ \t]+(?(3)(?:{_TIME_LENGTHS})|\2)(?!\w)"
    + r"(?![ \t]+(?:và|hoặc)[ \t]+\d))"  # "30 năm - 40 năm và 50 tuổi": a list
)
#: "cấp 9 - cấp 10", "quý III/2022 - quý I/2023": a level named again after the dash is the span's second end; a
#: list closed by "và" stays a list ("cấp 1 - cấp 2 và cấp 3").
_SPAN_LEAD = rf"(?i:{alternation(list(tables.SPAN_LEAD_WORDS))})"
_LEVEL = r"[ \t]+(?:\d{1,4}|[IVX]+)(?:/\d{4})?"
_NAMED_TWICE_SPAN_RE = re.compile(
    rf"(?<![^\W\d_])({_SPAN_LEAD}{_LEVEL})[ \t]*[-–—][ \t]*"
    rf"(?=({_SPAN_LEAD}){_LEVEL}(?![\w/])(?![ \t]+(?:và|hoặc)(?!\w))(?![ \t]*[-–—]))"
)
_NAMED_TWICE_HINT_RE = re.compile(r"[\dIVX][ \t]*[-–—][ \t]*[^\W\d_]")


def _named_twice(m: re.Match[str]) -> str:
    """ "cấp 9 - cấp 10" → "cấp 9 đến cấp 10"; "cấp 9 - lớp 10" names two things and stays.

    >>> _NAMED_TWICE_SPAN_RE.sub(_named_twice, "cấp 9 - cấp 10; Quý I - quý III; cấp 9 - lớp 10; lớp 1 - lớp 2 và 3")
    'cấp 9 đến cấp 10; Quý I đến quý III; cấp 9 - lớp 10; lớp 1 - lớp 2 và 3'
    >>> _NAMED_TWICE_SPAN_RE.sub(_named_twice, "giai đoạn 1 - giai đoạn 2; tầng 3-tầng 5; mức 1 - mức 2 - mức 3")
    'giai đoạn 1 đến giai đoạn 2; tầng 3 đến tầng 5; mức 1 - mức 2 - mức 3'
    """
    if " ".join(m.group(1).split()[:-1]).lower() != " ".join(m.group(2).split()).lower():  # "giai đoạn 1"
        return m.group()
    if m.string[max(0, m.start() - 3) : m.start()].rstrip()[-1:] in ("-", "–", "—"):
        return m.group()  # "mức 1 - mức 2 - mức 3": a chain of three is a list
    return m.group(1) + " đến "


#: A dash before a digit, found by a fast scan before the span's pattern runs.
_SAME_WORD_SPAN_HINT_RE = re.compile(r"[-–—][ \t]*\d")
#: "$10,000 – 50% học phí": an amount of money, then a share, is two things said apart, not a span.
_PERCENT_AHEAD_RE = re.compile(r"\d+(?:[.,]\d+)?[ \t]?%")


_SCORE_WORDS = frozenset(tables.SCORE_CONTEXT_WORDS)
#: A level's word right before a pair: a span of levels ("cấp 7-8", "cấp 9-9"), never a score however it falls.
_LEVEL_WORDS = ("cấp",)
_LEADING_SCORE_WORDS = frozenset(tables.LEADING_SCORE_WORDS)
#: Words that end in a verb of leading but lead no game ("hướng dẫn 3-1" is no score).
_NOT_LEADING_WORDS = frozenset(("hướng dẫn", "chỉ dẫn", "trích dẫn"))
#: "khóa 10 - 2023", "Số 4 - 2018": a course's or an issue's number, then its year (not a span of numbers).
_NUMBERED_BY_YEAR_WORDS = frozenset({"khóa", "khoá", "số", "kỳ", "tập", "thứ", "lần", "mùa"})  # "lần thứ 6 – 2017"
#: "SEA Games 32-2023": a games' edition before its year, with or without spaces around the dash.
_EVENT_EDITION_WORDS = frozenset(tables.EVENT_EDITION_WORDS)
#: Every word after which "N-YYYY" is a numbered part and its year, never a month ("lần thứ 6-2017").
EDITION_WORDS = _NUMBERED_BY_YEAR_WORDS | _EVENT_EDITION_WORDS
_EDITION_NOT_AFTER = frozenset(tables.EDITION_NOT_AFTER)
_FROM_EDITION_WORDS = frozenset(f"từ {word}" for word in EDITION_WORDS)  # "từ số 1-2000": a span of numbers
#: "năm 2026" after the dash: the year an edition is held ("lần thứ 24 - năm 2026"), no span's second end.
_NAMED_YEAR_AHEAD_RE = re.compile(r"[Nn]ăm[ \t]+(?:19|20)\d{2}(?!\d)")
_YEAR_ALONE_AHEAD_RE = re.compile(r"(?:19|20)\d{2}(?![\w%-]|[.,/:]\d)")
#: A registration's code of capitals and a dash before its number ("BTN – 07 – 2019", "HCM – 16 – 2012"): a code of
#: letters, number and year, not a range.
_CODE_DASH_BEHIND_RE = re.compile(rf"(?<!\w)[{UPPER}]{{2,5}}[ \t]*[-–][ \t]*$")
#: A stamp's date, or the year ending one ("26 Tháng 4, 2025 - 13:38"), before a clock time.
_DATE_OR_YEAR_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|(?:19|20)\d{2}")
_CLOCK_AHEAD_RE = re.compile(r"\d{1,2}:\d{2}(?!\d)")
#: A portal's stamp puts a clock time and a date side by side: "19h - 10/01/17", "08/11/2024 - 10:25".
_CLOCK_ONLY_RE = re.compile(r"\d{1,2}(?:[hg]\d{0,2}|:\d{2}(?::\d{2})?(?:[ \t]?(?:am|pm|AM|PM))?)")  # "02:08:55"
_FULL_DATE_AHEAD_RE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")
#: "Báo chí 24h - Ngày 10/9/2021": a capitalised "Ngày" and a full date after a spaced dash open a stamp, not the
#: end of a span.
_DAY_STAMP_AHEAD_RE = re.compile(r"Ngày[ \t]+\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")
#: The second number of a score is small and counts nothing ("thắng 3-0", "thắng 2-1 trong trận chung kết"; not
#: "thắng … 5-7 nghìn khán giả", "thắng 2-3 trận"): no counted noun, unit or scale word follows it.
#: A counted noun that names no count: a leg ("2-0 lượt về"), a date or the opening day after the score ("3-3 ngày
#: 4/5", "0-3 ngày ra quân").
_SCORE_AHEAD_RE = re.compile(
    r"\d{1,3}(?!\d|[.,]\d|[ \t]*%)"
    + r"(?![ \t]*(?!ngày[ \t]+(?:\d|ra[ \t]+quân)|lượt[ \t]+(?:về|đi)(?!\w))"
    + rf"(?:{alternation([*tables.RANGE_COUNTER_WORDS, *tables.SCORE_COUNTED_WORDS, *UNIT_KEYS])})(?![^\W_]))"
)


_CHAIN_AHEAD_RE = re.compile(r"\d+(?:[.,]\d+)?[ \t]*[-–—][ \t]*\d")
_CHAIN_BEHIND_RE = re.compile(r"\d[ \t]*[-–—][ \t]*$")
#: "Cộng hòa", "hòa bình", "hòa giải" hold the score word "hòa" without a match in sight; "Mặt trận" (the Front)
#: holds "trận"; a place named with a capital "Hòa" after a capitalised word ("Biên Hòa", "Khánh Hòa") is no draw.
#: So do the words that hold "thắng"/"thua" ("thắng thầu", "thua lỗ"), "chiến thắng" and "ấn định" unless the
#: score comes right after them, or after the team beaten ("mừng chiến thắng kéo dài đến 30-4", "ấn định hạn chót
#: 30-6"; not "ấn định 2-1", "chiến thắng Thái Lan 3-2").
SCORE_WORD_COMPOUNDS = tables.SCORE_WORD_COMPOUNDS
_VICTORY_MANNER = "|".join(
    re.escape(w).replace("\\ ", "[ \\t]+") for w in sorted(tables.VICTORY_MANNER_WORDS, key=len, reverse=True)
)
_NOT_A_DRAW_RE = re.compile(
    r"(?i)(?<!\w)(?:cộng[ \t]+ho[àa]|ho[àa][ \t]+(?:bình|giải|nhập|hợp|thuận|quyện)|mặt[ \t]+trận"
    + "|"
    + "|".join(re.escape(w).replace("\\ ", "[ \\t]+") for w in SCORE_WORD_COMPOUNDS)
    + r"|(?:chiến[ \t]+thắng|ấn[ \t]+định)(?![ \t]*$"
    # "chiến thắng Hải Phòng 7-5", "chiến thắng hủy diệt 7-1": the team beaten, or the win's size, then the score
    + rf"|(?:[ \t]+(?:{_VICTORY_MANNER}))?(?-i:(?:[ \t]+[{UPPER}][^\W\d_]*){{0,4}})[ \t]*$)"
    + rf"|(?-i:[{UPPER}][^\W\d_]*[ \t]+H[òo]a))(?!\w)"
)


#: A name before a score between two teams ("Viettel 2-1 Nam Định"); not a word that numbers a part or a period.
_NAME_BEFORE_RE = re.compile(rf"(?<![\w])[{UPPER}][^\W\d_]*:?[ \t]+$")  # "Viettel 2-1", "Roma: 3-2 Empoli"
#: A fixture before its result: "Charlton – West Brom 2-1", "Juventus - Milan: 0-0" (two names across a spaced dash).
_FIXTURE_BEHIND_RE = re.compile(
    rf"(?<![\w])[{UPPER}][^\W\d_]*(?:[ \t]+[{UPPER}][^\W\d_]*){{0,3}}[ \t]+[-–—][ \t]+"
    rf"[{UPPER}][^\W\d_]*(?:[ \t]+[{UPPER}][^\W\d_]*){{0,3}}:?[ \t]+$"
)
_NAME_AHEAD_RE = re.compile(rf"[ \t]+[{UPPER}]")
_NOT_TEAM_WORDS = frozenset(
    (*tables.NUMBERED_PART_WORDS, *tables.DATE_CONTEXT_WORDS, *tables.PERIOD_WORDS, *tables.DOCUMENT_WORDS)
)
#: Set scores come in lists: "thắng Philippines 25-20, 25-18, 23-25".
_SET_AHEAD_RE = re.compile(r",[ \t]*\d{1,3}[ \t]*[-–][ \t]*\d")
_SET_BEHIND_RE = re.compile(r"\d[ \t]*[-–][ \t]*\d{1,3},[ \t]*$")
#: A tennis set's games beside the pair, in a list of sets: "6-4, 6-4", "6-3, 4-6, 7-5".
_GAMES_AHEAD_RE = re.compile(r",[ \t]*(\d)[ \t]*[-–][ \t]*(\d)(?!\d)")
_GAMES_BEHIND_RE = re.compile(r"(?<!\d)(\d)[ \t]*[-–][ \t]*(\d),[ \t]*$")


def _tennis_set(a: str, b: str) -> bool:
    """A set's games: one side 6 against 0–4, or 7 against 5 or 6 ("6-4", "7-5", "4-6")."""
    high, low = max(int(a), int(b)), min(int(a), int(b))
    return (high == 6 and low <= 4) or (high == 7 and low in (5, 6))


def _tennis_sets(s: str, start: int, first: str, second: str, end: int) -> bool:
    """ "hạ Maxime Tabatruong 6-4, 6-4": a set's games listed beside another set's are a score, not a span.

    >>> m = _RANGE_RE.search("hạ Tabatruong 6-4, 6-4 ở vòng một")
    >>> _tennis_sets(m.string, m.start(), "6", "4", m.end() + 1), _tennis_sets("từ 6-4", 3, "6", "4", 6)
    (True, False)
    """
    if not _tennis_set(first, second):
        return False
    ahead = _GAMES_AHEAD_RE.match(s, end)
    behind = _GAMES_BEHIND_RE.search(s, max(0, start - 10), start)
    return any(pair is not None and _tennis_set(pair[1], pair[2]) for pair in (ahead, behind))


def _between_teams(s: str, start: int, end: int) -> bool:
    """ "Viettel 2-1 Nam Định": a small score between two capitalised names is a result."""
    words = prev_words(s, start, 1)
    return (
        bool(_NAME_BEFORE_RE.search(s, max(0, start - 40), start))
        and bool(words)
        and words[0] not in _NOT_TEAM_WORDS
        and bool(_NAME_AHEAD_RE.match(s, end))
    )


def _phrases(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace("\\ ", "[ \\t]+") for w in sorted(words, key=len, reverse=True))


#: One word of a team's name: a capitalised word, an age group ("U23", "U.23", already said "u hai mươi ba") or a
#: name in capitals ("ĐKVĐ").
_AGE_GROUP_SAID = r"[uU](?:[ \t]+(?:mười|mươi|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)(?!\w)){1,3}"
_TEAM_WORD = rf"(?:U\.?\d{{2}}|{_AGE_GROUP_SAID}|[{UPPER}][^\W_]*(?:\.[{UPPER}][^\W_]*)*)"
#: A verb of a result, maybe a side's word, then the team named ("hạ Malaysia", "hạ chủ nhà Pafos", "thua LAFC"),
#: or the side ahead named after "bị" ("Bị Newcastle dẫn"), right before the pair. "Hạ" capitalised only where a
#: sentence opens ("tại Hạ Long 2-9" names no result).
_TEAM_BEATEN_BEHIND_RE = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_phrases(tables.TEAM_RESULT_VERBS)})|(?:^|(?<=[.!?:][ \t]))Hạ)"
    rf"(?:[ \t]+(?:{_phrases(tables.TEAM_SIDE_WORDS)}))?(?:[ \t]+{_TEAM_WORD}){{1,4}}[ \t]*$"
    rf"|(?<![^\W\d_])[Bb]ị(?:[ \t]+{_TEAM_WORD}){{1,4}}[ \t]+dẫn(?:[ \t]+trước)?[ \t]*$"
)


def _team_beaten(s: str, start: int) -> bool:
    """ "hạ Malaysia 2-0", "hạ chủ nhà Pafos 5-1", "Bị Newcastle dẫn 0-2": the other side named before the pair.

    >>> _team_beaten("Arsenal hạ Tottenham 4-1", 21), _team_beaten("Giá vàng hạ 1-2", 12)
    (True, False)
    >>> _team_beaten("Bị Newcastle dẫn 0-2", 17), _team_beaten("hạ Hải Phòng từ 10-15", 18)
    (True, False)
    """
    return _TEAM_BEATEN_BEHIND_RE.search(s, max(0, start - 60), start) is not None


_SMALL_AHEAD_RE = re.compile(r"\d{1,2}(?!\d|[.,]\d)")
#: The scorers' minutes in brackets after a result: "2-1 (Luis 65', Achilefu 75')", once read "2-1, Luis phút 65".
_MINUTES_AHEAD_RE = re.compile(r"[ \t]*[(,][^()\n]{0,40}?(?:\d{1,3}[ \t]?['’′]|phút[ \t]+\d)")


#: A chess score in half points after a word of a match ("thắng ngược Abdusattorov 2,5-1,5", "1.5 - 0.5"): the
#: points add up to the games played, so both halves end in a half; no scale, unit or time follows ("từ 1,5-2 triệu",
#: "tăng 1,5-2,5 lần" are spans).
_HALF_POINTS_RE = re.compile(
    r"(?<![\w.,])(\d{1,2}[,.]5)[ \t]?[-–][ \t]?(\d{1,2}[,.]5)(?!\w|[.,]\d)"
    rf"(?![ \t]*(?:{SCALE}|{alternation(UNIT_KEYS)}|%|lần|giờ|tiếng|ngày|tuần|tháng|năm|phút|giây)(?![\w²³]))"
)

_HALF_POINTS_HINT_RE = re.compile(r"[,.]5[ \t]?[-–]")


def _half_points(m: re.Match[str]) -> str:
    first, second = m[1], m[2]
    if not after_a_match(m.string, m.start()):
        return m.group()
    if preceded_by(m.string, m.start(), ("từ", "khoảng", "mức", "lên", "xuống"), 1):
        return m.group()
    return f"{first.replace('.', ',')}, {second.replace('.', ',')}"


def _falling_score(m: re.Match[str]) -> bool:
    """A pair that falls ("2-1") is never a range: after a word of a match, or before the scorers' minutes, it is the
    result, even before a counted noun ("thắng 2-1 trận ngày mai")."""
    first = m.group(1)
    second = _SMALL_AHEAD_RE.match(m.string, m.end())
    if not (first.isdigit() and second and m.group() == first + "-" and int(second.group()) < int(first) <= 20):
        return False
    return after_a_match(m.string, m.start()) or _MINUTES_AHEAD_RE.match(m.string, second.end()) is not None


def after_a_match(text: str, pos: int) -> bool:
    """A word of a match result among the eight words before ``pos`` (not after "ngày": "từ ngày 11-13/3")."""
    if preceded_by(text, pos, ("ngày", "mùng", "mồng"), 1):
        return False
    window = text[max(0, pos - 80) : pos]
    return mentions(_NOT_A_DRAW_RE.sub(" ", window), len(_NOT_A_DRAW_RE.sub(" ", window)), _SCORE_WORDS, 8)


#: A dated stamp after a spaced dash: "giai đoạn 2 - 03/07/2021" (the day zero-padded, or not after the number).
_STAMP_DATE_AHEAD_RE = re.compile(r"(\d{1,2})/\d{1,2}/(?:19|20)\d{2}(?![\d/])")


def _stamped_after(m: re.Match[str]) -> bool:
    """A bare number, a dash with a space on each side and a full date: the date stands apart, no span of days."""
    first, s = m.group(1), m.string
    date = _STAMP_DATE_AHEAD_RE.match(s, m.end())
    if not (date and first.isdigit() and " " in m.group()[len(first) :] and s[m.end() - 1] in " \t"):
        return False
    if preceded_by(s, m.start(), DASH_DATE_WORDS, 3) or preceded_by(s, m.start(), ("từ",), 1):
        return False
    day = date.group(1)
    return (len(day) == 2 and day.startswith("0") and not first.startswith("0")) or int(first) >= int(day)


#: A model's name before its number: "Mi 5", "Note 7 Pro", "iPhone 15" (a word with a capital, not a word of time).
_MODEL_BEFORE_RE = re.compile(rf"(?<![\w])[^\W\d_]*[{UPPER}][^\W\d_]*[ \t]+$")
_NUMBER_PREFIX_WORDS = tuple(k.lower() for k in tables.NUMBER_PREFIXES)
_NOT_MODEL_WORDS = frozenset(
    (*tables.NUMBERED_PART_WORDS, *tables.DATE_CONTEXT_WORDS, *tables.PERIOD_WORDS, *_NUMBER_PREFIX_WORDS)
)
_AMOUNT_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _model_then_price(m: re.Match[str]) -> bool:
    """ "Mi 5 – 415USD": a model's number, a spaced dash and its price, ten times more or more, is no range."""
    first, s = m.group(1), m.string
    second = _AMOUNT_RE.match(s, m.end())
    if not (first.isdigit() and second and " " in m.group()[len(first) :] and s[m.end() - 1] in " \t"):
        return False
    words = prev_words(s, m.start(), 1)
    if not _MODEL_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()) or not words or words[0] in _NOT_MODEL_WORDS:
        return False
    return int(re.sub(r"\D", "", second.group())) >= 10 * max(1, int(first))


#: "từ 02 – dưới 05 tuổi", "từ 1m - dưới 1m4": a range whose second end is "below" or "above" a number.
_BELOW_RANGE_RE = re.compile(
    r"(?=[Tt])(?<![^\W\d_])([Tt]ừ[ \t]+\d[\d.,]*(?:[ \t]?[^\W\d_]+\d*)?)[ \t]*[-–—][ \t]*(?=(?:dưới|trên)[ \t]+\d)"
)
_LEVEL_RANGE_RE = re.compile(
    rf"(?=[{''.join({c[0] for c in tables.LEVEL_CODES})}])(?<![\w.])"
    rf"({alternation(list(tables.LEVEL_CODES))})(\d{{1,2}})"
    r"[ \t]*[-–][ \t]*\1(?=\d{1,2}(?![\w.,]\w))"
)
_PROCESSOR_WORDS = frozenset(tables.PROCESSOR_WORDS)
_MODEL_NUMBER_AHEAD_RE = re.compile(r"\d{3,5}(?!\w|[.,]\d)")


_MODEL_MAKERS = frozenset(w.lower() for w in tables.MODEL_MAKER_WORDS)
_VARIANT_AHEAD_RE = re.compile(r"\d{1,3}(?!\w|[.,]\d)")


def _model_variant(m: re.Match[str]) -> bool:
    """ "Boeing 787-9", "Boeing 737-800": a maker's model and its variant, one name."""
    first = m.group(1)
    return (
        first.isdigit()
        and len(first) >= 2
        and m.group() == first + "-"
        and _VARIANT_AHEAD_RE.match(m.string, m.end()) is not None
        and preceded_by(m.string, m.start(), _MODEL_MAKERS, 1)
    )


#: "Mẫu số 01-8/GTGT", "mẫu số 03-3/MGTH": a form's code, its second number before the slash of the form's series.
_FORM_CODE_AHEAD_RE = re.compile(r"\d{1,3}[a-z]?[ \t]?/[ \t]?[A-ZĐ]")  # "8/GTGT", "8 /GTGT"
_FORM_WORDS = tuple(w for f in tables.FORM_NUMBER_WORDS for w in (f, f.capitalize()))


def _form_code(m: re.Match[str]) -> bool:
    """ "Mẫu số 01-8/GTGT", "Mẫu số 01 - 8/GTGT": a form's number and its sub-number, one code (never "một đến
    tám"), however the dash is spaced."""
    return (
        m.group(1).isdigit()
        and _FORM_CODE_AHEAD_RE.match(m.string, m.end()) is not None
        and preceded_by(m.string, m.start(), _FORM_WORDS, 2)
    )


def _two_models(m: re.Match[str]) -> bool:
    """ "Dimensity 9200-9300", "Snapdragon 865-870": two processor models side by side, not a range of numbers."""
    first = m.group(1)
    return (
        first.isdigit()
        and len(first) >= 3
        and m.group() == first + "-"
        and _MODEL_NUMBER_AHEAD_RE.match(m.string, m.end()) is not None
        and preceded_by(m.string, m.start(), _PROCESSOR_WORDS, 1)
    )


_UNIT_AFTER_NUMBER_RE = re.compile(rf"\d+(?:[.,]\d+)*[ \t]?({alternation(UNIT_KEYS)})(?![\w²³])")
_UNIT_AHEAD_RE = re.compile(rf"\d+(?:[.,]\d+)*[ \t]?({alternation(UNIT_KEYS)})(?![\w²³])")


def _two_measures(m: re.Match[str]) -> bool:
    """ "220V - 5W": two numbers whose units measure different things are a product's ratings, not a range
    ("500g - 1kg" is one: grams both)."""
    first = _UNIT_AFTER_NUMBER_RE.match(m.group(1))
    second = first and _UNIT_AHEAD_RE.match(m.string, m.end())
    if not (first and second):
        return False
    return tables.UNITS[first.group(1)].split()[-1] != tables.UNITS[second.group(1)].split()[-1]


def ranges(text: str) -> str:
    """A dash between two numbers is "đến", never "trừ"; in a match score it is not read.

    >>> print(ranges("Giai đoạn 2021-2025, tăng 7-7,5%/năm, từ 200 - 400 mm, từ 8h30-11h00, Km 790 - Km 800; "
    ...              "thắng Thái Lan 2-0"))
    Giai đoạn 2021 đến 2025, tăng 7 đến 7,5%/năm, từ 200 đến 400 mm, từ 8h30 đến 11h00, Km 790 đến Km 800;
    thắng Thái Lan 2 0
    >>> print(ranges("Thái Lan (233-154-108); khu đất 2-4-6 Hai Bà Trưng; tròn 70 - 75 – 80 tuổi"))
    Thái Lan (233 154-108); khu đất 2 4-6 Hai Bà Trưng; tròn 70, 75, 80 tuổi
    >>> print(ranges("Cập nhật 08/11/2024 - 10:25; VTV1 - 19h - 10/01/17; 26 Tháng 4, 2025 - 13:38"))  # stamps
    Cập nhật 08/11/2024, 10:25; VTV1 - 19h, 10/01/17; 26 Tháng 4, 2025, 13:38
    >>> print(ranges("theo Mẫu số 01-8/GTGT; mẫu số 03-3/MGTH; trang 5-8/12; Mẫu số 01 - 8/GTGT"))
    theo Mẫu số 01, 8/GTGT; mẫu số 03, 3/MGTH; trang 5 đến 8/12; Mẫu số 01, 8/GTGT
    >>> print(ranges("chiến thắng 2-1 trận ngày mai"), ranges("Bình Dương 2-1 (Luis 65', Achilefu 75')"))
    chiến thắng 2 1 trận ngày mai Bình Dương 2 1 (Luis 65', Achilefu 75')
    >>> print(ranges("Cộng hòa Mozambique từ ngày 11-13/3; hòa 1-1"))
    Cộng hòa Mozambique từ ngày 11 đến 13/3; hòa 1 1
    >>> print(ranges("set 1 (thắng 25-18), tỷ số 102-98; thắng 25-30 trận"))
    set 1 (thắng 25 18), tỷ số 102 98; thắng 25 đến 30 trận
    >>> print(ranges("Viettel 1-1 Nam Định; thắng Philippines 25-20, 25-18; hạ Campuchia 7-0. Lễ 30-4 lớn"))
    Viettel 1 1 Nam Định; thắng Philippines 25 20, 25 18; hạ Campuchia 7 0. Lễ 30 đến 4 lớn
    >>> print(ranges("Theo Điều 5-7 Luật; Tháng 5-7 Đoàn về; cách 25-30, 40-50 km"))
    Theo Điều 5 đến 7 Luật; Tháng 5 đến 7 Đoàn về; cách 25 đến 30, 40 đến 50 km
    >>> print(ranges("Khởi công hạng mục 3 - 05/08/2024; đợt 4 - 2/9/2024; từ 28 - 30/6/2024; ngày 2 - 04/7/2024"))
    Khởi công hạng mục 3, 05/08/2024; đợt 4, 2/9/2024; từ 28 đến 30/6/2024; ngày 2 đến 04/7/2024
    >>> ranges("huyết áp 130-139/80-89 mmHg; ngày 12-13/7")
    'huyết áp 130 đến 139 trên 80 đến 89 mmHg; ngày 12 đến 13/7'
    >>> print(ranges("băng tần 3,3 ~ 3,8 GHz; nhiệt độ 20~25 độ; ~5 người; 4 ℃ ~ 8 ℃"))
    băng tần 3,3 đến 3,8 GHz; nhiệt độ 20 đến 25 độ; ~5 người; 4 ℃ đến 8 ℃
    >>> print(ranges("(Mi 5 – 415USD, Mi Max – 296USD); Km 790 - Km 800; Quý 1 - 2024; Note 7 - 9 triệu"))
    (Mi 5, 415USD, Mi Max – 296USD); Km 790 đến Km 800; Quý 1 đến 2024; Note 7 đến 9 triệu
    >>> print(ranges("chip Dimensity 9200-9300, Snapdragon 865-870; giá 9200-9300 đồng"))
    chip Dimensity 9200, 9300, Snapdragon 865, 870; giá 9200 đến 9300 đồng
    >>> print(ranges("máy bay Boeing 787-9, Boeing 737-800, ATR 72-500; giá 737-800 nghìn"))
    máy bay Boeing 787 9, Boeing 737 800, ATR 72 500; giá 737 đến 800 nghìn
    >>> print(ranges("lũ lên mức BĐ2-BĐ3, có sông trên BĐ3; mức BĐ1 - BĐ2"))
    lũ lên mức BĐ2 đến BĐ3, có sông trên BĐ3; mức BĐ1 đến BĐ2
    >>> print(ranges("Thời gian: 8:00 AM - 5:00 PM, 8:00am-11:30am; 10:57 AM - 28/06/2022"))
    Thời gian: 8:00 AM đến 5:00 PM, 8:00am đến 11:30am; 10:57 AM, 28/06/2022
    >>> print(ranges("Bí thư Huyện ủy (2015 – nay); Giai đoạn 2021-nay, tỉnh"))
    Bí thư Huyện ủy (2015 đến nay); Giai đoạn 2021 đến nay, tỉnh
    >>> print(ranges("công suất 2,2 ÷ 3,2 kW; từ 20 ÷ 25 độ C; 6 ÷ 2 = 3"))
    công suất 2,2 đến 3,2 kW; từ 20 đến 25 độ C; 6 ÷ 2 = 3
    >>> print(ranges("sản phẩm 220V - 5W; từ 500g - 1kg; 60km/h-80km/h; 684 đồng/lít - 858 đồng/kg"))
    sản phẩm 220V, 5W; từ 500g đến 1kg; 60km/h đến 80km/h; 684 đồng/lít đến 858 đồng/kg
    >>> print(ranges("giá 37 triệu đồng/lượng-37,50 triệu đồng/lượng"))
    giá 37 triệu đồng/lượng đến 37,50 triệu đồng/lượng
    >>> print(ranges("thưởng 500k-> 3tr, 5tr → 7tr; mạnh → tạo bọt"))
    thưởng 500k đến 3tr, 5tr đến 7tr; mạnh → tạo bọt
    >>> print(ranges("Trẻ em từ 02 – dưới 05 tuổi, từ 1m - dưới 1m4; từ 5 tuổi - trên 10 tuổi"))
    Trẻ em từ 02 đến dưới 05 tuổi, từ 1m đến dưới 1m4; từ 5 tuổi đến trên 10 tuổi
    >>> print(ranges("theo TCVN 11041 - 1:2017 và ISO/IEC 27001-2:2013; tăng15%-20% mỗi năm"))
    theo TCVN 11041 phần 1:2017 và ISO/IEC 27001 phần 2:2013; tăng15% đến 20% mỗi năm
    >>> print(ranges("để '21 - 15 = 9' đúng; 12-5=7; từ 5 - 7 người"))
    để '21 trừ 15 = 9' đúng; 12 trừ 5=7; từ 5 đến 7 người
    >>> print(ranges("khóa 10 - 2023, Số 4 - 2018; từ số 4 - 10; SEA Games 32-2023"))
    khóa 10 2023, Số 4 2018; từ số 4 đến 10; SEA Games 32 2023
    >>> print(ranges("Báo chí 24h - Ngày 10/9/2021; từ ngày 8 - Ngày 10/9/2021"))
    Báo chí 24h, Ngày 10/9/2021; từ ngày 8 đến Ngày 10/9/2021
    >>> print(ranges("từ 8 giờ - 11 giờ 30; 7 giờ 30 phút - 11 giờ; 5 người - 10 người; 3 bàn - 2 bàn"))
    từ 8 giờ đến 11 giờ 30; 7 giờ 30 phút đến 11 giờ; 5 người đến 10 người; 3 bàn - 2 bàn
    >>> print(ranges("Huy hiệu 30 năm - 40 năm và 50 tuổi Đảng; 5 năm - 10 năm tới"))
    Huy hiệu 30 năm - 40 năm và 50 tuổi Đảng; 5 năm đến 10 năm tới
    >>> print(ranges("từ $10,000 – $20,000 mỗi năm; học bổng $10,000 – 50% học phí; tăng 10 – 50%"))
    từ $10,000 đến $20,000 mỗi năm; học bổng $10,000, 50% học phí; tăng 10 đến 50%
    >>> print(ranges("tàu BTN – 07 – 2019, HCM – 16 – 2012; giai đoạn 07 – 2019"))
    tàu BTN – 07, 2019, HCM – 16, 2012; giai đoạn 07 đến 2019
    """

    def dash(m: re.Match[str]) -> str:
        s = m.string
        if m.start() and s[m.start() - 1] in "$€£" and _PERCENT_AHEAD_RE.match(s, m.end()):
            return m.group(1) + ", "
        if m.group(1).isdigit() and _EQUALS_AHEAD_RE.match(s, m.end()):
            return m.group(1) + " trừ "  # "21 - 15 = 9": a sum, not a span
        if (_DATE_OR_YEAR_RE.fullmatch(m.group(1)) and _CLOCK_AHEAD_RE.match(s, m.end())) or (
            _CLOCK_ONLY_RE.fullmatch(m.group(1)) and _FULL_DATE_AHEAD_RE.match(s, m.end())
        ):
            return m.group(1) + ", "
        if (
            s[m.end() - 1] in " \t"
            and _DAY_STAMP_AHEAD_RE.match(s, m.end())
            and not preceded_by(s, m.start(), ("từ", "ngày", "Từ", "Ngày"), 2)
        ):
            return m.group(1) + ", "
        if _stamped_after(m) or _model_then_price(m) or _two_models(m) or _two_measures(m):
            return m.group(1) + ", "
        if _model_variant(m):
            return m.group(1) + " "
        if _form_code(m):
            return m.group(1) + ", "
        if (
            m.group(1).isdigit()
            and len(m.group(1)) <= 3
            and _NAMED_YEAR_AHEAD_RE.match(s, m.end())
            and preceded_by(s, m.start(), EDITION_WORDS, 1)
            and not preceded_by(s, m.start(), _FROM_EDITION_WORDS, 2)
        ):
            return m.group(1) + ", "  # "lần thứ 24 - năm 2026", "mùa 1 - năm 2024": an edition, then its year
        if (
            m.group(1).isdigit()
            and len(m.group(1)) <= 2
            and _YEAR_ALONE_AHEAD_RE.match(s, m.end())
            and preceded_by(s, m.start(), EDITION_WORDS, 1)
            and not preceded_by(s, m.start(), _FROM_EDITION_WORDS, 2)
            and not preceded_by(s, m.start(), _EDITION_NOT_AFTER, 2)  # "Vụ mùa 10-2025": a month of the crop
        ):
            return m.group(1) + " "
        if (
            m.group(1).isdigit()
            and len(m.group(1)) <= 3
            and m.group() != m.group(1) + "-"
            and _YEAR_ALONE_AHEAD_RE.match(s, m.end())
            and _CODE_DASH_BEHIND_RE.search(s, max(0, m.start() - 10), m.start())
        ):
            return m.group(1) + ", "
        if _CHAIN_AHEAD_RE.match(s, m.end()) or _CHAIN_BEHIND_RE.search(s, max(0, m.start() - 12), m.start()):
            # three numbers or more: a tally, a house number, a list ("70 - 75 – 80"); spaced, each a pause
            return m.group(1) + (", " if m.group().endswith((" ", "\t")) else " ")
        if m.group(1).isdigit() and preceded_by(s, m.start(), _LEVEL_WORDS, 1):
            return m.group(1) + " đến "  # "gió giật cấp 7-8", "cấp 9-9": a span of levels, whatever the values
        if _falling_score(m):
            return m.group(1) + " "  # "chiến thắng 2-1 trận ngày mai", "Bình Dương 2-1 (Luis 65')": a result
        score = _SCORE_AHEAD_RE.match(s, m.end())
        if (
            m.group(1).isdigit()
            and score
            and (
                (int(m.group(1)) <= 20 and len(score.group()) <= 2 and after_a_match(s, m.start()))
                # "thắng U23 Thái Lan 2-0": the team is in between; "thắng 25-18", "tỷ số 102-98" right after
                or (int(m.group(1)) < 200 and preceded_by(s, m.start(), _SCORE_WORDS, 2))
                # "Thái Lan dẫn 3-1": the side ahead has more, so the pair falls
                or (
                    int(score.group()) < int(m.group(1)) < 200
                    and preceded_by(s, m.start(), _LEADING_SCORE_WORDS, 2)
                    and not preceded_by(s, m.start(), _NOT_LEADING_WORDS, 2)
                )
                or (int(m.group(1)) <= 20 and len(score.group()) <= 2 and _between_teams(s, m.start(), score.end()))
                or (int(m.group(1)) <= 20 and len(score.group()) <= 2 and _team_beaten(s, m.start()))
                or (
                    int(m.group(1)) <= 20
                    and len(score.group()) <= 2
                    and _FIXTURE_BEHIND_RE.search(s, max(0, m.start() - 60), m.start()) is not None
                )
                # a range never ends where it starts, nor falls: "cầm chân 0-0", "(71-65)", "tỷ lệ 54-45"
                or (int(m.group(1)) <= 20 and int(score.group()) == int(m.group(1)) and m.group() == m.group(1) + "-")
                or (
                    len(m.group(1)) == len(score.group()) == 2
                    and int(score.group()) < int(m.group(1))
                    and m.group() == m.group(1) + "-"
                    and not valid_day_month(m.group(1), score.group())
                )
                or _tennis_sets(s, m.start(), m.group(1), score.group(), score.end())
                # a range never falls: "Campuchia 7-0", "Burnley 3-0," are results ("30-4" may be a day, left alone)
                or (
                    int(m.group(1)) <= 30
                    and int(score.group()) < int(m.group(1))
                    and m.group() == m.group(1) + "-"
                    and not valid_day_month(m.group(1), score.group())
                )
                or (
                    int(m.group(1)) < 100
                    and len(score.group()) <= 2
                    and (
                        _SET_AHEAD_RE.match(s, score.end())
                        or _SET_BEHIND_RE.search(s, max(0, m.start() - 12), m.start())
                    )
                    and after_a_match(s, m.start())
                )
            )
        ):
            return m.group(1) + " "  # a match score: "thắng 3-0" is "ba không"
        return m.group(1) + " đến "

    if ("-" in text or "–" in text or "—" in text) and _SAME_WORD_SPAN_HINT_RE.search(text):
        text = _SAME_WORD_SPAN_RE.sub(r"\1 đến ", text)
    if ("-" in text or "–" in text or "—" in text) and _NAMED_TWICE_HINT_RE.search(text):
        text = _NAMED_TWICE_SPAN_RE.sub(_named_twice, text)
    text = _LEVEL_RANGE_RE.sub(r"\1\2 đến \1", text)
    if ">" in text or "→" in text:
        text = _ARROW_RANGE_RE.sub(" đến ", text)
    if "nay" in text:
        text = _UNTIL_NOW_RE.sub(r"\1 đến ", text)
    if "÷" in text:
        text = _DIVISION_RANGE_RE.sub(" đến ", text)
    if "dưới" in text or "trên" in text:
        text = _BELOW_RANGE_RE.sub(r"\1 đến ", text)
    if "~" in text:
        text = _TILDE_UNIT_RANGE_RE.sub(r"\1\2 đến ", _TILDE_RANGE_RE.sub(" đến ", text))
    if "%" in text:
        text = _PERCENT_SPAN_RE.sub(r"\1 đến ", text)
    if "/" in text and _SPAN_OVER_SPAN_HINT_RE.search(text):
        text = _SPAN_OVER_SPAN_RE.sub(_span_over_span, text)
    if ":" in text:
        text = _STANDARD_PART_RE.sub(r"\1 phần \2:", text)
    if ("," in text or "." in text) and _HALF_POINTS_HINT_RE.search(text):
        text = _HALF_POINTS_RE.sub(_half_points, text)
    return _RANGE_RE.sub(dash, text) if _RANGE_DASH_RE.search(text) else text
