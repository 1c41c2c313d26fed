"""Characters and whitespace: NFC, one kind of space, ASCII digits, no invisible characters."""

from __future__ import annotations

import html.entities
import re
import unicodedata

from .. import tables
from .common import LOWER, UPPER, is_pronounceable

#: Default-ignorable code points (Unicode's DerivedCoreProperties): a soft hyphen, zero-width spaces and joiners,
#: the combining grapheme joiner a page may thread between letters to defeat copying ("Q\u034fu\u034fản\u034fg"),
#: bidi marks and variation selectors.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


#: Digits that are not ASCII: other scripts' decimal digits ("٣", "３") and digit-like signs ("²", "①").
_OTHER_DIGITS = frozenset(chr(c) for c in range(0x80, 0x20000) if chr(c).isdigit())
_GLUED_DAY_RE = re.compile(r"(?<![^\W\d_])(ngày|Ngày|NGÀY)(?=\d)")
_ODD_SPACES = frozenset("\t\u00a0\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}


#: An ellipsis or a doubled stop with a word glued after it ("để...vv..vv..nhiều"): the word after is its own.
_GLUED_AFTER_DOTS_RE = re.compile(r"(?<=[^\W\d_])(\.{2,3}|…)(?=[^\W\d_])")
#: "v..v..", "..v..v..": "v.v." (vân vân) typed with doubled stops, so the abbreviation is found.
_DOUBLED_ETC_RE = re.compile(r"(\.{2,3}[ \t]?)?(?<![^\W\d_])v\.{2,3}v(\.*)(?![^\W\d_])")


#: A lower-case word glued to a capitalised one by the page ("tại xãThuận Minh").
#: A digit may touch either side ("0bàAm"): the numbers are read later, and the second reading must match the first.
_GLUED_WORDS_RE = re.compile(rf"(?<![^\W\d_])([{LOWER}]{{2,7}})([{UPPER}][{LOWER}]{{1,6}})(?![^\W\d_])")
#: A lower-case Vietnamese word glued to an acronym in capitals ("bao gồmVAT", "xãUBND").
_GLUED_ACRONYM_RE = re.compile(rf"(?<![^\W\d_])([{LOWER}]{{2,7}})([{UPPER}]{{2,8}})(?![^\W\d_])")
#: A small letter right before a capital, found by the capital first (a fast scan): no glued words without one.
_SMALL_THEN_CAPITAL_RE = re.compile(rf"[{UPPER}](?<=[{LOWER}][{UPPER}])")


def glued_words(text: str) -> str:
    """A complete Vietnamese syllable glued to a capitalised one or to an acronym is two words; brand shapes stay
    whole.

    >>> glued_words("tại xãThuận Minh, ở huyệnĐông Anh; iPhone, eKYC, mRNA, NếmTV, payPal, youTube")
    'tại xã Thuận Minh, ở huyện Đông Anh; iPhone, eKYC, mRNA, NếmTV, payPal, youTube'
    >>> glued_words("không bao gồmVAT; gửi vềUBND tỉnh; theoUBND; xem myTV, iOS; công tyTNHH")
    'không bao gồm VAT; gửi về UBND tỉnh; theo UBND; xem myTV, iOS; công ty TNHH'
    """

    def split(m: re.Match[str]) -> str:
        left, right = m.groups()
        if (
            not is_pronounceable(left)
            or not is_pronounceable(right)
            or (left + right).isascii()  # "payPal": a Vietnamese word glued so carries a mark
            or m.group() in tables.LOANWORDS
            or m.group() in tables.ABBREVIATIONS
        ):
            return m.group()
        return f"{left} {right}"

    def split_acronym(m: re.Match[str]) -> str:
        left, right = m.groups()
        marked = not left.isascii()  # "gồm", "xã": a Vietnamese word, never a brand's small prefix ("myTV")
        # "tyTNHH": a short unmarked word only before a known acronym of three letters or more (no brand's "TV")
        known = right in tables.ABBREVIATIONS and (len(left) >= 3 or len(right) >= 3)
        if not is_pronounceable(left) or not (marked or known):
            return m.group()
        return f"{left} {right}"

    if not _SMALL_THEN_CAPITAL_RE.search(text):
        return text
    return _GLUED_ACRONYM_RE.sub(split_acronym, _GLUED_WORDS_RE.sub(split, text))


#: An HTML character reference a CMS left in the text ("&amp;", "&gt;", "&#39;", "&#x26;", "&nbsp;"); without its
#: semicolon only the five a CMS escapes itself, before no letter or digit ("Henley &amp Partners", "&lt 120"), and a
#: decimal one ("Christie&#39s"), so "AT&T", "R&D", "&ampere" and a bare "&copy" stay as written.
_ENTITY_RE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|&(?:amp|AMP|lt|gt|quot|nbsp)(?![\w;=])|&#[0-9]{2,7}(?![0-9;])"
)


