"""Places, abbreviations and titles, and codes mixing capitals with digits."""

from __future__ import annotations

import re
import unicodedata

from .. import tables
from ..numbers import read_digits, read_number, roman_to_int
from .common import (
    LOWER,
    UPPER,
    WORD_RE,
    alternation,
    fold,
    in_sentence,
    is_pronounceable,
    is_vietnamese_syllable,
    last_char_before,
    led_by,
    party_organ,
    preceded_by,
    spell,
)

#: One scan for both: a road code or kilometre post before its number ("QL.1A", "Km 790"), and a one-letter
#: unit in an address, where a list of places puts it (after a comma, "tại", "ở": "…, P. Xuân Phú").
#: "tại", and "Tại" at a sentence start ("Tại P.Phú Hội").
_ADDRESS_LEADS = sorted({v for w in tables.ADDRESS_LEAD_WORDS for v in (w, w[:1].upper() + w[1:])})
_PLACE_RE = re.compile(
    led_by([*tables.NUMBER_PREFIXES, *tables.ADDRESS_UNITS])
    # (not the last part of an office's code: "Sở GD-ĐT 3 tỉnh" is no road)
    + rf"(?:(?<![\w.])(?<!\w[-&])({alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?(?=\d)"
    + rf"|(?:(?<=[,;:] )|(?<=[,;:])|{'|'.join(f'(?<={re.escape(w)} )' for w in _ADDRESS_LEADS)})"
    + rf"({alternation(list(tables.ADDRESS_UNITS))})\.(?:[ \t](?=[{UPPER}0-9])|(?=[{UPPER}0-9])"
    + rf"(?![{UPPER}]{{2,}}(?![^\W\d_])))"  # "P.PHONG- N.KHÁNH" glued to a name in capitals: a byline's initials
    + rf"(?!{'|'.join(map(re.escape, tables.ADDRESS_UNIT_NOT_BEFORE))})"  # "P. Giám đốc" is a title (Phó)
    + rf"(?!(?:{alternation(list(tables.DEPUTY_TITLE_WORDS))})(?![\w]))"  # "P.Hiệu trưởng", "Q.Chánh án": a title
    + rf"|(?:(?<=và )|(?<=hoặc ))({alternation(list(tables.ADDRESS_UNITS))})\.[ \t]?(?=[0-9])"  # "Q.1 và Q.3"
    # glued to a name of two words or more, anywhere ("công an H.Tuyên Hóa"), unless a person is named
    + rf"|(?<![\w.])({alternation(list(tables.ADDRESS_UNITS))})\.(?=[{UPPER}][^\W\d_{UPPER}]+[ \t]+[{UPPER}])"
    # a unit of two letters, which no initial is, before such a name anywhere ("UBMTTQ TT. Lạc Tánh"), or of one
    # letter after an organ's code ("LLVT Q. Sơn Trà")
    + rf"|(?:(?<![\w.])({alternation([k for k in tables.ADDRESS_UNITS if len(k) > 1])})"
    + rf"|(?<=[{UPPER}][{UPPER}] )({alternation([k for k in tables.ADDRESS_UNITS if len(k) == 1])}))\.[ \t]"
    # or of one word before a comma and its district ("UBND TT. Sịa, huyện Quảng Điền"), or before a number
    # ("VKSND Q. 1", "UBND Q. 3")
    + rf"(?=[0-9]{{1,2}}(?![\d.,/])|[{UPPER}][^\W\d_{UPPER}]+(?:[ \t]+[{UPPER}]"
    + rf"|,[ \t]+(?:{alternation(list(tables.ADDRESS_UNITS.values()))})\b)))"
)
#: What :data:`_PLACE_RE` needs, found by a fast scan first: a road code before a number, or a unit's letters right
#: after a non-letter and before a dot (found dot first).
_ROAD_CODE_HINT_RE = re.compile(rf"(?:{alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?\d")
_UNIT_DOT_HINT_RE = re.compile(
    r"\.(?:" + "|".join(rf"(?<=(?<!\w){re.escape(unit)}\.)" for unit in tables.ADDRESS_UNITS) + ")"
)


#: A writer's initials closing an article before the source it was taken from: "TX (Theo Chinhphu.vn)".
_BYLINE_INITIALS_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?…\"”] ))([A-ZĐ]{1,3}|[A-ZĐ]\.[A-ZĐ]\.?)[ \t]*(?=\([ \t]*(?:Theo|Nguồn)\b)"
)


#: A newspaper's own code of one or two letters in brackets opening an article before a dash: "(BĐ) - Sáng 24.4".
_DATELINE_CODE_RE = re.compile(rf"(^|(?<=\n))\(([{UPPER}]{{1,2}})\)[ \t]*[-–—][ \t]*(?=[{UPPER}])")


#: A paper's tag opening an article before a spaced dash: "TP - Chiều 13/7" (dateline_tags.tsv).
_DATELINE_TAG_RE = re.compile(
    rf"(?:^|(?<=\n))({alternation(list(tables.DATELINE_TAGS))})[ \t]+[-–—][ \t]+(?=[{UPPER}])"
)
#: "T/h" closing an article, alone on its line, in brackets or before a colon: compiled (tổng hợp) from other papers;
#: after a number ("50 T/h") it is a rate. In small letters only in its brackets ("Đăng Khoa (t/h)").
_COMPILED_CREDIT_RE = re.compile(r"(?:(?:^|(?<=\n)|(?<=\()|(?<=[.!?…] ))T/[hH]|(?<=\()t/h)(?=[ \t]*(?:[:)]|\n|$))")


def byline_initials(text: str) -> str:
    """Initials before "(Theo …)" or "(Nguồn …)" at an article's end are a person's, said as letters; a paper's code
    of one or two letters opening an article is its letters too (longer ones, "(PLVN) -", keep their names).

    >>> byline_initials("Lễ hội kết thúc. TX (Theo Chinhphu.vn)\\nMạnh ở TX (Theo)")
    'Lễ hội kết thúc. tê ích (Theo Chinhphu.vn)\\nMạnh ở TX (Theo)'
    >>> byline_initials("(BĐ) - Sáng 24.4, tại Quy Nhơn\\n(PLVN) - Sáng nay")
    'bê đê, Sáng 24.4, tại Quy Nhơn\\n(PLVN) - Sáng nay'
    >>> byline_initials("TP - Chiều 13/7, họp\\nHoàn thành. (T/h)\\nT/h: An; công suất 50 T/h")
    'Tiền Phong, Chiều 13/7, họp\\nHoàn thành. (Tổng hợp)\\nTổng hợp: An; công suất 50 T/h'
    >>> byline_initials("Đăng Khoa (t/h); lưu lượng 50 t/h")
    'Đăng Khoa (Tổng hợp); lưu lượng 50 t/h'
    """
    if text.startswith("(") or "\n(" in text:
        text = _DATELINE_CODE_RE.sub(lambda m: f"{m[1]}{spell(m[2])}, ", text)
    if " -" in text or " –" in text or " —" in text:
        text = _DATELINE_TAG_RE.sub(lambda m: tables.DATELINE_TAGS[m[1]] + ", ", text)
    if "T/" in text or "(t/h" in text:
        text = _COMPILED_CREDIT_RE.sub("Tổng hợp", text)
    if "(Theo" not in text and "(Nguồn" not in text and "( " not in text:
        return text

    def letters(m: re.Match[str]) -> str:
        reading = tables.ABBREVIATIONS.get(m.group(1), "")
        if reading[:1].isupper() or m.group(1) in tables.CREDIT_LINES:
            return m.group()  # a newsroom or an agency ("TTXVN (Theo …)") is its name
        return spell(m.group(1).replace(".", "")) + " "

    return _BYLINE_INITIALS_RE.sub(letters, text)


#: A plant or animal variety named earlier in the clause ("giống Thanh Long ruột đỏ TL4"): its code is letters and
#: digits ("tê lờ bốn"), not a road (Tỉnh lộ) or any other abbreviation.
_VARIETY_CLAUSE_RE = re.compile(r"(?i:\bgiống\b)[^;.!?()\n]*$")


def _in_variety_clause(text: str, start: int) -> bool:
    """ "giống Thanh Long ruột đỏ TL4": a variety's code; "đường TL4" is a road.

    >>> _in_variety_clause("giống thanh long ruột đỏ TL4", 25), _in_variety_clause("giống lúa; đường TL4", 17)
    (True, False)
    """
    return "iống" in text and bool(_VARIETY_CLAUSE_RE.search(text, max(0, start - 60), start))


#: One capitalised word alone, with no second word of a place's name after it ("Fornals," not "Xuân Phú").
_ONE_FOREIGN_NAME_RE = re.compile(rf"([{UPPER}][^\W\d_]+)(?![\w]|[ \t]+[{UPPER}\d])")


#: A monk's or nun's rank before a dharma name ("TT.Thích Thanh Hòa", "NS. Thích nữ Như Thủy"; clergy_titles.tsv).
_CLERGY_RE = re.compile(
    rf"(?<![\w.])({alternation(list(tables.CLERGY_TITLES))})(?:\.[ \t]*|[ \t]*)(?=Thích(?![\w]))"
    rf"|(?<![\w.])({alternation(list(tables.CLERGY_TITLES))})(?:\.[ \t]*|[ \t]+)"
    rf"(?=[{UPPER}][^\W\d_{UPPER}]+(?![\w]))"
)
_CLERGY_CONTEXT = tuple(tables.CLERGY_CONTEXT_WORDS)
#: A word right before an abbreviation that keeps its own reading against the field's ("Công đoàn Trường CĐ Y tế":
#: a college, cao đẳng, in a union's report; next_word_not_after.tsv).
_NOT_AFTER = tables.NEXT_WORD_NOT_AFTER
#: A place's name the district or province it lies in follows ("TT. Long Hải, huyện Long Điền"): a town, no monk.
_PLACE_NAME_THEN_DISTRICT_RE = re.compile(
    rf"(?:[{UPPER}][^\W\d_]*[ \t]+){{0,3}}[{UPPER}][^\W\d_]*[ \t]*,[ \t]*(?:huyện|tỉnh|thị xã|quận|H\.|TX\b)"
)


def clergy_titles(text: str) -> str:
    """A Buddhist rank before a dharma name: before "Thích" always, before another name in a sentence about the
    sangha; elsewhere the letters keep their other readings (a town, a budget).

    >>> clergy_titles("TT.Thích Thanh Hòa; ĐĐ Thích Thanh Ân; Phật giáo tỉnh: NT. Như Hoa")
    'Thượng tọa Thích Thanh Hòa; Đại đức Thích Thanh Ân; Phật giáo tỉnh: Ni trưởng Như Hoa'
    >>> clergy_titles("UBMTTQ TT. Lạc Tánh")
    'UBMTTQ TT. Lạc Tánh'
    """

    def read(m: re.Match[str]) -> str:
        if m.group(2):  # a rank's own dot cuts no sentence: the words may stand a title or two before it
            near = " " + " ".join(WORD_RE.findall(m.string[max(0, m.start() - 200) : m.end() + 80].lower())) + " "
            if not any(f" {w} " in near for w in _CLERGY_CONTEXT) or _PLACE_NAME_THEN_DISTRICT_RE.match(
                m.string, m.end()
            ):
                return m.group()
        return tables.CLERGY_TITLES[m.group(1) or m.group(2)] + " "

    return _CLERGY_RE.sub(read, text)


#: A number of three digits or more right after "P." ("P.702A"): a room's, since wards are numbered below a hundred.
_ROOM_NUMBER_RE = re.compile(r"[ \t]?[0-9]{3,}")
_YEAR_AHEAD_RE = re.compile(r"(?:19|20)[0-9]{2}(?![\d.,/])")


def places(text: str) -> str:
    """Road codes and kilometre posts before their number; one-letter units in an address.

    >>> print(places("số 24 Tố Hữu, P. Xuân Phú, Q.1 và Q.3; tại H. Phú Vang; ông H. cho biết; QL.1A, ĐH.5, Km 790"))
    số 24 Tố Hữu, phường Xuân Phú, quận 1 và quận 3; tại huyện Phú Vang; ông H. cho biết; Quốc lộ 1A, đường
    huyện 5, ki lô mét 790
    >>> places("Trưởng công an H.Tuyên Hóa; anh H.Minh Tuấn; UBMTTQ TT. Lạc Tánh, TX. Hương Thủy")
    'Trưởng công an huyện Tuyên Hóa; anh H.Minh Tuấn; UBMTTQ thị trấn Lạc Tánh, thị xã Hương Thủy'
    >>> places("Địa chỉ: P.702A, 106 Nguyễn Văn Trỗi, P.8")
    'Địa chỉ: phòng 702A, 106 Nguyễn Văn Trỗi, phường 8'
    >>> places("Ảnh: P.T; (Ảnh: H.Nguyễn)")
    'Ảnh: P.T; (Ảnh: H.Nguyễn)'
    """

    text = clergy_titles(text)

    def place(m: re.Match[str]) -> str:
        if m.group(1):
            if _in_variety_clause(m.string, m.start()):
                return m.group()  # "giống thanh long ruột đỏ TL4": a variety's code, read with its letters
            if (
                m.group(1).lower() != "km"
                and _YEAR_AHEAD_RE.match(m.string, m.end())
                and not _preceded_by(m.string, m.start(), ("đường", "tuyến"))
            ):
                return m.group()  # "tuyển sinh ĐH 2026": a year after it names no road (a post can be "Km 1908")
            return tables.NUMBER_PREFIXES[m.group(1)] + " "
        if (
            m.group(2)
            and (name := _ONE_FOREIGN_NAME_RE.match(m.string, m.end()))
            and not is_vietnamese_syllable(name[1])
        ):
            return m.group()  # "…, P.Fornals, J.Rodriguez": an initial before a foreign surname, no ward
        if m.group(4) and preceded_by(m.string, m.start(), _PERSON_WORDS, 2):
            return m.group()  # "anh H.Minh Tuấn": an initial
        if len(m.group().strip(". \t")) == 1 and _PHOTO_LABEL_RE.search(m.string, max(0, m.start() - 8), m.start()):
            return m.group()  # "Ảnh: P.T", "(Ảnh: X.H)": a photographer's initials, no ward or commune
        unit = m.group(2) or m.group(3) or m.group(4) or m.group(5) or m.group(6)
        if unit == "P" and _ROOM_NUMBER_RE.match(m.string, m.end()):
            return "phòng "  # "P.702A, Centre Point": no ward has a number of three digits, a room does
        return tables.ADDRESS_UNITS[unit] + " "

    if not _ROAD_CODE_HINT_RE.search(text) and not _UNIT_DOT_HINT_RE.search(text):
        return text
    return _PLACE_RE.sub(place, text)


