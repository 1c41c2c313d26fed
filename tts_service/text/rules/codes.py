"""Numbers of legal documents ("15/2020/NĐ-CP"): number, year, then kind and issuer expanded."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import read_digits, read_number
from .abbreviations import _in_variety_clause as in_variety_clause
from .abbreviations import organ_and_scope, said_as_word
from .common import DIGIT_FIRST, UPPER, alternation, in_sentence, led_by, mentions, party_organ, preceded_by, spell

_CODE_PART = r"[A-ZĐƯ][A-Za-zĐđƯư]*\d*"
_CODE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d+[a-zđ]?)(?:/(\d{4})|-((?:19|20)\d{2})(?=-[A-ZĐƯ]))?"
    + rf"[/-]({_CODE_PART}(?:[-/&.]{_CODE_PART})*)(?![\w])"
)  # a small letter after the number is a document's own ("Nghị quyết số 30c/NQ-CP")

#: A stray space on one side of the mark between a document's number and its code ("24- CT/HU", "1106 /KH-UBND",
#: "08 -NQ/ĐU", "10 /2016/TT-BTNMT" with its year), where the code has a second part; the number and the code are
#: then joined as printed codes are.
_SPACED_CODE_RE = re.compile(
    DIGIT_FIRST
    + r"(?<![\w/.,-])(\d+)(?:[ \t]+([/–-])[ \t]?|([/-])[ \t]+)"
    + rf"(?=(?:(?:19|20)\d{{2}}/)?({_CODE_PART}(?:[-/&.]{_CODE_PART})+)(?![\w]))"
)


#: "19-2017/NQ-CP", "0825-05/HW-TCHQ": a document's number with a hyphen inside it, before the slash of its code —
#: one number then the next ("mười chín hai nghìn không trăm mười bảy trên …"), never a range.
_HYPHENED_NUMBER_RE = re.compile(rf"(?<![\w/.,-])(\d+)-(?=(\d+)/({_CODE_PART}(?:[-/&.]{_CODE_PART})*)(?![\w]))")


_CAPITAL_PARTS_RE = re.compile(r"[A-ZĐ]{2,}(?:-[A-ZĐ]{2,})+")


def _hyphened_number(m: re.Match[str]) -> str:
    first, second = m[1], m[2]
    one_number = (
        first.startswith("0")
        or second.startswith("0")
        or len(second) > len(first) + 1
        or (len(second) == 4 and second[:2] in ("19", "20") and len(first) < 4)
    )
    if not one_number or not (_is_code(m[3]) or _CAPITAL_PARTS_RE.fullmatch(m[3])):
        return m.group()
    return f"{read_digits(first) if first.startswith('0') else read_number(first)} "


#: "23/2015/TTLT-BGD ĐT-BNV", "623/QĐ-BGD và ĐT/ĐH", "12/SGD và ĐT-TCCB": a known issuer typed with a space or "và"
#: inside it, in a code.
_SPLIT_ISSUER_RE = re.compile(
    r"([/-])(?<=\d[/-])((?:[A-ZĐ]{2,6}[-/])?)([A-ZĐ]{1,5})[ \t](?:và[ \t])?([A-ZĐ]{1,5})(?=[-/]|[ \t]|$)"
)


#: "12/2020/TT- BTC", "48/QĐ – CĐCNn", "12/QĐ – TTg": a stray space after the hyphen (or around a dash) between a
#: document's kind and its issuer.
_SPACED_PART_RE = re.compile(r"(?<=\d/)([A-ZĐ]{1,6})(?:-|[ \t]?[–-])[ \t]+([A-ZĐ][A-ZĐ&]{1,9}[a-zđ]?)(?![\w&])")

#: "140/2018/ NĐ-CP": a stray space after the slash that follows the year.
_SPACED_AFTER_YEAR_RE = re.compile(r"(\d/(?:19|20)\d{2}/)[ \t]+(?=([A-ZĐ]{1,6})[-/])")
#: What the patterns above need, found by a fast scan first: a number then a stray space by its mark, a kind then a
#: hyphen and a space after a number's slash, a number then its mark and a capital.
_SPACED_CODE_HINT_RE = re.compile(r"\d(?:[ \t]+[/–-]|[/-][ \t])")
#: An issuer's capitals closed by one small letter ("CĐCNn": Công đoàn Công nghiệp nhẹ), as no word is written.
_CLOSED_BY_SMALL_RE = re.compile(r"[A-ZĐ]{2,}[a-zđ]")
_SPACED_PART_HINT_RE = re.compile(r"/(?<=\d/)[A-ZĐ]{1,6}(?:-|[ \t]?[–-])[ \t]")
_CODE_HINT_RE = re.compile(r"[/-](?:(?<=\d[/-])|(?<=\d[a-zđ][/-]))[A-ZĐƯ]")

#: "15/2020/nđ-cp", "1234/qđ-ubnd": a code typed in small letters (a page's address, a hurried writer).
_SMALL_CODE_RE = re.compile(r"(?<=\d/)([a-zđ]{2,6})-([a-zđ]{2,10})(?![\w/-])")
_SMALL_CODE_HINT_RE = re.compile(r"/(?<=\d/)[a-zđ]{2,6}-[a-zđ]")


def _capital_code(m: re.Match[str]) -> str:
    """Small letters of a kind and an issuer the tables know are that code in capitals; any other pair stays.

    >>> _SMALL_CODE_RE.sub(_capital_code, "15/2020/nđ-cp, 100/2019/nd-cp, 05/ct-ttg, 3/abc-xyz")
    '15/2020/NĐ-CP, 100/2019/ND-CP, 05/CT-TTg, 3/abc-xyz'
    """
    kind = _folded(tables.DOCUMENT_KINDS).get(m[1].casefold())
    issuer = _folded(tables.ISSUERS).get(m[2].casefold())
    return f"{kind}-{issuer}" if kind and issuer else m.group()


#: "1947/QĐ–UBND": an en or em dash between a document's kind and its issuer, where a hyphen belongs.
_DASHED_PART_RE = re.compile(r"(?<=\d/)([A-ZĐ][A-Za-zĐđ]{0,5})[–—](?=[A-ZĐ])")

_FOLDED_KEYS: dict[int, dict[str, str]] = {}


def _folded(table: dict[str, str]) -> dict[str, str]:
    """The keys of a table of codes by their case-folded spelling: {"ttg": "TTg", ...}."""
    if id(table) not in _FOLDED_KEYS:
        _FOLDED_KEYS[id(table)] = {key.casefold(): key for key in table}
    return _FOLDED_KEYS[id(table)]


_POLICE_DEPARTMENTS = frozenset(tables.POLICE_DEPARTMENT_CODES)


def _read_code_part(part: str, first: bool, named_kinds: frozenset[str] | None = None) -> str:
    """One part of a code; a later part no issuer or court the tables know, that is a kind the writer did not name
    before the number or two letters of a general abbreviation, is a department's letters, spelled.

    >>> _read_code_part("CT", False, frozenset()), _read_code_part("ĐT", False), _read_code_part("KT", False)
    ('xê tê', 'đê tê', 'kinh tế')
    """
    letters, digits = re.match(r"(\D*)(\d*)", part).groups()  # type: ignore[union-attr]
    if not first and len(digits) == 2 and letters in _POLICE_DEPARTMENTS:
        return f"{spell(letters)} {read_number(digits)}"  # "CAT-PA05": a police department, "pê a năm"
    if (
        not first
        and letters not in tables.ISSUERS
        and letters not in tables.COURT_CODES
        and (
            (named_kinds is not None and letters in tables.DOCUMENT_KINDS and letters not in named_kinds)
            or (len(letters) == 2 and letters not in tables.DOCUMENT_KINDS and letters.isupper())
        )
    ):
        spoken = spell(letters)  # "Công văn 4966/BQP-CT": xê tê, no "chỉ thị"; "326/UBND-ĐT": no "đội tuyển"
        return f"{spoken} {read_number(digits)}" if digits else spoken
    lookups = (tables.DOCUMENT_KINDS, tables.ISSUERS) if first else (tables.ISSUERS, tables.DOCUMENT_KINDS)
    lookups += (tables.COURT_CODES,)
    for table in lookups:
        if letters in table:
            spoken = table[letters]
            break
        if letters != letters.upper() and (key := _folded(table).get(letters.casefold())):
            spoken = table[key]  # "QĐ-Ttg": a mis-cased issuer is still the one it names (TTg)
            break
    else:
        if letters in tables.ABBREVIATIONS:
            spoken = tables.ABBREVIATIONS[letters].lower()
        elif letters.upper() in tables.ABBREVIATIONS:
            spoken = tables.ABBREVIATIONS[letters.upper()].lower()
        else:
            scoped = organ_and_scope(letters)
            # a firm's name closing the code ("468/QĐ-MICCO") is said as the running text says it ("Micco")
            named = said_as_word(letters) if not first and len(letters) >= 5 else None
            spoken = party_organ(letters) or (scoped.lower() if scoped else named or spell(letters))
    return f"{spoken} {read_number(digits)}" if digits else spoken


#: A sentence about the courts: "CA" closing a paper's code there is the chief judge (chánh án), not the police.
_COURT_WORDS = ("chánh án", "tand", "tandtc", "tòa án", "toà án")


def _paired_parts(a: str, b: str) -> str | None:
    """Two code parts joined by a hyphen that name one body together, the first no kind of paper.

    >>> _paired_parts("GD", "ĐT"), _paired_parts("TĐ", "KT"), _paired_parts("KH", "ĐT")
    ('giáo dục và đào tạo', 'thi đua, khen thưởng', None)
    """
    whole = f"{a}-{b}"
    if not a or not b or a in tables.DOCUMENT_KINDS:
        return None
    if whole in tables.ISSUERS:
        return tables.ISSUERS[whole]
    return tables.ABBREVIATIONS[whole].lower() if whole in tables.ABBREVIATIONS else None


def _paired_rest(rest: str) -> list[str]:
    """The parts after a code's first, two hyphened parts that name one body kept as one ("-TN-MT" → "TN-MT").

    >>> _paired_rest("-TN-MT"), _paired_rest("/UBND-TĐ-KT"), _paired_rest("-UBND")
    (['', 'TN-MT'], ['', 'UBND', 'TĐ-KT'], ['', 'UBND'])
    """
    parts = re.split(r"([-/.]+)", rest)
    out: list[str] = []
    i = 0
    while i < len(parts):
        if i + 2 < len(parts) and parts[i + 1] == "-" and _paired_parts(parts[i], parts[i + 2]):
            out.append(f"{parts[i]}-{parts[i + 2]}")
            i += 4
        else:
            out.append(parts[i])
            i += 2
    return out


def _read_joined_part(part: str, party_style: bool = False, named_kinds: frozenset[str] | None = None) -> str:
    """A part of a code: an office named with "&" as a whole ("KT&HT"), else each side of "&" said with "và"
    ("TD&XLĐT": two offices of one issuer). In the Party's style of code an office is the Party's or the Youth
    Union's first ("18-HD/TWĐTN-BTC": ban tổ chức, where "12/QĐ-BTC" is the ministry)."""
    if party_style and part in tables.PARTY_OFFICES:
        return tables.PARTY_OFFICES[part]
    if "&" not in part or part in tables.ISSUERS or part in tables.ABBREVIATIONS:
        return _read_code_part(part, False, named_kinds)
    return " và ".join(_read_code_part(p, False, named_kinds) for p in part.split("&") if p)