def _entity(m: re.Match[str]) -> str:
    name = m.group() if m.group().endswith(";") else m.group() + ";"
    if name[1] == "#":
        char = html.unescape(name)
        if not char.isprintable() or (name != m.group() and unicodedata.category(char)[0] not in "PSZ"):
            return m.group()  # "&#12": a form feed, "&#1234": a Cyrillic letter; only a mark decodes without its ";"
        return char
    # looked up whole: "&ampere;" is no entity, not "&amp" and "ere;"
    char = html.entities.html5.get(name[1:] if name[1:-1] in _NAMED else name[1:].lower())
    return m.group() if char is None else char


#: Entity names that differ by case ("&Agrave;", "&agrave;"): looked up as written; any other is looked up in small
#: letters, so a CMS's "&AMP;" is "&".
_NAMED = frozenset(k.rstrip(";") for k in html.entities.html5 if k.endswith(";") and k.lower() != k)


def html_entities(text: str) -> str:
    """An HTML entity a page or a CMS left escaped is its character, decoded as often as it was escaped (four times
    at most: "&amp;amp;amp;").

    >>> print(html_entities("Henley &amp; Partners; &gt;&gt; Tin; HA &lt; 120; &quot;Mẹ&quot;; Christie&#39;s; AT&T"))
    Henley & Partners; >> Tin; HA < 120; "Mẹ"; Christie's; AT&T
    >>> html_entities("Water &amp;amp; bridges; Johnson &AMP; Johnson; &#x26;; &foo;; Henley &amp;amp;amp; Partners")
    'Water & bridges; Johnson & Johnson; &; &foo;; Henley & Partners'
    >>> html_entities("Henley &amp Partners; HA &lt 120; Christie&#39s; 2021&#8211;2025; &ampere; &copy 5")
    "Henley & Partners; HA < 120; Christie's; 2021–2025; &ampere; &copy 5"
    >>> html_entities("thứ &#12 trong; mã &#1234 là; ?q=a&lt=10")
    'thứ &#12 trong; mã &#1234 là; ?q=a&lt=10'
    """
    for _ in range(4):
        if "&" not in text:
            break
        decoded = _ENTITY_RE.sub(_entity, text)
        if decoded == text:
            break
        text = decoded
    return text


