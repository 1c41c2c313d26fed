"""The normalization pipeline: small named rules, each ``str -> str``, applied in the order of :data:`RULES`.

Like gTTS's ``pre_processors``, a caller can list, reorder or replace rules.  Each rule's docstring shows an
input and its output (they run as doctests).  Data lives in :mod:`tables`; the rules only decide *where*.

Every pattern that starts on a digit is anchored with a look-behind, so a run of 100 000 digits is scanned
once, not once per position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from . import tables
from .numbers import (
    DIGITS,
    ordinal,
    rank,
    read_decimal,
    read_digits,
    read_fraction_digits,
    read_int,
    read_number,
    roman_to_int,
)

Rule = Callable[[str], str]

# Letters of Vietnamese (upper and lower case) for character classes.
# Every upper-case letter of the Latin script up to Vietnamese's extended block (Ạ, Ả … Ỹ alternate with
# their lower-case forms there, so a range would be wrong).
_UP = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_LETTER = r"[^\W\d_]"
_NOT_LETTER_AHEAD = r"(?![^\W\d_])"
_WORD_RE = re.compile(r"[^\W\d_]+")
#: Put first in a pattern whose match starts with a digit: the engine then jumps from digit to digit instead
#: of trying every position (about twice as fast on a long text); it changes no match.
_DIGIT_FIRST = r"(?=[0-9])"


# ------------------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------------------
def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``pos``, lower-cased, nearest last (looks back a bounded window)."""
    return [w.lower() for w in _WORD_RE.findall(text[max(0, pos - 60) : pos])[-n:]]


def _preceded_by(text: str, pos: int, phrases: tuple[str, ...] | frozenset[str], n: int = 3) -> bool:
    """True when the words right before ``pos`` end with one of ``phrases`` (each of 1..n words)."""
    words = _prev_words(text, pos, n)
    return any(" ".join(words[-k:]) in phrases for k in range(1, len(words) + 1))


def _mentions(text: str, pos: int, phrases: frozenset[str], n: int = 5) -> bool:
    """True when one of ``phrases`` (1 to 3 words: "đường dây nóng") occurs among the ``n`` words before ``pos``."""
    words = _prev_words(text, pos, n)
    return any(" ".join(words[i : i + k]) in phrases for k in (1, 2, 3) for i in range(len(words) - k + 1))


def _last_char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ("" at the start)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return text[i] if i >= 0 else ""


def _spaced(words: str) -> str:
    return f" {words} "


def _spell(letters: str) -> str:
    """Letter names of an abbreviation nobody listed: ``_spell("IOC") == "i ô xê"``."""
    names = []
    for ch in letters:
        up = ch.upper()
        if up in tables.LETTER_NAMES:
            names.append(tables.LETTER_NAMES[up])
        elif ch.isalpha():
            names.append(ch.lower())
    return " ".join(names)


_SYLLABLE_RE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
    r"(a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|ieu|yeu|oai|oay|oeo|oao|"
    r"uoi|uou|uya|uye|uay|uyu|uou)"
    r"(ch|ng|nh|[cmnptk])?$"
)


def _fold(word: str) -> str:
    """Lower-case ASCII skeleton of a Vietnamese word: ``_fold("Huế") == "hue"``."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` could be one Vietnamese syllable ("HỘI", "VAN"), so it is not spelled out."""
    return bool(_SYLLABLE_RE.match(_fold(word)))


# ------------------------------------------------------------------------------------------------------------
# 1. characters and whitespace
# ------------------------------------------------------------------------------------------------------------
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES_RE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


