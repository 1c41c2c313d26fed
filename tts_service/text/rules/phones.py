"""Phone numbers, hotlines and identifiers read digit by digit in the groups they are written in."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import DIGITS, read_digits, read_number
from .common import DIGIT_FIRST, UPPER, WORD_RE, alternation, in_sentence, led_by, mentions, preceded_by, prev_words

#: A phone number; police warnings mask its last digits ("0823 125 xxx", "0823125xxx").
#: "+84 905 …" glued or not; another country's code ("+1 415 …", "+856 21 …") set apart from the number.
_PHONE_RE = re.compile(
    r"(?=[+0])(?<![\w.,+/-])(?:\+84[ .-]?|\+\d{1,3}[ .-]|0)"
    r"\d{1,4}(?:\.[ \t](?=\d{6,8}(?!\d)))?"  # "04. 37343622": a dot and a space after the area code
    r"(?:[ .-]?\d{2,4}|[ .-]\d){1,4}(?:[ .-]?[xX]{2,4})?(?![\w/]|[.,]\d)"
)
_PHONE_LABEL_RE = re.compile(
    led_by(list(tables.PHONE_LABELS))
    + rf"(?<![\w])({alternation(list(tables.PHONE_LABELS))})(?=[ \t]*[:.]?[ \t]*(?:\+84|0\d|\d{{6}}))"
)
#: A hotline: 1800/1900 and four to six digits, whole or in groups ("1900 1234", "1900.05.55.59").
_HOTLINE_RE = re.compile(r"(?=1)(?<![\w.,/-])1[89]00[ .]?\d{2,4}(?:[ .]?\d{2,4})?(?:[ .]\d{2})?(?![\w/]|[.,]\d)")
#: Two phone numbers joined by a slash are two ways to call: "0914379237/ 0692196851" is "… hoặc …".
_PHONE_OR_RE = re.compile(r"(?=0)(?<![\w.,/-])(0\d{8,10})[ \t]*/[ \t]*(?=(?:\+84|0)\d{8,10}(?![\w/]|[.,]\d))")
_DIGIT_RUN_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/-])\d{3,}(?:[ .-]\d{2,})*(?![\w/]|[.,]\d)")
_PHONE_WORDS = frozenset(tables.PHONE_CONTEXT_WORDS)
_NEAR_WORDS = _PHONE_WORDS | frozenset(tables.PHONE_HINT_WORDS)
#: Words that may stand between a phone label and its number: "gọi ngay số 114", "hotline là 1039".
_BETWEEN = ("ngay", "số", "là")
#: Emergency and service numbers: 111 to 119, and 10xx (1022, 1080) but not a round 1000.
_SERVICE_RE = re.compile(r"11[1-9]|10(?!00)\d\d")
_DATE_START_RE = re.compile(r"(\d{1,2})([.-])(\d{1,2})\2(?:19|20)\d{2}(?!\d)")
_MONEY_AHEAD_RE = re.compile(rf"[ \t]*(?:{'|'.join(map(re.escape, tables.AMOUNT_WORDS))})(?!\w)")


#: A lottery draw: five to seven two-digit numbers joined by hyphens ("02-08-21-29-37-45").
_DRAW_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/-])\d{2}(?:[ \t]?-[ \t]?\d{2}){4,6}(?![\w/-]|[.,]\d)")
#: Two pairs of a draw's numbers, found by a fast scan before the full pattern.
#: A country code, then the trunk zero in brackets that callers from abroad leave out ("+84-(0)203.3826137").
_TRUNK_ZERO_RE = re.compile(r"(\+\d{1,3})[ \t.-]?\(0\)[ \t]?(?=\d)")
#: The start of a phone number, found fast.
_PHONE_HINT_RE = re.compile(r"(?:\+\d{1,3}[ .-]?|0)\d{1,4}(?:\.[ \t]|[ .-])?\d")
_DRAW_HINT_RE = re.compile(r"\d\d[ \t]?-[ \t]?\d\d[ \t]?-")
_LOTTERY_WORDS = frozenset(tables.LOTTERY_WORDS)


def _draw(m: re.Match[str]) -> str:
    if not mentions(m.string, m.start(), _LOTTERY_WORDS, 8):
        return m.group()
    numbers = re.findall(r"\d{2}", m.group())
    return ", ".join(read_digits(n) if n.startswith("0") else read_number(n) for n in numbers)


def _read_phone(raw: str) -> str:
    prefix = ""
    if raw.startswith("+"):
        code = "84" if raw.startswith("+84") else re.match(r"\+(\d{1,3})", raw)[1]  # type: ignore[index]
        prefix, raw = "cộng " + read_digits(code) + ", ", raw[1 + len(code) :]
    groups = [g for g in re.split(r"[ .-]+", raw.strip()) if g]
    if len(groups) == 1 and len(groups[0]) >= 9:
        g = groups[0]
        groups = [g[:4], g[4:7], g[7:]]
    return prefix + ", ".join(_read_group(g) for g in groups)


def _read_group(group: str) -> str:
    """A group of digits read one by one; a masked digit is the letter x ("125xxx": "một hai năm ích ích ích")."""
    if "x" not in group and "X" not in group:
        return read_digits(group)
    return " ".join("ích" if c in "xX" else read_digits(c) for c in group)


def phone_shaped(run: str) -> bool:
    """A bare run of digits that could be a phone number wherever a phone word stands near it.

    >>> phone_shaped("0914123"), phone_shaped("3822345"), phone_shaped("113"), phone_shaped("1022")
    (True, True, True, True)
    >>> phone_shaped("109"), phone_shaped("1000"), phone_shaped("250"), phone_shaped("12500")
    (False, False, False, False)
    """
    return run.startswith("0") or sum(c.isdigit() for c in run) >= 7 or bool(_SERVICE_RE.fullmatch(run))


_DIGIT_NAMES = frozenset((*DIGITS, "cộng"))


def _near_a_phone_word(text: str, pos: int) -> bool:
    """A phone word among the five words before ``pos``, not counting a number already read out digit by digit
    ("Gọi 0914 123 456 hoặc 113": "gọi" still stands near 113; "Điện thoại: (028) 39238320 - 38366148": two
    numbers after one label)."""
    words = [w for w in WORD_RE.findall(text[max(0, pos - 240) : pos].lower())[-40:] if w not in _DIGIT_NAMES][-5:]
    return any(" ".join(words[i : i + k]) in _NEAR_WORDS for k in (1, 2, 3) for i in range(len(words) - k + 1))


_COUNTED_LABELS = frozenset(tables.COUNTED_ID_LABELS)
_SERVICE_LINE_RE = re.compile(rf"(?<![\w])(?:{alternation(list(tables.SERVICE_LINE_WORDS))})(?![\w])", re.IGNORECASE)
#: The words of a name between a place's word and its line: capitalised, or "Nhân dân" written with one capital.
_NAME_BETWEEN_RE = re.compile(rf"(?:[ \t]+(?:Nhân[ \t]+dân|[{UPPER}][^\W\d_]*))*[ \t]+")


_HOTLINE_SENTENCE_WORDS = tuple(tables.HOTLINE_SENTENCE_WORDS)
_QUANTITY_WORDS = frozenset((*tables.QUANTITY_CONTEXT_WORDS, "tiếp nhận", "nhận", "với", "cho"))
#: Nouns a number counts whole ("115 ca", "113 trường hợp", "111 cuộc gọi").
_WHOLE_COUNT_NOUNS = [*tables.RANGE_COUNTER_WORDS, *tables.WHOLE_COUNT_NOUNS, "cuộc", "tin", "vụ", "trẻ"]
#: A noun counted by the number before it ("115 cuộc gọi", "113 trường hợp"): the number is a count, no line.
_COUNTED_AHEAD_RE = re.compile(
    r"[ \t]*%|[ \t]+(?:" + alternation([*_WHOLE_COUNT_NOUNS, *tables.OUT_OF_NOUNS]) + r")(?![^\W\d_])"
)


#: A noun counted right after a place's name and its line ("Bệnh viện Chợ Rẫy 115 ca ghép thận"): whole count nouns
#: only, so that "Bệnh viện Nhân dân 115 tổ chức …" keeps its line ("tổ" counts only out of a total).
_COUNTED_AFTER_A_NAME_RE = re.compile(r"[ \t]+(?:" + alternation(_WHOLE_COUNT_NOUNS) + r")(?![^\W\d_])")


def _a_counted_service_number(text: str, start: int, end: int) -> bool:
    """ "tiếp nhận 115 cuộc gọi", "có 113 trường hợp", "tăng 117%": a service number's digits counting something."""
    return bool(_COUNTED_AHEAD_RE.match(text, end)) or preceded_by(text, start, _QUANTITY_WORDS, 2)


