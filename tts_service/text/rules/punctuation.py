"""Symbols, dashes and punctuation: what is left is letters, spaces and pause marks."""

from __future__ import annotations

import re
import unicodedata

from .. import tables
from ..numbers import DIGITS
from .abbreviations import abbreviations
from .common import UPPER, alternation, is_vietnamese_syllable, spaced, spell

#: Longest first: a typed "<=" or "=<" is one sign, "nhỏ hơn hoặc bằng", never "nhỏ hơn" then "bằng".
_SYMBOLS_RE = re.compile("|".join(re.escape(k) for k in sorted(tables.SYMBOL_WORDS, key=len, reverse=True)))
#: A page's navigation arrow ("Trang chủ >> Tin tức", "Trang chủ > Giới thiệu") is not spoken: a pause.
_NAV_ARROW_RE = re.compile(rf"[ \t]*>{{2,}}[ \t]*|[ \t]+>[ \t]+(?=[{UPPER}])")


#: "Quảng Ninh vs TP.HCM", "iPhone 15 vs Galaxy S24": two sides set against each other, "với".
_VERSUS_RE = re.compile(r"(?<=\w)[ \t]+(?:vs|VS|Vs)\.?[ \t]+(?=\w)")


#: The sign itself named after "dấu" takes its schoolbook name: "dấu <" is "dấu bé hơn" (a comparison reads "nhỏ hơn").
_NAMED_LESS_SIGN_RE = re.compile(r"(?<!\w)([Dd]ấu|DẤU)[ \t]+(<|≤)(?![<=])")


#: A social page's "@" before the name a photo credits ("Ảnh: @Quân đoàn Phản ứng Nhanh số 7", "Ảnh: @ National
#: Security Journal"): a mark of the page, not said; a handle in running text ("tài khoản @elonmusk") still is.
_CREDIT_AT_RE = re.compile(
    r"@(?:(?<=Ảnh:@)|(?<=ẢNH:@)|(?<=Nguồn:@)|(?<=Ảnh: @)|(?<=ẢNH: @)|(?<=Nguồn: @))[ \t]?(?=[A-ZÀ-ỸĐ])"
)


def symbols(text: str) -> str:
    """Symbols with a meaning are read; the rest are never spoken raw.

    A read sign keeps a space each side (the doubled spaces are tidied later by ``punctuation``).

    >>> symbols("Nam & nữ, 5 + 3 = 8, nhiệt độ ≥ 30")
    'Nam  và  nữ, 5  cộng  3  bằng  8, nhiệt độ  lớn hơn hoặc bằng  30'
    >>> symbols("sinh hiệu <= 6 giờ, tuổi >= 60, nồng độ =< 5")
    'sinh hiệu  nhỏ hơn hoặc bằng  6 giờ, tuổi  lớn hơn hoặc bằng  60, nồng độ  nhỏ hơn hoặc bằng  5'
    >>> symbols("Trang chủ >> Tin tức > Giáo dục; nếu a > b; Quảng Ninh vs Hà Nội")
    'Trang chủ, Tin tức, Giáo dục; nếu a  lớn hơn  b; Quảng Ninh với Hà Nội'
    >>> symbols("So sánh: bé hơn, dấu < (tiết 2), dấu >; nếu a < b")
    'So sánh: bé hơn, dấu bé hơn (tiết 2), dấu  lớn hơn ; nếu a  nhỏ hơn  b'
    >>> symbols("khoảng ~20.000; chừng ~ 5 km")
    'khoảng 20.000; chừng 5 km'
    """
    text = _NAV_ARROW_RE.sub(", ", text) if ">" in text else text
    if "<" in text or "≤" in text:
        text = _NAMED_LESS_SIGN_RE.sub(lambda m: f"{m[1]} bé hơn{' hoặc bằng' if m[2] == '≤' else ''}", text)
    if "vs" in text or "VS" in text:
        text = _VERSUS_RE.sub(" với ", text)
    if "@" in text:
        text = _CREDIT_AT_RE.sub("", text)
    if "~" in text:
        text = _APPROXIMATE_TILDE_RE.sub(r"\1 ", text)
    text = _SYMBOLS_RE.sub(_symbol, text)
    return text.replace("%", " phần trăm ").replace("‰", " phần nghìn ").replace("°", " độ ")


