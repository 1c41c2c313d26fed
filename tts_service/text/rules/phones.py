"""Phone numbers, hotlines and identifiers read digit by digit in the groups they are written in."""

from __future__ import annotations

import re

from .. import tables
from ..numbers import read_digits
from .common import DIGIT_FIRST, alternation, led_by, mentions

_PHONE_RE = re.compile(r"(?=[+0])(?<![\w.,+/-])(?:\+84[ .-]?|0)\d{1,4}(?:[ .-]?\d{2,4}|[ .-]\d){1,4}(?![\w/]|[.,]\d)")
_PHONE_LABEL_RE = re.compile(
    led_by(list(tables.PHONE_LABELS))
    + rf"(?<![\w])({alternation(list(tables.PHONE_LABELS))})(?=[ \t]*[:.]?[ \t]*(?:\+84|0\d|\d{{6}}))"
)
_HOTLINE_RE = re.compile(r"(?=1)(?<![\w.,/-])1[89]00[ .]?\d{2,4}(?:[ .]?\d{2,4})?(?![\w/]|[.,]\d)")
_DIGIT_RUN_RE = re.compile(DIGIT_FIRST + r"(?<![\w.,/-])\d{3,}(?:[ .-]\d{2,})*(?![\w/]|[.,]\d)")
_PHONE_WORDS = frozenset(tables.PHONE_CONTEXT_WORDS)
_DATE_START_RE = re.compile(r"(\d{1,2})([.-])(\d{1,2})\2(?:19|20)\d{2}(?!\d)")
_MONEY_AHEAD_RE = re.compile(rf"[ \t]*(?:{'|'.join(map(re.escape, tables.AMOUNT_WORDS))})(?!\w)")


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
    >>> phone_numbers("09-07-2019 09:42")  # a date and a clock time
    '09-07-2019 09:42'
    """

    def phone(m: re.Match[str]) -> str:
        raw = m.group()
        if (date := _DATE_START_RE.match(raw)) and 1 <= int(date[1]) <= 31 and 1 <= int(date[3]) <= 12:
            return raw  # "09-07-2019 09:42": a date and a clock time, not a number starting 09
        count = sum(c.isdigit() for c in raw)
        if count == 8 and re.fullmatch(r"0\d{3}[ .]\d{4}", raw):
            return _read_phone(raw)  # an area code and a short service number: "0236.1022"
        if not 9 <= count <= 12:
            return raw
        return _read_phone(raw)

    def in_context(m: re.Match[str]) -> str:
        if mentions(m.string, m.start(), _PHONE_WORDS, 5):
            return _read_phone(m.group())
        if m.group().isdigit() and len(m.group()) >= 10 and not _MONEY_AHEAD_RE.match(m.string, m.end()):
            return _read_phone(m.group())  # ten digits unseparated: a tax code, an account, an ID card
        return m.group()

    if any(label in text for label in tables.PHONE_LABELS):
        text = _PHONE_LABEL_RE.sub(lambda m: tables.PHONE_LABELS[m.group(1)], text)
    text = _PHONE_RE.sub(phone, text)
    text = _HOTLINE_RE.sub(lambda m: _read_phone(m.group()), text)
    return _DIGIT_RUN_RE.sub(in_context, text)

