"""Abbreviations a text defines itself: "giải phóng mặt bằng (GPMB)" makes every "GPMB" of that text read so."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from contextvars import ContextVar
from types import MappingProxyType

from .. import tables
from .common import UPPER, fold, is_vietnamese_syllable, spell

#: An abbreviation in brackets; the name it abbreviates is looked for in the words right before. A capital may keep
#: the small letter of its syllable's two-letter onset ("huyết áp tâm trương (HATTr)": Tr; Ch, Kh, Ng, Nh, Ph, Th).
_LETTERS = rf"[{UPPER}](?:[{UPPER}&-]|(?<=[CKNPT])h|(?<=T)r|(?<=N)g){{1,11}}"
_BRACKETED_RE = re.compile(rf"\([ \t]*({_LETTERS})[ \t]*\)")
_SPACED_BRACKETED_RE = re.compile(r"[ \t]*" + _BRACKETED_RE.pattern)
#: The same with the name's head noun before the letters: "Cục Quản lý cạnh tranh (Cục QLCT)".
_HEADED_BRACKETED_RE = re.compile(
    rf"[ \t]*\([ \t]*([{UPPER}][^\W\d_{UPPER}]+)[ \t]+([{UPPER}][{UPPER}&-]{{1,11}})[ \t]*\)"
)
#: The same letters with the name's English in the brackets too, before or after them, set off by a dash, a comma or a
#: slash: "Cử Tri Đoàn (CTĐ/Electoral College)", "Cử Tri Đoàn (Electoral College, CTĐ)".
_GLOSSED_RE = re.compile(
    rf"\((?:([^()\d/]{{3,80}}?)[ \t]*[-–,;:/][ \t]*({_LETTERS})"
    rf"|[ \t]*({_LETTERS})[ \t]*[-–,;:/][ \t]*([^()\d/]{{3,80}}?))[ \t]*\)"
)


def _glossed(m: re.Match[str]) -> tuple[str, str] | None:
    """The letters and the English name of a glossed bracket; None when the other part is no English name."""
    key, gloss = (m[2], m[1]) if m[2] else (m[3], m[4])
    return (key, gloss) if _foreign(gloss) and any(c.islower() for c in gloss) else None
#: The reverse form: an abbreviation, then its name in brackets ("tổ CNSCĐ (công nghệ số cộng đồng)").
_EXPLAINED_RE = re.compile(rf"(?<![\w&/.-])([{UPPER}][{UPPER}&-]{{1,11}})[ \t]*\([ \t]*([^()\d]{{3,120}}?)[ \t]*\)")
#: Where a name cannot reach back past.
_CLAUSE_END_RE = re.compile(r".*[.;:!?()\[\]\n]", re.DOTALL)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: Words a writer leaves out of an abbreviation ("Văn hóa, Thể thao và Du lịch (VHTTDL)").
_SKIPPABLE = frozenset({"và", "của", "các"})


def initial(word: str) -> str:
    """The letter a word gives its abbreviation, without tone or hat: "Ủy" → "u", "Đồng" → "đ"."""
    first = word[0].lower()
    return first if first == "đ" else unicodedata.normalize("NFD", first)[0]


#: One letter of an abbreviation: a capital with the small letter of a two-letter onset ("Tr"), or "&".
_LETTER_RE = re.compile(r"[^\W\d_](?:(?<=[CKNPT])h|(?<=T)r|(?<=N)g)?|&")


def _letters(abbreviation: str) -> list[str]:
    """ "KT-XH" → k t x h; "KH&ĐT" → k h & đ t (the ampersand stands for "và"); "HATTr" → h a t tr."""
    return [
        initial(c) if len(c) == 1 and c != "&" else c.lower() for c in _LETTER_RE.findall(abbreviation)
    ]


def _defining_words(text: str, abbreviation: str) -> str | None:
    """The shortest run of words ending ``text`` whose initials spell ``abbreviation``, as written there."""
    spans = list(_WORD_RE.finditer(text))
    letters = _letters(abbreviation)
    i, j = len(letters) - 1, len(spans) - 1
    while i >= 0 and j >= 0:
        word = spans[j].group().lower()
        if (
            (letters[i] == "&" and word == "và")
            or (len(letters[i]) > 1 and word.startswith(letters[i]))
            or (letters[i] != "&" and (initial(word) == letters[i] or (letters[i] == "d" and initial(word) == "đ")))
        ):
            i, j = i - 1, j - 1
        elif word in _SKIPPABLE and j < len(spans) - 1:
            j -= 1
        else:
            return None
    if i >= 0:
        return None
    return text[spans[j + 1].start() :].strip(" \t,–-")


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause before ``pos``, at most 160 characters back, where a name cannot reach past."""
    before = text[max(0, pos - 160) : pos]
    if clause := _CLAUSE_END_RE.match(before):
        before = before[clause.end() :]
    return before


