"""Quotation marks, list markers at a line start, and brackets read as an aside."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import read_int, read_number, roman_to_int
from .common import UPPER, alternation, is_pronounceable, is_vietnamese_syllable, spell
from .units import UNIT_KEYS

#: A credit alone on its line ("BBT", "(TH)"), or in brackets right after a line's last sentence ("… tăng. (TH)").
_CREDIT_RE = re.compile(
    rf"(?m)(^[ \t]*\(?|(?<=[.!?…])[ \t]*\()[ \t]*({alternation(list(tables.CREDIT_LINES))})[ \t]*\)?[ \t]*\.?[ \t]*$"
)


_CREDIT_KEYS = tuple(tables.CREDIT_LINES)


def credit_lines(text: str) -> str:
    """The credit an article ends with, alone on its line or in brackets after its last sentence.

    >>> print(credit_lines("Giá xăng tăng. (TH)\\nBBT\\nBan BBT họp; học sinh TH"))
    Giá xăng tăng. tổng hợp
    Ban biên tập
    Ban BBT họp; học sinh TH
    """
    tails = (line.rstrip(" \t.").rstrip(")").rstrip(" \t") for line in text.split("\n"))
    if not any(tail.endswith(_CREDIT_KEYS) for tail in tails):
        return text
    return _CREDIT_RE.sub(
        lambda m: " " * (m.start() > 0 and m.string[m.start() - 1] != "\n") + tables.CREDIT_LINES[m.group(2)], text
    )


#: One consonant, an apostrophe, then a Vietnamese syllable: a people's or a person's name of the Central Highlands and
#: the north ("H'Mông", "K'Ho", "M'Nông", "H'Hen Niê"), said with a short "ơ" after the consonant ("Hơ Mông").
#: "H mông" is the same people's name typed with a space.
_APOSTROPHE_NAME_RE = re.compile(
    r"(?<![\w'’])([BCDĐGHKLMNPRSTVX])['’]([^\W\d_]+)(?!['’\w])|(?<![\w'’])(H)[ \t]+([Mm]ông)\b"
)


def apostrophe_names(text: str) -> str:
    """A name with an apostrophe after its first consonant is one name, its consonant said with "ơ".

    >>> apostrophe_names("Đồng bào H'Mông, K’Ho, M'Nông; hoa hậu H'Hen Niê; dân tộc H mông; ông O'Neill, Ben M'sik")
    "Đồng bào Hơ Mông, Cơ Ho, Mơ Nông; hoa hậu Hơ Hen Niê; dân tộc Hơ mông; ông O'Neill, Ben m'sik"

    A letter elided before a foreign name, or before a name in small letters, stays the name's letter (not spelled):

    >>> apostrophe_names("báo L’Équipe, D'Artagnan, N'Sync; thác Dray K’nao; đồng bào M’nông")
    "báo l’Équipe, d'Artagnan, n'Sync; thác Dray k’nao; đồng bào Mơ nông"

    A Central Highlands name whose syllable Vietnamese spelling lacks is still the people's ("Drai", "Đrắk"):

    >>> apostrophe_names("huyện Ia H'Drai; huyện M’Đrắk; ông M'Baye, N'Golo")
    "huyện Ia Hơ Drai; huyện Mơ Đrắk; ông m'Baye, n'Golo"

    H' and M' open Ê Đê and M'nông names however the syllable after them is written ("Ama H’rin", "Cư M’gar"):

    >>> apostrophe_names("già làng Ama H’rin; huyện Cư M’gar, Ea H'leo; Thun M'nung")
    'già làng Ama Hơ rin; huyện Cư Mơ gar, Ea Hơ leo; Thun Mơ nung'
    """
    if "'" not in text and "’" not in text and "H " not in text:
        return text
    return _APOSTROPHE_NAME_RE.sub(_apostrophe_name, text)


#: A Central Highlands name's onset Vietnamese spelling lacks ("Drai", "Đrắk", "Krông", "Dlông", "Blah"): after "H'",
#: "K'", "M'" or "R'" the name is the people's ("Ia H'Drai", "M'Đrắk"), however its syllable is spelled.
_HIGHLAND_ONSET_RE = re.compile(r"[BCDĐGKPT][rl]")


def _apostrophe_name(m: re.Match[str]) -> str:
    consonant, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    highland = consonant in "HKMR" and _HIGHLAND_ONSET_RE.match(rest) is not None
    # "H’rin", "M’gar": the H' of an Ê Đê woman's name and the M' of an Ê Đê or M'nông place open it in any case (a
    # highland syllable may close on an r, "gar", "Nur", that Vietnamese spelling lacks)
    prefix = consonant in "HM" and (is_pronounceable(rest) or (rest.endswith("r") and is_pronounceable(rest[:-1])))
    small = rest[0].islower() and rest.isascii()
    if m.group(1) and not highland and not prefix and (not is_pronounceable(rest) or small):
        # "L'Équipe", "D'Artagnan", "N'Sync", and a name in small letters without a Vietnamese mark, which the golds
        # keep as written ("Dray K’nao", "Hơ R’mong"; "M’nông" is "Mơ nông"): the letter is the name's own, kept in
        # small letters so it is not spelled out as an abbreviation ("lờ Équipe")
        return consonant.lower() + m.group()[1:]
    return ("C" if consonant == "K" else consonant) + "ơ " + rest


#: A scorer's minutes in brackets after the name: "Tiến Dũng (72')", "(90+3')", "(23', 67')", "(88', pen)",
#: "(76' pen)".
#: Stoppage time may follow the prime: "(90'+2)".
_MINUTE = r"\d{1,3}(?:[ \t]*\+[ \t]*\d{1,2})?[ \t]*['’′](?:\+\d{1,2})?"
_MINUTE_NOTES = {"pen": "phạt đền", "p": "phạt đền", "og": "phản lưới nhà"}
_MATCH_MINUTES_RE = re.compile(rf"\((?=[ \t]*{_MINUTE}[ \t]*(?:[,;]?[ \t]*(?:{_MINUTE}|pen|p|og)[ \t]*)*\))([^()]*)\)")
_ONE_MINUTE_RE = re.compile(r"(\d{1,3}(?:[ \t]*\+[ \t]*\d{1,2})?)[ \t]*['’′](\+\d{1,2})?|\b(pen|p|og)\b")
#: The same minute without brackets, right after a scorer's name: "Nguyên Sa 88', Văn Hiếu 90+2'", "Bailly 66' (og)".
_BARE_MINUTE_RE = re.compile(
    rf"(?<=[^\W\d_][ \t])(\d{{1,3}}(?:\+\d{{1,2}})?)['’′](\+\d{{1,2}})?(?=[ \t]*(?:[,;.)(\n]|$)|[ \t]+[{UPPER}])"
)
#: A note alone in brackets after a minute said: "Quang Hải phút 30 (pen)" is "(phạt đền)".
_NOTE_AFTER_MINUTE_RE = re.compile(r"(phút \d{1,3}(?:\+\d{1,2})?[ \t]*)\((pen|p|og)\)")
_NAME_END_RE = re.compile(rf"[{UPPER}][^\W\d_]*[ \t]$")
_GOAL_WORDS_RE = re.compile(r"(?i)ghi bàn|bàn thắng|lập công|người ghi")
#: An opening quote before the number ("… là 'SEA Games 29'"): the prime closes a title, no minute.
_OPEN_QUOTE_RE = re.compile(r"(?:^|[\s(:])['‘′]\w")


def _minutes(inner: str) -> str:
    return _ONE_MINUTE_RE.sub(lambda m: f"phút {m[1]}{m[2] or ''}" if m[1] else _MINUTE_NOTES[m[3]], inner)


def match_minutes(text: str) -> str:
    """The minute of a goal, written with a prime after the scorer's name, is "phút" and its number.

    >>> match_minutes("Viettel: Tiến Dũng (72'), Văn Quyết (90+3'); Công Phượng (23', 67'); Grazmo (88', pen)")
    'Viettel: Tiến Dũng (phút 72), Văn Quyết (phút 90+3); Công Phượng (phút 23, phút 67); Grazmo (phút 88, phạt đền)'
    >>> match_minutes("CAHN: Alan (76' pen). Ghi bàn: Bailly 66' (phản lưới), Quang Hải 30’ (pen)")
    'CAHN: Alan (phút 76 phạt đền). Ghi bàn: Bailly phút 66 (phản lưới), Quang Hải phút 30 (phạt đền)'
    >>> match_minutes("Than QN: Nguyên Sa 88', Văn Hiếu 90+2'. Mục tiêu là 'SEA Games 29'. Ghi bàn: Rogic 41'")
    "Than QN: Nguyên Sa phút 88, Văn Hiếu phút 90+2. Mục tiêu là 'SEA Games 29'. Ghi bàn: Rogic phút 41"
    """
    if "'" not in text and "’" not in text and "′" not in text:
        return text
    text = _MATCH_MINUTES_RE.sub(lambda m: "(" + _minutes(m.group(1)) + ")", text)
    text = _BARE_MINUTE_RE.sub(_bare_minute, text)
    return _NOTE_AFTER_MINUTE_RE.sub(lambda m: f"{m[1]}({_MINUTE_NOTES[m[2]]})", text) if "phút" in text else text


def _bare_minute(m: re.Match[str]) -> str:
    """A minute without brackets only in a scorers' list: two minutes or a goal word on the line, no quote opened."""
    s = m.string
    line_start = s.rfind("\n", 0, m.start()) + 1
    line_end = s.find("\n", m.end())
    line = s[line_start : line_end if line_end >= 0 else len(s)]
    before = re.split(r"[.!?;]", s[line_start : m.start()])[-1]
    listed = len(_BARE_MINUTE_RE.findall(line)) >= 2 or _GOAL_WORDS_RE.search(line)
    if not listed or _OPEN_QUOTE_RE.search(before) or not _NAME_END_RE.search(before[-30:]):
        return m.group()
    return f"phút {m[1]}{m[2] or ''}"


