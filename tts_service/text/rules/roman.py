"""Roman numerals after a keyword, and ordinals after "thứ", "hạng", "giải"."""

from __future__ import annotations

import re
from itertools import pairwise

from .. import tables
from ..numbers import ordinal, rank, read_int, roman_to_int
from .common import UPPER, alternation, mentions, preceded_by, prev_words


def _keyword_alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ROMAN = r"[IVXLC]{1,7}"
_ROMAN_KEYS = tables.ROMAN_CARDINAL_KEYWORDS + tables.ROMAN_ORDINAL_KEYWORDS + tables.ROMAN_RANK_KEYWORDS
_ROMAN_LIST = rf"{_ROMAN}(?:(?:[ \t]*[,–-][ \t]*|[ \t]+(?:và|đến|hoặc)[ \t]+){_ROMAN})*"
# Roman numerals are rare capitals, so find them first and only then look back for a keyword.
#: A numeral may carry a letter after a keyword: "Phụ lục IIA", "Nhóm IB" (forest species) are "hai A", "một B".
_ROMAN_TOKEN_RE = re.compile(
    rf"(?=[IVXLC])(?<![^\W_])({_ROMAN_LIST})([A-D](?![\w]))?(?:[/-][ \t]?((?:19|20)\d{{2}}))?(?![\w])"
)
#: The keyword may name its group by an abbreviation before the numeral: "Cụm CĐCS V", "Khu CN II".
_ROMAN_KEYWORD_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])({_keyword_alternation(_ROMAN_KEYS)})([ \t]+)(?:(?-i:[{UPPER}]{{2,}})[ \t]+)?$", re.IGNORECASE
)
_ORDINAL_KEYS = frozenset(tables.ROMAN_ORDINAL_KEYWORDS)
#: A lone C or L names a grade or a size ("gạo loại C", "Vitamin C"); nobody writes 100 or 50 that way.
_LETTER_NOT_ROMAN = frozenset({"C", "L"})
_RANK_KEYS = frozenset(tables.ROMAN_RANK_KEYWORDS)
_GIAI_COMPOUND_WORDS = frozenset(tables.GIAI_COMPOUND_WORDS)
#: "giáo viên tiểu học hạng II": a civil servant's rank is a number ("hạng hai"), not a placing.
_RANK_TITLE_WORDS = frozenset(tables.RANK_TITLE_WORDS)
#: "Bệnh viện được tặng Huân chương Lao động hạng II": the medal, nearer, keeps its class a placing ("hạng nhì").
_MEDAL_WORDS = frozenset(tables.MEDAL_WORDS)
#: The numbered part of a proper name ("Khu công nghiệp Phú Bài II", "Thủy điện Sơn La II"): a capitalised word,
#: then a numeral of I, V and X only (letters with C or L are common abbreviations: "Theo CV số 12").
_NAME_BEFORE_RE = re.compile(rf"(?<![\w])[{UPPER}][^\W\d_]*[ \t]+$")
_NAME_NUMERAL_RE = re.compile(r"[IVX]{2,7}")
#: A lone "I" numbers a name of two capitalised words or more ("Khu công nghiệp Yên Phong I mở rộng").
_LONG_NAME_BEFORE_RE = re.compile(rf"(?<![\w])[{UPPER}][^\W\d_]*[ \t]+[{UPPER}][^\W\d_]*[ \t]+$")
#: A grade glued to a code by a hyphen ("xăng RON95-III", "Euro-IV"): a number.
_CODE_BEFORE_RE = re.compile(r"(?:\d|[A-Z]{2}|[A-Z][a-z]+)-$")
#: A numeral of two letters or more after a word in small letters ends a name too ("Đường Vành đai IV"); after a
#: word in capitals it may be part of an abbreviation, so only a capitalised or small word counts.
_WORD_BEFORE_RE = re.compile(rf"(?<![\w])[^\W\d_{UPPER}][^\W\d_]*[ \t]+$")
_CAPS_AFTER_RE = re.compile(rf"[ \t]+[{UPPER}]{{2,}}(?![^\W\d_])")
#: A heading in capitals holds the syllable "VI" ("PHẠM VI ĐIỀU CHỈNH", "HÀNH VI VI PHẠM"): next to a word in
#: capitals a numeral is read only after its keyword ("Chương VI").
_CAPS_BEFORE_RE = re.compile(rf"(?<![\w])[{UPPER}]{{2,}}[ \t]+$")
#: A numeral glued to a keyword in small letters ("khóaXII", "kỳIV"): the keyword and the numeral are two words.
_ONE_WORD_KEYS = _keyword_alternation(tuple(k for k in _ROMAN_KEYS if " " not in k))
_GLUED_KEYWORD_RE = re.compile(
    rf"(?<![^\W\d_])((?i:{_ONE_WORD_KEYS}))(?<=[^\W\d_{UPPER}])"
    rf"(?=[IVX]{{1,7}}(?![^\W\d_]))"  # a digit after it may follow ("khóaV0": khóa, then the code V0)
)
#: A keyword written in capitals may be glued to its numeral too ("12 xã KVII": khu vực hai), when the whole word
#: is the keyword and a numeral up to XXXIX.
_CAPITAL_KEYS = [k for k in _ROMAN_KEYS if k.isupper()]
_GLUED_CAPITAL_KEYWORD_RE = re.compile(
    rf"(?<![^\W\d_])({alternation(_CAPITAL_KEYS) or '(?!)'})(?=[IVX])(?=X{{0,3}}(?:IX|IV|V?I{{0,3}})(?![^\W\d_]))"
)
#: A numeral after its keyword glued to the next word in small letters, as a page loses a space ("Quốc hội khóa
#: XIVcùng một số"): two or more numeral letters, then a Vietnamese syllable.
_NUMERAL_GLUED_AHEAD_RE = re.compile(rf"(?<![\w])([IVX]{{2,7}})(?=[^\W\d_{UPPER}]{{2,}}(?![\w]))")
_NUMERAL_GLUED_AHEAD_HINT_RE = re.compile(rf"[IVX]{{2}}[^\W\d_{UPPER}]")


