"""Fixed expressions ("24/7", "4.0", "5G") and loanwords read the Vietnamese way."""

from __future__ import annotations

import re

from .. import tables
from .common import alternation, is_vietnamese_syllable, led_by, mentions, preceded_by

#: "4.0" is an industry's age, but "3.0 lít", "2.0 triệu" are amounts: not the expression before a unit or scale word.
_AMOUNT_AFTER = rf"[ \t]*(?:{alternation([*tables.UNITS, *tables.SCALE_WORDS])})(?![^\W\d_])"
#: "(4.0 – 5.6 mmol/L)": the first end of a span of numbers is an amount, not an industry's age.
_SPAN_AHEAD = r"[ \t]*[-–~][ \t]*\d"
_FIXED_RE = re.compile(
    led_by(list(tables.FIXED_EXPRESSIONS))
    + rf"(?<![\w./-])(?<!\d – )(?<!\d - )(?:{alternation(list(tables.FIXED_EXPRESSIONS))})"
    + rf"(?![\w/]|[.,]\d|{_AMOUNT_AFTER}|{_SPAN_AHEAD})"
)


def fixed_expressions(text: str) -> str:
    """Expressions whose digits are not what their shape suggests.

    >>> fixed_expressions("Tổng đài hoạt động 24/7, công nghiệp 4.0 và mạng 5G.")
    'Tổng đài hoạt động hai mươi tư trên bảy, công nghiệp bốn chấm không và mạng năm gờ.'
    >>> fixed_expressions("Chiều 24/7, tại Hà Nội; Ngày 24/7 huyện họp; trực 24/7")
    'Chiều 24/7, tại Hà Nội; Ngày 24/7 huyện họp; trực hai mươi tư trên bảy'
    >>> fixed_expressions("dung tích 3.0 lít, 2.0 triệu đồng; phiên bản 2.0")
    'dung tích 3.0 lít, 2.0 triệu đồng; phiên bản hai chấm không'
    >>> fixed_expressions("đường huyết (4.0 – 5.6 mmol/L), 3.5 - 4.0 mmol/L; cách mạng 4.0 - thời cơ")
    'đường huyết (4.0 – 5.6 mmol/L), 3.5 - 4.0 mmol/L; cách mạng bốn chấm không - thời cơ'
    """
    return _FIXED_RE.sub(_fixed, text)


#: A tour's days and nights: "3N2Đ", "10N9Đ", "3n2đ", "4N3D" (N for ngày, Đ for đêm).
_TRIP_LENGTH_RE = re.compile(r"(?<![\w.,/-])(\d{1,2})[Nn](\d{1,2})[ĐđDd](?![\w/-])")
_TRIP_LENGTH_HINT_RE = re.compile(r"[Nn](?<=\d[Nn])\d")


def trip_lengths(text: str) -> str:
    """A tour's length in days and nights, whatever its numbers.

    >>> trip_lengths("Tour 2N1Đ, lịch trình 10N9Đ, combo 3n2đ; lớp 6N1; mã 4N3D-X")
    'Tour 2 ngày 1 đêm, lịch trình 10 ngày 9 đêm, combo 3 ngày 2 đêm; lớp 6N1; mã 4N3D-X'
    """
    if not _TRIP_LENGTH_HINT_RE.search(text):
        return text
    return _TRIP_LENGTH_RE.sub(r"\1 ngày \2 đêm", text)


_DATE_SHAPED_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])")
_DATE_WORDS = frozenset((*tables.DATE_CONTEXT_WORDS, "ngày", "hôm", "mùng", "mồng"))


#: Words of a zoom, a playback speed or a growth before "x64" ("Zoom quang học x64", "tua nhanh x64", "gấp x64"): the
#: "x" is "nhân" (times), not a processor's instruction set ("chip x86", "Windows 10 x64").
_TIMES_WORDS = frozenset(("zoom", "thu phóng", "phóng to", "tua", "tốc độ", "gấp"))
_INSTRUCTION_SET_RE = re.compile(r"x\d+(?:-\d+)?")


def _fixed(m: re.Match[str]) -> str:
    """ "24/7" after "Chiều" or "Ngày" is the 24th of July, left to the date rules; "x64" after "zoom" a multiplier."""
    if _DATE_SHAPED_RE.fullmatch(m.group()) and preceded_by(m.string, m.start(), _DATE_WORDS, 2):
        return m.group()
    if _INSTRUCTION_SET_RE.fullmatch(m.group()) and mentions(m.string, m.start(), _TIMES_WORDS, 3):
        return m.group()
    return tables.FIXED_EXPRESSIONS[m.group()]