#: A tilde after a word that already says "about" ("khoảng ~20.000", "chừng ~ 5 km"): not said again, "khoảng khoảng".
_APPROXIMATE_TILDE_RE = re.compile(r"(?i)(?<!\w)(khoảng|chừng|tầm|xấp xỉ|ước tính|gần)[ \t]*~[ \t]*")


#: A Chinese or Japanese character or kana: a sign beside one is a letter of its word ("円山", a name), not a currency.
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _symbol(m: re.Match[str]) -> str:
    """ "500 円" → "500 yên"; "円山" (a Japanese name) is left as written."""
    if _CJK_RE.match(m.group()) and (
        _CJK_RE.match(m.string, max(0, m.start() - 1)) or _CJK_RE.match(m.string, m.end())
    ):
        return m.group()
    return spaced(tables.SYMBOL_WORDS[m.group()])


#: An arrow typed with a dash or an equals sign ("=>", "==>", "->", "-->") points to what follows: a pause, or
#: "đến" between two numbers ("7h -> 9h").
_ARROW_RE = re.compile(r"[ \t]*(?<![<-])(?:={1,3}|-{1,3}|–)>(?![=>])[ \t]*")
_NUMBER_BEFORE_RE = re.compile(r"\d[^\W\d_]{0,3}$")
#: A word, a space, "=>" and a number: a comparison typed backwards, "tuổi => 60" (glued, "tuổi=>" is an arrow).
_WORD_BEFORE_RE = re.compile(r"(?<![\d\W])[^\W\d_]*[a-zđà-ỹ]$")


def arrows(text: str) -> str:
    """A typed arrow is a pause, or "đến" between numbers; never "bằng lớn hơn".

    >>> arrows("Kết quả -> đạt. thì: ==> Trên 70 tuổi; lượt mình. => Clip; 7h-> 9h; a >= b; x = 5 > 3")
    'Kết quả, đạt. thì:, Trên 70 tuổi; lượt mình., Clip; 7h đến 9h; a >= b; x = 5 > 3'
    >>> arrows("nhóm tuổi => 60; Tuổi =>60; xong. => 5; tuổi=> 60")
    'nhóm tuổi lớn hơn hoặc bằng 60; Tuổi lớn hơn hoặc bằng 60; xong., 5; tuổi, 60'
    """
    if ">" not in text:
        return text

    def arrow(m: re.Match[str]) -> str:
        before, after = m.string[max(0, m.start() - 4) : m.start()], m.string[m.end() : m.end() + 1]
        if _NUMBER_BEFORE_RE.search(before) and after.isdigit():
            return " đến "
        if m.group().strip() == "=>" and m.group()[0] == " " and after.isdigit() and _WORD_BEFORE_RE.search(before):
            return " lớn hơn hoặc bằng "
        return ", "

    return _ARROW_RE.sub(arrow, text)


#: A form's placeholder in angle brackets ("<Giấy chứng nhận đăng ký>", "<Điểm>", "<tên cơ quan>"): its words are
#: read, the brackets are not comparison signs.  Not a markup tag ("<br>", "<a href=…>"), nor a spaced comparison.
_PLACEHOLDER_RE = re.compile(r"<(?=[^\W\d_])([^<>=\"\n]{0,150}[^\s<>=\"])>")


def placeholders(text: str) -> str:
    """Angle brackets around words are a template's blank, read as its words.

    >>> placeholders("cấp lại <Giấy chứng nhận đăng ký>; Tổng điểm <Điểm> <Điểm>; <tên cơ quan>; <br>; a < b > c")
    'cấp lại Giấy chứng nhận đăng ký; Tổng điểm Điểm Điểm; tên cơ quan; <br>; a < b > c'
    """
    if "<" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        words = m.group(1)
        if not (words[0].isupper() or any(ord(c) > 127 and c.isalpha() for c in words)):
            return m.group()  # "<br>", "<div>": markup
        return words

    return _PLACEHOLDER_RE.sub(blank, text)


