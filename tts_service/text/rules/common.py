"""What every rule shares: letter classes, looking at the words before a match, spelling letters out."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import tables

# Letters of Vietnamese (upper and lower case) for character classes.
# Every upper-case letter of the Latin script up to Vietnamese's extended block (Ạ, Ả … Ỹ alternate with
# their lower-case forms there, so a range would be wrong).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())
WORD_RE = re.compile(r"[^\W\d_]+")
#: Put first in a pattern whose match starts with a digit: the engine then jumps from digit to digit instead
#: of trying every position (about twice as fast on a long text); it changes no match.
DIGIT_FIRST = r"(?=[0-9])"
#: Scale words a number may carry before its unit ("1,2 tỷ USD").
SCALE = rf"(?:{'|'.join(map(re.escape, tables.SCALE_WORDS))})"


def prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``pos``, lower-cased, nearest last (looks back a bounded window)."""
    return [w.lower() for w in WORD_RE.findall(text[max(0, pos - 60) : pos])[-n:]]


def preceded_by(text: str, pos: int, phrases: tuple[str, ...] | frozenset[str], n: int = 3) -> bool:
    """True when the words right before ``pos`` end with one of ``phrases`` (each of 1..n words)."""
    words = prev_words(text, pos, n)
    return any(" ".join(words[-k:]) in phrases for k in range(1, len(words) + 1))


def mentions(text: str, pos: int, phrases: frozenset[str], n: int = 5) -> bool:
    """True when one of ``phrases`` (1 to 3 words: "đường dây nóng") occurs among the ``n`` words before ``pos``."""
    words = prev_words(text, pos, n)
    return any(" ".join(words[i : i + k]) in phrases for k in (1, 2, 3) for i in range(len(words) - k + 1))


#: Words after which a number is a document's number, not a date ("Công văn số 2023/24").
DOC_WORDS = frozenset(tables.DOCUMENT_WORDS)
#: Words of time after which a day-month written with a dash or a dot is a date ("Chiều 30-4", "Sáng 3.11").
DASH_DATE_WORDS = frozenset((*tables.DASH_DATE_CONTEXT_WORDS, *tables.NGAY_NOT_ADDED_AFTER))
_DASH_DATE_NOT_WORDS = frozenset(tables.DASH_DATE_NOT_WORDS)


def dash_dated(text: str, pos: int) -> bool:
    """True when a word of time ends right before ``pos`` (not "thu hồi", which only ends in one).

    >>> dash_dated("Hồi 4-4", 4), dash_dated("thu hồi 2-3", 8)
    (True, False)
    """
    return preceded_by(text, pos, DASH_DATE_WORDS, 3) and not preceded_by(text, pos, _DASH_DATE_NOT_WORDS, 3)


def valid_day_month(day: str, month: str) -> bool:
    """A day of a month and a month of the year: ``valid_day_month("31", "12")`` is True, ``("5", "13")`` False."""
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")


def in_sentence(text: str, start: int, end: int, phrases: tuple[str, ...], reach: int = 240) -> bool:
    """True when one of ``phrases`` (lower case, whole words) occurs in the sentence around ``start:end``.

    >>> in_sentence("Viện kiểm sát cử KSV, KTV. Bệnh viện có KTV.", 21, 24, ("kiểm sát",))
    True
    >>> in_sentence("Viện kiểm sát cử KSV, KTV. Bệnh viện có KTV.", 40, 43, ("kiểm sát",))
    False
    """
    left = text[max(0, start - reach) : start]
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(left)]
    right = text[end : end + reach]
    stop = _SENTENCE_END_RE.search(right)
    sentence = left[ends[-1] if ends else 0 :] + " " + right[: stop.start() if stop else len(right)]
    words = f" {' '.join(WORD_RE.findall(sentence.lower()))} "
    return any(f" {phrase} " in words for phrase in phrases)


def last_char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ("" at the start)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return text[i] if i >= 0 else ""


def spaced(words: str) -> str:
    return f" {words} "


@lru_cache(maxsize=4096)  # a text repeats its codes; the letters alone decide the reading
def spell(letters: str) -> str:
    """Letter names of an abbreviation nobody listed: ``spell("IOC") == "i ô xê"``.

    D is "đê", as announcers say it in GDP or ODA, unless the same abbreviation also has a Đ ("BGDĐT"), where
    "dê" keeps the two apart: ``spell("QPTD") == "quy pê tê đê"``, ``spell("GDĐT") == "gờ dê đê tê"``.
    """
    names = []
    d_apart = "Đ" in letters or "đ" in letters
    for ch in letters:
        up = ch.upper()
        if up == "D" and not d_apart:
            names.append("đê")
        elif up in tables.LETTER_NAMES:
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


def fold(word: str) -> str:
    """Lower-case ASCII skeleton of a Vietnamese word: ``fold("Huế") == "hue"``."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` could be one Vietnamese syllable ("HỘI", "VAN"), so it is not spelled out."""
    return bool(_SYLLABLE_RE.match(fold(word)))


#: What Vietnamese spelling never writes: "k" as a final, "ic" (written "ich": VIC is a ticker), "c"/"g"/"ng" before
#: e/i/y (written k, gh, ngh), "k"/"gh"/"ngh" before any other vowel, "q" without "u".
_NOT_VIETNAMESE_RE = re.compile(r"k$|ic$|^(?:c|ng)[eiy]|^g[ey]|^k(?!h)[^eiy]|^(?:gh|ngh)[^eiy]|^q(?!u)")


def is_pronounceable(word: str) -> bool:
    """A capital word unknown to every table is said as a word only if Vietnamese could spell it so; else spelled.

    >>> is_pronounceable("HỘI"), is_pronounceable("ĐUK"), is_pronounceable("CE"), is_pronounceable("KIM")
    (True, False, False, True)
    """
    folded = fold(word)
    return bool(_SYLLABLE_RE.match(folded)) and not _NOT_VIETNAMESE_RE.search(folded)


_ORGAN = tables.PARTY_ORGAN_PARTS


def party_organ(letters: str) -> str | None:
    """A Party organ's abbreviation read part by part, or None: ``party_organ("BDVHU") == "ban dân vận huyện ủy"``.

    >>> party_organ("UBKTHU"), party_organ("VPTW"), party_organ("BTU")
    ('ủy ban kiểm tra huyện ủy', 'văn phòng trung ương', None)
    """
    for committee, committee_words in _ORGAN["committee"].items():
        if not letters.endswith(committee):
            continue
        rest = letters[: -len(committee)]
        for head, head_words in _ORGAN["head"].items():
            if not rest.startswith(head):
                continue
            field = rest[len(head) :]
            if field in _ORGAN["field"]:
                return f"{head_words} {_ORGAN['field'][field]} {committee_words}"
            if not field and head != "B":
                return f"{head_words} {committee_words}"
    return None


def alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def led_by(keys: list[str], ignore_case: bool = False) -> str:
    """``(?=[…])`` of the characters a key starts with: the engine then skips to where a key can begin.

    >>> led_by(["TP", "Tp", "UBND"])
    '(?=[TU])'
    """
    firsts = {k[0] for k in keys} | ({c for k in keys for c in (k[0].lower(), k[0].upper())} if ignore_case else set())
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])"
