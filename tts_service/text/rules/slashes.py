"""The slashes no earlier rule read: "per" after a quantity, a pause between words."""

from __future__ import annotations

import re
from itertools import pairwise

from .. import tables
from .common import SCALE, UPPER, WORD_RE, alternation, spell
from .units import PER_UNIT_KEYS

_SLASH_RE = re.compile(r"[ \t]*/[ \t]*")
#: A number and a unit already spoken ("1,5 triệu ki lô oát giờ"): a quantity, however many words its unit took.
_SPOKEN_UNITS = alternation(sorted(set(tables.UNITS.values())))
_SPOKEN_QUANTITY_END_RE = re.compile(rf"\d[ \t]+(?:{SCALE}[ \t]+)?({_SPOKEN_UNITS})$")
#: A rate's unit already said after "trên" ("… đô la Mỹ trên mét vuông"): a slash after it goes on with the rate
#: ("USD/m2/chu kỳ thuê" is "trên mét vuông trên chu kỳ thuê"), whatever noun follows.
_SPOKEN_PER_UNIT_END_RE = re.compile(rf"[ \t]trên[ \t]+({_SPOKEN_UNITS})$")
_SPOKEN_QUANTITY_START_RE = re.compile(rf"\d[\d.,]*[ \t]+(?:{SCALE}[ \t]+)?({_SPOKEN_UNITS})(?![^\W_])")
_PER_WORDS = frozenset(tables.PER_WORDS)
_PER_TIME_WORDS = frozenset(tables.PER_TIME_WORDS)


_ALTERNATIVES = frozenset(tables.SLASH_ALTERNATIVES)
_WHOLE_UNITS = frozenset(tables.WHOLE_UNITS)
_AMOUNT_RE = re.compile(r"\d[\d.,]*")


def _amount(written: str) -> float:
    """ "21.500" → 21500.0, "2,5" → 2.5 (a dot groups thousands, a comma is the decimal mark)."""
    return float(written.replace(".", "").replace(",", ".").strip(".") or 0)


def _part_of_whole(end: re.Match[str], start: re.Match[str]) -> bool:
    """ "222 héc ta/240 héc ta lúa": a smaller amount of a measured whole before the whole, so "trên"; one amount
    twice is a whole cycle ("hoạt động 24 giờ/24 giờ", "7 ngày/7 ngày"), "trên" too, never a choice of equals."""
    first = _AMOUNT_RE.findall(end.string[: end.start(1)])
    second = _AMOUNT_RE.match(start.string, start.start())
    if not (first and second):
        return False
    if _amount(first[-1]) == _amount(second.group()):
        return True
    return end.group(1) in _WHOLE_UNITS and _amount(first[-1]) < _amount(second.group())


#: An amount said in words, a scale word and a currency ("nửa triệu đồng", "vài trăm nghìn đồng"), before a slash.
_AMOUNT_IN_WORDS_END_RE = re.compile(
    rf"(?<!\w)(?:{SCALE})[ \t]+(?:{alternation(list(tables.CURRENCY_WORDS))})$", re.IGNORECASE
)
#: A count of hours or days after a slash is a rate's period: "60 mg/kg thể trọng/24 giờ".
_PERIOD_AHEAD_RE = re.compile(r"\d{1,3}[ \t]*(?:giờ|ngày|tuần|tháng|năm)(?!\w)")
#: A number the alphanumerics rule has just read out inside a code ("Y9/141" is now "i chín/141"), before a number
#: that is not a year.
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?!\d)")
_NUMBER_WORD_END_RE = re.compile(
    r"(?<![^\W\d_])(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|tư|lăm|trăm|linh|nghìn)$"
)
#: "38.047 hộ/141.843 người": the homes and the people in them, two counts side by side ("với"), not a rate.
_HOUSEHOLDS_END_RE = re.compile(rf"\d[ \t]+(?:{alternation(list(tables.HOUSEHOLD_WORDS))})$", re.IGNORECASE)
_HEADCOUNT_START_RE = re.compile(
    rf"\d[\d.,]*[ \t]+(?:{alternation(list(tables.HEADCOUNT_WORDS))})(?![^\W_])", re.IGNORECASE
)