#: A number read by now ("COVID -19" is "COVID -mười chín" here): no pause before it.
_NUMBER_WORD = "(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
#: A dash spaced on both sides, an en or em dash, a doubled hyphen, or a hyphen spaced on one side only between two
#: words ("Tiến- Bí thư", "kinh tế -xã hội", "thương mại- dịch vụ"): a pause; not before a number read by now
#: ("COVID- 19" is "COVID- mười chín" here: no pause inside the name).
_SPACED_DASH_RE = re.compile(
    r"(?=[-–—―‒−])(?:(?<=[ \t])[-–—―‒−]++[ \t]+|[–—―]++|(?<=\w)-{2,}+(?=\w)"
    rf"|(?<=[^\W_])-[ \t]+(?!{_NUMBER_WORD}(?!\w))(?=[^\W\d_])"
    rf"|(?<=[^\W_][ \t])-(?![ \t]|{_NUMBER_WORD}(?!\w))(?=[^\W\d_]))"
)
_HYPHEN_RE = re.compile(r"-(?<=\w-)(?=\w)")
#: A hyphen glued between a person's name and a title ("Cư-Chủ tịch", "Trung-Phó Chủ tịch"; deputy_title_words.tsv),
#: or between the title's last word and a verb of saying ("xã Đak Song-cho biết"; saying_words.tsv): the appositive's
#: pauses, typed without spaces. The word before the hyphen is looked at in Python (capitalised before a title).
_TITLE_HYPHEN_RE = re.compile(
    rf"-(?<=[^\W\d_]-)(?=(?:(?:Phó|Quyền|Nguyên)[ \t]+)?({alternation(list(tables.DEPUTY_TITLE_WORDS))})(?![^\W\d_])"
    rf"|(?:{alternation(list(tables.SAYING_WORDS))})(?![^\W\d_]))"
)
_NAME_BEFORE_HYPHEN_RE = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*$")
#: A title opened by a glued hyphen earlier in the sentence ("Cư-Chủ tịch UBND xã"): only it is closed by a verb of
#: saying glued after it; "nghe-nói", "văn hóa-thông tin", "Chính-nhấn mạnh" open none.
_TITLE_OPENED_RE = re.compile(
    rf"[^\W\d_]-(?:(?:Phó|Quyền|Nguyên)[ \t]+)?(?:{alternation(list(tables.DEPUTY_TITLE_WORDS))})(?![^\W\d_])[^.!?\n]*$"
)


def _title_hyphen(m: re.Match[str]) -> str:
    """ "Cư-Chủ tịch" → "Cư, Chủ tịch"; "Song-cho biết" → "Song, cho biết"; "chống-Chủ tịch" keeps its hyphen."""
    if m[1] and not _NAME_BEFORE_HYPHEN_RE.search(m.string, max(0, m.start() - 20), m.start()):
        return m.group()
    if not m[1] and not _TITLE_OPENED_RE.search(m.string, max(0, m.start() - 120), m.start()):
        return m.group()
    return ", "
_BAR_RE = re.compile(r"[ \t]*(?:\|[ \t]*)+")
#: A bullet or an arrow spaced on both sides inside a line separates its parts as a bar does ("Thời sự • Thứ Hai,
#: 5/3/2024 • 10:30", "Tin tức ● Kinh tế", "Bước 1 ➔ Bước 2"): a pause, so two numbers are not heard as one.
_SEPARATORS = "•●·▸►▶➤➔➜→⇒◆◇▪"
_SEPARATOR_RE = re.compile(rf"[ \t]+[{_SEPARATORS}]+(?:[ \t]+[{_SEPARATORS}]+)*[ \t]+")


def _bar(m: re.Match[str]) -> str:
    """A bar between two parts of a line is a pause; after a stop or at a line's ends it is only a space."""
    before, after = m.string[: m.start()].rstrip(), m.string[m.end() :]
    if not before or before[-1] in ".,;:!?…\n" or not after or after[0] == "\n":
        return " " if before and after and after[0] != "\n" else ""
    return ", "


#: An en dash typed for a hyphen between a name and its number ("Falcon–9", "Su–30"): one name, no pause.
_NAME_NUMBER_DASH_RE = re.compile(r"(?<=[A-Za-z]{2})–(?=\d{1,4}(?![\d.,]\d|[ \t]+(?:ngày|tháng|năm|giờ)))")