def _same_words(a: str, b: str) -> bool:
    """The same words but for tone marks and punctuation: "Ủy ban Thường vụ" and "Uỷ ban thương vụ"."""
    return [fold(w) for w in _WORD_RE.findall(a)] == [fold(w) for w in _WORD_RE.findall(b)]


#: What the rest of the article defines (set by ``normalize(..., defined=...)`` for one call): a paragraph reads an
#: abbreviation its article defined in another paragraph as that definition, unless it defines the letters itself.
ARTICLE_DEFINITIONS: ContextVar[Mapping[str, str]] = ContextVar(
    "article_definitions", default=MappingProxyType({})
)


#: The short form a text names for itself: "(gọi tắt là Chỉ số CCHC)", "(sau đây gọi tắt là nhiễm khuẩn bệnh viện –
#: NKBV)", "(viết tắt là UBND)", "(viết tắt: UBND)"; up to four words may stand between "là" and the letters, no
#: pause ("Cách viết tắt này được Bộ GD&ĐT hướng dẫn" names no short form).
_SHORT_FORM_RE = re.compile(
    r"(?<![\w])((?:[Gg]ọi|[Vv]iết)[ \t]+tắt(?:[ \t]+là[ \t]*:?|[ \t]*:)[ \t]+"
    r"(?:[^\W\d_]+[ \t]+){0,4}?(?:[-–][ \t]*)?)"
    rf"([{UPPER}][{UPPER}&]{{1,11}})(?![\w&-])"
)


def short_form_letters(text: str) -> str:
    """The letters a text names as its short form ("gọi tắt là …") are said as letters: read as the name they stand
    for they would only repeat it.

    Only letters a table would read as a name: a firm's name said as a word ("tên viết tắt là MICCO") or a name in
    capitals ("gọi tắt là CÔNG TY DƯỢC") is left to the other rules.

    >>> short_form_letters("Chỉ số cải cách hành chính (gọi tắt là Chỉ số CCHC); các CCHC")
    'Chỉ số cải cách hành chính (gọi tắt là Chỉ số xê xê hát xê); các CCHC'
    >>> short_form_letters("(tên viết tắt là MICCO Thái Bình), (gọi tắt là CÔNG TY DƯỢC)")
    '(tên viết tắt là MICCO Thái Bình), (gọi tắt là CÔNG TY DƯỢC)'
    """
    if "tắt" not in text:
        return text

    def letters(m: re.Match[str]) -> str:
        if m[2] not in tables.ABBREVIATIONS and m[2] not in tables.ABBREVIATIONS_MINED:
            return m.group()
        return m[1] + spell(m[2])

    return _SHORT_FORM_RE.sub(letters, text)


def defined_abbreviations(text: str) -> str:
    """An abbreviation the text defines in brackets is read as its definition, there and wherever it recurs.

    The definition wins over the tables: in a text that writes "miền núi (MN)", "MN" is not "mầm non".

    >>> print(defined_abbreviations("vùng đồng bào dân tộc thiểu số (ĐBDTTS) và miền núi (MN); các xã MN; "
    ...                             "Chương trình (CT) 135; CT 135; Viện (ICAP)"))
    vùng đồng bào dân tộc thiểu số và miền núi; các xã miền núi; Chương trình 135; Chương trình 135; Viện (ICAP)
    >>> print(defined_abbreviations("Sở Văn hóa và Gia đình (VH&GĐ), Ban quản lý rừng đặc dụng (BQLRĐD); VH&GĐ"))
    Sở Văn hóa và Gia đình, Ban quản lý rừng đặc dụng; Văn hóa và Gia đình
    >>> defined_abbreviations("Ủy ban nhân dân (UBND); Uỷ ban thương vụ Quốc hội (UBTVQH)")  # said once each
    'Ủy ban nhân dân; Uỷ ban thương vụ Quốc hội'
    """
    text = _named_before(short_form_letters(text))
    defined = definitions(text)
    if elsewhere := ARTICLE_DEFINITIONS.get():
        defined = {key: words for key, words in elsewhere.items() if key in text} | defined
    text = _said_before(text)
    if not defined:
        return text
    keys = "|".join(re.escape(k) for k in sorted(defined, key=len, reverse=True))
    use_re = re.compile(rf"(?<![\w&/.-])({keys})(?![\w&/-]|\.\w)")
    return use_re.sub(lambda m: defined[m.group(1)], text)