def _kind_named_before(text: str, pos: int, first_part: str) -> str | None:
    """The kind the writer named before the number when its code letters stand for more than one kind:
    "Quy định 144-QĐ/TW" is a regulation of the Party, "Quyết định 1234/QĐ-UBND" a decision."""
    kinds = tables.SHARED_KIND_CODES.get(first_part, ())
    if not kinds and first_part in tables.DOCUMENT_KINDS:
        kinds = (tables.DOCUMENT_KINDS[first_part].lower(),)  # "Tờ trình số 45/TTr-SGTXD": tờ trình, not thanh tra
    for kind in kinds:
        # "Chương trình hành động số 32-CT/TU": a programme of action's own code
        if preceded_by(text, pos, (kind, f"{kind} số", f"{kind} hành động", f"{kind} hành động số"), 5):
            return kind
    return None


_LETTER_WORDS = ("công văn", "công văn số")


def _office_letters_of_a_letter(text: str, pos: int, first_part: str, rest: str) -> bool:
    """A Công văn's code opens with its office, no kind of document: "Công văn 5331/CT-CS" is xê tê xê ét (the tax
    department's), where "Chỉ thị 05/CT-TTg" is a directive; an office the tables know keeps its name ("UBND"), and
    letters of a kind before an issuer the tables know are that kind ("Công văn số 06/HD-VKSTC": hướng dẫn)."""
    parts = [p for p in re.split(r"[-/.&]+", rest) if p]
    if parts and (parts[0] in tables.ISSUERS or party_organ(parts[0]) is not None):
        return False
    return (
        first_part in tables.DOCUMENT_KINDS
        and tables.DOCUMENT_KINDS[first_part].lower() != "công văn"
        and first_part not in tables.ISSUERS
        and party_organ(first_part) is None
        and preceded_by(text, pos, _LETTER_WORDS, 3)
    )


