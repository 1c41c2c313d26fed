"""Vietnamese number reading: pure functions, no state, no dependencies.

The conventions are those of a northern news announcer (ARCHITECTURE.md, "reading conventions"):
``nghìn`` (not ``ngàn``), ``linh`` (not ``lẻ``), ``mốt``/``tư``/``lăm`` after ``mươi``, and a group of
thousands that has no hundreds still says ``không trăm`` (2015 → "hai nghìn không trăm mười lăm").
"""

from __future__ import annotations

import functools
import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")

# Scale words for groups of three digits, lowest first; above 10^9 the reading recurses on "tỷ".
_SCALES = ("", "nghìn", "triệu")
_BILLION = 10**9

#: Longer integers are read digit by digit: nobody says "nghìn tỷ tỷ", and it keeps the reader linear.
MAX_GROUPED_DIGITS = 18

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def read_digits(digits: str) -> str:
    """Digit by digit, as for phone numbers: ``read_digits("0914") == "không chín một bốn"``."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit())


def _read_triple(n: int, full: bool) -> str:
    """Read 0 < n < 1000; ``full`` says a higher group precedes (so 5 reads "không trăm linh năm")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(DIGITS[units])
        return " ".join(words)
    words.append("mười" if tens == 1 else f"{DIGITS[tens]} mươi")
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 4 and tens > 1:
        words.append("tư")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return " ".join(words)


def _read_below_billion(n: int, full: bool) -> str:
    """0 < n < 10^9, group by group; empty groups are skipped ("một triệu không trăm linh năm")."""
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if not g:
            continue
        words.append(_read_triple(g, full or bool(words)))
        if _SCALES[idx]:
            words.append(_SCALES[idx])
    return " ".join(words)


def read_int(n: int) -> str:
    """Read a non-negative integer.

    >>> read_int(105), read_int(21), read_int(2015)
    ('một trăm linh năm', 'hai mươi mốt', 'hai nghìn không trăm mười lăm')
    >>> read_int(1_234_567)
    'một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy'
    """
    if n == 0:
        return DIGITS[0]
    return _read_scaled(n, full=False)


def _read_scaled(n: int, full: bool) -> str:
    if n < _BILLION:
        return _read_below_billion(n, full)
    high, low = divmod(n, _BILLION)
    words = [_read_scaled(high, full), "tỷ"]
    if low:
        words.append(_read_below_billion(low, True))
    return " ".join(words)


@functools.lru_cache(maxsize=4096)  # pure; articles repeat their years and small numbers
def read_number(digits: str) -> str:
    """Read a string of digits as a cardinal; leading zeros are not spoken ("03" → "ba").

    Strings longer than :data:`MAX_GROUPED_DIGITS` are read digit by digit.
    ``read_number("03") == "ba"``; ``read_number("1500") == "một nghìn năm trăm"``.
    """
    stripped = digits.lstrip("0")
    if not stripped:
        return DIGITS[0] if digits else ""
    if len(stripped) > MAX_GROUPED_DIGITS:
        return read_digits(stripped)
    return read_int(int(stripped))


def read_fraction_digits(digits: str) -> str:
    """After the decimal comma: short parts as a number, leading zeros spoken, long parts digit by digit.

    Three digits are one group of hundreds, zero hundreds included.

    >>> read_fraction_digits("5"), read_fraction_digits("95"), read_fraction_digits("05")
    ('năm', 'chín mươi lăm', 'không năm')
    >>> read_fraction_digits("065"), read_fraction_digits("005")
    ('không trăm sáu mươi lăm', 'không trăm linh năm')
    >>> read_fraction_digits("14159"), read_fraction_digits("0414"), read_fraction_digits("0025")
    ('một bốn một năm chín', 'không bốn một bốn', 'không không hai mươi lăm')
    """
    if len(digits) == 3 and digits[0] == "0" and digits != "000":
        return _read_triple(int(digits), full=True)  # one group of three: "không trăm sáu mươi lăm"
    body = digits.lstrip("0")
    if len(digits) > 3 and len(body) >= 3:
        return read_digits(digits)  # "46,0414" as "5,3435" is: digit by digit, zeros included ("0,0025" is not)
    zeros = len(digits) - len(body)
    words = [DIGITS[0]] * zeros
    if body:
        words.append(read_number(body) if len(body) <= 3 else read_digits(body))
    return " ".join(words)


def read_decimal(integer: str, fraction: str) -> str:
    """``read_decimal("65", "3") == "sáu mươi lăm phẩy ba"``."""
    return f"{read_number(integer)} phẩy {read_fraction_digits(fraction)}"


def ordinal(n: int) -> str:
    """Ordinal after "thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal.

    >>> ordinal(1), ordinal(4), ordinal(21)
    ('nhất', 'tư', 'hai mươi mốt')
    """
    if n == 1:
        return "nhất"
    if n == 4:
        return "tư"
    return read_int(n)


def rank(n: int) -> str:
    """Rank of a prize or class ("hạng", "giải"): 1 → "nhất", 2 → "nhì", then ordinals."""
    return "nhì" if n == 2 else ordinal(n)


def roman_to_int(token: str) -> int | None:
    """``roman_to_int("XVI") == 16``; None when ``token`` is not a well-formed Roman numeral."""
    if not token or not _ROMAN_RE.match(token):
        return None
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN_VALUES[ch]
        if i + 1 < len(token) and _ROMAN_VALUES[token[i + 1]] > value:
            total -= value
        else:
            total += value
    return total or None
