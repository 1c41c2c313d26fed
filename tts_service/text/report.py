"""What the normalizer could not read confidently: the admin quality report is built on this.

``report_unknown(text)`` lists tokens of the *written* text (positions are in its NFC form) that the rules
only guessed at: all-capital abbreviations that are in no table (they get spelled letter by letter), digit
shapes with no confident reading, symbols that are dropped, and words that are not Vietnamese and not in the
loanword table.  Adding the token to the tables or to the site lexicon makes it disappear from the report.

>>> [(u.token, u.kind) for u in report_unknown("Sở XYZ nhận 1,234.5 USD © qua Smartcity.")]
[('XYZ', 'abbreviation'), ('1,234.5', 'digits'), ('©', 'symbol'), ('Smartcity', 'foreign')]

What the rules read with confidence is not a lead: a Roman numeral they read, an abbreviation the text defines, a
Party organ, a reading its context selects, a transliteration spelled in Vietnamese syllables.

>>> report_unknown("xăng RON95-III; Sông Lô II; miền núi (MN), các xã MN; Quyết định 06-QĐ/BDVHU; Đồn BP; "
...                "ông Ết-xtê-ban; 1.234.567.890 đồng; SEA Games")
[]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import tables
from .lexicon import Lexicon
from .numbers import MAX_GROUPED_DIGITS, roman_to_int
from .rules.abbreviations import _MULTI_ABBR_RE, _SINGLE_ABBR, _preceded_by, _title_glued_to_organ, organ_and_scope
from .rules.common import in_sentence, is_pronounceable, is_vietnamese_syllable, party_organ
from .rules.definitions import definitions
from .rules.expressions import capital_name_spans
from .rules.marks import _ROMAN_MARK_RE
from .rules.roman import roman_spans
from .rules.web import _EMAIL_RE, _URL_RE

KINDS = ("abbreviation", "digits", "symbol", "foreign")
_CONTEXT = 30

_KNOWN_LETTER_CODES = (
    set(_SINGLE_ABBR)
    | set(tables.DOCUMENT_KINDS)
    | set(tables.ISSUERS)
    | set(tables.UNITS)
    | set(tables.DAY_PERIODS)
    | set(tables.FIXED_EXPRESSIONS)
    | set(tables.NUMBER_PREFIXES)
    | set(tables.PARTY_OFFICES)
    | set(tables.COURT_CODES)
)
_LOANWORDS = {k.lower() for k in tables.LOANWORDS}
#: Symbols some rule reads or turns into a pause; anything else of category S or P is reported.
_HANDLED_SYMBOLS = set(".,;:?!…-–—/&%+=°@\"'“”‘’()[]{}«»*•·▪►●○■□◦‣⁃~×÷±≥≤≈<>№#$€£¥‰_|\\") | set("¹²³")
_NON_VIETNAMESE_LETTERS = set("fjwzFJWZ")


@dataclass(frozen=True)
class UnknownToken:
    """A token the normalizer guessed at; ``start``/``end`` index the NFC text, ``context`` surrounds it."""

    token: str
    kind: str
    start: int
    end: int
    context: str


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - _CONTEXT) : end + _CONTEXT].replace("\n", " ")


def _read_spans(text: str) -> list[tuple[int, int]]:
    """Where the rules read capitals confidently although no single-word table lists them: Roman numerals the
    roman rule reads ("Sông Lô II", "khóa XI, XII", "II. NHIỆM VỤ"), keys of several words ("SEA Games")."""
    spans = roman_spans(text)
    spans += [m.span(1) for m in _ROMAN_MARK_RE.finditer(text) if roman_to_int(m.group(1))]
    spans += [m.span() for m in _MULTI_ABBR_RE.finditer(text)]
    spans += capital_name_spans(text)
    return spans


def _read_in_context(text: str, start: int, letters: str, defined: dict[str, str]) -> bool:
    """Read as words here: the text defines it, its context selects a reading, or it names a Party organ."""
    if letters in defined or party_organ(letters) or _title_glued_to_organ(letters) or organ_and_scope(letters):
        return True
    end = start + len(letters)
    if any(in_sentence(text, start, end, words) for _, words in tables.FIELD_ABBREVIATIONS.get(letters, ())):
        return True
    return any(_preceded_by(text, start, words) for _, words in tables.CONTEXT_ABBREVIATIONS.get(letters, ()))


def _abbreviations(text: str) -> list[UnknownToken]:
    found = []
    read = _read_spans(text)
    defined = definitions(text)
    for m in re.finditer(r"(?<![\w])[\w&./-]*[A-ZĐ][\w&./-]*", text):
        chunk = m.group().strip("./-")
        if chunk in _KNOWN_LETTER_CODES or chunk.rstrip(".") in _KNOWN_LETTER_CODES:
            continue
        if chunk.lower() in _LOANWORDS or chunk in defined:  # "(ĐV-TN)" defined whole by the words before it
            continue
        offset = m.start() + m.group().find(chunk)
        for part in re.finditer(r"[^\W\d_]+", chunk):  # whole words: "NĂNG" is one, not "N" + "NG"
            letters = part.group()
            if not letters.isupper() or len(letters) < 2:
                continue
            if letters in _KNOWN_LETTER_CODES or is_pronounceable(letters):
                continue
            start = offset + part.start()
            if _inside(start, read) or _read_in_context(text, start, letters, defined):
                continue
            found.append(
                UnknownToken(
                    letters,
                    "abbreviation",
                    start,
                    start + len(letters),
                    _context(text, start, start + len(letters)),
                )
            )
    return found


_SUSPICIOUS_DIGITS = [
    re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])"),  # English grouping: 1,234.5
    re.compile(r"(?<![\d.,/])\d+(?:/\d+){3,}(?![\d/])"),  # a/b/c/d: no date or code has four parts
    # 1.2.3.4 (an IP address, a section number), but not thousands grouped by dots ("1.234.567.890")
    re.compile(r"(?<![\w.,])(?!\d{1,3}(?:\.\d{3})+(?![\d.]))\d+(?:\.\d+){3,}(?![\d.])"),
    re.compile(r"(?<![\w])[a-zà-ỹđ]{2,}\d+[a-zà-ỹđ]*(?![\w])"),  # letters glued to digits: abc123
]
_LONG_DIGITS = re.compile(rf"(?<!\d)\d{{{MAX_GROUPED_DIGITS + 1},}}(?!\d)")


def _digits(text: str) -> list[UnknownToken]:
    found = []
    for rx in (*_SUSPICIOUS_DIGITS, _LONG_DIGITS):
        for m in rx.finditer(text):
            if re.sub(r"\d", "", m.group()) in tables.UNITS:
                continue  # "km2", "m3": a unit, read as one
            found.append(
                UnknownToken(m.group(), "digits", m.start(), m.end(), _context(text, m.start(), m.end()))
            )
    return found


def _symbols(text: str) -> list[UnknownToken]:
    found = []
    for i, ch in enumerate(text):
        if ch.isalnum() or ch.isspace() or ch in _HANDLED_SYMBOLS:
            continue
        if unicodedata.category(ch)[0] in "SP" or unicodedata.category(ch) in ("Co", "Cn", "So"):
            found.append(UnknownToken(ch, "symbol", i, i + 1, _context(text, i, i + 1)))
    return found


def _web_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for rx in (_EMAIL_RE, _URL_RE) for m in rx.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


#: A transliteration spells a foreign cluster with Vietnamese letters ("Ết-xtê-ban", "Bru-nô", "Rô-đri-ghết").
_CLUSTER_RE = re.compile(r"^(?:[sx](?=[tcp])|[bcdđfgkpt](?=[rl]))", re.IGNORECASE)


def _vietnamese_spelling(part: str, hyphenated: bool) -> bool:
    if part in _KNOWN_LETTER_CODES:
        return True
    if set(part) & _NON_VIETNAMESE_LETTERS:
        return False
    return is_vietnamese_syllable(part) or (hyphenated and is_vietnamese_syllable(_CLUSTER_RE.sub("", part)))


def _foreign(text: str) -> list[UnknownToken]:
    found = []
    web = _web_spans(text) + [m.span() for m in _MULTI_ABBR_RE.finditer(text)]
    text = text.replace("Ð", "Đ").replace("ð", "đ")  # the Icelandic eth typed for Đ is read as Đ
    for m in re.finditer(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*", text):
        word = m.group()
        if word.isupper() or word.lower() in _LOANWORDS or word in _KNOWN_LETTER_CODES:
            continue
        parts = word.split("-")
        if all(_vietnamese_spelling(p, len(parts) > 1) for p in parts):
            continue
        if _inside(m.start(), web):
            continue
        if len(word) == 1:
            continue
        found.append(UnknownToken(word, "foreign", m.start(), m.end(), _context(text, m.start(), m.end())))
    return found


def report_unknown(text: str, lexicon: Lexicon | None = None, site: str | None = None) -> list[UnknownToken]:
    """Tokens of ``text`` read without confidence, in text order.

    Tokens the lexicon (for ``site``) already covers are left out: the admin has decided how they sound.
    """
    text = unicodedata.normalize("NFC", str(text))
    text = text.replace("Ð", "Đ").replace("ð", "đ")  # the eth typed for Đ, as the normalizer reads it (same length)
    found = _abbreviations(text) + _digits(text) + _symbols(text) + _foreign(text)
    if lexicon is not None and lexicon.entries:
        found = [u for u in found if lexicon.apply(u.token, site) == u.token]
    found.sort(key=lambda u: (u.start, u.kind))
    return found