#: Every kind of document by name ("quyết định", "thông báo"), and each followed by "số".
_KIND_NAMES = frozenset(k.lower() for k in tables.DOCUMENT_KINDS.values())
_KIND_NAMES_NUMBERED = _KIND_NAMES | {f"{k} số" for k in _KIND_NAMES}


def _issuer_letters_of_another_kind(text: str, pos: int, first_part: str, rest: str) -> bool:
    """The whole code is letters of one kind after a document the writer names as another: the letters are its
    issuer's ("Quyết định số 214/CT" of the Council's Chairman is xê tê; "Chỉ thị số 214/CT" is a directive)."""
    if rest.strip("-/.& ") or first_part not in tables.DOCUMENT_KINDS:
        return False
    own = tables.DOCUMENT_KINDS[first_part].lower()
    return preceded_by(text, pos, _KIND_NAMES_NUMBERED, 3) and not preceded_by(text, pos, (own, f"{own} số"), 3)


#: A plan, by name: where a typo in its code letters (KT for KH) is looked for.
_KIND_CODES = {tables.DOCUMENT_KINDS["KH"]: "KH"}


def _mistyped_kind(text: str, pos: int, first_part: str) -> str | None:
    """The writer names the kind, and where its two letters belong stands another two with the same first letter,
    no kind of document: a typo, said as letters ("Kế hoạch số 136/ KT-BTC": ca tê, not "kinh tế")."""
    if len(first_part) != 2 or first_part in tables.DOCUMENT_KINDS or party_organ(first_part):
        return None
    for kind, code in _KIND_CODES.items():
        if code[0] == first_part[0] and preceded_by(text, pos, (kind, f"{kind} số"), 3):
            return spell(first_part)
    return None


_KIND_CODES_BY_NAME: dict[str, list[str]] = {}
for _code, _name in tables.DOCUMENT_KINDS.items():
    _KIND_CODES_BY_NAME.setdefault(_name.lower(), []).append(_code)
_NAME_BEFORE_RE = re.compile(r"(\w+(?:[ \t]+\w+){0,3})(?:[ \t]+số)?[ \t]+$")


def _kinds_named_before(text: str, pos: int) -> frozenset[str]:
    """The codes of the kind the writer names just before a number: "Quyết định số 275/BYT-QĐ" names QĐ, so a QĐ
    after the issuer is that kind; "Công văn số 4966/BQP-CT" names none of CT's kinds.

    A name runs to four words ("Thông tư liên tịch số 12/BYT-TTLT" names TTLT), so every tail of them is looked up.

    >>> sorted(_kinds_named_before("ra quyết định số 275/BYT-QĐ", 17)), sorted(_kinds_named_before("Công văn 4", 9))
    (['QD', 'QĐ'], ['CV'])
    >>> sorted(_kinds_named_before("theo Thông tư liên tịch số 12", 27))
    ['TTLT']
    """
    m = _NAME_BEFORE_RE.search(text[max(0, pos - 30) : pos])
    if m is None:
        return frozenset()
    words = m[1].lower().split()
    words = words[:-1] if words[-1] == "số" else words
    return frozenset(
        code for start in range(len(words)) for code in _KIND_CODES_BY_NAME.get(" ".join(words[start:]), [])
    )


def _issuer_before_a_department(first: str, second: str, letter: bool = False) -> bool:
    """Letters that name a kind and an issuer alike are the issuer when a part no issuer follows, its department:
    "211/BTC-TCDN" is Bộ Tài chính's; "12/BTC-UBND" (an issuer after) keeps the kind.  A letter (``letter``: "Công
    văn" before the number) has no kind, so a department that shares a kind's letters follows the issuer too
    ("Công văn số 17142/BTC-CT": Bộ Tài chính's tax department).

    >>> _issuer_before_a_department("BTC", "TCDN"), _issuer_before_a_department("BTC", "UBND")
    (True, False)
    >>> _issuer_before_a_department("BTC", "CT"), _issuer_before_a_department("BTC", "CT", letter=True)
    (False, True)
    """
    return (
        first in tables.DOCUMENT_KINDS
        and first in tables.ISSUERS
        and bool(second)
        and second.isupper()
        and second not in tables.ISSUERS
        and (letter or second not in tables.DOCUMENT_KINDS)
        and party_organ(second) is None
    )


def _first_part(code: str) -> str:
    """The code's first part; an office named with "&" stays whole when it is known ("SGD&ĐT-THCS": SGD&ĐT)."""
    whole = re.split(r"[-/.]", code)[0]
    if "&" in whole and (whole in tables.ISSUERS or whole in tables.DOCUMENT_KINDS):
        return whole
    return re.split(r"[-/&.]", code)[0]