_SINGLE_ABBR = {k: v for k, v in {**tables.ABBREVIATIONS, **tables.TITLES}.items() if " " not in k}
_MULTI_ABBR = {k: v for k, v in {**tables.ABBREVIATIONS, **tables.TITLES}.items() if " " in k}
#: A key must end where the written abbreviation ends: "Sở VH-TT" is not the start of "Sở VH-TT&DL".
_MULTI_ABBR_RE = re.compile(
    led_by(list(_MULTI_ABBR)) + rf"(?<![\w])(?:{alternation(list(_MULTI_ABBR))})(?![\w&]|[-/]\w)"
)
_DOTTED = frozenset(tables.TITLES) | {"TP", "Tp", "tp"}
#: Mined from published text (``data/abbreviations_mined.tsv``): read only where no hand-written or context row does,
#: and never for a key a linguist left spelled for its two readings (``data/abbreviations_not_mined.tsv``).
_NOT_MINED = {
    *_SINGLE_ABBR,
    *tables.CONTEXT_ABBREVIATIONS,
    *tables.FIELD_ABBREVIATIONS,
    *tables.ABBREVIATIONS_NOT_MINED,
}
_MINED = {key: spoken for key, spoken in tables.ABBREVIATIONS_MINED.items() if key not in _NOT_MINED}
_PERSON_WORDS = frozenset(tables.PERSON_WORDS)
#: A number in digits, or already read out when words follow it ("SL bảy mươi sáu trên sắc lệnh", once "76/SL" is read).
_NUMBER_OR_WORDS = "(?:\\d+|(?:{0})(?:[ \\t]+(?:{0}))*)".format(
    alternation(sorted({w for n in (*range(1000), 10**3, 10**6) for w in read_number(str(n)).split()}))
)
#: A date's day or month right after a number's shape ("TB 45 ngày 12/3/2025", once read "ngày mười hai tháng ba"):
#: the number was a document's, not a measure ("TB 5 ngày một lần" stays an average).
_DATE_AHEAD_RE = re.compile(rf"[ \t]+(?:\d+[/.-]\d|{_NUMBER_OR_WORDS}[ \t]+(?:tháng|năm)(?![\w]))")
#: Readings an abbreviation takes before a number of some shape (``next_word_abbreviations.tsv`` rows whose word holds
#: "#", a number in digits, or read out when a word follows it): "NK 2021 đến 2026" is a term of years, nhiệm kỳ.
_BEFORE_NUMBERS = {
    key: [
        (
            reading,
            re.compile(
                r"[ \t]+"
                + (_NUMBER_OR_WORDS if word.strip("# ") else r"\d+").join(re.escape(w) for w in word.split("#"))
                + r"(?![\w])"
            ),
        )
        for reading, words in readings
        for word in words
        if "#" in word
    ]
    for key, readings in tables.NEXT_WORD_ABBREVIATIONS.items()
}
_BEFORE_NUMBERS = {key: rows for key, rows in _BEFORE_NUMBERS.items() if rows}
#: Readings an abbreviation takes before a Roman numeral in capitals (``next_word_abbreviations.tsv`` rows whose word
#: is "@"): "ĐH XIII" is a congress, "Đại hội mười ba", where a university is never numbered so.
_BEFORE_ROMAN = {
    key: reading
    for key, readings in tables.NEXT_WORD_ABBREVIATIONS.items()
    for reading, words in readings
    if "@" in words
}
_BEFORE_ROMAN_RE = re.compile(rf"(?<![\w.&/-])({alternation(list(_BEFORE_ROMAN))})[ \t]+([IVXLC]+)(?![\w.&/-])")


def _before_roman(m: re.Match[str]) -> str:
    number = roman_to_int(m[2])
    return f"{_BEFORE_ROMAN[m[1]]} {read_number(str(number))}" if number else m.group()


#: "KT. CHỦ TỊCH" above a signature; a one-letter prefix needs a title of two words after it ("Q. CHỦ TỊCH"), since a
#: byline's initial before a name in capitals has the same shape ("Q.NHƯ": quy, Như).
_LONG_PREFIXES = alternation([k for k in tables.SIGNATURE_PREFIXES if len(k) > 1])
_ONE_LETTER_PREFIXES = alternation([k for k in tables.SIGNATURE_PREFIXES if len(k) == 1])
_SIGNATURE_RE = re.compile(
    rf"(?m)^(?:({_LONG_PREFIXES})\.[ \t]*(?=[{UPPER}]{{2}})"
    rf"|({_ONE_LETTER_PREFIXES})\.[ \t]*(?=[{UPPER}]+[ \t]+[{UPPER}]{{2}}))"
)
#: "P." before a title is Phó, the deputy ("P.Chủ tịch UBND", "P. Giám đốc", "P.CT"; deputy_title_words.tsv).
#: The literal comes first (no word or dot before it is checked after), so a long text is scanned fast for "P.".
_DEPUTY_RE = re.compile(rf"P\.(?<![\w.]P\.)[ \t]?(?=(?:{alternation(list(tables.DEPUTY_TITLE_WORDS))})(?![\w]))")
#: A code whose number repeats the number closing the name right before it, as brackets leave it ("Kỹ thuật 4 (CK4)"
#: → "Kỹ thuật 4, CK4,"): the name's own code, said by its letters unless the words a table reads its letters as close
#: the name ("Tổ dân phố 4 (TDP4)").
_NUMBER_CLOSING_NAME_RE = re.compile(r"(?<![\d.,])(\d{1,3})[ \t]*[,(][ \t]*$")
_NAME_WORD_RE = re.compile(r"[^\W\d_]+")


def _code_of_name_before(text: str, start: int, letters: str, digits: str) -> bool:
    """The code's number closes the name before it, and the name is not the words its letters are read as.

    >>> _code_of_name_before("Kỹ thuật 4, CK4", 12, "CK", "4")
    True
    >>> _code_of_name_before("Tổ dân phố 4, TDP4", 14, "TDP", "4")
    False
    """
    m = _NUMBER_CLOSING_NAME_RE.search(text, max(0, start - 12), start)
    if not m or m[1] != digits or letters not in tables.ABBREVIATIONS:
        return False
    before = [fold(w) for w in _NAME_WORD_RE.findall(text[max(0, start - 80) : m.start()])]
    said = [fold(w) for w in _NAME_WORD_RE.findall(tables.ABBREVIATIONS[letters])]
    return bool(said) and not any(before[i : i + len(said)] == said for i in range(len(before)))


#: A people's name written with an apostrophe (loanwords.tsv: "J’rai" is Gia Rai), read whole before its capital
#: is taken for a letter ("gi rai").
_APOSTROPHE_LOANS = {k: v for k, v in tables.LOANWORDS.items() if "’" in k or "'" in k}
_APOSTROPHE_LOAN_RE = re.compile(rf"(?<![\w'’])(?:{alternation(list(_APOSTROPHE_LOANS))})(?![\w'’])", re.IGNORECASE)
#: Two short capital codes joined by an en dash ("Sở GD–ĐT"): the hyphened form the table knows ("GD-ĐT").
_EN_DASH_PAIR_RE = re.compile(rf"(?<![\w–-])([{UPPER}]{{1,5}})–([{UPPER}]{{1,5}})(?![\w–-])")


def _en_dash_pair(m: re.Match[str]) -> str:
    """ "GD–ĐT" → "GD-ĐT" when the table knows it so; other pairs keep their dash.

    >>> _EN_DASH_PAIR_RE.sub(_en_dash_pair, "Bộ GD–ĐT; tuyến HN–XY")
    'Bộ GD-ĐT; tuyến HN–XY'
    """
    joined = f"{m[1]}-{m[2]}"
    return joined if joined in tables.ABBREVIATIONS else m.group()


#: CH before a republic's name is Cộng hòa ("Tổng thống CH Ba Lan", "(CH Séc)"; republic_countries.tsv).
_REPUBLIC_RE = re.compile(rf"(?<![\w-])CH(?=[ \t]+(?:{alternation(list(tables.REPUBLIC_COUNTRIES))})(?![\w]))")


#: TT before a number and its year is a circular ("Theo TT24/2017", "TT 24/2017", "TT số 24/2017"): Thông tư.
_CIRCULAR_RE = re.compile(
    r"(?<![\w-])TT(?:[ \t]?(?=\d{1,3}/(?:19|20)\d{2}(?!\d))|(?=[ \t]+số[ \t]?(?:\d{1,3}/(?:19|20)\d{2}(?!\d)"
    r"|[^\W\d]+(?:[ \t]+[^\W\d]+){0,7}[ \t]+trên[ \t]+(?:hai nghìn|một nghìn chín trăm))))"
)  # a code's number is read before this rule: "TT số 24/2017/TT-BYT" reaches it as "TT số hai mươi tư trên hai nghìn…"


#: TH and a number before a colon opening a line (or a bullet) is a numbered case ("TH1: Nếu du học sinh…", "- TH 2:":
#: trường hợp); a primary school is named after its TH, never numbered so at a line's start before a colon.
_CASE_LABEL_RE = re.compile(r"(?m)(^[ \t]*(?:[-–•+][ \t]*)?|[.;][ \t]+)TH(?=[ \t]?\d{1,2}[ \t]*:)")


#: "Q." before a title is Quyền, the acting holder ("Q.Trưởng phòng", "Q. Giám đốc"); before a place it is a district.
_ACTING_RE = re.compile(rf"Q\.(?<![\w.]Q\.)[ \t]?(?=(?:{alternation(list(tables.DEPUTY_TITLE_WORDS))})(?![\w]))")
_CHUNK_RE = re.compile(r"(?<![^\W_]|[.&/-])(?:[^\W_]|[.&/-])+")
_TWO_CAPITALS_RE = re.compile(f"[{UPPER}]{{2}}")
_KNOWN_CODES = {*_SINGLE_ABBR, *_MINED, *tables.DOCUMENT_KINDS, *tables.ISSUERS}
_SEPARATOR_WORDS = {"-": ", ", "&": " và ", "/": ", ", ".": ", "}
_HAS_UPPER_RE = re.compile(f"[{UPPER}]")
#: The lettered point of a legal article ("điểm b, khoản 1"): its letter is said by name ("điểm bê").
#: A study's p-value: a lone small p before a comparison and a fraction of one ("(p<0,05)", "p = 0.001") is "pê".
#: Its literal comes first (the look-behind after it), so a long text is scanned fast for "p".
_STATISTICAL_P_RE = re.compile(r"p(?<![\w.,/'’-]p)(?=[ \t]?[<>=≤≥][ \t]?0[,.][0-9])")
_POINT_LETTER_RE = re.compile(r"(?<=\b[Đđ]iểm )[a-zđ](?=[,;:)]|\s+(?:khoản|[Kk]hoản|Điều|điều)\b|$)")
_CAPS_WORD_RE = re.compile(f"^[{UPPER}]+$")
# A chunk with at least one capital; possessive runs keep the scan linear on long lower-case words.
# Character classes spelled out (Latin script), so each loop below is one class test per character.
_LOWER_ALNUM = re.escape("".join(c for c in map(chr, range(0x30, 0x1F00)) if c.isalnum() and not c.isupper()))
_CHUNK_CHARS = f"{_LOWER_ALNUM}{UPPER}.&/-"
#: A number glued to a capitalised word after it ("0Ng", "5Ngày"): the word is read as it is when a space parts them,
#: so reading the spoken text again changes nothing.
_DIGIT_THEN_CAPITAL_RE = re.compile(rf"[0-9][{UPPER}]")  # a fast hint (decision 0049)
_NUMBER_BEFORE_WORD_RE = re.compile(rf"([0-9]+)(?=[{UPPER}][{LOWER}]+(?![{_CHUNK_CHARS}]))")
#: A number glued to letters that a context row reads after a number ("TNHH 1TV", "năm 248CN": "tnhh #", "năm #").
_GLUED_COUNT_RE = re.compile(rf"(?<![\w.,/-])([0-9]{{1,4}})([{UPPER}]{{2,4}})(?![\w])")
_AFTER_A_NUMBER = {
    letters: tuple(word for _, words in rows for word in words if word == "#" or word.endswith(" #"))
    for letters, rows in tables.CONTEXT_ABBREVIATIONS.items()
}


def _glued_count(m: re.Match[str]) -> str:
    """The number and its letters parted when the letters' reading after a number applies, so it is found.

    >>> _GLUED_COUNT_RE.sub(_glued_count, "Công ty TNHH 1TV Cao su; kênh 1TV; năm 248CN")
    'Công ty TNHH 1 TV Cao su; kênh 1TV; năm 248 CN'
    """
    phrases = _AFTER_A_NUMBER.get(m[2])
    if phrases and _preceded_by(m.string, m.end(1), phrases):
        return f"{m[1]} {m[2]}"
    return m.group()


_CAPITAL_CHUNK_RE = re.compile(
    rf"(?<![{_CHUNK_CHARS}])[{_LOWER_ALNUM}.&/-]*+[{UPPER}]"
    rf"(?:[{_LOWER_ALNUM}]*+[{UPPER}.&/-]|(?![{_LOWER_ALNUM}{UPPER}]))[{_CHUNK_CHARS}]*+"
)
_LOWER_KEYS_RE = re.compile(
    rf"({alternation([k for k in _SINGLE_ABBR if not _CAPITAL_CHUNK_RE.fullmatch(k)])})"
    r"(\.?)(?![^\W_]|[&/-]|\.[^\W_])"
)
_SOMETHING_AHEAD_RE = re.compile(r"[ \t]*\S")
_CHUNK_SET = frozenset(UPPER) | {c for c in map(chr, range(0x30, 0x1F00)) if c.isalnum()} | set(".&/-")
_CHUNK_DIGITS = frozenset(c for c in _CHUNK_SET if c.isdigit())
_ORDINARY_WORD_RE = re.compile(rf"[{UPPER}][^\W\d_{UPPER}]+$")
_PLACE_WORDS_IN_CAPITALS = frozenset(tables.PLACE_WORDS_IN_CAPITALS)
#: Units a highland place's two-letter word follows ("xã EA Tiêu"): only there is "EA" a place's word.
_PLACE_UNIT_WORDS = ("xã", "huyện", "thị trấn", "thị xã", "phường", "buôn", "thôn", "sông", "suối", "hồ")
#: A channel's name glued to the letters TV ("NếmTV"; "VTV" and "HTV" are capitals alone).
_GLUED_CHANNEL_RE = re.compile(rf"([{UPPER}][^\W\d_{UPPER}]+)(TV)")


def _title_glued_to_organ(letters: str) -> str | None:
    """A title and a known organ written as one word (``glued_titles.tsv``), or None: a pair no table knows whole is
    left to be spelled, never an error.

    >>> _title_glued_to_organ("CTUBMTTQVN"), _title_glued_to_organ("PCTHĐND"), _title_glued_to_organ("CTXY")
    ('Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Phó Chủ tịch Hội đồng nhân dân', None)
    >>> _title_glued_to_organ("UVHĐND"), _title_glued_to_organ("UVBCHTW"), _title_glued_to_organ("UVXYZ")
    ('Ủy viên Hội đồng nhân dân', 'Ủy viên Ban Chấp hành Trung ương', None)
    """
    for title, spoken in tables.GLUED_TITLES.items():
        organ = letters[len(title) :]
        if letters.startswith(title) and len(organ) >= 3 and (organ_spoken := _SINGLE_ABBR.get(organ)):
            return f"{spoken} {organ_spoken}"
    return None


def organ_and_scope(letters: str) -> str | None:
    """A known organisation's code with its scope glued on ("organ_scopes.tsv"), or None.

    >>> organ_and_scope("LHPNVN"), organ_and_scope("HNDTW"), organ_and_scope("ĐTVN"), organ_and_scope("VNVN")
    ('Liên hiệp Phụ nữ Việt Nam', 'Hội Nông dân Trung ương', None, None)
    """
    for scope, spoken in tables.ORGAN_SCOPES.items():
        organ = letters[: -len(scope)]
        if letters.endswith(scope) and len(organ) >= 3 and organ in _SINGLE_ABBR:
            return f"{_SINGLE_ABBR[organ]} {spoken}"
    return None


def _code_and_place(letters: str) -> str | None:
    """A code glued to the place it serves, read as the code then the place (``web_names.tsv``), or None.

    >>> _code_and_place("EVNHANOI"), _code_and_place("UBNDHANOI"), _code_and_place("HANOI"), _code_and_place("EVNSPC")
    ('e vê nờ Hà Nội', 'Ủy ban nhân dân Hà Nội', None, None)
    """
    lowered = letters.lower()
    for size in range(len(letters) - 2, 4, -1):  # a place of five letters or more after a code of two or more
        if place := tables.WEB_NAMES.get(lowered[-size:]):
            code = letters[:-size]
            return f"{_SINGLE_ABBR.get(code) or spell(code)} {place}"
    return None