#: Words after which a number names a document, an article, a place or a kilometre post, never a phone line ("Nghị
#: định 117", "Điều 113", "tổ 113", "km 115"), even in a sentence about lines; "số" alone may still lead a line.
_NOT_A_LINE_WORDS = frozenset((*tables.DOCUMENT_WORDS, *tables.NUMBERED_PART_WORDS, "km")) - {"số"}


def _another_kind_of_number(text: str, start: int, end: int) -> bool:
    """ "Nghị định 117", "Điều 113", "đoạn km 115": a number of another kind in a sentence about lines."""
    return preceded_by(text, start, _NOT_A_LINE_WORDS, 2)


def _a_hotline_in_its_sentence(text: str, start: int, end: int, run: str) -> bool:
    """ "Tổng đài … bảo vệ trẻ em 111 hoạt động", "111 - Tổng đài …": a short line named in a sentence about lines.

    >>> _a_hotline_in_its_sentence("111 - Tổng đài quốc gia", 0, 3, "111")
    True
    >>> _a_hotline_in_its_sentence("Tổng đài tiếp nhận 111 cuộc gọi", 19, 22, "111")
    False
    """
    return (
        len(run) == 3
        and bool(_SERVICE_RE.fullmatch(run))
        and in_sentence(text, start, end, _HOTLINE_SENTENCE_WORDS)
        and not _a_counted_service_number(text, start, end)
        and not _another_kind_of_number(text, start, end)
    )