def _is_code(code: str) -> bool:
    first = _first_part(code).rstrip("0123456789")
    return (
        first in tables.DOCUMENT_KINDS
        or first in tables.ISSUERS
        or (first != first.upper() and first.casefold() in _folded(tables.DOCUMENT_KINDS))  # "19/Ctr-UBND"
        or first in tables.COURT_CODES
        or party_organ(first) is not None
        or _paired_parts(first, [*re.split(r"[-/.&]", code), ""][1]) is not None  # "4247/GD-ĐT"
    )


#: The committee a sentence names first after a code: "19-CT/TU … của Thành ủy TPHCM" is a city's (thành ủy).
_COMMITTEE_AFTER_RE = re.compile(r"[^.;!?\n]*?\b(T(?:ỉnh|hành) (?:ủy|uỷ))", re.IGNORECASE)


_COMMITTEE_BEFORE_RE = re.compile(r"\bT(?:ỉnh|hành) (?:ủy|uỷ)", re.IGNORECASE)


def _city_committee_after(text: str, end: int) -> bool:
    """TU is a province's committee (tỉnh ủy) unless the sentence's first committee after it is a Thành ủy, or,
    when none follows, the last one before it."""
    m = _COMMITTEE_AFTER_RE.match(text, end)
    if m is None:  # none after: the last one named before it in the sentence ("Thành ủy Hà Nội ban hành 31-KH/TU")
        stops = (text.rfind(". ", 0, end), text.rfind("\n", 0, end), text.rfind(";", 0, end))
        before = _COMMITTEE_BEFORE_RE.findall(text, max(stops) + 1, end)  # the full stop of "TP.HCM" is no end
        return bool(before) and before[-1].lower().startswith("thành")
    return m.group(1).lower().startswith("thành")


#: Kinds of document an event's organising committee (Ban tổ chức) issues: a plan, a notice.
_ORGANISERS_KINDS = frozenset({"KH", "TB"})
_FINANCE_RE = re.compile(r"[Tt]ài chính")


def _organisers_plan(text: str, pos: int, first_part: str) -> bool:
    """BTC closing a plan's or a notice's code is an event's Ban tổ chức unless the sentence is about finance:
    "Kế hoạch số 12/KH-BTC" of a sports festival, where "Thông tư 200/2014/TT-BTC" is the ministry."""
    named = preceded_by(text, pos, ("kế hoạch", "kế hoạch số", "thông báo", "thông báo số"))
    if first_part not in _ORGANISERS_KINDS and not named:
        return False
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), text.rfind(";", 0, pos)) + 1
    ends = (text.find(".", pos), text.find("\n", pos), text.find(";", pos))
    end = min((i for i in ends if i >= 0), default=len(text))
    return not _FINANCE_RE.search(text, start, end)