#: A name of six or more Latin capitals that is shaped like a word: vowels in two places or more, at most two
#: consonants at either end and three between vowels ("VINAMILK", "TECHCOMBANK"; not "UBATGT", "VNCERT", "CHXHCN").
#: Two consonants open it only as words open (`_WORD_ONSETS`): "TRUEMILK" is a word, "VLIRUOS" letters; and three
#: as English words open ("STRATA").
_WORD_ONSETS = (
    "SCR|SPL|SPR|STR|BL|BR|CH|CL|CR|DR|FL|FR|GH|GL|GR|KH|KL|KR|NG|NH|PH|PL|PR|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR|TW|WH|WR"
)
#: Three consonants between vowels are a digraph and a consonant ("TECHCOMBANK", "BLACKPINK", "BAKHMUT"; a w
#: closing a vowel, "DOWNLOAD"), a consonant and a pair that opens words ("ANDREA"), or a pair that closes English and
#: Pinyin syllables and any consonant ("LAND|MARK", "JOHN|SON", "NEST|LE", "LIT|TLE", "PART|NERS", "SHEN|ZHEN");
#: "IRLPIE" (r, l, p) is no word's middle but a code of initials, spelled.
_MEDIAL_CONSONANTS = (
    "[B-DF-HJ-NP-TV-XZ]{1,2}|(?:CH|CK|GH|KH|NG|NH|PH|SH|TH|W[B-DF-HJ-NP-TV-XZ])[B-DF-HJ-NP-TV-XZ]"
    f"|[B-DF-HJ-NP-TV-XZ](?:{'|'.join(o for o in _WORD_ONSETS.split('|') if len(o) == 2)})"
    "|(?:CS|DD|HN|MP|ND|NK|NS|NT|NZ|RD|RM|RN|RT|SS|ST|TT|ZZ)[B-DF-HJ-NP-TV-XZ]"
)
#: Two consonants close a word as English words close (a plural's s after c, d, k, l, m, n, p, r, t or w, or a coda such
#: as "NK", "ST", "CK", "RG", "MM", "GN") or as unaccented Vietnamese names close ("NH", "NG"): "BLACKPINK", "HIMARS",
#: "REUTERS", "OLYMPICS", "HAMBURG", "HOANGANH"; "AWGIPC" (p, c) and "IGCAGS" (g, s) are initials.
_WORD_CODAS = (
    "[CDKLMNPRTW]S|NG|NH|NK|NT|ND|RT|RD|RG|RK|RN|RM|RL|LT|LD|LK|LL|LM|LF|SH|SS|ST|SK|SM|TH|CH|CK|CT|PT|MP|MM|FF|FT|XT"
    "|WN|GH|GN|PH|TT"
)
_WORD_SHAPED_RE = re.compile(
    rf"(?=[A-Z]{{6,}}$)(?:{_WORD_ONSETS}|[B-DF-HJ-NP-TV-XZ])?[AEIOUY]+(?:(?:{_MEDIAL_CONSONANTS})[AEIOUY]+)+"
    rf"(?:{_WORD_CODAS}|[B-DF-HJ-NP-TV-XZ])?"
)

#: Four or five Latin capitals that start on a consonant and a vowel, then one or two consonants and one or two vowels,
#: as no code of initials is: a stage name, a brand or a foreign place ("MONO", "PUMA", "PARIS", "LINFA", "SIPEA",
#: "DEKEY" with its closing y, "YARA" with its opening one; not "TAND", "UBKT", "OCOP", "NYSE", "PYMIC"; decision 0048).
_SHORT_WORD_SHAPED_RE = re.compile(
    r"(?=[A-Z]{4,5}$)(?:[B-DF-HJ-NP-TV-XZ]|Y(?=[AEOU]))[AEIOU][B-DF-HJ-NP-TV-XZ]{1,2}[AEIOU]{1,2}[B-DF-HJ-NP-TV-Z]?"
)


def said_as_word(letters: str) -> str | None:
    """A brand or name in capitals no table knows, said as the word it is (golds accept it as written), or None.

    >>> said_as_word("VINAMILK"), said_as_word("TECHCOMBANK"), said_as_word("UBATGT"), said_as_word("NYSE")
    ('Vinamilk', 'Techcombank', None, None)
    >>> said_as_word("MONO"), said_as_word("PARIS"), said_as_word("PUMA"), said_as_word("TAND"), said_as_word("UBKT")
    ('Mono', 'Paris', 'Puma', None, None)
    >>> said_as_word("LINFA"), said_as_word("SIPEA"), said_as_word("ESAFS"), said_as_word("PYMIC")
    ('Linfa', 'Sipea', None, None)
    >>> said_as_word("DEKEY"), said_as_word("TRUEMILK"), said_as_word("VLIRUOS"), said_as_word("YARA")
    ('Dekey', 'Truemilk', None, 'Yara')
    >>> said_as_word("STRATA"), said_as_word("SPRITE")  # an English onset of three consonants
    ('Strata', 'Sprite')
    >>> said_as_word("IRLPIE"), said_as_word("ANDREA")  # three consonants no word has in its middle: initials
    (None, 'Andrea')
    >>> said_as_word("AWGIPC"), said_as_word("HIMARS")  # two consonants no English word ends on: initials
    (None, 'Himars')
    >>> said_as_word("VPBANK")  # a bank's code before the word, as the bank writes it
    'VPBank'
    >>> said_as_word("STEEL"), said_as_word("GOLDEN"), said_as_word("CARD")  # english_words.tsv, four letters up
    ('Steel', 'Golden', None)
    >>> said_as_word("DIOR"), said_as_word("FORD")  # brand_words.tsv
    ('Dior', 'Ford')
    """
    if len(letters) >= 4 and letters.lower() in _ENGLISH_WORDS:
        return letters.capitalize()  # "STEEL sẽ mang đến": a common English word standing as a brand's name
    if letters.lower() in _BRAND_WORDS:
        return letters.capitalize()  # "nhãn hiệu DIOR", "xe FORD": a maker's name (brand_words.tsv)
    shaped = _WORD_SHAPED_RE.fullmatch(letters) or _SHORT_WORD_SHAPED_RE.fullmatch(letters)
    if shaped and not roman_to_int(letters):
        return letters.capitalize()
    if letters.endswith("BANK") and 2 <= len(letters) - 4 <= 3:
        return letters[:-4] + "Bank"
    return _letters_then_word(letters)


def _letters_then_word(letters: str) -> str | None:
    """Two or three letters glued to a common English word of four letters or more, all in capitals, are the brand's
    letters then that word, as the brand writes it with a space ("HDPHARMA" → "HD pha ma"; english_words.tsv), or
    None. After the letters' Vietnamese names the word is said the Vietnamese way where glued_word_readings.tsv
    knows it. A name shaped like one word ("ECOFARM") is read whole before this is asked; letters a table reads as
    words ("VNCOLD": VN is Việt Nam) are one code, spelled whole.

    >>> _letters_then_word("HDPHARMA"), _letters_then_word("FPTSHOP"), _letters_then_word("VNCOLD")
    ('HD pha ma', 'FPT sốp', None)
    >>> _letters_then_word("KDHOME")
    'KD Home'
    """
    for size in (2, 3):
        code, word = letters[:size], letters[size:]
        if (
            len(word) >= 4
            and word.lower() in _ENGLISH_WORDS
            and code.isascii()
            and not is_pronounceable(code)
            and code not in _SINGLE_ABBR
        ):
            return f"{code} {tables.GLUED_WORD_READINGS.get(word.lower(), word.capitalize())}"
    return None


#: A rhyme that ends in a glide takes no final consonant in Vietnamese ("eo", "ao", "ai" + "c"): capitals shaped so
#: ("EOC", "AUP") are letters, not a word.
_GLIDE_THEN_FINAL_RE = re.compile(r"(?:a[iouy]|eo|eu|[iou]u|[ou]i|oeo)(?:ch|ng|nh|[cmnptk])$")


#: Pieces (parts and the separators between them) of the longest entry a table holds: a run is never longer, so a
#: chunk of thousands of parts ("UBND-UBND-…") is looked up in linear time.
_LONGEST_RUN = max(len(re.split(r"([-&/.])", key)) for key in _SINGLE_ABBR)


def _known_run(pieces: list[str], start: int) -> tuple[int, str] | None:
    """The longest run of two parts or more from ``start`` that a table knows whole, as (end, reading), or None.

    >>> _known_run(["hóa", "-", "TT", "-", "DL"], 2), _known_run(["VH", "-", "TT", "&", "TDTT"], 0)
    ((5, 'Thể thao và Du lịch'), (5, 'Văn hóa, Thông tin và Thể dục thể thao'))
    """
    longest = min(len(pieces), start + _LONGEST_RUN)
    longest -= (longest - start + 1) % 2  # a run ends on a part, never on a separator
    for end in range(longest, start + 2, -2):
        if (run := "".join(pieces[start:end])) in _SINGLE_ABBR:
            return end, _SINGLE_ABBR[run]
    return None


def _code_after_unknown(pieces: list[str], i: int) -> bool:
    """A short code dashed to an acronym no table knows is a place's code of that name, said as letters: "HVT-TH" is
    Hội Làm vườn và Trang trại, Thanh Hóa (its "TH" no tiểu học).

    >>> _code_after_unknown(["HVT", "-", "TH"], 2), _code_after_unknown(["UBND", "-", "TH"], 2)
    (True, False)
    """
    left = pieces[i - 2] if i >= 2 and pieces[i - 1] == "-" else ""
    return (
        len(pieces[i]) <= 3
        and bool(_CAPS_WORD_RE.match(pieces[i]))
        and bool(_CAPS_WORD_RE.match(left))
        and left not in _SINGLE_ABBR
        and left not in _MINED
        and not party_organ(left)
        and not is_pronounceable(left)
    )


def _letters_dashed_to_acronym(left: str, right: str) -> bool:
    """Two capital parts of one name: one letters no table knows, the other an acronym a table reads ("PVF-CAND",
    "QD-OLED"), or both letters no table knows ("PVC-MS"): a club's, a firm's or a product's name, said without a
    pause. Two known parts ("UBND-HĐND") stay a pair.

    >>> _letters_dashed_to_acronym("PVF", "CAND"), _letters_dashed_to_acronym("QD", "OLED")
    (True, True)
    >>> _letters_dashed_to_acronym("PVC", "MS")
    True
    >>> _letters_dashed_to_acronym("UBND", "HĐND"), _letters_dashed_to_acronym("HVT", "TH")
    (False, False)
    """

    def unknown(part: str) -> bool:
        return (
            bool(_CAPS_WORD_RE.match(part))
            and part not in _SINGLE_ABBR
            and part not in _MINED
            and not party_organ(part)
            and not is_pronounceable(part)
        )

    def known(part: str) -> bool:
        return part in _SINGLE_ABBR and len(part) >= 3

    return (unknown(left) and (known(right) or unknown(right))) or (known(left) and unknown(right))


def _halves_of_acronym(pieces: list[str]) -> bool:
    """Two capital halves dashed, one of them in no table, whose join a table knows: one acronym typed in two ("ĐV-TN"
    is ĐVTN, đoàn viên thanh niên). Two known halves ("CB-ĐV": cán bộ, đảng viên) stay a pair.

    >>> _halves_of_acronym(["ĐV", "-", "TN"]), _halves_of_acronym(["CB", "-", "ĐV"])
    (True, False)
    """
    if len(pieces) != 3 or pieces[1] != "-" or (pieces[0] + pieces[2]) not in _SINGLE_ABBR:
        return False
    if not all(_CAPS_WORD_RE.match(p) for p in pieces[::2]):
        return False
    return any(p not in _SINGLE_ABBR and p not in _MINED and not party_organ(p) for p in pieces[::2])


#: An acronym in capitals with an English plural's small s ("MSMEs", "NGOs", "KOLs").
_PLURAL_ACRONYM_RE = re.compile(f"[{UPPER}]{{2,}}s")


def _expand_chunk(chunk: str, caps_line: bool) -> str | None:
    """Spoken form of one space-delimited chunk, or None to leave it alone.

    >>> _expand_chunk("MSMEs", False), _expand_chunk("KOLs", False)
    ('mờ ét mờ e', 'ca ô lờ')
    """
    if _PLURAL_ACRONYM_RE.fullmatch(chunk):
        return _expand_chunk(chunk[:-1], caps_line) or spell(chunk[:-1])  # the plural's s is not said
    if chunk in _SINGLE_ABBR and not (caps_line and is_vietnamese_syllable(chunk)):
        return _SINGLE_ABBR[chunk]
    if organ := party_organ(chunk):
        return organ
    if chunk in _MINED:
        return _MINED[chunk]
    if _CAPS_WORD_RE.match(chunk):
        if len(chunk) >= 4 and chunk.isascii() and " " in (place := tables.WEB_NAMES.get(chunk.lower(), "")):
            return place  # "SAPA", "HANOI" in a heading: the place, as a web address reads it (web_names.tsv)
        if is_pronounceable(chunk) and not _GLIDE_THEN_FINAL_RE.search(fold(chunk)):
            return None
        if glued := _title_glued_to_organ(chunk):
            return glued
        if scoped := organ_and_scope(chunk):
            return scoped
        if len(chunk) > 12:
            return None
        if not caps_line and (placed := _code_and_place(chunk)):
            return placed  # "EVNHANOI": EVN, Hà Nội
        if word := said_as_word(chunk):
            return word
        if roman_to_int(chunk) and len(chunk) > 1 and caps_line:
            return None
        return spell(chunk)
    pieces = re.split(r"([-&/.])", chunk)
    if len(pieces) < 3 or any(not p for p in pieces[::2]):
        return None
    if _halves_of_acronym(pieces):
        return _SINGLE_ABBR[pieces[0] + pieces[2]]  # "ĐV-TN": ĐVTN, đoàn viên thanh niên (no "đảng viên, tê nờ")
    if (
        set(pieces[1::2]) == {"."}
        and all(len(p) == 1 and p.isupper() for p in pieces[:-1:2])
        and (
            _ORDINARY_WORD_RE.match(pieces[-1])
            or (_CAPS_WORD_RE.match(pieces[-1]) and not pieces[-1].isascii() and is_vietnamese_syllable(pieces[-1]))
        )
    ):
        # "V.I.Lênin", "M.H.Hải", a credit's "T.NGỌC": initials glued to a name are one name, said without a pause
        return spell("".join(pieces[:-1:2])) + " " + pieces[-1]
    if set(pieces[1::2]) == {"."} and all(len(p) == 1 and p.isupper() for p in pieces[::2]):
        return spell("".join(pieces[::2]))  # a person's initials, "anh N.V.A": one name, no pauses
    if (
        len(pieces) == 3
        and pieces[1] == "."
        and len(pieces[0]) == 1
        and pieces[0].isupper()
        and pieces[0] not in _DOTTED
        and 2 <= len(pieces[2]) <= 4
        and _CAPS_WORD_RE.match(pieces[2])
        and not is_vietnamese_syllable(pieces[2])
    ):
        # "cầu thủ K.KH", "M.NĐ": a sponsor's initial dotted to a club's letters is one name, its letters spelled
        # (no "Kế hoạch", no "Nghị định")
        return spell(pieces[0] + pieces[2])
    if (
        set(pieces[1::2]) == {"-"}
        and all(_CAPS_WORD_RE.match(p) for p in pieces[::2])
        and any(len(p) == 1 and not is_vietnamese_syllable(p) for p in pieces[::2])
    ):
        return " ".join(spell(p) for p in pieces[::2])  # "M-TP", "K-ICM": a name's letters ("châu Á-TBD" is not)
    if (
        len(pieces) == 3
        and pieces[1] == "/"
        and all(_TWO_CAPITALS_RE.fullmatch(p) for p in pieces[::2])
        and any(p not in _KNOWN_CODES and not party_organ(p) for p in pieces[::2])
    ):
        # "ký hiệu đôi SL/CF": two grades paired, one of them in no table, are both codes, said as letters (no Sắc
        # lệnh); "ĐH/CĐ", "NQ/TW", "CT/HU" pair two known abbreviations or a document's kind and issuer
        return ", ".join(spell(p) for p in pieces[::2])
    words = []
    expanded = False  # "Mỹ/người/năm" expands nothing: its slashes are for the slash rule ("trên")
    skip_to = 0
    for i, piece in enumerate(pieces):
        if i < skip_to:
            continue
        if i % 2:
            left = pieces[i - 1]
            right = pieces[i + 1]
            dotted_title = piece == "." and left in _DOTTED and right not in _DOTTED
            # "UB.MTTQ": a dot between two abbreviations of one name joins them ("Ủy ban Mặt trận Tổ quốc")
            joined = piece == "." and {left, right} <= _SINGLE_ABBR.keys() and not {left, right} & _DOTTED
            # "K-pop", "K-drama": one letter hyphened to a small-letter word is one word, said without a pause
            # and so to an English word with its capital ("S-League": ét League)
            # ("D-Day": a common English word too)
            lettered = (
                piece == "-"
                and len(left) == 1
                and left.isupper()
                and (
                    right.islower()
                    or (
                        bool(_ORDINARY_WORD_RE.match(right))
                        and (not is_pronounceable(right) or right.lower() in _ENGLISH_WORDS)
                    )
                )
            )
            # "PVF-CAND", "QD-OLED": letters no table knows dashed to a known acronym are one name, no pause
            named = piece == "-" and _letters_dashed_to_acronym(left, right)
            # "Co.op": a dot between two short Latin pieces, small letters after it, is inside a brand's name (a stop
            # typed without its space opens a longer or a marked word: "nay.Chúng", "đó.các")
            branded = (
                piece == "."
                and right.islower()
                and len(right) <= 3
                and len(left) <= 3
                and (left + right).isascii()
                and left.isalpha()
            )
            # "Co.opmart", "Be.Group", "Next.js", "E.coli": a Latin name with its capital, a dot, then a Latin part
            # no Vietnamese syllable is one brand's name ("Minh.Trong", "to.các": a stop typed without its space)
            latin = (
                piece == "."
                and (left + right).isascii()
                and left.isalpha()
                and right.isalpha()
                and left[0].isupper()
                and (left[1:].islower() or len(left) == 1)
                and (right.islower() or (right[0].isupper() and right[1:].islower()))
                and not is_vietnamese_syllable(right)
            )
            # "DM-i": a model's small letter after its capitals is part of the name
            suffixed = piece == "-" and len(right) == 1 and right.islower() and bool(_CAPS_WORD_RE.match(left))
            # "D.Boyko": an initial glued to a surname is one name, said without a pause
            initial = piece == "." and len(left) == 1 and left.isupper() and bool(_ORDINARY_WORD_RE.match(right))
            unpaused = dotted_title or joined or lettered or initial or named or branded or latin or suffixed
            words.append(" " if unpaused else _SEPARATOR_WORDS[piece])
        elif known := _known_run(pieces, i):
            # "Văn hóa-TT-DL": the parts a table knows together ("TT-DL": Thể thao và Du lịch) are read together
            skip_to, spoken = known
            words.append(spoken)
            expanded = True
        elif (piece in _SINGLE_ABBR or piece in _MINED) and not _code_after_unknown(pieces, i):
            words.append(_SINGLE_ABBR.get(piece) or _MINED[piece])
            expanded = True
        elif _CAPS_WORD_RE.match(piece) and not is_pronounceable(piece):
            words.append(spell(piece))
            expanded = True
        elif re.fullmatch(r"[^\W\d_]+", piece):
            words.append(piece)
        else:
            return None
    if not expanded and ("/" in pieces or set(pieces[1::2]) == {"-"}):
        return None  # a hyphenated name ("Park Ji-sung", "In-đô-nê-xi-a") is one name: dashes() joins it unpaused
    if pieces[1::2] == ["&"] and any(_CAPS_WORD_RE.match(p) and p not in _SINGLE_ABBR for p in pieces[::2]):
        # "XDNSVH&GĐ": one unknown name, its two parts spelled alike ("GĐ" here is no Giám đốc)
        return " và ".join(spell(p) if _CAPS_WORD_RE.match(p) else p for p in pieces[::2])
    return "".join(words)


