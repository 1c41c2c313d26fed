"""Clock times: "14h30", "21g30", "2:52:28 CH", a pace "2:59/km", a clock glued to its date "19h/18/9"."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import read_digits, read_fraction_digits, read_number
from .common import DIGIT_FIRST, preceded_by, valid_day_month

#: A clock glued to its date by a slash, as weather bulletins write them: "19h/18/9", "07h30/19/9/2024".
_CLOCK_SLASH_DATE = r"(\d{1,2})[hg](\d{2})?[ \t]*/[ \t]*(\d{1,2})/(\d{1,2})((?:/(?:19|20)\d{2})?)(?![\w/]|[.,]\d)"
_CLOCK_SLASH_DATE_RE = re.compile(
    DIGIT_FIRST + rf"(?<![\w/.,:])(?:{_CLOCK_SLASH_DATE})(?:([ \t]*[-–][ \t]*){_CLOCK_SLASH_DATE})?"
)


_CLOCK_LETTER_RE = re.compile(r"[hg](?<=\d[hg])")  # a digit before "h" or "g", found by the letter: a fast scan


def clock_dates(text: str) -> str:
    """A clock glued to its date by a slash is a clock on that day; two of them joined by a dash are a span.

    >>> clock_dates("Mưa đêm (19h/18/9-07h/19/9), đến 13h30/20/9/2024; 25h/1/2 không phải giờ")
    'Mưa đêm (19h ngày 18/9 đến 07h ngày 19/9), đến 13h30 ngày 20/9/2024; 25h/1/2 không phải giờ'
    """

    def one(hour: str, minute: str | None, day: str, month: str, year: str) -> str | None:
        if int(hour) > 24 or (minute and int(minute) > 59) or not valid_day_month(day, month):
            return None
        return f"{hour}h{minute or ''} ngày {day}/{month}{year}"

    def stamp(m: re.Match[str]) -> str:
        first = one(*m.groups()[:5])
        if first is None:
            return m.group()
        if m.group(6) is None:
            return first
        second = one(*m.groups()[6:])
        return f"{first} đến {second}" if second else m.group()

    return _CLOCK_SLASH_DATE_RE.sub(stamp, text) if "/" in text and _CLOCK_LETTER_RE.search(text) else text


_CLOCK_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w:.,/])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?"  # a database's "09:10:00.0"
    r"(?:[ \t]*(SA|CH|AM|PM|am|pm|a\.m\.|p\.m\.)(?![\w]))?(?!\w|:\w|[.,]\d)"  # "Sau 17:00: Tính": a colon after it
)
#: "10:0, Thứ Năm": a page's stamp that dropped the minutes' leading zero, known by the weekday or day after it.
_SHORT_MINUTE_CLOCK_RE = re.compile(
    DIGIT_FIRST + r"(?<![\w:.,/])(\d{1,2}):(\d)(?=,?[ \t]+(?:[Tt]hứ|Chủ nhật|CN|ngày)(?!\w))"
)
#: A running pace, minutes and seconds per distance ("2:59/km"), is no clock time.
_PACE_RE = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d)(?=[ \t]*/[ \t]*(?:km|dặm|mile|mi)(?!\w))")
_HOUR_RE = re.compile(
    DIGIT_FIRST
    + r"(?:(?<![\w.,/:])|(?<=\d[hg]\d\d,)|(?<=\d[hg],))"  # "11h30,12h30": a second clock after a comma
    + r"(\d{1,2})[ \t]?(?:h|g|giờ)[ \t]?(\d{1,2})?(?:[ \t]?(?:phút|p|ph|'))?(?![^\W\d_])"
    + r"(?![ \t]*/)"  # "6 giờ/ngày" is hours a day, not a clock time
)
#: A word glued after a clock's two digits of minutes ("14h30ngày 5/6", "7h00sáng"): set apart, so the minutes are
#: read whole; a minute's own letters stay ("8h15phút", "8h15p").
_GLUED_WORD_AFTER_CLOCK_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/:])(\d{1,2}[hg][0-5]\d)(?=(?!ph)[^\W\d_]{2})")
_HOUR_HINT_RE = re.compile(r"\d[ \t]?(?:h|g|giờ)")  # a number before its hour's letter or word: a fast scan
_G_TIME_OK = re.compile(rf"\s*(?:{'|'.join(map(re.escape, tables.CLOCK_G_FOLLOWERS))})(?!\w)")
#: A bare "7g" closing a clause is a clock only after "lúc", "từ", "đến"…; "quế chi 8g," is grams.
_G_CLAUSE_END = re.compile(r"\s*(?:[,.;]|$)")
_G_LEAD_WORDS = frozenset(tables.CLOCK_G_LEAD_WORDS)
_G_SURE_LEAD_WORDS = frozenset(tables.CLOCK_G_SURE_LEAD_WORDS)
#: "13g, các điểm thi …": a bare "13g" opening a sentence or a line and closed by a comma is the news's clock.
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?…][ \t]+|\n[ \t]*)$")
_G_COMMA_AFTER = re.compile(r"[ \t]*,")
#: "8 đến 12g": the far end of a span of bare numbers is grams ("mỗi lần 8 - 12g"); so it is after grams that no
#: clock can be ("87g – 11g": no hour 87).
_BARE_NUMBER_SPAN_BEFORE = re.compile(r"(?<![\w.,:])(\d+)([.,]\d+)?(g)?[ \t]+(?:đến|tới)[ \t]+$")


def _after_a_span_of_grams(text: str, start: int) -> bool:
    """A bare "12g" closing a span whose near end is a bare number or grams no clock can be is grams.

    >>> _after_a_span_of_grams("mỗi lần 8 đến 12g", 14), _after_a_span_of_grams("87g đến 11g", 8)
    (True, True)
    >>> _after_a_span_of_grams("từ 7g đến 11g", 10)
    False
    """
    m = _BARE_NUMBER_SPAN_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and (m[3] is None or m[2] is not None or int(m[1]) > 24)


def read_clock(hour: str, minute: str | None, second: str | None = None) -> str:
    words = [read_number(hour), "giờ"]
    if second is not None:
        words += [read_number(minute or "0"), "phút", read_number(second), "giây"]
    elif minute and int(minute):
        words += [read_number(minute), "phút"]
    return " ".join(words)


def short_minute_clocks(text: str) -> str:
    """A clock whose minutes lost their leading zero, before a weekday or a day, is read before it looks a ratio.

    >>> short_minute_clocks("10:0, Thứ Năm; 9:5 ngày 2/2; tỷ số 2:1 trên sân; 30:1 ngày")
    'mười giờ không phút, Thứ Năm; chín giờ năm phút ngày 2/2; tỷ số 2:1 trên sân; 30:1 ngày'
    """
    if ":" not in text:
        return text
    return _SHORT_MINUTE_CLOCK_RE.sub(
        lambda m: f"{read_number(m[1])} giờ {read_number(m[2])} phút" if int(m[1]) <= 24 else m.group(), text
    )


#: Words after which "09:06" is a length of minutes and seconds, not a time of day ("Phần âm thanh 09:06").
_DURATION_WORDS = frozenset({"thời lượng", "âm thanh", "độ dài"})


def times(text: str) -> str:
    """Clock times: "14h30", "21g30", "2:52:28 CH"; SA/CH are "sáng"/"chiều".

    >>> print(times("Từ 7h30 đến 11h00, lúc 2:52:28 CH, 21g30 tối và 6h sáng"))
    Từ bảy giờ ba mươi phút đến mười một giờ, lúc hai giờ năm mươi hai phút hai mươi tám giây chiều, hai
    mươi mốt giờ ba mươi phút tối và sáu giờ sáng
    >>> times("Khai mạc 14h30ngày 5/6; lúc 7h00sáng nay; 8h15phút")
    'Khai mạc mười bốn giờ ba mươi phút ngày 5/6; lúc bảy giờ sáng nay; tám giờ mười lăm phút'
    >>> times("nghỉ trưa 12:00 PM đến 1:30 PM")
    'nghỉ trưa mười hai giờ trưa đến một giờ ba mươi phút chiều'
    >>> times("Đón khách: 11h30,12h30; dài 1,5h")
    'Đón khách: mười một giờ ba mươi phút,mười hai giờ ba mươi phút; dài 1,5h'
    >>> times("pace trung bình 2:59/km, 5:30 / km; lúc 5:30")
    'pace trung bình hai phút năm mươi chín giây/km, năm phút ba mươi giây / km; lúc năm giờ ba mươi phút'
    >>> times("cập nhật 09:10:00.0; 09:10:05.25; 16:00:00")
    'cập nhật chín giờ mười phút; chín giờ mười phút năm phẩy hai mươi lăm giây; mười sáu giờ'
    >>> times("- Sau 17:00: Tính 100%; Lúc 09:10:05: mở")
    '- Sau mười bảy giờ: Tính 100%; Lúc chín giờ mười phút năm giây: mở'
    >>> times("Phần âm thanh 09:06; Thời lượng: 12:30; lúc 12:30")
    'Phần âm thanh chín phút sáu giây; Thời lượng: mười hai phút ba mươi giây; lúc mười hai giờ ba mươi phút'
    >>> times("13g, các điểm thi vắng. 9g, mưa; thêm 8g, 50g, 15g đường")
    'mười ba giờ, các điểm thi vắng. chín giờ, mưa; thêm 8g, 50g, 15g đường'
    """

    def clock(m: re.Match[str]) -> str:
        hour, minute, second, fraction, period = m.groups()
        if int(hour) > 24 or int(minute) > 59 or (second and int(second) > 59):
            return m.group()
        if not second and not period and preceded_by(m.string, m.start(), _DURATION_WORDS, 2):
            return f"{read_number(hour)} phút {read_number(minute)} giây"  # a recording's length
        if second and not int(second) and not (fraction and int(fraction)):
            second = None  # "04:00:00 PM", "10:30:00": a stamp's zero seconds are not said, nor zero minutes then
        spoken = read_clock(hour, minute, second)
        if fraction and int(fraction):  # a fraction of a second is said only when it is not zero
            spoken = spoken.removesuffix(" giây") + f" phẩy {read_fraction_digits(fraction)} giây"
        if period:
            after_noon = not period.lower().startswith(("a", "s"))
            spoken += " " + (
                "trưa"  # "12:00 PM" is noon
                if after_noon and int(hour) == 12
                else tables.DAY_PERIODS.get(period, "chiều" if after_noon else "sáng")
            )
        return spoken

    def hour(m: re.Match[str]) -> str:
        h, minute = m.groups()
        raw = m.group()
        unit = re.sub(r"[\d \t]", "", raw)
        bare_g = unit.startswith("g") and not unit.startswith("giờ")
        if (
            bare_g
            and minute is None
            and not (
                _G_TIME_OK.match(m.string, m.end())
                or (
                    _G_COMMA_AFTER.match(m.string, m.end())
                    and int(h) <= 24
                    and _SENTENCE_START_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
                )
                or (
                    _G_CLAUSE_END.match(m.string, m.end())
                    and preceded_by(m.string, m.start(), _G_LEAD_WORDS, 2)
                    and not _after_a_span_of_grams(m.string, m.start())
                )
                or (int(h) <= 24 and preceded_by(m.string, m.start(), _G_SURE_LEAD_WORDS, 2))  # "lúc 19g trên sân"
            )
        ):
            return raw
        if minute is not None and int(minute) > 59:
            return raw
        if minute is None and int(h) > 24 and not unit.startswith("h"):
            return raw
        return read_clock(h, minute)

    if ":" in text:
        if "/" in text:
            text = _PACE_RE.sub(lambda m: f"{read_number(m[1])} phút {read_number(m[2])} giây", text)
        text = _CLOCK_RE.sub(clock, text)
    if not _HOUR_HINT_RE.search(text):
        return text
    text = _GLUED_WORD_AFTER_CLOCK_RE.sub(r"\1 ", text)
    return _HOUR_RE.sub(hour, text)


#: Hundredths after the seconds of a race time: "20 giây 07" (the zero is said: "không bảy").
_HUNDREDTHS_RE = re.compile(r"(?<=\d[ \t]giây[ \t])(0\d)(?![\w]|[.,]\d)")


def race_hundredths(text: str) -> str:
    """A race time's hundredths after "giây" keep their leading zero.

    >>> race_hundredths("cán đích với 20 giây 07; chạy 10 giây 5; 30 giây 15")
    'cán đích với 20 giây không bảy; chạy 10 giây 5; 30 giây 15'
    """
    return _HUNDREDTHS_RE.sub(lambda m: read_digits(m[1]), text) if "giây 0" in text else text