_QUOTES_RE = re.compile(r"[\"“”„‟«»‹›「」『』'‘’`´]")


#: A footnote's number right after a closing quote: "…phép ứng xử”(1).", "”[3, tr.286]" — a reader's mark, not said.
_FOOTNOTE_AFTER_QUOTE_RE = re.compile(
    r"(?<=[”\"»])(?:[ \t]?[(\[]\d{1,3}(?:,[ \t]*(?:tr\.?|trang)[ \t]*\d+(?:[-–]\d+)?)?[)\]]|\d{1,2}(?=[.,;:]|[ \t]*$))"
)  # bare, "học hành”1.", the digit is glued to the quote and a stop follows


def footnote_marks(text: str) -> str:
    """A footnote number after a quotation is dropped; a count in brackets after a word stays.

    >>> footnote_marks("“chi bộ tốt”(1). “nền móng” (3), “gốc rễ”[3, tr.286]; Cử tạ (3); “học hành”1. “Top”10 sao")
    '“chi bộ tốt”. “nền móng”, “gốc rễ”; Cử tạ (3); “học hành”. “Top”10 sao'
    """
    if "”" not in text and '"' not in text and "»" not in text:
        return text
    return _FOOTNOTE_AFTER_QUOTE_RE.sub("", text)


def quotes(text: str) -> str:
    """Quotation marks are not spoken.

    >>> quotes("Phong trào 'Chủ nhật xanh', “Mỗi xã một sản phẩm”; chủ đề“Món ngon”.")
    'Phong trào Chủ nhật xanh, Mỗi xã một sản phẩm; chủ đề Món ngon.'
    >>> quotes("Trang chủ » Tin tức › Thời sự; phong trào «Toàn dân» được; « Xanh » là")
    'Trang chủ , Tin tức , Thời sự; phong trào Toàn dân được;  Xanh  là'
    >>> quotes("khoảng 14.40’ ngày 1/1; 9.15' sáng; cao 5.5 m")
    'khoảng 14h40 ngày 1/1; 9h15 sáng; cao 5.5 m'

    A closing mark between two numbers is a pause, so they are not heard as one:

    >>> quotes("Ngày hội ‘Tự tin vào lớp 10’ 2026; giải «Top 10» 2025; 'Ba 5' 4 lần; cao 5' 7")
    'Ngày hội Tự tin vào lớp 10, 2026; giải Top 10, 2025; Ba 5, 4 lần; cao 5 7'
    """
    if _MARKED_CLOCK_HINT_RE.search(text):
        text = _MARKED_CLOCK_RE.sub(r"\1h\2", text)
    return _QUOTES_RE.sub(_drop_quote, text)