_WORD_OR_NUMBER_RE = re.compile(r"[^\W_]+")
#: Words of a number already read out ("năm hai trăm bốn mươi tám CN"): a "#" in a context phrase stands for them.
_NUMBER_WORDS = frozenset(w for n in (*range(1000), 10**3, 10**6, 10**9) for w in read_number(str(n)).split())


def _preceded_by(text: str, pos: int, phrases: tuple[str, ...]) -> bool:
    """The words right before ``pos`` end with one of ``phrases``; "#" in a phrase stands for a number, in digits or
    already read out.

    >>> _preceded_by("năm 248 CN", 8, ("năm #",)), _preceded_by("năm hai trăm bốn mươi tám CN", 26, ("năm #",))
    (True, True)
    >>> _preceded_by("năm nay CN", 8, ("năm #",)), _preceded_by("sau CN", 4, ("sau",))
    (False, True)
    """
    words = [w.lower() for w in _WORD_OR_NUMBER_RE.findall(text[max(0, pos - 60) : pos])[-8:]]
    shapes = [words[-3:]]
    for start in range(len(words) - 1, -1, -1):  # each tail of number words, read as one "#"
        if words[start] not in _NUMBER_WORDS and not words[start].isdigit():
            break
        shapes.append([*words[max(0, start - 2) : start], "#"])
    return any(" ".join(shape[-k:]) in phrases for shape in shapes for k in range(1, len(shape) + 1))


#: An initial of two or three letters that no syllable is, standing for a name a judgment or a crime report hides
#: ("bị cáo Trần Đức Th", "Vũ Thị Th1", "Ông Tô Văn Ch"): its letters, then its number.
_NAME_INITIALS_RE = re.compile(
    rf"\b(Ngh|Ch|Gh|Kh|Ng|Nh|Ph|Th|Tr)(\d{{0,2}})\b(\.(?=[ \t]*[,(;:]|[ \t]+[^\W\d_{UPPER}]))?"
)  # its dot taken along when the sentence goes on after it ("Nguyễn Thị Ng. (35 tuổi)", "Tr. và")
_NAME_INITIALS_HINT_RE = re.compile(r"(?:Ngh|Ch|Gh|Kh|Ng|Nh|Ph|Th|Tr)\d{0,2}(?!\w)")  # the same, letters first: fast


_ORDINARY_WORDS_RE = re.compile(rf"(?<![\w])[{UPPER}][^\W\d_{UPPER}]+(?![\w])")
#: A surname cut short before the rest of the name ("Ng. Hào": Nguyễn Hào; ``surname_abbreviations.tsv``).
_SURNAME_RE = re.compile(
    rf"(?<![\w.])({alternation(list(tables.SURNAME_ABBREVIATIONS))})\.[ \t]?(?=[{UPPER}][^\W\d_{UPPER}])"
)
_SURNAME_HINT_RE = re.compile(rf"(?:{alternation(list(tables.SURNAME_ABBREVIATIONS))})\.")  # letters first: fast


#: A title's letter before a full name (``titles_before_surnames.tsv``, ``surnames.tsv``): "Ô Nguyễn Đình Quang".
_TITLE_BEFORE_NAME_RE = re.compile(
    rf"(?<![\w.])({alternation(list(tables.TITLES_BEFORE_SURNAMES))})[ \t]+"
    rf"(?=(?:{alternation(list(tables.SURNAMES))})[ \t]+[{UPPER}][^\W\d_{UPPER}])"
)
_TITLE_BEFORE_NAME_HINT_RE = re.compile(  # the same, title first: a fast scan
    rf"(?:{alternation(list(tables.TITLES_BEFORE_SURNAMES))})[ \t]+(?:{alternation(list(tables.SURNAMES))})[ \t]"
)
_NAME_LIST_WORDS = ("và", "cùng", "với")


def _title_before_name(m: re.Match[str]) -> str:
    """ "Chủ trì: Ô Huỳnh Hồng Tấn" → ông; not after a word ("phường Ô Lâm Văn"), unless one that joins a list.

    >>> _TITLE_BEFORE_NAME_RE.sub(_title_before_name, "- Ô Lê Văn Hai; Ô Chợ Dừa; xã Ô Lâm Hà; và Ô Lê Ba")
    '- ông Lê Văn Hai; Ô Chợ Dừa; xã Ô Lâm Hà; và ông Lê Ba'
    """
    if last_char_before(m.string, m.start()).isalnum() and not preceded_by(m.string, m.start(), _NAME_LIST_WORDS, 1):
        return m.group()
    return tables.TITLES_BEFORE_SURNAMES[m.group(1)] + " "


#: What closes an anonymised person's initial before its dot: a name's word or a person's word right before it
#: ("Võ Đức Tr.", "anh Kh."), and no name, digit or letter glued after the dot ("Ng. Hào" is Nguyễn; "Th.S").
_NAME_BEFORE_INITIAL_RE = re.compile(
    rf"(?<!\w)(?:[{UPPER}][^\W\d_{UPPER}]*|{alternation(list(tables.PERSON_WORDS))})[ \t]+$"
)
_NAME_AFTER_DOT_RE = re.compile(rf"\.(?:[ \t]?[{UPPER}][^\W\d_{UPPER}]|\w)")


def _closes_a_name(s: str, start: int, end: int) -> bool:
    """An initial with its dot that ends an anonymised person's name: "Võ Đức Tr. và", "Nguyễn Thị Ng.", "anh Kh.".

    >>> _closes_a_name("Võ Đức Tr. và", 7, 9), _closes_a_name("Ông Ng. Hào", 4, 6), _closes_a_name("tr. Th.S", 4, 6)
    (True, False, False)
    """
    return bool(_NAME_BEFORE_INITIAL_RE.search(s, max(0, start - 30), start)) and not _NAME_AFTER_DOT_RE.match(s, end)


def _name_initials(m: re.Match[str]) -> str:
    """ "Th1" → "tê hát một", "Võ Đức Tr." → "Võ Đức tê rờ."; not beside an apostrophe ("Tr’hy", a commune's name)
    or a dot that is no name's end."""
    s, start, end = m.string, m.start(), m.end()
    if (start and s[start - 1] in ".'’") or s[end : end + 1] in ("'", "’"):
        return m.group()
    dot = m.group(3) or ""
    end -= len(dot)
    if s[end : end + 1] == "." and (m.group(2) or not _closes_a_name(s, start, end)):
        return m.group()
    letters, number = m.group(1), m.group(2)
    return spell(letters.upper()) + (f" {read_number(number)}" if number else "")


_TICKER_RE = re.compile(r"[A-Z]{3}")
#: A stock's move right after its code ("VND giảm 1,49%"), and such codes anywhere in a stretch of text.
_TICKER_MOVE_RE = re.compile(r"[ \t]+(?:tăng|giảm)[ \t]")
_TICKER_MOVES_RE = re.compile(r"(?<![\w])([A-Z]{3})[ \t]+(?:tăng|giảm)[ \t]")
_UNITS = frozenset(tables.UNITS)  # "USD tăng": a currency, no ticker
_TICKER_BEFORE_RE = re.compile(r"(?<![\w])([A-Z]{3})(?:,[ \t]*|[ \t]+và[ \t]+)$")
_TICKER_AFTER_RE = re.compile(r"(?:,[ \t]*|[ \t]+và[ \t]+)([A-Z]{3})(?![\w])")
#: A code followed in brackets by its signed change or its company: "HCM (-0,72%)", "HSG (Công ty CP Hoa Sen)"; the
#: brackets are already read as pauses and the sign as a word ("HCM, âm 0,72 phần trăm").
_TICKER_BRACKET_RE = re.compile(
    r"[ \t]*[,(][ \t]*(?:(?:âm|cộng) (?:\d|(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b)"
    r"|(?:Công ty|CTCP|Tổng công ty|Ngân hàng|Tập đoàn)\b)"
)


def _is_stock_code(text: str, start: int, end: int, core: str) -> bool:
    """A three-letter code a table reads as a word is a stock's code after "mã", "cổ phiếu" (``ticker_words.tsv``)
    or beside another code no table knows ("SSI, VND và JVC"): then it is spelled.

    >>> _is_stock_code("là SSI, VND và JVC", 8, 11, "VND"), _is_stock_code("24.000 VND/USD", 7, 10, "VND")
    (True, False)
    >>> _is_stock_code("HCM, âm không phẩy bảy phần trăm", 0, 3, "HCM"), _is_stock_code("HSG (Công ty CP", 0, 3, "HSG")
    (True, True)
    >>> _is_stock_code("ORS giảm 3%, VND giảm 1%", 13, 16, "VND"), _is_stock_code("USD tăng, VND giảm", 10, 13, "VND")
    (True, False)
    """
    if not _TICKER_RE.fullmatch(core):
        return False
    if preceded_by(text, start, tables.TICKER_WORDS, 3) or _TICKER_BRACKET_RE.match(text, end):
        return True
    before = _TICKER_BEFORE_RE.search(text, max(0, start - 12), start)
    after = _TICKER_AFTER_RE.match(text, end)
    neighbours = [m.group(1) for m in (before, after) if m and m.group(1)]
    if any(c not in _SINGLE_ABBR for c in neighbours):
        return True
    if not _TICKER_MOVE_RE.match(text, end):
        return False
    # "ORS giảm 3,23%, VND giảm 1,49%": a code that moves beside another code no table knows moving too
    moves = _TICKER_MOVES_RE.finditer(text, max(0, start - 120), min(len(text), end + 120))
    return any(m.group(1) != core and m.group(1) not in _SINGLE_ABBR and m.group(1) not in _UNITS for m in moves)


#: Two codes around a dash or an ampersand with a space beside it ("KT – XH", "QP- AN", "NN & PTNT"): the pair a
#: table knows glued ("KT-XH", "NN&PTNT").
_SPACED_PAIR_RE = re.compile(
    rf"(?<![\w&/.-])([{UPPER}]{{2,}})(?:[ \t]+([-–—&])[ \t]*|([-–—&])[ \t]+)([{UPPER}]{{2,}})(?![\w&/-])"
)
#: Three pieces, one joint at least spaced: "LĐ - TB & XH" → "LĐ-TB&XH" when a table knows it.
_SPACED_TRIPLE_RE = re.compile(
    rf"(?<![\w&/.-])([{UPPER}]{{2,}})[ \t]*([-–—&])[ \t]*([{UPPER}]{{2,}})"
    rf"[ \t]*([-–—&])[ \t]*([{UPPER}]{{2,}})(?![\w&/-])"
)


#: A name's first code, a comma, then an ampersand pair: "Trung tâm VH, TT&TT" is the table's "VH-TT&TT".
_COMMA_PAIR_RE = re.compile(rf"(?<![\w&/.-])([{UPPER}]{{2,}}),[ \t]*([{UPPER}]{{2,}}&[{UPPER}]{{2,}})(?![\w&/-])")


def _comma_pair(m: re.Match[str]) -> str:
    """ "VH, TT&TT" → "VH-TT&TT" when a table knows the whole; else as written.

    >>> _COMMA_PAIR_RE.sub(_comma_pair, "Trung tâm VH, TT&TT huyện; Sở NV, TT&TT")
    'Trung tâm VH-TT&TT huyện; Sở NV, TT&TT'
    """
    whole = f"{m[1]}-{m[2]}"
    return whole if whole in _SINGLE_ABBR else m.group()


def _spaced_triple(m: re.Match[str]) -> str:
    """ "LĐ - TB & XH" → "LĐ-TB&XH" when a table knows it; else as written.

    >>> _SPACED_TRIPLE_RE.sub(_spaced_triple, "Sở LĐ - TB & XH; AB - CD & EF")
    'Sở LĐ-TB&XH; AB - CD & EF'
    """
    a, j1, b, j2, c = m.groups()
    joined = f"{a}{'&' if j1 == '&' else '-'}{b}{'&' if j2 == '&' else '-'}{c}"
    return joined if joined in _SINGLE_ABBR else m.group()


_SPACED_PAIR_HINT_RE = re.compile(rf"[{UPPER}]{{2}}(?:[ \t]+[-–—&][ \t]*|[-–—&][ \t]+)[{UPPER}]{{2}}")  # capitals first


def _spaced_pair(m: re.Match[str]) -> str:
    """ "KT – XH" → "KT-XH", "NN & PTNT" → "NN&PTNT" when a table knows the pair; else as written.

    >>> _SPACED_PAIR_RE.sub(_spaced_pair, "Bộ NN & PTNT; KT – XH; AB & CD")
    'Bộ NN&PTNT; KT-XH; AB & CD'
    """
    joiner = "&" if "&" in (m.group(2), m.group(3)) else "-"
    pair = f"{m.group(1)}{joiner}{m.group(4)}"
    return pair if pair in _SINGLE_ABBR else m.group()