#: "259 mã tăng/68 mã giảm": two counts of one noun side by side, a tally ("hai trăm năm mươi chín mã tăng, sáu mươi
#: tám mã giảm"), not a rate.
_TALLY_END_RE = re.compile(r"(?<![\w.,])\d[\d.,]*[ \t]+([^\W\d_]+)((?:[ \t]+[^\W\d_]+){0,2})$")
_TALLY_START_RE = re.compile(r"\d[\d.,]*[ \t]+([^\W\d_]+)(?![\w])")
_PER_ONE_OR_HUNDRED_RE = re.compile(r"10*[ \t]")  # "…/100 trẻ gái", "…/1 con": a rate


def _tally(left: str, right: str) -> bool:
    end, start = _TALLY_END_RE.search(left), _TALLY_START_RE.match(right)
    if not (end and start) or _SPOKEN_QUANTITY_END_RE.search(left):  # "230 mi li gam/100 mi li lít" is a rate
        return False
    first, second = end.group(1).lower(), start.group(1).lower()
    # one noun needs a word that sets the two counts apart ("mã tăng", "mã giảm"): "17.919 con/14.066 con" is
    # a count out of a plan
    # a pair of nouns is a tally whatever its counts ("2 ngày / 1 đêm", "11 ngày/10 đêm")
    if tables.TALLY_PAIRS.get(first) == second:
        return True
    return first == second and bool(end.group(2)) and not _PER_ONE_OR_HUNDRED_RE.match(right)


_TOTAL_AHEAD_RE = re.compile(r"\d[\d.,]*[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _out_of_total(text: str, pos: int, right: str) -> bool:
    """ "491 đại biểu trúng cử … cấp huyện/493 đại biểu": the same noun counted earlier in the clause, then a total."""
    total = _TOTAL_AHEAD_RE.match(right)
    if not total:
        return False
    clause = re.split(r"[.;:!?\n]", text[max(0, pos - 120) : pos])[-1]
    return re.search(rf"\d[\d.,]*[ \t]+{re.escape(total.group(1))}(?!\w)", clause) is not None


def _between_alternatives(left: str, right: str) -> bool:
    """ "63 tỉnh/thành phố", "huyện/thị xã": nouns of one kind on both sides, so "or", not "per"."""
    before = [w.lower() for w in WORD_RE.findall(left)[-4:]]
    after = [w.lower() for w in WORD_RE.findall(right)[:4]] if right[:1].isalpha() else []
    return (
        bool(before)
        and not left[-1:].isspace()
        and any(" ".join(before[-k:]) in _ALTERNATIVES for k in (1, 2, 3, 4))
        and any(" ".join(after[:k]) in _ALTERNATIVES for k in (1, 2, 3, 4))
    )


_LETTER_PAIR_RE = re.compile(rf"(?<![\w/.])([{UPPER}])/([{UPPER}])(?![\w/]|\.\w)")
_LETTER_RATIOS = frozenset(tables.LETTER_RATIOS)
#: "Đ/C" is "Đ/c" (đồng chí) in capitals: a known key in any case is left to its own table.
_KNOWN_SLASHED = frozenset(k.lower() for k in (*tables.ABBREVIATIONS, *tables.UNITS) if "/" in k)


def letter_pairs(text: str) -> str:
    """Two single capitals around a slash are one code: a ratio with "trên", any other said as its letters.

    >>> letter_pairs("Chỉ số P/E đạt 12, P/B 1,5; giấy C/O mẫu D, mở L/C; A/B; Đ/C Hùng")
    'Chỉ số pê trên e đạt 12, pê trên bê 1,5; giấy xê ô mẫu D, mở lờ xê; a bê; Đ/C Hùng'
    """
    if "/" not in text:
        return text
    return _LETTER_PAIR_RE.sub(_letter_pair, text)


def _letter_pair(m: re.Match[str]) -> str:
    if m.group().lower() in _KNOWN_SLASHED:
        return m.group()
    joint = " trên " if m.group() in _LETTER_RATIOS else " "
    return spell(m.group(1)) + joint + spell(m.group(2))


#: A period per time: "1 tháng/lần", "2 năm/lần" are "một tháng một lần", not "trên lần".
#: A flu's strain, a lone capital before the slash and a subtype code after it: "A/H5N1", "A/H1N1" (no pause).
_LONE_CAPITAL_END_RE = re.compile(r"(?<![\w.])[A-Z]$")
_STRAIN_START_RE = re.compile(r"H\d{1,2}N\d{1,2}(?!\w)")
_PERIOD_PER_TIME_RE = re.compile(r"(?<=\d[ \t])(giờ|ngày|tuần|tháng|quý|năm)[ \t]*/[ \t]*lần(?!\w)")


#: "3 kg/HS", "20 lon nhôm/HS": a quantity, then a slash and the capitals of a per word (per_words.tsv) — "trên học
#: sinh" before the abbreviations rule reads the capitals and the slash between words turns into a pause.
_PER_CAPITALS_RE = re.compile(
    rf"(?<![\w/])(\d[\d.,]*(?:[ \t]+[^\W\d_]+){{1,4}})[ \t]*/[ \t]*([{UPPER}]{{2,4}})(?![\w/-])"
)


#: An amount of money as the units rule spoke it ("500 đô la Mỹ", "2 triệu đồng"): per anything abbreviated after it.
_MONEY_END_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, tables.CURRENCY_WORDS), key=len, reverse=True)) + r")(?:[ \t]+Mỹ)?$"
)