def _numeral_glued_ahead(m: re.Match[str]) -> str:
    head = m.string[max(0, m.start() - 30) : m.start()]
    if not roman_to_int(m[1]) or not _ROMAN_KEYWORD_BEFORE_RE.search(head):
        return m.group()
    return f"{m[1]} "


#: What every glued keyword holds, found by the numeral's letter first (a fast scan): a small letter before it.
_GLUED_NUMERAL_RE = re.compile(rf"[IVX](?<=[^\W\d_{UPPER}][IVX])")


#: Anonymised documents name places and people by the letters X, Y, Z ("số X, đường Y, Phường Z"): a lone X or
#: V with a lone Y or Z near it is such a letter, not ten or five.
#: "Y" before a word of medicine ("Sở Y tế", "Y khoa", "Y học cổ truyền") is the word "y", no placeholder.
_PLACEHOLDER_NEAR_RE = re.compile(
    r"(?<![\w.])(?:Z|Y(?![ \t]+(?:tế|khoa|học|dược|sĩ|tá|đức|bạ|lý|sinh|viện)(?!\w)))(?![\w.])"
)


def _a_placeholder(m: re.Match[str]) -> bool:
    return len(m.group(1)) == 1 and bool(
        _PLACEHOLDER_NEAR_RE.search(m.string, max(0, m.start() - 60), min(len(m.string), m.end() + 60))
    )


#: A lone "I" closing an institution's name: the name opens with a word of its kind, capitalised, and runs on in
#: words (no mark between) to a capitalised word one to three words before the numeral ("Trường Cao đẳng Kinh tế Kỹ
#: thuật Công nghiệp I", "Công ty Xây dựng I", "Xưởng Sửa chữa pháo I"); "Trường hợp I" names no institution.
#: The kind's word may be in small letters inside a sentence ("tuổi trẻ trường Cao đẳng Hàng hải I"), and the name
#: may end in up to five small words ("Trường Công nhân kỹ thuật lâm nghiệp I").
_INSTITUTION_WORDS = _keyword_alternation(
    tuple({v for w in tables.ROMAN_INSTITUTION_WORDS for v in (w, w[0].lower() + w[1:])})
)
_INSTITUTION_NAME_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_INSTITUTION_WORDS})"
    rf"(?:[ \t]+[^\W\d_]+){{0,10}}[ \t]+[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_{UPPER}][^\W\d_]*){{0,5}}[ \t]+$"
)


def _closes_an_institution_name(m: re.Match[str]) -> bool:
    return bool(_INSTITUTION_NAME_BEFORE_RE.search(m.string, max(0, m.start() - 90), m.start()))