def _lower_key(m: re.Match[str]) -> str:
    """A key without a second capital ("Tp.", "đ/c"); its dot goes with it unless the line ends there.

    A dotted key glued to the stop before it is still itself: "múa dân tộc.v.v." → "múa dân tộc. vân vân."
    """
    key, dot = m.groups()
    before = m.string[m.start() - 1] if m.start() else ""
    glued_after_stop = before == "." and "." in key  # "dân tộc.v.v.", "muối...v.v.": a stop typed without its space
    if before in _CHUNK_SET and not before.isdigit() and not glued_after_stop:
        return m.group()  # inside a longer word; after a digit it is its own ("0Cty")
    if glued_after_stop:
        return " " + _SINGLE_ABBR[key] + dot
    if dot and (key not in _DOTTED or not _SOMETHING_AHEAD_RE.match(m.string, m.end())):
        return _SINGLE_ABBR[key] + dot
    return _SINGLE_ABBR[key]


_TWO_LETTERS_RE = re.compile(r"[A-Z]{2}")
#: An engine-oil grade after its label (``grade_labels.tsv``): "API SN", "API SL/CF" are letters, no sinh năm.
_GRADE_CODE_RE = re.compile(r"[A-Z]{2}(?:/[A-Z]{2})*")
_GRADE_LABEL_RE = re.compile(rf"(?<![\w/])(?:{alternation(list(tables.GRADE_LABELS))})[ \t]+$")
#: Latin capitals ending on c, ch, p or t: Vietnamese writes such a final only under a rising or heavy tone ("ÍCH",
#: "HỌC"), so a word of them with no mark ("ICH", "SOC", "BOT") is letters, unless a run of unmarked capitals around it
#: shows a name typed without its marks ("BAC A BANK").
_GRADE_ALT = alternation(list(tables.GRADE_CODES))
#: A grade beside another in a list ("SN, SM và SL"): the list's separator, then (or after) another grade.
_GRADE_BEFORE_RE = re.compile(rf"(?<![\w/])(?:{_GRADE_ALT})(?:,[ \t]*|[ \t]+(?:và|hoặc|hay)[ \t]+)$")
_GRADE_AFTER_RE = re.compile(rf"(?:,[ \t]*|[ \t]+(?:và|hoặc|hay)[ \t]+)(?:{_GRADE_ALT})(?![\w/])")
_GRADE_CODES = frozenset(tables.GRADE_CODES)
_UNMARKED_STOP_RE = re.compile(r"(?=[A-Z]{2,4}$).*(?:[CPT]|CH)")
#: A person's initials with their dots ("N.Q.H"), and what shows the sentence goes on after the last dot: a comma, a
#: bracket or a word in small letters ("N.Q.H. cho biết", "T.T.M.V., nữ hiệu phó", "N.V.T. (sinh năm 1998)").
_DOTTED_INITIALS_RE = re.compile(rf"[{UPPER}](?:\.[{UPPER}])+")
_SENTENCE_GOES_ON_RE = re.compile(rf"[ \t]*[,(;:]|[ \t]+[^\W\d_{UPPER}]")
_SMALL_WORD_AFTER_RE = re.compile(rf"[ \t]+[^\W\d_{UPPER}]")
_CAPS_NEIGHBOUR_RE = re.compile(rf"[{UPPER}]{{2,}}")


def _stands_alone(m: re.Match[str]) -> bool:
    """No all-capital word right before or after the match: "IP" in "SHI IP Tam Dương" but not "AN" in "AN NINH"."""
    s = m.string
    before = WORD_RE.findall(s[max(0, m.start() - 20) : m.start()])[-1:]
    after = WORD_RE.findall(s[m.end() : m.end() + 20])[:1]
    return not any(_CAPS_NEIGHBOUR_RE.fullmatch(w) and is_vietnamese_syllable(w) for w in before + after)


def _in_capital_run(m: re.Match[str]) -> bool:
    """A capital word right before or after the match that could be a syllable, one letter too: "BAC" in "BAC A BANK".

    >>> _in_capital_run(re.search("BAC", "cho BAC A BANK")), _in_capital_run(re.search("ICH", "TP.HCM (ICH) đã"))
    (True, False)
    """
    s = m.string
    before = WORD_RE.findall(s[max(0, m.start() - 20) : m.start()])[-1:]
    after = WORD_RE.findall(s[m.end() : m.end() + 20])[:1]
    return any(w.isupper() and is_vietnamese_syllable(w) for w in before + after)


#: An abbreviation of two letters typed in sentence case before a small word ("Xd đời sống"): a capital, then a small
#: consonant that starts no Vietnamese onset with it (not "Th", "Ng": a name's initials).
#: Found by its letters first (a fast scan); what stands before it is checked in :func:`_one_capital_key`.
_ONE_CAPITAL_KEY_RE = re.compile(rf"[{UPPER}][bcdđgklmnpqrstvxh](?=[ \t]+[^\W\d_{UPPER}])")
_ONE_CAPITAL_WORDS = frozenset(tables.ONE_CAPITAL_WORDS) | {"Ch", "Gh", "Kh", "Nh", "Ph", "Th", "Tr", "Ng"}


def _one_capital_key(m: re.Match[str]) -> str:
    """ "Xd đời sống" → "xây dựng đời sống"; a symbol ("Cd và Pb"), a name's initials ("Th") or a key whose reading is
    a proper name stays as written.

    >>> _ONE_CAPITAL_KEY_RE.sub(_one_capital_key, "đoàn kết Xd đời sống; chất Cd và Pb; Kh nói; Ab cd")
    'đoàn kết xây dựng đời sống; chất Cd và Pb; Kh nói; Ab cd'
    """
    word = m.group()
    if m.start() and (m.string[m.start() - 1] in _CHUNK_SET or m.string[m.start() - 1].isalnum()):
        return word  # the end of a longer word ("TPHt")
    reading = _SINGLE_ABBR.get(word.upper(), "")
    if word in _ONE_CAPITAL_WORDS or not reading[:1].islower():
        return word
    return reading


_PHOTO_LABELS = ("Ảnh", "ẢNH", "ảnh")
#: "Ảnh:" or "Ảnh -" before a credit; a capital "Ảnh" opens one without a colon too ("Ảnh TL"), not "hình ảnh TP."
_PHOTO_LABEL_RE = re.compile(rf"(?:(?:{'|'.join(_PHOTO_LABELS)})[ \t]*[:-]|(?<![^\W\d_])(?:Ảnh|ẢNH))[ \t]*$")
#: A credit ends its line or bracket, or a caption runs on into the next sentence, which opens on a capitalised word
#: that is no surname ("Ảnh: CN Theo UBND tỉnh"; "Ảnh: KS Nguyễn Văn An" is a title before a name).
_CREDIT_END_RE = re.compile(
    rf"\.?[ \t]*(?:$|\n|[)\]])|[ \t]+(?!(?:{alternation(list(tables.SURNAMES))})[ \t])[{UPPER}][^\W\d_{UPPER}]+[ \t]"
)


#: Two name words after a title in a credit make it the title before a name ("Ảnh: BS Thanh Hương cung cấp": bác sĩ).
#: Surnames (surnames.tsv) typed without their marks, in capitals ("NGO", "LE"), and the two unaccented name words that
#: show one is a name ("NGO Van Minh", "NGO THI HOA"; "các NGO quốc tế" stays the organisations).
_UNACCENTED_SURNAMES = frozenset(
    "".join(c for c in unicodedata.normalize("NFD", name.replace("Đ", "D")) if not unicodedata.combining(c)).upper()
    for name in tables.SURNAMES
)
_UNACCENTED_NAME_AHEAD_RE = re.compile(r"[ \t]+([A-Z][a-z]+|[A-Z]{2,})[ \t]+([A-Z][a-z]+|[A-Z]{2,})\b(?![^\W\d_])")
_TWO_NAME_WORDS_AHEAD_RE = re.compile(rf"[ \t]+[{UPPER}][^\W\d_{UPPER}]+[ \t]+[{UPPER}][^\W\d_{UPPER}]+(?![\w])")


def _photographer_initials(text: str, start: int, end: int) -> bool:
    """A title's letters alone after "Ảnh:", closing the line, are the photographer's initials; before a name they are
    the title ("Ảnh: KS Nguyễn Văn An").

    >>> _photographer_initials("thủy sản. Ảnh: KS.", 15, 17), _photographer_initials("Ảnh: KS Nguyễn An", 5, 7)
    (True, False)
    >>> _photographer_initials("Ảnh: CN Theo UBND tỉnh", 5, 7)
    True
    """
    return bool(_PHOTO_LABEL_RE.search(text, max(0, start - 8), start)) and bool(_CREDIT_END_RE.match(text, end))


def _photo_credit(core: str) -> str | None:
    """How a code closing a photo credit is read, or None for its usual reading: a source ``photo_credits.tsv`` lists
    ("TL": tư liệu), else a title or two or three capitals, the photographer's initials ("TP": tê pê, not thành phố);
    a code that says who supplied the photo ("BVCC": bệnh viện cung cấp) and a longer name ("TTXVN") keep theirs.

    >>> _photo_credit("TL"), _photo_credit("TP"), _photo_credit("KS"), _photo_credit("BVCC"), _photo_credit("TTXVN")
    ('tư liệu', 'tê pê', 'ca ét', None, None)
    """
    if core in tables.PHOTO_CREDITS:
        return tables.PHOTO_CREDITS[core]
    if (_SINGLE_ABBR.get(core) or _MINED.get(core) or "").endswith("cung cấp"):
        return None
    if core in tables.TITLES or (2 <= len(core) <= 3 and _CAPS_WORD_RE.match(core)):
        return spell(core)
    return None


#: Common English words a page writes in capitals inside an English name ("EYE Car Foundation"; english_words.tsv).
_ENGLISH_WORDS = frozenset(tables.ENGLISH_WORDS)
_BRAND_WORDS = frozenset(tables.BRAND_WORDS)
#: The word right before a match (only spaces or an opening quote between), and the two words right after it.
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \t]+[\"“‘']?$")
#: A capitalised Latin word right after a single capital ("M Sport", "M Performance").
_ENGLISH_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])")
_WORDS_AFTER_RE = re.compile(r"[\"”’']?[ \t]+([A-Za-z]+)[ \t]+([A-Za-z]+)(?![\w-])")
#: The words in capitals right before and right after a match, spaces between: the run it stands in ("BE FAST").
_CAPS_RUN_BEFORE_RE = re.compile(r"(?<![\w-])(?:[A-Z]+[ \t]+)+$")
_CAPS_RUN_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z]+(?![\w-]))+")


def _in_english_run(text: str, start: int, end: int) -> bool:
    """Capitals in a run of capital words that are all common English words are English ("Quy tắc BE FAST": be
    fast, a stroke mnemonic); a run with one word that is not is letters ("BE ABC").

    >>> _in_english_run("Quy tắc BE FAST: dấu", 8, 10), _in_english_run("BE ABC", 0, 2)
    (True, False)
    """
    before = _CAPS_RUN_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _CAPS_RUN_AFTER_RE.match(text, end)
    words = [*(before[0].split() if before else ()), text[start:end], *(after[0].split() if after else ())]
    return len(words) > 1 and all(w.lower() in _ENGLISH_WORDS for w in words)


def _is_english_word(word: str) -> bool:
    """A Latin word a Vietnamese reader takes for English: capitalised and shaped as no Vietnamese syllable is
    ("Chrome", "Foundation"), or a common English word ("Car", "EYE").

    >>> [_is_english_word(w) for w in ("Chrome", "Foundation", "EYE", "Nguyen", "Hoa", "xe", "USB")]
    [True, True, True, False, False, False, False]
    """
    if word.lower() in _ENGLISH_WORDS:
        return True
    return word[:1].isupper() and word[1:].islower() and len(word) >= 3 and not is_pronounceable(word)


def _english_form(text: str, start: int, end: int, core: str) -> str | None:
    """Capitals that belong to an English name keep their English form, or None: a common English word before two
    English words is that word ("EYE Car Foundation" → Eye); an acronym right after a common English word stays as
    written ("Chrome OS", "This PC", "Core M"; golds accept it as written, never a Vietnamese mix), and so does a
    single capital before a common English word ("430i M Sport": not "mờ"). A model's code
    after a brand no dictionary holds is spelled ("Ninja ZX", "Lux SA"), and so is one before English words ("BHD
    Star Cineplex", "cổng USB Type-C").

    >>> _english_form("Chrome OS của", 7, 9, "OS"), _english_form("ổ USB hiển thị", 2, 5, "USB")
    ('OS', None)
    >>> _english_form("do EYE Car Foundation -", 3, 6, "EYE"), _english_form("Ninja ZX mười", 6, 8, "ZX")
    ('Eye', None)
    >>> _english_form("máy bay KC Mỹ", 8, 10, "KC"), _english_form("Bay KC", 4, 6, "KC")
    (None, 'KC')
    """
    if (
        len(core) == 1
        and text[start:end] == core  # "C. Mac": an initial with its dot is a person's, not a model's letter
        and (after := _ENGLISH_AFTER_RE.match(text, end))
        and after[1].lower() in _ENGLISH_WORDS
    ):
        return core
    if core.lower() in _ENGLISH_WORDS:
        if text[start:end] == core and _in_english_run(text, start, end):
            return core.capitalize()
        after = _WORDS_AFTER_RE.match(text, end)
        return core.capitalize() if after and all(map(_is_english_word, after.groups())) else None
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before and before[1] in _ENGLISH_WORDS_READ_VIETNAMESE:
        return None  # "máy bay KC-46": "bay", "day" in small letters are Vietnamese (english_words_read_vietnamese)
    return core if before and before[1].lower() in _ENGLISH_WORDS else None


def _is_caps_line(line: str) -> bool:
    if len(line) > 400:  # a heading is short
        return False
    words = WORD_RE.findall(line)
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