#: Hours and minutes with a dot and a minute mark ("khoảng 14.40’ ngày 1/1"): a clock, whatever word precedes it
#: (the mark would be dropped as a quote, leaving a decimal). Found on the mark (a fast literal scan).
_MARKED_CLOCK_RE = re.compile(r"(?<![\w.,’'‘])([01]?\d|2[0-3])\.([0-5]\d)[’'′](?![\w’'])")
_MARKED_CLOCK_HINT_RE = re.compile(r"\.\d\d[’'′]")


def _drop_quote(m: re.Match[str]) -> str:
    """An apostrophe between two letters is part of a word ("K'Ho"); a "»" or "›" spaced on both sides is a page's
    path ("Trang chủ » Tin tức"), a pause; every other quote mark goes."""
    s, i = m.string, m.start()
    spaced = s[i - 1 : i] in (" ", "\t") and s[i + 1 : i + 2] in (" ", "\t")
    if m.group() in "»›" and spaced and "«‹"[("»›").index(m.group())] not in s[max(0, i - 200) : i]:
        return ","  # no "«" opened it
    between = 0 < i < len(s) - 1 and s[i - 1].isalnum() and s[i + 1].isalnum()
    if m.group() in "'’" and between:
        return m.group()
    if s[i - 1 : i].isdigit() and _NUMBER_AFTER_RE.match(s, i + 1) and _closes(m.group(), s, i):
        return ","  # "vào lớp 10’ 2026": a pause keeps the two numbers apart ("lớp mười, hai nghìn …")
    return " " if between else ""  # 'chủ đề“Món ngon”': the quote goes, a space stays


_NUMBER_AFTER_RE = re.compile(r"[ \t]+\d")


def _closes(mark: str, s: str, i: int) -> bool:
    """A curly or angled closing mark closes; a straight one closes when an odd count of its kind came before."""
    return mark in "”’»›" or (mark in "'\"" and s.count(mark, max(0, i - 300), i) % 2 == 1)


#: A bullet opening a line; "+84 912 345 678" opens with a country code, no bullet.
_BULLET_RE = re.compile(r"(?m)^(?!\+\d)[-+•·*▪►●○■□◦‣⁃–—>]+\s*")
#: "I. MỤC ĐÍCH", "II. Nhiệm vụ"; "I. Y không" (dotted initials "I.Y0" once read) opens with a lone letter: no heading.
#: A lone "C", "L" (a hundred, fifty) numbers no heading: "C. Ronaldo – 68 bàn" opens with an initial.
_ROMAN_MARK_RE = re.compile(rf"(?m)^(?![CL]\.)([IVXLC]{{1,6}})\.\s+(?=[{UPPER}])(?![A-Z](?:[ \t.,]|$))")
#: "II- Điều kiện", "I – Chăm sóc": a heading's numeral and a hyphen or a dash, at a line start or after a
#: sentence's end.
_ROMAN_DASH_MARK_RE = re.compile(rf"(?m)(?:^|(?<=[.!?:] ))([IVX]{{1,6}})[ \t]*[-–—][ \t]+(?=[{UPPER}])")
#: "Trong đó: + Rừng tự nhiên": a bullet that opens an item after a colon.
_COLON_BULLET_RE = re.compile(rf"(?<=:)[ \t]+[+•▪►●]+[ \t]+(?=[{UPPER}])")
_ARABIC_MARK_RE = re.compile(r"(?m)^(\d{1,2})(?:\.(\d{1,2}))*[.)]\s+(?=\S)")
#: "I.1. Mục tiêu", "II.2.3 Kết quả": a heading's Roman numeral, then its section's numbers, at a line start.
#: Without its closing dot the heading's first word is a Vietnamese one in capital ("I.1 Mục tiêu"): "V.1 League",
#: "X.1 được trang bị", "I.5 triệu người" open with a code or a number, no heading.
_ROMAN_DOTTED_MARK_RE = re.compile(r"(?m)^([IVX]{1,6})((?:\.\d{1,2})+)(\.?)[ \t]+(?=\S)")
_HEADING_WORD_RE = re.compile(rf"[{UPPER}][^\W\d_]*")
#: "Còn nhiều hạn chế. IV. Giải pháp": a heading of two numerals or more run on after a sentence's full stop (a lone
#: "V." there is an initial: "V. Putin").
_ROMAN_AFTER_STOP_RE = re.compile(rf"(?<=[.!?] )([IVX]{{2,6}})\.[ \t]+(?=[{UPPER}])(?![A-Z](?:[ \t.,]|$))")
#: "1/ Lễ hội làng Chử Xá", "11/ Tết Nguyên tiêu": a number and a slash, then a space and a capital, number an item.
#: A dot may follow the slash, glued to the item or not ("1/.Bình thường"); a Roman numeral numbers a heading the
#: same way ("I/ MỤC ĐÍCH", "II/.Cách nuôi").
#: Glued to its item, the item is a word in small letters after its capital ("2/Nội dung"), never a code ("286/KH").
_SLASH_MARK_RE = re.compile(
    rf"(?m)^[ \t]*(\d{{1,2}}|[IVX]{{1,6}})/(?:[ \t]+|\.[ \t]*|(?=[{UPPER}][^\W\d_{UPPER}]))(?=[{UPPER}])"
)
#: "a) Sở Y tế"; a letter after a number is its unit closing a bracket ("(dài hơn 800 m) và"), no list letter.
#: A sub-item's marker carries its numbers ("b.2)", "a.2.1.2)", "c2)"); a marker may be glued to its item ("b)Trong").
_LETTER_MARK_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s;:]))(?<!\d[ \t])([a-zđ])((?:\.[ \t]?\d{1,2}|\d{1,2})(?:\.\d{1,2})*)?\)"
    rf"(?:\s+|(?=[{UPPER}]))",
    re.MULTILINE,
)
#: "b. Cơ quan lãnh đạo", "là Ban Chấp hành. d. Giữa hai kỳ": one letter a–h and a dot before a capitalised word,
#: at a line start or after a sentence's end ("p. Bến Nghé", "tp. Huế" are not list letters).
_LETTER_DOT_MARK_RE = re.compile(rf"(?m)(?:^[ \t]*|(?<=[.!?][ \t]))([a-h])\.[ \t]+(?=[{UPPER}][^\W\d_])")
#: What the two patterns above need, found by the hyphen or the dot first (a fast scan).
_ROMAN_DASH_HINT_RE = re.compile(r"[IVX][ \t]*[-–—][ \t]")
_LETTER_DOT_HINT_RE = re.compile(rf"\.(?<=[a-h]\.)[ \t]+[{UPPER}]")
#: "(i) lập kế hoạch; (ii) tổ chức; và (iii) báo cáo": small Roman numerals in brackets that number the items of a
#: list, at a line start or after a colon, a semicolon, a comma, "và" or "hoặc", before the item's first word.
#: Bent forms: "i) … ii)" without the opening bracket, "(I) … (II)" in capitals, once the list has a second numeral.
_SMALL_ROMAN_MARK_RE = re.compile(
    r"(?:(?<=^)|(?<=[:;,][ \t])|(?<=[ \t]và[ \t])|(?<=[ \t]hoặc[ \t]))"
    r"(\(?)(i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)\)[ \t]+(?=[^\W\d_])",
    re.MULTILINE,
)