def _names_a_service_line(text: str, start: int, run: str) -> bool:
    """An emergency line (113, 114, 115) that ends the name of a hospital or a rescue service: a word of such a
    place, then only the capitalised words of its name ("Bệnh viện Gia An 115", "Bệnh viện Nhân dân 115").

    >>> _names_a_service_line("Bệnh viện An 115", 13, "115"), _names_a_service_line("Bệnh viện có 115", 13, "115")
    (True, False)
    """
    if run not in ("113", "114", "115"):
        return False
    window = text[max(0, start - 60) : start]
    return any(_NAME_BETWEEN_RE.fullmatch(window, word.end()) for word in _SERVICE_LINE_RE.finditer(window))


def _a_counted_id(text: str, start: int, run: str) -> bool:
    """A contestant's short number ("SBD: 138"): a count, unlike a code of four digits or one led by 0."""
    return run.isdigit() and len(run) <= 3 and not run.startswith("0") and preceded_by(text, start, _COUNTED_LABELS, 3)


def labelled(text: str, pos: int) -> bool:
    """True when a phone word stands right before ``pos`` (``ngay``, ``số``, ``là`` may come between).

    >>> labelled("Tổng đài 1039", 9), labelled("hotline là số 1039", 14), labelled("Tổng đài tiếp nhận 250", 19)
    (True, True, False)
    """
    words = prev_words(text, pos, 6)
    while words:
        if any(" ".join(words[-k:]) in _PHONE_WORDS for k in range(1, min(3, len(words)) + 1)):
            return True
        if words[-1] not in _BETWEEN:
            return False
        words.pop()
    return False


#: A spaced dash between two phone numbers read out digit by digit: a longer pause than between a number's groups.
_BETWEEN_PHONES_RE = re.compile(
    r"(?<!\w)(không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|ích)[ \t]+[-–][ \t]+"
    r"(?=(?:không|cộng)[ \t]+(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)[ \t,])"
)


def trunk_zeros(text: str) -> str:
    """The trunk zero a number gives in brackets after its country code is not dialled from abroad, nor read.

    >>> trunk_zeros("Fax: +84-(0)203.3826137, ĐT: +84 (0) 24 3826 1370; mục (0) 5")
    'Fax: +84 203.3826137, ĐT: +84 24 3826 1370; mục (0) 5'
    """
    return _TRUNK_ZERO_RE.sub(r"\1 ", text) if "(0)" in text else text