#: A star typed for "×" between two numbers, spaced on both sides or on neither ("35.000 * 26", "5*4"); a footnote's
#: star ("30.000* đồng", "(*)", "**2020**") is no sign. Found by the star first (a fast scan), its left side checked.
_STAR_TIMES_RE = re.compile(r"\*(?=\d|[ \t]\d)")
#: A caret typed for a power between numbers ("10^42", "2 ^ 10"), maybe a negative one ("10^-3"); an emoticon
#: ("^^", "^.^") is none.
_CARET_POWER_RE = re.compile(r"\^([ \t]?)([-−]?)(?=\d)")
#: A dot typed for "×" before a power of ten, as schoolbooks write a number in scientific notation ("3.10⁸ m/s",
#: "6,02.10^23"): never a thousands group, which has three digits.
_DOT_TIMES_TEN_RE = re.compile(r"(?<=\d)\.(?=10(?:\^|[⁻⁰¹²³⁴-⁹]))")
#: A superscript power: any after a ten ("10⁶", "10⁻³"), a square or a cube after a digit ("4x4²"); a digit after a
#: unit's letter ("m²") is the unit's.
_SUPERSCRIPT_POWER_RE = re.compile(r"(?<=10)(?<![\d.,]10)([⁻]?[⁰¹²³⁴-⁹]+)|(?<=\d)([²³])(?![⁰¹²³⁴-⁹])")
_SUPERSCRIPT_HINT_RE = re.compile("[⁰¹²³⁴-⁹]")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
#: A plus glued to a product's or a service's name is the word Plus ("Galaxy S24+", "Copilot+ PC", "VinMart+",
#: "Disney+"): a model's letter and two digits or more, or a name of four letters or more with its capital and small
#: letters. An ion ("Ca2+", "Na+"), a grade ("B+"), a channel ("K+"), capitals ("OPEC+") and a count ("18+") stay signs.
_PRODUCT_PLUS_RE = re.compile(
    r"(?<![\w+])([A-Z]\d{2,3}|[A-Z][a-z]{2,}\d{1,3}|[A-Z][a-z]*(?:[A-Z][a-z]+)*(?<=[a-z]{3}))\+(?![\w+])"
)
#: A plus typed right before a minus for "±" ("vùng 1160+-", "25+-2 độ", "sai số +-3%"); a doubled plus ("C++-")
#: or a plus before a doubled dash is no such sign.
_PLUS_MINUS_RE = re.compile(r"(?<!\+)\+-(?![-+])")


def _between_numbers(m: re.Match[str]) -> bool:
    """A sign with a digit on each side, glued to both or spaced from both ("5*4", "5 * 4"; not "5* 4", "5 *4")."""
    s, start, end = m.string, m.start(), m.end()
    spaced = s[end : end + 1] in (" ", "\t")
    left = s[start - 2 : start] if spaced else s[start - 1 : start]
    return bool(left) and left[-1 if not spaced else 0].isdigit() and (not spaced or left[1] in " \t")


def _caret(m: re.Match[str]) -> str:
    """ "10^42" → "10 mũ 42", "2 ^ 10" → "2 mũ 10", "10^-3" → "10 mũ âm 3"; "2 ^10", "a^2" stay."""
    s, start, spaced = m.string, m.start(), bool(m[1])
    left = s[max(0, start - 2) : start] if spaced else s[start - 1 : start]
    if not left or not left[0 if spaced else -1].isdigit() or (spaced and left[-1] not in " \t"):
        return m.group()
    return ("mũ " if spaced else " mũ ") + ("âm " if m[2] else "")


def _superscript_power(m: re.Match[str]) -> str:
    """ "⁶" → " mũ 6"; "⁻³" → " mũ âm 3": a negative power keeps its sign."""
    power = (m.group(1) or m.group(2)).translate(_SUPERSCRIPTS)
    return " mũ " + ("âm " + power[1:] if power.startswith("-") else power)