#: A list's letter is said by its name in the alphabet: "d." is "dê" ("đê" is the letter đ).
_LIST_LETTER_NAMES = {"d": "dê"}


#: Two lettered points of a legal article or more ("điểm a, b, c, d, khoản 1"; "điểm b và c khoản 2"): each letter
#: after the first is said by name too, so the list is not heard as bare letters. Starts on "iểm " (a fast literal).
_POINT_LETTER_LIST_RE = re.compile(
    r"iểm (?<=\b[Đđ]iểm )[a-zđ](?:(?:,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+)[a-zđ](?![\w.]))+"
    r"(?=[,;:)]|[ \t]+(?:khoản|Khoản|Điều|điều)\b|[ \t]*$)",
    re.MULTILINE,
)
_LONE_LETTER_RE = re.compile(r"(?<!\w)[a-zđ](?!\w)")


def point_letter_lists(text: str) -> str:
    """Each letter of a list of legal points is said by name ("bê", "xê"), not left bare.

    >>> point_letter_lists("tại điểm a, b, c, d, khoản 1; điểm b và c khoản 2; điểm a, khoản 1; điểm a, b, c")
    'tại điểm a, bê, xê, đê, khoản 1; điểm bê và xê khoản 2; điểm a, khoản 1; điểm a, bê, xê'
    """
    if "iểm " not in text:
        return text
    return _POINT_LETTER_LIST_RE.sub(
        lambda m: "iểm " + _LONE_LETTER_RE.sub(lambda x: spell(x.group().upper()), m.group()[4:]), text
    )