#: Only a numeral of I, V and X takes a letter ("IIA", "IIC"); C and L with a letter are abbreviations ("CCCD").
_LETTERED_NUMERAL_RE = re.compile(r"[IVX]{1,6}")
_LETTERED_C_RE = re.compile(r"[IVX]{1,6}C")


#: An abbreviation joined by a dash to a numeral with a letter ("VC-NLĐ", "VC - NLD", "CB-VC"): no numeral.
#: Another lettered numeral on the other side is a range ("Phụ lục IIA-IIB"), not an abbreviation.
_JOINED_AFTER_RE = re.compile(rf"[ \t]?[-–—][ \t]?(?![IVX]{{1,6}}[A-D]?(?![\w]))[{UPPER}]{{2}}")
_JOINED_BEFORE_RE = re.compile(rf"(?<![\w])(?![IVX]{{1,6}}[A-D]?[ \t]?[-–—])[{UPPER}]{{2,}}[ \t]?[-–—][ \t]?\Z")
#: A list of numerals ("IV, VI, XII", "II, III và IV") is numbers with or without a keyword before it.
_LISTED_RE = re.compile(r",|[ \t](?:và|hoặc)[ \t]")
_ROMAN_ITEM_RE = re.compile(_ROMAN)


def _read_roman(m: re.Match[str]) -> str:
    """A Roman numeral (or a list of them) read as a number where its context says so; else as written."""
    numerals, letter, year = m.groups()
    if letter is None and _LETTERED_C_RE.fullmatch(numerals) and not roman_to_int(numerals):
        numerals, letter = numerals[:-1], "C"  # "Phụ lục IIC"
    if letter and not _LETTERED_NUMERAL_RE.fullmatch(numerals):
        return m.group()  # "CCCD", "CCB" are abbreviations
    joined_before = _JOINED_BEFORE_RE.search(m.string, max(0, m.start() - 20), m.start())
    if letter and (joined_before or _JOINED_AFTER_RE.match(m.string, m.end())):
        return m.group()  # "Hội nghị VC-NLĐ", "CB-VC": letters joined to an abbreviation are one too (viên chức)
    if numerals in _LETTER_NOT_ROMAN or _a_placeholder(m):
        return m.group()
    head = m.string[max(0, m.start() - 30) : m.start()]
    before = _ROMAN_KEYWORD_BEFORE_RE.search(head)
    if letter:
        value = roman_to_int(numerals) if before and before.group(2) == " " and "," not in numerals else None
        return f"{read_int(value)} {letter}" if value else m.group()
    if not before and _LISTED_RE.search(numerals):
        items = _ROMAN_ITEM_RE.findall(numerals)
        if all(_NAME_NUMERAL_RE.fullmatch(i) or i in ("I", "V", "X") for i in items) and all(map(roman_to_int, items)):
            spoken = _ROMAN_ITEM_RE.sub(lambda r: read_int(roman_to_int(r.group())), numerals)
            return re.sub(r"[ \t]*[–-][ \t]*", " đến ", spoken)
    if not before:
        value = roman_to_int(numerals) if re.fullmatch(r"[IVX]+", numerals) else None
        in_capitals = _CAPS_BEFORE_RE.search(head) or _CAPS_AFTER_RE.match(m.string, m.end())
        named = (
            _NAME_NUMERAL_RE.fullmatch(numerals)
            and not in_capitals
            and (
                _NAME_BEFORE_RE.search(head)
                or _CODE_BEFORE_RE.search(head)
                or (_WORD_BEFORE_RE.search(head) and not _CAPS_AFTER_RE.match(m.string, m.end()))
            )
        )
        one_closing_a_name = numerals == "I" and (_LONG_NAME_BEFORE_RE.search(head) or _closes_an_institution_name(m))
        if value and (named or one_closing_a_name):
            return read_int(value) + (f" năm {year}" if year else "")
        return m.group()
    key = before.group(1).lower()
    read = rank if key in _RANK_KEYS else ordinal if key in _ORDINAL_KEYS else read_int
    if (
        key == "hạng"
        and mentions(m.string, m.start(), _RANK_TITLE_WORDS, 8)
        and not mentions(m.string, m.start(), _MEDAL_WORDS, 4)
    ):
        read = read_int

    def one(r: re.Match[str]) -> str:
        value = roman_to_int(r.group())
        return read(value) if value else r.group()

    spoken = re.sub(_ROMAN, one, numerals)
    spoken = re.sub(r"[ \t]*[–-][ \t]*", " đến ", spoken)
    if spoken == numerals:
        return m.group()
    return f"{spoken} năm {year}" if year else spoken