#: A model's letters after its name's hyphen or its code's slash ("Igla-S", "Kh-BD", "SAMP/T", "JAS-39E/F"): found
#: on the mark (a fast literal scan), the name before it checked in Python. One or two capitals alone after it.
_MODEL_LETTERS_RE = re.compile(
    r"[-–/](?:(?<=[a-z].)|(?<=\d[A-Z].)|(?<=[A-Z]{3}.))(?=([A-Z]{1,2})(?![\w/–-]|[.,]\w))"  # "KT-XH" is no model
)
_MODEL_NAME_BEFORE_RE = re.compile(
    r"(?:(?<![\w/–-])([A-Z][a-z]{1,11})|((?<![\w/–-])[A-Z]{3,6}|(?<![\w/])\d{1,4}[A-Z]))$"
)


def _model_letters(m: re.Match[str]) -> str:
    """ "Iskander-M" → "Iskander M"; "SAMP/T", "39E/F" → a space; not "Việt-Mỹ" (a small letter after) or "QĐ/TW"."""
    mark, s = m.group(), m.string
    head = _MODEL_NAME_BEFORE_RE.search(s, max(0, m.start() - 14), m.start())
    if head is None:
        return mark
    if mark == "/":
        return " " if head[2] and len(m[1]) == 1 else mark  # "SAMP/T", "39E/F"; "TTXVN/B…" has small letters after
    if head[1] and (len(m[1]) == 1 or len(head[1]) == 2) and not is_vietnamese_syllable(head[1]):
        return " "  # "Igla-S", "Iskander–M"; two capitals after a two-letter name: "Kh-BD"; not "Hue-S" (an app)
    return mark


def name_number_dashes(text: str) -> str:
    """An en dash between a name and its number is a hyphen, before the number is read; a model's letters after its
    name's hyphen or its code's slash are one name with it, no pause.

    >>> name_number_dashes("tên lửa Falcon–9, máy bay Su–30, Covid–19; giai đoạn 2021–2025; Hà Nội–3 ngày")
    'tên lửa Falcon-9, máy bay Su-30, Covid-19; giai đoạn 2021–2025; Hà Nội–3 ngày'
    >>> name_number_dashes("Igla-S, Iskander-M, Kh-BD, SAMP/T, JAS-39E/F; Việt-Mỹ, QĐ/TW, Arsenal-MU, TTXVN/Báo")
    'Igla S, Iskander M, Kh BD, SAMP T, JAS-39E F; Việt-Mỹ, QĐ/TW, Arsenal-MU, TTXVN/Báo'
    """
    if "–" in text:
        text = _NAME_NUMBER_DASH_RE.sub("-", text)
    if "-" in text or "/" in text or "–" in text:
        text = _MODEL_LETTERS_RE.sub(_model_letters, text)
    return text


#: A dash typed before "và"/"hoặc" between two numbers ("ngày 5 – và 6/2"): a slip, the list has no pause.
_STRAY_LIST_DASH_RE = re.compile(r"(?<=\d)[ \t]*[-–—][ \t]+(?=(?:và|hoặc)[ \t]+\d)")


def stray_list_dashes(text: str) -> str:
    """A dash typed between a number and the "và" or "hoặc" of a list is dropped, before dates are read.

    >>> stray_list_dashes("Trong 2 ngày 5 – và 6/2; ngày 5 - hoặc 6/2; Hà Nội – và 3 tỉnh")
    'Trong 2 ngày 5 và 6/2; ngày 5 hoặc 6/2; Hà Nội – và 3 tỉnh'
    """
    return _STRAY_LIST_DASH_RE.sub(" ", text) if " và " in text or " hoặc " in text else text


_SEASONS = alternation(list(tables.SEASON_WORDS))
#: A spaced hyphen before a season (found by the dash first, the season before it checked in Python).
_SPACED_HYPHEN_RE = re.compile(rf"[-–](?<=[ \t][-–])[ \t]+(?=(?i:{_SEASONS})(?!\w))")
_SEASON_BEFORE_RE = re.compile(rf"(?<!\w)((?i:{_SEASONS}))[ \t]+$")
_SEASON_AFTER_RE = re.compile(rf"((?i:{_SEASONS}))(?!\w)")