#: A key of several words, or with a sign a word does not hold ("vietnam+"), is found by one pattern; the rest by word.
_LOAN_MULTI = {k: v for k, v in tables.LOANWORDS.items() if " " in k or "+" in k}
_LOAN_SINGLE = {k: v for k, v in tables.LOANWORDS.items() if k not in _LOAN_MULTI}
#: A whole word, hyphenated parts included ("Covid-19", "Delta-Omicron", "KT-XH").
_LOAN_WORD_RE = re.compile(r"[^\W\d_]+(?:-(?:[^\W\d_]+|\d+(?![^\W\d_])))*")
_LOAN_MULTI_RE = re.compile(
    led_by(list(_LOAN_MULTI), True) + rf"(?<![\w-])(?:{alternation(list(_LOAN_MULTI))})(?![\w-])", re.IGNORECASE
)


def loanwords(text: str) -> str:
    """Foreign words and brands the Vietnamese way.

    >>> loanwords("Dịch Covid-19, biến chủng Delta và SARS-CoV-2; tiêm vaccine.")
    'Dịch cô vít mười chín, biến chủng đen ta và sát cô vi hai; tiêm vắc xin.'
    >>> loanwords("Air Quality Index; chỉ số Index")
    'Air Quality Index; chỉ số in đéc'
    """
    text = _LOAN_MULTI_RE.sub(lambda m: _LOAN_MULTI[m.group().lower()], text)
    # Decide once per distinct word (a long text repeats its words), then rewrite only if something changes.
    spoken = {}
    for word in set(_LOAN_WORD_RE.findall(text)):
        if ("-" in word or word.lower() in _LOAN_SINGLE) and (reading := _read_loan(word)) != word:
            spoken[word] = reading
    if not spoken:
        return text

    def loan(m: re.Match[str]) -> str:
        word = m.group()
        if word not in spoken or (word[:1].isupper() and _in_english_name(m.string, m.start())):
            return word
        if not word.isupper() and _beside_english(m.string, m.start(), m.end()):
            return word
        return spoken[word]

    return _LOAN_WORD_RE.sub(loan, text)


#: Two capitalised English words right before ("Air Quality Index"): the word ends an English name, left as written.
_ENGLISH_PAIR_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]+$")


def _in_english_name(text: str, start: int) -> bool:
    """ "Air Quality Index (AQI)": the third word of an English name; "Chỉ số Index", "Hà Nội Index" are not.

    >>> _in_english_name("của Air Quality Index", 16), _in_english_name("Cao Bằng Index", 9)
    (True, False)
    """
    pair = _ENGLISH_PAIR_BEFORE_RE.search(text, max(0, start - 40), start)
    return bool(pair) and not any(is_vietnamese_syllable(w) for w in pair.groups())


def _read_loan(word: str) -> str:
    """Longest known hyphenated run first: "Covid-19" whole, "Delta-Omicron" part by part."""
    spoken = _LOAN_SINGLE.get(word.lower())
    if spoken is not None or "-" not in word:
        return spoken or word
    parts, out, i = word.split("-"), [], 0
    while i < len(parts):
        for j in range(min(len(parts), i + 4), i, -1):  # keys have at most 3 hyphens
            key = "-".join(parts[i:j]).lower()
            if key in _LOAN_SINGLE:
                out.append(_LOAN_SINGLE[key])
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    return "-".join(out)


_NAME_KEYS = {*tables.ABBREVIATIONS, *tables.TITLES}
#: A storm word, maybe its number, a bracket or "(có) tên (quốc tế) là", then a word of three or more capitals;
#: or a photo's or a story's credit ("Ảnh: XINHUA", "Nguồn: REUTERS"), where a name of five or more capitals is an
#: agency's name (a shorter one, "Ảnh: AFP", is its letters).
_CAPITAL_NAME_RE = re.compile(
    led_by([*tables.STORM_WORDS, *tables.CREDIT_LABELS], True)
    + rf"(?i:(?<!\w)(?:{alternation(list(tables.STORM_WORDS))})(?:[ \t]+số[ \t]+\d+)?[ \t]*[(:]?[ \t]*"
    r"(?:có[ \t]+)?(?:tên(?:[ \t]+quốc[ \t]+tế)?[ \t]+)?(?:là[ \t]+)?[\"“']?)([A-Z]{3,})(?![\w-])"
    rf"|(?<!\w)(?:{alternation(list(tables.CREDIT_LABELS))})[ \t]*:?[ \t]*([A-Z]{{5,}})(?![\w-])"
)