def definitions(text: str) -> dict[str, str]:
    """The abbreviations ``text`` defines in brackets that no table already reads so, with their definitions.

    >>> definitions("giải phóng mặt bằng (GPMB), miền núi (MN), Tập đoàn Điện lực Việt Nam (EVN)")
    {'MN': 'miền núi'}
    >>> definitions("tổ CNTTX (công nghệ thông tin xã), BCĐ (Ban Chỉ đạo), SXKD (năm 2024), TCCĐ (công đoàn)")
    {'CNTTX': 'công nghệ thông tin xã'}
    """
    if "(" not in text:
        return {}
    found: list[tuple[int, str, str | None]] = []
    for m in _BRACKETED_RE.finditer(text):
        found.append((m.start(), m.group(1), _defining_words(_clause_before(text, m.start()), m.group(1))))
    for m in _GLOSSED_RE.finditer(text):
        if glossed := _glossed(m):
            key = glossed[0]
            found.append((m.start(), key, _defining_words(_clause_before(text, m.start()), key)))
    for m in _EXPLAINED_RE.finditer(text):
        name = m.group(2)
        words = _defining_words(name, m.group(1))
        found.append((m.start(), m.group(1), words if words == name.strip(" \t,–-") else None))
    defined: dict[str, str] = {}
    for _, key, words in sorted(found):
        if not words or key in defined or _same_words(tables.ABBREVIATIONS.get(key, ""), words):
            continue  # a table already reads it so (and knows its spelling: "Uỷ ban thương vụ" is a typo)
        if _foreign(words):
            continue  # "Air Quality Index (AQI)": an announcer says the letters, not the English name, each time
        defined[key] = words
    return defined


def _foreign(words: str) -> bool:
    """A name written in another language: no Vietnamese letter and most words no Vietnamese syllable.

    >>> _foreign("Air Quality Index"), _foreign("giải phóng mặt bằng"), _foreign("Ban Chi dao")
    (True, False, False)
    """
    found = _WORD_RE.findall(words)
    return words.isascii() and 2 * sum(not is_vietnamese_syllable(w) for w in found) > len(found)


def _named_before(text: str) -> str:
    """A known acronym in brackets after a different name of the same body is that name's letters, not the table's.

    >>> _named_before("Tổ chức Y tế Liên Hợp Quốc (WHO); Tổ chức Y tế Thế giới (WHO)")
    'Tổ chức Y tế Liên Hợp Quốc (vê kép hát ô); Tổ chức Y tế Thế giới (WHO)'
    >>> _named_before("Ngân hàng Nhà nước Việt Nam (NHNN)")
    'Ngân hàng Nhà nước Việt Nam (NHNN)'
    """
    if "(" not in text:
        return text

    def letters(m: re.Match[str]) -> str:
        reading = tables.ABBREVIATIONS.get(m.group(1), "")
        head = reading.split()[:2]
        if len(head) < 2 or not head[0][:1].isupper():
            return m.group()
        if _unrelated_short_title(text, m, reading):
            return f"({spell(m.group(1))})"  # "chụp cắt lớp vi tính (CT)": the scan's letters, no Chủ tịch
        if _misspelt_reading_before(_clause_before(text, m.start()), reading):
            return f"({spell(m.group(1))})"  # "tổ chức y tế thế gới (WHO)": the name was said, typo and all
        before = text[: m.start()]
        clause = before[_CLAUSE_END_RE.match(before).end() if _CLAUSE_END_RE.match(before) else 0 :]
        at = clause.rfind(" ".join(head))
        if at < 0:
            return m.group()
        name = clause[at:]
        words = _WORD_RE.findall(name)
        own = [fold(w) for w in words[: len(_WORD_RE.findall(reading))]] == [fold(w) for w in _WORD_RE.findall(reading)]
        if own or len(words) < 3 or not words[2][0].isupper():
            return m.group()  # its own name, maybe with its country ("Ngân hàng Nhà nước Việt Nam (NHNN)"), or no name
        return f"({spell(m.group(1))})"

    return _BRACKETED_RE.sub(letters, text)


def _misspelt_reading_before(clause: str, reading: str) -> bool:
    """The clause ends with the table's name of three words or more but for one word misspelt (a letter left out,
    added or changed): the writer said the name already, so the brackets are not the name again.

    >>> _misspelt_reading_before("Theo tổ chức y tế thế gới", "Tổ chức Y tế Thế giới")
    True
    >>> _misspelt_reading_before("Theo Tổ chức Y tế Thế giới", "Tổ chức Y tế Thế giới")  # the same name: dropped
    False
    >>> _misspelt_reading_before("Theo Tổ chức Nông nghiệp Thế giới", "Tổ chức Y tế Thế giới")
    False
    """
    name = [fold(w) for w in _WORD_RE.findall(reading)]
    words = [fold(w) for w in _WORD_RE.findall(clause)][-len(name) :]
    if len(name) < 3 or len(words) < len(name):
        return False
    differ = [(a, b) for a, b in zip(words, name, strict=True) if a != b]
    return len(differ) == 1 and differ[0][0][:1] == differ[0][1][:1] and _one_edit(*differ[0])