def list_markers(text: str) -> str:
    """List markers at a line start are read as numbers followed by a pause; bullets are dropped.

    >>> list_markers("I. MỤC ĐÍCH\\n1. Tăng cường\\n1.2. Phối hợp\\na) Sở Y tế; b) Sở Tài chính\\n- Một ý")
    'Một. MỤC ĐÍCH\\nMột. Tăng cường\\nMột chấm hai. Phối hợp\\na, Sở Y tế; bê, Sở Tài chính\\nMột ý'
    >>> print(list_markers("b.2) Việc tiếp nhận; a.2.1.2) Tài liệu; c2) Sau khi; b)Trong thời hạn; (ghi rõ b)"))
    bê chấm hai, Việc tiếp nhận; a chấm hai chấm một chấm hai, Tài liệu; xê hai, Sau khi; bê, Trong thời hạn; (ghi rõ b)
    >>> list_markers("b. 2) Hồ sơ gồm")
    'bê chấm hai, Hồ sơ gồm'
    >>> list_markers("1/ Lễ hội làng Chử Xá\\n11/ Tết Nguyên tiêu\\n1/2 số hộ")
    'một, Lễ hội làng Chử Xá\\nmười một, Tết Nguyên tiêu\\n1/2 số hộ'
    >>> list_markers("I/.Bình thường\\nII/ MỤC ĐÍCH\\n1/.Cách nuôi\\n2/Nội dung\\n12/KH-UBND")
    'một, Bình thường\\nhai, MỤC ĐÍCH\\nmột, Cách nuôi\\nhai, Nội dung\\n12/KH-UBND'
    >>> list_markers("+84 912 345 678\\n+ Rừng")
    '+84 912 345 678\\nRừng'
    >>> list_markers("(dài hơn 800 m) và (khoảng 1 m) hòng; a) Sở")
    '(dài hơn 800 m) và (khoảng 1 m) hòng; a, Sở'
    >>> list_markers("I. Y không"), list_markers("V. A, B"), list_markers("C. Ronaldo ghi bàn")
    ('I. Y không', 'V. A, B', 'C. Ronaldo ghi bàn')
    >>> list_markers("II- Điều kiện. III- Dân cư: + Rừng: 3 ha")
    'Hai, Điều kiện. Ba, Dân cư: Rừng: 3 ha'
    >>> list_markers("I – Chăm sóc bưởi. II — Bón phân")
    'Một, Chăm sóc bưởi. Hai, Bón phân'
    >>> list_markers("b. Cơ quan lãnh đạo. d. Giữa hai kỳ; tại p. Bến Nghé")
    'bê, Cơ quan lãnh đạo. dê, Giữa hai kỳ; tại p. Bến Nghé'
    >>> list_markers("gồm: (i) lập kế hoạch; (ii) tổ chức; và (iii) báo cáo; d) Có đủ")
    'gồm: một, lập kế hoạch; hai, tổ chức; và ba, báo cáo; dê, Có đủ'
    >>> list_markers("gồm: i) lập; ii) tổ chức"), list_markers("gồm: (I) lập, (II) tổ chức")
    ('gồm: một, lập; hai, tổ chức', 'gồm: một, lập, hai, tổ chức')
    >>> list_markers("h) Có; i) Báo")  # the ninth letter of a lettered list
    'hát, Có; i, Báo'
    >>> list_markers("I.1. Mục tiêu\\nII.2.3 Kết quả\\nI.Y0 mã")
    'Một chấm một. Mục tiêu\\nHai chấm hai chấm ba. Kết quả\\nI.Y0 mã'
    """

    def roman(m: re.Match[str]) -> str:
        value = roman_to_int(m.group(1))
        return f"{read_int(value).capitalize()}. " if value else m.group()

    def arabic(m: re.Match[str]) -> str:
        parts = re.findall(r"\d+", m.group().rstrip(".) \t"))
        return " chấm ".join(read_number(p) for p in parts).capitalize() + ". "

    text = _BULLET_RE.sub("", text)
    if "." in text:
        text = _ROMAN_DOTTED_MARK_RE.sub(_roman_dotted, text)
    text = _ROMAN_MARK_RE.sub(roman, text)
    if ". I" in text or ". V" in text or ". X" in text:
        text = _ROMAN_AFTER_STOP_RE.sub(roman, text)
    if ("-" in text or "–" in text or "—" in text) and _ROMAN_DASH_HINT_RE.search(text):
        text = _ROMAN_DASH_MARK_RE.sub(lambda m: roman(m).replace(". ", ", ", 1), text)
    if ":" in text:
        text = _COLON_BULLET_RE.sub(" ", text)
    text = _ARABIC_MARK_RE.sub(arabic, text)
    if "/" in text:
        text = _SLASH_MARK_RE.sub(_slash_mark, text)
    if "i)" in text or "v)" in text or "x)" in text or "I)" in text or "V)" in text or "X)" in text:
        text = _SMALL_ROMAN_MARK_RE.sub(lambda m: _roman_item(m, text), text)
    if "." in text and _LETTER_DOT_HINT_RE.search(text):
        text = _LETTER_DOT_MARK_RE.sub(lambda m: _LIST_LETTER_NAMES.get(m.group(1), spell(m.group(1))) + ", ", text)
    return _LETTER_MARK_RE.sub(_letter_mark, text) if ")" in text else text


def _roman_dotted(m: re.Match[str]) -> str:
    """ "I.1. " → "Một chấm một. "; a run that is no numeral ("IIX.1") stays as written."""
    value = roman_to_int(m[1])
    if not value:
        return m.group()
    if not m[3]:
        word = _HEADING_WORD_RE.match(m.string, m.end())
        if not word or not is_vietnamese_syllable(word.group().lower()):
            return m.group()  # "V.1 League", "X.1 được": a code or a number, no heading
    return " chấm ".join([read_int(value), *(read_number(p) for p in m[2][1:].split("."))]).capitalize() + ". "


def _slash_mark(m: re.Match[str]) -> str:
    """ "1/" is "một,"; "II/." is "hai,"; a Roman run that is no numeral ("IIX/") stays as written."""
    if m[1].isdigit():
        return f"{read_number(m[1])}, "
    value = roman_to_int(m[1])
    return f"{read_int(value)}, " if value else m.group()


def _roman_item(m: re.Match[str], text: str) -> str:
    """ "(i)" is "một,"; a bare "i)" or a capital "(I)" only in a list that has its "ii)" or "(II)" too (else "i)"
    is the ninth letter of a lettered list, "(I)" a name's mark)."""
    bracket, numeral = m.groups()
    if numeral.isupper() and not (bracket and "(II)" in text):
        return m.group()
    if numeral.islower() and not bracket and "ii)" not in text:
        return m.group()
    return read_int(roman_to_int(numeral.upper())) + ", "


def _letter_mark(m: re.Match[str]) -> str:
    """ "b)" is "bê,"; "d)" is "dê,"; "b.2)" is "bê chấm hai,"; "c2)" is "xê hai," (a sub-item's numbers)."""
    numbers = (m[2] or "").replace(" ", "").replace("\t", "")  # "b. 2)": a space typed after the dot
    spoken = " chấm ".join(read_number(n) for n in numbers.lstrip(".").split(".")) if numbers else ""
    joint = " chấm " if numbers.startswith(".") else " "
    return _LIST_LETTER_NAMES.get(m[1], spell(m[1])) + (joint + spoken if spoken else "") + ", "