#: Letters that only Vietnamese spelling writes: a tone mark, a hat, a horn, a breve, or đ ("ề", "ư", "đ").
_MARKED = "".join(
    c
    for c in UPPER + LOWER
    if (c in "đĐ")
    or (
        unicodedata.normalize("NFD", c)[:1].lower() in "aeiouy"
        and len(unicodedata.normalize("NFD", c)) > 1
        and set(unicodedata.normalize("NFD", c)[1:]) <= set("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
    )
)
#: Marked letters that carry a tone ("ề", "ỉ"; not "ô", "ư", "đ").
_TONED = frozenset(c for c in _MARKED if set(unicodedata.normalize("NFD", c)) & set("\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLES = frozenset(tables.SYLLABLES)
_ENGLISH_WORDS_READ_VIETNAMESE = frozenset(tables.ENGLISH_WORDS_READ_VIETNAMESE)
_CONSONANTS = "bcdđghklmnpqrstvx"
#: Where one syllable ends and a second begins inside a word: a letter with a tone mark, the rest of its rhyme, then
#: consonants and a vowel again ("vềviệc", "tỉnhcó"). A Vietnamese word is one syllable, so running text seldom holds
#: one; the scan starts on a toned letter (decision 0049), and a word is split only where it finds one.
_SYLLABLE_JOINT_RE = re.compile(rf"[{''.join(sorted(_TONED))}][aeiouy]*[{_CONSONANTS}]+[aeiouy{_MARKED}]")
#: The same joint after a level syllable with a Vietnamese vowel mark ("khănvới"): its second part must carry a tone.
_LEVEL_JOINT_RE = re.compile(rf"[ăâêôơư][aeiouy]*[{_CONSONANTS}]+[aeiouy{_MARKED}]*[{''.join(sorted(_TONED))}]")
_LOWER_WORD_RE = re.compile(rf"(?<![\w])[{UPPER}]?[{LOWER}]{{3,15}}(?![\w])")


def _split_glued(word: str) -> str:
    """ "vềviệc" → "về việc": the one place a word parts into two listed syllables (``syllables.tsv``), the first with
    a tone mark, the second with a Vietnamese mark and starting on a consonant. A syllable itself ("sướt"), a word of
    unmarked parts ("video"), a loanword written whole with no tone on its first part ("ôtô", "êkíp", "lăngxê": said
    the same whole) and a word that parts two ways stay as written.

    >>> _split_glued("vềviệc"), _split_glued("Tỉnhcó"), _split_glued("sướt"), _split_glued("video")
    ('về việc', 'Tỉnh có', 'sướt', 'video')
    >>> _split_glued("ôtô"), _split_glued("Êkíp"), _split_glued("lăngxê")
    ('ôtô', 'Êkíp', 'lăngxê')
    """
    lowered = word.lower()
    if lowered in _SYLLABLES or is_vietnamese_syllable(word):
        return word
    if _SYLLABLE_JOINT_RE.search(lowered):
        ways = _glued_parts(lowered, 3)
    elif _LEVEL_JOINT_RE.search(lowered):
        ways = _level_head_parts(lowered)
    else:
        return word
    if len(ways) != 1:
        return word
    out, start = [], 0
    for part in ways[0]:
        out.append(word[start : start + len(part)])
        start += len(part)
    return " ".join(out)


def _glued_parts(lowered: str, most: int) -> list[list[str]]:
    """Every way ``lowered`` parts into two to ``most`` listed syllables, each part but the last with a tone mark and
    each but the first with a Vietnamese mark and a consonant first ("hànộimới" → hà, nội, mới).

    >>> _glued_parts("hànộimới", 3), _glued_parts("vềviệc", 3)
    ([['hà', 'nội', 'mới']], [['về', 'việc']])
    """
    ways = []
    for i in range(1, len(lowered)):
        head, tail = lowered[:i], lowered[i:]
        if tail[0] not in _CONSONANTS or head not in _SYLLABLES or not any(c in _TONED for c in head):
            continue
        if not any(c in _MARKED for c in tail):
            continue
        if tail in _SYLLABLES:
            ways.append([head, tail])
        elif most > 2:
            ways += [[head, *rest] for rest in _glued_parts(tail, most - 1)]
    return ways


def _level_head_parts(lowered: str) -> list[list[str]]:
    """Every way ``lowered`` parts into two listed syllables when the first has no tone: the first of three letters or
    more with a Vietnamese vowel mark, the second starting on a consonant and carrying a tone ("khănvới"). A loanword
    written whole ("lăngxê", "côngtơ", "căngtin") has no tone on its second part.

    >>> _level_head_parts("khănvới"), _level_head_parts("lăngxê")
    ([['khăn', 'với']], [])
    """
    return [
        [lowered[:i], lowered[i:]]
        for i in range(3, len(lowered) - 1)
        if lowered[i] in _CONSONANTS
        and lowered[:i] in _SYLLABLES
        and lowered[i:] in _SYLLABLES
        and any(c in "ăâêôơư" for c in lowered[:i])
        and any(c in _TONED for c in lowered[i:])
    ]


def glued_syllables(text: str) -> str:
    """Two Vietnamese words a page typed without the space between them are read apart.

    >>> glued_syllables("Thông báo vềviệc tổ chức; ba tỉnhcó chung; khóc sướt mướt; xem video")
    'Thông báo về việc tổ chức; ba tỉnh có chung; khóc sướt mướt; xem video'
    """
    if not _SYLLABLE_JOINT_RE.search(text) and not _LEVEL_JOINT_RE.search(text):
        return text
    return _LOWER_WORD_RE.sub(lambda m: _split_glued(m.group()), text)


#: Vietnamese syllables glued each with its capital ("ViệtNam", "HàNội"): a hint, then the whole run. The hint looks
#: for the capital first and then at the letter before it, a fast scan (decision 0049).
_GLUED_NAME_HINT_RE = re.compile(rf"[{UPPER}](?<=[^\W\d_{UPPER}][{UPPER}])")
_GLUED_NAME_RE = re.compile(rf"(?<![\w])[{UPPER}][^\W\d_{UPPER}]+(?:[{UPPER}][^\W\d_{UPPER}]+)+(?![\w])")
_GLUED_PART_RE = re.compile(rf"[{UPPER}][^\W\d_{UPPER}]+")


def glued_vietnamese_names(text: str) -> str:
    """Names whose syllables a page glued apart only by capitals; a brand of English parts stays one word.

    >>> glued_vietnamese_names("Đảng cộng sản ViệtNamChuẩn bị; HàNội; VinFast; MobiFone; TienPhong; BanTuyên")
    'Đảng cộng sản Việt Nam Chuẩn bị; Hà Nội; VinFast; MobiFone; TienPhong; BanTuyên'
    """
    if not _GLUED_NAME_HINT_RE.search(text):
        return text

    def split(m: re.Match[str]) -> str:
        parts = _GLUED_PART_RE.findall(m.group())
        if parts[0].isascii():
            return m.group()  # no mark on the first: a brand ("VinFast") as likely as a name; "BanTuyên" left too
        if all(is_vietnamese_syllable(p) for p in parts):
            return " ".join(parts)
        return m.group()

    return _GLUED_NAME_RE.sub(split, text)


_DEGREE = tables.MEDICAL_DEGREES
#: A doctor's degrees glued into one word: "BsCK2", "BSNT", "ThS.BsCK1" (medical_degrees.tsv); a field's level only
#: after "chuyên khoa", and the word ends there.
_MEDICAL_DEGREE_RE = re.compile(
    rf"(?<![\w.])(?:({alternation(list(_DEGREE['master']))})\.?[ \t]?)?({alternation(list(_DEGREE['doctor']))})"
    rf"\.?[ \t]?(?:(CK|Ck)[ \t.]?({alternation(list(_DEGREE['level']))})|(NT))(?![\w])"
    rf"(?:\.(?=[ \t]+(?:{alternation(list(tables.SURNAMES))})[ \t]+[{UPPER}]))?"  # "BSCKII. Nguyễn Văn An": its stop
)


def medical_degrees(text: str) -> str:
    """ "BsCK2 Nguyễn Xuân Túc" → "Bác sĩ chuyên khoa hai Nguyễn Xuân Túc"; "BSNT" → "Bác sĩ nội trú".

    >>> medical_degrees("BsCK2 Túc, BsCK1 Linh, BSNT An, ThS.BsCKII Hà; BSCKII Hòa")
    'Bác sĩ chuyên khoa hai Túc, Bác sĩ chuyên khoa một Linh, Bác sĩ nội trú An, Thạc sĩ Bác sĩ chuyên khoa hai Hà; \
Bác sĩ chuyên khoa hai Hòa'
    >>> medical_degrees("BSCKII. Nguyễn Văn An khám; do BSCKII. Sau đó")
    'Bác sĩ chuyên khoa hai Nguyễn Văn An khám; do Bác sĩ chuyên khoa hai. Sau đó'
    """

    def read(m: re.Match[str]) -> str:
        master, doctor, field, level, resident = m.groups()
        words = [_DEGREE["master"][master]] if master else []
        words.append(_DEGREE["doctor"][doctor])
        words += [_DEGREE["field"][field], _DEGREE["level"][level]] if field else [_DEGREE["field"][resident]]
        return " ".join(words)

    return _MEDICAL_DEGREE_RE.sub(read, text) if "S" in text or "s" in text else text


_ELEMENTS = sorted(tables.CHEMICAL_ELEMENTS, key=lambda e: -len(e))
_FORMULA_RE = re.compile(rf"(?<![\w.&/-])(?:{'|'.join(_ELEMENTS)}){{2,6}}(?![\w&/-])")
_ELEMENT_RE = re.compile("|".join(_ELEMENTS))
_SMALL_THEN_CAPITAL_RE = re.compile("[a-z][A-Z]")  # every formula in mixed case holds one (a fast hint)


def chemical_formulas(text: str) -> str:
    """A formula in mixed case without a digit ("CaO", "NaCl") is read letter by letter, as "KMnO4" is; a word of
    metal symbols alone ("CoV", "BaNa") or one a table knows stays.

    >>> chemical_formulas("bón vôi CaO, muối NaCl, virus CoV, khu BaNa")
    'bón vôi xê a ô, muối nờ a xê lờ, virus CoV, khu BaNa'
    """

    def read(m: re.Match[str]) -> str:
        word = m.group()
        parts = _ELEMENT_RE.findall(word)
        if (
            word.isupper()
            or word in _SINGLE_ABBR
            or word.lower() in _ENGLISH_WORDS
            or all(tables.CHEMICAL_ELEMENTS[p] == "metal" for p in parts)
        ):
            return word
        return spell(word.upper())

    return _FORMULA_RE.sub(read, text) if _SMALL_THEN_CAPITAL_RE.search(text) else text


#: An ion's element before its charge ("Mg2+", "Ca2+", "Na+"): a symbol of two letters, its digit and "+" glued on.
_ION_SYMBOL_RE = re.compile(rf"(?<![\w.&/-])({'|'.join(e for e in _ELEMENTS if len(e) == 2)})(?=[2-9]?\+(?!\w))")
#: A formula typed in small letters ("bình co2", "khí so2", "nước h2o"): nonmetals of one letter and subscripts 2-9,
#: two letters or more and a digit ("no1", "mp3", "c1" are none).
_SMALL_FORMULA_RE = re.compile(r"(?<![\w.&/-])(?=[a-z]*[2-9])[chonsp](?:[2-9]?[chonsp]){1,7}[2-9]?(?![\w&/-])")


def ion_symbols(text: str) -> str:
    """An ion's element symbol is spelled before its charge, and a formula in small letters reads as in capitals.

    >>> ion_symbols("ion Mg2+, Ca2+, Na+; Ca 2; bình co2, nước h2o; no1, mp3")
    'ion mờ gờ 2+, xê a 2+, nờ a +; Ca 2; bình CO2, nước H2O; no1, mp3'
    """
    if "+" in text:
        text = _ION_SYMBOL_RE.sub(lambda m: spell(m.group().upper()) + " ", text)
    return _SMALL_FORMULA_RE.sub(lambda m: m.group().upper(), text)


#: An element added to a fertiliser's grade after "+" ("NPK 16-16-8+Te", "20-20-15+Zn", "20-20-20+ MgO"): its
#: letters are spelled. "Te" there is trace elements (trung vi lượng), read "tê e" as the golds do.
_GRADE_ADDITIVE_RE = re.compile(rf"(?<=[0-9][-– .][0-9])([0-9]*\+[ \t]?[0-9]*)((?:Te|{'|'.join(_ELEMENTS)})+)(?![\w])")


def grade_additives(text: str) -> str:
    """An element after a grade's "+" is spelled, whatever its case.

    >>> grade_additives("NPK 16-16-8+Te, 20-20-15+Zn, 20-20-20+ MgO; Galaxy S21+ Ultra")
    'NPK 16-16-8+tê e, 20-20-15+dét nờ, 20-20-20+ mờ gờ ô; Galaxy S21+ Ultra'
    """
    if "+" not in text:
        return text
    return _GRADE_ADDITIVE_RE.sub(lambda m: m.group(1) + spell(m.group(2).upper()), text)


_UNIT_KEYS = frozenset(u.lower() for u in tables.UNITS)
_SMALL_KINDS = {
    k.lower(): spoken for k, spoken in tables.DOCUMENT_KINDS.items() if len(k) > 1 and k.lower() not in _UNIT_KEYS
}
#: A document's kind typed in small letters after its number, before the issuer: "kết luận 32/kl TW", "15/nq-TW".
_SMALL_KIND_RE = re.compile(
    rf"(?<=\d/)({alternation(list(_SMALL_KINDS))})"
    rf"(?:([ \t]*-[ \t]*)(?=[{UPPER}])|(?=[ \t]+[{UPPER}]{{2,}}(?![\w])))"
)


def small_document_kinds(text: str) -> str:
    """ "32/kl TW" → "32/kết luận TW"; a unit after a slash ("đồng/kg") is no kind and stays.

    >>> small_document_kinds("kết luận 32/kl TW; nghị quyết 15/nq-TW; 30 đồng/kg TW")
    'kết luận 32/kết luận TW; nghị quyết 15/nghị quyết TW; 30 đồng/kg TW'
    """
    if "/" not in text:
        return text
    return _SMALL_KIND_RE.sub(lambda m: _SMALL_KINDS[m.group(1)] + (" " if m.group(2) else ""), text)


#: A quotient's two letters ("DQ", "AQ", "CQ") within a few lines of IQ or EQ: spelled like them, never the
#: abbreviation the same letters make elsewhere (DQ: dân quân).
_QUOTIENT_RE = re.compile(r"[A-Z]Q")
_QUOTIENT_NEAR_RE = re.compile(r"(?<![\w])[IE]Q(?![\w])")


def abbreviations(text: str) -> str:
    """Known abbreviations and titles are expanded; unknown all-capital ones are spelled.

    >>> print(abbreviations("PGS.TS. Nguyễn Văn Hùng, Sở KH&ĐT, UBND TP. Huế, Đ/c Phương, KT-XH, IOC, anh "
    ...                     "N.V.A.\\nKT. CHỦ TỊCH"))
    Phó giáo sư, tiến sĩ Nguyễn Văn Hùng, Sở Kế hoạch và Đầu tư, Ủy ban nhân dân thành phố Huế, Đồng chí
    Phương, kinh tế, xã hội, i ô xê, anh nờ vê a.
    Ký thay CHỦ TỊCH
    """
    if "TT" in text:
        text = _CIRCULAR_RE.sub(
            lambda m: "Thông tư" if m[0] == "TT" and m.string[m.end()] in " \t" else "Thông tư ", text
        )
    if "ẫu" in text or "ẪU" in text:
        text = _FORM_CODE_RE.sub(_form_code, text)
    if "TH" in text:
        text = _CASE_LABEL_RE.sub(
            lambda m: m[1] + ("trường hợp" if m.string[m.end()] in " \t" else "trường hợp "), text
        )
    if _DIGIT_THEN_CAPITAL_RE.search(text):
        text = _NUMBER_BEFORE_WORD_RE.sub(r"\1 ", text)
        text = _GLUED_COUNT_RE.sub(_glued_count, text)
    text = glued_syllables(text)
    text = glued_vietnamese_names(text)
    text = medical_degrees(text)
    text = ion_symbols(text)
    text = chemical_formulas(text)
    text = grade_additives(text)
    text = small_document_kinds(text)
    if "iểm " in text:
        text = _POINT_LETTER_RE.sub(lambda m: spell(m.group().upper()), text)
    text = _STATISTICAL_P_RE.sub("pê", text)
    if "’" in text or "'" in text:
        text = _APOSTROPHE_LOAN_RE.sub(lambda m: _APOSTROPHE_LOANS[m.group().lower()], text)
    if not _HAS_UPPER_RE.search(text) and not _LOWER_KEYS_RE.search(text):
        return text
    if "–" in text:
        text = _EN_DASH_PAIR_RE.sub(_en_dash_pair, text)
    if "CH " in text:
        text = _REPUBLIC_RE.sub("Cộng hòa", text)
    if _SURNAME_HINT_RE.search(text):
        text = _SURNAME_RE.sub(lambda m: tables.SURNAME_ABBREVIATIONS[m.group(1)] + " ", text)
    if _TITLE_BEFORE_NAME_HINT_RE.search(text):
        text = _TITLE_BEFORE_NAME_RE.sub(_title_before_name, text)
    if _NAME_INITIALS_HINT_RE.search(text):
        text = _NAME_INITIALS_RE.sub(_name_initials, text)
    text = _ONE_CAPITAL_KEY_RE.sub(_one_capital_key, text)
    text = _MULTI_ABBR_RE.sub(lambda m: _MULTI_ABBR[m.group()], text)
    if "&" in text and ", " in text:
        text = _COMMA_PAIR_RE.sub(_comma_pair, text)
    if (
        " -" in text or "- " in text or "–" in text or "—" in text or " &" in text or "& " in text
    ) and _SPACED_PAIR_HINT_RE.search(text):
        text = _SPACED_PAIR_RE.sub(_spaced_pair, _SPACED_TRIPLE_RE.sub(_spaced_triple, text))
    if "P." in text:
        text = _DEPUTY_RE.sub("Phó ", text)
    if "Q." in text:
        text = _ACTING_RE.sub("Quyền ", text)
    if any(key in text for key in _BEFORE_ROMAN):  # a fast hint: most texts hold no "ĐH"
        text = _BEFORE_ROMAN_RE.sub(_before_roman, text)
    if "." in text:
        text = _SIGNATURE_RE.sub(lambda m: tables.SIGNATURE_PREFIXES[m.group(1) or m.group(2)] + " ", text)
    out = []
    found: list[frozenset[str]] = []

    def plain_words() -> frozenset[str]:
        """The text's words written with one capital ("Krông"), gathered once when a spelled code needs them."""
        if not found:
            found.append(frozenset(_ORDINARY_WORDS_RE.findall(text)))
        return found[0]

    photo_label = any(label in text for label in _PHOTO_LABELS)  # a fast hint: most texts credit no photo
    graded = any(label in text for label in tables.GRADE_LABELS)  # a fast hint: most texts name no oil grade
    shipping = any(word in text for word in tables.VESSEL_WORDS)  # a fast hint: most texts name no ship
    for line in text.split("\n"):
        caps_line = _is_caps_line(line)

        def chunk(m: re.Match[str], caps_line: bool = caps_line) -> str:
            raw = m.group()
            if len(raw) > 1 and raw not in _SINGLE_ABBR and _ORDINARY_WORD_RE.match(raw):
                return raw  # "Huế", "Ngày": one capital, then small letters
            if not _CHUNK_DIGITS.isdisjoint(raw):  # a digit in it
                return raw
            body = raw.rstrip("./&-")
            core = body.lstrip("./&-")
            lead, trail = body[: len(body) - len(core)], raw[len(body) :]
            if not core:
                return raw
            if core.endswith("TV") and (channel := _GLUED_CHANNEL_RE.fullmatch(core)) and not lead and not trail:
                name = tables.WEB_NAMES.get(channel[1].lower(), channel[1]) if channel[1].isascii() else channel[1]
                return f"{name} {spell(channel[2])}"  # "NếmTV", "HanoiTV" (Hà Nội): a name glued to its letters
            if (
                not caps_line
                and len(core) <= 6
                and core.isascii()
                and _CAPS_WORD_RE.match(core)
                and core not in _SINGLE_ABBR
                and core not in _MINED
                and "-" not in lead  # "(Law School Network -VLSN)": set off from the name, an acronym spelled
                and (english := _english_form(m.string, m.start(), m.end(), core))
            ):
                return lead + english + trail  # "EYE Car Foundation": Eye; "Chrome OS", "This PC": as written
            if not core.isascii() and is_vietnamese_syllable(core) and not _stands_alone(m):
                return raw  # "ĐẦU TƯ", "THỨ TƯ" in capitals inside a sentence: the syllable, not Trung ương
            if (
                not trail
                and core in _UNACCENTED_SURNAMES
                and (names := _UNACCENTED_NAME_AHEAD_RE.match(m.string, m.end()))
                and all(is_vietnamese_syllable(word.lower()) for word in names.groups())
            ):
                return raw  # "NGO Van Minh", "NGO THI HOA": the surname Ngô typed without its marks, no NGO
            if (
                photo_label
                and _photographer_initials(m.string, m.start(), m.end())
                and not (core in tables.TITLES and _TWO_NAME_WORDS_AHEAD_RE.match(m.string, m.end()))
                and (credit := _photo_credit(core))
            ):
                return lead + credit + trail  # "Ảnh: KS.", "Ảnh: TP": the photographer's initials; "Ảnh: TL": tư liệu
            if core in _SINGLE_ABBR and _is_stock_code(m.string, m.start(), m.end(), core):
                return lead + spell(core) + trail
            if (
                graded
                and _GRADE_CODE_RE.fullmatch(core)
                and _GRADE_LABEL_RE.search(m.string, max(0, m.start() - 12), m.start())
            ):
                return lead + ", ".join(spell(code) for code in core.split("/")) + trail  # "API SN": ét nờ
            if core in _GRADE_CODES and (
                _GRADE_AFTER_RE.match(m.string, m.end())
                or _GRADE_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start())
            ):
                return lead + spell(core) + trail  # "đạt chuẩn SN, SM và SL": grades listed, no sinh năm
            if _QUOTIENT_RE.fullmatch(core) and _QUOTIENT_NEAR_RE.search(
                m.string, max(0, m.start() - 200), m.end() + 200
            ):
                return lead + spell(core) + trail  # "(IQ), (EQ) và kỹ năng số (DQ)": a quotient, no dân quân
            if (
                shipping
                and not trail
                and _SHIP_CLASS_AHEAD_RE.match(m.string, m.end())
                and _ship_before(m.string, m.start())
            ):
                return lead + spell(core)  # "tàu Cảnh sát biển đa năng DN 2000": a ship's class, no doanh nghiệp
            if not trail and len(core) <= 3 and _FIRM_TYPE_AHEAD_RE.match(m.string, m.end()):
                return lead + spell(core)  # "CT Group", "TH Group": a firm's letters before its English type word
            not_after = _NOT_AFTER.get(core)
            field = () if not_after and _preceded_by(m.string, m.start(), not_after) else None
            for reading, words in tables.FIELD_ABBREVIATIONS.get(core, ()) if field is None else field:
                if core in tables.TITLES and _SURNAME_AHEAD_RE.match(m.string, m.end()):
                    break  # "TS Nguyễn Tấn Khang" in an article on exams: a title before a name, no candidate
                if in_sentence(m.string, m.start(), m.end(), words):
                    return lead + reading + trail
            if core in tables.NAME_TITLE_ABBREVIATIONS and (
                (not trail and _NAME_AHEAD_RE.match(m.string, m.end()))
                or (
                    trail == "." and _FULL_NAME_AHEAD_RE.match(m.string, m.end()) and _opens_clause(m.string, m.start())
                )
            ):
                return lead + tables.NAME_TITLE_ABBREVIATIONS[core]  # "CV Hà"; "CN. Trần Văn Bình": its stop too
            if (
                core in tables.NAME_TITLE_FIELDS
                and not trail
                and _NAME_AHEAD_RE.match(m.string, m.end())
                and not _NOT_A_NAME_AHEAD_RE.match(m.string, m.end())
            ):
                for reading, words in tables.NAME_TITLE_FIELDS[core]:
                    if in_sentence(m.string, m.start(), m.end(), words):
                        return lead + reading  # "các nghệ sĩ: …, NS Mạnh Kiên": a performer, no budget
            if core in tables.PLACE_NAME_ABBREVIATIONS and not trail and _place_name_ahead(m.string, m.end()):
                return lead + tables.PLACE_NAME_ABBREVIATIONS[core]  # "UBND TT Phong Điền": a town, no centre
            if (
                core in tables.TITLES_BEFORE_FULL_NAMES
                and trail in ("", ".")
                and _SURNAME_AHEAD_RE.match(m.string, m.end() - len(trail))
                and not _YOUTH_UNION_AHEAD_RE.match(m.string, m.end())
                and not _PARTY_BODY_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start())
                and _NEWSROOM_RE.search(m.string, max(0, m.start() - 120), m.end() + 120)
            ):
                return lead + tables.TITLES_BEFORE_FULL_NAMES[core]  # "BTV Mai Phương (Báo …)": biên tập viên
            if core in _FIRM_NAME_LETTERS and _FIRM_NAME_BEFORE_RE.search(m.string, max(0, m.start() - 80), m.start()):
                return lead + spell(core) + trail  # "Công ty cổ phần chăn nuôi CP", "Sữa TH": letters
            if (
                core in tables.SOCIETY_FIELD_ABBREVIATIONS
                and _SOCIETY_SUBJECT_AHEAD_RE.match(m.string, m.end())
                and _preceded_by(m.string, m.start(), ("hội",))
            ):
                return lead + tables.SOCIETY_FIELD_ABBREVIATIONS[core] + trail  # "Hội KH Lịch sử": Khoa học
            if core in tables.PROVINCE_LETTERS and (province := _province(m, core, trail)):  # "tỉnh SL" too
                return lead + province + trail  # "UBND tỉnh KH": Khánh Hòa
            for reading, words in tables.CONTEXT_ABBREVIATIONS.get(core, ()):
                if field is not None:  # cancelled by the word before: only a row naming that very word reads it
                    words = tuple(word for word in words if word in not_after)  # "Các HV Cảnh sát": học viên
                if _preceded_by(m.string, m.start(), words):
                    return lead + reading + trail
            for reading, before_number in _BEFORE_NUMBERS.get(core, ()) if field is None else ():
                if (
                    not trail
                    and (shape := before_number.match(m.string, m.end()))
                    and not _DATE_AHEAD_RE.match(m.string, shape.end())  # "TB 45 ngày 12/3": a notice and its date
                ):
                    return lead + reading  # "NK 2021 đến 2026": nhiệm kỳ
            spoken = _expand_chunk(core, caps_line)
            if spoken is None and not caps_line and _TWO_LETTERS_RE.fullmatch(core) and _stands_alone(m):
                spoken = spell(core)  # "SHI IP Tam Dương": two capitals are letters, though "ip" could be a syllable
            if spoken is None and not caps_line and _UNMARKED_STOP_RE.fullmatch(core) and not _in_capital_run(m):
                spoken = spell(core)  # "giữa ICH và": an unmarked c, ch, p or t final is no Vietnamese word ("ích")
            if spoken is None:
                return raw
            if len(core) >= 3 and spoken == spell(core) and (word := core[0] + core[1:].lower()) in plain_words():
                return lead + word + trail  # "HUYỆN KRÔNG NÔ" where the text also writes "Krông Nô": the word
            if (
                spoken == spell(core)
                and not caps_line
                and len(core) > 3
                and core.isalpha()
                and not _TONED.isdisjoint(core[1:])
                and not is_vietnamese_syllable(core)
            ):
                return lead + core[0] + core[1:].lower() + trail  # "HERMÈS": a toned vowel inside unknown letters
            if (
                (word := core[0] + core[1:].lower()) in _PLACE_WORDS_IN_CAPITALS
                and spoken == spell(core)
                and (len(core) > 2 or _preceded_by(m.string, m.start(), _PLACE_UNIT_WORDS))
            ):
                return lead + word + trail  # "HUYỆN KRÔNG NÔ" alone: a highland place's word (place_words_in_capitals)
            initial = len(core) == 1 and preceded_by(m.string, m.start(), _PERSON_WORDS, 2)
            if trail == "." and _DOTTED_INITIALS_RE.fullmatch(core) and _SENTENCE_GOES_ON_RE.match(m.string, m.end()):
                return lead + spoken  # "ông N.Q.H. cho biết": the last dot is the initials', not a full stop
            if trail == "." and len(core) == 1 and _SMALL_WORD_AFTER_RE.match(m.string, m.end()):
                return lead + spoken  # "Khai với công an, T. nói": no sentence starts on a small word
            if trail.startswith(".") and (initial or core in _DOTTED or core.split(".")[-1] in _DOTTED):
                # the dot belongs to the abbreviation (or the initial), unless the line ends here
                at_end = not _SOMETHING_AHEAD_RE.match(m.string, m.end())
                trail = trail if at_end else trail[1:]
            return lead + spoken + trail

        line = _LOWER_KEYS_RE.sub(_lower_key, line)
        out.append(_CAPITAL_CHUNK_RE.sub(chunk, line))
    return "\n".join(out)


#: A document's number right after a kind's letters ("KH số 45/KH-UBND", "KH 45/KH-UBND"): no province there.
_DOCUMENT_NUMBER_AHEAD_RE = re.compile(r"[ \t]*(?:số\b|\d|/)")
_WORD_RIGHT_BEFORE_RE = re.compile(r"(?<![\w])(\w+)(\.?)[ \t]+$")


def _province(m: re.Match[str], core: str, trail: str) -> str | None:
    """The province a pair of letters names right after "tỉnh" (``province_letters.tsv``), or None.

    >>> import re
    >>> [_province(m := re.search("(?<= )(?:KH|TH|BN|ĐN)", t), m[0], "") for t in (
    ...     "UBND tỉnh KH về", "UBND tỉnh KH số 45/KH-UBND", "tuyến tỉnh; BN", "cấp tỉnh TH và THCS", "TP. ĐN")]
    ['Khánh Hòa', None, None, None, 'Đà Nẵng']
    """
    before = _WORD_RIGHT_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start())
    if not before or (before[2] and not before[1].isupper()):
        return None  # "ở tỉnh. TH là": a full stop between; "TP. ĐN": the dot of TP's own
    if not trail and _DOCUMENT_NUMBER_AHEAD_RE.match(m.string, m.end()):
        return None  # "UBND tỉnh KH số 45/KH-UBND": the document's kind, Kế hoạch
    if in_sentence(m.string, m.start(), m.end(), tables.PROVINCE_LETTERS_NOT_NEAR.get(core, ())):
        return None  # "cấp tỉnh TH và THCS": a school level, tiểu học
    word = before[1].lower()
    return next((province for province, words in tables.PROVINCE_LETTERS[core] if word in words), None)