def _season_pair(m: re.Match[str]) -> str:
    """ "hè - thu": two different seasons are one word; "Đông - Đông Nam Á" names two regions."""
    s = m.string
    before = _SEASON_BEFORE_RE.search(s, max(0, m.start() - 8), m.start())
    after = _SEASON_AFTER_RE.match(s, m.end())
    if before and after and before.group(1).lower() != after.group(1).lower():
        return ""
    return m.group()


_PAIR_WORDS = alternation([v for w in tables.DASH_PAIR_WORDS for v in (w, w[0].upper() + w[1:])])
#: Two directions or two countries joined by a spaced dash ("Việt - Lào", "bắc – nam"); the second is looked at, not
#: taken, so a chain ("Bắc - Trung - Nam") joins each pair.
_PAIR_DASH_RE = re.compile(
    rf"(?<![^\W\d_])({_PAIR_WORDS})[ \t]+[-–—][ \t]+(?=({_PAIR_WORDS})(?![^\W\d_]))"
)
_WORD_BEFORE_PAIR_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
_CAPITAL_AFTER_PAIR_RE = re.compile(rf"[ \t]+[{UPPER}]")
#: A kinship, courtesy or rank word before the first word makes it a person's given name ("anh Nam - Trung tâm Y tế",
#: "Đại úy Việt - Trung đội trưởng"), no country or direction.
_PERSON_BEFORE_PAIR_RE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation([*tables.PERSON_WORDS, *tables.RANK_TITLE_WORDS])}|\w+ (?:úy|tá|tướng))[ \t]+$",
    re.IGNORECASE,
)


def _dash_pair(m: re.Match[str]) -> str:
    """ "Việt - Lào" → "Việt Lào"; "Đông - Đông Nam Á", "Nguyễn Văn Nam - Trung tâm", "Việt - lào" keep the dash."""
    first, second = m[1], m[2]
    if first.lower() == second.lower() or first[0].isupper() != second[0].isupper():
        return m.group()
    before = _WORD_BEFORE_PAIR_RE.search(m.string, max(0, m.start() - 12), m.start())
    if first[0].isupper() and _PERSON_BEFORE_PAIR_RE.search(m.string[max(0, m.start() - 30) : m.start()]):
        return m.group()
    if first[0].isupper() and before and before[1][0].isupper():
        return m.group()  # a capitalised word before: a person's or a country's name ("Văn Nam - Trung tâm")
    if second[0].isupper() and _CAPITAL_AFTER_PAIR_RE.match(m.string, m.end() + len(second)):
        return m.group()  # a capitalised word after: a region's or a place's name ("Trung - Tây Nguyên", "Nga Sơn")
    return first + " "


_SPECIALTIES = "|".join(
    re.escape(v)
    for w in sorted(tables.MEDICAL_SPECIALTY_WORDS, key=len, reverse=True)
    for v in (w, w[0].upper() + w[1:])
)
#: "Bệnh viện Sản - Nhi", "Tai - Mũi - Họng": medical specialties joined by a spaced dash name one hospital or
#: ward, said as the unspaced "Sản-Nhi" is ("Sản Nhi"); "Bệnh viện Nhi - Hà Nội" names a place after it (a pause).
_SPECIALTY_DASH_RE = re.compile(rf"(?<![^\W\d_])({_SPECIALTIES})[ \t]+[-–—][ \t]+(?=(?:{_SPECIALTIES})(?![^\W\d_]))")


_SPECIALTY_LAST_WORDS = frozenset(w.split()[-1].lower() for w in tables.MEDICAL_SPECIALTY_WORDS)
#: A spaced dash right after a specialty's last word: the dash is found first (a fast scan), then one look back per
#: length of word (a look-behind holds words of one length only). It gates the pattern above.
_SPECIALTY_DASH_SPOT_RE = re.compile(
    r"[-–—](?<=[ \t][-–—])(?=[ \t])(?:(?<=[ \t][ \t][-–—])|"  # two spaces before the dash: let the pattern look
    + "|".join(
        rf"(?<=(?i:{'|'.join(re.escape(w) for w in sorted(ws))})[ \t][-–—])"
        for ws in (
            [w for w in _SPECIALTY_LAST_WORDS if len(w) == n] for n in sorted({len(w) for w in _SPECIALTY_LAST_WORDS})
        )
    )
    + ")"
)