#: "(BL-MN) Sáng 14/6, …": a news dateline's bracketed initials (agency, reporter) opening a line are spelled.
_DATELINE_TAG_RE = re.compile(rf"^[ \t]*\(([{UPPER}]{{1,4}}(?:-[{UPPER}]{{1,4}})+)\)(?=[ \t]+[{UPPER}])", re.MULTILINE)
#: The spaces before it, never a line break: "(1) Cá nhân" opening a line stays on its line.
_BRACKET_RE = re.compile(r"[ \t]*[(\[{][ \t]*([^()\[\]{}\n]*?)[ \t]*[)\]}]")
#: "(0234) 3822 123": the brackets only mark the area code of a phone number; they are not an aside.
_AREA_CODE_RE = re.compile(r"\((\+?\d{2,5})\)(?=[ \t.]?\d)")


#: A reference to a footnote or a source ("năm 2016[1]", "cao [2].", "[3, 4]", "[5-7]"), anywhere but at a line's
#: start, where "[1]" numbers an item of a list of references; nor where the numbers themselves are named, one
#: opening a parenthesis or following another ("các số trong ngoặc ([1], [2], v.v.)").
_REFERENCE = r"\[\d{1,3}(?:[ \t]*[,;–-][ \t]*\d{1,3})*\]"
_FOOTNOTE_RE = re.compile(rf"(?<=[^\s(])(?<!\],)[ \t]*{_REFERENCE}(?:[ \t]*,[ \t]*{_REFERENCE})*")
_NAMED_REFERENCES_RE = re.compile(rf"\([ \t]*{_REFERENCE}(?:[ \t]*,[ \t]*{_REFERENCE})*")


#: A span or a number in brackets before its unit ("(2,2 ÷ 3,2) kW", "(2.000 - 15.000) tờ/giờ"), or a size of
#: sides ("(10 x 30 x 60)cm", "(4x8x19)cm"): the brackets only group the numbers the unit measures; they are no aside.
_MEASURED_BRACKET_RE = re.compile(
    r"\((\d[\d.,]*(?:[ \t]*[÷~–-][ \t]*\d[\d.,]*)?(?:[ \t]*[x×][ \t]*\d[\d.,]*)*)\)"
    + rf"(?=[ \t]*(?:{alternation(UNIT_KEYS)})(?![\w²³]))"
)
#: A form's item number in brackets opening a line ("[06.1] Mã số thuế"): read as its numbers, "sáu chấm một".
_ITEM_NUMBER_RE = re.compile(r"^([ \t]*)\[(\d{1,2}(?:\.\d{1,2})+)\][ \t]*", re.MULTILINE)
#: A symbol or unit in brackets right after the words it stands for ("phần trăm (%)", "ki lô gam (kg)"); a unit
#: alone in brackets elsewhere names a column's or a size's unit ("Trọng lượng (kg)", "x 1.085 (mm)").
#: A rate's unit counts too ("Vận tốc (km/h)", "gió (m/s)").
_SYMBOL_BRACKET_RE = re.compile(r"[ \t]*\(([^\w\s()]{1,2}|[^\W\d_]{1,4}(?:/[^\W\d_]{1,3})?)\)")


#: A Roman numeral in brackets right after the same number in digits ("lần thứ 4 (IV)"): said once.
_ROMAN_REPEAT_RE = re.compile(r"(?<=\d)(?<![\d.,]\d{4})[ \t]*\(([IVXLC]{1,7})\)")
#: An item number of a law's amendment list before its note ("5.8 (được bãi bỏ)"): "năm chấm tám", not a date.
_AMENDED_ITEM_RE = re.compile(
    r"(?<![\w.,/])(\d{1,3}(?:\.\d{1,3})+)(?=[ \t]*\((?:được[ \t]+|bị[ \t]+|đã[ \t]+)?"
    + rf"(?:{alternation(list(tables.AMENDMENT_WORDS))})(?!\w))"
)


def _roman_repeat(m: re.Match[str]) -> str:
    digits = re.search(r"\d+$", m.string[max(0, m.start() - 4) : m.start()])
    return "" if digits and roman_to_int(m.group(1)) == int(digits.group()) else m.group()


#: The unit's name written out just before its bracketed symbol ("gram (g)", "ki-lô-mét (km)").
_WRITTEN_NAME_BEFORE_RE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*(?:[ \t]giờ)?)[ \t]*$")
_NUMBER_BEFORE_RE = re.compile(r"\d+(?:[.,]\d+)*[ \t]*$")
#: A numbered part of a text before its number ("Phụ lục 3", "Điều 5", "Khoản 2", "số 4"): a bracket after it is its
#: point, never the number's unit (not "quãng đường 100.000 (km)": no part of a text).
_NUMBERED_PARTS = ("phụ lục", "điều", "khoản", "mục", "điểm", "chương", "phần", "tiết", "mẫu", "số", "biểu", "bảng")
_NUMBERED_PART_BEFORE_RE = re.compile(
    rf"(?i)(?<!\w)(?:{alternation(list(_NUMBERED_PARTS))})"
    r"[ \t]+\d$"
)
#: A grade, class, size or time's number ("RON 92", "loại 1", "cấp 8", "tuần 42", "phi 10", "ST25", "ngày 5/3"): a
#: bracketed unit after it is a column's heading, never that number's amount ("Xăng E5 RON 92 (đồng/lít): 19.800").
_GRADE_WORDS = ("loại", "cấp", "hạng", "tuần", "ngày", "tháng", "quý", "năm", "phi", "vùng", "lớp", "khu", "đợt", "kỳ")
_GRADE_BEFORE_RE = re.compile(
    rf"(?:(?i:(?<!\w)(?:{alternation(list(_GRADE_WORDS))}))[ \t]+|(?<!\w)[A-Z][A-Z0-9-]*[ \t]+|[^\W\d_]|[/.,-])\d+$"
)
#: An amount's grouping or decimal ("50.000", "6,5"): the number is a quantity whatever comes before it.
_GROUPED_AMOUNT_RE = re.compile(r"\d[.,]\d+[ \t]*$")