def document_codes(text: str) -> str:
    """Numbers of legal documents: number, year, then the kind and the issuer, expanded.

    >>> print(document_codes("Nghị định 15/2020/NĐ-CP, Quyết định 1234/QĐ-UBND, Nghị quyết 54-NQ/TW"))
    Nghị định mười lăm trên hai nghìn không trăm hai mươi trên nghị định chính phủ, Quyết định một nghìn
    hai trăm ba mươi tư trên quyết định ủy ban nhân dân, Nghị quyết năm mươi tư nghị quyết trung ương
    >>> print(document_codes("Quy định số 144-QĐ/TW; Hướng dẫn 36-HD/VPTW; Báo cáo 9-BC/UBKTHU"))
    Quy định số một trăm bốn mươi tư quy định trung ương; Hướng dẫn ba mươi sáu hướng dẫn văn phòng trung
    ương; Báo cáo chín báo cáo ủy ban kiểm tra huyện ủy
    >>> document_codes("Công văn số 2079/TTCP-TD&XLĐT")
    'Công văn số hai nghìn không trăm bảy mươi chín trên thanh tra chính phủ tê đê và ích lờ đê tê'
    >>> document_codes("Công văn 5331/CT-CS năm 2025; Chỉ thị 05/CT-TTg")
    'Công văn năm nghìn ba trăm ba mươi mốt trên xê tê xê ét năm 2025; Chỉ thị năm trên chỉ thị thủ tướng'
    >>> document_codes("Quyết định số 214/CT ngày 15/7; Quyết định 214-CT, đến; Chỉ thị số 214/CT ngày")
    'Quyết định số hai trăm mười bốn trên xê tê ngày 15/7; Quyết định hai trăm mười bốn xê tê, đến; Chỉ thị số hai \
trăm mười bốn trên chỉ thị ngày'
    >>> document_codes("Công văn 12/SGD&ĐT-GDTrH")
    'Công văn mười hai trên sở giáo dục và đào tạo giáo dục trung học'
    >>> print(document_codes("Chỉ thị số 24- CT/HU; Kế hoạch 1106 /KH-UBND; từ 15 - 20/KH-UBND"))
    Chỉ thị số hai mươi tư chỉ thị huyện ủy; Kế hoạch một nghìn một trăm linh sáu trên kế hoạch ủy ban nhân
    dân; từ 15 - hai mươi trên kế hoạch ủy ban nhân dân
    >>> print(document_codes("Thông tư số 10 /2016/TT-BTNMT, có; số 105 /2021/TT-BQP"))
    Thông tư số mười trên hai nghìn không trăm mười sáu trên thông tư bộ tài nguyên và môi trường, có; số một trăm
    linh năm trên hai nghìn không trăm hai mươi mốt trên thông tư bộ quốc phòng
    >>> document_codes("số 623/QĐ-BGD và ĐT/ĐH; số 12/SGD và ĐT-TCCB")
    'số sáu trăm hai mươi ba trên quyết định bộ giáo dục và đào tạo đê hát; số mười hai trên sở giáo dục và đào tạo \
tổ chức cán bộ'
    >>> print(document_codes("số 23/2015/TTLT-BGD ĐT-BNV; 18-2019-TT-BGDĐT; số 2175 – NQ/QU; 2016 – 2020"))
    số hai mươi ba trên hai nghìn không trăm mười lăm trên thông tư liên tịch bộ giáo dục và đào tạo bộ nội vụ;
    mười tám năm hai nghìn không trăm mười chín thông tư bộ giáo dục và đào tạo; số hai nghìn một trăm bảy mươi
    lăm nghị quyết quận ủy; 2016 – 2020
    >>> document_codes("Nghị quyết 35-2016/NQ-CP; từ 15-20/KH; Nghị quyết số 30c/NQ-CP; Hb 110g/L")
    'Nghị quyết ba mươi lăm hai nghìn không trăm mười sáu trên nghị quyết chính phủ; từ 15-20/KH; Nghị quyết số \
ba mươi xê trên nghị quyết chính phủ; Hb 110g/L'
    """

    def code(m: re.Match[str]) -> str:
        number, year, dash_year, letters = m.groups()
        if not _is_code(letters):
            return m.group()
        if not year and not dash_year and number[-1] in tables.UNITS and letters in tables.UNITS:
            return m.group()  # "110g/L": grams per litre, a unit glued to its amount, no document's number
        first = _first_part(letters)
        digits = number.rstrip("abcdefghijklmnopqrstuvwxyzđ")
        spoken = [read_number(digits), *(spell(number[len(digits) :].upper()) for _ in number[len(digits) :])]
        if year:
            spoken += ["trên", read_number(year)]
        if dash_year:  # "18-2019-TT-BGDĐT": number, year, kind and issuer all joined by hyphens
            spoken += ["năm", read_number(dash_year)]
        if m.group().startswith(f"{number}/"):
            spoken.append("trên")
        named = _kind_named_before(m.string, m.start(), first)
        if (
            not named
            and m.group().startswith(f"{number}/")
            and _office_letters_of_a_letter(m.string, m.start(), first, letters[len(first) :])
        ):
            named = spell(first)
        if not named and _issuer_letters_of_another_kind(m.string, m.start(), first, letters[len(first) :]):
            named = spell(first)
        rest = letters[len(first) :]
        second = re.split(r"[-/.]+", rest[1:])[0] if rest.startswith("-") else ""
        if not named and _issuer_before_a_department(first, second, preceded_by(m.string, m.start(), _LETTER_WORDS, 3)):
            named = tables.ISSUERS[first]  # "211/BTC-TCDN": the ministry (Bộ Tài chính), its department after it
        spoken.append(named or _mistyped_kind(m.string, m.start(), first) or _read_code_part(first, True))
        party_style = m.group().startswith(f"{number}-")  # "225-KH/TWĐTN-CTTN"; the state's is "12/QĐ-BTC"
        organiser = _organisers_plan(m.string, m.start(), first)
        named_kinds = _kinds_named_before(m.string, m.start())
        if paired := _paired_parts(first, second):
            spoken[-1] = paired  # "4247/GD-ĐT": the two parts name one body, "giáo dục và đào tạo"
            rest = rest[1 + len(second) :]
        for part in _paired_rest(rest):
            if part.strip("&").endswith("TU") and _city_committee_after(m.string, m.end()):
                organ = "tỉnh ủy" if part.strip("&") == "TU" else _read_joined_part(part.strip("&"), party_style)
                spoken.append(organ.removesuffix("tỉnh ủy") + "thành ủy" if organ.endswith("tỉnh ủy") else organ)
            elif part == "BTC" and organiser:
                spoken.append("ban tổ chức")
            elif part == "CA" and in_sentence(m.string, m.start(), m.end(), _COURT_WORDS):
                spoken.append("chánh án")  # "02/2020/CT-CA … hệ thống TAND": a paper the chief judge signs
            elif part.strip("&"):
                spoken.append(_read_joined_part(part.strip("&"), party_style, named_kinds))
        return " ".join(spoken)

    if "–" in text or "—" in text:
        text = _DASHED_PART_RE.sub(r"\1-", text)
    if "/" in text and _SMALL_CODE_HINT_RE.search(text):
        text = _SMALL_CODE_RE.sub(_capital_code, text)
    stray_space = " -" in text or "- " in text or " /" in text or "/ " in text or " – " in text
    if stray_space and _SPACED_CODE_HINT_RE.search(text):
        text = _SPACED_CODE_RE.sub(
            lambda m: f"{m[1]}{(m[2] or m[3]).replace('–', '-')}" if _is_code(m[4]) else m.group(), text
        )
    if "/ " in text:
        text = _SPACED_AFTER_YEAR_RE.sub(lambda m: m[1] if m[2] in tables.DOCUMENT_KINDS else m.group(), text)
    if ("- " in text or "– " in text) and _SPACED_PART_HINT_RE.search(text):
        text = _SPACED_PART_RE.sub(
            lambda m: (
                f"{m[1]}-{m[2]}"
                if m[1] in tables.DOCUMENT_KINDS
                and (m[2] in tables.ISSUERS or party_organ(m[2]) or _CLOSED_BY_SMALL_RE.fullmatch(m[2]))
                else m.group()
            ),
            text,
        )
    if "/" in text:
        text = _SPLIT_ISSUER_RE.sub(
            lambda m: f"{m[1]}{m[2]}{m[3]}{m[4]}" if f"{m[3]}{m[4]}" in tables.ISSUERS else m.group(), text
        )
    if "-" in text and "/" in text:
        text = _HYPHENED_NUMBER_RE.sub(_hyphened_number, text)
    return _CODE_RE.sub(code, text) if _CODE_HINT_RE.search(text) else text


#: An account of the chart of accounts after its label, or a list of them: "Có các TK 111, 112" (digit_code_labels.tsv).
_DIGIT_CODE_RE = re.compile(
    rf"(?<![\w.])({alternation(list(tables.DIGIT_CODE_LABELS))})[ \t]+(\d{{3,5}}(?:,[ \t]*\d{{3,5}})*)(?![\w]|[.,]\d)"
)