def _specialty_before_a_dash(text: str) -> bool:
    """Is a medical specialty's last word right before some spaced dash? (A fast gate for the pattern above,
    which tries every word list at every position.) ``"Bệnh viện Sản - Nhi"`` → True, ``"kinh tế - xã hội"`` → False.
    """
    return _SPECIALTY_DASH_SPOT_RE.search(text) is not None


def dashes(text: str) -> str:
    """A spaced dash is a pause; a hyphen inside a compound is a space, and so is one between two seasons.

    >>> dashes("Mặt trận – nòng cốt là Hội Cựu chiến binh – đã phát huy; chính trị - xã hội; Việt-Lào")
    'Mặt trận, nòng cốt là Hội Cựu chiến binh, đã phát huy; chính trị, xã hội; Việt Lào'
    >>> dashes("năm hai nghìn | mười lăm giờ; Tin tức | Chính trị")
    'năm hai nghìn, mười lăm giờ; Tin tức, Chính trị'
    >>> dashes("năm hai nghìn • mười giờ; Tin tức ● Kinh tế; Bước một ➔ Bước hai; Hà Nội·Huế")
    'năm hai nghìn, mười giờ; Tin tức, Kinh tế; Bước một, Bước hai; Hà Nội·Huế'
    >>> dashes("Nguyễn Hữu Tiến- Bí thư; kinh tế -xã hội; Covid- mười chín")
    'Nguyễn Hữu Tiến, Bí thư; kinh tế, xã hội; Covid- mười chín'
    >>> dashes("lúa hè - thu, vụ Đông – Xuân; miền Đông - Tây; Đông - Đông Nam Á")
    'lúa hè thu, vụ Đông Xuân; miền Đông Tây; Đông, Đông Nam Á'
    >>> dashes("biên giới Việt - Lào; hướng bắc – nam; Bắc - Trung - Nam; ông Văn Nam - Trung tâm; Việt - lào")
    'biên giới Việt Lào; hướng bắc nam; Bắc Trung Nam; ông Văn Nam, Trung tâm; Việt, lào'
    >>> dashes("Ông Cư-Chủ tịch xã Đak Song-cho biết; ông Trung-Phó Chủ tịch; chống-Chủ tịch")
    'Ông Cư, Chủ tịch xã Đak Song, cho biết; ông Trung, Phó Chủ tịch; chống Chủ tịch'
    >>> dashes("Đại học Việt Nam – Pháp; miền Trung - Tây Nguyên; huyện Hà Trung - Nga Sơn")
    'Đại học Việt Nam, Pháp; miền Trung, Tây Nguyên; huyện Hà Trung, Nga Sơn'
    >>> dashes("Bệnh viện Sản - Nhi; khoa Tai - Mũi - Họng; Bệnh viện Nhi - Hà Nội; Răng — Hàm — Mặt")
    'Bệnh viện Sản Nhi; khoa Tai Mũi Họng; Bệnh viện Nhi, Hà Nội; Răng Hàm Mặt'
    """
    text = _SPACED_HYPHEN_RE.sub(_season_pair, text) if " -" in text or " –" in text else text
    text = _PAIR_DASH_RE.sub(_dash_pair, text) if " -" in text or " –" in text or " —" in text else text
    text = _SPECIALTY_DASH_RE.sub(r"\1 ", text) if _specialty_before_a_dash(text) else text
    if "|" in text:  # "24/07/2020 | 15:17", "Tin tức | Chính trị": a bar between two parts of a line
        text = _BAR_RE.sub(_bar, text)
    if any(c in text for c in _SEPARATORS):
        text = _SEPARATOR_RE.sub(_bar, text)
    text = _SPACED_DASH_RE.sub(", ", text).replace(" , ", ", ")
    text = _TITLE_HYPHEN_RE.sub(_title_hyphen, text) if "-" in text else text
    return _HYPHEN_RE.sub(" ", text)


_KEEP_RE = re.compile(r"[^\w\s.,;:?!…]")
_SPACE_BEFORE_MARK_RE = re.compile(r"[.,;:?!…](?<= [.,;:?!…])")  # found by the mark first: a fast scan