def _is_an_amount(before: str, number: re.Match[str]) -> bool:
    """Whether the number ending ``before`` is an amount its bracketed unit measures ("60", "50.000"), not a grade's.

    >>> [_is_an_amount(b, _NUMBER_BEFORE_RE.search(b)) for b in ("tối đa 60 ", "RON 92 ", "loại 1", "ST25", "50.000")]
    [True, False, False, False, True]
    """
    if _NUMBERED_PART_BEFORE_RE.search(before, 0, number.start() + 1):
        return False
    if _GROUPED_AMOUNT_RE.search(before) and not re.search(r"/\d+$", before.rstrip()):
        return True
    return not _GRADE_BEFORE_RE.search(before.rstrip())


def _repeats_its_word(m: re.Match[str]) -> str:
    """A symbol in brackets after the word it stands for is not said again; after a number it is the number's unit.

    >>> _SYMBOL_BRACKET_RE.sub(_repeats_its_word, "0.6 gram (g) trên mỗi kilogram (kg), 100.000 (km). Kiểu (A)")
    '0.6 gram trên mỗi kilogram, 100.000 km. Kiểu (A)'
    >>> _SYMBOL_BRACKET_RE.sub(_repeats_its_word, "Vận tốc (km/h): 60; gió (m/s); 60 (km/h); (a/b); (Nam/Nữ)")
    'Vận tốc (ki lô mét trên giờ): 60; gió (mét trên giây); 60 km/h; (a/b); (Nam/Nữ)'
    >>> _SYMBOL_BRACKET_RE.sub(_repeats_its_word, "Giá (đ/kg): 50.000; 50.000 (đ/kg); (ha/hộ); (TP/TX)")
    'Giá (đồng trên ki lô gam): 50.000; 50.000 đ/kg; (ha/hộ); (TP/TX)'
    """
    symbol = m.group(1)
    spoken = tables.SYMBOL_WORDS.get(symbol) or tables.UNITS.get(symbol)
    before = m.string[max(0, m.start() - 24) : m.start()]
    if spoken and before[-len(spoken) :].lower() == spoken.lower():
        return ""
    if spoken and symbol in tables.UNITS and not symbol.isupper():
        name = _WRITTEN_NAME_BEFORE_RE.search(before)
        if name and tables.UNIT_WRITTEN_NAMES.get(name.group(1).lower()) == symbol:
            return ""
        number = _NUMBER_BEFORE_RE.search(before)
        if number and _is_an_amount(before, number):
            return " " + symbol  # "100.000 (km)": the number's unit; not "Phụ lục 3 (h)", "Điều 5 (m)": a point
    if symbol in tables.UNITS and len(symbol) > 1 and not symbol.isupper():
        return m.group().replace(symbol, tables.UNITS[symbol])  # "Trọng lượng (kg) 150": a column's unit, named
    if "/" in symbol and not symbol.isupper():
        per = [tables.UNITS.get(part) for part in symbol.split("/")]
        number = _NUMBER_BEFORE_RE.search(before)
        if all(per) and number and _is_an_amount(before, number):
            return " " + symbol  # "50.000 (đ/kg)": the number's rate
        if all(per):  # "Giá (đ/kg)": a rate the table has no row for, named part by part
            return m.group().replace(symbol, " trên ".join(per))  # type: ignore[arg-type]
    return m.group()


def brackets(text: str) -> str:
    """A parenthesis is read as an aside between two pauses; a footnote's number is not read.

    >>> brackets("Chương trình Mỗi xã một sản phẩm (OCOP) tiếp tục. ĐT: (0234) 3822 123")
    'Chương trình Mỗi xã một sản phẩm, OCOP, tiếp tục. ĐT: 0234 3822 123'
    >>> brackets("(BL-MN) Sáng 14/6, Bí thư (UBND-TP) về; (Sở GD-ĐT)")
    'bê lờ mờ nờ, Sáng 14/6, Bí thư, UBND-TP, về;, Sở GD-ĐT,'
    >>> brackets("GẠCH AAC (10 x 30 x 60)cm; gạch nung (4x8x19)cm; (3 x 4) người")
    'GẠCH AAC 10 x 30 x 60cm; gạch nung 4x8x19cm;, 3 x 4, người'
    >>> brackets("kể từ năm 2016[1]. Theo [3, 4] và [5-7], tăng cao [2].")
    'kể từ năm 2016. Theo và, tăng cao.'
    >>> brackets("các số trong ngoặc đơn ([1], [2], v.v.) là; từ năm 2016[1], [2]. Theo")
    'các số trong ngoặc đơn, 1, 2, v.v., là; từ năm 2016. Theo'
    >>> brackets("công suất: (2,2 ÷ 3,2) kW; biểu thị dưới dạng phần trăm (%); tỷ lệ (%) tăng")
    'công suất: 2,2 ÷ 3,2 kW; biểu thị dưới dạng phần trăm; tỷ lệ, %, tăng'
    >>> brackets("lần thứ 4 (IV) cấp; 4.7 (được bãi bỏ) 5.8 (sửa đổi); năm 5 (VI)")
    'lần thứ 4 cấp; bốn chấm bảy, được bãi bỏ, năm chấm tám, sửa đổi,; năm 5, VI,'
    >>> brackets("[06.1] Mã số thuế\\n[06.2] Văn bản")
    'sáu chấm một, Mã số thuế\\nsáu chấm hai, Văn bản'
    """
    if not any(c in text for c in "()[]{}"):
        return text
    if "[" in text:
        text = _FOOTNOTE_RE.sub("", text)
        text = _NAMED_REFERENCES_RE.sub(lambda m: m.group().replace("[", "").replace("]", ""), text)
    if "[" in text:
        text = _ITEM_NUMBER_RE.sub(lambda m: m[1] + " chấm ".join(read_number(p) for p in m[2].split(".")) + ", ", text)
    if "(" in text:
        text = _ROMAN_REPEAT_RE.sub(_roman_repeat, text)
        text = _AMENDED_ITEM_RE.sub(lambda m: " chấm ".join(read_number(p) for p in m[1].split(".")), text)
    text = _MEASURED_BRACKET_RE.sub(r"\1", text)
    text = _SYMBOL_BRACKET_RE.sub(_repeats_its_word, text)
    if "-" in text:
        text = _DATELINE_TAG_RE.sub(lambda m: " ".join(spell(part) for part in m[1].split("-")) + ",", text)
    text = _AREA_CODE_RE.sub(r"\1", text)
    text = _BRACKET_RE.sub(lambda m: f", {m.group(1)}," if m.group(1) else "", text)
    return re.sub(r"[()\[\]{}]", " ", text)