def operators(text: str) -> str:
    """A star or a caret between numbers, and a superscript power after one, are said as signs: "nhân", "mũ"; a plus
    typed before a minus is the plus-minus sign, one glued to a product's name the word Plus.

    >>> operators("(35.000 * 26 ngày); 5*4 m; 10^42 năm; 2 ^ 10; G65 4x4²; 10⁶ tế bào; 10⁻³ m")
    '(35.000 × 26 ngày); 5×4 m; 10 mũ 42 năm; 2 mũ 10; G65 4x4 mũ 2; 10 mũ 6 tế bào; 10 mũ âm 3 m'
    >>> operators("10^-3 m; 2 ^ -1; 3.10⁸ m/s; 6,02.10^23; 1.500 m²")
    '10 mũ âm 3 m; 2 mũ âm 1; 3×10 mũ 8 m/s; 6,02×10 mũ 23; 1.500 m²'
    >>> operators("Giá 30.000* đồng; (*) 5 trường; **2020**; ^^ vui; ^.^; 50 m² và 3 m³; năm 2020¹")
    'Giá 30.000* đồng; (*) 5 trường; **2020**; ^^ vui; ^.^; 50 m² và 3 m³; năm 2020¹'
    >>> operators("vùng 1160+-, 25+-2 độ, sai số +-3%; C++-based")
    'vùng 1160±, 25±2 độ, sai số ±3%; C++-based'
    >>> operators("Galaxy S24+, Copilot+ PC, VinMart+; Ca2+, Na+, B+, K+, OPEC+, 18+, Mate20+")
    'Galaxy S24 Plus, Copilot Plus PC, VinMart Plus; Ca2+, Na+, B+, K+, OPEC+, 18+, Mate20 Plus'
    """
    if "+" in text:
        text = _PRODUCT_PLUS_RE.sub(r"\1 Plus", _PLUS_MINUS_RE.sub("±", text) if "+-" in text else text)
    if "*" in text:
        text = _STAR_TIMES_RE.sub(lambda m: "×" if _between_numbers(m) else "*", text)
    caret, superscript = "^" in text, _SUPERSCRIPT_HINT_RE.search(text) is not None
    if (caret or superscript) and ".10" in text:
        text = _DOT_TIMES_TEN_RE.sub("×", text)
    if caret:
        text = _CARET_POWER_RE.sub(_caret, text)
    if superscript:
        text = _SUPERSCRIPT_POWER_RE.sub(_superscript_power, text)
    return text


def _ascii_digit(ch: str) -> str:
    value = unicodedata.digit(ch, None)
    return str(value) if value is not None else ch


#: The markers of an XML character-data section a feed leaves around a text ("<![CDATA[Tin vắn]]>"): markup, not text.
_CDATA_RE = re.compile(r"<!\[CDATA\[|\]\]>")


def unicode_and_spaces(text: str) -> str:
    """NFC, one kind of space, digits as ASCII, no invisible characters nor a feed's CDATA markers, at most one blank
    line, a word glued after an ellipsis set apart.

    >>> unicode_and_spaces("Hoa\u0300  bi\u0300nh\u00a0 ３ \\r\\n\\n\\n\\nx")
    'Hoà bình 3\\n\\nx'
    >>> unicode_and_spaces("Chiều ngày15/8/2019")
    'Chiều ngày 15/8/2019'
    >>> unicode_and_spaces("để...vv..vv..nhiều; Hà Nội…Huế; 0W-40 v..v..")
    'để... vv.. vv.. nhiều; Hà Nội… Huế; 0W-40 v.v.'
    >>> unicode_and_spaces("<![CDATA[Tin vắn]]> ( Minh Phương – HND huyện)]]>")
    'Tin vắn ( Minh Phương – HND huyện)'
    """
    text = html_entities(text)  # "&nbsp;", "&amp;": first, so the space and the sign are tidied like typed ones
    if "]]>" in text or "<![" in text:
        text = _CDATA_RE.sub(" ", text)
    text = unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))  # stripped first: a joiner splits no letter
    text = operators(text)  # before "²" becomes a plain digit
    if "Ð" in text or "ð" in text:  # the Icelandic eth typed for "Đ" ("Ðến cuối năm"): the same letter to a reader
        text = text.replace("Ð", "Đ").replace("ð", "đ")
    present = set(text)  # one pass; each step below runs only when its characters occur
    if odd_digits := present & _OTHER_DIGITS:
        text = text.translate({ord(c): _ascii_digit(c) for c in odd_digits})
    if "\r" in present or "\u2028" in present or "\u2029" in present:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if "  " in text or present & _ODD_SPACES:
        text = _SPACES_RE.sub(" ", text)
    if "gày" in text or "GÀY" in text:  # "ngày15/8/2019": the word of the date glued to its day
        text = _GLUED_DAY_RE.sub(r"\1 ", text)
    text = glued_words(text)
    if ".." in text or "…" in present:
        if "v.." in text:
            text = _DOUBLED_ETC_RE.sub(lambda m: (" " if m[1] else "") + ("v.v..." if len(m[2]) >= 3 else "v.v."), text)
        text = _GLUED_AFTER_DOTS_RE.sub(r"\1 ", text)
    if "\n" in text:
        text = re.sub(r" +\n|\n +", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