def _one_edit(a: str, b: str) -> bool:
    """One letter left out, added or changed: "goi" and "gioi", "gioi" and "giai"; not "the" and "thu" and "y"."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 2:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


#: A lower-case word right before the brackets: a common noun's phrase ("chụp cắt lớp vi tính (CT)").
_LOWER_WORD_BEFORE_RE = re.compile(rf"(?<![\w])[^\W\d_{UPPER}]+[ \t]*$")


def _unrelated_short_title(text: str, m: re.Match[str], reading: str) -> bool:
    """Two or three letters in brackets after a common noun's phrase whose initials they are not, where the table
    reads them as a name none of whose words the clause holds: a foreign term's letters ("(CT)" after "chụp cắt lớp
    vi tính" is no Chủ tịch).

    >>> import re
    >>> t = "chụp cắt lớp vi tính (CT) đếm; Chủ tịch xã (CT); chính quyền (UBND)"
    >>> [_unrelated_short_title(t, m, tables.ABBREVIATIONS[m[1]]) for m in _BRACKETED_RE.finditer(t)]
    [True, False, False]
    """
    clause = _clause_before(m.string, m.start())
    if len(m.group(1)) > 3 or not _LOWER_WORD_BEFORE_RE.search(clause) or _defining_words(clause, m.group(1)):
        return False
    said = {fold(w) for w in _WORD_RE.findall(clause)}
    return not any(fold(w) in said for w in _WORD_RE.findall(reading))


def _ends_with_reading(clause: str, key: str) -> bool:
    """The clause ends with the name a table reads the key as: "Liên minh châu Âu (EU)", "Tổ chức Y tế Thế giới (WHO)".

    >>> _ends_with_reading("thành viên Liên minh châu Âu", "EU"), _ends_with_reading("thành viên", "EU")
    (True, False)
    """
    reading = _WORD_RE.findall(tables.ABBREVIATIONS.get(key, ""))
    words = _WORD_RE.findall(clause)
    return len(reading) >= 2 and [fold(w) for w in words[-len(reading) :]] == [fold(w) for w in reading]


def _said_before(text: str) -> str:
    """An abbreviation in brackets right after the words it stands for is not said again.

    >>> _said_before("Bảo hiểm xã hội (BHXH) tỉnh; Hội đồng nhân dân huyện (HĐND); Viện (ICAP); Liên minh châu Âu (EU)")
    'Bảo hiểm xã hội tỉnh; Hội đồng nhân dân huyện (HĐND); Viện (ICAP); Liên minh châu Âu'
    >>> _said_before("Cử Tri Đoàn (CTĐ/Electoral College); Cử Tri Đoàn (Electoral College, CTĐ); Hội (CTĐ - Red)")
    'Cử Tri Đoàn (xê tê đê/Electoral College); Cử Tri Đoàn (Electoral College, xê tê đê); Hội (CTĐ - Red)'
    >>> _said_before("Cục Quản lý cạnh tranh (Cục QLCT), Bộ Công Thương; Sở Quản lý cạnh tranh (Cục QLCT)")
    'Cục Quản lý cạnh tranh, Bộ Công Thương; Sở Quản lý cạnh tranh (Cục QLCT)'
    """
    if "(" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        clause = _clause_before(text, m.start())
        if _defining_words(clause, m.group(1)) or _ends_with_reading(clause, m.group(1)):
            return ""
        return m.group()

    def drop_headed(m: re.Match[str]) -> str:
        clause = _clause_before(text, m.start()).rstrip(" \t,–-")
        words = _defining_words(clause, m.group(2))
        head = clause[: len(clause) - len(words)].split()[-1:] if words else []
        return "" if head and fold(head[0]) == fold(m.group(1)) else m.group()

    def drop_glossed(m: re.Match[str]) -> str:
        glossed = _glossed(m)
        if not glossed or not _defining_words(_clause_before(text, m.start()), glossed[0]):
            return m.group()
        return m.group().replace(glossed[0], spell(glossed[0]), 1)  # said as the writer lists them, no Chữ thập đỏ

    text = _SPACED_BRACKETED_RE.sub(drop, text)
    if "(" in text and any(c in text for c in "-–,;:"):
        text = _GLOSSED_RE.sub(drop_glossed, text)
    return _HEADED_BRACKETED_RE.sub(drop_headed, text) if "( " in text or " (" in text else text