def per_capitals(text: str) -> str:
    """A slash between a quantity and the capitals of a per word is "trên"; the capitals stay for their own rule.

    >>> per_capitals("nộp 3 ki lô gam/HS hoặc 20 lon nhôm/HS; 142/KH-UBND; 63 tỉnh/TP; 500 đô la Mỹ/VĐV")
    'nộp 3 ki lô gam trên HS hoặc 20 lon nhôm trên HS; 142/KH-UBND; 63 tỉnh/TP; 500 đô la Mỹ trên VĐV'
    """
    if "/" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        spoken = tables.ABBREVIATIONS.get(m[2], "").lower()
        if not spoken or m[1].split()[-1].lower() in _ALTERNATIVES:
            return m.group()
        if spoken not in _PER_WORDS and not _MONEY_END_RE.search(m[1]):
            return m.group()
        return f"{m[1]} trên {m[2]}"

    return _PER_CAPITALS_RE.sub(one, text)


#: An equals sign earlier in the same sentence: the words around a spaced slash after it are terms of a formula.
_EQUALS_BEFORE_RE = re.compile(r"=[^.;!?\n=]*$")


def _divides_in_a_formula(text: str, m: re.Match[str]) -> bool:
    """ "Điện tiêu thụ = Tiền điện hàng tháng / Giá điện trung bình": a slash spaced on both sides after "=" divides.

    >>> _divides_in_a_formula("A = B / C", _SLASH_RE.search("A = B / C"))
    True
    >>> _divides_in_a_formula("A = B/C; D / E", _SLASH_RE.search("A = B/C; D / E", 8))
    False
    """
    spaced = m.group()[:1] in " \t" and m.group()[-1:] in " \t"
    return spaced and _EQUALS_BEFORE_RE.search(text, max(0, m.start() - 120), m.start()) is not None


#: Sizes of memory sharing the unit written after the last ("128/256GB", "256/512/1024 GB"): choices of one
#: product, "hoặc", when every size is a power of two (a rate or a share of data is not).
_SHARED_MEMORY_UNIT_RE = re.compile(
    r"(?<![\w.,/])(\d{1,4}(?:/\d{1,4})+)(?=[ \t]?(?:ki lô bai|mê ga bai|gi ga bai|tê ra bai)(?![^\W\d_]))"
)
#: A run of three model numbers or more, each one more than the one before ("iPhone 12/13/14/15 Pro"): a list.
_MODEL_RUN_RE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:/\d{1,3}){2,})(?![\w/]|[.,]\d)")


def _shared_memory_unit(m: re.Match[str]) -> str:
    sizes = m[1].split("/")
    if any(int(n) < 2 or int(n) & (int(n) - 1) for n in sizes):
        return m.group()
    return " hoặc ".join(sizes)