def names_in_capitals(text: str) -> str:
    """A storm's or an agency's name in capitals is a name, said as a word ("LINFA" is "Linfa"), not letters.

    >>> names_in_capitals("Bão số 9 (MOLAVE) mạnh lên; siêu bão YAGI; có tên quốc tế là LINFA; sau bão, UBND xã họp")
    'Bão số 9 (Molave) mạnh lên; siêu bão Yagi; có tên quốc tế là Linfa; sau bão, UBND xã họp'
    >>> names_in_capitals("Ảnh: XINHUA; theo REUTERS; Ảnh: AFP; Ảnh: TTXVN; Theo UBND")
    'Ảnh: Xinhua; theo Reuters; Ảnh: AFP; Ảnh: TTXVN; Theo UBND'
    """

    def name(m: re.Match[str]) -> str:
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if not _is_name(word):
            return m.group()
        return m.group()[: m.start(group) - m.start()] + word.capitalize()

    return _CAPITAL_NAME_RE.sub(name, text) if _may_name(text) else text


_HAS_CAPITAL_RUN_RE = re.compile("[A-Z]{3}")
#: Cheap tests first: a name in capitals follows one of these, written in any case the text uses.
_LEADS_RE = re.compile(
    alternation(list({v for w in (*tables.STORM_WORDS, *tables.CREDIT_LABELS) for v in (w, w.capitalize(), w.upper())}))
)


def _may_name(text: str) -> bool:
    return bool(_HAS_CAPITAL_RUN_RE.search(text)) and bool(_LEADS_RE.search(text))


def _is_name(word: str) -> bool:
    return word not in _NAME_KEYS and bool(re.search("[AEIOUY]", word))


def capital_name_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`names_in_capitals` reads a name in capitals as a word (the quality report does not list those).

    >>> capital_name_spans("Bão NORU và UBND")
    [(4, 8)]
    """
    spans: list[tuple[int, int]] = []
    if not _may_name(text):
        return spans
    for m in _CAPITAL_NAME_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if _is_name(m.group(group)):
            spans.append(m.span(group))
    return spans


_NEXT = tables.NEXT_WORD_ABBREVIATIONS
_NEXT_WORDS = sorted({w for readings in _NEXT.values() for _, words in readings for w in words})
#: A word before the abbreviation that cancels the reading the word after it selects ("Trường ĐH Công đoàn").
_NOT_AFTER = tables.NEXT_WORD_NOT_AFTER
_NEXT_WORD_RE = re.compile(
    led_by(list(_NEXT))
    + rf"(?<![\w.])({alternation(list(_NEXT))})\.?[ \t]+"
    + rf"(?=(?:{alternation(_NEXT_WORDS)})(?![\w]))"
)


def next_word_abbreviations(text: str) -> str:
    """An abbreviation whose reading the word after it selects: "TT. Đảng ủy" is the committee's standing body.

    >>> next_word_abbreviations("Được TT. Đảng ủy xã, TT HĐND huyện đồng ý; TT Y tế huyện; TT Putin")
    'Được Thường trực Đảng ủy xã, Thường trực HĐND huyện đồng ý; TT Y tế huyện; Tổng thống Putin'
    >>> next_word_abbreviations("chào mừng ĐH Công đoàn; Trường ĐH Công đoàn")
    'chào mừng Đại hội Công đoàn; Trường ĐH Công đoàn'
    """

    def read(m: re.Match[str]) -> str:
        if m.group(1) in _NOT_AFTER and preceded_by(m.string, m.start(), _NOT_AFTER[m.group(1)]):
            return m.group()  # "Trường ĐH Công đoàn": a university (next_word_not_after.tsv), read later
        after = m.string[m.end() : m.end() + 40]
        for reading, words in _NEXT[m.group(1)]:
            if any(after.startswith(w) and not after[len(w) : len(w) + 1].isalnum() for w in words):
                return reading + " "
        return m.group()

    return _NEXT_WORD_RE.sub(read, text)


_EXP_NEXT_RE = re.compile(r"[ \t]+([A-Za-z]+)(?![\w-])")
_EXP_PREV_RE = re.compile(r"(?<![\w-])([A-Za-z]+)[ \t]+$")


def _beside_english(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands beside an English word of the same compound.

    >>> _beside_english("một mirrorless camera mới", 15, 21)
    True
    >>> _beside_english("mua camera mới", 4, 10)
    False
    """
    for m in (_EXP_PREV_RE.search(text, max(0, start - 30), start), _EXP_NEXT_RE.match(text, end)):
        w = m[1] if m else ""
        if len(w) > 2 and w[1:].islower() and not is_vietnamese_syllable(w) and w.lower() not in _LOAN_SINGLE:
            return True
    return False