def phone_numbers(text: str) -> str:
    """Phone numbers and hotlines digit by digit, in the groups they are written in.

    >>> print(phone_numbers("Gọi 0914 123 456 hoặc 0234.3822.345; tổng đài 1022; ĐT: +84 234 3822 123."))
    Gọi không chín một bốn, một hai ba, bốn năm sáu hoặc không hai ba bốn, ba tám hai hai, ba bốn năm;
    tổng đài một không hai hai; điện thoại: cộng tám bốn, hai ba bốn, ba tám hai hai, một hai ba.
    >>> phone_numbers("09-07-2019 09:42")  # a date and a clock time
    '09-07-2019 09:42'
    >>> phone_numbers("gọi ngay 114; gọi 109 thanh niên nhập ngũ; đường dây nóng tiếp nhận 250 cuộc gọi")
    'gọi ngay một một bốn; gọi 109 thanh niên nhập ngũ; đường dây nóng tiếp nhận 250 cuộc gọi'
    >>> phone_numbers("cuộc gọi từ số máy lạ (0823 125 xxx), số 0823125xxx")  # masked digits
    'cuộc gọi từ số máy lạ (không tám hai ba, một hai năm, ích ích ích), số không tám hai ba, một hai năm, ích ích ích'
    >>> phone_numbers("vé số mang dãy số 02-08-21-29-37-45 được phát hành")  # a lottery draw
    'vé số mang dãy số không hai, không tám, hai mươi mốt, hai mươi chín, ba mươi bảy, bốn mươi lăm được phát hành'
    >>> phone_numbers("Gọi 0914123456 hoặc 113")
    'Gọi không chín một bốn, một hai ba, bốn năm sáu hoặc một một ba'
    >>> phone_numbers("Điện thoại : 028 39238320 - 38366148")
    'Điện thoại : không hai tám, ba chín hai ba tám ba hai không - ba tám ba sáu sáu một bốn tám'
    >>> print(phone_numbers("Điện thoại: 0931.084.084 - 043.766.2222 - 0984.464.844"))  # a list of numbers
    Điện thoại: không chín ba một, không tám bốn, không tám bốn; không bốn ba, bảy sáu sáu, hai hai hai hai;
    không chín tám bốn, bốn sáu bốn, tám bốn bốn
    >>> phone_numbers("gọi 0914379237/ 0692196851, gặp")  # two numbers, one or the other
    'gọi không chín một bốn, ba bảy chín, hai ba bảy hoặc không sáu chín hai, một chín sáu, tám năm một, gặp'
    >>> phone_numbers("thí sinh (SBD: 207), số báo danh 0412, SBD 1985")  # a contestant's short number is a count
    'thí sinh (SBD: 207), số báo danh không bốn một hai, SBD một chín tám năm'
    """

    def phone(m: re.Match[str]) -> str:
        raw = m.group()
        if (date := _DATE_START_RE.match(raw)) and 1 <= int(date[1]) <= 31 and 1 <= int(date[3]) <= 12:
            return raw  # "09-07-2019 09:42": a date and a clock time, not a number starting 09
        count = sum(c.isdigit() or c in "xX" for c in raw)
        if count == 8 and re.fullmatch(r"0\d{3}[ .]\d{4}", raw):
            return _read_phone(raw)  # an area code and a short service number: "0236.1022"
        if not 9 <= count <= 12:
            return raw
        return _read_phone(raw)

    def in_context(m: re.Match[str]) -> str:
        if _a_counted_id(m.string, m.start(), m.group()):
            return m.group()
        if labelled(m.string, m.start()) or (
            _names_a_service_line(m.string, m.start(), m.group())
            and not _COUNTED_AFTER_A_NAME_RE.match(m.string, m.end())
        ):  # "Bệnh viện Nhân dân 115", but "Bệnh viện Chợ Rẫy 115 ca ghép thận" counts
            return _read_phone(m.group())
        short = len(m.group()) <= 4 and not m.group().startswith("0")
        if short and _a_counted_service_number(m.string, m.start(), m.end()):
            return m.group()  # "Đường dây nóng có 113 trường hợp": a count near a phone word
        if phone_shaped(m.group()) and _near_a_phone_word(m.string, m.start()):
            return _read_phone(m.group())
        if _a_hotline_in_its_sentence(m.string, m.start(), m.end(), m.group()):
            return _read_phone(m.group())
        if m.group().isdigit() and len(m.group()) >= 10 and not _MONEY_AHEAD_RE.match(m.string, m.end()):
            return _read_phone(m.group())  # ten digits unseparated: a tax code, an account, an ID card
        return m.group()

    if any(label in text for label in tables.PHONE_LABELS):
        text = _PHONE_LABEL_RE.sub(lambda m: tables.PHONE_LABELS[m.group(1)], text)
    if "-" in text and _DRAW_HINT_RE.search(text):
        text = _DRAW_RE.sub(_draw, text)
    if "/0" in text or "/ 0" in text or "/+84" in text or "/ +84" in text:
        text = _PHONE_OR_RE.sub(r"\1 hoặc ", text)
    if _PHONE_HINT_RE.search(text):
        text = _PHONE_RE.sub(phone, text)
    if "1800" in text or "1900" in text:
        text = _HOTLINE_RE.sub(lambda m: _read_phone(m.group()), text)
    text = _DIGIT_RUN_RE.sub(in_context, text)
    return _BETWEEN_PHONES_RE.sub(r"\1; ", text) if " - " in text or " – " in text else text