def digit_codes(text: str) -> str:
    """An account's number after its label is said digit by digit, as accountants say it.

    >>> digit_codes("Nợ TK 111, 112, 331,... Có TK 3331; TK 1 tỷ")
    'Nợ tài khoản một một một, một một hai, ba ba một,... Có tài khoản ba ba ba một; TK 1 tỷ'
    """
    if "TK" not in text:
        return text
    return _DIGIT_CODE_RE.sub(
        lambda m: f"{tables.DIGIT_CODE_LABELS[m[1]]} " + ", ".join(read_digits(n.strip()) for n in m[2].split(",")),
        text,
    )


#: A block's or a lot's code after its word: "Lô 09-1", "lô 15-1" (lot_code_words.tsv).
_LOT_CODE_RE = re.compile(
    rf"(?<![^\W\d_])((?:{alternation(list(tables.LOT_CODE_WORDS))})(?:[ \t]+số)?)[ \t]+(\d{{1,3}})-(\d{{1,3}})"
    r"(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)


def _lot_code(m: re.Match[str]) -> str:
    label, first, second = m.groups()
    if (first.startswith("0") and len(first) > 1) or int(second) < int(first):
        return f"{label} {first} gạch {second}"
    return m.group()  # "các lô 1-5": lots one to five


def lot_codes(text: str) -> str:
    """A block's or a lot's code of two numbers is one code: its dash is "gạch", not a span nor a date.

    >>> lot_codes("dầu từ Lô 09-1; thuộc lô 15-1; các lô 1-5")
    'dầu từ Lô 09 gạch 1; thuộc lô 15 gạch 1; các lô 1-5'
    """
    if "-" not in text or ("lô" not in text and "Lô" not in text and "LÔ" not in text):
        return text
    return _LOT_CODE_RE.sub(_lot_code, text)


#: A gold's purity: nines, maybe with a dot or a comma inside ("9999", "999.9", "99,99"), after a word of gold.
_GOLD_PURITY_RE = re.compile(r"(?<![\w.,])(?=9)(9{3,4}|9{2,3}[.,]9{1,2})(?![\w]|[.,]\d)")
_GOLD_WORDS = frozenset(tables.GOLD_PURITY_WORDS)


def gold_purities(text: str) -> str:
    """A gold's purity is said digit by digit: "vàng 9999" is "vàng chín chín chín chín", not a number.

    >>> gold_purities("vàng nhẫn tròn trơn 9999 tăng; vàng 999.9; bán 9999 lượng; có 999 người; nhẫn 99,99")
    'vàng nhẫn tròn trơn chín chín chín chín tăng; vàng chín chín chín chấm chín; bán 9999 lượng; có 999 người; \
nhẫn chín chín phẩy chín chín'
    """
    if "999" not in text and "99," not in text and "99." not in text:
        return text

    def purity(m: re.Match[str]) -> str:
        clause = re.split(r"[.,;:!?()\n]", m.string[max(0, m.start() - 40) : m.start()])[-1]
        if not mentions(clause, len(clause), _GOLD_WORDS, 4):
            return m.group()  # "vàng" in this clause, within four words before the nines
        mark = " phẩy " if "," in m.group() else " chấm "  # "99,99" is said with the comma it is written with
        return mark.join(read_digits(p) for p in re.split(r"[.,]", m.group()))

    return _GOLD_PURITY_RE.sub(purity, text)


#: A registration plate after its word: province code, series (letters, maybe a digit), a dash, the serial
#: ("29A-123.45", "37B1 – 878.07", "27B – 000.88", "51F-12345").
_PLATE_RE = re.compile(
    led_by(list(tables.PLATE_WORDS), True) + rf"(?i:(?<!\w)(?:{alternation(list(tables.PLATE_WORDS))}))[ \t]*:?[ \t]*"
    r"(\d{2}[A-Z]{1,2}\d?)(?:[ \t]*[-–—.][ \t]*|[ \t]+)"
    r"(\d{3}\.(?:\d{2}|[Xx]{2})|\d{4,5}|\d{2,4}[Xx]{1,3})(?![\w]|[.,]\d)"
)
#: More plates listed after the first: "biển số: 30E-2792x, 30E-0355x và 30A-4961x".
_LISTED_PLATE_RE = re.compile(
    r"([ \t]*(?:,|;|và)[ \t]*)(\d{2}[A-Z]{1,2}\d?)[ \t]*[-–—.][ \t]*"
    r"(\d{3}\.(?:\d{2}|[Xx]{2})|\d{4,5}|\d{2,4}[Xx]{1,3})(?![\w]|[.,]\d)"
)
#: A plate without its label, by its shape alone, a vehicle's word a few words before it: "ôtô số 29K-5389",
#: "mang biển 60L-2291" (its dash is no range, its K no thousand, its L no litre).
_BARE_PLATE_RE = re.compile(
    r"(?<![\w.,/-])(\d{2}[A-Z]{1,2}\d?)[ \t]?[-–][ \t]?(\d{3}\.\d{2}|\d{4,5})(?![\w]|[.,]\d|[-–/])"
)
_BARE_PLATE_HINT_RE = re.compile(r"[A-Z]\d?[ \t]?[-–][ \t]?\d{3}")  # a capital first: a fast scan
_PLATE_CONTEXT_WORDS = frozenset(tables.PLATE_CONTEXT_WORDS)
_SERIES_RE = re.compile(r"(\d{2})([A-Z]{1,2})(\d?)")
#: Police news masks a plate's last digits: "22A-292.XX", "29E-054.xx".
_MASK_RE = re.compile(r"[Xx]+")


def vehicle_plates(text: str) -> str:
    """A plate's serial is read group by group ("123.45"), a group led by zero or written whole ("12345") digit by
    digit; a dash in it is no pause.

    >>> vehicle_plates("xe BKS 29A-123.45, biển kiểm soát: 27B – 000.88 và biển số 51F-01234")
    'xe BKS 29A một trăm hai mươi ba chấm bốn mươi lăm, biển kiểm soát: 27B không không không chấm tám mươi tám và \
biển số 51F không một hai ba bốn'
    >>> vehicle_plates("biển kiểm soát 27B-000.88.")
    'biển kiểm soát 27B không không không chấm tám mươi tám.'
    >>> print(vehicle_plates("ôtô số 29K-5389 cùng; mang biển 60L-2291 đã; biển số 94K-4119; ô tô 30A-123.45"))
    ôtô số hai mươi chín ca, năm ba tám chín cùng; mang biển sáu mươi lờ, hai hai chín một đã; biển số chín mươi tư
    ca, bốn một một chín; ô tô 30A một trăm hai mươi ba chấm bốn mươi lăm
    >>> vehicle_plates("Tài liệu trang 12A-1234 của bộ")
    'Tài liệu trang 12A-1234 của bộ'

    A space may stand for the dash, and police news masks the last digits:

    >>> vehicle_plates("xe tải BKS: 92H 008.06, BKS: 43C 13650; BKS: 22A-292.XX. biển kiểm soát 29E-054.xx vi phạm")
    'xe tải BKS: 92H không không tám chấm không sáu, BKS: 43C một ba sáu năm không; BKS: 22A hai trăm chín mươi \
hai chấm ích ích. biển kiểm soát 29E không năm bốn chấm ích ích vi phạm'
    >>> vehicle_plates("các biển số: 30E-2792x, 30E-0355x và 30A-4961x; 12, 13")
    'các biển số: 30E hai bảy chín hai ích, 30E không ba năm năm ích và 30A bốn chín sáu một ích; 12, 13'
    """

    def serial(group: str) -> str:
        if "x" in group or "X" in group:
            digits = _MASK_RE.sub("", group)
            masked = " ".join(["ích"] * (len(group) - len(digits)))
            return f"{read_digits(digits)} {masked}" if digits else masked
        return read_digits(group) if group.startswith("0") or len(group) > 3 else read_number(group)

    def read(series: str, serials: str) -> str:
        province, letters, digit = _SERIES_RE.fullmatch(series).groups()  # type: ignore[union-attr]
        if letters in tables.UNITS:  # "29K", "60L": the series' letter, never a thousand or a litre
            series = f"{read_number(province)} {spell(letters)}" + (f" {read_digits(digit)}" if digit else "") + ","
        return f"{series} " + " chấm ".join(serial(g) for g in serials.split("."))

    if ("-" in text or "–" in text) and _BARE_PLATE_HINT_RE.search(text):
        text = _BARE_PLATE_RE.sub(
            lambda m: read(m[1], m[2]) if mentions(m.string, m.start(), _PLATE_CONTEXT_WORDS, 6) else m.group(), text
        )
    if not ("BKS" in text or "iển" in text or "IỂN" in text):
        return text
    out: list[str] = []
    last = 0
    for m in _PLATE_RE.finditer(text):
        out.append(text[last : m.start()] + m.string[m.start() : m.start(1)] + read(m[1], m[2]))
        last = m.end()
        while listed := _LISTED_PLATE_RE.match(text, last):
            out.append(listed[1] + read(listed[2], listed[3]))
            last = listed.end()
    out.append(text[last:])
    return "".join(out)


#: A standard's number after its label, its parts joined by a hyphen: a sector and a number ("QCVN 01-67 : 2011",
#: "QCVN 08-MT:2015/BTNMT"), or a number and its year the older way ("TCVN 5574-2012"). The hyphen is no range.
#: ("TCVN 9639:2013" reads as written; "TCVN 11041-1:2017" is a part, "phần", left to the range rule.)
_STANDARD_RE = re.compile(
    rf"(?<![\w/])({alternation(list(tables.STANDARD_LABELS))})[ \t]+"
    r"(?=\d{1,5}[ \t]?-)(\d{1,5}(?:[ \t]?-[ \t]?\d{1,5})*)"
    r"(?:-([A-Z]{1,4}))?(?:[ \t]*:[ \t]*((?:19|20)\d{2}))?(?![\w]|[.,]\d)"
)
_STANDARD_HINT_RE = re.compile(r"(?:CN|VN|ISO|IEC|CS|ĐP)[ \t]+\d+[ \t]?-")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: An engine oil's viscosity grade of the SAE standard, winter grade "W" and summer grade ("SAE 15W-40", "dầu 5W-30",
#: "0W–20"): one grade, "mười lăm vê kép bốn mươi", no watts and no span (a span of watts "10W-40W" stays).
#: A fertiliser's grade of nitrogen, phosphorus and potassium written with dots ("NPK 5.10.3", "NPK 16.16.8"): three
#: numbers said one after another, as the dashed "NPK 20-20-15" is, never "chấm".
_NPK_GRADE_RE = re.compile(r"(?<=NPK[ \t])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?!\d|[.,]\d)")
_OIL_GRADE_RE = re.compile(r"(?<![\w.,-])(\d{1,2})(W[-–]|[Ww][-–]?)(\d{2,3})(?![\w.,]\d|\w|[ \t]?W(?!\w))")
_OIL_GRADE_HINT_RE = re.compile(r"[Ww](?<=\d[Ww])[-–]?\d")
#: Written in small letters or glued ("10w40", "5w-30", "10W40"), only the SAE's own grades are one.
_WINTER_GRADES = frozenset(("0", "5", "10", "15", "20", "25"))
_SUMMER_GRADES = frozenset(("8", "12", "16", "20", "30", "40", "50", "60"))
#: A gear oil's grades ("75w90", "85W140"): winter 70 to 85, summer 80 to 250.
_GEAR_WINTER_GRADES = frozenset(("70", "75", "80", "85"))
_GEAR_SUMMER_GRADES = frozenset(("80", "85", "90", "110", "140", "190", "250"))


#: A unit of time after the second number: "Sạc nhanh 20w-30 phút" is watts, then minutes, not an oil grade.
_TIME_AHEAD_RE = re.compile(r"[ \t]*(?:phút|giây|giờ|tiếng)(?![^\W\d_])")


def _oil_grade(m: re.Match[str]) -> str:
    winter, mark, summer = m.groups()
    if _TIME_AHEAD_RE.match(m.string, m.end()):
        return f"{winter}W {summer}"
    engine = winter in _WINTER_GRADES and summer in _SUMMER_GRADES
    gear = winter in _GEAR_WINTER_GRADES and summer in _GEAR_SUMMER_GRADES
    if len(summer) == 3 and not gear:
        return m.group()
    if (len(mark) == 1 or mark[0] == "w") and not (engine or gear):
        return m.group()
    return f"{winter} vê kép {summer}"


def _read_standard_part(digits: str) -> str:
    return read_digits(digits) if digits.startswith("0") and len(digits) > 1 else read_number(digits)


def standard_numbers(text: str) -> str:
    """A standard's parts joined by a hyphen are read one after another (a leading zero said), never "đến".

    >>> print(standard_numbers("Ký hiệu: QCVN 01-67 : 2011/BNNPTNT; QCVN 08-MT:2015/BTNMT; TCVN 5574-2012"))
    Ký hiệu: QCVN không một, sáu mươi bảy, 2011/BNNPTNT; QCVN không tám, MT, 2015/BTNMT; TCVN năm nghìn năm trăm
    bảy mươi tư, hai nghìn không trăm mười hai
    >>> print(standard_numbers("TCVN 9639:2013; TCVN 11041 - 1:2017; QCVN 01:2015"))
    TCVN 9639:2013; TCVN 11041 - 1:2017; QCVN 01:2015
    >>> standard_numbers("dầu SAE 15W-40 và 5W-30; dầu 0W–20.; đèn 10W-40W; phân NPK 5.10.3, NPK 16.16.8")
    'dầu SAE 15 vê kép 40 và 5 vê kép 30; dầu 0 vê kép 20.; đèn 10W-40W; phân NPK 5 10 3, NPK 16 16 8'
    >>> standard_numbers("nhớt 10w40 hoặc 5w-30, 10W40; bóng 40W; mã 12w34; sạc 20w-30 phút")
    'nhớt 10 vê kép 40 hoặc 5 vê kép 30, 10 vê kép 40; bóng 40W; mã 12w34; sạc 20W 30 phút'
    >>> standard_numbers("dầu hộp số 75w90, 85W140; mã 75w12")
    'dầu hộp số 75 vê kép 90, 85 vê kép 140; mã 75w12'
    """
    if _OIL_GRADE_HINT_RE.search(text):
        text = _OIL_GRADE_RE.sub(_oil_grade, text)
    if "NPK" in text:
        text = _NPK_GRADE_RE.sub(r"\1 \2 \3", text)

    def standard(m: re.Match[str]) -> str:
        label, number, letters, year = m.groups()
        parts = [p.strip() for p in number.split("-")]
        if len(parts) == 1 and not letters:
            return m.group()
        if len(parts) == 2 and year and not parts[0].startswith("0") and len(parts[1]) <= 2:
            return m.group()  # "TCVN 11041-1:2017": a part of the standard
        spoken = ", ".join(_read_standard_part(p) for p in parts)
        spoken += f", {letters}" if letters else ""
        if year:  # an issuer after the year ("2011/BNNPTNT") is read with it by the document code rule
            spoken += f", {year if m.string.startswith('/', m.end()) else read_number(year)}"
        return f"{label} {spoken}"

    return _STANDARD_RE.sub(standard, text) if _STANDARD_HINT_RE.search(text) else text


#: A variety's code of capitals, a dash and digits, named in a clause about a breed ("giống vừng VS-1", "giống lúa
#: ĐS-1"): one code, its letters spelled like a glued code's ("VS1"), not an abbreviation ("VS" is no Viện sĩ there).
_DASHED_VARIETY_CODE_RE = re.compile(rf"(?<![\w-])([{UPPER}]{{1,4}})[-–](?=\d{{1,5}}(?![\w-]|[.,]\d))")


#: A variety's code of capitals and a long number, spaced or glued ("lúa IR 50404", "OM5451"): breeders number their
#: lines, and the number is said digit by digit ("năm không bốn không bốn"), not as fifty thousand.
_LONG_VARIETY_CODE_RE = re.compile(rf"(?<![\w-])([{UPPER}]{{1,4}})[ \t]?(\d{{4,5}})(?![\w-]|[.,]\d)")
_LONG_VARIETY_HINT_RE = re.compile(r"[A-Z][ \t]?\d{4}")
_VARIETY_LIST_GLUE_RE = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*", re.IGNORECASE)
_CROP_WORDS = frozenset(tables.CROP_WORDS)


def variety_codes(text: str) -> str:
    """A variety's dashed code is glued, so it is read as one code of letters and digits; a long number in a
    variety's code is said digit by digit (a crop word before it, a clause about a breed, or a list of such codes).

    >>> variety_codes("giống vừng VS-1 diễn ra, giống lúa ĐS-1; tàu VS-1")
    'giống vừng VS1 diễn ra, giống lúa ĐS1; tàu VS-1'
    >>> variety_codes("lúa IR 50404, OM 5451 giữ giá; giống lúa OM5451; Công văn 5451; lúa HT 2024")
    'lúa i rờ năm không bốn không bốn, ô mờ năm bốn năm một giữ giá; giống lúa ô mờ năm bốn năm một; Công văn 5451; \
lúa HT 2024'
    """
    if _LONG_VARIETY_HINT_RE.search(text):
        last_end = -1

        def long_code(m: re.Match[str]) -> str:
            nonlocal last_end
            s, start = m.string, m.start()
            if (" " in m.group() or "\t" in m.group()) and 1950 <= int(m[2]) <= 2039:
                return m.group()  # "vụ lúa HT 2024": a season and its year
            if not (
                preceded_by(s, start, _CROP_WORDS, 1)
                or in_variety_clause(s, start)
                or (last_end >= 0 and _VARIETY_LIST_GLUE_RE.fullmatch(s, last_end, start))
            ):
                return m.group()
            last_end = m.end()
            return f"{spell(m[1])} {read_digits(m[2])}"

        text = _LONG_VARIETY_CODE_RE.sub(long_code, text)
    if "iống" not in text:
        return text
    return _DASHED_VARIETY_CODE_RE.sub(lambda m: m[1] if in_variety_clause(m.string, m.start()) else m.group(), text)