#: A firm's name that "CP" closes: "Công ty", "Tập đoàn", then one to five words with no pause and no word that
#: leaves the name ("Công ty cổ phần chăn nuôi CP"; not "Công ty thực hiện chỉ đạo của CP", nor "Công ty CP").
#: A learned society's subject after its letters ("Hội KH Lịch sử Việt Nam"; learned_society_subjects.tsv).
_SOCIETY_SUBJECT_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.LEARNED_SOCIETY_SUBJECTS))})(?![\w])")
_FIRM_NAME_LETTERS = frozenset(tables.FIRM_NAME_LETTERS)
#: An English word that closes a firm's name right after its letters ("CT Group"; firm_type_words.tsv).
_FIRM_TYPE_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.FIRM_TYPE_WORDS))})(?![\w])")
_FIRM_NAME_BEFORE_RE = re.compile(
    r"\b(?:[Cc]ông ty|CÔNG TY|[Tt]ập đoàn|TẬP ĐOÀN|Cty)"
    r"(?:[ \t]+(?!(?:của|theo|với|và|cho|tại|là|được|thuộc|do|về|trong|từ|đến|vì)\b)[^\W\d_]+){1,5}[ \t]+$"
)
#: A surname (surnames.tsv) and one more name after a title: "TS Nguyễn Tấn Khang".
#: "Đoàn Thanh niên" after a title's letters is the Youth Union, though Đoàn is a surname ("BTV Đoàn Thanh niên").
_YOUTH_UNION_AHEAD_RE = re.compile(r"[ \t]+Đoàn[ \t]+Thanh[ \t]+[Nn]iên")
#: A newsreader's title needs a newsroom in the sentence ("BTV Mai Phương (Báo Thanh Niên)", "dẫn bản tin"); without one
#: "BTV Hà Tĩnh", "BTV Thái Bình" (a province opening on a surname) and "BTV Phan Văn Mãi" are the standing committee.
_NEWSROOM_RE = re.compile(
    r"\b(?:Báo|[Tt]ờ báo|[Nn]hà báo|Đài|[Nn]hà đài|[Tt]ruyền hình|[Pp]hát thanh|[Bb]ản tin|Kênh|[Dd]ẫn chương trình"
    r"|[Tt]hời sự|[Tt]òa soạn|[Tt]oà soạn|[Pp]hóng viên|[Ll]ên sóng|[Ss]óng truyền hình|MC|VTV\d*|HTV\d*|VOV\d*)\b"
)
#: A member of the committee or a body's meeting before BTV: "Ủy viên BTV Hoàng Trung Hải", "trong BTV", "Hội nghị BTV".
_PARTY_BODY_BEFORE_RE = re.compile(r"(?:[UỦuủ]y viên|Uỷ viên|uỷ viên|UV|trong|[Tt]hay mặt|[Hh]ội nghị)[ \t]+$")
_SURNAME_AHEAD_RE = re.compile(
    rf"\.?[ \t]+(?:{alternation(list(tables.SURNAMES))})[ \t]+[{UPPER}][^\W\d_{UPPER}]*(?![\w])"
)
#: A full name after a title's stop: a surname and two more capitalised words ("CN. Trần Văn Bình"; "CN. Hà Nội" is
#: no name).
#: A title written with its stop opens its clause after these ("Dự họp có: GV. Nguyễn Văn An", "(PV. Trần Thị Hoa)",
#: "gồm NHS. Lê Thị Mai"); after a noun phrase it ends the sentence ("cho các em HS. Trần Văn Bình, … cho biết").
_CLAUSE_OPENERS = frozenset(",:;([{–—-\"“'‘•.!?…\n")
_CLAUSE_OPENING_WORD_RE = re.compile(r"(?:^|[\s(])(?:gồm|gồm có|như|và|là các|bao gồm)[ \t]*$", re.IGNORECASE)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a title at ``start`` opens its clause: text start, after a comma, colon, bracket, dash or a list word.

    >>> [_opens_clause(t, t.index("HS")) for t in ("HS. An", "gồm: HS. An", "gồm HS. An", "các em HS. An", "30 HS. An")]
    [True, True, True, False, False]
    """
    before = last_char_before(text, start)
    if not before or before in _CLAUSE_OPENERS:
        return True
    return bool(_CLAUSE_OPENING_WORD_RE.search(text, max(0, start - 16), start))


_FULL_NAME_AHEAD_RE = re.compile(
    rf"[ \t]+(?:{alternation(list(tables.SURNAMES))})(?:[ \t]+[{UPPER}][^\W\d_{UPPER}]*){{2}}(?![\w])"
)
#: A person's name right after a title (one space, then a capital and small letters): "CV Hà", "CV Nguyễn Văn An".
_NAME_AHEAD_RE = re.compile(rf"[ \t](?=[{UPPER}][^\W\d_{UPPER}]+(?![\w]))")
#: Two capitalised words after a unit's letters (place_name_abbreviations.tsv): "TT Phong Điền".
_TWO_CAPITALISED_AHEAD_RE = re.compile(rf"[ \t]+([{UPPER}][^\W\d_{UPPER}]*)[ \t]+([{UPPER}][^\W\d_{UPPER}]*)(?![\w])")
_NOT_PLACE_NAMES = frozenset(fold(phrase) for phrase in tables.PLACE_NAME_NOT_NAMES if " " in phrase)
#: One word, compared with its marks ("phòng" is no "Phong"): any name opening on it.
_NOT_PLACE_FIRST_WORDS = frozenset(word for word in tables.PLACE_NAME_NOT_NAMES if " " not in word)


def _place_name_ahead(text: str, end: int) -> bool:
    """Two capitalised Vietnamese syllables that are no centre's subject nor a body follow: a place's name.

    >>> [_place_name_ahead(t, 2) for t in ("TT Phong Điền", "TT Văn Hoá Thông", "TT Ban Chỉ", "TT Donald Trump")]
    [True, False, False, False]
    """
    ahead = _TWO_CAPITALISED_AHEAD_RE.match(text, end)
    return bool(
        ahead
        and all(is_vietnamese_syllable(word.lower()) for word in ahead.groups())
        and ahead[1].lower() not in _NOT_PLACE_FIRST_WORDS
        and fold(f"{ahead[1]} {ahead[2]}") not in _NOT_PLACE_NAMES
    )


#: A body's or a level's name after a title's letters, no person's: "NS Nhà nước" (name_title_not_names.tsv).
_NOT_A_NAME_AHEAD_RE = re.compile(rf"[ \t]+(?:{alternation(list(tables.NAME_TITLE_NOT_NAMES))})(?![\w])")


_ALNUM_RE = re.compile(rf"(?=[{UPPER}0-9])(?<![{UPPER}0-9])[{UPPER}0-9]++(?![\w]|\.\d)")  # "PM2.5": numbers() reads it


_GLUE = _CHUNK_SET | set(",_")
#: "tòa CT1", "VP6 Linh Đàm": a building's code, not Chủ tịch or Văn phòng (``spelled_with_number.tsv``).
_SPELLED_WITH_NUMBER = frozenset(tables.SPELLED_WITH_NUMBER)
_HAS_DIGIT_RE = re.compile(r"\d")
#: A digit touching a capital, as every code :func:`alphanumerics` reads holds one (found digit first: a fast scan).
_DIGIT_BY_CAPITAL_RE = re.compile(rf"\d(?:(?<=[{UPPER}]\d)|(?=[{UPPER}]))")


#: A lab value's code in mixed case with a digit ("HbA1c", "SpO2", "PaO2"): each small letter stands alone.
_MIXED_CASE_RE = re.compile(r"\b(?:[A-Z][a-z]?)+[A-Z]\d[A-Za-z0-9]*\b|\b[A-Z][a-z][A-Z]+\d+[a-z]?\b")
#: What every such code holds, found by the capital first (a fast scan): a capital right before a digit.
_CAPITAL_DIGIT_RE = re.compile(r"[A-Z]\d")
_SMALL_RUN_RE = re.compile(r"[a-z]{2,}")


def _mixed_case(m: re.Match[str]) -> str:
    token = m.group()
    if token.isupper() or _SMALL_RUN_RE.search(token):
        return token  # "QH15": capitals alone are read below; "cmH2O", "iPhone15": a word or a unit inside
    return " ".join(read_number(r) if r.isdigit() else spell(r.upper()) for r in re.findall(r"\d+|\D+", token))


#: A room's code after its word keeps its letters ("Phòng Hội thảo KH2", "Hội trường KH1"; room_code_words.tsv).
_ROOM_CODE_WORDS = frozenset(tables.ROOM_CODE_WORDS)
#: A crop's variety code right after the crop keeps its letters ("lúa LĐ1", "ngô LVN10"; crop_words.tsv).
_CROP_WORDS = frozenset(tables.CROP_WORDS)
#: A flight's number keeps its airline's letters ("Chuyến bay: VN216"; VN is not Việt Nam there).
_SHIP_CLASS_AHEAD_RE = re.compile(r"[ \t]+[0-9]{3,4}(?![\w]|[.,/-][0-9])")
_SHIP_CLAUSE_RE = re.compile(rf"(?<![\w])(?:{alternation(list(tables.VESSEL_WORDS))})(?![\w])[^,;:.!?()\n]{{0,50}}$")


def _ship_before(text: str, start: int) -> bool:
    """Whether a ship's word opens the clause before ``start``: "tàu Cảnh sát biển đa năng │DN 2000"."""
    return _SHIP_CLAUSE_RE.search(text, max(0, start - 60), start) is not None