#: A person's initial in a sentence ("tuyên phạt C. 12 năm tù", "Bị cáo N. 25 tuổi"): a lone capital after a word
#: in small letters, its full stop before an age or a term (years, months) counted in digits. The stop is the
#: initial's, no sentence's end ("đạt loại A. 12 người được khen" counts no age or term).
_INITIAL_STOP_RE = re.compile(  # starts on its full stop (a fast literal scan), then looks back at the initial
    rf"\.(?<=[^\W\d_{UPPER}][ \t][{UPPER}]\.)[ \t]+(?=\d{{1,3}}[ \t]+(?:tuổi|năm|tháng)(?![^\W\d_]))"
)


#: A person's initial (or two, "J.D.") after a word, its full stop before a foreign surname ("C. Ronaldo", "George W.
#: Bush") or one more initial closing a name ("Vi Thị M. T (6 tuổi)"). Starts on the full stop (a fast literal scan).
_INITIAL_NAME_RE = re.compile(
    rf"\.(?:(?<=(?<![\w.])[{UPPER}]\.)|(?<=(?<![\w.])[{UPPER}]\.[{UPPER}]\.))[ \t]+"
    rf"(?=(?:[{UPPER}]\.[ \t]+)?([{UPPER}][^\W\d_{UPPER}]+|[{UPPER}](?![\w.]))(?![\w-]))"
)
#: Three initials or more of a name, spaced, after a word in small letters ("bà P. T. T. D", "anh N. V. A"): one name,
#: its inner stops no sentence's end.
_INITIAL_RUN_RE = re.compile(rf"(?<=[^\W\d_{UPPER}][ \t])[{UPPER}]\.(?:[ \t]+[{UPPER}]\.)+[ \t]+[{UPPER}](?![\w.])")
_INITIAL_NOT_AFTER = frozenset(tables.INITIAL_NOT_AFTER)
_WORDS_BEFORE_RE = re.compile(r"(\w+)(?:[ \t]+(\w+))?[ \t]+$")


def _initial_before_name(m: re.Match[str]) -> str:
    """The stop goes before a surname Vietnamese cannot write ("Blatter", "Bush"), not before a Vietnamese word
    ("xếp hạng A. Sau đó") or after a grade's word ("bảng A. Brazil")."""
    name = m.group(1)
    if len(name) > 1 and is_vietnamese_syllable(name):
        return m.group()
    s = m.string
    head = s.rfind(" ", 0, m.start())
    before = _WORDS_BEFORE_RE.search(s, max(0, head - 30), head + 1) if head > 0 else None
    if before is None:
        return m.group() if len(name) == 1 else " "  # "J. K. Rowling" opening a line; "M. T" needs a name before
    last, pair = before[2] or before[1], f"{before[1]} {before[2]}" if before[2] else ""
    if last.lower() in _INITIAL_NOT_AFTER or pair.lower() in _INITIAL_NOT_AFTER:
        return m.group()
    if len(name) == 1 and not last[:1].isupper():
        return m.group()  # "M. T" closes a name only after a name's word ("Vi Thị M. T")
    return " "


def initial_stops(text: str) -> str:
    """A person's initial keeps no full stop before an age or a term in digits, or before a foreign surname: it
    would be heard as a sentence end.

    >>> initial_stops("tuyên phạt C. 12 năm tù; Bị cáo N. 25 tuổi; đạt loại A. 12 người; Ông A. Năm nay")
    'tuyên phạt C 12 năm tù; Bị cáo N 25 tuổi; đạt loại A. 12 người; Ông A. Năm nay'
    >>> initial_stops("FIFA S. Blatter; George W. Bush; ông J.D. Vance; cháu Vi Thị M. T (6 tuổi); bảng A. Brazil")
    'FIFA S Blatter; George W Bush; ông J.D Vance; cháu Vi Thị M T (6 tuổi); bảng A. Brazil'
    >>> initial_stops("Harry Potter - J. K. Rowling; (U.S. Department); A. Tôi; I. Tham dự")
    'Harry Potter - J K Rowling; (U.S Department); A. Tôi; I. Tham dự'
    >>> initial_stops("bà P. T. T. D (45 tuổi); anh N. V. A cho biết")
    'bà P T T D (45 tuổi); anh N V A cho biết'
    """
    if ". " not in text:
        return text
    text = _INITIAL_STOP_RE.sub(" ", text)
    text = _INITIAL_RUN_RE.sub(lambda m: m.group().replace(".", ""), text)
    return _INITIAL_NAME_RE.sub(_initial_before_name, text)