def roman_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`roman_numerals` reads a numeral as a number: the quality report does not list those.

    >>> roman_spans("Sông Lô II; khóa XI, XII; Công ty X")
    [(8, 10), (17, 24)]
    """
    return [m.span() for m in _ROMAN_TOKEN_RE.finditer(text) if _read_roman(m) != m.group()]


def roman_numerals(text: str) -> str:
    """Roman numerals only after a keyword (quý, khóa, Đại hội, lần thứ, thế kỷ, Chương, hạng …).

    >>> print(roman_numerals("quý III/2021, quý I/ 2017, khóa XV, lần thứ XVI, thế kỷ XIX, "
    ...                      "hạng I và hạng II, Chương II và III, báo động III, gạo loại C"))
    quý ba năm 2021, quý một năm 2017, khóa mười lăm, lần thứ mười sáu, thế kỷ mười chín, hạng nhất và hạng nhì, Chương
    hai và ba, báo động ba, gạo loại C
    >>> roman_numerals("Khu công nghiệp Phú Bài II, Thủy điện Sơn La III; Theo CV số 12; mã II AB; Yên Phong I mở rộng")
    'Khu công nghiệp Phú Bài hai, Thủy điện Sơn La ba; Theo CV số 12; mã II AB; Yên Phong một mở rộng'
    >>> roman_numerals("xăng RON95-III, Euro-IV; Công ty X; hạng C; đường Vành đai IV")
    'xăng RON95-ba, Euro-bốn; Công ty X; hạng C; đường Vành đai bốn'
    >>> roman_numerals("giải nhì là Cụm CĐCS V, Cụm thi đua X; Khu CN I")
    'giải nhì là Cụm CĐCS năm, Cụm thi đua mười; Khu CN một'
    >>> roman_numerals("Địa chỉ: số X, đường Y, Phường Z")  # an anonymised address's letters
    'Địa chỉ: số X, đường Y, Phường Z'
    >>> roman_numerals("tại Phụ lục IIA, Phụ lục IIC; Nhóm IB; mã VIIA; Đại hội CCB, cấp CCCD")
    'tại Phụ lục hai A, Phụ lục hai C; Nhóm một B; mã VIIA; Đại hội CCB, cấp CCCD'
    >>> roman_numerals("Chương VI HÀNH VI VI PHẠM; PHẠM VI ĐIỀU CHỈNH; Sơn La II")
    'Chương sáu HÀNH VI VI PHẠM; PHẠM VI ĐIỀU CHỈNH; Sơn La hai'
    >>> roman_numerals("Chỉ tiêu IV, VI, XII, XIII: đánh dấu X; Cục QLĐB II, III; size L, XL; Chương VI HÀNH VI")
    'Chỉ tiêu bốn, sáu, mười hai, mười ba: đánh dấu X; Cục QLĐB hai, ba; size L, XL; Chương sáu HÀNH VI'
    >>> roman_numerals("HĐND tỉnh khóaXII, kỳIV; 12 xã KVII, xã KV III; KVIIIX; Quốc hội khóa XIVcùng")
    'HĐND tỉnh khóa mười hai, kỳ bốn; 12 xã KV hai, xã KV ba; KVIIIX; Quốc hội khóa mười bốn cùng'
    >>> roman_numerals("Trường Cao đẳng Kỹ thuật Công nghiệp I, Công ty Xây dựng I; Trường hợp I")
    'Trường Cao đẳng Kỹ thuật Công nghiệp một, Công ty Xây dựng một; Trường hợp I'
    >>> roman_numerals("Hội nghị VC-NLĐ, Hội nghị VC - NLD; Hội nghị CB-VC; Phụ lục IIA-1")
    'Hội nghị VC-NLĐ, Hội nghị VC - NLD; Hội nghị CB-VC; Phụ lục hai A-1'
    """
    if _GLUED_NUMERAL_RE.search(text):
        text = _GLUED_KEYWORD_RE.sub(r"\1 ", text)
    if any(k in text for k in _CAPITAL_KEYS):
        text = _GLUED_CAPITAL_KEYWORD_RE.sub(r"\1 ", text)
    if _NUMERAL_GLUED_AHEAD_HINT_RE.search(text):
        text = _NUMERAL_GLUED_AHEAD_RE.sub(_numeral_glued_ahead, text)
    return _ROMAN_TOKEN_RE.sub(_read_roman, text)


_ORDINAL_WORDS = "|".join(re.escape(v) for w in tables.ORDINAL_WORDS for v in (w, w.capitalize(), w.upper()))
#: A rank out of a total of three digits or more ("xếp thứ 4/104 quốc gia") is a rank too; "thứ 2/9" is left to
#: the date rule.
_ORDINAL_RE = re.compile(rf"({_ORDINAL_WORDS})([ \t]+)(\d{{1,3}})(?:(/)(?=\d{{3}}(?!\d))|(?![\w/]|[.,]\d))")
#: An amount in a small unit after "thứ" ("mỗi thứ 15 g": each thing fifteen grams), never a rank.
_SMALL_UNITS = [k for k in tables.UNITS if k.isascii() and k.isalpha() and k.islower() and k not in {"h", "s", "ph"}]
_UNIT_AHEAD_RE = re.compile(rf"[ \t]*(?:{alternation(_SMALL_UNITS)})(?![\w/])")


#: A 4 listed after a weekday or a rank said ("thứ hai, 4, 6", "thứ ba, 4 và 5"): "tư", as "thứ 4" is.
_LISTED_RANK_RE = re.compile(
    r"((?<![\w])[Tt]hứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)(?:(?:,[ \t]*|[ \t]+và[ \t]+)\d)*(?:,[ \t]*|[ \t]+và[ \t]+))"
    r"4(?![\w/]|[.,]\d)"
)


#: Weekdays listed with bare commas ("vào thứ 2,3", "Thứ 2,4,6"): each a day of the week, rising, no decimal.
_GLUED_WEEKDAYS_RE = re.compile(r"(?<![\w])([Tt]hứ[ \t]+[2-7])((?:,[2-7]){1,5})(?![\w,.])")


def _glued_weekdays(m: re.Match[str]) -> str:
    days = [m[1][-1], *m[2].split(",")[1:]]
    if any(b <= a for a, b in pairwise(days)) or _UNIT_AHEAD_RE.match(m.string, m.end()):
        return m.group()  # "mỗi thứ 2,5 kg": an amount
    return m[1] + "".join(f", {d}" for d in days[1:])


def ordinals(text: str) -> str:
    """After "thứ": 1 is "nhất" and 4 is "tư" (weekday "thứ 2" stays "thứ hai"); prizes and ranks say "nhì".

    >>> ordinals("lần thứ 1, đứng thứ 4, vào thứ 2; Huân chương hạng 2, xếp hạng 3; xếp thứ 4/104 quốc gia")
    'lần thứ nhất, đứng thứ tư, vào thứ hai; Huân chương hạng nhì, xếp hạng ba; xếp thứ tư trên 104 quốc gia'
    >>> ordinals("đoạt giải 2; độ phân giải 200 MP")
    'đoạt giải nhì; độ phân giải 200 MP'
    >>> ordinals("các ngày thứ 2, 4, 6; thứ 3, 4 và 5; thứ 2 có 4 người; vào thứ 2,3")
    'các ngày thứ hai, tư, 6; thứ ba, tư và 5; thứ hai có 4 người; vào thứ hai, 3'
    """

    def one(m: re.Match[str]) -> str:
        word, space, number, out_of = m.groups()
        if m.start() and m.string[m.start() - 1].isalnum():
            return m.group()
        if word.lower() == "giải" and preceded_by(m.string, m.start(), _GIAI_COMPOUND_WORDS, 1):
            return m.group()  # "độ phân giải 200 MP", "áp giải 2 bị can": another word, no prize
        value, total = int(number), " trên " if out_of else ""
        if word.lower() == "thứ":
            if not out_of and prev_words(m.string, m.start(), 1) == ["mỗi"] and _UNIT_AHEAD_RE.match(m.string, m.end()):
                return m.group()  # "mỗi thứ 15 g": an amount of each thing, for the units rule
            return f"{word}{space}{ordinal(value)}{total}"
        if prev_words(m.string, m.start(), 1) == ["xếp"]:
            return f"{word}{space}{read_int(value)}{total}"
        return f"{word}{space}{rank(value)}{total}"

    if "thứ" in text or "Thứ" in text:
        text = _GLUED_WEEKDAYS_RE.sub(_glued_weekdays, text)
    text = _ORDINAL_RE.sub(one, text)
    return _LISTED_RANK_RE.sub(lambda m: f"{m[1]}tư", text) if "thứ" in text or "Thứ" in text else text
