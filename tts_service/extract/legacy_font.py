"""Text typed in the old Vietnamese font encodings (TCVN3/ABC, VNI): found by the syllables it spells.

Both encodings put Vietnamese letters on Latin-1 code points, so such text decodes without error but reads as
garbage ("Héi nghÞ trùc b¸o"). Accented Latin letters alone prove nothing: Spanish, French, German and
Portuguese write the same code points, and a page whose UTF-8 was decoded as Latin-1 ("kilÃ³metros") writes
TCVN3's symbols too. A word counts as legacy-font text only when it carries a mark that encoding gives
Vietnamese letters *and*, read back through that encoding's table, spells one Vietnamese syllable (an initial,
one to three vowels, a final, at most one tone). A text is legacy-font text when several different such words
make up a share of its words no other language reaches.
"""

from __future__ import annotations

import re
import unicodedata

#: TCVN3 (ABC) code points → the Vietnamese letters they stand for (lowercase; the capitals of ă â ê ô ơ ư đ
#: have their own code points, the toned capitals live in a separate capitals font).
_TCVN3 = dict(
    zip(
        "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢£¤¥¦§",
        "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ",
        strict=True,
    )
)
#: Code points TCVN3 uses for letters that no language writes as letters (¸ ¨ ® …).
_TCVN3_SYMBOLS = frozenset("µ¶·¸¹¨»¼½¾©®ª«¬\u00ad¡¢£¤¥¦§")
#: Latin-1 capitals TCVN3 uses for lowercase toned letters: "MÆt" (mặt), "thÓ" (thể), "chÝnh" (chính).
_TCVN3_CAPITALS = frozenset("ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞ")
#: VNI writes tone and vowel shape as a second letter after the vowel ("baùo" báo, "Vieät" Việt), ư as ö,
#: ơ as ô and đ as ñ.
_VNI_MARKS = frozenset("ùøûõïâêáàåãäéèúüë")
_VOWELS = frozenset("aeiouyăâêôơư")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
#: A word as the legacy encodings spell it: letters and the Latin-1 symbols they use as letters.
_LEGACY_WORD = re.compile(r"[A-Za-z\u00a1-\u00ff]+")
_VIETNAMESE_LETTER = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def _is_syllable(word: str) -> bool:
    """One Vietnamese syllable with at most one tone: ``_is_syllable("nghị")`` is True, ``"kilómetros"`` False."""
    parts = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in parts if ch in _TONES)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES))
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


def _tcvn3_syllable(word: str) -> str | None:
    """The syllable a TCVN3 word spells, or None: ``"b¸o"`` → ``"báo"``, ``"facciÃ³n"`` → None."""
    marked = any(ch in _TCVN3_SYMBOLS for ch in word) or any(
        ch in _TCVN3_CAPITALS and word[i - 1].islower() for i, ch in enumerate(word) if i
    )
    if not marked or any(ch > "\u007f" and ch not in _TCVN3 for ch in word):
        return None
    read = "".join(_TCVN3.get(ch, ch) for ch in word)
    return read.lower() if _is_syllable(read) else None


def _vni_syllable(word: str) -> str | None:
    """The bare syllable a VNI word spells, or None: ``"tröïc"`` → ``"trưc"``, ``"niño"`` → None."""
    low = word.lower()
    out: list[str] = []
    marks = 0
    for i, ch in enumerate(low):
        if ch in _VNI_MARKS and out and out[-1] in _VOWELS:
            marks += 1
        elif ch == "ñ" and i == 0:
            out.append("đ")
            marks += 1
        elif ch in "öô":
            out.append("ư" if ch == "ö" else "ơ")
            marks += 1
        else:
            out.append(ch)
    read = "".join(out)
    return read if 0 < marks <= 3 and _is_syllable(read) else None


def legacy_font_encoding(text: str) -> str | None:
    """Name the legacy Vietnamese font encoding a text is typed in, or None for Unicode text.

    ``legacy_font_encoding("Héi nghÞ trùc b¸o quý III")`` → ``"TCVN3"``;
    ``legacy_font_encoding("Hội nghị trực báo quý III")`` → ``None``;
    ``legacy_font_encoding("El niño y la niña de España pasaron el año")`` → ``None``.
    """
    words = _LEGACY_WORD.findall(text)
    if len(words) < 5:
        return None
    if len(_VIETNAMESE_LETTER.findall(text)) > len(words) * 0.05:
        return None  # a page with a legacy quote inside Unicode Vietnamese is still Unicode
    for name, read, share in (("TCVN3", _tcvn3_syllable, 0.04), ("VNI", _vni_syllable, 0.06)):
        found = [s for s in map(read, words) if s]
        if len(found) >= 3 and len(set(found)) >= 3 and len(found) > len(words) * share:
            return name
    return None