#: Capitals on both sides of a number ("TT400TP", "KH200TP") make a model's code: its letters are spelled, never
#: the abbreviations they spell alone (Trung tâm, thành phố).
_MODEL_CODE_RE = re.compile(f"[{UPPER}]{{2,}}[0-9]+[{UPPER}]{{2,}}")
_FLIGHT_WORDS = ("chuyến bay", "chuyến bay số", "số hiệu chuyến bay")


#: "CT-01", "CT—05": a lot's or a building's code, its letters then its digits (``spelled_with_number.tsv``).
_DASHED_CODE_RE = re.compile(
    rf"(?<![\w-])({alternation(sorted(_SPELLED_WITH_NUMBER))})[-–—](\d{{1,3}})(?![\w,.]\d|[\w/-])"
)


_DASH_DIGIT_RE = re.compile(r"[-–—]\d")
#: "các Lô thuộc TT6.2": such a code with a decimal after its letters, which the number rule reads ("sáu chấm hai").
_DECIMAL_CODE_RE = re.compile(rf"(?<![\w.-])({alternation(sorted(_SPELLED_WITH_NUMBER))})(?=\d+\.\d)")


def _dashed_code(m: re.Match[str]) -> str:
    letters, digits = m.groups()
    return f"{spell(letters)} {read_digits(digits) if digits[0] == '0' else read_number(digits)}"


#: A crop variety's code with a dash ("giống vừng VS-1", "giống lúa ĐT-8"): its letters spelled, then its number,
#: not an expansion a later pass would find once the number is read ("Viện sĩ một", "đội tuyển tám").
_VARIETY_DASHED_RE = re.compile(rf"(?<![\w-])([{UPPER}]{{1,4}})[-–—](\d{{1,3}})(?![\w,.]\d|[\w/-])")


def _variety_code(m: re.Match[str]) -> str:
    """ "giống vừng VS-1" → "vê ét một"; "đội ĐT-8" outside a variety's clause stays.

    >>> _VARIETY_DASHED_RE.sub(_variety_code, "giống vừng VS-1 và giống lúa ĐT-8; xe ĐT-8")
    'giống vừng vê ét một và giống lúa đê tê tám; xe ĐT-8'
    """
    return _dashed_code(m) if _in_variety_clause(m.string, m.start()) else m.group()


#: A small letter glued after a number, which no unit claims: after a model's capitals any letter ("X8b", "L10s"),
#: after bare digits only a letter no unit or count word is written as ("7c", "1b"; not "5g", "5s", "4k", "220v").
_NUMBER_THEN_SMALL_LETTER_RE = re.compile(
    r"(?<![\w.,/-])(?:([A-Z]{1,3})(\d{1,4})([a-z])|()(\d{1,4})([bcdefijnqrsuyz]))(?![\w]|[.,]\d)"
)
_DIGIT_THEN_SMALL_RE = re.compile(r"\d[a-z](?![\w])")  # a fast hint (decision 0049)


def _number_then_small_letter(m: re.Match[str]) -> str:
    """ "X8b" → "ích tám bê", "7c" → "bảy xê": each part said, the letter by its name."""
    letters, digits, small = (m[1], m[2], m[3]) if m[2] else (m[4], m[5], m[6])
    number = read_digits(digits) if len(digits) > 1 and digits[0] == "0" else read_number(digits)
    return " ".join(part for part in (spell(letters) if letters else "", number, spell(small.upper())) if part)


#: A form's code after its word ("Mẫu TP-TSCC-01a", "mẫu số TP-01"; form_number_words.tsv): capitals and numbers
#: joined by hyphens, said part by part, letters by name, a number's leading zero kept; TP there is the Ministry of
#: Justice's form series, never thành phố.
_FORM_CODE_RE = re.compile(
    rf"(?<![\w])((?:{alternation([w for f in tables.FORM_NUMBER_WORDS for w in (f, f.capitalize())])})[ \t]+)"
    r"([A-Z]{1,5}(?:-(?:[A-Z]{1,6}|[0-9]{1,3}[a-zđ]?))+)(?![\w-])"
)


def _form_code(m: re.Match[str]) -> str:
    """ "Mẫu TP-TSCC-01a" → "Mẫu tê pê tê ét xê xê không một a".

    >>> _FORM_CODE_RE.sub(_form_code, "theo mẫu TP-01; Mẫu số TP-TPL-18; cho TP-01")
    'theo mẫu tê pê không một; Mẫu số tê pê tê pê lờ mười tám; cho TP-01'
    """
    words = [m[1].rstrip()]
    for part in m[2].split("-"):
        if part[0].isdigit():
            digits, small = part.rstrip("abcdefghijklmnopqrstuvwxyzđ"), part.lstrip("0123456789")
            words.append(read_digits(digits) if len(digits) > 1 and digits[0] == "0" else read_number(digits))
            words.extend(spell(small.upper()) for _ in small[:1])
        else:
            words.append(spell(part))
    return " ".join(words)


#: A model's code led by small letters and a dash, its capitals after the number ("Casio fx-880BTG"): all of it is
#: the model's letters and number, no office ("BTG" is no Ban Tuyên giáo there).
_DIGIT_THEN_CAPITAL_RE = re.compile(r"\d[A-Z]")
_SMALL_LED_MODEL_RE = re.compile(r"(?<![\w-])([a-z]{1,3})-([1-9]\d{1,3})([A-Z]{1,4})(?![\w-])")


def _small_led_model(m: re.Match[str]) -> str:
    """ "fx-880BTG" → "ép ích tám trăm tám mươi bê tê gờ"."""
    return f"{spell(m[1].upper())} {read_number(m[2])} {spell(m[3])}"


def alphanumerics(text: str) -> str:
    """Codes mixing capitals and digits: letters spelled (or expanded), digits read.

    >>> alphanumerics("F0, F1, H5N1, QH15, Quốc lộ 1A")
    'ép không, ép một, hát năm nờ một, Quốc hội mười lăm, Quốc lộ một a'
    >>> alphanumerics("giống thanh long ruột đỏ TL4; đường TL4")
    'giống thanh long ruột đỏ tê lờ bốn; đường Tỉnh lộ bốn'
    >>> alphanumerics("ô đất CT-01+CT—05; HbA1c, SpO2; Chuyến bay: VN216")
    'ô đất xê tê không một+xê tê không năm; hát bê a một xê, ét pê ô hai; Chuyến bay: vê nờ hai trăm mười sáu'
    >>> alphanumerics("Phòng Hội thảo KH2; theo KH2")
    'Phòng Hội thảo ca hát hai; theo Kế hoạch hai'
    >>> alphanumerics("các Lô thuộc TT6.2; PM2.5")
    'các Lô thuộc tê tê 6.2; PM2.5'
    >>> alphanumerics("Pad X8b, câu 7c, 5g, 4k; ai phôn 5s")  # an "s" the units left is no second: a model's letter
    'Pad ích tám bê, câu bảy xê, 5g, 4k; ai phôn năm ét'
    """
    if _CAPITAL_DIGIT_RE.search(text):
        text = _MIXED_CASE_RE.sub(_mixed_case, text)
    if "-" in text and _DIGIT_THEN_CAPITAL_RE.search(text):
        text = _SMALL_LED_MODEL_RE.sub(_small_led_model, text)
    if _DIGIT_THEN_SMALL_RE.search(text):
        text = _NUMBER_THEN_SMALL_LETTER_RE.sub(_number_then_small_letter, text)
    if _DASH_DIGIT_RE.search(text):
        text = _DASHED_CODE_RE.sub(_dashed_code, text)
        if "iống" in text:
            text = _VARIETY_DASHED_RE.sub(_variety_code, text)

    def mixed(m: re.Match[str]) -> str:
        token, start = m.group(), m.start()
        if (start and m.string[start - 1] in _GLUE) or token.isdigit() or not _HAS_DIGIT_RE.search(token):
            return token
        flight = preceded_by(m.string, start, _FLIGHT_WORDS, 4) or _in_variety_clause(m.string, start)
        flight = flight or preceded_by(m.string, start, _ROOM_CODE_WORDS, 3)  # "Phòng Hội thảo KH2": its letters
        flight = flight or preceded_by(m.string, start, _CROP_WORDS, 1)  # "lúa LĐ1": a variety's code
        flight = flight or bool(_MODEL_CODE_RE.fullmatch(token))  # "tàu pháo TT400TP": a model's letters
        if not flight and token in tables.ABBREVIATIONS:
            return tables.ABBREVIATIONS[token]  # "CMT8": Cách mạng Tháng Tám, a row of its own
        runs = re.fullmatch(r"([^\W\d_]+)(\d+)", m.group())
        flight = flight or bool(runs and _code_of_name_before(m.string, start, runs[1], runs[2]))  # "Kỹ thuật 4 (CK4)"
        words = []
        for run in re.findall(r"\d+|\D+", m.group()):
            if run.isdigit():
                words.append(read_digits(run) if len(run) > 1 and run[0] == "0" else read_number(run))  # "A00"
            elif run in tables.ABBREVIATIONS and not flight and run not in _SPELLED_WITH_NUMBER:
                words.append(tables.ABBREVIATIONS[run])
            elif len(run) >= 4 and run.isupper() and run.lower() in _ENGLISH_WORDS:
                words.append(run.capitalize())  # "VALUE500": an award's English word, not letters
            else:
                words.append(spell(run))
        return " ".join(words)

    if not _DIGIT_BY_CAPITAL_RE.search(text):
        return text  # no token changes
    if "." in text:
        text = _DECIMAL_CODE_RE.sub(lambda m: spell(m[1]) + " ", text)  # "TT6.2" → "tê tê 6.2"
    return _ALNUM_RE.sub(mixed, text)