#: Digits that are not ASCII: other scripts' decimal digits ("٣", "３") and digit-like signs ("²", "①").
_OTHER_DIGITS = frozenset(chr(c) for c in range(0x80, 0x20000) if chr(c).isdigit())
_ODD_SPACES = frozenset("\t\u00a0\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}


def _ascii_digit(ch: str) -> str:
    value = unicodedata.digit(ch, None)
    return str(value) if value is not None else ch


def unicode_and_spaces(text: str) -> str:
    """NFC, one kind of space, digits as ASCII, no invisible characters, at most one blank line.

    >>> unicode_and_spaces("Hoa\u0300  bi\u0300nh\u00a0 ３ \\r\\n\\n\\n\\nx")
    'Hoà bình 3\\n\\nx'
    """
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    present = set(text)  # one pass; each step below runs only when its characters occur
    if odd_digits := present & _OTHER_DIGITS:
        text = text.translate({ord(c): _ascii_digit(c) for c in odd_digits})
    if "\r" in present or "\u2028" in present or "\u2029" in present:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if "  " in text or present & _ODD_SPACES:
        text = _SPACES_RE.sub(" ", text)
    if "\n" in text:
        text = re.sub(r" +\n|\n +", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# ------------------------------------------------------------------------------------------------------------
# 2. addresses on the web
# ------------------------------------------------------------------------------------------------------------
_EMAIL_RE = re.compile(r"(?<![\w.@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_RE = re.compile(
    r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"“”()]+|"
    r"(?<![\w@/.-])(?:[a-zA-Z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|int|io)(?:\.vn)?(?:/[^\s<>\"“”()]*)?(?![\w])"
)


_TLD_RE = re.compile(r"\.(?:vn|com|net|org|gov|edu|info|int|io)\b")


def _read_web_part(part: str) -> str:
    return " ".join(read_digits(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", part) if p)


def _read_host_and_path(address: str) -> str:
    address = re.sub(r"^(?:(?:https?|ftp)://)?(?:www\.)?", "", address, flags=re.IGNORECASE).rstrip("/.,;:")
    host, _, path = address.partition("/")
    words = [" chấm ".join(_read_web_part(p) for p in host.split(".") if p)]
    for seg in re.split(r"[/?#=&]+", path):
        pieces = [_read_web_part(p) for p in re.split(r"[._~+%-]+", seg) if p]
        if pieces:
            words.append(" ".join(pieces))
    return " xẹt ".join(w for w in words if w)


def _trailing_punctuation(raw: str) -> str:
    return raw[len(raw.rstrip(".,;:!?")) :]


def urls_and_emails(text: str) -> str:
    """Addresses are read part by part; the scheme and "www." are not spoken.

    >>> urls_and_emails("Gửi về vanphong@huecity.gov.vn hoặc xem https://www.huecity.gov.vn.")
    'Gửi về vanphong a còng huecity chấm gov chấm vn hoặc xem huecity chấm gov chấm vn.'
    """
    if "@" in text:
        text = _EMAIL_RE.sub(
            lambda m: _spaced(
                " a còng ".join(_read_host_and_path(p) for p in m.group().split("@", 1))
            ).strip(),
            text,
        )
    if "://" in text or "www." in text or _TLD_RE.search(text):
        text = _URL_RE.sub(lambda m: _read_host_and_path(m.group()) + _trailing_punctuation(m.group()), text)
    return text


# ------------------------------------------------------------------------------------------------------------
# 3. fixed expressions and loanwords
# ------------------------------------------------------------------------------------------------------------
def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def _led_by(keys: list[str], ignore_case: bool = False) -> str:
    """``(?=[…])`` of the characters a key starts with: the engine then skips to where a key can begin.

    >>> _led_by(["TP", "Tp", "UBND"])
    '(?=[TU])'
    """
    firsts = {k[0] for k in keys} | ({c for k in keys for c in (k[0].lower(), k[0].upper())} if ignore_case else set())
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])"


_FIXED_RE = re.compile(
    _led_by(list(tables.FIXED_EXPRESSIONS))
    + rf"(?<![\w./-])(?:{_alternation(list(tables.FIXED_EXPRESSIONS))})(?![\w/]|[.,]\d)"
)


def fixed_expressions(text: str) -> str:
    """Expressions whose digits are not what their shape suggests.

    >>> fixed_expressions("Tổng đài hoạt động 24/7, công nghiệp 4.0 và mạng 5G.")
    'Tổng đài hoạt động hai mươi tư trên bảy, công nghiệp bốn chấm không và mạng năm gờ.'
    """
    return _FIXED_RE.sub(lambda m: tables.FIXED_EXPRESSIONS[m.group()], text)


_LOAN_SINGLE = {k: v for k, v in tables.LOANWORDS.items() if " " not in k}
_LOAN_MULTI = {k: v for k, v in tables.LOANWORDS.items() if " " in k}
#: A whole word, hyphenated parts included ("Covid-19", "Delta-Omicron", "KT-XH").
_LOAN_WORD_RE = re.compile(r"[^\W\d_]+(?:-(?:[^\W\d_]+|\d+(?![^\W\d_])))*")
_LOAN_MULTI_RE = re.compile(
    _led_by(list(_LOAN_MULTI), True) + rf"(?<![\w-])(?:{_alternation(list(_LOAN_MULTI))})(?![\w-])", re.IGNORECASE
)


def loanwords(text: str) -> str:
    """Foreign words and brands the Vietnamese way.

    >>> loanwords("Dịch Covid-19, biến chủng Delta và SARS-CoV-2; tiêm vaccine.")
    'Dịch cô vít mười chín, biến chủng đen ta và sát cô vi hai; tiêm vắc xin.'
    """
    text = _LOAN_MULTI_RE.sub(lambda m: _LOAN_MULTI[m.group().lower()], text)
    # Decide once per distinct word (a long text repeats its words), then rewrite only if something changes.
    spoken = {}
    for word in set(_LOAN_WORD_RE.findall(text)):
        if ("-" in word or word.lower() in _LOAN_SINGLE) and (reading := _read_loan(word)) != word:
            spoken[word] = reading
    if not spoken:
        return text
    return _LOAN_WORD_RE.sub(lambda m: spoken.get(m.group(), m.group()), text)


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


# ------------------------------------------------------------------------------------------------------------
# 4. quotes, list markers, brackets
# ------------------------------------------------------------------------------------------------------------
_QUOTES_RE = re.compile(r"[\"“”„‟«»‹›「」『』'‘’`´]")


def quotes(text: str) -> str:
    """Quotation marks are not spoken.

    >>> quotes("Phong trào 'Chủ nhật xanh', “Mỗi xã một sản phẩm”.")
    'Phong trào Chủ nhật xanh, Mỗi xã một sản phẩm.'
    """
    return _QUOTES_RE.sub(_drop_quote, text)


def _drop_quote(m: re.Match[str]) -> str:
    """An apostrophe between two letters is part of a word ("K'Ho"); every other quote mark goes."""
    s, i = m.string, m.start()
    inside = m.group() in "'’" and 0 < i < len(s) - 1 and s[i - 1].isalnum() and s[i + 1].isalnum()
    return m.group() if inside else ""


_BULLET_RE = re.compile(r"(?m)^[-+•·*▪►●○■□◦‣⁃–—>]+\s*")
_ROMAN_MARK_RE = re.compile(rf"(?m)^([IVXLC]{{1,6}})\.\s+(?=[{_UP}])")  # "I. MỤC ĐÍCH", "II. Nhiệm vụ"
_ARABIC_MARK_RE = re.compile(r"(?m)^(\d{1,2})(?:\.(\d{1,2}))*[.)]\s+(?=\S)")
_LETTER_MARK_RE = re.compile(r"(?:(?<=^)|(?<=[\s;:]))([a-zđ])\)\s+", re.MULTILINE)


def list_markers(text: str) -> str:
    """List markers at a line start are read as numbers followed by a pause; bullets are dropped.

    >>> list_markers("I. MỤC ĐÍCH\\n1. Tăng cường\\n1.2. Phối hợp\\na) Sở Y tế; b) Sở Tài chính\\n- Một ý")
    'Một. MỤC ĐÍCH\\nMột. Tăng cường\\nMột chấm hai. Phối hợp\\na, Sở Y tế; bê, Sở Tài chính\\nMột ý'
    """

    def roman(m: re.Match[str]) -> str:
        value = roman_to_int(m.group(1))
        return f"{read_int(value).capitalize()}. " if value else m.group()

    def arabic(m: re.Match[str]) -> str:
        parts = re.findall(r"\d+", m.group().rstrip(".) \t"))
        return " chấm ".join(read_number(p) for p in parts).capitalize() + ". "

    text = _BULLET_RE.sub("", text)
    text = _ROMAN_MARK_RE.sub(roman, text)
    text = _ARABIC_MARK_RE.sub(arabic, text)
    return _LETTER_MARK_RE.sub(lambda m: _spell(m.group(1)) + ", ", text) if ")" in text else text


_BRACKET_RE = re.compile(r"\s*[(\[{]\s*([^()\[\]{}\n]*?)\s*[)\]}]")
#: "(0234) 3822 123": the brackets only mark the area code of a phone number; they are not an aside.
_AREA_CODE_RE = re.compile(r"\((\+?\d{2,5})\)(?=[ \t.]?\d)")


def brackets(text: str) -> str:
    """A parenthesis is read as an aside between two pauses.

    >>> brackets("Chương trình Mỗi xã một sản phẩm (OCOP) tiếp tục. ĐT: (0234) 3822 123")
    'Chương trình Mỗi xã một sản phẩm, OCOP, tiếp tục. ĐT: 0234 3822 123'
    """
    if not any(c in text for c in "()[]{}"):
        return text
    text = _AREA_CODE_RE.sub(r"\1", text)
    text = _BRACKET_RE.sub(lambda m: f", {m.group(1)}," if m.group(1) else "", text)
    return re.sub(r"[()\[\]{}]", " ", text)


# ------------------------------------------------------------------------------------------------------------
# 5. document codes
# ------------------------------------------------------------------------------------------------------------
_CODE_PART = r"[A-ZĐƯ][A-Za-zĐđƯư]*\d*"
_CODE_RE = re.compile(
    _DIGIT_FIRST + rf"(?<![\w/.,-])(\d+)(?:/(\d{{4}}))?[/-]({_CODE_PART}(?:[-/&.]{_CODE_PART})*)(?![\w])"
)


def _read_code_part(part: str, first: bool) -> str:
    letters, digits = re.match(r"(\D*)(\d*)", part).groups()  # type: ignore[union-attr]
    lookups = (tables.DOCUMENT_KINDS, tables.ISSUERS) if first else (tables.ISSUERS, tables.DOCUMENT_KINDS)
    for table in lookups:
        if letters in table:
            spoken = table[letters]
            break
    else:
        if letters in tables.ABBREVIATIONS:
            spoken = tables.ABBREVIATIONS[letters].lower()
        elif letters.upper() in tables.ABBREVIATIONS:
            spoken = tables.ABBREVIATIONS[letters.upper()].lower()
        else:
            spoken = _spell(letters)
    return f"{spoken} {read_number(digits)}" if digits else spoken


def _kind_named_before(text: str, pos: int, first_part: str) -> str | None:
    """The kind the writer named before the number when its code letters stand for more than one kind:
    "Quy định 144-QĐ/TW" is a regulation of the Party, "Quyết định 1234/QĐ-UBND" a decision."""
    for kind in tables.SHARED_KIND_CODES.get(first_part, ()):
        if _preceded_by(text, pos, (kind, f"{kind} số"), 3):
            return kind
    return None


def _is_code(code: str) -> bool:
    first = re.split(r"[-/&.]", code)[0].rstrip("0123456789")
    return first in tables.DOCUMENT_KINDS or first in tables.ISSUERS


def document_codes(text: str) -> str:
    """Numbers of legal documents: number, year, then the kind and the issuer, expanded.

    >>> print(document_codes("Nghị định 15/2020/NĐ-CP, Quyết định 1234/QĐ-UBND, Nghị quyết 54-NQ/TW"))
    Nghị định mười lăm trên hai nghìn không trăm hai mươi trên nghị định chính phủ, Quyết định một nghìn
    hai trăm ba mươi tư trên quyết định ủy ban nhân dân, Nghị quyết năm mươi tư nghị quyết trung ương
    >>> print(document_codes("Quy định số 144-QĐ/TW"))
    Quy định số một trăm bốn mươi tư quy định trung ương
    """

    def code(m: re.Match[str]) -> str:
        number, year, letters = m.groups()
        if not _is_code(letters):
            return m.group()
        parts = [p for p in re.split(r"[-/&.]", letters) if p]
        spoken = [read_number(number)]
        if year:
            spoken += ["trên", read_number(year)]
        if m.group().startswith(f"{number}/"):
            spoken.append("trên")
        spoken += [_read_code_part(p, i == 0) for i, p in enumerate(parts)]
        named = _kind_named_before(m.string, m.start(), parts[0])
        if named:
            spoken[len(spoken) - len(parts)] = named
        return " ".join(spoken)

    return _CODE_RE.sub(code, text)


# ------------------------------------------------------------------------------------------------------------
# 6. phone numbers and hotlines
# ------------------------------------------------------------------------------------------------------------
_PHONE_RE = re.compile(r"(?=[+0])(?<![\w.,+/-])(?:\+84[ .-]?|0)\d{1,4}(?:[ .-]?\d{2,4}|[ .-]\d){1,4}(?![\w/]|[.,]\d)")
_PHONE_LABEL_RE = re.compile(
    _led_by(list(tables.PHONE_LABELS))
    + rf"(?<![\w])({_alternation(list(tables.PHONE_LABELS))})(?=[ \t]*[:.]?[ \t]*(?:\+84|0\d|\d{{6}}))"
)
_HOTLINE_RE = re.compile(r"(?=1)(?<![\w.,/-])1[89]00[ .]?\d{2,4}(?:[ .]?\d{2,4})?(?![\w/]|[.,]\d)")
_DIGIT_RUN_RE = re.compile(_DIGIT_FIRST + r"(?<![\w.,/-])\d{3,}(?:[ .-]\d{2,})*(?![\w/]|[.,]\d)")
_PHONE_WORDS = frozenset(tables.PHONE_CONTEXT_WORDS)
_MONEY_AHEAD_RE = re.compile(r"[ \t]*(?:đồng|đ|VNĐ|VND|USD|người|lượt)(?!\w)")


def _read_phone(raw: str) -> str:
    prefix = ""
    if raw.startswith("+"):
        prefix, raw = "cộng " + read_digits(raw[1:3]) + ", ", raw[3:]
    groups = [g for g in re.split(r"[ .-]+", raw.strip()) if g]
    if len(groups) == 1 and len(groups[0]) >= 9:
        g = groups[0]
        groups = [g[:4], g[4:7], g[7:]]
    return prefix + ", ".join(read_digits(g) for g in groups)


def phone_numbers(text: str) -> str:
    """Phone numbers and hotlines digit by digit, in the groups they are written in.

    >>> print(phone_numbers("Gọi 0914 123 456 hoặc 0234.3822.345; tổng đài 1022; ĐT: +84 234 3822 123."))
    Gọi không chín một bốn, một hai ba, bốn năm sáu hoặc không hai ba bốn, ba tám hai hai, ba bốn năm;
    tổng đài một không hai hai; điện thoại: cộng tám bốn, hai ba bốn, ba tám hai hai, một hai ba.
    """

    def phone(m: re.Match[str]) -> str:
        raw = m.group()
        count = sum(c.isdigit() for c in raw)
        if count == 8 and re.fullmatch(r"0\d{3}[ .]\d{4}", raw):
            return _read_phone(raw)  # an area code and a short service number: "0236.1022"
        if not 9 <= count <= 12:
            return raw
        return _read_phone(raw)

    def in_context(m: re.Match[str]) -> str:
        if _mentions(m.string, m.start(), _PHONE_WORDS, 5):
            return _read_phone(m.group())
        if m.group().isdigit() and len(m.group()) >= 10 and not _MONEY_AHEAD_RE.match(m.string, m.end()):
            return _read_phone(m.group())  # ten digits unseparated: a tax code, an account, an ID card
        return m.group()

    if any(label in text for label in tables.PHONE_LABELS):
        text = _PHONE_LABEL_RE.sub(lambda m: tables.PHONE_LABELS[m.group(1)], text)
    text = _PHONE_RE.sub(phone, text)
    text = _HOTLINE_RE.sub(lambda m: _read_phone(m.group()), text)
    return _DIGIT_RUN_RE.sub(in_context, text)


# ------------------------------------------------------------------------------------------------------------
# 7. dates, ranges and times
# ------------------------------------------------------------------------------------------------------------
#: One scan for every dashed date: ISO "2021-10-09", "08-10-2021", and a day-month "30-4" / "15 - 5" (its
#: reading depends on the words around it, see dash_dates).
_DASH_DATE_RE = re.compile(
    _DIGIT_FIRST
    + r"(?<![\w/.,:-])(?:(\d{4})-(\d{2})-(\d{2})(?![\w/-]|[.,]\d)"
    + r"|(\d{1,2})(?:-(\d{1,2})-(\d{4})(?![\w/-]|[.,]\d)|[ \t]?-[ \t]?(\d{1,2})(?![\w/:-]|[.,]\d|[ \t]?[-/])"
    + r"|-((?:19|20)\d{2})(?![\w/-]|[.,]\d)))"
)


def _valid_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_DASH_DATE_WORDS = frozenset(tables.DASH_DATE_CONTEXT_WORDS)
_DASH_MONTH_YEAR_WORDS = frozenset(tables.DASH_MONTH_YEAR_CONTEXT_WORDS)
_COUNTER_AHEAD_RE = re.compile(
    rf"[ \t]*(?:{'|'.join(map(re.escape, tables.RANGE_COUNTER_WORDS))})(?![^\W\d_])|[ \t]*%"
)
_DATE_LIST_GLUE_RE = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
#: Bare days listed after "ngày" just before a dashed day-month share its month ("các ngày 8, 9 và 10-10",
#: "từ ngày 8 đến 12-10"); searched in a bounded window before the match.
_DAY_LIST_BEFORE_RE = re.compile(
    r"(?<!\w)(?:ngày|mùng|mồng)[ \t]+\d{1,2}(?:[ \t]*(?:,|và)[ \t]*\d{1,2})*[ \t]*(?:,|và|hoặc|đến|tới)[ \t]*$",
    re.IGNORECASE,
)


def dash_dates(text: str) -> str:
    """Dates written with dashes become slashed dates, so the range rule never reads them as "đến".

    A day-month without a year is a date only right after a word of time ("Chiều 30-4", "Đại lễ 30-4 và
    1-5"), and not before a counted noun ("mỗi ngày 2-3 lần" stays a range). A month and a year of this
    century or the last ("tháng 3-2024", news style) is a month of that year only right after "tháng"/"quý".

    >>> print(dash_dates("ngày 08-10-2021 và 2021-10-09; Chiều 30-4, Đại lễ 30-4 và 1-5; ngày 15 - 5; "
    ...                  "ngày 2-3 lần; từ 5-7 ngày; từ ngày 25 - 30/6; tháng 3-2024; từ 5-2024 người"))
    ngày 08/10/2021 và 09/10/2021; Chiều 30/4, Đại lễ 30/4 và 1/5; ngày 15/5; ngày 2-3 lần; từ 5-7 ngày;
    từ ngày 25 - 30/6; tháng 3/2024; từ 5-2024 người
    >>> print(dash_dates("các ngày 8, 9 và 10-10; từ ngày 8 đến 12-10; trong 8 và 9-10 ngày"))
    các ngày 8, 9 và 10/10; từ ngày 8 đến 12/10; trong 8 và 9-10 ngày
    """
    if "-" not in text:
        return text
    last_date_end = -1  # end of the previous day-month read as a date: "30-4 và 1-5" lists two dates

    def date(m: re.Match[str]) -> str:
        nonlocal last_date_end
        iso_y, iso_mo, iso_d, d, mo, y, dash_mo, month_y = m.groups()
        if iso_y:
            return f"{iso_d}/{iso_mo}/{iso_y}" if _valid_day_month(iso_d, iso_mo) else m.group()
        if y:
            return f"{d}/{mo}/{y}" if _valid_day_month(d, mo) else m.group()
        s, pos = m.string, m.start()
        if month_y:
            if 1 <= int(d) <= 12 and _preceded_by(s, pos, _DASH_MONTH_YEAR_WORDS, 1):
                return f"{d}/{month_y}"
            return m.group()
        if not _valid_day_month(d, dash_mo) or _COUNTER_AHEAD_RE.match(s, m.end()):
            return m.group()
        listed = last_date_end >= 0 and _DATE_LIST_GLUE_RE.fullmatch(s, last_date_end, pos)
        listed = listed or _DAY_LIST_BEFORE_RE.search(s, max(0, pos - 40), pos)
        if not (listed or _preceded_by(s, pos, _DASH_DATE_WORDS, 2)):
            return m.group()
        last_date_end = m.end()
        return f"{d}/{dash_mo}"

    return _DASH_DATE_RE.sub(date, text)


_YEAR_SPAN_RE = re.compile(_DIGIT_FIRST + r"(?<![\w/.,-])((?:19|20)\d{2})/((?:19|20)\d{2})(?![\w/]|[.,]\d)")


def year_spans(text: str) -> str:
    """Two consecutive years joined by a slash are one school, crop or sports year, read like "2024-2025".

    >>> print(year_spans("năm học 2024/2025, niên vụ 2023/2024; tỷ lệ 2020/2024; Công văn số 2023/2024"))
    năm học 2024-2025, niên vụ 2023-2024; tỷ lệ 2020/2024; Công văn số 2023/2024
    """
    if "/" not in text:
        return text

    def span(m: re.Match[str]) -> str:
        first, second = m.groups()
        if int(second) != int(first) + 1 or _preceded_by(m.string, m.start(), _DOC_WORDS, 2):
            return m.group()  # "Công văn số 2023/2024" is a number, not a span
        return f"{first}-{second}"

    return _YEAR_SPAN_RE.sub(span, text)


_RANGE_RE = re.compile(
    _DIGIT_FIRST
    + r"(?<![\w.,/:-])(\d+(?:[.,/:]\d+)*(?:[hg]\d{0,2}|%)?)[ \t]*[-–—][ \t]*"
    + rf"(?=\d|(?:{_alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?\d)"
)


_SCORE_WORDS = frozenset(tables.SCORE_CONTEXT_WORDS)
_FULL_DATE_ONLY_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_CLOCK_AHEAD_RE = re.compile(r"\d{1,2}:\d{2}(?!\d)")
#: The second number of a score is small and counts nothing ("thắng 3-0", not "thắng … 5-7 nghìn khán giả").
_SCORE_AHEAD_RE = re.compile(
    r"\d{1,2}(?!\d|[.,]\d)(?![ \t]*[^\W\d_])|\d{1,2}[ \t]+(?:và|trước|sau|tại|ở|trên|với|ngay|để)(?!\w)"
)


def ranges(text: str) -> str:
    """A dash between two numbers is "đến", never "trừ"; in a match score it is not read.

    >>> print(ranges("Giai đoạn 2021-2025, tăng 7-7,5%/năm, từ 200 - 400 mm, từ 8h30-11h00, Km 790 - Km 800; "
    ...              "thắng Thái Lan 2-0"))
    Giai đoạn 2021 đến 2025, tăng 7 đến 7,5%/năm, từ 200 đến 400 mm, từ 8h30 đến 11h00, Km 790 đến Km 800;
    thắng Thái Lan 2 0
    >>> print(ranges("Cập nhật 08/11/2024 - 10:25"))  # a portal's date-time stamp: a pause, not "đến"
    Cập nhật 08/11/2024, 10:25
    """

    def dash(m: re.Match[str]) -> str:
        s = m.string
        if _FULL_DATE_ONLY_RE.fullmatch(m.group(1)) and _CLOCK_AHEAD_RE.match(s, m.end()):
            return m.group(1) + ", "
        if (
            m.group(1).isdigit()
            and int(m.group(1)) <= 20
            and _SCORE_AHEAD_RE.match(s, m.end())
            and _mentions(s, m.start(), _SCORE_WORDS, 8)  # "thắng U23 Thái Lan 2-0": the team is in between
        ):
            return m.group(1) + " "  # a match score: "thắng 3-0" is "ba không"
        return m.group(1) + " đến "

    return _RANGE_RE.sub(dash, text)


_NO_NGAY_BEFORE = frozenset({"ngày", "mùng", "mồng", "hôm", "đường", "phố"})  # "đường 3/2" is a street's name
_MONTHS_NEEDING_WORD = {4: "tư"}


def _read_month(month: str) -> str:
    value = int(month)
    return _MONTHS_NEEDING_WORD.get(value, read_int(value))


def _day_words(text: str, pos: int, day: str) -> str:
    words = _prev_words(text, pos, 1)
    lead = "" if words and words[-1] in _NO_NGAY_BEFORE else "ngày "
    return f"{lead}{read_number(day)}"


_FULL_DATE_RE = re.compile(_DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|[.,]\d)")


def dates_full(text: str) -> str:
    """Day/month/year: "ngày" is added unless the text already says it.

    >>> print(dates_full("Chiều 08/10/2021 và ngày 16.7.2021"))
    Chiều ngày tám tháng mười năm hai nghìn không trăm hai mươi mốt và ngày mười sáu tháng bảy năm hai
    nghìn không trăm hai mươi mốt
    """

    def date(m: re.Match[str]) -> str:
        day, _, month, year = m.groups()
        if not _valid_day_month(day, month):
            return m.group()
        spoken = f"{_day_words(m.string, m.start(), day)} tháng {_read_month(month)} năm {read_number(year)}"
        # a clock time right after the date gets a pause, so two numbers do not run together
        return spoken + "," if _TIME_AHEAD_RE.match(m.string, m.end()) else spoken

    return _FULL_DATE_RE.sub(date, text)


_TIME_AHEAD_RE = re.compile(r"[ \t]+\d{1,2}(?::\d{2}|[hg]\d{0,2}(?!\w)| giờ)")


_CLOCK_RE = re.compile(
    _DIGIT_FIRST + r"(?<![\w:.,/])(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:[ \t]*(SA|CH|AM|PM|am|pm|a\.m\.|p\.m\.)(?![\w]))?(?![\w:]|[.,]\d)"
)
_HOUR_RE = re.compile(
    _DIGIT_FIRST + r"(?<![\w.,/:])(\d{1,2})[ \t]?(?:h|g|giờ)[ \t]?(\d{1,2})?(?:[ \t]?(?:phút|p|ph|'))?(?![^\W\d_])"
)
_G_TIME_OK = re.compile(r"\s*(?:sáng|chiều|tối|trưa|đêm|khuya|ngày|hôm|hằng|hàng|mỗi|đến|tới|,|\.|;|$)")


def _read_clock(hour: str, minute: str | None, second: str | None = None) -> str:
    words = [read_number(hour), "giờ"]
    if second is not None:
        words += [read_number(minute or "0"), "phút", read_number(second), "giây"]
    elif minute and int(minute):
        words += [read_number(minute), "phút"]
    return " ".join(words)


def times(text: str) -> str:
    """Clock times: "14h30", "21g30", "2:52:28 CH"; SA/CH are "sáng"/"chiều".

    >>> print(times("Từ 7h30 đến 11h00, lúc 2:52:28 CH, 21g30 tối và 6h sáng"))
    Từ bảy giờ ba mươi phút đến mười một giờ, lúc hai giờ năm mươi hai phút hai mươi tám giây chiều, hai
    mươi mốt giờ ba mươi phút tối và sáu giờ sáng
    """

    def clock(m: re.Match[str]) -> str:
        hour, minute, second, period = m.groups()
        if int(hour) > 24 or int(minute) > 59 or (second and int(second) > 59):
            return m.group()
        spoken = _read_clock(hour, minute, second)
        if period:
            spoken += " " + tables.DAY_PERIODS.get(
                period, "sáng" if period.lower().startswith("a") else "chiều"
            )
        return spoken

    def hour(m: re.Match[str]) -> str:
        h, minute = m.groups()
        raw = m.group()
        unit = re.sub(r"[\d \t]", "", raw)
        bare_g = unit.startswith("g") and not unit.startswith("giờ")
        if bare_g and minute is None and not _G_TIME_OK.match(m.string, m.end()):
            return raw
        if minute is not None and int(minute) > 59:
            return raw
        if minute is None and int(h) > 24 and not unit.startswith("h"):
            return raw
        return _read_clock(h, minute)

    if ":" in text:
        text = _CLOCK_RE.sub(clock, text)
    return _HOUR_RE.sub(hour, text)


_MONTH_YEAR_RE = re.compile(_DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})/(\d{4})(?![\w/]|[.,]\d)")
_DOC_WORDS = frozenset(
    {
        "số",
        "nghị định",
        "quyết định",
        "thông tư",
        "nghị quyết",
        "chỉ thị",
        "luật",
        "công văn",
        "kế hoạch",
        "văn bản",
        "thông báo",
        "báo cáo",
        "hướng dẫn",
        "tờ trình",
        "lệnh",
        "pháp lệnh",
        "quy định",
        "đề án",
    }
)


#: Words before "n/yyyy" that count periods of the year other than months.
_PERIOD_WORDS = frozenset({"quý", "đợt", "kỳ", "kì", "tuần"})


def month_year(text: str) -> str:
    """Month/year: "tháng" is added unless the text already says it; after a document word it is a number.

    >>> print(month_year("Từ tháng 7 đến 9/2021; Luật số 15/2020 và 01/2022; quý 1/2024"))
    Từ tháng 7 đến tháng chín năm hai nghìn không trăm hai mươi mốt; Luật số 15/2020 và tháng một năm
    hai nghìn không trăm hai mươi hai; quý một năm hai nghìn không trăm hai mươi tư
    """

    def month(m: re.Match[str]) -> str:
        mo, year = m.groups()
        if not 1 <= int(mo) <= 12 or _preceded_by(m.string, m.start(), _DOC_WORDS, 2):
            return m.group()
        words = _prev_words(m.string, m.start(), 1)
        if words and words[-1] in _PERIOD_WORDS:  # "quý 1/2024", "đợt 2/2023": a period of that year
            return f"{read_number(mo)} năm {read_number(year)}"
        lead = "" if words and words[-1] == "tháng" else "tháng "
        return f"{lead}{_read_month(mo)} năm {read_number(year)}"

    return _MONTH_YEAR_RE.sub(month, text)


_DAY_MONTH_RE = re.compile(_DIGIT_FIRST + r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_DATE_WORDS = frozenset(tables.DATE_CONTEXT_WORDS)
_QUANTITY_WORDS = frozenset(tables.QUANTITY_CONTEXT_WORDS)
_ADDRESS_WORDS = frozenset(tables.ADDRESS_CONTEXT_WORDS)
_RANK_WORDS = frozenset(tables.RANK_CONTEXT_WORDS)
_FRACTION_WORDS = frozenset(tables.FRACTION_CONTEXT_WORDS)
_APPROX_WORDS = frozenset(tables.APPROX_FRACTION_WORDS)
_FRACTION_AHEAD_RE = re.compile(
    rf"[ \t]+(?:{_alternation(list(tables.FRACTION_NOUNS))})(?![^\W\d_])", re.IGNORECASE
)


def day_month(text: str) -> str:
    """Day/month after a word of time; a fraction before "số"; "trên" in addresses and scores.

    >>> print(day_month("Sáng 1/4, trong các ngày 25 và 26/9; 2/3 số hộ; 3/4 diện tích; đạt 9/12 chỉ tiêu; "
    ...       "kiệt 12/3 Lê Lợi; xếp thứ 4/63 tỉnh; vòng 1/8; khoảng 1/3 dân; thứ 9/9 huyện"))
    Sáng ngày một tháng tư, trong các ngày 25 và ngày hai mươi sáu tháng chín; hai phần ba số hộ; ba
    phần tư diện tích; đạt chín trên mười hai chỉ tiêu; kiệt mười hai trên ba Lê Lợi; xếp thứ tư trên
    sáu mươi ba tỉnh; vòng một phần tám; khoảng một phần ba dân; thứ chín trên chín huyện
    """

    def dm(m: re.Match[str]) -> str:
        day, month = m.groups()
        s, pos = m.string, m.start()
        before = _last_char_before(s, pos)
        proper = 0 < int(day) < int(month) <= 10  # "khoảng 1/3" is a share; "đạt 9/12 chỉ tiêu" a count
        if (
            _FRACTION_AHEAD_RE.match(s, m.end())
            or _preceded_by(s, pos, _FRACTION_WORDS, 1)
            or (proper and _preceded_by(s, pos, _APPROX_WORDS, 2))
        ):
            return f"{read_number(day)} phần {_read_month(month)}"  # a quarter is "phần tư", as April is
        words = _prev_words(s, pos, 1)
        # "thứ 9/9", "thứ 4/63": a rank out of a total (a weekday before a date takes a comma or "ngày")
        right_after_thu = s[max(0, pos - 5) : pos].rstrip(" \t").lower().endswith("thứ")
        if words == ["thứ"] and (
            (right_after_thu and int(day) <= int(month)) or int(month) > 12 or _preceded_by(s, pos, _RANK_WORDS, 3)
        ):
            return f"{ordinal(int(day))} trên {read_number(month)}"
        if _preceded_by(s, pos, _ADDRESS_WORDS) or _preceded_by(s, pos, _QUANTITY_WORDS, 2):
            return f"{read_number(day)} trên {read_number(month)}"
        if _valid_day_month(day, month) and (
            _preceded_by(s, pos, _DATE_WORDS, 2) or before in ("", "\n", "(", ",", ":", "-", "–")
        ):
            return f"{_day_words(s, pos, day)} tháng {_read_month(month)}"
        if _valid_day_month(day, month) and not _preceded_by(s, pos, _DOC_WORDS, 2):
            return f"{_day_words(s, pos, day)} tháng {_read_month(month)}"
        return f"{read_number(day)} trên {read_number(month)}"

    return _DAY_MONTH_RE.sub(dm, text)


# ------------------------------------------------------------------------------------------------------------
# 8. Roman numerals and ordinals
# ------------------------------------------------------------------------------------------------------------
def _keyword_alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ROMAN = r"[IVXLC]{1,7}"
_ROMAN_KEYS = tables.ROMAN_CARDINAL_KEYWORDS + tables.ROMAN_ORDINAL_KEYWORDS + tables.ROMAN_RANK_KEYWORDS
_ROMAN_LIST = rf"{_ROMAN}(?:(?:[ \t]*[,–-][ \t]*|[ \t]+(?:và|đến|hoặc)[ \t]+){_ROMAN})*"
# Roman numerals are rare capitals, so find them first and only then look back for a keyword.
_ROMAN_TOKEN_RE = re.compile(rf"(?=[IVXLC])(?<![^\W_])({_ROMAN_LIST})(?:/(\d{{4}}))?(?![\w])")
_ROMAN_KEYWORD_BEFORE_RE = re.compile(
    rf"(?<!\w)({_keyword_alternation(_ROMAN_KEYS)})([ \t]+)$", re.IGNORECASE
)
_ORDINAL_KEYS = frozenset(tables.ROMAN_ORDINAL_KEYWORDS)
#: A lone C or L names a grade or a size ("gạo loại C", "Vitamin C"); nobody writes 100 or 50 that way.
_LETTER_NOT_ROMAN = frozenset({"C", "L"})
_RANK_KEYS = frozenset(tables.ROMAN_RANK_KEYWORDS)


def roman_numerals(text: str) -> str:
    """Roman numerals only after a keyword (quý, khóa, Đại hội, lần thứ, thế kỷ, Chương, hạng …).

    >>> print(roman_numerals("quý III/2021, khóa XV, lần thứ XVI, thế kỷ XIX, "
    ...                      "hạng I và hạng II, Chương II và III, báo động III, gạo loại C"))
    quý ba năm 2021, khóa mười lăm, lần thứ mười sáu, thế kỷ mười chín, hạng nhất và hạng nhì, Chương
    hai và ba, báo động ba, gạo loại C
    """

    def roman(m: re.Match[str]) -> str:
        numerals, year = m.groups()
        if numerals in _LETTER_NOT_ROMAN:
            return m.group()
        head = m.string[max(0, m.start() - 30) : m.start()]
        before = _ROMAN_KEYWORD_BEFORE_RE.search(head)
        if not before:
            return m.group()
        key = before.group(1).lower()
        read = rank if key in _RANK_KEYS else ordinal if key in _ORDINAL_KEYS else read_int

        def one(r: re.Match[str]) -> str:
            value = roman_to_int(r.group())
            return read(value) if value else r.group()

        spoken = re.sub(_ROMAN, one, numerals)
        spoken = re.sub(r"[ \t]*[–-][ \t]*", " đến ", spoken)
        if spoken == numerals:
            return m.group()
        return f"{spoken} năm {year}" if year else spoken

    return _ROMAN_TOKEN_RE.sub(roman, text)


_ORDINAL_RE = re.compile(r"(thứ|Thứ|THỨ|hạng|Hạng|HẠNG|giải|Giải|GIẢI)([ \t]+)(\d{1,3})(?![\w/]|[.,]\d)")


def ordinals(text: str) -> str:
    """After "thứ": 1 is "nhất" and 4 is "tư" (weekday "thứ 2" stays "thứ hai"); prizes and ranks say "nhì".

    >>> ordinals("lần thứ 1, đứng thứ 4, vào thứ 2; Huân chương hạng 2, xếp hạng 3")
    'lần thứ nhất, đứng thứ tư, vào thứ hai; Huân chương hạng nhì, xếp hạng ba'
    """

    def one(m: re.Match[str]) -> str:
        word, space, number = m.groups()
        if m.start() and m.string[m.start() - 1].isalnum():
            return m.group()
        value = int(number)
        if word.lower() == "thứ":
            return f"{word}{space}{ordinal(value)}"
        if _prev_words(m.string, m.start(), 1) == ["xếp"]:
            return f"{word}{space}{read_int(value)}"
        return f"{word}{space}{rank(value)}"

    return _ORDINAL_RE.sub(one, text)


# ------------------------------------------------------------------------------------------------------------
# 9. units, currency, percent
# ------------------------------------------------------------------------------------------------------------
_UNIT_KEYS = [k for k in tables.UNITS if k not in {"h", "ph", "s"}]
_NUMBER = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)"
_UNITS_RE = re.compile(
    _DIGIT_FIRST
    + rf"(?<![\w.,])({_NUMBER})([ \t]?)({_SCALE}[ \t]+)?({_alternation(_UNIT_KEYS)})"  # "120/80 mmHg"
    + r"(?:(?<=\dm)(\d{1,2}))?(?![\w²³])"  # a height "1m70", "1m5" is one metre seventy, one metre five
)
_HEIGHT_WORDS = frozenset(tables.HEIGHT_CONTEXT_WORDS)
#: After a slash "s", "h" and "ph" are units too ("m³/s", "vòng/ph"); before one they are not.
_PER_UNIT_KEYS = _alternation([k for k in tables.UNITS if k[0].isalpha()])
_SLASH_UNIT_RE = re.compile(
    rf"/(?<=[^\s/]/)({_PER_UNIT_KEYS})(?![\w²³])"
)
_PREFIX_CURRENCY_RE = re.compile(
    _led_by(list(tables.PREFIX_CURRENCY))
    + rf"(?<![\w.,])({_alternation(list(tables.PREFIX_CURRENCY))})[ \t]?(\d++(?:[.,]\d++)*+)((?:[ \t]+{_SCALE})?+)"
    + r"(?![ \t]*(?:đồng|VNĐ|VND|đ)(?!\w))"  # "USD 1 = 23.000 đồng": a rate, not a price in dollars
)
_MINUS_RE = re.compile(r"(?=[-−–])(?<![\w.,])[-−–](?=\d[\d.,]*[ \t]?(?:°|độ|%))")


def units(text: str) -> str:
    """Units, currencies and percent after a number, and after a slash ("đồng/m2").

    >>> print(units("35,5 km, 26 m, 45 m2, 15.000đ, 1,2 tỷ USD, 65,3%, 50 MW, 75 triệu kWh, 60 km/h, "
    ...       "-5°C, $20, USD 100, cao 1m70, tăng trưởng -2,5%"))
    35,5 ki lô mét, 26 mét, 45 mét vuông, 15.000 đồng, 1,2 tỷ đô la Mỹ, 65,3 phần trăm, 50 mê ga oát, 75
    triệu ki lô oát giờ, 60 ki lô mét trên giờ, âm 5 độ xê, 20 đô la, 100 đô la Mỹ, cao 1 mét 70, tăng
    trưởng âm 2,5 phần trăm
    >>> print(units("trẻ em dưới 1m2, cao 1m5, giá 20 triệu đồng/1m2, mỗi 1m2"))
    trẻ em dưới 1 mét 2, cao 1 mét 5, giá 20 triệu đồng/1 mét vuông, mỗi 1 mét vuông
    """
    text = _MINUS_RE.sub("âm ", text)
    text = _PREFIX_CURRENCY_RE.sub(
        lambda m: f"{m.group(2)}{m.group(3)} {tables.PREFIX_CURRENCY[m.group(1)]}", text
    )

    def unit(m: re.Match[str]) -> str:
        number, space, scale, key, centimetres = m.groups()
        if key in ("m2", "m3") and number == "1" and not space and _mentions(m.string, m.start(), _HEIGHT_WORDS, 4):
            key, centimetres = "m", key[1]  # "trẻ em dưới 1m2": a height, one metre twenty
        return f"{number} {scale or ''}{tables.UNITS[key]}" + (f" {centimetres}" if centimetres else "")

    text = _UNITS_RE.sub(unit, text)
    return _SLASH_UNIT_RE.sub(lambda m: " trên " + tables.UNITS[m.group(1)], text)


# ------------------------------------------------------------------------------------------------------------
# 10. abbreviations, titles
# ------------------------------------------------------------------------------------------------------------
#: One scan for both: a road code or kilometre post before its number ("QL.1A", "Km 790"), and a one-letter
#: unit in an address, where a list of places puts it (after a comma, "tại", "ở": "…, P. Xuân Phú").
_PLACE_RE = re.compile(
    _led_by([*tables.NUMBER_PREFIXES, *tables.ADDRESS_UNITS])
    + rf"(?:(?<![\w.])({_alternation(list(tables.NUMBER_PREFIXES))})\.?[ \t]?(?=\d)"
    + r"|(?:(?<=[,;:] )|(?<=[,;:])|(?<=tại )|(?<=ở )|(?<=thuộc )|(?<=trú ))"
    + rf"({_alternation(list(tables.ADDRESS_UNITS))})\.[ \t]?(?=[{_UP}0-9])"
    + r"(?!Giám|Chủ|Trưởng|Bí thư|Tổng|Phó)"  # "P. Giám đốc" is a title (Phó), not a ward
    + rf"|(?:(?<=và )|(?<=hoặc ))({_alternation(list(tables.ADDRESS_UNITS))})\.[ \t]?(?=[0-9]))"  # "Q.1 và Q.3"
)


def places(text: str) -> str:
    """Road codes and kilometre posts before their number; one-letter units in an address.

    >>> print(places("số 24 Tố Hữu, P. Xuân Phú, Q.1 và Q.3; tại H. Phú Vang; ông H. cho biết; QL.1A, ĐH.5, Km 790"))
    số 24 Tố Hữu, phường Xuân Phú, quận 1 và quận 3; tại huyện Phú Vang; ông H. cho biết; Quốc lộ 1A, đường
    huyện 5, ki lô mét 790
    """
    return _PLACE_RE.sub(
        lambda m: (
            tables.NUMBER_PREFIXES[m.group(1)] if m.group(1) else tables.ADDRESS_UNITS[m.group(2) or m.group(3)]
        )
        + " ",
        text,
    )


_SINGLE_ABBR = {k: v for k, v in {**tables.ABBREVIATIONS, **tables.TITLES}.items() if " " not in k}
_MULTI_ABBR = {k: v for k, v in {**tables.ABBREVIATIONS, **tables.TITLES}.items() if " " in k}
_MULTI_ABBR_RE = re.compile(_led_by(list(_MULTI_ABBR)) + rf"(?<![\w])(?:{_alternation(list(_MULTI_ABBR))})(?![\w])")
_DOTTED = frozenset(tables.TITLES) | {"TP", "Tp", "tp"}
_PERSON_WORDS = frozenset(tables.PERSON_WORDS)
_SIGNATURE_RE = re.compile(
    rf"(?m)^({_alternation(list(tables.SIGNATURE_PREFIXES))})\.[ \t]*(?=[{_UP}]{{2}})"
)
_CHUNK_RE = re.compile(r"(?<![^\W_]|[.&/-])(?:[^\W_]|[.&/-])+")
_SEPARATOR_WORDS = {"-": ", ", "&": " và ", "/": ", ", ".": ", "}
_HAS_UPPER_RE = re.compile(f"[{_UP}]")
_CAPS_WORD_RE = re.compile(f"^[{_UP}]+$")
# A chunk with at least one capital; possessive runs keep the scan linear on long lower-case words.
# Character classes spelled out (Latin script), so each loop below is one class test per character.
_LOWER_ALNUM = re.escape("".join(c for c in map(chr, range(0x30, 0x1F00)) if c.isalnum() and not c.isupper()))
_CHUNK_CHARS = f"{_LOWER_ALNUM}{_UP}.&/-"
_CAPITAL_CHUNK_RE = re.compile(
    rf"(?<![{_CHUNK_CHARS}])[{_LOWER_ALNUM}.&/-]*+[{_UP}]"
    rf"(?:[{_LOWER_ALNUM}]*+[{_UP}.&/-]|(?![{_LOWER_ALNUM}{_UP}]))[{_CHUNK_CHARS}]*+"
)
_LOWER_KEYS_RE = re.compile(
    rf"({_alternation([k for k in _SINGLE_ABBR if not _CAPITAL_CHUNK_RE.fullmatch(k)])})"
    r"(\.?)(?![^\W_]|[&/-]|\.[^\W_])"
)
_SOMETHING_AHEAD_RE = re.compile(r"[ \t]*\S")
_CHUNK_SET = frozenset(_UP) | {c for c in map(chr, range(0x30, 0x1F00)) if c.isalnum()} | set(".&/-")
_ORDINARY_WORD_RE = re.compile(rf"[{_UP}][^\W\d_{_UP}]+$")


def _expand_chunk(chunk: str, caps_line: bool) -> str | None:
    """Spoken form of one space-delimited chunk, or None to leave it alone."""
    if chunk in _SINGLE_ABBR and not (caps_line and is_vietnamese_syllable(chunk)):
        return _SINGLE_ABBR[chunk]
    if _CAPS_WORD_RE.match(chunk):
        if is_vietnamese_syllable(chunk):
            return None
        if len(chunk) > 12:
            return None
        if roman_to_int(chunk) and len(chunk) > 1 and caps_line:
            return None
        return _spell(chunk)
    pieces = re.split(r"([-&/.])", chunk)
    if len(pieces) < 3 or any(not p for p in pieces[::2]):
        return None
    if set(pieces[1::2]) == {"."} and all(len(p) == 1 and p.isupper() for p in pieces[::2]):
        return _spell("".join(pieces[::2]))  # a person's initials, "anh N.V.A": one name, no pauses
    words = []
    expanded = False  # "Mỹ/người/năm" expands nothing: its slashes are for the slash rule ("trên")
    for i, piece in enumerate(pieces):
        if i % 2:
            left = pieces[i - 1]
            dotted_title = piece == "." and left in _DOTTED and pieces[i + 1] not in _DOTTED
            words.append(" " if dotted_title else _SEPARATOR_WORDS[piece])
        elif piece in _SINGLE_ABBR:
            words.append(_SINGLE_ABBR[piece])
            expanded = True
        elif _CAPS_WORD_RE.match(piece) and not is_vietnamese_syllable(piece):
            words.append(_spell(piece))
            expanded = True
        elif re.fullmatch(r"[^\W\d_]+", piece):
            words.append(piece)
        else:
            return None
    if not expanded and "/" in pieces:
        return None
    return "".join(words)


def _lower_key(m: re.Match[str]) -> str:
    """A key without a second capital ("Tp.", "đ/c"); its dot goes with it unless the line ends there."""
    key, dot = m.groups()
    before = m.string[m.start() - 1] if m.start() else ""
    if before in _CHUNK_SET and not before.isdigit():  # inside a longer word; after a digit it is its own ("0Cty")
        return m.group()
    if dot and (key not in _DOTTED or not _SOMETHING_AHEAD_RE.match(m.string, m.end())):
        return _SINGLE_ABBR[key] + dot
    return _SINGLE_ABBR[key]


def _is_caps_line(line: str) -> bool:
    if len(line) > 400:  # a heading is short
        return False
    words = _WORD_RE.findall(line)
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def abbreviations(text: str) -> str:
    """Known abbreviations and titles are expanded; unknown all-capital ones are spelled.

    >>> print(abbreviations("PGS.TS. Nguyễn Văn Hùng, Sở KH&ĐT, UBND TP. Huế, Đ/c Phương, KT-XH, IOC, anh "
    ...                     "N.V.A.\\nKT. CHỦ TỊCH"))
    Phó giáo sư, tiến sĩ Nguyễn Văn Hùng, Sở Kế hoạch và Đầu tư, Ủy ban nhân dân thành phố Huế, Đồng chí
    Phương, kinh tế, xã hội, i ô xê, anh nờ vê a.
    Ký thay CHỦ TỊCH
    """
    if not _HAS_UPPER_RE.search(text) and not _LOWER_KEYS_RE.search(text):
        return text
    text = _MULTI_ABBR_RE.sub(lambda m: _MULTI_ABBR[m.group()], text)
    if "." in text:
        text = _SIGNATURE_RE.sub(lambda m: tables.SIGNATURE_PREFIXES[m.group(1)] + " ", text)
    out = []
    for line in text.split("\n"):
        caps_line = _is_caps_line(line)

        def chunk(m: re.Match[str], caps_line: bool = caps_line) -> str:
            raw = m.group()
            if len(raw) > 1 and raw not in _SINGLE_ABBR and _ORDINARY_WORD_RE.match(raw):
                return raw  # "Huế", "Ngày": one capital, then small letters
            if any(c.isdigit() for c in raw):
                return raw
            body = raw.rstrip("./&-")
            core = body.lstrip("./&-")
            lead, trail = body[: len(body) - len(core)], raw[len(body) :]
            if not core:
                return raw
            if core in tables.CONTEXT_ABBREVIATIONS:
                reading, words = tables.CONTEXT_ABBREVIATIONS[core]
                if _preceded_by(m.string, m.start(), words, 2):
                    return lead + reading + trail
            spoken = _expand_chunk(core, caps_line)
            if spoken is None:
                return raw
            initial = len(core) == 1 and _preceded_by(m.string, m.start(), _PERSON_WORDS, 2)
            if trail.startswith(".") and (initial or core in _DOTTED or core.split(".")[-1] in _DOTTED):
                # the dot belongs to the abbreviation (or the initial), unless the line ends here
                at_end = not _SOMETHING_AHEAD_RE.match(m.string, m.end())
                trail = trail if at_end else trail[1:]
            return lead + spoken + trail

        line = _LOWER_KEYS_RE.sub(_lower_key, line)
        out.append(_CAPITAL_CHUNK_RE.sub(chunk, line))
    return "\n".join(out)


_ALNUM_RE = re.compile(rf"(?=[{_UP}0-9])(?<![{_UP}0-9])[{_UP}0-9]++(?![\w]|\.\d)")  # "PM2.5": numbers() reads it


_GLUE = _CHUNK_SET | set(",_")
_HAS_DIGIT_RE = re.compile(r"\d")


def alphanumerics(text: str) -> str:
    """Codes mixing capitals and digits: letters spelled (or expanded), digits read.

    >>> alphanumerics("F0, F1, H5N1, QH15, Quốc lộ 1A")
    'ép không, ép một, hát năm nờ một, Quốc hội mười lăm, Quốc lộ một a'
    """

    def mixed(m: re.Match[str]) -> str:
        token, start = m.group(), m.start()
        if (start and m.string[start - 1] in _GLUE) or token.isdigit() or not _HAS_DIGIT_RE.search(token):
            return token
        words = []
        for run in re.findall(r"\d+|\D+", m.group()):
            if run.isdigit():
                words.append(read_digits(run) if len(run) > 1 and run[0] == "0" else read_number(run))  # "A00"
            elif run in tables.ABBREVIATIONS:
                words.append(tables.ABBREVIATIONS[run])
            else:
                words.append(_spell(run))
        return " ".join(words)

    return _ALNUM_RE.sub(mixed, text)


# ------------------------------------------------------------------------------------------------------------
# 11. slashes
# ------------------------------------------------------------------------------------------------------------
_SLASH_RE = re.compile(r"[ \t]*/[ \t]*")
#: A number and a unit already spoken ("1,5 triệu ki lô oát giờ"): a quantity, however many words its unit took.
_SPOKEN_QUANTITY_END_RE = re.compile(
    rf"\d[ \t]+(?:{_SCALE}[ \t]+)?(?:{_alternation(sorted(set(tables.UNITS.values())))})$"
)
_PER_WORDS = frozenset(tables.PER_WORDS)
_PER_TIME_WORDS = frozenset(tables.PER_TIME_WORDS)


def slashes(text: str) -> str:
    """A slash after a quantity is "trên" (per), between numbers "trên", between plain words a pause.

    >>> print(slashes("200.000 đồng/người, 15.000 đồng/học sinh/ngày, 62,5 tạ/ha, 86/3 Nguyễn Sinh "
    ...       "Cung, xã/phường, 1,5 triệu ki lô oát giờ/tháng"))
    200.000 đồng trên người, 15.000 đồng trên học sinh trên ngày, 62,5 tạ trên héc ta, 86 trên 3 Nguyễn
    Sinh Cung, xã, phường, 1,5 triệu ki lô oát giờ trên tháng
    """
    if "/" not in text:
        return text
    out: list[str] = []
    last = 0
    rate_until = -1  # a "per" chain continues while the next slash follows within two words
    for m in _SLASH_RE.finditer(text):
        left = text[max(0, m.start() - 40) : m.start()]
        right = text[m.end() : m.end() + 20]
        tokens = left.split()
        near = tokens[-4:]
        right_word = _WORD_RE.match(right)
        is_rate = (
            (left[-1:].isdigit() and right[:1].isdigit())
            or any(t[:1].isdigit() for t in near)
            or _SPOKEN_QUANTITY_END_RE.search(left) is not None  # "… ki lô oát giờ/tháng"
            or (
                rate_until >= 0
                and len(between := text[rate_until : m.start()].split()) <= 2
                and not any(c in ",;:" for w in between for c in w)  # a new clause starts a new chain
            )
            or (
                right_word is not None
                and right_word.group() in _PER_WORDS
                and bool(left_words := _WORD_RE.findall(left[-12:]))
                and left_words[-1].lower() not in _PER_TIME_WORDS  # "Ngày/tháng/năm sinh" is a label
            )
            or (right[:1].isdigit() and len(near[-1:][0] if near else "") == 1)  # "14A/2": a house number
        )
        out.append(text[last : m.start()])
        if is_rate:
            unit = re.match(rf"({_PER_UNIT_KEYS})(?![\w²³])", right)
            if unit and not right[:1].isdigit():
                out.append(" trên " + tables.UNITS[unit.group(1)])
                last = m.end() + unit.end()
                rate_until = last
                continue
            out.append(" trên ")
            rate_until = m.end()
        else:
            out.append(", " if left[-1:].isalpha() and right[:1].isalpha() else " ")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# ------------------------------------------------------------------------------------------------------------
# 12. numbers
# ------------------------------------------------------------------------------------------------------------
#: "1.234.567,5"; and, read the same way, English grouping "1,000,000" / "1,234.5" (commas that group
#: thousands twice, or before a decimal point: a Vietnamese decimal comma never does either).
_THOUSANDS_RE = re.compile(
    _DIGIT_FIRST
    + r"(?<![\w.,])(?:(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?"
    + r"|(\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\.\d))(?:\.(\d+))?)(?![\w]|[.,]\d)"
)
_DECIMAL_RE = re.compile(_DIGIT_FIRST + r"(?<![\w.,])(\d+),(\d+)(?![\w]|[.,]\d)")
_DOTTED_RE = re.compile(_DIGIT_FIRST + r"(?<![\w.,])(\d+)((?:\.\d+)+)(?![\w]|[.,]\d)")
_INTEGER_RE = re.compile(_DIGIT_FIRST + r"(?<!\d)\d+(?!\d)")
#: A dotted number glued to a code's letters ("PM2.5", "v1.2"): a point, never a thousands dot.
_CODE_POINT_RE = re.compile(_DIGIT_FIRST + r"(?<=[^\W\d_])(\d+)\.(\d{1,2})(?![\w]|[.,]\d)")
#: After a number with one dot and one or two digits, a scale word makes the dot a decimal point ("3.5 tỷ").
_SCALE_AHEAD_RE = re.compile(rf"[ \t]?(?:{_SCALE}|phần trăm)(?![\w])")


def _read_plain(digits: str) -> str:
    if len(digits) >= 4 and digits.startswith("0"):
        return read_digits(digits)
    return read_number(digits)


def numbers(text: str) -> str:
    """Numbers: "." groups thousands, "," is the decimal mark, leading zeros are silent.

    A dot before one or two digits and a scale word is a decimal point ("3.5 tỷ"), and commas that group
    thousands twice are English grouping ("1,000,000").

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
        return read_decimal(integer, fraction) if fraction else read_number(integer)

    def dotted(m: re.Match[str]) -> str:
        parts = m.group(2)[1:].split(".")
        if len(parts) == 1 and len(parts[0]) <= 2 and _SCALE_AHEAD_RE.match(m.string, m.end()):
            return read_decimal(m.group(1), parts[0])  # "3.5 tỷ": a decimal point before a scale word
        return " chấm ".join([read_number(m.group(1))] + [read_fraction_digits(p) for p in parts])

    def integer(m: re.Match[str]) -> str:
        digits, s = m.group(), m.string
        if len(digits) >= 2 and digits[0] == "0" and m.start() > 0 and s[m.start() - 1].isalpha():
            return _padded(m, read_digits(digits))  # a code's zeros are read: "khối A00", "D01"
        return _padded(m, _read_plain(digits))

    text = _THOUSANDS_RE.sub(thousands, text)
    text = _DECIMAL_RE.sub(lambda m: read_decimal(m.group(1), m.group(2)), text)
    text = _DOTTED_RE.sub(dotted, text)
    text = _CODE_POINT_RE.sub(
        lambda m: _padded(m, f"{read_number(m.group(1))} chấm {read_fraction_digits(m.group(2))}"), text
    )
    return _INTEGER_RE.sub(integer, text)


def _padded(m: re.Match[str], words: str) -> str:
    """``words`` in place of the match, spaced where it would touch a letter ("lớp10A" → "lớp mười A")."""
    s = m.string
    before = " " if m.start() > 0 and s[m.start() - 1].isalnum() else ""
    after = " " if m.end() < len(s) and s[m.end()].isalnum() else ""
    return f"{before}{words}{after}"


# ------------------------------------------------------------------------------------------------------------
# 13. symbols, dashes, punctuation
# ------------------------------------------------------------------------------------------------------------
_SYMBOLS_RE = re.compile("|".join(re.escape(k) for k in tables.SYMBOL_WORDS))


def symbols(text: str) -> str:
    """Symbols with a meaning are read; the rest are never spoken raw.

    >>> symbols("Nam & nữ, 5 + 3 = 8, nhiệt độ ≥ 30")
    'Nam và nữ, 5 cộng 3 bằng 8, nhiệt độ lớn hơn hoặc bằng 30'
    """
    text = _SYMBOLS_RE.sub(lambda m: _spaced(tables.SYMBOL_WORDS[m.group()]), text)
    return text.replace("%", " phần trăm ").replace("‰", " phần nghìn ").replace("°", " độ ")


_SPACED_DASH_RE = re.compile(r"(?=[-–—―‒−])(?:(?<=[ \t])[-–—―‒−]++[ \t]+|[–—―]++|(?<=\w)-{2,}+(?=\w))")
_HYPHEN_RE = re.compile(r"-(?<=\w-)(?=\w)")


def dashes(text: str) -> str:
    """A spaced dash is a pause; a hyphen inside a compound is a space.

    >>> dashes("Mặt trận – nòng cốt là Hội Cựu chiến binh – đã phát huy; chính trị - xã hội; Việt-Lào")
    'Mặt trận, nòng cốt là Hội Cựu chiến binh, đã phát huy; chính trị, xã hội; Việt Lào'
    """
    text = _SPACED_DASH_RE.sub(", ", text).replace(" , ", ", ")
    return _HYPHEN_RE.sub(" ", text)


_KEEP_RE = re.compile(r"[^\w\s.,;:?!…]")


def punctuation(text: str) -> str:
    """Only letters, spaces and pause punctuation remain, tidied so a second pass changes nothing.

    >>> punctuation(" , Xin chào ,, các bạn ... * Hết . ")
    'Xin chào, các bạn… Hết.'
    """
    text = _KEEP_RE.sub(" ", text.replace("_", " "))
    if ".." in text:
        text = re.sub(r"\.{2,}", ".", text.replace("...", "…"))
    if "  " in text or "\t" in text:
        text = re.sub(r"[ \t]{2,}|\t", " ", text)
    text = re.sub(r" +(?=[.,;:?!…])", "", text)
    # a run of pause marks keeps its strongest one
    text = re.sub(r"[.,;:?!…]{2,}", _strongest, text)
    text = re.sub(r"([.,;:?!])(?=[^\W\d_])", r"\1 ", text)
    text = re.sub(r"(?m)^[ ,;:.]+", "", text.replace(" \n", "\n"))
    return text.strip(" ,;:\n")


_STRENGTH = {",": 1, ":": 2, ";": 3, "…": 4, ".": 5, "!": 6, "?": 6}


def _strongest(m: re.Match[str]) -> str:
    return max(m.group(), key=lambda c: _STRENGTH.get(c, 0))


_LONE_CAPITAL_RE = re.compile(rf"[{_UP}](?![^\W\d_{_UP}])")


def capitals_uncovered(text: str) -> str:
    """Removing symbols and digits can uncover a capital ("©B" → "B"); read those too, then tidy again.

    >>> capitals_uncovered("Điểm B")
    'Điểm bê'
    """
    if not _LONE_CAPITAL_RE.search(text):  # every capital already starts an ordinary word ("Huế")
        return text
    read = abbreviations(text)
    return punctuation(read) if read != text else text


def leftover_digits(text: str) -> str:
    """Last guard: no digit of any script survives (each is read on its own).

    >>> leftover_digits("mã ٣")
    'mã  ba '
    """
    if not re.search(r"\d", text):
        return text
    return re.sub(r"\d", lambda m: _spaced(DIGITS[unicodedata.digit(m.group(), 0)]), text)


#: The pipeline, in order.  Each item is a named ``str -> str`` function with examples in its docstring.
RULES: tuple[Rule, ...] = (
    unicode_and_spaces,
    urls_and_emails,
    fixed_expressions,
    loanwords,
    quotes,
    list_markers,
    brackets,
    document_codes,
    phone_numbers,
    dash_dates,
    year_spans,
    ranges,
    dates_full,
    times,
    month_year,
    day_month,
    roman_numerals,
    ordinals,
    units,
    places,
    abbreviations,
    alphanumerics,
    slashes,
    numbers,
    symbols,
    dashes,
    leftover_digits,
    punctuation,
    capitals_uncovered,
)