def punctuation(text: str) -> str:
    """Only letters, spaces and pause punctuation remain, tidied so a second pass changes nothing.

    >>> punctuation(" , Xin chào ,, các bạn ... * Hết . ")
    'Xin chào, các bạn… Hết.'
    >>> punctuation("ngoặc đơn, một, hai, vân vân., là")
    'ngoặc đơn, một, hai, vân vân, là'
    """
    text = _KEEP_RE.sub(" ", text.replace("_", " "))
    if ".." in text:
        text = re.sub(r"\.{2,}", ".", text.replace("...", "…"))
    if "  " in text or "\t" in text:
        text = re.sub(r"[ \t]{2,}|\t", " ", text)
    if _SPACE_BEFORE_MARK_RE.search(text):
        text = re.sub(r" +(?=[.,;:?!…])", "", text)
    if ".," in text:  # "v.v.," "Tp.,": the dot glued between a word and a comma is the abbreviation's, no stop
        text = re.sub(r"(?<=[^\W\d_])\.,", ",", text)
    # a run of pause marks keeps its strongest one
    text = re.sub(r"[.,;:?!…]{2,}", _strongest, text)
    text = re.sub(r"([.,;:?!])(?=[^\W\d_])", r"\1 ", text)
    # on one line its start is the only line start
    text = re.sub(r"(?m)^[ ,;:.]+", "", text.replace(" \n", "\n")) if "\n" in text else text.lstrip(" ,;:.")
    return text.strip(" ,;:\n")


_STRENGTH = {",": 1, ":": 2, ";": 3, "…": 4, ".": 5, "!": 6, "?": 6}


def _strongest(m: re.Match[str]) -> str:
    return max(m.group(), key=lambda c: _STRENGTH.get(c, 0))


_LONE_CAPITAL_RE = re.compile(rf"[{UPPER}](?![^\W\d_{UPPER}])")


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
    return re.sub(r"\d", lambda m: spaced(DIGITS[unicodedata.digit(m.group(), 0)]), text)


#: A chemical formula of two elements or more that ends in a digit (never 0: "F0-" is no ion), then its negative
#: charge: "NO2-", "PO4-", before a pause or "và".
_ION_CHARGE_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z]?\d{0,2}){2,4}(?<=[1-9]))-(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:và|hoặc)(?!\w))", re.MULTILINE
)
_ION_CHARGE_HINT_RE = re.compile(r"\d-(?:[ \t]*(?:[,;.)]|$)|[ \t]+(?:và|hoặc))", re.MULTILINE)


#: An ion of one element of two letters, its charge's number and sign before a pause ("Mg2+", "Ca2+", "Fe3+",
#: "Na+"): the symbol is spelled as a formula's letters are ("mờ gờ hai cộng"); a grade's "B+" is no element of two.
_ELEMENT_ION_RE = re.compile(
    rf"(?<![\w+-])({alternation([e for e in tables.CHEMICAL_ELEMENTS if len(e) == 2])})(?=\d?[+-](?![\w+-]))"
)

_ELEMENT_ION_HINT_RE = re.compile(r"[A-Z][a-z]\d?[+-]")


def ion_charges(text: str) -> str:
    """An ion's negative charge is said, "trừ" (its "+" is "cộng" already): "NO2-, PO4- và" are ions.

    >>> ion_charges("chuyển hóa NH4+, NO2-, N và P; nồng độ NO3- và PO4-. Mã 2020-, RON95-III, F0- và B1-")
    'chuyển hóa NH4+, NO2 trừ, N và P; nồng độ NO3 trừ và PO4 trừ. Mã 2020-, RON95-III, F0- và B1-'
    >>> ion_charges("ion Mg2+, Ca2+ và Na+; Fe3+. Điểm B+")
    'ion mờ gờ 2+, xê a 2+ và nờ a +; ép e 3+. Điểm B+'
    """
    if ("+" in text or "-" in text) and _ELEMENT_ION_HINT_RE.search(text):
        text = _ELEMENT_ION_RE.sub(lambda m: spell(m[1]) + " ", text)
    return _ION_CHARGE_RE.sub(r"\1 trừ", text) if _ION_CHARGE_HINT_RE.search(text) else text