def _model_run(m: re.Match[str]) -> str:
    numbers = [int(n) for n in m[1].split("/")]
    if numbers[0] < 5 or any(b != a + 1 for a, b in pairwise(numbers)):
        return m.group()
    return ", ".join(m[1].split("/"))


def slashes(text: str) -> str:
    """A slash after a quantity is "trên" (per), between numbers "trên", between plain words a pause.

    >>> print(slashes("200.000 đồng/người, 15.000 đồng/học sinh/ngày, 62,5 tạ/ha, 86/3 Nguyễn Sinh "
    ...       "Cung, xã/phường, 1,5 triệu ki lô oát giờ/tháng"))
    200.000 đồng trên người, 15.000 đồng trên học sinh trên ngày, 62,5 tạ trên héc ta, 86 trên 3 Nguyễn
    Sinh Cung, xã, phường, 1,5 triệu ki lô oát giờ trên tháng
    >>> slashes("128 đô la Mỹ trên mét vuông/chu kỳ thuê")
    '128 đô la Mỹ trên mét vuông trên chu kỳ thuê'
    >>> slashes("63 tỉnh/thành phố, 705 huyện/thị xã, 15 cán bộ/đơn vị")
    '63 tỉnh, thành phố, 705 huyện, thị xã, 15 cán bộ trên đơn vị'
    >>> slashes("bộ nhớ 32 gi ga bai/64 gi ga bai, 20 đồng/ki lô gam")
    'bộ nhớ 32 gi ga bai hoặc 64 gi ga bai, 20 đồng trên ki lô gam'
    >>> slashes("hơn 222 héc ta/240 héc ta lúa; 21.500 héc ta/58.785 héc ta; 5 héc ta/3 héc ta")
    'hơn 222 héc ta trên 240 héc ta lúa; 21.500 héc ta trên 58.785 héc ta; 5 héc ta hoặc 3 héc ta'
    >>> slashes("tổ i chín/141, căn hộ xê năm/37")
    'tổ i chín trên 141, căn hộ xê năm trên 37'
    >>> slashes("di dời 1.204 hộ/4.310 người; 12 hộ gia đình/40 nhân khẩu; 500 đồng/người")
    'di dời 1.204 hộ với 4.310 người; 12 hộ gia đình với 40 nhân khẩu; 500 đồng trên người'
    >>> slashes("259 mã tăng/68 mã giảm; 24/24 đại biểu; 10 mã tăng / 18 mã giảm; 6 ngày / 5 đêm; 17 con/14 con")
    '259 mã tăng, 68 mã giảm; 24 trên 24 đại biểu; 10 mã tăng, 18 mã giảm; 6 ngày, 5 đêm; 17 con trên 14 con'
    >>> slashes("491 đại biểu trúng cử cấp huyện/493 đại biểu; tăng gần nửa triệu đồng/tấn")
    '491 đại biểu trúng cử cấp huyện trên 493 đại biểu; tăng gần nửa triệu đồng trên tấn'
    >>> slashes("113,8 trẻ trai/100 trẻ gái; 230 mi li gam/100 mi li lít")
    '113,8 trẻ trai trên 100 trẻ gái; 230 mi li gam trên 100 mi li lít'
    >>> slashes("Phương Anh/ ca đê và pê lờ; 5 đồng/ ca")
    'Phương Anh, ca đê và pê lờ; 5 đồng trên ca'
    >>> slashes("Số chứng minh nhân dân/căn cước công dân/ hộ chiếu; 5 đồng/hộ")
    'Số chứng minh nhân dân, căn cước công dân, hộ chiếu; 5 đồng trên hộ'
    >>> slashes("bộ nhớ 128/256 gi ga bai; ai phôn 12/13/14/15 Pro; 120/250 gi ga bai")
    'bộ nhớ 128 hoặc 256 gi ga bai; ai phôn 12, 13, 14, 15 Pro; 120 trên 250 gi ga bai'
    """
    if "/" not in text:
        return text
    text = text.replace("./.", ".")  # the end mark of a portal article ("… 12,35%./.")
    text = _SHARED_MEMORY_UNIT_RE.sub(_shared_memory_unit, text)
    text = _MODEL_RUN_RE.sub(_model_run, text)
    if "lần" in text:
        text = _PERIOD_PER_TIME_RE.sub(r"\1 một lần", text)
    out: list[str] = []
    last = 0
    rate_until = -1  # a "per" chain continues while the next slash follows within two words
    pause_until = -1  # so does a chain of alternatives: "CMND/căn cước công dân/hộ chiếu"
    for m in _SLASH_RE.finditer(text):
        left = text[max(0, m.start() - 40) : m.start()]
        right = text[m.end() : m.end() + 20]
        tokens = left.split()
        near = tokens[-4:]
        right_word = WORD_RE.match(right)
        in_choices = (
            pause_until >= 0
            and len(between := text[pause_until : m.start()].split()) <= 4
            and not any(c in ",;:" or c.isdigit() for w in between for c in w)
        )
        is_rate = (
            not in_choices
            and not _between_alternatives(left, right)
            and (
                (left[-1:].isdigit() and right[:1].isdigit())
                or any(t[:1].isdigit() for t in near)
                or _SPOKEN_QUANTITY_END_RE.search(left) is not None  # "… ki lô oát giờ/tháng"
                or _SPOKEN_PER_UNIT_END_RE.search(left) is not None  # "… trên mét vuông/chu kỳ thuê"
                or (
                    rate_until >= 0
                    and len(between := text[rate_until : m.start()].split()) <= 2
                    and not any(c in ",;:" for w in between for c in w)  # a new clause starts a new chain
                )
                or (
                    right_word is not None
                    and right_word.group() in _PER_WORDS
                    and bool(left_words := WORD_RE.findall(left[-12:]))
                    and left_words[-1].lower() not in _PER_TIME_WORDS  # "Ngày/tháng/năm sinh" is a label
                    and not (left_words[-1][:1].isupper() and m.group() == "/ ")  # "Phương Anh/ KD&PL": a byline
                )
                or (right[:1].isdigit() and len(near[-1:][0] if near else "") == 1)  # "14A/2": a house number
                or (left[-1:].isalpha() and _PERIOD_AHEAD_RE.match(right) is not None)  # "… thể trọng/24 giờ"
                or _AMOUNT_IN_WORDS_END_RE.search(left) is not None  # "gần nửa triệu đồng/tấn"
                or (left[-1:].isalpha() and _out_of_total(text, m.start(), right))  # "… cấp huyện/493 đại biểu"
                or (right[:1].isdigit() and _NUMBER_WORD_END_RE.search(left) is not None and not _YEAR_RE.match(right))
            )
        )
        out.append(text[last : m.start()])
        if _divides_in_a_formula(text, m):
            out.append(" chia ")  # "Điện tiêu thụ = Tiền điện hàng tháng / Giá điện trung bình"
            last = m.end()
            continue
        end = _SPOKEN_QUANTITY_END_RE.search(left)
        start = _SPOKEN_QUANTITY_START_RE.match(right)
        if _HOUSEHOLDS_END_RE.search(left) and _HEADCOUNT_START_RE.match(right):
            out.append(" với ")
            last = m.end()
            continue
        if end and start and end.group(1) == start.group(1):  # "32 GB/64 GB": choices of one measure, not a rate
            out.append(" trên " if _part_of_whole(end, start) else " hoặc ")
            last = m.end()
            continue
        if _tally(left, right):
            out.append(", ")
            last = m.end()
            continue
        if is_rate:
            unit = re.match(rf"({PER_UNIT_KEYS})(?![\w²³])", right)
            if unit and not right[:1].isdigit():
                out.append(" trên " + tables.UNITS[unit.group(1)])
                last = m.end() + unit.end()
                rate_until = last
                continue
            out.append(" trên ")
            rate_until = m.end()
        else:
            strain = _LONE_CAPITAL_END_RE.search(left) and _STRAIN_START_RE.match(right)  # "cúm A/H5N1": one name
            out.append(", " if left[-1:].isalpha() and right[:1].isalpha() and not strain else " ")
            pause_until = m.end()
        last = m.end()
    out.append(text[last:])
    return "".join(out)
